# AWS provider v3 style: every setting is a block inside aws_s3_bucket.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 3.76" }
  }
}

variable "environment" {
  type    = string
  default = "prod"
}

locals {
  prefix = "acme-${var.environment}"
}

# A legacy bucket with the usual mistakes: public-read ACL, no versioning, no encryption
# configuration, no access logs, and no Block Public Access resource.
resource "aws_s3_bucket" "legacy_uploads" {
  bucket = "${local.prefix}-legacy-uploads"
  acl    = "public-read"

  versioning {
    enabled = false
  }

  cors_rule {
    allowed_methods = ["PUT", "POST"]
    allowed_origins = ["*"]
  }
}

# The same kind of bucket, hardened in the v3 style.
resource "aws_s3_bucket" "reports" {
  bucket = "${local.prefix}-reports"
  acl    = "private"

  versioning {
    enabled = true
  }

  logging {
    target_bucket = aws_s3_bucket.access_logs.id
    target_prefix = "reports/"
  }

  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm     = "aws:kms"
        kms_master_key_id = aws_kms_key.reports.arn
      }
      bucket_key_enabled = true
    }
  }

  lifecycle_rule {
    id      = "expire-old-versions"
    enabled = true

    noncurrent_version_expiration {
      days = 90
    }
  }

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "DenyInsecureTransport"
        Effect    = "Deny"
        Principal = "*"
        Action    = "s3:*"
        Resource  = ["arn:aws:s3:::${local.prefix}-reports", "arn:aws:s3:::${local.prefix}-reports/*"]
        Condition = { Bool = { "aws:SecureTransport" = "false" } }
      },
    ]
  })
}

resource "aws_s3_bucket_public_access_block" "reports" {
  bucket                  = aws_s3_bucket.reports.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# The access-log target: S3 log delivery writes here, so it does not log to itself.
resource "aws_s3_bucket" "access_logs" {
  bucket = "${local.prefix}-access-logs"
  acl    = "log-delivery-write"

  versioning {
    enabled = true
  }
}

resource "aws_s3_bucket_public_access_block" "access_logs" {
  bucket                  = aws_s3_bucket.access_logs.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_kms_key" "reports" {
  description         = "Key for the reports bucket"
  enable_key_rotation = true
}
