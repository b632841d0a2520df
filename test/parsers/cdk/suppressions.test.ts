import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ruleFromAcknowledgedId } from '../../../src/parsers/cdk/suppressions.js'
import { bucketAt, editJson, lineOf, repoRoot, scanDir, tempCopy, removeTemps } from './helpers.js'

afterAll(removeTemps)

const example = path.join(repoRoot, 'examples/cdk')
const legacy = path.join(repoRoot, 'test/fixtures/cdk/legacy-v1')
const storage = 'lib/storage-stack.ts'

const summary = (s: { rule: string; reason?: string; syntax: string; at: { file: string; line: number } }[]) =>
  s.map((x) => [x.syntax, x.rule, x.reason, x.at.file, x.at.line])

describe('cdk-nag acknowledgements', () => {
  it('records a v3 `Validations.of(x).acknowledge` on every resource below the construct, at the line that wrote it', () => {
    const s = scanDir(example)
    const reports = bucketAt(s, 'StorageStack/Reports/Bucket/Resource')
    expect(summary(reports.suppressions)).toEqual([
      [
        'cdk-nag',
        'AwsSolutions-S1',
        'Reports are rebuilt nightly from the archive, whose access is logged.',
        storage,
        lineOf(storage, 'Validations.of(reports).acknowledge(', example),
      ],
    ])
    expect(bucketAt(s, 'StorageStack/Uploads/Resource').suppressions).toEqual([])
  })

  it('applies an acknowledgement on a stack to every resource below it, nested stacks included, and to no other stack', () => {
    const dir = tempCopy(example)
    editJson(`${dir}/cdk.out/assembly-Prod/ProdData90A795AA.metadata.json`, (json) => {
      json['/Prod/Data'].push({ type: 'aws:cdk:acknowledged-rules', data: { 'Annotation::AwsSolutions-S10': 'internal only' } })
    })
    const s = scanDir(dir)
    const rules = (p: string) => bucketAt(s, p).suppressions.map((x) => x.rule)
    expect(rules('Prod/Data/Datasets')).toEqual(['AwsSolutions-S10'])
    expect(rules('Prod/Data/Analytics/Results/Resource')).toEqual(['AwsSolutions-S10'])
    expect(rules('StorageStack/Archive/Resource')).toEqual([])
    // Without a trace, the acknowledgement points at its entry in the metadata file.
    expect(bucketAt(s, 'Prod/Data/Datasets').suppressions[0]!.at.file).toBe('cdk.out/assembly-Prod/ProdData90A795AA.metadata.json')
  })

  it('records v2 `Metadata.cdk_nag` suppressions of a resource and of a whole stack template', () => {
    const s = scanDir(legacy)
    const logs = bucketAt(s, 'LegacyStack/Logs/Resource')
    const template = 'cdk.out/LegacyStack.template.json'
    expect(summary(logs.suppressions)).toEqual([
      ['cdk-nag', 'AwsSolutions-S1', 'Access logs of the log bucket would loop', 'lib/legacy-stack.ts', 9],
      [
        'cdk-nag',
        'AwsSolutions-S10',
        'Legacy clients still use plain HTTP until Q3',
        template,
        lineOf(template, '"id": "AwsSolutions-S10"', legacy) - 1,
      ],
    ])
    expect(bucketAt(s, 'LegacyStack/Site/SiteBucket/Resource').suppressions.map((x) => x.rule)).toEqual(['AwsSolutions-S10'])
  })

  it('records an acknowledgement once when cdk-nag also copied it into the template', () => {
    const dir = tempCopy(example)
    editJson(`${dir}/cdk.out/StorageStack.template.json`, (json) => {
      json.Resources.ReportsBucket95FE29A2.Metadata.cdk_nag = {
        rules_to_suppress: [{ id: 'AwsSolutions-S1', reason: 'Reports are rebuilt nightly from the archive, whose access is logged.' }],
      }
    })
    const reports = bucketAt(scanDir(dir), 'StorageStack/Reports/Bucket/Resource')
    expect(reports.suppressions.map((x) => [x.syntax, x.rule])).toEqual([['cdk-nag', 'AwsSolutions-S1']])
  })

  it('keeps the rule id as the user wrote it, without the validation plugin’s namespace', () => {
    expect(ruleFromAcknowledgedId('Annotation::AwsSolutions-S1')).toBe('AwsSolutions-S1')
    expect(ruleFromAcknowledgedId('AwsSolutions::AwsSolutions-S2')).toBe('AwsSolutions-S2')
    expect(ruleFromAcknowledgedId('AwsSolutions-IAM5[Action::s3:*]')).toBe('AwsSolutions-IAM5[Action::s3:*]')
    expect(ruleFromAcknowledgedId('Annotation::AwsSolutions-IAM5[Resource::*]')).toBe('AwsSolutions-IAM5[Resource::*]')
  })
})
