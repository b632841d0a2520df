#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 457:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _launch_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(209);
/* harmony import */ var _small_scan_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(299);
/** `dist/cli/index.js`, the `s3-gate` command: launches `dist/cli/main.js` (see relaunch.ts), unless the command is small. */


await (0,_launch_js__WEBPACK_IMPORTED_MODULE_0__/* .launchBeside */ .Y)(import.meta.url, 'main.js', { inProcess: (argv) => (0,_small_scan_js__WEBPACK_IMPORTED_MODULE_1__/* .runsInProcess */ .D)(argv, process.cwd()), onNode20: 'one-arena' });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 209:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ launchBeside)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./src/launch/relaunch.ts
/**
 * The committed entry points (`dist/index.js`, `dist/cli/index.js`) are small launchers: they run
 * the real bundle in a child `node` with V8 and allocator settings that the scan needs, because
 * an action (or `npx`) cannot pass flags to the `node` that runs it, and V8 reads the young
 * generation's size only when the process starts (`v8.setFlagsFromString` then has no effect).
 *
 * Why these settings (bench/README.md, "A launcher for V8's young generation"):
 * - Node 22+ gives the main thread up to 2 × 64 MB of young generation against Node 20's
 *   2 × 16 MB; on GitHub's `node24` runtime that alone took the 98 MB memory probe to ≈ 410 MB.
 *   Semi-spaces of 8 MB gave 277–304 MB, 6 MB 286–292 MB and 4 MB 259–270 MB, for ≈ 10 % more
 *   CPU in scavenges: 4 MB keeps the target with room for the launcher.
 * - `MALLOC_ARENA_MAX=1`: with worker threads glibc opens an arena per thread and keeps freed
 *   memory in each; one arena saved ≈ 20–40 MB at the same CPU. musl ignores it.
 * On Node 20 the young generation is left alone (an 8 MB cap there cost ≈ 10 % CPU for little
 * memory). The CLI still launches a child there, with one malloc arena only, for what is not small
 * (`small-scan.ts`): the 98 MB memory probe peaked at 286–317 MiB (median 295) in one process and
 * 260–304 MiB (median 270) in the child (2026-11-30), and a small scan never pays the second
 * start-up (≈ 80 ms). The action, which GitHub no longer runs on Node 20, runs in one process there.
 */

/** The child's marker, so that a launched bundle never launches again. */
const LAUNCHED_ENV = 'S3_GATE_LAUNCHED';
/** Set to `1` to run in the launcher's own process (no child, no settings). */
const NO_RELAUNCH_ENV = 'S3_GATE_NO_RELAUNCH';
const SEMI_SPACE_MB = 4;
const FROM_NODE_MAJOR = 22;
/**
 * What the child gets, or `undefined` to run in this process. `onNode20`: whether a child with one
 * malloc arena is worth its start-up before Node 22 (the CLI's large scans), or not at all.
 */
function launchPlan(nodeVersion, execArgv, env, onNode20 = 'same-process') {
    if (env[LAUNCHED_ENV] || env[NO_RELAUNCH_ENV] === '1')
        return undefined;
    const childEnv = { ...env, [LAUNCHED_ENV]: '1', MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? '1' };
    if (Number(/^v?(\d+)/.exec(nodeVersion)?.[1] ?? 0) < FROM_NODE_MAJOR)
        return onNode20 === 'one-arena' ? { execArgv: [...execArgv], env: childEnv } : undefined;
    const userSetsYoung = [...execArgv, ...(env.NODE_OPTIONS ?? '').split(/\s+/)].some((a) => /^--(max-)?semi-space-size/.test(a));
    const young = userSetsYoung ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`];
    return { execArgv: [...young, ...execArgv], env: childEnv };
}
const FORWARDED_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/**
 * Runs `script` with the plan in a child that shares stdin/stdout/stderr, forwarding the signals
 * that end a job while it runs. `undefined` when the child could not be started (nothing ran), so
 * that the caller can run the script in its own process instead.
 */
function runLaunched(script, args, plan) {
    return new Promise((resolve) => {
        const child = (0,external_node_child_process_namespaceObject.spawn)(process.execPath, [...plan.execArgv, script, ...args], { stdio: 'inherit', env: plan.env });
        const handlers = FORWARDED_SIGNALS.map((s) => [s, () => void child.kill(s)]);
        for (const [s, h] of handlers)
            process.on(s, h);
        const done = (end) => {
            for (const [s, h] of handlers)
                process.off(s, h);
            resolve(end);
        };
        let started = false;
        child.on('spawn', () => (started = true));
        child.on('error', () => {
            if (!started)
                done(undefined);
        });
        child.on('exit', (code, signal) => done(signal ? { signal } : { code: code ?? 1 }));
    });
}

;// CONCATENATED MODULE: ./src/launch/launch.ts



/**
 * Runs the bundle `bundle` that sits beside this launcher: in a child with the settings of
 * `launchPlan`, or in this process when relaunching is off, the child cannot start, or the
 * command is too small to need it.
 */
async function launchBeside(launcherUrl, bundle, options = {}) {
    const script = external_node_path_default().join(external_node_path_default().dirname((0,external_node_url_namespaceObject.fileURLToPath)(launcherUrl)), bundle);
    const planned = launchPlan(process.version, process.execArgv, process.env, options.onNode20);
    const plan = planned && !options.inProcess?.(process.argv.slice(2)) ? planned : undefined;
    const end = plan && (await runLaunched(script, process.argv.slice(2), plan));
    if (end?.signal)
        process.kill(process.pid, end.signal);
    else if (end)
        process.exitCode = end.code;
    if (end)
        return;
    // The bundle runs its CLI only when it is the process's entry script.
    process.argv[1] = script;
    await import(/* webpackIgnore: true */ (0,external_node_url_namespaceObject.pathToFileURL)(script).href);
}


/***/ }),

/***/ 299:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  D: () => (/* binding */ runsInProcess)
});

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_namespaceObject);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/errors.ts
/** The user must fix something (a flag, an input, the config file). Exit code 2 in the CLI. */
class errors_ConfigurationError extends Error {
    name = 'ConfigurationError';
}

;// CONCATENATED MODULE: ./src/limits.ts

const DEFAULT_LIMITS = {
    maxFileBytes: 32 * 1024 * 1024,
    maxDepth: 200,
    maxAliasExpansion: 1_000_000,
    maxEvalSteps: 5_000_000,
    maxInstances: 1000,
    maxCollectionSize: 100_000,
    maxFindings: 100_000,
    maxScanFindings: 500_000,
};
/**
 * The user-facing names of the limits (CLI flags without `--`, keys of the action's `limits`
 * input). `max-file-size` is in MiB; the others are counts.
 */
const LIMIT_NAMES = {
    'max-file-size': { key: 'maxFileBytes', scale: 1024 * 1024, min: 1 / 1024 },
    // The parsers and the evaluator recurse once per level: 2,000 overflowed the stack on Terraform.
    'max-depth': { key: 'maxDepth', scale: 1, min: 1, max: 1000 },
    'max-alias-expansion': { key: 'maxAliasExpansion', scale: 1, min: 1 },
    'max-eval-steps': { key: 'maxEvalSteps', scale: 1, min: 1 },
    'max-instances': { key: 'maxInstances', scale: 1, min: 1 },
    'max-collection-size': { key: 'maxCollectionSize', scale: 1, min: 1 },
    'max-findings': { key: 'maxFindings', scale: 1, min: 1 },
    'max-scan-findings': { key: 'maxScanFindings', scale: 1, min: 1 },
};
/** Parses one limit's value (`max-file-size` in MiB, may be fractional; the others whole numbers). */
function parseLimit(name, value) {
    const spec = LIMIT_NAMES[name];
    if (!spec)
        throw new ConfigurationError(`Unknown limit "${name}"; expected one of ${Object.keys(LIMIT_NAMES).join(', ')}.`);
    const n = Number(value.trim());
    const whole = spec.scale === 1;
    if (value.trim() === '' ||
        !Number.isFinite(n) ||
        n < spec.min ||
        (spec.max !== undefined && n > spec.max) ||
        (whole && !Number.isInteger(n)) ||
        n * spec.scale > Number.MAX_SAFE_INTEGER) {
        throw new ConfigurationError(`Expected \`${name}\` to be ${whole ? 'a whole number' : 'a number of MiB'} of at least ${whole ? spec.min : '1/1024'}${spec.max === undefined ? '' : ` and at most ${spec.max}`}; got "${value}".`);
    }
    return { [spec.key]: Math.round(n * spec.scale) };
}
/**
 * Parses the action's `limits` input: `name=value` pairs, one per line or comma-separated
 * (`max-file-size=64, max-eval-steps=10000000`). Empty: no overrides.
 */
function parseLimitList(text) {
    const out = {};
    for (const item of text.split(/[\n,]/)) {
        const t = item.trim();
        if (!t || t.startsWith('#'))
            continue;
        const m = /^([a-z-]+)\s*[=:]\s*(.*)$/.exec(t);
        if (!m)
            throw new ConfigurationError(`Expected \`limits\` entries like "max-file-size=64"; got "${t}".`);
        Object.assign(out, parseLimit(m[1], m[2]));
    }
    return out;
}

;// CONCATENATED MODULE: ./src/cli-args.ts
/**
 * The command line of `s3-gate`, parsed without the rest of the CLI: the launcher
 * (`src/launch/`) reads it too, to tell a small scan from a large one before the bundle loads.
 */


const VALUE_FLAGS = new Set([
    '--format',
    '--output',
    '--fail-on',
    '--config',
    '--shard',
    '--workers',
    ...Object.keys(LIMIT_NAMES).map((n) => `--${n}`),
]);
const BOOL_FLAGS = new Set(['--verbose', '--quiet', '--no-color', '--help', '-h', '--version', '-v']);
function parseArgs(argv) {
    const positional = [];
    const flags = new Map();
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--') {
            positional.push(...argv.slice(i + 1));
            break;
        }
        if (a.startsWith('-')) {
            const eq = a.indexOf('=');
            const name = eq > 0 ? a.slice(0, eq) : a;
            if (VALUE_FLAGS.has(name)) {
                const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
                if (v === undefined)
                    throw new errors_ConfigurationError(`${name} needs a value.`);
                flags.set(name, v);
            }
            else if (BOOL_FLAGS.has(name))
                flags.set(name, true);
            else
                throw new errors_ConfigurationError(`Unknown option ${a}. See s3-gate --help.`);
        }
        else
            positional.push(a);
    }
    return { command: positional.shift(), positional, flags };
}

;// CONCATENATED MODULE: ./src/skipped-folders.ts
/**
 * Folders discovery never enters: dependencies, caches and build copies. `.aws-sam` holds what
 * `sam build` made of the templates beside it: scanned, every finding came twice, once at a file no
 * pull request edits.
 */
const SKIPPED_FOLDERS = new Set([
    'node_modules',
    '.git',
    '.terraform',
    '.terragrunt-cache',
    '.aws-sam',
    '.serverless',
]);

;// CONCATENATED MODULE: ./src/launch/small-scan.ts
/**
 * Whether the CLI's command needs the launched child at all. Its settings (a small young
 * generation, one malloc arena) bound the memory of large scans; a scan of a few files never comes
 * near them, and the child's own `node` start-up doubled the time `s3-gate scan template.yaml`
 * takes on Node 24 (0.30–0.32 s against ≈ 0.2 s in one process, on a slow day of this machine).
 * So the launcher looks at the paths first: at most `MAX_ENTRIES` folder entries, stopping as soon
 * as the files seen pass `MAX_FILES` or `MAX_BYTES`. Anything it cannot tell for sure (a symbolic
 * link, an unreadable folder, a path that is not there) counts as large: the child is the safe side.
 */




const MAX_FILES = 64;
const MAX_BYTES = 4 * 1024 * 1024;
const MAX_ENTRIES = 512;
/**
 * True when the CLI's arguments ask for little enough to run in the launcher's own process: a
 * `scan` of a few small files, or a command that scans nothing (`rules`, `--help`, a mistake the
 * CLI will report). `merge` reads shard results of any size, so it gets the child.
 */
function runsInProcess(argv, cwd) {
    let args;
    try {
        args = parseArgs(argv);
    }
    catch {
        return true;
    }
    if (args.command === 'merge')
        return false;
    if (args.command !== 'scan')
        return true;
    const pending = (args.positional.length ? args.positional : ['.']).map((p) => external_node_path_default().resolve(cwd, p));
    let files = 0;
    let bytes = 0;
    let entries = 0;
    try {
        while (pending.length) {
            const p = pending.pop();
            const st = external_node_fs_default().lstatSync(p);
            if (st.isFile()) {
                files++;
                bytes += st.size;
                if (files > MAX_FILES || bytes > MAX_BYTES)
                    return false;
            }
            else if (st.isDirectory()) {
                for (const e of external_node_fs_default().readdirSync(p, { withFileTypes: true })) {
                    if (++entries > MAX_ENTRIES)
                        return false;
                    if (e.isDirectory() && SKIPPED_FOLDERS.has(e.name))
                        continue;
                    pending.push(external_node_path_default().join(p, e.name));
                }
            }
            else
                return false;
        }
    }
    catch {
        return false;
    }
    return true;
}


/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(457);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
