import type { InlineSuppression, ResourceOrigin, S3Model } from './s3.js'

export interface Subject {
  id: string
  origin: ResourceOrigin
  suppressions?: InlineSuppression[]
}

/** Every resource-like object of a model that carries an origin. */
export function subjectsOf(model: S3Model): Subject[] {
  return [
    ...model.buckets,
    ...model.accessPoints,
    ...model.accountPublicAccessBlocks,
    ...model.trails,
    ...model.iamPolicies,
    ...model.metricFilters,
    ...model.alarms,
    ...model.objects,
  ]
}
