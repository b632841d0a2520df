import { describe, expect, it } from 'vitest'
import { printable, printableLines } from '../../src/report/render/printable.js'

describe('text from the scanned files on a terminal or a CI log', () => {
  it('shows control, bidirectional and zero-width characters escaped', () => {
    expect(printable('a\u001b[2Jb\n::error::x\u202e\u200b')).toBe('a\\u001b[2Jb\\n::error::x\\u202e\\u200b')
  })

  it('keeps the line breaks of a workflow command’s message, which @actions/core escapes itself', () => {
    expect(printableLines('first \u001b[31mred\nsecond\r')).toBe('first \\u001b[31mred\nsecond\\r')
  })
})
