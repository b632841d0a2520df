/**
 * Byte-level mutators for the fuzz suite (no vitest import, so a counterexample can be replayed
 * from a plain script: `applyMutations(bytes, counterexample, sentinelPath)`).
 */
import fc from 'fast-check'

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'delete'; at: number; len: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'token'; at: number; token: string }
  | { kind: 'duplicate'; at: number; len: number }
  | { kind: 'byte'; at: number; value: number }
  | { kind: 'swapLines'; a: number; b: number }
  | { kind: 'repeat'; at: number; len: number; times: number }

/** Positions are fractions in millionths, so one mutation applies to a file of any length. */
const FRACTION = fc.nat({ max: 1_000_000 })

export function mutationArb(tokens: readonly string[]): fc.Arbitrary<Mutation> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('truncate' as const), at: FRACTION }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: FRACTION, len: fc.nat({ max: 200 }) }) },
    { weight: 2, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: FRACTION, bytes: fc.uint8Array({ maxLength: 12 }) }) },
    { weight: 5, arbitrary: fc.record({ kind: fc.constant('token' as const), at: FRACTION, token: fc.constantFrom(...tokens) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('duplicate' as const), at: FRACTION, len: fc.nat({ max: 400 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('byte' as const), at: FRACTION, value: fc.nat({ max: 255 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('swapLines' as const), a: FRACTION, b: FRACTION }) },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('repeat' as const),
        at: FRACTION,
        len: fc.integer({ min: 1, max: 40 }),
        times: fc.integer({ min: 2, max: 300 }),
      }),
    },
  )
}

const pos = (fraction: number, length: number) => Math.min(length, Math.floor((fraction / 1_000_000) * (length + 1)))

/** `$SENTINEL` in a token is replaced with the absolute path of the file outside the root. */
export function applyMutations(input: Buffer, mutations: readonly Mutation[], sentinel: string): Buffer {
  let b = input
  for (const m of mutations) {
    switch (m.kind) {
      case 'truncate':
        b = b.subarray(0, pos(m.at, b.length))
        break
      case 'delete': {
        const at = pos(m.at, b.length)
        b = Buffer.concat([b.subarray(0, at), b.subarray(Math.min(b.length, at + m.len))])
        break
      }
      case 'insert': {
        const at = pos(m.at, b.length)
        b = Buffer.concat([b.subarray(0, at), Buffer.from(m.bytes), b.subarray(at)])
        break
      }
      case 'token': {
        const at = pos(m.at, b.length)
        b = Buffer.concat([b.subarray(0, at), Buffer.from(m.token.replaceAll('$SENTINEL', sentinel)), b.subarray(at)])
        break
      }
      case 'duplicate': {
        const at = pos(m.at, b.length)
        const piece = b.subarray(at, Math.min(b.length, at + m.len))
        b = Buffer.concat([b.subarray(0, at), piece, piece, b.subarray(at + piece.length)])
        break
      }
      case 'byte': {
        if (b.length === 0) break
        const at = Math.min(b.length - 1, pos(m.at, b.length))
        b = Buffer.from(b)
        b[at] = m.value
        break
      }
      case 'swapLines': {
        const lines = b.toString('latin1').split('\n')
        const i = Math.min(lines.length - 1, pos(m.a, lines.length))
        const j = Math.min(lines.length - 1, pos(m.b, lines.length))
        ;[lines[i], lines[j]] = [lines[j]!, lines[i]!]
        b = Buffer.from(lines.join('\n'), 'latin1')
        break
      }
      case 'repeat': {
        const at = pos(m.at, b.length)
        const piece = b.subarray(at, Math.min(b.length, at + m.len))
        b = Buffer.concat([b.subarray(0, at), ...Array.from({ length: m.times }, () => piece), b.subarray(at + piece.length)])
        break
      }
    }
  }
  return b
}

/** Tokens every text format shares: structure, quoting, encodings and paths out of the root. */
export const COMMON_TOKENS = [
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '"',
  "'",
  '\\',
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '#',
  '\u0000',
  '\ufeff',
  '\u2028',
  '\u{1F600}',
  '\uD800',
  'null',
  'true',
  '1e999',
  '-0',
  '9007199254740993',
  '__proto__',
  'constructor',
  'prototype',
  '../../outside/secret.yaml',
  '../outside',
  '/etc/passwd',
  '$SENTINEL',
  'file://$SENTINEL',
]

export const YAML_TOKENS = [
  ...COMMON_TOKENS,
  '- ',
  '  ',
  '    ',
  '? ',
  '|',
  '>-',
  '&a ',
  '*a',
  '<<: *a',
  '&b [*a, *a, *a, *a]',
  '---\n',
  '...\n',
  '%YAML 1.2\n',
  '!Ref ',
  '!GetAtt ',
  '!Sub ',
  '!If ',
  '!Join ',
  '!Select ',
  '!Split ',
  '!Base64 ',
  '!FindInMap ',
  '!ImportValue ',
  '!Condition ',
  '!Transform ',
  '!Unknown ',
  '!!binary ',
  '!!str ',
  '!!map ',
  'Fn::Sub: ',
  'Ref: ',
  '${AWS::Region}',
  '${',
  '~',
  'AWS::S3::Bucket',
  'AWS::S3::BucketPolicy',
  'AWS::Serverless::Application',
  'AccessControl: PublicReadWrite',
  'Principal: "*"',
  'Effect: Allow',
  'Type: AWS::S3::Bucket',
  'Properties:',
  'Resources:',
  'Conditions:',
  'Transform: AWS::Serverless-2016-10-31',
  'Transform: AWS::LanguageExtensions',
  '  Fn::ForEach::L:\n    - X\n    - [a, b, c]\n    - B${X}&{X}:\n        Type: AWS::S3::Bucket\n',
  'Fn::ForEach::L: [X, !Ref Names, {"B${X}": {Type: AWS::S3::Bucket}}]',
  'TemplateURL: $SENTINEL',
  'Location: ../../outside/secret.yaml',
]

export const JSON_TOKENS = [
  ...COMMON_TOKENS,
  '{}',
  '[]',
  '{"Ref":"AWS::NoValue"}',
  '{"Fn::GetAtt":["B","Arn"]}',
  '{"Fn::Sub":"${AWS::Region}"}',
  '{"Fn::If":["C",1,2]}',
  '{"Fn::Join":["",[1,2]]}',
  '{"Fn::Select":[99,[]]}',
  '"Type":"AWS::S3::Bucket",',
  '"AccessControl":"PublicReadWrite",',
  '"Principal":"*",',
  '"Resources":{},',
  '"Fn::ForEach::L":["X",["a","b"],{"B${X}":{"Type":"AWS::S3::Bucket","Properties":{"BucketName":{"Ref":"X"}}}}],',
  '"Fn::ForEach::M":["Y",{"Ref":"P"},{"Fn::ForEach::N":["Z",["1"],{"C${Y}${Z}":{}}]}],',
  '"templateFile":"$SENTINEL",',
  '"templateFile":"../../outside/secret.yaml",',
  '"file":"../../../../etc/passwd",',
  '"directoryName":"..",',
  '"type":"cdk:cloud-assembly",',
  '"type":"aws:cloudformation:stack",',
  '\\u0000',
  '\\ud800',
  '\\"',
]

export const HCL_TOKENS = [
  ...COMMON_TOKENS,
  '(',
  ')',
  '=',
  '==',
  '=>',
  '...',
  '?',
  '!',
  '&&',
  '${',
  '%{',
  '%{ for x in var.l }',
  '%{ endfor }',
  '<<EOT\n',
  '<<-EOT\n',
  'EOT\n',
  '//',
  '/*',
  '*/',
  'var.',
  'local.',
  'module.',
  'data.',
  'count.index',
  'each.key',
  'self.',
  '[for x in range(100000) : x]',
  '{ for k, v in var.m : k => v... }',
  'count = 100000',
  'for_each = toset(range(100000))',
  'dynamic "rule" {',
  'content {',
  'resource "aws_s3_bucket" "b" {',
  'acl = "public-read-write"',
  'locals { a = local.b\n b = local.a }',
  'variable "v" { default = var.v }',
  'module "m" { source = "../../outside" }',
  'module "m" { source = "$SENTINEL" }',
  'policy = file("../../outside/secret.yaml")',
  'policy = file("$SENTINEL")',
  'policy = templatefile("/etc/passwd", {})',
  'policy = jsonencode({})',
  'policy = jsondecode("[[[[[[[[[[")',
  'format("%s", ',
  'join(",", ',
  'lookup(',
  'try(',
  'can(',
]

/** A structural edit of a JSON document: replace the n-th node (depth-first) with a hostile value. */
export interface JsonEdit {
  at: number
  value: string
}

/** Hostile JSON values, as JSON text (`$SENTINEL` is replaced with the outside file's path). */
export const HOSTILE_JSON_VALUES = [
  'null',
  '[]',
  '{}',
  '""',
  '0',
  '-1',
  '1e308',
  'true',
  '"../../outside/secret.yaml"',
  '"../../../../../../etc/passwd"',
  '"$SENTINEL"',
  '"/etc/passwd"',
  '".."',
  '"."',
  '"manifest.json"',
  '"cdk.out"',
  '"StorageStack.template.json"',
  '{"file":"$SENTINEL"}',
  '{"templateFile":"../../outside/secret.yaml","type":"aws:cloudformation:stack","properties":{"templateFile":"../../outside/secret.yaml"}}',
  '{"type":"cdk:cloud-assembly","properties":{"directoryName":"../../outside"}}',
  '{"type":"cdk:tree","properties":{"file":"../../outside/secret.yaml"}}',
  '[{"type":"aws:cdk:logicalId","data":"B"},{"type":"aws:cdk:creationStack","data":["at /etc/passwd:1:1","x"]}]',
  '["at new X ($SENTINEL:3:5)", "at Object.<anonymous> (../../outside/secret.yaml:1:1)"]',
  '{"Ref":"AWS::NoValue"}',
  '{"Fn::GetAtt":["Nope","Arn"]}',
  '{"Type":"AWS::S3::Bucket","Properties":{"AccessControl":"PublicReadWrite"}}',
  '{"Type":"AWS::CloudFormation::Stack","Properties":{"TemplateURL":"$SENTINEL"}}',
  '{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}}}',
  `${'['.repeat(300)}${']'.repeat(300)}`,
  `"${'x'.repeat(20000)}"`,
]

export function jsonEditArb(): fc.Arbitrary<JsonEdit> {
  return fc.record({ at: fc.nat({ max: 1_000_000 }), value: fc.constantFrom(...HOSTILE_JSON_VALUES) })
}

/** Applies structural edits; text that is not JSON is returned as it is. */
export function applyJsonEdits(input: Buffer, edits: readonly JsonEdit[], sentinel: string): Buffer {
  let doc: unknown
  try {
    doc = JSON.parse(input.toString('utf8'))
  } catch {
    return input
  }
  for (const e of edits) {
    const slots: { parent: Record<string, unknown> | unknown[]; key: string | number }[] = []
    const walk = (v: unknown) => {
      if (Array.isArray(v)) {
        v.forEach((x, i) => {
          slots.push({ parent: v, key: i })
          walk(x)
        })
      } else if (v && typeof v === 'object') {
        for (const [k, x] of Object.entries(v)) {
          slots.push({ parent: v as Record<string, unknown>, key: k })
          walk(x)
        }
      }
    }
    walk(doc)
    const value = JSON.parse(e.value.replaceAll('$SENTINEL', sentinel.replaceAll('\\', '\\\\'))) as unknown
    if (slots.length === 0) {
      doc = value
      continue
    }
    const slot = slots[Math.min(slots.length - 1, Math.floor((e.at / 1_000_001) * slots.length))]!
    ;(slot.parent as Record<string | number, unknown>)[slot.key] = value
  }
  return Buffer.from(JSON.stringify(doc, null, 1))
}
