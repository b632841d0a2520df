import type { TextEdit } from './engine/finding.js'

/** Edit text every file may carry whatever its size. */
const BASE_CHARS = 64 * 1024
/** And per character of the file. */
const CHARS_PER_FILE_CHAR = 8
/**
 * What an edit may replace without being charged: a block, a statement, a resource with its
 * settings. Only edits longer than that (whole long lines copied over) draw on the budget, so a
 * template of hundreds of bare buckets keeps a suggestion for each of their findings.
 */
export const FREE_EDIT_CHARS = 2_000

/**
 * How much replacement text the edits into one file may carry in all. An edit replaces whole
 * lines, so on a template written as one line of up to `MAX_EDIT_CHARS` every finding's edit
 * repeats the whole file: 300 such templates of 10 KB with 30 buckets each held 600 MB of edits
 * (646 MB peak, a 607 MB JSON output). The budget keeps such copies proportional to the file;
 * the edits of a file with lines of ordinary length are never charged.
 */
export class EditBudget {
  private readonly used = new Map<string, number>()
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** Whether `edit` still fits into its file's budget; if it does, it is charged. */
  take(edit: TextEdit): boolean {
    const charge = edit.replacement.length - FREE_EDIT_CHARS
    if (charge <= 0) return true
    const used = this.used.get(edit.file) ?? 0
    const size = this.texts.get(edit.file)?.length ?? 0
    const next = used + charge
    if (next > BASE_CHARS + CHARS_PER_FILE_CHAR * size) return false
    this.used.set(edit.file, next)
    return true
  }
}
