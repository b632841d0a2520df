# Bucket policies in the three shapes Terraform code uses: a policy document data source
# (merged from two documents), jsonencode(), and a JSON heredoc with interpolations.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

data "aws_caller_identity" "current" {}

# ---------------------------------------------------------------------------------------------
# Shared evidence bucket: read by the organisation only, TLS 1.2 enforced.

resource "aws_s3_bucket" "evidence" {
  bucket = "acme-audit-evidence-${data.aws_caller_identity.current.account_id}"
}

resource "aws_s3_bucket_public_access_block" "evidence" {
  bucket                  = aws_s3_bucket.evidence.id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

data "aws_iam_policy_document" "transport" {
  statement {
    sid     = "DenyInsecureTransport"
    effect  = "Deny"
    actions = ["s3:*"]
    resources = [
      aws_s3_bucket.evidence.arn,
      "${aws_s3_bucket.evidence.arn}/*",
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

data "aws_iam_policy_document" "evidence" {
  source_policy_documents = [data.aws_iam_policy_document.transport.json]

  # Everyone in the organisation may read: a wildcard principal pinned by aws:PrincipalOrgID.
  statement {
    sid       = "OrgRead"
    actions   = ["s3:GetObject", "s3:ListBucket"]
    resources = [aws_s3_bucket.evidence.arn, "${aws_s3_bucket.evidence.arn}/*"]
    principals {
      type        = "AWS"
      identifiers = ["*"]
    }
    condition {
      test     = "StringEquals"
      variable = "aws:PrincipalOrgID"
      values   = ["o-a1b2c3d4e5"]
    }
  }
}

resource "aws_s3_bucket_policy" "evidence" {
  bucket = aws_s3_bucket.evidence.id
  policy = data.aws_iam_policy_document.evidence.json
}

# ---------------------------------------------------------------------------------------------
# A partner drop bucket whose heredoc policy lets anyone upload (no condition pins the caller).

resource "aws_s3_bucket" "partner_drop" {
  bucket = "acme-partner-drop"
}

resource "aws_s3_bucket_policy" "partner_drop" {
  bucket = aws_s3_bucket.partner_drop.id
  policy = <<-POLICY
    {
      "Version": "2012-10-17",
      "Statement": [
        {
          "Sid": "PartnerUploads",
          "Effect": "Allow",
          "Principal": "*",
          "Action": ["s3:PutObject", "s3:PutObjectAcl"],
          "Resource": "${aws_s3_bucket.partner_drop.arn}/incoming/*"
        }
      ]
    }
  POLICY
}

# ---------------------------------------------------------------------------------------------
# An IAM policy (identity-based) built with jsonencode: s3:* on every bucket.

resource "aws_iam_policy" "etl" {
  name = "etl-s3-access"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = "s3:*"
      Resource = "*"
    }]
  })
}
