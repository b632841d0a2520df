/**
 * Loads every format's reader before each test file: many tests call `processUnit` or a plugin's
 * `load` directly, without the scan that loads the readers a scan needs (src/parsers/registry.ts).
 */
import { loadPlugins, pluginNames } from '../../src/parsers/registry.js'

await loadPlugins(pluginNames())
