import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  decodeText,
  readRegularFile
} from "./chunk-K6O2Q6VT.js";
import {
  DEFAULT_LIMITS
} from "./chunk-IEOEEZND.js";
import {
  CONFIG_FILE,
  READ_CONFIG_FILE,
  TERRAFORM_FILE,
  attr,
  literalString,
  parseHcl,
  parseJsonConfig
} from "./chunk-QOUUAGZK.js";
import {
  appendAll,
  claimFiles
} from "./chunk-Z3EKPFHN.js";

// src/parsers/terraform/plan-units.ts
import path from "node:path";
var LOCAL_SOURCE = /(?:\bsource\s*=\s*|"source"\s*:\s*)"\.{1,2}\//;
var MAX_SNIFF_BYTES = 8 * 1024 * 1024;
var KEEP_PLANNED_CHARS = 16 * 1024 * 1024;
function localModuleSources(text, json = false) {
  const out = [];
  if (!text.includes("source") || !LOCAL_SOURCE.test(text)) return out;
  const options = { maxDepth: DEFAULT_LIMITS.maxDepth };
  const body = json ? parseJsonConfig(text, options).body : parseHcl(text, options).body;
  for (const b of body.blocks) {
    const source = b.type === "module" ? literalString(attr(b.body, "source")) : void 0;
    if (source && /^\.{1,2}\//.test(source)) out.push(source);
  }
  return out;
}
function asListed(c, cwd) {
  if (TERRAFORM_FILE.test(c.abs)) return c;
  if (cwd === void 0 || !TERRAFORM_FILE.test(c.rel)) return void 0;
  return { ...c, abs: path.resolve(cwd, c.rel) };
}
function planTerraformUnits(files, debug, keepChars = KEEP_PLANNED_CHARS, cwd) {
  const byDir = /* @__PURE__ */ new Map();
  const claimed = claimFiles(files, (c) => asListed(c, cwd) !== void 0).map((c) => asListed(c, cwd));
  for (const f of claimed) {
    const dir = path.dirname(f.abs);
    const list = byDir.get(dir);
    if (list) list.push(f);
    else byDir.set(dir, [f]);
  }
  const configDirs = [...byDir.entries()].filter(([, fs_]) => fs_.some((f) => CONFIG_FILE.test(f.abs))).map(([d]) => d);
  const dirSet = new Set(configDirs);
  const calls = /* @__PURE__ */ new Map();
  const called = /* @__PURE__ */ new Set();
  const textsByDir = /* @__PURE__ */ new Map();
  let room = keepChars;
  for (const dir of configDirs) {
    const targets = /* @__PURE__ */ new Set();
    const texts = {};
    textsByDir.set(dir, texts);
    for (const f of byDir.get(dir)) {
      if (!READ_CONFIG_FILE.test(f.abs) || f.size > MAX_SNIFF_BYTES) continue;
      let text;
      try {
        const r = readRegularFile(f.abs);
        if (!("bytes" in r)) continue;
        text = decodeText(r.bytes);
      } catch {
        continue;
      }
      if (text.length <= room && !text.includes("\uFFFD")) {
        texts[f.abs] = text;
        room -= text.length;
      }
      for (const src of localModuleSources(text, /\.json$/i.test(f.abs))) {
        const target = path.resolve(dir, src);
        if (target !== dir && dirSet.has(target)) targets.add(target);
      }
    }
    calls.set(dir, targets);
    for (const t of targets) called.add(t);
  }
  const roots = configDirs.filter((d) => !called.has(d));
  const reached = /* @__PURE__ */ new Set();
  const reach = (d) => {
    if (reached.has(d)) return;
    reached.add(d);
    for (const t of calls.get(d) ?? []) reach(t);
  };
  roots.forEach(reach);
  for (const d of configDirs) {
    if (!reached.has(d)) {
      roots.push(d);
      reach(d);
    }
  }
  roots.sort();
  const varFiles = varFilesBelow(byDir, dirSet, new Set(roots));
  const units = [];
  for (const dir of roots) {
    const below = varFiles.get(dir);
    const dirFiles = below ? [...byDir.get(dir), ...below] : byDir.get(dir);
    const rel = dirFiles[0].rel;
    const id = path.posix.dirname(rel) || ".";
    const data = { dir, texts: textsByDir.get(dir) };
    units.push({ plugin: "terraform", id, files: dirFiles, data });
  }
  const rootSet = new Set(roots);
  for (const dir of configDirs)
    if (called.has(dir) && !rootSet.has(dir)) debug(`${dir}: read as a local module of its callers, not as a root module`);
  return units;
}
function varFilesBelow(byDir, configDirs, roots) {
  const out = /* @__PURE__ */ new Map();
  for (const [dir, files] of byDir) {
    if (configDirs.has(dir)) continue;
    let up = path.dirname(dir);
    while (!configDirs.has(up) && path.dirname(up) !== up) up = path.dirname(up);
    if (!roots.has(up)) continue;
    const list = out.get(up);
    if (list) appendAll(list, files);
    else out.set(up, [...files]);
  }
  return out;
}
var terraformPlanner = {
  name: "terraform",
  format: "terraform",
  plan(files, ctx) {
    return planTerraformUnits(files, ctx.debug, KEEP_PLANNED_CHARS, ctx.cwd);
  }
};

export {
  terraformPlanner
};
