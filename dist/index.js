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

// src/launch/action.ts
await launchBeside(import.meta.url, "main.js");
