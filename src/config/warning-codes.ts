/**
 * The warnings the configuration adds about itself, at a line of `.s3-gate.yml` (or of the file
 * `--config` names, which may sit outside the repository).
 */
export const CONFIG_WARNING_CODES: ReadonlySet<string> = new Set([
  'UNUSED_EXCEPTION',
  'EXCEPTION_EXPIRED',
  'INCLUDE_UNMATCHED',
  'CONFIG_NOT_READ',
])
