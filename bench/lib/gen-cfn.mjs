// Builds realistic CloudFormation templates (as JS values with intrinsic `Tag`s) for the
// benchmark corpus: S3 buckets in several security postures, their policies, KMS keys, trails,
// and the non-S3 resources that make a template look like a real service stack.
import {
  And,
  Base64,
  Condition,
  Equals,
  FindInMap,
  GetAtt,
  GetAZs,
  If,
  ImportValue,
  Join,
  NoValue,
  Not,
  Or,
  Ref,
  Select,
  Split,
  Sub,
  Tag,
} from './emit.mjs'
import { WORDS, pascal } from './prng.mjs'

/** Bucket postures and how often they occur. */
const POSTURES = [
  [34, 'hardened'],
  [24, 'partial'],
  [12, 'insecure'],
  [5, 'website'],
  [13, 'conditional'],
  [12, 'minimal'],
]

const OTHER_KINDS = [
  [22, 'lambda'],
  [10, 'sqs'],
  [7, 'sns'],
  [8, 'dynamodb'],
  [9, 'loggroup'],
  [6, 'kms'],
  [6, 'managedpolicy'],
  [6, 'ssm'],
  [4, 'alarm'],
]

/** Per-template naming and bookkeeping. */
class Ctx {
  constructor(rng, opts) {
    this.rng = rng
    this.cdk = !!opts.cdk
    this.stack = opts.stackName
    this.resources = {}
    this.cdkPaths = [] // [path, logicalId, type, props]
    this.used = new Set()
    this.hasEnv = !this.cdk
    this.buckets = []
    this.count = 0
  }

  /** A logical id. CDK ids carry a path-derived hash suffix. */
  logicalId(base) {
    let id = pascal(base)
    if (this.cdk) id = `${id}${this.rng.hex(8)}`
    let n = 1
    let out = id
    while (this.used.has(out)) out = `${id}${++n}`
    this.used.add(out)
    return out
  }

  add(base, resource, constructPath) {
    const id = this.logicalId(base)
    if (this.cdk) {
      const path = `${this.stack}/${constructPath ?? pascal(base)}/Resource`
      resource.Metadata = { ...(resource.Metadata ?? {}), 'aws:cdk:path': path }
      this.cdkPaths.push([path, id, resource.Type, resource.Properties ?? {}])
    }
    this.resources[id] = resource
    this.count++
    return id
  }

  envSub(text) {
    return this.hasEnv ? Sub(`\${AWS::StackName}-\${Env}-${text}`) : Sub(`\${AWS::StackName}-${text}`)
  }
}

const tlsDenyStatement = (bucket, coverBucket, minTls) => {
  const resources = coverBucket ? [GetAtt(bucket, 'Arn'), Sub(`\${${bucket}.Arn}/*`)] : [Sub(`\${${bucket}.Arn}/*`)]
  const out = [
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: resources,
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
  ]
  if (minTls) {
    out.push({
      Sid: 'DenyOutdatedTLS',
      Effect: 'Deny',
      Principal: { AWS: '*' },
      Action: 's3:*',
      Resource: resources,
      Condition: { NumericLessThan: { 's3:TlsVersion': minTls } },
    })
  }
  return out
}

function kmsKey(ctx, purpose) {
  const { rng } = ctx
  return ctx.add(
    `${purpose}Key`,
    {
      Type: 'AWS::KMS::Key',
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: {
        Description: `Key for ${purpose} data`,
        EnableKeyRotation: rng.bool(0.85),
        KeyPolicy: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'EnableRootAccess',
              Effect: 'Allow',
              Principal: { AWS: Sub('arn:${AWS::Partition}:iam::${AWS::AccountId}:root') },
              Action: 'kms:*',
              Resource: '*',
            },
            {
              Sid: 'AllowS3UseOfTheKey',
              Effect: 'Allow',
              Principal: { Service: 's3.amazonaws.com' },
              Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'],
              Resource: '*',
              Condition: { StringEquals: { 'aws:SourceAccount': Ref('AWS::AccountId') } },
            },
          ],
        },
      },
    },
    `${pascal(purpose)}Key`,
  )
}

function logBucket(ctx) {
  const { rng } = ctx
  const id = ctx.add(
    'AccessLogsBucket',
    {
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: 'Retain',
      Properties: {
        BucketName: ctx.cdk ? undefined : ctx.envSub('access-logs'),
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
        VersioningConfiguration: rng.bool(0.6) ? { Status: 'Enabled' } : undefined,
        LifecycleConfiguration: {
          Rules: [{ Id: 'ExpireLogs', Status: 'Enabled', ExpirationInDays: rng.pick([90, 365, 400, 730]) }],
        },
      },
    },
    'AccessLogsBucket',
  )
  ctx.add(
    'AccessLogsBucketPolicy',
    {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: Ref(id),
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'S3ServerAccessLogsPolicy',
              Effect: 'Allow',
              Principal: { Service: 'logging.s3.amazonaws.com' },
              Action: 's3:PutObject',
              Resource: Sub(`\${${id}.Arn}/*`),
              Condition: { StringEquals: { 'aws:SourceAccount': Ref('AWS::AccountId') } },
            },
            ...tlsDenyStatement(id, true, rng.bool(0.3) ? '1.2' : null),
          ],
        },
      },
    },
    'AccessLogsBucket/Policy',
  )
  ctx.logBucket = id
  return id
}

function bucket(ctx, word) {
  const { rng } = ctx
  const posture = rng.weighted(POSTURES)
  const tags = [
    { Key: 'team', Value: rng.pick(['platform', 'payments', 'data', 'web', 'ml']) },
    { Key: 'service', Value: word },
  ]
  const props = {}
  if (!ctx.cdk && rng.bool(0.6)) props.BucketName = ctx.envSub(word)
  let policy = null
  const kms = () => {
    const key = ctx.keys?.length && rng.bool(0.7) ? rng.pick(ctx.keys) : null
    return {
      ServerSideEncryptionConfiguration: [
        {
          ServerSideEncryptionByDefault: {
            SSEAlgorithm: rng.bool(0.9) ? 'aws:kms' : 'aws:kms:dsse',
            KMSMasterKeyID: key ? GetAtt(key, 'Arn', rng.bool(0.3)) : ctx.hasEnv ? Ref('KmsKeyArn') : 'alias/aws/s3',
          },
          BucketKeyEnabled: rng.bool(0.85),
        },
      ],
    }
  }
  const allBlocked = { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }
  const logging = () => (ctx.logBucket ? { DestinationBucketName: Ref(ctx.logBucket), LogFilePrefix: `${word}/` } : undefined)
  const lifecycle = () => ({
    Rules: [
      {
        Id: 'TransitionToIA',
        Status: 'Enabled',
        Transitions: [{ StorageClass: 'STANDARD_IA', TransitionInDays: rng.pick([30, 60, 90]) }],
        NoncurrentVersionExpiration: { NoncurrentDays: rng.pick([30, 90, 365]) },
      },
      { Id: 'AbortIncompleteUploads', Status: 'Enabled', AbortIncompleteMultipartUpload: { DaysAfterInitiation: 7 } },
    ],
  })
  switch (posture) {
    case 'hardened':
      props.BucketEncryption = kms()
      props.PublicAccessBlockConfiguration = allBlocked
      props.VersioningConfiguration = { Status: 'Enabled' }
      props.LoggingConfiguration = logging()
      props.OwnershipControls = { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] }
      props.LifecycleConfiguration = lifecycle()
      if (rng.bool(0.3)) props.ObjectLockEnabled = true
      policy = tlsDenyStatement('$B', true, rng.bool(0.5) ? '1.2' : null)
      break
    case 'partial':
      if (rng.bool(0.6)) {
        props.BucketEncryption = {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        }
      }
      props.PublicAccessBlockConfiguration = rng.bool(0.5) ? { BlockPublicAcls: true, IgnorePublicAcls: true } : allBlocked
      if (rng.bool(0.5)) props.VersioningConfiguration = { Status: rng.pick(['Enabled', 'Suspended']) }
      if (rng.bool(0.4)) props.LoggingConfiguration = logging()
      // The guidance's own snippet: denies non-TLS only on bucket/*.
      if (rng.bool(0.6)) policy = tlsDenyStatement('$B', false, null)
      break
    case 'insecure':
      props.AccessControl = rng.pick(['PublicRead', 'PublicReadWrite', 'AuthenticatedRead', 'PublicRead'])
      if (rng.bool(0.3)) props.PublicAccessBlockConfiguration = { BlockPublicAcls: false, BlockPublicPolicy: false }
      props.OwnershipControls = { Rules: [{ ObjectOwnership: 'ObjectWriter' }] }
      if (rng.bool(0.6)) {
        policy = [
          rng.bool(0.5)
            ? { Sid: 'PublicAll', Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: [GetAtt('$B', 'Arn'), Sub('${$B.Arn}/*')] }
            : {
                Sid: 'PublicList',
                Effect: 'Allow',
                Principal: { AWS: '*' },
                Action: ['s3:GetObject', 's3:ListBucket'],
                Resource: [GetAtt('$B', 'Arn'), Sub('${$B.Arn}/*')],
              },
        ]
        if (rng.bool(0.3)) {
          policy.push({
            Sid: 'AllowAllButAuditor',
            Effect: 'Allow',
            NotPrincipal: { AWS: Sub('arn:aws:iam::${AWS::AccountId}:role/auditor') },
            Action: 's3:GetObject',
            Resource: Sub('${$B.Arn}/*'),
          })
        }
      }
      break
    case 'website':
      props.WebsiteConfiguration = { IndexDocument: 'index.html', ErrorDocument: 'error.html' }
      props.PublicAccessBlockConfiguration = {
        BlockPublicAcls: true,
        BlockPublicPolicy: false,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: false,
      }
      props.OwnershipControls = { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] }
      props.BucketEncryption = {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      }
      tags.push({ Key: 's3-gate:public', Value: 'Static website for the public docs site' })
      policy = [{ Sid: 'PublicReadGetObject', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: Sub('${$B.Arn}/*') }]
      break
    case 'conditional':
      props.BucketEncryption = If('IsProd', kms(), {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      })
      props.VersioningConfiguration = If('IsProd', { Status: 'Enabled' }, NoValue)
      props.PublicAccessBlockConfiguration = allBlocked
      props.LoggingConfiguration = If('IsProd', logging() ?? NoValue, NoValue)
      policy = tlsDenyStatement('$B', true, null)
      break
    default: // minimal: just a name and tags, every default applies
      break
  }
  if (posture === 'conditional' && !ctx.hasEnv) {
    // No Conditions section in CDK output: fall back to the hardened shape.
    props.BucketEncryption = kms()
    props.VersioningConfiguration = { Status: 'Enabled' }
    props.LoggingConfiguration = logging()
  }
  if (rng.bool(0.2)) {
    props.CorsConfiguration = {
      CorsRules: [{ AllowedMethods: ['GET', 'HEAD'], AllowedOrigins: [`https://${word}.example.com`], MaxAge: 3000 }],
    }
  }
  props.Tags = tags
  const id = ctx.add(
    `${word}Bucket`,
    {
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: rng.bool(0.6) ? 'Retain' : undefined,
      UpdateReplacePolicy: rng.bool(0.4) ? 'Retain' : undefined,
      Properties: props,
    },
    `${pascal(word)}Bucket`,
  )
  ctx.buckets.push(id)
  if (policy) {
    const fix = (v) => {
      if (typeof v === 'string') return v.replace(/\$B/g, id)
      if (v instanceof Tag) return new Tag(v.name, fix(v.value))
      if (Array.isArray(v)) return v.map(fix)
      if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fix(x)]))
      return v
    }
    ctx.add(
      `${word}BucketPolicy`,
      {
        Type: 'AWS::S3::BucketPolicy',
        Properties: {
          Bucket: rng.bool(0.8) ? Ref(id) : ctx.cdk ? Ref(id) : ctx.envSub(word),
          PolicyDocument: { Version: '2012-10-17', Statement: fix(policy) },
        },
      },
      `${pascal(word)}Bucket/Policy`,
    )
  }
  if (rng.bool(0.08)) {
    ctx.add(`${word}AccessPoint`, {
      Type: 'AWS::S3::AccessPoint',
      Properties: {
        Bucket: Ref(id),
        PublicAccessBlockConfiguration: rng.bool(0.7)
          ? allBlocked
          : { BlockPublicAcls: false, BlockPublicPolicy: false, IgnorePublicAcls: false, RestrictPublicBuckets: false },
      },
    })
  }
  return id
}

function trail(ctx) {
  const { rng } = ctx
  const trailBucket = ctx.add(
    'TrailBucket',
    {
      Type: 'AWS::S3::Bucket',
      DeletionPolicy: 'Retain',
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        VersioningConfiguration: { Status: 'Enabled' },
      },
    },
    'TrailBucket',
  )
  ctx.add(
    'TrailBucketPolicy',
    {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: Ref(trailBucket),
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [
            {
              Sid: 'AWSCloudTrailAclCheck',
              Effect: 'Allow',
              Principal: { Service: 'cloudtrail.amazonaws.com' },
              Action: 's3:GetBucketAcl',
              Resource: GetAtt(trailBucket, 'Arn'),
            },
            {
              Sid: 'AWSCloudTrailWrite',
              Effect: 'Allow',
              Principal: { Service: 'cloudtrail.amazonaws.com' },
              Action: 's3:PutObject',
              Resource: Sub(`\${${trailBucket}.Arn}/AWSLogs/\${AWS::AccountId}/*`),
              Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
            },
            ...tlsDenyStatement(trailBucket, true, null),
          ],
        },
      },
    },
    'TrailBucket/Policy',
  )
  const targets = ctx.buckets.slice(0, rng.int(1, 4))
  const props = {
    S3BucketName: Ref(trailBucket),
    IsLogging: true,
    IsMultiRegionTrail: rng.bool(0.7),
    EnableLogFileValidation: true,
    IncludeGlobalServiceEvents: true,
  }
  const mode = rng.weighted([
    [5, 'basic'],
    [3, 'advanced'],
    [2, 'none'],
  ])
  if (mode === 'basic') {
    props.EventSelectors = [
      {
        ReadWriteType: rng.pick(['All', 'WriteOnly']),
        IncludeManagementEvents: true,
        DataResources: [{ Type: 'AWS::S3::Object', Values: targets.map((b) => Sub(`\${${b}.Arn}/`)) }],
      },
    ]
  } else if (mode === 'advanced') {
    props.AdvancedEventSelectors = [
      {
        Name: 'S3 data events',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] },
          { Field: 'resources.ARN', StartsWith: targets.map((b) => Sub(`\${${b}.Arn}/`)) },
        ],
      },
    ]
  }
  ctx.add('Trail', { Type: 'AWS::CloudTrail::Trail', DependsOn: [trailBucket], Properties: props }, 'Trail')
}

const LAMBDA_CODE = (word) => `import json
import os
import boto3

s3 = boto3.client("s3")
BUCKET = os.environ["BUCKET_NAME"]


def handler(event, context):
    records = event.get("Records", [])
    for record in records:
        body = json.loads(record["body"])
        key = f"${word}/{body['id']}.json"
        s3.put_object(Bucket=BUCKET, Key=key, Body=json.dumps(body).encode("utf-8"))
    return {"statusCode": 200, "body": json.dumps({"processed": len(records)})}
`

function other(ctx, word) {
  const { rng } = ctx
  const kind = rng.weighted(OTHER_KINDS)
  switch (kind) {
    case 'lambda': {
      const role = ctx.add(
        `${word}FunctionRole`,
        {
          Type: 'AWS::IAM::Role',
          Properties: {
            AssumeRolePolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
            },
            ManagedPolicyArns: [Sub('arn:${AWS::Partition}:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')],
            Policies: [
              {
                PolicyName: `${word}-access`,
                PolicyDocument: {
                  Version: '2012-10-17',
                  Statement: [
                    {
                      Effect: 'Allow',
                      Action: ['s3:GetObject', 's3:PutObject'],
                      Resource: ctx.buckets.length ? Sub(`\${${rng.pick(ctx.buckets)}.Arn}/*`) : '*',
                    },
                    { Effect: 'Allow', Action: ['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes'], Resource: '*' },
                  ],
                },
              },
            ],
          },
        },
        `${pascal(word)}Function/ServiceRole`,
      )
      const inline = rng.bool(0.35)
      ctx.add(
        `${word}Function`,
        {
          Type: 'AWS::Lambda::Function',
          Properties: {
            FunctionName: ctx.hasEnv && rng.bool(0.5) ? Sub(`\${AWS::StackName}-${word}`) : undefined,
            Runtime: rng.pick(['python3.12', 'nodejs20.x', 'python3.11', 'java21']),
            Handler: 'index.handler',
            MemorySize: rng.pick([128, 256, 512, 1024]),
            Timeout: rng.pick([10, 30, 60, 300]),
            Role: GetAtt(role, 'Arn'),
            Code: inline
              ? { ZipFile: LAMBDA_CODE(word) }
              : {
                  S3Bucket: ctx.cdk ? Sub('cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}') : ImportValue('shared-artifacts-bucket'),
                  S3Key: `${rng.hex(64).toLowerCase()}.zip`,
                },
            Environment: {
              Variables: {
                BUCKET_NAME: ctx.buckets.length ? Ref(rng.pick(ctx.buckets)) : `${word}-data`,
                LOG_LEVEL: rng.pick(['INFO', 'DEBUG', 'WARN']),
                STAGE: ctx.hasEnv ? Ref('Env') : 'prod',
              },
            },
            TracingConfig: { Mode: 'Active' },
          },
          DependsOn: [role],
        },
        `${pascal(word)}Function`,
      )
      return
    }
    case 'sqs': {
      const dlq = ctx.add(`${word}DeadLetterQueue`, {
        Type: 'AWS::SQS::Queue',
        Properties: { MessageRetentionPeriod: 1209600, SqsManagedSseEnabled: true },
      })
      ctx.add(`${word}Queue`, {
        Type: 'AWS::SQS::Queue',
        Properties: {
          VisibilityTimeout: rng.pick([30, 60, 300, 900]),
          RedrivePolicy: { deadLetterTargetArn: GetAtt(dlq, 'Arn'), maxReceiveCount: rng.int(3, 10) },
          KmsMasterKeyId: 'alias/aws/sqs',
        },
      })
      return
    }
    case 'sns':
      ctx.add(`${word}Topic`, {
        Type: 'AWS::SNS::Topic',
        Properties: { TopicName: ctx.hasEnv ? Sub(`\${AWS::StackName}-${word}`) : undefined, KmsMasterKeyId: 'alias/aws/sns' },
      })
      return
    case 'dynamodb':
      ctx.add(`${word}Table`, {
        Type: 'AWS::DynamoDB::Table',
        DeletionPolicy: 'Retain',
        Properties: {
          BillingMode: 'PAY_PER_REQUEST',
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'sk', AttributeType: 'S' },
          ],
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          SSESpecification: { SSEEnabled: true },
        },
      })
      return
    case 'loggroup':
      ctx.add(`${word}LogGroup`, {
        Type: 'AWS::Logs::LogGroup',
        Properties: {
          LogGroupName: Sub(`/aws/lambda/\${AWS::StackName}-${word}`),
          RetentionInDays: ctx.hasEnv ? Ref('RetentionDays') : rng.pick([14, 30, 90, 365]),
        },
      })
      return
    case 'kms':
      ;(ctx.keys ??= []).push(kmsKey(ctx, word))
      return
    case 'managedpolicy':
      ctx.add(`${word}ReadPolicy`, {
        Type: 'AWS::IAM::ManagedPolicy',
        Properties: {
          Description: `Read access to ${word}`,
          PolicyDocument: {
            Version: '2012-10-17',
            Statement: [
              {
                Effect: 'Allow',
                Action: ['s3:GetObject', 's3:ListBucket'],
                Resource: ctx.buckets.length
                  ? [GetAtt(ctx.buckets[0], 'Arn'), Join('', [GetAtt(ctx.buckets[0], 'Arn'), '/*'])]
                  : Sub(`arn:\${AWS::Partition}:s3:::${word}-*`),
              },
            ],
          },
        },
      })
      return
    case 'ssm':
      ctx.add(`${word}Parameter`, {
        Type: 'AWS::SSM::Parameter',
        Properties: {
          Name: Sub(`/\${AWS::StackName}/${word}/bucket`),
          Type: 'String',
          Value: ctx.buckets.length ? Ref(rng.pick(ctx.buckets)) : Select(0, Split(',', ImportValue(`${word}-names`))),
        },
      })
      return
    default:
      ctx.add(`${word}ErrorsAlarm`, {
        Type: 'AWS::CloudWatch::Alarm',
        Properties: {
          AlarmDescription: `Errors in ${word}`,
          Namespace: 'AWS/Lambda',
          MetricName: 'Errors',
          Statistic: 'Sum',
          Period: 300,
          EvaluationPeriods: 1,
          Threshold: rng.int(1, 20),
          ComparisonOperator: 'GreaterThanOrEqualToThreshold',
          TreatMissingData: 'notBreaching',
        },
      })
  }
}

const CDK_REGIONS = [
  'af-south-1',
  'ap-east-1',
  'ap-northeast-1',
  'ap-northeast-2',
  'ap-northeast-3',
  'ap-south-1',
  'ap-southeast-1',
  'ap-southeast-2',
  'ca-central-1',
  'cn-north-1',
  'cn-northwest-1',
  'eu-central-1',
  'eu-north-1',
  'eu-south-1',
  'eu-west-1',
  'eu-west-2',
  'eu-west-3',
  'me-south-1',
  'sa-east-1',
  'us-east-1',
  'us-east-2',
  'us-west-1',
  'us-west-2',
]

/**
 * A template with about `count` resources. `opts.cdk` gives CDK synth output (hash-suffixed
 * logical ids, `aws:cdk:path` metadata, bootstrap rule); `opts.sam` a SAM transform.
 * Returns { doc, cdkPaths, comments }.
 */
export function buildTemplate(rng, count, opts = {}) {
  const ctx = new Ctx(rng, { cdk: opts.cdk, stackName: opts.stackName ?? 'Stack' })
  const words = []
  const seen = new Set()
  const word = () => {
    let w = rng.pick(WORDS)
    if (seen.has(w)) w = `${w}${rng.pick(WORDS)}`
    seen.add(w)
    words.push(w)
    return w
  }
  const s3Share = opts.s3Share ?? rng.pick([0.25, 0.35, 0.5, 0.6])
  if (count >= 4 && rng.bool(0.6)) ctx.keys = [kmsKey(ctx, 'Data')]
  if (count >= 6 && rng.bool(0.7)) logBucket(ctx)
  let wantTrail = count >= 8 && rng.bool(0.25)
  while (ctx.count < count) {
    if (rng.next() < s3Share) bucket(ctx, word())
    else other(ctx, word())
    if (wantTrail && ctx.buckets.length >= 2) {
      trail(ctx)
      wantTrail = false
    }
  }
  if (count === 1 && ctx.count === 0) bucket(ctx, word())

  const doc = {}
  const comments = {}
  if (!ctx.cdk) {
    doc.AWSTemplateFormatVersion = '2010-09-09'
    if (opts.sam) doc.Transform = 'AWS::Serverless-2016-10-31'
    doc.Description = `${pascal(opts.stackName ?? 'service')} stack: ${words.slice(0, 3).join(', ')} (generated benchmark fixture)`
    comments.Parameters = 'Deploy-time settings'
    doc.Parameters = {
      Env: {
        Type: 'String',
        AllowedValues: ['dev', 'staging', 'prod'],
        Default: rng.pick(['dev', 'prod']),
        Description: 'Deployment stage',
      },
      KmsKeyArn: { Type: 'String', Default: '', Description: 'Optional customer managed key' },
      RetentionDays: { Type: 'Number', Default: rng.pick([14, 30, 90]) },
    }
    if (rng.bool(0.3)) {
      doc.Mappings = {
        RegionMap: Object.fromEntries(
          ['us-east-1', 'us-west-2', 'eu-west-1', 'eu-central-1'].map((r) => [r, { LogRetention: rng.pick([30, 90]), Az: `${r}a` }]),
        ),
      }
    }
    doc.Conditions = {
      IsProd: Equals(Ref('Env'), 'prod'),
      HasKmsKey: Not(Equals(Ref('KmsKeyArn'), '')),
      IsProdWithKey: And(Condition('IsProd'), Condition('HasKmsKey')),
    }
    comments.Resources = 'Resources'
  } else {
    doc.Parameters = {
      BootstrapVersion: {
        Type: 'AWS::SSM::Parameter::Value<String>',
        Default: '/cdk-bootstrap/hnb659fds/version',
        Description:
          'Version of the CDK Bootstrap resources in this environment, automatically retrieved from SSM Parameter Store. [cdk:skip]',
      },
    }
  }
  doc.Resources = ctx.resources
  if (ctx.cdk) {
    ctx.resources.CDKMetadata = {
      Type: 'AWS::CDK::Metadata',
      Properties: { Analytics: `v2:deflate64:${rng.id(220)}` },
      Metadata: { 'aws:cdk:path': `${ctx.stack}/CDKMetadata/Default` },
      Condition: 'CDKMetadataAvailable',
    }
    const eq = CDK_REGIONS.map((r) => Equals(Ref('AWS::Region'), r))
    const chunks = []
    for (let i = 0; i < eq.length; i += 10) chunks.push(Or(...eq.slice(i, i + 10)))
    doc.Conditions = { CDKMetadataAvailable: Or(...chunks) }
    doc.Rules = {
      CheckBootstrapVersion: {
        Assertions: [
          {
            Assert: Not(new Tag('Contains', [['1', '2', '3', '4', '5'], Ref('BootstrapVersion')])),
            AssertDescription: "CDK bootstrap stack version 6 required. Please run 'cdk bootstrap' with a recent version of the CDK CLI.",
          },
        ],
      },
    }
  }
  const outputs = {}
  for (const b of ctx.buckets.slice(0, 4)) {
    outputs[`${b}Arn`] = {
      Description: `ARN of ${b}`,
      Value: GetAtt(b, 'Arn'),
      Export: { Name: Sub(`\${AWS::StackName}-${b}-arn`) },
    }
  }
  if (Object.keys(outputs).length) doc.Outputs = outputs
  if (!ctx.cdk && rng.bool(0.1)) {
    doc.Outputs ??= {}
    doc.Outputs.FirstAz = { Value: Select(0, GetAZs('')) }
    doc.Outputs.UserData = { Value: Base64(Sub('#!/bin/bash\necho ${AWS::StackName}\n')) }
    doc.Outputs.LogRetention = { Value: FindInMap('RegionMap', Ref('AWS::Region'), 'LogRetention'), Condition: 'IsProd' }
    if (!doc.Mappings) delete doc.Outputs.LogRetention
  }
  return { doc, cdkPaths: ctx.cdkPaths, comments, buckets: ctx.buckets.length }
}

/** Skewed template size: most templates are small, a few are large (1..1000 resources). */
export function templateSize(rng) {
  const n = Math.round(rng.logNormal(17, 1.15))
  return Math.max(1, Math.min(1000, n))
}
