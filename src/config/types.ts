import type { Severity } from '../engine/severity.js'

/** An exception granted centrally (`.s3-gate.yml`): a reason is required, an expiry is advised. */
export interface ConfigException {
  rule: string
  /** Glob over the finding's resource address. */
  resource?: string
  /** Glob over the finding's file path. */
  path?: string
  reason: string
  expires?: string
}

/** The validated contents of `.s3-gate.yml` (see `src/config/load.ts`). */
export interface GateConfig {
  /** Where the config came from, for messages (`undefined` when none). */
  source?: string
  profile?: 'baseline' | 'strict' | 'default'
  /** Rules switched off (ids). */
  disable: string[]
  /** Only these rules run, when given. */
  enable?: string[]
  severity: Record<string, Severity>
  include: string[]
  exclude: string[]
  exceptions: ConfigException[]
  /** False: inline suppressions in code are ignored (and listed as refused). */
  allowInlineSuppressions: boolean
}

export const EMPTY_CONFIG: GateConfig = {
  disable: [],
  severity: {},
  include: [],
  exclude: [],
  exceptions: [],
  allowInlineSuppressions: true,
}
