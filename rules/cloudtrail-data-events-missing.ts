import { defineRule } from '../src/engine/define-rule.js'
import { DeployedWith } from '../src/model/deployed.js'
import { perModel } from '../src/model/per-model.js'
import type { SourceLocation } from '../src/model/location.js'
import type { DataEventSelector, EventDataStore, S3Model, Trail } from '../src/model/s3.js'
import { setValue } from '../src/model/value.js'

/** Reads and writes, from one selector (`All`) or from a `ReadOnly` and a `WriteOnly` one together. */
function readsAndWrites(selectors: readonly DataEventSelector[]): boolean {
  const types = new Set<string>()
  for (const s of selectors)
    if (s.s3Resources.length > 0 && s.readWriteType.state !== 'unknown' && !s.someEvents) types.add(s.readWriteType.value)
  return types.has('All') || (types.has('ReadOnly') && types.has('WriteOnly'))
}
// A stopped trail (IsLogging false) or suspended event data store records nothing, whatever its selectors say.
const recordsAll = (t: Trail | EventDataStore) =>
  t.isLogging.state !== 'unknown' && t.isLogging.value && t.dataEvents.state !== 'unknown' && readsAndWrites(t.dataEvents.value)

const kindOf = (t: Trail | EventDataStore) => ('bucketName' in t ? 'trail' : 'event data store')

/**
 * Why a trail or event data store that is not known to record all S3 data events may still do so
 * (its logging, its selectors or a ReadWriteType only known at deploy time); undefined when it
 * does not, or surely does.
 */
function mayRecordAll(t: Trail | EventDataStore): { why: string; at: SourceLocation } | undefined {
  if (t.isLogging.state !== 'unknown' && !t.isLogging.value) return undefined
  if (t.dataEvents.state === 'unknown') return t.dataEvents
  const selectors = t.dataEvents.value
  if (!readsAndWrites(selectors)) {
    const open = selectors.find((s) => s.s3Resources.length > 0 && !s.someEvents && s.readWriteType.state === 'unknown')
    const asAll = selectors.map((s) => (s === open ? { ...s, readWriteType: setValue('All', s.at) } : s))
    return open && readsAndWrites(asAll) && open.readWriteType.state === 'unknown' ? open.readWriteType : undefined
  }
  return t.isLogging.state === 'unknown' ? t.isLogging : undefined
}
const uncertain = perModel<{ t: Trail | EventDataStore; why: { why: string; at: SourceLocation } }[]>('trailsMayRecordAllDataEvents')
function mayRecordAllOf(model: S3Model) {
  let list = uncertain.get(model)
  if (!list) {
    list = []
    for (const t of [...model.trails, ...model.eventDataStores]) {
      const why = mayRecordAll(t)
      if (why) list.push({ t, why })
      // Two are enough: the first that is not the trail being checked.
      if (list.length === 2) break
    }
    uncertain.set(model, list)
  }
  return list
}

/**
 * The trails and CloudTrail Lake event data stores of the model that record all S3 data events,
 * indexed once per model (not once a trail: 20,000 trails took 10 s) by the conditions they are
 * deployed under.
 */
const recordingAll = perModel<DeployedWith<Trail | EventDataStore>>('trailsRecordingAllDataEvents')
function trailsRecordingAll(model: S3Model): DeployedWith<Trail | EventDataStore> {
  let index = recordingAll.get(model)
  if (!index) {
    const recorders = [...model.trails.filter(recordsAll), ...model.eventDataStores.filter(recordsAll)]
    recordingAll.set(model, (index = new DeployedWith(recorders, (t) => t.origin)))
  }
  return index
}

export default defineRule({
  id: 'cloudtrail-data-events-missing',
  target: 'trail',
  meta: {
    title: 'CloudTrail trail does not record S3 data events (object reads and writes)',
    severity: 'medium',
    why:
      'Management events show who changed a bucket, not who read or deleted its objects. Without S3 data events (GetObject, PutObject, DeleteObject) for both reads and writes, data theft or destruction leaves no trace in CloudTrail. ' +
      'Record ReadWriteType All for AWS::S3::Object on the buckets that matter (or all of them with arn:aws:s3). ' +
      'An advanced selector that also filters on another field of the event (eventName, userIdentity.arn, eventType, sessionCredentialFromConsole, an eventSource other than s3.amazonaws.com) records only the events it picks, and does not count. ' +
      'A CloudTrail Lake event data store in the same code that records them all (AWS::CloudTrail::EventDataStore, aws_cloudtrail_event_data_store, ingesting) covers every trail.',
    concepts: ['cloudtrail-data-events-missing'],
    profiles: ['default', 'strict'],
    securityHub: 'S3.22',
    peers: {
      kics: ['a8fc2180-b3ac-4c93-bd0d-a55b974e4b07'],
      trivy: ['AVD-AWS-0171', 'AVD-AWS-0172', 'aws-s3-enable-object-write-logging', 'aws-s3-enable-object-read-logging'],
      'cfn-guard': ['CLOUDTRAIL_S3_DATAEVENTS_ENABLED'],
    },
    fix: {
      cloudformation:
        'EventSelectors:\n  - ReadWriteType: All\n    IncludeManagementEvents: true\n    DataResources:\n      - Type: AWS::S3::Object\n        Values: [arn:aws:s3]',
      terraform:
        'event_selector {\n  read_write_type           = "All"\n  include_management_events = true\n  data_resource {\n    type   = "AWS::S3::Object"\n    values = ["arn:aws:s3"]\n  }\n}',
      cdk: 'trail.addS3EventSelector([{ bucket }], { readWriteType: cloudtrail.ReadWriteType.ALL })',
    },
    references: [
      'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-22',
    ],
  },
  messages: {
    none: 'Trail {{trail}} records no S3 data events, so object reads and deletes are not logged.',
    partial: 'Trail {{trail}} records only {{type}} S3 data events; use ReadWriteType All to log both reads and writes.',
    stopped: 'Trail {{trail}} is stopped (logging turned off), so it records no S3 data events whatever its selectors say.',
    someEvents:
      'Trail {{trail}} records S3 data events only for the events its {{field}} filter picks, so other object reads and deletes are not logged.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n',
      ],
      good: [
        'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      EventSelectors:\n        - ReadWriteType: All\n          DataResources:\n            - Type: AWS::S3::Object\n              Values: [arn:aws:s3]\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n}\n'],
      good: [
        'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n  event_selector {\n    read_write_type = "All"\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}\n',
      ],
    },
  },
  check(trail, report, ctx) {
    const ev = trail.dataEvents
    if (ev.state === 'unknown') return report.unknown(ev, 'event selectors')
    const s3 = ev.value.filter((s) => s.s3Resources.length > 0)
    const logging = trail.isLogging
    const selected = readsAndWrites(s3)
    if (selected && logging.state !== 'unknown' && logging.value) return
    // Another trail, or an event data store, in the same code that records everything covers
    // this one's gap (this one does not, so any trail that does is another).
    // A trail that records everything but may not be deployed covers the gap only where it is
    // deployed with this one (the same condition).
    const index = trailsRecordingAll(ctx.model)
    const other = index.find(trail.origin)
    if (other !== undefined) return
    const maybe = index.any()
    if (maybe) return report.unknown(maybe.origin.maybe!, `${kindOf(maybe)} ${maybe.id}`)
    // One whose logging or selectors are only known at deploy time may cover the gap.
    const open = mayRecordAllOf(ctx.model).find((m) => m.t !== trail)
    if (open) return report.unknown(open.why, `${kindOf(open.t)} ${open.t.id}`)
    if (selected) {
      if (logging.state === 'unknown') return report.unknown(logging, 'logging')
      return report({ messageId: 'stopped', at: logging.at, data: { trail: trail.id } })
    }
    for (const s of s3) if (s.readWriteType.state === 'unknown') return report.unknown(s.readWriteType, 'ReadWriteType')
    const filtered = s3.find((s) => s.someEvents)
    if (filtered && readsAndWrites(s3.map((s) => ({ ...s, someEvents: undefined }))))
      return report({
        messageId: 'someEvents',
        at: filtered.someEvents!,
        data: { trail: trail.id, field: filtered.someEventsField ?? 'event filter' },
      })
    if (s3.length) {
      const first = s3[0]!
      const type = first.readWriteType.state === 'unknown' ? '?' : first.readWriteType.value
      report({
        messageId: 'partial',
        at: first.readWriteType.state === 'set' ? first.readWriteType.at : first.at,
        data: { trail: trail.id, type },
      })
    } else report({ messageId: 'none', at: ev.state === 'set' ? ev.at : trail.origin.at, data: { trail: trail.id } })
  },
})
