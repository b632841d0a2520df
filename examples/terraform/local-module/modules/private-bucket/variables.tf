variable "name" {
  description = "Bucket name"
  type        = string
}

variable "versioning" {
  description = "Keep object versions"
  type        = bool
  default     = true
}

variable "log_bucket" {
  description = "Bucket that receives the access logs"
  type        = string
  default     = "acme-access-logs"
}
