// Terraform root modules as teams write them with AWS provider v4+: buckets with split
// `aws_s3_bucket_*` resources, policies from `jsonencode` and `data "aws_iam_policy_document"`,
// locals, variables, `for_each`/`count`, local and registry modules, and some v3 inline buckets.
import { WORDS } from './prng.mjs'

/** An HCL expression written verbatim. */
class Raw {
  constructor(text) {
    this.text = text
  }
}
const raw = (t) => new Raw(t)

function hclValue(v, indent) {
  const pad = ' '.repeat(indent)
  if (v instanceof Raw) return v.text
  if (typeof v === 'string') return JSON.stringify(v)
  if (typeof v === 'number' || typeof v === 'boolean') return String(v)
  if (v === null) return 'null'
  if (Array.isArray(v)) {
    const parts = v.map((x) => hclValue(x, indent + 2))
    const one = `[${parts.join(', ')}]`
    if (one.length < 70 && !one.includes('\n')) return one
    return `[\n${parts.map((p) => `${pad}  ${p},`).join('\n')}\n${pad}]`
  }
  const keys = Object.keys(v).filter((k) => v[k] !== undefined)
  if (keys.length === 0) return '{}'
  const w = Math.max(...keys.map((k) => hclKey(k).length))
  return `{\n${keys.map((k) => `${pad}  ${hclKey(k).padEnd(w)} = ${hclValue(v[k], indent + 2)}`).join('\n')}\n${pad}}`
}

const hclKey = (k) => (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k) ? k : JSON.stringify(k))

/**
 * A block body: `attrs` is an ordered list of [name, value] for attributes and
 * [name, body, label?] with `body` an array for nested blocks.
 */
const isBlock = (v) => Array.isArray(v) && v.every((x) => Array.isArray(x))

function body(items, indent) {
  const pad = ' '.repeat(indent)
  const out = []
  const attrs = items.filter(([, v]) => !isBlock(v) && v !== undefined)
  const w = attrs.length ? Math.max(...attrs.map(([k]) => k.length)) : 0
  let prevBlock = false
  for (const [k, v] of items) {
    if (v === undefined) continue
    if (isBlock(v)) {
      if (out.length) out.push('')
      out.push(`${pad}${k} {`, ...body(v, indent + 2), `${pad}}`)
      prevBlock = true
    } else {
      if (prevBlock) out.push('')
      prevBlock = false
      out.push(`${pad}${k.padEnd(w)} = ${hclValue(v, indent)}`)
    }
  }
  return out
}

const block = (head, items) => `${head} {\n${body(items, 2).join('\n')}\n}\n`
const resource = (type, name, items) => block(`resource "${type}" "${name}"`, items)
const data = (type, name, items) => block(`data "${type}" "${name}"`, items)

const tlsDenyDoc = (name, arnExprs) =>
  data('aws_iam_policy_document', name, [
    [
      'statement',
      [
        ['sid', 'DenyInsecureTransport'],
        ['effect', 'Deny'],
        ['actions', ['s3:*']],
        ['resources', arnExprs.map(raw)],
        [
          'principals',
          [
            ['type', '*'],
            ['identifiers', ['*']],
          ],
        ],
        [
          'condition',
          [
            ['test', 'Bool'],
            ['variable', 'aws:SecureTransport'],
            ['values', ['false']],
          ],
        ],
      ],
    ],
  ])

/** Bucket postures for Terraform, with weights. */
const POSTURES = [
  [32, 'hardened'],
  [22, 'partial'],
  [10, 'insecure'],
  [4, 'website'],
  [10, 'v3inline'],
  [10, 'foreach'],
  [6, 'registry'],
  [6, 'localmodule'],
]

/** Emits one bucket (or a group) and returns the HCL text; `st` carries module-level state. */
function bucketHcl(rng, st, word) {
  const posture = rng.weighted(POSTURES)
  const r = word.replace(/-/g, '_')
  const name = `"\${local.name_prefix}-${word}"`
  const out = []
  const ref = `aws_s3_bucket.${r}`
  const pab = (all) =>
    resource('aws_s3_bucket_public_access_block', r, [
      ['bucket', raw(`${ref}.id`)],
      ['block_public_acls', all ? true : true],
      ['block_public_policy', all],
      ['ignore_public_acls', all ? true : rng.bool()],
      ['restrict_public_buckets', all],
    ])
  const sse = (kms) =>
    resource('aws_s3_bucket_server_side_encryption_configuration', r, [
      ['bucket', raw(`${ref}.id`)],
      [
        'rule',
        [
          [
            'apply_server_side_encryption_by_default',
            kms
              ? [
                  ['sse_algorithm', 'aws:kms'],
                  ['kms_master_key_id', raw(st.kmsRef ?? 'var.kms_key_arn')],
                ]
              : [['sse_algorithm', 'AES256']],
          ],
          ['bucket_key_enabled', kms ? rng.bool(0.85) : undefined],
        ],
      ],
    ])
  const versioning = (status) =>
    resource('aws_s3_bucket_versioning', r, [
      ['bucket', raw(`${ref}.id`)],
      ['versioning_configuration', [['status', status]]],
    ])
  const logging = () =>
    st.logRef
      ? resource('aws_s3_bucket_logging', r, [
          ['bucket', raw(`${ref}.id`)],
          ['target_bucket', raw(st.logRef)],
          ['target_prefix', `${word}/`],
        ])
      : ''
  const ownership = (o) =>
    resource('aws_s3_bucket_ownership_controls', r, [
      ['bucket', raw(`${ref}.id`)],
      ['rule', [['object_ownership', o]]],
    ])
  const plainBucket = (extra = []) =>
    resource('aws_s3_bucket', r, [
      ['bucket', raw(name)],
      ['force_destroy', rng.bool(0.2) ? true : undefined],
      ['object_lock_enabled', rng.bool(0.1) ? true : undefined],
      ...extra,
      ['tags', raw(`merge(local.common_tags, {\n    Name = ${name}\n  })`)],
    ])
  switch (posture) {
    case 'hardened':
      out.push(plainBucket(), pab(true), sse(true), versioning('Enabled'), logging(), ownership('BucketOwnerEnforced'))
      out.push(tlsDenyDoc(`${r}_tls`, [`${ref}.arn`, `"\${${ref}.arn}/*"`]))
      out.push(
        resource('aws_s3_bucket_policy', r, [
          ['bucket', raw(`${ref}.id`)],
          ['policy', raw(`data.aws_iam_policy_document.${r}_tls.json`)],
        ]),
      )
      out.push(
        resource('aws_s3_bucket_lifecycle_configuration', r, [
          ['bucket', raw(`${ref}.id`)],
          [
            'rule',
            [
              ['id', 'transition'],
              ['status', 'Enabled'],
              ['filter', []],
              [
                'transition',
                [
                  ['days', rng.pick([30, 60, 90])],
                  ['storage_class', 'STANDARD_IA'],
                ],
              ],
              ['noncurrent_version_expiration', [['noncurrent_days', rng.pick([30, 90])]]],
            ],
          ],
        ]),
      )
      break
    case 'partial':
      out.push(plainBucket(), rng.bool(0.5) ? pab(false) : pab(true))
      if (rng.bool(0.6)) out.push(sse(false))
      if (rng.bool(0.5)) out.push(versioning(rng.pick(['Enabled', 'Suspended'])))
      out.push(
        resource('aws_s3_bucket_policy', r, [
          ['bucket', raw(`${ref}.id`)],
          [
            'policy',
            raw(`jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = "\${${ref}.arn}/*"
        Condition = {
          Bool = { "aws:SecureTransport" = "false" }
        }
      }
    ]
  })`),
          ],
        ]),
      )
      break
    case 'insecure':
      out.push(plainBucket(), ownership('ObjectWriter'))
      out.push(
        resource('aws_s3_bucket_acl', r, [
          ['depends_on', [raw(`aws_s3_bucket_ownership_controls.${r}`)]],
          ['bucket', raw(`${ref}.id`)],
          ['acl', rng.pick(['public-read', 'public-read-write', 'authenticated-read'])],
        ]),
      )
      if (rng.bool(0.5)) {
        out.push(
          resource('aws_s3_bucket_policy', r, [
            ['bucket', raw(`${ref}.id`)],
            [
              'policy',
              raw(`jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "PublicRead"
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject", "s3:ListBucket"]
      Resource  = [${ref}.arn, "\${${ref}.arn}/*"]
    }]
  })`),
            ],
          ]),
        )
      }
      break
    case 'website':
      out.push(
        resource('aws_s3_bucket', r, [
          ['bucket', raw(name)],
          ['tags', raw(`merge(local.common_tags, {\n    "s3-gate:public" = "Public static website for ${word}"\n  })`)],
        ]),
      )
      out.push(
        resource('aws_s3_bucket_website_configuration', r, [
          ['bucket', raw(`${ref}.id`)],
          ['index_document', [['suffix', 'index.html']]],
          ['error_document', [['key', 'error.html']]],
        ]),
      )
      out.push(
        resource('aws_s3_bucket_public_access_block', r, [
          ['bucket', raw(`${ref}.id`)],
          ['block_public_acls', true],
          ['block_public_policy', false],
          ['ignore_public_acls', true],
          ['restrict_public_buckets', false],
        ]),
      )
      out.push(
        data('aws_iam_policy_document', `${r}_public`, [
          [
            'statement',
            [
              ['sid', 'PublicReadGetObject'],
              ['actions', ['s3:GetObject']],
              ['resources', [raw(`"\${${ref}.arn}/*"`)]],
              [
                'principals',
                [
                  ['type', '*'],
                  ['identifiers', ['*']],
                ],
              ],
            ],
          ],
        ]),
      )
      out.push(
        resource('aws_s3_bucket_policy', r, [
          ['bucket', raw(`${ref}.id`)],
          ['policy', raw(`data.aws_iam_policy_document.${r}_public.json`)],
          ['depends_on', [raw(`aws_s3_bucket_public_access_block.${r}`)]],
        ]),
      )
      break
    case 'v3inline':
      out.push(`resource "aws_s3_bucket" "${r}" {
  bucket = ${name}
  acl    = "${rng.pick(['private', 'private', 'log-delivery-write', 'public-read'])}"

  versioning {
    enabled = ${rng.bool(0.6)}
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "${rng.pick(['AES256', 'aws:kms'])}"
      }
    }
  }
${
  st.logRef
    ? `
  logging {
    target_bucket = ${st.logRef}
    target_prefix = "${word}/"
  }
`
    : ''
}
  lifecycle_rule {
    id      = "expire"
    enabled = true

    expiration {
      days = ${rng.pick([90, 365, 730])}
    }
  }

  policy = <<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DenyInsecureTransport",
      "Effect": "Deny",
      "Principal": "*",
      "Action": "s3:*",
      "Resource": ["arn:aws:s3:::\${var.project}-\${var.environment}-${word}", "arn:aws:s3:::\${var.project}-\${var.environment}-${word}/*"],
      "Condition": { "Bool": { "aws:SecureTransport": "false" } }
    }
  ]
}
POLICY

  tags = local.common_tags
}
`)
      break
    case 'foreach': {
      const keys = Array.from({ length: rng.int(2, 6) }, (_, i) => `${rng.pick(WORDS)}${i}`)
      st.locals.push(
        `  ${r}_buckets = {\n${keys.map((k) => `    ${k} = { versioned = ${rng.bool(0.7)}, kms = ${rng.bool(0.6)} }`).join('\n')}\n  }`,
      )
      out.push(`resource "aws_s3_bucket" "${r}" {
  for_each = local.${r}_buckets

  bucket = "\${local.name_prefix}-\${each.key}"
  tags   = merge(local.common_tags, { Name = each.key })
}

resource "aws_s3_bucket_public_access_block" "${r}" {
  for_each = aws_s3_bucket.${r}

  bucket                  = each.value.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "${r}" {
  for_each = local.${r}_buckets

  bucket = aws_s3_bucket.${r}[each.key].id
  versioning_configuration {
    status = each.value.versioned ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "${r}" {
  for_each = local.${r}_buckets

  bucket = aws_s3_bucket.${r}[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = each.value.kms ? "aws:kms" : "AES256"
      kms_master_key_id = each.value.kms ? ${st.kmsRef ?? 'var.kms_key_arn'} : null
    }
    bucket_key_enabled = each.value.kms
  }
}
`)
      break
    }
    case 'registry':
      out.push(
        block(`module "${r}_bucket"`, [
          ['source', 'terraform-aws-modules/s3-bucket/aws'],
          ['version', rng.pick(['4.1.2', '3.15.1', '4.2.0'])],
          ['bucket', raw(name)],
          ['acl', rng.bool(0.8) ? undefined : 'public-read'],
          ['control_object_ownership', true],
          ['object_ownership', rng.pick(['BucketOwnerEnforced', 'ObjectWriter'])],
          ['block_public_acls', true],
          ['block_public_policy', rng.bool(0.8)],
          ['ignore_public_acls', true],
          ['restrict_public_buckets', rng.bool(0.8)],
          ['attach_deny_insecure_transport_policy', rng.bool(0.7)],
          ['attach_require_latest_tls_policy', rng.bool(0.4)],
          ['versioning', { enabled: rng.bool(0.7) }],
          [
            'server_side_encryption_configuration',
            {
              rule: {
                apply_server_side_encryption_by_default: {
                  sse_algorithm: 'aws:kms',
                  kms_master_key_id: raw(st.kmsRef ?? 'var.kms_key_arn'),
                },
                bucket_key_enabled: true,
              },
            },
          ],
          ['logging', st.logRef ? { target_bucket: raw(st.logRef), target_prefix: `${word}/` } : undefined],
          ['tags', raw('local.common_tags')],
        ]),
      )
      break
    default: // local module
      out.push(
        block(`module "${r}_bucket"`, [
          ['source', raw(JSON.stringify(st.localModule))],
          ['name', raw(name)],
          ['kms_key_arn', raw(st.kmsRef ?? 'var.kms_key_arn')],
          ['log_bucket', st.logRef ? raw(`${st.logRef}`) : undefined],
          ['versioning', rng.bool(0.8)],
          ['tags', raw('local.common_tags')],
        ]),
      )
  }
  st.bucketRefs.push(posture === 'foreach' || posture === 'registry' || posture === 'localmodule' ? null : ref)
  return out.filter(Boolean).join('\n')
}

function otherHcl(rng, st, word) {
  const r = word.replace(/-/g, '_')
  const kind = rng.weighted([
    [4, 'lambda'],
    [2, 'sqs'],
    [2, 'dynamodb'],
    [1, 'sns'],
    [2, 'loggroup'],
  ])
  switch (kind) {
    case 'lambda':
      return `resource "aws_iam_role" "${r}" {
  name = "\${local.name_prefix}-${word}"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "lambda.amazonaws.com" }
      Action    = "sts:AssumeRole"
    }]
  })
  tags = local.common_tags
}

resource "aws_iam_role_policy_attachment" "${r}_basic" {
  role       = aws_iam_role.${r}.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

resource "aws_lambda_function" "${r}" {
  function_name = "\${local.name_prefix}-${word}"
  role          = aws_iam_role.${r}.arn
  handler       = "index.handler"
  runtime       = "${rng.pick(['python3.12', 'nodejs20.x', 'java21'])}"
  memory_size   = ${rng.pick([128, 256, 512, 1024])}
  timeout       = ${rng.pick([10, 30, 60])}
  filename      = "\${path.module}/build/${word}.zip"

  environment {
    variables = {
      STAGE     = var.environment
      LOG_LEVEL = "${rng.pick(['INFO', 'DEBUG'])}"
    }
  }

  tracing_config {
    mode = "Active"
  }
}
`
    case 'sqs':
      return `resource "aws_sqs_queue" "${r}_dlq" {
  name                      = "\${local.name_prefix}-${word}-dlq"
  message_retention_seconds = 1209600
  sqs_managed_sse_enabled   = true
}

resource "aws_sqs_queue" "${r}" {
  name                       = "\${local.name_prefix}-${word}"
  visibility_timeout_seconds = ${rng.pick([30, 60, 300])}
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.${r}_dlq.arn
    maxReceiveCount     = ${rng.int(3, 10)}
  })
  tags = local.common_tags
}
`
    case 'dynamodb':
      return `resource "aws_dynamodb_table" "${r}" {
  name         = "\${local.name_prefix}-${word}"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "pk"
  range_key    = "sk"

  attribute {
    name = "pk"
    type = "S"
  }

  attribute {
    name = "sk"
    type = "S"
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled = true
  }

  tags = local.common_tags
}
`
    case 'sns':
      return `resource "aws_sns_topic" "${r}" {
  name              = "\${local.name_prefix}-${word}"
  kms_master_key_id = "alias/aws/sns"
}
`
    default:
      return `resource "aws_cloudwatch_log_group" "${r}" {
  name              = "/aws/lambda/\${local.name_prefix}-${word}"
  retention_in_days = var.log_retention_days
  tags              = local.common_tags
}
`
  }
}

const LOG_BUCKET = `resource "aws_s3_bucket" "access_logs" {
  bucket = "\${local.name_prefix}-access-logs"
  tags   = local.common_tags
}

resource "aws_s3_bucket_public_access_block" "access_logs" {
  bucket                  = aws_s3_bucket.access_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_server_side_encryption_configuration" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_ownership_controls" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

data "aws_iam_policy_document" "access_logs" {
  statement {
    sid       = "S3ServerAccessLogsPolicy"
    actions   = ["s3:PutObject"]
    resources = ["\${aws_s3_bucket.access_logs.arn}/*"]
    principals {
      type        = "Service"
      identifiers = ["logging.s3.amazonaws.com"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:SourceAccount"
      values   = [data.aws_caller_identity.current.account_id]
    }
  }
}

resource "aws_s3_bucket_policy" "access_logs" {
  bucket = aws_s3_bucket.access_logs.id
  policy = data.aws_iam_policy_document.access_logs.json
}

data "aws_caller_identity" "current" {}
`

/** Shared local modules, written once per tree under `modules/`. */
export function localModules() {
  return [
    [
      'modules/secure-bucket/main.tf',
      `resource "aws_s3_bucket" "this" {
  bucket = var.name
  tags   = var.tags
}

resource "aws_s3_bucket_public_access_block" "this" {
  bucket                  = aws_s3_bucket.this.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "this" {
  bucket = aws_s3_bucket.this.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = var.kms_key_arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_versioning" "this" {
  bucket = aws_s3_bucket.this.id
  versioning_configuration {
    status = var.versioning ? "Enabled" : "Suspended"
  }
}

resource "aws_s3_bucket_logging" "this" {
  count         = var.log_bucket == null ? 0 : 1
  bucket        = aws_s3_bucket.this.id
  target_bucket = var.log_bucket
  target_prefix = "\${var.name}/"
}

data "aws_iam_policy_document" "tls" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.this.arn,
      "\${aws_s3_bucket.this.arn}/*",
    ]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_s3_bucket_policy" "this" {
  bucket = aws_s3_bucket.this.id
  policy = data.aws_iam_policy_document.tls.json
}
`,
    ],
    [
      'modules/secure-bucket/variables.tf',
      `variable "name" {
  type        = string
  description = "Bucket name"
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "log_bucket" {
  type    = string
  default = null
}

variable "versioning" {
  type    = bool
  default = true
}

variable "tags" {
  type    = map(string)
  default = {}
}
`,
    ],
    [
      'modules/secure-bucket/outputs.tf',
      `output "id" {
  value = aws_s3_bucket.this.id
}

output "arn" {
  value = aws_s3_bucket.this.arn
}
`,
    ],
  ]
}

/**
 * One root module of `nFiles` files (at least 3), in directory `dir` (relative to the tree);
 * `moduleRel` is the path from it to the shared local module. Returns [[rel, text]].
 */
export function buildRootModule(rng, dir, nFiles, moduleRel) {
  const project = rng.pick(WORDS)
  const st = { locals: [], bucketRefs: [], localModule: moduleRel, kmsRef: null, logRef: null }
  const files = []
  const words = new Set()
  const word = () => {
    let w = rng.pick(WORDS)
    while (words.has(w)) w = `${w}-${rng.pick(WORDS)}`
    words.add(w)
    return w
  }
  files.push([
    'versions.tf',
    `terraform {
  required_version = ">= 1.5"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> ${rng.pick(['5.0', '5.40', '4.67'])}"
    }
  }

  backend "s3" {
    bucket = "tfstate-${rng.id(10)}"
    key    = "${dir}/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "aws" {
  region = var.region

  default_tags {
    tags = {
      Project = var.project
    }
  }
}
`,
  ])
  files.push([
    'variables.tf',
    `variable "project" {
  type        = string
  description = "Project name, used as a prefix for every resource"
  default     = "${project}"
}

variable "environment" {
  type    = string
  default = "${rng.pick(['dev', 'staging', 'prod'])}"

  validation {
    condition     = contains(["dev", "staging", "prod"], var.environment)
    error_message = "environment must be dev, staging or prod."
  }
}

variable "region" {
  type    = string
  default = "${rng.pick(['eu-west-1', 'us-east-1', 'us-west-2'])}"
}

variable "kms_key_arn" {
  type    = string
  default = null
}

variable "log_retention_days" {
  type    = number
  default = ${rng.pick([14, 30, 90, 365])}
}
`,
  ])
  // Fixed files: versions.tf, variables.tf, locals.tf, outputs.tf (+ terraform.tfvars); the
  // rest are content files. Modules of fewer than 5 files are written compactly (merged).
  const tfvars = nFiles >= 6 && rng.bool(0.4)
  const rest = Math.max(1, nFiles - 4 - (tfvars ? 1 : 0))
  const content = []
  if (rest >= 2 && rng.bool(0.6)) {
    st.kmsRef = 'aws_kms_key.data.arn'
    content.push([
      'kms.tf',
      `resource "aws_kms_key" "data" {
  description             = "Data key for \${var.project}"
  enable_key_rotation     = true
  deletion_window_in_days = 30
}

resource "aws_kms_alias" "data" {
  name          = "alias/\${local.name_prefix}-data"
  target_key_id = aws_kms_key.data.key_id
}
`,
    ])
  }
  if (rest >= 3 && rng.bool(0.65)) {
    st.logRef = 'aws_s3_bucket.access_logs.id'
    content.push(['logging.tf', LOG_BUCKET])
  }
  // Size of each remaining file: mostly a few buckets/services, sometimes a big one.
  while (content.length < rest) {
    const n = Math.max(1, Math.min(40, Math.round(rng.logNormal(3, 0.9))))
    const s3 = rng.bool(0.6)
    const parts = []
    const w0 = word()
    for (let i = 0; i < n; i++) parts.push(s3 ? bucketHcl(rng, st, i === 0 ? w0 : word()) : otherHcl(rng, st, i === 0 ? w0 : word()))
    let fname = `${s3 ? 's3' : 'app'}-${w0}.tf`
    if (content.length === 0 && rng.bool(0.5)) fname = 'main.tf'
    content.push([fname, parts.join('\n')])
  }
  const refs = st.bucketRefs.filter(Boolean)
  if (refs.length >= 1 && rng.bool(0.2)) {
    const targets = refs.slice(0, 3)
    content[content.length - 1][1] += `
resource "aws_cloudtrail" "data_events" {
  name                          = "\${local.name_prefix}-data-events"
  s3_bucket_name                = ${st.logRef ?? `"${project}-trail"`}
  include_global_service_events = true
  is_multi_region_trail         = true
  enable_log_file_validation    = true

  event_selector {
    read_write_type           = "All"
    include_management_events = true

    data_resource {
      type   = "AWS::S3::Object"
      values = [${targets.map((t) => `"\${${t}.arn}/"`).join(', ')}]
    }
  }
}
`
  }
  content.push([
    'outputs.tf',
    refs
      .slice(0, 6)
      .map(
        (ref) => `output "${ref.split('.')[1]}_arn" {
  description = "ARN of ${ref}"
  value       = ${ref}.arn
}
`,
      )
      .join('\n') || `output "project" {\n  value = var.project\n}\n`,
  ])
  files.push(...content)
  files.push([
    'locals.tf',
    `locals {
  name_prefix = "\${var.project}-\${var.environment}"

  common_tags = {
    Project     = var.project
    Environment = var.environment
    Team        = "${rng.pick(['platform', 'payments', 'data', 'web'])}"
    ManagedBy   = "terraform"
  }
${st.locals.length ? `\n${st.locals.join('\n\n')}\n` : ''}}
`,
  ])
  if (tfvars)
    files.push(['terraform.tfvars', `environment        = "${rng.pick(['dev', 'prod'])}"\nlog_retention_days = ${rng.pick([30, 90])}\n`])
  if (nFiles >= 5) return files
  // Compact module: everything merged into nFiles files.
  const fixed = new Set(['versions.tf', 'variables.tf', 'locals.tf', 'outputs.tf', 'terraform.tfvars'])
  const merged = Array.from({ length: Math.max(1, nFiles) }, () => [])
  let slot = merged.length > 1 ? 1 : 0
  for (const [name, text] of files) {
    if (fixed.has(name)) merged[0].push(text)
    else {
      merged[slot].push(text)
      if (merged.length > 1) slot = slot + 1 < merged.length ? slot + 1 : 1
    }
  }
  const names = ['main.tf', 's3.tf', 'app.tf', 'data.tf']
  return merged.map((texts, i) => [names[i], texts.join('\n')])
}
