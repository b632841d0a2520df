#!/usr/bin/env node
import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);

// src/launch/launch.ts
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// src/launch/relaunch.ts
import { spawn } from "node:child_process";
var LAUNCHED_ENV = "S3_GATE_LAUNCHED";
var NO_RELAUNCH_ENV = "S3_GATE_NO_RELAUNCH";
var SEMI_SPACE_MB = 4;
var FROM_NODE_MAJOR = 22;
var NODE20_TIERING = ["--no-turbo-inlining", "--interrupt-budget=264000"];
var NODE20_TIERING_SET = /^--(no[-_])?(turbo[-_]inlining|interrupt[-_]budget)\b/;
function launchPlan(nodeVersion, execArgv, env, onNode20 = "same-process") {
  if (env[LAUNCHED_ENV] || env[NO_RELAUNCH_ENV] === "1") return void 0;
  const childEnv = { ...env, [LAUNCHED_ENV]: "1", MALLOC_ARENA_MAX: env.MALLOC_ARENA_MAX ?? "1" };
  const major = Number(/^v?(\d+)/.exec(nodeVersion)?.[1] ?? 0);
  const userSets = (flag) => [...execArgv, ...(env.NODE_OPTIONS ?? "").split(/\s+/)].some((a) => flag.test(a));
  if (major < FROM_NODE_MAJOR) {
    if (onNode20 !== "one-arena") return void 0;
    const tiering = major === 20 && !userSets(NODE20_TIERING_SET) ? NODE20_TIERING : [];
    return { execArgv: [...tiering, ...execArgv], env: childEnv };
  }
  const userSetsYoung = userSets(/^--(max-)?semi-space-size/);
  const young = userSetsYoung ? [] : [`--max-semi-space-size=${SEMI_SPACE_MB}`];
  return { execArgv: [...young, ...execArgv], env: childEnv };
}
var FORWARDED_SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
function runLaunched(script, args, plan) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...plan.execArgv, script, ...args], { stdio: "inherit", env: plan.env });
    const handlers = FORWARDED_SIGNALS.map((s) => [s, () => void child.kill(s)]);
    for (const [s, h] of handlers) process.on(s, h);
    const done = (end) => {
      for (const [s, h] of handlers) process.off(s, h);
      resolve(end);
    };
    let started = false;
    child.on("spawn", () => started = true);
    child.on("error", () => {
      if (!started) done(void 0);
    });
    child.on("exit", (code, signal) => done(signal ? { signal } : { code: code ?? 1 }));
  });
}

// src/launch/launch.ts
async function launchBeside(launcherUrl, bundle, options = {}) {
  const script = path.join(path.dirname(fileURLToPath(launcherUrl)), bundle);
  const planned = launchPlan(process.version, process.execArgv, process.env, options.onNode20);
  const plan = planned && !options.inProcess?.(process.argv.slice(2)) ? planned : void 0;
  const end = plan && await runLaunched(script, process.argv.slice(2), plan);
  if (end?.signal) process.kill(process.pid, end.signal);
  else if (end) process.exitCode = end.code;
  if (end) return;
  process.argv[1] = script;
  await import(
    /* webpackIgnore: true */
    pathToFileURL(script).href
  );
}

// src/launch/small-scan.ts
import fs from "node:fs";
import path2 from "node:path";

// src/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
};

// src/limits.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 32 * 1024 * 1024,
  maxDepth: 200,
  maxAliasExpansion: 1e6,
  maxEvalSteps: 5e6,
  maxInstances: 1e3,
  maxCollectionSize: 1e5,
  maxFindings: 1e5,
  maxScanFindings: 5e5
};
var LIMIT_NAMES = {
  "max-file-size": { key: "maxFileBytes", scale: 1024 * 1024, min: 1 / 1024 },
  // The parsers and the evaluator recurse once per level: 2,000 overflowed the stack on Terraform.
  "max-depth": { key: "maxDepth", scale: 1, min: 1, max: 1e3 },
  "max-alias-expansion": { key: "maxAliasExpansion", scale: 1, min: 1 },
  "max-eval-steps": { key: "maxEvalSteps", scale: 1, min: 1 },
  "max-instances": { key: "maxInstances", scale: 1, min: 1 },
  "max-collection-size": { key: "maxCollectionSize", scale: 1, min: 1 },
  "max-findings": { key: "maxFindings", scale: 1, min: 1 },
  "max-scan-findings": { key: "maxScanFindings", scale: 1, min: 1 }
};

// src/cli-args.ts
var VALUE_FLAGS = /* @__PURE__ */ new Set([
  "--format",
  "--output",
  "--fail-on",
  "--config",
  "--shard",
  "--workers",
  ...Object.keys(LIMIT_NAMES).map((n) => `--${n}`)
]);
var BOOL_FLAGS = /* @__PURE__ */ new Set(["--verbose", "--quiet", "--no-color", "--help", "-h", "--version", "-v"]);
function parseArgs(argv) {
  const positional = [];
  const flags = /* @__PURE__ */ new Map();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("-")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (VALUE_FLAGS.has(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (v === void 0 || v.trim() === "") throw new ConfigurationError(`${name} needs a value.`);
        if (eq < 0 && isOption(v)) throw new ConfigurationError(`${name} needs a value; got the option ${v}.`);
        if (flags.has(name)) throw new ConfigurationError(`${name} is given twice; keep one.`);
        flags.set(name, v);
      } else if (BOOL_FLAGS.has(name)) {
        if (eq > 0) throw new ConfigurationError(`${name} takes no value; got "${a}".`);
        flags.set(name, true);
      } else throw new ConfigurationError(`Unknown option ${a}. See s3-gate --help.`);
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, flags };
}
function isOption(arg) {
  const eq = arg.indexOf("=");
  const name = eq > 0 ? arg.slice(0, eq) : arg;
  return VALUE_FLAGS.has(name) || BOOL_FLAGS.has(name);
}

// src/skipped-folders.ts
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([
  "node_modules",
  ".git",
  ".terraform",
  ".terragrunt-cache",
  ".aws-sam",
  ".serverless",
  ".tox",
  ".nox",
  "site-packages",
  "dist-packages",
  "__pypackages__"
]);

// src/launch/small-scan.ts
var MAX_FILES = 64;
var MAX_BYTES = 4 * 1024 * 1024;
var MAX_ENTRIES = 512;
function runsInProcess(argv, cwd) {
  let args;
  try {
    args = parseArgs(argv);
  } catch {
    return true;
  }
  if (args.command === "merge") return false;
  if (args.command !== "scan") return true;
  const pending = (args.positional.length ? args.positional : ["."]).map((p) => path2.resolve(cwd, p));
  let files = 0;
  let bytes = 0;
  let entries = 0;
  try {
    while (pending.length) {
      const p = pending.pop();
      const st = fs.lstatSync(p);
      if (st.isFile()) {
        files++;
        bytes += st.size;
        if (files > MAX_FILES || bytes > MAX_BYTES) return false;
      } else if (st.isDirectory()) {
        for (const e of fs.readdirSync(p, { withFileTypes: true })) {
          if (++entries > MAX_ENTRIES) return false;
          if (e.isDirectory() && SKIPPED_FOLDERS.has(e.name)) continue;
          pending.push(path2.join(p, e.name));
        }
      } else return false;
    }
  } catch {
    return false;
  }
  return true;
}

// src/launch/cli.ts
await launchBeside(import.meta.url, "main.js", { inProcess: (argv) => runsInProcess(argv, process.cwd()), onNode20: "one-arena" });
