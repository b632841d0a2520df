// Every rule, as explicit static imports so the bundle contains them all (sorted by id).
import type { Rule } from "../src/engine/define-rule.js"
import accessLoggingDisabled from "./access-logging-disabled.js"
import aclEnabled from "./acl-enabled.js"
import aclPublicNeutralised from "./acl-public-neutralised.js"
import aclPublicRead from "./acl-public-read.js"
import aclPublicWrite from "./acl-public-write.js"
import blockPublicAccessIncomplete from "./block-public-access-incomplete.js"
import bucketKeyDisabled from "./bucket-key-disabled.js"
import cloudtrailDataEventsMissing from "./cloudtrail-data-events-missing.js"
import encryptionMissing from "./encryption-missing.js"
import encryptionNotKms from "./encryption-not-kms.js"
import policyAllowNotPrincipal from "./policy-allow-not-principal.js"
import policyPublicRead from "./policy-public-read.js"
import policyPublicWrite from "./policy-public-write.js"
import policyWildcardAction from "./policy-wildcard-action.js"
import publicExposure from "./public-exposure.js"
import sseCNotBlocked from "./sse-c-not-blocked.js"
import tlsMinVersion from "./tls-min-version.js"
import tlsNotEnforced from "./tls-not-enforced.js"
import versioningDisabled from "./versioning-disabled.js"

export const rules: Rule[] = [
  accessLoggingDisabled as unknown as Rule,
  aclEnabled as unknown as Rule,
  aclPublicNeutralised as unknown as Rule,
  aclPublicRead as unknown as Rule,
  aclPublicWrite as unknown as Rule,
  blockPublicAccessIncomplete as unknown as Rule,
  bucketKeyDisabled as unknown as Rule,
  cloudtrailDataEventsMissing as unknown as Rule,
  encryptionMissing as unknown as Rule,
  encryptionNotKms as unknown as Rule,
  policyAllowNotPrincipal as unknown as Rule,
  policyPublicRead as unknown as Rule,
  policyPublicWrite as unknown as Rule,
  policyWildcardAction as unknown as Rule,
  publicExposure as unknown as Rule,
  sseCNotBlocked as unknown as Rule,
  tlsMinVersion as unknown as Rule,
  tlsNotEnforced as unknown as Rule,
  versioningDisabled as unknown as Rule,
]

export const rulesById: Map<string, Rule> = new Map(rules.map((r) => [r.id, r]))
