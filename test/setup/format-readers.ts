/**
 * Loads every format's reader, for the test files that call `processUnit` or a plugin's `load`
 * directly, without the scan that loads the readers a scan needs (src/parsers/registry.ts).
 * Imported by those files only: loaded before every test file, it cost about 100 s of CPU a run.
 */
import { loadPlugins, pluginNames } from '../../src/parsers/registry.js'

await loadPlugins(pluginNames())
