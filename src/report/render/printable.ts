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
  return withoutWorkflowCommands(text.replace(UNPRINTABLE, escape))
}

/**
 * The runner reads a line of a step's output as a workflow command when it starts with `::`
 * after white space (`::error::`, `::add-mask::`, `::stop-commands::`), and, in the legacy
 * spelling, wherever `##[` stands in it (`##[error]forged`, `##[stop-commands]x` mid-line, which
 * silences every later command of the step). A file or bucket named so forged annotations and
 * stopped the action's own: the `[` of `##[`, and the second `:` of a leading `::`, are shown
 * escaped, as control characters are. The rest of a line starts with a position, a severity or a
 * fixed word, so only the text's own start can begin one.
 */
function withoutWorkflowCommands(text: string): string {
  const lead = LEADING_COMMAND.exec(text)
  const out = lead ? `${lead[1]}:\\u003a${text.slice(lead[0].length)}` : text
  return out.includes('##[') ? out.replaceAll('##[', '##\\u005b') : out
}
const LEADING_COMMAND = /^(\s*)::/

/**
 * JSON text (the CLI's JSON and SARIF outputs, which CI often prints) with its `##[` written
 * `##\u005b`: the same strings once parsed, but no legacy workflow command for the runner, which
 * finds one anywhere in a line. JSON has `#` only inside strings, where `\u005b` is `[`. A line
 * of pretty-printed JSON starts with white space and `"`, `{`, `[` or `]`, never with `::`.
 */
export function jsonWithoutWorkflowCommands(json: string): string {
  return json.includes('##[') ? json.replaceAll('##[', '##\\u005b') : json
}

/** `printable`, keeping the line breaks between lines: for text whose channel escapes them itself. */
export function printableLines(text: string): string {
  return text.split('\n').map(printable).join('\n')
}

const INVISIBLE = new RegExp(`\\s|${UNPRINTABLE.source}`, 'gu')

/**
 * Whether `text` shows nothing: only white space and the characters `printable` escapes (controls,
 * zero-width and other invisible ones, bidirectional marks). A reason of a zero-width space passed
 * for one, and read as empty everywhere it was shown.
 */
export function showsNothing(text: string): boolean {
  return text.replace(INVISIBLE, '') === ''
}
