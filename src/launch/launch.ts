import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { launchPlan, runLaunched } from './relaunch.js'

export interface LaunchOptions {
  /** The command is too small to need the child (the CLI's `runsInProcess`). */
  inProcess?: (argv: readonly string[]) => boolean
  /** Launch a child with one malloc arena on Node 20 as well (see `launchPlan`). */
  onNode20?: 'one-arena' | 'same-process'
}

/**
 * Runs the bundle `bundle` that sits beside this launcher: in a child with the settings of
 * `launchPlan`, or in this process when relaunching is off, the child cannot start, or the
 * command is too small to need it.
 */
export async function launchBeside(launcherUrl: string, bundle: string, options: LaunchOptions = {}): Promise<void> {
  const script = path.join(path.dirname(fileURLToPath(launcherUrl)), bundle)
  const planned = launchPlan(process.version, process.execArgv, process.env, options.onNode20)
  const plan = planned && !options.inProcess?.(process.argv.slice(2)) ? planned : undefined
  const end = plan && (await runLaunched(script, process.argv.slice(2), plan))
  if (end?.signal) process.kill(process.pid, end.signal)
  else if (end) process.exitCode = end.code
  if (end) return
  // The bundle runs its CLI only when it is the process's entry script.
  process.argv[1] = script
  await import(/* webpackIgnore: true */ pathToFileURL(script).href)
}
