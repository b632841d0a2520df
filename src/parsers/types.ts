import type { CallValue, PassedParameters, PassedValue } from './cloudformation/stack-parameters.js'
import type { Finding, Problem, TextEdit } from '../engine/finding.js'
import type { Format, S3Model } from '../model/s3.js'
import type { Limits } from '../limits.js'
import type { InputLog } from '../unit-inputs.js'

/** A file found by discovery. */
export interface CandidateFile {
  /** Absolute, real path (symlinks resolved, inside a scan root). */
  abs: string
  /** Display path: relative to the scan's cwd, with `/`. */
  rel: string
  size: number
  /** The first bytes of a `.json` file (up to 4 KiB), for content sniffing while planning; '' after. */
  head: string
}

/** A group of files read together: one template, one Terraform root module, one cloud assembly. */
export interface ScanUnit {
  plugin: string
  /** Display path of the unit (file or directory). */
  id: string
  files: CandidateFile[]
  /** What `--shard` hashes instead of `id`: units that must be scanned together share it. */
  shardKey?: string
  /** Extra data the plugin computed while planning (must be structured-cloneable). */
  data?: unknown
}

export interface LoadContext {
  /** Absolute scan roots; nothing outside them may be read. */
  roots: string[]
  cwd: string
  limits: Limits
  debug(message: string): void
  /** Reads a file inside a root (UTF-8); `undefined` when outside the roots, missing or too large. */
  readFile(abs: string): string | undefined
  /** Turns an absolute path into a display path. */
  displayPath(abs: string): string
  /**
   * Whether `text`, as `readFile(abs)` returned it, holds U+FFFD for bytes that were not valid
   * UTF-8 (a valid file may hold the character itself). Hosts without it: whether it holds U+FFFD.
   */
  replacedBytes?(abs: string, text: string): boolean
  /** Absolute paths of files under `dir` (inside the roots) whose display path passes `filter`. */
  listFiles(dir: string, filter: (rel: string) => boolean): string[]
  /**
   * Set when the scan logs what each unit reads (src/unit-inputs.ts): a plugin that learns about
   * the disk other than through `readFile` (a text planning read, a folder listing) tells it here.
   */
  inputs?: InputLog
  /** What parent stacks pass to the parameters of the template at this display path (nested stacks). */
  passedParameters?(file: string): PassedParameters | undefined
  /**
   * Root variables of the Terraform root module `unit` as the plans read beside it were made with
   * them (JSON text; `null` where two plans differ).
   */
  planVariables?(unit: string): ReadonlyMap<string, string | null> | undefined
}

/** A nested stack whose template is a file of the scan: what its parent passes to its parameters. */
export interface NestedStackCall {
  /** Display path of the nested template. */
  child: string
  passed: [string, CallValue][]
  /** Where the parent names it (`TemplateURL`, `Location`). */
  at: { file: string; line: number; column: number }
}

/** What a plan unit read from the `.tf` sources of a root module. */
export interface PlanCover {
  /** Id of the Terraform unit (root module directory) the plan was mapped onto. */
  unit: string
  /** Every resource the plan modelled, by address: the `resource` of its findings. */
  resources: string[]
  /**
   * Root variables the plan was made with other than their defaults in the plan's own copy of the
   * configuration (`-var`, `-var-file`, `TF_VAR_`), as JSON text: the sources are read with them.
   */
  variables?: [string, string][]
}

export interface UnitLoad {
  models: S3Model[]
  problems: Problem[]
  /** Facts a user should know (e.g. a registry module that was not scanned). */
  notes: string[]
  /** Source texts read, by display path, for suppressions and fixes (kept only while the unit is processed). */
  texts: Map<string, string>
  /**
   * Set by a plan read with the `.tf` sources of a root module that is scanned as well: that
   * unit's findings on these resources give way to the plan's (see `plan-supersedes.ts`).
   */
  covers?: PlanCover
  /** Nested stacks the unit's templates create from files of the scan (CloudFormation). */
  nestedStacks?: NestedStackCall[]
  /**
   * Texts of values the input marks sensitive, masked in everything the unit reports once its
   * rules have run (they may read more of them): see src/mask-sensitive.ts.
   */
  sensitiveTexts?: ReadonlySet<string>
}

/**
 * What every scan runs for a format: taking the files it understands and grouping them into units.
 * Kept apart from the reader, which pulls in the format's parsers and is loaded only for a scan
 * that has units of the format (`loadPlugins`).
 */
export interface FormatPlanner {
  name: string
  format: Format
  /**
   * Takes the files this plugin understands out of `files` (removing them, so no other plugin
   * reads them twice) and groups them into units.
   */
  plan(files: CandidateFile[], ctx: { roots: string[]; cwd: string; debug(m: string): void }): ScanUnit[]
}

export interface FormatReader {
  load(unit: ScanUnit, ctx: LoadContext): UnitLoad
  /** Turns a finding's fix intent into a local edit of the file, when that is possible. */
  renderFix?(finding: Finding, texts: Map<string, string>): TextEdit | undefined
  /** Drops what the plugin kept while loading and fixing one unit, once the unit is done. */
  unitDone?(): void
}

export type { PassedValue }
export type FormatPlugin = FormatPlanner & FormatReader
