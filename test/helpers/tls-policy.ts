/** A TLS Deny on the two ARNs, as Terraform `jsonencode()` text (for a `policy = ...` argument). */
export const tlsDenyPolicy = (bucketArn: string, objectsArn: string) => `jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = ["${bucketArn}", "${objectsArn}"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })`

/** A Terraform `policy = ...` argument denying plain HTTP on `acme-site` and its objects. */
export const DENY_HTTP_ON_ACME_SITE = `  policy = ${tlsDenyPolicy('arn:aws:s3:::acme-site', 'arn:aws:s3:::acme-site/*')}`
