// A js-yaml 5 schema that accepts every CloudFormation short-form intrinsic (as scalar, sequence
// or mapping) and turns it into the long form, as `load` consumers of CloudFormation do.
import { CORE_SCHEMA, defineMappingTag, defineScalarTag, defineSequenceTag } from 'js-yaml'

const NAMES = [
  'Ref',
  'Condition',
  'Sub',
  'GetAtt',
  'Join',
  'If',
  'Select',
  'Split',
  'FindInMap',
  'ImportValue',
  'Base64',
  'Cidr',
  'GetAZs',
  'Equals',
  'And',
  'Or',
  'Not',
  'Transform',
  'Length',
  'ToJsonString',
  'Contains',
  'EachMemberEquals',
  'EachMemberIn',
  'ValueOf',
  'ValueOfAll',
  'RefAll',
  'ForEach',
]

const longKey = (name) => (name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`)

const tags = []
for (const name of NAMES) {
  const key = longKey(name)
  tags.push(
    defineScalarTag(`!${name}`, {
      resolve: (source) => {
        if (name === 'GetAtt') {
          const dot = source.indexOf('.')
          return { [key]: dot < 0 ? [source] : [source.slice(0, dot), source.slice(dot + 1)] }
        }
        return { [key]: source }
      },
      identify: () => false,
    }),
    defineSequenceTag(`!${name}`, {
      create: () => [],
      addItem: (c, item) => void c.push(item),
      finalize: (c) => ({ [key]: c }),
      identify: () => false,
    }),
    defineMappingTag(`!${name}`, {
      create: () => ({}),
      addPair: (c, k, v) => {
        c[String(k)] = v
        return ''
      },
      has: (c, k) => Object.hasOwn(c, String(k)),
      keys: (r) => Object.keys(r[key]),
      get: (r, k) => r[key][k],
      finalize: (c) => ({ [key]: c }),
      identify: () => false,
    }),
  )
}

export const CFN_SCHEMA = CORE_SCHEMA.withTags(...tags)
