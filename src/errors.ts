/** The user must fix something (a flag, an input, the config file). Exit code 2 in the CLI. */
export class ConfigurationError extends Error {
  override name = 'ConfigurationError'
}
