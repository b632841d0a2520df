import type { SourceLocation } from './model/location.js'

/**
 * Core code logs through this, never through `console` or `@actions/core`: the action passes one
 * built on `@actions/core`, the CLI a stderr logger, tests a recording one.
 */
export interface Logger {
  debug(message: string): void
  /** One line per phase, with counts and time. */
  info(message: string): void
  /** Only what a user can act on. */
  warning(message: string, at?: SourceLocation): void
  error(message: string, at?: SourceLocation): void
  group<T>(name: string, fn: () => Promise<T>): Promise<T>
}

export const silentLogger: Logger = {
  debug() {},
  info() {},
  warning() {},
  error() {},
  group: (_name, fn) => fn(),
}

export interface RecordedLog {
  level: 'debug' | 'info' | 'warning' | 'error'
  message: string
}

export function recordingLogger(): Logger & { records: RecordedLog[] } {
  const records: RecordedLog[] = []
  return {
    records,
    debug: (message) => void records.push({ level: 'debug', message }),
    info: (message) => void records.push({ level: 'info', message }),
    warning: (message) => void records.push({ level: 'warning', message }),
    error: (message) => void records.push({ level: 'error', message }),
    group: (_name, fn) => fn(),
  }
}

export function getErrorMessage(e: unknown): string {
  if (e instanceof Error) return e.message
  return typeof e === 'string' ? e : JSON.stringify(e)
}
