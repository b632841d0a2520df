// A `cdk.out` cloud assembly as `cdk synth` writes it: manifest.json (stack artifacts with
// per-construct `aws:cdk:logicalId` metadata), one `<Stack>.template.json` per stack, the asset
// manifests, tree.json (the construct tree with CloudFormation props), and the `cdk.out` marker.
import { buildTemplate } from './gen-cfn.mjs'
import { emitJson, toLongForm } from './emit.mjs'
import { pascal } from './prng.mjs'

const CDK_VERSION = '2.176.0'
const SCHEMA_VERSION = '39.0.0'

const FQN = {
  'AWS::S3::Bucket': ['aws-cdk-lib.aws_s3.CfnBucket', 'aws-cdk-lib.aws_s3.Bucket'],
  'AWS::S3::BucketPolicy': ['aws-cdk-lib.aws_s3.CfnBucketPolicy', 'aws-cdk-lib.aws_s3.BucketPolicy'],
  'AWS::KMS::Key': ['aws-cdk-lib.aws_kms.CfnKey', 'aws-cdk-lib.aws_kms.Key'],
  'AWS::Lambda::Function': ['aws-cdk-lib.aws_lambda.CfnFunction', 'aws-cdk-lib.aws_lambda.Function'],
  'AWS::IAM::Role': ['aws-cdk-lib.aws_iam.CfnRole', 'aws-cdk-lib.aws_iam.Role'],
  'AWS::SQS::Queue': ['aws-cdk-lib.aws_sqs.CfnQueue', 'aws-cdk-lib.aws_sqs.Queue'],
}

function constructTree(stack, paths) {
  const root = {
    id: stack,
    path: stack,
    children: {},
    constructInfo: { fqn: 'aws-cdk-lib.Stack', version: CDK_VERSION },
  }
  for (const [path, logicalId, type, props] of paths) {
    const parts = path.split('/').slice(1)
    let node = root
    let current = stack
    parts.forEach((part, i) => {
      current = `${current}/${part}`
      node.children ??= {}
      let child = node.children[part]
      if (!child) {
        const leaf = i === parts.length - 1
        const [cfnFqn, l2Fqn] = FQN[type] ?? ['aws-cdk-lib.CfnResource', 'constructs.Construct']
        child = { id: part, path: current }
        if (leaf) {
          child.attributes = { 'aws:cdk:cloudformation:type': type, 'aws:cdk:cloudformation:props': toLongForm(props) }
          child.constructInfo = { fqn: cfnFqn, version: CDK_VERSION }
        } else {
          child.children = {}
          child.constructInfo = { fqn: l2Fqn, version: CDK_VERSION }
        }
        node.children[part] = child
      }
      void logicalId
      node = child
    })
  }
  root.children.BootstrapVersion = {
    id: 'BootstrapVersion',
    path: `${stack}/BootstrapVersion`,
    constructInfo: { fqn: 'aws-cdk-lib.CfnParameter', version: CDK_VERSION },
  }
  root.children.CheckBootstrapVersion = {
    id: 'CheckBootstrapVersion',
    path: `${stack}/CheckBootstrapVersion`,
    constructInfo: { fqn: 'aws-cdk-lib.CfnRule', version: CDK_VERSION },
  }
  return root
}

/**
 * Files of one cloud assembly, relative to its `cdk.out/` directory. `sizes` is the resource
 * count of each stack. Returns { files: [[rel, text, kind]], templates: number }.
 */
export function buildCloudAssembly(rng, appName, sizes) {
  const files = []
  const artifacts = {}
  const tree = {
    version: 'tree-0.1',
    tree: {
      id: 'App',
      path: '',
      children: {},
      constructInfo: { fqn: 'aws-cdk-lib.App', version: CDK_VERSION },
    },
  }
  sizes.forEach((count, i) => {
    const stack = `${pascal(appName)}${['', 'Data', 'Api', 'Edge', 'Pipeline'][i % 5]}Stack${i >= 5 ? i : ''}`
    const { doc, cdkPaths } = buildTemplate(rng.fork(stack), count, { cdk: true, stackName: stack })
    const templateFile = `${stack}.template.json`
    files.push([templateFile, emitJson(doc, 1), 'cdk-template'])
    const hash = rng.hex(64).toLowerCase()
    files.push([
      `${stack}.assets.json`,
      `${JSON.stringify(
        {
          version: SCHEMA_VERSION,
          files: {
            [hash]: {
              source: { path: templateFile, packaging: 'file' },
              destinations: {
                'current_account-current_region': {
                  bucketName: 'cdk-hnb659fds-assets-${AWS::AccountId}-${AWS::Region}',
                  objectKey: `${hash}.json`,
                  assumeRoleArn:
                    'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-file-publishing-role-${AWS::AccountId}-${AWS::Region}',
                },
              },
            },
          },
          dockerImages: {},
        },
        null,
        2,
      )}\n`,
      'cdk-other',
    ])
    const metadata = {}
    for (const [path, logicalId] of cdkPaths) {
      metadata[`/${path}`] = [{ type: 'aws:cdk:logicalId', data: logicalId }]
    }
    metadata[`/${stack}/CDKMetadata/Default`] = [{ type: 'aws:cdk:logicalId', data: 'CDKMetadata' }]
    metadata[`/${stack}/BootstrapVersion`] = [{ type: 'aws:cdk:logicalId', data: 'BootstrapVersion' }]
    metadata[`/${stack}/CheckBootstrapVersion`] = [{ type: 'aws:cdk:logicalId', data: 'CheckBootstrapVersion' }]
    artifacts[`${stack}.assets`] = {
      type: 'cdk:asset-manifest',
      properties: {
        file: `${stack}.assets.json`,
        requiresBootstrapStackVersion: 6,
        bootstrapStackVersionSsmParameter: '/cdk-bootstrap/hnb659fds/version',
      },
    }
    artifacts[stack] = {
      type: 'aws:cloudformation:stack',
      environment: 'aws://unknown-account/unknown-region',
      properties: {
        templateFile,
        terminationProtection: false,
        validateOnSynth: false,
        assumeRoleArn: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-deploy-role-${AWS::AccountId}-${AWS::Region}',
        cloudFormationExecutionRoleArn:
          'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-cfn-exec-role-${AWS::AccountId}-${AWS::Region}',
        stackTemplateAssetObjectUrl: `s3://cdk-hnb659fds-assets-\${AWS::AccountId}-\${AWS::Region}/${hash}.json`,
        requiresBootstrapStackVersion: 6,
        bootstrapStackVersionSsmParameter: '/cdk-bootstrap/hnb659fds/version',
        additionalDependencies: [`${stack}.assets`],
        lookupRole: {
          arn: 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/cdk-hnb659fds-lookup-role-${AWS::AccountId}-${AWS::Region}',
          requiresBootstrapStackVersion: 8,
          bootstrapStackVersionSsmParameter: '/cdk-bootstrap/hnb659fds/version',
        },
      },
      dependencies: [`${stack}.assets`],
      metadata,
      displayName: stack,
    }
    tree.tree.children[stack] = constructTree(stack, cdkPaths)
  })
  artifacts.Tree = { type: 'cdk:tree', properties: { file: 'tree.json' } }
  files.push(['manifest.json', `${JSON.stringify({ version: SCHEMA_VERSION, artifacts }, null, 2)}\n`, 'cdk-other'])
  files.push(['tree.json', JSON.stringify(tree), 'cdk-other'])
  files.push(['cdk.out', `${JSON.stringify({ version: SCHEMA_VERSION })}`, 'cdk-other'])
  return { files, templates: sizes.length }
}
