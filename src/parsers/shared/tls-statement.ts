/**
 * The Deny statements the TLS rules ask for, whatever syntax a fix writes them in: the Sid, the
 * condition operator, its key and value.
 */

export const TLS_STATEMENT = {
  'deny-insecure-transport': { sid: 'DenyInsecureTransport', test: 'Bool', variable: 'aws:SecureTransport', value: 'false' },
  'deny-old-tls': { sid: 'DenyOutdatedTLS', test: 'NumericLessThan', variable: 's3:TlsVersion', value: '1.2' },
} as const

/**
 * `sid`, or `sid2`, `sid3`... when the policy already has a statement of that Sid (a narrowed
 * one the rule reported): S3 rejects a policy whose Sids repeat.
 */
export function freeSid(sid: string, taken: ReadonlySet<string>): string {
  let free = sid
  for (let i = 2; taken.has(free); i++) free = `${sid}${i}`
  return free
}

/** The statement in bucket-policy JSON, naming the bucket and its objects as `resource` does. */
export function tlsPolicyStatement<R>(kind: keyof typeof TLS_STATEMENT, resource: R, taken: ReadonlySet<string>) {
  const s = TLS_STATEMENT[kind]
  return {
    Sid: freeSid(s.sid, taken),
    Effect: 'Deny',
    Principal: '*',
    Action: 's3:*',
    Resource: resource,
    Condition: { [s.test]: { [s.variable]: s.value } },
  }
}
