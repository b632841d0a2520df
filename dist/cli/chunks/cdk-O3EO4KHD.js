import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  ACKNOWLEDGED_RULES,
  LOGICAL_ID,
  TEMPLATE_FILE,
  cdkPlanner,
  classOf,
  indexSources,
  inside,
  isFileAsset,
  nestedStackPathFromResource,
  nodeAt,
  readAssembly,
  readJsonFile,
  scalarString,
  toSlash
} from "./chunk-AIVOANI6.js";
import {
  loadTemplateText
} from "./chunk-46WS6MUS.js";
import {
  nestedStackParameters
} from "./chunk-FVHT2YPQ.js";
import "./chunk-KZJAYCNI.js";
import {
  subjectsOf
} from "./chunk-MTEQFYTE.js";
import "./chunk-K6O2Q6VT.js";
import "./chunk-IEOEEZND.js";
import {
  trimTrailing
} from "./chunk-6LT7P3SI.js";
import {
  SensitiveTexts
} from "./chunk-SILUO6X4.js";
import {
  appendAll,
  startingWith
} from "./chunk-Z3EKPFHN.js";
import {
  LineIndex,
  get,
  loneCarriageReturn,
  ownEntry,
  parseJson
} from "./chunk-LIWTLKFB.js";

// src/parsers/cdk/index.ts
import path3 from "node:path";

// src/parsers/cdk/call-syntax.ts
function langOf(file) {
  if (/\.py$/.test(file)) return "py";
  if (/\.(m|c)?[jt]sx?$/.test(file)) return "ts";
  return void 0;
}
var scanBudgetFor = (text) => ({ left: 4e6 + 16 * text.length });
var MAX_TEMPLATE_DEPTH = 64;
function skipAtom(text, i, lang, budget, depth) {
  const c = text[i];
  if (lang === "py") {
    if (c === "#") {
      const nl = text.indexOf("\n", i);
      return nl < 0 ? text.length : nl;
    }
    if (c === '"' || c === "'") {
      const triple = text.startsWith(c.repeat(3), i);
      const q = triple ? c.repeat(3) : c;
      let j = i + q.length;
      while (j < text.length) {
        if (text[j] === "\\") j += 2;
        else if (text.startsWith(q, j)) return j + q.length;
        else if (!triple && text[j] === "\n") return j;
        else j++;
      }
      return text.length;
    }
    return i;
  }
  if (c === "/" && text[i + 1] === "/") {
    const nl = text.indexOf("\n", i);
    return nl < 0 ? text.length : nl;
  }
  if (c === "/" && text[i + 1] === "*") {
    const end = text.indexOf("*/", i + 2);
    return end < 0 ? text.length : end + 2;
  }
  if (c === '"' || c === "'") {
    let j = i + 1;
    while (j < text.length) {
      if (text[j] === "\\") j += 2;
      else if (text[j] === c || text[j] === "\n") return j + 1;
      else j++;
    }
    return text.length;
  }
  if (c === "`") {
    let j = i + 1;
    while (j < text.length) {
      if (text[j] === "\\") j += 2;
      else if (text[j] === "`") return j + 1;
      else if (text[j] === "$" && text[j + 1] === "{") {
        const end = depth < MAX_TEMPLATE_DEPTH ? scanBalanced(text, j + 1, lang, budget, depth + 1) : void 0;
        if (!end) return text.length;
        j = end.close + 1;
      } else j++;
    }
    return text.length;
  }
  return i;
}
var OPEN = { "(": ")", "[": "]", "{": "}" };
function scanBalanced(text, open, lang, budget, depth = 0) {
  const stack = [OPEN[text[open]]];
  const commas = [];
  let i = open + 1;
  while (i < text.length) {
    const skipped = skipAtom(text, i, lang, budget, depth);
    if ((budget.left -= Math.max(1, skipped - i)) < 0) return void 0;
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    const c = text[i];
    if (c in OPEN) stack.push(OPEN[c]);
    else if (c === ")" || c === "]" || c === "}") {
      if (stack.pop() !== c) return void 0;
      if (stack.length === 0) return { close: i, commas };
    } else if (c === "," && stack.length === 1) commas.push(i);
    i++;
  }
  return void 0;
}
function trimSpan(text, s, lang) {
  const end = s.end;
  let start = s.start;
  for (; ; ) {
    while (start < end && /\s/.test(text[start])) start++;
    const skipped = skipAtom(text, start, lang, { left: Infinity }, 0);
    if (skipped !== start && (text[start] === "/" || text[start] === "#")) start = skipped;
    else break;
  }
  let last = start;
  for (let i = start; i < end; ) {
    const skipped = skipAtom(text, i, lang, { left: Infinity }, 0);
    if (skipped !== i) {
      if (text[i] !== "/" && text[i] !== "#") last = Math.min(skipped, end);
      i = skipped;
    } else {
      if (!/\s/.test(text[i])) last = i + 1;
      i++;
    }
  }
  return { start, end: last };
}
function splitAt(open, close, commas) {
  const out = [];
  let from = open + 1;
  for (const c of [...commas, close]) {
    out.push({ start: from, end: c });
    from = c + 1;
  }
  return out;
}
function readProperty(text, span, lang) {
  const s = trimSpan(text, span, lang);
  if (s.start >= s.end) return void 0;
  const body = text.slice(s.start, s.end);
  if (lang === "ts" && body.startsWith("..."))
    return { key: "", spread: true, start: s.start, end: s.end, value: { start: s.start + 3, end: s.end } };
  if (lang === "py" && body.startsWith("**"))
    return { key: "", spread: true, start: s.start, end: s.end, value: { start: s.start + 2, end: s.end } };
  const m = lang === "ts" ? /^(?:([A-Za-z_$][\w$]*)|'([^']*)'|"([^"]*)")\s*(:)?/.exec(body) : /^([A-Za-z_]\w*)\s*(=)(?!=)/.exec(body);
  if (!m) return void 0;
  const key = m[1] ?? m[2] ?? m[3] ?? "";
  const hasValue = lang === "ts" ? m[4] !== void 0 : true;
  if (!hasValue) {
    if (body !== key) return void 0;
    return { key, spread: false, start: s.start, end: s.end, value: { start: s.start, end: s.end } };
  }
  const value = trimSpan(text, { start: s.start + m[0].length, end: s.end }, lang);
  return { key, spread: false, start: s.start, end: s.end, value };
}
var CALL_SEARCH_RADIUS = 2048;
var CALL_HEAD = /(?:\bnew\s+)?([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*(?:<[^()<>]*>\s*)?\(/g;
function literalId(text, call) {
  const id = call.args[1];
  if (!id) return void 0;
  const m = /^(['"`])([^'"`\\$]*)\1$/.exec(text.slice(id.start, id.end));
  return m?.[2];
}
function findConstructCallOnLine(text, lineStart, lineEnd, column, lang, budget = scanBudgetFor(text), ids) {
  const target = lineStart + Math.max(0, column - 1);
  const from = Math.max(lineStart, target - CALL_SEARCH_RADIUS);
  const near = text.slice(from, Math.min(lineEnd, target + CALL_SEARCH_RADIUS));
  const candidates = [];
  CALL_HEAD.lastIndex = 0;
  for (let m = CALL_HEAD.exec(near); m; m = CALL_HEAD.exec(near)) {
    const isNew = /^new\s/.test(m[0]);
    candidates.push({ start: from + m.index, callee: m[1].replace(/\s+/g, ""), open: from + m.index + m[0].length - 1, isNew });
  }
  const usable = candidates.filter((c) => lang === "ts" ? c.isNew : true);
  if (usable.length === 0) return void 0;
  usable.sort((a, b) => Math.abs(a.start - target) - Math.abs(b.start - target));
  let first;
  for (const c of usable) {
    const call = readCall(text, c.start, c.callee, c.open, lang, budget);
    if (!call) continue;
    if (!ids) return call;
    const id = literalId(text, call);
    if (id === void 0 || ids.has(id)) return call;
    first ??= call;
  }
  return first;
}
function readCall(text, start, callee, open, lang, budget) {
  const scanned = scanBalanced(text, open, lang, budget);
  if (!scanned) return void 0;
  const args = splitAt(open, scanned.close, scanned.commas).map((a) => trimSpan(text, a, lang)).filter((a, i, all) => a.start < a.end || i < all.length - 1);
  if (args.length < 2) return void 0;
  const call = { callee, start, open, close: scanned.close, args, opaqueProps: false };
  if (lang === "py") {
    const properties2 = args.slice(2).map((a) => readProperty(text, a, lang)).filter((p) => p !== void 0);
    if (properties2.length !== args.length - 2) call.opaqueProps = true;
    call.props = { start: open, end: scanned.close, properties: properties2 };
    return call;
  }
  const third = args[2];
  if (!third) return call;
  if (args.length > 3 || text[third.start] !== "{") {
    call.opaqueProps = true;
    return call;
  }
  const obj = scanBalanced(text, third.start, lang, budget);
  if (!obj || obj.close !== third.end - 1) {
    call.opaqueProps = true;
    return call;
  }
  const properties = [];
  for (const span of splitAt(third.start, obj.close, obj.commas)) {
    const t = trimSpan(text, span, lang);
    if (t.start >= t.end) continue;
    const p = readProperty(text, span, lang);
    if (!p) {
      call.opaqueProps = true;
      return call;
    }
    properties.push(p);
  }
  call.props = { start: third.start, end: obj.close, properties };
  return call;
}

// src/parsers/cdk/fix-intents.ts
function kindOf(callee) {
  const last = callee.slice(callee.lastIndexOf(".") + 1);
  if (last === "Bucket") return "bucket";
  if (last === "CfnBucket") return "cfn-bucket";
  if (last === "Trail") return "trail";
  return void 0;
}
var PY_NAMES = {
  blockPublicAccess: "block_public_access",
  publicReadAccess: "public_read_access",
  objectOwnership: "object_ownership",
  accessControl: "access_control",
  encryption: "encryption",
  bucketKeyEnabled: "bucket_key_enabled",
  blockedEncryptionTypes: "blocked_encryption_types",
  versioned: "versioned",
  objectLockEnabled: "object_lock_enabled",
  enforceSSL: "enforce_ssl",
  minimumTLSVersion: "minimum_tls_version",
  websiteIndexDocument: "website_index_document",
  websiteErrorDocument: "website_error_document",
  websiteRedirect: "website_redirect",
  websiteRoutingRules: "website_routing_rules",
  enableFileValidation: "enable_file_validation",
  isMultiRegionTrail: "is_multi_region_trail"
};
var ALGORITHM_MEMBER = { "aws:kms": "KMS", "aws:kms:dsse": "DSSE", AES256: "S3_MANAGED" };
function l2Change(kind, fix) {
  const none = { set: [], remove: [], ensure: [] };
  if (kind === "trail") {
    if (fix.kind === "set" && fix.field === "logFileValidation" && fix.value === true)
      return { ...none, set: [["enableFileValidation", "true"]] };
    if (fix.kind === "set" && fix.field === "isMultiRegion" && fix.value === true) return { ...none, set: [["isMultiRegionTrail", "true"]] };
    return void 0;
  }
  if (fix.kind === "add-policy-statement") {
    if (fix.statement === "deny-insecure-transport") return { ...none, set: [["enforceSSL", "true"]] };
    return { ...none, set: [["minimumTLSVersion", "1.2"]], ensure: [["enforceSSL", "true"]] };
  }
  if (fix.kind === "remove") {
    if (fix.field === "acl.canned") return { ...none, remove: ["accessControl"] };
    if (fix.field === "website")
      return { ...none, remove: ["websiteIndexDocument", "websiteErrorDocument", "websiteRedirect", "websiteRoutingRules"] };
    return void 0;
  }
  switch (fix.field) {
    case "publicAccessBlock":
      return fix.value === true ? { ...none, set: [["blockPublicAccess", { enum: "BlockPublicAccess", member: "BLOCK_ALL" }]], remove: ["publicReadAccess"] } : void 0;
    case "ownership":
      return fix.value === "BucketOwnerEnforced" ? { ...none, set: [["objectOwnership", { enum: "ObjectOwnership", member: "BUCKET_OWNER_ENFORCED" }]] } : void 0;
    case "acl.canned":
      return fix.value === "private" ? { ...none, set: [["accessControl", { enum: "BucketAccessControl", member: "PRIVATE" }]] } : void 0;
    case "encryption": {
      const v = fix.value ?? {};
      const member = ownEntry(ALGORITHM_MEMBER, v.algorithm ?? "");
      if (!member) return void 0;
      const set = [["encryption", { enum: "BucketEncryption", member }]];
      if (v.bucketKeyEnabled === true) set.push(["bucketKeyEnabled", "true"]);
      return { ...none, set };
    }
    case "encryption.bucketKeyEnabled":
      return fix.value === true ? { ...none, set: [["bucketKeyEnabled", "true"]] } : void 0;
    case "encryption.blockedEncryptionTypes":
      return Array.isArray(fix.value) && fix.value.length === 1 && fix.value[0] === "SSE-C" ? { ...none, set: [["blockedEncryptionTypes", { enum: "BlockedEncryptionType", member: "SSE_C", list: true }]] } : void 0;
    case "versioning.status":
      return fix.value === "Enabled" ? { ...none, set: [["versioned", "true"]] } : void 0;
    case "objectLock.enabled":
      return fix.value === true ? { ...none, set: [["objectLockEnabled", "true"]] } : void 0;
  }
  return void 0;
}
function l1Change(fix) {
  if (fix.kind === "remove") {
    if (fix.field === "acl.canned") return { set: [], remove: ["accessControl"] };
    if (fix.field === "website") return { set: [], remove: ["websiteConfiguration"] };
    return void 0;
  }
  if (fix.kind !== "set") return void 0;
  switch (fix.field) {
    case "publicAccessBlock":
      return fix.value === true ? {
        set: [
          [
            "publicAccessBlockConfiguration",
            "{ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }"
          ]
        ],
        remove: []
      } : void 0;
    case "ownership":
      return fix.value === "BucketOwnerEnforced" ? { set: [["ownershipControls", "{ rules: [{ objectOwnership: 'BucketOwnerEnforced' }] }"]], remove: [] } : void 0;
    case "acl.canned":
      return fix.value === "private" ? { set: [["accessControl", "'Private'"]], remove: [] } : void 0;
    case "encryption": {
      const v = fix.value ?? {};
      if (!v.algorithm || !Object.hasOwn(ALGORITHM_MEMBER, v.algorithm)) return void 0;
      const key = v.bucketKeyEnabled === true ? ", bucketKeyEnabled: true" : "";
      return {
        set: [
          [
            "bucketEncryption",
            `{ serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: '${v.algorithm}' }${key} }] }`
          ]
        ],
        remove: []
      };
    }
    case "versioning.status":
      return fix.value === "Enabled" ? { set: [["versioningConfiguration", "{ status: 'Enabled' }"]], remove: [] } : void 0;
    case "objectLock.enabled":
      return fix.value === true ? { set: [["objectLockEnabled", "true"]], remove: [] } : void 0;
  }
  return void 0;
}

// src/parsers/cdk/props-edit.ts
function editCall(text, lines, file, call, change, lang, unit = () => indentUnit(text)) {
  if (call.opaqueProps) return void 0;
  const props = call.props?.properties ?? [];
  const find = (key) => props.find((p) => !p.spread && p.key === key);
  const splices = [];
  const inserts = [];
  for (const s of change.set) {
    const p = find(s.key);
    if (!p) inserts.push(s);
    else if (lang === "ts" && p.value.start === p.start) splices.push({ start: p.start, end: p.end, text: `${s.key}: ${s.value}` });
    else if (text.slice(p.value.start, p.value.end) !== s.value) splices.push({ start: p.value.start, end: p.value.end, text: s.value });
  }
  for (const s of change.ensure) {
    const p = find(s.key);
    if (!p) inserts.push(s);
    else if (text.slice(p.value.start, p.value.end) !== s.value) splices.push({ start: p.value.start, end: p.value.end, text: s.value });
  }
  const removed = change.remove.map(find).filter((p) => p !== void 0);
  if (inserts.length > 0 && lang === "py" && props.some((p) => p.spread)) return void 0;
  const inPlace = inserts.length > 0 ? removed.find((p) => lang === "py" || !props.slice(props.indexOf(p)).some((q) => q.spread)) : void 0;
  for (const p of removed) {
    if (p === inPlace) splices.push({ start: p.start, end: p.end, text: inserts.map((a) => pair(a, lang)).join(", ") });
    else splices.push(removal(text, props, p, lang));
  }
  if (inserts.length > 0 && !inPlace) {
    const ins = insertion(text, lines, call, inserts, lang, unit);
    if (!ins) return void 0;
    splices.push(ins);
  }
  if (splices.length === 0) return void 0;
  return toLineEdit(text, lines, file, splices, change.description);
}
var pair = (a, lang) => lang === "py" ? `${a.key}=${a.value}` : `${a.key}: ${a.value}`;
function removal(text, props, p, lang) {
  const lineStart = text.lastIndexOf("\n", p.start - 1) + 1;
  let end = p.end;
  while (end < text.length && /[ \t]/.test(text[end])) end++;
  if (text[end] === ",") end++;
  while (end < text.length && /[ \t]/.test(text[end])) end++;
  const aloneBefore = /^[ \t]*$/.test(text.slice(lineStart, p.start));
  const aloneAfter = end >= text.length || lineTail(text, end, lang) !== void 0;
  if (aloneBefore && aloneAfter) {
    const nl = text.indexOf("\n", end);
    return { start: lineStart, end: nl < 0 ? text.length : nl + 1, text: "" };
  }
  const i = props.indexOf(p);
  if (text[end - 1] !== "," && i > 0) {
    const prev = props[i - 1];
    return { start: prev.end, end: p.end, text: "" };
  }
  return { start: p.start, end, text: "" };
}
function insertion(text, lines, call, add, lang, unit) {
  if (lang === "py") {
    const kw = add.map((a) => `${a.key}=${a.value}`);
    const last = call.args[call.args.length - 1];
    const multiLine = lines.position(call.open).line !== lines.position(call.close).line;
    if (multiLine) {
      const indent2 = indentOf(text, last.start);
      let j = last.end;
      while (text[j] === " " || text[j] === "	") j++;
      const comma = text[j] === ",";
      const eol2 = lineTail(text, comma ? j + 1 : last.end, lang);
      if (eol2 !== void 0 && comma) return { start: eol2, end: eol2, text: `
${kw.map((k) => `${indent2}${k},`).join("\n")}` };
      if (eol2 !== void 0)
        return { start: last.end, end: eol2, text: `,${text.slice(last.end, eol2)}
${kw.map((k) => `${indent2}${k}`).join(",\n")}` };
      return { start: last.end, end: last.end, text: `,
${kw.map((k) => `${indent2}${k}`).join(",\n")}` };
    }
    return { start: last.end, end: last.end, text: `, ${kw.join(", ")}` };
  }
  const pairs = add.map((a) => `${a.key}: ${a.value}`);
  const props = call.props;
  if (!props) {
    const last = call.args[call.args.length - 1];
    return { start: last.end, end: last.end, text: `, { ${pairs.join(", ")} }` };
  }
  const openLine = lines.position(props.start).line;
  const closeLine = lines.position(props.end).line;
  const hasSpread = props.properties.some((p) => p.spread);
  if (openLine === closeLine) {
    if (props.properties.length === 0) return { start: props.start + 1, end: props.end, text: ` ${pairs.join(", ")} ` };
    if (hasSpread) {
      const last = props.properties[props.properties.length - 1];
      return { start: last.end, end: last.end, text: `, ${pairs.join(", ")}` };
    }
    const first2 = props.properties[0];
    return { start: first2.start, end: first2.start, text: `${pairs.join(", ")}, ` };
  }
  const first = props.properties[0];
  const indent = first ? indentOf(text, first.start) : `${indentOf(text, props.start)}${unit()}`;
  if (hasSpread || !first) {
    const last = props.properties[props.properties.length - 1];
    if (!last) {
      const eol3 = endOfLine(text, props.start);
      return { start: eol3, end: eol3, text: `
${pairs.map((p) => `${indent}${p},`).join("\n")}` };
    }
    const comma = text[last.end] === "," ? 1 : 0;
    const added = `
${pairs.map((p) => `${indent}${p},`).join("\n")}`;
    const eol2 = lineTail(text, last.end + comma, lang);
    if (eol2 !== void 0) return { start: last.end, end: eol2, text: `,${text.slice(last.end + comma, eol2)}${added}` };
    return { start: last.end + comma, end: last.end + comma, text: `${comma ? "" : ","}${added}` };
  }
  if (lines.position(first.start).line === openLine) {
    return { start: first.start, end: first.start, text: `${pairs.join(", ")}, ` };
  }
  const eol = endOfLine(text, props.start);
  return { start: eol, end: eol, text: `
${pairs.map((p) => `${indent}${p},`).join("\n")}` };
}
function lineTail(text, from, lang) {
  const eol = endOfLine(text, from);
  let i = from;
  while (i < eol && (text[i] === " " || text[i] === "	")) i++;
  if (i === eol) return eol;
  if (lang === "py" ? text[i] === "#" : text.startsWith("//", i)) return eol;
  if (lang === "ts" && text.startsWith("/*", i)) {
    const close = text.indexOf("*/", i + 2);
    if (close < 0 || close + 2 > eol) return void 0;
    return /^[ \t]*$/.test(text.slice(close + 2, eol)) ? eol : void 0;
  }
  return void 0;
}
function endOfLine(text, offset) {
  const nl = text.indexOf("\n", offset);
  const end = nl < 0 ? text.length : nl;
  return text[end - 1] === "\r" ? end - 1 : end;
}
function indentOf(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))[0];
}
function indentUnit(text) {
  if (/^\t/m.test(text)) return "	";
  const m = /^( +)\S/m.exec(text);
  return m && m[1].length <= 8 ? m[1] : "  ";
}
function toLineEdit(text, lines, file, splices, description) {
  const sorted = [...splices].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) if (sorted[i].start < sorted[i - 1].end) return void 0;
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const startLine = lines.position(first.start).line;
  const endOffset = last.end > last.start && text[last.end - 1] === "\n" ? last.end - 1 : last.end;
  const endLine = lines.position(Math.max(endOffset, first.start)).line;
  const regionStart = lines.lineStart(startLine);
  const regionEnd = endOfLine(text, lines.lineStart(endLine));
  let out = "";
  let at = regionStart;
  for (const s of sorted) {
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  if (at <= regionEnd) out += text.slice(at, regionEnd);
  else if (out.endsWith("\n")) out = out.slice(0, -1);
  return { file, startLine, endLine, replacement: out.replace(/\r?\n$/, ""), description };
}

// src/parsers/cdk/construct-calls.ts
var MAX_INDEXED_SOURCE_BYTES = 1024 * 1024;
var CALL_ARGS_RE = /\(\s*[A-Za-z_$][\w$.]*\s*,\s*(?:id\s*=\s*|jsii\.String\(\s*)?(['"\x60])([^'"\x60\\\n]*)\1/g;
var KEYWORDS = /* @__PURE__ */ new Set(["if", "for", "while", "switch", "return", "function", "catch", "typeof", "await", "print", "super"]);
function scanCalls(text) {
  const out = [];
  CALL_ARGS_RE.lastIndex = 0;
  for (let m = CALL_ARGS_RE.exec(text); m; m = CALL_ARGS_RE.exec(text)) {
    const head = calleeBefore(text, m.index);
    const id = m[2];
    if (!head || KEYWORDS.has(head.callee) || id === "" || id.includes("${")) continue;
    const tail = m[0].includes("jsii.String(") ? ID_END_JSII_RE : ID_END_RE;
    tail.lastIndex = m.index + m[0].length;
    out.push({ offset: head.offset, callee: head.callee, id, whole: tail.test(text) });
  }
  return out;
}
var ID_END_RE = /\s*[,)]/y;
var ID_END_JSII_RE = /\s*\)\s*[,)]/y;
var isIdentStart = (c) => c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95 || c === 36;
var isWord = (c) => c >= 48 && c <= 57 || isIdentStart(c);
var isSpace = (c) => c === 32 || c >= 9 && c <= 13 || c > 127 && /\s/.test(String.fromCharCode(c));
function spacesBefore(text, i) {
  while (i > 0 && isSpace(text.charCodeAt(i - 1))) i--;
  return i;
}
function identifierBefore(text, end) {
  let j = end;
  while (j > 0 && isWord(text.charCodeAt(j - 1))) j--;
  while (j < end && !isIdentStart(text.charCodeAt(j))) j++;
  return j < end ? j : -1;
}
function calleeBefore(text, open) {
  const end = spacesBefore(text, open);
  let start = identifierBefore(text, end);
  if (start < 0) return void 0;
  const parts = [text.slice(start, end)];
  while (start === 0 || !isWord(text.charCodeAt(start - 1))) {
    const dot = spacesBefore(text, start);
    if (dot === 0 || text.charCodeAt(dot - 1) !== 46) break;
    const before = spacesBefore(text, dot - 1);
    const s = identifierBefore(text, before);
    if (s < 0) break;
    parts.unshift(text.slice(s, before));
    start = s;
  }
  const callee = parts.join(".");
  const gap = spacesBefore(text, start);
  if (gap < start && gap >= 3 && text.startsWith("new", gap - 3) && (gap === 3 || !/\w/.test(text[gap - 4])))
    return { offset: gap - 3, callee };
  return { offset: start, callee };
}
var ConstructCallIndex = class {
  constructor(sources, read, appDir) {
    this.sources = sources;
    this.read = read;
    this.appDir = appDir;
  }
  sources;
  read;
  appDir;
  app;
  rest;
  /** Calls with this id in the app folder; when there are none, in the rest of the scan roots. */
  calls(id) {
    const prefix = `${trimTrailing(toSlash(this.appDir), "/")}/`;
    this.app ??= this.build(this.sources.files.filter((f) => f.startsWith(prefix)));
    const inApp = this.app.get(id);
    if (inApp && inApp.length > 0) return inApp;
    this.rest ??= this.build(this.sources.files.filter((f) => !f.startsWith(prefix)));
    return this.rest.get(id) ?? [];
  }
  build(files) {
    const out = /* @__PURE__ */ new Map();
    for (const abs of files) {
      const text = this.read(abs);
      if (text === void 0 || text.length > MAX_INDEXED_SOURCE_BYTES) continue;
      let lines;
      let imports;
      const style = styleOf(abs);
      const code = blankComments(text, style);
      for (const c of scanCalls(code)) {
        if (!c.whole) continue;
        lines ??= new LineIndex(text);
        imports ??= cdkImports(code, style);
        const pos = lines.position(c.offset);
        const call = { abs, line: pos.line, column: pos.column, callee: c.callee };
        const fqn = libraryFqnOf(c.callee, imports);
        if (fqn) call.libraryFqn = fqn;
        const id = c.id.replaceAll("/", "--");
        const list = out.get(id);
        if (list) list.push(call);
        else out.set(id, [call]);
      }
    }
    return out;
  }
};
function styleOf(abs) {
  if (abs.endsWith(".py")) return "py";
  return /\.(m|c)?[jt]sx?$/.test(abs) ? "ts" : "c";
}
function blankComments(text, style) {
  const out = text.split("");
  const blank = (from, to) => {
    for (let k = from; k < to; k++) if (out[k] !== "\n" && out[k] !== "\r") out[k] = " ";
  };
  const templates = [];
  let braces = 0;
  let i = 0;
  const n = text.length;
  const templateText = (j) => {
    while (j < n) {
      const c = text[j];
      if (c === "\\") j += 2;
      else if (c === "`") return j + 1;
      else if (c === "$" && text[j + 1] === "{") {
        templates.push(braces);
        braces++;
        return j + 2;
      } else j++;
    }
    return n;
  };
  while (i < n) {
    const c = text[i];
    if (style === "py") {
      if (c === "#") {
        const nl = text.indexOf("\n", i);
        const end = nl < 0 ? n : nl;
        blank(i, end);
        i = end;
      } else if (c === '"' || c === "'") {
        const triple = text.startsWith(c.repeat(3), i);
        const q = triple ? c.repeat(3) : c;
        let j = i + q.length;
        while (j < n && !text.startsWith(q, j) && (triple || text[j] !== "\n")) j += text[j] === "\\" ? 2 : 1;
        const end = Math.min(n, j + (text.startsWith(q, j) ? q.length : 0));
        if (triple) blank(i, end);
        i = end;
      } else i++;
      continue;
    }
    if (c === "/" && text[i + 1] === "/") {
      const nl = text.indexOf("\n", i);
      const end = nl < 0 ? n : nl;
      blank(i, end);
      i = end;
    } else if (c === "/" && text[i + 1] === "*") {
      const close = text.indexOf("*/", i + 2);
      const end = close < 0 ? n : close + 2;
      blank(i, end);
      i = end;
    } else if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
      i = Math.min(n, j + 1);
    } else if (c === "`") {
      if (style === "ts") i = templateText(i + 1);
      else {
        const close = text.indexOf("`", i + 1);
        i = close < 0 ? n : close + 1;
      }
    } else if (c === "{") {
      braces++;
      i++;
    } else if (c === "}") {
      braces--;
      i++;
      if (templates.length > 0 && templates[templates.length - 1] === braces) {
        templates.pop();
        i = templateText(i);
      }
    } else i++;
  }
  return out.join("");
}
function libraryModule(spec) {
  if (spec === "aws-cdk-lib" || spec === "aws-cdk-lib/core") return "aws-cdk-lib";
  const v2 = /^aws-cdk-lib\/([a-z0-9-]+)$/.exec(spec);
  if (v2) return `aws-cdk-lib.${v2[1].replace(/-/g, "_")}`;
  if (/^@aws-cdk\/[a-z0-9-]+$/.test(spec)) return spec;
  const py = /^aws_cdk(?:\.([a-z0-9_]+))?$/.exec(spec);
  if (py) return py[1] && py[1] !== "core" ? `aws-cdk-lib.${py[1]}` : "aws-cdk-lib";
  return void 0;
}
function bindNamed(out, module, imported, name) {
  if (module === "aws-cdk-lib" && /^aws_[a-z0-9_]+$/.test(imported)) out.set(name, { module: `aws-cdk-lib.${imported}` });
  else if (/^[A-Z]/.test(imported)) out.set(name, { fqn: `${module}.${imported}` });
}
var MAX_IMPORT_KEYWORDS = 5e3;
function cdkImports(code, style) {
  const out = /* @__PURE__ */ new Map();
  const names = (list, sep) => list.split(",").map((s) => s.trim().replace(/^type\s+/, "")).filter((s) => s !== "").map((s) => {
    const [imported, alias] = s.split(sep).map((x) => x.trim());
    return [imported, alias || imported];
  });
  const W = String.raw`\s{0,200}`;
  const SPEC = String.raw`['"]([^'"\n]{1,200})['"]`;
  const ID = String.raw`([\w$]{1,200})`;
  const patterns = style === "py" ? [
    {
      re: new RegExp(String.raw`from[ \t]{1,200}([\w.]{1,200})[ \t]{1,200}import[ \t]{1,200}(\([^)]{0,4000}\)|[^\n]{0,4000})`, "y"),
      bind: (m) => {
        const module = libraryModule(m[1]);
        if (module)
          for (const [imported, alias] of names(m[2].replace(/[()\\]/g, " "), /\s+as\s+/)) bindNamed(out, module, imported, alias);
      }
    },
    {
      re: /import[ \t]{1,200}([\w.]{1,200})(?:[ \t]{1,200}as[ \t]{1,200}(\w{1,200}))?/y,
      bind: (m) => {
        const module = libraryModule(m[1]);
        if (module && m[2]) out.set(m[2], { module });
        else if (module && m[1] === "aws_cdk") out.set("aws_cdk", { module });
      }
    }
  ] : [
    {
      re: new RegExp(String.raw`import${W}\*${W}as\s{1,200}${ID}\s{1,200}from${W}${SPEC}`, "y"),
      bind: (m) => {
        const module = libraryModule(m[2]);
        if (module) out.set(m[1], { module });
      }
    },
    {
      re: new RegExp(String.raw`(?:const|let|var)\s{1,200}${ID}${W}=${W}require\(${W}${SPEC}${W}\)`, "y"),
      bind: (m) => {
        const module = libraryModule(m[2]);
        if (module) out.set(m[1], { module });
      }
    },
    {
      re: new RegExp(String.raw`import${W}(?:type\s{1,200})?(?:${ID}${W},${W})?\{([^}]{0,4000})\}${W}from${W}${SPEC}`, "y"),
      bind: (m) => {
        const module = libraryModule(m[3]);
        if (module) for (const [imported, alias] of names(m[2], /\s+as\s+/)) bindNamed(out, module, imported, alias);
      }
    },
    {
      re: new RegExp(String.raw`(?:const|let|var)${W}\{([^}]{0,4000})\}${W}=${W}require\(${W}${SPEC}${W}\)`, "y"),
      bind: (m) => {
        const module = libraryModule(m[2]);
        if (module) for (const [imported, alias] of names(m[1], /\s*:\s*/)) bindNamed(out, module, imported, alias);
      }
    }
  ];
  const keywords = style === "py" ? /\b(?:from|import)\b/g : /(?<![\w$.])(?:import|const|let|var)(?![\w$])/g;
  let seen = 0;
  for (let k = keywords.exec(code); k && seen < MAX_IMPORT_KEYWORDS; k = keywords.exec(code), seen++) {
    for (const p of patterns) {
      p.re.lastIndex = k.index;
      const m = p.re.exec(code);
      if (m) p.bind(m);
    }
  }
  return out;
}
function libraryFqnOf(callee, imports) {
  const parts = callee.split(".");
  const b = imports.get(parts[0]);
  if (!b) return void 0;
  if ("fqn" in b) return parts.length === 1 ? b.fqn : void 0;
  const rest = parts.slice(1);
  if (rest.length === 1) return `${b.module}.${rest[0]}`;
  if (rest.length === 2 && b.module === "aws-cdk-lib" && /^aws_[a-z0-9_]+$/.test(rest[0])) return `aws-cdk-lib.${rest[0]}.${rest[1]}`;
  return void 0;
}
function libraryClassKey(fqn) {
  const v1 = /^@aws-cdk\/([a-z0-9-]+)\.(.+)$/.exec(fqn);
  if (v1) return v1[1] === "core" ? v1[2] : `${v1[1].replace(/-/g, "_")}.${v1[2]}`;
  return fqn.startsWith("aws-cdk-lib.") ? fqn.slice("aws-cdk-lib.".length) : fqn;
}

// src/parsers/cdk/fix.ts
var PY_MODULE_IMPORT = /^[ \t]*import[ \t]+aws_cdk\.aws_s3[ \t]+as[ \t]+(\w+)/m;
var PY_FROM_IMPORT = /^[ \t]*from[ \t]+aws_cdk[ \t]+import[ \t]+[^\n]*\baws_s3[ \t]+as[ \t]+(\w+)/m;
var TS_NAMESPACE_IMPORT = /import\s*\*\s*as\s+([A-Za-z_$][\w$]*)\s*from\s*['"]aws-cdk-lib\/aws-s3['"]/;
var TS_LIB_NAMED_IMPORTS = /import\s*\{([^{}]*)\}\s*from\s*['"]aws-cdk-lib['"]/g;
var TS_REQUIRE = /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"]aws-cdk-lib\/aws-s3['"]\s*\)/;
function s3Namespace(text, lang) {
  const ns = lang === "py" ? PY_MODULE_IMPORT.exec(text)?.[1] ?? PY_FROM_IMPORT.exec(text)?.[1] : TS_NAMESPACE_IMPORT.exec(text)?.[1] ?? namedImportAlias(text) ?? TS_REQUIRE.exec(text)?.[1];
  return ns ? `${ns}.` : void 0;
}
function namedImportAlias(text) {
  TS_LIB_NAMED_IMPORTS.lastIndex = 0;
  for (let m = TS_LIB_NAMED_IMPORTS.exec(text); m; m = TS_LIB_NAMED_IMPORTS.exec(text)) {
    const alias = /\baws_s3\s+as\s+([A-Za-z_$][\w$]*)/.exec(m[1])?.[1];
    if (alias) return alias;
  }
  return void 0;
}
function importedEnumName(text, enumName, lang) {
  const re = lang === "py" ? /from[ \t]+aws_cdk\.aws_s3[ \t]+import[ \t]*(?:\(([^()]*)\)|([^\n(]*))/g : /import\s*(?:type\s*)?\{([^{}]*)\}\s*from\s*['"]aws-cdk-lib\/aws-s3['"]/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const spec of (m[1] ?? m[2]).split(",")) {
      const words = spec.split(/[ \t\n\r]/).filter((w) => w !== "");
      if (words[0] === "type") words.shift();
      const [name, as, alias] = words;
      if (name === enumName) return as === "as" && alias !== void 0 ? alias : name;
    }
  }
  return void 0;
}
function renderValue(v, source, callee, lang) {
  if (typeof v === "string") return lang === "py" ? { true: "True", false: "False" }[v] ?? v : v;
  const ref = enumRef(v, source, callee, lang);
  return ref === void 0 ? void 0 : v.list ? `[${ref}]` : ref;
}
function enumRef(v, source, callee, lang) {
  const dot = callee.lastIndexOf(".");
  if (dot > 0) return `${callee.slice(0, dot + 1)}${v.enum}.${v.member}`;
  const named = remember(source.names, `${lang}:${v.enum}`, () => importedEnumName(source.text, v.enum, lang));
  if (named) return `${named}.${v.member}`;
  const prefix = remember(source.names, `${lang}:*`, () => s3Namespace(source.text, lang));
  return prefix === void 0 ? void 0 : `${prefix}${v.enum}.${v.member}`;
}
var facts = /* @__PURE__ */ new Map();
var appOverrides = /* @__PURE__ */ new WeakMap();
function shareAppOverrides(texts, files, complete, read) {
  let found;
  appOverrides.set(texts, () => {
    if (found) return found;
    found = new Set(complete ? [] : ["*"]);
    for (const abs of files) {
      if (found.has("*")) break;
      const text = read(abs);
      if (text === void 0 || text.length > MAX_INDEXED_SOURCE_BYTES || !ESCAPE_HATCH_WORD.test(text)) continue;
      for (const p of overriddenProperties(blankComments(text, styleOf(abs)))) found.add(p);
    }
    return found;
  });
}
function forgetCdkFixCache() {
  facts.clear();
}
function factsFor(file, text) {
  let f = facts.get(file);
  if (f?.text !== text) {
    f = { text, lines: new LineIndex(text), budget: scanBudgetFor(text), calls: /* @__PURE__ */ new Map(), names: /* @__PURE__ */ new Map() };
    facts.set(file, f);
  }
  return f;
}
function remember(memo, key, work) {
  if (!memo.has(key)) memo.set(key, work());
  return memo.get(key);
}
function renderCdkFix(finding, texts) {
  const fix = finding.fix;
  if (!fix || finding.format !== "cdk") return void 0;
  const file = finding.location.file;
  const lang = langOf(file);
  const text = texts.get(file);
  if (!lang || text === void 0) return void 0;
  const source = factsFor(file, text);
  const lines = source.lines;
  const line = finding.location.line;
  if (line < 1 || line > lines.lineCount()) return void 0;
  const lineStart = lines.lineStart(line);
  const nl = text.indexOf("\n", lineStart);
  const column = finding.location.column;
  const ids = new Set(finding.resource.split("/"));
  const call = remember(
    source.calls,
    `${line}:${column}:${finding.resource}`,
    () => findConstructCallOnLine(text, lineStart, nl < 0 ? text.length : nl, column, lang, source.budget, ids)
  );
  if (!call) return void 0;
  const kind = kindOf(call.callee);
  if (!kind) return void 0;
  const overridden = source.overridden ??= overriddenProperties(text);
  const elsewhere = appOverrides.get(texts)?.();
  const written = (p) => overridden.has(p) || elsewhere?.has(p) === true;
  if (written("*") || cfnPropertiesOf(fix).some(written)) return void 0;
  let change;
  if (kind === "cfn-bucket") {
    if (lang === "py") return void 0;
    const c = l1Change(fix);
    if (!c) return void 0;
    if (fix.kind === "set" && fix.field === "objectLock.enabled" && !l1VersioningMayStayOn(call.args[2] ? text.slice(call.args[2].start, call.args[2].end) : ""))
      return void 0;
    change = { set: c.set.map(([key, value]) => ({ key, value })), remove: c.remove, ensure: [], description: "" };
  } else {
    const c = l2Change(kind, fix);
    if (!c) return void 0;
    const resolve = (pairs) => {
      const out = [];
      for (const [key, v] of pairs) {
        const value = renderValue(v, source, call.callee, lang);
        if (value === void 0) return void 0;
        out.push({ key: lang === "py" ? PY_NAMES[key] ?? key : key, value });
      }
      return out;
    };
    const set = resolve(c.set);
    const ensure = resolve(c.ensure);
    if (!set || !ensure) return void 0;
    change = { set, ensure, remove: c.remove.map((k) => lang === "py" ? PY_NAMES[k] ?? k : k), description: "" };
  }
  change.description = describe(change, lang, `${call.callee} ${text.slice(call.args[1].start, call.args[1].end)}`);
  const edit = editCall(text, lines, file, call, change, lang, () => source.indentUnit ??= indentUnit(text));
  return edit && rewritesNoEcho(lines, edit) ? void 0 : edit;
}
function l1VersioningMayStayOn(props) {
  if (!/\bversioningConfiguration\b/.test(props)) return true;
  const statuses = props.match(/\bstatus\s*:\s*[^\s,}]+/g) ?? [];
  return statuses.length === 1 && /:\s*(['"`])Enabled\1$/.test(statuses[0]);
}
var NO_ECHO = /\bno_?echo\b/i;
function rewritesNoEcho(lines, edit) {
  return NO_ECHO.test(lines.linesText(edit.startLine, edit.endLine));
}
function describe(c, lang, construct) {
  const sep = lang === "py" ? "=" : ": ";
  const parts = [...c.set, ...c.ensure].map((s) => `\`${s.key}${sep}${s.value}\``);
  let d = `Set ${parts.join(" and ")}`;
  if (c.set.length === 0 && c.ensure.length === 0) d = `Remove ${c.remove.map((k) => `\`${k}\``).join(", ")}`;
  else if (c.remove.length > 0) d += ` (dropping ${c.remove.map((k) => `\`${k}\``).join(", ")} if set)`;
  return `${d} on ${construct}`;
}
function cfnPropertiesOf(fix) {
  if (fix.kind === "add-policy-statement") return ["PolicyDocument"];
  const field = fix.field;
  if (field === "publicAccessBlock") return ["PublicAccessBlockConfiguration"];
  if (field === "ownership") return ["OwnershipControls"];
  if (field === "acl.canned") return ["AccessControl"];
  if (field === "website") return ["WebsiteConfiguration"];
  if (field.startsWith("encryption")) return ["BucketEncryption"];
  if (field.startsWith("versioning")) return ["VersioningConfiguration"];
  if (field.startsWith("objectLock")) return ["ObjectLockEnabled", "ObjectLockConfiguration"];
  if (field === "logFileValidation") return ["EnableLogFileValidation"];
  if (field === "isMultiRegion") return ["IsMultiRegionTrail"];
  return ["*"];
}
var L1_ATTRIBUTES = /* @__PURE__ */ new Map();
for (const p of [
  "PublicAccessBlockConfiguration",
  "OwnershipControls",
  "AccessControl",
  "WebsiteConfiguration",
  "BucketEncryption",
  "VersioningConfiguration",
  "ObjectLockEnabled",
  "ObjectLockConfiguration",
  "PolicyDocument",
  "EnableLogFileValidation",
  "IsMultiRegionTrail"
]) {
  const camel = p[0].toLowerCase() + p.slice(1);
  L1_ATTRIBUTES.set(camel, p);
  L1_ATTRIBUTES.set(
    camel.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`),
    p
  );
}
var ESCAPE_HATCH_WORD = new RegExp(`[Oo]verride|${[...L1_ATTRIBUTES.keys()].join("|")}`);
var OVERRIDE_CALL = /\b(addPropertyOverride|addPropertyDeletionOverride|addOverride|addDeletionOverride|add_property_override|add_property_deletion_override|add_override|add_deletion_override)[ \t]*\([ \t\r\n]*(?:(['"`])([^'"`\n]{0,1000})\2)?/g;
var L1_ASSIGNMENT = /\.[ \t]*([A-Za-z_][\w]{0,100})[ \t]*=(?![=>])/g;
function overriddenProperties(text) {
  const out = /* @__PURE__ */ new Set();
  OVERRIDE_CALL.lastIndex = 0;
  for (let m = OVERRIDE_CALL.exec(text); m; m = OVERRIDE_CALL.exec(text)) {
    const path4 = m[3];
    if (path4 === void 0 || m[3].includes("${")) {
      out.add("*");
      continue;
    }
    const segments = path4.split(".");
    if (/property/i.test(m[1])) out.add(segments[0]);
    else if (segments[0] === "Properties") out.add(segments[1] ?? "*");
  }
  L1_ASSIGNMENT.lastIndex = 0;
  for (let m = L1_ASSIGNMENT.exec(text); m; m = L1_ASSIGNMENT.exec(text)) {
    const p = L1_ATTRIBUTES.get(m[1]);
    if (p) out.add(p);
  }
  return out;
}

// src/parsers/cdk/locate.ts
import path from "node:path";

// src/parsers/cdk/trace-paths.ts
function mapTracePath(traceFile, sources, appDir) {
  const file = toSlash(traceFile);
  const base = file.slice(file.lastIndexOf("/") + 1);
  const candidates = sources.byBase.get(base);
  if (!candidates || candidates.length === 0) return void 0;
  if (candidates.includes(file)) return file;
  const want = file.split("/").filter((s) => s !== "");
  const app = trimTrailing(toSlash(appDir), "/");
  const same = /^[A-Za-z]:\//.test(file) ? (a, b) => a.toLowerCase() === b.toLowerCase() : (a, b) => a === b;
  let best = [];
  let bestScore = 0;
  for (const c of candidates) {
    const have = c.split("/").filter((s) => s !== "");
    let score = 0;
    while (score < want.length && score < have.length && same(want[want.length - 1 - score], have[have.length - 1 - score])) score++;
    if (score > bestScore) {
      bestScore = score;
      best = [c];
    } else if (score === bestScore) best.push(c);
  }
  if (best.length === 1) return best[0];
  const inApp = best.filter((c) => c.startsWith(`${app}/`));
  return inApp.length === 1 ? inApp[0] : void 0;
}

// src/parsers/cdk/stack-trace.ts
function parseFrame(entry) {
  let text = entry.trim();
  if (text.startsWith("at ")) text = text.slice(3).trim();
  if (text === "" || text.startsWith("...") || text.startsWith("(no user code")) return void 0;
  let fn = "";
  let location = text;
  if (text.endsWith(")")) {
    let depth = 0;
    let open = -1;
    for (let i = text.length - 1; i >= 0; i--) {
      const c = text[i];
      if (c === ")") depth++;
      else if (c === "(" && --depth === 0) {
        open = i;
        break;
      }
    }
    if (open < 0) return void 0;
    fn = text.slice(0, open).trim();
    location = text.slice(open + 1, -1).trim();
  }
  if (location.startsWith("eval at ") || location === "native" || location.startsWith("index ")) return void 0;
  const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(location);
  if (!m) return void 0;
  const file = normalisePath(m[1]);
  if (file === "" || file === "<anonymous>") return void 0;
  return { fn, file, line: Number(m[2]), column: m[3] === void 0 ? 0 : Number(m[3]) };
}
function normalisePath(raw) {
  let p = raw.trim();
  if (p.startsWith("file://")) {
    p = p.slice("file://".length);
    try {
      p = decodeURIComponent(p);
    } catch {
    }
    if (/^\/[A-Za-z]:\//.test(p)) p = p.slice(1);
  }
  return p.replace(/\\/g, "/");
}
var LIBRARY_SEGMENTS = ["/node_modules/", "/site-packages/", "/dist-packages/", "/jsii-kernel-", "/jsii-runtime/", "/.jsii/"];
function isLibraryFrame(frame) {
  const f = frame.file;
  if (f.startsWith("node:") || f.startsWith("internal/") || f.startsWith("<")) return true;
  const slashed = f.startsWith("/") ? f : `/${f}`;
  return LIBRARY_SEGMENTS.some((s) => slashed.includes(s));
}
function userFrames(trace) {
  const out = [];
  for (const entry of trace) {
    if (typeof entry !== "string") continue;
    const frame = parseFrame(entry);
    if (frame && !isLibraryFrame(frame)) out.push(frame);
  }
  return out;
}

// src/parsers/cdk/locate.ts
var DEFAULT_CHILDREN = ["Resource", "Default"];
function locateConstruct(constructPath, stackPath, ctx) {
  return locateByTrace(constructPath, stackPath, ctx) ?? locateByConstructId(constructPath, stackPath, ctx);
}
function tracePathsFor(constructPath, stackPath) {
  const out = [constructPath];
  let p = constructPath;
  for (; ; ) {
    const slash = p.lastIndexOf("/");
    if (slash <= 0) break;
    p = p.slice(0, slash);
    if (stackPath && (p === stackPath || !p.startsWith(`${stackPath}/`))) break;
    out.push(p);
    for (const c of DEFAULT_CHILDREN) if (`${p}/${c}` !== constructPath) out.push(`${p}/${c}`);
  }
  return [...new Set(out)];
}
function locateByTrace(constructPath, stackPath, ctx) {
  const stackTrace = stackPath ? ctx.metadata.traceOf(stackPath) : void 0;
  const shared = new Set(userFrames(stackTrace?.trace ?? []).map(frameKey));
  for (const p of tracePathsFor(constructPath, stackPath)) {
    const t = ctx.metadata.traceOf(p);
    if (!t) continue;
    const mapped = [];
    let skipped = false;
    const pathIds = new Set(relativeIds(constructPath, stackPath));
    for (const frame of userFrames(t.trace)) {
      if (shared.has(frameKey(frame)) || skipped && isTopLevel(frame)) break;
      const abs = mapTracePath(frame.file, ctx.sources, ctx.appDir);
      if (!abs) {
        const twin = typeScriptTwin(frame.file, ctx);
        if (twin) return mapped.length === 0 ? locateByConstructId(constructPath, stackPath, ctx, twin) : void 0;
        skipped = true;
        continue;
      }
      const file = ctx.reader.get(abs);
      const at2 = file?.fromRuntime(frame.line, frame.column);
      if (!file || !at2 || !holdsCall(file, at2.line) || mapped.length === 0 && makesAnother(file, abs, at2, pathIds)) {
        if (mapped.length === 0) return void 0;
        break;
      }
      mapped.push({ frame: { ...frame, ...at2 }, abs });
    }
    const first = mapped[0];
    if (!first) continue;
    const at = lineAt(ctx, first.abs, first.frame.line, first.frame.column);
    const related = [];
    const via = mapped[1];
    if (via && insideUserConstruct(constructPath, stackPath, ctx.tree)) {
      related.push({ message: "the construct that created it", at: lineAt(ctx, via.abs, via.frame.line, via.frame.column) });
    }
    return { abs: first.abs, at, confidence: "trace", related };
  }
  return void 0;
}
function locateCall(trace, ctx) {
  for (const frame of userFrames(trace ?? [])) {
    const abs = mapTracePath(frame.file, ctx.sources, ctx.appDir);
    const file = abs ? ctx.reader.get(abs) : void 0;
    const at = file?.fromRuntime(frame.line, frame.column);
    if (abs && at && holdsCall(file, at.line)) return lineAt(ctx, abs, at.line, at.column);
  }
  return void 0;
}
function isTopLevel(f) {
  return f.fn === "" || f.fn === "<anonymous>" || f.fn === "Object.<anonymous>" || f.fn === "<module>";
}
function frameKey(f) {
  return `${f.file}:${f.line}:${f.column}`;
}
function typeScriptTwin(file, ctx) {
  if (!/\.(m|c)?js$/.test(file)) return void 0;
  for (const ext of [".ts", ".tsx", ".mts", ".cts"]) {
    const twin = mapTracePath(file.replace(/\.(m|c)?js$/, ext), ctx.sources, ctx.appDir);
    if (twin) return twin;
  }
  return void 0;
}
function insideUserConstruct(constructPath, stackPath, tree) {
  const rel = relativeIds(constructPath, stackPath);
  let p = stackPath;
  for (const id of rel.slice(0, -1)) {
    p = p ? `${p}/${id}` : id;
    const fqn = tree?.get(p)?.fqn;
    if (fqn === void 0) return rel.length > 2;
    if (!fqn.startsWith("aws-cdk-lib.")) return true;
  }
  return false;
}
function holdsCall(file, line) {
  if (line < 1 || line > file.lineCount) return false;
  const start = file.lines.lineStart(line);
  const end = file.text.indexOf("\n", start);
  return file.text.slice(start, end < 0 ? void 0 : end).includes("(");
}
function makesAnother(file, abs, at, ids) {
  const lang = langOf(abs);
  if (!lang) return false;
  const start = file.lines.lineStart(at.line);
  const nl = file.text.indexOf("\n", start);
  file.budget ??= scanBudgetFor(file.text);
  const call = findConstructCallOnLine(file.text, start, nl < 0 ? file.text.length : nl, at.column, lang, file.budget, ids);
  const id = call && literalId(file.text, call);
  return id !== void 0 && !ids.has(id.replaceAll("/", "--"));
}
function lineAt(ctx, abs, line, column) {
  const col = Math.max(1, column);
  return { file: ctx.reader.displayPath(abs), line, column: col, endLine: line, endColumn: col, path: "" };
}
function relativeIds(constructPath, stackPath) {
  const rel = stackPath && constructPath.startsWith(`${stackPath}/`) ? constructPath.slice(stackPath.length + 1) : constructPath;
  return rel.split("/").filter((s) => s !== "");
}
function locateByConstructId(constructPath, stackPath, ctx, only) {
  const ids = relativeIds(constructPath, stackPath);
  for (let i = ids.length - 1; i >= 0; i--) {
    const id = ids[i];
    if (DEFAULT_CHILDREN.includes(id) && i === ids.length - 1) continue;
    if (id.includes(".NestedStack")) continue;
    const pathHere = [stackPath, ...ids.slice(0, i + 1)].filter((s) => s !== "").join("/");
    const fqn = ctx.tree?.get(pathHere)?.fqn;
    const cls = classOf(fqn);
    let calls = ctx.calls.calls(id);
    if (only !== void 0) calls = calls.filter((c2) => c2.abs === only);
    if (fqn !== void 0) calls = calls.filter((c2) => c2.libraryFqn === void 0 || libraryClassKey(c2.libraryFqn) === libraryClassKey(fqn));
    if (cls && calls.length > 1) {
      const byClass = calls.filter((c2) => c2.callee === cls || c2.callee.endsWith(`.${cls}`));
      if (byClass.length > 0) calls = byClass;
    }
    if (calls.length !== 1) continue;
    const c = calls[0];
    ctx.reader.get(c.abs);
    return { abs: c.abs, at: lineAt(ctx, c.abs, c.line, c.column), confidence: "construct-id", related: [] };
  }
  return void 0;
}
function appDirOf(assemblyDir) {
  return toSlash(path.dirname(assemblyDir));
}

// src/parsers/cdk/nested-stacks.ts
import path2 from "node:path";
function templateResources(root) {
  const res = get(root, "Resources");
  if (res?.kind !== "map") return [];
  return res.entries.map((e) => ({ logicalId: e.key, type: scalarString(get(e.value, "Type")) ?? "", keyStart: e.keyStart, node: e.value }));
}
function findNestedStacks(parent, root, text, pathOf, metadata, ctx, report) {
  const out = [];
  const lines = new LineIndex(text);
  const resources = templateResources(root);
  const buckets = new Set(resources.filter((r) => r.type === "AWS::S3::Bucket").map((r) => r.logicalId));
  let assetsByHash;
  let assetsRead = false;
  const assetFiles = () => {
    if (assetsByHash) return assetsByHash;
    assetsByHash = /* @__PURE__ */ new Map();
    if (!parent.assetsManifest) return assetsByHash;
    const f = readJsonFile(parent.assetsManifest, ctx, "CDK_ASSETS", "asset manifest", report, parent.assetsManifestAt);
    assetsRead = f !== void 0;
    const files = get(f?.root, "files");
    if (files?.kind === "map") {
      for (const e of files.entries) {
        const p = scalarString(get(get(e.value, "source"), "path"));
        if (p) assetsByHash.set(e.key, p);
      }
    }
    return assetsByHash;
  };
  for (const r of resources) {
    if (r.type !== "AWS::CloudFormation::Stack") continue;
    const resourcePath = pathOf(r.logicalId);
    const nestedPath = resourcePath ? nestedStackPathFromResource(resourcePath) : void 0;
    const assetPath = get(get(r.node, "Metadata"), "aws:asset:path");
    let file = scalarString(assetPath) || void 0;
    if (!file && nestedPath) {
      const e = metadata.entries(nestedPath).find((x) => x.type === TEMPLATE_FILE && typeof x.data === "string");
      if (e) file = e.data;
    }
    let hash;
    if (!file) {
      const urlNode = get(get(r.node, "Properties"), "TemplateURL");
      const url = urlNode ? text.slice(urlNode.start, urlNode.end) : "";
      hash = /([0-9a-f]{64})\.json/.exec(url)?.[1];
      if (hash) file = assetFiles().get(hash);
    }
    const pos = lines.position(r.keyStart);
    if (!file && assetPath) {
      report({
        code: "CDK_ARTIFACT_INVALID",
        file: parent.file,
        line: pos.line,
        column: pos.column,
        message: `nested stack ${r.logicalId} names no template file in its \`aws:asset:path\` metadata (${assetPath.kind === "scalar" ? JSON.stringify(assetPath.value) : assetPath.kind === "map" ? "an object" : "a list"}); it was not scanned`,
        level: "error"
      });
      continue;
    }
    if (!file && hash && !assetsRead) continue;
    if (!file && hash) {
      report({
        code: "CDK_NESTED_TEMPLATE_UNLISTED",
        file: parent.file,
        line: pos.line,
        column: pos.column,
        message: `nested stack ${r.logicalId} deploys the template asset ${hash}, which the stack's asset manifest does not list; it was not scanned, re-run \`cdk synth\``,
        level: "warning"
      });
      continue;
    }
    if (!file) {
      ctx.debug(`${parent.file}: ${r.logicalId} is a nested stack whose template is not in the assembly; skipped`);
      continue;
    }
    const abs = path2.join(parent.assemblyDir, file);
    if (!inside(parent.assemblyDir, abs)) {
      report({
        code: "CDK_ARTIFACT_INVALID",
        file: parent.file,
        line: pos.line,
        column: pos.column,
        message: `nested stack ${r.logicalId} points outside the assembly (${file}); it was not scanned`,
        level: "error"
      });
      continue;
    }
    const stackPath = nestedPath || (metadata.pathOfTemplate(file, "last") ?? "");
    const below = stackPath && parent.stackPath && stackPath.startsWith(`${parent.stackPath}/`) ? stackPath.slice(parent.stackPath.length + 1) : r.logicalId;
    out.push({
      abs,
      file: ctx.displayPath(abs),
      stackName: `${parent.stackName}/${below}`,
      stackPath,
      declaredAt: {
        file: parent.file,
        line: pos.line,
        column: pos.column,
        endLine: pos.line,
        endColumn: pos.column,
        path: `Resources.${r.logicalId}`
      },
      assemblyDir: parent.assemblyDir,
      assetsManifest: parent.assetsManifest,
      ...parent.assetsManifestAt ? { assetsManifestAt: parent.assetsManifestAt } : {},
      nested: true,
      passed: nestedStackParameters(r.node, (id) => buckets.has(id)),
      resource: r.logicalId
    });
  }
  return out;
}

// src/parsers/cdk/relocate.ts
var RESOURCE_PATH = /^Resources\.([^.[\]]+)/;
function logicalIdOf(at) {
  return RESOURCE_PATH.exec(at.path)?.[1];
}
function isLocation(v) {
  if (v === null || typeof v !== "object") return false;
  const o = v;
  return typeof o.file === "string" && typeof o.line === "number" && typeof o.column === "number" && typeof o.path === "string" && typeof o.endLine === "number";
}
function relocate(model, templateFile, target) {
  const memo = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new WeakSet();
  const move = (at) => {
    const done = memo.get(at);
    if (done) return done;
    let out = at;
    if (at.file === templateFile) {
      const id = logicalIdOf(at);
      const to = id === void 0 ? void 0 : target(id);
      if (to) out = { file: to.file, line: to.line, column: to.column, endLine: to.endLine, endColumn: to.endColumn, path: at.path };
    }
    memo.set(at, out);
    return out;
  };
  const visit = (o, depth) => {
    if (depth > 80 || seen.has(o)) return;
    seen.add(o);
    if (Array.isArray(o)) {
      for (let i = 0; i < o.length; i++) {
        const v = o[i];
        if (isLocation(v)) o[i] = move(v);
        else if (v !== null && typeof v === "object") visit(v, depth + 1);
      }
      return;
    }
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (isLocation(v)) o[k] = move(v);
      else if (v !== null && typeof v === "object") visit(v, depth + 1);
    }
  };
  for (const s of subjectsOf(model)) visit(s, 0);
}

// src/parsers/cdk/source-reader.ts
function runtimePositions(text, lines) {
  let starts;
  return (line, column) => {
    if (!starts) {
      starts = [0];
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        if (c === 10 || c === 13) starts.push(i + 1);
      }
    }
    const start = starts[line - 1];
    if (start === void 0) return { line: lines.lineCount() + 1, column };
    return lines.position(start + Math.max(0, column - 1));
  };
}
var samePosition = (line, column) => ({ line, column });
var SourceReader = class {
  constructor(read, displayPath) {
    this.read = read;
    this.displayPath = displayPath;
  }
  read;
  displayPath;
  cache = /* @__PURE__ */ new Map();
  get(abs) {
    let f = this.cache.get(abs);
    if (f === void 0) {
      const text = this.read(abs);
      if (text === void 0) f = null;
      else {
        const lines = new LineIndex(text);
        const fromRuntime = loneCarriageReturn(text) === -1 ? samePosition : runtimePositions(text, lines);
        f = { text, lines, lineCount: lines.lineCount(), fromRuntime };
      }
      this.cache.set(abs, f);
    }
    return f ?? void 0;
  }
  /** Texts read so far, by display path (for suppressions and fixes). */
  texts() {
    const out = /* @__PURE__ */ new Map();
    for (const [abs, f] of this.cache) if (f) out.set(this.displayPath(abs), f.text);
    return out;
  }
};

// src/parsers/cdk/stack-paths.ts
function knownStackPaths(metadata, stacks) {
  const out = /* @__PURE__ */ new Set();
  for (const s of stacks) if (s.stackPath) out.add(s.stackPath);
  for (const [p] of metadata.ofType(TEMPLATE_FILE)) out.add(p);
  for (const [p] of metadata.ofType(LOGICAL_ID)) {
    const nested = nestedStackPathFromResource(p);
    if (nested) out.add(nested);
  }
  return out;
}
function logicalIdsOf(metadata, stackPath, stackPaths) {
  const deeper = under(sortedPaths(stackPaths), stackPath);
  const out = /* @__PURE__ */ new Map();
  const entries = stackPath === "" ? metadata.ofType(LOGICAL_ID) : metadata.ofTypeUnder(LOGICAL_ID, `${stackPath}/`);
  for (const [p, e] of entries) {
    if (typeof e.data !== "string" || out.has(e.data)) continue;
    if (deeper.some((d) => p.startsWith(`${d}/`))) continue;
    out.set(e.data, p);
  }
  return out;
}
var sortedSets = /* @__PURE__ */ new WeakMap();
function sortedPaths(paths) {
  const cached = sortedSets.get(paths);
  if (cached?.size === paths.size) return cached.sorted;
  const sorted = [...paths].sort();
  sortedSets.set(paths, { size: paths.size, sorted });
  return sorted;
}
function under(sorted, stackPath) {
  if (stackPath === "") return sorted.filter((s) => s !== "");
  return startingWith(sorted, `${stackPath}/`, (s) => s);
}
function settleStackPath(st, fromTemplate, metadata) {
  if (st.stackPath) return st.stackPath;
  const paths = [...fromTemplate.values()];
  if (st.artifactId) {
    const prefix = `${st.artifactId}/`;
    if (paths.some((p) => p.startsWith(prefix)) || metadata.hasTypeUnder(LOGICAL_ID, prefix)) return st.artifactId;
  }
  const first = paths[0]?.split("/")[0];
  return first && paths.every((p) => p.startsWith(`${first}/`)) ? first : "";
}
function constructPathsOf(st, root, metadata, stackPaths) {
  const pathByLogicalId = /* @__PURE__ */ new Map();
  const resources = root ? templateResources(root) : [];
  for (const r of resources) {
    const p = scalarString(get(get(r.node, "Metadata"), "aws:cdk:path"));
    if (p) pathByLogicalId.set(r.logicalId, p);
  }
  const stackPath = settleStackPath(st, pathByLogicalId, metadata);
  if (stackPath === "") {
    for (const r of resources) {
      const p = pathByLogicalId.has(r.logicalId) ? void 0 : unsettledPathOf(st, r.logicalId, stackPaths);
      if (p !== void 0) pathByLogicalId.set(r.logicalId, p);
    }
  } else {
    for (const [lid, p] of logicalIdsOf(metadata, stackPath, stackPaths)) if (!pathByLogicalId.has(lid)) pathByLogicalId.set(lid, p);
  }
  return { stackPath, pathByLogicalId };
}
function unsettledPathOf(st, logicalId, stackPaths) {
  for (const m of st.ownMetadata ?? []) {
    const p = unclaimedLogicalIds(m, stackPaths).get(logicalId);
    if (p !== void 0) return p;
  }
  return void 0;
}
var unclaimedCache = /* @__PURE__ */ new WeakMap();
function unclaimedLogicalIds(metadata, stackPaths) {
  const cached = unclaimedCache.get(metadata);
  if (cached?.paths === stackPaths && cached.size === stackPaths.size) return cached.ids;
  const ids = logicalIdsOf(metadata, "", stackPaths);
  unclaimedCache.set(metadata, { paths: stackPaths, size: stackPaths.size, ids });
  return ids;
}

// src/parsers/cdk/suppressions.ts
function ruleFromAcknowledgedId(key) {
  const m = /^[\w.-]+::(.+)$/.exec(key);
  return m ? m[1] : key;
}
function readAcknowledgements(metadata, locate) {
  const out = [];
  for (const [scope, entry] of metadata.ofType(ACKNOWLEDGED_RULES)) {
    if (entry.data === null || typeof entry.data !== "object" || Array.isArray(entry.data)) continue;
    const at = locate(entry.trace) ?? entry.at;
    for (const [key, reason] of Object.entries(entry.data)) {
      out.push({
        scope,
        suppression: {
          rule: ruleFromAcknowledgedId(key),
          reason: typeof reason === "string" && reason !== "" ? reason : void 0,
          syntax: "cdk-nag",
          at
        }
      });
    }
  }
  return out;
}
function covers(scope, path4) {
  return scope === "" || path4 === scope || path4.startsWith(`${scope}/`);
}
function readStackSuppressions(template, file) {
  const list = get(get(get(template, "Metadata"), "cdk_nag"), "rules_to_suppress");
  if (list?.kind !== "seq") return [];
  const out = [];
  list.items.forEach((item, i) => {
    const rule = scalarString(get(item, "id"));
    if (!rule) return;
    const reason = scalarString(get(item, "reason"));
    out.push({ rule, reason, syntax: "cdk-nag", at: nodeAt(file, item.start, `Metadata.cdk_nag.rules_to_suppress[${i}]`) });
  });
  return out;
}
function addSuppression(list, add) {
  if (!list.some((s) => s.syntax === add.syntax && s.rule === add.rule)) list.push(add);
}

// src/parsers/cdk/index.ts
var cdkPlugin = {
  ...cdkPlanner,
  load: loadAssembly,
  renderFix: renderCdkFix,
  unitDone: forgetCdkFixCache
};
var isTemplateFile = (f) => f.abs.endsWith(".template.json");
function plainStack(f) {
  return {
    abs: f.abs,
    file: f.rel,
    stackName: path3.basename(f.abs).replace(/\.(nested\.)?template\.json$/, ""),
    stackPath: "",
    declaredAt: { file: f.rel, line: 1, column: 1, endLine: 1, endColumn: 1, path: "" },
    assemblyDir: path3.dirname(f.abs),
    nested: f.abs.endsWith(".nested.template.json")
  };
}
function loadAssembly(unit, ctx) {
  const data = unit.data;
  const manifest = data?.manifest ?? unit.files.find((f) => path3.basename(f.abs) === "manifest.json")?.abs;
  const problems = [];
  const models = [];
  const notes = [];
  const texts = /* @__PURE__ */ new Map();
  if (!manifest) return { models, problems, notes, texts };
  const sensitive = new SensitiveTexts();
  const rootDir = path3.dirname(manifest);
  const appDir = appDirOf(rootDir);
  const sources = indexSources(ctx.roots);
  if (sources.truncated) ctx.inputs?.untracked();
  else ctx.inputs?.cdkSources(sources.files);
  const reader = new SourceReader(
    (abs) => ctx.readFile(abs),
    (abs) => ctx.displayPath(abs)
  );
  const calls = new ConstructCallIndex(sources, (abs) => ctx.readFile(abs), appDir);
  shareAppOverrides(texts, sources.files, !sources.truncated, (abs) => ctx.readFile(abs));
  const seenManifests = /* @__PURE__ */ new Set();
  const seenTemplates = /* @__PURE__ */ new Set();
  let mapped = 0;
  let byId = 0;
  let unmapped = 0;
  const scanStacks = (asm2, stacks) => {
    const lctx = { metadata: asm2.metadata, tree: asm2.tree, sources, reader, calls, appDir };
    const stackPaths = knownStackPaths(asm2.metadata, stacks);
    const acknowledgements = readAcknowledgements(asm2.metadata, (trace) => locateCall(trace, lctx));
    const queue = [...stacks];
    while (queue.length > 0) {
      const st = queue.shift();
      if (seenTemplates.has(st.abs)) continue;
      seenTemplates.add(st.abs);
      const text = ctx.readFile(st.abs);
      if (text === void 0) {
        problems.push({
          code: "CDK_TEMPLATE_MISSING",
          file: st.declaredAt.file,
          line: st.declaredAt.line,
          column: st.declaredAt.column,
          message: `the template of ${st.nested ? "nested stack" : "stack"} ${st.stackName} (${st.file}) is missing or unreadable; the stack was not scanned, re-run \`cdk synth\``,
          level: "error"
        });
        continue;
      }
      texts.set(st.file, text);
      const root = parseJson(text, { maxDepth: ctx.limits.maxDepth, reportDuplicates: false }).root;
      const { stackPath, pathByLogicalId } = constructPathsOf(st, root, asm2.metadata, stackPaths);
      const nestedTemplates = /* @__PURE__ */ new Map();
      if (root) {
        for (const child of findNestedStacks(
          { ...st, stackPath },
          root,
          text,
          (lid) => pathByLogicalId.get(lid),
          asm2.metadata,
          ctx,
          (p) => problems.push(p)
        )) {
          queue.push(child);
          if (child.resource !== void 0) nestedTemplates.set(child.resource, child.file);
        }
      }
      const loaded = loadTemplateText(text, st.file, ctx.limits, {
        format: "cdk",
        addressOf: (lid) => pathByLogicalId.get(lid) ?? lid,
        debug: ctx.debug,
        sensitive,
        replacedBytes: ctx.replacedBytes?.(st.abs, text),
        ...st.passed ? { passed: st.passed } : {},
        ...nestedTemplates.size ? { nestedTemplates } : {}
      });
      appendAll(problems, loaded.problems);
      if (!loaded.isTemplate) {
        ctx.debug(`${st.file}: holds no CloudFormation resources`);
        continue;
      }
      const hits = /* @__PURE__ */ new Map();
      const hitFor = (lid) => {
        let h = hits.get(lid);
        if (h === void 0) {
          const p = pathByLogicalId.get(lid);
          h = (p ? locateConstruct(p, stackPath, lctx) : void 0) ?? null;
          hits.set(lid, h);
        }
        return h ?? void 0;
      };
      const stackSuppressions = root ? readStackSuppressions(root, { file: st.file, lines: new LineIndex(text) }) : [];
      for (const model of loaded.models) {
        const origins = new Map(subjectsOf(model).map((s) => [s, s.origin.at]));
        relocate(model, st.file, (lid) => hitFor(lid)?.at);
        for (const [s, templateAt] of origins) {
          const lid = logicalIdOf(templateAt);
          const constructPath = lid === void 0 ? void 0 : pathByLogicalId.get(lid);
          const hit = lid === void 0 ? void 0 : hitFor(lid);
          if (constructPath) {
            s.origin.cdk = { stack: st.stackName, constructPath, confidence: hit?.confidence ?? "none" };
            if (hit?.confidence === "trace") mapped++;
            else if (hit) byId++;
            else unmapped++;
          }
          if (hit) {
            s.origin.related = [
              ...s.origin.related ?? [],
              { message: `synthesised template (logical id ${lid})`, at: templateAt },
              ...hit.related
            ];
          }
          const list = s.suppressions;
          if (!list) continue;
          for (const sup of stackSuppressions) addSuppression(list, sup);
          if (constructPath) {
            for (const a of acknowledgements) if (covers(a.scope, constructPath)) addSuppression(list, a.suppression);
          }
        }
        models.push(model);
      }
    }
  };
  const asm = readAssembly(manifest, ctx, seenManifests);
  appendAll(problems, asm.problems);
  scanStacks(asm, asm.usable ? asm.stacks : unit.files.filter(isTemplateFile).map(plainStack));
  for (const other of data?.manifests ?? []) {
    if (seenManifests.has(other)) continue;
    const more = readAssembly(other, ctx, seenManifests);
    appendAll(problems, more.problems);
    scanStacks(more, more.usable ? more.stacks : []);
  }
  for (const f of unit.files) {
    if (!isTemplateFile(f) || seenTemplates.has(f.abs)) continue;
    problems.push({
      code: "CDK_TEMPLATE_UNLISTED",
      file: f.rel,
      line: 1,
      column: 1,
      message: "no manifest of the cloud assembly names this template (a leftover of an earlier synth?); it was scanned as a plain template",
      level: "warning"
    });
    scanStacks(asm, [plainStack(f)]);
  }
  for (const f of unit.files) {
    if (!isFileAsset(f.abs, rootDir) || seenTemplates.has(f.abs)) continue;
    seenTemplates.add(f.abs);
    const text = ctx.readFile(f.abs);
    if (text === void 0) {
      problems.push({
        code: "CDK_ASSET_UNREAD",
        file: f.rel,
        line: 1,
        column: 1,
        message: "this asset of the cloud assembly could not be read; if it is a CloudFormation template, its buckets were not scanned",
        level: "warning"
      });
      continue;
    }
    const twin = data?.assetTwins?.[f.abs]?.find((abs) => ctx.readFile(abs) === text);
    if (twin !== void 0) {
      ctx.debug(`${f.rel}: an asset with the content of ${ctx.displayPath(twin)}, which is scanned on its own`);
      continue;
    }
    const loaded = loadTemplateText(text, f.rel, ctx.limits, {
      debug: ctx.debug,
      sensitive,
      replacedBytes: ctx.replacedBytes?.(f.abs, text)
    });
    appendAll(problems, loaded.problems);
    appendAll(notes, loaded.notes);
    if (!loaded.isTemplate) {
      ctx.debug(`${f.rel}: an asset that is no CloudFormation template`);
      continue;
    }
    ctx.debug(`${f.rel}: an asset that is a CloudFormation template, scanned as one`);
    texts.set(f.rel, text);
    appendAll(models, loaded.models);
  }
  for (const [file, text] of reader.texts()) texts.set(file, text);
  ctx.debug(
    `cdk: ${unit.id}: ${models.length} stack models; resources mapped by trace ${mapped}, by construct id ${byId}, not mapped ${unmapped}`
  );
  if (unmapped > 0 && mapped + byId === 0) {
    notes.push(
      `${unit.id}: no resource could be mapped to the CDK app's source, so findings point at the synthesised templates; scan the app's folder (not only the assembly) and synthesise with creation traces (\`cdk synth --debug\` on older aws-cdk-lib)`
    );
  }
  return { models, problems, notes, texts, sensitiveTexts: sensitive.texts };
}
export {
  cdkPlugin,
  loadAssembly
};
