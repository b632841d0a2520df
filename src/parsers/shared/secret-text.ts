/**
 * Does a file's text look like it holds a secret? Terraform's file() and templatefile() read any
 * file of the repository, and a value read can be quoted in a finding's text (an ACL S3 does not
 * know, an encryption algorithm): a key or token a workflow left in the workspace under a name
 * `credentialsIn` does not know would reach the pull request's comments. Each marker starts with
 * fixed text and is bounded, so a file of megabytes is searched in linear time.
 */
const SECRET_MARKERS: readonly RegExp[] = [
  // PEM, OpenSSH and PGP private keys.
  /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY/,
  // Google service account keys (`gha-creds-*.json` by another name).
  /"private_key"\s{0,20}:/,
  // GitHub tokens: classic and app tokens, fine-grained personal access tokens.
  /\bgh[pousr]_[A-Za-z0-9]{30}/,
  /\bgithub_pat_[A-Za-z0-9_]{30}/,
  // AWS access keys (the key id comes with its secret) and secrets by their usual names.
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/,
  /aws_secret_access_key|"SecretAccessKey"\s{0,20}:/i,
]

export function looksLikeSecret(text: string): boolean {
  return SECRET_MARKERS.some((m) => m.test(text))
}
