/**
 * Dynamic references (`{{resolve:ssm:/app/acl}}`, `{{resolve:secretsmanager:db:SecretString:pw}}`,
 * `{{resolve:ssm-secure:...}}`): CloudFormation replaces them with a value read from SSM or
 * Secrets Manager when it deploys the stack, so the template holds only where the value lives.
 * Read as the text they are, `arn:aws:iam::{{resolve:ssm:/acct}}:root` was another account, and
 * `{{resolve:ssm:/acl}}` an ACL that fails the deployment.
 */
import type { Placeholder, StrPart } from '../../model/value.js'

const REFERENCE = /\{\{resolve:([A-Za-z-]+):[^{}]*\}\}/g
const OPENING = '{{resolve:'

/** Whether a text holds (or starts) a dynamic reference; a cheap test before any splitting. */
export function mentionsDynamicReference(text: string): boolean {
  return text.includes(OPENING)
}

/**
 * The text with each dynamic reference as an unknown placeholder; undefined when a reference is
 * left open (its closing braces are in a part built at deploy time), as what it reads is unknown.
 * The reference names where the value is, never the value, so it may be the reason given; the
 * same reference twice is the same value (`key`).
 */
export function dynamicReferenceParts(text: string): StrPart[] | undefined {
  const parts: StrPart[] = []
  let last = 0
  for (const m of text.matchAll(REFERENCE)) {
    parts.push(text.slice(last, m.index))
    parts.push(referencePlaceholder(m[0], m[1]!))
    last = m.index + m[0].length
  }
  const rest = text.slice(last)
  if (rest.includes(OPENING)) return undefined
  parts.push(rest)
  return parts
}

function referencePlaceholder(reference: string, service: string): Placeholder {
  return {
    kind: 'unknown',
    why: `${reference} is a dynamic reference: CloudFormation reads it from ${service} when the stack is deployed`,
    key: `resolve:${reference}`,
  }
}
