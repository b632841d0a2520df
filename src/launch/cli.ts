/** `dist/cli/index.js`, the `s3-gate` command: launches `dist/cli/main.js` (see relaunch.ts), unless the command is small. */
import { launchBeside } from './launch.js'
import { runsInProcess } from './small-scan.js'

await launchBeside(import.meta.url, 'main.js', { inProcess: (argv) => runsInProcess(argv, process.cwd()), onNode20: 'one-arena' })
