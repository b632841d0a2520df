/**
 * CDK fixes next to comments (red team 8): a comment ending the last property's or keyword
 * argument's line was read as part of its value, so new properties were written after it (inside
 * the comment, the comma lost) and a value replaced took the comment with it.
 */
import { execFileSync } from 'node:child_process'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'
import type { Finding, FixIntent } from '../../../src/engine/finding.js'
import { renderCdkFix } from '../../../src/parsers/cdk/fix.js'
import { applyEdit } from '../../helpers/fix-round-trip.js'

const SSL: FixIntent = { kind: 'add-policy-statement', statement: 'deny-insecure-transport' }
const VERSIONING: FixIntent = { kind: 'set', field: 'versioning.status', value: 'Enabled' }
const ACL: FixIntent = { kind: 'remove', field: 'acl.canned' }

function fixed(text: string, needle: string, fix: FixIntent, file: string): { edit: [number, number, string]; text: string } | undefined {
  const line = text.slice(0, text.indexOf(needle)).split('\n').length
  const at = { file, line, column: 1, endLine: line, endColumn: 1, path: 'Resources.X' }
  const finding: Finding = {
    ruleId: 'r',
    severity: 'high',
    messageId: 'm',
    message: 'm',
    location: at,
    resource: 'Stack/X/Resource',
    format: 'cdk',
    related: [],
    fix,
    fingerprint: 'f',
    suppressed: false,
  }
  const edit = renderCdkFix(finding, new Map([[file, text]]))
  return edit && { edit: [edit.startLine, edit.endLine, edit.replacement], text: applyEdit(text, edit) }
}

function tsErrors(text: string): string[] {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const diagnostics = (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics
  return diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))
}

/** Whether Python parses the text (compile only: nothing is run). */
function pythonParses(text: string): boolean {
  try {
    execFileSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], { input: text, stdio: ['pipe', 'ignore', 'ignore'] })
    return true
  } catch {
    return false
  }
}

const hasPython = (() => {
  try {
    execFileSync('python3', ['--version'], { stdio: 'ignore' })
    return true
  } catch {
    return false
  }
})()

const TS_HEAD = "import * as s3 from 'aws-cdk-lib/aws-s3'\n"
const PY_HEAD = 'from aws_cdk import aws_s3 as s3\n'

describe('CDK fixes beside comments (red team 8)', () => {
  it('TypeScript: a property added after a spread goes after the comma, the comment stays on its line', () => {
    const src = TS_HEAD + "new s3.Bucket(this, 'X', {\n  ...base,\n  publicReadAccess: true // legacy\n})\n"
    const out = fixed(src, "'X'", SSL, 'lib/a.ts')!
    expect(out.edit).toEqual([4, 4, '  publicReadAccess: true, // legacy\n  enforceSSL: true,'])
    expect(tsErrors(out.text)).toEqual([])
  })

  it('TypeScript: a value replaced keeps the comment after it', () => {
    const src = TS_HEAD + "new s3.Bucket(this, 'X', {\n  publicReadAccess: false,\n  versioned: false // decided in 2021\n})\n"
    expect(fixed(src, "'X'", VERSIONING, 'lib/a.ts')!.edit).toEqual([4, 4, '  versioned: true // decided in 2021'])
  })

  it('TypeScript: the last property removed goes with its comment, and the line before keeps its own', () => {
    const src =
      TS_HEAD + "new s3.Bucket(this, 'X', {\n  versioned: true, // keep\n  accessControl: s3.BucketAccessControl.PUBLIC_READ // why\n})\n"
    const out = fixed(src, "'X'", ACL, 'lib/a.ts')!
    expect(out.edit).toEqual([4, 4, ''])
    expect(out.text).toContain('  versioned: true, // keep\n')
    expect(out.text).not.toContain('why')
    expect(tsErrors(out.text)).toEqual([])
  })

  it.runIf(hasPython)('Python: a keyword added after a last argument that ends in a comment parses', () => {
    const src = PY_HEAD + 's3.Bucket(self, "X",\n    versioned=False,  # no\n    public_read_access=True  # legacy\n)\n'
    const out = fixed(src, '"X"', SSL, 'app.py')!
    expect(out.edit).toEqual([4, 4, '    public_read_access=True,  # legacy\n    enforce_ssl=True'])
    expect(pythonParses(out.text)).toBe(true)
    const trailing = PY_HEAD + 's3.Bucket(self, "X",\n    public_read_access=True,  # legacy\n)\n'
    const withComma = fixed(trailing, '"X"', SSL, 'app.py')!
    expect(withComma.edit).toEqual([3, 3, '    public_read_access=True,  # legacy\n    enforce_ssl=True,'])
    expect(pythonParses(withComma.text)).toBe(true)
  })

  it.runIf(hasPython)('Python: a comment line after the last argument is neither replaced nor written into', () => {
    const src = PY_HEAD + 's3.Bucket(self, "X",\n    versioned=False\n    # the rest comes later\n)\n'
    expect(fixed(src, '"X"', VERSIONING, 'app.py')!.edit).toEqual([3, 3, '    versioned=True'])
    const out = fixed(src, '"X"', SSL, 'app.py')!
    expect(out.edit).toEqual([3, 3, '    versioned=False,\n    enforce_ssl=True'])
    expect(out.text).toContain('    # the rest comes later\n)')
    expect(pythonParses(out.text)).toBe(true)
  })
})
