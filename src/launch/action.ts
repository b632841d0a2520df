/** `dist/index.js`, what action.yml runs: launches the action bundle `dist/main.js` (see relaunch.ts). */
import { launchBeside } from './launch.js'

await launchBeside(import.meta.url, 'main.js')
