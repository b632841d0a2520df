/**
 * Serverless Framework variables (`${self:custom.acl}`, `${opt:stage, 'dev'}`, `${file(./s3.yml):acl}`,
 * `${ssm:/app/principal}`) in the `resources` of a `serverless.yml`: the framework replaces them
 * when it packages the service, so the CloudFormation it deploys holds values the file does not.
 * Read as the text they are, `Status: ${self:custom.versioning, 'Enabled'}` was versioning turned
 * off and `Principal: ${self:custom.principal}` someone other than everyone.
 */
import type { Placeholder, StrPart } from '../../model/value.js'

/**
 * Where a variable starts: a source name followed by `:` or `(`. As the framework's own syntax,
 * not `${AWS::Region}` (two colons), `${Bucket.Arn}` or `${!Literal}`, which `Fn::Sub` reads.
 */
const START = /\$\{\s*[A-Za-z][\w-]*(?:\(|:(?!:))/g

/** Whether a `Fn::Sub` variable name (without `${}`) is a framework variable instead. */
export function isFrameworkVariableName(name: string): boolean {
  return /^[A-Za-z][\w-]*(?:\(|:(?!:))/.test(name)
}

/**
 * The text with each framework variable as an unknown placeholder (variables nest:
 * `${self:custom.${opt:stage}}` is one); undefined when it holds none. A variable left open is
 * unknown to the end of the text. The same variable twice is the same value (`key`).
 */
export function frameworkVariableParts(text: string): StrPart[] | undefined {
  if (!text.includes('${')) return undefined
  let parts: StrPart[] | undefined
  let last = 0
  START.lastIndex = 0
  for (let m = START.exec(text); m; m = START.exec(text)) {
    let depth = 0
    let end = text.length
    for (let i = m.index + 1; i < text.length; i++) {
      if (text[i] === '{') depth++
      else if (text[i] === '}' && --depth === 0) {
        end = i + 1
        break
      }
    }
    parts ??= []
    parts.push(text.slice(last, m.index), frameworkPlaceholder(text.slice(m.index, end)))
    last = end
    START.lastIndex = end
  }
  if (!parts) return undefined
  parts.push(text.slice(last))
  return parts
}

export function frameworkPlaceholder(variable: string): Extract<Placeholder, { kind: 'unknown' }> {
  return {
    kind: 'unknown',
    why: `${variable} is a Serverless Framework variable, replaced when the service is deployed`,
    key: `framework:${variable}`,
  }
}
