# A local module called once per team with for_each, and the registry module
# terraform-aws-modules/s3-bucket/aws (modelled from its inputs; its code is not needed).
terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

variable "teams" {
  type = map(object({ versioning = bool }))
  default = {
    analytics = { versioning = true }
    scratch   = { versioning = false }
  }
}

module "team_bucket" {
  source   = "./modules/private-bucket"
  for_each = var.teams

  name       = "acme-${each.key}"
  versioning = each.value.versioning
}

# The registry module with its secure defaults (v3.9.0 and later), plus the TLS policies it can attach.
module "archive" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "~> 4.1"

  bucket = "acme-archive"
  versioning = {
    enabled = true
  }
  server_side_encryption_configuration = {
    rule = {
      apply_server_side_encryption_by_default = {
        sse_algorithm = "aws:kms"
      }
      bucket_key_enabled = true
    }
  }
  attach_deny_insecure_transport_policy = true
  attach_require_latest_tls_policy      = true
}

# An old pin of the same module: before v3.9.0 the Block Public Access inputs defaulted to false.
module "legacy_exports" {
  source  = "terraform-aws-modules/s3-bucket/aws"
  version = "3.7.0"

  bucket = "acme-legacy-exports"
  acl    = "public-read"
}
