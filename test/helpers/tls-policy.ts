/** A Terraform `policy = ...` argument denying plain HTTP on `acme-site` and its objects. */
export const DENY_HTTP_ON_ACME_SITE = `  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["arn:aws:s3:::acme-site", "arn:aws:s3:::acme-site/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })`
