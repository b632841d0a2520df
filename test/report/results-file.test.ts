import { describe, expect, it } from 'vitest'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { decideGate } from '../../src/baseline/gate.js'
import {
  readResultsFile,
  resultsChunks,
  SCHEMA,
  validateResults,
  writeResultsFile,
  type ResultsDocument,
} from '../../src/report/github/results-file.js'
import { COMPARED, finding, POLICY, scanResult } from './pr-fixtures.js'

const SHA = 'ec26c3e57ca3a959ca5aad62de7213c562f8c821'
function doc(): ResultsDocument {
  return {
    schema: SCHEMA,
    tool: { name: 's3-gate', version: '0.1.0' },
    repository: 'Codertocat/Hello-World',
    headSha: SHA,
    pullRequest: { number: 2, headSha: SHA, baseSha: 'f95f852bd8fca8fcc58a9a2d6c842781e32a215e' },
    pathPrefix: 'infra',
    policy: POLICY,
    baseline: COMPARED,
    head: scanResult([
      finding({
        ruleId: 'acl-public-read',
        line: 3,
        edit: { file: 'template.yaml', startLine: 3, endLine: 3, replacement: 'x', description: 'd' },
      }),
    ]),
    baseFindings: [],
    lineMaps: [
      {
        file: 'template.yaml',
        mergeLines: 9,
        headLines: 6,
        runs: [
          [4, 1, 4],
          [9, 6, 1],
        ],
        complete: true,
      },
    ],
  }
}
/** Untrusted JSON: any shape at all. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Loose = any
const roundTrip = (d: unknown) => validateResults(JSON.parse(JSON.stringify(d)))

describe('reading an untrusted results file', () => {
  it('accepts what a scan step wrote', () => {
    const r = roundTrip(doc())
    expect(r.head.findings[0]).toMatchObject({ ruleId: 'acl-public-read', edit: { replacement: 'x' } })
    expect(r.pullRequest!.number).toBe(2)
    expect(r.lineMaps).toEqual(doc().lineMaps)
  })

  it.each([
    ['a wrong schema', (d: Loose) => (d.schema = 'other')],
    ['a short head SHA', (d: Loose) => (d.headSha = 'abc')],
    ['a path escaping the repository', (d: Loose) => (d.head.findings[0].location.file = '../secrets.yaml')],
    ['an absolute path', (d: Loose) => (d.head.findings[0].location.file = '/etc/passwd')],
    ['an unknown severity', (d: Loose) => (d.head.findings[0].severity = 'urgent')],
    ['a fingerprint with markup', (d: Loose) => (d.head.findings[0].fingerprint = 'x --> <b>')],
    ['a negative line', (d: Loose) => (d.head.findings[0].location.line = -1)],
    ['a PR number that is not a number', (d: Loose) => (d.pullRequest.number = '2')],
    ['a repository with a path', (d: Loose) => (d.repository = 'a/b/c')],
    [
      'line-map runs out of order',
      (d: Loose) =>
        (d.lineMaps[0].runs = [
          [9, 6, 1],
          [4, 1, 4],
        ]),
    ],
    [
      'overlapping line-map runs',
      (d: Loose) =>
        (d.lineMaps[0].runs = [
          [4, 1, 4],
          [7, 6, 1],
        ]),
    ],
    ['a line-map run past the end of the head', (d: Loose) => (d.lineMaps[0].runs = [[4, 3, 5]])],
    ['an empty line-map run', (d: Loose) => (d.lineMaps[0].runs = [[4, 1, 0]])],
    ['a line map for a path outside the repository', (d: Loose) => (d.lineMaps[0].file = '../x.yaml')],
    ['two line maps for one file', (d: Loose) => d.lineMaps.push(d.lineMaps[0])],
    ['a NUL in a path', (d: Loose) => (d.head.findings[0].location.file = 'a\u0000b.yaml')],
  ])('rejects %s', (_name, mutate) => {
    const d = JSON.parse(JSON.stringify(doc()))
    mutate(d)
    expect(() => validateResults(d)).toThrow(/not valid/)
  })

  it('accepts every file name Linux allows: control characters and paths of 4,096 characters', () => {
    // Refused, a pull request adding `nl\nx.yaml` made the merge and publish steps drop every finding.
    for (const file of ['nl\nx.yaml', 'esc\u001b[31m.yaml', `${'d'.repeat(250)}/`.repeat(16) + 't.yaml']) {
      const d = JSON.parse(JSON.stringify(doc()))
      d.head.findings[0].location.file = file
      d.head.findings[0].edit.file = file
      expect(validateResults(d).head.findings[0]!.location.file).toBe(file)
    }
  })

  it('defuses HTML comments so no text can pose as a marker, and drops such suggestions', () => {
    const d = JSON.parse(JSON.stringify(doc()))
    d.head.findings[0].message = 'x <!-- s3-gate:summary -->'
    d.head.findings[0].edit.replacement = '<!-- s3-gate:fp=other -->'
    const r = validateResults(d)
    expect(r.head.findings[0]!.message).toBe('x &lt;!-- s3-gate:summary -->')
    expect(r.head.findings[0]!.edit).toBeUndefined()
  })

  it('caps long text', () => {
    const d = JSON.parse(JSON.stringify(doc()))
    d.head.findings[0].message = 'y'.repeat(10_000)
    expect(validateResults(d).head.findings[0]!.message.length).toBeLessThanOrEqual(2000)
  })
})

describe('writing the results file', () => {
  it('creates the folder it is asked to write into', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-results-')), 'results', 'nested', 's3-gate.json')
    await writeResultsFile(file, doc())
    expect((await readResultsFile(file)).headSha).toBe(SHA)
  })
})

describe('base findings the head has too', () => {
  /** Head: a, b (suppressed), c. Base: a, b, d, and a again. */
  function compared(): ResultsDocument {
    const a = finding({ ruleId: 'acl-public-read', line: 3 })
    const b = { ...finding({ ruleId: 'versioning-disabled', line: 4 }), suppressed: true }
    const c = finding({ ruleId: 'tls-not-enforced', line: 5 })
    const d = finding({ ruleId: 'encryption-missing', line: 6 })
    return { ...doc(), head: scanResult([a, b, c]), baseFindings: [a, { ...b, suppressed: false }, d, { ...a, message: 'at the base' }] }
  }
  const gate = (d: ResultsDocument) => {
    const r = decideGate({ head: d.head, base: { ...d.head, findings: d.baseFindings! }, baseline: d.baseline, policy: d.policy })
    return {
      findings: r.findings.map((f) => [f.fingerprint, f.origin, f.blocking]),
      fixed: r.fixed.map((f) => f.fingerprint),
      counts: r.counts,
    }
  }

  it('travel as fingerprints, and read back to the verdict the scan job decided', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 's3-gate-results-')), 's3-gate.json')
    await writeResultsFile(file, compared())
    const raw = JSON.parse(fs.readFileSync(file, 'utf8'))
    // Only what the head lacks (b is suppressed there, d is gone) is sent whole.
    expect(raw.baseFindings.map((f: { ruleId: string }) => f.ruleId)).toEqual(['versioning-disabled', 'encryption-missing'])
    expect(raw.baseAtHead).toEqual(['fp-acl-public-read-templateyaml-3'])
    const read = await readResultsFile(file)
    expect(read.baseAtHead).toBeUndefined()
    expect(gate(read)).toEqual(gate(compared()))
    expect(gate(read).fixed).toEqual(['fp-versioning-disabled-templateyaml-4', 'fp-encryption-missing-templateyaml-6'])
  })

  it('writes the document JSON.stringify would, apart from key order, fix intents and runner paths', () => {
    const d = { ...doc(), baseFindings: undefined }
    const text = [...resultsChunks(d)].join('')
    const { fix: _fix, ...slim } = d.head.findings[0]!
    expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify({ ...d, head: { ...d.head, cwd: '', roots: [], findings: [slim] } })))
  })

  it.each([
    ['without base findings', (x: Loose) => delete x.baseFindings],
    ['with markup in a fingerprint', (x: Loose) => (x.baseAtHead = ['x --> <b>'])],
    ['that is not a list', (x: Loose) => (x.baseAtHead = 'fp')],
  ])('refuses a list of them %s', (_what, spoil) => {
    const raw = JSON.parse([...resultsChunks(compared())].join(''))
    spoil(raw)
    expect(() => validateResults(raw)).toThrow(/results file is not valid: \$\.base/)
  })
})
