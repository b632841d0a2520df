import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  CONFIG_FILE,
  KMS_ALGORITHMS,
  attr,
  isSensitiveFlag,
  literalString,
  parseHcl,
  parseJsonConfig,
  parseTemplateText
} from "./chunk-QOUUAGZK.js";
import {
  trimLeading,
  trimTrailing
} from "./chunk-6LT7P3SI.js";
import {
  FIELD_OPERATORS,
  FileEdits,
  RawJson,
  TLS_STATEMENT,
  addMembers,
  advancedSelector,
  appendItem,
  attachedAwsManagedPolicy,
  awsManagedPolicyName,
  boundedBucketName,
  declaredPublicAccessBlock,
  detectStyle,
  entryHolding,
  externalBucket,
  freeSid,
  lifecycleRuleEnabled,
  lifecycleRuleFilter,
  limitsByPrefix,
  limitsBySize,
  newAccessPoint,
  newBucket,
  newTrail,
  nodeAt,
  placeLines,
  readPolicyDocument,
  removeMember,
  replaceValue,
  stackedLines,
  tlsPolicyStatement,
  unknownSelector,
  versioningFromObjectLock
} from "./chunk-SILUO6X4.js";
import {
  MAX_EDIT_CHARS,
  STATE_OUTPUT_OF,
  anyTri,
  appendAll,
  defaultValue,
  deployedWhenever,
  emptyModel,
  findCommentSuppressions,
  lifecycleRuleRefusal,
  mapValue,
  markMaybeDeployed,
  orphanSuppression,
  paramsNotChecked,
  patternOf,
  placeholderDisplay,
  sameValue,
  setValue,
  unknownValue,
  writtenName
} from "./chunk-Z3EKPFHN.js";
import {
  LineIndex,
  get,
  getEntry,
  parseJson,
  parseYaml
} from "./chunk-LIWTLKFB.js";

// src/parsers/terraform/names-address.ts
function namesAddress(text, address) {
  return timesNamed(text, address, 1) > 0;
}
function timesNamed(text, address, most = Infinity) {
  let n = 0;
  for (let i = text.indexOf(address); i !== -1 && n < most; i = text.indexOf(address, i + 1)) {
    const before = charBefore(text, i);
    const after = text.codePointAt(i + address.length);
    if ((before === void 0 || !NAME_OR_DOT.test(before)) && (after === void 0 || !NAME_CHAR.test(String.fromCodePoint(after)))) n++;
  }
  return n;
}
var NAME_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}_-]/u;
var NAME_OR_DOT = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}_.-]/u;
function charBefore(text, i) {
  if (i === 0) return void 0;
  const c = text.charCodeAt(i - 1);
  return c >= 56320 && c <= 57343 && i >= 2 ? String.fromCodePoint(text.codePointAt(i - 2)) : text[i - 1];
}
function bodyReferences(body, address, follow, budget = { left: WALK_BUDGET }) {
  return walkBody(body, { names: address.split("."), follow, seen: /* @__PURE__ */ new Set(), budget }, 0);
}
function exprReferences(expr, address, dependsOn = false) {
  return walkExpr(expr, { names: address.split("."), seen: /* @__PURE__ */ new Set(), budget: { left: WALK_BUDGET } }, dependsOn, 0);
}
var MAX_WALK_DEPTH = 1e3;
var WALK_BUDGET = 2e5;
function walkBody(body, w, depth) {
  if (depth > MAX_WALK_DEPTH || --w.budget.left < 0) return false;
  for (const a of body.attributes) if (walkExpr(a.expr, w, a.name === "depends_on", depth + 1)) return true;
  for (const b of body.blocks) if (walkBody(b.body, w, depth + 1)) return true;
  return false;
}
function leadingNames(e) {
  const names = [];
  let x = e;
  while (x.t === "getattr" || x.t === "index" || x.t === "splat" || x.t === "paren") {
    if (x.t === "paren") return void 0;
    if (x.t === "getattr") names.push(x.name);
    else names.length = 0;
    x = x.obj;
  }
  if (x.t !== "var") return void 0;
  names.push(x.name);
  return names.reverse();
}
function traversalReaches(e, w, depth) {
  const lead = leadingNames(e);
  if (!lead) return false;
  if (lead.length >= w.names.length && w.names.every((n, i) => lead[i] === n)) return true;
  if (!w.follow) return false;
  const key = lead[0] === "local" ? lead.slice(0, 2).join(".") : lead[0] === "data" ? lead.slice(0, 3).join(".") : void 0;
  if (key === void 0 || w.seen.has(key)) return false;
  w.seen.add(key);
  const next = w.follow(lead);
  if (!next) return false;
  return "attributes" in next ? walkBody(next, w, depth + 1) : walkExpr(next, w, false, depth + 1);
}
function walkParts(parts, w, depth) {
  for (const p of parts) {
    if (p.t === "interp" && walkExpr(p.expr, w, false, depth + 1)) return true;
    if (p.t === "if" && (walkExpr(p.cond, w, false, depth + 1) || walkParts(p.then, w, depth + 1) || walkParts(p.else, w, depth + 1)))
      return true;
    if (p.t === "for" && (walkExpr(p.coll, w, false, depth + 1) || walkParts(p.body, w, depth + 1))) return true;
  }
  return false;
}
function walkExpr(e, w, dependsOn, depth) {
  if (depth > MAX_WALK_DEPTH || --w.budget.left < 0) return false;
  switch (e.t) {
    case "var":
    case "getattr":
    case "index":
    case "splat":
      if (traversalReaches(e, w, depth)) return true;
      if (e.t === "getattr") return walkExpr(e.obj, w, false, depth + 1);
      if (e.t === "index") return walkExpr(e.obj, w, false, depth + 1) || walkExpr(e.key, w, false, depth + 1);
      if (e.t === "splat")
        return walkExpr(e.obj, w, false, depth + 1) || e.ops.some((o) => o.t === "index" && walkExpr(o.key, w, false, depth + 1));
      return false;
    case "template":
      if (dependsOn && e.form === "json") {
        const address = w.names.join(".");
        return e.parts.some((p) => {
          const v = p.t === "lit" ? p.value.trim() : "";
          return v === address || v.startsWith(`${address}.`) || v.startsWith(`${address}[`);
        });
      }
      return walkParts(e.parts, w, depth);
    case "call":
      return e.args.some((a) => walkExpr(a, w, false, depth + 1));
    case "tuple":
      return e.items.some((i) => walkExpr(i, w, dependsOn, depth + 1));
    case "object":
      return e.items.some((i) => walkExpr(i.key, w, false, depth + 1) || walkExpr(i.value, w, false, depth + 1));
    case "for":
      return [e.coll, e.keyExpr, e.valueExpr, e.cond].some((x) => x !== void 0 && walkExpr(x, w, false, depth + 1));
    case "unary":
      return walkExpr(e.operand, w, false, depth + 1);
    case "binary":
      return walkExpr(e.left, w, false, depth + 1) || walkExpr(e.right, w, false, depth + 1);
    case "cond":
      return walkExpr(e.cond, w, false, depth + 1) || walkExpr(e.then, w, false, depth + 1) || walkExpr(e.else, w, false, depth + 1);
    case "paren":
      return walkExpr(e.expr, w, dependsOn, depth + 1);
    case "literal":
    case "invalid":
      return false;
  }
}

// src/parsers/terraform/hcl/recent-parses.ts
var recent = /* @__PURE__ */ new Map();
var recentJson = /* @__PURE__ */ new Map();
function rememberParse(text, parsed) {
  recent.set(text, parsed);
}
function recentParse(text) {
  return recent.get(text);
}
function rememberJsonConfig(text, parsed) {
  recentJson.set(text, parsed);
}
function recentJsonConfig(text) {
  return recentJson.get(text);
}
function forgetRecentParses() {
  recent = /* @__PURE__ */ new Map();
  recentJson = /* @__PURE__ */ new Map();
}

// src/parsers/terraform/fix-edits.ts
function isBlock(s) {
  return s.kind === "block";
}
function exprSource(text, e) {
  return text.slice(e.start, e.end);
}
function literalOf(expr) {
  if (expr.t !== "template") return void 0;
  if (expr.parts.length === 0) return "";
  return expr.parts.length === 1 && expr.parts[0].t === "lit" ? expr.parts[0].value : void 0;
}
var REFERENCE = /* @__PURE__ */ new Set(["var", "getattr", "index", "splat"]);
function referenceIn(text, expr, json) {
  const whole = expr.t === "template" && expr.parts.length === 1 && expr.parts[0].t === "interp" ? expr.parts[0] : void 0;
  if (!json) {
    if (whole) return referenceIn(text, whole.expr, false);
    return REFERENCE.has(expr.t) ? exprSource(text, expr) : void 0;
  }
  if (!whole || text[expr.start] !== '"') return void 0;
  const value = JSON.parse(exprSource(text, expr));
  return /^\$\{\s*([^{}"]+?)\s*\}$/.exec(value)?.[1];
}

// src/parsers/terraform/fix-policy-text.ts
var SIMPLE = {
  heredoc: {},
  quoted: { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" },
  json: { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\", "/": "/", b: "\b", f: "\f" }
};
function decode(raw, base, escapes, into) {
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    let out = c;
    let len = 1;
    if (c === "\\" && escapes !== "heredoc") {
      const e = raw[i + 1] ?? "";
      if (SIMPLE[escapes][e] !== void 0) {
        out = SIMPLE[escapes][e];
        len = 2;
      } else if (e === "u" && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 2, i + 6))) {
        out = String.fromCharCode(parseInt(raw.slice(i + 2, i + 6), 16));
        len = 6;
      } else return false;
    } else if (escapes !== "json" && (c === "$" || c === "%") && raw[i + 1] === c && raw[i + 2] === "{") {
      out = `${c}{`;
      len = 3;
    }
    for (let k = 0; k < out.length; k++) {
      into.text += out[k];
      into.from.push(base + i);
      into.to.push(base + i + len);
    }
    i += len - 1;
  }
  return true;
}
function addParts(parts, source, escapes, view, mapBack) {
  for (const p of parts) {
    if (p.t === "if" || p.t === "for") return false;
    const raw = source.slice(p.start, p.end);
    if (p.t === "interp") {
      if (/^\$\{~|~\}$/.test(raw)) return false;
      view.text += "x";
      view.from.push(mapBack ? mapBack.from[p.start] : p.start);
      view.to.push(mapBack ? mapBack.to[p.end - 1] : p.end);
      continue;
    }
    const part = { text: "", from: [], to: [] };
    if (!decode(raw, p.start, escapes, part)) return false;
    view.text += part.text;
    for (let i = 0; i < part.text.length; i++) {
      view.from.push(mapBack ? mapBack.from[part.from[i]] : part.from[i]);
      view.to.push(mapBack ? mapBack.to[part.to[i] - 1] : part.to[i]);
    }
  }
  return true;
}
function viewOfTemplate(source, expr) {
  if (expr.form === "json") return void 0;
  const view = { text: "", from: [], to: [] };
  return addParts(expr.parts, source, expr.form === "heredoc" ? "heredoc" : "quoted", view) ? view : void 0;
}
function viewOfJsonString(source, start, end) {
  const json = { text: "", from: [], to: [] };
  if (!decode(source.slice(start + 1, end - 1), start + 1, "json", json)) return void 0;
  const t = parseTemplateText(json.text, { maxDepth: 200 });
  if (t.issues.length) return void 0;
  const view = { text: "", from: [], to: [] };
  return addParts(t.expr.parts, json.text, "heredoc", view, json) ? view : void 0;
}
var ESCAPED = { "\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "	": "\\t" };
function encoderFor(form) {
  return form === "heredoc" ? (t) => t : (t) => t.replace(/[\\"\n\r\t]/g, (c) => ESCAPED[c]);
}
function sidsOf(statements) {
  const out = /* @__PURE__ */ new Set();
  for (const s of statements.kind === "seq" ? statements.items : [statements]) {
    const sid = get(s, "Sid");
    if (sid?.kind === "scalar" && typeof sid.value === "string") out.add(sid.value);
  }
  return out;
}
function addStatementToView(view, statement, encode) {
  const doc = parseJson(view.text, { maxDepth: 200, reportDuplicates: false });
  const list2 = doc.root?.kind === "map" && !doc.issues.length ? get(doc.root, "Statement") : void 0;
  if (!list2 || list2.kind !== "seq" || list2.items.length === 0) return void 0;
  const added = statement(sidsOf(list2));
  const splice = appendItem(view.text, list2, added, detectStyle(view.text, doc.root));
  if (!splice || splice.start !== splice.end || splice.start === 0) return void 0;
  const edited = view.text.slice(0, splice.start) + splice.text + view.text.slice(splice.end);
  const again = parseJson(edited, { maxDepth: 200, reportDuplicates: false });
  const list22 = again.root && !again.issues.length ? get(again.root, "Statement") : void 0;
  if (!list22 || list22.kind !== "seq" || list22.items.length !== list2.items.length + 1) return void 0;
  const at = view.to[splice.start - 1];
  return { start: at, end: at, text: encode(splice.text) };
}

// src/parsers/terraform/fix-tls-statement.ts
function arnStrings(arn) {
  const bucket = "ref" in arn ? `\${${arn.ref}}` : arn.literal;
  return [bucket, `${bucket}/*`];
}
function tlsPolicyStatement2(kind, arn, taken) {
  return tlsPolicyStatement(kind, arnStrings(arn), taken);
}
function tlsDocumentStatement(kind, arn, taken) {
  const s = TLS_STATEMENT[kind];
  return {
    sid: freeSid(s.sid, taken),
    effect: "Deny",
    actions: ["s3:*"],
    resources: arnStrings(arn),
    principals: [{ type: "*", identifiers: ["*"] }],
    condition: [{ test: s.test, variable: s.variable, values: [s.value] }]
  };
}
function tlsDescription(kind) {
  return kind === "deny-insecure-transport" ? "Deny requests that do not use TLS" : "Deny requests that use TLS older than 1.2";
}

// src/parsers/terraform/fix-hcl.ts
function objectItem(obj2, name) {
  return obj2.items.find(
    (i) => i.keyIsIdent && i.key.t === "var" && i.key.name === name || i.key.t === "template" && i.key.parts.length === 1 && i.key.parts[0].t === "lit" && i.key.parts[0].value === name
  );
}
function itemAttribute(item, name) {
  return {
    kind: "attribute",
    name,
    nameEnd: item.key.end,
    expr: item.value,
    start: item.start,
    end: item.end
  };
}
function alignAssignments(lines) {
  const width = Math.max(...lines.map((l) => l.includes(" = ") ? l.indexOf(" = ") : 0));
  return lines.map((l) => {
    const i = l.indexOf(" = ");
    return i > 0 && !l.includes("{") ? `${l.slice(0, i).padEnd(width)}${l.slice(i)}` : l;
  });
}
function settingLines(settings, step) {
  const out = [];
  let run = [];
  const flush = () => {
    out.push(...run.length > 1 ? alignAssignments(run) : run);
    run = [];
  };
  for (const [name, value] of settings) {
    if (typeof value === "object" && "block" in value) {
      flush();
      out.push(`${name} {`, ...settingLines(value.block, step).map((l) => step + l), "}");
    } else {
      const [first, ...rest] = valueText(value, step).split("\n");
      run.push(`${name} = ${first}`);
      if (rest.length) {
        flush();
        out.push(...rest);
      }
    }
  }
  flush();
  return out;
}
function valueText(v, step) {
  if (typeof v === "boolean") return String(v);
  if (typeof v === "string") return JSON.stringify(v);
  if ("list" in v) return `[${v.list.map((s) => JSON.stringify(s)).join(", ")}]`;
  if ("ref" in v) return v.ref;
  if ("raw" in v) return v.raw;
  if ("object" in v) return ["{", ...settingLines(v.object, step).map((l) => step + l), "}"].join("\n");
  if ("block" in v) throw new Error("a nested block is not a value");
  const indent = `${step}${step}`;
  return [
    "jsonencode({",
    `${step}Version = "2012-10-17"`,
    `${step}Statement = [`,
    `${indent}${hclStatement(v.policy.kind, v.policy.arn, indent, /* @__PURE__ */ new Set(), step)}`,
    `${step}]`,
    "})"
  ].join("\n");
}
function indented(text, indent) {
  return text.split("\n").map((l, i) => i === 0 || l === "" ? l : indent + l).join("\n");
}
function stepAfter(indent) {
  return indent.endsWith("	") ? "	" : "  ";
}
function hclArn(arn) {
  if ("ref" in arn) return [arn.ref, `"\${${arn.ref}}/*"`];
  return [JSON.stringify(arn.literal), JSON.stringify(`${arn.literal}/*`)];
}
function hclStatement(kind, arn, indent, taken, step = stepAfter(indent)) {
  const s = TLS_STATEMENT[kind];
  const [bucket, objects] = hclArn(arn);
  const lines = [
    "{",
    `${step}Sid       = "${freeSid(s.sid, taken)}"`,
    `${step}Effect    = "Deny"`,
    `${step}Principal = "*"`,
    `${step}Action    = "s3:*"`,
    `${step}Resource  = [${bucket}, ${objects}]`,
    `${step}Condition = { ${s.test} = { "${s.variable}" = "${s.value}" } }`,
    "}"
  ];
  return lines.map((l, i) => i === 0 ? l : `${indent}${l}`).join("\n");
}
function policyDocumentStatement(kind, arn, indent, taken) {
  const s = TLS_STATEMENT[kind];
  const [bucket, objects] = hclArn(arn);
  const t = stepAfter(indent);
  return [
    "statement {",
    `${t}sid       = "${freeSid(s.sid, taken)}"`,
    `${t}effect    = "Deny"`,
    `${t}actions   = ["s3:*"]`,
    `${t}resources = [${bucket}, ${objects}]`,
    `${t}principals {`,
    `${t}${t}type        = "*"`,
    `${t}${t}identifiers = ["*"]`,
    `${t}}`,
    `${t}condition {`,
    `${t}${t}test     = "${s.test}"`,
    `${t}${t}variable = "${s.variable}"`,
    `${t}${t}values   = ["${s.value}"]`,
    `${t}}`,
    "}"
  ].map((l) => `${indent}${l}`).join("\n");
}
function statementTuple(e) {
  if (e.t !== "call" || e.name !== "jsonencode" || e.args.length !== 1) return void 0;
  const doc = e.args[0];
  if (doc.t !== "object") return void 0;
  const st = objectItem(doc, "Statement");
  return st && st.value.t === "tuple" ? st.value : void 0;
}
var isHeredoc = (e) => e.t === "template" && e.form === "heredoc";
var attributeLine = (item) => item.kind === "attribute" ? { start: item.start, nameEnd: item.nameEnd, valueStart: item.expr.start, end: item.end, heredoc: isHeredoc(item.expr) } : void 0;
var itemLine = (item) => ({
  start: item.start,
  nameEnd: item.key.end,
  valueStart: item.value.start,
  end: item.end,
  heredoc: isHeredoc(item.value)
});
var HclEditor = class {
  constructor(edits, blocks, declared, calledModule = false) {
    this.edits = edits;
    this.blocks = blocks;
    this.declared = declared;
    this.calledModule = calledModule;
  }
  edits;
  blocks;
  declared;
  calledModule;
  /** Alignment groups this fix added settings to, by where the group starts. */
  groups = /* @__PURE__ */ new Map();
  /**
   * Whether the value written at `expr` may be replaced here (see `calledModule`). A local or an
   * `each` value may be an input under another name (`locals { acl = var.acl }`, `for_each = var.buckets`).
   */
  ownValue(expr) {
    return !this.calledModule || !/\b(var|local|each)\./.test(exprSource(this.edits.text, expr));
  }
  child(scope, name) {
    if (isBlock(scope)) {
      const nested = scope.body.blocks.find((b) => b.type === name);
      if (nested) return nested;
      const a = attr(scope.body, name);
      return a?.expr.t === "object" ? a.expr : void 0;
    }
    const item = objectItem(scope, name);
    return item?.value.t === "object" ? item.value : void 0;
  }
  attribute(scope, name) {
    if (isBlock(scope)) return attr(scope.body, name);
    const item = objectItem(scope, name);
    return item && itemAttribute(item, name);
  }
  set(scope, name, value) {
    const ed = this.edits;
    if (!isBlock(scope)) {
      const text2 = valueText(value, "  ");
      const item = objectItem(scope, name);
      if (item) ed.replace(item.value.start, item.value.end, indented(text2, ed.indentAt(item.start)));
      else if (scope.items.length === 0) ed.replace(scope.start, scope.end, `{ ${name} = ${text2} }`);
      else {
        const last = scope.items[scope.items.length - 1];
        if (ed.lineOf(scope.start) === ed.lineOf(last.start)) ed.replace(last.end, last.end, `, ${name} = ${text2}`);
        else {
          const indent2 = ed.indentAt(last.start);
          const value2 = indented(text2, indent2);
          const run2 = value2.includes("\n") ? [] : this.oneLineRun(scope.items.map(itemLine), scope.items.length - 1);
          this.insertAligned(run2, last.end, `
${indent2}`, name, value2);
        }
      }
      return;
    }
    const a = attr(scope.body, name);
    const indent = this.innerIndent(scope);
    const text = indented(valueText(value, indent.slice(ed.indentAt(scope.start).length) || "  "), indent);
    if (a) {
      if (!this.ownValue(a.expr)) return ed.refuse();
      ed.replace(a.expr.start, a.expr.end, text);
      return;
    }
    const attrs = scope.body.attributes.filter((x) => x.name !== "count" && x.name !== "for_each");
    const anchor = attrs[attrs.length - 1];
    const at = ed.lineEndOf(anchor ? anchor.end : scope.open);
    if (scope.close >= 0 && scope.close < at) return ed.refuse();
    const items = scope.body.items;
    const run = anchor && !text.includes("\n") ? this.oneLineRun(items.map(attributeLine), items.indexOf(anchor)) : [];
    this.insertAligned(run, at, `
${indent}`, name, text);
  }
  /**
   * The lines just above `items[last]` and that line itself, each one `name = value` on a line of its
   * own (a heredoc's lines count as one): one alignment group. Empty when `items[last]` is not such a line.
   */
  oneLineRun(items, last) {
    const ed = this.edits;
    const oneLine = (a) => a !== void 0 && (a.heredoc || ed.lineOf(a.start) === ed.lineOf(a.end)) && /^\s*$/.test(ed.text.slice(ed.lineStartOf(a.start), a.start)) && /^\s*=\s*$/.test(ed.text.slice(a.nameEnd, a.valueStart));
    const end = items[last];
    if (!oneLine(end) || !/^\s*$/.test(ed.text.slice(end.end, ed.lineEndOf(end.end)))) return [];
    const run = [end];
    for (let i = last - 1; i >= 0; i--) {
      const a = items[i];
      if (!oneLine(a) || ed.lineOf(a.end) !== ed.lineOf(run[0].start) - 1) break;
      run.unshift(a);
    }
    return run;
  }
  /**
   * Inserts `prefix name = value` at `at`, its `=` in the column of `run` (the group it joins),
   * widened for the longest name. Never narrower than it is: a block aligned for a longer name still
   * to come keeps its column. Settings added to one group by one fix share the column, so a later,
   * longer name moves the earlier ones' `=` as well.
   */
  insertAligned(run, at, prefix, name, value) {
    const ed = this.edits;
    if (!run.length) {
      ed.replace(at, at, `${prefix}${name} = ${value}`);
      return;
    }
    let group = this.groups.get(run[0].start);
    if (!group) this.groups.set(run[0].start, group = { column: 0, padding: /* @__PURE__ */ new Map(), added: [] });
    const eqOf = (a) => ed.text.indexOf("=", a.nameEnd) - a.start;
    group.column = Math.max(group.column, name.length + 1, ...run.map((a) => Math.max(eqOf(a), a.nameEnd - a.start + 1)));
    const column = group.column;
    for (const a of run) {
      const spaces = " ".repeat(column - (a.nameEnd - a.start));
      const edit = group.padding.get(a.start);
      if (edit) edit.text = spaces;
      else if (eqOf(a) < column) group.padding.set(a.start, ed.replace(a.nameEnd, a.start + eqOf(a), spaces));
    }
    group.added.push({ edit: ed.replace(at, at, ""), prefix, name, value });
    for (const a of group.added) a.edit.text = `${a.prefix}${a.name}${" ".repeat(column - a.name.length)}= ${a.value}`;
  }
  addChild(scope, name, settings) {
    if (!isBlock(scope)) return this.edits.refuse();
    const ed = this.edits;
    const indent = this.innerIndent(scope);
    const step = indent.slice(ed.indentAt(scope.start).length) || "  ";
    const body = settingLines(settings, step).map((l) => `${indent}${step}${l}`);
    const last = scope.body.items[scope.body.items.length - 1];
    const at = last ? ed.lineEndOf(last.end) : ed.lineEndOf(scope.open);
    this.insertLineIn(scope, at, [`${indent}${name} {`, ...body, `${indent}}`].join("\n"));
  }
  addResource(bucket, type, settings) {
    const ref = bucketReference(bucket, (e) => exprSource(this.edits.text, e));
    if (!ref || bucket.close < 0) return false;
    let free = ref.name;
    for (let i = 2; this.declared(type, free); i++) free = `${ref.name}_${i}`;
    const meta = ref.count ? [["count", { raw: ref.count }]] : ref.forEach ? [["for_each", { ref: ref.forEach }]] : [];
    const step = this.innerIndent(bucket).slice(this.edits.indentAt(bucket.start).length) || "  ";
    const lines = settingLines([...meta, ...settings(ref.ref)], step).map((l) => `${step}${l}`);
    const end = this.edits.lineEndOf(bucket.close);
    this.edits.replace(end, end, `

resource "${type}" "${free}" {
${lines.join("\n")}
}`);
    return true;
  }
  removeBlock(block) {
    this.removeLines(block.start, block.end);
  }
  removeSetting(scope, name) {
    if (!isBlock(scope)) return this.edits.refuse();
    const target = attr(scope.body, name) ?? scope.body.blocks.find((b) => b.type === name);
    if (target && (target.kind !== "attribute" || this.ownValue(target.expr))) this.removeLines(target.start, target.end);
    else this.edits.refuse();
  }
  referenceIn(expr) {
    return referenceIn(this.edits.text, expr, false);
  }
  addPolicyStatement(policy, kind, arn) {
    const ed = this.edits;
    const tuple = statementTuple(policy.expr);
    if (tuple) {
      const last = tuple.items[tuple.items.length - 1];
      if (!last || ed.lineOf(last.start) === ed.lineOf(tuple.start)) return false;
      const indent = ed.indentAt(last.start);
      const taken = /* @__PURE__ */ new Set();
      for (const item of tuple.items) {
        const sid = item.t === "object" ? objectItem(item, "Sid") : void 0;
        const value = sid && literalOf(sid.value);
        if (value) taken.add(value);
      }
      const after = ed.text.slice(last.end, tuple.end);
      const comma = /^\s*,/.test(after) ? "" : ",";
      const end = last.end + (comma ? 0 : after.indexOf(",") + 1);
      ed.replace(end, end, `${comma}
${indent}${hclStatement(kind, arn, indent, taken)}`);
      return true;
    }
    const data = policyDocumentData(this.blocks, this.referenceIn(policy.expr));
    if (data) return this.addDocumentStatement(data, kind, arn);
    if (policy.expr.t === "template") {
      const view = viewOfTemplate(ed.text, policy.expr);
      const splice = view && addStatementToView(
        view,
        (taken) => tlsPolicyStatement2(kind, arn, taken),
        encoderFor(policy.expr.form === "heredoc" ? "heredoc" : "quoted")
      );
      if (!splice) return false;
      ed.replace(splice.start, splice.end, splice.text);
      return true;
    }
    return false;
  }
  addDocumentStatement(data, kind, arn) {
    const ed = this.edits;
    if (data.close < 0) return false;
    const taken = /* @__PURE__ */ new Set();
    for (const s of data.body.blocks) {
      const sid = s.type === "statement" ? attr(s.body, "sid") : void 0;
      const value = sid && literalOf(sid.expr);
      if (value) taken.add(value);
    }
    const last = data.body.items[data.body.items.length - 1];
    const indent = last ? ed.indentAt(last.start) : `${ed.indentAt(data.start)}  `;
    const at = last ? ed.lineEndOf(last.end) : ed.lineEndOf(data.open);
    this.insertLineIn(data, at, policyDocumentStatement(kind, arn, indent, taken));
    return true;
  }
  finish() {
  }
  /** The indentation step of a body: from its first item, else two spaces more than the block. */
  innerIndent(block) {
    const first = block.body.items[0];
    if (first) return this.edits.indentAt(first.start);
    return `${this.edits.indentAt(block.start)}  `;
  }
  /**
   * Adds lines at `at` (the end of a line in `block`'s body). When that line also closes the
   * block (`resource "x" "y" { a = 1 }`, or `b = 2 }`), they would land outside it: no edit then.
   */
  insertLineIn(block, at, text) {
    if (block.close >= 0 && block.close < at) this.edits.refuse();
    else this.edits.replace(at, at, `
${text}`);
  }
  /** Deletes whole lines; only lines of its own: in `resource "x" "y" { acl = "public-read" }` they hold the whole block. */
  removeLines(start, end) {
    const ed = this.edits;
    const s = ed.lineStartOf(start);
    let e = ed.lineEndOf(end);
    if (!/^\s*$/.test(ed.text.slice(s, start)) || !/^\s*(#.*|\/\/.*)?$/.test(ed.text.slice(end, e))) return ed.refuse();
    if (e < ed.text.length) e++;
    ed.replace(s, e, "");
  }
};
function bucketReference(block, source) {
  if (block.type !== "resource" || block.labels[0]?.value !== "aws_s3_bucket") return void 0;
  const name = block.labels[1].value;
  const count = attr(block.body, "count");
  const forEach = attr(block.body, "for_each");
  if (count) return { ref: `aws_s3_bucket.${name}[count.index]`, name, count: source(count.expr) };
  if (forEach) return { ref: "each.value", name, forEach: `aws_s3_bucket.${name}` };
  return { ref: `aws_s3_bucket.${name}`, name };
}
function policyDocumentData(blocks, reference) {
  const m = reference && /^data\.aws_iam_policy_document\.([A-Za-z0-9_-]+)\.json$/.exec(reference);
  if (!m) return void 0;
  return blocks.find((b) => b.type === "data" && b.labels[0]?.value === "aws_iam_policy_document" && b.labels[1]?.value === m[1]);
}

// src/parsers/terraform/fix-json.ts
function jsonOf(v) {
  if (typeof v !== "object") return v;
  if ("list" in v) return v.list;
  if ("ref" in v) return `\${${v.ref}}`;
  if ("raw" in v) return new RawJson(v.raw);
  if ("object" in v) return settingsJson(v.object);
  if ("block" in v) return settingsJson(v.block);
  const doc = { Version: "2012-10-17", Statement: [tlsPolicyStatement2(v.policy.kind, v.policy.arn, /* @__PURE__ */ new Set())] };
  return JSON.stringify(doc);
}
function settingsJson(settings) {
  return Object.fromEntries(settings.map(([k, v]) => [k, jsonOf(v)]));
}
function sids(list2, key) {
  const out = /* @__PURE__ */ new Set();
  if (list2.kind !== "seq") return out;
  for (const s of list2.items) {
    const sid = get(s, key);
    if (sid?.kind === "scalar" && typeof sid.value === "string") out.add(sid.value);
  }
  return out;
}
var JsonEditor = class {
  constructor(edits, root, blocks, declared, style, calledModule = false) {
    this.edits = edits;
    this.root = root;
    this.blocks = blocks;
    this.declared = declared;
    this.style = style;
    this.calledModule = calledModule;
  }
  edits;
  root;
  blocks;
  declared;
  style;
  calledModule;
  /** Members to add, per object: added together, so that each gets its comma. */
  pending = /* @__PURE__ */ new Map();
  /** Whether the value of `entry` may be replaced or removed here: in a called module, not one that interpolates an input, a local or an `each` value. */
  ownValue(entry) {
    return !this.calledModule || !/\$\{[^}]*\b(var|local|each)\./.test(this.edits.text.slice(entry.value.start, entry.value.end));
  }
  child(scope, name) {
    const a = this.attribute(scope, name);
    if (!a) return void 0;
    if (a.expr.t === "object") return a.expr;
    if (a.expr.t === "tuple" && a.expr.items[0]?.t === "object") return a.expr.items[0];
    return void 0;
  }
  attribute(scope, name) {
    if (isBlock(scope)) return attr(scope.body, name);
    const item = objectItem(scope, name);
    return item && itemAttribute(item, name);
  }
  set(scope, name, value) {
    const map = this.mapOf(scope);
    if (!map) return this.edits.refuse();
    const entry = getEntry(map, name);
    if (entry && !this.ownValue(entry)) return this.edits.refuse();
    if (entry) this.splice(replaceValue(this.edits.text, entry, jsonOf(value), this.style));
    else this.add(map, name, jsonOf(value));
  }
  addChild(scope, name, settings) {
    this.set(scope, name, { block: settings });
  }
  addResource(bucket, type, settings) {
    const source = (e) => this.edits.text.slice(e.start, e.end);
    const ref = bucketReference(bucket, source);
    const resources = this.resourcesHolding(bucket);
    if (!ref || !resources) return false;
    let free = ref.name;
    for (let i = 2; this.declared(type, free); i++) free = `${ref.name}_${i}`;
    const meta = ref.count ? [["count", { raw: ref.count }]] : ref.forEach ? [["for_each", { ref: ref.forEach }]] : [];
    const body = settingsJson([...meta, ...settings(ref.ref)]);
    const existing = getEntry(resources, type);
    if (!existing) this.add(resources, type, { [free]: body }, entryHolding(resources, bucket.start));
    else if (existing.value.kind === "map") this.add(existing.value, free, body);
    else return false;
    return true;
  }
  removeBlock(block) {
    const resources = this.resourcesHolding(block);
    const byType = resources && entryHolding(resources, block.start);
    if (!resources || !byType || byType.value.kind !== "map") return this.edits.refuse();
    if (byType.value.entries.length > 1) this.splice(removeMember(this.edits.text, byType.value, block.labels[1].value));
    else if (resources.entries.length > 1) this.splice(removeMember(this.edits.text, resources, byType.key));
    else this.edits.refuse();
  }
  removeSetting(scope, name) {
    const map = this.mapOf(scope);
    const entry = map && getEntry(map, name);
    if (entry && !this.ownValue(entry)) return this.edits.refuse();
    this.splice(map && removeMember(this.edits.text, map, name));
  }
  referenceIn(expr) {
    return referenceIn(this.edits.text, expr, true);
  }
  addPolicyStatement(policy, kind, arn) {
    const data = policyDocumentData(this.blocks, this.referenceIn(policy.expr));
    if (data) return this.addDocumentStatement(data, kind, arn);
    if (policy.expr.t !== "template" || this.edits.text[policy.expr.start] !== '"') return false;
    const view = viewOfJsonString(this.edits.text, policy.expr.start, policy.expr.end);
    const splice = view && addStatementToView(view, (taken) => tlsPolicyStatement2(kind, arn, taken), encoderFor("json"));
    if (!splice) return false;
    this.splice(splice);
    return true;
  }
  addDocumentStatement(data, kind, arn) {
    const map = this.mapOf(data);
    const list2 = map && getEntry(map, "statement");
    if (!map || list2 && list2.value.kind !== "seq") return false;
    if (list2?.value.kind === "seq")
      this.splice(appendItem(this.edits.text, list2.value, tlsDocumentStatement(kind, arn, sids(list2.value, "sid")), this.style));
    else this.add(map, "statement", [tlsDocumentStatement(kind, arn, /* @__PURE__ */ new Set())]);
    return true;
  }
  finish() {
    for (const [map, { members, after }] of this.pending) this.splice(addMembers(this.edits.text, map, members, this.style, after));
    this.pending.clear();
  }
  add(map, key, value, after) {
    const p = this.pending.get(map);
    if (!p) this.pending.set(map, { members: [[key, value]], after });
    else if (p.after !== after || p.members.some(([k]) => k === key)) this.edits.refuse();
    else p.members.push([key, value]);
  }
  splice(s) {
    if (s) this.edits.replace(s.start, s.end, s.text);
    else this.edits.refuse();
  }
  /** The JSON object of a block or of an object value. */
  mapOf(scope) {
    const n = nodeAt(this.root, isBlock(scope) ? scope.open : scope.start);
    return n?.kind === "map" ? n : void 0;
  }
  /** The `"resource"` object (one of them, when it is a list) that declares `block`. */
  resourcesHolding(block) {
    if (this.root?.kind !== "map") return void 0;
    const entry = getEntry(this.root, "resource");
    if (!entry) return void 0;
    const maps = entry.value.kind === "seq" ? entry.value.items : [entry.value];
    const holding = maps.find((m) => m.start <= block.start && block.start < m.end);
    return holding?.kind === "map" ? holding : void 0;
  }
};

// src/parsers/terraform/fix.ts
function resourceType(block) {
  if (block.type === "resource") return block.labels[0]?.value ?? "";
  if (block.type === "module") return "module";
  if (block.type === "data") return `data.${block.labels[0]?.value ?? ""}`;
  return block.type;
}
var BPA_FLAGS = ["block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"];
function has(ed, block, name) {
  return !!(ed.child(block, name) ?? ed.attribute(block, name)) || generated(block, name);
}
function generated(scope, name) {
  return isBlock(scope) && scope.body.blocks.some((b) => b.type === "dynamic" && b.labels[0]?.value === name);
}
var V4_SETTING_RESOURCES = /* @__PURE__ */ new Set(["aws_s3_bucket_versioning", "aws_s3_bucket_server_side_encryption_configuration"]);
var providerV3 = (ctx) => [1, 2, 3].some((m) => ctx.awsProviderAllows(m)) && ![4, 5, 6, 7].some((m) => ctx.awsProviderAllows(m));
var bucketId = (ref) => [["bucket", { ref: `${ref}.id` }]];
function addSettingResource(ed, ctx, block, type, settings) {
  if (ctx.mayConfigure(type, block)) return false;
  if (V4_SETTING_RESOURCES.has(type) && providerV3(ctx)) return false;
  const provider = ed.attribute(block, "provider");
  if (!provider) return ed.addResource(block, type, settings);
  const name = ed.referenceIn(provider.expr) ?? literalOf(provider.expr);
  if (!name || !/^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)?$/.test(name)) return false;
  const value = ed instanceof JsonEditor ? name : { ref: name };
  return ed.addResource(block, type, (ref) => [["provider", value], ...settings(ref)]);
}
function policyAccessPoint(ed, ctx, policy) {
  const arn = ed.attribute(policy, "access_point_arn");
  if (!arn) return void 0;
  const points = ctx.blocks.filter((b) => b.type === "resource" && b.labels[0]?.value === "aws_s3_access_point" && b.labels.length === 2);
  const ref = /^aws_s3_access_point\.([A-Za-z0-9_-]+)(?:\[[^\]]*\])?\.arn$/.exec(ed.referenceIn(arn.expr) ?? "");
  if (ref) return points.find((b) => b.labels[1].value === ref[1]);
  const e = arn.expr;
  const last = e.t === "template" ? e.parts[e.parts.length - 1] : void 0;
  const name = last?.t === "lit" ? /:accesspoint\/([^/:]+)$/.exec(last.value)?.[1] : void 0;
  if (name === void 0) return void 0;
  const named = points.filter((b) => {
    const n = ed.attribute(b, "name");
    return n !== void 0 && literalOf(n.expr) === name;
  });
  return named.length === 1 ? named[0] : void 0;
}
var setPublicAccessBlock = (ed, at, intent, line, ctx) => {
  const block = resourceType(at) === "aws_s3control_access_point_policy" ? policyAccessPoint(ed, ctx, at) : at;
  if (!block) return void 0;
  const type = resourceType(block);
  if (type === "aws_s3_bucket_public_access_block" || type === "aws_s3_account_public_access_block" || type === "module") {
    for (const f of BPA_FLAGS) ed.set(block, f, true);
    return "Turn on all four Block Public Access settings";
  }
  if (type === "aws_s3_access_point") {
    const pab = ed.child(block, "public_access_block_configuration");
    if (!pab) return void 0;
    for (const f of BPA_FLAGS) ed.set(pab, f, true);
    return "Turn on all four Block Public Access settings of the access point";
  }
  const own = ctx.configuredBy("aws_s3_bucket_public_access_block", block);
  if (own) return setPublicAccessBlock(ed, own, intent, line, ctx);
  if (!addSettingResource(ed, ctx, block, "aws_s3_bucket_public_access_block", (ref) => [
    ...bucketId(ref),
    ...BPA_FLAGS.map((f) => [f, true])
  ]))
    return void 0;
  return "Add an aws_s3_bucket_public_access_block that turns on all four settings";
};
function mfaSigned(ed, block, ctx) {
  const type = resourceType(block);
  if (type === "aws_s3_bucket_versioning") return !!ed.attribute(block, "mfa");
  if (type === "module") {
    const v = ed.child(block, "versioning");
    return !!v && !!ed.attribute(v, "mfa");
  }
  if (type !== "aws_s3_bucket" || has(ed, block, "versioning")) return false;
  const own = ctx.configuredBy("aws_s3_bucket_versioning", block);
  return !!own && !!ed.attribute(own, "mfa");
}
var setVersioning = (ed, block, intent, line, ctx) => {
  const type = resourceType(block);
  const mfa = intent.field === "versioning.mfaDelete";
  const done = mfa ? "Turn on MFA delete" : "Turn on versioning";
  if (mfa && !mfaSigned(ed, block, ctx)) return void 0;
  if (type === "aws_s3_bucket_versioning") {
    const conf2 = ed.child(block, "versioning_configuration");
    if (conf2) ed.set(conf2, mfa ? "mfa_delete" : "status", "Enabled");
    else if (ed.attribute(block, "versioning_configuration") || has(ed, block, "dynamic")) return void 0;
    else
      ed.addChild(
        block,
        "versioning_configuration",
        mfa ? [
          ["status", "Enabled"],
          ["mfa_delete", "Enabled"]
        ] : [["status", "Enabled"]]
      );
    return done;
  }
  if (type === "module") {
    const v = ed.child(block, "versioning");
    if (v) ed.set(v, mfa ? "mfa_delete" : "enabled", true);
    else if (ed.attribute(block, "versioning")) return void 0;
    else
      ed.set(block, "versioning", {
        object: mfa ? [
          ["enabled", true],
          ["mfa_delete", true]
        ] : [["enabled", true]]
      });
    return done;
  }
  if (type !== "aws_s3_bucket" || generated(block, "versioning")) return void 0;
  const inline = ed.child(block, "versioning");
  if (inline) {
    ed.set(inline, mfa ? "mfa_delete" : "enabled", true);
    return done;
  }
  const own = ctx.configuredBy("aws_s3_bucket_versioning", block);
  if (own) return setVersioning(ed, own, intent, line, ctx);
  if (providerV3(ctx)) {
    if (ctx.mayConfigure("aws_s3_bucket_versioning", block)) return void 0;
    ed.addChild(
      block,
      "versioning",
      mfa ? [
        ["enabled", true],
        ["mfa_delete", true]
      ] : [["enabled", true]]
    );
    return done;
  }
  const conf = mfa ? [
    ["status", "Enabled"],
    ["mfa_delete", "Enabled"]
  ] : [["status", "Enabled"]];
  if (!addSettingResource(ed, ctx, block, "aws_s3_bucket_versioning", (ref) => [
    ...bucketId(ref),
    ["versioning_configuration", { block: conf }]
  ]))
    return void 0;
  return mfa ? "Add an aws_s3_bucket_versioning with versioning and MFA delete on" : "Add an aws_s3_bucket_versioning that turns versioning on";
};
var setOwnership = (ed, block, intent, line, ctx) => {
  const type = resourceType(block);
  const done = "Disable ACLs (object ownership BucketOwnerEnforced)";
  if (type === "aws_s3_bucket_ownership_controls") {
    const rule2 = ed.child(block, "rule");
    if (!rule2) return void 0;
    ed.set(rule2, "object_ownership", "BucketOwnerEnforced");
    return done;
  }
  if (type === "module") {
    ed.set(block, "control_object_ownership", true);
    ed.set(block, "object_ownership", "BucketOwnerEnforced");
    return done;
  }
  const own = ctx.configuredBy("aws_s3_bucket_ownership_controls", block);
  if (own) return setOwnership(ed, own, intent, line, ctx);
  const rule = [["object_ownership", "BucketOwnerEnforced"]];
  if (!addSettingResource(ed, ctx, block, "aws_s3_bucket_ownership_controls", (ref) => [...bucketId(ref), ["rule", { block: rule }]]))
    return void 0;
  return "Add aws_s3_bucket_ownership_controls with BucketOwnerEnforced (ACLs disabled)";
};
var setAcl = (ed, block) => {
  if (!ed.attribute(block, "acl")) return void 0;
  ed.set(block, "acl", "private");
  return "Use the private canned ACL";
};
var setEncryption = (ed, block, intent, line, ctx) => {
  const keyOnly = intent.field === "encryption.bucketKeyEnabled";
  const type = resourceType(block);
  const container = type === "aws_s3_bucket_server_side_encryption_configuration" ? block : type === "aws_s3_bucket" ? ed.child(block, "server_side_encryption_configuration") : void 0;
  if (container) {
    const rule2 = ed.child(container, "rule");
    if (!rule2) return void 0;
    if (!keyOnly) {
      const byDefault = ed.child(rule2, "apply_server_side_encryption_by_default");
      if (byDefault) ed.set(byDefault, "sse_algorithm", "aws:kms");
      else if (generated(rule2, "apply_server_side_encryption_by_default")) return void 0;
      else ed.addChild(rule2, "apply_server_side_encryption_by_default", [["sse_algorithm", "aws:kms"]]);
    }
    ed.set(rule2, "bucket_key_enabled", true);
    return keyOnly ? "Turn on the S3 Bucket Key" : "Encrypt with SSE-KMS and the S3 Bucket Key (the AWS managed key until kms_master_key_id names yours)";
  }
  if (type !== "aws_s3_bucket" || has(ed, block, "server_side_encryption_configuration")) return void 0;
  const own = ctx.configuredBy("aws_s3_bucket_server_side_encryption_configuration", block);
  if (own) return setEncryption(ed, own, intent, line, ctx);
  const rule = [
    ["apply_server_side_encryption_by_default", { block: [["sse_algorithm", "aws:kms"]] }],
    ["bucket_key_enabled", true]
  ];
  if (!addSettingResource(ed, ctx, block, "aws_s3_bucket_server_side_encryption_configuration", (ref) => [
    ...bucketId(ref),
    ["rule", { block: rule }]
  ]))
    return void 0;
  return "Add default encryption with SSE-KMS and the S3 Bucket Key (the AWS managed key until kms_master_key_id names yours)";
};
var blockSseC = (ed, block, intent, line, ctx) => {
  if (!ctx.awsProviderAllows(6)) return void 0;
  const type = resourceType(block);
  const done = "Block uploads encrypted with customer-provided keys (SSE-C)";
  if (type === "aws_s3_bucket_server_side_encryption_configuration") {
    const rule2 = ed.child(block, "rule");
    if (!rule2) return void 0;
    ed.set(rule2, "blocked_encryption_types", { list: ["SSE-C"] });
    return done;
  }
  if (type !== "aws_s3_bucket" || has(ed, block, "server_side_encryption_configuration")) return void 0;
  const own = ctx.configuredBy("aws_s3_bucket_server_side_encryption_configuration", block);
  if (own) return blockSseC(ed, own, intent, line, ctx);
  const rule = [
    ["apply_server_side_encryption_by_default", { block: [["sse_algorithm", "AES256"]] }],
    ["blocked_encryption_types", { list: ["SSE-C"] }]
  ];
  if (!addSettingResource(ed, ctx, block, "aws_s3_bucket_server_side_encryption_configuration", (ref) => [
    ...bucketId(ref),
    ["rule", { block: rule }]
  ]))
    return void 0;
  return done;
};
function versioningMayStayOn(ed, block, ctx) {
  if (generated(block, "versioning")) return false;
  const inline = ed.child(block, "versioning");
  const enabled = inline && ed.attribute(inline, "enabled");
  if (inline && !(enabled && isTrue(enabled.expr))) return false;
  if (!ctx.mayConfigure("aws_s3_bucket_versioning", block)) return true;
  const own = ctx.configuredBy("aws_s3_bucket_versioning", block);
  const conf = own && !generated(own, "versioning_configuration") ? ed.child(own, "versioning_configuration") : void 0;
  const status = conf && ed.attribute(conf, "status");
  return !!status && literalOf(status.expr) === "Enabled";
}
var isTrue = (e) => e.t === "literal" && e.value === true || literalOf(e) === "true";
var setObjectLock = (ed, block, _intent, _line, ctx) => {
  if (resourceType(block) !== "aws_s3_bucket" || generated(block, "object_lock_configuration")) return void 0;
  if (!versioningMayStayOn(ed, block, ctx)) return void 0;
  const v3 = ed.child(block, "object_lock_configuration");
  if (v3) ed.set(v3, "object_lock_enabled", "Enabled");
  else if (providerV3(ctx)) ed.addChild(block, "object_lock_configuration", [["object_lock_enabled", "Enabled"]]);
  else ed.set(block, "object_lock_enabled", true);
  return "Enable Object Lock (this replaces an existing bucket)";
};
var setTrail = (ed, block, intent) => {
  if (resourceType(block) !== "aws_cloudtrail") return void 0;
  const field = intent.field;
  if (field === "logFileValidation") {
    ed.set(block, "enable_log_file_validation", true);
    return "Turn on log file validation";
  }
  if (field === "isMultiRegion") {
    ed.set(block, "is_multi_region_trail", true);
    return "Make the trail multi-region";
  }
  return void 0;
};
var remove = (ed, block, intent, line, ctx) => {
  const field = intent.field;
  const type = resourceType(block);
  const removable = (b) => b.labels.length === 2 && !ctx.mentioned(`${b.labels[0].value}.${b.labels[1].value}`);
  if (field === "website") {
    if (type === "aws_s3_bucket_website_configuration") {
      if (!removable(block)) return void 0;
      ed.removeBlock(block);
      return "Remove the static website configuration";
    }
    if (!ed.child(block, "website")) return void 0;
    ed.removeSetting(block, "website");
    return "Remove the static website configuration";
  }
  if (field === "acl.canned") {
    if (type === "aws_s3_bucket_acl" && !has(ed, block, "access_control_policy")) {
      const a2 = ed.attribute(block, "acl");
      if (!a2 || ed.edits.lineOf(a2.start) !== line) return void 0;
      ed.set(block, "acl", "private");
      return "Set the bucket ACL to private";
    }
    const a = ed.attribute(block, "acl");
    if (!a || ed.edits.lineOf(a.start) !== line) return void 0;
    ed.removeSetting(block, "acl");
    return "Remove the canned ACL";
  }
  return void 0;
};
function arnFor(ed, ctx, bucketExpr) {
  if (!bucketExpr) return void 0;
  const ref = ed.referenceIn(bucketExpr);
  if (ref !== void 0) {
    const m = /^(aws_s3_bucket\.([A-Za-z0-9_-]+)(?:\[[^\]]+\])?)\.(id|bucket)$/.exec(ref);
    if (m) return ctx.declared("aws_s3_bucket", m[2]) ? { ref: `${m[1]}.arn` } : void 0;
    if (/^module\.[A-Za-z0-9_-]+\.s3_bucket_id$/.test(ref)) return { ref: ref.replace(/s3_bucket_id$/, "s3_bucket_arn") };
    return void 0;
  }
  const name = literalOf(bucketExpr);
  return name ? { literal: `arn:aws:s3:::${name}` } : void 0;
}
function fitsSharedDocument(ed, ctx, policy, arn) {
  const m = /^(data\.aws_iam_policy_document\.[A-Za-z0-9_-]+)\.json$/.exec(ed.referenceIn(policy.expr) ?? "");
  if (!m) return true;
  if ("ref" in arn && /\[|\beach\./.test(arn.ref)) return false;
  return ctx.timesMentioned(m[1], 2) <= 1;
}
var addPolicyStatement = (ed, block, intent, _line, ctx) => {
  if (intent.kind !== "add-policy-statement") return void 0;
  const kind = intent.statement;
  const type = resourceType(block);
  const description = tlsDescription(kind);
  if (type === "aws_s3_bucket_policy") {
    const policy = ed.attribute(block, "policy");
    const arn = arnFor(ed, ctx, ed.attribute(block, "bucket")?.expr);
    if (!policy || !arn || !fitsSharedDocument(ed, ctx, policy, arn)) return void 0;
    return ed.addPolicyStatement(policy, kind, arn) ? description : void 0;
  }
  if (type === "aws_s3_bucket") {
    const policy = ed.attribute(block, "policy");
    if (policy) {
      const arn = arnFor(ed, ctx, ed.attribute(block, "bucket")?.expr);
      return arn && "literal" in arn && ed.addPolicyStatement(policy, kind, arn) ? description : void 0;
    }
    const added = addSettingResource(ed, ctx, block, "aws_s3_bucket_policy", (ref) => [
      ...bucketId(ref),
      ["policy", { policy: { kind, arn: { ref: `${ref}.arn` } } }]
    ]);
    return added ? `${description} (new bucket policy)` : void 0;
  }
  if (type === "module") {
    ed.set(block, kind === "deny-insecure-transport" ? "attach_deny_insecure_transport_policy" : "attach_require_latest_tls_policy", true);
    return description;
  }
  return void 0;
};
function handlerFor(intent) {
  if (intent.kind === "add-policy-statement") return addPolicyStatement;
  if (intent.kind === "remove") return remove;
  switch (intent.field) {
    case "publicAccessBlock":
      return setPublicAccessBlock;
    case "versioning.status":
    case "versioning.mfaDelete":
      return setVersioning;
    case "ownership":
      return setOwnership;
    case "acl.canned":
      return setAcl;
    case "encryption":
    case "encryption.bucketKeyEnabled":
      return setEncryption;
    case "encryption.blockedEncryptionTypes":
      return blockSseC;
    case "objectLock.enabled":
      return setObjectLock;
    case "logFileValidation":
    case "isMultiRegion":
      return setTrail;
    default:
      return void 0;
  }
}
var parsedTexts = { hcl: /* @__PURE__ */ new Map(), json: /* @__PURE__ */ new Map() };
var moduleIndexes = /* @__PURE__ */ new WeakMap();
function forgetFixParses() {
  parsedTexts = { hcl: /* @__PURE__ */ new Map(), json: /* @__PURE__ */ new Map() };
  moduleIndexes = /* @__PURE__ */ new WeakMap();
  forgetRecentParses();
}
var dirOf = (f) => f.slice(0, Math.max(f.lastIndexOf("/"), 0));
var isJsonConfig = (f) => /\.(tf|tofu)\.json$/i.test(f);
var isConfig = (f) => CONFIG_FILE.test(f);
function bucketKey(text, expr, json, block) {
  const ref = referenceIn(text, expr, json);
  const m = ref && /^aws_s3_bucket\.([A-Za-z0-9_-]+)(?:\[[^\]]+\])?\.(id|bucket)$/.exec(ref);
  if (m) return `ref:${m[1]}`;
  const forEach = ref && /^each\.value\.(id|bucket)$/.test(ref) ? attr(block.body, "for_each") : void 0;
  const over = forEach && /^aws_s3_bucket\.([A-Za-z0-9_-]+)$/.exec(referenceIn(text, forEach.expr, json) ?? "");
  if (over) return `ref:${over[1]}`;
  const name = ref === void 0 ? literalOf(expr) : void 0;
  return name ? `lit:${name}` : "?";
}
function moduleIndex(file, texts) {
  let byDir = moduleIndexes.get(texts);
  if (!byDir) moduleIndexes.set(texts, byDir = /* @__PURE__ */ new Map());
  const dir = dirOf(file);
  let index = byDir.get(dir);
  if (!index) {
    index = { declared: /* @__PURE__ */ new Set(), configures: /* @__PURE__ */ new Map() };
    for (const [f, text] of texts) {
      if (!isConfig(f) || dirOf(f) !== dir) continue;
      const json = isJsonConfig(f);
      for (const b of parseCached(text, json).body.blocks) {
        if (b.type !== "resource" || b.labels.length !== 2) continue;
        const type = b.labels[0].value;
        index.declared.add(`${type}.${b.labels[1].value}`);
        const bucket = type.startsWith("aws_s3_bucket_") ? attr(b.body, "bucket") : void 0;
        if (!bucket) continue;
        let byKey = index.configures.get(type);
        if (!byKey) index.configures.set(type, byKey = /* @__PURE__ */ new Map());
        const key = bucketKey(text, bucket.expr, json, b);
        let list2 = byKey.get(key);
        if (!list2) byKey.set(key, list2 = []);
        list2.push({ file: f, block: b });
      }
    }
    byDir.set(dir, index);
  }
  return index;
}
function* moduleTexts(file, texts) {
  const dir = dirOf(file);
  for (const [f, text] of texts) if (isConfig(f) && dirOf(f) === dir) yield text;
}
function mentionedBeside(file, texts, address) {
  for (const text of moduleTexts(file, texts)) if (namesAddress(text, address)) return true;
  return false;
}
var AWS_PROVIDER_VERSION = /"?\baws"?\s*[=:]\s*\{[^{}]*?"?\bversion"?\s*[=:]\s*"([^"]*)"/g;
function constraintAllowsMajor(constraint, major) {
  const terms = constraint.split(",").map((t) => /^\s*(~>|>=|<=|!=|=|>|<)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(t));
  if (terms.some((t) => !t)) return true;
  const cmp2 = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
  const meets = (v) => terms.every((t) => {
    const [, op = "=", a, b, c] = t;
    const w = [Number(a), Number(b ?? 0), Number(c ?? 0)];
    const d = cmp2(v, w);
    switch (op) {
      case ">=":
        return d >= 0;
      case ">":
        return d > 0;
      case "<=":
        return d <= 0;
      case "<":
        return d < 0;
      case "!=":
        return d !== 0;
      case "~>": {
        const upper = c !== void 0 ? [w[0], w[1] + 1, 0] : [w[0] + 1, 0, 0];
        return d >= 0 && cmp2(v, upper) < 0;
      }
      default:
        return d === 0;
    }
  });
  const candidates = [
    [major, 0, 0],
    [major, 99, 0],
    [major, 999, 999]
  ];
  for (const t of terms) if (Number(t[2]) === major) candidates.push([major, Number(t[3] ?? 0), Number(t[4] ?? 0)]);
  return candidates.some(meets);
}
function fixContext(file, texts, blocks) {
  const index = () => moduleIndex(file, texts);
  const keysOf = (bucket) => {
    const name = attr(bucket.body, "bucket");
    const literal = name && literalOf(name.expr);
    return /* @__PURE__ */ new Set([`ref:${bucket.labels[1]?.value ?? ""}`, ...literal ? [`lit:${literal}`] : []]);
  };
  const configuring = (type, bucket) => {
    const byKey = index().configures.get(type);
    if (!byKey) return [];
    return ["?", ...keysOf(bucket)].flatMap((k) => {
      const list2 = byKey.get(k);
      return list2 ? [{ known: k !== "?", list: list2 }] : [];
    });
  };
  return {
    blocks,
    mentioned: (address) => mentionedBeside(file, texts, address),
    awsProviderAllows: (major) => {
      const known = index();
      const majors = known.awsMajors ??= /* @__PURE__ */ new Map();
      let allowed = majors.get(major);
      if (allowed === void 0) {
        known.awsConstraints ??= [...moduleTexts(file, texts)].flatMap((text) => [...text.matchAll(AWS_PROVIDER_VERSION)].map((m) => m[1]));
        allowed = known.awsConstraints.every((c) => constraintAllowsMajor(c, major));
        majors.set(major, allowed);
      }
      return allowed;
    },
    timesMentioned: (address, most) => {
      let n = 0;
      for (const text of moduleTexts(file, texts)) if (n < most) n += timesNamed(text, address, most - n);
      return n;
    },
    declared: (type, name) => index().declared.has(`${type}.${name}`),
    mayConfigure: (type, bucket) => configuring(type, bucket).length > 0,
    configuredBy(type, bucket) {
      const found = configuring(type, bucket);
      const only = found.length === 1 && found[0].known && found[0].list.length === 1 ? found[0].list[0] : void 0;
      if (only?.file !== file) return void 0;
      const text = texts.get(file);
      return sameInstances(text, only.block, bucket) ? only.block : void 0;
    }
  };
}
function sameInstances(text, a, b) {
  const meta = (block, name) => {
    const at = attr(block.body, name);
    return at ? text.slice(at.expr.start, at.expr.end).replace(/\s+/g, " ").trim() : void 0;
  };
  const address = `aws_s3_bucket.${b.labels[1]?.value ?? ""}`;
  const follows = (name) => {
    const m = meta(a, name);
    return m !== void 0 && namesAddress(m, address);
  };
  const enabled = (block) => {
    const lifecycle = block.body.blocks.find((x) => x.type === "lifecycle");
    const at = lifecycle && attr(lifecycle.body, "enabled");
    return at ? text.slice(at.expr.start, at.expr.end).replace(/\s+/g, " ").trim() : void 0;
  };
  if (enabled(a) !== enabled(b)) return false;
  if (follows("count") || follows("for_each")) return true;
  return meta(a, "count") === meta(b, "count") && meta(a, "for_each") === meta(b, "for_each");
}
function blockAt(spans, line, offset) {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = lo + hi >> 1;
    const s = spans[mid];
    if (line < s.from) hi = mid - 1;
    else if (line > s.to) lo = mid + 1;
    else {
      let first = mid;
      while (first > 0 && spans[first - 1].from <= line && line <= spans[first - 1].to) first--;
      for (let i = first; i < spans.length && spans[i].from <= line; i++) {
        const b = spans[i].block;
        if (b.start <= offset && offset < b.end) return b;
      }
      return spans[first].block;
    }
  }
  return void 0;
}
function parseCached(text, json) {
  const cache = json ? parsedTexts.json : parsedTexts.hcl;
  let p = cache.get(text);
  if (!p) {
    const lines = new LineIndex(text);
    let parsed;
    let tree;
    if (json) {
      const config = recentJsonConfig(text) ?? parseJsonConfig(text, { maxDepth: 200 });
      parsed = config;
      const root = config.issues.length ? null : config.root;
      tree = { root, style: detectStyle(text, root) };
    } else parsed = recentParse(text) ?? parseHcl(text, { maxDepth: 200 });
    const spans = parsed.body.blocks.map((block) => ({ block, from: lines.position(block.start).line, to: lines.position(block.end).line }));
    p = { body: parsed.body, issues: parsed.issues, lines, spans, json: tree, longLine: lines.hasLineLongerThan(MAX_EDIT_CHARS) };
    cache.set(text, p);
  }
  return p;
}
function renderTerraformFix(finding, texts) {
  const intent = finding.fix;
  const file = finding.location.file;
  if (!intent || !isConfig(file)) return void 0;
  const text = texts.get(file);
  if (text === void 0) return void 0;
  const parsed = parseCached(text, isJsonConfig(file));
  if (parsed.issues.length || parsed.longLine) return void 0;
  const { line, column } = finding.location;
  const block = blockAt(parsed.spans, line, parsed.lines.lineStart(line) + column - 1);
  const handler = handlerFor(intent);
  if (!block || !handler) return void 0;
  const edits = new FileEdits(text, parsed.lines);
  const ctx = fixContext(file, texts, parsed.body.blocks);
  const ed = parsed.json ? new JsonEditor(edits, parsed.json.root, parsed.body.blocks, ctx.declared, parsed.json.style, finding.resource.startsWith("module.")) : new HclEditor(edits, parsed.body.blocks, ctx.declared, finding.resource.startsWith("module."));
  const description = handler(ed, block, intent, line, ctx);
  ed.finish();
  const edit = description ? edits.toTextEdit(file, description) : void 0;
  return edit && rewritesHiddenText(parsed, edit) ? void 0 : edit;
}
var SENSITIVE_CALL = /\bsensitive\s*\(/;
function rewritesHiddenText(parsed, edit) {
  for (const b of parsed.spans) {
    if (b.to < edit.startLine || b.from > edit.endLine) continue;
    if ((b.block.type === "variable" || b.block.type === "output") && isSensitiveFlag(attr(b.block.body, "sensitive"))) return true;
  }
  return SENSITIVE_CALL.test(parsed.lines.linesText(edit.startLine, edit.endLine));
}

// src/parsers/terraform/address-pattern.ts
var INSTANCE_KEY = String.raw`\[(?:-?[0-9]+|"(?:[^"\\]|\\.)*")\]`;
var NAME = String.raw`[^.[\]"\s]+`;
var MODULE_PREFIX = new RegExp(String.raw`^(?:module\.${NAME}(?:${INSTANCE_KEY})?\.)*`);

// src/parsers/terraform/eval/value.ts
var str = (v, at) => ({ k: "string", v, at });
var num = (v, at) => ({ k: "number", v, at });
var bool = (v, at) => ({ k: "bool", v, at });
var nul = (at) => ({ k: "null", at });
var list = (items, at, set) => set ? { k: "list", items, at, set } : { k: "list", items, at };
var obj = (attrs, at) => ({ k: "object", attrs, at });
var unknown = (why, at, key) => key ? { k: "unknown", why, at, key } : { k: "unknown", why, at };
var failure = (why, at, key) => key ? { k: "unknown", why, at, error: true, key } : { k: "unknown", why, at, error: true };
function hiddenValue(what, at) {
  return { k: "unknown", why: `${what} is marked sensitive; s3-gate does not read values Terraform hides`, at };
}
var MAX_ALTERNATIVES = 64;
function oneOf(u, alternatives, when) {
  const flat = [];
  const flatWhen = [];
  alternatives.forEach((a, i) => {
    if (a.k === "unknown" && a.oneOf) {
      flat.push(...a.oneOf);
      flatWhen.push(...a.oneOf.map(() => void 0));
    } else {
      flat.push(a);
      flatWhen.push(when?.[i]);
    }
  });
  if (alternatives.some((a) => a.k === "unknown" && a.error) || !flat.length || flat.length > MAX_ALTERNATIVES) return u;
  u.oneOf = flat;
  if (flatWhen.some((w) => w !== void 0)) u.oneOfWhen = flatWhen;
  return u;
}
var KEY_JOIN = "";
var MAX_JOINED_KEY = 256;
function strFromParts(parts, at) {
  const out = [];
  for (const p of parts) {
    if (typeof p === "string") {
      if (p === "") continue;
      const last = out[out.length - 1];
      if (typeof last === "string") out[out.length - 1] = last + p;
      else out.push(p);
    } else if (p.kind === "unknown" && typeof out[out.length - 1] === "object" && out[out.length - 1].kind === "unknown") {
      const last = out[out.length - 1];
      const key = last.key !== void 0 && p.key !== void 0 ? `${last.key}${KEY_JOIN}${p.key}` : void 0;
      if (last.key !== void 0 || p.key !== void 0)
        out[out.length - 1] = key !== void 0 && key.length <= MAX_JOINED_KEY ? { kind: "unknown", why: last.why, key } : { kind: "unknown", why: last.why };
      continue;
    } else out.push(p);
  }
  if (out.length === 0) return str("", at);
  if (out.length === 1 && typeof out[0] === "string") return str(out[0], at);
  return { k: "sym", parts: out, at };
}
function withoutIdentity(v) {
  if (v.k === "unknown") {
    if (v.ident === void 0) return v;
    const { ident: _, ...rest } = v;
    return rest;
  }
  if (v.k !== "sym" || !v.parts.some((p) => typeof p !== "string" && p.kind === "unknown" && p.key !== void 0)) return v;
  return {
    ...v,
    parts: v.parts.map((p) => typeof p !== "string" && p.kind === "unknown" && p.key !== void 0 ? { kind: "unknown", why: p.why } : p)
  };
}
function withAt(v, at) {
  if (!at || v.at === at) return v;
  return { ...v, at };
}
function isStringLike(v) {
  return v.k === "string" || v.k === "sym";
}
function typeName(v) {
  switch (v.k) {
    case "string":
    case "sym":
      return "string";
    case "list":
      return v.set ? "set" : "list";
    case "object":
      return "object";
    case "ref":
      return "object";
    default:
      return v.k;
  }
}
function displayString(v) {
  if (v.k === "string") return v.v;
  return v.parts.map((p) => typeof p === "string" ? p : placeholderText(p)).join("");
}
var placeholderText = placeholderDisplay;
function knownText(v) {
  return v.k === "string" ? v.v : v.k === "sym" ? v.known : void 0;
}
function symKey(v) {
  return JSON.stringify(v.parts);
}
function toStr(v) {
  switch (v.k) {
    case "string":
    case "sym":
    case "unknown":
    case "null":
      return v;
    case "number":
      return str(formatNumber(v.v), v.at);
    case "bool":
      return str(v.v ? "true" : "false", v.at);
    default:
      return void 0;
  }
}
function formatNumber(n) {
  if (Number.isInteger(n))
    return Number.isSafeInteger(n) ? String(n) : n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 0 });
  return String(n);
}
function toBoolean(v) {
  if (v.k === "bool") return v.v;
  if (v.k === "string") {
    if (v.v === "true" || v.v === "1") return true;
    if (v.v === "false" || v.v === "0") return false;
  }
  return void 0;
}
function toNumber(v) {
  if (v.k === "number") return v.v;
  if (v.k === "string" && /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(v.v)) return Number(v.v);
  return void 0;
}
function sameNumber(a, b) {
  if (Number.isSafeInteger(a) && Number.isSafeInteger(b)) return a === b;
  if (!Number.isFinite(a) || !Number.isFinite(b) || Math.abs(a) > Number.MAX_SAFE_INTEGER || Math.abs(b) > Number.MAX_SAFE_INTEGER)
    return void 0;
  return a === b || a.toPrecision(15) === b.toPrecision(15);
}
function sameText(a, b) {
  if (a === b) return true;
  return NON_ASCII.test(a) && NON_ASCII.test(b) ? a.normalize("NFC") === b.normalize("NFC") : false;
}
var NON_ASCII = /[^\u0000-\u007f]/;
function differentCollectionKinds(a, b) {
  if (a.k === "list" && b.k === "list") return !!a.set !== !!b.set || !a.set && !!a.typedList !== !!b.typedList;
  if (a.k === "object" && b.k === "object") return !!a.typedMap !== !!b.typedMap;
  return false;
}
function valuesEqual(a, b, budget) {
  if (budget && --budget.left < 0) return void 0;
  if (a.k === "unknown" || b.k === "unknown" || a.k === "ref" || b.k === "ref") return void 0;
  if (a.k === "sym" || b.k === "sym") {
    const at = knownText(a);
    const bt = knownText(b);
    if (at !== void 0 && bt !== void 0) return at === bt;
    if (a.k === "sym" && b.k === "sym" && symKey(a) === symKey(b)) return true;
    if (isStringLike(a) && isStringLike(b)) return void 0;
    return false;
  }
  if (a.k === "number" && b.k === "number") return sameNumber(a.v, b.v);
  if (a.k === "string" && b.k === "string") return sameText(a.v, b.v);
  if (a.k === "bool" && b.k === "bool") return a.v === b.v;
  if (a.k === "null" || b.k === "null") return a.k === b.k;
  if (a.k === "list" && b.k === "list") {
    if (a.items.length !== b.items.length) return false;
    let r = true;
    for (let i = 0; i < a.items.length; i++) {
      const e = valuesEqual(a.items[i], b.items[i], budget);
      if (e === false) return false;
      if (e === void 0) r = void 0;
    }
    return r;
  }
  if (a.k === "object" && b.k === "object") {
    if (a.attrs.size !== b.attrs.size) return false;
    let r = true;
    for (const [k, v] of a.attrs) {
      const w = b.attrs.get(k);
      if (!w) return false;
      const e = valuesEqual(v, w, budget);
      if (e === false) return false;
      if (e === void 0) r = void 0;
    }
    return r;
  }
  return false;
}
function valueKey(v, budget, depth = 0) {
  budget.left -= 1;
  if (depth > 200) return void 0;
  switch (v.k) {
    case "string":
      budget.left -= v.v.length >> 4;
      return budget.left < 0 ? void 0 : `s${JSON.stringify(v.v)}`;
    case "sym":
      if (v.known === void 0) return void 0;
      budget.left -= v.known.length >> 4;
      return budget.left < 0 ? void 0 : `s${JSON.stringify(v.known)}`;
    case "number":
      return budget.left < 0 ? void 0 : `n${v.v}`;
    case "bool":
      return v.v ? "T" : "F";
    case "null":
      return "N";
    case "list": {
      const keys = [];
      for (const i of v.items) {
        const k = budget.left < 0 ? void 0 : valueKey(i, budget, depth + 1);
        if (k === void 0) return void 0;
        keys.push(k);
      }
      return `[${keys.join(",")}]`;
    }
    case "object": {
      const keys = [];
      for (const name of [...v.attrs.keys()].sort()) {
        const k = budget.left < 0 ? void 0 : valueKey(v.attrs.get(name), budget, depth + 1);
        if (k === void 0) return void 0;
        keys.push(`${JSON.stringify(name)}:${k}`);
      }
      return `{${keys.join(",")}}`;
    }
    default:
      return void 0;
  }
}

// src/parsers/terraform/eval/sensitive.ts
function markSensitive(sensitive, v, what, at) {
  const texts = [];
  return collect(v, texts, 0) && sensitive.add(texts) ? v : hiddenValue(what, at);
}
var MAX_DERIVED_TEXTS = 4096;
function markDerived(sensitive, args, v, what, at) {
  if (!sensitive.texts.size) return v;
  const from = [];
  for (const a of args) {
    if (!collect(a, from, 0)) return hiddenValue(what, at);
    if (from.length > MAX_DERIVED_TEXTS) return v;
  }
  const made = [];
  if (!collect(v, made, 0)) return hiddenValue(what, at);
  return sensitive.addDerived(from, made) ? v : hiddenValue(what, at);
}
function collect(v, out, depth) {
  if (depth > 64) return false;
  switch (v.k) {
    case "string":
      out.push(v.v);
      return v.json ? collect(v.json, out, depth + 1) : true;
    case "sym":
      if (v.known !== void 0) out.push(v.known);
      for (const p of v.parts) if (typeof p === "string") out.push(p);
      return v.json ? collect(v.json, out, depth + 1) : true;
    case "number":
      out.push(String(v.v));
      return true;
    case "list":
      return v.items.every((item) => collect(item, out, depth + 1));
    case "object":
      for (const item of v.attrs.values()) if (!collect(item, out, depth + 1)) return false;
      return true;
    default:
      return true;
  }
}

// src/parsers/shared/call-sites.ts
var MAX_CALL_SITES = 8;
function boundedCallSites(sites) {
  if (sites.length <= MAX_CALL_SITES) return sites;
  const between = sites.length - MAX_CALL_SITES;
  const outer = sites[sites.length - 1];
  return [
    ...sites.slice(0, MAX_CALL_SITES - 1),
    { ...outer, message: `${outer.message} (through ${between} more module call${between === 1 ? "" : "s"} not listed)` }
  ];
}

// src/parsers/terraform/body-view.ts
var STEPS_PER_BLOCK = 16;
function blockHeader(f, b) {
  return { f, s: b.start, e: b.open >= 0 ? b.open + 1 : b.end };
}
var HclBodyView = class _HclBodyView {
  constructor(ev, body, scope, header, span, path2) {
    this.ev = ev;
    this.body = body;
    this.scope = scope;
    this.header = header;
    this.span = span;
    this.path = path2;
  }
  ev;
  body;
  scope;
  header;
  span;
  path;
  /** `null`: read, and absent. */
  cache = /* @__PURE__ */ new Map();
  unknownWhy;
  attr(name) {
    const cached = this.cache.get(name);
    if (cached !== void 0) return cached ?? void 0;
    const a = attr(this.body, name);
    let view = null;
    if (a) {
      const scope = a.file === void 0 ? this.scope : { ...this.scope, f: a.file };
      const at = { f: scope.f, s: a.start, e: a.end };
      const value = this.ev.eval(a.expr, scope);
      view = this.unknownWhy && value.k !== "null" ? { name, value: unknown(this.unknownWhy, at), at, ifPresent: value } : { name, value, at };
    }
    this.cache.set(name, view);
    return view ?? void 0;
  }
  blocks(type) {
    const out = this.ownBlocks(type);
    if (this.unknownWhy) for (const v of out) v.unknownWhy ??= this.unknownWhy;
    return out;
  }
  ownBlocks(type) {
    const out = [];
    let i = 0;
    for (const b of this.body.blocks) {
      if (b.type === type) {
        const scope = b.file === void 0 ? this.scope : { ...this.scope, f: b.file };
        out.push(
          new _HclBodyView(
            this.ev,
            b.body,
            scope,
            blockHeader(scope.f, b),
            { f: scope.f, s: b.start, e: b.end },
            `${this.path}.${type}[${i++}]`
          )
        );
      } else if (b.type === "dynamic" && b.labels[0]?.value === type) {
        for (const v of this.expandDynamic(b, type, i)) {
          out.push(v);
          i++;
        }
      }
    }
    const a = this.attr(type);
    if (a) {
      const blocks = valueBlocks(a.value, a.at, `${this.path}.${type}`);
      if (out.length === 0) return blocks;
      for (const v of blocks) out.push(v);
      if (blocks.length) out.sort((x, y) => x.span.f === y.span.f ? x.span.s - y.span.s : 0);
    }
    return out;
  }
  expandDynamic(b, type, first) {
    const base = b.file === void 0 ? this.scope : { ...this.scope, f: b.file };
    const f = base.f;
    const forEach = attr(b.body, "for_each");
    const content = b.body.blocks.find((x) => x.type === "content");
    if (!forEach || !content) return [];
    const iterAttr = attr(b.body, "iterator");
    const iterName = (iterAttr && iteratorName(iterAttr.expr)) ?? type;
    const at = { f, s: b.start, e: b.end };
    let entries = this.ev.budgetExhausted ? unknown("evaluation budget exhausted", at) : this.ev.iterate(this.ev.eval(forEach.expr, base), at);
    if (entries.k !== "unknown" && !this.ev.charge(entries.pairs.length * STEPS_PER_BLOCK, at))
      entries = unknown("evaluation budget exhausted", at);
    const make = (key, value, n) => {
      const iter = new Map(base.iter);
      iter.set(
        iterName,
        obj(
          /* @__PURE__ */ new Map([
            ["key", key],
            ["value", value]
          ]),
          at
        )
      );
      return new _HclBodyView(this.ev, content.body, { ...base, iter }, blockHeader(f, b), at, `${this.path}.${type}[${n}]`);
    };
    if (entries.k === "unknown") {
      const why = `the dynamic "${type}" block iterates over a value not known statically (${entries.why})`;
      const v = make(unknown(why, at), unknown(why, at), first);
      v.unknownWhy = why;
      return [v];
    }
    return entries.pairs.map(([k, v], n) => make(k, v, first + n));
  }
};
function iteratorName(e) {
  if (e.t === "var") return e.name;
  const only = e.t === "template" && e.parts.length === 1 ? e.parts[0] : void 0;
  return only?.t === "lit" && /^[A-Za-z_][\w-]*$/.test(only.value) ? only.value : void 0;
}
function valueBlocks(v, at, path2) {
  if (v.k === "object") return [new ValueBodyView(v, at, `${path2}[0]`)];
  if (v.k === "list") {
    const out = [];
    v.items.forEach((item, i) => {
      if (item.k === "object") out.push(new ValueBodyView(item, item.at ?? at, `${path2}[${i}]`));
    });
    return out;
  }
  if (v.k === "unknown") {
    const view = new ValueBodyView(obj(/* @__PURE__ */ new Map(), at), at, `${path2}[0]`);
    view.unknownWhy = v.why;
    return [view];
  }
  return [];
}
var ValueBodyView = class {
  constructor(value, at, path2) {
    this.value = value;
    this.path = path2;
    this.header = value.at ?? at;
    this.span = value.at ?? at;
  }
  value;
  path;
  unknownWhy;
  header;
  span;
  /** Number of keys of the object (an empty map configures nothing). */
  get size() {
    return this.value.attrs.size;
  }
  attr(name) {
    if (this.unknownWhy) return { name, value: unknown(this.unknownWhy, this.span), at: this.span };
    const v = this.value.attrs.get(name);
    if (!v) return void 0;
    return { name, value: v, at: v.at ?? this.span };
  }
  blocks(type) {
    const v = this.value.attrs.get(type);
    if (!v) return [];
    return valueBlocks(v, v.at ?? this.span, `${this.path}.${type}`);
  }
};
function bodyValue(view, body, at) {
  const attrs = /* @__PURE__ */ new Map();
  if (body) {
    for (const a of body.attributes) {
      const v = view.attr(a.name);
      if (v) attrs.set(a.name, v.value);
    }
    const types = new Set(body.blocks.map((b) => b.type === "dynamic" ? b.labels[0]?.value ?? "" : b.type));
    for (const t of types) {
      if (!t) continue;
      attrs.set(t, {
        k: "list",
        items: view.blocks(t).map((b) => bodyValue(b, void 0, at)),
        at
      });
    }
  }
  return obj(attrs, at);
}

// src/parsers/terraform/bucket-settings.ts
var GROUP_URIS = /* @__PURE__ */ new Map([
  ["http://acs.amazonaws.com/groups/global/AllUsers", "AllUsers"],
  ["http://acs.amazonaws.com/groups/global/AuthenticatedUsers", "AuthenticatedUsers"],
  ["http://acs.amazonaws.com/groups/s3/LogDelivery", "LogDelivery"]
]);
function unknownAll(why, at) {
  return unknownValue(why, at);
}
function readPublicAccessBlock(r, view, names, def) {
  const at = r.blockLoc(view);
  const pab = declaredPublicAccessBlock(at);
  if (view.unknownWhy) {
    const u = unknownValue(view.unknownWhy, at);
    return { declared: u, blockPublicAcls: u, ignorePublicAcls: u, blockPublicPolicy: u, restrictPublicBuckets: u, at };
  }
  pab.blockPublicAcls = r.bool(view, names.acls, def, at);
  pab.ignorePublicAcls = r.bool(view, names.ignore, def, at);
  pab.blockPublicPolicy = r.bool(view, names.policy, def, at);
  pab.restrictPublicBuckets = r.bool(view, names.restrict, def, at);
  return pab;
}
var BPA_NAMES = {
  acls: "block_public_acls",
  ignore: "ignore_public_acls",
  policy: "block_public_policy",
  restrict: "restrict_public_buckets"
};
function readCannedAcl(r, view) {
  const a = r.present(view, "acl");
  if (!a) return void 0;
  return r.stringOf(a.value, r.attrLoc(view, a));
}
function grantee(r, type, id, uri, email) {
  if (type.state === "unknown") return { type: "unknown", why: type.why, mayBeGroup: true };
  switch (type.value) {
    case "Group": {
      if (uri.state === "unknown") return { type: "unknown", why: uri.why, mayBeGroup: true };
      return { type: "group", uri: uri.value !== null && GROUP_URIS.get(uri.value) || (uri.value ?? "") };
    }
    case "CanonicalUser":
      if (id.state === "unknown" || id.value === null)
        return { type: "unknown", why: id.state === "unknown" ? id.why : "the grant names no id" };
      return { type: "canonical-user", id: id.value };
    case "AmazonCustomerByEmail":
      if (email.state === "unknown" || email.value === null)
        return { type: "unknown", why: email.state === "unknown" ? email.why : "the grant names no email" };
      return { type: "email", id: email.value };
    default:
      return { type: "unknown", why: `grantee type ${type.value}`, mayBeGroup: true };
  }
}
function readInlineGrants(r, blocks) {
  if (!blocks.length) return void 0;
  const first = r.blockLoc(blocks[0]);
  const out = [];
  for (const g of blocks) {
    const at = r.blockLoc(g);
    if (g.unknownWhy) return unknownAll(g.unknownWhy, at);
    const who = grantee(r, r.string(g, "type", "", at), r.str(g, "id", at), r.string(g, "uri", null, at), r.str(g, "email", at));
    if (r.present(g, "permission")) {
      out.push({ grantee: who, permission: r.string(g, "permission", "", at), at });
      continue;
    }
    const perms = r.strList(g, "permissions", at);
    if (perms.state === "unknown") {
      out.push({ grantee: who, permission: perms, at });
      continue;
    }
    for (const p of perms.value) {
      out.push({
        grantee: who,
        permission: typeof p === "string" ? setValue(p, perms.at) : unknownValue("the permission is not known statically", perms.at),
        at
      });
    }
  }
  return setValue(out, first);
}
function readPolicyGrants(r, policy) {
  const pat = r.blockLoc(policy);
  if (policy.unknownWhy) return unknownAll(policy.unknownWhy, pat);
  const out = [];
  for (const g of policy.blocks("grant")) {
    const at = r.blockLoc(g);
    if (g.unknownWhy) return unknownAll(g.unknownWhy, at);
    const ge = g.blocks("grantee")[0];
    const who = ge ? grantee(r, r.string(ge, "type", "", at), r.str(ge, "id", at), r.string(ge, "uri", null, at), r.str(ge, "email_address", at)) : { type: "unknown", why: "the grant names no grantee" };
    out.push({ grantee: who, permission: r.string(g, "permission", "", at), at });
  }
  return setValue(out, pat);
}
function notKmsEitherWay(r, byDefault) {
  const attr2 = r.present(byDefault, "sse_algorithm");
  if (!attr2?.ifPresent) return void 0;
  const algorithm = r.stringOf(attr2.ifPresent, r.attrLoc(byDefault, attr2));
  return algorithm.state === "set" && !KMS_ALGORITHMS.has(algorithm.value) ? algorithm : void 0;
}
function readInlineLogging(r, b, view) {
  const logging = view.blocks("logging")[0];
  if (!logging) return;
  const at = r.blockLoc(logging);
  b.logging.at = at;
  b.logging.targetBucket = logging.unknownWhy ? unknownValue(logging.unknownWhy, at) : writtenName(r.str(logging, "target_bucket", at));
  b.logging.targetPrefix = r.str(logging, "target_prefix", at);
}
function readEncryptionRules(r, b, container, at) {
  b.encryption.at = at;
  b.encryption.declared = setValue(false, at);
  const rule = container.blocks("rule")[0];
  if (!rule) return;
  const rat = r.blockLoc(rule);
  const byDefault = rule.blocks("apply_server_side_encryption_by_default")[0];
  if (byDefault) {
    const dat = r.blockLoc(byDefault);
    let algorithm = r.string(byDefault, "sse_algorithm", byDefault.unknownWhy ? "AES256" : null, dat);
    if (algorithm.state === "unknown" && byDefault.unknownWhy) algorithm = notKmsEitherWay(r, byDefault) ?? algorithm;
    if (algorithm.state !== "default") {
      b.encryption.declared = byDefault.unknownWhy ? unknownValue(byDefault.unknownWhy, dat) : setValue(true, at);
      b.encryption.algorithm = algorithm;
    }
    b.encryption.kmsKeyId = r.str(byDefault, "kms_master_key_id", dat);
  }
  b.encryption.bucketKeyEnabled = r.bool(rule, "bucket_key_enabled", false, rat);
  const blocked = r.present(rule, "blocked_encryption_types");
  if (blocked) {
    const types = r.strListOf(blocked.value, r.attrLoc(rule, blocked));
    b.encryption.blockedEncryptionTypes = mapValue(types, (list2) => list2.filter((t) => typeof t === "string"));
  }
}
function moduleRuleStatus(status) {
  return lifecycleRuleEnabled(moduleStatusWord(status));
}
function moduleStatusWord(status) {
  if (status.state === "unknown") return status;
  const word = status.value.toLowerCase();
  const value = word === "true" ? "Enabled" : word === "false" ? "Disabled" : word.charAt(0).toUpperCase() + word.slice(1);
  return { ...status, value };
}
function readLifecycleRules(r, rules, at, v3) {
  const out = [];
  for (const rule of rules) {
    const rat = r.blockLoc(rule);
    if (rule.unknownWhy) return unknownValue(rule.unknownWhy, rat);
    const id = r.string(rule, "id", null, rat);
    const enabled = !v3 ? lifecycleRuleEnabled(r.string(rule, "status", "Enabled", rat)) : !r.present(rule, "enabled") && r.present(rule, "status") ? moduleRuleStatus(r.string(rule, "status", "", rat)) : r.bool(rule, "enabled", false, rat);
    const exp = rule.blocks("expiration")[0];
    let expirationDays = defaultValue(null, rat);
    if (exp) {
      const eat = r.blockLoc(exp);
      expirationDays = r.num(exp, "days", eat);
      if (expirationDays.state === "default" && r.present(exp, "date")) expirationDays = setValue(0, eat);
    }
    const nc = rule.blocks("noncurrent_version_expiration")[0];
    const abortBlock = rule.blocks("abort_incomplete_multipart_upload")[0];
    const refused = lifecycleRuleRefusal(lifecycleRuleShape(r, rule, v3));
    out.push({
      id: id.state === "set" && id.value !== null ? id.value : void 0,
      enabled,
      expirationDays,
      hasTransitions: rule.blocks("transition").length > 0 || rule.blocks("noncurrent_version_transition").length > 0,
      noncurrentVersionExpirationDays: nc ? r.num(nc, v3 && !r.present(nc, "noncurrent_days") ? "days" : "noncurrent_days", r.blockLoc(nc)) : defaultValue(null, rat),
      abortIncompleteMultipartUploadDays: v3 ? r.num(rule, "abort_incomplete_multipart_upload_days", rat) : abortBlock ? r.num(abortBlock, "days_after_initiation", r.blockLoc(abortBlock)) : defaultValue(null, rat),
      ...lifecycleRuleFiltered(r, rule, v3),
      ...refused ? { refused } : {},
      at: rat
    });
  }
  return setValue(out, at);
}
function lifecycleRuleShape(r, rule, v3) {
  const rat = r.blockLoc(rule);
  const exp = rule.blocks("expiration")[0];
  let deleteMarker;
  if (exp && !exp.unknownWhy) {
    const eat = r.blockLoc(exp);
    const marker = r.bool(exp, "expired_object_delete_marker", false, eat);
    const days = r.num(exp, "days", eat);
    const date = r.str(exp, "date", eat);
    const noDays = days.state !== "unknown" && (days.value === null || days.value <= 0);
    const noDate = date.state !== "unknown" && (date.value === null || date.value === "");
    if (marker.state === "set" && marker.value && noDays && noDate) deleteMarker = marker.at;
  }
  let abort;
  let abortAction;
  if (v3) {
    const days = r.num(rule, "abort_incomplete_multipart_upload_days", rat);
    abortAction = days.state === "unknown" ? "unknown" : days.value === null ? false : days.value > 0 || "unknown";
    if (days.state === "set" && days.value !== null && days.value > 0) abort = days.at;
  } else {
    const block = rule.blocks("abort_incomplete_multipart_upload")[0];
    abortAction = blockWritten(block);
    if (block && abortAction === true) abort = r.blockLoc(block);
  }
  const actionBlocks = ["expiration", "transition", "noncurrent_version_expiration", "noncurrent_version_transition"];
  const tags = v3 ? [limitsByTags(r, rule)] : [];
  const sizes = [];
  for (const f of rule.blocks("filter")) {
    if (f.unknownWhy) {
      tags.push(unknownValue(f.unknownWhy, r.blockLoc(f)));
      continue;
    }
    const fat = r.blockLoc(f);
    tags.push(limitsByTags(r, f), ...f.blocks("tag").map((t) => blockLimits(r, t)));
    sizes.push(r.num(f, "object_size_greater_than", fat), r.num(f, "object_size_less_than", fat));
    for (const and of f.blocks("and")) {
      const aat = r.blockLoc(and);
      tags.push(and.unknownWhy ? unknownValue(and.unknownWhy, aat) : limitsByTags(r, and));
      sizes.push(r.num(and, "object_size_greater_than", aat), r.num(and, "object_size_less_than", aat));
    }
  }
  return {
    at: rat,
    hasAction: anyTri([...actionBlocks.map((b) => blockWritten(rule.blocks(b)[0])), abortAction]),
    deleteMarker,
    expirationDaysOrDate: false,
    abort,
    tagFilter: anyTri(tags.map((t) => t.state === "unknown" ? "unknown" : t.value)),
    sizeFilter: anyTri(sizes.map((n) => n.state === "unknown" ? "unknown" : n.value !== null && n.value > 0))
  };
}
function blockWritten(view) {
  return view === void 0 ? false : view.unknownWhy ? "unknown" : true;
}
function lifecycleRuleFiltered(r, rule, v3) {
  const rat = r.blockLoc(rule);
  const parts = [limitsByPrefix(r.str(rule, "prefix", rat))];
  if (v3) parts.push(limitsByTags(r, rule));
  for (const f of rule.blocks("filter")) {
    parts.push(...filterParts(r, f));
    for (const t of f.blocks("tag")) parts.push(blockLimits(r, t));
    for (const and of f.blocks("and")) parts.push(...filterParts(r, and));
  }
  return lifecycleRuleFilter(parts);
}
function filterParts(r, view) {
  const at = r.blockLoc(view);
  return [
    limitsByPrefix(r.str(view, "prefix", at)),
    limitsByTags(r, view),
    limitsBySize(r.num(view, "object_size_greater_than", at)),
    limitsBySize(r.num(view, "object_size_less_than", at))
  ];
}
function blockLimits(r, view) {
  const at = r.blockLoc(view);
  return view.unknownWhy ? unknownValue(view.unknownWhy, at) : setValue(true, at);
}
function limitsByTags(r, view) {
  const a = r.present(view, "tags");
  if (!a) return defaultValue(false, r.blockLoc(view));
  const at = r.attrLoc(view, a);
  const v = a.value;
  if (v.k === "unknown") {
    return a.ifPresent?.k === "object" && a.ifPresent.attrs.size === 0 ? setValue(false, at) : unknownValue(r.why(v), at);
  }
  if (v.k === "object") return setValue(v.attrs.size > 0, at);
  if (v.k === "list") return setValue(v.items.length > 0, at);
  return unknownValue("tags is not a map", at);
}
function readWebsite(r, view, v3) {
  const at = r.blockLoc(view);
  if (view.unknownWhy) return unknownValue(view.unknownWhy, at);
  let indexDocument;
  let redirect;
  if (v3) {
    const i = r.str(view, "index_document", at);
    const rd = r.str(view, "redirect_all_requests_to", at);
    if (i.state !== "unknown" && i.value !== null) indexDocument = i.value;
    if (rd.state !== "unknown" && rd.value !== null) redirect = rd.value;
  } else {
    const ib = view.blocks("index_document")[0];
    const rb = view.blocks("redirect_all_requests_to")[0];
    const i = ib ? r.str(ib, "suffix", at) : void 0;
    const rd = rb ? r.str(rb, "host_name", at) : void 0;
    if (i && i.state !== "unknown" && i.value !== null) indexDocument = i.value;
    if (rd && rd.state !== "unknown" && rd.value !== null) redirect = rd.value;
  }
  return setValue({ indexDocument, redirectAllRequestsTo: redirect, at }, at);
}
function readCorsRules(r, rules, at) {
  const out = [];
  for (const rule of rules) {
    const rat = r.blockLoc(rule);
    if (rule.unknownWhy) return unknownValue(rule.unknownWhy, rat);
    const list2 = (name, v = r.strList(rule, name, rat)) => v.state === "unknown" ? [{ parts: [{ kind: "unknown", why: v.why }] }] : v.value;
    const origins = r.strList(rule, "allowed_origins", rat);
    out.push({
      allowedOrigins: list2("allowed_origins", origins),
      ...origins.state !== "default" ? { originsAt: origins.at } : {},
      allowedMethods: list2("allowed_methods"),
      allowedHeaders: list2("allowed_headers"),
      at: rat
    });
  }
  return setValue(out, at);
}
function readReplication(r, view, ruleBlock, module = false) {
  const at = r.blockLoc(view);
  if (view.unknownWhy) return unknownValue(view.unknownWhy, at);
  const rules = [];
  for (const rule of view.blocks(ruleBlock)) {
    const rat = r.blockLoc(rule);
    if (rule.unknownWhy) return unknownValue(rule.unknownWhy, rat);
    const dest = rule.blocks("destination")[0];
    const bucket = dest ? r.str(dest, "bucket", r.blockLoc(dest)) : defaultValue(null, rat);
    rules.push({
      status: module ? moduleStatusWord(r.string(rule, "status", "Enabled", rat)) : r.string(rule, "status", "Enabled", rat),
      destinationBucket: bucket.state !== "unknown" && bucket.value === null ? unknownValue("the rule names no destination bucket", rat) : bucket,
      at: rat
    });
  }
  return setValue({ rules, at }, at);
}
function readObjectLockRule(r, b, view) {
  const rule = view.blocks("rule")[0];
  if (!rule) return;
  const retention = rule.blocks("default_retention")[0];
  if (!retention) return;
  const at = r.blockLoc(retention);
  if (retention.unknownWhy) {
    b.objectLock.defaultRetention = unknownValue(retention.unknownWhy, at);
    return;
  }
  const mode = r.string(retention, "mode", "GOVERNANCE", at);
  const days = r.num(retention, "days", at);
  const years = r.num(retention, "years", at);
  b.objectLock.defaultRetention = mode.state === "unknown" ? mode : setValue(
    {
      mode: mode.value,
      days: days.state !== "unknown" && days.value !== null ? days.value : void 0,
      years: years.state !== "unknown" && years.value !== null ? years.value : void 0
    },
    at
  );
}
function readNotifications(r, view) {
  const at = r.blockLoc(view);
  const out = [];
  const kinds = [
    ["lambda_function", "lambda"],
    ["queue", "queue"],
    ["topic", "topic"]
  ];
  for (const [block, type] of kinds) {
    for (const n of view.blocks(block)) {
      if (n.unknownWhy) return unknownValue(n.unknownWhy, r.blockLoc(n));
      out.push({ type, events: r.plainStrings(n, "events"), at: r.blockLoc(n) });
    }
  }
  const eb = r.bool(view, "eventbridge", false, at);
  if (eb.state === "unknown") return unknownValue(eb.why, eb.at);
  if (eb.value) out.push({ type: "eventbridge", events: ["*"], at: eb.at });
  return setValue(out, at);
}

// src/parsers/terraform/bucket.ts
var BUCKET_SETTING_TYPES = /* @__PURE__ */ new Set([
  "aws_s3_bucket_public_access_block",
  "aws_s3_bucket_server_side_encryption_configuration",
  "aws_s3_bucket_versioning",
  "aws_s3_bucket_logging",
  "aws_s3_bucket_acl",
  "aws_s3_bucket_policy",
  "aws_s3_bucket_ownership_controls",
  "aws_s3_bucket_lifecycle_configuration",
  "aws_s3_bucket_object_lock_configuration",
  "aws_s3_bucket_website_configuration",
  "aws_s3_bucket_cors_configuration",
  "aws_s3_bucket_notification",
  "aws_s3_bucket_replication_configuration",
  "aws_s3_bucket_request_payment_configuration",
  "aws_s3_bucket_accelerate_configuration"
]);
function readBucket(r, id, view, origin, readPolicy) {
  const b = newBucket(id, origin);
  const at = origin.at;
  const name = r.present(view, "bucket");
  if (name) {
    const v = r.str(view, "bucket", at);
    if (v.state === "unknown" || v.value !== null) b.name = boundedBucketName(v);
  }
  const tags = r.present(view, "tags");
  if (tags && tags.value.k === "object") {
    for (const [k, v] of tags.value.attrs) b.tags[k] = r.stringOf(v, r.attrLoc(view, tags));
  }
  const acl = readCannedAcl(r, view);
  if (acl) b.acl.canned = acl;
  const grants = readInlineGrants(r, view.blocks("grant"));
  if (grants) b.acl.grants = grants;
  const versioning = view.blocks("versioning")[0];
  if (versioning) {
    const vat = r.blockLoc(versioning);
    b.versioning.at = vat;
    const enabled = r.bool(versioning, "enabled", false, vat);
    b.versioning.status = mapValue(enabled, (e) => e ? "Enabled" : "Disabled");
    b.versioning.mfaDelete = r.bool(versioning, "mfa_delete", false, vat);
  }
  readInlineLogging(r, b, view);
  const sse = view.blocks("server_side_encryption_configuration")[0];
  if (sse) readEncryptionRules(r, b, sse, r.blockLoc(sse));
  const lifecycle = view.blocks("lifecycle_rule");
  if (lifecycle.length) b.lifecycle = readLifecycleRules(r, lifecycle, r.blockLoc(lifecycle[0]), true);
  const website = view.blocks("website")[0];
  if (website) b.website = readWebsite(r, website, true);
  const inline = view.attr("policy")?.value;
  const policy = inline?.k === "string" && inline.v === "" ? void 0 : readPolicy(view, "policy", id);
  if (policy) b.policies.push(policy);
  const olEnabled = r.present(view, "object_lock_enabled");
  if (olEnabled) {
    b.objectLock.enabled = r.bool(view, "object_lock_enabled", false, at);
    b.objectLock.at = r.attrLoc(view, olEnabled);
  }
  const ol = view.blocks("object_lock_configuration")[0];
  if (ol) {
    const oat = r.blockLoc(ol);
    b.objectLock.at = oat;
    const e = r.string(ol, "object_lock_enabled", null, oat);
    if (e.state === "unknown" || e.value !== null) b.objectLock.enabled = mapValue(e, (s) => s === "Enabled");
    readObjectLockRule(r, b, ol);
  }
  const replication = view.blocks("replication_configuration")[0];
  if (replication) b.replication = readReplication(r, replication, "rules");
  const cors = view.blocks("cors_rule");
  if (cors.length) b.cors = readCorsRules(r, cors, r.blockLoc(cors[0]));
  return b;
}
function applyBucketSetting(r, b, type, view, at, owner, readPolicy, again = false) {
  switch (type) {
    case "aws_s3_bucket_public_access_block":
      b.publicAccessBlock = readPublicAccessBlock(r, view, BPA_NAMES, false);
      return;
    case "aws_s3_bucket_server_side_encryption_configuration":
      readEncryptionRules(r, b, view, at);
      return;
    case "aws_s3_bucket_versioning": {
      b.versioning.at = at;
      const conf = view.blocks("versioning_configuration")[0];
      if (!conf) return;
      const cat = r.blockLoc(conf);
      if (conf.unknownWhy) {
        b.versioning.status = unknownValue(conf.unknownWhy, cat);
        return;
      }
      b.versioning.status = r.string(conf, "status", "Disabled", cat);
      b.versioning.mfaDelete = mapValue(r.string(conf, "mfa_delete", "Disabled", cat), (s) => s === "Enabled");
      return;
    }
    case "aws_s3_bucket_logging":
      b.logging.at = at;
      b.logging.targetBucket = writtenName(r.str(view, "target_bucket", at));
      b.logging.targetPrefix = r.str(view, "target_prefix", at);
      return;
    case "aws_s3_bucket_acl": {
      const before = b.acl;
      const acl = readCannedAcl(r, view);
      if (acl) b.acl.canned = again ? morePublicCanned(before.canned, acl) : acl;
      const acp = view.blocks("access_control_policy")[0];
      if (acp) {
        const grants = readPolicyGrants(r, acp);
        b.acl.grants = again && before.grants.state === "set" && grants.state === "set" ? setValue([...before.grants.value, ...grants.value], grants.at) : again && before.grants.state === "unknown" ? before.grants : grants;
      }
      return;
    }
    case "aws_s3_bucket_policy": {
      const doc = readPolicy(view, "policy", owner, true);
      if (doc) b.policies.push(doc);
      return;
    }
    case "aws_s3_bucket_ownership_controls": {
      const rule = view.blocks("rule")[0];
      if (!rule) return;
      const rat = r.blockLoc(rule);
      b.ownership = rule.unknownWhy ? unknownValue(rule.unknownWhy, rat) : r.string(rule, "object_ownership", "BucketOwnerEnforced", rat);
      return;
    }
    case "aws_s3_bucket_lifecycle_configuration":
      b.lifecycle = readLifecycleRules(r, view.blocks("rule"), at, false);
      return;
    case "aws_s3_bucket_object_lock_configuration": {
      const own = b.objectLock.enabled;
      if (own.state !== "unknown" && !own.value) b.objectLock.afterCreation = true;
      b.objectLock.at = at;
      const e = r.string(view, "object_lock_enabled", "Enabled", at);
      b.objectLock.enabled = e.state === "unknown" ? e : setValue(e.value === "Enabled", e.at);
      readObjectLockRule(r, b, view);
      return;
    }
    case "aws_s3_bucket_website_configuration":
      b.website = readWebsite(r, view, false);
      return;
    case "aws_s3_bucket_cors_configuration":
      b.cors = readCorsRules(r, view.blocks("cors_rule"), at);
      return;
    case "aws_s3_bucket_notification":
      b.notifications = readNotifications(r, view);
      return;
    case "aws_s3_bucket_replication_configuration":
      b.replication = readReplication(r, view, "rule");
      return;
  }
}
var CANNED_EXPOSURE = ["public-read-write", "public-read", "authenticated-read"];
function morePublicCanned(a, b) {
  if (a.state === "unknown") return a;
  if (b.state === "unknown" || a.state !== "set") return b;
  const rank = (v) => v.state === "set" ? CANNED_EXPOSURE.indexOf(v.value) : -1;
  const ra = rank(a);
  const rb = rank(b);
  return ra !== -1 && (rb === -1 || ra < rb) ? a : b;
}

// src/parsers/terraform/eval/source-files.ts
var SourceFiles = class {
  list = [];
  byAbs = /* @__PURE__ */ new Map();
  add(abs, display, text) {
    const known = this.byAbs.get(abs);
    if (known !== void 0) return known;
    this.list.push({ display, abs, text, lines: new LineIndex(text) });
    this.byAbs.set(abs, this.list.length - 1);
    return this.list.length - 1;
  }
  /** The number of a file added already. */
  find(abs) {
    return this.byAbs.get(abs);
  }
  get(f) {
    return this.list[f];
  }
  position(f, offset) {
    return this.list[f].lines.position(offset);
  }
  /**
   * The text of `start..end` of file `f` on one line, as condition keys spell an expression: keys
   * written in different places (`count`, a conditional, a registry module input) must agree.
   */
  oneLine(f, start, end) {
    return this.list[f].text.slice(start, end).replace(/\s+/g, " ").trim();
  }
  /** A location spanning `start..end` of file `f`. */
  location(f, start, end, path2) {
    const file = this.list[f];
    const a = file.lines.position(start);
    const b = file.lines.position(Math.max(start, end));
    return { file: file.display, line: a.line, column: a.column, endLine: b.line, endColumn: b.column, path: path2 };
  }
  at(o, path2) {
    return this.location(o.f, o.s, o.e, path2);
  }
};

// src/parsers/terraform/provider-account.ts
var ACCOUNT_SETTINGS = /* @__PURE__ */ new Set([
  "access_key",
  "secret_key",
  "token",
  "profile",
  "shared_credentials_files",
  "shared_credentials_file",
  "shared_config_files",
  "assume_role",
  "assume_role_with_web_identity",
  "allowed_account_ids",
  "forbidden_account_ids"
]);
function providerAccounts(root, files) {
  const out = /* @__PURE__ */ new Map();
  for (const [alias, settings] of providerConfigs(root)) out.set(alias, accountKey(settings, files));
  return out;
}
function providerConfigs(config) {
  let found = declaredConfigs.get(config);
  if (!found) declaredConfigs.set(config, found = readProviderConfigs(config));
  return found;
}
var declaredConfigs = /* @__PURE__ */ new WeakMap();
function readProviderConfigs(config) {
  const out = /* @__PURE__ */ new Map();
  for (const file of [...config.files.filter((x) => !x.override), ...config.files.filter((x) => x.override)]) {
    for (const block of file.body.blocks) {
      if (block.type !== "provider" || block.labels[0]?.value !== "aws") continue;
      const alias = literalString(attr(block.body, "alias")) ?? "";
      let items = out.get(alias);
      if (!items) out.set(alias, items = /* @__PURE__ */ new Map());
      else if (!file.override) continue;
      for (const item of block.body.items) {
        const name = item.kind === "attribute" ? item.name : item.type;
        if (name !== "alias" && name !== "version") items.set(name, { item, f: item.file ?? file.f });
      }
    }
  }
  return new Map([...out].map(([alias, items]) => [alias, [...items.values()]]));
}
function accountKey(settings, files) {
  const known = knownAccount(settings);
  if (known !== void 0) return accountKeyOf(known);
  const parts = [];
  for (const { item, f } of settings) {
    const name = item.kind === "attribute" ? item.name : item.type;
    if (ACCOUNT_SETTINGS.has(name)) parts.push(`${name}:${files.oneLine(f, item.start, item.end)}`);
  }
  return parts.sort().join("\n");
}
function deployedBy(inst, accounts, files) {
  const own = attr(inst.config.block.body, "provider");
  const name = own ? providerName(own.expr, files, own.file ?? inst.config.f) : "aws";
  return accountAlong(name, inst.mod, accounts, files, inst.address);
}
function registryDeployedBy(call, accounts, files) {
  const providers = attr(call.config.block.body, "providers");
  const name = providers ? passedProvider(providers.expr, "aws", files, providers.file ?? call.config.f)?.to : "aws";
  return accountAlong(name, call.parent, accounts, files, call.address);
}
function accountAlong(name, mod, accounts, files, address) {
  for (let call = mod.call; call && name !== void 0; call = mod.call) {
    const providers = attr(call.config.block.body, "providers");
    const passed = providers ? passedProvider(providers.expr, name, files, providers.file ?? call.config.f) : void 0;
    const declared = providerConfigs(mod.config).get(aliasOf(name) ?? "\0");
    if (declared && (declared.length > 0 || !passed)) return childAccountKey(declared, mod, files);
    if (providers) name = passed?.to;
    else if (name !== "aws") name = void 0;
    mod = call.parent;
  }
  if (name === void 0) return `?${address}`;
  const alias = aliasOf(name);
  if (alias === void 0) return `?${name}`;
  const key = accounts.get(alias);
  if (key === void 0) return alias === "" ? void 0 : `?aws.${alias}`;
  return key === "" ? void 0 : key;
}
function aliasOf(name) {
  return name === "aws" ? "" : name.startsWith("aws.") ? name.slice(4) : void 0;
}
function childAccountKey(settings, mod, files) {
  const key = accountKey(settings, files);
  if (key === "") return void 0;
  if (accountOfKey(key) !== void 0) return key;
  const literal = settings.every(
    ({ item }) => !ACCOUNT_SETTINGS.has(item.kind === "attribute" ? item.name : item.type) || !refersToAnything(item)
  );
  return literal ? key : `${key}
@${mod.prefix}`;
}
function refersToAnything(item) {
  if (item.kind === "block") return item.body.items.some(refersToAnything);
  const walk = (x) => {
    if (Array.isArray(x)) return x.some(walk);
    if (typeof x !== "object" || x === null) return false;
    const t = x.t;
    if (t === "var" || t === "call" || t === "invalid") return true;
    return Object.values(x).some(walk);
  };
  return walk(item.expr);
}
function providerName(expr, files, f) {
  const text = files.oneLine(f, expr.start, expr.end).trim();
  return /^aws(\.[A-Za-z_][A-Za-z0-9_-]*)?$/.test(text) ? text : void 0;
}
function passedProvider(expr, name, files, f) {
  if (expr.t !== "object") return { to: void 0 };
  for (const item of expr.items) {
    const key = files.oneLine(f, item.key.start, item.key.end).trim();
    if (key === name) return { to: providerName(item.value, files, f) };
  }
  return void 0;
}
function accountKeyOf(id) {
  return `account:${id}`;
}
function accountOfKey(key) {
  return key?.startsWith("account:") ? key.slice(8) : void 0;
}
var ACCOUNT_ID = /^\d{12}$/;
function knownAccount(settings) {
  let role;
  let roleKnown = true;
  for (const { item } of settings) {
    if (item.kind === "attribute" && item.name === "allowed_account_ids") {
      const e = item.expr;
      if (e.t === "tuple" && e.items.length === 1) {
        const one = e.items[0];
        const id = one.t === "template" && one.parts.length === 1 && one.parts[0].t === "lit" ? one.parts[0].value : void 0;
        if (id !== void 0 && ACCOUNT_ID.test(id)) return id;
      }
    }
    if (item.kind === "block" && item.type === "assume_role") {
      const arn = literalString(attr(item.body, "role_arn"));
      const m = arn === void 0 ? null : /^arn:[a-z-]+:iam::(\d{12}):role\//.exec(arn);
      role = m?.[1];
      roleKnown = m !== null;
    }
  }
  return roleKnown ? role : void 0;
}

// src/parsers/terraform/eval/json-value.ts
var PUA = 57344;
var PUA_MAX = 63743;
function sourceOffset(src, files, offset) {
  const a = src.anchors;
  let lo = 0;
  let hi = a.length / 3;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (a[mid * 3] <= offset) lo = mid + 1;
    else hi = mid;
  }
  const best = (lo - 1) * 3;
  if (best < 0) return void 0;
  const file = files.get(src.f);
  const line = a[best + 1];
  const col = a[best + 2] + (offset - a[best]);
  return file.lines.lineStart(line) + col - 1;
}
function decodeJson(v, files, maxDepth, fallback) {
  return decodeTree(v, files, fallback, "JSON", void 0, (text) => {
    const r = parseJson(text, { maxDepth, reportDuplicates: true });
    if (!r.root) return { root: null, invalid: r.issues[0]?.message ?? "" };
    const twice = r.issues.find((i) => i.code === "DUPLICATE_KEY");
    return twice ? { root: r.root, unsupported: `the JSON has a ${twice.message}; which one counts depends on the reader` } : { root: r.root };
  });
}
var YAML_TAGS = {
  "!!map": (n) => n.kind === "map" ? n : void 0,
  "!!seq": (n) => n.kind === "seq" ? n : void 0,
  "!!null": (n) => n.kind === "scalar" ? { ...n, value: null, quoted: false } : void 0,
  "!!bool": (n) => n.kind === "scalar" && /^(true|True|TRUE|false|False|FALSE)$/.test(String(n.value)) ? { ...n, value: String(n.value).toLowerCase() === "true", quoted: false } : void 0,
  "!!int": (n) => yamlNumber(n, /^[-+]?[0-9]+$/),
  "!!float": (n) => yamlNumber(n, /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/)
};
function yamlNumber(n, form) {
  if (n.kind !== "scalar" || !form.test(String(n.value))) return void 0;
  const value = Number(n.value);
  return Number.isFinite(value) ? { ...n, value, quoted: false } : void 0;
}
function decodeYaml(v, files, limits, fallback) {
  return decodeTree(v, files, fallback, "YAML", yaml11Scalar, (text) => {
    const r = parseYaml(text, {
      ...limits,
      convertTag: (tag2, node) => YAML_TAGS[tag2]?.(node) ?? `the tag ${tag2} is not evaluated statically`
    });
    const error = r.issues.find((i) => i.level === "error");
    if (error) return { root: null, invalid: error.message };
    const tag = r.issues.find((i) => i.code === "UNKNOWN_TAG");
    if (tag) return { root: null, unsupported: tag.message };
    if (r.documents.length > 1) return { root: null, invalid: "more than one YAML document" };
    return { root: r.documents[0] ?? null };
  });
}
function yaml11Scalar(s) {
  if (/^(?:y|Y|yes|Yes|YES|on|On|ON|true|True|TRUE)$/.test(s)) return true;
  if (/^(?:n|N|no|No|NO|off|Off|OFF|false|False|FALSE)$/.test(s)) return false;
  const sign = s.startsWith("-") ? -1 : 1;
  const digits = s.replace(/^[-+]/, "").replace(/_/g, "");
  if (/^0x[0-9a-fA-F]+$/.test(digits)) return sign * parseInt(digits.slice(2), 16);
  if (/^0o[0-7]+$/.test(digits)) return sign * parseInt(digits.slice(2), 8);
  if (/^[-+]?(?:\d[\d_]*(?:\.[\d_]*)?|\.[\d_]*\d[\d_]*)(?:[eE][-+]?\d+)?$/.test(s)) return sign * Number(digits);
  return void 0;
}
function decodeTree(v, files, fallback, format, plain, parse) {
  let text;
  const placeholders = [];
  if (v.k === "string") text = v.v;
  else {
    text = "";
    for (const p of v.parts) {
      if (typeof p === "string") text += p;
      else {
        if (placeholders.length > PUA_MAX - PUA) return unknown(`too many placeholders in the ${format} text`, fallback);
        text += String.fromCharCode(PUA + placeholders.length);
        placeholders.push(p);
      }
    }
  }
  const r = parse(text);
  if (r.unsupported) return unknown(r.unsupported, fallback);
  if (r.invalid !== void 0) {
    if (placeholders.length)
      return unknown(`the ${format} text contains values only known at apply time${r.invalid ? ` (${r.invalid})` : ""}`, fallback);
    return failure(`invalid ${format}${r.invalid ? `: ${r.invalid}` : ""}`, fallback);
  }
  if (!r.root) return nul(fallback);
  const originOf = (n) => {
    if (!v.src) return fallback;
    const s = sourceOffset(v.src, files, n.start);
    const e = sourceOffset(v.src, files, n.end);
    if (s === void 0) return fallback;
    return { f: v.src.f, s, e: e ?? s };
  };
  const restore = (s, at) => {
    if (!placeholders.length) return str(s, at);
    let has2 = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= PUA && c < PUA + placeholders.length) {
        has2 = true;
        break;
      }
    }
    if (!has2) return str(s, at);
    const parts = [];
    let lit = "";
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= PUA && c < PUA + placeholders.length) {
        if (lit) parts.push(lit);
        lit = "";
        parts.push(placeholders[c - PUA]);
      } else lit += s[i];
    }
    if (lit) parts.push(lit);
    return strFromParts(parts, at);
  };
  const convert = (n) => {
    const at = originOf(n);
    switch (n.kind) {
      case "scalar":
        if (n.value === null) return nul(at);
        if (typeof n.value === "string") {
          const resolved = n.quoted ? void 0 : plain?.(n.value);
          if (resolved !== void 0) return typeof resolved === "number" ? num(resolved, at) : bool(resolved, at);
          return restore(n.value, at);
        }
        return typeof n.value === "number" ? num(n.value, at) : bool(n.value, at);
      case "seq":
        return list(n.items.map(convert), at);
      case "map": {
        const attrs = /* @__PURE__ */ new Map();
        for (const e of n.entries) {
          const k = restore(e.key, at);
          attrs.set(k.k === "string" ? k.v : e.key, convert(e.value));
        }
        return obj(attrs, at);
      }
    }
  };
  return convert(r.root);
}
function goJsonString(s) {
  const json = JSON.stringify(s);
  return /[<>&\u2028\u2029]/.test(json) ? json.replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`) : json;
}
function encodeJson(v, at, budget, maxChars = Infinity) {
  const parts = [];
  let chars = 0;
  const push = (s) => {
    chars += s.length;
    if (chars > maxChars) throw new RangeError("jsonencode");
    parts.push(s);
  };
  const enc = (x, depth) => {
    if (--budget.left < 0 || depth > 200) {
      parts.push({ kind: "unknown", why: "the value is too large to encode" });
      return;
    }
    switch (x.k) {
      case "string":
        if (chars + x.v.length > maxChars) throw new RangeError("jsonencode");
        push(goJsonString(x.v));
        return;
      case "sym":
        push('"');
        for (const p of x.parts) {
          if (typeof p === "string") push(goJsonString(p).slice(1, -1));
          else parts.push(p);
        }
        push('"');
        return;
      case "number":
        push(formatNumber(x.v));
        return;
      case "bool":
        push(x.v ? "true" : "false");
        return;
      case "null":
        push("null");
        return;
      case "unknown":
        parts.push({ kind: "unknown", why: x.why });
        return;
      case "ref":
        enc(x.target.whole(at), depth + 1);
        return;
      case "list":
        push("[");
        x.items.forEach((item, i) => {
          if (i) push(",");
          enc(item, depth + 1);
        });
        push("]");
        return;
      case "object": {
        push("{");
        const keys = [...x.attrs.keys()].sort();
        keys.forEach((k, i) => {
          if (i) push(",");
          push(`${goJsonString(k)}:`);
          enc(x.attrs.get(k), depth + 1);
        });
        push("}");
      }
    }
  };
  enc(v, 0);
  const out = strFromParts(parts, at);
  out.json = v;
  return out;
}

// src/parsers/terraform/registry-s3-module.ts
var REGISTRY_S3_SOURCES = [
  /^terraform-aws-modules\/s3-bucket\/aws$/i,
  /^(?:registry\.terraform\.io\/)?terraform-aws-modules\/s3-bucket\/aws$/i,
  /^(?:git::)?(?:https:\/\/|git@|ssh:\/\/git@)?github\.com[/:]terraform-aws-modules\/terraform-aws-s3-bucket(?:\.git)?(?:\?ref=.*)?$/i
];
function isRegistryS3Source(source) {
  return REGISTRY_S3_SOURCES.some((re) => re.test(source));
}
function splitModuleSource(source) {
  const scheme = source.indexOf("://");
  const offset = scheme >= 0 ? scheme + 3 : 0;
  const at = source.indexOf("//", offset);
  if (at < 0) return { pkg: source, subdir: "" };
  let subdir = source.slice(at + 2);
  let pkg = source.slice(0, at);
  const query = subdir.indexOf("?");
  if (query >= 0) {
    pkg += subdir.slice(query);
    subdir = subdir.slice(0, query);
  }
  return { pkg, subdir: trimTrailing(trimLeading(subdir, "/"), "/") };
}
function registryS3Kind(source) {
  const { pkg, subdir } = splitModuleSource(source);
  if (!isRegistryS3Source(pkg)) return void 0;
  if (subdir === "") return "registry-s3";
  if (subdir === "modules/notification") return "registry-s3-notification";
  return void 0;
}
function isRegistryS3AccountPublicAccess(source) {
  if (source === void 0) return false;
  const { pkg, subdir } = splitModuleSource(source);
  return subdir === "modules/account-public-access" && isRegistryS3Source(pkg);
}
var CHANGED_IN = {
  bpaFlags: "v3.9.0",
  controlsOwnership: "v3.9.0",
  versioningStatus: "v3.0.0"
};
var DEFAULTS = [
  { from: [0, 0, 0], defaults: { bpaFlags: false, controlsOwnership: false, versioningStatus: false } },
  { from: [3, 0, 0], defaults: { bpaFlags: false, controlsOwnership: false, versioningStatus: true } },
  { from: [3, 9, 0], defaults: { bpaFlags: true, controlsOwnership: false, versioningStatus: true } }
];
var PROBES = [
  [1, 0, 0],
  [2, 0, 0],
  [3, 0, 0],
  [3, 7, 0],
  [3, 8, 2],
  [3, 9, 0],
  [3, 15, 2],
  [4, 0, 0],
  [4, 11, 0],
  [5, 0, 0],
  [5, 8, 1]
];
var LATEST = [5, 8, 1];
var cmp = (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
function defaultsOf(v) {
  let d = DEFAULTS[0].defaults;
  for (const e of DEFAULTS) if (cmp(v, e.from) >= 0) d = e.defaults;
  return d;
}
function versionsAllowed(constraint) {
  if (!constraint || !constraint.trim()) return [LATEST];
  let allowed = PROBES;
  for (const part of constraint.split(",")) {
    const m = /^\s*(~>|>=|<=|!=|>|<|=)?\s*v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(part);
    if (!m) continue;
    const op = m[1] ?? "=";
    const given = [m[2], m[3], m[4]].filter((x) => x !== void 0).length;
    const v = [Number(m[2]), Number(m[3] ?? 0), Number(m[4] ?? 0)];
    const test = (x) => {
      const c = cmp(x, v);
      switch (op) {
        case "=":
          return c === 0;
        case "!=":
          return c !== 0;
        case ">":
          return c > 0;
        case ">=":
          return c >= 0;
        case "<":
          return c < 0;
        case "<=":
          return c <= 0;
        default: {
          if (c < 0) return false;
          if (given === 3) return x[0] === v[0] && x[1] === v[1];
          return x[0] === v[0];
        }
      }
    };
    allowed = allowed.filter(test);
    if (op === "=" && allowed.length === 0) allowed = [v];
  }
  return allowed;
}
function createCondition(call, input, files, what) {
  const v = call.input(input);
  if (v === void 0 || v.k === "null") return void 0;
  const b = toBoolean(v);
  if (b !== void 0) return b ? void 0 : false;
  const a = attr(call.config.block.body, input);
  const f = a.file ?? call.config.f;
  const text = files.oneLine(f, a.expr.start, a.expr.end);
  const why = v.k === "unknown" ? v.why : "the value is not a bool";
  return {
    key: call.key.k === "none" ? `${call.parent.prefix}${text} is true` : `${call.address}.${input}`,
    why: `${call.address} creates ${what} only when ${input} = ${text} is true: ${why}`,
    at: { f, s: a.start, e: a.end },
    path: `${call.address}.${input}`
  };
}
var JSON_INPUTS = /* @__PURE__ */ new Set(["grant", "cors_rule", "lifecycle_rule"]);
function jsonInput(value, call, at) {
  if (!isStringLike(value)) return value;
  const ev = call.parent.ctx.ev;
  const decoded = value.json ?? decodeJson(value, ev.files, ev.limits.maxDepth, value.at ?? at);
  if (decoded.k !== "unknown") return decoded;
  return unknown(`the module reads this input as JSON text, and it is not valid JSON (${decoded.why})`, value.at ?? at);
}
var InputsView = class {
  constructor(call) {
    this.call = call;
    const b = call.config.block;
    this.header = { f: call.config.f, s: b.start, e: b.open >= 0 ? b.open + 1 : b.end };
    this.span = { f: call.config.f, s: b.start, e: b.end };
    this.path = call.address;
  }
  call;
  header;
  span;
  path;
  attr(name) {
    const value = this.call.input(name);
    if (value === void 0) return void 0;
    const at = this.call.inputAt(name) ?? this.header;
    return { name, value: JSON_INPUTS.has(name) ? jsonInput(value, this.call, at) : value, at };
  }
  blocks(type) {
    const a = this.attr(type);
    if (!a) {
      const b = this.call.config.block.body.blocks.filter((x) => x.type === type);
      return b.map(
        (x, i) => new HclBodyView(
          this.call.parent.ctx.ev,
          x.body,
          this.call.scope,
          blockHeader(this.call.config.f, x),
          { f: this.call.config.f, s: x.start, e: x.end },
          `${this.path}.${type}[${i}]`
        )
      );
    }
    if (a.value.k === "null") return [];
    return valueBlocks(a.value, a.at, `${this.path}.${type}`).filter((v) => v.unknownWhy || !(v instanceof ValueBodyView) || v.size > 0);
  }
};
function moduleStatements(specs, condition) {
  return (id, at) => specs.map((spec) => ({
    sid: spec.sid,
    at,
    effect: setValue(spec.effect, at),
    principal: { field: "Principal", entries: setValue([{ type: spec.principal[0], value: spec.principal[1] }], at) },
    action: { field: "plain", values: setValue([spec.action], at) },
    resource: { field: "plain", values: setValue(resourcesOf(id, spec.on), at) },
    conditions: setValue(
      condition && spec.effect === "Deny" ? [{ operator: condition.operator, key: condition.key, values: [condition.value], at }] : [],
      at
    )
  }));
}
function resourcesOf(id, on) {
  const bucket = { parts: [{ kind: "bucket", id, attr: "arn" }] };
  const objects = { parts: [{ kind: "bucket", id, attr: "arn" }, "/*"] };
  return on === "bucket" ? [bucket] : on === "objects" ? [objects] : [bucket, objects];
}
var logDelivery = (service) => [
  { sid: "AWSLogDeliveryWrite", effect: "Allow", principal: ["Service", service], action: "s3:PutObject", on: "objects" },
  { sid: "AWSLogDeliveryAclCheck", effect: "Allow", principal: ["Service", service], action: "s3:GetBucketAcl", on: "bucket" }
];
var FROM_INPUT = { parts: [{ kind: "unknown", why: "set by another input of the module" }] };
var denyPut = (sid) => [{ sid, effect: "Deny", principal: ["*", "*"], action: "s3:PutObject", on: "objects" }];
var MODULE_POLICIES = [
  [
    "attach_deny_insecure_transport_policy",
    moduleStatements([{ sid: "denyInsecureTransport", effect: "Deny", principal: ["AWS", "*"], action: "s3:*", on: "both" }], {
      operator: "Bool",
      key: "aws:SecureTransport",
      value: "false"
    })
  ],
  [
    "attach_require_latest_tls_policy",
    moduleStatements([{ sid: "denyOutdatedTLS", effect: "Deny", principal: ["AWS", "*"], action: "s3:*", on: "both" }], {
      operator: "NumericLessThan",
      key: "s3:TlsVersion",
      value: "1.2"
    })
  ],
  [
    "attach_elb_log_delivery_policy",
    moduleStatements([
      {
        sid: "",
        effect: "Allow",
        principal: ["Service", "logdelivery.elasticloadbalancing.amazonaws.com"],
        action: "s3:PutObject",
        on: "objects"
      }
    ])
  ],
  ["attach_lb_log_delivery_policy", moduleStatements(logDelivery("delivery.logs.amazonaws.com"))],
  ["attach_waf_log_delivery_policy", moduleStatements(logDelivery("delivery.logs.amazonaws.com"))],
  [
    "attach_access_log_delivery_policy",
    moduleStatements([
      {
        sid: "AWSAccessLogDeliveryWrite",
        effect: "Allow",
        principal: ["Service", "logging.s3.amazonaws.com"],
        action: "s3:PutObject",
        on: "objects"
      }
    ])
  ],
  [
    "attach_inventory_destination_policy",
    moduleStatements([
      {
        sid: "destinationInventoryPolicy",
        effect: "Allow",
        principal: ["Service", "s3.amazonaws.com"],
        action: "s3:PutObject",
        on: "objects"
      }
    ])
  ],
  [
    "attach_analytics_destination_policy",
    moduleStatements([
      {
        sid: "destinationAnalyticsPolicy",
        effect: "Allow",
        principal: ["Service", "s3.amazonaws.com"],
        action: "s3:PutObject",
        on: "objects"
      }
    ])
  ],
  [
    "attach_deny_unencrypted_object_uploads",
    moduleStatements(denyPut("denyUnencryptedObjectUploads"), { operator: "Null", key: "s3:x-amz-server-side-encryption", value: "true" })
  ],
  [
    "attach_deny_ssec_encrypted_object_uploads",
    moduleStatements(denyPut("denySSECEncryptedObjectUploads"), {
      operator: "Null",
      key: "s3:x-amz-server-side-encryption-customer-algorithm",
      value: "false"
    })
  ],
  [
    "attach_deny_incorrect_encryption_headers",
    moduleStatements(denyPut("denyIncorrectEncryptionHeaders"), {
      operator: "StringNotEquals",
      key: "s3:x-amz-server-side-encryption",
      value: FROM_INPUT
    })
  ],
  [
    "attach_deny_incorrect_kms_key_sse",
    moduleStatements(denyPut("denyIncorrectKmsKeySse"), {
      operator: "StringNotEquals",
      key: "s3:x-amz-server-side-encryption-aws-kms-key-id",
      value: FROM_INPUT
    })
  ]
];
function readRegistryS3Bucket(r, call, origin, readPolicy, notes, managed = /* @__PURE__ */ new Set()) {
  const view = new InputsView(call);
  const id = call.address;
  const at = origin.at;
  const create = view.attr("create_bucket");
  if (create && toBoolean(create.value) === false) return void 0;
  const b = newBucket(id, origin);
  const name = r.present(view, "bucket");
  if (name) {
    const v = r.str(view, "bucket", at);
    if (v.state === "unknown" || v.value !== null) b.name = boundedBucketName(v);
  }
  const defaults = versionsAllowed(call.config.version).map(defaultsOf);
  const versionDefault = (k) => {
    const vals = new Set(defaults.map((d) => d[k]));
    if (vals.size === 1) return defaultValue([...vals][0], at);
    if (vals.size === 0) return unknownValue(`no released version of the module matches "${call.config.version}"`, at);
    return unknownValue(
      `the module reads this input differently since ${CHANGED_IN[k]} and the version constraint "${call.config.version}" allows both`,
      at
    );
  };
  const attachPab = r.bool(view, "attach_public_policy", true, at);
  if (attachPab.state === "unknown" || attachPab.value) {
    const flag = (input) => {
      const d = versionDefault("bpaFlags");
      return r.present(view, input) ? r.bool(view, input, false, at) : d;
    };
    managed.add("aws_s3_bucket_public_access_block");
    b.publicAccessBlock = {
      declared: attachPab.state === "unknown" ? attachPab : setValue(true, at),
      blockPublicAcls: flag("block_public_acls"),
      ignorePublicAcls: flag("ignore_public_acls"),
      blockPublicPolicy: flag("block_public_policy"),
      restrictPublicBuckets: flag("restrict_public_buckets"),
      at
    };
  }
  const acl = r.present(view, "acl");
  if (acl) b.acl.canned = r.stringOf(acl.value, r.attrLoc(view, acl));
  const grants = readInlineGrants(r, view.blocks("grant"));
  if (grants) b.acl.grants = grants;
  const controls = r.present(view, "control_object_ownership") ? r.bool(view, "control_object_ownership", false, at) : versionDefault("controlsOwnership");
  if (controls.state === "unknown" || controls.value) managed.add("aws_s3_bucket_ownership_controls");
  if (controls.state === "unknown") b.ownership = controls;
  else if (controls.value) b.ownership = r.string(view, "object_ownership", "BucketOwnerEnforced", controls.at);
  const versioning = view.blocks("versioning")[0];
  if (versioning) {
    managed.add("aws_s3_bucket_versioning");
    const vat = r.blockLoc(versioning);
    b.versioning.at = vat;
    const enabled = r.present(versioning, "enabled");
    const status = r.present(versioning, "status");
    const readsStatus = versionDefault("versioningStatus");
    if (enabled) b.versioning.status = mapValue(r.bool(versioning, "enabled", false, vat), (e) => e ? "Enabled" : "Suspended");
    else if (readsStatus.state === "unknown") b.versioning.status = { ...readsStatus, at: status ? r.attrLoc(versioning, status) : vat };
    else if (!readsStatus.value) b.versioning.status = setValue("Disabled", status ? r.attrLoc(versioning, status) : vat);
    else if (status) {
      b.versioning.status = mapValue(r.stringOf(status.value, r.attrLoc(versioning, status)), (s) => {
        const t = s.toLowerCase();
        return t === "enabled" || t === "true" ? "Enabled" : t === "suspended" || t === "false" ? "Suspended" : "Disabled";
      });
    } else b.versioning.status = defaultValue("Enabled", vat);
    const mfa = r.present(versioning, "mfa_delete");
    if (mfa) {
      const s = r.stringOf(mfa.value, r.attrLoc(versioning, mfa));
      b.versioning.mfaDelete = s.state === "unknown" ? s : setValue(s.value.toLowerCase() === "true" || s.value.toLowerCase() === "enabled", s.at);
    }
  }
  if (view.blocks("logging").length) managed.add("aws_s3_bucket_logging");
  readInlineLogging(r, b, view);
  const sse = view.blocks("server_side_encryption_configuration")[0];
  if (sse) managed.add("aws_s3_bucket_server_side_encryption_configuration");
  if (sse) readEncryptionRules(r, b, sse, r.blockLoc(sse));
  const lifecycle = r.present(view, "lifecycle_rule");
  if (lifecycle) {
    managed.add("aws_s3_bucket_lifecycle_configuration");
    const rules = view.blocks("lifecycle_rule");
    b.lifecycle = readLifecycleRules(r, rules, r.attrLoc(view, lifecycle), true);
  }
  const website = view.blocks("website")[0];
  if (website) managed.add("aws_s3_bucket_website_configuration");
  if (website) b.website = readWebsite(r, website, true);
  const attachPolicy = r.bool(view, "attach_policy", false, at);
  if (attachPolicy.state === "default" && r.present(view, "policy")) {
    notes.push(`${id} sets "policy" without "attach_policy = true"; the module does not attach that policy, so it is not checked`);
  }
  if (attachPolicy.state === "unknown" || attachPolicy.value) {
    const doc = readPolicy(view, "policy", id);
    if (doc) {
      if (attachPolicy.state === "unknown")
        doc.unknown = { why: `whether the policy is attached is not known (${attachPolicy.why})`, at: attachPolicy.at };
      b.policies.push(doc);
    }
  }
  for (const [input, statements] of MODULE_POLICIES) {
    const on = r.bool(view, input, false, at);
    if (on.state === "set" && on.value) b.policies.push({ owner: id, at: on.at, statements: statements(id, on.at) });
    else if (on.state === "unknown") b.policies.push({ owner: id, at: on.at, statements: [], unknown: { why: on.why, at: on.at } });
  }
  const olEnabled = r.present(view, "object_lock_enabled");
  if (olEnabled) {
    b.objectLock.enabled = r.bool(view, "object_lock_enabled", false, at);
    b.objectLock.at = r.attrLoc(view, olEnabled);
  }
  const ol = view.blocks("object_lock_configuration")[0];
  if (ol) managed.add("aws_s3_bucket_object_lock_configuration");
  if (ol) readObjectLockRule(r, b, ol);
  const replication = view.blocks("replication_configuration")[0];
  if (replication) managed.add("aws_s3_bucket_replication_configuration");
  if (replication) b.replication = readReplication(r, replication, "rules", true);
  const cors = view.blocks("cors_rule");
  if (cors.length) managed.add("aws_s3_bucket_cors_configuration");
  if (cors.length) b.cors = readCorsRules(r, cors, r.blockLoc(cors[0]));
  const tags = r.present(view, "tags");
  if (tags && tags.value.k === "object") for (const [k, v] of tags.value.attrs) b.tags[k] = r.stringOf(v, r.attrLoc(view, tags));
  return b;
}

// src/parsers/terraform/model-values.ts
var ValueReader = class {
  constructor(files) {
    this.files = files;
  }
  files;
  loc(o, path2) {
    return this.files.at(o, path2);
  }
  /** Location of a whole block (its header line), e.g. for a missing setting inside it. */
  blockLoc(view) {
    return this.loc(view.header, view.path);
  }
  attrLoc(view, a) {
    return this.loc(a.at, `${view.path}.${a.name}`);
  }
  why(u) {
    return u.why;
  }
  /** The attribute, unless absent or `null` (which Terraform treats as not set). */
  present(view, name) {
    const a = view.attr(name);
    if (!a || a.value.k === "null") return void 0;
    return a;
  }
  bool(view, name, def, fallback) {
    const a = this.present(view, name);
    if (!a) return defaultValue(def, fallback);
    const at = this.attrLoc(view, a);
    if (a.value.k === "unknown") {
      if (a.ifPresent && toBoolean(a.ifPresent) === def) return setValue(def, at);
      return unknownValue(this.why(a.value), at);
    }
    const b = toBoolean(a.value);
    if (b === void 0) return unknownValue(`${name} is not a bool`, at);
    return setValue(b, at);
  }
  /** A plain string setting (enum-like: ACLs, algorithms, statuses). */
  string(view, name, def, fallback) {
    const a = this.present(view, name);
    if (!a) return defaultValue(def, fallback);
    const at = this.attrLoc(view, a);
    if (a.ifPresent && def !== null) {
      const s = this.stringOf(a.ifPresent, at);
      if (s.state === "set" && s.value === def) return s;
    }
    return this.stringOf(a.value, at);
  }
  stringOf(v, at) {
    if (v.k === "unknown") return unknownValue(this.why(v), at);
    const s = toStr(v);
    if (!s || s.k === "null") return unknownValue("expected a string", at);
    if (s.k === "sym") return unknownValue("the value is only known at apply time", at);
    if (s.k === "unknown") return unknownValue(this.why(s), at);
    return setValue(s.v, at);
  }
  /** A string that may name other resources (bucket names, ARNs, key ids). */
  str(view, name, fallback) {
    const a = this.present(view, name);
    if (!a) return defaultValue(null, fallback);
    const at = this.attrLoc(view, a);
    if (a.value.k === "unknown") return unknownValue(this.why(a.value), at, a.value.ident);
    const s = this.strOf(a.value);
    return s === void 0 ? unknownValue(`${name} is not a string`, at) : setValue(s, at);
  }
  strOf(v) {
    const s = v.k === "unknown" ? v : toStr(v);
    if (!s || s.k === "null") return void 0;
    if (s.k === "string") return s.v;
    if (s.k === "sym") return { parts: s.parts };
    return { parts: [s.ident === void 0 ? { kind: "unknown", why: this.why(s) } : { kind: "unknown", why: this.why(s), key: s.ident }] };
  }
  num(view, name, fallback) {
    const a = this.present(view, name);
    if (!a) return defaultValue(null, fallback);
    const at = this.attrLoc(view, a);
    if (a.value.k === "unknown") return unknownValue(this.why(a.value), at);
    const n = toNumber(a.value);
    return n === void 0 ? unknownValue(`${name} is not a number`, at) : setValue(n, at);
  }
  /** A list of strings (a single string counts as a one-element list). */
  strList(view, name, fallback) {
    const a = this.present(view, name);
    if (!a) return defaultValue([], fallback);
    const at = this.attrLoc(view, a);
    return this.strListOf(a.value, at);
  }
  strListOf(v, at) {
    if (v.k === "unknown") return unknownValue(this.why(v), at);
    const items = v.k === "list" ? v.items : [v];
    const out = [];
    for (const i of items) {
      const s = this.strOf(i);
      if (s !== void 0) out.push(s);
    }
    return setValue(out, at);
  }
  /** Plain strings of a list, unknown parts dropped (for event names and the like). */
  plainStrings(view, name) {
    const a = this.present(view, name);
    if (!a) return [];
    const items = a.value.k === "list" ? a.value.items : [a.value];
    const out = [];
    for (const i of items) {
      const s = toStr(i);
      if (s && s.k === "string") out.push(s.v);
    }
    return out;
  }
};

// src/parsers/terraform/other-resources.ts
var need = (v, why) => v.state === "unknown" ? v : v.value === null ? unknownValue(why, v.at) : v;
function readAccessPoint(r, id, view, origin, readPolicy) {
  const ap = newAccessPoint(id, origin, false);
  ap.buckets.push(need(r.str(view, "bucket", origin.at), "the access point names no bucket"));
  const pab = view.blocks("public_access_block_configuration")[0];
  if (pab) ap.publicAccessBlock = readPublicAccessBlock(r, pab, BPA_NAMES, true);
  const vpc = view.blocks("vpc_configuration")[0];
  if (vpc) ap.networkOrigin = setValue("VPC", r.blockLoc(vpc));
  const policy = readPolicy(view, "policy", id);
  if (policy) ap.policies.push(policy);
  return ap;
}
function readMultiRegionAccessPoint(r, id, view, origin) {
  const ap = newAccessPoint(id, origin, true);
  const details = view.blocks("details")[0];
  if (!details) return ap;
  for (const region of details.blocks("region")) {
    if (region.unknownWhy) ap.buckets.push(unknownValue(region.unknownWhy, r.blockLoc(region)));
    else ap.buckets.push(need(r.str(region, "bucket", r.blockLoc(region)), "the region names no bucket"));
  }
  const pab = details.blocks("public_access_block")[0];
  if (pab) ap.publicAccessBlock = readPublicAccessBlock(r, pab, BPA_NAMES, true);
  return ap;
}
function readAccountPublicAccessBlock(r, id, view, origin) {
  const pab = readPublicAccessBlock(r, view, BPA_NAMES, false);
  pab.declared = setValue(true, origin.at);
  return { id, origin, publicAccessBlock: pab.at ? pab : declaredPublicAccessBlock(origin.at), suppressions: [] };
}
function readTrail(r, id, view, origin) {
  const t = newTrail(id, origin);
  const at = origin.at;
  t.bucketName = need(r.str(view, "s3_bucket_name", at), "the trail names no bucket");
  t.isMultiRegion = r.bool(view, "is_multi_region_trail", false, at);
  t.logFileValidation = r.bool(view, "enable_log_file_validation", false, at);
  t.isLogging = r.bool(view, "enable_logging", true, at);
  t.cloudWatchLogsGroup = r.str(view, "cloud_watch_logs_group_arn", at);
  t.kmsKeyId = r.str(view, "kms_key_id", at);
  const basic = view.blocks("event_selector");
  const advanced = view.blocks("advanced_event_selector");
  const selectors = [];
  for (const sel of basic) {
    const sat = r.blockLoc(sel);
    if (sel.unknownWhy) {
      t.dataEvents = unknownValue(sel.unknownWhy, sat);
      return t;
    }
    const rw = r.string(sel, "read_write_type", "All", sat);
    for (const dr of sel.blocks("data_resource")) {
      const dat = r.blockLoc(dr);
      if (dr.unknownWhy) {
        selectors.push({ readWriteType: rw, s3Resources: [{ parts: [{ kind: "unknown", why: dr.unknownWhy }] }], advanced: false, at: dat });
        continue;
      }
      const type = r.string(dr, "type", "", dat);
      if (type.state === "set" && type.value !== "AWS::S3::Object") continue;
      const values = r.strList(dr, "values", dat);
      selectors.push({
        readWriteType: rw,
        s3Resources: values.state === "unknown" ? [{ parts: [{ kind: "unknown", why: values.why }] }] : values.value,
        advanced: false,
        at: dat
      });
    }
  }
  for (const sel of advanced) {
    const s = readAdvancedSelector(r, sel);
    if (s) selectors.push(s);
  }
  if (basic.length || advanced.length) t.dataEvents = setValue(selectors, r.blockLoc(basic[0] ?? advanced[0]));
  return t;
}
function readEventDataStore(r, id, view, origin) {
  const at = origin.at;
  const suspended = r.bool(view, "suspend", false, at);
  const isLogging = suspended.state === "unknown" ? suspended : { ...suspended, value: !suspended.value };
  const advanced = view.blocks("advanced_event_selector");
  const selectors = [];
  for (const sel of advanced) {
    const s = readAdvancedSelector(r, sel);
    if (s) selectors.push(s);
  }
  return { id, origin, isLogging, dataEvents: advanced.length ? setValue(selectors, r.blockLoc(advanced[0])) : setValue([], at) };
}
function readAdvancedSelector(r, sel) {
  const at = r.blockLoc(sel);
  if (sel.unknownWhy) return unknownSelector(sel.unknownWhy, at, at);
  const read = [];
  for (const f of sel.blocks("field_selector")) {
    const fat = r.blockLoc(f);
    if (f.unknownWhy) {
      return unknownSelector(f.unknownWhy, fat, at);
    }
    const name = r.string(f, "field", "", fat);
    if (name.state === "unknown") return unknownSelector(name.why, name.at, at);
    if (name.state !== "set") continue;
    const operators = /* @__PURE__ */ new Map();
    for (const { op, terraform } of FIELD_OPERATORS) if (r.present(f, terraform)) operators.set(op, r.strList(f, terraform, fat));
    read.push({ field: name.value, at: fat, operators });
  }
  return advancedSelector(read, at);
}
function readIamPolicy(id, view, origin, kind, readPolicy) {
  const document = readPolicy(view, "policy", id);
  if (!document) return void 0;
  return { id, origin, kind, document, suppressions: [] };
}
var POLICY_ATTACHMENT_ARNS = {
  aws_iam_role_policy_attachment: "policy_arn",
  aws_iam_user_policy_attachment: "policy_arn",
  aws_iam_group_policy_attachment: "policy_arn",
  aws_iam_policy_attachment: "policy_arn",
  aws_iam_role_policy_attachments_exclusive: "policy_arns",
  aws_iam_user_policy_attachments_exclusive: "policy_arns",
  aws_iam_group_policy_attachments_exclusive: "policy_arns",
  aws_iam_role: "managed_policy_arns"
};
function readAttachedManagedPolicies(r, id, type, view, origin) {
  const name = Object.hasOwn(POLICY_ATTACHMENT_ARNS, type) ? POLICY_ATTACHMENT_ARNS[type] : void 0;
  const a = name === void 0 ? void 0 : r.present(view, name);
  if (!a) return [];
  const at = r.attrLoc(view, a);
  const arns = r.strListOf(a.value, at);
  if (arns.state === "unknown") return [];
  const out = [];
  for (const arn of arns.value) {
    const policy = awsManagedPolicyName(arn);
    if (policy && !out.some((p) => p.awsManaged === policy)) out.push(attachedAwsManagedPolicy(id, origin, policy, at));
  }
  return out;
}
function readInlinePolicies(r, id, view, origin, readPolicy) {
  const out = [];
  view.blocks("inline_policy").forEach((b, i) => {
    const document = readPolicy(b, "policy", id);
    if (!document) return;
    out.push({ id: `${id}.inline_policy[${i}]`, origin: { ...origin, at: r.blockLoc(b) }, kind: "inline", document, suppressions: [] });
  });
  return out;
}
function readMetricFilter(r, id, view, origin) {
  const at = origin.at;
  const transform = view.blocks("metric_transformation")[0];
  const tat = transform ? r.blockLoc(transform) : at;
  return {
    id,
    origin,
    logGroup: need(r.str(view, "log_group_name", at), "not set"),
    pattern: r.string(view, "pattern", "", at),
    metricName: transform ? need(r.str(transform, "name", tat), "not set") : unknownValue("not set", at),
    metricNamespace: transform ? need(r.str(transform, "namespace", tat), "not set") : unknownValue("not set", at)
  };
}
function readAlarm(r, id, view, origin) {
  const at = origin.at;
  let metricName = need(r.str(view, "metric_name", at), "the alarm names no metric");
  let namespace = need(r.str(view, "namespace", at), "the alarm names no namespace");
  if (!r.present(view, "metric_name")) {
    for (const q of view.blocks("metric_query")) {
      const m = q.blocks("metric")[0];
      if (!m) continue;
      metricName = need(r.str(m, "metric_name", r.blockLoc(m)), "the alarm names no metric");
      namespace = need(r.str(m, "namespace", r.blockLoc(m)), "the alarm names no namespace");
      break;
    }
  }
  return { id, origin, metricName, namespace };
}
function readObject(r, id, view, origin, kind) {
  const at = origin.at;
  const sse = r.string(view, "server_side_encryption", null, at);
  return {
    id,
    origin,
    kind,
    bucket: need(r.str(view, "bucket", at), "the object names no bucket"),
    serverSideEncryption: sse,
    kmsKeyId: r.str(view, "kms_key_id", at),
    acl: r.string(view, "acl", null, at),
    suppressions: []
  };
}

// src/parsers/terraform/policy-value.ts
function policyStructure(v, files, maxDepth) {
  if (v.k === "ref") return v.target.whole(v.at);
  if (!isStringLike(v)) return v;
  if (v.json) return v.json;
  if (v.k === "string" && v.v.trim() === "") return { k: "unknown", why: "the policy is an empty string", at: v.at, error: true };
  return decodeJson(v, files, maxDepth, v.at);
}
var MAX_POLICY_VALUES = 2e4;
var TooManyValues = class extends Error {
};
function toPNode(v, files, fallback, path2, depth = 0, budget = { left: MAX_POLICY_VALUES }) {
  if (--budget.left < 0) throw new TooManyValues();
  const at = v.at ? files.at(v.at, path2) : { ...fallback, path: path2 };
  if (depth > 100) return { kind: "unknown", why: "the document nests too deeply", at };
  switch (v.k) {
    case "unknown": {
      if (v.error) return { kind: "unknown", why: `the policy cannot be read: ${v.why}`, at };
      if (!v.oneOf) return { kind: "unknown", why: v.why, at };
      const branches = v.oneOf.map((x) => toPNode(x, files, at, path2, depth + 1, budget));
      return { kind: "unknown", why: v.why, at, branches };
    }
    case "ref":
      return toPNode(v.target.whole(v.at), files, fallback, path2, depth + 1, budget);
    case "object": {
      const entries = [];
      for (const [k, x] of v.attrs) entries.push([k, toPNode(x, files, at, `${path2}.${k}`, depth + 1, budget)]);
      return { kind: "map", entries, at };
    }
    case "list":
      return { kind: "list", items: v.items.map((x, i) => toPNode(x, files, at, `${path2}[${i}]`, depth + 1, budget)), at };
    case "sym":
      return { kind: "str", value: { parts: v.parts }, at };
    case "null":
      return { kind: "str", value: null, at };
    default: {
      const s = toStr(v);
      return {
        kind: "str",
        value: s && s.k === "string" ? v.k === "string" ? v.v : v.k === "number" || v.k === "bool" ? v.v : s.v : null,
        at
      };
    }
  }
}
function readPolicyValue(v, owner, at, files, maxDepth) {
  const structure = policyStructure(v, files, maxDepth);
  let node;
  try {
    node = toPNode(structure, files, at, `${at.path}`);
  } catch (e) {
    if (!(e instanceof TooManyValues)) throw e;
    node = {
      kind: "unknown",
      why: `the policy cannot be read: it holds more than ${MAX_POLICY_VALUES.toLocaleString("en-US")} values, more than a bucket policy may (20 KB)`,
      at
    };
  }
  const doc = readPolicyDocument(node, owner);
  doc.at = at;
  if (doc.unknown) doc.unknown.at = at;
  return doc;
}

// src/parsers/terraform/remote-state.ts
import path from "node:path";
function outputPattern(state, output) {
  return state === void 0 ? ["", `${STATE_OUTPUT_OF}${output}`] : [`${state}${STATE_OUTPUT_OF}${output}`];
}
function stateIdentity(backend, get2, localDir, workspace) {
  if (workspace !== void 0 && workspace !== "default") return void 0;
  const all = (...keys) => {
    const values = keys.map(get2);
    return values.every((v) => v !== void 0 && v !== "") ? values.join("/") : void 0;
  };
  switch (backend) {
    case "s3":
    case "oss":
    case "cos":
      return prefixed(backend, all("bucket", "key"));
    case "gcs":
      return prefixed(backend, all("bucket") && `${get2("bucket")}/${get2("prefix") ?? ""}`);
    case "azurerm":
      return prefixed(backend, all("storage_account_name", "container_name", "key"));
    case "remote":
    case "cloud":
      return prefixed("remote", all("organization", "workspaces.name"));
    case "local": {
      const p = get2("path") ?? "terraform.tfstate";
      return prefixed("local", path.posix.normalize(path.posix.join(localDir, p)));
    }
    default:
      return void 0;
  }
}
var prefixed = (backend, id) => id === void 0 ? void 0 : `${backend}:${id}`;
function displayDir(root) {
  const f = root.config.files[0];
  return f ? path.posix.dirname(root.ctx.files.get(f.f).display) : ".";
}
function ownState(root) {
  for (const file of root.config.files) {
    for (const t of file.body.blocks) {
      if (t.type !== "terraform") continue;
      for (const b of t.body.blocks) {
        if (b.type === "cloud") return stateIdentity("cloud", literalIn(b), displayDir(root), void 0);
        if (b.type === "backend" && b.labels.length === 1)
          return stateIdentity(b.labels[0].value, literalIn(b), displayDir(root), void 0);
      }
    }
  }
  return void 0;
}
function literalIn(block) {
  return (key) => {
    const [head, ...rest] = key.split(".");
    if (rest.length === 0) return literalString(attr(block.body, head));
    const inner = block.body.blocks.find((b) => b.type === head);
    return inner ? literalIn(inner)(rest.join(".")) : void 0;
  };
}
function stringIn(v) {
  return (key) => {
    let cur = v;
    for (const k of key.split(".")) cur = cur && cur.k === "object" ? cur.attrs.get(k) : void 0;
    return cur && cur.k === "string" ? cur.v : void 0;
  };
}
var BUCKET_OUTPUT = /^aws_s3_bucket\.[A-Za-z_][\w-]*\.(id|bucket|arn)$/;
var REMOTE_READ = /^data\.terraform_remote_state\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)$/;
function readStateLinks(root) {
  const files = root.ctx.files;
  const outputsOf = /* @__PURE__ */ new Map();
  let own = null;
  for (const o of root.config.outputs.values()) {
    if (!o.value) continue;
    const text = files.oneLine(o.value.file ?? o.f, o.value.expr.start, o.value.expr.end);
    if (!BUCKET_OUTPUT.test(text)) continue;
    const v = root.output(o.name, void 0);
    const p = v.k === "sym" && v.parts.length === 1 ? v.parts[0] : void 0;
    if (!p || typeof p === "string" || p.kind !== "bucket" || p.attr === "domain") continue;
    if (own === null) own = ownState(root);
    const list2 = outputsOf.get(p.id) ?? [];
    list2.push(outputPattern(own, o.name));
    outputsOf.set(p.id, list2);
  }
  const reads = /* @__PURE__ */ new Map();
  const stateOfRead = (name) => {
    if (reads.has(name)) return reads.get(name);
    const inst = root.resourceInstances(REMOTE_STATE, "data").find((i) => i.address === `data.terraform_remote_state.${name}`);
    let id;
    if (inst) {
      const view = inst.body();
      const backend = view.attr("backend")?.value;
      const workspace = view.attr("workspace")?.value;
      if (backend?.k === "string" && (!workspace || workspace.k === "string"))
        id = stateIdentity(
          backend.v,
          stringIn(view.attr("config")?.value),
          displayDir(root),
          workspace?.k === "string" ? workspace.v : void 0
        );
    }
    reads.set(name, id);
    return id;
  };
  return {
    outputsOf,
    readOf: (key) => {
      const m = REMOTE_READ.exec(key);
      return m ? outputPattern(stateOfRead(m[1]), m[2]) : void 0;
    }
  };
}
var REMOTE_STATE = /* @__PURE__ */ new Set(["terraform_remote_state"]);

// src/parsers/terraform/registry-s3-notification.ts
var INPUT_OF = {
  lambda_function: "lambda_notifications",
  queue: "sqs_notifications",
  topic: "sns_notifications"
};
var NotificationInputsView = class extends InputsView {
  blocks(type) {
    const input = Object.hasOwn(INPUT_OF, type) ? INPUT_OF[type] : void 0;
    const a = input ? this.attr(input) : void 0;
    if (!input || !a) return [];
    return entryBlocks(a.value, a.at, `${this.path}.${input}`);
  }
  /** Whether the call configures any notification (or may: a value not known statically). */
  configuresAny() {
    for (const input of Object.values(INPUT_OF)) {
      const v = this.attr(input)?.value;
      if (v && !(v.k === "null" || v.k === "object" && v.attrs.size === 0 || v.k === "list" && v.items.length === 0)) return true;
    }
    const eb = this.attr("eventbridge")?.value;
    return eb !== void 0 && eb.k !== "null" && toBoolean(eb) !== false;
  }
};
function entryBlocks(v, at, path2) {
  if (v.k === "null") return [];
  if (v.k === "object" || v.k === "list") {
    const entries = v.k === "object" ? [...v.attrs] : v.items.map((x, i) => [String(i), x]);
    return entries.map(([key, entry]) => {
      const where = `${path2}[${JSON.stringify(key)}]`;
      if (entry.k === "object") return new ValueBodyView(entry, entry.at ?? at, where);
      return unknownBlock(entry.k === "unknown" ? entry.why : `entry "${key}" is not an object`, entry.at ?? at, where);
    });
  }
  return [unknownBlock(v.k === "unknown" ? v.why : "the value is not a map of notifications", v.at ?? at, path2)];
}
function unknownBlock(why, at, path2) {
  const view = new ValueBodyView(obj(/* @__PURE__ */ new Map(), at), at, path2);
  view.unknownWhy = why;
  return view;
}

// src/parsers/terraform/maybe-setting.ts
function holders(b) {
  const h = (x) => x;
  return [
    [h(b.publicAccessBlock), ["declared", "blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy", "restrictPublicBuckets"]],
    [h(b.acl), ["canned", "grants"]],
    [h(b), ["ownership", "lifecycle", "notifications", "replication", "website", "cors"]],
    [h(b.encryption), ["declared", "algorithm", "kmsKeyId", "bucketKeyEnabled", "blockedEncryptionTypes"]],
    [h(b.versioning), ["status", "mfaDelete"]],
    [h(b.logging), ["targetBucket", "targetPrefix"]],
    [h(b.objectLock), ["enabled", "defaultRetention"]]
  ];
}
function applyMaybeSetting(b, maybe, apply, anyBucket = false) {
  const before = holders(b).map(([holder, names]) => names.map((n) => holder[n]));
  const policies = b.policies.length;
  const versioningWritten = b.versioning.status.state !== "default";
  apply();
  for (const doc of b.policies.slice(policies)) {
    markMaybeDeployed(doc, { why: maybe.why, at: maybe.at });
    if (anyBucket) doc.statements = doc.statements.filter((s) => s.effect.state === "set" && s.effect.value === "Deny");
  }
  holders(b).forEach(([holder, names], i) => {
    const was = before[i];
    if (!anyBucket && holder === b.acl && opensOnly(b, was)) return;
    names.forEach((n, j) => {
      if (!anyBucket && n === "cors" && was[j].state === "default") return;
      if (!sameValue(was[j], holder[n])) holder[n] = unknownValue(maybe.why, maybe.at);
    });
  });
  if (!versioningWritten && b.versioning.status.state === "unknown") b.versioning.mfaDelete = unknownValue(maybe.why, maybe.at);
}
function opensOnly(b, before) {
  if (before.some((v) => v.state !== "default")) return false;
  const { canned, grants } = b.acl;
  if (canned.state === "unknown" || canned.value === "log-delivery-write" || grants.state === "unknown") return false;
  return !grants.value.some((g) => g.grantee.type === "unknown" || g.grantee.type === "group" && g.grantee.uri === "LogDelivery");
}
function applyPastCap(b, past, apply) {
  const before = holders(b).map(([holder, names]) => names.map((n) => holder[n]));
  const policies = b.policies.length;
  apply();
  if (b.policies.length > policies) {
    const owner = b.policies[policies].owner;
    b.policies.length = policies;
    b.policies.push({ owner, at: past.at, statements: [], unknown: { why: past.why, at: past.at } });
  }
  holders(b).forEach(
    ([holder, names], i) => names.forEach((n, j) => {
      if (holder[n] !== before[i][j]) holder[n] = unknownValue(past.why, past.at);
    })
  );
}
function applyConflicting(b, conflict, apply) {
  const before = holders(b).map(([holder, names]) => names.map((n) => holder[n]));
  apply();
  holders(b).forEach(
    ([holder, names], i) => names.forEach((n, j) => {
      if (!sameEffect(before[i][j], holder[n])) holder[n] = unknownValue(conflict.why, conflict.at);
    })
  );
}
function sameEffect(a, b) {
  if (a.state === "unknown" || b.state === "unknown") return sameValue(a, b);
  return sameValue({ ...a, state: "set" }, { ...b, state: "set" });
}

// src/parsers/terraform/unknown-key-match.ts
var NAME2 = /^[A-Za-z_][\w-]*/;
function isLiteralIndex(text) {
  return /^-?\d/.test(text) || text.startsWith('"') || text === "true" || text === "false" || text === "null";
}
function referenceSteps(key) {
  const steps = [];
  let i = 0;
  const first = NAME2.exec(key);
  if (!first) return void 0;
  steps.push({ name: first[0] });
  i = first[0].length;
  while (i < key.length) {
    if (key[i] === ".") {
      const m = NAME2.exec(key.slice(i + 1));
      if (!m) return void 0;
      steps.push({ name: m[0] });
      i += 1 + m[0].length;
    } else if (key[i] === "[") {
      const end = closingBracket(key, i);
      if (end < 0) return void 0;
      const index = key.slice(i + 1, end);
      steps.push({ index, literal: isLiteralIndex(index) });
      i = end + 1;
    } else return void 0;
  }
  return steps;
}
function closingBracket(key, open) {
  let depth = 0;
  for (let i = open; i < key.length; i++) {
    const c = key[i];
    if (c === '"') {
      for (i++; i < key.length && key[i] !== '"'; i++) if (key[i] === "\\") i++;
    } else if (c === "[") depth++;
    else if (c === "]" && --depth === 0) return i;
  }
  return -1;
}
function stepsMayBeSame(x, y) {
  if (x.length !== y.length) return false;
  return x.every((s, i) => {
    const t = y[i];
    if ("name" in s) return "name" in t && s.name === t.name;
    if (!("index" in t)) return false;
    return s.index === t.index || !s.literal || !t.literal;
  });
}
function referenceShape(steps) {
  return steps.map((s) => "name" in s ? `.${s.name}` : "[]").join("");
}

// src/parsers/terraform/policy-order.ts
function orderPoliciesAgainstBlocks(blockOf, policies) {
  for (const [bucket, block] of blockOf) {
    for (const doc of bucket.policies) {
      if (doc.owner === bucket.id) {
        if (!block.ownPolicyAfter) doc.precedesBlock = "always";
        continue;
      }
      const policy = policies.get(doc.owner);
      const order = policy && orderOf(policy, block);
      if (order) doc.precedesBlock = order;
    }
  }
}
function orderPoliciesAgainstAccountBlocks(buckets, accountBlocks, policies) {
  if (!accountBlocks.length) return;
  for (const bucket of buckets) {
    for (const doc of bucket.policies) {
      const policy = policies.get(doc.owner);
      if (!policy) continue;
      for (const block of accountBlocks) {
        const order = orderOf(policy, block);
        if (order && doc.precedesAccountBlock !== "always") doc.precedesAccountBlock = order;
      }
    }
  }
}
function orderOf(policy, block) {
  if (!sameModule(policy, block)) {
    const p = modulePath(policy);
    const b = modulePath(block);
    const common = commonModulePath(p, b);
    const blockTarget = b === common ? localAddress(block) : MODULE_CALL.exec(b.slice(common.length))?.[1];
    const policyTarget = p === common ? localAddress(policy) : MODULE_CALL.exec(p.slice(common.length))?.[1];
    const waits = (rec, own, target) => target !== void 0 && (own ? rec.dependsOn?.(target) : rec.callDependsOn?.(common, target)) === true;
    if (waits(policy, p === common, blockTarget)) return void 0;
    if (waits(block, b === common, policyTarget)) return "always";
    return "maybe";
  }
  const after = policy.mentions?.(localAddress(block));
  const before = block.mentions?.(localAddress(policy));
  if (after === true) return void 0;
  return before === true ? "always" : "maybe";
}
function commonModulePath(a, b) {
  let end = 0;
  for (const step of a.match(MODULE_STEPS) ?? []) {
    if (!b.startsWith(step, end) || !a.startsWith(step, end)) break;
    end += step.length;
  }
  return a.slice(0, end);
}
var MODULE_CALL = new RegExp(String.raw`^(module\.${NAME})(?:${INSTANCE_KEY})?\.`);
var MODULE_STEPS = new RegExp(String.raw`module\.${NAME}(?:${INSTANCE_KEY})?\.`, "gy");
var RESOURCE = new RegExp(String.raw`^(?:data\.)?${NAME}\.${NAME}`);
function localAddress(rec) {
  const rest = rec.address.slice(modulePath(rec).length);
  return RESOURCE.exec(rest)?.[0] ?? rest;
}
var modulePath = (rec) => MODULE_PREFIX.exec(rec.address)?.[0] ?? "";
var sameModule = (a, b) => modulePath(a) === modulePath(b);

// src/parsers/terraform/to-model.ts
var OTHER_TYPES = /* @__PURE__ */ new Set([
  "aws_s3_access_point",
  "aws_s3control_multi_region_access_point",
  "aws_s3control_access_point_policy",
  "aws_s3control_multi_region_access_point_policy",
  "aws_s3_account_public_access_block",
  "aws_cloudtrail",
  "aws_cloudtrail_event_data_store",
  "aws_iam_policy",
  "aws_iam_role_policy",
  "aws_iam_user_policy",
  "aws_iam_group_policy",
  "aws_iam_role",
  "aws_iam_role_policy_attachment",
  "aws_iam_user_policy_attachment",
  "aws_iam_group_policy_attachment",
  "aws_iam_policy_attachment",
  "aws_iam_role_policy_attachments_exclusive",
  "aws_iam_user_policy_attachments_exclusive",
  "aws_iam_group_policy_attachments_exclusive",
  "aws_cloudwatch_log_metric_filter",
  "aws_cloudwatch_metric_alarm",
  "aws_s3_object",
  "aws_s3_bucket_object",
  "aws_s3_object_copy",
  "aws_lb",
  "aws_alb",
  "aws_elb",
  "aws_cloudfront_distribution"
]);
var BUCKET_TYPES = /* @__PURE__ */ new Set(["aws_s3_bucket"]);
function originMaybe(maybe) {
  return { why: maybe[0].why, at: maybe[0].at, conditions: maybe.map((m) => m.key) };
}
function blockKey(f, start) {
  return `${f}:${start}`;
}
function buildModel(root, ctx, unit) {
  const r = new ValueReader(ctx.files);
  const notes = [];
  const modules = [];
  const registry = [];
  const registryNotifications = [];
  const registryAccountBlocks = [];
  const unscanned = /* @__PURE__ */ new Map();
  const visit = (m) => {
    modules.push(m);
    for (const c of m.children()) {
      if (c.kind === "local") visit(c.instance);
      else if (c.kind === "registry-s3") registry.push(c.call);
      else if (c.kind === "registry-s3-notification") registryNotifications.push(c.call);
      else if (isRegistryS3AccountPublicAccess(c.call.config.source)) registryAccountBlocks.push(c.call);
      else {
        const name = `${m.prefix}module.${c.call.config.name}`;
        if (!unscanned.has(name))
          unscanned.set(name, `${name}${c.call.config.source ? ` (${c.call.config.source})` : ""} was not scanned: ${c.reason}`);
      }
    }
  };
  visit(root);
  notes.push(...unscanned.values());
  const sitesOf = /* @__PURE__ */ new Map();
  const callSites = (m) => {
    if (sitesOf.has(m)) return sitesOf.get(m);
    const chain = m.callChain();
    const sites = chain.length ? boundedCallSites(
      chain.reverse().map((c) => ({
        message: `module "${c.config.name}" is called here`,
        at: r.loc(blockHeader(c.config.f, c.config.block), c.address)
      }))
    ) : void 0;
    sitesOf.set(m, sites);
    return sites;
  };
  const blocksOf = /* @__PURE__ */ new Map();
  const callBlocks = (m) => {
    let keys = blocksOf.get(m);
    if (!keys) blocksOf.set(m, keys = m.callChain().map((c) => blockKey(c.config.f, c.config.block.start)));
    return keys;
  };
  const located = /* @__PURE__ */ new Map();
  const maybeOf = (conditions) => {
    if (!conditions.length) return void 0;
    return conditions.map((c) => {
      let m = located.get(c);
      if (!m) located.set(c, m = { key: c.key, why: c.why, at: r.loc(c.at, c.path) });
      return m;
    });
  };
  const referenceBudget = { left: WALK_BUDGET * 10 };
  const record = (inst) => ({
    address: inst.address,
    type: inst.type,
    header: inst.header,
    body: () => inst.body(),
    related: callSites(inst.mod),
    commentBlocks: [blockKey(inst.config.f, inst.config.block.start), ...callBlocks(inst.mod)],
    maybe: maybeOf(inst.maybe),
    // References in the syntax tree, never the text: a comment or a string naming the block
    // (`# depends_on = [aws_s3_bucket_public_access_block.b]`) orders nothing.
    mentions: (address) => bodyReferences(inst.config.block.body, address, followIn(inst.mod.config), referenceBudget),
    dependsOn: (address) => {
      const d = inst.config.block.body.attributes.find((a) => a.name === "depends_on");
      return d !== void 0 && exprReferences(d.expr, address, true);
    },
    callDependsOn: (prefix, address) => {
      for (let m = inst.mod; m.call; m = m.call.parent) {
        if (m.call.parent.prefix !== prefix) continue;
        const d = m.call.config.block.body.attributes.find((a) => a.name === "depends_on");
        return d !== void 0 && exprReferences(d.expr, address, true);
      }
      return false;
    },
    deployedBy: () => deployedBy(inst, accounts ??= providerAccounts(root.config, ctx.files), ctx.files)
  });
  let accounts;
  const input = {
    unit,
    format: "terraform",
    files: ctx.files,
    limits: ctx.limits,
    buckets: [],
    settings: [],
    others: [],
    extraBuckets: [],
    commentFiles: [],
    stateLinks: readStateLinks(root),
    note: (m) => notes.push(m)
  };
  for (const m of modules) {
    appendAll(input.buckets, m.resourceInstances(BUCKET_TYPES).map(record));
    appendAll(input.settings, m.resourceInstances(BUCKET_SETTING_TYPES).map(record));
    appendAll(input.others, m.resourceInstances(OTHER_TYPES).map(record));
  }
  const readPolicy = policyReader(r, ctx.files, ctx.limits);
  for (const call of registry) {
    const at = r.loc(blockHeader(call.config.f, call.config.block), call.address);
    const create = createCondition(call, "create_bucket", ctx.files, "its bucket");
    const khuylo = createCondition(call, "putin_khuylo", ctx.files, "its bucket");
    if (create === false || khuylo === false) continue;
    const maybe = maybeOf([...call.maybe, ...create ? [create] : [], ...khuylo ? [khuylo] : []]);
    const o = {
      format: "terraform",
      type: "module terraform-aws-modules/s3-bucket/aws",
      address: call.address,
      at,
      related: callSites(call.parent)
    };
    if (maybe) o.maybe = originMaybe(maybe);
    const managed = /* @__PURE__ */ new Set();
    const b = readRegistryS3Bucket(r, call, o, readPolicy, notes, managed);
    const by = b && registryDeployedBy(call, accounts ??= providerAccounts(root.config, ctx.files), ctx.files);
    if (b && by !== void 0) b.deployedBy = by;
    if (b)
      input.extraBuckets.push({
        bucket: b,
        rawName: call.input("bucket"),
        commentBlocks: [blockKey(call.config.f, call.config.block.start), ...callBlocks(call.parent)],
        maybe,
        ...b.publicAccessBlock && { block: registryBlockRecord(call) },
        managed: [...managed].map((type) => [type, `${call.address}.${type}.this[0]`])
      });
  }
  for (const call of registryNotifications) {
    const create = createCondition(call, "create", ctx.files, "its bucket notification");
    if (create === false) continue;
    const view = new NotificationInputsView(call);
    if (!view.configuresAny()) continue;
    input.settings.push({
      address: call.address,
      type: "aws_s3_bucket_notification",
      header: view.header,
      body: () => view,
      related: callSites(call.parent),
      commentBlocks: [blockKey(call.config.f, call.config.block.start), ...callBlocks(call.parent)],
      maybe: maybeOf(create ? [...call.maybe, create] : call.maybe)
    });
  }
  for (const call of registryAccountBlocks) {
    const create = createCondition(call, "create", ctx.files, "its account-level public access block");
    if (create === false) continue;
    const view = new InputsView(call);
    input.others.push({
      address: call.address,
      type: "aws_s3_account_public_access_block",
      header: view.header,
      body: () => view,
      related: callSites(call.parent),
      commentBlocks: [blockKey(call.config.f, call.config.block.start), ...callBlocks(call.parent)],
      maybe: maybeOf(create ? [...call.maybe, create] : call.maybe),
      deployedBy: () => registryDeployedBy(call, accounts ??= providerAccounts(root.config, ctx.files), ctx.files)
    });
  }
  for (const config of new Set(modules.map((x) => x.config))) {
    for (const file of config.files) {
      if (!file.comments.length) continue;
      input.commentFiles.push({ f: file.f, blocks: file.body.blocks.map((b) => ({ start: b.start, end: b.end })) });
    }
  }
  const built = modelFromResources(input);
  const report = (f, offset, code, message, level) => {
    const at = ctx.files.position(f, offset);
    built.problems.push({ code, file: ctx.files.get(f).display, line: at.line, column: at.column, message, level });
  };
  for (const config of new Set(modules.map((x) => x.config))) {
    for (const d of config.duplicates)
      report(
        d.f,
        d.block.start,
        "DUPLICATE_DECLARATION",
        `${d.kind} ${d.name} is declared twice in this module; the first one is used`,
        "warning"
      );
    for (const x of config.rejected) report(x.f, x.offset, "HCL_SYNTAX", x.message, "error");
    for (const call of config.modules.values()) {
      for (const b of call.block.body.blocks) {
        if (b.type === "lifecycle") continue;
        const message = `a module call takes no ${b.type} block (Terraform rejects the configuration: write \`${b.type} = { ... }\`); read as the input ${b.type}`;
        report(call.f, b.start, "TF_UNSUPPORTED_BLOCK", message, "warning");
      }
    }
  }
  built.notes.unshift(...notes);
  return built;
}
function registryBlockRecord(call) {
  const view = new InputsView(call);
  return {
    address: `${call.address}.aws_s3_bucket_public_access_block.this[0]`,
    type: "aws_s3_bucket_public_access_block",
    header: view.header,
    body: () => view,
    commentBlocks: [],
    ownPolicyAfter: true
  };
}
function policyReader(r, files, limits) {
  return (view, name, owner, required) => {
    const a = r.present(view, name);
    if (!a) return void 0;
    return readPolicyValue(required ? unlessNull(a.value) : a.value, owner, r.attrLoc(view, a), files, limits.maxDepth);
  };
}
function unlessNull(v) {
  if (v.k !== "unknown" || !v.oneOf) return v;
  const notNull = v.oneOf.filter((alt) => alt.k !== "null");
  return notNull.length === 1 ? notNull[0] : v;
}
var MAX_MAYBE_SETTINGS = 8;
var MAX_SAME_SETTINGS = 8;
function modelFromResources(input) {
  const r = new ValueReader(input.files);
  const model = emptyModel(input.unit, input.format);
  const problems = [];
  const notes = [];
  const readPolicy = policyReader(r, input.files, input.limits);
  const origin = (rec) => {
    const o = {
      format: input.format,
      type: rec.type,
      address: rec.address,
      at: r.loc(rec.header, rec.address),
      related: rec.related
    };
    if (rec.maybe?.length) o.maybe = originMaybe(rec.maybe);
    return o;
  };
  const byBlock = /* @__PURE__ */ new Map();
  const track = (s, keys, rec) => {
    keys.forEach((key, i) => {
      const list2 = byBlock.get(key) ?? [];
      list2.push(i === 0 && rec ? { subject: s, rec } : { subject: s });
      byBlock.set(key, list2);
    });
    return s;
  };
  const rawNames = /* @__PURE__ */ new Map();
  const bucketMaybe = /* @__PURE__ */ new Map();
  for (const rec of input.buckets) {
    const view = rec.body();
    const b = readBucket(r, rec.address, view, origin(rec), readPolicy);
    const by = rec.deployedBy?.();
    if (by !== void 0) b.deployedBy = by;
    model.buckets.push(track(b, rec.commentBlocks, rec));
    const raw = view.attr("bucket")?.value;
    if (raw) rawNames.set(b, raw);
    if (rec.maybe) bucketMaybe.set(b, rec.maybe);
  }
  const moduleBlocks = /* @__PURE__ */ new Map();
  for (const x of input.extraBuckets) {
    model.buckets.push(track(x.bucket, x.commentBlocks));
    if (x.rawName) rawNames.set(x.bucket, x.rawName);
    if (x.maybe) bucketMaybe.set(x.bucket, x.maybe);
    if (x.block) moduleBlocks.set(x.bucket, x.block);
  }
  const maybeFor = (rec, b) => {
    const own = bucketMaybe.get(b);
    return rec.maybe?.find((c) => !own?.some((x) => x.key === c.key));
  };
  const targets = bucketIndex(model.buckets, rawNames);
  const declared = model.buckets.slice();
  const external = /* @__PURE__ */ new Map();
  const foreign = [];
  const blockOf = new Map(moduleBlocks);
  const policyRecords = /* @__PURE__ */ new Map();
  const maybeApplied = /* @__PURE__ */ new Map();
  let maybeCapped = false;
  const applied = /* @__PURE__ */ new Map();
  const firstOf = /* @__PURE__ */ new Map();
  for (const x of input.extraBuckets) if (x.managed?.length) firstOf.set(x.bucket, new Map(x.managed));
  let sameCapped = false;
  const mayOnly = /* @__PURE__ */ new Map();
  const givenTo = /* @__PURE__ */ new WeakMap();
  const pastCapFor = (buckets, type, cap) => {
    let counts = givenTo.get(buckets);
    if (!counts) givenTo.set(buckets, counts = /* @__PURE__ */ new Map());
    const n = (counts.get(type) ?? 0) + 1;
    counts.set(type, n);
    return n > cap;
  };
  for (const rec of input.settings) {
    if (rec.type === "aws_s3_bucket_policy") policyRecords.set(rec.address, rec);
    const view = rec.body();
    const refAttr = view.attr("bucket");
    const ref = rec.bucketRef ? rec.bucketRef() : refAttr?.value;
    let found = ref ? targets(ref) : [];
    const at = r.loc(rec.header, rec.address);
    const mayConfigure = (candidates, why, anyBucket = false) => {
      mayOnly.set(rec.commentBlocks[0], rec.address);
      if (pastCapFor(candidates, rec.type, MAX_MAYBE_SETTINGS)) {
        maybeCapped = true;
        return;
      }
      const maybe = { key: `may-name:${rec.address}`, why, at };
      for (const b of candidates) {
        let counts = maybeApplied.get(b);
        if (!counts) maybeApplied.set(b, counts = /* @__PURE__ */ new Map());
        const n = counts.get(rec.type) ?? 0;
        if (n >= MAX_MAYBE_SETTINGS) {
          maybeCapped = true;
          continue;
        }
        counts.set(rec.type, n + 1);
        applyMaybeSetting(b, maybe, () => applyBucketSetting(r, b, rec.type, view, at, rec.address, readPolicy), anyBucket);
      }
    };
    const written = () => !refAttr ? "its bucket" : refAttr.at.s === rec.header.s && refAttr.at.f === rec.header.f ? "(known after apply)" : writtenValue(input.files, refAttr.at);
    const refused = ref && notABucketName(ref);
    if (refused) {
      const where = refAttr ? r.attrLoc(view, refAttr) : at;
      problems.push({
        code: "TF_BAD_REFERENCE",
        file: where.file,
        line: where.line,
        column: where.column,
        message: `${rec.address}: its bucket, ${written()}, is ${refused}, not a bucket name, so Terraform rejects it; its settings are not checked`,
        level: "warning"
      });
      continue;
    }
    if (!found.length && ref) {
      const candidates = targets.maybeSame(ref);
      found = [...candidates].filter(([b, when]) => when !== void 0 && bucketMaybe.get(b)?.some((m) => m.key === when)).map(([b]) => b);
      const maybe = [...candidates.keys()].filter((b) => !found.includes(b));
      if (maybe.length)
        mayConfigure(maybe, `${rec.address} may configure this bucket: it names ${written()}, which is only known at deploy time`);
      if (candidates.size && !found.length) continue;
    }
    if (!found.length && ref) {
      const ext = externalIdentity(ref, r);
      if (!ext && ref.k === "unknown" && ref.error) {
        const where = refAttr ? r.attrLoc(view, refAttr) : at;
        problems.push({
          code: "TF_BAD_REFERENCE",
          file: where.file,
          line: where.line,
          column: where.column,
          message: `${rec.address}: its bucket, ${written()}, cannot be evaluated (${ref.why}), so Terraform rejects it; its settings are not checked`,
          level: "warning"
        });
        continue;
      }
      if (!ext) {
        const why = `${rec.address} may configure this bucket: its bucket, ${written()}, is not known statically`;
        mayConfigure(declared, why, true);
        input.note(
          `${rec.address}: its bucket, ${written()}, is not known statically; its settings make those of every bucket here unknown`
        );
        continue;
      }
      let group = external.get(ext.key);
      if (!group) external.set(ext.key, group = { buckets: [], nextFree: /* @__PURE__ */ new Map() });
      const together = rec.type === "aws_s3_bucket_policy" || rec.type === "aws_s3_bucket_acl";
      const slot = together ? 0 : group.nextFree.get(rec.type) ?? 0;
      if (!together) group.nextFree.set(rec.type, slot + 1);
      let bucket = group.buckets[slot];
      if (!bucket) {
        const at2 = r.loc(rec.header, rec.address);
        const nameAt = refAttr ? r.attrLoc(view, refAttr) : at2;
        const named = slot === 0 && (ext.key.startsWith("n:") || ext.key.startsWith("b:") || NAMED_VALUE.test(ext.id));
        bucket = externalBucketFor(named ? ext.id : rec.address, origin(rec), ext.name(nameAt));
        group.buckets[slot] = bucket;
        model.buckets.push(bucket);
        input.note(
          `${rec.address} configures bucket ${ext.id}, which is not declared in this root module; only the settings written here are checked`
        );
      }
      if (rec.type === "aws_s3_bucket_policy") {
        bucket.policyDefinedElsewhere = void 0;
        const name = bucket.name;
        const at2 = r.loc(rec.header, rec.address);
        const place = { policy: rec.address, unit: input.unit, file: at2.file, line: at2.line };
        const read = ref.k === "unknown" && ref.key ? input.stateLinks?.readOf(ref.key) : void 0;
        if (read) foreign.push({ ...place, via: "remote-state", name: read });
        else if (name.state !== "unknown" && name.value !== null) foreign.push({ ...place, via: "name", name: patternOf(name.value) });
      }
      found = [bucket];
    }
    if (!found.length) continue;
    if (pastCapFor(found, rec.type, MAX_SAME_SETTINGS + 1)) {
      sameCapped = true;
      continue;
    }
    for (const b of found) {
      let counts = applied.get(b);
      if (!counts) applied.set(b, counts = /* @__PURE__ */ new Map());
      const n = (counts.get(rec.type) ?? 0) + 1;
      counts.set(rec.type, n);
      if (n > MAX_SAME_SETTINGS + 1) continue;
      let firsts = firstOf.get(b);
      if (!firsts) firstOf.set(b, firsts = /* @__PURE__ */ new Map());
      const first = firsts.get(rec.type);
      if (first === void 0) firsts.set(rec.type, rec.address);
      const write = () => applyBucketSetting(r, b, rec.type, view, at, rec.address, readPolicy, n > 1);
      const merged = rec.type === "aws_s3_bucket_acl" || rec.type === "aws_s3_bucket_policy";
      const why = `${first} and ${rec.address} both configure this bucket, and Terraform applies them in no fixed order`;
      const apply = first === void 0 || merged ? write : () => applyConflicting(b, { why, at }, write);
      const maybe = maybeFor(rec, b);
      if (n > MAX_SAME_SETTINGS) {
        sameCapped = true;
        const why2 = `more than ${MAX_SAME_SETTINGS} ${rec.type} resources configure this bucket (${rec.address} and later ones are not read), and Terraform applies them in no fixed order`;
        applyPastCap(b, { why: why2, at }, apply);
      } else if (maybe) applyMaybeSetting(b, maybe, apply);
      else apply();
      if (rec.type === "aws_s3_bucket_public_access_block") blockOf.set(b, rec);
      track(b, rec.commentBlocks, rec);
    }
  }
  if (maybeCapped)
    input.note(
      `more than ${MAX_MAYBE_SETTINGS} setting resources of one type may configure the same bucket; the settings they write are unknown, and the rest were not applied one by one`
    );
  if (sameCapped)
    input.note(
      `more than ${MAX_SAME_SETTINGS} setting resources of one type configure the same bucket; what they set is unknown, and the rest were not read`
    );
  orderPoliciesAgainstBlocks(blockOf, policyRecords);
  for (const b of model.buckets) versioningFromObjectLock(b);
  const accessPointPolicies = [];
  const accountBlockRecords = [];
  const apNames = /* @__PURE__ */ new Map();
  const mrapNames = /* @__PURE__ */ new Map();
  for (const rec of input.others) {
    const view = rec.body();
    const o = origin(rec);
    const keys = rec.commentBlocks;
    switch (rec.type) {
      case "aws_s3_access_point": {
        model.accessPoints.push(track(readAccessPoint(r, rec.address, view, o, readPolicy), keys, rec));
        const n = view.attr("name")?.value;
        const s = n ? toStr(n) : void 0;
        if (s && s.k === "string") apNames.set(rec.address, s.v);
        break;
      }
      case "aws_s3control_multi_region_access_point": {
        model.accessPoints.push(track(readMultiRegionAccessPoint(r, rec.address, view, o), keys, rec));
        const n = view.blocks("details")[0]?.attr("name")?.value;
        const s = n ? toStr(n) : void 0;
        if (s && s.k === "string") mrapNames.set(rec.address, s.v);
        break;
      }
      case "aws_s3control_access_point_policy":
      case "aws_s3control_multi_region_access_point_policy":
        accessPointPolicies.push(rec);
        break;
      case "aws_s3_account_public_access_block": {
        const block = readAccountPublicAccessBlock(r, rec.address, view, o);
        const by = accountBlockDeployedBy(rec.address, view, rec.deployedBy?.());
        if (by !== void 0) block.deployedBy = by;
        model.accountPublicAccessBlocks.push(track(block, keys, rec));
        const bpp = block.publicAccessBlock.blockPublicPolicy;
        if (bpp.state === "unknown" || bpp.value) accountBlockRecords.push(rec);
        break;
      }
      case "aws_cloudtrail": {
        const trail = readTrail(r, rec.address, view, o);
        const named = view.attr("s3_bucket_name");
        if (named?.value.k === "unknown") {
          const why = `${rec.address} writes its logs to ${writtenValue(input.files, named.at)}, which is only known at deploy time`;
          const choices = [...targets.maybeSame(named.value).keys()].map((b) => ({ bucketId: b.id, why }));
          if (choices.length) trail.bucketChoices = choices;
        }
        model.trails.push(track(trail, keys, rec));
        break;
      }
      case "aws_cloudtrail_event_data_store":
        model.eventDataStores.push(readEventDataStore(r, rec.address, view, o));
        break;
      case "aws_lb":
      case "aws_alb":
      case "aws_elb":
      case "aws_cloudfront_distribution": {
        const cloudfront = rec.type === "aws_cloudfront_distribution";
        const block = view.blocks(cloudfront ? "logging_config" : "access_logs")[0];
        if (!block || block.unknownWhy) break;
        const enabled = cloudfront ? void 0 : block.attr("enabled")?.value;
        const on = enabled === void 0 ? rec.type === "aws_elb" || cloudfront : enabled.k !== "bool" || enabled.v;
        const bucket = r.str(block, "bucket", r.blockLoc(block));
        if (on && bucket.state === "set" && bucket.value !== null)
          model.logDeliveries.push({ service: cloudfront ? "cloudfront" : "elb", from: rec.address, bucket: bucket.value });
        break;
      }
      case "aws_iam_policy":
      case "aws_iam_role_policy":
      case "aws_iam_user_policy":
      case "aws_iam_group_policy": {
        const p = readIamPolicy(rec.address, view, o, rec.type === "aws_iam_policy" ? "managed" : "inline", readPolicy);
        if (p) model.iamPolicies.push(track(p, keys, rec));
        break;
      }
      case "aws_iam_role":
        for (const p of readInlinePolicies(r, rec.address, view, o, readPolicy)) model.iamPolicies.push(track(p, keys, rec));
        for (const p of readAttachedManagedPolicies(r, rec.address, rec.type, view, o)) model.iamPolicies.push(track(p, keys, rec));
        break;
      case "aws_iam_role_policy_attachment":
      case "aws_iam_user_policy_attachment":
      case "aws_iam_group_policy_attachment":
      case "aws_iam_policy_attachment":
      case "aws_iam_role_policy_attachments_exclusive":
      case "aws_iam_user_policy_attachments_exclusive":
      case "aws_iam_group_policy_attachments_exclusive":
        for (const p of readAttachedManagedPolicies(r, rec.address, rec.type, view, o)) model.iamPolicies.push(track(p, keys, rec));
        break;
      case "aws_cloudwatch_log_metric_filter":
        model.metricFilters.push(readMetricFilter(r, rec.address, view, o));
        break;
      case "aws_cloudwatch_metric_alarm":
        model.alarms.push(readAlarm(r, rec.address, view, o));
        break;
      case "aws_s3_object":
      case "aws_s3_bucket_object":
        model.objects.push(track(readObject(r, rec.address, view, o, "object"), keys, rec));
        break;
      case "aws_s3_object_copy":
        model.objects.push(track(readObject(r, rec.address, view, o, "object-copy"), keys, rec));
        break;
    }
  }
  orderPoliciesAgainstAccountBlocks(model.buckets, accountBlockRecords, policyRecords);
  for (const rec of accessPointPolicies) {
    const found = accessPointPolicyTargets(model, rec, apNames, mrapNames, readPolicy);
    if (!found) {
      input.note(
        `${rec.address}: its access point is not declared in this root module (or not known statically); its policy is not checked`
      );
      continue;
    }
    const o = origin(rec);
    for (const ap of found.accessPoints) {
      let doc = found.doc;
      if (!doc) continue;
      if (o.maybe && !deployedWhenever(o, ap.origin)) {
        doc = { ...doc, statements: doc.statements.map((x) => ({ ...x })) };
        markMaybeDeployed(doc, { why: o.maybe.why, at: o.maybe.at });
      }
      ap.policies.push(doc);
      track(ap, rec.commentBlocks, rec);
    }
  }
  for (const cf of input.commentFiles) {
    const src = input.files.get(cf.f);
    const found = findCommentSuppressions(src.text, src.display);
    appendAll(problems, found.problems);
    if (!found.found.length) continue;
    const ranges = /* @__PURE__ */ new Map();
    for (const b of cf.blocks) {
      const key = blockKey(cf.f, b.start);
      if (!ranges.has(key)) ranges.set(key, { startLine: src.lines.position(b.start).line, endLine: src.lines.position(b.end).line });
    }
    const owners = placeLines(stackedLines(found.found), ranges);
    found.found.forEach((c, i) => {
      const key = owners[i];
      if (key === void 0) {
        if (c.suppression.syntax === "s3-gate") problems.push(orphanSuppression(c));
        return;
      }
      const applied2 = /* @__PURE__ */ new Set();
      let unchecked;
      for (const { subject, rec } of byBlock.get(key) ?? []) {
        if (applied2.has(subject)) continue;
        const match = c.params ? rec ? paramsMatch(rec.body(), c.params) : "on a module block" : true;
        if (match === true) {
          applied2.add(subject);
          subject.suppressions.push(c.suppression);
        } else if (match !== false) unchecked ??= match;
      }
      if (unchecked !== void 0) problems.push(paramsNotChecked(c, unchecked));
      const maybeOf = mayOnly.get(key);
      if (maybeOf !== void 0 && c.suppression.syntax === "s3-gate") problems.push(notOnMaybeBuckets(c, maybeOf, applied2.size > 0));
    });
  }
  const links = rootBucketLinks(model, input.unit, foreign, input.stateLinks?.outputsOf);
  if (links.buckets.length > 0 || links.policies.length > 0) model.stackLinks = links;
  return { model, problems, notes };
}
function rootBucketLinks(model, unit, policies, stateOutputs) {
  const buckets = [];
  for (const b of model.buckets) {
    if (!b.managed || b.id.startsWith("module.")) continue;
    const named = b.name.state === "set" && b.name.value !== null;
    const outputs = stateOutputs?.get(b.id);
    if (!named && !outputs) continue;
    const at = b.origin.at;
    const link = { bucket: b.id, unit, file: at.file, line: at.line, exports: [] };
    if (b.name.state === "set" && b.name.value !== null) link.name = patternOf(b.name.value);
    if (outputs) link.stateOutputs = outputs;
    buckets.push(link);
  }
  return { buckets, policies };
}
var NAMED_VALUE = /^(module\.[^.[\]]+(\[[^\]]*\])?\.)*(var|local)\.[A-Za-z_][A-Za-z0-9_-]*$/;
function externalIdentity(v, r) {
  if (v.k === "string" && v.v) {
    const name = v.v.startsWith("arn:aws:s3:::") ? v.v.slice("arn:aws:s3:::".length) : v.v;
    return { key: `n:${name}`, id: name, name: (at) => setValue(name, at) };
  }
  if (v.k === "sym") {
    const p = v.parts.length === 1 ? v.parts[0] : void 0;
    if (p && typeof p !== "string" && p.kind === "bucket" && p.attr !== "domain")
      return { key: `b:${p.id}`, id: p.id, name: (at) => unknownValue(`bucket ${p.id} is not declared in this root module`, at) };
    return { key: `s:${linkKey(v.parts)}`, id: displayString(v), name: (at) => setValue({ parts: v.parts }, at) };
  }
  if (v.k === "unknown" && v.key) {
    const id = v.key.replace(/\.(id|bucket|arn)$/, "");
    return { key: `u:${v.key}`, id, name: (at) => unknownValue(r.why(v), at, v.ident) };
  }
  return void 0;
}
function writtenValue(files, at) {
  const text = files.oneLine(at.f, at.s, at.e);
  return text.slice(text.indexOf("=") + 1).trimStart();
}
function externalBucketFor(id, origin, name) {
  return externalBucket(id, origin, name);
}
function bucketIndex(buckets, rawNames) {
  const byId = new Map(buckets.map((b) => [b.id, b]));
  const byName = /* @__PURE__ */ new Map();
  const bySym = /* @__PURE__ */ new Map();
  const add = (m, k, b) => {
    const list2 = m.get(k);
    if (list2) list2.push(b);
    else m.set(k, [b]);
  };
  for (const b of buckets) {
    const n = b.name;
    if (n.state === "unknown") {
      const raw = rawNames.get(b);
      if (raw && raw.k === "unknown" && raw.key) add(bySym, `u:${raw.key}`, b);
      continue;
    }
    if (n.state !== "set") continue;
    if (typeof n.value === "string") add(byName, n.value, b);
    else add(bySym, `s:${linkKey(n.value.parts)}`, b);
  }
  const exact = (v) => {
    if (v.k === "sym") {
      const p = v.parts;
      if (p.length === 1 && typeof p[0] !== "string" && p[0].kind === "bucket") {
        if (p[0].attr === "domain") return [];
        const b = byId.get(p[0].id);
        return b ? [b] : [];
      }
      return bySym.get(`s:${linkKey(v.parts)}`) ?? [];
    }
    if (v.k === "string") {
      const name = v.v.startsWith("arn:aws:s3:::") ? v.v.slice("arn:aws:s3:::".length) : v.v;
      return byName.get(name) ?? [];
    }
    if (v.k === "unknown" && v.key) return bySym.get(`u:${v.key}`) ?? [];
    return [];
  };
  let shapes;
  const byShape = () => {
    if (shapes) return shapes;
    shapes = /* @__PURE__ */ new Map();
    for (const [k, buckets2] of bySym) {
      if (!k.startsWith("u:")) continue;
      const key = k.slice(2);
      const steps = referenceSteps(key);
      if (!steps) continue;
      const shape = referenceShape(steps);
      const list2 = shapes.get(shape);
      if (list2) list2.push({ key, steps, buckets: buckets2 });
      else shapes.set(shape, [{ key, steps, buckets: buckets2 }]);
    }
    return shapes;
  };
  const maybeSame = (v) => {
    const out = /* @__PURE__ */ new Map();
    if (v.k !== "unknown") return out;
    v.oneOf?.forEach((alt, i) => {
      const when = v.oneOfWhen?.[i];
      for (const b of exact(alt)) out.set(b, out.has(b) && out.get(b) !== when ? void 0 : when);
    });
    const steps = v.key === void 0 ? void 0 : referenceSteps(v.key);
    if (steps) {
      for (const other of byShape().get(referenceShape(steps)) ?? [])
        if (other.key !== v.key && stepsMayBeSame(steps, other.steps)) for (const b of other.buckets) out.set(b, void 0);
    }
    return out;
  };
  return Object.assign(exact, { maybeSame });
}
function linkKey(parts) {
  return JSON.stringify(
    parts.map((p) => typeof p !== "string" && p.kind === "unknown" && p.key !== void 0 ? { kind: "unknown", why: p.why } : p)
  );
}
function accessPointNameIn(v) {
  const last = v.k === "string" ? v.v : v.k === "sym" ? v.parts[v.parts.length - 1] : void 0;
  if (typeof last !== "string") return void 0;
  const m = /:accesspoint\/([^/:]+)$/.exec(last);
  return m ? m[1] : void 0;
}
function accessPointPolicyTargets(model, rec, apNames, mrapNames, readPolicy) {
  const view = rec.body();
  if (rec.type === "aws_s3control_access_point_policy") {
    const arn = view.attr("access_point_arn")?.value;
    if (!arn) return void 0;
    const p = arn.k === "sym" && arn.parts.length === 1 ? arn.parts[0] : void 0;
    const id = p && typeof p !== "string" && p.kind === "resource" ? p.id : void 0;
    const name2 = id === void 0 ? accessPointNameIn(arn) : void 0;
    const found2 = model.accessPoints.filter(
      (a) => !a.multiRegion && (id !== void 0 ? a.id === id : name2 !== void 0 && apNames.get(a.id) === name2)
    );
    return found2.length ? { accessPoints: found2, doc: readPolicy(view, "policy", rec.address) } : void 0;
  }
  const details = view.blocks("details")[0];
  if (!details) return void 0;
  const name = details.attr("name")?.value;
  const n = name ? toStr(name) : void 0;
  if (!n || n.k !== "string") return void 0;
  const found = model.accessPoints.filter((ap) => ap.multiRegion && mrapNames.get(ap.id) === n.v);
  return found.length ? { accessPoints: found, doc: readPolicy(details, "policy", rec.address) } : void 0;
}
function paramsMatch(view, params) {
  for (const { key, value } of params) {
    const path2 = key.split(".");
    let at = view;
    for (const name of path2.slice(0, -1)) at = at?.blocks(name)[0];
    const a = at?.attr(path2[path2.length - 1]);
    if (!a) return false;
    const v = a.value;
    let text;
    if (v.k === "string") text = v.v;
    else if (v.k === "sym" && v.known !== void 0) text = v.known;
    else if (v.k === "bool") text = String(v.v);
    else if (v.k === "number") {
      if (value === String(Math.trunc(v.v)) || value === String(v.v)) continue;
      return false;
    } else if (v.k === "unknown" || v.k === "sym") return `where ${key} is not known statically (${a.name})`;
    else return false;
    if (text !== value) return false;
  }
  return true;
}
function notOnMaybeBuckets(c, address, appliedElsewhere) {
  const { at, rule } = c.suppression;
  return {
    code: "SUPPRESSION_NOT_APPLIED",
    file: at.file,
    line: at.line,
    column: at.column,
    message: `s3-gate:ignore ${rule} is not applied to the buckets ${address} only may configure (its bucket is known only at deploy time)${appliedElsewhere ? "" : ", and it certainly configures none"}; write it on the bucket instead`,
    level: "warning"
  };
}
function accountBlockDeployedBy(address, view, by) {
  const a = view.attr("account_id");
  if (!a || a.value.k === "null") return by;
  const v = toStr(a.value);
  if (v?.k === "sym" && v.parts.length === 1) {
    const p = v.parts[0];
    if (typeof p !== "string" && p.kind === "pseudo" && p.name === "account") return by;
  }
  const id = v?.k === "string" ? v.v : void 0;
  if (id !== void 0 && accountOfKey(by) === id) return by;
  return `?${address}: account ${id ?? "named at deploy time"}, through ${by ?? "the default credentials"}`;
}
function notABucketName(ref) {
  switch (ref.k) {
    case "ref":
      return "a whole resource or an undeclared name";
    case "list":
      return "a list";
    case "object":
      return "an object";
    case "null":
      return "null";
    case "string":
      return ref.v === "" ? "an empty string" : void 0;
    default:
      return void 0;
  }
}
function followIn(m) {
  return (lead) => {
    if (lead[0] === "local" && lead[1] !== void 0) return m.locals.get(lead[1])?.attr.expr;
    if (lead[0] === "data" && lead[2] !== void 0) return m.data.get(`${lead[1]}.${lead[2]}`)?.block.body;
    return void 0;
  };
}

export {
  rememberParse,
  rememberJsonConfig,
  forgetFixParses,
  renderTerraformFix,
  INSTANCE_KEY,
  NAME,
  MODULE_PREFIX,
  str,
  num,
  bool,
  nul,
  list,
  obj,
  unknown,
  failure,
  oneOf,
  strFromParts,
  withoutIdentity,
  withAt,
  isStringLike,
  typeName,
  knownText,
  toStr,
  formatNumber,
  toBoolean,
  toNumber,
  NON_ASCII,
  differentCollectionKinds,
  valuesEqual,
  valueKey,
  markSensitive,
  markDerived,
  boundedCallSites,
  blockHeader,
  HclBodyView,
  ValueBodyView,
  bodyValue,
  BUCKET_SETTING_TYPES,
  SourceFiles,
  ACCOUNT_SETTINGS,
  decodeJson,
  decodeYaml,
  goJsonString,
  encodeJson,
  registryS3Kind,
  OTHER_TYPES,
  BUCKET_TYPES,
  blockKey,
  buildModel,
  modelFromResources
};
