import { Duration, RemovalPolicy } from 'aws-cdk-lib'
import * as s3 from 'aws-cdk-lib/aws-s3'
import { Construct } from 'constructs'

export interface SecureBucketProps {
  /** Days after which objects expire; the team keeps reports for a year by default. */
  readonly expireAfterDays?: number
}

/** The team's "paved road" bucket: private, TLS-only, versioned, with an expiry. */
export class SecureBucket extends Construct {
  public readonly bucket: s3.Bucket

  constructor(scope: Construct, id: string, props: SecureBucketProps = {}) {
    super(scope, id)
    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      removalPolicy: RemovalPolicy.RETAIN,
      lifecycleRules: [{ expiration: Duration.days(props.expireAfterDays ?? 365) }],
    })
  }
}
