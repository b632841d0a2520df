import { run } from './main.js'
import { isPoolWorker, serveUnits } from './worker-pool.js'

// The bundle's own URL doubles as the worker-thread script for large scans.
if (isPoolWorker()) serveUnits()
else void run(import.meta.url)
