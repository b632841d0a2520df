import { describe, expect, it } from 'vitest'
import { DEFAULT_LIMITS } from '../../../src/limits.js'
import { parseTemplateFile } from '../../../src/parsers/cloudformation/parse.js'
import { TemplateEvaluator, Unknown, NO_VALUE } from '../../../src/parsers/cloudformation/intrinsics.js'
import { get } from '../../../src/parsers/shared/source-tree.js'

function evaluator(body: string) {
  const r = parseTemplateFile(body, 't.yaml', DEFAULT_LIMITS)
  expect(r.problems).toEqual([])
  const root = r.templates[0]!.root
  const ev = new TemplateEvaluator(root, 100_000)
  const prop = (name: string) => ev.evaluate(get(get(get(get(root, 'Resources'), 'B'), 'Properties'), name)!)
  return { ev, prop }
}

const HEADER = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: { Type: String, Default: prod, AllowedValues: [prod] }
  Stage: { Type: String, Default: prod }
  NoDefault: { Type: String }
  Names: { Type: CommaDelimitedList, Default: "a,b,c" }
  FromSsm: { Type: "AWS::SSM::Parameter::Value<String>", Default: /my/param }
Mappings:
  Sizes: { prod: { size: large }, dev: { size: small } }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  Unknowable: !Equals [!Ref NoDefault, x]
  ProdByDefault: !Equals [!Ref Stage, prod]
  Loop1: !Condition Loop2
  Loop2: !Condition Loop1
Resources:
  Key:
    Type: AWS::KMS::Key
  Other:
    Type: AWS::S3::Bucket
  B:
    Type: AWS::S3::Bucket
    Properties:
`

describe('TemplateEvaluator', () => {
  it('uses parameter defaults and leaves parameters without one unknown', () => {
    const { prop } = evaluator(HEADER + '      A: !Ref Env\n      B: !Ref NoDefault\n      C: !Ref Names\n      D: !Ref FromSsm\n')
    expect(prop('A')).toBe('prod')
    expect(prop('B')).toBeInstanceOf(Unknown)
    expect(prop('C')).toEqual(['a', 'b', 'c'])
    expect(prop('D')).toBeInstanceOf(Unknown)
  })

  it('turns references to buckets and other resources into placeholders', () => {
    const { prop } = evaluator(
      HEADER + '      A: !Ref Other\n      B: !GetAtt Other.Arn\n      C: !GetAtt Key.Arn\n      D: !Ref Missing\n',
    )
    expect(prop('A')).toEqual({ parts: [{ kind: 'bucket', id: 'Other', attr: 'name' }] })
    expect(prop('B')).toEqual({ parts: [{ kind: 'bucket', id: 'Other', attr: 'arn' }] })
    expect(prop('C')).toEqual({ parts: [{ kind: 'resource', id: 'Key', type: 'AWS::KMS::Key', attr: 'Arn' }] })
    expect(prop('D')).toBeInstanceOf(Unknown)
  })

  it("spells the ARN of a role of the template with the stack's own account", () => {
    const { prop } = evaluator(
      HEADER.replace('Resources:\n', 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n') + '      A: !GetAtt Role.Arn\n',
    )
    expect(prop('A')).toEqual({
      parts: [
        'arn:',
        { kind: 'pseudo', name: 'partition' },
        ':iam::',
        { kind: 'pseudo', name: 'account' },
        ':role/',
        { kind: 'resource', id: 'Role', type: 'AWS::IAM::Role', attr: 'Ref' },
      ],
    })
  })

  it('evaluates Sub and Join over known and placeholder parts', () => {
    const { prop } = evaluator(
      HEADER +
        '      A: !Sub "arn:${AWS::Partition}:s3:::${Other}/*"\n' +
        '      B: !Sub ["${x}-${Env}", {x: lit}]\n' +
        '      C: !Join ["-", [a, !Ref Env]]\n' +
        '      D: !Sub "${!Literal}"\n' +
        '      E: !Sub "${Other.Arn}/x"\n',
    )
    expect(prop('A')).toEqual({
      parts: ['arn:', { kind: 'pseudo', name: 'partition' }, ':s3:::', { kind: 'bucket', id: 'Other', attr: 'name' }, '/*'],
    })
    expect(prop('B')).toBe('lit-prod')
    expect(prop('C')).toBe('a-prod')
    expect(prop('D')).toBe('${Literal}')
    expect(prop('E')).toEqual({ parts: [{ kind: 'bucket', id: 'Other', attr: 'arn' }, '/x'] })
  })

  it('reads a Sub template made of unclosed `${` in one pass (it was quadratic: minutes at 1 MB)', () => {
    const { prop } = evaluator(`${HEADER}      A: !Sub "${'${'.repeat(500_000)}\${Env}"
`)
    expect(prop('A')).toBe(`${'${'.repeat(500_000)}prod`)
  })

  it('evaluates conditions, If, Select, Split and FindInMap', () => {
    const { ev, prop } = evaluator(
      HEADER +
        '      A: !If [IsProd, yes, no]\n' +
        '      B: !If [Unknowable, yes, no]\n' +
        '      C: !If [Unknowable, same, same]\n' +
        '      D: !Select [1, !Split [",", "x,y"]]\n' +
        '      E: !FindInMap [Sizes, !Ref Env, size]\n' +
        '      F: !If [IsProd, !Ref AWS::NoValue, x]\n',
    )
    expect(ev.condition('IsProd')).toBe(true)
    expect(ev.condition('IsDev')).toBe(false)
    expect(ev.condition('Unknowable')).toBe('unknown')
    // A default is what the stack gets when the deploy names no value, not what it will be.
    expect(ev.condition('ProdByDefault')).toBe('unknown')
    expect(ev.condition('Loop1')).toBe('unknown')
    expect(prop('A')).toBe('yes')
    expect(prop('B')).toBeInstanceOf(Unknown)
    expect(prop('C')).toBe('same')
    expect(prop('D')).toBe('y')
    expect(prop('E')).toBe('large')
    expect(prop('F')).toBe(NO_VALUE)
  })

  it('reads FindInMap by a key known only at deploy time as one of the entries the mapping holds', () => {
    const { prop } = evaluator(
      HEADER.replace(
        'Mappings:\n',
        'Mappings:\n  Same: { eu-west-1: { v: x }, us-east-1: { v: x } }\n  Accounts: { eu-west-1: { id: "156460612806" }, us-east-1: { id: "127311923021" }, us-west-2: { other: y } }\n',
      ) +
        '      A: !FindInMap [Same, !Ref AWS::Region, v]\n' +
        '      B: !FindInMap [Accounts, !Ref AWS::Region, id]\n' +
        '      C: !FindInMap [Accounts, !Ref NoDefault, id, { DefaultValue: "*" }]\n' +
        '      D: !FindInMap [Sizes, !Ref NoDefault, !Ref NoDefault]\n',
    )
    expect(prop('A')).toBe('x')
    // A Region without the entry fails the deployment, so it adds no candidate.
    expect(prop('B')).toMatchObject({ oneOf: ['156460612806', '127311923021'] })
    expect(prop('C')).toMatchObject({ oneOf: ['156460612806', '127311923021', '*'] })
    expect(prop('D')).toMatchObject({ oneOf: ['large', 'small'] })
  })

  it('leaves deploy-time functions unknown with a reason', () => {
    const { prop } = evaluator(HEADER + '      A: !ImportValue shared-bucket\n      B: !GetAZs ""\n')
    expect((prop('A') as Unknown).why).toMatch(/another stack/)
    expect(prop('B')).toBeInstanceOf(Unknown)
  })

  it('leaves a string longer than the bound unknown, and still joins one within it', () => {
    const body =
      HEADER.replace('Default: prod', 'Default: "xxxxxxxxxx"') +
      '      A: !Sub "${Env}${Env}${Env}"\n      B: !Join ["", [!Ref Env, !Ref Env]]\n      C: !ToJsonString [!Ref Env, !Ref Env]\n'
    const r = parseTemplateFile(body, 't.yaml', DEFAULT_LIMITS)
    const root = r.templates[0]!.root
    const prop = (ev: TemplateEvaluator, name: string) => ev.evaluate(get(get(get(get(root, 'Resources'), 'B'), 'Properties'), name)!)
    const roomy = new TemplateEvaluator(root, 100_000, 30)
    expect([prop(roomy, 'A'), prop(roomy, 'B'), prop(roomy, 'C')]).toEqual([
      'x'.repeat(30),
      'x'.repeat(20),
      `["${'x'.repeat(10)}","${'x'.repeat(10)}"]`,
    ])
    const tight = new TemplateEvaluator(root, 100_000, 19)
    for (const name of ['A', 'B', 'C']) expect((prop(tight, name) as Unknown).why).toBe('the string would be longer than 19 characters')
  })

  it("takes Object's method names for resources, never pseudo parameters", () => {
    const { prop } = evaluator(HEADER + '      A: !Ref constructor\n      B: !Sub "${toString}-${Env}"\n')
    expect((prop('A') as Unknown).why).toBe('Ref to "constructor", which the template does not define')
    expect(prop('B')).toEqual({
      parts: [{ kind: 'unknown', why: 'Ref to "toString", which the template does not define', key: 'undefined:toString' }, '-prod'],
    })
  })
})
