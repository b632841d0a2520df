/** Templates shared by the end-to-end scenarios. Line numbers matter: tests point at them. */

/** A hardened bucket (advisory findings only: logging, KMS, TLS policy…). */
export const LOGS_BUCKET = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Logs:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: example-logs
      VersioningConfiguration:
        Status: Enabled
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`

/** The PR adds a public bucket at line 14: blocking findings on added lines. */
export const WITH_PUBLIC_BUCKET = `${LOGS_BUCKET}  Public:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: example-public
      AccessControl: PublicRead
`

/** The public bucket fixed (Block Public Access on, no public ACL). */
export const PUBLIC_BUCKET_FIXED = `${LOGS_BUCKET}  Public:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: example-public
      VersioningConfiguration:
        Status: Enabled
      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`

/**
 * A bucket whose only problem is introduced far below its own line: the PR turns versioning
 * off at line 19 while the bucket (where most findings point) is at line 3, outside the hunk.
 */
export const LONG_BUCKET = (status: 'Enabled' | 'Suspended', bpa: boolean) => `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: example-archive
      Tags:
        - Key: team
          Value: storage
        - Key: cost-center
          Value: '1234'
        - Key: owner
          Value: platform
        - Key: purpose
          Value: archive
        - Key: retention
          Value: long
      VersioningConfiguration:
        Status: ${status}
${
  bpa
    ? `      PublicAccessBlockConfiguration:
        BlockPublicAcls: true
        BlockPublicPolicy: true
        IgnorePublicAcls: true
        RestrictPublicBuckets: true
`
    : ''
}`

/** `n` public buckets: many findings (annotation batching, comment cap, body sizes). */
export function manyBuckets(n: number): string {
  let text = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n"
  for (let i = 0; i < n; i++) {
    text += `  Bucket${i}:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: example-${i}\n      AccessControl: PublicReadWrite\n`
  }
  return text
}
