/**
 * The logging the publishers need. Structurally the same as the core's `Logger`
 * (`src/logger.ts`), so the action passes its `@actions/core` logger straight through.
 */
export interface Logger {
  info(message: string): void
  debug(message: string): void
  warning(message: string): void
  error(message: string): void
}
