/**
 * Text from the scanned files (logical ids, bucket names, file names) printed to a terminal or a CI
 * log as it is can forge output: a newline followed by `::error::` or `::add-mask::` is a workflow
 * command when the CLI runs on GitHub Actions, an escape sequence rewrites a terminal, and
 * bidirectional overrides and marks (and zero-width and other invisible characters: Unicode's
 * default-ignorable ones, which include them) reorder or hide what a reviewer reads. Such
 * characters are shown escaped instead.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufff9-\ufffb\p{Default_Ignorable_Code_Point}]/gu

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' }

/**
 * `\u2060`; `\u{e0041}` above the first plane: the invisible tag characters (U+E0000–E007F) spell
 * out hidden ASCII, and a name `t.yaml` followed by them looked like `t.yaml` alone.
 */
const escape = (ch: string) => {
  const code = ch.codePointAt(0)!
  return NAMED[ch] ?? (code > 0xffff ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, '0')}`)
}

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escape)
}

/** `printable`, keeping the line breaks between lines: for text whose channel escapes them itself. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n')
}
