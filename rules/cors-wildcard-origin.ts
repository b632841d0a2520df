import { defineRule } from '../src/engine/define-rule.js'
import { wildcardMatches } from '../src/model/arn.js'
import { strParts, strToDisplay, type Str } from '../src/model/value.js'

const WRITE_METHODS = new Set(['PUT', 'POST', 'DELETE'])
const ANY_ORIGINS = ['*', 'http://*', 'https://*']
const isAnyOrigin = (o: Str) => typeof o === 'string' && ANY_ORIGINS.includes(o.trim())

/**
 * An origin only partly known statically (`!Ref Origin`, `var.origins`, `https://${Domain}`) that
 * its deploy-time value could make one of the any-origin forms; the first unknown part, for why.
 * `https://*.${Domain}` cannot be, nor can a name the code itself defines (a bucket's domain).
 */
function mayBeAnyOrigin(o: Str): { why: string } | undefined {
  if (typeof o === 'string') return undefined
  const parts = strParts(o)
  const unknown = parts.find((p) => typeof p !== 'string' && p.kind === 'unknown')
  if (unknown === undefined || typeof unknown === 'string' || unknown.kind !== 'unknown') return undefined
  const shape = parts.map((p) => (typeof p === 'string' ? p : p.kind === 'unknown' ? '*' : '\u0001')).join('')
  return ANY_ORIGINS.some((any) => wildcardMatches(shape.trim(), any, false)) ? { why: unknown.why } : undefined
}

export default defineRule({
  id: 'cors-wildcard-origin',
  meta: {
    title: 'S3 bucket CORS rule allows any origin',
    severity: 'low',
    severityNote:
      'KICS rates it Medium. CORS only decides which web pages may call the bucket from a browser; it grants no access by itself. A rule that lets any site read is Low; one that lets any site write (PUT, POST, DELETE) is reported as Medium.',
    why:
      'A CORS rule with AllowedOrigins "*" lets scripts on every website call the bucket from a visitor\'s browser. For a bucket that browsers also reach with credentials or presigned URLs, that lets a malicious page read or upload data on the visitor\'s behalf. ' +
      'List the origins of your own sites instead. ' +
      'An origin only known at deploy time (a parameter, a variable, `https://${Domain}`) that could turn out to be "*" is reported as unknown.',
    concepts: ['other:cors-unrestricted'],
    peers: { kics: ['3609d27c-3698-483a-9402-13af6ae80583'] },
    profiles: ['default', 'strict'],
    fix: {
      cloudformation:
        'CorsConfiguration:\n  CorsRules:\n    - AllowedOrigins: [https://www.example.com]\n      AllowedMethods: [GET]\n      AllowedHeaders: [Authorization]',
      terraform:
        'cors_rule {\n  allowed_origins = ["https://www.example.com"]\n  allowed_methods = ["GET"]\n  allowed_headers = ["Authorization"]\n}',
      cdk: "cors: [{ allowedOrigins: ['https://www.example.com'], allowedMethods: [s3.HttpMethods.GET] }]",
    },
    references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/cors.html'],
  },
  messages: {
    anyOrigin: 'Bucket {{bucket}} has a CORS rule that lets any website call it with {{methods}}.',
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Assets:\n    Type: AWS::S3::Bucket\n    Properties:\n      CorsConfiguration:\n        CorsRules:\n          - AllowedOrigins: ["*"]\n            AllowedMethods: [GET, PUT]\n',
      ],
      good: [
        'Resources:\n  Assets:\n    Type: AWS::S3::Bucket\n    Properties:\n      CorsConfiguration:\n        CorsRules:\n          - AllowedOrigins: [https://www.example.com]\n            AllowedMethods: [GET]\n',
      ],
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "assets" {\n  bucket = "example-assets"\n}\n\nresource "aws_s3_bucket_cors_configuration" "assets" {\n  bucket = aws_s3_bucket.assets.id\n  cors_rule {\n    allowed_origins = ["*"]\n    allowed_methods = ["GET", "PUT"]\n  }\n}\n',
      ],
      good: [
        'resource "aws_s3_bucket" "assets" {\n  bucket = "example-assets"\n}\n\nresource "aws_s3_bucket_cors_configuration" "assets" {\n  bucket = aws_s3_bucket.assets.id\n  cors_rule {\n    allowed_origins = ["https://www.example.com"]\n    allowed_methods = ["GET"]\n  }\n}\n',
      ],
    },
    cdk: {
      bad: [
        "new s3.Bucket(this, 'Assets', { cors: [{ allowedOrigins: ['*'], allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.PUT] }] })",
      ],
      good: [
        "new s3.Bucket(this, 'Assets', { cors: [{ allowedOrigins: ['https://www.example.com'], allowedMethods: [s3.HttpMethods.GET] }] })",
      ],
    },
  },
  check(bucket, report) {
    const cors = bucket.cors
    if (cors.state === 'unknown') return report.unknown(cors, 'CORS rules')
    for (const rule of cors.value) {
      if (!rule.allowedOrigins.some(isAnyOrigin)) {
        const open = rule.allowedOrigins.map(mayBeAnyOrigin).find((m) => m !== undefined)
        if (open)
          report.unknown(
            { why: open.why || 'an allowed origin is only known at deploy time', at: rule.originsAt ?? rule.at },
            'allowed origin',
          )
        continue
      }
      const methods = rule.allowedMethods.map((m) => strToDisplay(m).toUpperCase())
      const writes = methods.some((m) => WRITE_METHODS.has(m) || m === '*')
      report({
        messageId: 'anyOrigin',
        at: rule.originsAt ?? rule.at,
        data: { bucket: bucket.id, methods: methods.join(', ') || 'no methods' },
        severity: writes ? 'medium' : undefined,
      })
    }
  },
})
