import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../../src/limits.js'
import { isTemplate, parseTemplateFile } from '../../../src/parsers/cloudformation/parse.js'
import { get, toPlain } from '../../../src/parsers/shared/source-tree.js'

const parse = (text: string, file = 't.yaml') => parseTemplateFile(text, file, DEFAULT_LIMITS)

const ALL_TAGS = `AWSTemplateFormatVersion: "2010-09-09"
Conditions:
  C1: !Equals [!Ref P, x]
  C2: !And [!Condition C1, !Not [!Or [!Condition C1, !Equals [a, b]]]]
Resources:
  B:
    Type: AWS::S3::Bucket
    Properties:
      A: !Ref X
      B: !Sub "\${AWS::Region}-x"
      C: !Sub ["\${a}", {a: !Ref X}]
      D: !GetAtt X.Arn
      E: !GetAtt [X, Arn]
      F: !Join ["", [a, b]]
      G: !If [C1, a, b]
      H: !Select [0, !Split [",", "a,b"]]
      I: !FindInMap [M, k, v]
      J: !ImportValue exported
      K: !Base64 hello
      L: !Cidr [10.0.0.0/16, 2, 8]
      M: !GetAZs ""
      N: !Transform {Name: AWS::Include}
`

describe('CloudFormation YAML parsing', () => {
  it('rewrites every short-form intrinsic into its long form', () => {
    const r = parse(ALL_TAGS)
    expect(r.problems).toEqual([])
    const props = toPlain(get(get(get(r.templates[0]!.root, 'Resources'), 'B'), 'Properties')!) as Record<string, unknown>
    expect(props).toEqual({
      A: { Ref: 'X' },
      B: { 'Fn::Sub': '${AWS::Region}-x' },
      C: { 'Fn::Sub': ['${a}', { a: { Ref: 'X' } }] },
      D: { 'Fn::GetAtt': ['X', 'Arn'] },
      E: { 'Fn::GetAtt': ['X', 'Arn'] },
      F: { 'Fn::Join': ['', ['a', 'b']] },
      G: { 'Fn::If': ['C1', 'a', 'b'] },
      H: { 'Fn::Select': [0, { 'Fn::Split': [',', 'a,b'] }] },
      I: { 'Fn::FindInMap': ['M', 'k', 'v'] },
      J: { 'Fn::ImportValue': 'exported' },
      K: { 'Fn::Base64': 'hello' },
      L: { 'Fn::Cidr': ['10.0.0.0/16', 2, 8] },
      M: { 'Fn::GetAZs': '' },
      N: { 'Fn::Transform': { Name: 'AWS::Include' } },
    })
    const conds = toPlain(get(r.templates[0]!.root, 'Conditions')!)
    expect(conds).toEqual({
      C1: { 'Fn::Equals': [{ Ref: 'P' }, 'x'] },
      C2: { 'Fn::And': [{ Condition: 'C1' }, { 'Fn::Not': [{ 'Fn::Or': [{ Condition: 'C1' }, { 'Fn::Equals': ['a', 'b'] }] }] }] },
    })
  })

  it('splits a dotted GetAtt at the first dot only', () => {
    const r = parse('Resources:\n  X:\n    Type: AWS::S3::Bucket\n    Properties:\n      A: !GetAtt Db.Endpoint.Address\n')
    const a = get(get(get(get(r.templates[0]!.root, 'Resources'), 'X'), 'Properties'), 'A')!
    expect(toPlain(a)).toEqual({ 'Fn::GetAtt': ['Db', 'Endpoint.Address'] })
  })

  it('recognises templates by content, not by file name', () => {
    expect(parse('AWSTemplateFormatVersion: "2010-09-09"\n', 'anything.yml').templates).toHaveLength(1)
    expect(parse('Resources:\n  Q:\n    Type: Custom::Thing\n', 'x.yaml').templates).toHaveLength(1)
    expect(parse('name: CI\non: push\njobs: {}\n', '.github/workflows/ci.yml')).toMatchObject({ templates: [], notATemplate: true })
    expect(isTemplate(null)).toBe(false)
  })

  it('scans SAM templates', () => {
    const r = parse('Transform: AWS::Serverless-2016-10-31\nResources:\n  Fn:\n    Type: AWS::Serverless::Function\n')
    expect(r.templates).toHaveLength(1)
  })

  it('parses JSON templates with positions', () => {
    const text = '{\n  "Resources": {\n    "B": {\n      "Type": "AWS::S3::Bucket"\n    }\n  }\n}\n'
    const r = parse(text, 't.json')
    expect(r.templates).toHaveLength(1)
    const b = get(get(r.templates[0]!.root, 'Resources'), 'B')!
    expect(r.lines.position(b.start).line).toBe(3)
  })

  it('scans a multi-document file document by document and warns that CloudFormation rejects it', () => {
    const r = parse('Resources:\n  A:\n    Type: AWS::S3::Bucket\n---\nResources:\n  B:\n    Type: AWS::S3::Bucket\n')
    expect(r.templates.map((t) => t.index)).toEqual([0, 1])
    expect(r.problems).toEqual([expect.objectContaining({ code: 'MULTI_DOCUMENT', level: 'warning' })])
  })

  it('reports a syntax error with file, line and column', () => {
    const r = parse('AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n   Properties: {}\n')
    expect(r.problems[0]).toMatchObject({ code: 'YAML_SYNTAX', file: 't.yaml', line: 5, level: 'error' })
  })

  it('reports tabs used for indentation', () => {
    const r = parse('Resources:\n\tB:\n\t\tType: AWS::S3::Bucket\n')
    expect(r.problems[0]).toMatchObject({ code: 'YAML_SYNTAX', line: 2 })
  })

  it('reports duplicate keys with their line', () => {
    const r = parse('Resources:\n  B:\n    Type: AWS::S3::Bucket\n  B:\n    Type: AWS::S3::Bucket\n')
    expect(r.problems).toEqual([expect.objectContaining({ code: 'DUPLICATE_KEY', line: 4, column: 3 })])
  })
})
