import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);

// src/report/render/printable.ts
var UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufff9-\ufffb\p{Default_Ignorable_Code_Point}]/gu;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
var escape = (ch) => {
  const code = ch.codePointAt(0);
  return NAMED[ch] ?? (code > 65535 ? `\\u{${code.toString(16)}}` : `\\u${code.toString(16).padStart(4, "0")}`);
};
function printable(text) {
  return withoutWorkflowCommands(text.replace(UNPRINTABLE, escape));
}
function withoutWorkflowCommands(text) {
  const lead = LEADING_COMMAND.exec(text);
  const out = lead ? `${lead[1]}:\\u003a${text.slice(lead[0].length)}` : text;
  return out.includes("##[") ? out.replaceAll("##[", "##\\u005b") : out;
}
var LEADING_COMMAND = /^(\s*)::/;
function jsonWithoutWorkflowCommands(json) {
  return json.includes("##[") ? json.replaceAll("##[", "##\\u005b") : json;
}
var INVISIBLE = new RegExp(`\\s|${UNPRINTABLE.source}`, "gu");
function showsNothing(text) {
  return text.replace(INVISIBLE, "") === "";
}

// src/model/value.ts
function setValue(value, at) {
  return { state: "set", value, at };
}
function defaultValue(value, at) {
  return { state: "default", value, at };
}
function unknownValue(why, at, key) {
  return key === void 0 ? { state: "unknown", why, at } : { state: "unknown", why, at, key };
}
function writtenName(v) {
  if (v.state !== "unknown") return v;
  return setValue({ parts: [v.key === void 0 ? { kind: "unknown", why: v.why } : { kind: "unknown", why: v.why, key: v.key }] }, v.at);
}
function sameValue(a, b) {
  if (a.state === "unknown") return b.state === "unknown" && a.why === b.why;
  return a.state === b.state && sameData(a.value, b.value, 0);
}
function sameData(a, b, depth) {
  if (a === b) return true;
  if (depth > 20 || typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => k !== "at");
  const kb = Object.keys(b).filter((k) => k !== "at");
  if (ka.length !== kb.length) return false;
  const x = a;
  const y = b;
  return ka.every((k) => Object.hasOwn(y, k) && sameData(x[k], y[k], depth + 1));
}
function mapValue(v, f) {
  return v.state === "unknown" ? v : { state: v.state, value: f(v.value), at: v.at };
}
function makeStr(parts) {
  const out = [];
  for (const p of parts) {
    if (typeof p === "string") {
      if (p === "") continue;
      const last = out[out.length - 1];
      if (typeof last === "string") out[out.length - 1] = last + p;
      else out.push(p);
    } else out.push(p);
  }
  if (out.length === 0) return "";
  if (out.length === 1 && typeof out[0] === "string") return out[0];
  return { parts: out };
}
function strParts(s) {
  return typeof s === "string" ? [s] : s.parts;
}
function strToDisplay(s) {
  if (typeof s === "string") return s;
  return s.parts.map((p) => typeof p === "string" ? p : placeholderDisplay(p)).join("");
}
function placeholderDisplay(p) {
  switch (p.kind) {
    case "bucket":
    case "resource":
      return `\${${p.id}.${p.attr}}`;
    case "pseudo":
      return `\${${p.name}}`;
    case "unknown":
      return "${?}";
  }
}
function hasUnknownPart(s) {
  return typeof s !== "string" && s.parts.some((p) => typeof p !== "string" && p.kind === "unknown");
}
function refOf(v) {
  if (v.state !== "unknown") return v.value ?? void 0;
  return v.key === void 0 ? void 0 : { parts: [{ kind: "unknown", why: v.why, key: v.key }] };
}

// src/model/arn.ts
var TOKEN = "";
function placeholderText(p, names, seen) {
  switch (p.kind) {
    case "pseudo":
      return p.name === "partition" ? "aws" : p.name === "url-suffix" ? "amazonaws.com" : `${TOKEN}${p.name}${TOKEN}`;
    case "bucket": {
      const name = bucketNameText(p.id, names, seen);
      if (p.attr === "name") return name;
      if (p.attr === "arn") return `arn:aws:s3:::${name}`;
      return `${name}.s3.amazonaws.com`;
    }
    case "resource":
      return `${TOKEN}${p.id}.${p.attr}${TOKEN}`;
    case "unknown":
      return null;
  }
}
function bucketNameText(id, names, seen) {
  const b = names.bucket(id);
  if (!b || seen.has(id)) return `${TOKEN}bucket:${id}${TOKEN}`;
  if (b.name.state === "unknown") return b.name.key === void 0 ? `${TOKEN}bucket:${id}${TOKEN}` : `${TOKEN}${b.name.key}${TOKEN}`;
  seen.add(id);
  try {
    const r = renderSubject(b.name.value, names, seen) ?? keyedText(b.name.value, names);
    return r ?? `${TOKEN}bucket:${id}${TOKEN}`;
  } finally {
    seen.delete(id);
  }
}
function renderSubject(s, names, seen = /* @__PURE__ */ new Set()) {
  let out = "";
  for (const p of strParts(s)) {
    if (typeof p === "string") out += p;
    else {
      const t = placeholderText(p, names, seen);
      if (t === null) return null;
      out += t;
    }
  }
  return out;
}
function bucketNameForMatch(b, names) {
  return bucketNameText(b.id, names, /* @__PURE__ */ new Set());
}
function bucketArnForMatch(b, names) {
  return `arn:aws:s3:::${bucketNameForMatch(b, names)}`;
}
var LIT = 0;
var STAR = 1;
var ONE = 2;
var literalGlobs = /* @__PURE__ */ new Map();
function literalGlob(p) {
  let g = literalGlobs.get(p);
  if (!g) {
    g = { text: p, kinds: new Uint8Array(p.length), hasUnknown: false };
    addWildcards(g.kinds, p, 0);
    if (literalGlobs.size > 1e4) literalGlobs.clear();
    literalGlobs.set(p, g);
  }
  return g;
}
function addWildcards(kinds, p, at) {
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c === 42) kinds[at + i] = STAR;
    else if (c === 63) kinds[at + i] = ONE;
  }
}
function joinGlob(texts, wild, hasUnknown) {
  const text = texts.join("");
  const kinds = new Uint8Array(text.length);
  let at = 0;
  for (let i = 0; i < texts.length; i++) {
    if (wild[i]) addWildcards(kinds, texts[i], at);
    at += texts[i].length;
  }
  return { text, kinds, hasUnknown };
}
var OTHER_PARTITION = /^arn:aws-[a-z]+(?:-[a-z]+)*:/;
function inOwnPartition(text) {
  return OTHER_PARTITION.test(text) ? `arn:aws:${text.slice(text.indexOf(":", 4) + 1)}` : text;
}
function globOf(pattern, names) {
  if (typeof pattern === "string") return literalGlob(inOwnPartition(pattern));
  const texts = [];
  const wild = [];
  let hasUnknown = false;
  for (const p of pattern.parts) {
    if (typeof p === "string") {
      texts.push(texts.length ? p : inOwnPartition(p));
      wild.push(true);
    } else {
      const t = placeholderText(p, names, /* @__PURE__ */ new Set());
      if (t === null) {
        hasUnknown = true;
        texts.push("*");
        wild.push(true);
      } else {
        texts.push(t);
        wild.push(false);
      }
    }
  }
  return joinGlob(texts, wild, hasUnknown);
}
function wildcardMatches(pattern, subject, questionMark = true) {
  return globMatches(questionMark ? literalGlob(pattern) : starGlob(pattern), subject);
}
function starGlob(p) {
  const kinds = new Uint8Array(p.length);
  for (let i = 0; i < p.length; i++) if (p.charCodeAt(i) === 42) kinds[i] = STAR;
  return { text: p, kinds, hasUnknown: false };
}
function globMatches(g, subject) {
  const { text, kinds } = g;
  const m = text.length;
  const n = subject.length;
  let budget = 4 * (n + m) + 256;
  let p = 0;
  let s = 0;
  let starP = -1;
  let starS = 0;
  while (s < n) {
    if (--budget < 0) return globMatchesBitParallel(g, subject);
    const k = p < m ? kinds[p] : -1;
    if (k === ONE || k === LIT && text.charCodeAt(p) === subject.charCodeAt(s)) {
      p++;
      s++;
    } else if (k === STAR) {
      starP = p++;
      starS = s;
    } else if (starP >= 0) {
      p = starP + 1;
      s = ++starS;
    } else return false;
  }
  while (p < m && kinds[p] === STAR) p++;
  return p === m;
}
function globMatchesBitParallel(g, subject) {
  const { text, kinds } = g;
  const at = [];
  for (let p = 0; p < text.length; p++) if (p === 0 || kinds[p] !== STAR || kinds[p - 1] !== STAR) at.push(p);
  const m = at.length;
  const words = (m >>> 5) + 1;
  const star = new Uint32Array(words);
  const one = new Uint32Array(words);
  const byChar = /* @__PURE__ */ new Map();
  for (let q = 0; q < m; q++) {
    const p = at[q];
    const bit = 1 << (q & 31);
    const w = q >>> 5;
    if (kinds[p] === STAR) star[w] |= bit;
    else if (kinds[p] === ONE) one[w] |= bit;
    else {
      const c = text.charCodeAt(p);
      let mask = byChar.get(c);
      if (!mask) byChar.set(c, mask = new Uint32Array(words));
      mask[w] |= bit;
    }
  }
  let states = new Uint32Array(words);
  let next = new Uint32Array(words);
  states[0] = 1;
  const close = (set) => {
    let carry = 0;
    for (let w = 0; w < words; w++) {
      const from = set[w] & star[w];
      set[w] |= from << 1 | carry;
      carry = from >>> 31;
    }
  };
  close(states);
  for (let s = 0; s < subject.length; s++) {
    const lit = byChar.get(subject.charCodeAt(s));
    let carry = 0;
    let alive = 0;
    for (let w = 0; w < words; w++) {
      const here = states[w];
      const step = here & (one[w] | (lit ? lit[w] : 0));
      const v = step << 1 | carry | here & star[w];
      carry = step >>> 31;
      next[w] = v;
      alive |= v;
    }
    if (!alive) return false;
    close(next);
    const done = states;
    states = next;
    next = done;
  }
  return (states[m >>> 5] & 1 << (m & 31)) !== 0;
}
function patternCovers(pattern, subject, names) {
  const g = globOf(pattern, names);
  if (!globMatches(g, subject)) return false;
  if (!g.hasUnknown) return true;
  const k = keyedGlob(pattern, names);
  return k && globMatches(k, subject) ? true : "unknown";
}
function keyedGlob(pattern, names) {
  if (typeof pattern === "string" || !pattern.parts.some((p) => typeof p !== "string" && p.kind === "unknown" && p.key !== void 0))
    return null;
  const texts = [];
  const wild = [];
  for (const p of pattern.parts) {
    if (typeof p === "string") {
      texts.push(texts.length ? p : inOwnPartition(p));
      wild.push(true);
      continue;
    }
    const t = p.kind === "unknown" ? p.key === void 0 ? null : `${TOKEN}${p.key}${TOKEN}` : placeholderText(p, names, /* @__PURE__ */ new Set());
    if (t === null) return null;
    texts.push(t);
    wild.push(false);
  }
  return joinGlob(texts, wild, false);
}
var MAX_MATCH_CELLS = 1 << 16;
function globMatchesSomeExtension(g, prefix) {
  const { text, kinds } = g;
  const m = text.length;
  if (prefix.length * (m + 1) > MAX_MATCH_CELLS) return "too long";
  let states = new Uint8Array(m + 1);
  let next = new Uint8Array(m + 1);
  states[0] = 1;
  for (let s = 0; s <= prefix.length; s++) {
    for (let p = 0; p < m; p++) if (states[p] && kinds[p] === STAR) states[p + 1] = 1;
    if (s === prefix.length) break;
    const c = prefix.charCodeAt(s);
    next.fill(0);
    let alive = false;
    for (let p = 0; p < m; p++) {
      if (!states[p]) continue;
      const k = kinds[p];
      if (k === STAR) next[p] = 1;
      else if (k === ONE || text.charCodeAt(p) === c) next[p + 1] = 1;
      else continue;
      alive = true;
    }
    if (!alive) return false;
    const done = states;
    states = next;
    next = done;
  }
  return states.some((x) => x === 1);
}
function patternReachesPrefix(pattern, prefix, names) {
  const g = globOf(pattern, names);
  const some = globMatchesSomeExtension(g, prefix);
  if (some === "too long") return "unknown";
  if (!some) return false;
  if (!g.hasUnknown) return true;
  const k = keyedGlob(pattern, names);
  return k && globMatchesSomeExtension(k, prefix) === true ? true : "unknown";
}
function patternContains(outer, inner, names, budget) {
  let o = globOf(outer, names);
  if (o.hasUnknown) {
    const keyed = keyedGlob(outer, names);
    if (!keyed) return false;
    o = keyed;
  }
  const i = keyedGlob(inner, names) ?? globOf(inner, names);
  if (i.text.includes(TOKEN) && o.kinds.includes(ONE)) return false;
  return globContains(o, i, budget);
}
function wildcardContains(outer, inner, budget) {
  return globContains(literalGlob(outer), literalGlob(inner), budget);
}
function globContains(outer, inner, budget) {
  const m = outer.text.length;
  const n = inner.text.length;
  const cells = (m + 1) * (n + 1);
  if (cells > MAX_MATCH_CELLS || budget && (budget.cells -= cells) < 0) return false;
  let below = new Uint8Array(n + 1);
  let row = new Uint8Array(n + 1);
  below[n] = 1;
  for (let i = m - 1; i >= 0; i--) {
    const k = outer.kinds[i];
    for (let j = n; j >= 0; j--) {
      let r;
      if (k === STAR) r = below[j] === 1 || j < n && row[j + 1] === 1;
      else if (j === n) r = false;
      else if (k === ONE) r = inner.kinds[j] !== STAR && below[j + 1] === 1;
      else r = inner.kinds[j] === LIT && inner.text.charCodeAt(j) === outer.text.charCodeAt(i) && below[j + 1] === 1;
      row[j] = r ? 1 : 0;
    }
    const done = below;
    below = row;
    row = done;
  }
  return below[0] === 1;
}
function resolveBucketRef(ref, buckets, names) {
  const parts = strParts(ref);
  if (parts.length === 1 && typeof parts[0] !== "string" && parts[0].kind === "bucket") return names.bucket(parts[0].id);
  const text = renderSubject(ref, names);
  if (text === null) return bySameUnknownName(ref, buckets, names) ?? "unknown";
  const name = nameOf(text);
  if (names.byName) return names.byName(name);
  return buckets.find((b) => bucketNameForMatch(b, names) === name);
}
function nameOf(written) {
  const text = inOwnPartition(written);
  if (!text.startsWith("arn:aws:s3:::")) return text;
  const rest = text.slice("arn:aws:s3:::".length);
  const slash = rest.indexOf("/");
  return slash < 0 ? rest : rest.slice(0, slash);
}
function bySameUnknownName(ref, buckets, names) {
  const text = keyedText(ref, names);
  if (text === null) return void 0;
  const same = keyedNameIndex(buckets, names).get(nameOf(text));
  return same?.length === 1 ? same[0] : void 0;
}
var keyedNameIndexes = /* @__PURE__ */ new WeakMap();
function keyedNameIndex(buckets, names) {
  const cached = keyedNameIndexes.get(buckets);
  if (cached?.names === names && cached.length === buckets.length) return cached.index;
  const index = /* @__PURE__ */ new Map();
  for (const b of buckets) {
    const k = keyedName(b, names);
    if (k === null) continue;
    const list = index.get(k);
    if (list) list.push(b);
    else index.set(k, [b]);
  }
  keyedNameIndexes.set(buckets, { names, length: buckets.length, index });
  return index;
}
function keyedName(b, names) {
  if (b.name.state !== "unknown") return keyedText(b.name.value, names);
  return b.name.key === void 0 ? null : `${TOKEN}${b.name.key}${TOKEN}`;
}
function keyedText(s, names) {
  let out = "";
  for (const p of strParts(s)) {
    if (typeof p === "string") out += p;
    else if (p.kind === "unknown") {
      if (p.key === void 0) return null;
      out += `${TOKEN}${p.key}${TOKEN}`;
    } else {
      const t = placeholderText(p, names, /* @__PURE__ */ new Set());
      if (t === null) return null;
      out += t;
    }
  }
  return out;
}
var GAP = -1;
function patternMayMatchName(pattern, name, suffix, names) {
  const x = [];
  const literal = (s) => {
    for (let i = 0; i < s.length; i++) x.push(s.charCodeAt(i));
  };
  literal("arn:aws:s3:::");
  if (name.state === "unknown" || name.state === "default") x.push(GAP);
  else if (name.value === null) return true;
  else
    for (const p of strParts(name.value)) {
      if (typeof p === "string") literal(p);
      else if (p.kind === "unknown" || p.kind === "pseudo") x.push(GAP);
      else {
        const t = placeholderText(p, names, /* @__PURE__ */ new Set());
        if (t === null) x.push(GAP);
        else literal(t);
      }
    }
  literal(suffix);
  const g = globOf(pattern, names);
  const m = g.text.length;
  const n = x.length;
  if ((n + 1) * (m + 1) > MAX_MATCH_CELLS) return true;
  let below = new Uint8Array(m + 2);
  let row = new Uint8Array(m + 2);
  for (let i = n; i >= 0; i--) {
    for (let j = m; j >= 0; j--) {
      let r;
      if (i === n && j === m) r = true;
      else if (i < n && x[i] === GAP)
        r = below[j] === 1 || j < m && (g.kinds[j] !== LIT || g.text.charCodeAt(j) !== 47) && row[j + 1] === 1;
      else if (j < m && g.kinds[j] === STAR) r = row[j + 1] === 1 || i < n && below[j] === 1;
      else if (j < m && g.kinds[j] === ONE) r = i < n && below[j + 1] === 1;
      else r = i < n && j < m && x[i] === g.text.charCodeAt(j) && below[j + 1] === 1;
      row[j] = r ? 1 : 0;
    }
    const done = below;
    below = row;
    row = done;
  }
  return below[0] === 1;
}

// src/parsers/shared/comment-suppressions.ts
var DATE = /^\d{4}-\d{2}-\d{2}$/;
function isValidDate(s) {
  if (!DATE.test(s)) return false;
  const d = /* @__PURE__ */ new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
var QUICK = /s3-gate:ignore|checkov:skip|bridgecrew:skip|tfsec:ignore|trivy:ignore|kics-scan/;
function findCommentSuppressions(text, file) {
  const found = [];
  const problems = [];
  if (!QUICK.test(text)) return { found, problems };
  const lines = text.split("\n");
  lines.forEach((withCr, i) => {
    const line = i + 1;
    const raw = withCr.endsWith("\r") ? withCr.slice(0, -1) : withCr;
    const hash = raw.search(/(#|\/\/)\s*(s3-gate:ignore|checkov:skip|bridgecrew:skip|tfsec:ignore|trivy:ignore|kics-scan)/);
    if (hash < 0) return;
    if (raw.includes("\r")) {
      problems.push({
        code: "SUPPRESSION_NOT_PLACED",
        file,
        line,
        column: hash + 1,
        message: "This suppression is not applied: its line holds a carriage return without a line feed (old Mac line endings), which GitHub and s3-gate do not count as a line break, so the resource it belongs to is not known. Save the file with LF or CRLF line endings.",
        level: "warning"
      });
      return;
    }
    const comment = raw.slice(hash).replace(/^(#|\/\/)\s*/, "");
    const column = hash + 1;
    const at = { file, line, column, endLine: line, endColumn: raw.length + 1, path: `#L${line}` };
    const ownLine = raw.slice(0, hash).trim() === "";
    const push = (s, params) => found.push({ line, ownLine, suppression: { ...s, at }, ...params?.length ? { params } : {} });
    let m;
    if (m = /^s3-gate:ignore\s+([\w-]+(?:\s*,\s*[\w-]+)*)(.*)$/s.exec(comment)) {
      const rest = m[2] ?? "";
      const reason = /reason\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(rest);
      const until = /until\s*=\s*(\S+)/.exec(rest);
      const reasonText = reason ? (reason[1] ?? reason[2] ?? "").trim() : "";
      if (showsNothing(reasonText)) {
        problems.push({ code: "BAD_SUPPRESSION", file, line, column, message: 's3-gate:ignore needs a reason="\u2026"', level: "error" });
        return;
      }
      if (until && !isValidDate(until[1])) {
        problems.push({
          code: "BAD_SUPPRESSION",
          file,
          line,
          column,
          message: `until=${until[1]} is not a date (YYYY-MM-DD)`,
          level: "error"
        });
        return;
      }
      for (const rule of m[1].split(",").map((r) => r.trim()).filter(Boolean))
        push({ rule, reason: reasonText, until: until?.[1], syntax: "s3-gate" });
    } else if (m = /^(?:checkov|bridgecrew):skip=([\w-]+)(?::(.*))?$/s.exec(comment)) {
      push({ rule: m[1], reason: m[2]?.trim() || void 0, syntax: "checkov" });
    } else if (/^(tfsec|trivy):ignore:/.test(comment)) {
      for (const ignore of trivyIgnores(comment)) {
        const problem = (message) => problems.push({ code: "SUPPRESSION_NOT_APPLIED", file, line, column, message, level: "warning" });
        if (ignore.until !== void 0 && !isValidDate(ignore.until)) {
          problem(
            `${ignore.syntax}:ignore:${ignore.rule} is not applied: exp:${ignore.until} is not a date (YYYY-MM-DD), and ${ignore.syntax} drops an ignore whose date it cannot read`
          );
          continue;
        }
        if (ignore.workspace !== void 0 && !wildcardMatches(ignore.workspace, "default", false)) {
          problem(
            `${ignore.syntax}:ignore:${ignore.rule} is not applied: it is for the Terraform workspace "${ignore.workspace}", and s3-gate reads the configuration as the default workspace`
          );
          continue;
        }
        push({ rule: ignore.rule, until: ignore.until, syntax: ignore.syntax }, ignore.params);
      }
    } else if (m = /^kics-scan\s+(ignore-line|ignore-block|ignore)\b/.exec(comment)) {
      push({ rule: "*", reason: `kics-scan ${m[1]}`, syntax: "kics" });
    } else if (/^s3-gate:ignore\s*$/.test(comment)) {
      problems.push({
        code: "BAD_SUPPRESSION",
        file,
        line,
        column,
        message: 's3-gate:ignore needs a rule id and a reason="\u2026"',
        level: "error"
      });
    }
  });
  return { found, problems };
}
function trivyIgnores(comment) {
  const out = [];
  for (const word of comment.split(/\s+/)) {
    const m = /^[#/*]*(tfsec|trivy):ignore:(.+)$/s.exec(word);
    if (!m) continue;
    let rest = m[2];
    const id = /^[^:[]+/.exec(rest)?.[0] ?? "";
    rest = rest.slice(id.length);
    const params = [];
    if (rest.startsWith("[")) {
      const close = rest.indexOf("]");
      const inside = close < 0 ? rest.slice(1) : rest.slice(1, close);
      rest = close < 0 ? "" : rest.slice(close + 1);
      for (const pair of inside.split(",")) {
        const kv = pair.split("=");
        if (kv.length === 2 && kv[0].trim()) params.push({ key: kv[0].trim(), value: kv[1].trim() });
      }
    }
    if (!id) continue;
    const ignore = { syntax: m[1], rule: id, params };
    const sections = rest.split(":").slice(1);
    for (let i = 0; i + 1 < sections.length; i += 2) {
      if (sections[i] === "exp") ignore.until = sections[i + 1];
      else if (sections[i] === "ws") ignore.workspace = sections[i + 1];
    }
    out.push(ignore);
  }
  return out;
}
function paramsNotChecked(c, where = "in a CloudFormation template") {
  const { at, syntax, rule } = c.suppression;
  return {
    code: "SUPPRESSION_NOT_APPLIED",
    file: at.file,
    line: at.line,
    column: at.column,
    message: `${syntax}:ignore:${rule} is not applied: its [${c.params.map((p) => `${p.key}=${p.value}`).join(",")}] qualifier cannot be checked ${where}, so it would apply to more than it names`,
    level: "warning"
  };
}
function orphanSuppression(c) {
  return {
    code: "ORPHAN_SUPPRESSION",
    file: c.suppression.at.file,
    line: c.line,
    column: c.suppression.at.column,
    message: "this s3-gate:ignore is not inside a resource or on the line above one, so it applies to nothing",
    level: "warning"
  };
}

// src/append.ts
function appendAll(target, items) {
  for (let i = 0; i < items.length; i++) target.push(items[i]);
  return target;
}

// src/model/stack-links.ts
var NESTED_PARAMETER_OF = "";
function nestedParameter(template, parameter) {
  return `${template}${NESTED_PARAMETER_OF}${parameter}${NESTED_PARAMETER_OF}`;
}
function describeNestedParameter(p) {
  const [template = "", parameter = ""] = p[0].split(NESTED_PARAMETER_OF);
  return `parameter ${parameter} of nested template ${template}`;
}
var STATE_OUTPUT_OF = "";
function describeStateOutput(p) {
  const last = p[p.length - 1];
  const at = last.indexOf(STATE_OUTPUT_OF);
  const output = last.slice(at + 1);
  const state = p.length === 1 ? p[0].slice(0, at) : "";
  return `terraform_remote_state output "${output}"${state ? ` of state ${state}` : ""}`;
}

// src/sorted-prefix.ts
function startingWith(sorted, prefix, keyOf) {
  const out = [];
  for (let i = firstAtLeast(sorted, prefix, keyOf); i < sorted.length && keyOf(sorted[i]).startsWith(prefix); i++) out.push(sorted[i]);
  return out;
}
function anyStartingWith(sorted, prefix, keyOf) {
  const i = firstAtLeast(sorted, prefix, keyOf);
  return i < sorted.length && keyOf(sorted[i]).startsWith(prefix);
}
function firstAtLeast(sorted, key, keyOf) {
  return partitionPoint(sorted.length, (i) => keyOf(sorted[i]) < key);
}
function partitionPoint(length, before) {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/cross-stack.ts
var POLICY_ABSENCE_RULES = /* @__PURE__ */ new Set(["bucket-policy-missing", "tls-not-enforced", "tls-min-version"]);
var NAMED_POLICIES = 3;
function hasLinks(l) {
  return !!l && l.policies.length > 0 && l.buckets.length > 0;
}
function patternOf(s, unit) {
  const out = [""];
  for (const p of strParts(s)) {
    if (typeof p === "string") out[out.length - 1] += p;
    else if (unit !== void 0 && p.kind === "pseudo" && p.name === "stack") out[out.length - 1] += stackToken(unit);
    else if (out[out.length - 1] !== "" || out.length === 1) out.push("");
  }
  return out;
}
var stackToken = (unit) => `${unit}`;
var STACK_TOKEN = /\u0001[^\u0001]*\u0001/;
function patternText(p) {
  return p.join("\u2026").replace(new RegExp(STACK_TOKEN.source, "g"), "${AWS::StackName}");
}
var ANY_NAME = ["", ""];
function literalLength(p) {
  let n = 0;
  for (const s of p) n += s.length;
  return n;
}
function mayBeSame(a, b) {
  const firstA = a[0];
  const firstB = b[0];
  if (!firstA.startsWith(firstB) && !firstB.startsWith(firstA)) return false;
  const lastA = a[a.length - 1];
  const lastB = b[b.length - 1];
  if (!lastA.endsWith(lastB) && !lastB.endsWith(lastA)) return false;
  const seq = (p) => p.join("\0");
  const x = seq(a);
  const y = seq(b);
  const STAR2 = "\0";
  const memo = /* @__PURE__ */ new Map();
  const go = (i, j) => {
    const key = i * (y.length + 1) + j;
    const known = memo.get(key);
    if (known !== void 0) return known;
    let r;
    if (i === x.length && j === y.length) r = true;
    else if (i < x.length && x[i] === STAR2) r = go(i + 1, j) || j < y.length && go(i, j + 1);
    else if (j < y.length && y[j] === STAR2) r = go(i, j + 1) || i < x.length && go(i + 1, j);
    else r = i < x.length && j < y.length && x[i] === y[j] && go(i + 1, j + 1);
    memo.set(key, r);
    return r;
  };
  if (x.length > MAX_NAME_CHARS || y.length > MAX_NAME_CHARS) return false;
  return go(0, 0);
}
var MAX_NAME_CHARS = 1024;
var nameLike = (p) => literalLength(p) + p.length <= MAX_NAME_CHARS;
function sameFor(a, b) {
  return a.length === 1 && b.length === 1 && a[0] === b[0];
}
var hasStackToken = (p) => p.some((s) => s.includes(""));
function stackNameAsAny(p) {
  const out = [""];
  p.forEach((segment, i) => {
    if (i > 0) out.push("");
    segment.split(STACK_TOKEN).forEach((piece, j) => {
      if (j > 0) out.push("");
      out[out.length - 1] += piece;
    });
  });
  return out;
}
var PrefixIndex = class {
  byKey = /* @__PURE__ */ new Map();
  sorted;
  add(key, n) {
    const list = this.byKey.get(key);
    if (list) list.push(n);
    else this.byKey.set(key, [n]);
    this.sorted = void 0;
  }
  /** Entries whose key starts `key` or that `key` starts. */
  *candidates(key) {
    for (let i = 0; i <= key.length; i++) yield* this.byKey.get(key.slice(0, i)) ?? [];
    this.sorted ??= [...this.byKey.keys()].sort();
    for (const k of startingWith(this.sorted, key, (x) => x)) if (k !== key) yield* this.byKey.get(k);
  }
};
var headOf = (p) => p[0];
var tailOf = (p) => p[p.length - 1].split("").reverse().join("");
var NameIndex = class {
  heads = new PrefixIndex();
  tails = new PrefixIndex();
  add(n) {
    this.heads.add(headOf(n.pattern), n);
    this.tails.add(tailOf(n.pattern), n);
  }
  candidates(pattern) {
    const head = headOf(pattern);
    const tail = tailOf(pattern);
    return tail.length > head.length ? this.tails.candidates(tail) : this.heads.candidates(head);
  }
};
var placeOf = (b) => `${b.file}\0${b.line}\0${b.bucket}`;
function linkForeignPolicies(findings, unknowns, links, titleOf, maxPairs = MAX_LINK_PAIRS) {
  if (!hasLinks(links)) return { findings, linked: 0 };
  const index = new NameIndex();
  const forwards = forwardsFrom([...links.forwards ?? []].sort(byForward));
  const buckets = [...links.buckets].sort(byLinkable);
  const policies = [...links.policies].sort(byLinkable);
  for (const bucket of buckets) {
    for (const pattern of bucket.exports) {
      if (!nameLike(pattern)) continue;
      index.add({ bucket, via: "import", pattern });
      if (hasStackToken(pattern)) index.add({ bucket, via: "import", pattern: stackNameAsAny(pattern), loose: true });
    }
    for (const pattern of bucket.stateOutputs ?? []) if (nameLike(pattern)) index.add({ bucket, via: "remote-state", pattern });
    for (const pattern of passedOn(bucket.passedTo ?? [], forwards)) if (nameLike(pattern)) index.add({ bucket, via: "parameter", pattern });
    if (bucket.name && literalLength(bucket.name) > 0 && nameLike(bucket.name)) {
      index.add({ bucket, via: "name", pattern: bucket.name });
      if (hasStackToken(bucket.name)) index.add({ bucket, via: "name", pattern: stackNameAsAny(bucket.name), loose: true });
    }
  }
  const byPlace = /* @__PURE__ */ new Map();
  let pairs = 0;
  let cut = false;
  policies: for (const p of policies) {
    if (p.via === "name" && literalLength(p.name) === 0 || !nameLike(p.name)) continue;
    const own = hasStackToken(p.name);
    const queries = own ? [
      { name: p.name, tokens: true },
      { name: stackNameAsAny(p.name), tokens: false }
    ] : [{ name: p.name, tokens: false }];
    for (const q of queries) {
      for (const n of index.candidates(q.name)) {
        if (++pairs > maxPairs) {
          cut = true;
          break policies;
        }
        if (n.via !== p.via || n.bucket.unit === p.unit) continue;
        const theirs = !n.loose && hasStackToken(n.pattern);
        if (q.tokens ? !theirs : theirs || own && n.loose) continue;
        const certain = sameFor(q.name, n.pattern);
        if (!certain && !mayBeSame(q.name, n.pattern)) continue;
        const key = placeOf(n.bucket);
        let entry = byPlace.get(key);
        if (!entry) byPlace.set(key, entry = { certain: /* @__PURE__ */ new Set(), maybe: /* @__PURE__ */ new Set() });
        entry[certain ? "certain" : "maybe"].add(p);
      }
    }
  }
  if (byPlace.size === 0) return { findings, linked: 0, ...cut ? { cut } : {} };
  let linked = 0;
  const kept = findings.filter((f) => {
    if (f.suppressed || !POLICY_ABSENCE_RULES.has(f.ruleId)) return true;
    const entry = byPlace.get(placeOf({ bucket: f.resource, file: f.location.file, line: f.location.line }));
    if (!entry) return true;
    linked++;
    if (entry.certain.size > 0) return false;
    unknowns.push(unknownFor(f, [...entry.maybe], titleOf(f.ruleId)));
    return false;
  });
  return { findings: kept, linked, ...cut ? { cut } : {} };
}
var MAX_PASSED_ON = 64;
function forwardsFrom(list) {
  const out = /* @__PURE__ */ new Map();
  for (const f of list) {
    const l = out.get(f.from);
    if (l) l.push(f);
    else out.set(f.from, [f]);
  }
  return out;
}
function passedOn(passedTo, forwards) {
  if (forwards.size === 0 || passedTo.length === 0) return [...passedTo];
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const queue = passedTo.map((p) => ({ name: p[0], maybe: p.length > 1 }));
  for (let i = 0; i < queue.length && out.length < MAX_PASSED_ON; i++) {
    const { name, maybe } = queue[i];
    const key = `${maybe ? "?" : "!"}${name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(maybe ? [name, ""] : [name]);
    for (const f of forwards.get(name) ?? []) {
      if (queue.length >= 4 * MAX_PASSED_ON) break;
      queue.push({ name: f.to, maybe: maybe || f.maybe });
    }
  }
  return out;
}
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function byLinkable(a, b) {
  return byText(a.unit, b.unit) || byText(a.file, b.file) || a.line - b.line || byText("bucket" in a ? a.bucket : a.policy, "bucket" in b ? b.bucket : b.policy) || byText(JSON.stringify(a), JSON.stringify(b));
}
var byForward = (a, b) => byText(a.from, b.from) || byText(a.to, b.to) || Number(a.maybe) - Number(b.maybe);
var MAX_LINK_PAIRS = 1e6;
function describe(p) {
  const name = patternText(p.name);
  const how = p.via === "import" ? `Fn::ImportValue "${name}"` : p.via === "remote-state" ? describeStateOutput(p.name) : p.via === "parameter" ? describeNestedParameter(p.name) : `bucket "${name}"`;
  return `${p.policy} (${p.file}:${p.line}, ${how})`;
}
function unknownFor(f, policies, title) {
  const sorted = [...policies].sort((a, b) => describe(a) < describe(b) ? -1 : describe(a) > describe(b) ? 1 : 0);
  const named = sorted.slice(0, NAMED_POLICIES).map(describe).join(", ");
  const more = sorted.length > NAMED_POLICIES ? ` and ${sorted.length - NAMED_POLICIES} more` : "";
  const at = f.location;
  return {
    ruleId: f.ruleId,
    message: `${title}: cannot tell (bucket policy)`,
    why: `a bucket policy of another template or root module may be this bucket's: ${named}${more}; ${whyMaybe(policies)}, and its statements are checked where it is written`,
    location: at,
    resource: f.resource,
    // The same rule on the same bucket at the same place: a baseline or exception made for the
    // finding still recognises it.
    fingerprint: f.fingerprint
  };
}
function whyMaybe(policies) {
  if (policies.every((p) => p.via === "remote-state"))
    return "which state it reads, or which state this root module writes, is not known statically (a backend completed at `terraform init`, a workspace, a value from a variable)";
  if (policies.every((p) => p.via === "parameter"))
    return "the nested stack this bucket is passed to, or the policy in it, is deployed only when a condition holds that is not known statically";
  return "which bucket it names is only known at deploy time";
}
function joinLinks(parts) {
  const out = { buckets: [], policies: [] };
  const forwards = [];
  for (const p of parts) {
    if (!p) continue;
    for (const b of p.buckets) out.buckets.push(b);
    for (const q of p.policies) out.policies.push(q);
    for (const f of p.forwards ?? []) forwards.push(f);
  }
  if (forwards.length > 0) out.forwards = forwards;
  return out;
}

// src/engine/finding.ts
var MAX_EDIT_CHARS = 2e4;
var NO_RELATED = Object.freeze([]);

// src/model/policy.ts
function markMaybeDeployed(doc, maybe) {
  doc.maybe = maybe;
  for (const s of doc.statements)
    if (s.effect.state !== "unknown" && s.effect.value === "Deny") {
      delete s.choice;
      s.writtenConditions = s.conditions;
      s.conditions = unknownValue(maybe.why, s.at);
    }
}
function actionPatternMatches(pattern, action) {
  const p = pattern.toLowerCase();
  const a = action.toLowerCase();
  const subject = !p.includes(":") && p !== "*" ? a.slice(a.indexOf(":") + 1) : a;
  if (!p.includes("*") && !p.includes("?")) return p === subject;
  return wildcardMatches(p, subject);
}
function statementAppliesToAction(stmt, action) {
  const f = stmt.action;
  if (f.field === "none") return f.values.state === "unknown" ? "unknown" : false;
  if (f.values.state === "unknown") return "unknown";
  let sawUnknown = false;
  let matched = false;
  for (const v of f.values.value) {
    if (typeof v !== "string") {
      sawUnknown = true;
      continue;
    }
    if (actionPatternMatches(v, action)) {
      matched = true;
      break;
    }
  }
  if (f.field === "plain") return matched ? true : sawUnknown ? "unknown" : false;
  return matched ? false : sawUnknown ? "unknown" : true;
}
var OBJECT_READ_ACTIONS = [
  "s3:GetObject",
  "s3:GetObjectVersion",
  "s3:GetObjectAttributes",
  "s3:GetObjectTagging",
  "s3:GetObjectTorrent",
  "s3:GetObjectVersionAttributes",
  "s3:GetObjectVersionTagging",
  "s3:GetObjectVersionTorrent",
  "s3:GetObjectVersionForReplication"
];
var LIST_ACTIONS = [
  "s3:ListBucket",
  "s3:ListBucketVersions",
  "s3:ListBucketMultipartUploads",
  "s3:ListMultipartUploadParts"
];
var METADATA_READ_ACTIONS = [
  "s3:GetBucketPolicy",
  "s3:GetBucketAcl",
  "s3:GetObjectAcl",
  "s3:GetBucketLocation",
  "s3:GetBucketVersioning",
  "s3:GetBucketWebsite",
  "s3:GetLifecycleConfiguration",
  "s3:GetEncryptionConfiguration",
  "s3:GetBucketPublicAccessBlock",
  "s3:GetBucketPolicyStatus",
  "s3:GetBucketOwnershipControls",
  "s3:GetBucketTagging",
  "s3:GetBucketCORS",
  "s3:GetBucketLogging",
  "s3:GetBucketNotification",
  "s3:GetBucketObjectLockConfiguration",
  "s3:GetBucketRequestPayment",
  "s3:GetReplicationConfiguration",
  "s3:GetAccelerateConfiguration",
  "s3:GetAnalyticsConfiguration",
  "s3:GetInventoryConfiguration",
  "s3:GetMetricsConfiguration",
  "s3:GetIntelligentTieringConfiguration",
  "s3:GetObjectVersionAcl",
  "s3:GetObjectLegalHold",
  "s3:GetObjectRetention"
];
var OBJECT_WRITE_ACTIONS = [
  "s3:PutObject",
  "s3:DeleteObject",
  "s3:DeleteObjectVersion",
  "s3:RestoreObject",
  "s3:AbortMultipartUpload",
  "s3:PutObjectTagging",
  "s3:PutObjectRetention",
  "s3:PutObjectLegalHold",
  "s3:ReplicateObject",
  "s3:ReplicateDelete",
  "s3:ReplicateTags",
  "s3:DeleteObjectTagging",
  "s3:DeleteObjectVersionTagging",
  "s3:PutObjectVersionTagging",
  "s3:BypassGovernanceRetention",
  "s3:ObjectOwnerOverrideToBucketOwner"
];
var WRITE_ACTIONS = [
  ...OBJECT_WRITE_ACTIONS,
  "s3:DeleteBucket",
  "s3:PutLifecycleConfiguration",
  "s3:PutBucketVersioning",
  "s3:PutBucketWebsite",
  "s3:PutBucketCORS",
  "s3:PutBucketLogging",
  "s3:PutBucketNotification",
  "s3:PutBucketTagging",
  "s3:PutBucketRequestPayment",
  "s3:PutBucketObjectLockConfiguration",
  "s3:PutReplicationConfiguration",
  "s3:PutAccelerateConfiguration",
  "s3:PutAnalyticsConfiguration",
  "s3:PutInventoryConfiguration",
  "s3:PutMetricsConfiguration",
  "s3:PutIntelligentTieringConfiguration",
  "s3:DeleteBucketWebsite"
];
var PERMISSION_ACTIONS = [
  "s3:PutBucketPolicy",
  "s3:DeleteBucketPolicy",
  "s3:PutBucketAcl",
  "s3:PutObjectAcl",
  "s3:PutObjectVersionAcl",
  "s3:PutEncryptionConfiguration",
  "s3:PutBucketPublicAccessBlock",
  "s3:PutBucketOwnershipControls",
  "s3:DeleteBucketOwnershipControls"
];
var CROSS_ACCOUNT_DANGEROUS_ACTIONS = [
  "s3:DeleteBucketPolicy",
  "s3:PutBucketAcl",
  "s3:PutBucketPolicy",
  "s3:PutEncryptionConfiguration",
  "s3:PutObjectAcl"
];
var OBJECT_LEVEL_ACTIONS = new Set(
  [
    ...OBJECT_READ_ACTIONS,
    "s3:ListMultipartUploadParts",
    "s3:GetObjectAcl",
    "s3:GetObjectVersionAcl",
    "s3:GetObjectLegalHold",
    "s3:GetObjectRetention",
    ...OBJECT_WRITE_ACTIONS,
    "s3:PutObjectAcl",
    "s3:PutObjectVersionAcl"
  ].map((a) => a.toLowerCase())
);
function actionTargetsObjects(action) {
  const a = action.toLowerCase();
  if (OBJECT_LEVEL_ACTIONS.has(a)) return true;
  return !LISTED_ACTIONS.has(a) && /^(?:s3:)?(?:get|put|delete|list|restore|abort|replicate)object/.test(a);
}
var ACCESS_CLASS_ACTIONS = {
  objectRead: OBJECT_READ_ACTIONS,
  list: LIST_ACTIONS,
  metadataRead: METADATA_READ_ACTIONS,
  write: WRITE_ACTIONS,
  settingsWrite: [],
  permissions: PERMISSION_ACTIONS
};
var READ_CLASSES = ["objectRead", "list", "metadataRead"];
var WRITE_CLASSES = ["write", "settingsWrite", "permissions"];
var LISTED_ACTIONS = new Set(Object.values(ACCESS_CLASS_ACTIONS).flatMap((list) => list.map((a) => a.toLowerCase())));
function unlistedActions(stmt) {
  const f = stmt.action;
  if (f.field !== "plain" || f.values.state === "unknown") return [];
  const out = [];
  for (const v of f.values.value) {
    if (typeof v !== "string") continue;
    const m = /^(?:s3:)?(get|list|put|delete|abort|restore)(.+)$/i.exec(v);
    if (!m || LISTED_ACTIONS.has(v.toLowerCase()) || matchesListedAction(v) || NOT_IAM_ACTION.test(v)) continue;
    const verb = m[1].toLowerCase();
    const objects = actionTargetsObjects(v);
    out.push({ action: v, cls: unlistedClass(verb, objects) });
  }
  return out;
}
var NOT_IAM_ACTION = /^(?:s3:)?listobject/i;
function unlistedClass(verb, objects) {
  if (verb === "get") return objects ? "objectRead" : "metadataRead";
  if (verb === "list") return "metadataRead";
  return objects || verb === "abort" || verb === "restore" ? "write" : "settingsWrite";
}
function matchesListedAction(pattern) {
  if (!/[*?]/.test(pattern)) return false;
  for (const a of LISTED_ACTIONS) if (actionPatternMatches(pattern, a)) return true;
  return false;
}
function statementAppliesToActions(stmt, pattern) {
  if (!/[*?]/.test(pattern)) return statementAppliesToAction(stmt, pattern);
  const f = stmt.action;
  if (f.values.state === "unknown") return "unknown";
  if (f.field !== "plain") return false;
  const full = (p) => (p.includes(":") || p === "*" ? p : `s3:${p}`).toLowerCase();
  let sawUnknown = false;
  for (const v of f.values.value) {
    if (typeof v !== "string") sawUnknown = true;
    else if (wildcardContains(full(v), full(pattern))) return true;
  }
  return sawUnknown ? "unknown" : false;
}
function accessClasses(stmt) {
  const granted = [];
  const unknown = [];
  const unlisted = unlistedActions(stmt);
  for (const cls of Object.keys(ACCESS_CLASS_ACTIONS)) {
    let any = unlisted.some((u) => u.cls === cls);
    for (const a of ACCESS_CLASS_ACTIONS[cls]) {
      if (any === true) break;
      const r = statementAppliesToAction(stmt, a);
      if (r === true) any = true;
      else if (r === "unknown") any = "unknown";
    }
    if (any === true) granted.push(cls);
    else if (any === "unknown") unknown.push(cls);
  }
  return { granted, unknown };
}
function hasWildcardAction(stmt) {
  if (stmt.action.field !== "plain" || stmt.action.values.state === "unknown") return false;
  return stmt.action.values.value.some((v) => typeof v === "string" && (v === "*" || v.toLowerCase() === "s3:*"));
}
function isWildcardPrincipalValue(v) {
  if (typeof v !== "string") {
    const parts = strParts(v);
    let only;
    let unknowns = 0;
    for (const p of parts) if (typeof p !== "string" && p.kind === "unknown" && unknowns++ === 0) only = p;
    if (unknowns === 1 && only?.oneOf) {
      const answers = new Set(only.oneOf.map((o) => isWildcardPrincipalValue(makeStr(parts.map((p) => p === only ? o : p)))));
      return answers.size === 1 ? [...answers][0] : "unknown";
    }
    if (unknowns > 0) return namesOneAccount(parts) ? false : "unknown";
    if (parts.some((p) => p === "*")) return true;
    return accountIsWildcard(parts.map((p) => typeof p === "string" ? p : "\0").join(""));
  }
  if (v === "*") return true;
  return accountIsWildcard(v);
}
function accountIsWildcard(arn) {
  if (!arn.startsWith("arn:")) return false;
  let start = 0;
  for (let field = 0; field < 4; field++) {
    start = arn.indexOf(":", start) + 1;
    if (start === 0) return false;
  }
  const end = arn.indexOf(":", start);
  return end >= 0 && /[*?]/.test(arn.slice(start, end));
}
function namesOneAccount(parts) {
  const shape = parts.map((p) => typeof p === "string" ? p : p.kind === "unknown" ? "\0" : "").join("");
  return /^arn:[^:\u0000]*:(?:iam|sts)::\u0000:[^\u0000*?]+$/.test(shape);
}
function principalIsEveryone(stmt) {
  const p = stmt.principal;
  if (p.field === "none") return false;
  if (p.entries.state === "unknown") return "unknown";
  if (p.field === "NotPrincipal") return !p.entries.value.some((e) => e.type === "*" || e.type === "AWS" && e.value === "*");
  const deny = isDeny(stmt) === true;
  let result = false;
  for (const e of p.entries.value) {
    if (e.type === "*" || e.type === "AWS" || e.type === "Service" || e.type === "CanonicalUser") {
      const w = isWildcardPrincipalValue(e.value);
      if (w === true && deny && !deniesEveryone(e)) result = "unknown";
      else if (w === true) return true;
      if (w === "unknown") result = "unknown";
    }
  }
  return result;
}
function deniesEveryone(e) {
  if (e.type === "*") return true;
  if (e.type !== "AWS") return false;
  if (typeof e.value === "string") return e.value === "*";
  const parts = strParts(e.value);
  return parts.length === 1 && parts[0] === "*";
}
function conditionKey(c) {
  return c.key.toLowerCase();
}
function parseOperator(op) {
  let rest = op;
  let set = "none";
  const lower = op.toLowerCase();
  if (lower.startsWith("foranyvalue:")) {
    set = "any";
    rest = op.slice("ForAnyValue:".length);
  } else if (lower.startsWith("forallvalues:")) {
    set = "all";
    rest = op.slice("ForAllValues:".length);
  }
  let ifExists = false;
  if (rest.toLowerCase().endsWith("ifexists")) {
    ifExists = true;
    rest = rest.slice(0, -"IfExists".length);
  }
  return { base: rest.toLowerCase(), ifExists, set };
}
var RESTRICTING_KEYS = /* @__PURE__ */ new Set([
  "aws:sourcearn",
  "aws:sourcevpc",
  "aws:sourcevpce",
  "aws:sourceowner",
  "aws:sourceaccount",
  "aws:sourceorgid",
  "aws:sourceorgpaths",
  "aws:sourceip",
  // Not `aws:VpcSourceIp`: a private address any account's VPC may hold (10.0.0.1 is in thousands),
  // so it pins no caller unless `aws:SourceVpc`/`aws:SourceVpce` does, and AWS's list leaves it out.
  "aws:principalorgid",
  "aws:principalorgpaths",
  "aws:principalaccount",
  "aws:principalarn",
  "aws:userid",
  "s3:x-amz-server-side-encryption-aws-kms-key-id",
  "s3:dataaccesspointaccount",
  "s3:dataaccesspointarn"
]);
var POSITIVE_OPERATORS = /* @__PURE__ */ new Set(["stringequals", "stringequalsignorecase", "stringlike", "arnequals", "arnlike", "ipaddress"]);
var WILDCARD_OPERATORS = /* @__PURE__ */ new Set(["stringlike", "stringnotlike", "arnequals", "arnlike", "arnnotequals", "arnnotlike"]);
var IP_KEYS = /* @__PURE__ */ new Set(["aws:sourceip"]);
function isFixedValue(key, base, v, literal) {
  if (typeof v !== "string") {
    const parts = strParts(v);
    if (reads(base, parts)) return pinsOneOwner(key, parts);
    const vars = parts.map((p) => typeof p === "string" ? variableIn(p, literal) : void 0).find((x) => x !== void 0);
    if (vars !== void 0) return vars;
    const opaque = parts.some((p) => typeof p !== "string" && p.kind === "unknown");
    if (!opaque || !(IP_KEYS.has(key) || WILDCARD_OPERATORS.has(base))) return true;
    return pinsOneOwner(key, parts) === true || "unknown";
  }
  if (IP_KEYS.has(key)) return !/[*?]/.test(v) && !isBroadCidr(v);
  if (pinsOneOwner(key, [v]) === true) return true;
  const variable = variableIn(v, literal);
  if (variable !== void 0) return variable;
  if (!reads(base, [v])) return true;
  if (key === "aws:userid") return !/[*?]/.test(v) || /^[^*?:]+:\*$/.test(v);
  return !/[*?]/.test(v);
}
function reads(base, parts) {
  return WILDCARD_OPERATORS.has(base) && parts.some((p) => typeof p === "string" && /[*?]/.test(p));
}
var PSEUDO_PINNED = { partition: "aws", account: "111111111111" };
var ORG_PATH_KEYS = /* @__PURE__ */ new Set(["aws:principalorgpaths", "aws:sourceorgpaths"]);
var ARN_KEYS = /* @__PURE__ */ new Set(["aws:principalarn", "aws:sourcearn", "s3:dataaccesspointarn"]);
function pinsOneOwner(key, parts) {
  const text = parts.map((p) => typeof p === "string" ? p : p.kind === "pseudo" ? PSEUDO_PINNED[p.name] ?? OPEN : OPEN).join("");
  if (ORG_PATH_KEYS.has(key)) return /^o-[a-z0-9]+\//.test(text) || (text.startsWith(`${OPEN}/`) ? "unknown" : false);
  if (!ARN_KEYS.has(key)) return false;
  const [arn, partition, , , account] = text.split(":");
  if (arn !== "arn" || !/^(aws[a-z-]*|\u0000)$/.test(partition ?? "")) return false;
  if (/^\d{12}$/.test(account ?? "")) return partition === OPEN ? "unknown" : true;
  return account === OPEN ? "unknown" : false;
}
var OPEN = "\0";
function isBroadCidr(cidr) {
  const m = /\/\s*(\d+)\s*$/.exec(cidr);
  if (!m) return false;
  const prefix = Number(m[1]);
  return cidr.includes(":") ? prefix < 32 : prefix < 8;
}
function variableIn(text, literal) {
  let found;
  for (const inner of placeholders(text)) {
    if (/^aws:(accountId|region)$/i.test(inner)) found ??= "unknown";
    else if (/^([*?$]|(aws|s3|sts|saml|ec2|iam|cognito-identity\.amazonaws\.com|www\.amazon\.com|graph\.facebook\.com|accounts\.google\.com):)/i.test(
      inner
    )) {
      if (!literal) return false;
    } else found ??= "unknown";
  }
  return found;
}
function applyPolicyVersion(doc, version) {
  if (version === void 0 || version !== null && version !== "2008-10-17") return doc;
  for (const s of doc.statements)
    for (const list of [s.conditions, s.writtenConditions])
      if (list && list.state !== "unknown") for (const c of list.value) c.literalVariables = true;
  return doc;
}
function placeholders(text) {
  const out = [];
  for (let open = text.indexOf("${"); open >= 0; open = text.indexOf("${", open)) {
    const close = text.indexOf("}", open + 2);
    if (close < 0) break;
    out.push(text.slice(open + 2, close));
    open = close + 1;
  }
  return out;
}
function allFixed(key, base, c) {
  let all = true;
  for (const v of c.values) all = and(all, isFixedValue(key, base, v, c.literalVariables === true));
  return all;
}
function conditionRestrictsPrincipal(c) {
  const key = conditionKey(c);
  if (!RESTRICTING_KEYS.has(key)) return false;
  const op = parseOperator(c.operator);
  if (op.ifExists || op.set === "all") return false;
  if (!POSITIVE_OPERATORS.has(op.base)) return false;
  if (c.values.length === 0) return false;
  return allFixed(key, op.base, c);
}
var NEGATED_OPERATORS = /* @__PURE__ */ new Set([
  "stringnotequals",
  "stringnotequalsignorecase",
  "stringnotlike",
  "arnnotequals",
  "arnnotlike",
  "notipaddress"
]);
function conditionExcludesOthers(c) {
  const key = conditionKey(c);
  if (!RESTRICTING_KEYS.has(key)) return false;
  const op = parseOperator(c.operator);
  if (op.set === "any" || !NEGATED_OPERATORS.has(op.base)) return false;
  if (c.values.length === 0) return false;
  return allFixed(key, op.base, c);
}
function restrictingConditions(stmt) {
  if (stmt.conditions.state === "unknown") return stmt.conditions;
  return { ...stmt.conditions, value: stmt.conditions.value.filter((c) => conditionRestrictsPrincipal(c) === true) };
}
function isAllow(stmt) {
  return stmt.effect.state === "unknown" ? "unknown" : stmt.effect.value === "Allow";
}
function isDeny(stmt) {
  return stmt.effect.state === "unknown" ? "unknown" : stmt.effect.value === "Deny";
}
function isPublicAllow(stmt) {
  const allow = isAllow(stmt);
  if (allow === false) return false;
  const everyone = principalIsEveryone(stmt);
  if (everyone === false) return false;
  const restrict = restrictingConditions(stmt);
  if (restrict.state === "unknown") return "unknown";
  if (restrict.value.length > 0) return false;
  if (allow === "unknown" || everyone === "unknown") return "unknown";
  const conditions = stmt.conditions.state === "unknown" ? [] : stmt.conditions.value;
  if (conditions.some((c) => conditionRestrictsPrincipal(c) === "unknown")) return "unknown";
  return true;
}
function denyShutsOutPublic(stmt) {
  const deny = isDeny(stmt);
  if (deny === false) return false;
  const everyone = principalIsEveryone(stmt);
  if (everyone === false) return false;
  if (stmt.conditions.state === "unknown") return "unknown";
  let excludes = true;
  for (const c of stmt.conditions.value) excludes = and(excludes, conditionExcludesOthers(c));
  return and(excludes, and(deny, everyone));
}
function and(a, b) {
  if (a === false || b === false) return false;
  if (a === "unknown" || b === "unknown") return "unknown";
  return true;
}
function or(a, b) {
  if (a === true || b === true) return true;
  if (a === "unknown" || b === "unknown") return "unknown";
  return false;
}

// src/parsers/shared/claim-files.ts
function claimFiles(files, wanted) {
  const claimed = [];
  let kept = 0;
  for (const f of files) {
    if (wanted(f)) claimed.push(f);
    else files[kept++] = f;
  }
  files.length = kept;
  return claimed;
}

// src/model/deployed.ts
var MAX_SUBSET_CONDITIONS = 10;
var signature = (conditions) => JSON.stringify([...new Set(conditions)].sort());
function deployedWhenever(member, subject) {
  const m = member.maybe;
  if (!m) return true;
  const s = subject?.maybe;
  if (!s?.conditions || !m.conditions?.length) return false;
  const held = new Set(s.conditions);
  return m.conditions.every((c) => held.has(c));
}
var DeployedWith = class {
  constructor(members, originOf) {
    this.members = members;
    this.originOf = originOf;
    this.always = members.some((m) => !originOf(m).maybe);
    for (const m of members) {
      const c = originOf(m).maybe?.conditions;
      if (!c?.length) continue;
      this.conditional.push(m);
      const key = signature(c);
      if (!this.bySignature.has(key)) this.bySignature.set(key, m);
    }
  }
  members;
  originOf;
  always;
  bySignature = /* @__PURE__ */ new Map();
  conditional = [];
  /** The first member, if any (one that may not be deployed, when `find` found none). */
  any() {
    return this.members[0];
  }
  /** A member deployed whenever `subject` is; `true` when one is deployed in any case. */
  find(subject) {
    if (this.always) return true;
    const held = subject.maybe?.conditions;
    if (!held?.length || !this.conditional.length) return void 0;
    const conditions = [...new Set(held)].sort();
    if (conditions.length > MAX_SUBSET_CONDITIONS) return this.conditional.find((m) => deployedWhenever(this.originOf(m), subject));
    for (let mask = 1; mask < 1 << conditions.length; mask++) {
      const found = this.bySignature.get(JSON.stringify(conditions.filter((_, i) => mask & 1 << i)));
      if (found !== void 0) return found;
    }
    return void 0;
  }
};

// src/model/s3.ts
var CANNED_ACLS = [
  "private",
  "public-read",
  "public-read-write",
  "authenticated-read",
  "aws-exec-read",
  "bucket-owner-read",
  "bucket-owner-full-control",
  "log-delivery-write"
];
function emptyModel(unit, format) {
  return {
    unit,
    format,
    buckets: [],
    accessPoints: [],
    accountPublicAccessBlocks: [],
    trails: [],
    eventDataStores: [],
    iamPolicies: [],
    metricFilters: [],
    alarms: [],
    objects: [],
    logDeliveries: []
  };
}

// src/model/lifecycle.ts
var MAX_LIFECYCLE_RULES = 1e3;
function lifecycleRefusal(rules) {
  if (rules.length > MAX_LIFECYCLE_RULES)
    return { why: `it has ${rules.length} rules and S3 takes at most ${MAX_LIFECYCLE_RULES}`, at: rules[MAX_LIFECYCLE_RULES].at };
  const seen = /* @__PURE__ */ new Set();
  for (const r of rules) {
    if (r.refused) return r.refused;
    if (r.id === void 0 || r.id === "") continue;
    if (seen.has(r.id))
      return { why: `two of its rules have the ID ${JSON.stringify(r.id)}, and S3 requires each rule's ID to be unique`, at: r.at };
    seen.add(r.id);
  }
  return void 0;
}
function lifecycleActionRuns(days) {
  if (days.state === "unknown") return "unknown";
  return days.value !== null && Number.isInteger(days.value) && days.value > 0;
}
function lifecycleRuleRefusal(s) {
  if (s.hasAction === false)
    return {
      why: "a rule has no action (no expiration, transition, noncurrent-version action or abort of incomplete uploads), and S3 requires at least one",
      at: s.at
    };
  if (s.deleteMarker && s.expirationDaysOrDate === true)
    return {
      why: "a rule sets ExpiredObjectDeleteMarker beside an expiration in days or on a date, which S3 does not take together",
      at: s.deleteMarker
    };
  if (s.tagFilter === true) {
    if (s.abort)
      return { why: "a rule filtered by tags aborts incomplete multipart uploads, which S3 does not take with tags", at: s.abort };
    if (s.deleteMarker)
      return { why: "a rule filtered by tags sets ExpiredObjectDeleteMarker, which S3 does not take with tags", at: s.deleteMarker };
  }
  if (s.sizeFilter === true && s.abort)
    return {
      why: "a rule filtered by object size aborts incomplete multipart uploads, which S3 does not take with an object size",
      at: s.abort
    };
  return void 0;
}
function anyTri(parts) {
  return parts.reduce(or, false);
}

export {
  printable,
  jsonWithoutWorkflowCommands,
  showsNothing,
  setValue,
  defaultValue,
  unknownValue,
  writtenName,
  sameValue,
  mapValue,
  makeStr,
  strParts,
  strToDisplay,
  placeholderDisplay,
  hasUnknownPart,
  refOf,
  bucketNameForMatch,
  bucketArnForMatch,
  wildcardMatches,
  patternCovers,
  patternReachesPrefix,
  patternContains,
  resolveBucketRef,
  patternMayMatchName,
  isValidDate,
  findCommentSuppressions,
  paramsNotChecked,
  orphanSuppression,
  appendAll,
  nestedParameter,
  STATE_OUTPUT_OF,
  startingWith,
  anyStartingWith,
  partitionPoint,
  patternOf,
  ANY_NAME,
  linkForeignPolicies,
  MAX_LINK_PAIRS,
  joinLinks,
  MAX_EDIT_CHARS,
  NO_RELATED,
  markMaybeDeployed,
  statementAppliesToAction,
  OBJECT_READ_ACTIONS,
  LIST_ACTIONS,
  OBJECT_WRITE_ACTIONS,
  PERMISSION_ACTIONS,
  CROSS_ACCOUNT_DANGEROUS_ACTIONS,
  actionTargetsObjects,
  ACCESS_CLASS_ACTIONS,
  READ_CLASSES,
  WRITE_CLASSES,
  unlistedActions,
  statementAppliesToActions,
  accessClasses,
  hasWildcardAction,
  isWildcardPrincipalValue,
  principalIsEveryone,
  conditionKey,
  parseOperator,
  applyPolicyVersion,
  restrictingConditions,
  isAllow,
  isDeny,
  isPublicAllow,
  denyShutsOutPublic,
  and,
  or,
  claimFiles,
  deployedWhenever,
  DeployedWith,
  CANNED_ACLS,
  emptyModel,
  lifecycleRefusal,
  lifecycleActionRuns,
  lifecycleRuleRefusal,
  anyTri
};
