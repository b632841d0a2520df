import type { TextEdit } from './engine/finding.js'

/** Edit text every file may carry whatever its size. */
const BASE_CHARS = 64 * 1024
/** And per character of the file. */
const CHARS_PER_FILE_CHAR = 8

/**
 * How much replacement text the edits into one file may carry in all. An edit replaces whole
 * lines, so on a template written as one line of up to `MAX_EDIT_CHARS` every finding's edit
 * repeats the whole file: 300 such templates of 10 KB with 30 buckets each held 600 MB of edits
 * (646 MB peak, a 607 MB JSON output). The budget keeps edits proportional to the code they edit;
 * a pretty-printed file stays far below it (the 5 MB benchmark template's edits take less than
 * its size).
 */
export class EditBudget {
  private readonly used = new Map<string, number>()
  constructor(private readonly texts: ReadonlyMap<string, string>) {}

  /** Whether `edit` still fits into its file's budget; if it does, it is charged. */
  take(edit: TextEdit): boolean {
    const used = this.used.get(edit.file) ?? 0
    const size = this.texts.get(edit.file)?.length ?? 0
    const next = used + edit.replacement.length
    if (next > BASE_CHARS + CHARS_PER_FILE_CHAR * size) return false
    this.used.set(edit.file, next)
    return true
  }
}
