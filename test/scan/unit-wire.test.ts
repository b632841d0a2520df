/**
 * Results cross from a worker to the main thread as rows of numbers and a table of strings
 * (src/unit-wire.ts); what arrives must be exactly what the worker had.
 */
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { processUnit, type UnitResult } from '../../src/process-unit.js'
import { StringPool } from '../../src/share-strings.js'
import { WireDecoder, WireEncoder } from '../../src/unit-wire.js'
import { planUnits } from '../helpers/plan-units.js'
import { writeTree } from '../helpers/scan-files.js'
// Calls a format's reader directly, without the scan that loads the readers it needs.
import '../setup/format-readers.js'

/** A bucket whose public access block hangs on a parameter: every flag is unknown. */
const undecidable = `Parameters:
  Open:
    Type: String
Conditions:
  IsOpen: !Equals [!Ref Open, "yes"]
Resources:
  Maybe:
    Type: AWS::S3::Bucket
    Properties:
      PublicAccessBlockConfiguration: !If [IsOpen, !Ref AWS::NoValue, {BlockPublicAcls: true}]
`

function resultsOf(dir: string): UnitResult[] {
  const { units, job } = planUnits(dir)
  return units.map((u) => processUnit(u, job))
}

/** Plain data, as JSON sees it: `fix: undefined` and a missing `fix` are the same finding. */
const plain = (x: unknown) => JSON.parse(JSON.stringify(x)) as unknown

/** Every message through one encoder and one decoder, in order, decoded only at the end (as the pool does). */
function roundTrip(results: UnitResult[], encoder = new WireEncoder()): UnitResult[] {
  const decoder = new WireDecoder(new StringPool())
  const received = results.map((r) => decoder.receive(structuredClone(encoder.encode(r))))
  return received.map((decode) => decode())
}

describe('unit results on the wire', () => {
  const results = [
    ...resultsOf(path.resolve('examples')),
    ...resultsOf(writeTree({ 'undecidable.yaml': undecidable, 'broken.yaml': 'AWSTemplateFormatVersion: "2010-09-09"\nResources: [\n' })),
  ]
  const findings = results.flatMap((r) => r.findings)

  it('covers every kind of field in the examples', () => {
    expect(results.length).toBeGreaterThan(10)
    expect(findings.some((f) => f.related.length > 0)).toBe(true)
    expect(findings.some((f) => f.suppression)).toBe(true)
    expect(findings.some((f) => f.fix)).toBe(true)
    expect(findings.some((f) => f.edit)).toBe(true)
    expect(results.some((r) => r.unknowns.length > 0)).toBe(true)
    expect(results.some((r) => r.problems.length > 0 || r.notes.length > 0)).toBe(true)
  })

  it('arrives exactly as it left, across many messages on one port', () => {
    expect(plain(roundTrip(results))).toStrictEqual(plain(results))
  })

  it('still does once the vocabulary is full and further words travel with each message', () => {
    expect(plain(roundTrip(results, new WireEncoder(5)))).toStrictEqual(plain(results))
  })

  it('carries non-ASCII text, astral characters and lone surrogates exactly', () => {
    const unit = results.find((r) => r.findings.length > 3)!
    const odd = ['Bucket café has ümlauts', 'Bucket 🪣 is astral', 'Bucket \ud800 has a lone surrogate', 'plain']
    const weird: UnitResult = {
      ...unit,
      findings: unit.findings.map((f, i) => (i < odd.length ? { ...f, message: odd[i]!, resource: `${f.resource}-${odd[i]!}` } : f)),
    }
    const [decoded] = roundTrip([weird])
    expect(decoded!.findings.slice(0, odd.length).map((f) => f.message)).toEqual(odd)
    expect(plain(decoded)).toStrictEqual(plain(weird))
  })

  it('packs 24-hex-digit fingerprints into numbers and carries any other fingerprint as text', () => {
    const unit = results.find((r) => r.findings.length > 3 && r.unknowns.length > 0) ?? results.find((r) => r.findings.length > 3)!
    const prints = ['00000000ffffffff80000000', 'not-a-hash', 'ABCDEF0123456789abcdef01', '', '7fffffff0000000100000002']
    const odd: UnitResult = {
      ...unit,
      findings: unit.findings.map((f, i) => (i < prints.length ? { ...f, fingerprint: prints[i]! } : f)),
    }
    expect(unit.findings.every((f) => /^[0-9a-f]{24}$/.test(f.fingerprint))).toBe(true)
    const wire = new WireEncoder().encode(odd)
    expect(wire.fingerprints.other.map(([, p]) => p)).toEqual(['not-a-hash', 'ABCDEF0123456789abcdef01', ''])
    const [decoded] = roundTrip([odd])
    expect(decoded!.findings.map((f) => f.fingerprint)).toEqual(odd.findings.map((f) => f.fingerprint))
    expect(decoded!.unknowns.map((u) => u.fingerprint)).toEqual(odd.unknowns.map((u) => u.fingerprint))
  })

  it('keeps a location the unit shared between findings shared, and shares repeated strings between units', () => {
    const unit = results.find((r) => r.findings.some((f, i) => r.findings.findIndex((g) => g.location === f.location) !== i))
    expect(unit).toBeDefined()
    const [decoded] = roundTrip([unit!])
    const sharedAt = unit!.findings.flatMap((f, i) =>
      unit!.findings
        .slice(i + 1)
        .filter((g) => g.location === f.location)
        .map((g) => [i, unit!.findings.indexOf(g)]),
    )
    expect(sharedAt.length).toBeGreaterThan(0)
    for (const [i, j] of sharedAt) expect(decoded!.findings[i!]!.location).toBe(decoded!.findings[j!]!.location)
    const fixed = decoded!.findings.filter((f) => f.fix)
    if (fixed.length) expect(Object.isFrozen(fixed[0]!.fix)).toBe(true)
  })

  it('hands the pool the names problems and cross-stack links repeat, so that units share one copy', () => {
    const withLinks =
      results.find((r) => r.stackLinks?.buckets.length && r.problems.length) ?? results.find((r) => r.stackLinks?.buckets.length)
    const withProblems = results.find((r) => r.problems.length)
    expect(withLinks).toBeDefined()
    expect(withProblems).toBeDefined()
    const shared: string[] = []
    const decoder = new WireDecoder({ share: (s) => (shared.push(s), s) })
    const encoder = new WireEncoder()
    for (const r of [withLinks!, withProblems!]) decoder.receive(structuredClone(encoder.encode(r)))()
    const bucket = withLinks!.stackLinks!.buckets[0]!
    const problem = withProblems!.problems[0]!
    expect(shared).toEqual(expect.arrayContaining([bucket.unit, bucket.file, problem.file, problem.code, problem.level]))
  })

  it('forgets the words of a message that failed to encode, so the next message decodes right', () => {
    const encoder = new WireEncoder()
    const decoder = new WireDecoder(new StringPool())
    const good = results.find((r) => r.findings.length > 2)!
    const bad: UnitResult = {
      ...good,
      findings: good.findings.map((f, i) =>
        i === 1 ? { ...f, ruleId: 'never-sent-rule', fix: { kind: 'set', field: 'x', value: 1n } } : f,
      ),
    }
    expect(() => encoder.encode(bad)).toThrow()
    const next = decoder.receive(structuredClone(encoder.encode(good)))()
    expect(plain(next)).toStrictEqual(plain(good))
  })
})
