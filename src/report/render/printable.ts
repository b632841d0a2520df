/**
 * Text from the scanned files (logical ids, bucket names, file names) printed to a terminal or a CI
 * log as it is can forge output: a newline followed by `::error::` or `::add-mask::` is a workflow
 * command when the CLI runs on GitHub Actions, an escape sequence rewrites a terminal, and
 * bidirectional overrides and marks (and zero-width characters) reorder or hide what a reviewer
 * reads. Such characters are shown escaped instead.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

const escape = (ch: string) => NAMED[ch] ?? `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape)
}

/** `printable`, keeping the line breaks between lines: for text whose channel escapes them itself. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n')
}
