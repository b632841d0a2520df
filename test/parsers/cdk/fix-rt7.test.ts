/**
 * CDK fixes that drop one property while adding another (block public access drops
 * `publicReadAccess`), and Python calls that pass `**kwargs`: the suggestion must still parse, and
 * must not be one that fails at synth.
 */
import { describe, expect, it } from 'vitest'
import type { Finding, FixIntent } from '../../../src/engine/finding.js'
import { renderCdkFix } from '../../../src/parsers/cdk/fix.js'

const BPA: FixIntent = { kind: 'set', field: 'publicAccessBlock', value: true }
const VERSIONING: FixIntent = { kind: 'set', field: 'versioning.status', value: 'Enabled' }
const SSL: FixIntent = { kind: 'add-policy-statement', statement: 'deny-insecure-transport' }

function fixIn(text: string, needle: string, fix: FixIntent, file: string, resource = 'Stack/X/Resource') {
  const line = text.slice(0, text.indexOf(needle)).split('\n').length
  const at = { file, line, column: 1, endLine: line, endColumn: 1, path: 'Resources.X' }
  const finding: Finding = {
    ruleId: 'r',
    severity: 'high',
    messageId: 'm',
    message: 'm',
    location: at,
    resource,
    format: 'cdk',
    related: [],
    fix,
    fingerprint: 'f',
    suppressed: false,
  }
  const edit = renderCdkFix(finding, new Map([[file, text]]))
  return edit && { lines: [edit.startLine, edit.endLine], replacement: edit.replacement }
}

describe('CDK fixes that replace one property with another (red team 7)', () => {
  it('Python: replaces the only keyword argument rather than leaving `, ,` behind', () => {
    const py = 'from aws_cdk import aws_s3 as s3\ns3.Bucket(self, "Site", public_read_access=True)\n'
    expect(fixIn(py, '"Site"', BPA, 'app.py')).toEqual({
      lines: [2, 2],
      replacement: 's3.Bucket(self, "Site", block_public_access=s3.BlockPublicAccess.BLOCK_ALL)',
    })
  })

  it('Python: a multi-line call with a trailing comma keeps it', () => {
    const py = 'from aws_cdk import aws_s3 as s3\ns3.Bucket(self, "Site",\n    public_read_access=True,\n)\n'
    expect(fixIn(py, '"Site"', BPA, 'app.py')).toEqual({
      lines: [3, 3],
      replacement: '    block_public_access=s3.BlockPublicAccess.BLOCK_ALL,',
    })
  })

  it('TypeScript: a one-line object whose first property goes gets the new one in its place', () => {
    const ts =
      "import * as s3 from 'aws-cdk-lib/aws-s3'\nnew s3.Bucket(this, 'Site', { publicReadAccess: true, websiteIndexDocument: 'index.html' })\n"
    expect(fixIn(ts, "'Site'", BPA, 'lib/site.ts')).toEqual({
      lines: [2, 2],
      replacement: "new s3.Bucket(this, 'Site', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, websiteIndexDocument: 'index.html' })",
    })
    const only = "import * as s3 from 'aws-cdk-lib/aws-s3'\nnew s3.Bucket(this, 'Site', { publicReadAccess: true, })\n"
    expect(fixIn(only, "'Site'", BPA, 'lib/site.ts')?.replacement).toBe(
      "new s3.Bucket(this, 'Site', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL, })",
    )
  })

  it('TypeScript: a property before a spread is dropped, and the new one still goes after the spread', () => {
    const ts = "import * as s3 from 'aws-cdk-lib/aws-s3'\nnew s3.Bucket(this, 'Site', { publicReadAccess: true, ...props })\n"
    expect(fixIn(ts, "'Site'", BPA, 'lib/site.ts')?.replacement).toBe(
      "new s3.Bucket(this, 'Site', { ...props, blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })",
    )
  })
})

describe('Python calls that pass **kwargs (red team 7)', () => {
  const py =
    'from aws_cdk import aws_s3 as s3\n' +
    'opts = dict(versioned=False)\n' +
    's3.Bucket(self, "A", **opts)\n' +
    's3.Bucket(self, "B", versioned=False, **opts)\n'

  it('offers no keyword the spread may already pass (a TypeError at synth)', () => {
    expect(fixIn(py, '"A"', VERSIONING, 'app.py')).toBeUndefined()
    expect(fixIn(py, '"B"', SSL, 'app.py')).toBeUndefined()
  })

  it('still changes a keyword written in the call', () => {
    expect(fixIn(py, '"B"', VERSIONING, 'app.py')?.replacement).toBe('s3.Bucket(self, "B", versioned=True, **opts)')
  })
})

describe('a line that creates two constructs (red team 7)', () => {
  // Python traces name a line but no column, so the finding sits at the start of the line.
  const py =
    'from aws_cdk import aws_s3 as s3\n' +
    's3.Bucket(self, "Site", versioned=True, server_access_logs_bucket=s3.Bucket(self, "Logs", versioned=False))\n'

  it('edits the call that passes the construct’s own id, not the one closest to the line’s start', () => {
    expect(fixIn(py, '"Site"', VERSIONING, 'app.py', 'Web/Logs/Resource')?.replacement).toBe(
      's3.Bucket(self, "Site", versioned=True, server_access_logs_bucket=s3.Bucket(self, "Logs", versioned=True))',
    )
    expect(fixIn(py, '"Site"', SSL, 'app.py', 'Web/Site/Resource')?.replacement).toBe(
      's3.Bucket(self, "Site", versioned=True, server_access_logs_bucket=s3.Bucket(self, "Logs", versioned=False), enforce_ssl=True)',
    )
  })
})
