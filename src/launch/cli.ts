/** `dist/cli/index.js`, the `s3-gate` command: launches `dist/cli/main.js` (see relaunch.ts). */
import { launchBeside } from './launch.js'

await launchBeside(import.meta.url, 'main.js')
