/**
 * A rule's fix text as Markdown: its metadata mixes prose ("Remove the public `acl`...") and
 * snippets, so runs of prose lines become text and runs of code lines code blocks. The rule pages
 * (scripts/rule-docs.ts) and the SARIF rule help use it alike.
 */

/** Prose or code? A line that starts like a sentence ("Remove the ...", "On the trail's bucket, ...") is prose. */
function isProseLine(line: string): boolean {
  return /^[A-Z][A-Za-z'’]*[ ,]\S/.test(line) && line.trim().split(/\s+/).length >= 3
}

export function fence(code: string, lang: string): string {
  const ticks = code.includes('```') ? '````' : '```'
  return `${ticks}${lang}\n${code.replace(/\n+$/, '')}\n${ticks}`
}

/** A fix text as Markdown: runs of prose lines as text, runs of code lines in code blocks. */
export function textBlocks(text: string, lang: string): string {
  const groups: { prose: boolean; lines: string[] }[] = []
  for (const line of text.split('\n')) {
    if (!line.trim()) {
      groups.push({ prose: true, lines: [] })
      continue
    }
    const prose = isProseLine(line)
    const last = groups[groups.length - 1]
    if (last && last.prose === prose && last.lines.length) last.lines.push(line)
    else groups.push({ prose, lines: [line] })
  }
  return groups
    .filter((g) => g.lines.length)
    .map((g) => (g.prose ? g.lines.join(' ') : fence(g.lines.join('\n'), lang)))
    .join('\n\n')
}
