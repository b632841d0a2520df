import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);

// src/model/subjects.ts
function subjectsOf(model) {
  return [
    ...model.buckets,
    ...model.accessPoints,
    ...model.accountPublicAccessBlocks,
    ...model.trails,
    ...model.iamPolicies,
    ...model.metricFilters,
    ...model.alarms,
    ...model.objects
  ];
}

export {
  subjectsOf
};
