import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);

// src/parsers/shared/line-index.ts
var LineIndex = class {
  constructor(text) {
    this.text = text;
  }
  text;
  starts;
  // Counted first, then filled: a typed array of the exact size is a quarter of the time of
  // pushing onto an array (which copies as it grows) on a 10 MB file, and half the memory.
  lineStarts() {
    if (!this.starts) {
      const t = this.text;
      let n = 1;
      for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) n++;
      const s = new Int32Array(n);
      let k = 1;
      for (let i = t.indexOf("\n"); i !== -1; i = t.indexOf("\n", i + 1)) s[k++] = i + 1;
      this.starts = s;
    }
    return this.starts;
  }
  /** 1-based line and column of an offset. */
  position(offset) {
    const s = this.lineStarts();
    let lo = 0;
    let hi = s.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (s[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - s[lo] + 1 };
  }
  lineCount() {
    return this.lineStarts().length;
  }
  /** Is some line (its line feed left out) longer than `max` characters? */
  hasLineLongerThan(max) {
    const s = this.lineStarts();
    for (let i = 0; i < s.length; i++) if ((i + 1 < s.length ? s[i + 1] - 1 : this.text.length) - s[i] > max) return true;
    return false;
  }
  /** The text of 1-based lines `first` to `last`, the last one's line feed included. */
  linesText(first, last) {
    const to = last < this.lineCount() ? this.lineStart(last + 1) : this.text.length;
    return this.text.slice(this.lineStart(first), to);
  }
  /** Offset of the start of a 1-based line. */
  lineStart(line) {
    const s = this.lineStarts();
    return s[Math.max(0, Math.min(line - 1, s.length - 1))];
  }
};
function loneCarriageReturn(text, from = 0, to = text.length) {
  for (let i = text.indexOf("\r", from); i !== -1 && i < to; i = text.indexOf("\r", i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return i;
  }
  return -1;
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
function globOf(pattern, names) {
  if (typeof pattern === "string") return literalGlob(pattern);
  const texts = [];
  const wild = [];
  let hasUnknown = false;
  for (const p of pattern.parts) {
    if (typeof p === "string") {
      texts.push(p);
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
      texts.push(p);
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
function resolveBucketRef(ref, buckets, names) {
  const parts = strParts(ref);
  if (parts.length === 1 && typeof parts[0] !== "string" && parts[0].kind === "bucket") return names.bucket(parts[0].id);
  const text = renderSubject(ref, names);
  if (text === null) return bySameUnknownName(ref, buckets, names) ?? "unknown";
  const name = nameOf(text);
  if (names.byName) return names.byName(name);
  return buckets.find((b) => bucketNameForMatch(b, names) === name);
}
function nameOf(text) {
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
  if (name.state === "unknown") x.push(GAP);
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
      if (!reasonText) {
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

// src/parsers/shared/source-tree.ts
function exactSize(list) {
  return list.length === 0 ? [] : list.slice();
}
function getEntry(node, key) {
  if (!node || node.kind !== "map") return void 0;
  for (const e of node.entries) if (e.key === key) return e;
  return void 0;
}
function get(node, key) {
  return getEntry(node, key)?.value;
}
function toPlain(node, budget = { left: 1e6 }) {
  if (--budget.left < 0) throw new RangeError("document too large to convert");
  switch (node.kind) {
    case "scalar":
      return node.value;
    case "seq":
      return node.items.map((n) => toPlain(n, budget));
    case "map": {
      const o = {};
      for (const e of node.entries)
        if (e.key === "__proto__")
          Object.defineProperty(o, e.key, { value: toPlain(e.value, budget), enumerable: true, writable: true, configurable: true });
        else o[e.key] = toPlain(e.value, budget);
      return o;
    }
  }
}

// src/parsers/shared/json-tree.ts
var JsonSyntaxError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
function parseJson(text, options) {
  const issues = [];
  const keepDuplicates = options.keepDuplicates ?? false;
  const reportDuplicates = !keepDuplicates && (options.reportDuplicates ?? true);
  let i = text.charCodeAt(0) === 65279 ? 1 : 0;
  const n = text.length;
  const ws = () => {
    for (; ; ) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 10 || c === 13 || c === 9) i++;
      else return;
    }
  };
  const fail = (msg) => {
    throw new JsonSyntaxError(msg, Math.min(i, n));
  };
  const describe2 = () => i >= n ? "end of file" : JSON.stringify(text[i]);
  const parseString = () => {
    const start = ++i;
    let hasEscape = false;
    for (; ; ) {
      if (i >= n) fail("unterminated string");
      const c = text.charCodeAt(i);
      if (c === 34) break;
      if (c === 92) {
        hasEscape = true;
        i += 2;
        continue;
      }
      if (c < 32) fail("control character in string");
      i++;
    }
    const raw = text.slice(start, i);
    i++;
    if (!hasEscape) return raw;
    try {
      return JSON.parse(`"${raw}"`);
    } catch {
      i = start;
      return fail("invalid escape in string");
    }
  };
  const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
  const parseValue = (depth) => {
    if (depth > options.maxDepth) fail(`nesting deeper than ${options.maxDepth}`);
    ws();
    const start = i;
    const c = text.charCodeAt(i);
    if (c === 123) {
      i++;
      const map = { kind: "map", entries: [], start, end: start };
      let seen = null;
      ws();
      if (text.charCodeAt(i) === 125) {
        i++;
        map.end = i;
        return map;
      }
      for (; ; ) {
        ws();
        if (text.charCodeAt(i) !== 34) fail(`expected a property name, found ${describe2()}`);
        const keyStart = i;
        const key = parseString();
        const keyEnd = i;
        ws();
        if (text.charCodeAt(i) !== 58) fail(`expected ":" after property name, found ${describe2()}`);
        i++;
        const value = parseValue(depth + 1);
        const entry = { key, keyStart, keyEnd, value };
        if (seen === null && map.entries.length >= 8) seen = new Set(map.entries.map((e) => e.key));
        const dup = seen ? seen.has(key) : map.entries.some((e) => e.key === key);
        if (dup && keepDuplicates) map.entries.push(entry);
        else if (dup) {
          if (reportDuplicates) issues.push({ code: "DUPLICATE_KEY", offset: keyStart, message: `duplicate key "${key}"`, level: "error" });
          map.entries[map.entries.findIndex((e) => e.key === key)] = entry;
        } else {
          map.entries.push(entry);
          seen?.add(key);
        }
        ws();
        const d = text.charCodeAt(i);
        if (d === 44) {
          i++;
          continue;
        }
        if (d === 125) {
          i++;
          map.end = i;
          map.entries = exactSize(map.entries);
          return map;
        }
        fail(`expected "," or "}", found ${describe2()}`);
      }
    }
    if (c === 91) {
      i++;
      const seq = { kind: "seq", items: [], start, end: start };
      ws();
      if (text.charCodeAt(i) === 93) {
        i++;
        seq.end = i;
        return seq;
      }
      for (; ; ) {
        seq.items.push(parseValue(depth + 1));
        ws();
        const d = text.charCodeAt(i);
        if (d === 44) {
          i++;
          continue;
        }
        if (d === 93) {
          i++;
          seq.end = i;
          seq.items = exactSize(seq.items);
          return seq;
        }
        fail(`expected "," or "]", found ${describe2()}`);
      }
    }
    if (c === 34) {
      const value = parseString();
      return { kind: "scalar", value, quoted: true, start, end: i };
    }
    if (text.startsWith("true", i)) {
      i += 4;
      return { kind: "scalar", value: true, quoted: false, start, end: i };
    }
    if (text.startsWith("false", i)) {
      i += 5;
      return { kind: "scalar", value: false, quoted: false, start, end: i };
    }
    if (text.startsWith("null", i)) {
      i += 4;
      return { kind: "scalar", value: null, quoted: false, start, end: i };
    }
    NUM.lastIndex = i;
    const m = NUM.exec(text);
    if (m && m[0].length > 0) {
      i += m[0].length;
      return { kind: "scalar", value: Number(m[0]), quoted: false, start, end: i };
    }
    return fail(`unexpected ${describe2()}`);
  };
  try {
    ws();
    if (i >= n) return { root: null, issues };
    const root = parseValue(0);
    ws();
    if (i < n) fail(`unexpected ${describe2()} after the document`);
    return { root, issues };
  } catch (e) {
    if (e instanceof JsonSyntaxError)
      return { root: null, issues: [...issues, { code: "JSON_SYNTAX", offset: e.offset, message: e.message, level: "error" }] };
    throw e;
  }
}

// node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
var NOT_RESOLVED = /* @__PURE__ */ Symbol("NOT_RESOLVED");
function defineScalarTag(tagName, options) {
  return {
    tagName,
    nodeKind: "scalar",
    implicit: options.implicit ?? false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    implicitFirstChars: options.implicitFirstChars ?? null,
    resolve: options.resolve,
    identify: options.identify,
    represent: options.represent ?? ((data) => String(data)),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineSequenceTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "sequence",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addItem: options.addItem,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
function defineMappingTag(tagName, options) {
  const carrierIsResult = options.finalize === void 0;
  return {
    tagName,
    nodeKind: "mapping",
    implicit: false,
    matchByTagPrefix: options.matchByTagPrefix ?? false,
    create: options.create,
    addPair: options.addPair,
    has: options.has,
    keys: options.keys,
    get: options.get,
    finalize: options.finalize ?? ((carrier) => carrier),
    carrierIsResult,
    identify: options.identify,
    represent: options.represent ?? ((data) => data),
    representTagName: options.representTagName ?? (() => tagName)
  };
}
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
  resolve: (source) => source,
  identify: (data) => typeof data === "string"
});
var NULL_VALUES$1 = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES$1.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: ["n"],
  resolve: (source, isExplicit) => {
    if (source === "null" || isExplicit && source === "") return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var NULL_VALUES = [
  "",
  "~",
  "null",
  "Null",
  "NULL"
];
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
  implicit: true,
  implicitFirstChars: [
    "",
    "~",
    "n",
    "N"
  ],
  resolve: (source) => {
    if (NULL_VALUES.indexOf(source) !== -1) return null;
    return NOT_RESOLVED;
  },
  identify: (object) => object === null,
  represent: () => "null"
});
var TRUE_VALUES$2 = [
  "true",
  "True",
  "TRUE"
];
var FALSE_VALUES$2 = [
  "false",
  "False",
  "FALSE"
];
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "t",
    "T",
    "f",
    "F"
  ],
  resolve: (source) => {
    if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: ["t", "f"],
  resolve: (source) => {
    if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
    if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var TRUE_VALUES = [
  "true",
  "True",
  "TRUE",
  "y",
  "Y",
  "yes",
  "Yes",
  "YES",
  "on",
  "On",
  "ON"
];
var FALSE_VALUES = [
  "false",
  "False",
  "FALSE",
  "n",
  "N",
  "no",
  "No",
  "NO",
  "off",
  "Off",
  "OFF"
];
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
  implicit: true,
  implicitFirstChars: [
    "y",
    "Y",
    "n",
    "N",
    "t",
    "T",
    "f",
    "F",
    "o",
    "O"
  ],
  resolve: (source) => {
    if (TRUE_VALUES.indexOf(source) !== -1) return true;
    if (FALSE_VALUES.indexOf(source) !== -1) return false;
    return NOT_RESOLVED;
  },
  identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
  represent: (object) => object ? "true" : "false"
});
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$2(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger$2,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
  let value = source;
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  } else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger$1(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlInteger$1,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
  let value = source.replace(/_/g, "");
  let sign = 1;
  if (value[0] === "-" || value[0] === "+") {
    if (value[0] === "-") sign = -1;
    value = value.slice(1);
  }
  if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
  if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
  if (value.includes(":")) {
    let result = 0;
    for (const part of value.split(":")) result = result * 60 + Number(part);
    return sign * result;
  }
  if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
  return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
  if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
  const result = parseYamlInteger(source);
  return Number.isFinite(result) ? result : NOT_RESOLVED;
}
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ..."0123456789"
  ],
  resolve: resolveYamlInteger,
  identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
  represent: (object) => object.toString(10)
});
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
  if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase();
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  const result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat$2,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$2
});
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
  if (isExplicit) {
    if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
    let value = source.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".includes(value[0])) value = value.slice(1);
    if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    if (value === ".nan") return NaN;
    const result2 = sign * parseFloat(value);
    return Number.isFinite(result2) ? result2 : NOT_RESOLVED;
  }
  if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
  const result = Number(source);
  if (Number.isFinite(result)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: ["-", ..."0123456789"],
  resolve: resolveYamlFloat$1,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat$1
});
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
  if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
  let value = source.toLowerCase().replace(/_/g, "");
  const sign = value[0] === "-" ? -1 : 1;
  if ("+-".includes(value[0])) value = value.slice(1);
  if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
  if (value === ".nan") return NaN;
  let result = 0;
  if (value.includes(":")) {
    for (const part of value.split(":")) result = result * 60 + Number(part);
    result *= sign;
  } else result = sign * parseFloat(value);
  if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
  return NOT_RESOLVED;
}
function representYamlFloat(object) {
  if (isNaN(object)) return ".nan";
  if (object === Number.POSITIVE_INFINITY) return ".inf";
  if (object === Number.NEGATIVE_INFINITY) return "-.inf";
  if (Object.is(object, -0)) return "-0.0";
  const result = object.toString(10);
  return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
  implicit: true,
  implicitFirstChars: [
    "-",
    "+",
    ".",
    ..."0123456789"
  ],
  resolve: resolveYamlFloat,
  identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
  represent: representYamlFloat
});
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
  implicit: true,
  implicitFirstChars: ["<"],
  resolve: (source, isExplicit) => {
    if (source === "<<" || isExplicit && source === "") return "<<";
    return NOT_RESOLVED;
  },
  identify: () => false
});
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
  const input = source.replace(/\s/g, "");
  if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
  const binary = atob(input);
  const result = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
  return result;
}
function representYamlBinary(object) {
  let binary = "";
  for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
  return btoa(binary);
}
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
  resolve: resolveYamlBinary,
  identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
  represent: representYamlBinary
});
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
  const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
  date.setUTCFullYear(year, month, day);
  return date;
}
function resolveYamlTimestamp(source) {
  let match = YAML_DATE_REGEXP.exec(source);
  if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
  if (match === null) return NOT_RESOLVED;
  const year = +match[1];
  const month = +match[2] - 1;
  const day = +match[3];
  if (!match[4]) {
    const date2 = makeUtcDate(year, month, day);
    if (date2.getUTCFullYear() !== year || date2.getUTCMonth() !== month || date2.getUTCDate() !== day) return NOT_RESOLVED;
    return date2;
  }
  const hour = +match[4];
  const minute = +match[5];
  const second = +match[6];
  let fraction = 0;
  if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
  if (match[7]) {
    let value = match[7].slice(0, 3);
    while (value.length < 3) value += "0";
    fraction = +value;
  }
  const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
  if (match[9]) {
    const offsetHour = +match[10];
    const offsetMinute = +(match[11] || 0);
    if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
    const offset = (offsetHour * 60 + offsetMinute) * 6e4;
    date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
  }
  return date;
}
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
  implicit: true,
  implicitFirstChars: [..."0123456789"],
  resolve: resolveYamlTimestamp,
  identify: (object) => object instanceof Date,
  represent: (object) => object.toISOString()
});
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
  create: () => [],
  addItem: (container, item) => {
    container.push(item);
  },
  identify: Array.isArray
});
function isPlainObject(data) {
  if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
  const prototype = Object.getPrototypeOf(data);
  return prototype === null || prototype === Object.prototype;
}
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
  create: () => ({
    list: [],
    seen: /* @__PURE__ */ new Set()
  }),
  addItem: (carrier, item) => {
    let key;
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve an ordered map item";
      key = item.keys().next().value;
    } else if (isPlainObject(item)) {
      const itemKeys = Object.keys(item);
      if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
      key = itemKeys[0];
    } else return "cannot resolve an ordered map item";
    if (carrier.seen.has(key)) return "duplicate key in ordered map";
    carrier.seen.add(key);
    carrier.list.push(item);
    return "";
  },
  finalize: (carrier) => carrier.list,
  identify: () => false
});
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
  create: () => [],
  addItem: (container, item) => {
    if (item instanceof Map) {
      if (item.size !== 1) return "cannot resolve a pairs item";
      container.push(item.entries().next().value);
      return "";
    }
    if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
    const object = item;
    const keys = Object.keys(object);
    if (keys.length !== 1) return "cannot resolve a pairs item";
    container.push([keys[0], object[keys[0]]]);
    return "";
  },
  identify: () => false
});
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
    const normalizedKey = String(key);
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    if (key !== null && typeof key === "object") return false;
    return Object.prototype.hasOwnProperty.call(container, String(key));
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
  create: () => /* @__PURE__ */ new Set(),
  identify: (data) => data instanceof Set,
  represent: (data) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of data) map.set(key, null);
    return map;
  },
  addPair: (container, key, value) => {
    if (value !== null) return "cannot resolve a set item";
    container.add(key);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: () => null
});
function createTagDefinitionMap() {
  return {
    scalar: /* @__PURE__ */ Object.create(null),
    sequence: /* @__PURE__ */ Object.create(null),
    mapping: /* @__PURE__ */ Object.create(null)
  };
}
function createTagDefinitionListMap() {
  return {
    scalar: [],
    sequence: [],
    mapping: []
  };
}
function compileTags(tags) {
  const result = [];
  for (const tag of tags) {
    let index = result.length;
    for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
      const previous = result[previousIndex];
      if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
        index = previousIndex;
        break;
      }
    }
    result[index] = tag;
  }
  return result;
}
var Schema = class Schema2 {
  tags;
  /** @internal */
  implicitScalarTags;
  /**
  * Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
  * the resolvers that may match that key, in schema order; a key absent from
  * the map uses
  * {@link Schema.implicitScalarAnyFirstChar}
  * (resolvers that declared no first-char constraint, so they apply to any
  * first character).
  */
  implicitScalarByFirstChar;
  implicitScalarAnyFirstChar;
  /**
  * The default scalar tag (`!!str`), resolved once so the composer's fallback
  * for unresolved plain scalars avoids a keyed lookup per scalar.
  *
  * @internal
  */
  defaultScalarTag;
  /**
  * The default container tags (`!!seq` / `!!map`), used by the dumper: when a
  * value is identified by its default tag, the tag is implicit and not
  * printed. Undefined if the schema does not define them (then such values
  * can't be dumped).
  *
  * @internal
  */
  defaultSequenceTag;
  /** @internal */
  defaultMappingTag;
  exact;
  prefix;
  constructor(tags) {
    const compiledTags = compileTags(tags);
    const implicitScalarTags = [];
    const exact = createTagDefinitionMap();
    const prefix = createTagDefinitionListMap();
    for (const tag of compiledTags) {
      if (tag.nodeKind === "scalar" && tag.implicit) {
        if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
        implicitScalarTags.push(tag);
      }
      switch (tag.nodeKind) {
        case "scalar":
          if (tag.matchByTagPrefix) prefix.scalar.push(tag);
          else exact.scalar[tag.tagName] = tag;
          break;
        case "sequence":
          if (tag.matchByTagPrefix) prefix.sequence.push(tag);
          else exact.sequence[tag.tagName] = tag;
          break;
        case "mapping":
          if (tag.matchByTagPrefix) prefix.mapping.push(tag);
          else exact.mapping[tag.tagName] = tag;
      }
    }
    const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
    const keys = /* @__PURE__ */ new Set();
    for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
    const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
    for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
    const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
    if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
    this.tags = compiledTags;
    this.implicitScalarTags = implicitScalarTags;
    this.implicitScalarByFirstChar = implicitScalarByFirstChar;
    this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
    this.defaultScalarTag = defaultScalarTag;
    this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
    this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
    this.exact = exact;
    this.prefix = prefix;
  }
  /** @internal */
  lookupScalarTag(tagName) {
    const exactTag = this.exact.scalar[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupSequenceTag(tagName) {
    const exactTag = this.exact.sequence[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  lookupMappingTag(tagName) {
    const exactTag = this.exact.mapping[tagName];
    if (exactTag) return exactTag;
    for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
  }
  /** @internal */
  resolveImplicitScalarTag(source) {
    const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
    for (const tag2 of candidates) {
      const value = tag2.resolve(source, false, tag2.tagName);
      if (value !== NOT_RESOLVED) return {
        value,
        tag: tag2
      };
    }
    const tag = this.defaultScalarTag;
    return {
      value: tag.resolve(source, false, tag.tagName),
      tag
    };
  }
  /**
  * Creates a new schema with the specified tags added. If a tag already
  * exists, it is replaced by the specified tag.
  *
  * @example
  *
  * ```javascript
  * import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
  *
  * const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
  * ```
  */
  withTags(...tags) {
    let flatTags = [];
    for (const tag of tags) flatTags = flatTags.concat(tag);
    return new Schema2([...this.tags, ...flatTags]);
  }
};
var FAILSAFE_SCHEMA = new Schema([
  strTag,
  seqTag,
  mapTag
]);
var JSON_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullJsonTag,
  boolJsonTag,
  intJsonTag,
  floatJsonTag
]);
var CORE_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullCoreTag,
  boolCoreTag,
  intCoreTag,
  floatCoreTag
]);
var YAML11_SCHEMA = new Schema([
  ...FAILSAFE_SCHEMA.tags,
  nullYaml11Tag,
  boolYaml11Tag,
  intYaml11Tag,
  floatYaml11Tag,
  timestampTag,
  mergeTag,
  binaryTag,
  omapTag,
  pairsTag,
  setTag
]);
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
  ...intYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = intYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
  }
}, {
  ...floatYaml11Tag,
  resolve: (source, isExplicit, tagName) => {
    const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
    return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
  }
});
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => /* @__PURE__ */ new Map(),
  addPair: (container, key, value) => {
    container.set(key, value);
    return "";
  },
  has: (container, key) => container.has(key),
  keys: (container) => container.keys(),
  get: (container, key) => container.get(key),
  identify: (data) => data instanceof Map || isPlainObject(data),
  represent: (data) => {
    if (data instanceof Map) return data;
    const map = /* @__PURE__ */ new Map();
    const obj = data;
    for (const key of Object.keys(obj)) map.set(key, obj[key]);
    return map;
  }
});
function normalizeKey(key) {
  if (Array.isArray(key)) {
    const array = Array.prototype.slice.call(key);
    for (let index = 0; index < array.length; index++) {
      if (Array.isArray(array[index])) return null;
      if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
    }
    return String(array);
  }
  if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
  return String(key);
}
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
  create: () => ({}),
  identify: isPlainObject,
  represent: (o) => {
    const map = /* @__PURE__ */ new Map();
    for (const key of Object.keys(o)) map.set(key, o[key]);
    return map;
  },
  addPair: (container, key, value) => {
    const normalizedKey = normalizeKey(key);
    if (normalizedKey === null) return "nested arrays are not supported inside keys";
    if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    });
    else container[normalizedKey] = value;
    return "";
  },
  has: (container, key) => {
    const normalizedKey = normalizeKey(key);
    return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
  },
  keys: (container) => Object.keys(container),
  get: (container, key) => {
    const normalizedKey = String(key);
    if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
    return container[normalizedKey];
  }
});
var DEFAULT_SNIPPET_OPTIONS = {
  maxLength: 79,
  indent: 1,
  linesBefore: 3,
  linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
  let head = "";
  let tail = "";
  const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
  if (position - lineStart > maxHalfLength) {
    head = " ... ";
    lineStart = position - maxHalfLength + head.length;
  }
  if (lineEnd - position > maxHalfLength) {
    tail = " ...";
    lineEnd = position + maxHalfLength - tail.length;
  }
  return {
    str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "\u2192") + tail,
    pos: position - lineStart + head.length
  };
}
function padStart(string, max) {
  return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
  if (!mark.buffer) return null;
  const opts = {
    ...DEFAULT_SNIPPET_OPTIONS,
    ...options
  };
  const re = /\r?\n|\r|\0/g;
  const lineStarts = [0];
  const lineEnds = [];
  let match;
  let foundLineNo = -1;
  while (match = re.exec(mark.buffer)) {
    lineEnds.push(match.index);
    lineStarts.push(match.index + match[0].length);
    if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
  }
  if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
  let result = "";
  const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
  const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
  for (let i = 1; i <= opts.linesBefore; i++) {
    if (foundLineNo - i < 0) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
    result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line2.str}
${result}`;
  }
  const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
  result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}
`;
  result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^
`;
  for (let i = 1; i <= opts.linesAfter; i++) {
    if (foundLineNo + i >= lineEnds.length) break;
    const line2 = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
    result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line2.str}
`;
  }
  return result.replace(/\n$/, "");
}
function formatError(exception, compact) {
  let where = "";
  if (!exception.mark) return exception.reason;
  if (exception.mark.name) where += `in "${exception.mark.name}" `;
  where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
  if (!compact && exception.mark.snippet) where += `

${exception.mark.snippet}`;
  return `${exception.reason} ${where}`;
}
var YAMLException = class YAMLException2 extends Error {
  reason;
  mark;
  /**
  * Optional `mark` contains source snippet data. Usually, use
  * {@link YAMLException.throwAt} instead of passing it directly.
  */
  constructor(reason, mark) {
    super();
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
  }
  /**
  * Returns the formatted error, omitting the source snippet in compact mode.
  */
  toString(compact) {
    return `${this.name}: ${formatError(this, compact)}`;
  }
  /**
  * Builds a YAMLException with a source snippet and throws it. `source` is
  * the raw input text; `position` is an offset into it.
  */
  static throwAt(source, position, message, filename = "") {
    let line = 0;
    let lineStart = 0;
    for (let index = 0; index < position; index++) {
      const ch = source.charCodeAt(index);
      if (ch === 10) {
        line++;
        lineStart = index + 1;
      } else if (ch === 13) {
        line++;
        if (source.charCodeAt(index + 1) === 10) index++;
        lineStart = index + 1;
      }
    }
    const mark = {
      name: filename,
      buffer: source,
      position,
      line,
      column: position - lineStart
    };
    mark.snippet = makeSnippet(mark);
    throw new YAMLException2(message, mark);
  }
};
var EVENT_ID = {
  DOCUMENT: 1,
  SEQUENCE: 2,
  MAPPING: 3,
  SCALAR: 4,
  ALIAS: 5,
  POP: 6
};
var SCALAR_STYLE = {
  PLAIN: 1,
  SINGLE_QUOTED: 2,
  DOUBLE_QUOTED: 3,
  LITERAL_BLOCK: 4,
  FOLDED_BLOCK: 5
};
var COLLECTION_STYLE = {
  BLOCK: 1,
  FLOW: 2
};
var CHOMPING_MODE = {
  CLIP: 1,
  STRIP: 2,
  KEEP: 3
};
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
  switch (c) {
    case 48:
      return "\0";
    case 97:
      return "\x07";
    case 98:
      return "\b";
    case 116:
      return "	";
    case 9:
      return "	";
    case 110:
      return "\n";
    case 118:
      return "\v";
    case 102:
      return "\f";
    case 114:
      return "\r";
    case 101:
      return "\x1B";
    case 32:
      return " ";
    case 34:
      return '"';
    case 47:
      return "/";
    case 92:
      return "\\";
    case 78:
      return "\x85";
    case 95:
      return "\xA0";
    case 76:
      return "\u2028";
    case 80:
      return "\u2029";
    default:
      return "";
  }
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
  simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
  simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
  if (c <= 65535) return String.fromCharCode(c);
  return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
  if (c >= 48 && c <= 57) return c - 48;
  return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  return 8;
}
function skipFoldedBreaks(input, position, end) {
  let breaks = 0;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10) {
      breaks++;
      position++;
    } else if (ch === 13) {
      breaks++;
      position++;
      if (input.charCodeAt(position) === 10) position++;
    } else if (ch === 32 || ch === 9) position++;
    else break;
  }
  return {
    position,
    breaks
  };
}
function foldedBreaks(count) {
  if (count === 1) return " ";
  return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 39) {
      result += input.slice(captureStart, position) + "'";
      position += 2;
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
  let result = "";
  let position = start;
  let captureStart = start;
  let captureEnd = start;
  while (position < end) {
    const ch = input.charCodeAt(position);
    if (ch === 92) {
      result += input.slice(captureStart, position);
      position++;
      const escaped = input.charCodeAt(position);
      if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
      else if (escaped < 256 && simpleEscapeCheck[escaped]) {
        result += simpleEscapeMap[escaped];
        position++;
      } else {
        let hexLength = escapedHexLen$1(escaped);
        let hexResult = 0;
        for (; hexLength > 0; hexLength--) {
          position++;
          const digit = fromHexCode$1(input.charCodeAt(position));
          hexResult = (hexResult << 4) + digit;
        }
        result += charFromCodepoint(hexResult);
        position++;
      }
      captureStart = captureEnd = position;
    } else if (ch === 10 || ch === 13) {
      result += input.slice(captureStart, captureEnd);
      const fold = skipFoldedBreaks(input, position, end);
      result += foldedBreaks(fold.breaks);
      position = captureStart = captureEnd = fold.position;
    } else {
      position++;
      if (ch !== 32 && ch !== 9) captureEnd = position;
    }
  }
  return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
  const textIndent = indent < 0 ? 0 : indent;
  const region = input.slice(start, end).replace(/\r\n?/g, "\n");
  const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
  let result = "";
  let didReadContent = false;
  let emptyLines = 0;
  let atMoreIndented = false;
  for (const line of lines) {
    let column = 0;
    while (column < textIndent && line.charCodeAt(column) === 32) column++;
    if (indent < 0 || column >= line.length) {
      emptyLines++;
      continue;
    }
    const content = line.slice(textIndent);
    const first = content.charCodeAt(0);
    if (folded) {
      if (first === 32 || first === 9) {
        atMoreIndented = true;
        result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
      } else if (atMoreIndented) {
        atMoreIndented = false;
        result += "\n".repeat(emptyLines + 1);
      } else if (emptyLines === 0) {
        if (didReadContent) result += " ";
      } else result += "\n".repeat(emptyLines);
    } else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
    result += content;
    didReadContent = true;
    emptyLines = 0;
  }
  if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
  else if (chomping !== CHOMPING_MODE.STRIP) {
    if (didReadContent) result += "\n";
  }
  return result;
}
function getScalarValue(input, scalar) {
  if (scalar.valueStart === NO_RANGE$3) return "";
  const { valueStart, valueEnd } = scalar;
  if (scalar.fast) return input.slice(valueStart, valueEnd);
  switch (scalar.style) {
    case SCALAR_STYLE.SINGLE_QUOTED:
      return getSingleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.DOUBLE_QUOTED:
      return getDoubleQuotedValue(input, valueStart, valueEnd);
    case SCALAR_STYLE.LITERAL_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
    case SCALAR_STYLE.FOLDED_BLOCK:
      return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
    default:
      return getPlainValue(input, valueStart, valueEnd);
  }
}
var DEFAULT_TAG_HANDLERS = Object.assign(/* @__PURE__ */ Object.create(null), {
  "!": "!",
  "!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
  filename: "",
  schema: CORE_SCHEMA,
  json: false,
  maxTotalMergeKeys: 1e4,
  maxAliases: -1
};
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
  filename: "",
  maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
  state.events.push({
    type: EVENT_ID.DOCUMENT,
    explicitStart,
    explicitEnd,
    directives: state.directives
  });
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.SEQUENCE,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
  state.events.push({
    type: EVENT_ID.MAPPING,
    start,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style
  });
}
function insertFlowPairMappingEvent(state, snapshot) {
  state.events.splice(snapshot.eventsLength, 0, {
    type: EVENT_ID.MAPPING,
    start: snapshot.position,
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1,
    style: COLLECTION_STYLE.FLOW
  });
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
  state.events.push({
    type: EVENT_ID.SCALAR,
    valueStart,
    valueEnd,
    anchorStart,
    anchorEnd,
    tagStart,
    tagEnd,
    style,
    chomping,
    indent,
    fast
  });
}
function addAliasEvent(state, anchorStart, anchorEnd) {
  state.events.push({
    type: EVENT_ID.ALIAS,
    anchorStart,
    anchorEnd
  });
}
function addPopEvent(state) {
  state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
  addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
  return {
    anchorStart: NO_RANGE$1,
    anchorEnd: NO_RANGE$1,
    tagStart: NO_RANGE$1,
    tagEnd: NO_RANGE$1
  };
}
function snapshotState(state) {
  return {
    position: state.position,
    line: state.line,
    lineStart: state.lineStart,
    lineIndent: state.lineIndent,
    firstTabInLine: state.firstTabInLine,
    eventsLength: state.events.length
  };
}
function restoreState(state, snapshot) {
  state.position = snapshot.position;
  state.line = snapshot.line;
  state.lineStart = snapshot.lineStart;
  state.lineIndent = snapshot.lineIndent;
  state.firstTabInLine = snapshot.firstTabInLine;
  state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
  YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
  return c === 10 || c === 13;
}
function isWhiteSpace(c) {
  return c === 9 || c === 32;
}
function isWsOrEol(c) {
  return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
  return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
  return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
  if (c >= 48 && c <= 57) return c - 48;
  const lc = c | 32;
  if (lc >= 97 && lc <= 102) return lc - 97 + 10;
  return -1;
}
function escapedHexLen(c) {
  if (c === 120) return 2;
  if (c === 117) return 4;
  if (c === 85) return 8;
  return 0;
}
function isSimpleEscape(c) {
  return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
  if (state.input.charCodeAt(state.position) === 10) state.position++;
  else {
    state.position++;
    if (state.input.charCodeAt(state.position) === 10) state.position++;
  }
  state.line++;
  state.lineStart = state.position;
  state.lineIndent = 0;
  state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
  let lineBreaks = 0;
  let ch = state.input.charCodeAt(state.position);
  let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
  while (ch !== 0) {
    while (isWhiteSpace(ch)) {
      hasSeparation = true;
      if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
      ch = state.input.charCodeAt(++state.position);
    }
    if (allowComments && hasSeparation && ch === 35) do
      ch = state.input.charCodeAt(++state.position);
    while (!isEol(ch) && ch !== 0);
    if (!isEol(ch)) break;
    consumeLineBreak(state);
    lineBreaks++;
    hasSeparation = true;
    ch = state.input.charCodeAt(state.position);
    while (ch === 32) {
      state.lineIndent++;
      ch = state.input.charCodeAt(++state.position);
    }
  }
  return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
  const ch = state.input.charCodeAt(position);
  if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
    const following = state.input.charCodeAt(position + 3);
    return following === 0 || isWsOrEol(following);
  }
  return false;
}
function skipByteOrderMark(state) {
  if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
    state.position++;
    state.lineStart = state.position;
  }
}
function testDocumentBoundary(state) {
  if (state.position !== state.lineStart) return false;
  if (testDocumentSeparator(state)) return true;
  if (state.input.charCodeAt(state.position) !== 65279) return false;
  const snapshot = snapshotState(state);
  skipByteOrderMark(state);
  skipSeparationSpace(state, true);
  const ch = state.input.charCodeAt(state.position);
  const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
  restoreState(state, snapshot);
  return result;
}
function skipUntilLineEnd(state) {
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
  const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
  if (match !== null) {
    state.position = start + match.index + match[0].length - 1;
    throwError(state, "the stream contains non-printable characters");
  }
}
function readTagProperty(state, props, inFlow) {
  if (state.input.charCodeAt(state.position) !== 33) return false;
  if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
  const start = state.position;
  let isVerbatim = false;
  let isNamed = false;
  let tagHandle = "!";
  let ch = state.input.charCodeAt(++state.position);
  if (ch === 60) {
    isVerbatim = true;
    ch = state.input.charCodeAt(++state.position);
  } else if (ch === 33) {
    isNamed = true;
    tagHandle = "!!";
    ch = state.input.charCodeAt(++state.position);
  }
  let suffixStart = state.position;
  let tagName;
  if (isVerbatim) {
    while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
    if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
    tagName = state.input.slice(suffixStart, state.position);
    state.position++;
  } else {
    while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
      if (ch === 33) {
        if (!isNamed) {
          tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
          if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
          isNamed = true;
          suffixStart = state.position + 1;
        } else throwError(state, "tag suffix cannot contain exclamation marks");
      }
      ch = state.input.charCodeAt(++state.position);
    }
    tagName = state.input.slice(suffixStart, state.position);
    if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
  }
  if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
  if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
  props.tagStart = start;
  props.tagEnd = state.position;
  return true;
}
function readAnchorProperty(state, props) {
  if (state.input.charCodeAt(state.position) !== 38) return false;
  if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
  props.anchorStart = start;
  props.anchorEnd = state.position;
  return true;
}
function readAlias(state, props) {
  if (state.input.charCodeAt(state.position) !== 42) return false;
  if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
  state.position++;
  const start = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
  if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
  addAliasEvent(state, start, state.position);
  return true;
}
function readFlowScalarBreak(state, nodeIndent) {
  skipSeparationSpace(state, false);
  if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 39) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 39) {
      if (state.input.charCodeAt(state.position + 1) === 39) {
        simple = false;
        state.position += 2;
        continue;
      }
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
  if (state.input.charCodeAt(state.position) !== 34) return false;
  state.position++;
  const start = state.position;
  let simple = true;
  while (state.input.charCodeAt(state.position) !== 0) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 34) {
      const end = state.position;
      state.position++;
      addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
      return true;
    }
    if (ch === 92) {
      simple = false;
      const escaped = state.input.charCodeAt(++state.position);
      if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
      else if (isSimpleEscape(escaped)) state.position++;
      else {
        let hexLength = escapedHexLen(escaped);
        if (hexLength === 0) throwError(state, "unknown escape sequence");
        while (hexLength-- > 0) {
          state.position++;
          if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
        }
        state.position++;
      }
    } else if (isEol(ch)) {
      simple = false;
      readFlowScalarBreak(state, nodeIndent);
    } else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
    else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
    else state.position++;
  }
  throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  let chomping = CHOMPING_MODE.CLIP;
  let indent = -1;
  let detectedIndent = false;
  if (ch !== 124 && ch !== 62) return false;
  const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    const current = state.input.charCodeAt(state.position);
    const digit = fromDecimalCode(current);
    if (current === 43 || current === 45) {
      if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
      chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
      state.position++;
    } else if (digit >= 0) {
      if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
      if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
      indent = parentIndent + digit - 1;
      detectedIndent = true;
      state.position++;
    } else break;
  }
  let hadWhitespace = false;
  while (isWhiteSpace(state.input.charCodeAt(state.position))) {
    hadWhitespace = true;
    state.position++;
  }
  if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
  let contentIndent = detectedIndent ? indent : -1;
  let maxLeadingIndent = 0;
  const valueStart = state.position;
  let valueEnd = state.position;
  while (state.input.charCodeAt(state.position) !== 0) {
    const linePosition = state.position;
    let column = 0;
    while (state.input.charCodeAt(linePosition + column) === 32) column++;
    const first = state.input.charCodeAt(linePosition + column);
    if (first === 0) {
      if (contentIndent >= 0) {
        if (column > contentIndent) valueEnd = linePosition + column;
      } else if (column > 0) valueEnd = linePosition + column;
      break;
    }
    if (testDocumentBoundary(state)) break;
    if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
    if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
      if (first === 9 && column < parentIndent) {
        state.position = linePosition + column;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (column >= parentIndent && column < maxLeadingIndent) {
        state.position = linePosition + column;
        throwError(state, "bad indentation of a mapping entry");
      }
    }
    if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
    const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
    if (first !== 0 && !isEol(first) && column < requiredIndent) {
      state.lineIndent = column;
      state.position = linePosition + column;
      break;
    }
    skipUntilLineEnd(state);
    valueEnd = state.position;
    if (isEol(state.input.charCodeAt(state.position))) {
      consumeLineBreak(state);
      valueEnd = state.position;
    }
  }
  checkPrintable(state, valueStart, valueEnd);
  addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
  return true;
}
function canStartPlainScalar(state, nodeContext) {
  const ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
  if (ch === 63 || ch === 45) {
    const following = state.input.charCodeAt(state.position + 1);
    if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
  }
  return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
  if (!canStartPlainScalar(state, nodeContext)) return false;
  const start = state.position;
  let end = state.position;
  let ch = state.input.charCodeAt(state.position);
  const inFlow = nodeContext === CONTEXT_FLOW_IN;
  let multiline = false;
  while (ch !== 0) {
    if (testDocumentBoundary(state)) break;
    if (ch === 58) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
    } else if (ch === 35) {
      if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
    } else if (inFlow && isFlowIndicator(ch)) break;
    else if (isEol(ch)) {
      const savedPosition = state.position;
      const savedLine = state.line;
      const savedLineStart = state.lineStart;
      const savedLineIndent = state.lineIndent;
      skipSeparationSpace(state, false);
      if (state.lineIndent >= nodeIndent) {
        multiline = true;
        ch = state.input.charCodeAt(state.position);
        continue;
      }
      state.position = savedPosition;
      state.line = savedLine;
      state.lineStart = savedLineStart;
      state.lineIndent = savedLineIndent;
      break;
    }
    if (!isWhiteSpace(ch)) end = state.position + 1;
    ch = state.input.charCodeAt(++state.position);
  }
  if (end === start) return false;
  checkPrintable(state, start, end);
  addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
  return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
  const startLine = state.line;
  skipSeparationSpace(state, true);
  if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
  const ch = state.input.charCodeAt(state.position);
  const isMapping = ch === 123;
  const start = state.position;
  let readNext = true;
  if (ch !== 91 && ch !== 123) return false;
  const terminator = isMapping ? 125 : 93;
  if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
  state.position++;
  while (state.input.charCodeAt(state.position) !== 0) {
    skipFlowSeparationSpace(state, nodeIndent);
    let ch2 = state.input.charCodeAt(state.position);
    if (ch2 === terminator) {
      state.position++;
      addPopEvent(state);
      return true;
    } else if (!readNext) throwError(state, "missed comma between flow collection entries");
    else if (ch2 === 44) throwError(state, "expected the node content, but found ','");
    let isPair = false;
    let isExplicitPair = false;
    if (ch2 === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
      isPair = isExplicitPair = true;
      state.position += 1;
      skipFlowSeparationSpace(state, nodeIndent);
    }
    const entryLine = state.line;
    const entryStart = snapshotState(state);
    const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
    skipFlowSeparationSpace(state, nodeIndent);
    ch2 = state.input.charCodeAt(state.position);
    if ((isMapping || isExplicitPair || state.line === entryLine) && ch2 === 58) {
      isPair = true;
      state.position++;
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) {
        insertFlowPairMappingEvent(state, entryStart);
        if (!keyWasRead) addEmptyScalarEvent(state);
      } else if (!keyWasRead) addEmptyScalarEvent(state);
      if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
      skipFlowSeparationSpace(state, nodeIndent);
      if (!isMapping) addPopEvent(state);
    } else if (isMapping && isPair) {
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
    } else if (isMapping) addEmptyScalarEvent(state);
    else if (isPair) {
      insertFlowPairMappingEvent(state, entryStart);
      if (!keyWasRead) addEmptyScalarEvent(state);
      addEmptyScalarEvent(state);
      addPopEvent(state);
    }
    ch2 = state.input.charCodeAt(state.position);
    if (ch2 === 44) {
      readNext = true;
      state.position++;
    } else readNext = false;
  }
  throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
  if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
  addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
  while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
    if (state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const entryLine = state.line;
    state.position++;
    const hadBreak = skipSeparationSpace(state, true) > 0;
    if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
    if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
    else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
    skipSeparationSpace(state, true);
    if (state.lineIndent < nodeIndent || state.position >= state.length) break;
    if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
    if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
  }
  addPopEvent(state);
  return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
  let atExplicitKey = false;
  let detected = false;
  let mappingOpened = false;
  let pendingExplicitKey = false;
  if (state.firstTabInLine !== -1) return false;
  let ch = state.input.charCodeAt(state.position);
  while (ch !== 0) {
    if (!atExplicitKey && state.firstTabInLine !== -1) {
      state.position = state.firstTabInLine;
      throwError(state, "tab characters must not be used in indentation");
    }
    const following = state.input.charCodeAt(state.position + 1);
    const entryLine = state.line;
    if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
      if (!mappingOpened) {
        addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
        mappingOpened = true;
      }
      if (ch === 63) {
        if (atExplicitKey) addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = true;
      } else if (atExplicitKey) atExplicitKey = false;
      else {
        addEmptyScalarEvent(state);
        detected = true;
        atExplicitKey = false;
      }
      state.position += 1;
      pendingExplicitKey = true;
    } else {
      if (atExplicitKey) {
        addEmptyScalarEvent(state);
        atExplicitKey = false;
      }
      const beforeKey = snapshotState(state);
      if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
      if (state.line === entryLine) {
        ch = state.input.charCodeAt(state.position);
        while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
        if (ch === 58) {
          ch = state.input.charCodeAt(++state.position);
          if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
          if (!mappingOpened) {
            state.events.splice(beforeKey.eventsLength, 0, {
              type: EVENT_ID.MAPPING,
              start: beforeKey.position,
              anchorStart: props.anchorStart,
              anchorEnd: props.anchorEnd,
              tagStart: props.tagStart,
              tagEnd: props.tagEnd,
              style: COLLECTION_STYLE.BLOCK
            });
            mappingOpened = true;
          }
          detected = true;
          atExplicitKey = false;
          pendingExplicitKey = false;
        } else if (detected) throwError(state, "expected ':' after a mapping key");
        else {
          if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
            restoreState(state, beforeKey);
            return false;
          }
          return true;
        }
      } else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
      else {
        if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
          restoreState(state, beforeKey);
          return false;
        }
        return true;
      }
    }
    if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
    if (!atExplicitKey) {
      if (pendingExplicitKey) {
        addEmptyScalarEvent(state);
        pendingExplicitKey = false;
      }
    }
    skipSeparationSpace(state, true);
    ch = state.input.charCodeAt(state.position);
    if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
    else if (state.lineIndent < nodeIndent) break;
  }
  if (!detected) return false;
  if (atExplicitKey) addEmptyScalarEvent(state);
  if (mappingOpened) addPopEvent(state);
  return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
  if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
  state.depth++;
  let indentStatus = 1;
  let atNewLine = false;
  let hasContent = false;
  let propertyStart = null;
  const props = emptyProperties();
  let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
  let allowBlockCollections = allowBlockScalars;
  const allowBlockStyles = allowBlockScalars;
  if (allowToSeek && skipSeparationSpace(state, true)) {
    atNewLine = true;
    if (state.lineIndent > parentIndent) indentStatus = 1;
    else if (state.lineIndent === parentIndent) indentStatus = 0;
    else indentStatus = -1;
  }
  if (indentStatus === 1) while (true) {
    const ch = state.input.charCodeAt(state.position);
    const propertyState = snapshotState(state);
    if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
    if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
      const fallbackState = snapshotState(state);
      const flowIndent = parentIndent + 1;
      if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
        state.depth--;
        return true;
      }
      restoreState(state, fallbackState);
    }
    if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
    if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
    if (propertyStart === null) propertyStart = propertyState;
    if (skipSeparationSpace(state, true)) {
      atNewLine = true;
      allowBlockCollections = allowBlockStyles;
      if (state.lineIndent > parentIndent) indentStatus = 1;
      else if (state.lineIndent === parentIndent) indentStatus = 0;
      else indentStatus = -1;
    } else allowBlockCollections = false;
  }
  if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
  if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
    const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
    const blockIndent = state.position - state.lineStart;
    if (indentStatus === 1) {
      if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
      else {
        const ch = state.input.charCodeAt(state.position);
        if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
          const fallbackState = snapshotState(state);
          const propertyIndent = propertyStart.position - propertyStart.lineStart;
          restoreState(state, propertyStart);
          if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
          else restoreState(state, fallbackState);
        }
        if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
      }
    } else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
  }
  allowBlockScalars = allowBlockScalars && !hasContent;
  if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
    addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
    hasContent = true;
  }
  state.depth--;
  return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
  if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
  state.position++;
  const nameStart = state.position;
  while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
  const name = state.input.slice(nameStart, state.position);
  const args = [];
  if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
  while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
    while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
    if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
    const start = state.position;
    while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
    args.push(state.input.slice(start, state.position));
  }
  if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
  if (name === "YAML") {
    if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
    if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
    const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
    if (match === null) throwError(state, "ill-formed argument of the YAML directive");
    if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
    state.directives.push({
      kind: "yaml",
      version: args[0]
    });
  } else if (name === "TAG") {
    if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
    const [handle, prefix] = args;
    if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
    if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
    if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
    state.tagHandlers[handle] = prefix;
    state.directives.push({
      kind: "tag",
      handle,
      prefix
    });
  }
  return true;
}
function readDocument(state) {
  state.directives = [];
  state.tagHandlers = /* @__PURE__ */ Object.create(null);
  let hasDirectives = false;
  skipSeparationSpace(state, true);
  while (readDirective(state)) {
    hasDirectives = true;
    skipSeparationSpace(state, true);
  }
  let explicitStart = false;
  let explicitEnd = false;
  let allowCompact = true;
  if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
    explicitStart = true;
    const markerLine = state.line;
    state.position += 3;
    skipSeparationSpace(state, true);
    allowCompact = state.line > markerLine;
  } else if (hasDirectives) throwError(state, "directives end mark is expected");
  const documentEventIndex = state.events.length;
  if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
    state.position += 3;
    skipSeparationSpace(state, true);
    return;
  }
  addDocumentEvent(state, explicitStart, false);
  if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
  skipSeparationSpace(state, true);
  if (state.position === state.lineStart && testDocumentSeparator(state)) {
    explicitEnd = state.input.charCodeAt(state.position) === 46;
    if (explicitEnd) {
      const markerLine = state.line;
      state.position += 3;
      skipSeparationSpace(state, true);
      if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
    }
  }
  const documentEvent = state.events[documentEventIndex];
  if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
  addPopEvent(state);
  if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
function parseEvents(input, options) {
  const length = input.length;
  const state = {
    ...DEFAULT_PARSER_OPTIONS,
    ...options,
    input: `${input}\0`,
    length,
    position: 0,
    line: 0,
    lineStart: 0,
    lineIndent: 0,
    firstTabInLine: -1,
    depth: 0,
    directives: [],
    tagHandlers: /* @__PURE__ */ Object.create(null),
    events: []
  };
  const nullpos = input.indexOf("\0");
  if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
  while (state.position < state.length) {
    skipByteOrderMark(state);
    skipSeparationSpace(state, true);
    if (state.position >= state.length) break;
    const documentStart = state.position;
    readDocument(state);
    if (state.position === documentStart)
      throwError(state, "can not read a document");
  }
  return state.events;
}
var DEFAULT_LOAD_OPTIONS = {
  ...DEFAULT_PARSER_OPTIONS,
  ...DEFAULT_CONSTRUCTOR_OPTIONS
};
function hasBit(mask, bit) {
  return (mask & 1 << bit) !== 0;
}
var DEFAULT_SCALAR_STYLE_RULES = {
  applyQuoteFlowKeysOption,
  doubleQuoteForInvisibles,
  doubleQuoteWhitespaceOnly,
  applyForceQuotesOption,
  tryLongOrMultilineAsBlock,
  quoteInvalidPlain,
  fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
  if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
  return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
  if (!layout.presenterOptions.quoteFlowKeys) return;
  if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
  layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
  if (!layout.presenterOptions.forceQuotes) return;
  if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
  if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
  layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
  if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
  const value = layout.node.value;
  const multiline = value.indexOf("\n") !== -1;
  if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
    if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
    return;
  }
  const w = layout.presenterOptions.lineWidth;
  if (w === -1) {
    if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
    return;
  }
  const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
  let position = 0;
  let shouldFold = false;
  while (position <= value.length) {
    let lineEnd = value.length;
    const nextLineBreak = value.indexOf("\n", position);
    if (nextLineBreak !== -1) lineEnd = nextLineBreak;
    const line = value.slice(position, lineEnd);
    if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
    if (nextLineBreak === -1) break;
    position = nextLineBreak + 1;
  }
  if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
  else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
  if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
  if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var DEFAULT_PRESENTER_OPTIONS = {
  indent: 2,
  seqNoIndent: false,
  seqInlineFirst: true,
  lineWidth: 80,
  flowBracketPadding: false,
  flowSkipCommaSpace: false,
  flowSkipColonSpace: false,
  quoteFlowKeys: false,
  quoteStyle: "single",
  forceQuotes: false,
  scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
  tagBeforeAnchor: false
};
var DEFAULT_DUMP_OPTIONS = {
  ...DEFAULT_PRESENTER_OPTIONS,
  schema: DUMP_SCHEMA,
  skipInvalid: false,
  noRefs: false,
  flowLevel: -1,
  sortKeys: false,
  transform: () => {
  }
};
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
var EVENT_MAPPING = EVENT_ID.MAPPING;
var EVENT_SCALAR = EVENT_ID.SCALAR;
var EVENT_ALIAS = EVENT_ID.ALIAS;
var EVENT_POP = EVENT_ID.POP;
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;

// src/parsers/shared/yaml-tree.ts
function parseYaml(text, options) {
  let events;
  let parsed = text;
  for (let attempt = 0; !events; attempt++) {
    try {
      events = parseEvents(parsed, { maxDepth: options.maxDepth });
    } catch (e) {
      const relaxed = (attempt + 2) * text.length <= MAX_RELAXED_PARSE_CHARS ? relaxFlowCloser(parsed, e) : void 0;
      if (relaxed === void 0) return { documents: [], issues: [syntaxIssue(e)] };
      parsed = relaxed;
    }
  }
  try {
    return build(parsed, events, options);
  } catch (e) {
    if (e instanceof BuildError) return { documents: [], issues: [e.issue] };
    throw e;
  }
}
var MAX_RELAXED_PARSE_CHARS = 16 * 1024 * 1024;
function relaxFlowCloser(text, e) {
  const err = e;
  const pos = err.mark?.position;
  if (err.reason !== "deficient indentation" || typeof pos !== "number") return void 0;
  if (text[pos] !== "]" && text[pos] !== "}") return void 0;
  let lineStart = text.lastIndexOf("\n", pos - 1) + 1;
  if (!/^ *$/.test(text.slice(lineStart, pos))) return void 0;
  while (lineStart > 0) {
    const prevStart = text.lastIndexOf("\n", lineStart - 2) + 1;
    const line = text.slice(prevStart, lineStart - 1).replace(/\r$/, "");
    const trimmed = line.trim();
    if (trimmed === "" || trimmed.startsWith("#")) {
      lineStart = prevStart;
      continue;
    }
    if (line.includes("#") || line.includes("\r") || oddCount(line, '"') || oddCount(line, "'")) return void 0;
    const contentEnd = prevStart + line.trimEnd().length;
    return text.slice(0, contentEnd) + " ".repeat(pos - contentEnd) + text.slice(pos);
  }
  return void 0;
}
function oddCount(line, quote) {
  return line.split(quote).length % 2 === 0;
}
var BuildError = class extends Error {
  constructor(issue) {
    super(issue.message);
    this.issue = issue;
  }
  issue;
};
function syntaxIssue(e) {
  const err = e;
  const issue = {
    code: "YAML_SYNTAX",
    offset: err.mark?.position ?? 0,
    message: err.reason ?? err.message ?? String(e),
    level: "error"
  };
  if (err.mark && typeof err.mark.position !== "number") {
    issue.line = err.mark.line;
    issue.column = err.mark.column;
  }
  return issue;
}
var NULLS = /* @__PURE__ */ new Set(["", "~", "null", "Null", "NULL"]);
var TRUES = /* @__PURE__ */ new Set(["true", "True", "TRUE"]);
var FALSES = /* @__PURE__ */ new Set(["false", "False", "FALSE"]);
var INT = /^[-+]?[0-9]+$/;
var FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
function resolvePlain(s) {
  if (NULLS.has(s)) return null;
  if (TRUES.has(s)) return true;
  if (FALSES.has(s)) return false;
  if (INT.test(s) || FLOAT.test(s)) {
    const n = Number(s);
    if (Number.isFinite(n) && String(n) === s) return n;
  }
  return s;
}
function nextNonBlank(text, from) {
  let i = from;
  while (i < text.length && (text[i] === " " || text[i] === "	" || text[i] === "\r" || text[i] === "\n")) i++;
  return i;
}
var RELEASED = { type: -1 };
function build(text, events, options) {
  const documents = [];
  const issues = [];
  const anchors = /* @__PURE__ */ new Map();
  const stack = [];
  let docSize = 0;
  let parsedTo = 0;
  const frame = (node, tag, anchor) => ({
    node,
    key: null,
    keyStart: 0,
    keyEnd: 0,
    keyIsMerge: false,
    keyIndex: null,
    merged: null,
    size: 1,
    tag,
    anchor,
    root: null
  });
  const attach = (node, size) => {
    const parent = stack[stack.length - 1];
    parent.size += size;
    if (parent.node === null) {
      parent.root = node;
      return;
    }
    if (parent.node.kind === "seq") {
      parent.node.items.push(node);
      if (node.end > parent.node.end) parent.node.end = node.end;
      return;
    }
    const map = parent.node;
    if (parent.key === null) {
      if (node.kind !== "scalar") {
        issues.push({ code: "COMPLEX_KEY", offset: node.start, message: "a mapping key must be a plain value", level: "error" });
        setKey(parent, "<complex key>", node.start, node.end, false);
        return;
      }
      const key2 = node.value === null ? "" : String(node.value);
      setKey(parent, key2, node.start, node.end, key2 === "<<" && !node.quoted);
      return;
    }
    const key = parent.key;
    parent.key = null;
    if (parent.keyIsMerge) {
      mergeInto(map, parent, node);
      return;
    }
    addEntry(map, parent, { key, keyStart: parent.keyStart, keyEnd: parent.keyEnd, value: node });
  };
  const setKey = (f, key, start, end, isMerge) => {
    f.key = key;
    f.keyStart = start;
    f.keyEnd = end;
    f.keyIsMerge = isMerge;
  };
  const indexOf = (map, f, key) => {
    if (f.keyIndex === null && map.entries.length >= 8) f.keyIndex = new Map(map.entries.map((e, i) => [e.key, i]));
    return f.keyIndex ? f.keyIndex.get(key) ?? -1 : map.entries.findIndex((e) => e.key === key);
  };
  const addEntry = (map, f, entry, merged = false) => {
    const i = indexOf(map, f, entry.key);
    if (i < 0) {
      f.keyIndex?.set(entry.key, map.entries.length);
      map.entries.push(entry);
      if (merged) (f.merged ??= /* @__PURE__ */ new Set()).add(entry.key);
    } else if (merged) {
      return;
    } else {
      if (!f.merged?.delete(entry.key)) {
        issues.push({
          code: "DUPLICATE_KEY",
          offset: entry.keyStart,
          message: `duplicate key "${entry.key}"`,
          level: "error"
        });
      }
      map.entries[i] = entry;
    }
    if (entry.value.end > map.end) map.end = entry.value.end;
  };
  const mergeInto = (map, f, src) => {
    const sources = src.kind === "seq" ? src.items : [src];
    for (const s of sources) {
      if (s.kind !== "map") continue;
      for (const e of s.entries) addEntry(map, f, e, true);
    }
  };
  const finish = (node, size, tag, anchor, added) => {
    let out = node;
    if (tag !== null && options.convertTag) {
      const converted = options.convertTag(tag, node);
      if (typeof converted === "string") {
        issues.push({ code: "UNKNOWN_TAG", offset: node.start, message: converted, level: "warning" });
      } else out = converted;
    }
    docSize += added;
    if (docSize > options.maxAliasExpansion) {
      throw new BuildError({
        code: "ALIAS_EXPANSION",
        offset: node.start,
        message: `aliases expand the document by more than ${options.maxAliasExpansion} nodes (limits.maxAliasExpansion); is it an alias bomb?`,
        level: "error"
      });
    }
    if (anchor !== null) anchors.set(anchor, { node: out, size });
    attach(out, size);
  };
  for (let i = 0; i < events.length; i++) {
    const ev = events[i];
    events[i] = RELEASED;
    switch (ev.type) {
      case EVENT_ID.DOCUMENT:
        anchors.clear();
        docSize = 0;
        stack.push(frame(null, null, null));
        break;
      case EVENT_ID.MAPPING:
      case EVENT_ID.SEQUENCE: {
        const start = ev.tagStart >= 0 ? Math.min(ev.tagStart, ev.start) : ev.start;
        parsedTo = Math.max(parsedTo, ev.start, ev.tagEnd, ev.anchorEnd);
        const node = ev.type === EVENT_ID.MAPPING ? { kind: "map", entries: [], start, end: ev.start + 1 } : { kind: "seq", items: [], start, end: ev.start + 1 };
        stack.push(
          frame(
            node,
            ev.tagStart >= 0 ? text.slice(ev.tagStart, ev.tagEnd) : null,
            ev.anchorStart >= 0 ? text.slice(ev.anchorStart, ev.anchorEnd) : null
          )
        );
        break;
      }
      case EVENT_ID.SCALAR: {
        const raw = getScalarValue(text, ev);
        const tag = ev.tagStart >= 0 ? text.slice(ev.tagStart, ev.tagEnd) : null;
        const quoted = ev.style !== SCALAR_STYLE.PLAIN || tag !== null;
        const start = ev.valueStart >= 0 ? ev.tagStart >= 0 ? Math.min(ev.tagStart, ev.valueStart) : ev.valueStart : ev.tagStart >= 0 ? ev.tagStart : ev.anchorStart >= 0 ? ev.anchorStart : nextNonBlank(text, parsedTo);
        parsedTo = Math.max(parsedTo, ev.valueEnd, ev.tagEnd, ev.anchorEnd);
        const value = quoted ? raw : resolvePlain(raw);
        const end = Math.max(ev.valueEnd, start);
        const top = stack[stack.length - 1];
        if (top.key === null && top.node?.kind === "map" && tag === null && ev.anchorStart < 0) {
          const key = value === null ? "" : String(value);
          top.size += 1;
          const quote = ev.style === SCALAR_STYLE.SINGLE_QUOTED || ev.style === SCALAR_STYLE.DOUBLE_QUOTED ? 1 : 0;
          setKey(top, key, start - (quote && (text[start - 1] === '"' || text[start - 1] === "'") ? 1 : 0), end, key === "<<" && !quoted);
          break;
        }
        const node = { kind: "scalar", value, quoted, start, end };
        finish(
          node,
          1,
          tag === "!" || tag === "!!str" ? null : tag,
          ev.anchorStart >= 0 ? text.slice(ev.anchorStart, ev.anchorEnd) : null,
          0
        );
        break;
      }
      case EVENT_ID.ALIAS: {
        const name = text.slice(ev.anchorStart, ev.anchorEnd);
        const target = anchors.get(name);
        parsedTo = Math.max(parsedTo, ev.anchorEnd);
        if (!target) {
          issues.push({ code: "YAML_SYNTAX", offset: ev.anchorStart, message: `unknown alias *${name}`, level: "error" });
          const node2 = { kind: "scalar", value: null, quoted: false, start: ev.anchorStart, end: ev.anchorEnd };
          attach(node2, 1);
          break;
        }
        const top = stack[stack.length - 1];
        const node = top.key === null && top.node?.kind === "map" ? { ...target.node, start: ev.anchorStart - 1, end: ev.anchorEnd } : target.node;
        finish(node, target.size, null, null, target.size);
        break;
      }
      case EVENT_ID.POP: {
        const f = stack.pop();
        if (f.node === null) {
          documents.push(f.root);
          break;
        }
        if (f.node.kind === "map") f.node.entries = exactSize(f.node.entries);
        else f.node.items = exactSize(f.node.items);
        finish(f.node, f.size, f.tag, f.anchor, 0);
        break;
      }
    }
  }
  return { documents, issues };
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
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (keyOf(sorted[mid]) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// src/own-entry.ts
function ownEntry(table, key) {
  return Object.hasOwn(table, key) ? table[key] : void 0;
}

// src/engine/finding.ts
var MAX_EDIT_CHARS = 2e4;
var NO_RELATED = Object.freeze([]);

// src/model/policy.ts
function markMaybeDeployed(doc, maybe) {
  doc.maybe = maybe;
  for (const s of doc.statements)
    if (s.effect.state !== "unknown" && s.effect.value === "Deny") {
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
  return OBJECT_LEVEL_ACTIONS.has(action.toLowerCase());
}
var ACCESS_CLASS_ACTIONS = {
  objectRead: OBJECT_READ_ACTIONS,
  list: LIST_ACTIONS,
  metadataRead: METADATA_READ_ACTIONS,
  write: WRITE_ACTIONS,
  permissions: PERMISSION_ACTIONS
};
var READ_CLASSES = ["objectRead", "list", "metadataRead"];
var WRITE_CLASSES = ["write", "permissions"];
function accessClasses(stmt) {
  const granted = [];
  const unknown = [];
  for (const cls of Object.keys(ACCESS_CLASS_ACTIONS)) {
    let any = false;
    for (const a of ACCESS_CLASS_ACTIONS[cls]) {
      const r = statementAppliesToAction(stmt, a);
      if (r === true) {
        any = true;
        break;
      }
      if (r === "unknown") any = "unknown";
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
    return parts.some((p) => typeof p === "string" && /^\*$|^arn:[^:]*:iam::\*/.test(p)) ? true : false;
  }
  if (v === "*") return true;
  return /^arn:[^:]*:iam::\*?[*?][^:]*:/.test(v);
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
  let result = false;
  for (const e of p.entries.value) {
    if (e.type === "*" || e.type === "AWS" || e.type === "Service" || e.type === "CanonicalUser") {
      const w = isWildcardPrincipalValue(e.value);
      if (w === true) return true;
      if (w === "unknown") result = "unknown";
    }
  }
  return result;
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
function isFixedValue(key, base, v) {
  if (typeof v !== "string") {
    const parts = strParts(v);
    if (parts.some((p) => typeof p === "string" && /[*?]/.test(p))) return pinsOneOwner(key, parts);
    const vars = parts.map((p) => typeof p === "string" ? variableIn(p) : void 0).find((x) => x !== void 0);
    if (vars !== void 0) return vars;
    const opaque = parts.some((p) => typeof p !== "string" && p.kind === "unknown");
    if (!opaque || !(IP_KEYS.has(key) || WILDCARD_OPERATORS.has(base))) return true;
    return pinsOneOwner(key, parts) === true || "unknown";
  }
  if (IP_KEYS.has(key)) return !/[*?]/.test(v) && !isBroadCidr(v);
  if (pinsOneOwner(key, [v]) === true) return true;
  const variable = variableIn(v);
  if (variable !== void 0) return variable;
  if (key === "aws:userid") return !/[*?]/.test(v) || /^[^*?:]+:\*$/.test(v);
  return !/[*?]/.test(v);
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
function variableIn(text) {
  let found;
  for (const inner of placeholders(text)) {
    if (/^aws:(accountId|region)$/i.test(inner)) found ??= "unknown";
    else if (/^([*?$]|(aws|s3|sts|saml|ec2|iam|cognito-identity\.amazonaws\.com|www\.amazon\.com|graph\.facebook\.com|accounts\.google\.com):)/i.test(
      inner
    ))
      return false;
    else found ??= "unknown";
  }
  return found;
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
function allFixed(key, base, values) {
  let all = true;
  for (const v of values) all = and(all, isFixedValue(key, base, v));
  return all;
}
function conditionRestrictsPrincipal(c) {
  const key = conditionKey(c);
  if (!RESTRICTING_KEYS.has(key)) return false;
  const op = parseOperator(c.operator);
  if (op.ifExists || op.set === "all") return false;
  if (!POSITIVE_OPERATORS.has(op.base)) return false;
  if (c.values.length === 0) return false;
  return allFixed(key, op.base, c.values);
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
  if (op.set !== "none" || !NEGATED_OPERATORS.has(op.base)) return false;
  if (c.values.length === 0) return false;
  return allFixed(key, op.base, c.values);
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
    iamPolicies: [],
    metricFilters: [],
    alarms: [],
    objects: [],
    logDeliveries: []
  };
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
function linkForeignPolicies(findings, unknowns, links, titleOf) {
  if (!hasLinks(links)) return { findings, linked: 0 };
  const index = new NameIndex();
  const forwards = forwardsFrom(links.forwards ?? []);
  for (const bucket of links.buckets) {
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
  policies: for (const p of links.policies) {
    if (p.via === "name" && literalLength(p.name) === 0 || !nameLike(p.name)) continue;
    const own = hasStackToken(p.name);
    const queries = own ? [
      { name: p.name, tokens: true },
      { name: stackNameAsAny(p.name), tokens: false }
    ] : [{ name: p.name, tokens: false }];
    for (const q of queries) {
      for (const n of index.candidates(q.name)) {
        if (++pairs > MAX_LINK_PAIRS) {
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

export {
  LineIndex,
  loneCarriageReturn,
  exactSize,
  getEntry,
  get,
  toPlain,
  parseYaml,
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
  resolveBucketRef,
  patternMayMatchName,
  isValidDate,
  findCommentSuppressions,
  paramsNotChecked,
  orphanSuppression,
  appendAll,
  claimFiles,
  parseJson,
  startingWith,
  anyStartingWith,
  ownEntry,
  MAX_EDIT_CHARS,
  NO_RELATED,
  markMaybeDeployed,
  statementAppliesToAction,
  PERMISSION_ACTIONS,
  CROSS_ACCOUNT_DANGEROUS_ACTIONS,
  actionTargetsObjects,
  ACCESS_CLASS_ACTIONS,
  READ_CLASSES,
  WRITE_CLASSES,
  accessClasses,
  hasWildcardAction,
  isWildcardPrincipalValue,
  principalIsEveryone,
  conditionKey,
  parseOperator,
  restrictingConditions,
  isAllow,
  isDeny,
  isPublicAllow,
  denyShutsOutPublic,
  and,
  or,
  deployedWhenever,
  DeployedWith,
  CANNED_ACLS,
  emptyModel,
  nestedParameter,
  STATE_OUTPUT_OF,
  patternOf,
  ANY_NAME,
  linkForeignPolicies,
  MAX_LINK_PAIRS,
  joinLinks
};
