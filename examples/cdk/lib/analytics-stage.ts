import { NestedStack, Stack, Stage, type StackProps, type StageProps } from 'aws-cdk-lib'
import * as s3 from 'aws-cdk-lib/aws-s3'
import type { Construct } from 'constructs'

/** Query results, in a nested stack (its template is an asset of the parent: `*.nested.template.json`). */
class ResultsStack extends NestedStack {
  constructor(scope: Construct, id: string) {
    super(scope, id)
    new s3.Bucket(this, 'Results', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: s3.BucketEncryption.KMS_MANAGED,
    })
  }
}

/** Raw datasets, written with the L1 construct as the data team's template was ported 1:1. */
class DataStack extends Stack {
  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props)
    new s3.CfnBucket(this, 'Datasets', {
      versioningConfiguration: { status: 'Suspended' },
      publicAccessBlockConfiguration: {
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: true,
        restrictPublicBuckets: true,
      },
    })
    new ResultsStack(this, 'Analytics')
  }
}

/** Everything production analytics needs, deployed as one unit. */
export class AnalyticsStage extends Stage {
  constructor(scope: Construct, id: string, props?: StageProps) {
    super(scope, id, props)
    new DataStack(this, 'Data')
  }
}
