/**
 * Red-team round: CloudFormation and SAM input that gave a wrong answer (a silent pass, a false
 * alarm), each with the case that showed it.
 */
import { describe, expect, it } from 'vitest'
import { scanFiles } from '../../rules/helpers.js'

type Scan = Awaited<ReturnType<typeof scanFiles>>
const rows = (r: Scan, rule: string) =>
  r.findings
    .filter((f) => f.ruleId === rule)
    .map((f) => `${f.resource} ${f.location.line}`)
    .sort()
const unknownRows = (r: Scan, rule: string) =>
  r.unknowns
    .filter((u) => u.ruleId === rule)
    .map((u) => `${u.resource} ${u.location.line}`)
    .sort()

describe('inline policies of roles and SAM functions', () => {
  it('reads each side of a Policies list chosen by a condition not known statically', async () => {
    const r = await scanFiles({
      'template.yaml': `Transform: AWS::Serverless-2016-10-31
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies: !If
        - InUsEast1
        - - PolicyName: all
            PolicyDocument:
              Statement:
                - Effect: Allow
                  Action: "s3:*"
                  Resource: "*"
        - !Ref AWS::NoValue
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Policies: !If
        - InUsEast1
        - Statement:
            - Effect: Allow
              Action: s3:PutBucketPolicy
              Resource: "*"
        - AmazonS3ReadOnlyAccess
`,
    })
    expect(rows(r, 'iam-policy-s3-wildcard')).toEqual(['Fn 26', 'Role 14'])
  })

  it('reports a Policies list built by a function as unknown, not as no policies', async () => {
    const r = await scanFiles({
      'template.yaml': `Parameters:
  Names: {Type: String}
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      Policies: !Split [",", !Ref Names]
`,
    })
    expect(unknownRows(r, 'iam-policy-s3-wildcard')).toEqual(['Role 8'])
  })
})

describe('a website configuration chosen by a condition', () => {
  it('is unknown when the condition is not known statically, not a website for sure', async () => {
    const r = await scanFiles({
      'template.yaml': `Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Site:
    Type: AWS::S3::Bucket
    Properties:
      WebsiteConfiguration: !If [InUsEast1, {IndexDocument: index.html}, !Ref AWS::NoValue]
  Mapped:
    Type: AWS::S3::Bucket
    Properties:
      WebsiteConfiguration: !FindInMap [Sites, !Ref AWS::Region, Config]
Mappings:
  Sites:
    us-east-1: {Config: {IndexDocument: index.html}}
`,
    })
    expect(rows(r, 'website-enabled')).toEqual([])
    expect(unknownRows(r, 'website-enabled')).toEqual(['Mapped 11', 'Site 7'])
  })
})

describe('SAM policy templates', () => {
  it('reads the S3 policy templates as the statements the SAM transform writes into the role', async () => {
    const r = await scanFiles({
      'template.yaml': `Transform: AWS::Serverless-2016-10-31
Resources:
  Data:
    Type: AWS::S3::Bucket
  Every:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Policies:
        - S3CrudPolicy:
            BucketName: "*"
        - S3FullAccessPolicy:
            BucketName: "*"
        - S3ReadPolicy:
            BucketName: "*"
  One:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Policies:
        - S3CrudPolicy:
            BucketName: !Ref Data
`,
    })
    expect(rows(r, 'iam-policy-s3-wildcard')).toEqual(['Every 11', 'Every 13'])
    expect(rows(r, 'iam-inline-policy-s3-access')).toEqual(['Every 11', 'Every 13', 'Every 15', 'One 23'])
  })
})

describe('SAM S3 events', () => {
  it('counts events chosen by a condition not known statically as maybe, not as none', async () => {
    const r = await scanFiles({
      'template.yaml': `Transform: AWS::Serverless-2016-10-31
Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Uploads:
    Type: AWS::S3::Bucket
  Typed:
    Type: AWS::S3::Bucket
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Events: !If
        - InUsEast1
        - Upload:
            Type: S3
            Properties:
              Bucket: !Ref Uploads
              Events: s3:ObjectCreated:*
        - !Ref AWS::NoValue
  Fn2:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Events:
        Upload:
          Type: !If [InUsEast1, S3, SQS]
          Properties:
            Bucket: !Ref Typed
            Events: s3:ObjectCreated:*
`,
    })
    expect(rows(r, 'notifications-missing')).toEqual([])
    expect(unknownRows(r, 'notifications-missing')).toEqual(['Typed 29', 'Uploads 14'])
  })
})

describe('bucket names looked up in a mapping by a parameter without a value', () => {
  const template = (bucket: string, policyBucket: string) => `Parameters:
  Env: {Type: String, AllowedValues: [dev, prod]}
Mappings:
  Names:
    dev: {Bucket: data-dev}
    prod: {Bucket: data-prod}
Resources:
${bucket}
  Pol:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: ${policyBucket}
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub
              - arn:aws:s3:::\${B}/*
              - B: !FindInMap [Names, !Ref Env, Bucket]
`

  it('links a policy to the bucket named by the same lookup', async () => {
    const r = await scanFiles({
      'template.yaml': template(
        `  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !FindInMap [Names, !Ref Env, Bucket]`,
        '!FindInMap [Names, !Ref Env, Bucket]',
      ),
    })
    expect(rows(r, 'public-exposure')).toEqual(['Data 18'])
    expect(rows(r, 'bucket-policy-missing')).toEqual([])
  })

  it('applies a policy to each bucket of the template the lookup may name', async () => {
    const r = await scanFiles({
      'template.yaml': template(
        `  Dev:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: data-dev
  Other:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: other`,
        '!FindInMap [Names, !Ref Env, Bucket]',
      ),
    })
    expect(rows(r, 'public-exposure')).toEqual(['Dev 22'])
    expect(rows(r, 'bucket-policy-missing')).toEqual(['Other 12'])
    expect(unknownRows(r, 'bucket-policy-missing')).toEqual(['Dev 19'])
  })
})

describe('bucket names picked from a list parameter without a value', () => {
  it('links a policy to the bucket named by the same element, and not by another', async () => {
    const r = await scanFiles({
      'template.yaml': `Parameters:
  Names: {Type: CommaDelimitedList}
  Joined: {Type: String}
Resources:
  First:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Select [0, !Ref Names]
  Second:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !Select [1, !Split [",", !Ref Joined]]
  FirstPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Select [0, !Ref Names]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub ["arn:aws:s3:::\${B}/*", {B: !Select [0, !Ref Names]}]
  SecondPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Select [1, !Split [",", !Ref Joined]]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:PutObject
            Resource: !Sub ["arn:aws:s3:::\${B}/*", {B: !Select [1, !Split [",", !Ref Joined]]}]
`,
    })
    expect(rows(r, 'public-exposure')).toEqual(['First 19', 'Second 29'])
    // One bucket each: applied to both, each policy made a finding per bucket.
    expect(rows(r, 'policy-public-read')).toEqual(['FirstPolicy 19'])
    expect(rows(r, 'policy-public-write')).toEqual(['SecondPolicy 29'])
    expect(rows(r, 'bucket-policy-missing')).toEqual([])
    expect(r.notes).toEqual([])
  })
})

describe('bucket names chosen by a condition not known statically', () => {
  it('links a policy to the bucket named by the same choice', async () => {
    const r = await scanFiles({
      'template.yaml': `Conditions:
  InUsEast1: !Equals [!Ref AWS::Region, us-east-1]
Resources:
  Data:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: !If [InUsEast1, data-us, data-eu]
  Pol:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !If [InUsEast1, data-us, data-eu]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: !Sub ["arn:aws:s3:::\${B}/*", {B: !If [InUsEast1, data-us, data-eu]}]
`,
    })
    expect(rows(r, 'public-exposure')).toEqual(['Data 14'])
    expect(rows(r, 'bucket-policy-missing')).toEqual([])
  })
})
