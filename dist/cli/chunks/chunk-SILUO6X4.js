import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  applyPolicyVersion,
  defaultValue,
  setValue,
  strParts,
  unknownValue
} from "./chunk-Z3EKPFHN.js";
import {
  LineIndex
} from "./chunk-LIWTLKFB.js";

// src/sensitive-texts.ts
var MIN_MASKED_CHARS = 6;
var MAX_SENSITIVE_TEXTS = 256;
var MAX_JSON_CHARS = 32e3;
var MAX_DEPTH = 64;
var SensitiveTexts = class {
  texts = /* @__PURE__ */ new Set();
  /** Registers `texts` and their pieces; false, registering none, past the unit's room. */
  add(texts2) {
    const found = /* @__PURE__ */ new Set();
    for (const t of texts2) {
      addText(t, found, 0);
      if (found.size > MAX_SENSITIVE_TEXTS) return false;
    }
    const fresh = [...found].filter((t) => !this.texts.has(t));
    if (this.texts.size + fresh.length > MAX_SENSITIVE_TEXTS) return false;
    for (const t of fresh) this.texts.add(t);
    return true;
  }
  /**
   * What a function made of hidden texts is hidden too, as Terraform marks it (`lower(var.name)`,
   * `split(",", var.names)[0]`, CloudFormation's `Fn::Split`): once some texts of `from` hold a
   * registered one, each text of `made` that is none of `from` (a value passed through, by
   * `concat()` or `merge()`, keeps its own standing) and quotes none of those whole (masked there
   * already: `format("%s-logs", var.name)`, `jsonencode()`) is registered. False, registering
   * none, past the unit's room.
   */
  addDerived(from, made) {
    if (!this.texts.size) return true;
    const hidden = from.filter((t) => this.holds(t));
    if (!hidden.length) return true;
    const given = new Set(from);
    return this.add(made.filter((t) => !given.has(t) && !hidden.some((h) => t.includes(h))));
  }
  /** Whether `s` holds a registered text. */
  holds(s) {
    for (const t of this.texts) if (s.includes(t)) return true;
    return false;
  }
};
var ACCOUNT = /(?<!\d)\d{12}(?!\d)/g;
var IPV4 = /(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])/g;
function addText(text, out, depth) {
  if (text.length < MIN_MASKED_CHARS || out.size > MAX_SENSITIVE_TEXTS) return;
  out.add(text);
  for (const m of text.matchAll(ACCOUNT)) out.add(m[0]);
  for (const m of text.matchAll(IPV4)) out.add(m[0]);
  if (text.startsWith("arn:")) {
    const resource = text.split(":").slice(5).join(":");
    for (const piece of [resource, resource.split("/")[0]]) if (piece.replace(/[*?]/g, "").length >= MIN_MASKED_CHARS) out.add(piece);
  }
  const first = text.trimStart()[0];
  if ((first === "{" || first === "[") && text.length <= MAX_JSON_CHARS && depth < MAX_DEPTH) {
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      return;
    }
    addJson(parsed, out, depth + 1);
  }
}
function addJson(x, out, depth) {
  if (depth > MAX_DEPTH) return;
  if (typeof x === "string") addText(x, out, depth);
  else if (typeof x === "number") addText(String(x), out, depth);
  else if (Array.isArray(x)) for (const item of x) addJson(item, out, depth + 1);
  else if (x && typeof x === "object") for (const item of Object.values(x)) addJson(item, out, depth + 1);
}

// src/parsers/shared/json-edit.ts
var RawJson = class {
  constructor(text) {
    this.text = text;
  }
  text;
};
var DEFAULT_STYLE = { step: "  ", colon: ": ", comma: ", ", pad: "", eol: "\n" };
function lineStart(text, offset) {
  return text.lastIndexOf("\n", offset - 1) + 1;
}
function indentAt(text, offset) {
  const s = lineStart(text, offset);
  let e = s;
  while (text[e] === " " || text[e] === "	") e++;
  return text.slice(s, e);
}
function startsLine(text, offset) {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}
function sameLine(text, a, b) {
  return text.indexOf("\n", a) === -1 || text.indexOf("\n", a) >= b;
}
function detectStyle(text, root) {
  const style = { ...DEFAULT_STYLE, eol: /\r\n/.test(text.slice(0, text.indexOf("\n") + 1)) ? "\r\n" : "\n" };
  const seen = { step: false, colon: false, comma: false, pad: false };
  let budget = 2e3;
  const visit = (n) => {
    if (--budget < 0 || n.kind === "scalar") return;
    const children = n.kind === "map" ? n.entries.map((e) => ({ start: e.keyStart, end: e.value.end })) : n.items;
    const first = children[0];
    if (first) {
      const oneLine = sameLine(text, n.start, n.end);
      if (!seen.step && !oneLine && startsLine(text, first.start)) {
        const outer = indentAt(text, n.start);
        const inner = indentAt(text, first.start);
        if (inner.length > outer.length && inner.startsWith(outer)) {
          style.step = inner.slice(outer.length);
          seen.step = true;
        }
      }
      if (!seen.comma && oneLine && children[1]) {
        const between = text.slice(first.end, children[1].start);
        if (/^[ \t]*,[ \t]*$/.test(between)) {
          style.comma = between.replace(/^[ \t]*/, "");
          seen.comma = true;
        }
      }
      if (!seen.pad && oneLine && n.kind === "map") {
        style.pad = text[n.start + 1] === " " ? " " : "";
        seen.pad = true;
      }
    }
    if (n.kind === "map") {
      for (const e of n.entries) {
        if (!seen.colon) {
          const between = text.slice(e.keyEnd, e.value.start);
          if (/^[ \t]*:[ \t]*$/.test(between)) {
            style.colon = between.replace(/^[ \t]*/, "");
            seen.colon = true;
          }
        }
        visit(e.value);
      }
    } else for (const item of n.items) visit(item);
  };
  if (root) visit(root);
  if (!seen.comma && seen.colon && style.colon === ":") style.comma = ",";
  return style;
}
function isScalarData(v) {
  return v === null || typeof v !== "object" || v instanceof RawJson;
}
function renderJson(v, style, at, oneLine = false, inner) {
  if (v instanceof RawJson) return v.text;
  if (v === null || typeof v !== "object") return JSON.stringify(v);
  const members = Array.isArray(v) ? v.map((x) => renderJson(x, style, inner ?? at + style.step, oneLine || isScalarData(x))) : Object.entries(v).map(([k, x]) => `${JSON.stringify(k)}${style.colon}${renderJson(x, style, inner ?? at + style.step, oneLine)}`);
  const [open, close] = Array.isArray(v) ? ["[", "]"] : ["{", "}"];
  if (members.length === 0) return `${open}${close}`;
  if (oneLine || Array.isArray(v) && v.every(isScalarData)) {
    const pad = Array.isArray(v) ? "" : style.pad;
    return `${open}${pad}${members.join(style.comma)}${pad}${close}`;
  }
  const step = inner ?? at + style.step;
  return `${open}${style.eol}${members.map((m) => step + m).join(`,${style.eol}`)}${style.eol}${at}${close}`;
}
function addMembers(text, map, members, style, after) {
  const render = (at, oneLine) => members.map(([key, value]) => `${JSON.stringify(key)}${style.colon}${renderJson(value, style, at, oneLine)}`);
  return insertChildren(
    text,
    map,
    map.entries,
    (e) => ({ start: e.keyStart, end: e.value.end }),
    render,
    style,
    after && { start: after.keyStart, end: after.value.end }
  );
}
function appendItem(text, seq, value, style) {
  const last = seq.items[seq.items.length - 1];
  return insertChildren(
    text,
    seq,
    seq.items,
    (item) => item,
    (at, oneLine) => {
      if (oneLine || !last || last.kind !== "map" || !value || typeof value !== "object" || Array.isArray(value))
        return [renderJson(value, style, at, oneLine)];
      const first = last.entries[0];
      const inner = first && startsLine(text, first.keyStart) ? indentAt(text, first.keyStart) : void 0;
      const close = startsLine(text, last.end - 1) ? indentAt(text, last.end - 1) : at;
      return [renderJson(value, style, close, false, inner)];
    },
    style
  );
}
function insertChildren(text, parent, children, span, render, style, after) {
  const last = children[children.length - 1];
  const anchor = after ?? (last === void 0 ? void 0 : span(last));
  if (!anchor) {
    const inside = text.slice(parent.start + 1, parent.end - 1);
    if (!/^\s*$/.test(inside)) return void 0;
    if (!inside.includes("\n")) {
      const pad = parent.kind === "map" ? style.pad : "";
      return { start: parent.start + 1, end: parent.end - 1, text: `${pad}${render("", true).join(style.comma)}${pad}` };
    }
    const at2 = indentAt(text, parent.start) + style.step;
    return {
      start: parent.start + 1,
      end: parent.start + 1,
      text: render(at2, false).map((c, i) => `${i ? "," : ""}${style.eol}${at2}${c}`).join("")
    };
  }
  if (sameLine(text, parent.start, parent.end))
    return {
      start: anchor.end,
      end: anchor.end,
      text: render("", true).map((c) => `${style.comma}${c}`).join("")
    };
  if (!startsLine(text, anchor.start)) {
    const before = children[children.findIndex((c) => span(c).start === anchor.start) - 1];
    const prev = before === void 0 ? void 0 : span(before);
    const between = prev ? text.slice(prev.end, anchor.start) : "";
    const comma = /^[ \t]*,[ \t]*$/.test(between) ? between.replace(/^[ \t]*/, "") : style.comma;
    return {
      start: anchor.end,
      end: anchor.end,
      text: render(indentAt(text, anchor.start), false).map((c) => `${comma}${c}`).join("")
    };
  }
  const at = indentAt(text, anchor.start);
  return {
    start: anchor.end,
    end: anchor.end,
    text: render(at, false).map((c) => `,${style.eol}${at}${c}`).join("")
  };
}
function replaceValue(text, entry, value, style) {
  const oneLine = !startsLine(text, entry.keyStart);
  return { start: entry.value.start, end: entry.value.end, text: renderJson(value, style, indentAt(text, entry.keyStart), oneLine) };
}
function removeMember(text, map, key) {
  const i = map.entries.findIndex((e2) => e2.key === key);
  if (i < 0) return void 0;
  const e = map.entries[i];
  if (map.entries.length === 1) return { start: map.start + 1, end: map.end - 1, text: "" };
  const next = map.entries[i + 1];
  if (next) {
    if (startsLine(text, e.keyStart) && startsLine(text, next.keyStart))
      return { start: lineStart(text, e.keyStart), end: lineStart(text, next.keyStart), text: "" };
    return { start: e.keyStart, end: next.keyStart, text: "" };
  }
  return { start: map.entries[i - 1].value.end, end: e.value.end, text: "" };
}
function nodeAt(root, offset) {
  let n = root ?? void 0;
  while (n && n.kind !== "scalar") {
    if (n.start === offset) return n;
    const children = n.kind === "map" ? n.entries.map((e) => e.value) : n.items;
    n = children.find((c) => c.start <= offset && offset < c.end);
  }
  return void 0;
}
function entryHolding(map, offset) {
  return map.entries.find((e) => e.keyStart <= offset && offset < e.value.end);
}

// src/parsers/shared/tls-statement.ts
var TLS_STATEMENT = {
  "deny-insecure-transport": { sid: "DenyInsecureTransport", test: "Bool", variable: "aws:SecureTransport", value: "false" },
  "deny-old-tls": { sid: "DenyOutdatedTLS", test: "NumericLessThan", variable: "s3:TlsVersion", value: "1.2" }
};
function freeSid(sid, taken) {
  let free = sid;
  for (let i = 2; taken.has(free); i++) free = `${sid}${i}`;
  return free;
}
function tlsPolicyStatement(kind, resource, taken) {
  const s = TLS_STATEMENT[kind];
  return {
    Sid: freeSid(s.sid, taken),
    Effect: "Deny",
    Principal: "*",
    Action: "s3:*",
    Resource: resource,
    Condition: { [s.test]: { [s.variable]: s.value } }
  };
}

// src/parsers/shared/file-edits.ts
var FileEdits = class {
  constructor(text, lines) {
    this.text = text;
    this.lines = lines ?? new LineIndex(text);
  }
  text;
  lines;
  edits = [];
  /** Set when a part of the fix cannot be a clean edit: then the whole fix offers none. */
  refused = false;
  /** The splice, whose `text` its caller may still change (a run of `=` realigned by a later setting). */
  replace(start, end, text) {
    const edit = { start, end, text };
    this.edits.push(edit);
    return edit;
  }
  refuse() {
    this.refused = true;
  }
  lineOf(offset) {
    return this.lines.position(offset).line;
  }
  lineStartOf(offset) {
    return this.lines.lineStart(this.lines.position(offset).line);
  }
  lineEndOf(offset) {
    const e = this.text.indexOf("\n", offset);
    return e === -1 ? this.text.length : e;
  }
  /** Leading whitespace of the line holding `offset`. */
  indentAt(offset) {
    const s = this.lineStartOf(offset);
    let e = s;
    while (this.text[e] === " " || this.text[e] === "	") e++;
    return this.text.slice(s, e);
  }
  toTextEdit(file, description) {
    if (this.refused || !this.edits.length) return void 0;
    const edits = [...this.edits].sort((a, b) => a.start - b.start);
    for (let i = 1; i < edits.length; i++) if (edits[i].start < edits[i - 1].end) return void 0;
    const from = this.lineStartOf(edits[0].start);
    const to = this.lineEndOf(Math.max(...edits.map((e) => e.end)));
    let out = "";
    let pos = from;
    for (const e of edits) {
      out += this.text.slice(pos, e.start) + e.text;
      pos = e.end;
    }
    out += this.text.slice(pos, to);
    return {
      file,
      startLine: this.lines.position(from).line,
      endLine: this.lines.position(to).line,
      replacement: out,
      description
    };
  }
};

// src/model/defaults.ts
function undeclaredPublicAccessBlock(at) {
  return {
    declared: defaultValue(false, at),
    blockPublicAcls: defaultValue(false, at),
    ignorePublicAcls: defaultValue(false, at),
    blockPublicPolicy: defaultValue(false, at),
    restrictPublicBuckets: defaultValue(false, at),
    at
  };
}
function declaredPublicAccessBlock(at) {
  return { ...undeclaredPublicAccessBlock(at), declared: { state: "set", value: true, at } };
}
function newBucket(id, origin) {
  const at = origin.at;
  return {
    id,
    origin,
    managed: true,
    name: defaultValue({ parts: [{ kind: "bucket", id, attr: "name" }] }, at),
    tags: {},
    publicAccessBlock: undeclaredPublicAccessBlock(at),
    acl: { canned: defaultValue("private", at), grants: defaultValue([], at) },
    // Since April 2023 new buckets get BucketOwnerEnforced (ACLs disabled) unless told otherwise.
    ownership: defaultValue("BucketOwnerEnforced", at),
    policies: [],
    encryption: {
      declared: defaultValue(false, at),
      // Since January 2023 S3 encrypts every new object with SSE-S3 when nothing else is set.
      algorithm: defaultValue("AES256", at),
      kmsKeyId: defaultValue(null, at),
      bucketKeyEnabled: defaultValue(false, at),
      blockedEncryptionTypes: defaultValue([], at),
      at
    },
    versioning: { status: defaultValue("Disabled", at), mfaDelete: defaultValue(false, at), mfaDeleteConfigurable: true, at },
    logging: { targetBucket: defaultValue(null, at), targetPrefix: defaultValue(null, at), at },
    lifecycle: defaultValue([], at),
    objectLock: { enabled: defaultValue(false, at), defaultRetention: defaultValue(null, at), at },
    notifications: defaultValue([], at),
    replication: defaultValue(null, at),
    website: defaultValue(null, at),
    cors: defaultValue([], at),
    suppressions: [],
    links: { logSourceOf: [], isLogTarget: false, trailIds: [], accessPointIds: [], replicaOf: [], logDeliveries: [] }
  };
}
function newAccessPoint(id, origin, multiRegion) {
  const at = origin.at;
  return {
    id,
    origin,
    multiRegion,
    buckets: [],
    // Unlike buckets, access points block all public access unless created otherwise (and it cannot change later).
    publicAccessBlock: {
      declared: defaultValue(false, at),
      blockPublicAcls: defaultValue(true, at),
      ignorePublicAcls: defaultValue(true, at),
      blockPublicPolicy: defaultValue(true, at),
      restrictPublicBuckets: defaultValue(true, at),
      at
    },
    networkOrigin: defaultValue("Internet", origin.at),
    policies: [],
    suppressions: []
  };
}
function newTrail(id, origin) {
  const at = origin.at;
  return {
    id,
    origin,
    bucketName: { state: "unknown", why: "the trail names no bucket", at },
    isMultiRegion: defaultValue(false, at),
    logFileValidation: defaultValue(false, at),
    isLogging: defaultValue(true, at),
    cloudWatchLogsGroup: defaultValue(null, at),
    kmsKeyId: defaultValue(null, at),
    dataEvents: defaultValue([], at),
    suppressions: []
  };
}
function externalBucket(id, origin, name) {
  const b = newBucket(id, origin);
  const at = origin.at;
  const u = unknownValue("the bucket is defined outside this code, so its other settings are not known", at);
  b.managed = false;
  b.name = name;
  b.policyDefinedElsewhere = true;
  b.publicAccessBlock = { declared: u, blockPublicAcls: u, ignorePublicAcls: u, blockPublicPolicy: u, restrictPublicBuckets: u, at };
  b.acl = { canned: u, grants: u };
  b.ownership = u;
  b.encryption = { declared: u, algorithm: u, kmsKeyId: u, bucketKeyEnabled: u, blockedEncryptionTypes: u, at };
  b.versioning = { ...b.versioning, status: u, mfaDelete: u };
  b.logging = { targetBucket: u, targetPrefix: u, at };
  b.lifecycle = u;
  b.objectLock = { enabled: u, defaultRetention: u, at };
  b.notifications = u;
  b.replication = u;
  b.website = u;
  b.cors = u;
  return b;
}
function versioningFromObjectLock(b) {
  const status = b.versioning.status;
  const enabled = b.objectLock.enabled;
  if (b.objectLock.afterCreation) return lockOnExistingBucket(b);
  if (status.state === "set" && status.value === "Disabled") {
    if (enabled.state !== "unknown" && enabled.value) b.versioning.status = { ...status, value: "Enabled" };
    return;
  }
  if (status.state !== "default") return;
  if (enabled.state === "unknown") b.versioning.status = enabled;
  else if (enabled.value) b.versioning.status = defaultValue("Enabled", enabled.at);
}
function lockOnExistingBucket(b) {
  const enabled = b.objectLock.enabled;
  const status = b.versioning.status;
  if (enabled.state === "unknown" || !enabled.value) return;
  if (status.state === "unknown") {
    b.objectLock.enabled = unknownValue(
      `Object Lock is turned on after the bucket is created, which S3 allows only on a bucket whose versioning is Enabled, and the versioning is only known at deploy time: ${status.why}`,
      enabled.at
    );
    return;
  }
  if (status.value === "Enabled") return;
  const words = status.state === "default" ? "not configured" : status.value === "Suspended" || status.value === "Disabled" ? status.value.toLowerCase() : JSON.stringify(status.value);
  b.objectLock.refused = {
    why: `Object Lock is turned on after the bucket is created, which S3 refuses on a bucket whose versioning is not Enabled (here ${words})`,
    at: enabled.at
  };
  b.objectLock.enabled = setValue(false, enabled.at);
}
function lifecycleRuleEnabled(status) {
  if (status.state === "unknown") return status;
  if (status.value === "Enabled" || status.value === "Disabled") return { ...status, value: status.value === "Enabled" };
  return unknownValue(`the rule's status ${JSON.stringify(status.value)} is neither Enabled nor Disabled`, status.at);
}
function lifecycleRuleFilter(parts) {
  let open;
  for (const p of parts) {
    if (p.state === "unknown") open ??= p;
    else if (p.value) return { filtered: true };
  }
  return open ? { filtered: "unknown", filterUnknown: open } : { filtered: false };
}
function limitsByPrefix(prefix) {
  if (prefix.state === "unknown") return prefix;
  const v = prefix.value;
  if (v === null || typeof v === "string") return { ...prefix, value: (v ?? "") !== "" };
  const mayBeEmpty = (p) => typeof p === "string" ? p === "" : p.kind === "unknown" && !(p.oneOf && p.oneOf.every((o) => o !== ""));
  if (!v.parts.every(mayBeEmpty)) return setValue(true, prefix.at);
  const open = v.parts.find((p) => typeof p !== "string" && p.kind === "unknown");
  return unknownValue(
    open && typeof open !== "string" && open.kind === "unknown" ? open.why : "the prefix is only known at deploy time",
    prefix.at
  );
}
function limitsBySize(size) {
  return size.state === "unknown" ? size : { ...size, value: size.value !== null };
}

// src/parsers/shared/comment-placement.ts
function placeLines(lines, ranges) {
  const order = lines.map((_, i) => i).sort((a, b) => lines[a] - lines[b]);
  const sorted = order.map((i) => lines[i]);
  const owners = lines.map(() => void 0);
  const unclaimed = new NextUnclaimed(sorted.length);
  for (const [id, range] of ranges) {
    for (let i = unclaimed.from(firstAtLeast(sorted, range.startLine - 1)); i < sorted.length && sorted[i] <= range.endLine; i = unclaimed.from(i + 1)) {
      owners[order[i]] = id;
      unclaimed.claim(i);
    }
  }
  return owners;
}
function firstAtLeast(sorted, line) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < line) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
var NextUnclaimed = class {
  next;
  constructor(size) {
    this.next = Int32Array.from({ length: size + 1 }, (_, i) => i);
  }
  from(i) {
    let root = i;
    while (this.next[root] !== root) root = this.next[root];
    while (this.next[i] !== root) {
      const after = this.next[i];
      this.next[i] = root;
      i = after;
    }
    return root;
  }
  claim(i) {
    this.next[i] = i + 1;
  }
};
function stackedLines(comments) {
  const own = /* @__PURE__ */ new Set();
  for (const c of comments) if (c.ownLine) own.add(c.line);
  const bottom = /* @__PURE__ */ new Map();
  const bottomOf = (line) => {
    const known = bottom.get(line);
    if (known !== void 0) return known;
    let last = line;
    while (own.has(last + 1)) last++;
    for (let l = line; l <= last; l++) bottom.set(l, last);
    return last;
  };
  return comments.map((c) => c.ownLine ? bottomOf(c.line) : c.line);
}

// src/parsers/shared/policy-document.ts
function pget(node, key) {
  if (node.kind !== "map") return void 0;
  for (const [k, v] of node.entries) if (k === key) return v;
  return void 0;
}
function scalarStr(n) {
  if (n.kind !== "str" || n.value === null) return void 0;
  return typeof n.value === "number" || typeof n.value === "boolean" ? String(n.value) : n.value;
}
function strList(n) {
  if (n.kind === "unknown") return unknownValue(n.why, n.at);
  if (n.kind === "list") {
    const out = [];
    for (const item of n.items) {
      if (item.kind === "unknown") out.push({ parts: [{ kind: "unknown", why: item.why }] });
      else {
        const s2 = scalarStr(item);
        if (s2 !== void 0) out.push(s2);
        else if (item.kind !== "str") return unknownValue("expected a string, found a structure", item.at);
      }
    }
    return setValue(out, n.at);
  }
  const s = scalarStr(n);
  if (s === void 0) return n.kind === "str" ? setValue([], n.at) : unknownValue("expected a string or a list of strings", n.at);
  return setValue([s], n.at);
}
function listField(stmt, plain, not) {
  const p = pget(stmt, plain);
  if (p) return { field: "plain", values: strList(p) };
  const q = pget(stmt, not);
  if (q) return { field: "not", values: strList(q) };
  return { field: "none", values: defaultValue([], stmt.at) };
}
var PRINCIPAL_TYPES = /* @__PURE__ */ new Set(["AWS", "Service", "Federated", "CanonicalUser"]);
function principalField(stmt) {
  const p = pget(stmt, "Principal");
  const np = p ? void 0 : pget(stmt, "NotPrincipal");
  const node = p ?? np;
  if (!node) return { field: "none", entries: defaultValue([], stmt.at) };
  const field = p ? "Principal" : "NotPrincipal";
  if (node.kind === "unknown") return { field, entries: unknownValue(node.why, node.at) };
  if (node.kind === "str" || node.kind === "list") {
    const values = strList(node);
    if (values.state === "unknown") return { field, entries: values };
    return {
      field,
      entries: setValue(
        values.value.map((value) => ({ type: "*", value })),
        node.at
      )
    };
  }
  const entries = [];
  for (const [type, v] of node.entries) {
    const values = strList(v);
    if (values.state === "unknown") return { field, entries: values };
    const t = PRINCIPAL_TYPES.has(type) ? type : "AWS";
    for (const value of values.value) entries.push({ type: t, value });
  }
  return { field, entries: setValue(entries, node.at) };
}
function conditions(stmt) {
  const c = pget(stmt, "Condition");
  if (!c) return defaultValue([], stmt.at);
  if (c.kind === "unknown") return unknownValue(c.why, c.at);
  if (c.kind !== "map") return unknownValue("Condition is not a map", c.at);
  const out = [];
  for (const [operator, keys] of c.entries) {
    if (keys.kind === "unknown") return unknownValue(keys.why, keys.at);
    if (keys.kind !== "map") return unknownValue(`condition operator ${operator} does not hold a map`, keys.at);
    for (const [key, v] of keys.entries) {
      if (v.kind === "unknown" && v.mayBeAbsent) return unknownValue(`the condition key ${key} may be left out: ${v.why}`, v.at);
      const values = strList(v);
      out.push({
        operator,
        key,
        values: values.state === "unknown" ? [{ parts: [{ kind: "unknown", why: values.why }] }] : values.value,
        at: v.at
      });
    }
  }
  return setValue(out, c.at);
}
function effect(stmt) {
  const e = pget(stmt, "Effect");
  if (!e) return unknownValue("the statement has no Effect", stmt.at);
  if (e.kind === "unknown") return unknownValue(e.why, e.at);
  const s = scalarStr(e);
  if (s === "Allow" || s === "Deny") return setValue(s, e.at);
  return unknownValue(`Effect is ${typeof s === "string" ? JSON.stringify(s) : "not a known value"}`, e.at);
}
function readStatement(stmt) {
  if (stmt.kind !== "map") return void 0;
  const sid = pget(stmt, "Sid");
  const sidStr = sid && scalarStr(sid);
  return {
    sid: typeof sidStr === "string" ? sidStr : void 0,
    at: stmt.at,
    effect: effect(stmt),
    principal: principalField(stmt),
    action: listField(stmt, "Action", "NotAction"),
    resource: listField(stmt, "Resource", "NotResource"),
    conditions: conditions(stmt)
  };
}
function unknownStatement(why, at) {
  const u = unknownValue(why, at);
  return {
    at,
    effect: u,
    principal: { field: "Principal", entries: u },
    action: { field: "plain", values: u },
    resource: { field: "plain", values: u },
    conditions: u
  };
}
function readPolicyDocument(doc, owner) {
  return applyPolicyVersion(readStatements(doc, owner), policyVersion(doc));
}
function policyVersion(doc) {
  if (doc.kind !== "map") return void 0;
  const v = pget(doc, "Version");
  if (!v) return null;
  return v.kind === "str" && typeof v.value === "string" ? v.value : void 0;
}
function readStatements(doc, owner) {
  if (doc.kind === "unknown" && doc.branches?.length) return readChosenDocument(doc, owner);
  if (doc.kind === "unknown") return { owner, at: doc.at, statements: [], unknown: { why: doc.why, at: doc.at } };
  if (doc.kind !== "map") return { owner, at: doc.at, statements: [], unknown: { why: "the policy document is not an object", at: doc.at } };
  const st = pget(doc, "Statement");
  if (!st) return { owner, at: doc.at, statements: [] };
  if (st.kind === "unknown" && !st.branches) return { owner, at: doc.at, statements: [unknownStatement(st.why, st.at)] };
  const listGroup = st.kind === "unknown" && exhaustive(st) ? { sides: st.branches.length } : void 0;
  const lists = st.kind === "unknown" ? st.branches.map((b) => ({ node: b, why: st.why })) : [{ node: st, why: void 0 }];
  const items = lists.flatMap(
    ({ node, why }, list) => (node.kind === "list" ? node.items : [node]).flatMap((i) => {
      const leaves = choices(i, why);
      if (listGroup)
        return leaves.length === 1 ? leaves.map((l) => ({ ...l, choice: { group: listGroup, side: list, sides: listGroup.sides } })) : leaves;
      if (leaves.length < 2 || !exhaustive(i)) return leaves;
      const group = {};
      return leaves.map((l, side) => ({ ...l, choice: { group, side, sides: leaves.length } }));
    })
  );
  const statements = [];
  let entries = 0;
  for (const { node: item, why, choice } of items) {
    if (item.kind === "unknown") statements.push(unknownStatement(item.why, item.at));
    else {
      const s = readStatement(item);
      if (!s) continue;
      if (why !== void 0) {
        s.writtenConditions = s.conditions;
        s.conditions = unknownValue(why, s.at);
        if (choice) s.choice = choice;
      }
      entries += 1 + entriesOf(s);
      if (entries > MAX_POLICY_ENTRIES) {
        return { owner, at: doc.at, statements: [], unknown: { why: tooManyEntries(), at: doc.at } };
      }
      statements.push(s);
    }
  }
  return { owner, at: doc.at, statements };
}
function readChosenDocument(doc, owner) {
  const sides = doc.branches.map((b) => readPolicyDocument(b, owner));
  const unreadable = sides.find((d) => d.unknown);
  if (unreadable) return { owner, at: doc.at, statements: [], unknown: unreadable.unknown };
  const group = exhaustive(doc) ? {} : void 0;
  const statements = [];
  let entries = 0;
  sides.forEach((d, side) => {
    for (const s of d.statements) {
      if (s.writtenConditions) delete s.choice;
      else {
        s.writtenConditions = s.conditions;
        s.conditions = unknownValue(doc.why, s.at);
        if (group) s.choice = { group, side, sides: sides.length };
      }
      entries += 1 + entriesOf(s);
      statements.push(s);
    }
  });
  if (entries > MAX_POLICY_ENTRIES) return { owner, at: doc.at, statements: [], unknown: { why: tooManyEntries(), at: doc.at } };
  return { owner, at: doc.at, statements };
}
function choices(node, why) {
  if (node.kind !== "unknown" || !node.branches) return [{ node, why }];
  return node.branches.flatMap((b) => choices(b, why ?? node.why));
}
function exhaustive(node) {
  if (node.kind !== "unknown") return true;
  return !!node.branches?.length && !node.mayBeAbsent && node.branches.every(exhaustive);
}
var MAX_POLICY_ENTRIES = 2e4;
var tooManyEntries = () => `the policy has more than ${MAX_POLICY_ENTRIES} statements, actions, resources, principals and condition values, more than any policy AWS accepts`;
function entriesOf(s) {
  const count = (v) => v.state === "unknown" ? 0 : v.value.length;
  let n = count(s.action.values) + count(s.resource.values) + count(s.principal.entries);
  if (s.conditions.state !== "unknown") for (const c of s.conditions.value) n += c.values.length;
  return n;
}

// src/model/bucket-name.ts
var MAX_BUCKET_NAME_CHARS = 63;
function boundedBucketName(name) {
  if (name.state === "unknown") return name;
  const v = name.value;
  const written = typeof v === "string" ? v.length : strParts(v).reduce((n, p) => n + (typeof p === "string" ? p.length : 0), 0);
  if (written <= MAX_BUCKET_NAME_CHARS) return name;
  return unknownValue(
    `the bucket name is at least ${written} characters long, more than the ${MAX_BUCKET_NAME_CHARS} S3 allows, so it cannot be deployed`,
    name.at
  );
}

// src/model/aws-managed-policies.ts
var POLICIES = {
  AmazonS3FullAccess: [{ action: ["s3:*", "s3-object-lambda:*"] }],
  AdministratorAccess: [{ action: ["*"] }],
  // Its second statement (iam:CreateServiceLinkedRole and a few reads) grants nothing on S3.
  PowerUserAccess: [{ notAction: ["iam:*", "organizations:*", "account:*"] }]
};
var PARTITIONS = /* @__PURE__ */ new Set(["aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-eusc"]);
function awsManagedPolicyName(s, bareName = false) {
  if (bareName && typeof s === "string" && Object.hasOwn(POLICIES, s)) return s;
  const parts = strParts(s);
  const first = parts[0];
  if (typeof first !== "string") return void 0;
  let rest;
  if (parts.length === 1) {
    const m2 = /^arn:([a-z-]+):(.*)$/s.exec(first);
    if (!m2 || !PARTITIONS.has(m2[1])) return void 0;
    rest = `:${m2[2]}`;
  } else {
    const last = parts[2];
    if (parts.length !== 3 || first !== "arn:" || typeof last !== "string") return void 0;
    const p = parts[1];
    if (typeof p === "string" || !(p.kind === "unknown" || p.kind === "pseudo" && p.name === "partition")) return void 0;
    rest = last;
  }
  const m = /^:iam::aws:policy\/([A-Za-z0-9+=,.@_-]+)$/.exec(rest);
  return m && Object.hasOwn(POLICIES, m[1]) ? m[1] : void 0;
}
function attachedAwsManagedPolicy(id, origin, name, at) {
  const statements = POLICIES[name].map((s) => ({
    at,
    effect: setValue("Allow", at),
    principal: { field: "none", entries: setValue([], at) },
    action: s.notAction ? { field: "not", values: setValue(s.notAction, at) } : { field: "plain", values: setValue(s.action, at) },
    resource: { field: "plain", values: setValue(["*"], at) },
    conditions: setValue([], at)
  }));
  const document = { owner: id, at, statements };
  return { id, origin: { ...origin, at }, kind: "managed", awsManaged: name, document, suppressions: [] };
}

// src/model/advanced-selector.ts
var FIELD_OPERATORS = ["equals", "notEquals", "startsWith", "notStartsWith", "endsWith", "notEndsWith"].map((op) => ({
  op,
  cloudformation: op[0].toUpperCase() + op.slice(1),
  terraform: op.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)
}));
var texts = (v) => v.state === "unknown" ? void 0 : v.value.every((s) => typeof s === "string") ? v.value : void 0;
function advancedSelector(fields, at) {
  let s3 = false;
  let rw = defaultValue("All", at);
  let arns = ["arn:aws:s3"];
  let someEvents;
  let openFilter;
  for (const f of fields) {
    const op = (k) => f.operators.get(k);
    switch (f.field) {
      case "eventCategory": {
        const eq = op("equals");
        const values = eq && texts(eq);
        if (values && !values.includes("Data")) return void 0;
        break;
      }
      case "resources.type": {
        const eq = op("equals");
        if (!eq) break;
        const values = texts(eq);
        if (values === void 0) s3 = { why: eq.state === "unknown" ? eq.why : "a resource type not known statically", at: f.at };
        else if (values.includes("AWS::S3::Object")) s3 = true;
        break;
      }
      case "readOnly":
        rw = readOnlyType(f, rw);
        break;
      case "resources.ARN": {
        const starts = op("startsWith") ?? op("equals");
        if (starts?.state === "unknown") arns = [{ parts: [{ kind: "unknown", why: starts.why }] }];
        else if (starts?.value.length) arns = starts.value;
        break;
      }
      case "eventSource":
        const keeps = keepsValue(f, S3_EVENT_SOURCE);
        if (keeps === "unknown") openFilter ??= { why: "an eventSource filter not known statically", at: f.at };
        else if (!keeps) someEvents ??= { at: f.at, field: f.field };
        break;
      // `eventName`, and every filter on what else an event says (`userIdentity.arn`, `eventType`,
      // `sessionCredentialFromConsole`, `errorCode`...), records some S3 object events and not others.
      default:
        if (f.operators.size > 0) someEvents ??= { at: f.at, field: f.field };
        break;
    }
  }
  if (s3 === false) return void 0;
  if (s3 !== true) return unknownSelector(s3.why, s3.at, at);
  if (openFilter && !someEvents) return unknownSelector(openFilter.why, openFilter.at, at);
  return {
    readWriteType: rw,
    s3Resources: arns,
    advanced: true,
    at,
    ...someEvents ? { someEvents: someEvents.at, someEventsField: someEvents.field } : {}
  };
}
var S3_EVENT_SOURCE = "s3.amazonaws.com";
function keepsValue(f, value) {
  const tests = {
    equals: (w) => w === value,
    startsWith: (w) => value.startsWith(w),
    endsWith: (w) => value.endsWith(w),
    notEquals: (w) => w === value,
    notStartsWith: (w) => value.startsWith(w),
    notEndsWith: (w) => value.endsWith(w)
  };
  let keeps = true;
  for (const [op, values] of f.operators) {
    const written = texts(values);
    if (written === void 0) {
      keeps = keeps === false ? false : "unknown";
      continue;
    }
    const hit = written.some(tests[op]);
    if (op.startsWith("not") ? hit : !hit) keeps = false;
  }
  return keeps;
}
function unknownSelector(why, whyAt, at) {
  return { readWriteType: unknownValue(why, whyAt), s3Resources: [{ parts: [{ kind: "unknown", why }] }], advanced: true, at };
}
function readOnlyType(f, before) {
  const eq = f.operators.get("equals");
  const ne = f.operators.get("notEquals");
  for (const v of [eq, ne]) if (v?.state === "unknown") return unknownValue(v.why, f.at);
  const kept = /* @__PURE__ */ new Set(["true", "false"]);
  const equals = eq && texts(eq);
  const notEquals = ne && texts(ne);
  if (eq && !equals || ne && !notEquals) return unknownValue("a readOnly value not known statically", f.at);
  if (equals) {
    for (const v of [...kept]) if (!equals.includes(v)) kept.delete(v);
  }
  if (notEquals) for (const v of notEquals) kept.delete(v);
  if (kept.size === 2) return before;
  if (kept.size === 0) return setValue("None", f.at);
  return setValue(kept.has("true") ? "ReadOnly" : "WriteOnly", f.at);
}

export {
  SensitiveTexts,
  RawJson,
  detectStyle,
  addMembers,
  appendItem,
  replaceValue,
  removeMember,
  nodeAt,
  entryHolding,
  TLS_STATEMENT,
  freeSid,
  tlsPolicyStatement,
  FileEdits,
  declaredPublicAccessBlock,
  newBucket,
  newAccessPoint,
  newTrail,
  externalBucket,
  versioningFromObjectLock,
  lifecycleRuleEnabled,
  lifecycleRuleFilter,
  limitsByPrefix,
  limitsBySize,
  boundedBucketName,
  placeLines,
  stackedLines,
  awsManagedPolicyName,
  attachedAwsManagedPolicy,
  FIELD_OPERATORS,
  advancedSelector,
  unknownSelector,
  readPolicyDocument
};
