import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { launchPlan, runLaunched } from './relaunch.js'

/**
 * Runs the bundle `bundle` that sits beside this launcher: in a child with the settings of
 * `launchPlan`, or in this process when relaunching is off, the child cannot start, or
 * `inProcess` says the command is too small to need it.
 */
export async function launchBeside(launcherUrl: string, bundle: string, inProcess?: (argv: readonly string[]) => boolean): Promise<void> {
  const script = path.join(path.dirname(fileURLToPath(launcherUrl)), bundle)
  const planned = launchPlan(process.version, process.execArgv, process.env)
  const plan = planned && !inProcess?.(process.argv.slice(2)) ? planned : undefined
  const end = plan && (await runLaunched(script, process.argv.slice(2), plan))
  if (end?.signal) process.kill(process.pid, end.signal)
  else if (end) process.exitCode = end.code
  if (end) return
  // The bundle runs its CLI only when it is the process's entry script.
  process.argv[1] = script
  await import(/* webpackIgnore: true */ pathToFileURL(script).href)
}
