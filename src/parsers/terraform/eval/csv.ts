/**
 * RFC 4180 CSV as Terraform's `csvdecode` reads it: the first row names the columns, every row
 * must have as many fields, quoted fields may hold commas, quotes (doubled) and newlines, and
 * blank lines are skipped (Go's encoding/csv, which Terraform uses, does the same).
 * Returns the rows, or an error message naming the 1-based line.
 */
export function parseCsv(text: string): { header: string[]; rows: string[][] } | string {
  const records: { fields: string[]; line: number }[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let i = 0
  let atFieldStart = true
  let quoted = false
  const endRecord = () => {
    const blank = fields.length === 0 && field === '' && !quoted
    fields.push(field)
    if (!blank) records.push({ fields, line: recordLine })
    fields = []
    field = ''
    quoted = false
  }
  while (i < text.length) {
    const c = text[i]!
    if (atFieldStart && c === '"') {
      quoted = true
      i++
      for (;;) {
        if (i >= text.length) return `unterminated quoted field starting on line ${line}`
        const q = text[i]!
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        if (q === '\n') line++
        field += q
        i++
      }
      const next = text[i]
      if (next !== undefined && next !== ',' && next !== '\n' && !(next === '\r' && text[i + 1] === '\n'))
        return `extraneous text after a quoted field on line ${line}`
      atFieldStart = false
      continue
    }
    if (c === ',') {
      fields.push(field)
      field = ''
      atFieldStart = true
      i++
    } else if (c === '\n' || (c === '\r' && text[i + 1] === '\n')) {
      endRecord()
      i += c === '\r' ? 2 : 1
      line++
      recordLine = line
      atFieldStart = true
    } else {
      if (c === '"') return `a bare quote inside an unquoted field on line ${line}`
      field += c
      atFieldStart = false
      i++
    }
  }
  if (!atFieldStart || field !== '' || fields.length > 0) endRecord()
  if (records.length === 0) return 'the CSV has no header row'
  const [header, ...rest] = records
  for (const r of rest) {
    if (r.fields.length !== header!.fields.length)
      return `line ${r.line} has ${r.fields.length} fields where the header has ${header!.fields.length}`
  }
  return { header: header!.fields, rows: rest.map((r) => r.fields) }
}
