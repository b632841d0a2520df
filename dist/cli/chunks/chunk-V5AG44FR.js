import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  claimFiles
} from "./chunk-CPTL56NJ.js";

// src/parsers/cdk/plan.ts
function dirOf(p) {
  const i = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\"));
  return i < 0 ? "" : p.slice(0, i);
}
function baseOf(p) {
  return p.slice(Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\")) + 1);
}
function isAssemblyManifest(file, siblings) {
  if (baseOf(file.abs) !== "manifest.json") return false;
  if (!/"version"\s*:/.test(file.head)) return false;
  if (/"artifacts"\s*:/.test(file.head)) return true;
  for (const name of siblings) {
    if (name === "cdk.out" || name === "tree.json" || name.endsWith(".template.json") || name.endsWith(".assets.json")) return true;
  }
  return false;
}
function isAssemblyFile(name) {
  return name.startsWith("asset.") || name === "manifest.json" || name === "tree.json" || name === "cdk.out" || name === "validation-report.json" || name.endsWith(".template.json") || name.endsWith(".assets.json") || name.endsWith(".metadata.json");
}
function inAssetFolder(abs, dir) {
  const folders = abs.slice(dir.length + 1).split(/[/\\]/);
  folders.pop();
  return folders.some((f) => f.startsWith("asset."));
}
function isStageFolder(dir, assemblyDirs) {
  return baseOf(dir).startsWith("assembly-") && assemblyDirs.has(dirOf(dir));
}
function planAssemblies(files, debug = () => {
}) {
  const namesByDir = /* @__PURE__ */ new Map();
  for (const f of files) {
    const d = dirOf(f.abs);
    const set = namesByDir.get(d);
    if (set) set.add(baseOf(f.abs));
    else namesByDir.set(d, /* @__PURE__ */ new Set([baseOf(f.abs)]));
  }
  const manifests = files.filter((f) => isAssemblyManifest(f, namesByDir.get(dirOf(f.abs)) ?? /* @__PURE__ */ new Set()));
  const assemblyDirs = new Set(manifests.map((m) => dirOf(m.abs)));
  const roots = manifests.filter((m) => !isStageFolder(dirOf(m.abs), assemblyDirs));
  if (roots.length === 0) return [];
  const claimedBy = new Map(roots.map((r) => [dirOf(r.abs), []]));
  const rootDirOf = (file) => {
    for (let d = dirOf(file); d !== ""; d = dirOf(d)) if (claimedBy.has(d)) return d;
    return void 0;
  };
  const wanted = (c) => {
    const dir = rootDirOf(c.abs);
    return dir !== void 0 && (isAssemblyFile(baseOf(c.abs)) || inAssetFolder(c.abs, dir));
  };
  for (const f of claimFiles(files, wanted)) claimedBy.get(rootDirOf(f.abs)).push(f);
  const isManifest = new Set(manifests);
  const units = [];
  for (const root of roots.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)) {
    const claimed = claimedBy.get(dirOf(root.abs));
    const id = dirOf(root.rel) || ".";
    debug(`cdk: cloud assembly ${id} (${claimed.length} files)`);
    const others = claimed.filter((f) => f !== root && isManifest.has(f) && !inAssetFolder(f.abs, dirOf(root.abs))).map((f) => f.abs);
    const data = { manifest: root.abs, manifests: others.sort((a, b) => a.length - b.length) };
    units.push({ plugin: "cdk", id, files: claimed, data });
  }
  return units;
}
var cdkPlanner = {
  name: "cdk",
  format: "cdk",
  plan(files, ctx) {
    return planAssemblies(files, ctx.debug);
  }
};

// src/parsers/cdk/source-index.ts
import fs from "node:fs";
import path from "node:path";
var SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".py"];
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  ".git",
  ".hg",
  ".svn",
  ".venv",
  "venv",
  ".tox",
  "__pycache__",
  ".mypy_cache",
  ".pytest_cache",
  ".cache",
  "coverage",
  ".next",
  ".turbo",
  ".yarn"
]);
var TS_TWINS = [".ts", ".tsx", ".mts", ".cts"];
var MAX_FILES = 2e4;
var MAX_DEPTH = 40;
function isSourceFile(name) {
  if (name.endsWith(".d.ts") || name.endsWith(".d.mts") || name.endsWith(".d.cts")) return false;
  return SOURCE_EXTENSIONS.some((e) => name.endsWith(e));
}
function indexSources(roots) {
  const files = [];
  let truncated = false;
  const seen = /* @__PURE__ */ new Set();
  const walk = (dir, depth) => {
    if (truncated || depth > MAX_DEPTH || seen.has(dir)) return;
    seen.add(dir);
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && e.name === "manifest.json") && entries.some((e) => e.isFile() && e.name === "cdk.out")) return;
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      if (truncated) return;
      const abs = `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && e.name !== "cdk.out" && !e.name.startsWith("asset.")) walk(abs, depth + 1);
      } else if (e.isFile() && isSourceFile(e.name)) {
        if (files.length >= MAX_FILES) truncated = true;
        else files.push(abs);
      }
    }
  };
  for (const root of roots) {
    const r = toSlash(path.resolve(root));
    let stat;
    try {
      stat = fs.statSync(r);
    } catch {
      continue;
    }
    if (stat.isDirectory()) walk(r, 0);
    else if (stat.isFile() && isSourceFile(r)) files.push(r);
  }
  const all = new Set(files);
  const unique = [...all].filter((f) => !/\.(m|c)?js$/.test(f) || !TS_TWINS.some((ext) => all.has(f.replace(/\.(m|c)?js$/, ext)))).sort();
  const byBase = /* @__PURE__ */ new Map();
  for (const f of unique) {
    const base = f.slice(f.lastIndexOf("/") + 1);
    const list = byBase.get(base);
    if (list) list.push(f);
    else byBase.set(base, [f]);
  }
  return { files: unique, byBase, truncated };
}
function toSlash(p) {
  return p.replace(/\\/g, "/");
}

export {
  cdkPlanner,
  indexSources,
  toSlash
};
