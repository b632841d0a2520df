import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  terraformPlanner
} from "./chunk-DZ4ZRSU5.js";
import "./chunk-K6O2Q6VT.js";
import "./chunk-IEOEEZND.js";
import {
  HclBodyView,
  NON_ASCII,
  SourceFiles,
  blockHeader,
  bodyValue,
  bool,
  buildModel,
  decodeJson,
  decodeYaml,
  differentCollectionKinds,
  encodeJson,
  failure,
  forgetFixParses,
  formatNumber,
  goJsonString,
  isStringLike,
  knownText,
  list,
  markDerived,
  markSensitive,
  nul,
  num,
  obj,
  oneOf,
  registryS3Kind,
  rememberJsonConfig,
  rememberParse,
  renderTerraformFix,
  str,
  strFromParts,
  toBoolean,
  toNumber,
  toStr,
  typeName,
  unknown,
  valueKey,
  valuesEqual,
  withAt,
  withoutIdentity
} from "./chunk-YORJK4PS.js";
import {
  CONFIG_FILE,
  READ_CONFIG_FILE,
  VARS_FILE,
  attr,
  buildModuleConfig,
  isOverrideFile,
  moduleConfigFilesInside,
  parseHcl,
  parseJsonConfig,
  parseTemplateText,
  withoutShadowed
} from "./chunk-QOUUAGZK.js";
import {
  credentialsIn,
  isInsideAny
} from "./chunk-6LT7P3SI.js";
import {
  SensitiveTexts
} from "./chunk-SILUO6X4.js";
import {
  appendAll
} from "./chunk-Z3EKPFHN.js";
import {
  ownEntry,
  parseJson
} from "./chunk-LIWTLKFB.js";

// src/parsers/terraform/load-unit.ts
import fs from "node:fs";
import path3 from "node:path";

// src/parsers/terraform/eval/functions.ts
import { createHash } from "node:crypto";
import path from "node:path";

// src/parsers/terraform/eval/cidr.ts
function parseIPv4(s) {
  const parts = s.split(".");
  if (parts.length !== 4) return void 0;
  let v = 0n;
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p) || Number(p) > 255) return void 0;
    v = v << 8n | BigInt(p);
  }
  return v;
}
function parseIPv6(s) {
  let text = s;
  const lastColon = s.lastIndexOf(":");
  if (s.includes(".", lastColon)) {
    const v4 = parseIPv4(s.slice(lastColon + 1));
    if (v4 === void 0) return void 0;
    text = `${s.slice(0, lastColon + 1)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const halves = text.split("::");
  if (halves.length > 2) return void 0;
  const groups = (h) => h === "" ? [] : h.split(":");
  const head = groups(halves[0]);
  const rest = halves.length === 2 ? groups(halves[1]) : [];
  const given = head.length + rest.length;
  if (![...head, ...rest].every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return void 0;
  if (halves.length === 1 ? given !== 8 : given > 7) return void 0;
  const values = [...head.map((g) => BigInt(`0x${g}`)), ...Array(8 - given).fill(0n), ...rest.map((g) => BigInt(`0x${g}`))];
  return values.reduce((acc, g) => acc << 16n | g, 0n);
}
function parsePrefix(s) {
  const slash = s.indexOf("/");
  if (slash < 0) return `"${s}" is not a CIDR prefix (address/length)`;
  const addr = s.slice(0, slash);
  const lenText = s.slice(slash + 1);
  const bits = addr.includes(":") ? 128 : 32;
  const value = bits === 32 ? parseIPv4(addr) : parseIPv6(addr);
  if (value === void 0 || !/^(0|[1-9][0-9]{0,2})$/.test(lenText) || Number(lenText) > bits) {
    return `"${s}" is not a valid CIDR prefix`;
  }
  const length = Number(lenText);
  return { base: value & mask(length, bits), length, bits };
}
var mask = (length, bits) => (1n << BigInt(length)) - 1n << BigInt(bits - length);
function formatAddress(v, bits) {
  if (bits === 32) return [24n, 16n, 8n, 0n].map((s) => String(v >> s & 0xffn)).join(".");
  if (v >> 32n === 0xffffn) return formatAddress(v & 0xffffffffn, 32);
  const groups = Array.from({ length: 8 }, (_, i) => v >> BigInt(16 * (7 - i)) & 0xffffn);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0n) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0n) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j;
  }
  const hex = (gs) => gs.map((g) => g.toString(16)).join(":");
  if (best < 0) return hex(groups);
  return `${hex(groups.slice(0, best))}::${hex(groups.slice(best + bestLen))}`;
}
var formatPrefix = (p) => `${formatAddress(p.base, p.bits)}/${p.length}`;
function cidrHost(prefix, hostnum) {
  const p = parsePrefix(prefix);
  if (typeof p === "string") return { error: p };
  if (!Number.isInteger(hostnum)) return { error: "the host number must be a whole number" };
  const size = 1n << BigInt(p.bits - p.length);
  const n = hostnum < 0 ? size + BigInt(hostnum) : BigInt(hostnum);
  if (n < 0n || n >= size) return { error: `prefix of ${p.length} does not accommodate a host numbered ${hostnum}` };
  return formatAddress(p.base + n, p.bits);
}
function cidrNetmask(prefix) {
  const p = parsePrefix(prefix);
  if (typeof p === "string") return { error: p };
  if (p.bits !== 32) return { error: "an IPv6 prefix has no netmask form" };
  return formatAddress(mask(p.length, 32), 32);
}
function cidrSubnet(prefix, newbits, netnum) {
  const p = parsePrefix(prefix);
  if (typeof p === "string") return { error: p };
  const length = p.length + newbits;
  if (!Number.isInteger(newbits) || newbits < 0 || length > p.bits)
    return { error: `may not extend prefix of ${p.length} by ${newbits} bits` };
  if (!Number.isInteger(netnum) || netnum < 0 || BigInt(netnum) >= 1n << BigInt(newbits))
    return { error: `prefix extension of ${newbits} does not accommodate a subnet numbered ${netnum}` };
  return formatPrefix({ base: p.base | BigInt(netnum) << BigInt(p.bits - length), length, bits: p.bits });
}
function cidrSubnets(prefix, newbits) {
  const p = parsePrefix(prefix);
  if (typeof p === "string") return { error: p };
  const out = [];
  let current;
  for (const n of newbits) {
    const length = p.length + n;
    if (!Number.isInteger(n) || n < 1 || length > p.bits) return { error: `would extend prefix to ${length} bits, which is too long` };
    const m = mask(length, p.bits);
    let base = p.base;
    if (current) {
      const lastOfCurrent = current.base + (1n << BigInt(p.bits - current.length)) - 1n;
      base = (lastOfCurrent & m) + (1n << BigInt(p.bits - length));
    }
    const end = p.base + (1n << BigInt(p.bits - p.length));
    if (base >= end) return { error: `not enough remaining address space for a subnet with a prefix of ${length} bits` };
    current = { base, length, bits: p.bits };
    out.push(formatPrefix(current));
  }
  return out;
}

// src/parsers/terraform/eval/csv.ts
function parseCsv(text) {
  const records = [];
  let fields = [];
  let field = "";
  let line = 1;
  let recordLine = 1;
  let i = 0;
  let atFieldStart = true;
  let quoted = false;
  const endRecord = () => {
    const blank = fields.length === 0 && field === "" && !quoted;
    fields.push(field);
    if (!blank) records.push({ fields, line: recordLine });
    fields = [];
    field = "";
    quoted = false;
  };
  while (i < text.length) {
    const c = text[i];
    if (atFieldStart && c === '"') {
      quoted = true;
      i++;
      for (; ; ) {
        if (i >= text.length) return `unterminated quoted field starting on line ${line}`;
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (q === "\n") line++;
        field += q;
        i++;
      }
      const next = text[i];
      if (next !== void 0 && next !== "," && next !== "\n" && !(next === "\r" && text[i + 1] === "\n"))
        return `extraneous text after a quoted field on line ${line}`;
      atFieldStart = false;
      continue;
    }
    if (c === ",") {
      fields.push(field);
      field = "";
      atFieldStart = true;
      i++;
    } else if (c === "\n" || c === "\r" && text[i + 1] === "\n") {
      endRecord();
      i += c === "\r" ? 2 : 1;
      line++;
      recordLine = line;
      atFieldStart = true;
    } else {
      if (c === '"') return `a bare quote inside an unquoted field on line ${line}`;
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  if (!atFieldStart || field !== "" || fields.length > 0) endRecord();
  if (records.length === 0) return "the CSV has no header row";
  const [header, ...rest] = records;
  for (const r of rest) {
    if (r.fields.length !== header.fields.length)
      return `line ${r.line} has ${r.fields.length} fields where the header has ${header.fields.length}`;
  }
  return { header: header.fields, rows: rest.map((r) => r.fields) };
}

// src/parsers/terraform/eval/re2.ts
var MAX_PROGRAM = 2e4;
var MAX_REPEAT = 1e3;
var Unsupported = class extends Error {
};
var NL = 10;
var isWordChar = (c) => c >= 48 && c <= 57 || c >= 65 && c <= 90 || c >= 97 && c <= 122 || c === 95;
var inRanges = (ranges) => (c) => {
  for (const [lo, hi] of ranges) if (c >= lo && c <= hi) return true;
  return false;
};
var DIGIT = [[48, 57]];
var WORD = [
  [48, 57],
  [65, 90],
  [95, 95],
  [97, 122]
];
var SPACE = [
  [9, 10],
  [12, 13],
  [32, 32]
];
var POSIX = {
  alnum: [
    [48, 57],
    [65, 90],
    [97, 122]
  ],
  alpha: [
    [65, 90],
    [97, 122]
  ],
  ascii: [[0, 127]],
  blank: [
    [9, 9],
    [32, 32]
  ],
  cntrl: [
    [0, 31],
    [127, 127]
  ],
  digit: DIGIT,
  graph: [[33, 126]],
  lower: [[97, 122]],
  print: [[32, 126]],
  punct: [
    [33, 47],
    [58, 64],
    [91, 96],
    [123, 126]
  ],
  space: [
    [9, 13],
    [32, 32]
  ],
  upper: [[65, 90]],
  word: WORD,
  xdigit: [
    [48, 57],
    [65, 70],
    [97, 102]
  ]
};
var not = (t) => (c) => !t(c);
function unicodeClass(name) {
  if (!/^[A-Za-z_]{1,40}$/.test(name)) throw new Unsupported(`unknown Unicode class ${name}`);
  if (name === "Any") return () => true;
  let re;
  try {
    re = new RegExp(`^\\p{${name}}$`, "u");
  } catch {
    try {
      re = new RegExp(`^\\p{Script=${name}}$`, "u");
    } catch {
      throw new Unsupported(`unknown Unicode class ${name}`);
    }
  }
  return (c) => re.test(String.fromCodePoint(c));
}
function foldCase(t) {
  return (c) => {
    if (t(c)) return true;
    const s = String.fromCodePoint(c);
    const lower = s.toLowerCase();
    const upper = s.toUpperCase();
    return lower !== s && [...lower].length === 1 && t(lower.codePointAt(0)) || upper !== s && [...upper].length === 1 && t(upper.codePointAt(0));
  };
}
var Parser = class {
  constructor(cps) {
    this.cps = cps;
  }
  cps;
  i = 0;
  groups = 0;
  names = [];
  parse() {
    const node = this.alternation({ i: false, m: false, s: false, U: false });
    if (this.i < this.cps.length) throw new Unsupported("unmatched )");
    return node;
  }
  peek(k = 0) {
    return this.cps[this.i + k];
  }
  eat(c) {
    if (this.peek() === c.codePointAt(0)) {
      this.i++;
      return true;
    }
    return false;
  }
  /** Flags set by `(?i)` inside a group last to its end, so each alternation gets its own copy. */
  alternation(outer) {
    const flags = { ...outer };
    const items = [this.concatenation(flags)];
    while (this.eat("|")) items.push(this.concatenation(flags));
    return items.length === 1 ? items[0] : { t: "alt", items };
  }
  concatenation(flags) {
    const items = [];
    for (; ; ) {
      const c = this.peek();
      if (c === void 0 || c === 124 || c === 41) break;
      const atom = this.atom(flags);
      if (atom === void 0) continue;
      items.push(this.repetitions(atom, flags));
    }
    return items.length === 1 ? items[0] : items.length ? { t: "cat", items } : { t: "empty" };
  }
  repetitions(atom, flags) {
    let node = atom;
    let repeated = false;
    for (; ; ) {
      const c = this.peek();
      let min;
      let max;
      if (c === 42) [min, max] = [0, Infinity];
      else if (c === 43) [min, max] = [1, Infinity];
      else if (c === 63) [min, max] = [0, 1];
      else if (c === 123) {
        const bounds = this.braces();
        if (!bounds) return node;
        [min, max] = bounds;
      } else return node;
      if (c !== 123) this.i++;
      if (repeated) throw new Unsupported("nested repetition operator");
      repeated = true;
      let greedy = true;
      if (this.eat("?")) greedy = false;
      if (flags.U) greedy = !greedy;
      node = { t: "repeat", body: node, min, max, greedy };
    }
  }
  /** `{n}`, `{n,}`, `{n,m}` at the cursor, consumed; undefined (nothing consumed) for a literal `{`. */
  braces() {
    const text = String.fromCodePoint(...this.cps.slice(this.i, this.i + 16));
    const m = /^\{(\d+)(,(\d*))?\}/.exec(text);
    if (!m) return void 0;
    const min = Number(m[1]);
    const max = m[2] === void 0 ? min : m[3] === "" ? Infinity : Number(m[3]);
    if (min > MAX_REPEAT || max !== Infinity && (max > MAX_REPEAT || max < min)) throw new Unsupported("bad repetition count");
    this.i += [...m[0]].length;
    return [min, max];
  }
  /** One atom, or undefined for a flag setting `(?i)` that matches nothing. */
  atom(flags) {
    const c = this.cps[this.i++];
    switch (c) {
      case 40:
        return this.group(flags);
      case 91:
        return this.charClass(flags);
      case 46:
        return { t: "char", test: flags.s ? () => true : (x) => x !== NL };
      case 94:
        return { t: "assert", kind: flags.m ? 2 /* beginLine */ : 0 /* beginText */ };
      case 36:
        return { t: "assert", kind: flags.m ? 3 /* endLine */ : 1 /* endText */ };
      case 42:
      case 43:
      case 63:
        throw new Unsupported("missing argument to repetition operator");
      case 92:
        return this.escapeAtom(flags);
      default:
        return this.literal(c, flags);
    }
  }
  literal(c, flags) {
    const test = (x) => x === c;
    return { t: "char", test: flags.i ? foldCase(test) : test };
  }
  group(flags) {
    let name;
    if (this.eat("?")) {
      if (this.eat("P")) {
        if (!this.eat("<")) throw new Unsupported("bad named group");
        name = this.groupName();
      } else if (this.peek() === 60) {
        this.i++;
        name = this.groupName();
      } else {
        const set = { ...flags };
        let negate = false;
        let any = false;
        for (; ; ) {
          const c = this.cps[this.i++];
          if (c === void 0) throw new Unsupported("missing )");
          const ch = String.fromCodePoint(c);
          if (ch === "i" || ch === "m" || ch === "s" || ch === "U") {
            set[ch] = !negate;
            any = true;
          } else if (ch === "-" && !negate) {
            negate = true;
            any = false;
          } else if (ch === ")" || ch === ":") {
            if (!any && (negate || ch === ")")) throw new Unsupported("bad flags");
            if (ch === ")") {
              Object.assign(flags, set);
              return void 0;
            }
            const body2 = this.alternation(set);
            if (!this.eat(")")) throw new Unsupported("missing )");
            return body2;
          } else throw new Unsupported("bad flags");
        }
      }
    }
    const index = ++this.groups;
    this.names.push(name ?? "");
    const body = this.alternation(flags);
    if (!this.eat(")")) throw new Unsupported("missing )");
    return { t: "group", index, body };
  }
  groupName() {
    const start = this.i;
    while (this.peek() !== void 0 && this.peek() !== 62) this.i++;
    if (this.peek() === void 0) throw new Unsupported("bad named group");
    const name = String.fromCodePoint(...this.cps.slice(start, this.i));
    this.i++;
    if (!/^[A-Za-z0-9_]+$/.test(name) || this.names.includes(name)) throw new Unsupported("bad named group");
    return name;
  }
  escapeAtom(flags) {
    const c = this.peek();
    if (c === void 0) throw new Unsupported("trailing backslash");
    const ch = String.fromCodePoint(c);
    switch (ch) {
      case "A":
        this.i++;
        return { t: "assert", kind: 0 /* beginText */ };
      case "z":
        this.i++;
        return { t: "assert", kind: 1 /* endText */ };
      case "b":
        this.i++;
        return { t: "assert", kind: 4 /* wordBoundary */ };
      case "B":
        this.i++;
        return { t: "assert", kind: 5 /* notWordBoundary */ };
      case "Q": {
        this.i++;
        const items = [];
        while (this.i < this.cps.length) {
          if (this.peek() === 92 && this.peek(1) === 69) {
            this.i += 2;
            break;
          }
          items.push(this.literal(this.cps[this.i++], flags));
        }
        return items.length === 1 ? items[0] : { t: "cat", items };
      }
    }
    const test = this.escapeClass();
    return { t: "char", test: flags.i ? foldCase(test) : test };
  }
  /** An escape that stands for a character or a class of them (after the backslash). */
  escapeClass() {
    const c = this.cps[this.i++];
    if (c === void 0) throw new Unsupported("trailing backslash");
    const ch = String.fromCodePoint(c);
    switch (ch) {
      case "d":
        return inRanges(DIGIT);
      case "D":
        return not(inRanges(DIGIT));
      case "w":
        return inRanges(WORD);
      case "W":
        return not(inRanges(WORD));
      case "s":
        return inRanges(SPACE);
      case "S":
        return not(inRanges(SPACE));
      case "p":
      case "P": {
        let name;
        if (this.eat("{")) {
          const start = this.i;
          while (this.peek() !== void 0 && this.peek() !== 125) this.i++;
          if (this.peek() === void 0) throw new Unsupported("bad Unicode class");
          name = String.fromCodePoint(...this.cps.slice(start, this.i));
          this.i++;
        } else {
          const n = this.cps[this.i++];
          if (n === void 0) throw new Unsupported("bad Unicode class");
          name = String.fromCodePoint(n);
        }
        let negate = ch === "P";
        if (name.startsWith("^")) {
          negate = !negate;
          name = name.slice(1);
        }
        const t = unicodeClass(name);
        return negate ? not(t) : t;
      }
    }
    const value = this.escapedChar(c);
    return (x) => x === value;
  }
  escapedChar(c) {
    const ch = String.fromCodePoint(c);
    const simple = { a: 7, f: 12, t: 9, n: 10, r: 13, v: 11 };
    if (ch in simple) return simple[ch];
    if (ch === "x") {
      let hex;
      if (this.eat("{")) {
        const start = this.i;
        while (this.peek() !== void 0 && this.peek() !== 125) this.i++;
        hex = String.fromCodePoint(...this.cps.slice(start, this.i));
        if (!this.eat("}")) throw new Unsupported("bad \\x escape");
      } else {
        hex = String.fromCodePoint(...this.cps.slice(this.i, this.i + 2));
        this.i += 2;
      }
      if (!/^[0-9A-Fa-f]{1,8}$/.test(hex) || Number.parseInt(hex, 16) > 1114111) throw new Unsupported("bad \\x escape");
      return Number.parseInt(hex, 16);
    }
    if (c < 128 && /[!-/:-@[-`{-~]/.test(ch)) return c;
    throw new Unsupported(`escape \\${ch}`);
  }
  charClass(flags) {
    const tests = [];
    const ranges = [];
    const negate = this.eat("^");
    let first = true;
    for (; ; ) {
      const c = this.peek();
      if (c === void 0) throw new Unsupported("missing ]");
      if (c === 93 && !first) {
        this.i++;
        break;
      }
      first = false;
      if (c === 91 && this.peek(1) === 58) {
        const text = String.fromCodePoint(...this.cps.slice(this.i, this.i + 16));
        const m = /^\[:(\^?)([a-z]+):\]/.exec(text);
        if (m) {
          const known = POSIX[m[2]];
          if (!known) throw new Unsupported("bad POSIX class");
          tests.push(m[1] ? not(inRanges(known)) : inRanges(known));
          this.i += m[0].length;
          continue;
        }
      }
      let lo;
      if (c === 92) {
        this.i++;
        const e = this.peek();
        if (e !== void 0 && "dDwWsSpP".includes(String.fromCodePoint(e))) {
          tests.push(this.escapeClass());
          continue;
        }
        this.i++;
        if (e === void 0) throw new Unsupported("trailing backslash");
        lo = this.escapedChar(e);
      } else {
        this.i++;
        lo = c;
      }
      let hi = lo;
      if (this.peek() === 45 && this.peek(1) !== void 0 && this.peek(1) !== 93) {
        this.i++;
        const d = this.cps[this.i++];
        if (d === 92) {
          const e = this.cps[this.i++];
          if (e === void 0) throw new Unsupported("trailing backslash");
          hi = this.escapedChar(e);
        } else hi = d;
        if (hi < lo) throw new Unsupported("bad character class range");
      }
      ranges.push([lo, hi]);
    }
    const within = inRanges(ranges);
    const any = tests.length ? (x) => within(x) || tests.some((t) => t(x)) : within;
    const folded = flags.i ? foldCase(any) : any;
    return { t: "char", test: negate ? not(folded) : folded };
  }
};
var Compiler = class {
  prog = [];
  push(inst) {
    if (this.prog.length >= MAX_PROGRAM) throw new Unsupported("pattern too large");
    this.prog.push(inst);
    return this.prog.length - 1;
  }
  emit(n) {
    switch (n.t) {
      case "char":
        this.push({ op: 0 /* char */, test: n.test, x: 0, y: 0 });
        return;
      case "empty":
        return;
      case "assert":
        this.push({ op: 4 /* assert */, x: n.kind, y: 0 });
        return;
      case "cat":
        for (const item of n.items) this.emit(item);
        return;
      case "group":
        this.push({ op: 3 /* save */, x: 2 * n.index, y: 0 });
        this.emit(n.body);
        this.push({ op: 3 /* save */, x: 2 * n.index + 1, y: 0 });
        return;
      case "alt": {
        const jumps = [];
        n.items.forEach((item, k) => {
          if (k < n.items.length - 1) {
            const split = this.push({ op: 1 /* split */, x: 0, y: 0 });
            this.prog[split].x = this.prog.length;
            this.emit(item);
            jumps.push(this.push({ op: 2 /* jmp */, x: 0, y: 0 }));
            this.prog[split].y = this.prog.length;
          } else this.emit(item);
        });
        for (const j of jumps) this.prog[j].x = this.prog.length;
        return;
      }
      case "repeat":
        return this.repeat(n.body, n.min, n.max, n.greedy);
    }
  }
  /** A split preferring `then` (greedy) or `past` (lazy). */
  split(greedy, then, past) {
    return greedy ? { op: 1 /* split */, x: then, y: past } : { op: 1 /* split */, x: past, y: then };
  }
  repeat(body, min, max, greedy) {
    for (let k = 0; k < min; k++) this.emit(body);
    if (max === Infinity) {
      const loop = this.push({ op: 1 /* split */, x: 0, y: 0 });
      this.emit(body);
      this.push({ op: 2 /* jmp */, x: loop, y: 0 });
      this.prog[loop] = this.split(greedy, loop + 1, this.prog.length);
      return;
    }
    const splits = [];
    for (let k = min; k < max; k++) {
      splits.push(this.push({ op: 1 /* split */, x: 0, y: 0 }));
      this.emit(body);
    }
    const end = this.prog.length;
    for (const s of splits) this.prog[s] = this.split(greedy, s + 1, end);
  }
};
function compileRe2(pattern) {
  const parser = new Parser(Array.from(pattern, (c) => c.codePointAt(0)));
  const node = parser.parse();
  const compiler = new Compiler();
  compiler.emit({ t: "group", index: 0, body: node });
  compiler.prog.push({ op: 5 /* match */, x: 0, y: 0 });
  return { groups: parser.groups, names: parser.names, prog: compiler.prog };
}
var TooCostly = class extends Error {
};
function execRe2(re, text, from, steps) {
  const { prog } = re;
  const slots = 2 * (re.groups + 1);
  const n = text.length;
  const seen = new Int32Array(prog.length).fill(-1);
  let clist = [];
  let nlist = [];
  let matched = null;
  let mark = 0;
  const asserted = (kind, p) => {
    switch (kind) {
      case 0 /* beginText */:
        return p === 0;
      case 1 /* endText */:
        return p === n;
      case 2 /* beginLine */:
        return p === 0 || text[p - 1] === NL;
      case 3 /* endLine */:
        return p === n || text[p] === NL;
      case 4 /* wordBoundary */:
      case 5 /* notWordBoundary */: {
        const boundary = (p > 0 && isWordChar(text[p - 1])) !== (p < n && isWordChar(text[p]));
        return kind === 4 /* wordBoundary */ ? boundary : !boundary;
      }
    }
  };
  const add = (list2, pc0, caps0, p) => {
    const stack = [{ pc: pc0, caps: caps0 }];
    while (stack.length) {
      const { pc, caps } = stack.pop();
      if (seen[pc] === mark) continue;
      seen[pc] = mark;
      if (--steps.left < 0) throw new TooCostly();
      const inst = prog[pc];
      switch (inst.op) {
        case 2 /* jmp */:
          stack.push({ pc: inst.x, caps });
          break;
        case 1 /* split */:
          stack.push({ pc: inst.y, caps }, { pc: inst.x, caps });
          break;
        case 3 /* save */: {
          const copy = caps.slice();
          copy[inst.x] = p;
          stack.push({ pc: pc + 1, caps: copy });
          break;
        }
        case 4 /* assert */:
          if (asserted(inst.x, p)) stack.push({ pc: pc + 1, caps });
          break;
        default:
          list2.push({ pc, caps });
      }
    }
  };
  for (let p = from; ; p++) {
    if (matched === null) add(clist, 0, new Int32Array(slots).fill(-1), p);
    if (clist.length === 0 && (matched !== null || p >= n)) break;
    mark++;
    const c = p < n ? text[p] : -1;
    for (const t of clist) {
      const inst = prog[t.pc];
      if (inst.op === 5 /* match */) {
        matched = t.caps;
        break;
      }
      if (--steps.left < 0) throw new TooCostly();
      if (c >= 0 && inst.test(c)) add(nlist, t.pc + 1, t.caps, p + 1);
    }
    if (p >= n) break;
    [clist, nlist] = [nlist, []];
  }
  return matched;
}
function execAllRe2(re, text, steps) {
  const out = [];
  let prevEnd = -1;
  for (let pos = 0; pos <= text.length; ) {
    const m = execRe2(re, text, pos, steps);
    if (!m) break;
    let accept = true;
    if (m[1] === pos) {
      if (m[0] === prevEnd) accept = false;
      pos++;
    } else pos = m[1];
    prevEnd = m[1];
    if (accept) out.push(m);
  }
  return out;
}
function replaceAllRe2(re, input, template, steps) {
  const chars2 = Array.from(input);
  const text = chars2.map((c) => c.codePointAt(0));
  const slice = (a, b) => chars2.slice(a, b).join("");
  let out = "";
  let lastEnd = 0;
  for (let pos = 0; pos <= text.length; ) {
    const m = execRe2(re, text, pos, steps);
    if (!m) break;
    out += slice(lastEnd, m[0]);
    if (m[1] > lastEnd || m[0] === 0) out += expand(re, template, m, slice);
    lastEnd = m[1];
    pos = pos + 1 > m[1] ? pos + 1 : m[1];
  }
  return out + slice(lastEnd, text.length);
}
var NAME_CHAR = /[\p{L}\p{Nd}_]/u;
function expand(re, template, m, slice) {
  let out = "";
  let rest = template;
  for (; ; ) {
    const at = rest.indexOf("$");
    if (at < 0) break;
    out += rest.slice(0, at);
    rest = rest.slice(at + 1);
    if (rest.startsWith("$")) {
      out += "$";
      rest = rest.slice(1);
      continue;
    }
    const ref = reference(rest);
    if (!ref) {
      out += "$";
      continue;
    }
    rest = ref.rest;
    const group = /^(0|[1-9]\d{0,7})$/.test(ref.name) ? Number(ref.name) : re.names.indexOf(ref.name) + 1;
    if (group > 0 || ref.name === "0") {
      const [a, b] = [m[2 * group], m[2 * group + 1]];
      if (a !== void 0 && b !== void 0 && a >= 0) out += slice(a, b);
    }
  }
  return out + rest;
}
function reference(s) {
  const brace = s.startsWith("{");
  const chars2 = Array.from(brace ? s.slice(1) : s);
  let k = 0;
  while (k < chars2.length && NAME_CHAR.test(chars2[k])) k++;
  if (k === 0) return void 0;
  const name = chars2.slice(0, k).join("");
  if (brace) {
    if (chars2[k] !== "}") return void 0;
    k++;
  }
  return { name, rest: chars2.slice(k).join("") };
}

// src/parsers/terraform/eval/go-number-format.ts
var INTEGER_VERBS = /* @__PURE__ */ new Set(["b", "d", "o", "x", "X"]);
var FLOAT_VERBS = /* @__PURE__ */ new Set(["e", "E", "f", "g", "G"]);
var isNumberVerb = (verb) => INTEGER_VERBS.has(verb) || FLOAT_VERBS.has(verb);
var isIntegerVerb = (verb) => INTEGER_VERBS.has(verb);
function formatGoNumber(n, spec) {
  return INTEGER_VERBS.has(spec.verb) ? formatInteger(n, spec) : formatFloat(n, spec);
}
function shortestG(n) {
  return formatFloat(n, { verb: "g", flags: "", width: void 0, precision: void 0 });
}
function formatInteger(n, { verb, flags, width, precision }) {
  const abs = Math.abs(n);
  const base = verb === "b" ? 2 : verb === "o" ? 8 : verb === "d" ? 10 : 16;
  let digits = Number.isSafeInteger(abs) ? abs.toString(base) : base === 10 ? formatNumber(abs) : BigInt(abs).toString(base);
  if (verb === "X") digits = digits.toUpperCase();
  const sign = n < 0 ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  const prefix = flags.includes("#") ? { b: "0b", o: "0", x: "0x", X: "0X" }[verb] ?? "" : "";
  let zeros = 0;
  if (precision !== void 0) {
    if (digits.length < precision) zeros = precision - digits.length;
    else if (digits === "0" && precision === 0) return "";
  }
  let left = 0;
  let right = 0;
  const length = sign.length + prefix.length + zeros + digits.length;
  if (width !== void 0 && length < width) {
    const d = width - length;
    if (flags.includes("-")) right = d;
    else if (flags.includes("0") && precision === void 0) zeros += d;
    else left = d;
  }
  return " ".repeat(left) + sign + prefix + "0".repeat(zeros) + digits + " ".repeat(right);
}
function formatFloat(n, { verb, flags, width, precision }) {
  let body;
  let sign;
  if (!Number.isFinite(n)) {
    body = "Inf";
    sign = n < 0 ? "-" : flags.includes(" ") ? " " : "+";
  } else {
    body = floatBody(Math.abs(n), verb, precision);
    sign = n < 0 ? "-" : flags.includes("+") ? "+" : flags.includes(" ") ? " " : "";
  }
  const padding = width !== void 0 && width > sign.length + body.length ? width - sign.length - body.length : 0;
  if (flags.includes("-")) return sign + body + " ".repeat(padding);
  if (flags.includes("0") && Number.isFinite(n)) return sign + "0".repeat(padding) + body;
  return " ".repeat(padding) + sign + body;
}
function floatBody(x, verb, precision) {
  const upper = verb === "E" || verb === "G";
  const v = verb.toLowerCase();
  let prec = precision ?? (v === "g" ? -1 : 6);
  let d;
  const shortest = prec < 0;
  if (shortest) {
    d = shortestDecimal(x);
    prec = d.mant.length;
  } else {
    d = exactDecimal(x);
    if (v === "e") round(d, 1 + prec);
    else if (v === "f") round(d, d.exp + prec);
    else {
      if (prec === 0) prec = 1;
      round(d, prec);
    }
  }
  let text;
  if (v === "e") text = fmtE(prec, d);
  else if (v === "f") text = fmtF(prec, d);
  else {
    let eprec = prec;
    if (eprec > d.mant.length && d.mant.length >= d.exp) eprec = d.mant.length;
    if (shortest) eprec = 6;
    const exp = d.exp - 1;
    if (exp < -4 || exp >= eprec) text = fmtE(Math.min(prec, d.mant.length) - 1, d);
    else text = fmtF(Math.max((prec > d.exp ? d.mant.length : prec) - d.exp, 0), d);
  }
  return upper ? text.toUpperCase() : text;
}
function fmtE(prec, d) {
  let out = d.mant[0] ?? "0";
  if (prec > 0) out += "." + d.mant.slice(1, prec + 1).padEnd(prec, "0");
  const exp = d.mant.length ? d.exp - 1 : 0;
  const abs = Math.abs(exp);
  return `${out}e${exp < 0 ? "-" : "+"}${abs < 10 ? "0" : ""}${abs}`;
}
function fmtF(prec, d) {
  let out = d.exp > 0 ? d.mant.slice(0, d.exp).padEnd(d.exp, "0") : "0";
  if (prec > 0) {
    out += ".";
    for (let i = 1; i <= prec; i++) out += d.mant[d.exp - 1 + i] ?? "0";
  }
  return out;
}
function shortestDecimal(x) {
  if (x === 0) return { mant: "", exp: 0 };
  const [m, e] = x.toExponential().split("e");
  return trimmed({ mant: m.replace(".", ""), exp: Number(e) + 1 });
}
function exactDecimal(x) {
  if (x === 0) return { mant: "", exp: 0 };
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number(bits >> 52n & 0x7ffn);
  const fraction = bits & (1n << 52n) - 1n;
  const mantissa = biased === 0 ? fraction : fraction | 1n << 52n;
  const twos = (biased === 0 ? 1 : biased) - 1075;
  if (twos >= 0) {
    const digits2 = (mantissa << BigInt(twos)).toString();
    return trimmed({ mant: digits2, exp: digits2.length });
  }
  const digits = (mantissa * 5n ** BigInt(-twos)).toString();
  return trimmed({ mant: digits, exp: digits.length + twos });
}
function trimmed(d) {
  let end = d.mant.length;
  while (end > 0 && d.mant[end - 1] === "0") end--;
  d.mant = d.mant.slice(0, end);
  if (!d.mant) d.exp = 0;
  return d;
}
function round(d, n) {
  if (n < 0 || n >= d.mant.length) return;
  const digit = d.mant[n];
  const up = digit === "5" && n + 1 === d.mant.length ? n > 0 && (d.mant.charCodeAt(n - 1) - 48) % 2 === 1 : digit >= "5";
  if (!up) {
    d.mant = d.mant.slice(0, n);
    trimmed(d);
    return;
  }
  let i = n - 1;
  while (i >= 0 && d.mant[i] === "9") i--;
  if (i < 0) {
    d.mant = "1";
    d.exp++;
    return;
  }
  d.mant = d.mant.slice(0, i) + String.fromCharCode(d.mant.charCodeAt(i) + 1);
}

// src/parsers/terraform/eval/functions.ts
var elementOf = strict((args, at) => {
  const l = needList(args[0], "element", at);
  if (isU(l)) return l;
  const i = needNumber(args[1], "element", at);
  if (isU(i)) return i;
  if (!l.length) return failure("element() of an empty list", at);
  if (i < 0 || !Number.isInteger(i)) return failure(`element() needs a whole index of 0 or more, found ${i}`, at);
  return l[i % l.length];
});
function utf8Text(bytes) {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return void 0;
  }
}
function unknownArg(args, at) {
  for (const a of args) {
    if (a.k === "unknown") return a.error ? a : unknown(a.why, at, a.key);
  }
  return void 0;
}
function strict(f) {
  return (args, at, host) => {
    const whole = args.map((a) => a.k === "ref" ? a.target.whole(at) : a);
    return unknownArg(whole, at) ?? f(whole, at, host);
  };
}
function arity(name, args, min, max, at) {
  if (args.length < min || args.length > max) {
    const want = min === max ? `${min}` : max === Infinity ? `at least ${min}` : `${min} to ${max}`;
    return failure(`${name}() takes ${want} argument${min === 1 && max === 1 ? "" : "s"}, got ${args.length}`, at);
  }
  return void 0;
}
function needString(v, name, at) {
  const s = toStr(v);
  if (s && s.k === "string") return s;
  if (s && s.k === "sym") return unknown(`${name}() of a value only known at apply time`, at);
  if (s && s.k === "unknown") return s;
  return failure(`${name}() needs a string, found ${typeName(v)}`, at);
}
function needList(v, name, at) {
  if (v.k === "list") return v.items;
  if (v.k === "unknown") return v;
  return failure(`${name}() needs a list, found ${typeName(v)}`, at);
}
function needNumber(v, name, at) {
  const n = toNumber(v);
  if (n !== void 0) return n;
  if (v.k === "unknown") return v;
  return failure(`${name}() needs a number, found ${typeName(v)}`, at);
}
var isU = (x) => typeof x === "object" && x !== null && x.k === "unknown";
var maxStringLength = (host) => host.limits.maxCollectionSize * 64;
function textLength(v) {
  if (v.k === "string") return v.v.length;
  if (v.k === "sym") return v.parts.reduce((n, p) => n + (typeof p === "string" ? p.length : 0), 0);
  return 0;
}
var notKnownElement = (v) => v.k === "unknown" || v.k === "sym" || v.k === "ref";
function unknownElement(name, v, at) {
  if (v.k === "unknown") return v.error ? v : unknown(v.why, at, v.key);
  return unknown(`${name}() meets an element not known statically`, at);
}
function checkSize(n, at, host) {
  if (n <= host.limits.maxCollectionSize) {
    if (host.charge(n, at)) return void 0;
    return unknown("evaluation budget exhausted", at);
  }
  host.problem(
    "EVAL_LIMIT",
    at,
    `A function here would build more than ${host.limits.maxCollectionSize} elements; treated as unknown`,
    "warning"
  );
  return unknown(`the result would have more than ${host.limits.maxCollectionSize} elements`, at);
}
function concatStr(items, sep, at) {
  const parts = [];
  items.forEach((s, i) => {
    if (i && sep) parts.push(sep);
    if (s.k === "string") parts.push(s.v);
    else appendAll(parts, s.parts);
  });
  return strFromParts(parts, at);
}
function stringFn(name, f, min = 1, max = min) {
  return strict((args, at, host) => {
    const a = arity(name, args, min, max, at);
    if (a) return a;
    const s = needString(args[0], name, at);
    if (s.k === "unknown") return s;
    return f(s.v, args, at, host);
  });
}
var compiledPatterns = /* @__PURE__ */ new Map();
function compiledPattern(pattern, name, at) {
  let re = compiledPatterns.get(pattern);
  if (re === void 0) {
    try {
      re = compileRe2(pattern);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      re = e.message;
    }
    if (compiledPatterns.size >= 512) compiledPatterns.clear();
    compiledPatterns.set(pattern, re);
  }
  return typeof re === "string" ? unknown(`${name}() with this regular expression is not evaluated (${re})`, at) : re;
}
function withRegexSteps(name, at, host, search) {
  const max = host.limits.maxCollectionSize * 10;
  const steps = { left: max };
  let out;
  try {
    out = search(steps);
  } catch (e) {
    if (!(e instanceof TooCostly)) throw e;
    out = unknown(`${name}(): the regular expression search took too many steps`, at);
  }
  if (!host.charge(Math.ceil((max - Math.max(0, steps.left)) / 16), at)) return unknown("evaluation budget exhausted", at);
  return out;
}
function matchValue(re, chars2, m, at) {
  const group = (g) => m[2 * g] < 0 ? nul(at) : str(chars2.slice(m[2 * g], m[2 * g + 1]).join(""), at);
  if (re.groups === 0) return group(0);
  if (re.names.every((n) => n === ""))
    return list(
      re.names.map((_, k) => group(k + 1)),
      at
    );
  return obj(new Map(re.names.map((n, k) => [n, group(k + 1)])), at);
}
function regexFn(name) {
  return strict((args, at, host) => {
    const a = arity(name, args, 2, 2, at);
    if (a) return a;
    const pattern = needString(args[0], name, at);
    if (pattern.k === "unknown") return pattern;
    const s = needString(args[1], name, at);
    if (s.k === "unknown") return s;
    const re = compiledPattern(pattern.v, name, at);
    if (isU(re)) return re;
    if (re.names.some((n) => n !== "") && re.names.some((n) => n === ""))
      return unknown(`${name}() with named and unnamed groups mixed is not evaluated`, at);
    const chars2 = Array.from(s.v);
    const text = chars2.map((c) => c.codePointAt(0));
    return withRegexSteps(name, at, host, (steps) => {
      if (name === "regexall")
        return list(
          execAllRe2(re, text, steps).map((m2) => matchValue(re, chars2, m2, at)),
          at
        );
      const m = execRe2(re, text, 0, steps);
      return m ? matchValue(re, chars2, m, at) : failure("regex(): the pattern did not match any part of the given string", at);
    });
  });
}
function decodeFn(name, decode) {
  return (args, at, host) => {
    const a = arity(name, args, 1, 1, at);
    if (a) return a;
    const v = args[0];
    if (v.k === "unknown") return v.error ? v : unknown(v.why, at, v.key);
    if (!isStringLike(v)) return failure(`${name}() needs a string, found ${typeName(v)}`, at);
    return decode(v, at, host);
  };
}
function mathFn(name, f, count = 1) {
  return strict((args, at) => {
    const a = arity(name, args, count, count, at);
    if (a) return a;
    const ns = [];
    for (const x of args) {
      const n = needNumber(x, name, at);
      if (isU(n)) return n;
      ns.push(n);
    }
    return num(f(...ns), at);
  });
}
function extreme(name, args, pick, at) {
  if (!args.length) return failure(`${name}() needs arguments`, at);
  let m;
  for (const a of args) {
    const n = needNumber(a, name, at);
    if (isU(n)) return n;
    m = m === void 0 ? n : pick(m, n);
  }
  return num(m, at);
}
var cutAt = (prec) => prec && Number(prec) > 0 ? Number(prec) : void 0;
function firstCharacters(s, n) {
  if (n === void 0 || s.length <= n) return s;
  let end = 0;
  let kept = 0;
  for (const g of graphemes.segment(s)) {
    if (kept++ === n) break;
    end = g.index + g.segment.length;
  }
  return s.slice(0, end);
}
function format(spec, args, at, maxLength) {
  const parts = [];
  let ai = 0;
  let used = 0;
  let lit = "";
  for (let i = 0; i < spec.length; i++) {
    const c = spec[i];
    if (c !== "%") {
      lit += c;
      continue;
    }
    let j = i + 1;
    let flags = "";
    while (j < spec.length && /[-+# 0]/.test(spec[j])) flags += spec[j++];
    if (spec[j] === "[") {
      const close = spec.indexOf("]", j);
      const index = close > j + 1 ? spec.slice(j + 1, close) : "";
      if (!/^\d+$/.test(index) || Number(index) < 1) return failure(`format(): invalid argument index in "${spec}"`, at);
      ai = Number(index) - 1;
      j = close + 1;
    }
    let width = "";
    while (j < spec.length && /\d/.test(spec[j])) width += spec[j++];
    let prec;
    if (spec[j] === ".") {
      prec = "";
      j++;
      while (j < spec.length && /\d/.test(spec[j])) prec += spec[j++];
    }
    const verb = spec[j];
    i = j;
    if (verb === "%") {
      lit += "%";
      continue;
    }
    const numeric = verb !== void 0 && isNumberVerb(verb);
    if (verb !== "t" && Number(width || 0) > maxLength || numeric && Number(prec || 0) > maxLength) throw new RangeError("format width");
    const arg = args[ai++];
    if (!arg) return failure(`format(): not enough arguments for "${spec}"`, at);
    used = Math.max(used, ai);
    let whole = false;
    let piece;
    if (arg.k === "unknown") {
      if (arg.error) return arg;
      piece = [{ kind: "unknown", why: arg.why }];
    } else if (arg.k === "sym" && (verb === "s" || verb === "v" && !flags.includes("#"))) {
      piece = verb === "s" && cutAt(prec) ? [{ kind: "unknown", why: `format() cuts a value not known statically to ${prec} characters` }] : arg.parts;
    } else if (arg.k === "sym" && verb !== void 0 && (isNumberVerb(verb) || verb === "t")) {
      piece = [{ kind: "unknown", why: `format() writes with %${verb} a value not known statically` }];
    } else if (verb !== void 0 && isNumberVerb(verb)) {
      const n = toNumber(arg);
      if (n === void 0) return failure(`format(): %${verb} needs a number, found ${typeName(arg)}`, at);
      if (isIntegerVerb(verb) && !Number.isInteger(n)) return failure(`format(): %${verb} needs a whole number`, at);
      piece = formatGoNumber(n, {
        verb,
        flags,
        width: width ? Number(width) : void 0,
        precision: prec === void 0 ? void 0 : Number(prec || 0)
      });
      whole = true;
    } else {
      switch (verb) {
        case "s":
        case "v": {
          if (verb === "v" && arg.k === "number" && !flags.includes("#")) {
            piece = shortestG(arg.v);
            break;
          }
          const s = toStr(arg);
          if (!s || s.k !== "string" || verb === "v" && flags.includes("#")) {
            if (verb === "v") {
              const e = encodeJson(arg, at, { left: 1e5 }, maxLength);
              piece = e.k === "string" ? e.v : e.parts;
              break;
            }
            return failure(`format(): %s needs a string, found ${typeName(arg)}`, at);
          }
          piece = verb === "s" ? firstCharacters(s.v, cutAt(prec)) : s.v;
          break;
        }
        case "q": {
          const s = toStr(arg);
          if (!s || s.k !== "string") return failure("format(): %q needs a string", at);
          piece = goJsonString(firstCharacters(s.v, cutAt(prec)));
          break;
        }
        case "t": {
          const b = toBoolean(arg);
          if (b === void 0) return failure("format(): %t needs a bool", at);
          piece = String(b);
          whole = true;
          break;
        }
        default:
          return failure(`format(): unsupported verb %${verb ?? ""}`, at);
      }
    }
    if (typeof piece === "string" && width && !whole) {
      const pad = Number(width) - characters(piece);
      if (pad > 0) {
        const fill = (flags.includes("0") ? "0" : " ").repeat(pad);
        piece = flags.includes("-") ? piece + fill : fill + piece;
      }
    }
    if (lit) parts.push(lit);
    lit = "";
    if (typeof piece === "string") parts.push(piece);
    else appendAll(parts, piece);
  }
  if (lit) parts.push(lit);
  if (used < args.length)
    return failure(
      used === 0 ? "format(): too many arguments; no verbs in format string" : `format(): too many arguments; only ${used} used by format string`,
      at
    );
  return strFromParts(parts, at);
}
function flatten(items, out, depth, max) {
  for (const i of items) {
    if (i.k === "list" && depth < 100) {
      const u = flatten(i.items, out, depth + 1, max);
      if (u !== void 0) return u;
    } else if (i.k === "unknown") return i;
    else if (out.length >= max) return false;
    else out.push(i);
  }
  return void 0;
}
function walkBudget(host) {
  return { left: host.limits.maxCollectionSize * 10 };
}
function chargeWalk(budget, at, host) {
  const max = host.limits.maxCollectionSize * 10;
  if (!host.charge(max - Math.max(0, budget.left), at)) return unknown("evaluation budget exhausted", at);
  if (budget.left >= 0) return void 0;
  host.problem("EVAL_LIMIT", at, `A function here would compare more than ${max} elements; treated as unknown`, "warning");
  return unknown(`comparing the values would walk more than ${max} elements`, at);
}
function keysOf(items, budget) {
  const keys = [];
  for (const i of items) {
    const k = valueKey(i, budget);
    if (k === void 0) return void 0;
    keys.push(k);
  }
  return keys;
}
function distinctPairwise(items, at, budget) {
  const out = [];
  for (const i of items) {
    let dup = false;
    for (const o of out) {
      const e = valuesEqual(i, o, budget);
      if (e === void 0) return unknown("the elements cannot be compared statically", at);
      if (e) {
        dup = true;
        break;
      }
    }
    if (!dup) out.push(i);
  }
  return out;
}
function matchPairwise(values, keys, search, at, budget) {
  const out = [];
  for (let i = 0; i < keys.length; i++) {
    let hit = false;
    for (const s of search) {
      const eq = valuesEqual(keys[i], s, budget);
      if (eq === void 0) return unknown("a key of matchkeys() is not known statically", at);
      if (eq) {
        hit = true;
        break;
      }
    }
    if (hit) out.push(values[i]);
  }
  return out;
}
function filterBySets(a, others, keep, at, host) {
  const budget = walkBudget(host);
  const aKeys = keysOf(a, budget);
  const sets = [];
  for (const l of aKeys ? others : []) {
    const keys = keysOf(l, budget);
    if (!keys) break;
    sets.push(new Set(keys));
  }
  let out;
  if (aKeys && sets.length === others.length) out = a.filter((_, i) => sets.every((set) => set.has(aKeys[i]) === keep));
  else if (a.length * others.reduce((n, l) => n + l.length, 0) > 4e6) out = unknown("too many mixed elements to compare", at);
  else out = filterPairwise(a, others, keep, at, budget);
  return chargeWalk(budget, at, host) ?? out;
}
function filterPairwise(a, others, keep, at, budget) {
  const out = [];
  for (const x of a) {
    let kept = true;
    for (const l of others) {
      let inList = false;
      for (const y of l) {
        const e = valuesEqual(x, y, budget);
        if (e === true) {
          inList = true;
          break;
        }
        if (e === void 0) inList = void 0;
      }
      if (inList === void 0) return unknown("the elements cannot be compared statically", at);
      if (inList !== keep) {
        kept = false;
        break;
      }
    }
    if (kept) out.push(x);
  }
  return out;
}
function distinctFast(items, at, host) {
  const budget = walkBudget(host);
  const keys = keysOf(items, budget);
  let out;
  if (keys) {
    const seen = /* @__PURE__ */ new Set();
    out = items.filter((_, n) => !seen.has(keys[n]) && !!seen.add(keys[n]));
  } else if (items.length > 2e3) out = unknown("too many mixed elements to compare", at);
  else out = distinctPairwise(items, at, budget);
  return chargeWalk(budget, at, host) ?? out;
}
function resolvePath(p, host) {
  return path.isAbsolute(p) ? p : path.resolve(host.rootDir, p);
}
function readFileValue(p, at, host) {
  const r = host.loadFile(resolvePath(p, host), at);
  if (typeof r === "string") return unknown(r, at);
  return r;
}
var digest = (algorithm, data, encoding) => createHash(algorithm).update(data).digest(encoding);
function fileFn(name, f) {
  return strict((args, at, host) => {
    const a = arity(name, args, 1, 1, at);
    if (a) return a;
    const p = needString(args[0], name, at);
    if (p.k === "unknown") return p;
    const r = readFileValue(p.v, at, host);
    if (isU(r)) return r;
    if (r.text.includes("\uFFFD")) return unknown(`${name}() of a file that is not UTF-8 text is not evaluated statically`, at);
    return f(Buffer.from(r.text, "utf8"), at);
  });
}
var TEXT_ENCODINGS = { "UTF-8": "utf8", UTF8: "utf8", "UTF-16LE": "utf16le" };
function textCodecFn(name, direction, convert) {
  return strict((args, at) => {
    const a = arity(name, args, 2, 2, at);
    if (a) return a;
    const s = needString(args[0], name, at);
    if (s.k === "unknown") return s;
    const e = needString(args[1], name, at);
    if (e.k === "unknown") return e;
    const encoding = ownEntry(TEXT_ENCODINGS, e.v.toUpperCase());
    if (!encoding) return unknown(`${name}() ${direction} ${e.v} is not evaluated statically`, at);
    return convert(s.v, encoding, at);
  });
}
var UUID_NAMESPACES = {
  dns: "6ba7b810-9dad-11d1-80b4-00c04fd430c8",
  url: "6ba7b811-9dad-11d1-80b4-00c04fd430c8",
  oid: "6ba7b812-9dad-11d1-80b4-00c04fd430c8",
  x500: "6ba7b814-9dad-11d1-80b4-00c04fd430c8"
};
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function uuidV5(namespace, name) {
  const h = createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  h[6] = h[6] & 15 | 80;
  h[8] = h[8] & 63 | 128;
  const x = h.subarray(0, 16).toString("hex");
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
}
var cidrResult = (name, r, at) => typeof r === "string" ? str(r, at) : Array.isArray(r) ? list(
  r.map((x) => str(x, at)),
  at
) : failure(`${name}(): ${r.error}`, at);
function setOrder(items) {
  if (items.every((i) => i.k === "string")) return [...items].sort((a, b) => a.v < b.v ? -1 : a.v > b.v ? 1 : 0);
  if (items.every((i) => i.k === "number")) return [...items].sort((a, b) => a.v - b.v);
  return [...items];
}
var FUNCTIONS = {
  // ----- encoding
  jsonencode: (args, at, host) => {
    const a = arity("jsonencode", args, 1, 1, at);
    if (a) return a;
    const v = args[0];
    if (v.k === "unknown") return v.error ? v : unknown(v.why, at, v.key);
    const budget = { left: host.limits.maxCollectionSize * 10 };
    const encoded = encodeJson(v, at, budget, maxStringLength(host));
    const walked = host.limits.maxCollectionSize * 10 - Math.max(0, budget.left);
    if (!host.charge(Math.max(0, walked - topLevelWeight(v)), at)) return unknown("evaluation budget exhausted", at);
    return encoded;
  },
  jsondecode: decodeFn("jsondecode", (v, at, host) => v.json ?? decodeJson(v, host.files, host.limits.maxDepth, at)),
  yamldecode: decodeFn("yamldecode", (v, at, host) => decodeYaml(v, host.files, host.limits, at)),
  yamlencode: (_args, at) => unknown("yamlencode() is not evaluated statically", at),
  base64encode: stringFn("base64encode", (s, _a, at) => str(Buffer.from(s, "utf8").toString("base64"), at)),
  // Go decodes strictly (padding, no other alphabet; line breaks skipped) and Terraform wants UTF-8
  // out: Node's lenient decoder made something of any text.
  base64decode: stringFn("base64decode", (s, _a, at) => {
    const text = s.replace(/[\r\n]/g, "");
    if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text))
      return failure("base64decode(): the string is not valid base64", at);
    const decoded = utf8Text(Buffer.from(text, "base64"));
    return decoded === void 0 ? failure("base64decode(): the result is not valid UTF-8", at) : str(decoded, at);
  }),
  urlencode: stringFn("urlencode", (s, _a, at) => str(queryEscape(s), at)),
  md5: stringFn("md5", (s, _a, at) => str(createHash("md5").update(s).digest("hex"), at)),
  sha1: stringFn("sha1", (s, _a, at) => str(createHash("sha1").update(s).digest("hex"), at)),
  sha256: stringFn("sha256", (s, _a, at) => str(createHash("sha256").update(s).digest("hex"), at)),
  sha512: stringFn("sha512", (s, _a, at) => str(createHash("sha512").update(s).digest("hex"), at)),
  base64sha256: stringFn("base64sha256", (s, _a, at) => str(digest("sha256", s, "base64"), at)),
  base64sha512: stringFn("base64sha512", (s, _a, at) => str(digest("sha512", s, "base64"), at)),
  base64gzip: (_args, at) => unknown("base64gzip() depends on the compressor Terraform uses; not evaluated statically", at),
  textencodebase64: textCodecFn("textencodebase64", "to", (s, encoding, at) => str(Buffer.from(s, encoding).toString("base64"), at)),
  textdecodebase64: textCodecFn(
    "textdecodebase64",
    "from",
    (s, encoding, at) => /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(s) ? str(Buffer.from(s, "base64").toString(encoding), at) : failure("textdecodebase64() needs valid base64", at)
  ),
  uuidv5: strict((args, at) => {
    const a = arity("uuidv5", args, 2, 2, at);
    if (a) return a;
    const ns = needString(args[0], "uuidv5", at);
    if (ns.k === "unknown") return ns;
    const name = needString(args[1], "uuidv5", at);
    if (name.k === "unknown") return name;
    const namespace = ownEntry(UUID_NAMESPACES, ns.v) ?? (UUID.test(ns.v) ? ns.v : void 0);
    if (!namespace) return failure(`uuidv5() needs a namespace of dns, url, oid, x500 or a UUID, got "${ns.v}"`, at);
    return str(uuidV5(namespace, name.v), at);
  }),
  csvdecode: strict((args, at, host) => {
    const a = arity("csvdecode", args, 1, 1, at);
    if (a) return a;
    const s = needString(args[0], "csvdecode", at);
    if (s.k === "unknown") return s;
    const csv = parseCsv(s.v);
    if (typeof csv === "string") return failure(`csvdecode(): ${csv}`, at);
    const big = checkSize(csv.rows.length * Math.max(1, csv.header.length), at, host);
    if (big) return big;
    return list(
      csv.rows.map((row) => obj(new Map(csv.header.map((h, i) => [h, str(row[i], at)])), at)),
      at
    );
  }),
  // ----- strings
  format: (args, at, host) => {
    if (args.length < 1) return failure("format() needs a format string", at);
    const spec = needString(args[0], "format", at);
    if (spec.k === "unknown") return spec;
    return format(
      spec.v,
      args.slice(1).map((a) => a.k === "ref" ? a.target.whole(at) : a),
      at,
      maxStringLength(host)
    );
  },
  formatlist: strict((args, at, host) => {
    if (args.length < 1) return failure("formatlist() needs a format string", at);
    const spec = needString(args[0], "formatlist", at);
    if (spec.k === "unknown") return spec;
    const rest = args.slice(1);
    const max = maxStringLength(host);
    let n = -1;
    for (const r of rest) {
      if (r.k !== "list") continue;
      if (n !== -1 && r.items.length !== n) return failure(`formatlist(): a list of ${r.items.length} elements beside one of ${n}`, at);
      n = r.items.length;
    }
    if (n === -1) {
      const one = format(spec.v, rest, at, max);
      return one.k === "unknown" && one.error ? one : list([one], at);
    }
    const out = [];
    let total = 0;
    for (let i = 0; i < n; i++) {
      const v = format(
        spec.v,
        rest.map((r) => r.k === "list" ? r.items[i] : r),
        at,
        max - total
      );
      if (v.k === "unknown" && v.error) return v;
      total += textLength(v);
      if (total > max) throw new RangeError("formatlist");
      out.push(v);
    }
    return list(out, at);
  }),
  join: (args, at) => {
    const a = arity("join", args, 2, Infinity, at);
    if (a) return a;
    const sep = needString(args[0], "join", at);
    if (sep.k === "unknown") return sep;
    const items = [];
    for (const l of args.slice(1)) {
      if (l.k === "unknown") return l.error ? l : unknown(l.why, at, l.key);
      if (l.k !== "list") return failure("join() needs lists of strings", at);
      for (const i of l.items) {
        const s = toStr(i);
        if (!s || s.k === "null") return failure("join() needs strings", at);
        if (s.k === "unknown") return s.error ? s : unknown(s.why, at, s.key);
        items.push(s);
      }
    }
    return concatStr(items, sep.v, at);
  },
  split: stringFn(
    "split",
    (sep, args, at) => {
      const s = needString(args[1], "split", at);
      if (s.k === "unknown") return s;
      return list(
        s.v.split(sep).map((x) => str(x, at)),
        at
      );
    },
    2
  ),
  lower: stringFn("lower", (s, _a, at) => str(NON_ASCII.test(s) ? perCodePoint(s, (c) => c.toLowerCase()) : s.toLowerCase(), at)),
  upper: stringFn("upper", (s, _a, at) => str(NON_ASCII.test(s) ? perCodePoint(s, (c) => c.toUpperCase()) : s.toUpperCase(), at)),
  title: stringFn("title", (s, _a, at) => str(title(s), at)),
  trimspace: stringFn("trimspace", (s, _a, at) => str(s.trim(), at)),
  // A loop, not `/(\r?\n)+$/`: that RegExp retries from every newline and took 30 s on 90,000 of them.
  chomp: stringFn("chomp", (s, _a, at) => {
    let end = s.length;
    while (end > 0 && (s.charCodeAt(end - 1) === 10 || s.charCodeAt(end - 1) === 13)) end--;
    return str(s.slice(0, end), at);
  }),
  indent: strict((args, at, host) => {
    const n = needNumber(args[0], "indent", at);
    if (isU(n)) return n;
    const s = needString(args[1], "indent", at);
    if (s.k === "unknown") return s;
    const pad = " ".repeat(Math.max(0, Math.min(n, 1e3)));
    if (pad.length * (s.v.split("\n").length - 1) > host.limits.maxCollectionSize * 64) throw new RangeError("indent");
    return str(s.v.replace(/\n/g, `
${pad}`), at);
  }),
  trim: stringFn(
    "trim",
    (s, args, at) => {
      const cut = needString(args[1], "trim", at);
      if (cut.k === "unknown") return cut;
      const set = new Set(cut.v);
      let a = 0;
      let b = s.length;
      while (a < b && set.has(s[a])) a++;
      while (b > a && set.has(s[b - 1])) b--;
      return str(s.slice(a, b), at);
    },
    2
  ),
  trimprefix: stringFn(
    "trimprefix",
    (s, args, at) => {
      const p = needString(args[1], "trimprefix", at);
      if (p.k === "unknown") return p;
      return str(s.startsWith(p.v) ? s.slice(p.v.length) : s, at);
    },
    2
  ),
  trimsuffix: stringFn(
    "trimsuffix",
    (s, args, at) => {
      const p = needString(args[1], "trimsuffix", at);
      if (p.k === "unknown") return p;
      return str(p.v && s.endsWith(p.v) ? s.slice(0, -p.v.length) : s, at);
    },
    2
  ),
  startswith: stringFn(
    "startswith",
    (s, args, at) => {
      const p = needString(args[1], "startswith", at);
      return p.k === "unknown" ? p : bool(s.startsWith(p.v), at);
    },
    2
  ),
  endswith: stringFn(
    "endswith",
    (s, args, at) => {
      const p = needString(args[1], "endswith", at);
      return p.k === "unknown" ? p : bool(s.endsWith(p.v), at);
    },
    2
  ),
  strcontains: stringFn(
    "strcontains",
    (s, args, at) => {
      const p = needString(args[1], "strcontains", at);
      return p.k === "unknown" ? p : bool(s.includes(p.v), at);
    },
    2
  ),
  replace: stringFn(
    "replace",
    (s, args, at, host) => {
      const from = needString(args[1], "replace", at);
      if (from.k === "unknown") return from;
      const to = needString(args[2], "replace", at);
      if (to.k === "unknown") return to;
      if (from.v.length >= 2 && from.v.startsWith("/") && from.v.endsWith("/")) {
        const re = compiledPattern(from.v.slice(1, -1), "replace", at);
        return isU(re) ? re : withRegexSteps("replace", at, host, (steps) => str(replaceAllRe2(re, s, to.v, steps), at));
      }
      if (from.v === "") return str(to.v + [...s].join(to.v) + (s ? to.v : ""), at);
      return str(s.split(from.v).join(to.v), at);
    },
    3
  ),
  substr: stringFn(
    "substr",
    (s, args, at) => {
      const off = needNumber(args[1], "substr", at);
      if (isU(off)) return off;
      const len = needNumber(args[2], "substr", at);
      if (isU(len)) return len;
      if (!Number.isInteger(off) || !Number.isInteger(len)) return failure("substr() takes whole numbers", at);
      return str(substr(clusters(s), off, len), at);
    },
    3
  ),
  strrev: stringFn("strrev", (s, _a, at) => str(clusters(s).reverse().join(""), at)),
  regex: regexFn("regex"),
  regexall: regexFn("regexall"),
  // Terraform functions not evaluated here: unknown, never an error (which try() would skip).
  formatdate: (_args, at) => unknown("formatdate() is not evaluated statically", at),
  timeadd: (_args, at) => unknown("timeadd() is not evaluated statically", at),
  timecmp: (_args, at) => unknown("timecmp() is not evaluated statically", at),
  templatestring: (_args, at) => unknown("templatestring() is not evaluated statically", at),
  issensitive: (_args, at) => unknown("issensitive() is not evaluated statically", at),
  rsadecrypt: (_args, at) => unknown("rsadecrypt() is not evaluated statically", at),
  // ----- type conversion
  tostring: (args, at) => {
    const a = arity("tostring", args, 1, 1, at);
    if (a) return a;
    const v = args[0];
    const s = toStr(v);
    if (!s) return failure(`tostring() cannot convert a ${typeName(v)}`, at);
    return s;
  },
  tonumber: strict((args, at) => {
    const v = args[0];
    if (v.k === "null") return v;
    const n = toNumber(v);
    return n === void 0 ? failure(`tonumber() cannot convert a ${typeName(v)}`, at) : num(n, at);
  }),
  tobool: strict((args, at) => {
    const v = args[0];
    if (v.k === "null") return v;
    const b = toBoolean(v);
    return b === void 0 ? failure(`tobool() cannot convert a ${typeName(v)}`, at) : bool(b, at);
  }),
  tolist: (args, at) => {
    const v = args[0] ?? nul(at);
    if (v.k === "list") return { ...list(v.items, v.at ?? at), typedList: true };
    if (v.k === "unknown" || v.k === "null") return v;
    return failure(`tolist() cannot convert a ${typeName(v)}`, at);
  },
  toset: (args, at, host) => {
    const v = args[0] ?? nul(at);
    if (v.k === "unknown" || v.k === "null") return v;
    if (v.k !== "list") return failure(`toset() cannot convert a ${typeName(v)}`, at);
    const items = distinctFast(v.items, at, host);
    if (isU(items)) return items;
    return list(setOrder(items), v.at ?? at, true);
  },
  tomap: (args, at) => {
    const v = args[0] ?? nul(at);
    if (v.k === "object") return { ...v, typedMap: true };
    if (v.k === "unknown" || v.k === "null") return v;
    if (v.k === "ref") return v.target.whole(at);
    return failure(`tomap() cannot convert a ${typeName(v)}`, at);
  },
  type: (_args, at) => unknown("type() is only for the console", at),
  sensitive: (args, at, host) => {
    const a = arity("sensitive", args, 1, 1, at);
    if (a) return a;
    return args[0].k === "unknown" ? args[0] : host.markSensitive(args[0], "the value passed to sensitive()", at);
  },
  // Terraform shows what `nonsensitive()` returns, so it passes through; its texts stay masked
  // (registered as sensitive once, for the whole unit).
  nonsensitive: (args, at) => arity("nonsensitive", args, 1, 1, at) ?? args[0],
  // ----- collections
  length: strict((args, at) => {
    const v = args[0];
    if (v.k === "list") return num(v.items.length, at);
    if (v.k === "object") return num(v.attrs.size, at);
    if (v.k === "string") return num(characters(v.v), at);
    if (v.k === "sym") {
      const u = unknown("length() of a string only known at apply time", at);
      let known = 0;
      for (const p of v.parts) if (typeof p === "string") known += [...p].length;
      return known > 0 ? { ...u, atLeast: known } : u;
    }
    return failure(`length() of a ${typeName(v)}`, at);
  }),
  concat: (args, at, host) => {
    const out = [];
    for (const a of args) {
      if (a.k === "unknown") return a.error ? a : unknown(a.why, at, a.key);
      if (a.k !== "list") return failure(`concat() needs lists, found ${typeName(a)}`, at);
      appendAll(out, a.items);
      const big = checkSize(out.length, at, host);
      if (big) return big;
    }
    return list(out, at);
  },
  merge: (args, at) => {
    const attrs = /* @__PURE__ */ new Map();
    for (let a of args) {
      if (a.k === "ref") a = a.target.whole(at);
      if (a.k === "null") continue;
      if (a.k === "unknown") return a.error ? a : unknown(a.why, at, a.key);
      if (a.k !== "object") return failure(`merge() needs maps or objects, found ${typeName(a)}`, at);
      for (const [k, v] of a.attrs) attrs.set(k, v);
    }
    return obj(attrs, at);
  },
  lookup: (args, at) => {
    const a = arity("lookup", args, 2, 3, at);
    if (a) return a;
    let m = args[0];
    if (m.k === "ref") m = m.target.whole(at);
    const key = needString(args[1], "lookup", at);
    if (key.k === "unknown") return key;
    if (m.k === "unknown") return m.error ? m : unknown(m.why, at, m.key);
    if (m.k !== "object") return failure(`lookup() needs a map, found ${typeName(m)}`, at);
    const v = m.attrs.get(key.v);
    if (v) return v;
    return args[2] ?? failure(`lookup(): no key "${key.v}" and no default`, at);
  },
  coalesce: (args, at) => {
    for (const [n, a] of args.entries()) {
      if (a.k === "unknown") {
        if (a.error) return a;
        const rest = args.slice(n);
        const last = rest.findIndex((x) => x.k !== "unknown" && x.k !== "null" && !(x.k === "string" && x.v === ""));
        const u = unknown(`coalesce() meets a value not known statically (${a.why})`, at, a.key);
        return oneOf(
          u,
          (last < 0 ? rest : rest.slice(0, last + 1)).filter((x) => x.k !== "null" && !(x.k === "string" && x.v === ""))
        );
      }
      if (a.k === "null") continue;
      if (a.k === "string" && a.v === "") continue;
      return a;
    }
    return failure("coalesce(): every argument is null or empty", at);
  },
  coalescelist: (args, at) => {
    for (const a of args) {
      if (a.k === "unknown") return a.error ? a : unknown(a.why, at, a.key);
      if (a.k === "list" && a.items.length) return a;
    }
    return failure("coalescelist(): every list is empty", at);
  },
  compact: strict((args, at) => {
    const l = needList(args[0], "compact", at);
    if (isU(l)) return l;
    const out = [];
    for (const i of l) {
      if (i.k === "unknown") return unknown(i.why, at, i.key);
      if (i.k === "null" || i.k === "string" && i.v === "") continue;
      out.push(i);
    }
    return list(out, at);
  }),
  flatten: strict((args, at, host) => {
    const l = needList(args[0], "flatten", at);
    if (isU(l)) return l;
    const out = [];
    const u = flatten(l, out, 0, host.limits.maxCollectionSize);
    if (u === false) return checkSize(host.limits.maxCollectionSize + 1, at, host);
    if (u) return unknown(u.why, at, u.key);
    return checkSize(out.length, at, host) ?? list(out, at);
  }),
  distinct: strict((args, at, host) => {
    const l = needList(args[0], "distinct", at);
    if (isU(l)) return l;
    const d = distinctFast(l, at, host);
    return isU(d) ? d : list(d, at);
  }),
  contains: strict((args, at, host) => {
    const l = needList(args[0], "contains", at);
    if (isU(l)) return l;
    const budget = walkBudget(host);
    let undecided = false;
    let found = false;
    for (const i of l) {
      const e = valuesEqual(i, args[1], budget);
      if (e) found = true;
      if (e === void 0) undecided = true;
      if (found || budget.left < 0) break;
    }
    return chargeWalk(budget, at, host) ?? (found ? bool(true, at) : undecided ? unknown("contains() cannot compare values known only at apply time", at) : bool(false, at));
  }),
  // Not `strict`: with the index alone unknown, the element is one of the list's.
  element: (args, at, host) => {
    const whole = args.map((a) => a.k === "ref" ? a.target.whole(at) : a);
    const l = whole[0]?.k === "list" && whole.length === 2 ? needList(whole[0], "element", at) : void 0;
    const i = whole[1]?.k === "unknown" ? whole[1] : void 0;
    if (l && !isU(l) && l.length && i && !i.error) return oneOf(unknown(i.why, at), l);
    return elementOf(whole, at, host);
  },
  index: strict((args, at, host) => {
    const l = needList(args[0], "index", at);
    if (isU(l)) return l;
    const budget = walkBudget(host);
    let i = 0;
    let eq = false;
    while (i < l.length && budget.left >= 0 && (eq = valuesEqual(l[i], args[1], budget)) === false) i++;
    const charged = chargeWalk(budget, at, host);
    if (charged) return charged;
    if (i < l.length && eq === void 0) return unknown("index() meets an element not known statically", at);
    return i < l.length ? num(i, at) : failure("index(): the value is not in the list", at);
  }),
  keys: strict((args, at) => {
    const m = args[0];
    if (m.k !== "object") return failure(`keys() needs a map, found ${typeName(m)}`, at);
    return list(
      [...m.attrs.keys()].sort().map((k) => str(k, at)),
      at
    );
  }),
  values: strict((args, at) => {
    const m = args[0];
    if (m.k !== "object") return failure(`values() needs a map, found ${typeName(m)}`, at);
    return list(
      [...m.attrs.keys()].sort().map((k) => m.attrs.get(k)),
      at
    );
  }),
  zipmap: strict((args, at) => {
    const k = needList(args[0], "zipmap", at);
    if (isU(k)) return k;
    const v = needList(args[1], "zipmap", at);
    if (isU(v)) return v;
    if (k.length !== v.length) return failure(`zipmap(): number of keys (${k.length}) does not match number of values (${v.length})`, at);
    const attrs = /* @__PURE__ */ new Map();
    for (let i = 0; i < k.length; i++) {
      const ks = toStr(k[i]);
      if (!ks || ks.k !== "string") return unknown("a key of zipmap() is not known statically", at);
      attrs.set(ks.v, v[i]);
    }
    return obj(attrs, at);
  }),
  range: strict((args, at, host) => {
    const ns = [];
    for (const a of args) {
      const n = needNumber(a, "range", at);
      if (isU(n)) return n;
      ns.push(n);
    }
    const [start, end, step] = ns.length === 1 ? [0, ns[0], 1] : [ns[0], ns[1], ns[2] ?? (ns[1] >= ns[0] ? 1 : -1)];
    if (step === 0 || !Number.isFinite(start + end + step)) return failure("range(): invalid arguments", at);
    const count = Math.max(0, Math.ceil((end - start) / step));
    const big = checkSize(count, at, host);
    if (big) return big;
    const out = [];
    for (let i = 0; i < count; i++) out.push(num(start + i * step, at));
    return list(out, at);
  }),
  slice: strict((args, at) => {
    const l = needList(args[0], "slice", at);
    if (isU(l)) return l;
    const a = needNumber(args[1], "slice", at);
    if (isU(a)) return a;
    const b = needNumber(args[2], "slice", at);
    if (isU(b)) return b;
    if (a < 0 || b > l.length || a > b) return failure("slice(): index out of range", at);
    return list(l.slice(a, b), at);
  }),
  reverse: strict((args, at) => {
    const l = needList(args[0], "reverse", at);
    return isU(l) ? l : list([...l].reverse(), at);
  }),
  sort: strict((args, at) => {
    const l = needList(args[0], "sort", at);
    if (isU(l)) return l;
    const ss = [];
    for (const i of l) {
      const s = toStr(i);
      if (!s || s.k !== "string") return unknown("sort() of values known only at apply time", at);
      ss.push(s.v);
    }
    return list(
      ss.sort().map((s) => str(s, at)),
      at
    );
  }),
  one: strict((args, at) => {
    const v = args[0];
    if (v.k === "null") return v;
    if (v.k !== "list") return failure("one() needs a list", at);
    if (v.items.length > 1) return failure("one(): more than one element", at);
    return v.items[0] ?? nul(at);
  }),
  chunklist: strict((args, at, host) => {
    const l = needList(args[0], "chunklist", at);
    if (isU(l)) return l;
    const n = needNumber(args[1], "chunklist", at);
    if (isU(n)) return n;
    if (!Number.isInteger(n) || n < 0) return failure("chunklist() needs a whole, non-negative size", at);
    if (n === 0) return list([list(l, at)], at);
    const big = checkSize(Math.ceil(l.length / n), at, host);
    if (big) return big;
    const out = [];
    for (let i = 0; i < l.length; i += n) out.push(list(l.slice(i, i + n), at));
    return list(out, at);
  }),
  setproduct: strict((args, at, host) => {
    if (args.length < 2) return failure("setproduct() needs at least two collections", at);
    const lists = [];
    let total = 1;
    for (const a of args) {
      const l = needList(a, "setproduct", at);
      if (isU(l)) return l;
      lists.push(l);
      total *= l.length;
    }
    const big = checkSize(total, at, host);
    if (big) return big;
    if (!host.charge(total * lists.length, at)) return unknown("evaluation budget exhausted", at);
    const rows = [];
    for (let r = 0; r < total; r++) {
      const row = new Array(lists.length);
      for (let j = lists.length - 1, rest = r; j >= 0; j--) {
        const l = lists[j];
        row[j] = l[rest % l.length];
        rest = Math.floor(rest / l.length);
      }
      rows.push(list(row, at));
    }
    return list(rows, at);
  }),
  matchkeys: strict((args, at, host) => {
    const a = arity("matchkeys", args, 3, 3, at);
    if (a) return a;
    const values = needList(args[0], "matchkeys", at);
    if (isU(values)) return values;
    const keys = needList(args[1], "matchkeys", at);
    if (isU(keys)) return keys;
    const search = needList(args[2], "matchkeys", at);
    if (isU(search)) return search;
    if (values.length !== keys.length) return failure("matchkeys() needs values and keys of the same length", at);
    const budget = walkBudget(host);
    const keyed = keysOf(keys, budget);
    const searched = keyed && keysOf(search, budget);
    let out;
    if (keyed && searched) {
      const set = new Set(searched);
      out = values.filter((_, i) => set.has(keyed[i]));
    } else if (keys.length * search.length > 4e6) out = unknown("too many mixed elements to compare", at);
    else out = matchPairwise(values, keys, search, at, budget);
    return chargeWalk(budget, at, host) ?? (isU(out) ? out : list(out, at));
  }),
  setunion: strict((args, at, host) => {
    const all = [];
    for (const a of args) {
      const l = needList(a, "setunion", at);
      if (isU(l)) return l;
      appendAll(all, l);
    }
    const d = distinctFast(all, at, host);
    return isU(d) ? d : list(setOrder(d), at, true);
  }),
  setintersection: strict((args, at, host) => {
    const lists = [];
    for (const a of args) {
      const l = needList(a, "setintersection", at);
      if (isU(l)) return l;
      lists.push(l);
    }
    const [first = [], ...rest] = lists;
    const out = filterBySets(first, rest, true, at, host);
    return isU(out) ? out : list(setOrder(out), at, true);
  }),
  setsubtract: strict((args, at, host) => {
    const a = needList(args[0], "setsubtract", at);
    if (isU(a)) return a;
    const b = needList(args[1], "setsubtract", at);
    if (isU(b)) return b;
    const out = filterBySets(a, [b], false, at, host);
    return isU(out) ? out : list(setOrder(out), at, true);
  }),
  transpose: (_args, at) => unknown("transpose() is not evaluated statically", at),
  alltrue: strict((args, at) => {
    const l = needList(args[0], "alltrue", at);
    if (isU(l)) return l;
    for (const i of l) if (toBoolean(i) !== true) return notKnownElement(i) ? unknownElement("alltrue", i, at) : bool(false, at);
    return bool(true, at);
  }),
  anytrue: strict((args, at) => {
    const l = needList(args[0], "anytrue", at);
    if (isU(l)) return l;
    let open;
    for (const i of l) {
      if (toBoolean(i) === true) return bool(true, at);
      if (!open && notKnownElement(i)) open = i;
    }
    return open ? unknownElement("anytrue", open, at) : bool(false, at);
  }),
  sum: strict((args, at) => {
    const l = needList(args[0], "sum", at);
    if (isU(l)) return l;
    if (l.length === 0) return failure("sum() cannot sum an empty list", at);
    let s = 0;
    for (const i of l) {
      const n = toNumber(i);
      if (n === void 0 && notKnownElement(i)) return unknownElement("sum", i, at);
      if (n === void 0) return failure("sum() needs numbers", at);
      s += n;
    }
    return num(s, at);
  }),
  // ----- numbers
  // A fold, not `Math.min(...args)`: `min(local.list...)` of 200,000 numbers overflowed the stack.
  min: strict((args, at) => extreme("min", args, Math.min, at)),
  max: strict((args, at) => extreme("max", args, Math.max, at)),
  abs: mathFn("abs", Math.abs),
  ceil: mathFn("ceil", Math.ceil),
  floor: mathFn("floor", Math.floor),
  signum: mathFn("signum", Math.sign),
  pow: mathFn("pow", Math.pow, 2),
  log: mathFn("log", (a, b) => Math.log(a) / Math.log(b), 2),
  parseint: strict((args, at) => {
    const s = needString(args[0], "parseint", at);
    if (s.k === "unknown") return s;
    const b = needNumber(args[1], "parseint", at);
    if (isU(b)) return b;
    if (!Number.isInteger(b) || b < 2 || b > 62) return failure("parseint(): the base must be a whole number from 2 to 62", at);
    const m = /^([+-]?)([0-9A-Za-z]+)$/.exec(s.v);
    let n = 0n;
    for (const c of m ? m[2] : "") {
      const code = c.charCodeAt(0);
      const d = code <= 57 ? code - 48 : code >= 97 ? code - 87 : b <= 36 ? code - 55 : code - 29;
      if (d >= b) return failure(`parseint(): cannot parse "${s.v}" as a base ${b} integer`, at);
      n = n * BigInt(b) + BigInt(d);
    }
    if (!m) return failure(`parseint(): cannot parse "${s.v}" as a base ${b} integer`, at);
    if (n > BigInt(Number.MAX_SAFE_INTEGER)) return unknown(`parseint(): "${s.v}" is past the integers s3-gate holds exactly`, at);
    return num(m[1] === "-" && n ? -Number(n) : Number(n), at);
  }),
  // ----- files (inside the scan roots only)
  file: strict((args, at, host) => {
    const p = needString(args[0], "file", at);
    if (p.k === "unknown") return p;
    const r = readFileValue(p.v, at, host);
    if (isU(r)) return r;
    const v = str(r.text, at);
    v.src = { f: r.f, anchors: fileAnchors(host.files.get(r.f)) };
    return v;
  }),
  templatefile: (args, at, host) => {
    const a = arity("templatefile", args, 2, 2, at);
    if (a) return a;
    if (host.insideTemplate?.()) {
      const why = "templatefile() cannot be called from inside a templatefile() template (Terraform refuses it: it could recurse)";
      host.problem("EVAL_CYCLE", at, why, "warning");
      return failure(why, at);
    }
    const p = needString(args[0], "templatefile", at);
    if (p.k === "unknown") return p;
    const r = readFileValue(p.v, at, host);
    if (isU(r)) return r;
    let vars = args[1];
    if (vars.k === "ref") vars = vars.target.whole(at);
    if (vars.k === "unknown") return vars.error ? vars : unknown(vars.why, at, vars.key);
    if (vars.k !== "object") return failure("templatefile() needs a map of variables", at);
    return host.evalTemplate(r.f, host.parseTemplate(r.f), new Map(vars.attrs));
  },
  fileexists: strict((args, at, host) => {
    const p = needString(args[0], "fileexists", at);
    if (p.k === "unknown") return p;
    const r = host.loadFile(resolvePath(p.v, host), at);
    return typeof r === "string" ? unknown(r, at) : bool(true, at);
  }),
  fileset: (_args, at) => unknown("fileset() is not evaluated statically", at),
  filebase64: fileFn("filebase64", (b, at) => str(b.toString("base64"), at)),
  filemd5: fileFn("filemd5", (b, at) => str(digest("md5", b, "hex"), at)),
  filesha1: fileFn("filesha1", (b, at) => str(digest("sha1", b, "hex"), at)),
  filesha256: fileFn("filesha256", (b, at) => str(digest("sha256", b, "hex"), at)),
  filesha512: fileFn("filesha512", (b, at) => str(digest("sha512", b, "hex"), at)),
  filebase64sha256: fileFn("filebase64sha256", (b, at) => str(digest("sha256", b, "base64"), at)),
  filebase64sha512: fileFn("filebase64sha512", (b, at) => str(digest("sha512", b, "base64"), at)),
  basename: stringFn("basename", (s, _a, at) => str(path.posix.basename(s), at)),
  dirname: stringFn("dirname", (s, _a, at) => str(path.posix.dirname(s), at)),
  abspath: stringFn("abspath", (s, _a, at) => unknown(`abspath("${s}") depends on the machine`, at)),
  pathexpand: stringFn("pathexpand", (s, _a, at) => unknown(`pathexpand("${s}") depends on the machine`, at)),
  // ----- not knowable statically
  timestamp: (_args, at) => unknown("timestamp() is only known at apply time", at),
  plantimestamp: (_args, at) => unknown("plantimestamp() is only known at plan time", at),
  uuid: (_args, at) => unknown("uuid() is only known at apply time", at),
  bcrypt: (_args, at) => unknown("bcrypt() is random", at),
  ephemeralasnull: (args, at) => args[0] ?? nul(at),
  // ----- IP prefixes (for policies that condition on aws:SourceIp and the like)
  cidrhost: strict((args, at) => {
    const a = arity("cidrhost", args, 2, 2, at);
    if (a) return a;
    const p = needString(args[0], "cidrhost", at);
    if (p.k === "unknown") return p;
    const n = needNumber(args[1], "cidrhost", at);
    return isU(n) ? n : cidrResult("cidrhost", cidrHost(p.v, n), at);
  }),
  cidrnetmask: stringFn("cidrnetmask", (s, _a, at) => cidrResult("cidrnetmask", cidrNetmask(s), at)),
  cidrsubnet: strict((args, at) => {
    const a = arity("cidrsubnet", args, 3, 3, at);
    if (a) return a;
    const p = needString(args[0], "cidrsubnet", at);
    if (p.k === "unknown") return p;
    const bits = needNumber(args[1], "cidrsubnet", at);
    if (isU(bits)) return bits;
    const n = needNumber(args[2], "cidrsubnet", at);
    return isU(n) ? n : cidrResult("cidrsubnet", cidrSubnet(p.v, bits, n), at);
  }),
  cidrsubnets: strict((args, at, host) => {
    if (args.length < 1) return failure("cidrsubnets() needs a prefix", at);
    const p = needString(args[0], "cidrsubnets", at);
    if (p.k === "unknown") return p;
    const big = checkSize(args.length - 1, at, host);
    if (big) return big;
    const bits = [];
    for (const x of args.slice(1)) {
      const n = needNumber(x, "cidrsubnets", at);
      if (isU(n)) return n;
      bits.push(n);
    }
    return cidrResult("cidrsubnets", cidrSubnets(p.v, bits), at);
  })
};
var anchorsOfFile = /* @__PURE__ */ new WeakMap();
function fileAnchors(file) {
  let a = anchorsOfFile.get(file);
  if (!a) {
    a = lineAnchors(file.text);
    anchorsOfFile.set(file, a);
  }
  return a;
}
function lineAnchors(text) {
  const a = [0, 1, 1];
  let line = 1;
  let j = text.indexOf("\n");
  while (j !== -1 && j + 1 < text.length) {
    line++;
    a.push(j + 1, line, 1);
    j = text.indexOf("\n", j + 1);
  }
  return a;
}
function topLevelWeight(v) {
  switch (v.k) {
    case "list":
      return v.items.length;
    case "object":
      return v.attrs.size;
    case "string":
      return Math.ceil(v.v.length / 16);
    case "sym":
      return v.parts.length;
    default:
      return 1;
  }
}
function callFunction(name, args, at, host) {
  const f = ownEntry(FUNCTIONS, name);
  if (!f) {
    if (name.includes("::")) return unknown(`provider function ${name}() is not evaluated statically`, at);
    return failure(`unknown function ${name}()`, at);
  }
  if (!host.charge(
    args.reduce((n, a) => n + topLevelWeight(a), 0),
    at
  ))
    return unknown("evaluation budget exhausted", at);
  const tooLong = () => {
    host.problem("EVAL_LIMIT", at, `${name}() here would build a string too long to evaluate; treated as unknown`, "warning");
    return unknown(`${name}() would build a string that is too long`, at);
  };
  let v;
  try {
    v = f(args, at, host);
  } catch (e) {
    if (e instanceof RangeError && e.message.includes("call stack")) {
      host.problem("EVAL_LIMIT", at, `${name}() here nests too deeply to evaluate; treated as unknown`, "warning");
      return unknown(`${name}() nests too deeply to evaluate`, at);
    }
    if (e instanceof RangeError) return tooLong();
    throw e;
  }
  if (v.k === "string" && v.v.length > maxStringLength(host)) return tooLong();
  return v;
}
var KNOWN_FUNCTIONS = Object.keys(FUNCTIONS);
function title(s) {
  if (!NON_ASCII.test(s)) return s.replace(/(?<![A-Za-z0-9_])[a-z]/g, (c) => c.toUpperCase());
  let out = "";
  let after = true;
  for (const c of s) {
    if (after) {
      const m = c.toUpperCase();
      out += [...m].length === 1 ? m : c;
    } else out += c;
    after = c <= "\x7F" ? !/[A-Za-z0-9_]/.test(c) : !/[\p{L}\p{Nd}]/u.test(c) && new RegExp("\\p{White_Space}", "u").test(c);
  }
  return out;
}
function perCodePoint(s, map) {
  let out = "";
  for (const c of s) {
    const m = map(c);
    out += [...m].length === 1 ? m : c;
  }
  return out;
}
var graphemes = new Intl.Segmenter("en", { granularity: "grapheme" });
function clusters(s) {
  if (!NON_ASCII.test(s)) return s.split("");
  const out = [];
  for (const g of graphemes.segment(s)) out.push(g.segment);
  return out;
}
function substr(chars2, offset, length) {
  if (offset < 0) offset += chars2.length;
  else if (length === 0) return "";
  const rest = offset > 0 ? chars2.slice(offset) : chars2;
  return (length <= 0 ? rest : rest.slice(0, length)).join("");
}
function queryEscape(s) {
  let out = "";
  for (const b of Buffer.from(s, "utf8")) {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) out += c;
    else if (b === 32) out += "+";
    else out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function characters(s) {
  if (!NON_ASCII.test(s)) return s.length;
  let n = 0;
  for (const _ of graphemes.segment(s.normalize("NFC"))) n++;
  return n;
}

// src/parsers/terraform/eval/evaluate.ts
function keyPart(v) {
  switch (v.k) {
    case "string":
      return JSON.stringify(v.v);
    case "number":
    case "bool":
      return String(v.v);
    case "null":
      return "null";
    case "unknown":
      return v.key;
    default:
      return void 0;
  }
}
var MAX_KEY_CHARS = 4096;
function derivedKey(base, how, parts) {
  if (base === void 0) return void 0;
  let chars2 = base.length;
  const ps = [];
  for (const part of parts) {
    const p = keyPart(part);
    if (p === void 0) return void 0;
    chars2 += p.length;
    if (chars2 > MAX_KEY_CHARS) return void 0;
    ps.push(p);
  }
  const key = how(ps);
  return key.length > MAX_KEY_CHARS ? void 0 : key;
}
function isConstant(expr) {
  switch (expr.t) {
    case "literal":
      return true;
    case "template":
      return expr.parts.every((p) => p.t === "lit");
    case "var":
      return RESOURCE_TYPE.test(expr.name);
    case "getattr":
      return expr.obj.t !== "literal" && isConstant(expr.obj);
    case "index":
      return isConstant(expr.obj) && (expr.key.t === "literal" || expr.key.t === "template" && isConstant(expr.key));
    default:
      return false;
  }
}
var RESOURCE_TYPE = /^[A-Za-z][A-Za-z0-9-]*_[A-Za-z0-9_-]*$/;
function isStackOverflow(e) {
  return e instanceof RangeError && e.message.includes("call stack");
}
var MAX_REFERENCE_DEPTH = 400;
var TEXT_CHARGED_FROM = 1024;
var REARRANGING = /* @__PURE__ */ new Set([
  "alltrue",
  "anytrue",
  "chunklist",
  "coalesce",
  "coalescelist",
  "compact",
  "concat",
  "contains",
  "distinct",
  "element",
  "flatten",
  "index",
  "length",
  "lookup",
  "merge",
  "nonsensitive",
  "one",
  "reverse",
  "sensitive",
  "setintersection",
  "setproduct",
  "setsubtract",
  "setunion",
  "slice",
  "sort",
  "tolist",
  "tomap",
  "toset",
  "try",
  "values",
  "zipmap"
]);
var Evaluator = class {
  constructor(files, limits, problem, host) {
    this.files = files;
    this.limits = limits;
    this.problem = problem;
    this.host = host;
  }
  files;
  limits;
  problem;
  host;
  steps = 0;
  exhausted = false;
  refDepth = 0;
  /** Where a reference chain ran out of stack, until the warning can be reported. */
  overflowAt;
  /** Counts one step; false once the unit's budget is spent (the caller returns unknown). */
  step(at) {
    if (this.exhausted) return false;
    if (++this.steps > this.limits.maxEvalSteps) {
      this.exhausted = true;
      this.problem(
        "EVAL_LIMIT",
        at,
        `Evaluation stopped after ${this.limits.maxEvalSteps} steps; the remaining values are treated as unknown`,
        "warning"
      );
      return false;
    }
    return true;
  }
  /** Counts `n` steps at once (elements a function builds); false once the budget is spent. */
  charge(n, at) {
    if (this.exhausted) return false;
    this.steps += n - 1;
    return this.step(at);
  }
  /**
   * `valuesEqual`, charged for the elements it walks: comparing walks both values whole, and
   * `[for i in range(100000) : var.x ? local.big : local.big]` compared 10^10 elements on 10^5
   * steps charged. 'spent' once the budget is.
   */
  chargedEqual(a, b, at) {
    const budget = { left: this.limits.maxEvalSteps };
    const e = valuesEqual(a, b, budget);
    return this.charge(Math.max(1, this.limits.maxEvalSteps - budget.left), at) ? e : "spent";
  }
  get budgetExhausted() {
    return this.exhausted;
  }
  active = [];
  activeSet = /* @__PURE__ */ new Set();
  inCycle = /* @__PURE__ */ new Set();
  /**
   * Evaluates a named thing (`module.a.local.x`) once at a time: re-entering it is a cycle, and
   * every participant of the cycle ends as unknown (not just the one where it was noticed).
   */
  guardRef(key, at, f) {
    const cycleValue = () => unknown(`${key} is part of a reference cycle`, at, key);
    if (this.activeSet.has(key)) {
      this.problem("EVAL_CYCLE", at, `${key} refers to itself (a reference cycle)`, "warning");
      for (let i = this.active.lastIndexOf(key); i < this.active.length; i++) this.inCycle.add(this.active[i]);
      return cycleValue();
    }
    this.active.push(key);
    this.activeSet.add(key);
    try {
      const v = this.nested(at, () => unknown("references nest too deeply", at), f);
      return this.inCycle.has(key) ? cycleValue() : v;
    } finally {
      this.active.pop();
      this.activeSet.delete(key);
    }
  }
  /** Runs `f` one reference level deeper (locals, variables, outputs, resource attributes). */
  nested(at, onTooDeep, f) {
    if (this.refDepth >= MAX_REFERENCE_DEPTH) {
      this.problem("EVAL_LIMIT", at, `References nest deeper than ${MAX_REFERENCE_DEPTH} levels; treated as unknown`, "warning");
      return onTooDeep();
    }
    this.refDepth++;
    try {
      return f();
    } catch (e) {
      if (!isStackOverflow(e)) throw e;
      this.overflowAt ??= at;
      return onTooDeep();
    } finally {
      this.refDepth--;
      if (this.refDepth === 0 && this.overflowAt) {
        const where = this.overflowAt;
        this.overflowAt = void 0;
        this.problem("EVAL_LIMIT", where, "References nest too deeply for the stack; treated as unknown", "warning");
      }
    }
  }
  /**
   * Where a node is. An AST belongs to one file, so the origin is cached on the node: evaluating
   * a million nodes must not allocate a million identical objects.
   */
  /** An expression's text on one line, as condition keys spell it (see `maybeCondition`); kept per node. */
  sourceText(scope, e) {
    const node = e;
    if (node._text?.f === scope.f) return node._text.text;
    const o = this.origin(scope, e);
    const text = this.files.oneLine(o.f, o.s, o.e);
    node._text = { f: scope.f, text };
    return text;
  }
  origin(scope, e) {
    const node = e;
    const o = node._origin;
    if (o !== void 0 && o.f === scope.f) return o;
    return node._origin = { f: scope.f, s: e.start, e: e.end };
  }
  eval(expr, scope) {
    const at = this.origin(scope, expr);
    if (!this.step(at) && !isConstant(expr)) return unknown("evaluation budget exhausted", at);
    switch (expr.t) {
      case "literal":
        if (expr.value === null) return nul(at);
        return typeof expr.value === "number" ? num(expr.value, at) : bool(expr.value, at);
      case "template":
        return this.template(expr, scope);
      case "paren":
        return withAt(this.eval(expr.expr, scope), at);
      case "var": {
        const local = scope.iter?.get(expr.name);
        if (local) return local;
        const v = scope.ns.root(expr.name, at);
        if (v === void 0) return failure(`"${expr.name}" is not declared`, at);
        return v;
      }
      case "getattr":
        return this.getAttr(this.eval(expr.obj, scope), expr.name, at);
      case "index":
        return this.firstOrFallback(expr.obj, expr.key, scope, at) ?? this.index(this.eval(expr.obj, scope), this.eval(expr.key, scope), at);
      case "splat":
        return this.splat(expr, scope);
      case "call":
        return this.call(expr, scope);
      case "tuple": {
        const items = expr.items.map((i) => this.eval(i, scope));
        return list(items, at);
      }
      case "object": {
        const attrs = /* @__PURE__ */ new Map();
        for (const item of expr.items) {
          const key = item.keyIsIdent && item.key.t === "var" ? str(item.key.name) : this.eval(item.key, scope);
          const ks = toStr(key);
          if (!ks || ks.k !== "string") {
            return unknown(
              ks && ks.k === "unknown" ? ks.why : "an object key is not known statically",
              this.origin(scope, item.key),
              ks && ks.k === "unknown" ? ks.key : void 0
            );
          }
          attrs.set(ks.v, this.eval(item.value, scope));
        }
        return obj(attrs, at);
      }
      case "for":
        return this.forExpr(expr, scope);
      case "unary": {
        const v = this.eval(expr.operand, scope);
        if (v.k === "unknown") {
          const { atLeast: _, ...rest } = withAt(withoutIdentity(v), at);
          return rest;
        }
        if (expr.op === "!") {
          const b = toBoolean(v);
          return b === void 0 ? failure(`"!" needs a bool, found ${typeName(v)}`, at) : bool(!b, at);
        }
        const n = toNumber(v);
        return n === void 0 ? failure(`"-" needs a number, found ${typeName(v)}`, at) : num(-n, at);
      }
      case "binary":
        return this.binary(expr, scope);
      case "cond": {
        const c = this.eval(expr.cond, scope);
        if (c.k === "unknown" && c.error) return failure(c.why, at, c.key);
        if (c.k !== "unknown") {
          const b2 = toBoolean(c);
          if (b2 === void 0) return failure(`the condition must be a bool, found ${typeName(c)}`, at);
          return this.eval(b2 ? expr.then : expr.else, scope);
        }
        const a = this.eval(expr.then, scope);
        const b = this.eval(expr.else, scope);
        if (this.chargedEqual(a, b, at) === true) return a;
        const u = unknown(
          `the condition is not known statically (${c.why})`,
          at,
          derivedKey(c.key, ([x, y]) => `${c.key} ? ${x} : ${y}`, [a, b])
        );
        return oneOf(u, [a, b], [`${scope.ns.prefix}${this.sourceText(scope, expr.cond)} is true`, void 0]);
      }
      case "invalid":
        return failure("the expression could not be parsed", at);
    }
  }
  // ---------------------------------------------------------------------------------------------
  // Traversals
  getAttr(v, name, at) {
    switch (v.k) {
      case "ref":
        return v.target.get(name, at);
      case "object": {
        const a = v.attrs.get(name);
        return a ?? failure(`the object has no attribute "${name}"`, at);
      }
      case "unknown": {
        const key = v.key ? `${v.key}.${name}` : void 0;
        if (v.error) return failure(v.why, at, key);
        const u = unknown(v.why, at, key);
        if (v.oneOf) {
          const each = v.oneOf.map((x) => this.getAttr(x, name, at));
          if (!each.some((x) => x.k === "unknown" && x.error)) {
            u.oneOf = each;
            if (v.oneOfWhen) u.oneOfWhen = v.oneOfWhen;
          }
        }
        return u;
      }
      case "list":
        if (v.items.length === 1) return this.getAttr(v.items[0], name, at);
        return failure(`cannot read attribute "${name}" of a list`, at);
      case "null":
        return failure(`cannot read attribute "${name}" of null`, at);
      default:
        return failure(`cannot read attribute "${name}" of a ${typeName(v)}`, at);
    }
  }
  index(v, key, at) {
    if (v.k === "ref") {
      if (v.target.index) return v.target.index(key, at);
      if (v.target.noInstanceKey)
        return failure(`${v.target.describe} has no "count" or "for_each", so a reference to it must not include an index key`, at);
      const ks = toStr(key);
      const text = ks && knownText(ks);
      if (text !== void 0) return v.target.get(text, at);
      return unknown(`the index into ${v.target.describe} is not known statically`, at);
    }
    if (v.k === "unknown") {
      const k = derivedKey(v.key, ([i]) => `${v.key}[${i}]`, [key]);
      return v.error ? failure(v.why, at, k) : unknown(v.why, at, k);
    }
    if (key.k === "unknown") {
      if (key.error) return key;
      const u = unknown(`the index is not known statically (${key.why})`, at);
      return v.k === "list" ? oneOf(u, v.items) : v.k === "object" ? oneOf(u, [...v.attrs.values()]) : u;
    }
    if (v.k === "list") {
      const n = toNumber(key);
      if (n === void 0 || !Number.isInteger(n)) return failure(`a list index must be a whole number, found ${typeName(key)}`, at);
      const item = v.items[n];
      return item ?? failure(`index ${n} is out of range (${v.items.length} elements)`, at);
    }
    if (v.k === "object") {
      const ks = toStr(key);
      const text = ks && knownText(ks);
      if (text === void 0) return unknown("the key is not known statically", at);
      const a = v.attrs.get(text);
      return a ?? failure(`the map has no element "${text}"`, at);
    }
    return failure(`cannot index a ${typeName(v)}`, at);
  }
  splat(expr, scope) {
    const at = this.origin(scope, expr);
    let base = this.eval(expr.obj, scope);
    if (base.k === "ref" && base.target.index) base = base.target.whole(at);
    if (base.k === "unknown") return base.error ? base : unknown(base.why, at, base.key);
    let items;
    if (base.k === "list") items = base.items;
    else if (base.k === "null") return list([], at);
    else items = [base];
    if (!this.charge(items.length, at)) return unknown("evaluation budget exhausted", at);
    const out = [];
    for (const item of items) {
      let v = item;
      for (const op of expr.ops) {
        if (op.t === "getattr") v = this.getAttr(v, op.name, at);
        else v = this.index(v, this.eval(op.key, scope), at);
      }
      out.push(v);
    }
    return list(out, at);
  }
  /**
   * `one(x[*].id)` over resources whose instances are not known statically and may be none
   * (`count = var.on ? 1 : 0`): the id of the one instance when it exists, null when not, with
   * the condition under which it exists, so that a setting resource created under the same one
   * configures that bucket (the idiom of cloudposse modules). More than one instance would make
   * `one()` fail, so in a configuration that applies there is at most one.
   */
  oneOfMaybeInstance(splat, scope, at, absent = nul(at), what = absent.k === "string" ? 'join() may be ""' : "one() may be null") {
    const base = this.eval(splat.obj, scope);
    const over = base.k === "ref" ? base.target.unknownKeys : void 0;
    if (!over?.maybe) return void 0;
    let v = over.each;
    for (const op of splat.ops) v = op.t === "getattr" ? this.getAttr(v, op.name, at) : this.index(v, this.eval(op.key, scope), at);
    if (v.k === "unknown" && v.error) return failure(v.why, at, v.key);
    if (absent.k === "string" && v.k !== "string" && v.k !== "sym" && v.k !== "unknown") return void 0;
    const u = unknown(`${over.maybe.why}, so ${what}`, at);
    return oneOf(u, [v, absent], [over.maybe.key, void 0]);
  }
  /**
   * `element(concat(aws_s3_bucket.b.*.id, [""]), 0)` and `concat(aws_s3_bucket.b[*].id, [""])[0]`,
   * the idiom of modules written for Terraform 0.11 (before `one()` and `try()`) for a bucket with
   * `count = 0 or 1`: the instance's value when it exists, else the fallback. Read as any list
   * not known statically, a setting resource naming it made every bucket of the module unknown.
   * Undefined when the expression is not of that shape (it is then evaluated as usual).
   */
  firstOrFallback(list2, index, scope, at) {
    const inner = unparenExpr(list2);
    if (inner.t !== "call" || inner.name !== "concat" || inner.expandFinal || inner.args.length !== 2) return void 0;
    const [splat, rest] = [unparenExpr(inner.args[0]), unparenExpr(inner.args[1])];
    if (splat.t !== "splat" || rest.t !== "tuple" || !rest.items.length) return void 0;
    const i = unparenExpr(index);
    if (i.t !== "literal" || i.value !== 0) return void 0;
    const fallback = this.eval(rest.items[0], scope);
    if (fallback.k !== "string" && fallback.k !== "null") return void 0;
    return this.oneOfMaybeInstance(
      splat,
      scope,
      at,
      fallback,
      `the first element may be ${fallback.k === "null" ? "null" : `"${fallback.v}"`}`
    );
  }
  // ---------------------------------------------------------------------------------------------
  // Templates
  template(expr, scope) {
    const at = this.origin(scope, expr);
    const parts = expr.parts;
    if (parts.length === 1 && parts[0].t === "interp") return withAt(this.eval(parts[0].expr, scope), at);
    const node = expr;
    if (node._literal !== void 0 && node._literal.at === at) return node._literal;
    const out = [];
    const anchors = [];
    const state = { len: 0 };
    const err = this.templateParts(parts, scope, out, anchors, state, expr);
    if (err) return err.key === void 0 ? err : failure(err.why, err.at ?? at, this.templateKey(parts, scope));
    if (state.len > TEXT_CHARGED_FROM && !this.charge(state.len >> 4, at)) return unknown("evaluation budget exhausted", at);
    const v = strFromParts(out, at);
    if (anchors.length) v.src = { f: scope.f, anchors };
    if (parts.every((p) => p.t === "lit")) node._literal = v;
    return v;
  }
  /**
   * The key of a template one of whose parts is an error: its text with each interpolation's
   * value or key; none when a part has neither (or is a directive).
   */
  templateKey(parts, scope) {
    let text = "";
    for (const part of parts) {
      if (part.t === "lit") {
        text += part.value;
        continue;
      }
      if (part.t !== "interp") return void 0;
      const v = this.eval(part.expr, scope);
      if (v.k === "unknown") {
        if (v.key === void 0) return void 0;
        text += "${" + v.key + "}";
        continue;
      }
      const s = toStr(v);
      if (!s || s.k !== "string") return void 0;
      text += s.v;
    }
    return JSON.stringify(text);
  }
  /** Appends the text of `parts`; returns an error value when a part cannot be a string. */
  templateParts(parts, scope, out, anchors, state, expr) {
    for (const part of parts) {
      const at = this.origin(scope, part);
      if (part.t === "lit") {
        this.anchorLiteral(part.value, part.start, scope.f, expr, anchors, state.len, part.end);
        out.push(part.value);
        state.len += part.value.length;
        continue;
      }
      if (part.t === "interp") {
        const v = this.eval(part.expr, scope);
        const pos = this.files.position(scope.f, part.start);
        anchors.push(state.len, pos.line, pos.column);
        const e = this.appendValue(v, at, out, state);
        if (e) return e;
        if (this.templateTooBig(out, anchors, state)) return this.tooLong(at);
        continue;
      }
      if (part.t === "if") {
        const c = this.eval(part.cond, scope);
        if (c.k === "unknown") {
          out.push({ kind: "unknown", why: `a template condition is not known (${c.why})` });
          state.len++;
          continue;
        }
        const b = toBoolean(c);
        if (b === void 0) return failure("a template condition must be a bool", at);
        const e = this.templateParts(b ? part.then : part.else, scope, out, anchors, state, expr);
        if (e) return e;
        continue;
      }
      const coll = this.eval(part.coll, scope);
      const entries2 = this.iterate(coll, at);
      if (entries2.k === "unknown") {
        out.push({ kind: "unknown", why: `a template loop's collection is not known (${entries2.why})` });
        state.len++;
        continue;
      }
      if (!this.charge(1 + (scope.iter?.size ?? 0), at)) return unknown("evaluation budget exhausted", at);
      const iter = new Map(scope.iter);
      const inner = { ...scope, iter };
      for (const [k, v] of entries2.pairs) {
        if (!this.charge(1, at)) return unknown("evaluation budget exhausted", at);
        if (part.keyVar) iter.set(part.keyVar, k);
        iter.set(part.valueVar, v);
        const e = this.templateParts(part.body, inner, out, anchors, state, expr);
        if (e) return e;
        if (this.templateTooBig(out, anchors, state)) return this.tooLong(at);
      }
    }
    return void 0;
  }
  /**
   * A template is bounded by its length, and by its pieces: `%{ for }` loops that append one
   * character at a time kept a piece and a source anchor per character (650 MB for 5 million).
   */
  templateTooBig(out, anchors, state) {
    const max = this.limits.maxCollectionSize;
    return state.len > max * 64 || out.length > max * 4 || anchors.length > max * 12;
  }
  appendValue(v, at, out, state) {
    if (v.k === "unknown") {
      if (v.error) return v;
      const why = v.key ? `${v.key}: ${v.why}` : v.why;
      out.push(v.ident === void 0 ? { kind: "unknown", why } : { kind: "unknown", why, key: v.ident });
      state.len++;
      return void 0;
    }
    if (v.k === "sym") {
      for (const p of v.parts) {
        out.push(p);
        state.len += typeof p === "string" ? p.length : 1;
      }
      return void 0;
    }
    if (v.k === "null") return failure("a template cannot include a null value", at);
    const s = toStr(v);
    if (!s || s.k !== "string") return failure(`a template cannot include a ${typeName(v)}`, at);
    out.push(s.v);
    state.len += s.v.length;
    return void 0;
  }
  /** Records where each line of a literal came from (of a quoted one, where each escape ends). */
  anchorLiteral(value, start, f, expr, anchors, base, end) {
    const pos = this.files.position(f, start);
    anchors.push(base, pos.line, pos.column);
    if (expr.form !== "heredoc") {
      const raw = this.files.get(f).text;
      if (end - start !== value.length) escapeAnchors(raw, start, end, value, base, (offset) => this.files.position(f, offset), anchors);
      return;
    }
    let line = pos.line;
    let j = value.indexOf("\n");
    while (j !== -1 && j + 1 < value.length) {
      line++;
      anchors.push(base + j + 1, line, 1 + (expr.indentStripped ?? 0));
      j = value.indexOf("\n", j + 1);
    }
  }
  // ---------------------------------------------------------------------------------------------
  // Operators
  binary(expr, scope) {
    const at = this.origin(scope, expr);
    const l = this.eval(expr.left, scope);
    if (expr.op === "&&" || expr.op === "||") {
      const r2 = this.eval(expr.right, scope);
      if (l.k === "unknown" && l.error) return failure(l.why, at, l.key);
      if (r2.k === "unknown" && r2.error) return failure(r2.why, at, r2.key);
      const lb = l.k === "unknown" ? void 0 : toBoolean(l);
      const rb = r2.k === "unknown" ? void 0 : toBoolean(r2);
      if (lb === void 0 && l.k !== "unknown" || rb === void 0 && r2.k !== "unknown") return failure(`"${expr.op}" needs bools`, at);
      if (expr.op === "&&" && (lb === false || rb === false)) return bool(false, at);
      if (expr.op === "||" && (lb === true || rb === true)) return bool(true, at);
      if (l.k === "unknown") return unknown(l.why, at, l.key);
      if (r2.k === "unknown") return unknown(r2.why, at, r2.key);
      return bool(rb, at);
    }
    const r = this.eval(expr.right, scope);
    const bounded = boundedComparison(expr.op, l, r);
    if (bounded !== void 0) return bool(bounded, at);
    if (expr.op === "==" || expr.op === "!=") {
      const failed = [l, r].find((v) => v.k === "unknown" && v.error);
      if (failed) return failure(failed.why, at, failed.key);
      if (differentCollectionKinds(l, r)) return bool(expr.op === "!=", at);
      const e = this.chargedEqual(l, r, at);
      if (e === "spent") return unknown("evaluation budget exhausted", at);
      if (e === void 0) {
        const u = l.k === "unknown" ? l : r.k === "unknown" ? r : void 0;
        return unknown(u ? u.why : "the comparison involves values only known at apply time", at, u?.key);
      }
      return bool(expr.op === "==" ? e : !e, at);
    }
    if (l.k === "unknown") return l.error ? l : unknown(l.why, at, l.key);
    if (r.k === "unknown") return r.error ? r : unknown(r.why, at, r.key);
    const a = toNumber(l);
    const b = toNumber(r);
    if (a === void 0 || b === void 0) return failure(`"${expr.op}" needs numbers, found ${typeName(a === void 0 ? l : r)}`, at);
    switch (expr.op) {
      case "+":
        return num(a + b, at);
      case "-":
        return num(a - b, at);
      case "*":
        return num(a * b, at);
      case "/":
        return b === 0 ? failure("division by zero", at) : num(a / b, at);
      case "%":
        return b === 0 ? failure("modulo by zero", at) : num(a % b, at);
      case "<":
        return bool(a < b, at);
      case "<=":
        return bool(a <= b, at);
      case ">":
        return bool(a > b, at);
      default:
        return bool(a >= b, at);
    }
  }
  // ---------------------------------------------------------------------------------------------
  // for expressions
  /** Key/value pairs of a collection, in Terraform's order (maps by key). */
  iterate(coll, at) {
    if (coll.k === "ref") coll = coll.target.whole(at);
    if (coll.k === "unknown") return coll;
    if (coll.k === "list") {
      if (coll.items.length > this.limits.maxCollectionSize) return this.tooLarge(at);
      return { k: "pairs", pairs: coll.items.map((v, i) => [coll.set ? v : num(i), v]) };
    }
    if (coll.k === "object") {
      if (coll.attrs.size > this.limits.maxCollectionSize) return this.tooLarge(at);
      const keys = [...coll.attrs.keys()].sort();
      return { k: "pairs", pairs: keys.map((k) => [str(k), coll.attrs.get(k)]) };
    }
    if (coll.k === "null") return failure("cannot iterate over null", at);
    return failure(`cannot iterate over a ${typeName(coll)}`, at);
  }
  /** Strings are bounded like collections (64 characters an element): doubling must stop. */
  tooLong(at) {
    const max = this.limits.maxCollectionSize * 64;
    const pieces = this.limits.maxCollectionSize * 4;
    this.problem(
      "EVAL_LIMIT",
      at,
      `A string here would be longer than ${max} characters or built from more than ${pieces} pieces; treated as unknown`,
      "warning"
    );
    return unknown(`the string would be longer than ${max} characters or built from more than ${pieces} pieces`, at);
  }
  tooLarge(at) {
    this.problem(
      "EVAL_LIMIT",
      at,
      `A collection here has more than ${this.limits.maxCollectionSize} elements; treated as unknown`,
      "warning"
    );
    return unknown(`the collection has more than ${this.limits.maxCollectionSize} elements`, at);
  }
  forExpr(expr, scope) {
    const at = this.origin(scope, expr);
    const coll = this.eval(expr.coll, scope);
    const entries2 = this.iterate(coll, at);
    if (entries2.k === "unknown")
      return entries2.error ? entries2 : unknown(`the for expression iterates over a value not known statically (${entries2.why})`, at, entries2.key);
    const items = [];
    const attrs = /* @__PURE__ */ new Map();
    const groups = /* @__PURE__ */ new Map();
    if (!this.charge(1 + (scope.iter?.size ?? 0), at)) return unknown("evaluation budget exhausted", at);
    const iter = new Map(scope.iter);
    const s = { ...scope, iter };
    for (const [k, v] of entries2.pairs) {
      if (this.budgetExhausted) return unknown("evaluation budget exhausted", at);
      if (expr.keyVar) iter.set(expr.keyVar, k);
      iter.set(expr.valueVar, v);
      if (expr.cond) {
        const c = this.eval(expr.cond, s);
        if (c.k === "unknown") return c.error ? c : unknown(`a for condition is not known statically (${c.why})`, at, c.key);
        const b = toBoolean(c);
        if (b === void 0) return failure("a for condition must be a bool", at);
        if (!b) continue;
      }
      if (!expr.object) {
        items.push(this.eval(expr.valueExpr, s));
        continue;
      }
      const key = toStr(this.eval(expr.keyExpr, s));
      if (!key || key.k !== "string") {
        if (key && key.k === "unknown") return unknown(`a key of the for expression is not known statically (${key.why})`, at, key.key);
        return failure("the keys of an object for expression must be strings", at);
      }
      const value = this.eval(expr.valueExpr, s);
      if (expr.grouping) {
        const g = groups.get(key.v) ?? [];
        g.push(value);
        groups.set(key.v, g);
      } else {
        if (attrs.has(key.v)) return failure(`duplicate key "${key.v}" in the for expression (use "..." to group)`, at);
        attrs.set(key.v, value);
      }
    }
    if (!expr.object) return list(items, at);
    if (expr.grouping) for (const [k, g] of groups) attrs.set(k, list(g, at));
    return obj(attrs, at);
  }
  // ---------------------------------------------------------------------------------------------
  // Function calls
  call(expr, scope) {
    const at = this.origin(scope, expr);
    const name = expr.name.startsWith("core::") ? expr.name.slice(6) : expr.name;
    if (name === "try") {
      let last = failure("try() needs at least one argument", at);
      for (const a of expr.args) {
        const v2 = this.eval(a, scope);
        const err = errorWithin(v2);
        if (err) {
          last = err;
          continue;
        }
        return withoutIdentity(v2);
      }
      return failure(`no argument of try() could be evaluated (${last.why})`, at);
    }
    if (name === "one" && expr.args.length === 1 && expr.args[0].t === "splat") {
      const v2 = this.oneOfMaybeInstance(expr.args[0], scope, at);
      if (v2) return v2;
    }
    if (name === "join" && expr.args.length === 2 && expr.args[1].t === "splat") {
      const sep = this.eval(expr.args[0], scope);
      const v2 = sep.k === "string" ? this.oneOfMaybeInstance(expr.args[1], scope, at, str("", at)) : void 0;
      if (v2) return v2;
    }
    if (name === "element" && expr.args.length === 2 && !expr.expandFinal) {
      const v2 = this.firstOrFallback(expr.args[0], expr.args[1], scope, at);
      if (v2) return v2;
    }
    if (name === "can") {
      const v2 = expr.args[0] ? this.eval(expr.args[0], scope) : failure("can() needs an argument", at);
      if (errorWithin(v2)) return bool(false, at);
      if (v2.k === "unknown") return unknown(v2.why, at, v2.key);
      return bool(true, at);
    }
    let args = expr.args.map((a) => this.eval(a, scope));
    if (expr.expandFinal && args.length) {
      const last = args[args.length - 1];
      if (last.k === "unknown") return last.error ? last : unknown(`the expanded argument is not known (${last.why})`, at, last.key);
      if (last.k !== "list") return failure('"..." needs a list or tuple', at);
      args = [...args.slice(0, -1), ...last.items];
    }
    let v = callFunction(name, args, at, this.functionHost(scope.ns));
    if (name === "templatefile") return v;
    if (!REARRANGING.has(name)) v = this.host.markDerived(args, v, `what ${name}() makes of a sensitive value`, at);
    if (v.k === "unknown" && v.key !== void 0) {
      const key = derivedKey(v.key, (ps) => `${name}(${ps.join(", ")})`, args);
      if (v.error) return failure(v.why, v.at, key);
      const u = unknown(v.why, v.at, key);
      return v.oneOf ? oneOf(u, v.oneOf, v.oneOfWhen) : u;
    }
    return withoutIdentity(v);
  }
  /** `templatefile()` templates being evaluated. */
  templateDepth = 0;
  /** What functions may use, one per module instance (built once: calls can number millions). */
  hosts = /* @__PURE__ */ new WeakMap();
  lastHost;
  functionHost(ns) {
    if (this.lastHost?.ns === ns) return this.lastHost.host;
    let host = this.hosts.get(ns);
    if (host) {
      this.lastHost = { ns, host };
      return host;
    }
    host = {
      ...this.host,
      limits: this.limits,
      problem: this.problem,
      charge: (n, where) => this.charge(n, where),
      moduleDir: ns.moduleDir,
      rootDir: ns.rootDir,
      // A template file sees only the variables passed to templatefile(), as in Terraform.
      evalTemplate: (f, template, vars) => {
        const inner = { root: () => void 0, moduleDir: ns.moduleDir, rootDir: ns.rootDir, prefix: ns.prefix };
        this.templateDepth++;
        try {
          return this.eval(template, { ns: inner, f, iter: vars });
        } finally {
          this.templateDepth--;
        }
      },
      insideTemplate: () => this.templateDepth > 0
    };
    this.hosts.set(ns, host);
    this.lastHost = { ns, host };
    return host;
  }
};
function errorWithin(v, budget = { left: 1e4 }) {
  if (v.k === "unknown") return v.error ? v : void 0;
  const items = v.k === "list" ? v.items : v.k === "object" ? v.attrs.values() : void 0;
  if (!items) return void 0;
  for (const item of items) {
    if (--budget.left < 0) return void 0;
    const e = errorWithin(item, budget);
    if (e) return e;
  }
  return void 0;
}
function boundedComparison(op, l, r) {
  const lowOf = (v) => v.k === "unknown" && !v.error ? v.atLeast : void 0;
  const n = (v) => v.k === "number" ? v.v : void 0;
  let low = lowOf(l);
  let b = n(r);
  let flipped = false;
  if (low === void 0 || b === void 0) {
    low = lowOf(r);
    b = n(l);
    flipped = true;
  }
  if (low === void 0 || b === void 0) return void 0;
  const side = flipped ? { "<": ">", "<=": ">=", ">": "<", ">=": "<=" }[op] ?? op : op;
  switch (side) {
    case ">":
      return low > b ? true : void 0;
    case ">=":
      return low >= b ? true : void 0;
    case "<":
      return low >= b ? false : void 0;
    case "<=":
      return low > b ? false : void 0;
    case "==":
      return low > b ? false : void 0;
    case "!=":
      return low > b ? true : void 0;
  }
  return void 0;
}
function escapeAnchors(raw, start, end, value, base, position, anchors) {
  let r = start;
  let d = 0;
  for (let n = 0; r < end && d < value.length && n < MAX_ESCAPE_ANCHORS; ) {
    const c = raw[r];
    let rawLength = 0;
    let textLength2 = 0;
    if (c === "\\") {
      const next = raw[r + 1];
      if (next === "u") rawLength = 6;
      else if (next === "U") rawLength = 10;
      else rawLength = 2;
      textLength2 = rawLength === 10 && parseInt(raw.slice(r + 2, r + 10), 16) > 65535 ? 2 : 1;
    } else if ((c === "$" || c === "%") && raw[r + 1] === c && raw[r + 2] === "{") {
      rawLength = 3;
      textLength2 = 2;
    } else if (c === value[d]) {
      r++;
      d++;
      continue;
    } else return;
    r += rawLength;
    d += textLength2;
    const pos = position(r);
    anchors.push(base + d, pos.line, pos.column);
    n++;
  }
}
var MAX_ESCAPE_ANCHORS = 8192;
var unparenExpr = (e) => e.t === "paren" ? unparenExpr(e.expr) : e;

// src/parsers/terraform/hcl/module-parses.ts
var MAX_TEXT_CHARS = 16 * 1024 * 1024;
var entries = /* @__PURE__ */ new Map();
var chars = 0;
function moduleParse(abs, text, json, maxDepth, parse) {
  const hit = entries.get(abs);
  if (hit && hit.text === text && hit.json === json && hit.maxDepth === maxDepth) {
    entries.delete(abs);
    entries.set(abs, hit);
    return hit.parse;
  }
  const parsed = parse();
  if (hit) {
    entries.delete(abs);
    chars -= hit.text.length;
  }
  if (text.length > MAX_TEXT_CHARS) return parsed;
  while (chars + text.length > MAX_TEXT_CHARS) {
    const [oldKey, old] = entries.entries().next().value;
    entries.delete(oldKey);
    chars -= old.text.length;
  }
  entries.set(abs, { text, json, maxDepth, parse: parsed });
  chars += text.length;
  return parsed;
}

// src/parsers/shared/secret-text.ts
var SECRET_MARKERS = [
  // PEM, OpenSSH and PGP private keys.
  /-----BEGIN [A-Z0-9 ]{0,40}PRIVATE KEY/,
  // Google service account keys (`gha-creds-*.json` by another name).
  /"private_key"\s{0,20}:/,
  // GitHub tokens: classic and app tokens, fine-grained personal access tokens.
  /\bgh[pousr]_[A-Za-z0-9]{30}/,
  /\bgithub_pat_[A-Za-z0-9_]{30}/,
  // AWS access keys (the key id comes with its secret) and secrets by their usual names.
  /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/,
  /aws_secret_access_key|"SecretAccessKey"\s{0,20}:/i
];
function looksLikeSecret(text) {
  return SECRET_MARKERS.some((m) => m.test(text));
}

// src/parsers/terraform/module-instance.ts
import { createHash as createHash2 } from "node:crypto";
import path2 from "node:path";

// src/parsers/terraform/policy-document-data.ts
var cache = /* @__PURE__ */ new WeakMap();
function policyDocumentValue(inst) {
  const hit = cache.get(inst);
  if (hit) return hit;
  const v = build(inst);
  cache.set(inst, v);
  return v;
}
function stringList(v) {
  if (v.k === "list") return list(v.items.map(policyVariables), v.at);
  if (isStringLike(v) || v.k === "unknown") return list([policyVariables(v)], v.at);
  const s = toStr(v);
  return s && s.k === "string" ? list([policyVariables(s)], v.at) : v;
}
function policyVariables(v) {
  if (v.k === "string") return v.v.includes("&{") ? { ...v, v: v.v.replaceAll("&{", "${") } : v;
  if (v.k === "sym" && v.parts.some((p) => typeof p === "string" && p.includes("&{")))
    return { ...v, parts: v.parts.map((p) => typeof p === "string" ? p.replaceAll("&{", "${") : p) };
  return v;
}
function statementValue(s) {
  const attrs = /* @__PURE__ */ new Map();
  const get = (n) => s.attr(n)?.value;
  if (s.unknownWhy) return unknown(s.unknownWhy, s.span);
  const sid = get("sid");
  if (sid && sid.k !== "null") attrs.set("Sid", sid);
  attrs.set("Effect", get("effect") ?? str("Allow", s.header));
  for (const [tf, json] of [
    ["actions", "Action"],
    ["not_actions", "NotAction"],
    ["resources", "Resource"],
    ["not_resources", "NotResource"]
  ]) {
    const v = get(tf);
    if (v && v.k !== "null") attrs.set(json, stringList(v));
  }
  for (const [tf, json] of [
    ["principals", "Principal"],
    ["not_principals", "NotPrincipal"]
  ]) {
    const blocks = s.blocks(tf);
    if (!blocks.length) continue;
    const byType = /* @__PURE__ */ new Map();
    let unknownWhy;
    let at = blocks[0].span;
    for (const p of blocks) {
      if (p.unknownWhy) unknownWhy = p.unknownWhy;
      const type = p.attr("type")?.value;
      const ids = p.attr("identifiers")?.value;
      const t = type ? toStr(type) : void 0;
      if (!t || t.k !== "string") {
        unknownWhy = t && t.k === "unknown" ? t.why : "a principal type is not known statically";
        continue;
      }
      const items = ids ? stringList(ids) : list([]);
      if (items.k !== "list") {
        unknownWhy = items.k === "unknown" ? items.why : "principal identifiers are not a list";
        continue;
      }
      const ofType = byType.get(t.v);
      if (ofType) appendAll(ofType, items.items);
      else byType.set(t.v, items.items.slice());
      at = p.span;
    }
    if (unknownWhy) {
      attrs.set(json, unknown(unknownWhy, at));
      continue;
    }
    const star = byType.get("*");
    if (star && byType.size === 1) attrs.set(json, str("*", blocks[0].span));
    else {
      const m = /* @__PURE__ */ new Map();
      for (const [t, ids] of byType) m.set(t === "*" ? "AWS" : t, list(ids, blocks[0].span));
      attrs.set(json, obj(m, blocks[0].span));
    }
  }
  const conds = s.blocks("condition");
  if (conds.length) {
    const ops = /* @__PURE__ */ new Map();
    const mine = /* @__PURE__ */ new WeakSet();
    let bad;
    for (const c of conds) {
      if (c.unknownWhy) {
        bad = unknown(c.unknownWhy, c.span);
        break;
      }
      const test = toStr(c.attr("test")?.value ?? failure("condition without test", c.span));
      const variable = toStr(c.attr("variable")?.value ?? failure("condition without variable", c.span));
      if (!test || test.k !== "string" || !variable || variable.k !== "string") {
        bad = unknown("a condition operator or key is not known statically", c.span);
        break;
      }
      const values = stringList(c.attr("values")?.value ?? list([]));
      const keys = ops.get(test.v) ?? /* @__PURE__ */ new Map();
      const prev = keys.get(variable.v);
      if (prev && prev.k === "list" && values.k === "list") {
        const merged = mine.has(prev) ? prev : list(prev.items.slice(), c.span);
        mine.add(merged);
        appendAll(merged.items, values.items);
        merged.at = c.span;
        keys.set(variable.v, merged);
      } else keys.set(variable.v, { ...values, at: c.span });
      ops.set(test.v, keys);
    }
    if (bad) attrs.set("Condition", bad);
    else {
      const m = /* @__PURE__ */ new Map();
      for (const [op, keys] of ops) m.set(op, obj(keys, conds[0].span));
      attrs.set("Condition", obj(m, conds[0].span));
    }
  }
  return obj(attrs, s.span);
}
function statementsOf(doc, inst) {
  if (doc.k === "null" || doc.k === "string" && doc.v === "") return [];
  let v = doc;
  if (isStringLike(v)) v = v.json ?? decodeJson(v, inst.mod.ctx.files, inst.mod.ctx.limits.maxDepth, v.at);
  if (v.k === "unknown") return v;
  if (v.k !== "object") return failure("a source or override policy document is not a JSON object", doc.at);
  const st = v.attrs.get("Statement");
  if (!st) return [];
  if (st.k === "list") return st.items;
  if (st.k === "object") return [st];
  return st.k === "unknown" ? st : failure("Statement is neither a list nor an object", st.at);
}
function sidOf(s) {
  if (s.k !== "object") return void 0;
  const sid = s.attrs.get("Sid");
  return sid && sid.k === "string" && sid.v !== "" ? sid.v : void 0;
}
function chosenHere(v, inst) {
  if (v.k !== "unknown" || !v.oneOf || !v.oneOfWhen || !inst.maybe.length) return v;
  const i = v.oneOfWhen.findIndex((w) => w !== void 0 && inst.maybe.some((m) => m.key === w));
  return i >= 0 ? v.oneOf[i] : v;
}
function build(inst) {
  const view = inst.body();
  const at = inst.header;
  const own = view.blocks("statement").map(statementValue);
  let statements = [];
  const bySid = /* @__PURE__ */ new Map();
  const merge = (incoming, replaceExisting) => {
    for (const s of incoming) {
      const sid = sidOf(s);
      const i = sid === void 0 ? void 0 : bySid.get(sid);
      if (i !== void 0) {
        if (replaceExisting) statements[i] = s;
      } else {
        if (sid !== void 0) bySid.set(sid, statements.length);
        statements.push(s);
      }
    }
  };
  const docs = (name) => {
    const a = view.attr(name);
    if (!a || a.value.k === "null") return [];
    if (a.value.k === "unknown") return a.value;
    if (a.value.k !== "list") return isStringLike(a.value) ? [a.value] : failure(`${name} must be a list of JSON documents`, a.at);
    return a.value.items.map((doc) => chosenHere(doc, inst));
  };
  for (const name of ["source_policy_documents", "source_json"]) {
    const d = docs(name);
    if (!Array.isArray(d)) return unknown(`${name} is not known statically (${d.k === "unknown" ? d.why : "not a list"})`, at);
    for (const doc of d) {
      const ss = statementsOf(doc, inst);
      if (!Array.isArray(ss)) {
        statements.push(ss.k === "unknown" ? ss : unknown("a source policy document could not be read", doc.at ?? at));
        continue;
      }
      merge(ss, false);
    }
  }
  merge(own, true);
  for (const name of ["override_policy_documents", "override_json"]) {
    const d = docs(name);
    if (!Array.isArray(d)) return unknown(`${name} is not known statically`, at);
    for (const doc of d) {
      const ss = statementsOf(doc, inst);
      if (!Array.isArray(ss)) {
        const u = ss.k === "unknown" ? ss : unknown("an override policy document could not be read", doc.at ?? at);
        for (const [sid, i] of bySid)
          statements[i] = unknown(`statement "${sid}" may be replaced by an override document with the same sid (${u.why})`, u.at ?? at);
        statements.push(u);
        continue;
      }
      merge(ss, true);
    }
  }
  statements = statements.filter((s) => s.k !== "null");
  const attrs = /* @__PURE__ */ new Map();
  attrs.set("Version", view.attr("version")?.value ?? str("2012-10-17", at));
  const id = view.attr("policy_id")?.value;
  if (id && id.k !== "null") attrs.set("Id", id);
  attrs.set("Statement", list(statements, at));
  return obj(attrs, { f: inst.config.f, s: inst.config.block.start, e: inst.config.block.end });
}

// src/parsers/terraform/computed-attributes.ts
var ID_IS_NAME = /* @__PURE__ */ new Set([
  "aws_cloudwatch_log_metric_filter",
  "aws_cloudwatch_log_group",
  "aws_iam_role",
  "aws_iam_user",
  "aws_iam_group"
]);
var ID_IS_BUCKET = /* @__PURE__ */ new Set([
  "aws_s3_bucket_policy",
  "aws_s3_bucket_public_access_block",
  "aws_s3_bucket_ownership_controls",
  "aws_s3_bucket_notification",
  "aws_s3_bucket_replication_configuration"
]);
var ID_IS_BUCKET_UNLESS_OWNER = /* @__PURE__ */ new Set([
  "aws_s3_bucket_versioning",
  "aws_s3_bucket_server_side_encryption_configuration",
  "aws_s3_bucket_logging",
  "aws_s3_bucket_lifecycle_configuration",
  "aws_s3_bucket_website_configuration",
  "aws_s3_bucket_cors_configuration",
  "aws_s3_bucket_object_lock_configuration",
  "aws_s3_bucket_accelerate_configuration",
  "aws_s3_bucket_request_payment_configuration"
]);
var KMS_KEY_ATTRIBUTES = /* @__PURE__ */ new Set(["arn", "id", "key_id", "target_key_arn", "target_key_id"]);
var sym = (p, at) => ({ k: "sym", parts: [p], at });
function computedAttribute(inst, name, at) {
  if (inst.config.mode === "managed") {
    if (inst.type === "aws_s3_bucket") {
      switch (name) {
        case "id":
        case "bucket": {
          const name2 = { k: "sym", parts: [{ kind: "bucket", id: inst.address, attr: "name" }], at };
          const written = inst.body().attr("bucket")?.value;
          if (written?.k === "string") name2.known = written.v;
          return name2;
        }
        case "arn":
          return sym({ kind: "bucket", id: inst.address, attr: "arn" }, at);
        case "bucket_domain_name":
        case "bucket_regional_domain_name":
          return sym({ kind: "bucket", id: inst.address, attr: "domain" }, at);
      }
    }
    if (inst.type === "aws_cloudwatch_log_group" && name === "arn") {
      const n = inst.body().attr("name")?.value;
      if (n && (n.k === "string" || n.k === "sym")) {
        const pseudo = (p) => ({ kind: "pseudo", name: p });
        const nameParts = n.k === "string" ? [n.v] : n.parts;
        return strFromParts(
          ["arn:", pseudo("partition"), ":logs:", pseudo("region"), ":", pseudo("account"), ":log-group:", ...nameParts],
          at
        );
      }
    }
    if (name === "id" && (ID_IS_BUCKET.has(inst.type) || ID_IS_BUCKET_UNLESS_OWNER.has(inst.type))) {
      const view = inst.body();
      const owner = ID_IS_BUCKET.has(inst.type) ? void 0 : view.attr("expected_bucket_owner")?.value;
      const b = view.attr("bucket")?.value;
      if (b && (!owner || owner.k === "null")) return b;
    }
    if (name === "id" && ID_IS_NAME.has(inst.type)) {
      const n = inst.body().attr("name")?.value;
      if (n && (n.k === "string" || n.k === "sym")) return n;
    }
    return void 0;
  }
  switch (inst.type) {
    case "aws_caller_identity":
      if (name === "account_id") return sym({ kind: "pseudo", name: "account" }, at);
      return void 0;
    case "aws_partition":
      if (name === "partition" || name === "id") return sym({ kind: "pseudo", name: "partition" }, at);
      if (name === "dns_suffix") return sym({ kind: "pseudo", name: "url-suffix" }, at);
      return void 0;
    case "aws_region":
      if (name === "name" || name === "id" || name === "region") return sym({ kind: "pseudo", name: "region" }, at);
      return void 0;
    case "aws_iam_policy_document":
      if (name === "json" || name === "minified_json") {
        const doc = policyDocumentValue(inst);
        if (doc.k === "unknown") return doc;
        return encodeJson(doc, doc.at ?? at, { left: inst.mod.ctx.limits.maxCollectionSize * 10 });
      }
      return void 0;
    case "aws_kms_key":
    case "aws_kms_alias": {
      if (!KMS_KEY_ATTRIBUTES.has(name)) return void 0;
      const by = inst.body().attr(inst.type === "aws_kms_key" ? "key_id" : "name");
      const s = by && toStr(by.value);
      return s && s.k === "string" && /(^|:)alias\/aws\/s3$/.test(s.v) ? str(s.v, at) : void 0;
    }
    case "aws_s3_bucket": {
      const b = inst.body().attr("bucket");
      if (!b) return void 0;
      const s = toStr(b.value);
      if (!s || s.k !== "string" && s.k !== "sym") return void 0;
      if (name === "id" || name === "bucket") return s;
      if (name === "arn")
        return strFromParts(["arn:", { kind: "pseudo", name: "partition" }, ":s3:::", ...s.k === "string" ? [s.v] : s.parts], at);
      return void 0;
    }
  }
  return void 0;
}

// src/parsers/terraform/eval/type-constraint.ts
var ANY = { t: "any" };
function readTypeConstraint(e, depth = 0) {
  if (!e || depth > 32) return ANY;
  if (e.t === "var") {
    if (e.name === "string" || e.name === "number" || e.name === "bool") return { t: e.name };
    return ANY;
  }
  if (e.t !== "call") return ANY;
  const arg = e.args[0];
  switch (e.name) {
    case "list":
    case "set":
    case "map":
      return { t: e.name, of: readTypeConstraint(arg, depth + 1) };
    case "tuple":
      return arg && arg.t === "tuple" ? { t: "tuple", items: arg.items.map((i) => readTypeConstraint(i, depth + 1)) } : ANY;
    case "object": {
      if (!arg || arg.t !== "object") return ANY;
      const attrs = /* @__PURE__ */ new Map();
      for (const item of arg.items) {
        const key = item.key.t === "var" ? item.key.name : item.key.t === "template" && item.key.parts.length === 1 && item.key.parts[0].t === "lit" ? item.key.parts[0].value : void 0;
        if (key === void 0) return ANY;
        const v = item.value;
        if (v.t === "call" && v.name === "optional")
          attrs.set(key, { type: readTypeConstraint(v.args[0], depth + 1), optional: true, default: v.args[1] });
        else attrs.set(key, { type: readTypeConstraint(v, depth + 1), optional: false });
      }
      return { t: "object", attrs };
    }
    default:
      return ANY;
  }
}
function convertToType(v, type, evalDefault, depth = 0) {
  if (type.t === "any" || depth > 64 || v.k === "unknown" || v.k === "null" || v.k === "ref") return v;
  switch (type.t) {
    case "string": {
      const s = toStr(v);
      return s ?? v;
    }
    case "number": {
      const n = toNumber(v);
      return n === void 0 ? v : num(n, v.at);
    }
    case "bool": {
      const b = toBoolean(v);
      return b === void 0 ? v : bool(b, v.at);
    }
    case "list":
    case "set": {
      if (v.k !== "list") return v;
      const items = v.items.map((i) => convertToType(i, type.of, evalDefault, depth + 1));
      if (type.t === "set") return list(setOrder(setElements(items)), v.at, true);
      return { ...list(items, v.at), typedList: true };
    }
    case "tuple":
      if (v.k !== "list") return v;
      return list(
        v.items.map((i, n) => convertToType(i, type.items[n] ?? ANY, evalDefault, depth + 1)),
        v.at
      );
    case "map": {
      if (v.k !== "object") return v;
      const attrs = /* @__PURE__ */ new Map();
      for (const [k, x] of v.attrs) attrs.set(k, convertToType(x, type.of, evalDefault, depth + 1));
      return { ...obj(attrs, v.at), typedMap: true };
    }
    case "object": {
      if (v.k !== "object") return v;
      const attrs = /* @__PURE__ */ new Map();
      for (const [name, spec] of type.attrs) {
        const x = v.attrs.get(name);
        if (x !== void 0 && x.k !== "null") attrs.set(name, convertToType(x, spec.type, evalDefault, depth + 1));
        else if (spec.optional)
          attrs.set(name, spec.default ? convertToType(evalDefault(spec.default), spec.type, evalDefault, depth + 1) : nul(v.at));
        else if (x !== void 0) attrs.set(name, x);
      }
      return obj(attrs, v.at);
    }
  }
}
function setElements(items) {
  const budget = { left: 1e6 };
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  const unkeyed = [];
  for (const i of items) {
    const k = budget.left < 0 ? void 0 : valueKey(i, budget);
    if (k === void 0) {
      if (unkeyed.length <= 2e3 && unkeyed.some((o) => valuesEqual(o, i, budget) === true)) continue;
      unkeyed.push(i);
      out.push(i);
    } else if (!seen.has(k)) {
      seen.add(k);
      out.push(i);
    }
  }
  return out;
}

// src/parsers/terraform/module-instance.ts
function keySuffix(key) {
  switch (key.k) {
    case "none":
      return "";
    case "int":
      return `[${key.v}]`;
    case "str":
      return `[${JSON.stringify(key.v.length > MAX_KEY_CHARS2 ? abbreviatedKey(key.v) : key.v)}]`;
    case "unknown":
      return "[*]";
  }
}
var MAX_KEY_CHARS2 = 256;
function abbreviatedKey(key) {
  const cut = isHighSurrogate(key.charCodeAt(63)) ? 63 : 64;
  return `${key.slice(0, cut)}\u2026(${key.length} characters, sha256 ${createHash2("sha256").update(key).digest("hex").slice(0, 16)})`;
}
var isHighSurrogate = (code) => code >= 55296 && code <= 56319;
var MAX_MODULE_DEPTH = 32;
var undeclaredSeen = /* @__PURE__ */ new WeakMap();
var NO_KEYS = /* @__PURE__ */ new Map();
var NO_CONDITIONS = Object.freeze([]);
var PENDING = Object.freeze({ kind: "single", instances: Object.freeze([]), byKey: NO_KEYS });
function isPending(e) {
  return e.kind === "single" && e.instances.length === 0;
}
var expandedPerUnit = /* @__PURE__ */ new WeakMap();
var warnedFull = /* @__PURE__ */ new WeakSet();
var warnedModulesCapped = /* @__PURE__ */ new WeakSet();
function warnUnitCap(ctx, what, at) {
  if (warnedFull.has(ctx)) return;
  warnedFull.add(ctx);
  ctx.problem(
    "EVAL_LIMIT",
    at,
    `this configuration expands to more than ${ctx.limits.maxInstances * 10} resource and module instances (nested counts multiply; 10 \xD7 limits.maxInstances), first exceeded at ${what}; from there on each count/for_each is one unknown instance ([*])`,
    "warning"
  );
}
var valueAt = (a, scope) => ({ f: a.file ?? scope.f, s: a.expr.start, e: a.expr.end });
function expandKeys(ctx, block, where) {
  const expanded = expandKeysCapped(ctx, block, where);
  expandedPerUnit.set(ctx, (expandedPerUnit.get(ctx) ?? 0) + expanded.keys.length);
  return expanded;
}
function expandKeysCapped(ctx, block, where) {
  const { scope, what } = where;
  const count = attr(block.body, "count");
  const forEach = attr(block.body, "for_each");
  const at = { f: scope.f, s: block.start, e: block.end };
  const left = ctx.limits.maxInstances * 10 - (expandedPerUnit.get(ctx) ?? 0);
  const cap = Math.max(0, Math.min(ctx.limits.maxInstances, left));
  const enabled = lifecycleEnabled(ctx, block, where);
  if (enabled === false) return { kind: "disabled", keys: [] };
  if (count && forEach) {
    const why = `${what} has both count and for_each, which Terraform rejects`;
    ctx.problem(
      "TF_INVALID_FOR_EACH",
      valueAt(forEach, scope),
      `${what} has both count and for_each; Terraform takes only one of them`,
      "warning"
    );
    return {
      kind: "count",
      keys: [
        {
          key: { k: "unknown" },
          each: { key: unknown(why, at), value: unknown(why, at) },
          maybe: maybeCondition(ctx, where, forEach, "is valid", why)
        }
      ]
    };
  }
  if (count) {
    const v = ctx.ev.eval(count.expr, count.file === void 0 ? scope : { ...scope, f: count.file });
    const n = toNumber(v);
    if (v.k === "unknown" || n === void 0 || !Number.isInteger(n) || n < 0) {
      const why = v.k === "unknown" ? v.why : "the value is not a whole number";
      if (v.k !== "unknown")
        ctx.problem(
          "TF_INVALID_COUNT",
          valueAt(count, scope),
          `${what} has count = ${n ?? (v.k === "null" ? "null" : `a ${typeName(v)}`)}; Terraform takes only a whole number from 0 up`,
          "warning"
        );
      return { kind: "count", keys: [{ key: { k: "unknown" }, maybe: maybeCondition(ctx, where, count, "is not 0", why) }] };
    }
    const keys = [];
    for (let i = 0; i < Math.min(n, cap); i++) keys.push({ key: { k: "int", v: i } });
    if (n > cap) {
      if (cap < ctx.limits.maxInstances) warnUnitCap(ctx, what, valueAt(count, scope));
      else
        ctx.problem(
          "EVAL_LIMIT",
          valueAt(count, scope),
          `${what} has count = ${n}; only the first ${cap} instances are modelled, the rest is one unknown instance ([*])`,
          "warning"
        );
      keys.push({ key: { k: "unknown" } });
    }
    return { kind: "count", keys };
  }
  if (forEach) {
    let v = ctx.ev.eval(forEach.expr, forEach.file === void 0 ? scope : { ...scope, f: forEach.file });
    const over = v.k === "ref" ? v.target.unknownKeys : void 0;
    if (v.k === "ref" && over) {
      const u = unknown(`the for_each keys of ${what} are those of ${v.target.describe}, which are not known statically`, at);
      return { kind: "for_each", keys: [{ key: { k: "unknown" }, each: { key: u, value: over.each }, maybe: over.maybe }] };
    }
    if (v.k === "ref") v = v.target.whole(at);
    const keys = [];
    const unknownEach = () => {
      const elements = `${where.prefix}for_each(${ctx.files.oneLine(forEach.file ?? scope.f, forEach.expr.start, forEach.expr.end)})`;
      const why = `the for_each keys of ${what} are not known statically`;
      const keyed = !refersToObjects(forEach.expr);
      return {
        key: { k: "unknown" },
        each: {
          key: unknown(why, at, keyed ? `${elements}.key` : void 0),
          value: unknown(why, at, keyed ? `${elements}.value` : void 0)
        }
      };
    };
    const invalid = v.k === "null" ? "null" : v.k === "list" && !v.set && (v.items.length > 0 || unparen(forEach.expr).t === "tuple") ? "a list" : v.k === "list" && v.set ? setOfOtherThanStrings(v.items) : void 0;
    if (invalid) {
      ctx.problem(
        "TF_INVALID_FOR_EACH",
        valueAt(forEach, scope),
        `${what} has for_each = ${invalid}; Terraform takes only a map or a set of strings${invalid.startsWith("a set") ? "" : " (toset(...))"}`,
        "warning"
      );
      const why = `the for_each of ${what} is ${invalid}, which Terraform rejects`;
      return { kind: "for_each", keys: [{ ...unknownEach(), maybe: maybeCondition(ctx, where, forEach, "is valid", why) }] };
    }
    let pairs;
    if (v.k === "object") pairs = [...v.attrs.keys()].sort().map((k) => [k, v.attrs.get(k)]);
    else if (v.k === "list") {
      pairs = [];
      for (const item of v.items) {
        const s = toStr(item);
        const text = s && knownText(s);
        if (text === void 0) {
          pairs = void 0;
          break;
        }
        pairs.push([text, item]);
      }
      if (pairs) pairs.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    }
    if (!pairs) {
      const some = v.k === "list" && v.items.length > 0;
      const why = v.k === "unknown" ? v.why : "its keys are not known statically";
      const maybe = some ? void 0 : maybeCondition(ctx, where, forEach, "is not empty", why);
      return { kind: "for_each", keys: [{ ...unknownEach(), maybe }] };
    }
    const seen = /* @__PURE__ */ new Set();
    for (const [k, value] of pairs) {
      if (seen.has(k)) continue;
      seen.add(k);
      if (keys.length >= cap) {
        if (cap < ctx.limits.maxInstances) warnUnitCap(ctx, what, valueAt(forEach, scope));
        else
          ctx.problem(
            "EVAL_LIMIT",
            valueAt(forEach, scope),
            `${what} has more than ${cap} for_each instances; the rest is one unknown instance ([*])`,
            "warning"
          );
        keys.push(unknownEach());
        break;
      }
      keys.push({ key: { k: "str", v: k }, each: { key: str(k, value.at), value } });
    }
    return { kind: "for_each", keys };
  }
  return { kind: "single", keys: [{ key: { k: "none" }, maybe: enabled === true ? void 0 : enabled }] };
}
function setOfOtherThanStrings(items) {
  if (!items.length) return void 0;
  if (items.every((i) => i.k === "number")) return "a set of numbers";
  if (items.every((i) => i.k === "bool")) return "a set of bools";
  return void 0;
}
function lifecycleEnabled(ctx, block, where) {
  let a;
  for (const b of block.body.blocks) if (b.type === "lifecycle") a = attr(b.body, "enabled") ?? a;
  if (!a) return true;
  const v = ctx.ev.eval(a.expr, a.file === void 0 ? where.scope : { ...where.scope, f: a.file });
  const on = toBoolean(v);
  if (on !== void 0) return on;
  return maybeCondition(ctx, where, a, "is true", v.k === "unknown" ? v.why : "the value is not a bool");
}
var VALUE_NAMES = /* @__PURE__ */ new Set(["var", "local", "each", "count", "path", "terraform", "self"]);
function refersToObjects(e, bound = /* @__PURE__ */ new Set()) {
  const walk = (x, b) => {
    if (Array.isArray(x)) return x.some((y) => walk(y, b));
    if (typeof x !== "object" || x === null) return false;
    const node = x;
    if (node.t === "var") return typeof node.name === "string" && !VALUE_NAMES.has(node.name) && !b.has(node.name);
    if (node.t === "for" && typeof node.valueVar === "string") {
      if (walk(node.coll, b)) return true;
      const inner = new Set(b).add(node.valueVar);
      if (node.keyVar) inner.add(node.keyVar);
      return Object.entries(x).some(([k, y]) => k !== "coll" && walk(y, inner));
    }
    return Object.values(x).some((y) => walk(y, b));
  };
  return walk(e, bound);
}
function maybeCondition(ctx, where, a, holds, why) {
  const { scope, what, prefix } = where;
  const f = a.file ?? scope.f;
  const textOf = (e) => ctx.files.oneLine(f, e.start, e.end);
  const text = textOf(a.expr);
  const gate = a.name === "count" ? onWhen(a.expr) : a.name === "enabled" ? unparen(a.expr) : void 0;
  return {
    key: gate ? `${prefix}${textOf(gate)} is true` : `${prefix}${a.name} = ${text}`,
    why: `${what} exists only when ${a.name} = ${text} ${holds}: ${why}`,
    at: { f, s: a.start, e: a.end },
    path: `${what}.${a.name}`
  };
}
var unparen = (e) => e.t === "paren" ? unparen(e.expr) : e;
function onWhen(e) {
  e = unparen(e);
  if (e.t !== "cond") return void 0;
  const one = (x, n) => x.t === "literal" && x.value === n;
  return one(e.then, 1) && one(e.else, 0) ? e.cond : void 0;
}
function eachObject(each, at) {
  return obj(
    /* @__PURE__ */ new Map([
      ["key", each.key],
      ["value", each.value]
    ]),
    at
  );
}
function instanceScope(base, key, each, kind, at) {
  if (!each && kind !== "count") return base;
  const iter = new Map(base.iter);
  if (each) iter.set("each", eachObject(each, at));
  if (kind === "count")
    iter.set(
      "count",
      obj(/* @__PURE__ */ new Map([["index", key.k === "int" ? num(key.v, at) : unknown("count.index of an instance whose count is not known", at)]]), at)
    );
  return { ...base, iter };
}
function collectionValue(e, toValue, describe, at) {
  if (e.kind === "single") {
    const v = toValue(e.instances[0]);
    return v.k === "ref" ? { ...v, target: { ...v.target, noInstanceKey: true } } : v;
  }
  if (e.kind === "disabled") return nul(at);
  if (!e.wildcard) {
    if (e.kind === "count") return list(e.instances.map(toValue), at);
    const attrs = /* @__PURE__ */ new Map();
    for (const [k, i] of e.byKey) attrs.set(String(k), toValue(i));
    return obj(attrs, at);
  }
  const wildcard = e.wildcard;
  const target = {
    describe,
    get: (name, a) => failure(`${describe} has several instances; index it before reading "${name}"`, a),
    index: (key, a) => {
      const text = toStr(key);
      const k = key.k === "number" ? key.v : text && knownText(text);
      const i = k !== void 0 ? e.byKey.get(k) : void 0;
      void a;
      return toValue(i ?? wildcard);
    },
    whole: (a) => unknown(`the instances of ${describe} are not known statically`, a)
  };
  if (e.byKey.size === 0) target.unknownKeys = { each: toValue(wildcard), maybe: e.wildcardMaybe };
  return { k: "ref", target, at };
}
var ResourceInstance = class {
  constructor(mod, config, key, scope, maybe) {
    this.mod = mod;
    this.config = config;
    this.key = key;
    const local = `${config.mode === "data" ? "data." : ""}${config.type}.${config.name}${keySuffix(key)}`;
    this.address = `${mod.prefix}${local}`;
    this.scope = scope;
    this.maybe = maybe ? [...mod.maybe, maybe] : mod.maybe;
  }
  mod;
  config;
  key;
  address;
  scope;
  /** Created on the first reference: most instances are never referenced by another expression. */
  attrCache;
  view;
  /** Why the instance may not exist: the conditions of the module calls above it, then its own. */
  maybe;
  get type() {
    return this.config.type;
  }
  get header() {
    return blockHeader(this.config.f, this.config.block);
  }
  body() {
    if (!this.view) {
      const b = this.config.block;
      this.view = new HclBodyView(
        this.mod.ctx.ev,
        b.body,
        this.scope,
        this.header,
        { f: this.config.f, s: b.start, e: b.end },
        this.address
      );
    }
    return this.view;
  }
  /** `aws_s3_bucket.b.<name>` read from another expression. */
  get(name, at) {
    const cached = this.attrCache?.get(name);
    if (cached) return cached;
    const v = this.mod.ctx.ev.guardRef(
      `${this.address}.${name}`,
      at ?? this.header,
      () => computedAttribute(this, name, at) ?? this.configured(name, at)
    );
    (this.attrCache ??= /* @__PURE__ */ new Map()).set(name, v);
    return v;
  }
  configured(name, at) {
    const view = this.body();
    const a = view.attr(name);
    if (a) return a.value;
    const blocks = this.config.block.body.blocks.filter((b) => b.type === name || b.type === "dynamic" && b.labels[0]?.value === name);
    if (blocks.length)
      return list(
        view.blocks(name).map((v, i) => bodyValue(v, blocks[i]?.type === name ? blocks[i].body : void 0, at ?? this.header)),
        at
      );
    return placeholderOrUnknown(this, name, at);
  }
  refValue;
  ref() {
    if (!this.refValue) {
      const target = {
        describe: this.address,
        get: (n, a) => this.get(n, a),
        whole: (a) => unknown(`the whole object ${this.address} is not modelled`, a)
      };
      this.refValue = { k: "ref", target };
    }
    return this.refValue;
  }
};
function undeclaredResource(address, type) {
  const get = (attr2, at) => {
    if (type === "aws_s3_bucket" && (attr2 === "id" || attr2 === "bucket" || attr2 === "arn")) {
      return { k: "sym", parts: [{ kind: "bucket", id: address, attr: attr2 === "arn" ? "arn" : "name" }], at };
    }
    if (/(^|_)(id|arn|name)$/.test(attr2)) return { k: "sym", parts: [{ kind: "resource", id: address, type, attr: attr2 }], at };
    return unknown(`${address} is not declared in this module`, at, `${address}.${attr2}`);
  };
  return {
    k: "ref",
    target: {
      describe: address,
      get,
      index: () => undeclaredResource(address, type),
      // Terraform rejects the reference; only an id, ARN or name is kept symbolic (above).
      whole: (at) => failure(`${address} is not declared in this module`, at, address)
    }
  };
}
function placeholderOrUnknown(inst, name, at) {
  if (/(^|_)(id|arn|name)$/.test(name)) {
    return { k: "sym", parts: [{ kind: "resource", id: inst.address, type: inst.type, attr: name }], at };
  }
  return unknown(`${inst.address}.${name} is computed by the provider`, at, `${inst.address}.${name}`);
}
var ModuleInstance = class _ModuleInstance {
  constructor(ctx, config, prefix, call, depth = 0) {
    this.ctx = ctx;
    this.config = config;
    this.prefix = prefix;
    this.call = call;
    this.depth = depth;
    this.moduleDir = config.dir;
    this.rootDir = ctx.rootDir;
  }
  ctx;
  config;
  prefix;
  call;
  depth;
  moduleDir;
  rootDir;
  locals = /* @__PURE__ */ new Map();
  vars = /* @__PURE__ */ new Map();
  expansions = /* @__PURE__ */ new Map();
  calls = /* @__PURE__ */ new Map();
  outputsCache = /* @__PURE__ */ new Map();
  values = /* @__PURE__ */ new Map();
  /**
   * `values` of resources by their config object, looked up first: the string key built per call
   * (a fresh string, hashed anew each time) was most of `resourceValue`'s time, which every
   * reference to a resource pays. Filled as `values` is, so the two always agree.
   */
  configValues = /* @__PURE__ */ new Map();
  /** Why this instance may not exist: the conditions of the calls that lead to it. */
  get maybe() {
    return this.call?.maybe ?? NO_CONDITIONS;
  }
  /** Calls from the root down to this instance (outermost first). */
  callChain() {
    const out = [];
    for (let call = this.call; call; call = call.parent.call) out.unshift(call);
    return out;
  }
  roots = /* @__PURE__ */ new Map();
  root(name, at) {
    if (name === "path" || name === "terraform" || name === "each" || name === "count" || name === "self") return this.makeRoot(name, at);
    if (this.roots.has(name)) return this.roots.get(name);
    const v = this.makeRoot(name, at);
    this.roots.set(name, v);
    return v;
  }
  makeRoot(name, at) {
    switch (name) {
      case "var":
        return this.namespace("var", (n, a) => this.variable(n, a));
      case "local":
        return this.namespace("local", (n, a) => this.local(n, a));
      case "module":
        return this.namespace("module", (n, a) => this.moduleValue(n, a));
      case "data":
        return this.namespace("data", (type, a) => {
          if (!this.config.dataByType.has(type)) return failure(`data source type "${type}" is not declared in this module`, a);
          return this.namespace(`data.${type}`, (n, b) => {
            const rc = this.config.data.get(`${type}.${n}`);
            if (!rc) return failure(`data.${type}.${n} is not declared`, b);
            return this.resourceValue(rc, b);
          });
        });
      case "path":
        return obj(
          /* @__PURE__ */ new Map([
            ["module", str(path2.relative(this.rootDir, this.moduleDir).split(path2.sep).join("/") || ".", at)],
            ["root", str(".", at)],
            ["cwd", str(".", at)]
          ]),
          at
        );
      case "terraform":
        return obj(/* @__PURE__ */ new Map([["workspace", unknown("terraform.workspace is chosen at run time", at, "terraform.workspace")]]), at);
      case "each":
      case "count":
      case "self":
        return failure(`"${name}" is not available here`, at);
    }
    if (!this.config.resourcesByType.has(name) && !name.includes("_")) return void 0;
    return this.namespace(name, (n, a) => {
      const rc = this.config.resources.get(`${name}.${n}`);
      if (!rc) return undeclaredResource(`${this.prefix}${name}.${n}`, name);
      return this.resourceValue(rc, a);
    });
  }
  namespace(describe, get) {
    return { k: "ref", target: { describe, get, whole: (a) => unknown(`"${describe}" as a whole is not modelled`, a) } };
  }
  /** Terraform's own error for a reference to something the module does not declare, once per place. */
  undeclared(ref, what, at) {
    if (!at) return;
    let seen = undeclaredSeen.get(this.ctx);
    if (!seen) undeclaredSeen.set(this.ctx, seen = /* @__PURE__ */ new Set());
    const place = `${at.f}:${at.s}:${ref}`;
    if (seen.has(place)) return;
    seen.add(place);
    this.ctx.problem("TF_UNDECLARED", at, `Reference to undeclared ${what} ${ref}: Terraform rejects the configuration`, "warning");
  }
  guard(key, at, f) {
    return this.ctx.ev.guardRef(`${this.prefix}${key}`, at ?? { f: 0, s: 0, e: 0 }, f);
  }
  local(name, at) {
    const cached = this.locals.get(name);
    if (cached) return cached;
    const lc = this.config.locals.get(name);
    if (!lc) {
      this.undeclared(`local.${name}`, "local value", at);
      return failure(`local.${name} is not declared`, at, `${this.prefix}local.${name}`);
    }
    const v = this.guard(
      `local.${name}`,
      { f: lc.f, s: lc.attr.start, e: lc.attr.end },
      () => this.ctx.ev.eval(lc.attr.expr, { ns: this, f: lc.f })
    );
    this.locals.set(name, v);
    return v;
  }
  variable(name, at) {
    const cached = this.vars.get(name);
    if (cached) return cached;
    const vc = this.config.variables.get(name);
    if (!vc) {
      this.undeclared(`var.${name}`, "input variable", at);
      return failure(`var.${name} is not declared`, at, `${this.prefix}var.${name}`);
    }
    const key = `${this.prefix}var.${name}`;
    const v = this.guard(`var.${name}`, at, () => {
      let def = null;
      const fromDefault = () => {
        if (def === null) def = vc.default ? this.ctx.ev.eval(vc.default.expr, { ns: this, f: vc.default.file ?? vc.f }) : void 0;
        return def;
      };
      if (this.call) {
        const input = this.call.input(name);
        if (input !== void 0 && !(input.k === "null" && !vc.nullable)) return input;
        return fromDefault() ?? unknown(`var.${name} has no default and the module call does not set it`, at, key);
      }
      const set = this.ctx.rootVariable(name, fromDefault);
      if (set && !(set.k === "null" && !vc.nullable)) return set;
      return fromDefault() ?? unknown(`var.${name} has no default and no .tfvars value`, at, key);
    });
    let out = v.k === "unknown" && !v.error ? { ...v, key: v.key ?? key, ident: v.ident ?? key } : v;
    if (vc.type && out.k !== "unknown") {
      const f = vc.type.file ?? vc.f;
      out = convertToType(out, readTypeConstraint(vc.type.expr), (e) => this.ctx.ev.eval(e, { ns: this, f }));
    }
    if (vc.sensitive) out = markSensitive(this.ctx.sensitive, out, this.variableName(name), at);
    this.vars.set(name, out);
    return out;
  }
  /** `var.x`, or `var.x of module.m` in a called module: how a problem names the variable. */
  variableName(name) {
    return `var.${name}${this.prefix ? ` of ${this.prefix.slice(0, -1)}` : ""}`;
  }
  output(name, at) {
    const cached = this.outputsCache.get(name);
    if (cached) return cached;
    const oc = this.config.outputs.get(name);
    if (!oc || !oc.value) return failure(`module output "${name}" is not declared`, at);
    const v = this.guard(`output.${name}`, at, () => this.ctx.ev.eval(oc.value.expr, { ns: this, f: oc.value.file ?? oc.f }));
    this.outputsCache.set(name, v);
    return v;
  }
  // ----- resources
  expand(rc) {
    const id = `${rc.mode}.${rc.type}.${rc.name}`;
    const cached = this.expansions.get(id);
    if (cached) return cached;
    const base = { ns: this, f: rc.f };
    const what = `${this.prefix}${rc.mode === "data" ? "data." : ""}${rc.type}.${rc.name}`;
    this.expansions.set(id, PENDING);
    const { kind, keys } = expandKeys(this.ctx, rc.block, { scope: base, what, prefix: this.prefix });
    const at = { f: rc.f, s: rc.block.start, e: rc.block.end };
    const e = { kind, instances: [], byKey: kind === "single" ? NO_KEYS : /* @__PURE__ */ new Map() };
    for (const k of keys) {
      const inst = new ResourceInstance(this, rc, k.key, instanceScope(base, k.key, k.each, kind, at), k.maybe);
      e.instances.push(inst);
      if (k.key.k === "int" || k.key.k === "str") e.byKey.set(k.key.v, inst);
      if (k.key.k === "unknown") {
        e.wildcard = inst;
        e.wildcardMaybe = k.maybe;
      }
    }
    this.expansions.set(id, e);
    return e;
  }
  /** `aws_s3_bucket.b` as a value; built once, since a counted resource is referenced once per instance. */
  resourceValue(rc, at) {
    const done = this.configValues.get(rc);
    if (done) return done;
    const id = `${rc.mode}.${rc.type}.${rc.name}`;
    const cached = this.values.get(id);
    if (cached) {
      this.configValues.set(rc, cached);
      return cached;
    }
    const e = this.expand(rc);
    if (isPending(e)) return unknown(`${rc.type}.${rc.name} depends on itself`, at);
    const v = collectionValue(e, (i) => i.ref(), `${this.prefix}${rc.type}.${rc.name}`, { f: rc.f, s: rc.block.start, e: rc.block.end });
    this.values.set(id, v);
    this.configValues.set(rc, v);
    return v;
  }
  /** Every instance of every resource (or data source) of the given types in this module. */
  resourceInstances(types, mode = "managed") {
    const out = [];
    const map = mode === "managed" ? this.config.resources : this.config.data;
    for (const rc of map.values()) if (types.has(rc.type)) appendAll(out, this.expand(rc).instances);
    return out;
  }
  // ----- module calls
  children() {
    const out = [];
    for (const mc of this.config.modules.values()) appendAll(out, this.expandCall(mc).instances);
    return out;
  }
  expandCall(mc) {
    const cached = this.calls.get(mc.name);
    if (cached) return cached;
    const base = { ns: this, f: mc.f };
    const what = `${this.prefix}module.${mc.name}`;
    const pending = { kind: "single", instances: [], byKey: /* @__PURE__ */ new Map() };
    this.calls.set(mc.name, pending);
    const { kind, keys } = expandKeys(this.ctx, mc.block, { scope: base, what, prefix: this.prefix });
    const at = { f: mc.f, s: mc.block.start, e: mc.block.end };
    const e = { kind, instances: [], byKey: /* @__PURE__ */ new Map() };
    for (const k of keys) {
      const child = this.makeChild(mc, k.key, instanceScope(base, k.key, k.each, kind, at), k.maybe);
      e.instances.push(child);
      if (k.key.k === "int" || k.key.k === "str") e.byKey.set(k.key.v, child);
      if (k.key.k === "unknown") {
        e.wildcard = child;
        e.wildcardMaybe = k.maybe;
      }
    }
    this.calls.set(mc.name, e);
    return e;
  }
  makeChild(mc, key, scope, maybe) {
    const address = `${this.prefix}module.${mc.name}${keySuffix(key)}`;
    const inputs = /* @__PURE__ */ new Map();
    const META = /* @__PURE__ */ new Set(["source", "version", "count", "for_each", "providers", "depends_on"]);
    const call = {
      parent: this,
      config: mc,
      key,
      address,
      scope,
      maybe: maybe ? [...this.maybe, maybe] : this.maybe,
      input: (name) => {
        if (META.has(name)) return void 0;
        if (inputs.has(name)) return inputs.get(name);
        const a = attr(mc.block.body, name);
        const v = a ? this.ctx.ev.eval(a.expr, a.file === void 0 ? scope : { ...scope, f: a.file }) : void 0;
        inputs.set(name, v);
        return v;
      },
      inputAt: (name) => {
        const a = attr(mc.block.body, name);
        return a ? { f: a.file ?? mc.f, s: a.start, e: a.end } : void 0;
      }
    };
    const kind = this.ctx.classifySource(mc.source);
    if (kind === "registry-s3") return { kind, call };
    if (kind === "registry-s3-notification") return { kind, call };
    const vendored = kind === "other" ? this.ctx.vendoredModule([...this.callChain().map((c) => c.config.name), mc.name].join(".")) : void 0;
    const absolute = kind === "other" && mc.source !== void 0 && mc.source.startsWith("/");
    if (kind === "other" && !vendored && !absolute || mc.source === void 0) {
      return {
        kind: "other",
        call,
        reason: mc.source === void 0 ? "its source is not a literal string" : `${mc.source} is not vendored in the scanned files`
      };
    }
    const dir = vendored ?? path2.resolve(this.config.dir, mc.source);
    if (!this.ctx.insideRoots(dir)) {
      this.ctx.problem(
        "FILE_OUTSIDE_ROOT",
        blockHeader(mc.f, mc.block),
        `module "${mc.name}" calls ${mc.source}${vendored ? ", which `terraform init` put" : ""} outside the scanned paths; it was not read, so nothing it declares is checked`,
        "warning"
      );
      return { kind: "other", call, reason: `${mc.source} is outside the scanned paths` };
    }
    const config = this.ctx.config(dir);
    if (!config) return { kind: "other", call, reason: `${mc.source} has no Terraform files inside the scanned paths` };
    const real = this.ctx.realDir(dir);
    for (const ancestor of [this, ...this.callChain().map((c) => c.parent)]) {
      if (ancestor.config.dir === dir || this.ctx.realDir(ancestor.config.dir) === real) {
        this.ctx.problem(
          "MODULE_CYCLE",
          blockHeader(mc.f, mc.block),
          `module "${mc.name}" calls ${mc.source}, which is already being expanded (a module cycle)`,
          "error"
        );
        return { kind: "other", call, reason: "it is part of a module cycle" };
      }
    }
    if (this.depth + 1 > MAX_MODULE_DEPTH) {
      this.ctx.problem(
        "EVAL_LIMIT",
        blockHeader(mc.f, mc.block),
        `Modules nest deeper than ${MAX_MODULE_DEPTH} levels; module "${mc.name}" is not expanded, so nothing it declares is checked`,
        "error"
      );
      return { kind: "other", call, reason: "modules nest too deeply" };
    }
    if (key.k === "none" && (expandedPerUnit.get(this.ctx) ?? 0) > this.ctx.limits.maxInstances * 10) {
      if (!warnedModulesCapped.has(this.ctx)) {
        warnedModulesCapped.add(this.ctx);
        this.ctx.problem(
          "EVAL_LIMIT",
          blockHeader(mc.f, mc.block),
          `this configuration expands to more than ${this.ctx.limits.maxInstances * 10} resource and module instances (10 \xD7 limits.maxInstances); module "${mc.name}" and the module calls after it are not expanded, so nothing they declare is checked`,
          "error"
        );
      }
      return { kind: "other", call, reason: "the configuration expands to too many instances" };
    }
    return { kind: "local", call, instance: new _ModuleInstance(this.ctx, config, `${address}.`, call, this.depth + 1) };
  }
  moduleValue(name, at) {
    const cached = this.values.get(`module.${name}`);
    if (cached) return cached;
    const mc = this.config.modules.get(name);
    if (!mc) return failure(`module.${name} is not declared`, at);
    const e = this.expandCall(mc);
    if (isPending(e)) return unknown(`module.${name} depends on itself`, at);
    const v = collectionValue(e, (c) => childValue(c), `${this.prefix}module.${name}`, { f: mc.f, s: mc.block.start, e: mc.block.end });
    this.values.set(`module.${name}`, v);
    return v;
  }
};
function childValue(c) {
  const target = {
    describe: c.call.address,
    get: (name, at) => {
      if (c.kind === "local") return outputForCaller(c.instance, c.call.address, name, at);
      if (c.kind === "registry-s3") return registryS3Output(c.call, name, at);
      if (c.kind === "registry-s3-notification")
        return unknown(`output ${name} of ${c.call.address} is not modelled`, at, `${c.call.address}.${name}`);
      return unknown(`module ${c.call.address} is not scanned (${c.reason})`, at, `${c.call.address}.${name}`);
    },
    whole: (at) => {
      if (c.kind !== "local") return unknown(`module ${c.call.address} is not scanned`, at);
      const attrs = /* @__PURE__ */ new Map();
      for (const o of c.instance.config.outputs.keys()) attrs.set(o, outputForCaller(c.instance, c.call.address, o, at));
      return obj(attrs, at);
    }
  };
  return { k: "ref", target };
}
function outputForCaller(instance, address, name, at) {
  const v = instance.output(name, at);
  return instance.config.outputs.get(name)?.sensitive ? markSensitive(instance.ctx.sensitive, v, `${address}.${name}`, at) : v;
}
function registryS3Output(call, name, at) {
  const id = call.address;
  switch (name) {
    case "s3_bucket_id":
      return { k: "sym", parts: [{ kind: "bucket", id, attr: "name" }], at };
    case "s3_bucket_arn":
      return { k: "sym", parts: [{ kind: "bucket", id, attr: "arn" }], at };
    case "s3_bucket_bucket_domain_name":
    case "s3_bucket_bucket_regional_domain_name":
      return { k: "sym", parts: [{ kind: "bucket", id, attr: "domain" }], at };
    default:
      return unknown(`output ${name} of ${id} is not modelled`, at, `${id}.${name}`);
  }
}

// src/parsers/terraform/tfvars.ts
function isAutoTfvars(name) {
  if (name.includes("/")) return false;
  return name === "terraform.tfvars" || name === "terraform.tfvars.json" || name.endsWith(".auto.tfvars") || name.endsWith(".auto.tfvars.json");
}
function rank(name) {
  if (name === "terraform.tfvars") return 0;
  if (name === "terraform.tfvars.json") return 1;
  return 2;
}
function rootVariables(files, ev, rootDir, planned) {
  const ns = { root: () => void 0, moduleDir: rootDir, rootDir, prefix: "" };
  const valuesOf = (file) => {
    const out = /* @__PURE__ */ new Map();
    if (file.body) {
      for (const a of file.body.attributes) {
        const why = file.unusable?.get(a.name);
        const at = { f: file.f, s: a.expr.start, e: a.expr.end };
        out.set(a.name, why === void 0 ? ev.eval(a.expr, { ns, f: file.f }) : unknown(why, at, `var.${a.name}`));
      }
    } else if (file.jsonText !== void 0) {
      const text = str(file.jsonText, { f: file.f, s: 0, e: file.jsonText.length });
      text.src = { f: file.f, anchors: lineAnchors2(file.jsonText) };
      const v = decodeJson(text, ev.files, ev.limits.maxDepth, text.at);
      if (v.k === "object") for (const [k, x] of v.attrs) out.set(k, x);
    }
    return out;
  };
  const auto = files.filter((f) => isAutoTfvars(f.name)).sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const others = files.filter((f) => !isAutoTfvars(f.name)).sort((a, b) => a.name < b.name ? -1 : 1);
  const applied = /* @__PURE__ */ new Map();
  for (const f of auto) for (const [k, v] of valuesOf(f)) applied.set(k, v);
  const alternatives = /* @__PURE__ */ new Map();
  for (const f of others) {
    for (const [k, v] of valuesOf(f)) {
      const list2 = alternatives.get(k) ?? [];
      list2.push({ file: f.name, value: v });
      alternatives.set(k, list2);
    }
  }
  const fromPlan = (name) => {
    if (!planned?.has(name) || applied.has(name)) return void 0;
    const json = planned.get(name);
    if (json === null || json === void 0)
      return unknown(`var.${name} differs between the plans read beside this module`, void 0, `var.${name}`);
    return decodeJson(str(json), ev.files, ev.limits.maxDepth, void 0);
  };
  return (name, fromDefault) => {
    const plan = fromPlan(name);
    if (plan) return plan;
    const alts = alternatives.get(name);
    const base = applied.get(name) ?? (alts ? fromDefault() : void 0);
    if (!alts) return applied.get(name);
    if (base && alts.every((a) => valuesEqual(a.value, base) === true)) return base;
    const names = alts.map((a) => a.file).join(", ");
    return unknown(`var.${name} depends on which .tfvars file is passed with -var-file (${names} set it)`, alts[0].value.at, `var.${name}`);
  };
}
function lineAnchors2(text) {
  const a = [0, 1, 1];
  let line = 1;
  for (let j = text.indexOf("\n"); j !== -1 && j + 1 < text.length; j = text.indexOf("\n", j + 1)) a.push(j + 1, ++line, 1);
  return a;
}

// src/parsers/terraform/tfvars-literals.ts
function tfvarsIssues(body) {
  const out = [];
  for (const item of body.items) {
    if (item.kind === "block") {
      out.push({ offset: item.start, message: `A .tfvars file takes only values; Terraform rejects this ${item.type} block` });
      continue;
    }
    const bad = notLiteral(item.expr, /* @__PURE__ */ new Set());
    if (bad)
      out.push({
        offset: bad.start,
        message: `A .tfvars value may not ${bad.t === "call" ? `call functions (${bad.name})` : `refer to anything (${bad.name})`}; Terraform rejects it, so var.${item.name} is unknown`,
        variable: item.name
      });
  }
  return out;
}
function notLiteral(e, bound) {
  const firstOf = (xs) => {
    for (const x of xs) {
      const bad = x && notLiteral(x, bound);
      if (bad) return bad;
    }
    return void 0;
  };
  const first = (...xs) => firstOf(xs);
  switch (e.t) {
    case "literal":
    case "invalid":
      return void 0;
    case "var":
      return bound.has(e.name) ? void 0 : { t: "var", name: e.name, start: e.start };
    case "call":
      return { t: "call", name: e.name, start: e.start };
    case "template":
      return inParts(e.parts, bound);
    case "getattr": {
      const bad = first(e.obj);
      return bad?.t === "var" && bad.start === e.start ? { ...bad, name: `${bad.name}.${e.name}` } : bad;
    }
    case "paren":
      return first(e.expr);
    case "index":
      return first(e.obj, e.key);
    case "splat":
      return firstOf([e.obj, ...e.ops.map((op) => op.t === "index" ? op.key : void 0)]);
    case "tuple":
      return firstOf(e.items);
    case "object":
      return firstOf(e.items.flatMap((i) => [i.keyIsIdent ? void 0 : i.key, i.value]));
    case "unary":
      return first(e.operand);
    case "binary":
      return first(e.left, e.right);
    case "cond":
      return first(e.cond, e.then, e.else);
    case "for": {
      const inner = withNames(bound, e.keyVar, e.valueVar);
      return first(e.coll) ?? [e.keyExpr, e.valueExpr, e.cond].map((x) => x && notLiteral(x, inner)).find((x) => x);
    }
  }
}
function inParts(parts, bound) {
  for (const p of parts) {
    let bad;
    if (p.t === "interp") bad = notLiteral(p.expr, bound);
    else if (p.t === "if") bad = notLiteral(p.cond, bound) ?? inParts(p.then, bound) ?? inParts(p.else, bound);
    else if (p.t === "for") bad = notLiteral(p.coll, bound) ?? inParts(p.body, withNames(bound, p.keyVar, p.valueVar));
    if (bad) return bad;
  }
  return void 0;
}
function withNames(bound, ...names) {
  const out = new Set(bound);
  for (const n of names) if (n) out.add(n);
  return out;
}

// src/parsers/terraform/load-unit.ts
function readOptional(ctx, abs) {
  try {
    return ctx.readFile(abs);
  } catch {
    return void 0;
  }
}
function loadTerraformUnit(unit, ctx) {
  const { root, ctx: uctx, problems, notes, texts } = prepareTerraformUnit(unit, ctx);
  let built;
  try {
    built = buildModel(root, uctx, unit.id);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    problems.push({
      code: "EVAL_LIMIT",
      file: unit.files[0]?.rel ?? unit.id,
      line: 1,
      column: 1,
      message: `Evaluation of this module was abandoned: ${e.message}`,
      level: "error"
    });
    return { models: [], problems, notes, texts, sensitiveTexts: uctx.sensitive.texts };
  }
  appendAll(problems, built.problems);
  appendAll(notes, built.notes);
  return { models: [built.model], problems, notes: [...new Set(notes)], texts, sensitiveTexts: uctx.sensitive.texts };
}
function prepareTerraformUnit(unit, ctx) {
  const problems = [];
  const notes = [];
  const texts = /* @__PURE__ */ new Map();
  const knownDisplay = new Map(unit.files.map((cf) => [cf.abs, cf.rel]));
  const data = unit.data;
  const takePlannedText = (abs) => {
    const planned = data?.texts;
    if (!planned || !Object.hasOwn(planned, abs)) return void 0;
    const text = planned[abs];
    delete planned[abs];
    ctx.inputs?.read(abs, text);
    return text;
  };
  const files = new SourceFiles();
  const seen = /* @__PURE__ */ new Set();
  const problem = (code, at, message, level) => {
    const file = files.get(at.f);
    const pos = file.lines.position(at.s);
    const key = `${code}:${file.display}:${pos.line}:${pos.column}`;
    if (seen.has(key)) return;
    seen.add(key);
    problems.push({ code, file: file.display, line: pos.line, column: pos.column, message, level });
  };
  const syntax = (f, issues, code) => {
    for (const i of issues) problem(code, { f, s: i.offset, e: i.offset }, i.message, "error");
  };
  const read = (abs) => {
    const known = files.find(abs);
    if (known !== void 0) return { f: known, text: files.get(known).text };
    const text = takePlannedText(abs) ?? readOptional(ctx, abs);
    if (text === void 0) return void 0;
    const display = knownDisplay.get(abs) ?? ctx.displayPath(abs);
    const f = files.add(abs, display, text);
    texts.set(display, text);
    const bad = ctx.replacedBytes?.(abs, text) === false || text.includes("\0") ? -1 : text.indexOf("\uFFFD");
    if (bad >= 0) problem("INVALID_UTF8", { f, s: bad, e: bad }, "the file is not valid UTF-8; invalid bytes were replaced", "warning");
    return { f, text };
  };
  const parseFile = (abs, shared) => {
    const r = read(abs);
    if (!r) {
      ctx.debug(`${abs}: not read (outside the scanned paths, unreadable or too large)`);
      return void 0;
    }
    if (r.text.includes("\0")) {
      problem("BINARY_FILE", { f: r.f, s: 0, e: 0 }, "the file holds binary data (NUL bytes); it was not parsed", "error");
      return void 0;
    }
    const maxDepth = ctx.limits.maxDepth;
    if (/\.json$/i.test(abs)) {
      let p2;
      if (shared) {
        p2 = moduleParse(abs, r.text, true, maxDepth, () => {
          const { root: _root, ...parsed } = parseJsonConfig(r.text, { maxDepth });
          return { ...parsed, comments: [] };
        });
      } else {
        const own = parseJsonConfig(r.text, { maxDepth });
        rememberJsonConfig(r.text, own);
        p2 = own;
      }
      syntax(r.f, p2.issues, "JSON_SYNTAX");
      return { f: r.f, body: p2.body, comments: [], json: true, override: isOverrideFile(path3.basename(abs)) };
    }
    const hcl = () => parseHcl(r.text, { maxDepth });
    const p = shared ? moduleParse(abs, r.text, false, maxDepth, hcl) : hcl();
    rememberParse(r.text, p);
    syntax(r.f, p.issues, "HCL_SYNTAX");
    return { f: r.f, body: p.body, comments: p.comments, json: false, override: isOverrideFile(path3.basename(abs)) };
  };
  const rootDir = data?.dir ?? path3.dirname(unit.files[0].abs);
  const realDirs = /* @__PURE__ */ new Map();
  const configs = /* @__PURE__ */ new Map();
  const loadDir = (dir, paths) => {
    const listed = paths.filter((p) => CONFIG_FILE.test(p));
    for (const p of listed)
      if (!READ_CONFIG_FILE.test(p))
        notes.push(
          `${knownDisplay.get(p) ?? ctx.displayPath(p)} was not read: Terraform reads only file names ending in lower-case .tf or .tf.json (OpenTofu: .tofu, .tofu.json)`
        );
    const parsed = withoutShadowed(listed.filter((p) => READ_CONFIG_FILE.test(p)).sort()).map((p) => parseFile(p, dir !== rootDir)).filter((p) => p !== void 0);
    return buildModuleConfig(dir, parsed);
  };
  const root = loadDir(
    rootDir,
    unit.files.map((f) => f.abs)
  );
  configs.set(rootDir, root);
  const templates = /* @__PURE__ */ new Map();
  const sensitive = new SensitiveTexts();
  const ev = new Evaluator(files, ctx.limits, problem, {
    files,
    markSensitive: (v, what, at) => markSensitive(sensitive, v, what, at),
    markDerived: (args, v, what, at) => markDerived(sensitive, args, v, what, at),
    loadFile: (abs, at) => {
      if (!isInsideAny(abs, ctx.roots)) {
        problem("FILE_OUTSIDE_ROOT", at, `${ctx.displayPath(abs)} is outside the scanned paths; it was not read`, "warning");
        return `${ctx.displayPath(abs)} is outside the scanned paths`;
      }
      const secret = credentialsIn(abs, ctx.roots);
      if (secret) {
        const what = secret === "git" ? "is under .git/, where a checkout keeps its credentials" : "is a credentials file by its name";
        problem(
          secret === "git" ? "FILE_IN_GIT_FOLDER" : "FILE_CREDENTIALS",
          at,
          `${ctx.displayPath(abs)} ${what}; it was not read`,
          "warning"
        );
        return `${ctx.displayPath(abs)} ${secret === "git" ? "is under .git/" : "is a credentials file"}`;
      }
      const r = read(abs);
      if (!r)
        return `${ctx.displayPath(abs)} could not be read: missing, not a file, larger than limits.maxFileBytes, or a link out of the scanned paths, into .git/ or to a credentials file`;
      if (looksLikeSecret(r.text)) {
        problem(
          "FILE_SECRET",
          at,
          `${ctx.displayPath(abs)} looks like it holds a secret (a private key, token or access key); its content was not used`,
          "warning"
        );
        return `${ctx.displayPath(abs)} looks like it holds a secret`;
      }
      return r;
    },
    parseTemplate: (f) => {
      let t = templates.get(f);
      if (!t) {
        const r = parseTemplateText(files.get(f).text, { maxDepth: ctx.limits.maxDepth });
        syntax(f, r.issues, "HCL_SYNTAX");
        t = r.expr;
        templates.set(f, t);
      }
      return t;
    }
  });
  const tfvars = [];
  for (const cf of unit.files) {
    if (!VARS_FILE.test(cf.abs)) continue;
    const r = read(cf.abs);
    if (!r) continue;
    const name = path3.dirname(cf.abs) === rootDir ? path3.basename(cf.abs) : path3.relative(rootDir, cf.abs).split(path3.sep).join("/");
    if (/\.json$/i.test(name)) {
      const parsed = parseJson(r.text, { maxDepth: ctx.limits.maxDepth, reportDuplicates: true });
      for (const i of parsed.issues) syntax(r.f, [i], i.code);
      if (parsed.root && parsed.root.kind !== "map")
        syntax(r.f, [{ offset: parsed.root.start, message: "A .tfvars.json file must contain a JSON object" }], "JSON_SYNTAX");
      tfvars.push({ f: r.f, name, jsonText: r.text });
    } else {
      const p = parseHcl(r.text, { maxDepth: ctx.limits.maxDepth });
      syntax(r.f, p.issues, "HCL_SYNTAX");
      const refused = tfvarsIssues(p.body);
      syntax(r.f, refused, "HCL_SYNTAX");
      const unusable = /* @__PURE__ */ new Map();
      for (const i of refused) if (i.variable !== void 0) unusable.set(i.variable, i.message);
      tfvars.push({ f: r.f, name, body: p.body, unusable });
    }
  }
  const vendored = /* @__PURE__ */ new Map();
  const manifest = readOptional(ctx, path3.join(rootDir, ".terraform", "modules", "modules.json"));
  if (manifest) {
    try {
      const parsed = JSON.parse(manifest);
      for (const m of parsed.Modules ?? []) {
        if (typeof m.Key === "string" && m.Key && typeof m.Dir === "string") vendored.set(m.Key, path3.resolve(rootDir, m.Dir));
      }
    } catch {
      ctx.debug(`${rootDir}/.terraform/modules/modules.json is not valid JSON; remote modules are not scanned`);
    }
  }
  const uctx = {
    ev,
    files,
    sensitive,
    limits: ctx.limits,
    problem,
    note: (m) => notes.push(m),
    rootDir,
    config: (dir) => {
      if (configs.has(dir)) return configs.get(dir);
      const paths = moduleConfigFilesInside(dir, ctx.roots);
      ctx.inputs?.moduleDir(dir, paths);
      const c = paths.length ? loadDir(dir, paths) : void 0;
      configs.set(dir, c);
      return c;
    },
    insideRoots: (dir) => isInsideAny(dir, ctx.roots),
    realDir: (dir) => {
      let real = realDirs.get(dir);
      if (real === void 0) {
        try {
          real = fs.realpathSync.native(dir);
        } catch {
          real = dir;
        }
        realDirs.set(dir, real);
      }
      return real;
    },
    rootVariable: rootVariables(tfvars, ev, rootDir, ctx.planVariables?.(unit.id)),
    vendoredModule: (key) => vendored.get(key),
    classifySource: (source) => {
      if (source === void 0) return "other";
      if (source.startsWith("./") || source.startsWith("../")) return "local";
      return registryS3Kind(source) ?? "other";
    }
  };
  return { root: new ModuleInstance(uctx, root, ""), ctx: uctx, problems, notes, texts };
}

// src/parsers/terraform/index.ts
var terraformPlugin = {
  ...terraformPlanner,
  load: loadTerraformUnit,
  renderFix: renderTerraformFix,
  unitDone: forgetFixParses
};
export {
  terraformPlugin
};
