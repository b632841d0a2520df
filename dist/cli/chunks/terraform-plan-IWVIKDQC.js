import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  terraformPlanPlanner
} from "./chunk-4LQUNX3Y.js";
import {
  subjectsOf
} from "./chunk-MTEQFYTE.js";
import {
  ACCOUNT_SETTINGS,
  BUCKET_SETTING_TYPES,
  BUCKET_TYPES,
  INSTANCE_KEY,
  MODULE_PREFIX,
  NAME,
  OTHER_TYPES,
  SourceFiles,
  ValueBodyView,
  blockHeader,
  blockKey,
  bool,
  boundedCallSites,
  forgetFixParses,
  list,
  markSensitive,
  modelFromResources,
  nul,
  num,
  obj,
  renderTerraformFix,
  strFromParts,
  unknown
} from "./chunk-YORJK4PS.js";
import {
  attr,
  buildModuleConfig,
  isOverrideFile,
  moduleConfigFilesInside,
  parseHcl,
  parseJsonConfig
} from "./chunk-QOUUAGZK.js";
import "./chunk-6LT7P3SI.js";
import {
  SensitiveTexts
} from "./chunk-SILUO6X4.js";
import {
  appendAll
} from "./chunk-Z3EKPFHN.js";
import {
  get,
  getEntry,
  parseJson,
  toPlain
} from "./chunk-LIWTLKFB.js";

// src/parsers/terraform-plan/load-plan.ts
import path2 from "node:path";

// src/parsers/terraform-plan/source-map.ts
import path from "node:path";
function findBlock(root, modulePath, mode, type, name) {
  let m = root;
  for (const call of modulePath) m = m?.children.get(call);
  if (!m) return void 0;
  const rc = (mode === "managed" ? m.config.resources : m.config.data).get(`${type}.${name}`);
  return rc ? { f: rc.f, body: rc.block.body, block: rc.block } : void 0;
}
function findAttr(place, name) {
  return place ? attr(place.body, name) : void 0;
}
function findNested(place, type, index) {
  if (!place) return void 0;
  const blocks = place.body.blocks.filter((b2) => b2.type === type);
  const b = blocks[index];
  return b ? { f: place.f, body: b.body, block: b } : void 0;
}
function localSourceDir(parentDir, source) {
  if (typeof source !== "string" || !(source.startsWith("./") || source.startsWith("../"))) return void 0;
  return path.resolve(parentDir, source);
}

// src/parsers/terraform-plan/plan-values.ts
var isMap = (n) => n?.kind === "map";
var isTrue = (n) => n?.kind === "scalar" && n.value === true;
var hiddenHere = (masks) => masks.some(isTrue);
function maskAt(masks, key) {
  const out = [];
  for (const m of masks) {
    const child = typeof key === "number" ? m.kind === "seq" ? m.items[key] : void 0 : isMap(m) ? get(m, key) : void 0;
    if (child) out.push(child);
  }
  return out;
}
function writtenDynamically(ctx, key, value, place, top) {
  if (place) return place.body.blocks.some((b) => b.type === "dynamic" && b.labels[0]?.value === key);
  const blocks = value?.kind === "seq" && value.items.length > 0 && value.items.every((i) => i.kind === "map");
  if (!blocks) return false;
  return ctx.created === true || top && ctx.writtenBlocks?.has(key) === true;
}
function planOrigin(ctx, n) {
  return { f: ctx.planF, s: n.start, e: n.end };
}
function scalarTree(ctx, n, at, masks, path3, unknownMask) {
  if (isTrue(unknownMask)) return unknown("known after apply", at(n));
  if (hiddenHere(masks))
    return ctx.markSensitive(scalarTree(ctx, n, at, [], path3, unknownMask), `${ctx.address}.${path3} in the plan`, at(n));
  switch (n.kind) {
    case "scalar":
      if (n.value === null) return nul(at(n));
      if (typeof n.value === "string") return ctx.text(n.value, at(n));
      return typeof n.value === "number" ? num(n.value, at(n)) : bool(n.value, at(n));
    case "seq": {
      const itemMasks = unknownMask?.kind === "seq" ? unknownMask.items : void 0;
      return list(
        n.items.map((item, i) => scalarTree(ctx, item, at, maskAt(masks, i), `${path3}[${i}]`, itemMasks?.[i])),
        at(n)
      );
    }
    case "map": {
      const entries = new Map(
        n.entries.map((e) => [e.key, scalarTree(ctx, e.value, at, maskAt(masks, e.key), `${path3}.${e.key}`, get(unknownMask, e.key))])
      );
      if (isMap(unknownMask)) {
        for (const e of unknownMask.entries)
          if (!entries.has(e.key) && isTrue(e.value)) entries.set(e.key, unknown("known after apply", at(n)));
      }
      return obj(entries, at(n));
    }
  }
}
var MATCH_BUDGET = 1e5;
function agrees(expr, value, budget, depth = 0) {
  if (--budget.left < 0) return false;
  if (depth > 32 || !isMap(expr) || !isMap(value)) return isMap(expr) === isMap(value);
  for (const e of expr.entries) {
    const planned = get(value, e.key);
    if (e.value.kind === "seq") {
      if (planned === void 0 || planned.kind !== "seq") return false;
      if (!e.value.items.every((x) => planned.items.some((p) => agrees(x, p, budget, depth + 1)))) return false;
      continue;
    }
    const constant = get(e.value, "constant_value");
    if (constant?.kind !== "scalar" || planned?.kind !== "scalar") continue;
    if (String(constant.value) !== String(planned.value)) return false;
  }
  return true;
}
function writtenOrder(exprItems, items, dynamicHere) {
  if (dynamicHere || exprItems.length !== items.length) return void 0;
  const budget = { left: MATCH_BUDGET };
  if (items.every((item, i) => agrees(exprItems[i], item, budget))) return items.map((_, i) => i);
  const out = [];
  const used = /* @__PURE__ */ new Set();
  for (const item of items) {
    const candidates = exprItems.flatMap((x, j) => !used.has(j) && agrees(x, item, budget) ? [j] : []);
    if (candidates.length !== 1) return void 0;
    used.add(candidates[0]);
    out.push(candidates[0]);
  }
  return out;
}
function convertObject(ctx, values, mask, expressions, place, fallback, inTf, sensitive = [], path3 = "") {
  const top = path3 === "";
  const attrs = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Set();
  if (isMap(values)) for (const e of values.entries) keys.add(e.key);
  if (isMap(mask)) for (const e of mask.entries) keys.add(e.key);
  const here = place ? { f: place.f, s: place.block.start, e: place.block.open >= 0 ? place.block.open + 1 : place.block.end } : fallback;
  const tf = inTf || place !== void 0;
  for (const key of keys) {
    const expr = isMap(expressions) ? get(expressions, key) : void 0;
    const value = isMap(values) ? get(values, key) : void 0;
    if (isMap(expressions) && !expr && !writtenDynamically(ctx, key, value, place, top)) continue;
    const m = isMap(mask) ? get(mask, key) : void 0;
    const masks = hiddenHere(sensitive) ? sensitive : maskAt(sensitive, key);
    const keyPath = top ? key : `${path3}.${key}`;
    const tfAttr = findAttr(place, key);
    const at = tfAttr ? { f: place.f, s: tfAttr.start, e: tfAttr.end } : tf || !value ? here : planOrigin(ctx, value);
    const placeholder = ctx.bucketPlaceholder(expr, key, value);
    if (placeholder) {
      attrs.set(key, { ...placeholder, at });
      continue;
    }
    if (m && m.kind === "scalar" && m.value === true) {
      const computed = ctx.computedPlaceholder?.(expr);
      attrs.set(key, computed ? { ...computed, at } : unknown("known after apply", at));
      continue;
    }
    if (!value || value.kind === "scalar" && value.value === null) continue;
    const blockList = value.kind === "seq" && value.items.every((i) => i.kind === "map") && (expr ? expr.kind === "seq" : !tfAttr);
    if (blockList && value.kind === "seq") {
      const exprItems = expr && expr.kind === "seq" ? expr.items : void 0;
      const maskItems = m && m.kind === "seq" ? m.items : void 0;
      const dynamicHere = place?.body.blocks.some((b) => b.type === "dynamic" && b.labels[0]?.value === key) === true;
      const order = exprItems ? writtenOrder(exprItems, value.items, dynamicHere) : dynamicHere ? void 0 : value.items.map((_, i) => i);
      const items = value.items.map((item, i) => {
        const j = order?.[i];
        const nested = j === void 0 ? void 0 : findNested(place, key, j);
        const itemAt = nested ? { f: nested.f, s: nested.block.start, e: nested.block.open + 1 } : tf ? here : planOrigin(ctx, item);
        const itemMasks = hiddenHere(masks) ? masks : maskAt(masks, i);
        const itemExpr = j === void 0 ? void 0 : exprItems?.[j];
        return convertObject(ctx, item, maskItems?.[i], itemExpr, nested, itemAt, tf, itemMasks, `${keyPath}[${i}]`);
      });
      attrs.set(key, list(items, at));
      continue;
    }
    attrs.set(
      key,
      scalarTree(ctx, value, (n) => tf ? at : planOrigin(ctx, n), masks, keyPath, m)
    );
  }
  return obj(attrs, here);
}

// src/parsers/terraform-plan/load-plan.ts
var isMap2 = (n) => n?.kind === "map";
var absent = (n) => n === void 0 || n.kind === "scalar" && n.value === null;
var BUCKET_ATTRIBUTES = /* @__PURE__ */ new Set(["bucket", "target_bucket", "s3_bucket_name"]);
var WRITTEN_BLOCKS = {
  aws_s3_bucket_server_side_encryption_configuration: /* @__PURE__ */ new Set(["rule"]),
  aws_s3_bucket_lifecycle_configuration: /* @__PURE__ */ new Set(["rule"]),
  aws_s3_bucket_versioning: /* @__PURE__ */ new Set(["versioning_configuration"]),
  aws_s3_bucket_ownership_controls: /* @__PURE__ */ new Set(["rule"]),
  aws_s3_bucket_object_lock_configuration: /* @__PURE__ */ new Set(["rule"]),
  aws_s3_bucket_website_configuration: /* @__PURE__ */ new Set(["index_document", "error_document", "redirect_all_requests_to", "routing_rule"]),
  aws_s3_bucket_cors_configuration: /* @__PURE__ */ new Set(["cors_rule"]),
  aws_s3_bucket_replication_configuration: /* @__PURE__ */ new Set(["rule"]),
  aws_s3_bucket_notification: /* @__PURE__ */ new Set(["lambda_function", "queue", "topic"]),
  aws_s3_bucket_logging: /* @__PURE__ */ new Set(["target_grant", "target_object_key_format"])
};
var str = (n) => n && n.kind === "scalar" && typeof n.value === "string" ? n.value : void 0;
var MAX_MODULE_DEPTH = 32;
var isReadType = (type) => BUCKET_TYPES.has(type) || BUCKET_SETTING_TYPES.has(type) || OTHER_TYPES.has(type);
var MODULE_STEP = new RegExp(String.raw`module\.(${NAME})(?:${INSTANCE_KEY})?\.`, "y");
var MODULE_CALL = new RegExp(String.raw`^(module\.${NAME}(?:${INSTANCE_KEY})?)`);
var LAST_MODULE_CALL = new RegExp(String.raw`module\.${NAME}(${INSTANCE_KEY})?\.$`);
var SUBJECT = new RegExp(String.raw`^(?:data\.)?[A-Za-z_][A-Za-z0-9_-]*\.${NAME}(?:${INSTANCE_KEY})?`);
var NAMED_SUBJECT = new RegExp(String.raw`^[a-z]+\.${NAME}`);
var BUCKET_REF = new RegExp(String.raw`^aws_s3_bucket\.(${NAME})(${INSTANCE_KEY})?`);
var MODULE_REF = new RegExp(String.raw`^module\.(${NAME})(${INSTANCE_KEY})?$`);
var VAR_REF = new RegExp(String.raw`^var\.(${NAME})$`);
var OUTPUT_REF = new RegExp(String.raw`^module\.(${NAME})(${INSTANCE_KEY})?\.(${NAME})$`);
var ATTRIBUTE_REF = new RegExp(String.raw`^([a-z][a-z0-9_]*)\.(${NAME})(${INSTANCE_KEY})?\.([A-Za-z0-9_]+)$`);
function modulePathOf(address) {
  const out = [];
  const re = new RegExp(MODULE_STEP);
  let m;
  while (m = re.exec(address)) out.push(m[1]);
  return out;
}
function modulePrefixOf(address) {
  const m = MODULE_PREFIX.exec(address);
  return m ? m[0] : "";
}
function indexSuffix(index) {
  if (!index || index.kind !== "scalar" || index.value === null) return "";
  return typeof index.value === "number" ? `[${index.value}]` : `[${JSON.stringify(index.value)}]`;
}
function refSubject(ref) {
  const m = SUBJECT.exec(ref);
  if (!m) return void 0;
  const root = ref.slice(0, ref.indexOf("."));
  if (/^(each|count|path|terraform|self)$/.test(root)) return void 0;
  if (root === "var" || root === "local" || root === "module") return NAMED_SUBJECT.exec(ref)?.[0];
  return m[0];
}
function namesVersions(root) {
  return get(root, "format_version") !== void 0 && get(root, "terraform_version") !== void 0;
}
function loadPlanUnit(unit, ctx) {
  const problems = [];
  const notes = [];
  const texts = /* @__PURE__ */ new Map();
  const sensitive = new SensitiveTexts();
  const planFile = unit.files[0];
  const text = ctx.readFile(planFile.abs);
  if (text === void 0) return { models: [], problems, notes, texts };
  if (text.includes("\0")) {
    problems.push({
      code: "BINARY_FILE",
      file: planFile.rel,
      line: 1,
      column: 1,
      message: "the plan holds binary data (NUL bytes; UTF-16 or UTF-32 without a byte order mark?); save it as UTF-8",
      level: "error"
    });
    return { models: [], problems, notes, texts };
  }
  const sureFromHead = unit.data?.versionsInHead !== false;
  if (!sureFromHead && !/"(format|terraform)_version"\s*:/.test(text)) {
    ctx.debug(`${planFile.rel}: skipped, not terraform show -json output`);
    return { models: [], problems, notes, texts };
  }
  const files = new SourceFiles();
  const planF = files.add(planFile.abs, planFile.rel, text);
  texts.set(planFile.rel, text);
  const planProblem = (offset, code, message, level = "warning") => {
    const p = files.position(planF, offset);
    problems.push({ code, file: planFile.rel, line: p.line, column: p.column, message, level });
  };
  const parsed = parseJson(text, { maxDepth: ctx.limits.maxDepth, reportDuplicates: true });
  for (const i of parsed.issues)
    planProblem(i.offset, i.code === "DUPLICATE_KEY" ? "DUPLICATE_KEY" : "PLAN_JSON_SYNTAX", i.message, i.level);
  const root = parsed.root ?? void 0;
  if (!isMap2(root)) return { models: [], problems, notes, texts };
  if (!sureFromHead && !namesVersions(root)) {
    ctx.debug(`${planFile.rel}: skipped, not terraform show -json output`);
    return { models: [], problems, notes, texts };
  }
  const errored = getEntry(root, "errored");
  if (errored && !(errored.value.kind === "scalar" && (errored.value.value === false || errored.value.value === null)))
    planProblem(
      errored.keyStart,
      "PLAN_ERRORED",
      'Terraform could not finish this plan ("errored"), so the resources it did not plan were not checked; fix the errors and plan again',
      "error"
    );
  const formatVersion = get(root, "format_version");
  const major = str(formatVersion)?.match(/^(\d+)\.\d+/)?.[1];
  if (formatVersion !== void 0 && (major === void 0 || Number(major) > 1))
    planProblem(
      formatVersion.start,
      "PLAN_FORMAT_VERSION",
      `format_version ${JSON.stringify(toPlain(formatVersion))?.slice(0, 40)} is not one s3-gate knows (0.x or 1.x): it was read as 1.x, and resources written differently may have been missed`
    );
  const values = get(root, "planned_values") ?? get(root, "values");
  const rootValues = get(values, "root_module");
  if (!isMap2(rootValues)) {
    const changes2 = get(root, "resource_changes");
    const mangled = values !== void 0 || changes2?.kind === "seq" && changes2.items.length > 0 || !absent(get(get(root, "prior_state"), "values"));
    problems.push({
      code: "PLAN_JSON_SHAPE",
      file: planFile.rel,
      line: 1,
      column: 1,
      message: `The file looks like \`terraform show -json\` output but has no planned_values.root_module${mangled ? "; its resources were not checked" : ""}`,
      level: mangled ? "error" : "warning"
    });
    return { models: [], problems, notes, texts };
  }
  const configRoot = get(get(root, "configuration"), "root_module");
  const sourceProblem = (f, offset, message) => {
    const p = files.position(f, offset);
    problems.push({ code: "HCL_SYNTAX", file: files.get(f).display, line: p.line, column: p.column, message, level: "error" });
  };
  const configs = /* @__PURE__ */ new Map();
  const configOf = (dir) => {
    if (configs.has(dir)) return configs.get(dir);
    const c = readConfig(dir);
    configs.set(dir, c);
    return c;
  };
  const readConfig = (dir) => {
    const paths = moduleConfigFilesInside(dir, ctx.roots);
    ctx.inputs?.moduleDir(dir, paths);
    if (!paths.length) return void 0;
    const parsedFiles = [];
    for (const abs of paths) {
      const t = ctx.readFile(abs);
      if (t === void 0) continue;
      const f = files.add(abs, ctx.displayPath(abs), t);
      texts.set(ctx.displayPath(abs), t);
      if (abs.endsWith(".json")) {
        const r = parseJsonConfig(t, { maxDepth: ctx.limits.maxDepth });
        parsedFiles.push({ f, body: r.body, comments: [], json: true, override: isOverrideFile(path2.basename(abs)) });
      } else {
        const r = parseHcl(t, { maxDepth: ctx.limits.maxDepth });
        for (const i of r.issues) sourceProblem(f, i.offset, i.message);
        parsedFiles.push({ f, body: r.body, comments: r.comments, json: false, override: isOverrideFile(path2.basename(abs)) });
      }
    }
    return buildModuleConfig(dir, parsedFiles);
  };
  const loadSource = (dir, config, depth, seen) => {
    if (depth > MAX_MODULE_DEPTH || seen.has(dir)) return void 0;
    const moduleConfig = configOf(dir);
    if (!moduleConfig) return void 0;
    const src = { config: moduleConfig, children: /* @__PURE__ */ new Map() };
    const calls = get(config, "module_calls");
    const next = new Set(seen).add(dir);
    if (isMap2(calls)) {
      for (const c of calls.entries) {
        const childDir = localSourceDir(dir, str(get(c.value, "source")));
        src.children.set(c.key, childDir ? loadSource(childDir, get(c.value, "module"), depth + 1, next) : void 0);
      }
    }
    return src;
  };
  const rootSource = loadSource(path2.dirname(planFile.abs), configRoot, 0, /* @__PURE__ */ new Set());
  const deferred = get(root, "deferred_changes");
  if (deferred && deferred.kind === "seq") {
    for (const d of deferred.items) {
      const address = str(get(get(d, "resource_change"), "address")) ?? "a resource";
      const reason = str(get(d, "reason"));
      const why = reason ? ` (${reason})` : "";
      planProblem(
        d.start,
        "PLAN_DEFERRED",
        `${address}: Terraform deferred this change${why}, so the plan holds no values for it and it was not scanned`
      );
    }
  }
  const unknownMasks = /* @__PURE__ */ new Map();
  const sensitiveMasks = /* @__PURE__ */ new Map();
  const created = /* @__PURE__ */ new Set();
  const planned = /* @__PURE__ */ new Map();
  const afters = /* @__PURE__ */ new Map();
  const forgotten = /* @__PURE__ */ new Set();
  let destroys = 0;
  let destroyOnly = true;
  const changes = get(root, "resource_changes");
  if (changes && changes.kind === "seq") {
    for (const c of changes.items) {
      if (!absent(get(c, "deposed"))) continue;
      const address = str(get(c, "address"));
      const actions = get(get(c, "change"), "actions");
      const acts = actions?.kind === "seq" ? actions.items.map(str) : [];
      const only = acts.length === 1 ? acts[0] : void 0;
      if (address && only === "forget") forgotten.add(address);
      if (str(get(c, "mode")) !== "data") {
        if (only === "delete" && absent(get(c, "action_reason"))) destroys++;
        else destroyOnly = false;
      }
      const mask = get(get(c, "change"), "after_unknown");
      if (address && mask) unknownMasks.set(address, mask);
      const sensitive2 = get(get(c, "change"), "after_sensitive");
      if (address && sensitive2) sensitiveMasks.set(address, sensitive2);
      const after = get(get(c, "change"), "after");
      if (address && after) afters.set(address, after);
      if (address && acts.includes("create")) created.add(address);
      if (address && (acts.includes("create") || acts.includes("update")) && str(get(c, "mode")) !== "data") planned.set(address, c);
    }
  }
  const sensitivityOf = (pr) => [sensitiveMasks.get(pr.address), get(pr.node, "sensitive_values")].filter((m) => m !== void 0);
  const configModule = (modulePath) => {
    let m = configRoot;
    for (const call of modulePath) m = get(get(get(m, "module_calls"), call), "module");
    return m;
  };
  const configResource = (modulePath, mode, type, name) => {
    const resources2 = get(configModule(modulePath), "resources");
    if (!resources2 || resources2.kind !== "seq") return void 0;
    const want = `${mode === "data" ? "data." : ""}${type}.${name}`;
    return resources2.items.find((r) => str(get(r, "address")) === want);
  };
  const resources = [];
  const listed = /* @__PURE__ */ new Set();
  const skippedResource = (node, message) => planProblem(node.start, "PLAN_JSON_SHAPE", message);
  const notAList = (n, key) => skippedResource(n, `"${key}" is not a list, so what it holds was not scanned`);
  const walk = (m, depth) => {
    if (m === void 0 || absent(m)) return;
    if (!isMap2(m)) return skippedResource(m, "a module in the plan is not an object, so it was not scanned");
    if (depth > MAX_MODULE_DEPTH) return skippedResource(m, `modules nested deeper than ${MAX_MODULE_DEPTH} levels were not scanned`);
    const list2 = get(m, "resources");
    if (list2 && list2.kind !== "seq" && !absent(list2)) notAList(list2, "resources");
    if (list2 && list2.kind === "seq") {
      for (const r of list2.items) {
        if (!isMap2(r)) {
          skippedResource(r, "a resource that is not an object was skipped");
          continue;
        }
        const address = str(get(r, "address"));
        const type = str(get(r, "type"));
        const values2 = get(r, "values");
        if (!address || !type) {
          skippedResource(r, `a resource without ${!address ? 'a string "address"' : 'a string "type"'} was skipped`);
          continue;
        }
        listed.add(address);
        if (!absent(get(r, "deposed_key")) || forgotten.has(address)) continue;
        if (values2 !== void 0 && !isMap2(values2)) {
          skippedResource(values2, `${address}: "values" is not an object, so the resource was skipped`);
          continue;
        }
        const mode = str(get(r, "mode")) ?? "managed";
        if (mode !== "managed" && mode !== "data") {
          skippedResource(
            r,
            `${address}: "mode" is ${JSON.stringify(mode).slice(0, 80)}, not "managed" or "data", so the resource was skipped`
          );
          continue;
        }
        const after = afters.get(address);
        if (values2 === void 0 && mode === "managed" && isReadType(type) && !(isMap2(after) && after.entries.length === 0)) {
          skippedResource(r, `${address}: the resource has no "values", so it was skipped`);
          continue;
        }
        resources.push({
          address,
          type,
          mode,
          index: indexSuffix(get(r, "index")),
          prefix: modulePrefixOf(address),
          modulePath: modulePathOf(address),
          node: r
        });
      }
    }
    const children = get(m, "child_modules");
    if (children && children.kind === "seq") for (const c of children.items) walk(c, depth + 1);
    else if (children && !absent(children)) notAList(children, "child_modules");
  };
  walk(rootValues, 0);
  for (const [address, c] of planned) {
    const type = str(get(c, "type"));
    if (listed.has(address) || !type || !isReadType(type)) continue;
    planProblem(
      c.start,
      "PLAN_JSON_SHAPE",
      `${address}: resource_changes plans it, but planned_values does not list it, so it was not scanned`
    );
  }
  const priorState = getEntry(root, "prior_state");
  const priorRoot = get(get(priorState?.value, "values"), "root_module");
  const holds = (m, depth = 0) => {
    const list2 = get(m, "resources");
    const children = get(m, "child_modules");
    return list2?.kind === "seq" && list2.items.some((r) => str(get(r, "mode")) !== "data") || depth < MAX_MODULE_DEPTH && children?.kind === "seq" && children.items.some((c) => holds(c, depth + 1));
  };
  if (priorState && !resources.length && !(changes?.kind === "seq" && changes.items.length > 0) && holds(priorRoot))
    planProblem(
      priorState.keyStart,
      "PLAN_REFRESH_ONLY",
      "This plan changes no resource (terraform plan -refresh-only): the resources as they are, in its prior_state, were not checked; scan `terraform show -json` of the state, or of a plan made without -refresh-only"
    );
  const complete = getEntry(root, "complete");
  if (resources.some((r) => r.mode === "managed") && complete?.value.kind === "scalar" && complete.value.value === false && !(errored?.value.kind === "scalar" && errored.value.value === true) && !(deferred?.kind === "seq" && deferred.items.length > 0)) {
    const plannedHere = new Set(
      resources.map((r) => `${r.modulePath.join(".")}|${r.mode === "data" ? "data." : ""}${r.type}.${str(get(r.node, "name"))}`)
    );
    const left = [];
    const visit = (m, modulePath, depth) => {
      if (depth > MAX_MODULE_DEPTH) return;
      const list2 = get(m, "resources");
      if (list2?.kind === "seq")
        for (const c of list2.items) {
          const address = str(get(c, "address"));
          const type = str(get(c, "type"));
          if (!address || !type || str(get(c, "mode")) === "data" || !isReadType(type)) continue;
          if (!plannedHere.has(`${modulePath.join(".")}|${address}`))
            left.push([...modulePath.map((x) => `module.${x}`), address].join("."));
        }
      const calls = get(m, "module_calls");
      if (isMap2(calls)) for (const c of calls.entries) visit(get(c.value, "module"), [...modulePath, c.key], depth + 1);
    };
    visit(configRoot, [], 0);
    if (left.length)
      planProblem(
        complete.keyStart,
        "PLAN_INCOMPLETE",
        `Terraform made this plan with -target ("complete": false), so ${left.length} S3-related resource${left.length === 1 ? "" : "s"} of the configuration (${left.slice(0, 3).join(", ")}${left.length > 3 ? ", ..." : ""}) ${left.length === 1 ? "was" : "were"} not planned nor checked, and findings on the buckets may miss their settings`
      );
  }
  const bucketAddresses = new Set(resources.filter((r) => r.mode === "managed" && r.type === "aws_s3_bucket").map((r) => r.address));
  const managedAddresses = new Set(resources.filter((r) => r.mode === "managed").map((r) => r.address));
  const bucketByName = /* @__PURE__ */ new Map();
  const sharedNames = /* @__PURE__ */ new Set();
  for (const r of resources) {
    if (r.mode !== "managed" || r.type !== "aws_s3_bucket") continue;
    const name = str(get(get(r.node, "values"), "bucket"));
    if (name && bucketByName.has(name)) sharedNames.add(name);
    if (name) bucketByName.set(name, r.address);
  }
  const bucketNamedBy = (planned2) => {
    const s = str(planned2);
    const name = s?.startsWith("arn:") ? /^arn:aws(?:-cn|-us-gov)?:s3:::([^/]+)$/.exec(s)?.[1] : s;
    return name !== void 0 && !sharedNames.has(name) ? bucketByName.get(name) : void 0;
  };
  const referencedBucket = (pr, refs, planned2) => {
    const target = bucketFromRefs(pr.prefix, pr.modulePath, refs, pr.index);
    return target === void 0 ? void 0 : bucketNamedBy(planned2) ?? target;
  };
  const arnRe = /arn:aws(?:-cn|-us-gov)?:s3:::([a-z0-9][a-z0-9.-]*[a-z0-9])(?![a-z0-9.-])/g;
  const arnsToPlaceholders = (s, at) => {
    if (!bucketByName.size || !s.includes(":s3:::")) return { k: "string", v: s, at };
    const parts = [];
    let last = 0;
    arnRe.lastIndex = 0;
    for (let m = arnRe.exec(s); m; m = arnRe.exec(s)) {
      const id = bucketByName.get(m[1]);
      if (!id) continue;
      parts.push(s.slice(last, m.index), { kind: "bucket", id, attr: "arn" });
      last = m.index + m[0].length;
    }
    if (!last) return { k: "string", v: s, at };
    parts.push(s.slice(last));
    return strFromParts(parts, at);
  };
  const bucketFromRefs = (prefix, modulePath, refs, selfIndex, depth = 0) => {
    for (const ref of refs) {
      const b = BUCKET_REF.exec(ref);
      if (b) {
        const base = `${prefix}aws_s3_bucket.${b[1]}`;
        for (const candidate of [b[2] ? `${base}${b[2]}` : void 0, base, `${base}${selfIndex}`])
          if (candidate && bucketAddresses.has(candidate)) return candidate;
        continue;
      }
      const bare = MODULE_REF.exec(ref);
      if (bare && depth < 8) {
        const outputs = get(configModule([...modulePath, bare[1]]), "outputs");
        const found = /* @__PURE__ */ new Set();
        if (isMap2(outputs)) {
          for (const o of outputs.entries) {
            const list2 = refsOf(get(o.value, "expression"));
            for (const key of bare[2] ? [bare[2]] : [selfIndex, ""]) {
              const addr = bucketFromRefs(`${prefix}module.${bare[1]}${key}.`, [...modulePath, bare[1]], list2, "", depth + 1);
              if (addr) {
                found.add(addr);
                break;
              }
            }
          }
        }
        if (found.size === 1) return [...found][0];
        continue;
      }
      const input = VAR_REF.exec(ref);
      if (input && modulePath.length && depth < 8) {
        const call = LAST_MODULE_CALL.exec(prefix);
        const callerPath = modulePath.slice(0, -1);
        const expr = get(
          get(get(get(configModule(callerPath), "module_calls"), modulePath[modulePath.length - 1]), "expressions"),
          input[1]
        );
        const forEach = eachValueRefs(
          get(get(get(configModule(callerPath), "module_calls"), modulePath[modulePath.length - 1]), "for_each_expression")
        );
        const found = /* @__PURE__ */ new Set();
        for (const r of withEachValue(refsOf(expr), forEach)) {
          const addr = bucketFromRefs(prefix.slice(0, call?.index ?? 0), callerPath, [r], call?.[1] ?? "", depth + 1);
          if (addr) found.add(addr);
        }
        if (found.size === 1) return [...found][0];
        continue;
      }
      const out = OUTPUT_REF.exec(ref);
      if (out && depth < 8) {
        const outputRefs = get(get(get(get(configModule([...modulePath, out[1]]), "outputs"), out[3]), "expression"), "references");
        const list2 = outputRefs && outputRefs.kind === "seq" ? outputRefs.items.map(str).filter((x) => !!x) : [];
        const found = bucketFromRefs(`${prefix}module.${out[1]}${out[2] ?? ""}.`, [...modulePath, out[1]], list2, "", depth + 1);
        if (found) return found;
      }
    }
    return void 0;
  };
  const computedPlaceholder = (prefix, refs) => {
    const attrs = refs.filter((x) => x.split(".").length > 2 || /\]\./.test(x));
    if (attrs.length !== 1) return void 0;
    const m = ATTRIBUTE_REF.exec(attrs[0]);
    if (!m || /^(data|var|local|module|each|count|path|terraform|self)$/.test(m[1]) || m[1] === "aws_s3_bucket") return void 0;
    if (!/(^|_)(id|arn|name)$/.test(m[4])) return void 0;
    const base = `${m[1]}.${m[2]}`;
    if (!refs.every((x) => x === attrs[0] || x === base || x === `${base}${m[3] ?? ""}`)) return void 0;
    const id = `${prefix}${base}${m[3] ?? ""}`;
    if (!managedAddresses.has(id)) return void 0;
    return { k: "sym", parts: [{ kind: "resource", id, type: m[1], attr: m[4] }] };
  };
  const refsOf = (expr) => {
    const refs = get(expr, "references");
    return refs && refs.kind === "seq" ? refs.items.map(str).filter((x) => !!x) : [];
  };
  const eachValueRefs = (forEach) => {
    const refs = refsOf(forEach);
    const subjects = new Set(refs.map(refSubject).filter((x) => x !== void 0));
    return subjects.size === 1 ? refs : [];
  };
  const withEachValue = (refs, forEach) => refs.flatMap((x) => x === "each.value" || x.startsWith("each.value.") || x.startsWith("each.value[") ? forEach : [x]);
  const providerConfigs = get(get(root, "configuration"), "provider_config");
  const accounts = /* @__PURE__ */ new Map();
  const accountOf = (key) => {
    if (!key || !isMap2(providerConfigs)) return void 0;
    if (accounts.has(key)) return accounts.get(key);
    const pc = get(providerConfigs, key);
    let out;
    if (!isMap2(pc)) out = key === "aws" ? void 0 : `?${key}`;
    else {
      const expressions = get(pc, "expressions");
      const inModule = !!str(get(pc, "module_address"));
      const parts = [];
      let refers = false;
      if (isMap2(expressions))
        for (const e of expressions.entries) {
          if (!ACCOUNT_SETTINGS.has(e.key)) continue;
          parts.push(`${e.key}:${jsonText(e.value) ?? `?${key}`}`);
          if (hasReferences(e.value)) refers = true;
        }
      const text2 = parts.sort().join("\n");
      if (inModule && (!isMap2(expressions) || expressions.entries.length === 0)) out = `?${key}`;
      else if (inModule && refers) out = `${text2}
@${key}`;
      else out = text2 === "" ? void 0 : text2;
    }
    accounts.set(key, out);
    return out;
  };
  const records = {
    buckets: [],
    settings: [],
    others: []
  };
  for (const pr of resources) {
    const kind = pr.mode !== "managed" ? void 0 : BUCKET_TYPES.has(pr.type) ? "buckets" : BUCKET_SETTING_TYPES.has(pr.type) ? "settings" : OTHER_TYPES.has(pr.type) ? "others" : void 0;
    if (!kind) continue;
    const name = str(get(pr.node, "name")) ?? "";
    const place = findBlock(rootSource, pr.modulePath, "managed", pr.type, name);
    const config = configResource(pr.modulePath, pr.mode, pr.type, name);
    const expressions = get(config, "expressions") ?? (config ? { kind: "map", entries: [], start: config.start, end: config.end } : void 0);
    const forEachRefs = eachValueRefs(get(config, "for_each_expression"));
    const refsIn = (expr) => withEachValue(refsOf(expr), forEachRefs);
    const addrEntry = getEntry(pr.node, "address");
    const planHeader = {
      f: planF,
      s: addrEntry ? addrEntry.keyStart : pr.node.start,
      e: addrEntry ? addrEntry.value.end : pr.node.start + 1
    };
    const header = place ? blockHeader(place.f, place.block) : planHeader;
    const cctx = {
      planF,
      address: pr.address,
      markSensitive: (v, what, at) => markSensitive(sensitive, v, what, at),
      bucketPlaceholder: (expr, attrName, planned2) => {
        if (!BUCKET_ATTRIBUTES.has(attrName)) return void 0;
        const target = referencedBucket(pr, refsIn(expr), planned2);
        if (!target) return void 0;
        const known = str(planned2);
        const arn = known !== void 0 ? known.startsWith("arn:") : refsOf(expr).some((x) => /\.arn$/.test(x));
        return { k: "sym", parts: [{ kind: "bucket", id: target, attr: arn ? "arn" : "name" }] };
      },
      computedPlaceholder: (expr) => computedPlaceholder(pr.prefix, refsIn(expr)),
      text: arnsToPlaceholders,
      writtenBlocks: WRITTEN_BLOCKS[pr.type],
      created: created.has(pr.address)
    };
    let value;
    const body = () => {
      value ??= convertObject(
        cctx,
        get(pr.node, "values"),
        unknownMasks.get(pr.address),
        isMap2(expressions) ? expressions : void 0,
        place,
        header,
        place !== void 0,
        sensitivityOf(pr)
      );
      return new ValueBodyView(value, header, pr.address);
    };
    const related = [];
    const commentBlocks = place ? [blockKey(place.f, place.block.start)] : [];
    let ms = rootSource;
    let prefix = "";
    for (const call of pr.modulePath) {
      const mc = ms?.config.modules.get(call);
      const callAddress = MODULE_CALL.exec(pr.address.slice(prefix.length))?.[1] ?? `module.${call}`;
      prefix += `${callAddress}.`;
      if (mc) {
        related.unshift({ message: `module "${call}" is called here`, at: files.at(blockHeader(mc.f, mc.block), prefix.slice(0, -1)) });
        commentBlocks.push(blockKey(mc.f, mc.block.start));
      }
      ms = ms?.children.get(call);
    }
    const rec = {
      address: pr.address,
      type: pr.type,
      header,
      body,
      related: related.length ? boundedCallSites(related) : void 0,
      commentBlocks,
      mentions: config ? (address) => configNames(config, address) : void 0,
      deployedBy: () => accountOf(str(get(config, "provider_config_key"))),
      bucketRef: () => {
        const target = referencedBucket(pr, refsIn(get(expressions, "bucket")), get(get(pr.node, "values"), "bucket"));
        if (target) return { k: "sym", parts: [{ kind: "bucket", id: target, attr: "name" }] };
        return body().attr("bucket")?.value;
      }
    };
    records[kind].push(rec);
  }
  const commentFiles = [];
  const visitSources = (s) => {
    if (!s) return;
    for (const file of s.config.files)
      if (file.comments.length) commentFiles.push({ f: file.f, blocks: file.body.blocks.map((b) => ({ start: b.start, end: b.end })) });
    for (const c of s.children.values()) visitSources(c);
  };
  visitSources(rootSource);
  const built = modelFromResources({
    unit: unit.id,
    format: "terraform-plan",
    files,
    limits: ctx.limits,
    ...records,
    extraBuckets: [],
    commentFiles,
    note: (m) => notes.push(m)
  });
  appendAll(problems, built.problems);
  const destroyPlan = destroys > 0 && destroyOnly && !resources.some((r) => r.mode === "managed");
  if (destroyPlan) notes.push(`${planFile.rel}: a destroy plan (every change deletes), so no resource of it was checked`);
  else if (rootSource)
    notes.push(`${planFile.rel}: findings are reported at the .tf sources in ${ctx.displayPath(path2.dirname(planFile.abs))}`);
  const load = { models: [built.model], problems, notes: [...notes, ...built.notes], texts, sensitiveTexts: sensitive.texts };
  if (rootSource && !destroyPlan) {
    const addresses = new Set(subjectsOf(built.model).map((s) => s.id));
    for (const r of [...records.buckets, ...records.settings, ...records.others]) addresses.add(r.address);
    load.covers = { unit: path2.posix.dirname(unit.id), resources: [...addresses] };
    const variables = passedVariables(root, configRoot);
    if (variables.length) load.covers.variables = variables;
  }
  return load;
}
function passedVariables(root, configRoot) {
  const out = [];
  const variables = get(root, "variables");
  if (!isMap2(variables)) return out;
  const declared = get(configRoot, "variables");
  for (const e of variables.entries) {
    const value = get(e.value, "value");
    if (value === void 0) continue;
    const text = jsonText(value);
    const def = get(get(declared, e.key), "default");
    if (text === void 0 || def !== void 0 && jsonText(def) === text) continue;
    out.push([e.key, text]);
  }
  return out;
}
function jsonText(node) {
  try {
    return canonicalJson(toPlain(node));
  } catch (e) {
    if (e instanceof RangeError) return void 0;
    throw e;
  }
}
function canonicalJson(v) {
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(",")}]`;
  if (v !== null && typeof v === "object")
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(",")}}`;
  return JSON.stringify(v);
}
function hasReferences(node) {
  if (node.kind === "scalar") return false;
  if (node.kind === "seq") return node.items.some(hasReferences);
  return node.entries.some((e) => e.key === "references" && e.value.kind === "seq" && e.value.items.length > 0 || hasReferences(e.value));
}
function configNames(config, address) {
  const names = (x) => x === address || x.startsWith(`${address}.`) || x.startsWith(`${address}[`);
  const walk = (node, key) => {
    if (node.kind === "scalar") return (key === "depends_on" || key === "references") && typeof node.value === "string" && names(node.value);
    if (node.kind === "seq") return node.items.some((item) => walk(item, key));
    return node.entries.some((e) => walk(e.value, e.key));
  };
  return walk(config);
}

// src/parsers/terraform-plan/index.ts
var terraformPlanPlugin = {
  ...terraformPlanPlanner,
  load: loadPlanUnit,
  // Fixes are edits of the `.tf` sources, which the plan's findings point at when they were found.
  renderFix: renderTerraformFix,
  unitDone: forgetFixParses
};
export {
  terraformPlanPlugin
};
