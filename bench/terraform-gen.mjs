// Generates realistic Terraform for benchmarks: S3 buckets in v3 inline and v4 split style,
// policies as heredocs, jsonencode() and aws_iam_policy_document, locals with for expressions,
// variables, module calls, and unrelated resources (most real trees are mostly not S3).
// Deterministic (seeded), so figures are comparable between runs.

export function rng(seed) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const pick = (r, xs) => xs[Math.floor(r() * xs.length)]

function bucketV3(r, n) {
  return `# Bucket ${n}: legacy inline configuration
resource "aws_s3_bucket" "legacy_${n}" {
  bucket = "\${local.prefix}-legacy-${n}"
  acl    = "${pick(r, ['private', 'private', 'log-delivery-write', 'public-read'])}"

  versioning {
    enabled = ${pick(r, ['true', 'false', 'var.versioning'])}
  }

  logging {
    target_bucket = aws_s3_bucket.logs.id
    target_prefix = "legacy-${n}/"
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.main.arn
      }
    }
  }

  lifecycle_rule {
    id      = "expire"
    enabled = true
    expiration {
      days = ${30 + Math.floor(r() * 300)}
    }
  }

  tags = merge(local.common_tags, { Name = "legacy-${n}" })
}
`
}

function bucketV4(r, n) {
  return `resource "aws_s3_bucket" "data_${n}" {
  bucket = "\${local.prefix}-data-${n}"
  tags   = local.common_tags
}

resource "aws_s3_bucket_public_access_block" "data_${n}" {
  bucket                  = aws_s3_bucket.data_${n}.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = ${pick(r, ['true', 'true', 'false'])}
  restrict_public_buckets = true
}

resource "aws_s3_bucket_versioning" "data_${n}" {
  bucket = aws_s3_bucket.data_${n}.id
  versioning_configuration {
    status = "${pick(r, ['Enabled', 'Enabled', 'Suspended'])}"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "data_${n}" {
  bucket = aws_s3_bucket.data_${n}.bucket
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_policy" "data_${n}" {
  bucket = aws_s3_bucket.data_${n}.id
  policy = ${pick(r, [
    `jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = [aws_s3_bucket.data_${n}.arn, "\${aws_s3_bucket.data_${n}.arn}/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })`,
    `<<POLICY
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadOnly",
      "Effect": "Allow",
      "Principal": { "AWS": "arn:aws:iam::123456789012:root" },
      "Action": ["s3:GetObject", "s3:ListBucket"],
      "Resource": ["\${aws_s3_bucket.data_${n}.arn}", "\${aws_s3_bucket.data_${n}.arn}/*"]
    }
  ]
}
POLICY`,
    `data.aws_iam_policy_document.data_${n}.json`,
  ])}
}

data "aws_iam_policy_document" "data_${n}" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.data_${n}.arn,
      "\${aws_s3_bucket.data_${n}.arn}/*",
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
`
}

function unrelated(r, n) {
  return `resource "aws_instance" "app_${n}" {
  ami           = data.aws_ami.ubuntu.id
  instance_type = var.instance_types[${n % 3}]
  subnet_id     = element(module.vpc.private_subnets, ${n})
  user_data     = <<-EOT
    #!/bin/bash
    echo "node ${n}" > /etc/node-name
    systemctl enable --now app
  EOT

  root_block_device {
    volume_size = ${8 + (n % 5) * 4}
    encrypted   = true
  }

  tags = { for k, v in local.common_tags : k => upper(v) if k != "Owner" }
}

resource "aws_security_group_rule" "app_${n}_https" {
  type              = "ingress"
  from_port         = 443
  to_port           = 443
  protocol          = "tcp"
  cidr_blocks       = [for s in var.allowed_cidrs : s if s != "0.0.0.0/0"]
  security_group_id = aws_security_group.app.id
  description       = format("HTTPS for %s (%d)", "app-${n}", ${n})
}
`
}

const HEADER = `terraform {
  required_version = ">= 1.5"
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "versioning" {
  type    = bool
  default = true
}

variable "instance_types" {
  type    = list(string)
  default = ["t3.micro", "t3.small", "t3.medium"]
}

variable "allowed_cidrs" {
  type    = list(string)
  default = ["10.0.0.0/8", "192.168.0.0/16"]
}

locals {
  prefix = "acme-\${terraform.workspace}"
  common_tags = {
    Owner   = "platform"
    Project = "s3-gate-bench"
  }
  buckets = { for i in range(5) : "b\${i}" => { days = i * 30 } }
}

resource "aws_s3_bucket" "logs" {
  bucket = "\${local.prefix}-logs"
}

resource "aws_kms_key" "main" {
  description         = "bucket key"
  enable_key_rotation = true
}
`

/** One file of about `bytes` characters. */
export function generateFile(seed, bytes) {
  const r = rng(seed)
  let out = HEADER
  let n = 0
  while (out.length < bytes) {
    const k = r()
    out += '\n' + (k < 0.25 ? bucketV3(r, n) : k < 0.5 ? bucketV4(r, n) : unrelated(r, n))
    n++
  }
  return out
}

/** A tree of root modules, each with a few files and sometimes a local module. */
export function generateTree(seed, files, write) {
  const r = rng(seed)
  let written = 0
  let root = 0
  while (written < files) {
    const dir = `envs/team-${Math.floor(root / 20)}/stack-${root}`
    const perRoot = 2 + Math.floor(r() * 4)
    for (let i = 0; i < perRoot && written < files; i++) {
      write(
        `${dir}/${['main', 'storage', 'compute', 'iam', 'network'][i] ?? `extra${i}`}.tf`,
        generateFile(seed + written, 2000 + Math.floor(r() * 12000)),
      )
      written++
    }
    if (r() < 0.3 && written < files) {
      write(`${dir}/modules/bucket/main.tf`, MODULE)
      write(
        `${dir}/modules.tf`,
        `module "archive" {\n  source = "./modules/bucket"\n  name   = "archive-${root}"\n}\n\nmodule "registry" {\n  source  = "terraform-aws-modules/s3-bucket/aws"\n  version = "~> 4.0"\n  bucket  = "reg-${root}"\n  versioning = { enabled = true }\n}\n`,
      )
      written += 2
    }
    if (r() < 0.3 && written < files) {
      write(`${dir}/terraform.tfvars`, `versioning = ${r() < 0.5}\n`)
      written++
    }
    root++
  }
}

const MODULE = `variable "name" {
  type = string
}

resource "aws_s3_bucket" "this" {
  count  = 2
  bucket = "\${var.name}-\${count.index}"
}

resource "aws_s3_bucket_versioning" "this" {
  count  = 2
  bucket = aws_s3_bucket.this[count.index].id
  versioning_configuration {
    status = "Enabled"
  }
}

output "bucket_ids" {
  value = aws_s3_bucket.this[*].id
}
`

/**
 * One flat root module of at least `bytes` characters: a public bucket among every twenty Lambda
 * functions (the hostile suite's large `.tf` file, and bench/terraform-file-memory.mjs).
 */
export function publicBucketsAmongFunctions(bytes) {
  const parts = []
  let size = 0
  for (let i = 0; size < bytes; i++) {
    const r =
      i % 20 === 0
        ? `resource "aws_s3_bucket" "b${i}" {\n  bucket = "b-${i}"\n  acl    = "public-read"\n}\n\n`
        : `resource "aws_lambda_function" "f${i}" {\n  function_name = "f${i}"\n  role          = "arn:aws:iam::123456789012:role/r"\n  handler       = "index.handler"\n  runtime       = "nodejs20.x"\n  environment {\n    variables = {\n      A = "${'x'.repeat(60)}"\n    }\n  }\n}\n\n`
    parts.push(r)
    size += r.length
  }
  return parts.join('')
}
