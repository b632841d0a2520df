import type { Profile } from '../engine/define-rule.js'
import type { Severity } from '../engine/severity.js'

/** An exception granted centrally (`.s3-gate.yml`): a reason is required, an expiry is advised. */
export interface ConfigException {
  rule: string
  /** Glob over the finding's resource address. */
  resource?: string
  /** Glob over the finding's file path. */
  path?: string
  reason: string
  /** Last day the exception applies (YYYY-MM-DD). */
  expires?: string
  /** Where the exception is written in the config file (1-based), for messages. */
  line?: number
  column?: number
}

/** The validated contents of `.s3-gate.yml` (see `src/config/load.ts` and `schema/s3-gate.schema.json`). */
export interface GateConfig {
  /** Where the config came from, for messages (`undefined` when none). */
  source?: string
  /** Rule set to run; `default` when omitted. */
  profile?: Profile
  /** Rules switched off (ids). */
  disable: string[]
  /** Rules switched on beyond the profile (`rules: { id: on }` or a severity). */
  on: string[]
  /** Only these rules run, when given (overrides the profile). */
  enable?: string[]
  severity: Record<string, Severity>
  include: string[]
  /** Where each `include` glob is written in the config file (1-based), for messages. */
  includeAt?: { line: number; column: number }[]
  exclude: string[]
  exceptions: ConfigException[]
  /** False: inline suppressions in code are ignored (and listed as refused). */
  allowInlineSuppressions: boolean
  /**
   * With no configuration read: a file in the working directory named like one that s3-gate does
   * not read (`s3-gate.yml` without its dot, `.s3-gate.json`), for a warning.
   */
  unread?: string
}

export const EMPTY_CONFIG: GateConfig = {
  disable: [],
  on: [],
  severity: {},
  include: [],
  exclude: [],
  exceptions: [],
  allowInlineSuppressions: true,
}
