import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 917:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _launch_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(756);
/** `dist/index.js`, what action.yml runs: launches the action bundle `dist/main.js` (see relaunch.ts). */

await (0,_launch_js__WEBPACK_IMPORTED_MODULE_0__/* .launchBeside */ .Y)(import.meta.url, 'main.js');

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 756:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ launchBeside)
});

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
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
/******/ var __webpack_exports__ = __nccwpck_require__(917);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
