/**
 * Where a value came from. Lines and columns are 1-based; `path` is the logical path inside the
 * document (e.g. `Resources.Logs.Properties.VersioningConfiguration.Status` or
 * `aws_s3_bucket.logs.versioning[0].enabled`) and is what fingerprints use, never the line.
 */
export interface SourceLocation {
  /** Path relative to the scan's working directory, with `/` separators. */
  file: string
  line: number
  column: number
  endLine: number
  endColumn: number
  path: string
}

export function locationAt(file: string, line: number, column: number, path: string): SourceLocation {
  return { file, line, column, endLine: line, endColumn: column, path }
}

/** Same place, different logical path (a missing child reported on its parent). */
export function withPath(at: SourceLocation, path: string): SourceLocation {
  return { ...at, path }
}

export function formatLocation(at: SourceLocation): string {
  return `${at.file}:${at.line}:${at.column}`
}
