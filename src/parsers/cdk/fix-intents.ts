/**
 * What each fix intent means for a CDK construct's props: L2 `Bucket`/`Trail` props with aws-s3
 * enums, or CloudFormation-shaped props of an L1 `CfnBucket`. Values stay symbolic (an enum is
 * named per file by fix.ts).
 */
import { ownEntry } from '../../own-entry.js'
import type { FixIntent } from '../../engine/finding.js'

export type Kind = 'bucket' | 'cfn-bucket' | 'trail'

/** An enum member of aws-cdk-lib/aws-s3 (`BlockPublicAccess.BLOCK_ALL`), prefixed per file. */
export interface EnumRef {
  enum: string
  member: string
  /** Written as a one-element list (`[s3.BlockedEncryptionType.SSE_C]`). */
  list?: boolean
}

export type Val = string | EnumRef

export function kindOf(callee: string): Kind | undefined {
  const last = callee.slice(callee.lastIndexOf('.') + 1)
  if (last === 'Bucket') return 'bucket'
  if (last === 'CfnBucket') return 'cfn-bucket'
  if (last === 'Trail') return 'trail'
  return undefined
}

export const PY_NAMES: Record<string, string> = {
  blockPublicAccess: 'block_public_access',
  publicReadAccess: 'public_read_access',
  objectOwnership: 'object_ownership',
  accessControl: 'access_control',
  encryption: 'encryption',
  bucketKeyEnabled: 'bucket_key_enabled',
  blockedEncryptionTypes: 'blocked_encryption_types',
  versioned: 'versioned',
  objectLockEnabled: 'object_lock_enabled',
  enforceSSL: 'enforce_ssl',
  minimumTLSVersion: 'minimum_tls_version',
  websiteIndexDocument: 'website_index_document',
  websiteErrorDocument: 'website_error_document',
  websiteRedirect: 'website_redirect',
  websiteRoutingRules: 'website_routing_rules',
  enableFileValidation: 'enable_file_validation',
  isMultiRegionTrail: 'is_multi_region_trail',
}

export const ALGORITHM_MEMBER: Record<string, string> = { 'aws:kms': 'KMS', 'aws:kms:dsse': 'DSSE', AES256: 'S3_MANAGED' }

/** The change an intent asks of an L2 `Bucket`/`Trail` (CDK prop names, values still symbolic). */
export function l2Change(kind: Kind, fix: FixIntent): { set: [string, Val][]; remove: string[]; ensure: [string, Val][] } | undefined {
  const none = { set: [] as [string, Val][], remove: [] as string[], ensure: [] as [string, Val][] }
  if (kind === 'trail') {
    if (fix.kind === 'set' && fix.field === 'logFileValidation' && fix.value === true)
      return { ...none, set: [['enableFileValidation', 'true']] }
    if (fix.kind === 'set' && fix.field === 'isMultiRegion' && fix.value === true) return { ...none, set: [['isMultiRegionTrail', 'true']] }
    return undefined
  }
  if (fix.kind === 'add-policy-statement') {
    if (fix.statement === 'deny-insecure-transport') return { ...none, set: [['enforceSSL', 'true']] }
    // CDK only writes the TLS statement next to the HTTPS one (it throws without `enforceSSL`).
    return { ...none, set: [['minimumTLSVersion', '1.2']], ensure: [['enforceSSL', 'true']] }
  }
  if (fix.kind === 'remove') {
    if (fix.field === 'acl.canned') return { ...none, remove: ['accessControl'] }
    if (fix.field === 'website')
      return { ...none, remove: ['websiteIndexDocument', 'websiteErrorDocument', 'websiteRedirect', 'websiteRoutingRules'] }
    return undefined
  }
  switch (fix.field) {
    case 'publicAccessBlock':
      // `publicReadAccess: true` next to BLOCK_ALL makes the CDK throw at synth.
      return fix.value === true
        ? { ...none, set: [['blockPublicAccess', { enum: 'BlockPublicAccess', member: 'BLOCK_ALL' }]], remove: ['publicReadAccess'] }
        : undefined
    case 'ownership':
      return fix.value === 'BucketOwnerEnforced'
        ? { ...none, set: [['objectOwnership', { enum: 'ObjectOwnership', member: 'BUCKET_OWNER_ENFORCED' }]] }
        : undefined
    case 'acl.canned':
      return fix.value === 'private' ? { ...none, set: [['accessControl', { enum: 'BucketAccessControl', member: 'PRIVATE' }]] } : undefined
    case 'encryption': {
      const v = (fix.value ?? {}) as { algorithm?: string; bucketKeyEnabled?: boolean }
      // Own keys only: the algorithm comes from the template (`constructor` is no member).
      const member = ownEntry(ALGORITHM_MEMBER, v.algorithm ?? '')
      if (!member) return undefined
      const set: [string, Val][] = [['encryption', { enum: 'BucketEncryption', member }]]
      if (v.bucketKeyEnabled === true) set.push(['bucketKeyEnabled', 'true'])
      return { ...none, set }
    }
    case 'encryption.bucketKeyEnabled':
      return fix.value === true ? { ...none, set: [['bucketKeyEnabled', 'true']] } : undefined
    case 'encryption.blockedEncryptionTypes':
      return Array.isArray(fix.value) && fix.value.length === 1 && fix.value[0] === 'SSE-C'
        ? { ...none, set: [['blockedEncryptionTypes', { enum: 'BlockedEncryptionType', member: 'SSE_C', list: true }]] }
        : undefined
    case 'versioning.status':
      return fix.value === 'Enabled' ? { ...none, set: [['versioned', 'true']] } : undefined
    case 'objectLock.enabled':
      return fix.value === true ? { ...none, set: [['objectLockEnabled', 'true']] } : undefined
  }
  return undefined
}

/** The same intents on an L1 `CfnBucket`, whose props mirror CloudFormation. */
export function l1Change(fix: FixIntent): { set: [string, string][]; remove: string[] } | undefined {
  if (fix.kind === 'remove') {
    if (fix.field === 'acl.canned') return { set: [], remove: ['accessControl'] }
    if (fix.field === 'website') return { set: [], remove: ['websiteConfiguration'] }
    return undefined
  }
  if (fix.kind !== 'set') return undefined
  switch (fix.field) {
    case 'publicAccessBlock':
      return fix.value === true
        ? {
            set: [
              [
                'publicAccessBlockConfiguration',
                '{ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }',
              ],
            ],
            remove: [],
          }
        : undefined
    case 'ownership':
      return fix.value === 'BucketOwnerEnforced'
        ? { set: [['ownershipControls', "{ rules: [{ objectOwnership: 'BucketOwnerEnforced' }] }"]], remove: [] }
        : undefined
    case 'acl.canned':
      return fix.value === 'private' ? { set: [['accessControl', "'Private'"]], remove: [] } : undefined
    case 'encryption': {
      const v = (fix.value ?? {}) as { algorithm?: string; bucketKeyEnabled?: boolean }
      if (!v.algorithm || !Object.hasOwn(ALGORITHM_MEMBER, v.algorithm)) return undefined
      const key = v.bucketKeyEnabled === true ? ', bucketKeyEnabled: true' : ''
      return {
        set: [
          [
            'bucketEncryption',
            `{ serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: '${v.algorithm}' }${key} }] }`,
          ],
        ],
        remove: [],
      }
    }
    case 'versioning.status':
      return fix.value === 'Enabled' ? { set: [['versioningConfiguration', "{ status: 'Enabled' }"]], remove: [] } : undefined
    case 'objectLock.enabled':
      return fix.value === true ? { set: [['objectLockEnabled', 'true']], remove: [] } : undefined
  }
  return undefined
}
