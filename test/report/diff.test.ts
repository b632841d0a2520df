import { describe, expect, it } from 'vitest'
import { acceptsFileComment, isRangeInOneHunk, parsePatch, toPullRequestDiff } from '../../src/report/github/diff.js'

const PATCH = [
  '@@ -1,4 +1,5 @@ Resources:',
  ' Resources:',
  '-  Old:',
  '+  New:',
  '+    Type: AWS::S3::Bucket',
  '     Properties:',
  '\\ No newline at end of file',
  '@@ -20,3 +21,2 @@',
  ' a',
  '-b',
  ' c',
].join('\n')

describe('parsing a pull request patch', () => {
  it('maps each RIGHT-side line (added or context) to its hunk', () => {
    expect([...parsePatch(PATCH)]).toEqual([
      [1, 0],
      [2, 0],
      [3, 0],
      [4, 0],
      [21, 1],
      [22, 1],
    ])
  })

  it('has no commentable lines when GitHub sent no patch (binary or huge files)', () => {
    const diff = toPullRequestDiff([{ filename: 'logo.png', status: 'modified' }])
    expect(diff.get('logo.png')).toMatchObject({ hasPatch: false })
    expect(diff.get('logo.png')!.right.size).toBe(0)
    expect(acceptsFileComment(diff.get('logo.png'))).toBe(true)
    expect(acceptsFileComment(toPullRequestDiff([{ filename: 'gone.yaml', status: 'removed' }]).get('gone.yaml'))).toBe(false)
  })

  it('accepts a multi-line range only when every line is in the same hunk', () => {
    const file = toPullRequestDiff([{ filename: 't.yaml', status: 'modified', patch: PATCH }]).get('t.yaml')
    expect(isRangeInOneHunk(file, 2, 4)).toBe(true)
    expect(isRangeInOneHunk(file, 4, 21)).toBe(false)
    expect(isRangeInOneHunk(file, 4, 5)).toBe(false)
    expect(isRangeInOneHunk(file, 3, 2)).toBe(false)
  })

  it('reads an empty row as a context line whose space was stripped, but not the trailing newline', () => {
    expect([...parsePatch('@@ -1,2 +1,3 @@\n a\n\n+b\n').keys()]).toEqual([1, 2, 3])
  })
})
