/**
 * A template written as one line: every edit replaces that whole line, so each finding's edit
 * repeats the file. The edits into a file are bounded by its size.
 */
import { describe, expect, it } from 'vitest'
import { FREE_EDIT_CHARS } from '../../src/edit-budget.js'
import { compareSeverity } from '../../src/engine/severity.js'
import { scanFiles } from '../helpers/scan-files.js'

function template(t: number, space?: number): string {
  const resources: Record<string, unknown> = {}
  for (let i = 0; i < 30; i++) {
    resources[`B${i}`] = {
      Type: 'AWS::S3::Bucket',
      Properties: { BucketName: `t${t}-b${i}`, AccessControl: i % 3 ? 'Private' : 'PublicRead' },
    }
    resources[`P${i}`] = {
      Type: 'AWS::S3::BucketPolicy',
      Properties: {
        Bucket: { Ref: `B${i}` },
        PolicyDocument: {
          Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: { 'Fn::Sub': `arn:aws:s3:::t${t}-b${i}/*` } }],
        },
      },
    }
  }
  return JSON.stringify({ Resources: resources }, null, space)
}

describe('the edits into one file', () => {
  it('of a template written as one line carry at most 64 KiB plus 8 characters per character of the file, most severe findings first', async () => {
    const files = Object.fromEntries([0, 1, 2].map((t) => [`t${t}.json`, template(t)]))
    const r = await scanFiles(files)
    for (const [name, text] of Object.entries(files)) {
      expect(text).not.toContain('\n')
      const mine = r.findings.filter((f) => f.location.file === name)
      const edited = mine.filter((f) => f.edit)
      // Each edit copies the whole line over; what it carries beyond an ordinary edit's length is charged.
      const charged = edited.reduce((n, f) => n + Math.max(0, f.edit!.replacement.length - FREE_EDIT_CHARS), 0)
      expect(charged).toBeLessThanOrEqual(64 * 1024 + 8 * text.length)
      // Without the bound every fixable finding carried the whole file again.
      expect(mine.filter((f) => f.fix).length * text.length).toBeGreaterThan(64 * 1024 + 8 * text.length)
      expect(edited.length).toBeGreaterThan(0)
      const leastEdited = edited
        .map((f) => f.severity)
        .sort(compareSeverity)
        .at(-1)!
      const mostUnedited = mine
        .filter((f) => f.fix && !f.edit)
        .map((f) => f.severity)
        .sort(compareSeverity)[0]!
      expect(compareSeverity(leastEdited, mostUnedited)).toBeLessThanOrEqual(0)
    }
  })

  it('leave every edit to a template of hundreds of bare buckets, whose edits outweigh its text', async () => {
    const yaml = 'Resources:\n' + Array.from({ length: 400 }, (_, i) => `  B${i}:\n    Type: AWS::S3::Bucket\n`).join('')
    const r = await scanFiles({ 'bare.yaml': yaml })
    const fixable = r.findings.filter((f) => f.fix)
    expect(fixable.length).toBeGreaterThan(1_000)
    expect(fixable.reduce((n, f) => n + (f.edit?.replacement.length ?? 0), 0)).toBeGreaterThan(64 * 1024 + 8 * yaml.length)
    expect(fixable.filter((f) => !f.edit)).toEqual([])
  })

  it('leave a pretty-printed template every edit', async () => {
    const r = await scanFiles({ 't.json': template(0, 2) })
    const fixable = r.findings.filter((f) => f.fix)
    expect(fixable.length).toBeGreaterThan(60)
    expect(fixable.filter((f) => !f.edit)).toEqual([])
  })
})
