import { defineRule } from '../src/engine/define-rule.js'
import { resolveBucketRef } from '../src/model/arn.js'
import { nameSource } from '../src/model/link.js'
import { ruleDelivery } from '../src/model/replication.js'
import { refOf } from '../src/model/value.js'

export default defineRule({
  id: 'replication-missing',
  meta: {
    title: 'S3 bucket is not replicated to another bucket',
    severity: 'low',
    why:
      'Replication keeps a second copy in another bucket (ideally another Region and account), so the data survives a Regional outage, an accidental bucket deletion or an attacker who wipes the primary. ' +
      'Buckets that are themselves the destination of a replication rule in the same code are not reported. Whether the destination is in another Region cannot be read from most code, so any enabled rule counts. ' +
      'S3 replicates only from and to versioned buckets: replication on a bucket whose versioning is not enabled, or to a bucket of the same code whose versioning is not, is refused and reported here (the destination of such a rule, or of a disabled one, is no replica).',
    concepts: ['replication-missing'],
    securityHub: 'S3.7',
    peers: { checkov: ['CKV_AWS_144'], 'cdk-nag': ['S3BucketReplicationEnabled'], 'cfn-guard': ['S3_BUCKET_REPLICATION_ENABLED'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'ReplicationConfiguration:\n  Role: !GetAtt ReplicationRole.Arn\n  Rules:\n    - Id: to-backup-region\n      Status: Enabled\n      Priority: 1\n      Filter: {}\n      DeleteMarkerReplication:\n        Status: Enabled\n      Destination:\n        Bucket: arn:aws:s3:::example-backup-eu-west-1',
      terraform:
        'resource "aws_s3_bucket_replication_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  role   = aws_iam_role.replication.arn\n  rule {\n    id     = "to-backup-region"\n    status = "Enabled"\n    filter {}\n    delete_marker_replication {\n      status = "Enabled"\n    }\n    destination {\n      bucket = aws_s3_bucket.backup.arn\n    }\n  }\n  depends_on = [aws_s3_bucket_versioning.this]\n}',
      cdk: 'replicationRules: [{ destination: backupBucket, priority: 1 }]   // needs versioned: true',
    },
    references: [
      'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html',
      'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-7',
    ],
  },
  messages: {
    none: 'Bucket {{bucket}} is not replicated to another bucket.',
    allDisabled: 'Bucket {{bucket}} has replication rules, but all of them are disabled.',
    sourceUnversioned:
      'Bucket {{bucket}} has replication rules, but its versioning is {{status}}; S3 refuses a replication configuration on a bucket that is not versioned, so nothing is replicated.',
    destinationUnversioned:
      'Bucket {{bucket}} replicates to {{destination}}, whose versioning is {{status}}; S3 refuses replication to a bucket that is not versioned, so nothing is replicated.',
  },
  examples: {
    cloudformation: {
      bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n'],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      ReplicationConfiguration:\n        Role: arn:aws:iam::111122223333:role/replication\n        Rules:\n          - Status: Enabled\n            Destination:\n              Bucket: arn:aws:s3:::example-backup\n',
      ],
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_replication_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  role   = "arn:aws:iam::111122223333:role/replication"\n  rule {\n    id     = "backup"\n    status = "Enabled"\n    destination {\n      bucket = "arn:aws:s3:::example-backup"\n    }\n  }\n}\n',
      ],
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { versioned: true })"],
      good: ["new s3.Bucket(this, 'Data', { versioned: true, replicationRules: [{ destination: backup, priority: 1 }] })"],
    },
  },
  check(bucket, report, ctx) {
    // A replica does not need its own replica (linkModel records who replicates into whom).
    if (bucket.links.replicaOf.length) return
    const r = bucket.replication
    if (r.state === 'unknown') return report.unknown(r, 'replication')
    const maybeReplica = bucket.links.replicaMaybeOf?.[0]
    if (r.value === null || r.value.rules.length === 0) {
      if (maybeReplica) return report.unknown(maybeReplica, 'replication into this bucket')
      report({ messageId: 'none', at: r.value?.at ?? r.at, data: { bucket: bucket.id } })
      return
    }
    const names = nameSource(ctx.model)
    const deliveries = r.value.rules.map((rule) => {
      const ref = refOf(rule.destinationBucket)
      return ruleDelivery(bucket, rule, ref === undefined ? undefined : resolveBucketRef(ref, ctx.model.buckets, names))
    })
    if (deliveries.some((d) => d.state === 'delivers')) return
    const unknown = deliveries.find((d) => d.state === 'unknown') ?? maybeReplica
    if (unknown) return report.unknown(unknown, 'replication')
    const i = deliveries.findIndex((d) => d.state === 'refused')
    const refused = deliveries[i]
    if (refused?.state === 'refused') {
      const related = [{ message: `versioning of ${refused.bucket}`, at: refused.at }]
      if (refused.side === 'source')
        return report({ messageId: 'sourceUnversioned', at: r.value.at, data: { bucket: bucket.id, status: refused.status }, related })
      return report({
        messageId: 'destinationUnversioned',
        at: r.value.rules[i]!.at,
        data: { bucket: bucket.id, destination: refused.bucket, status: refused.status },
        related,
      })
    }
    report({ messageId: 'allDisabled', at: r.value.rules[0]!.at, data: { bucket: bucket.id } })
  },
})
