import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  credentialsIn,
  isInsideAny
} from "./chunk-6LT7P3SI.js";
import {
  strParts
} from "./chunk-Z3EKPFHN.js";
import {
  exactSize,
  ownEntry,
  parseJson
} from "./chunk-LIWTLKFB.js";

// src/parsers/terraform/config-files.ts
var CONFIG_FILE = /\.(tf|tofu)(\.json)?$/i;
var READ_CONFIG_FILE = /\.(tf|tofu)(\.json)?$/;
var VARS_FILE = /\.tfvars(\.json)?$/i;
var TERRAFORM_FILE = /\.(tf|tofu|tfvars)(\.json)?$/i;
function isOverrideFile(name) {
  return /(^|_)override\.(tf|tofu)(\.json)?$/.test(name);
}
function withoutShadowed(paths) {
  const twins = /* @__PURE__ */ new Set();
  for (const p of paths) if (/\.tofu(\.json)?$/.test(p)) twins.add(p.replace(/\.tofu(\.json)?$/, ".tf$1"));
  return twins.size === 0 ? [...paths] : paths.filter((p) => !twins.has(p));
}

// src/parsers/terraform/hcl/ast.ts
function attr(body, name) {
  for (const a of body.attributes) if (a.name === name) return a;
  return void 0;
}

// src/parsers/terraform/hcl/issues.ts
var MAX_ISSUES = 50;
var COMPACT_AT = 1024;
function addIssue(list, issue) {
  list.push(issue);
  if (list.length >= COMPACT_AT) firstIssues(list);
}
function firstIssues(list) {
  list.sort((a, b) => a.offset - b.offset);
  let n = 0;
  for (let k = 0; k < list.length && n < MAX_ISSUES; k++) {
    const i = list[k];
    if (n > 0 && list[n - 1].offset === i.offset) continue;
    list[n++] = i;
  }
  list.length = n;
  return list;
}

// src/parsers/terraform/hcl/tokens.ts
var STRIP = 1;
var NAMES = {
  [0 /* EOF */]: "end of file",
  [1 /* NEWLINE */]: "newline",
  [2 /* IDENT */]: "identifier",
  [3 /* NUMBER */]: "number",
  [4 /* OQUOTE */]: '"',
  [5 /* CQUOTE */]: '"',
  [6 /* QLIT */]: "string",
  [7 /* HEREDOC_BEGIN */]: "heredoc",
  [8 /* HEREDOC_END */]: "heredoc end",
  [9 /* HLIT */]: "heredoc text",
  [10 /* TEMPLATE_INTERP */]: "${",
  [11 /* TEMPLATE_CONTROL */]: "%{",
  [12 /* TEMPLATE_SEQ_END */]: "}",
  [13 /* LBRACE */]: "{",
  [14 /* RBRACE */]: "}",
  [15 /* LBRACK */]: "[",
  [16 /* RBRACK */]: "]",
  [17 /* LPAREN */]: "(",
  [18 /* RPAREN */]: ")",
  [19 /* COMMA */]: ",",
  [20 /* DOT */]: ".",
  [21 /* ELLIPSIS */]: "...",
  [22 /* COLON */]: ":",
  [23 /* DOUBLECOLON */]: "::",
  [24 /* QUESTION */]: "?",
  [25 /* EQUAL */]: "=",
  [26 /* FATARROW */]: "=>",
  [27 /* PLUS */]: "+",
  [28 /* MINUS */]: "-",
  [29 /* STAR */]: "*",
  [30 /* SLASH */]: "/",
  [31 /* PERCENT */]: "%",
  [32 /* AND */]: "&&",
  [33 /* OR */]: "||",
  [34 /* BANG */]: "!",
  [35 /* EQEQ */]: "==",
  [36 /* NEQ */]: "!=",
  [37 /* LT */]: "<",
  [38 /* LE */]: "<=",
  [39 /* GT */]: ">",
  [40 /* GE */]: ">=",
  [41 /* INVALID */]: "invalid character"
};
function tokenName(t) {
  return NAMES[t] ?? "token";
}

// src/parsers/terraform/hcl/lexer.ts
var QUOTED = Object.freeze({ mode: 1 /* Quoted */, braces: 0, interp: false, marker: "", lineStart: false });
function isGoSpace(c) {
  if (c <= 32) return c === 32 || c >= 9 && c <= 13;
  if (c < 133) return false;
  return c === 133 || c === 160 || c === 5760 || c >= 8192 && c <= 8202 || c === 8232 || c === 8233 || c === 8239 || c === 8287 || c === 12288;
}
function isIdentStart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c === 95 || c >= 128 && isUnicodeLetter(c);
}
function isIdentPart(c) {
  return c >= 97 && c <= 122 || c >= 65 && c <= 90 || c >= 48 && c <= 57 || c === 95 || c === 45 || c >= 128 && isUnicodeLetter(c);
}
var LETTER = /[\p{L}\p{Nl}\p{Mn}\p{Mc}]/u;
function isUnicodeLetter(c) {
  return LETTER.test(String.fromCodePoint(c));
}
function codePointAt(src, i) {
  const c = src.charCodeAt(i);
  return c >= 55296 && c <= 56319 ? src.codePointAt(i) : c;
}
var width = (cp) => cp > 65535 ? 2 : 1;
function identEnd(src, j, n) {
  while (j < n) {
    const cp = codePointAt(src, j);
    if (!isIdentPart(cp)) break;
    j += width(cp);
  }
  return j;
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
var NOT_SINGLE = 255;
var SINGLE_CHAR_TOKENS = (() => {
  const table = new Uint8Array(128).fill(NOT_SINGLE);
  const tokens = [
    ["[", 15 /* LBRACK */],
    ["]", 16 /* RBRACK */],
    ["(", 17 /* LPAREN */],
    [")", 18 /* RPAREN */],
    [",", 19 /* COMMA */],
    ["?", 24 /* QUESTION */],
    ["+", 27 /* PLUS */],
    ["-", 28 /* MINUS */],
    ["*", 29 /* STAR */],
    ["%", 31 /* PERCENT */]
  ];
  for (const [ch, t] of tokens) table[ch.charCodeAt(0)] = t;
  return table;
})();
function lex(src) {
  const n = src.length;
  let cap = Math.max(64, (n >> 2) + 16);
  let kinds = new Uint8Array(cap);
  let starts = new Int32Array(cap);
  let ends = new Int32Array(cap);
  let flags = new Uint8Array(cap);
  let count = 0;
  const comments = [];
  const issues = [];
  const grow = () => {
    cap *= 2;
    const k = new Uint8Array(cap);
    k.set(kinds);
    kinds = k;
    const s = new Int32Array(cap);
    s.set(starts);
    starts = s;
    const e = new Int32Array(cap);
    e.set(ends);
    ends = e;
    const f = new Uint8Array(cap);
    f.set(flags);
    flags = f;
  };
  const emit = (kind, start, end, flag = 0) => {
    if (count === cap) grow();
    kinds[count] = kind;
    starts[count] = start;
    ends[count] = end;
    flags[count] = flag;
    count++;
  };
  let loneCr = false;
  const stack = [{ mode: 0 /* Normal */, braces: 0, interp: false, marker: "", lineStart: false }];
  let i = src.charCodeAt(0) === 65279 ? 1 : 0;
  while (i < n || stack.length > 1) {
    const frame = stack[stack.length - 1];
    if (frame.mode === 1 /* Quoted */) {
      i = lexQuoted(i);
      continue;
    }
    if (frame.mode === 2 /* Heredoc */) {
      i = lexHeredoc(i, frame);
      continue;
    }
    if (i >= n) {
      if (frame.interp) addIssue(issues, { offset: n, message: "Unterminated template interpolation" });
      stack.pop();
      continue;
    }
    const c = src.charCodeAt(i);
    const single = c < 128 ? SINGLE_CHAR_TOKENS[c] : NOT_SINGLE;
    if (single !== NOT_SINGLE) {
      emit(single, i, i + 1);
      i++;
      continue;
    }
    switch (c) {
      case 32:
      case 9:
        i++;
        continue;
      case 13:
        if (src.charCodeAt(i + 1) === 10) {
          i++;
          continue;
        }
        if (!loneCr) {
          loneCr = true;
          addIssue(issues, {
            offset: i,
            message: "Invalid character: a carriage return without a line feed (old Mac line endings) is not a line break in HCL, and Terraform rejects the file; save it with LF or CRLF line endings"
          });
        }
        emit(1 /* NEWLINE */, i, i + 1);
        i++;
        continue;
      case 10:
        emit(1 /* NEWLINE */, i, i + 1);
        i++;
        continue;
      case 35:
        i = lineComment(i, i + 1);
        continue;
      case 47:
        if (src.charCodeAt(i + 1) === 47) {
          i = lineComment(i, i + 2);
          continue;
        }
        if (src.charCodeAt(i + 1) === 42) {
          const close = src.indexOf("*/", i + 2);
          const end = close === -1 ? n : close + 2;
          if (close === -1) addIssue(issues, { offset: i, message: 'Unterminated comment: "/*" has no closing "*/"' });
          comments.push({ start: i, end, text: src.slice(i + 2, close === -1 ? n : close) });
          i = end;
          continue;
        }
        emit(30 /* SLASH */, i, i + 1);
        i++;
        continue;
      case 34:
        emit(4 /* OQUOTE */, i, i + 1);
        stack.push(QUOTED);
        i++;
        continue;
      case 123:
        frame.braces++;
        emit(13 /* LBRACE */, i, i + 1);
        i++;
        continue;
      case 125:
        if (frame.interp && frame.braces === 0) {
          emit(12 /* TEMPLATE_SEQ_END */, i, i + 1);
          stack.pop();
        } else {
          if (frame.braces > 0) frame.braces--;
          emit(14 /* RBRACE */, i, i + 1);
        }
        i++;
        continue;
      case 126:
        if (frame.interp && frame.braces === 0 && src.charCodeAt(i + 1) === 125) {
          emit(12 /* TEMPLATE_SEQ_END */, i, i + 2, STRIP);
          stack.pop();
          i += 2;
          continue;
        }
        break;
      case 46:
        if (src.charCodeAt(i + 1) === 46 && src.charCodeAt(i + 2) === 46) {
          emit(21 /* ELLIPSIS */, i, i + 3);
          i += 3;
        } else {
          emit(20 /* DOT */, i, i + 1);
          i++;
        }
        continue;
      case 58:
        if (src.charCodeAt(i + 1) === 58) {
          emit(23 /* DOUBLECOLON */, i, i + 2);
          i += 2;
        } else {
          emit(22 /* COLON */, i, i + 1);
          i++;
        }
        continue;
      case 61:
        if (src.charCodeAt(i + 1) === 61) {
          emit(35 /* EQEQ */, i, i + 2);
          i += 2;
        } else if (src.charCodeAt(i + 1) === 62) {
          emit(26 /* FATARROW */, i, i + 2);
          i += 2;
        } else {
          emit(25 /* EQUAL */, i, i + 1);
          i++;
        }
        continue;
      case 33:
        if (src.charCodeAt(i + 1) === 61) {
          emit(36 /* NEQ */, i, i + 2);
          i += 2;
        } else {
          emit(34 /* BANG */, i, i + 1);
          i++;
        }
        continue;
      case 60:
        if (src.charCodeAt(i + 1) === 60) {
          const h = heredocStart(i);
          if (h) {
            emit(7 /* HEREDOC_BEGIN */, i, h.next);
            stack.push({ mode: 2 /* Heredoc */, braces: 0, interp: false, marker: h.marker, lineStart: true });
            i = h.next;
            continue;
          }
        }
        if (src.charCodeAt(i + 1) === 61) {
          emit(38 /* LE */, i, i + 2);
          i += 2;
        } else {
          emit(37 /* LT */, i, i + 1);
          i++;
        }
        continue;
      case 62:
        if (src.charCodeAt(i + 1) === 61) {
          emit(40 /* GE */, i, i + 2);
          i += 2;
        } else {
          emit(39 /* GT */, i, i + 1);
          i++;
        }
        continue;
      case 38:
        if (src.charCodeAt(i + 1) === 38) {
          emit(32 /* AND */, i, i + 2);
          i += 2;
          continue;
        }
        break;
      case 124:
        if (src.charCodeAt(i + 1) === 124) {
          emit(33 /* OR */, i, i + 2);
          i += 2;
          continue;
        }
        break;
      default:
        if (isIdentStart(codePointAt(src, i))) {
          const j = identEnd(src, i + width(codePointAt(src, i)), n);
          emit(2 /* IDENT */, i, j);
          i = j;
          continue;
        }
        if (isDigit(c)) {
          i = number(i);
          continue;
        }
    }
    const cp = src.codePointAt(i);
    const w = cp > 65535 ? 2 : 1;
    addIssue(issues, { offset: i, message: `Invalid character ${JSON.stringify(String.fromCodePoint(cp))}` });
    emit(41 /* INVALID */, i, i + w);
    i += w;
  }
  emit(0 /* EOF */, n, n);
  return { kinds, starts, ends, flags, count, comments, issues };
  function lineComment(start, textStart) {
    let j = src.indexOf("\n", textStart);
    if (j === -1) j = n;
    let end = j;
    if (end > textStart && src.charCodeAt(end - 1) === 13) end--;
    comments.push({ start, end, text: src.slice(textStart, end) });
    return j;
  }
  function number(start) {
    let j = start + 1;
    while (j < n && isDigit(src.charCodeAt(j))) j++;
    const afterDot = count > 0 && kinds[count - 1] === 20 /* DOT */;
    if (!afterDot && src.charCodeAt(j) === 46 && isDigit(src.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isDigit(src.charCodeAt(j))) j++;
    }
    const e = src.charCodeAt(j);
    if (!afterDot && (e === 101 || e === 69)) {
      let k = j + 1;
      const s = src.charCodeAt(k);
      if (s === 43 || s === 45) k++;
      if (isDigit(src.charCodeAt(k))) {
        k++;
        while (k < n && isDigit(src.charCodeAt(k))) k++;
        j = k;
      }
    }
    emit(3 /* NUMBER */, start, j);
    return j;
  }
  function heredocStart(at) {
    let j = at + 2;
    if (src.charCodeAt(j) === 45) j++;
    const first = codePointAt(src, j);
    if (!isIdentStart(first)) return void 0;
    const ms = j;
    j = identEnd(src, j + width(first), n);
    const marker = src.slice(ms, j);
    if (src.charCodeAt(j) === 13) j++;
    if (src.charCodeAt(j) === 10) return { marker, next: j + 1 };
    if (j >= n) return { marker, next: j };
    return void 0;
  }
  function lexQuoted(start) {
    let j = start;
    for (; ; ) {
      if (j >= n) {
        if (j > start) emit(6 /* QLIT */, start, j);
        addIssue(issues, { offset: j, message: "Unterminated string: missing closing quote" });
        emit(5 /* CQUOTE */, j, j);
        stack.pop();
        return j;
      }
      const c = src.charCodeAt(j);
      if (c === 34) {
        if (j > start) emit(6 /* QLIT */, start, j);
        emit(5 /* CQUOTE */, j, j + 1);
        stack.pop();
        return j + 1;
      }
      if (c === 92) {
        j += 2;
        continue;
      }
      if (c === 10) {
        if (j > start) emit(6 /* QLIT */, start, j);
        addIssue(issues, { offset: j, message: "Unterminated string: quoted strings cannot span lines (use a heredoc)" });
        emit(5 /* CQUOTE */, j, j);
        stack.pop();
        return j;
      }
      if ((c === 36 || c === 37) && src.charCodeAt(j + 1) === 123) {
        if (j > start) emit(6 /* QLIT */, start, j);
        return openSequence(j, c);
      }
      if ((c === 36 || c === 37) && src.charCodeAt(j + 1) === c && src.charCodeAt(j + 2) === 123) {
        j += 3;
        continue;
      }
      j++;
    }
  }
  function openSequence(j, c) {
    const strip = src.charCodeAt(j + 2) === 126;
    const end = j + (strip ? 3 : 2);
    emit(c === 36 ? 10 /* TEMPLATE_INTERP */ : 11 /* TEMPLATE_CONTROL */, j, end, strip ? STRIP : 0);
    stack.push({ mode: 0 /* Normal */, braces: 0, interp: true, marker: "", lineStart: false });
    return end;
  }
  function lexHeredoc(start, frame) {
    let j = start;
    const litStart = start;
    for (; ; ) {
      if (frame.lineStart) {
        frame.lineStart = false;
        let k = j;
        while (k < n && isGoSpace(src.charCodeAt(k)) && src.charCodeAt(k) !== 10) k++;
        if (src.startsWith(frame.marker, k)) {
          let e = k + frame.marker.length;
          while (e < n && isGoSpace(src.charCodeAt(e)) && src.charCodeAt(e) !== 10) e++;
          if (e < n && src.charCodeAt(e) === 10) {
            const end = src.charCodeAt(e - 1) === 13 && e - 1 >= k + frame.marker.length ? e - 1 : e;
            if (j > litStart) emit(9 /* HLIT */, litStart, j);
            emit(8 /* HEREDOC_END */, j, end);
            stack.pop();
            return end;
          }
        }
      }
      if (j >= n) {
        if (j > litStart) emit(9 /* HLIT */, litStart, j);
        addIssue(issues, { offset: j, message: `Unterminated heredoc: no closing "${frame.marker}" line` });
        emit(8 /* HEREDOC_END */, j, j);
        stack.pop();
        return j;
      }
      const c = src.charCodeAt(j);
      if (c === 10) {
        j++;
        frame.lineStart = true;
        continue;
      }
      if ((c === 36 || c === 37) && src.charCodeAt(j + 1) === 123) {
        if (j > litStart) emit(9 /* HLIT */, litStart, j);
        return openSequence(j, c);
      }
      if ((c === 36 || c === 37) && src.charCodeAt(j + 1) === c && src.charCodeAt(j + 2) === 123) {
        j += 3;
        continue;
      }
      j++;
    }
  }
}

// src/parsers/terraform/hcl/parse.ts
var ParseError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var NESTED_SPLAT_ITEM = "[*]";
var TOP_LEVEL = /* @__PURE__ */ new Set([
  "resource",
  "data",
  "module",
  "variable",
  "output",
  "locals",
  "provider",
  "terraform",
  "moved",
  "import",
  "check",
  "removed"
]);
var BINARY = {
  [33 /* OR */]: [1, "||"],
  [32 /* AND */]: [2, "&&"],
  [35 /* EQEQ */]: [3, "=="],
  [36 /* NEQ */]: [3, "!="],
  [37 /* LT */]: [4, "<"],
  [38 /* LE */]: [4, "<="],
  [39 /* GT */]: [4, ">"],
  [40 /* GE */]: [4, ">="],
  [27 /* PLUS */]: [5, "+"],
  [28 /* MINUS */]: [5, "-"],
  [29 /* STAR */]: [6, "*"],
  [30 /* SLASH */]: [6, "/"],
  [31 /* PERCENT */]: [6, "%"]
};
function parseHcl(src, options) {
  const toks = lex(src);
  const p = new Parser(src, toks, options.maxDepth);
  const body = p.parseFile();
  const issues = [...toks.issues.map((i) => ({ offset: i.offset, message: i.message })), ...p.issues];
  return { body, comments: toks.comments, issues: firstIssues(issues) };
}
function parseTemplateText(text, options) {
  const taken = /* @__PURE__ */ new Set();
  for (let i = text.indexOf("S3GATE_EOT"); i >= 0; i = text.indexOf("S3GATE_EOT", i + 10)) {
    let j = i + 10;
    while (text.charCodeAt(j) === 95) j++;
    taken.add(j - i - 10);
  }
  let extra = 0;
  while (taken.has(extra)) extra++;
  const marker = `S3GATE_EOT${"_".repeat(extra)}`;
  const wrapped = `<<${marker}
${text}
${marker}
`;
  const shift = marker.length + 3;
  const toks = lex(wrapped);
  const p = new Parser(wrapped, toks, options.maxDepth);
  let expr;
  try {
    expr = p.parseHeredocForJson();
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    addIssue(p.issues, { offset: e.offset, message: e.message });
    expr = {
      t: "template",
      form: "json",
      parts: [{ t: "lit", value: text, start: shift, end: shift + text.length }],
      start: shift,
      end: shift + text.length
    };
  }
  shiftOffsets(expr, -shift);
  const last = expr.parts[expr.parts.length - 1];
  if (last && last.t === "lit" && last.value.endsWith("\n")) last.value = last.value.slice(0, -1);
  if (last && last.t === "lit" && last.value === "") expr.parts.pop();
  expr.start = 0;
  expr.end = text.length;
  expr.form = "json";
  const issues = firstIssues([...toks.issues, ...p.issues]).map((i) => ({
    offset: Math.max(0, Math.min(text.length, i.offset - shift)),
    message: i.message
  }));
  return { expr, issues };
}
function shiftOffsets(node, by) {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) shiftOffsets(n, by);
    return;
  }
  const o = node;
  if (typeof o.start === "number") o.start = o.start + by;
  if (typeof o.end === "number") o.end = o.end + by;
  for (const k in o) {
    if (k === "start" || k === "end") continue;
    const v = o[k];
    if (v && typeof v === "object") shiftOffsets(v, by);
  }
}
var Parser = class {
  constructor(src, toks, maxDepth) {
    this.src = src;
    this.maxDepth = maxDepth;
    this.kinds = toks.kinds;
    this.starts = toks.starts;
    this.ends = toks.ends;
    this.flags = toks.flags;
  }
  src;
  maxDepth;
  issues = [];
  p = 0;
  nlSkip = false;
  depth = 0;
  kinds;
  starts;
  ends;
  flags;
  /** Start offsets of lines, for the column-1 recovery heuristic. */
  lineStartCache = /* @__PURE__ */ new Map();
  // ---------------------------------------------------------------------------------------------
  // Token access
  peek() {
    if (this.nlSkip) while (this.kinds[this.p] === 1 /* NEWLINE */) this.p++;
    return this.kinds[this.p];
  }
  text(i) {
    return this.src.slice(this.starts[i], this.ends[i]);
  }
  fail(message, offset = this.starts[this.p]) {
    throw new ParseError(message, offset);
  }
  expect(kind, what) {
    if (this.peek() !== kind) this.fail(`Expected ${what}, found ${this.describe(this.p)}`);
    return this.p++;
  }
  describe(i) {
    const k = this.kinds[i];
    if (k === 2 /* IDENT */ || k === 3 /* NUMBER */) return JSON.stringify(this.text(i));
    if (k === 0 /* EOF */ || k === 1 /* NEWLINE */) return tokenName(k);
    return `"${tokenName(k)}"`;
  }
  skipNewlines() {
    while (this.kinds[this.p] === 1 /* NEWLINE */) this.p++;
  }
  withNewlines(skip, f) {
    const saved = this.nlSkip;
    this.nlSkip = skip;
    try {
      return f();
    } finally {
      this.nlSkip = saved;
    }
  }
  enter() {
    if (++this.depth > this.maxDepth) this.fail(`Nesting deeper than ${this.maxDepth} levels`);
  }
  /**
   * `a + b + c …` and `a.b[0].c …` build trees as deep as the chain is long, which evaluation
   * walks recursively: 200,000 `+ 1` overflowed the stack and abandoned the whole module.
   */
  checkChain(length) {
    if (this.depth + length > this.maxDepth) this.fail(`Nesting deeper than ${this.maxDepth} levels (a chain of ${length} operations)`);
  }
  atColumnOne(i) {
    const s = this.starts[i];
    return s === 0 || this.src.charCodeAt(s - 1) === 10;
  }
  columnOf(i) {
    const s = this.starts[i];
    const nl = this.src.lastIndexOf("\n", s - 1);
    return s - nl;
  }
  // ---------------------------------------------------------------------------------------------
  // Bodies
  parseFile() {
    const body = this.parseBody(0);
    if (this.kinds[this.p] !== 0 /* EOF */)
      addIssue(this.issues, { offset: this.starts[this.p], message: "Unexpected content after the configuration" });
    return body;
  }
  parseBody(depth) {
    const start = this.starts[this.p];
    const body = { start, end: start, attributes: [], blocks: [], items: [] };
    for (; ; ) {
      this.skipNewlines();
      const k = this.kinds[this.p];
      if (k === 0 /* EOF */) break;
      if (k === 14 /* RBRACE */) {
        if (depth > 0) break;
        addIssue(this.issues, { offset: this.starts[this.p], message: 'Unexpected "}": no block is open here' });
        this.p++;
        continue;
      }
      if (k !== 2 /* IDENT */) {
        addIssue(this.issues, { offset: this.starts[this.p], message: `Expected an argument or block, found ${this.describe(this.p)}` });
        this.recover(this.p);
        continue;
      }
      if (depth > 0 && this.startsTopLevelBlock(this.p)) break;
      const itemStart = this.p;
      try {
        const item = this.parseItem(depth);
        body.items.push(item);
        if (item.kind === "attribute") body.attributes.push(item);
        else body.blocks.push(item);
        body.end = item.end;
      } catch (e) {
        if (e instanceof ParseError) addIssue(this.issues, { offset: e.offset, message: e.message });
        else if (e instanceof RangeError && e.message.includes("call stack"))
          addIssue(this.issues, { offset: this.starts[itemStart], message: "Nesting deeper than the parser\u2019s stack allows" });
        else throw e;
        this.recover(itemStart);
      }
    }
    body.attributes = exactSize(body.attributes);
    body.blocks = exactSize(body.blocks);
    body.items = exactSize(body.items);
    if (body.attributes.length > 1) this.reportDuplicates(body.attributes);
    return body;
  }
  /**
   * Terraform rejects an argument set twice in one body ("Attribute redefined"). Read on, the
   * second silently replaced the first: `acl = "public-read"` then `acl = "private"` passed.
   */
  reportDuplicates(attributes) {
    const seen = attributes.length > 16 ? /* @__PURE__ */ new Set() : void 0;
    for (let i = 1; i < attributes.length; i++) {
      const name = attributes[i].name;
      let twice = false;
      if (seen) {
        if (i === 1) seen.add(attributes[0].name);
        twice = seen.has(name);
        seen.add(name);
      } else for (let j = 0; j < i && !twice; j++) twice = attributes[j].name === name;
      if (twice)
        addIssue(this.issues, {
          offset: attributes[i].start,
          message: `Duplicate argument "${name}": it is already set in this block, and Terraform rejects the file`
        });
    }
  }
  /** An unclosed block must not swallow `resource "x" "y" {` written at column 1 further down. */
  startsTopLevelBlock(i) {
    if (!this.atColumnOne(i) || !TOP_LEVEL.has(this.text(i))) return false;
    const next = this.kinds[i + 1];
    return next === 4 /* OQUOTE */ || next === 13 /* LBRACE */ || next === 2 /* IDENT */ && this.text(i) !== "locals";
  }
  parseItem(depth) {
    const nameTok = this.p++;
    const name = this.text(nameTok);
    const start = this.starts[nameTok];
    let k = this.kinds[this.p];
    if (k === 25 /* EQUAL */) {
      this.p++;
      const expr = this.withNewlines(false, () => this.parseExpr());
      const attr2 = { kind: "attribute", name, nameEnd: this.ends[nameTok], expr, start, end: expr.end };
      k = this.kinds[this.p];
      if (k !== 1 /* NEWLINE */ && k !== 0 /* EOF */ && k !== 14 /* RBRACE */) {
        this.fail(`Missing newline after argument "${name}": found ${this.describe(this.p)}`);
      }
      return attr2;
    }
    const labels = [];
    for (; ; ) {
      k = this.kinds[this.p];
      if (k === 2 /* IDENT */) {
        labels.push({ value: this.text(this.p), start: this.starts[this.p], end: this.ends[this.p] });
        this.p++;
      } else if (k === 4 /* OQUOTE */) {
        const tmpl = this.parseQuoted();
        const lit = tmpl.parts.length === 0 ? "" : tmpl.parts.length === 1 && tmpl.parts[0].t === "lit" ? tmpl.parts[0].value : void 0;
        if (lit === void 0) this.fail("Block labels cannot contain template sequences", tmpl.start);
        labels.push({ value: lit, start: tmpl.start, end: tmpl.end });
      } else break;
    }
    if (k !== 13 /* LBRACE */) {
      if (labels.length === 0) this.fail(`Expected "=" or a block after "${name}", found ${this.describe(this.p)}`);
      this.fail(`Expected "{" to open block "${name}", found ${this.describe(this.p)}`);
    }
    const open = this.starts[this.p++];
    if (depth + 1 > this.maxDepth) this.fail(`Nesting deeper than ${this.maxDepth} levels`, open);
    const body = this.parseBody(depth + 1);
    const block = {
      kind: "block",
      type: name,
      labels: exactSize(labels),
      body,
      open,
      close: -1,
      start,
      end: body.end
    };
    if (this.kinds[this.p] === 14 /* RBRACE */) {
      block.close = this.starts[this.p];
      block.end = this.ends[this.p];
      this.p++;
    } else {
      const where = labels.length ? `${name} ${labels.map((l) => JSON.stringify(l.value)).join(" ")}` : name;
      addIssue(this.issues, { offset: open, message: `Unclosed block: ${where} has no closing "}"` });
      if (body.end === body.start) block.end = open + 1;
    }
    return block;
  }
  /**
   * Skips the rest of a broken item: to the end of its line, unless brackets are open, in which
   * case to where they close, or to the next line that starts a new item at the same indentation.
   */
  recover(from) {
    const col = this.columnOf(from);
    let nest = this.openBetween(from, this.p);
    if (this.p === from) this.p++;
    else if (this.kinds[this.p - 1] === 1 /* NEWLINE */ && this.startsItem(this.p, col)) return;
    for (; ; ) {
      const k = this.kinds[this.p];
      if (k === 0 /* EOF */) return;
      if (k === 13 /* LBRACE */ || k === 15 /* LBRACK */ || k === 17 /* LPAREN */ || k === 10 /* TEMPLATE_INTERP */ || k === 11 /* TEMPLATE_CONTROL */) nest++;
      else if (k === 16 /* RBRACK */ || k === 18 /* RPAREN */ || k === 12 /* TEMPLATE_SEQ_END */) nest = Math.max(0, nest - 1);
      else if (k === 14 /* RBRACE */) {
        if (nest === 0) return;
        nest--;
      } else if (k === 1 /* NEWLINE */) {
        if (nest === 0) return;
        if (this.startsItem(this.p + 1, col)) {
          this.p++;
          return;
        }
      }
      this.p++;
    }
  }
  /** How many brackets the tokens `[from, to)` leave open. */
  openBetween(from, to) {
    let nest = 0;
    for (let i = from; i < to; i++) {
      const k = this.kinds[i];
      if (k === 13 /* LBRACE */ || k === 15 /* LBRACK */ || k === 17 /* LPAREN */ || k === 10 /* TEMPLATE_INTERP */ || k === 11 /* TEMPLATE_CONTROL */) nest++;
      else if (k === 14 /* RBRACE */ || k === 16 /* RBRACK */ || k === 18 /* RPAREN */ || k === 12 /* TEMPLATE_SEQ_END */) nest = Math.max(0, nest - 1);
    }
    return nest;
  }
  /** `name =`, `name "label" {` or `name {` at or left of column `col`. */
  startsItem(i, col) {
    if (this.kinds[i] !== 2 /* IDENT */ || this.columnOf(i) > col) return false;
    const after = this.kinds[i + 1];
    return after === 25 /* EQUAL */ || after === 4 /* OQUOTE */ || after === 13 /* LBRACE */;
  }
  // ---------------------------------------------------------------------------------------------
  // Expressions
  parseExpr() {
    this.enter();
    try {
      const cond = this.parseBinary(0);
      if (this.peek() !== 24 /* QUESTION */) return cond;
      this.p++;
      this.skipNewlines();
      const then = this.parseExpr();
      if (this.peek() !== 22 /* COLON */) {
        this.skipNewlinesIfFollowedBy(22 /* COLON */);
        this.expect(22 /* COLON */, '":" in the conditional expression');
      } else this.p++;
      this.skipNewlines();
      const els = this.parseExpr();
      return { t: "cond", cond, then, else: els, start: cond.start, end: els.end };
    } finally {
      this.depth--;
    }
  }
  skipNewlinesIfFollowedBy(kind) {
    let i = this.p;
    while (this.kinds[i] === 1 /* NEWLINE */) i++;
    if (this.kinds[i] === kind) this.p = i;
  }
  parseBinary(minPrec) {
    let left = this.parseUnary();
    for (let chain = 1; ; chain++) {
      const op = BINARY[this.peek()];
      if (!op || op[0] < minPrec) return left;
      this.checkChain(chain);
      this.p++;
      this.skipNewlines();
      const right = this.parseBinary(op[0] + 1);
      left = { t: "binary", op: op[1], left, right, start: left.start, end: right.end };
    }
  }
  parseUnary() {
    const k = this.peek();
    if (k === 28 /* MINUS */ || k === 34 /* BANG */) {
      const start = this.starts[this.p++];
      this.enter();
      try {
        const operand = this.parseUnary();
        return { t: "unary", op: k === 28 /* MINUS */ ? "-" : "!", operand, start, end: operand.end };
      } finally {
        this.depth--;
      }
    }
    return this.parsePostfix(this.parsePrimary());
  }
  parsePostfix(expr) {
    for (let chain = 1; ; chain++) {
      const k = this.peek();
      if (k === 20 /* DOT */ || k === 15 /* LBRACK */) this.checkChain(chain);
      if (k === 20 /* DOT */) {
        const nk = this.kinds[this.p + 1];
        if (nk === 2 /* IDENT */) {
          this.p += 2;
          expr = { t: "getattr", obj: expr, name: this.text(this.p - 1), start: expr.start, end: this.ends[this.p - 1] };
        } else if (nk === 3 /* NUMBER */) {
          this.p += 2;
          const i = this.p - 1;
          expr = { t: "index", obj: expr, key: this.legacyIndex(i), legacy: true, start: expr.start, end: this.ends[i] };
        } else if (nk === 29 /* STAR */) {
          this.p += 2;
          expr = this.parseSplat(expr, false);
        } else this.fail(`Expected an attribute name after ".", found ${this.describe(this.p + 1)}`, this.starts[this.p + 1]);
      } else if (k === 15 /* LBRACK */) {
        this.p++;
        if (this.withNewlines(true, () => this.peek()) === 29 /* STAR */ && this.kindAfterNewlines(this.p + 1) === 16 /* RBRACK */) {
          this.withNewlines(true, () => {
            this.p++;
            this.peek();
            this.p++;
          });
          expr = this.parseSplat(expr, true);
        } else {
          const key = this.withNewlines(true, () => this.parseExpr());
          const close = this.withNewlines(true, () => this.expect(16 /* RBRACK */, '"]" to close the index'));
          expr = { t: "index", obj: expr, key, start: expr.start, end: this.ends[close] };
        }
      } else return expr;
    }
  }
  kindAfterNewlines(i) {
    while (this.kinds[i] === 1 /* NEWLINE */) i++;
    return this.kinds[i];
  }
  /**
   * `x[*].a[0]` / `x.*.a`. A full splat takes every traversal step after it, as Terraform's parser
   * does: a legacy index (`x[*].a.0`, each element's first `a`) and another splat (`x[*].a[*].b`,
   * `x[*].a.*.b`, a splat of each element's `a`) included. A nested splat is read as the `for` it
   * means, `[for e in x[*].a : e[*].b]`, over a name no configuration can write; before, it was an
   * `HCL_SYNTAX` error Terraform does not make, and `.0` indexed the list of all elements.
   */
  parseSplat(obj, full) {
    const splat = { t: "splat", obj, full, ops: [], start: obj.start, end: this.ends[this.p - 1] };
    for (; ; ) {
      const k = this.peek();
      const next = this.kinds[this.p + 1];
      if (k === 20 /* DOT */ && next === 2 /* IDENT */) {
        this.p += 2;
        splat.ops.push({ t: "getattr", name: this.text(this.p - 1) });
        splat.end = this.ends[this.p - 1];
      } else if (k === 20 /* DOT */ && next === 3 /* NUMBER */) {
        this.p += 2;
        splat.ops.push({ t: "index", key: this.legacyIndex(this.p - 1) });
        splat.end = this.ends[this.p - 1];
      } else if (!full && k === 20 /* DOT */ && next === 29 /* STAR */) {
        this.fail(
          "Nested splat expression not allowed: a splat (*) cannot be used inside an attribute-only splat (.*)",
          this.starts[this.p + 1]
        );
      } else if (full && (k === 20 /* DOT */ ? next === 29 /* STAR */ : k === 15 /* LBRACK */ && this.nestedFullSplat())) {
        splat.ops = exactSize(splat.ops);
        return this.parseNestedSplat(splat, k === 15 /* LBRACK */);
      } else if (full && k === 15 /* LBRACK */) {
        this.p++;
        const key = this.withNewlines(true, () => this.parseExpr());
        const close = this.withNewlines(true, () => this.expect(16 /* RBRACK */, '"]"'));
        splat.ops.push({ t: "index", key });
        splat.end = this.ends[close];
      } else {
        splat.ops = exactSize(splat.ops);
        return splat;
      }
    }
  }
  /** The key of a legacy index `.0` (token `i`); `.0.1`, lexed as one number, Terraform refuses. */
  legacyIndex(i) {
    const text = this.text(i);
    if (!/^[0-9]+$/.test(text))
      this.fail(
        `Invalid legacy index syntax: chaining two indexes together (.${text}) is not permitted; write [${text.replace(".", "][")}]`,
        this.starts[i]
      );
    return { t: "literal", value: Number(text), start: this.starts[i], end: this.ends[i] };
  }
  /** Whether a `[*]` starts at the current `[`. */
  nestedFullSplat() {
    const star = this.skipNewlinesFrom(this.p + 1);
    return this.kinds[star] === 29 /* STAR */ && this.kindAfterNewlines(star + 1) === 16 /* RBRACK */;
  }
  skipNewlinesFrom(i) {
    while (this.kinds[i] === 1 /* NEWLINE */) i++;
    return i;
  }
  /** `[for e in outer : e[*]…]` (or `e.*…`), at the `[` or `.` of the inner splat. */
  parseNestedSplat(outer, bracket) {
    const marker = this.p;
    if (bracket) {
      this.p = this.skipNewlinesFrom(this.skipNewlinesFrom(this.p + 1) + 1) + 1;
    } else this.p += 2;
    this.enter();
    try {
      const each2 = { t: "var", name: NESTED_SPLAT_ITEM, start: this.starts[marker], end: this.ends[this.p - 1] };
      const inner = bracket ? this.parseSplat(each2, true) : this.parsePostfix(this.parseSplat(each2, false));
      return {
        t: "for",
        valueVar: NESTED_SPLAT_ITEM,
        coll: outer,
        valueExpr: inner,
        grouping: false,
        object: false,
        start: outer.start,
        end: inner.end
      };
    } finally {
      this.depth--;
    }
  }
  parsePrimary() {
    const k = this.peek();
    const i = this.p;
    const start = this.starts[i];
    switch (k) {
      case 3 /* NUMBER */: {
        this.p++;
        const v = Number(this.text(i));
        return { t: "literal", value: v, start, end: this.ends[i] };
      }
      case 2 /* IDENT */: {
        const name = this.text(i);
        this.p++;
        if (name === "true" || name === "false") return { t: "literal", value: name === "true", start, end: this.ends[i] };
        if (name === "null") return { t: "literal", value: null, start, end: this.ends[i] };
        if (this.kinds[this.p] === 17 /* LPAREN */ || this.kinds[this.p] === 23 /* DOUBLECOLON */) return this.parseCall(i);
        return { t: "var", name, start, end: this.ends[i] };
      }
      case 4 /* OQUOTE */:
        return this.parseQuoted();
      case 7 /* HEREDOC_BEGIN */:
        return this.parseHeredoc();
      case 13 /* LBRACE */:
        return this.parseObject();
      case 15 /* LBRACK */:
        return this.parseTuple();
      case 17 /* LPAREN */: {
        this.p++;
        const expr = this.withNewlines(true, () => this.parseExpr());
        const close = this.withNewlines(true, () => this.expect(18 /* RPAREN */, '")"'));
        return { t: "paren", expr, start, end: this.ends[close] };
      }
      default:
        this.fail(`Expected an expression, found ${this.describe(i)}`);
    }
  }
  parseCall(nameTok) {
    let name = this.text(nameTok);
    while (this.kinds[this.p] === 23 /* DOUBLECOLON */) {
      this.p++;
      const part = this.expect(2 /* IDENT */, 'a function name after "::"');
      name += `::${this.text(part)}`;
    }
    const nameSpan = { start: this.starts[nameTok], end: this.ends[this.p - 1] };
    this.expect(17 /* LPAREN */, '"(" to call a function');
    return this.withNewlines(true, () => {
      const args = [];
      let expandFinal = false;
      for (; ; ) {
        if (this.peek() === 18 /* RPAREN */) break;
        args.push(this.parseExpr());
        const k = this.peek();
        if (k === 21 /* ELLIPSIS */) {
          this.p++;
          expandFinal = true;
          this.peek();
          break;
        }
        if (k === 19 /* COMMA */) {
          this.p++;
          continue;
        }
        break;
      }
      const close = this.expect(18 /* RPAREN */, `"," or ")" in the call to ${name}()`);
      return { t: "call", name, nameSpan, args: exactSize(args), expandFinal, start: nameSpan.start, end: this.ends[close] };
    });
  }
  isForIntro() {
    return this.kinds[this.p] === 2 /* IDENT */ && this.text(this.p) === "for" && this.kindAfterNewlines(this.p + 1) === 2 /* IDENT */;
  }
  parseTuple() {
    const start = this.starts[this.p++];
    return this.withNewlines(true, () => {
      this.peek();
      if (this.isForIntro()) return this.parseFor(start, false);
      const items = [];
      for (; ; ) {
        if (this.peek() === 16 /* RBRACK */) break;
        items.push(this.parseExpr());
        if (this.peek() === 19 /* COMMA */) {
          this.p++;
          continue;
        }
        break;
      }
      const close = this.expect(16 /* RBRACK */, '"," or "]" in the list');
      const tuple = { t: "tuple", items: exactSize(items), start, end: this.ends[close] };
      return tuple;
    });
  }
  parseObject() {
    const start = this.starts[this.p++];
    this.skipNewlines();
    if (this.isForIntro()) return this.withNewlines(true, () => this.parseFor(start, true));
    return this.withNewlines(false, () => {
      const items = [];
      for (; ; ) {
        this.skipNewlines();
        const k = this.kinds[this.p];
        if (k === 14 /* RBRACE */) break;
        if (k === 0 /* EOF */) this.fail('Expected "}" to close the object');
        const itemStart = this.starts[this.p];
        let key;
        let keyIsIdent = false;
        const next = this.kinds[this.p + 1];
        if (k === 2 /* IDENT */ && (next === 25 /* EQUAL */ || next === 22 /* COLON */)) {
          key = { t: "var", name: this.text(this.p), start: itemStart, end: this.ends[this.p] };
          keyIsIdent = true;
          this.p++;
        } else key = this.withNewlines(true, () => this.parseBinary(0));
        const sep = this.peek();
        if (sep !== 25 /* EQUAL */ && sep !== 22 /* COLON */) this.fail(`Expected "=" or ":" after the object key, found ${this.describe(this.p)}`);
        this.p++;
        this.skipNewlines();
        const value = this.parseExpr();
        items.push({ key, keyIsIdent, value, start: itemStart, end: value.end });
        const after = this.kinds[this.p];
        if (after === 19 /* COMMA */) {
          this.p++;
          continue;
        }
        if (after === 1 /* NEWLINE */ || after === 14 /* RBRACE */) continue;
        this.fail(`Expected "," or a newline between object elements, found ${this.describe(this.p)}`);
      }
      const close = this.p++;
      const obj = { t: "object", items: exactSize(items), start, end: this.ends[close] };
      return obj;
    });
  }
  /** `[for k, v in coll : v if cond]` / `{for k, v in coll : k => v... if cond}` (after the bracket). */
  parseFor(start, object) {
    this.p++;
    const first = this.text(this.expect(2 /* IDENT */, 'an iterator name after "for"'));
    let keyVar;
    let valueVar = first;
    if (this.peek() === 19 /* COMMA */) {
      this.p++;
      keyVar = first;
      valueVar = this.text(this.expect(2 /* IDENT */, "a second iterator name"));
    }
    const inTok = this.expect(2 /* IDENT */, '"in"');
    if (this.text(inTok) !== "in") this.fail(`Expected "in" in the for expression, found ${this.describe(inTok)}`, this.starts[inTok]);
    const coll = this.parseExpr();
    this.expect(22 /* COLON */, '":" after the for collection');
    let keyExpr;
    let valueExpr = this.parseExpr();
    let grouping = false;
    if (object) {
      this.expect(26 /* FATARROW */, '"=>" in the object for expression');
      keyExpr = valueExpr;
      valueExpr = this.parseExpr();
      if (this.peek() === 21 /* ELLIPSIS */) {
        this.p++;
        grouping = true;
      }
    }
    let cond;
    if (this.peek() === 2 /* IDENT */ && this.text(this.p) === "if") {
      this.p++;
      cond = this.parseExpr();
    }
    const close = this.expect(object ? 14 /* RBRACE */ : 16 /* RBRACK */, object ? '"}" to close the for expression' : '"]" to close the for expression');
    return { t: "for", keyVar, valueVar, coll, keyExpr, valueExpr, cond, grouping, object, start, end: this.ends[close] };
  }
  // ---------------------------------------------------------------------------------------------
  // Templates
  parseQuoted() {
    const start = this.starts[this.p++];
    const k = this.kinds[this.p];
    if (k === 5 /* CQUOTE */) return { t: "template", form: "quoted", parts: [], start, end: this.ends[this.p++] };
    if (k === 6 /* QLIT */ && this.kinds[this.p + 1] === 5 /* CQUOTE */) {
      const i = this.p;
      this.p += 2;
      const value = this.unescape(this.text(i), this.starts[i]);
      const parts2 = value === "" ? [] : [{ t: "lit", value, start: this.starts[i], end: this.ends[i] }];
      return { t: "template", form: "quoted", parts: parts2, start, end: this.ends[i + 1] };
    }
    const { parts, end } = this.parseTemplateParts(5 /* CQUOTE */, true);
    finishLiterals(parts);
    return { t: "template", form: "quoted", parts, start, end };
  }
  parseHeredoc() {
    const begin = this.p++;
    const start = this.starts[begin];
    const flush = this.src.charCodeAt(start + 2) === 45;
    const { parts, end } = this.parseTemplateParts(8 /* HEREDOC_END */, false);
    trimLiterals(parts, true);
    const indentStripped = flush ? stripIndent(parts) : 0;
    dropEmptyLiterals(parts);
    return { t: "template", form: "heredoc", parts, start, end, indentStripped };
  }
  /** For `parseTemplateText`: the token stream starts with the wrapper's heredoc. */
  parseHeredocForJson() {
    return this.parseHeredoc();
  }
  /** Reads template parts up to `endKind` (consumed); returns the offset after it. */
  parseTemplateParts(endKind, quoted) {
    const saved = this.nlSkip;
    this.nlSkip = false;
    try {
      const r = this.parseSequence(endKind, quoted, false);
      if (r.directive) this.fail(`Unexpected %{ ${r.directive} } without a matching opening directive`, r.directiveAt);
      return { parts: r.parts, end: r.end };
    } finally {
      this.nlSkip = saved;
    }
  }
  pendingTrimStart = false;
  parseSequence(endKind, quoted, inDirective) {
    const parts = [];
    for (; ; ) {
      const k = this.kinds[this.p];
      const i = this.p;
      if (k === endKind) {
        this.p++;
        this.pendingTrimStart = false;
        return { parts: exactSize(parts), end: this.ends[i] };
      }
      if (k === 6 /* QLIT */ || k === 9 /* HLIT */) {
        this.p++;
        const raw = this.text(i);
        const lit = {
          t: "lit",
          value: k === 6 /* QLIT */ ? this.unescape(raw, this.starts[i]) : unescapeHeredoc(raw),
          start: this.starts[i],
          end: this.ends[i]
        };
        if (this.pendingTrimStart) {
          lit.trimStart = true;
          this.pendingTrimStart = false;
        }
        parts.push(lit);
        continue;
      }
      if (k === 10 /* TEMPLATE_INTERP */) {
        this.p++;
        this.pendingTrimStart = false;
        this.markTrimEnd(parts, i);
        const expr = this.withNewlines(true, () => this.parseExpr());
        const close = this.closeSequence();
        parts.push({ t: "interp", expr, start: this.starts[i], end: this.ends[close] });
        continue;
      }
      if (k === 11 /* TEMPLATE_CONTROL */) {
        this.p++;
        this.pendingTrimStart = false;
        this.markTrimEnd(parts, i);
        const kw = this.withNewlines(true, () => this.expect(2 /* IDENT */, "a template directive (if, for, else, endif, endfor)"));
        const word = this.text(kw);
        if (word === "if") {
          const cond = this.withNewlines(true, () => this.parseExpr());
          this.closeSequence();
          this.enter();
          let then;
          let end;
          let els = [];
          try {
            then = this.parseSequence(endKind, quoted, true);
            end = then;
            if (then.directive === "else") {
              end = this.parseSequence(endKind, quoted, true);
              els = end.parts;
            }
          } finally {
            this.depth--;
          }
          if (end.directive !== "endif") this.fail("Missing %{ endif } for this %{ if }", this.starts[i]);
          parts.push({ t: "if", cond, then: then.parts, else: els, start: this.starts[i], end: end.end });
          continue;
        }
        if (word === "for") {
          const r = this.withNewlines(true, () => {
            const a = this.text(this.expect(2 /* IDENT */, "an iterator name"));
            let keyVar;
            let valueVar = a;
            if (this.peek() === 19 /* COMMA */) {
              this.p++;
              keyVar = a;
              valueVar = this.text(this.expect(2 /* IDENT */, "an iterator name"));
            }
            const inTok = this.expect(2 /* IDENT */, '"in"');
            if (this.text(inTok) !== "in") this.fail('Expected "in"', this.starts[inTok]);
            return { keyVar, valueVar, coll: this.parseExpr() };
          });
          this.closeSequence();
          this.enter();
          let body;
          try {
            body = this.parseSequence(endKind, quoted, true);
          } finally {
            this.depth--;
          }
          if (body.directive !== "endfor") this.fail("Missing %{ endfor } for this %{ for }", this.starts[i]);
          parts.push({ t: "for", ...r, body: body.parts, start: this.starts[i], end: body.end });
          continue;
        }
        if (word === "else" || word === "endif" || word === "endfor") {
          const close = this.closeSequence();
          if (!inDirective) this.fail(`Unexpected %{ ${word} }`, this.starts[i]);
          return { parts: exactSize(parts), end: this.ends[close], directive: word, directiveAt: this.starts[i] };
        }
        this.fail(`Unknown template directive "${word}"`, this.starts[kw]);
      }
      if (k === 0 /* EOF */) this.fail(quoted ? "Unterminated string" : "Unterminated heredoc");
      this.fail(`Unexpected ${this.describe(i)} in template`);
    }
  }
  markTrimEnd(parts, tok) {
    if (!(this.flags[tok] & STRIP)) return;
    const last = parts[parts.length - 1];
    if (last && last.t === "lit") last.trimEnd = true;
  }
  closeSequence() {
    const close = this.withNewlines(true, () => {
      if (this.peek() !== 12 /* TEMPLATE_SEQ_END */) this.fail(`Expected "}" to close the template sequence, found ${this.describe(this.p)}`);
      return this.p++;
    });
    if (this.flags[close] & STRIP) this.pendingTrimStart = true;
    return close;
  }
  unescape(raw, offset) {
    if (raw.indexOf("\\") === -1 && raw.indexOf("{") === -1) return raw;
    let out = "";
    for (let j = 0; j < raw.length; j++) {
      const c = raw[j];
      if (c === "\\") {
        const e = raw[++j];
        switch (e) {
          case "n":
            out += "\n";
            break;
          case "r":
            out += "\r";
            break;
          case "t":
            out += "	";
            break;
          case '"':
            out += '"';
            break;
          case "\\":
            out += "\\";
            break;
          case "u":
          case "U": {
            const len = e === "u" ? 4 : 8;
            const hex = raw.slice(j + 1, j + 1 + len);
            if (/^[0-9a-fA-F]+$/.test(hex) && hex.length === len) {
              const cp = parseInt(hex, 16);
              out += cp <= 1114111 ? String.fromCodePoint(cp) : "\uFFFD";
              j += len;
            } else addIssue(this.issues, { offset: offset + j - 1, message: `Invalid escape: \\${e} needs ${len} hex digits` });
            break;
          }
          default:
            addIssue(this.issues, { offset: offset + j - 1, message: `Invalid escape sequence "\\${e ?? ""}"` });
            out += e ?? "";
        }
        continue;
      }
      if ((c === "$" || c === "%") && raw[j + 1] === c && raw[j + 2] === "{") {
        out += `${c}{`;
        j += 2;
        continue;
      }
      out += c;
    }
    return out;
  }
};
function unescapeHeredoc(raw) {
  if (raw.indexOf("{") === -1) return raw;
  return raw.replace(/([$%])\1\{/g, "$1{");
}
function finishLiterals(parts) {
  trimLiterals(parts, false);
  dropEmptyLiterals(parts);
}
function trimLiterals(parts, perLine) {
  for (const part of parts) {
    if (part.t === "if") {
      trimLiterals(part.then, perLine);
      trimLiterals(part.else, perLine);
    } else if (part.t === "for") trimLiterals(part.body, perLine);
    else if (part.t === "lit") {
      const lit = part;
      if (lit.trimStart) lit.value = perLine ? trimFirstLine(lit.value) : lit.value.trimStart();
      if (lit.trimEnd) lit.value = perLine ? trimLastLine(lit.value) : lit.value.trimEnd();
      delete lit.trimStart;
      delete lit.trimEnd;
    }
  }
}
function trimFirstLine(v) {
  const nl = v.indexOf("\n");
  const first = nl === -1 ? v : v.slice(0, nl + 1);
  return first.trimStart() + (nl === -1 ? "" : v.slice(nl + 1));
}
function trimLastLine(v) {
  const lastStart = v.lastIndexOf("\n", v.length - 2) + 1;
  return v.slice(0, lastStart) + v.slice(lastStart).trimEnd();
}
function dropEmptyLiterals(parts) {
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i];
    if (part.t === "if") {
      dropEmptyLiterals(part.then);
      dropEmptyLiterals(part.else);
    } else if (part.t === "for") dropEmptyLiterals(part.body);
    else if (part.t === "lit" && part.value === "") parts.splice(i, 1);
  }
}
function* literalsAndTags(parts) {
  for (const part of parts) {
    if (part.t === "lit") yield part;
    else if (part.t === "interp") yield null;
    else if (part.t === "if") {
      yield null;
      yield* literalsAndTags(part.then);
      if (part.else.length) yield null;
      yield* literalsAndTags(part.else);
      yield null;
    } else {
      yield null;
      yield* literalsAndTags(part.body);
      yield null;
    }
  }
}
function stripIndent(parts) {
  let min = Infinity;
  const lines = [];
  let atLineStart = true;
  for (const part of literalsAndTags(parts)) {
    if (part === null) {
      if (atLineStart) min = 0;
      atLineStart = false;
      continue;
    }
    const v = part.value;
    for (let pos = 0; ; ) {
      const nl = v.indexOf("\n", pos);
      if (atLineStart) {
        const line = nl === -1 ? v.slice(pos) : v.slice(pos, nl + 1);
        const indent = /^\s*/.exec(line)[0].length;
        if (!(indent === line.length && nl !== -1)) {
          min = Math.min(min, indent);
          lines.push({ part, at: pos });
        }
      }
      atLineStart = nl !== -1;
      if (nl === -1 || nl + 1 === v.length) break;
      pos = nl + 1;
    }
  }
  if (!Number.isFinite(min) || min === 0) return 0;
  const byPart = /* @__PURE__ */ new Map();
  for (const l of lines) {
    const arr = byPart.get(l.part) ?? [];
    arr.push(l.at);
    byPart.set(l.part, arr);
  }
  for (const [part, starts] of byPart) {
    const v = part.value;
    let out = "";
    let prev = 0;
    for (const s of starts) {
      out += v.slice(prev, s);
      prev = s + min;
    }
    part.value = out + v.slice(prev);
  }
  return min;
}

// src/parsers/terraform/hcl/json-config.ts
var LABELLED = { resource: 2, data: 2, ephemeral: 2, module: 1, variable: 1, output: 1, provider: 1, check: 1 };
function parseJsonConfig(text, options) {
  const r = parseJson(text, { maxDepth: options.maxDepth, keepDuplicates: true });
  const issues = r.issues.map((i) => ({ offset: i.offset, message: i.message }));
  const empty = { start: 0, end: text.length, attributes: [], blocks: [], items: [] };
  if (!r.root) return { body: empty, issues, root: null };
  if (r.root.kind !== "map") {
    issues.push({ offset: r.root.start, message: "A .tf.json file must contain a JSON object" });
    return { body: empty, issues, root: r.root };
  }
  const conv = new Converter(text, issues, options.maxDepth);
  const body = { start: r.root.start, end: r.root.end, attributes: [], blocks: [], items: [] };
  for (const e of r.root.entries) {
    if (e.key === "//") continue;
    const labels = ownEntry(LABELLED, e.key);
    if (labels !== void 0) {
      for (const b of conv.labelledBlocks(e, labels)) addItem(body, b);
    } else if (e.key === "locals" || e.key === "terraform" || e.key === "moved" || e.key === "import" || e.key === "removed") {
      for (const node of each(e.value)) addItem(body, conv.block(e.key, e, [], node, true));
    } else issues.push({ offset: e.keyStart, message: `Unknown top-level key "${e.key}" in a .tf.json file` });
  }
  return { body: fitBody(body), issues, root: r.root };
}
function holdsDynamic(n, depth) {
  if (depth < 0) return false;
  if (n.kind === "seq") return n.items.some((i) => holdsDynamic(i, depth - 1));
  if (n.kind !== "map") return false;
  return n.entries.some((e) => e.key === "dynamic" && isDynamicSpec(e.value) || holdsDynamic(e.value, depth - 1));
}
function isDynamicSpec(n) {
  return n.kind === "map" && n.entries.length > 0 && n.entries.every((d) => each(d.value).every((spec) => spec.kind === "map" && spec.entries.some((x) => x.key === "content")));
}
function each(n) {
  return n.kind === "seq" ? n.items : [n];
}
function fitBody(body) {
  body.attributes = exactSize(body.attributes);
  body.blocks = exactSize(body.blocks);
  body.items = exactSize(body.items);
  return body;
}
function addItem(body, item) {
  body.items.push(item);
  if (item.kind === "attribute") body.attributes.push(item);
  else body.blocks.push(item);
}
var Converter = class {
  constructor(text, issues, maxDepth) {
    this.text = text;
    this.issues = issues;
    this.maxDepth = maxDepth;
  }
  text;
  issues;
  maxDepth;
  /** `"resource": {"aws_s3_bucket": {"b": {...}}}` → `resource "aws_s3_bucket" "b" {...}` blocks. */
  labelledBlocks(e, count) {
    const out = [];
    const walk = (node, labels) => {
      for (const n of each(node)) {
        if (labels.length === count) {
          if (n.kind !== "map") this.issues.push({ offset: n.start, message: "Expected a JSON object for this block" });
          else out.push(this.block(e.key, e, labels, n, e.key !== "variable"));
          continue;
        }
        if (n.kind !== "map") {
          this.issues.push({ offset: n.start, message: `Expected an object of "${e.key}" labels` });
          continue;
        }
        for (const c of n.entries) {
          if (c.key === "//") continue;
          walk(c.value, [...labels, { value: c.key, start: c.keyStart, end: c.keyEnd }]);
        }
      }
    };
    walk(e.value, []);
    return out;
  }
  /** A block from a JSON object; `templates` is false for variable bodies (defaults are literal). */
  block(type, e, labels, node, templates) {
    const body = this.body(node, templates, type === "resource" || type === "data", type === "module");
    const last = labels[labels.length - 1];
    return {
      kind: "block",
      type,
      labels,
      body,
      open: node.start,
      close: Math.max(node.start, node.end - 1),
      start: last ? last.start : e.keyStart,
      end: node.end
    };
  }
  body(node, templates, resource, module = false) {
    const body = { start: node.start, end: node.end, attributes: [], blocks: [], items: [] };
    if (node.kind !== "map") {
      this.issues.push({ offset: node.start, message: "Expected a JSON object for this block" });
      return body;
    }
    for (const e of this.lastOfEach(node.entries)) {
      if (e.key === "//") continue;
      if (resource && e.key === "dynamic") {
        for (const b of this.dynamicBlocks(e)) addItem(body, b);
        continue;
      }
      if ((resource || module) && e.key === "lifecycle") {
        for (const b of this.lifecycleBlocks(e, templates)) addItem(body, b);
        continue;
      }
      if (resource && (e.key === "provisioner" || e.key === "connection")) continue;
      if (resource && holdsDynamic(e.value, this.maxDepth)) {
        for (const b of this.nestedBlocks(e, templates)) addItem(body, b);
        continue;
      }
      const expr = !templates && e.key === "type" && this.typeExpr(e.value) || this.expr(e.value, templates && e.key !== "depends_on", 0);
      addItem(body, {
        kind: "attribute",
        name: e.key,
        nameEnd: e.keyEnd,
        expr,
        start: e.keyStart,
        end: e.value.end
      });
    }
    return fitBody(body);
  }
  /**
   * The entries of an object whose keys are arguments or values, a repeated key reported at its
   * repeat and read at its last (as before `keepDuplicates`: Terraform rejects the file).
   * `dynamic` repeats as a block type does.
   */
  lastOfEach(entries) {
    if (entries.length < 2) return entries;
    const last = /* @__PURE__ */ new Map();
    entries.forEach((e, i) => last.set(e.key, i));
    if (last.size === entries.length) return entries;
    const seen = /* @__PURE__ */ new Set();
    const out = [];
    entries.forEach((e, i) => {
      if (seen.has(e.key) && e.key !== "//") this.issues.push({ offset: e.keyStart, message: `duplicate key "${e.key}"` });
      seen.add(e.key);
      if (last.get(e.key) === i || e.key === "dynamic") out.push(e);
    });
    return out;
  }
  /**
   * `"lifecycle": {"enabled": false}` → `lifecycle { enabled = false }`, only that argument: OpenTofu
   * deploys nothing of the block then. Its other arguments (`ignore_changes`) are not values.
   */
  lifecycleBlocks(e, templates) {
    const out = [];
    for (const n of each(e.value)) {
      if (n.kind !== "map") continue;
      const body = { start: n.start, end: n.end, attributes: [], blocks: [], items: [] };
      for (const s of this.lastOfEach(n.entries)) {
        if (s.key !== "enabled") continue;
        addItem(body, {
          kind: "attribute",
          name: s.key,
          nameEnd: s.keyEnd,
          expr: this.expr(s.value, templates, 0),
          start: s.keyStart,
          end: s.value.end
        });
      }
      out.push({
        kind: "block",
        type: "lifecycle",
        labels: [],
        body,
        open: n.start,
        close: Math.max(n.start, n.end - 1),
        start: e.keyStart,
        end: n.end
      });
    }
    return out;
  }
  /**
   * A variable's `"type": "object({ acl = optional(string, \"private\") })"`: Terraform reads the
   * string as a type expression. Read as text it was no constraint at all, so optional attributes
   * lacked their defaults and references to them were errors.
   */
  typeExpr(n) {
    if (n.kind !== "scalar" || typeof n.value !== "string") return void 0;
    const prefix = "type = ";
    const r = parseHcl(`${prefix}${n.value}
`, { maxDepth: this.maxDepth });
    const a = r.body.attributes[0];
    if (r.issues.length || r.body.items.length !== 1 || !a) return void 0;
    shiftOffsets(a.expr, n.start + 1 - prefix.length);
    return a.expr;
  }
  /** `"access_control_policy": {...}` (or a list of them) → `access_control_policy {...}` blocks. */
  nestedBlocks(e, templates) {
    const out = [];
    for (const n of each(e.value)) {
      if (n.kind !== "map") continue;
      out.push({
        kind: "block",
        type: e.key,
        labels: [],
        body: this.body(n, templates, true),
        open: n.start,
        close: Math.max(n.start, n.end - 1),
        start: e.keyStart,
        end: n.end
      });
    }
    return out;
  }
  /** `"dynamic": {"rule": {"for_each": ..., "content": {...}}}` → `dynamic "rule" {...}`. */
  dynamicBlocks(e) {
    const out = [];
    for (const n of each(e.value)) {
      if (n.kind !== "map") continue;
      for (const d of n.entries) {
        for (const spec of each(d.value)) {
          if (spec.kind !== "map") continue;
          const body = { start: spec.start, end: spec.end, attributes: [], blocks: [], items: [] };
          for (const s of spec.entries) {
            if (s.key === "content") {
              for (const c of each(s.value)) {
                const inner = this.body(c, true, true);
                addItem(body, {
                  kind: "block",
                  type: "content",
                  labels: [],
                  body: inner,
                  open: c.start,
                  close: c.end - 1,
                  start: s.keyStart,
                  end: c.end
                });
              }
            } else {
              const expr = this.expr(s.value, s.key !== "iterator", 0);
              addItem(body, {
                kind: "attribute",
                name: s.key,
                nameEnd: s.keyEnd,
                expr,
                start: s.keyStart,
                end: s.value.end
              });
            }
          }
          out.push({
            kind: "block",
            type: "dynamic",
            labels: [{ value: d.key, start: d.keyStart, end: d.keyEnd }],
            body,
            open: spec.start,
            close: spec.end - 1,
            start: d.keyStart,
            end: spec.end
          });
        }
      }
    }
    return out;
  }
  expr(n, templates, depth) {
    if (depth > this.maxDepth) return { t: "invalid", start: n.start, end: n.end };
    switch (n.kind) {
      case "scalar": {
        if (typeof n.value !== "string") return { t: "literal", value: n.value, start: n.start, end: n.end };
        if (!templates || n.value.indexOf("${") === -1 && n.value.indexOf("%{") === -1) {
          const value = templates ? n.value.replace(/([$%])\1\{/g, "$1{") : n.value;
          return {
            t: "template",
            form: "json",
            parts: value ? [{ t: "lit", value, start: n.start + 1, end: n.end - 1 }] : [],
            start: n.start,
            end: n.end
          };
        }
        const r = parseTemplateText(n.value, { maxDepth: this.maxDepth });
        shiftOffsets(r.expr, n.start + 1);
        r.expr.start = n.start;
        r.expr.end = n.end;
        for (const i of r.issues) this.issues.push({ offset: n.start + 1 + i.offset, message: i.message });
        return r.expr;
      }
      case "seq":
        return { t: "tuple", items: n.items.map((i) => this.expr(i, templates, depth + 1)), start: n.start, end: n.end };
      case "map": {
        const items = [];
        for (const e of this.lastOfEach(n.entries)) {
          if (e.key === "//") continue;
          const key = {
            t: "template",
            form: "json",
            parts: [{ t: "lit", value: e.key, start: e.keyStart + 1, end: e.keyEnd - 1 }],
            start: e.keyStart,
            end: e.keyEnd
          };
          items.push({ key, keyIsIdent: false, value: this.expr(e.value, templates, depth + 1), start: e.keyStart, end: e.value.end });
        }
        return { t: "object", items: exactSize(items), start: n.start, end: n.end };
      }
    }
  }
};

// src/parsers/terraform/module-config.ts
function mergeBlock(original, override, f) {
  const tag = (x) => ({ ...x, file: x.file ?? f });
  const names = new Set(override.body.attributes.map((a) => a.name));
  const types = new Set(override.body.blocks.map((b) => b.type));
  const items = [
    ...original.body.items.filter((i) => {
      const name = i.kind === "attribute" ? i.name : i.type;
      if (i.kind === "block" && name === "lifecycle") return true;
      return !names.has(name) && !types.has(name);
    }),
    ...override.body.items.map((i) => tag(i))
  ];
  const body = {
    ...original.body,
    items,
    attributes: items.filter((i) => i.kind === "attribute"),
    blocks: items.filter((i) => i.kind === "block")
  };
  return { ...original, body };
}
var LABELS = {
  resource: ["type", "name"],
  data: ["type", "name"],
  ephemeral: ["type", "name"],
  module: ["name"],
  variable: ["name"],
  output: ["name"],
  provider: ["name"],
  check: ["name"],
  locals: [],
  terraform: [],
  moved: [],
  import: [],
  removed: []
};
function literalString(a) {
  if (!a || a.expr.t !== "template") return void 0;
  const t = a.expr;
  if (t.parts.length === 0) return "";
  if (t.parts.length === 1 && t.parts[0].t === "lit") return t.parts[0].value;
  return void 0;
}
function isSensitiveFlag(a) {
  if (!a) return false;
  if (a.expr.t === "literal") return a.expr.value === true;
  return literalString(a) === "true";
}
function buildModuleConfig(dir, files) {
  const m = collect(
    dir,
    files.filter((x) => !x.override)
  );
  for (const file of files) checkLabels(m, file);
  for (const file of files.filter((x) => x.override)) applyOverride(m, file);
  m.files = files;
  return m;
}
function checkLabels(m, file) {
  for (const b of file.body.blocks) {
    const want = ownEntry(LABELS, b.type);
    if (!want || b.labels.length === want.length) continue;
    const names = want.length ? ` (${want.join(" and ")})` : "";
    const takes = `${want.length === 0 ? "no" : want.length} label${want.length === 1 ? "" : "s"}${names}`;
    m.rejected.push({
      f: file.f,
      // Terraform points at the first label too many, or at the block when one is missing.
      offset: b.labels[want.length]?.start ?? b.start,
      message: `A ${b.type} block takes ${takes}, not ${b.labels.length}; Terraform rejects it${want.length ? ", and it was not read" : ""}`
    });
  }
}
function noBase(m, file, b, what, read = false) {
  m.rejected.push({
    f: file.f,
    offset: b.start,
    message: `${what} overrides nothing: no other file of the module declares it (Terraform rejects it)${read ? "" : ", so it was not read"}`
  });
}
function applyOverride(m, file) {
  for (const b of file.body.blocks) {
    const l = b.labels.map((x) => x.value);
    if ((b.type === "resource" || b.type === "data") && l.length === 2) {
      const map = b.type === "resource" ? m.resources : m.data;
      const rc = map.get(`${l[0]}.${l[1]}`);
      if (!rc) {
        noBase(m, file, b, `${b.type === "data" ? "data." : ""}${l[0]}.${l[1]}`);
        continue;
      }
      rc.block = mergeBlock(rc.block, b, file.f);
      const byType = (b.type === "resource" ? m.resourcesByType : m.dataByType).get(rc.type);
      if (byType) byType[byType.indexOf(rc)] = rc;
    } else if (b.type === "module" && l.length === 1) {
      const mc = m.modules.get(l[0]);
      if (!mc) {
        noBase(m, file, b, `module.${l[0]}`);
        continue;
      }
      mc.block = mergeBlock(mc.block, b, file.f);
      mc.source = literalString(attr(mc.block.body, "source")) ?? mc.source;
      mc.version = literalString(attr(mc.block.body, "version")) ?? mc.version;
    } else if (b.type === "variable" && l.length === 1) {
      const vc = m.variables.get(l[0]);
      if (!vc) {
        noBase(m, file, b, `var.${l[0]}`);
        continue;
      }
      vc.block = mergeBlock(vc.block, b, file.f);
      const d = attr(b.body, "default");
      if (d) vc.default = { ...d, file: file.f };
      const t = attr(b.body, "type");
      if (t) vc.type = { ...t, file: file.f };
      if (attr(b.body, "sensitive")) vc.sensitive = isSensitiveFlag(attr(b.body, "sensitive"));
    } else if (b.type === "output" && l.length === 1) {
      const oc = m.outputs.get(l[0]);
      if (!oc) noBase(m, file, b, `output.${l[0]}`);
      const value = attr(b.body, "value");
      if (oc && value) oc.value = { ...value, file: file.f };
      if (oc && attr(b.body, "sensitive")) oc.sensitive = isSensitiveFlag(attr(b.body, "sensitive"));
    } else if (b.type === "locals") {
      for (const a of b.body.attributes) {
        if (!m.locals.has(a.name)) noBase(m, file, a, `local.${a.name}`, true);
        m.locals.set(a.name, { name: a.name, attr: a, f: file.f });
      }
    }
  }
}
function collect(dir, files) {
  const m = {
    dir,
    files,
    resources: /* @__PURE__ */ new Map(),
    resourcesByType: /* @__PURE__ */ new Map(),
    data: /* @__PURE__ */ new Map(),
    dataByType: /* @__PURE__ */ new Map(),
    modules: /* @__PURE__ */ new Map(),
    variables: /* @__PURE__ */ new Map(),
    locals: /* @__PURE__ */ new Map(),
    outputs: /* @__PURE__ */ new Map(),
    duplicates: [],
    rejected: []
  };
  for (const file of files) {
    for (const b of file.body.blocks) {
      const l = b.labels;
      switch (b.type) {
        case "resource":
        case "data": {
          if (l.length !== 2) continue;
          const mode = b.type === "resource" ? "managed" : "data";
          const key = `${l[0].value}.${l[1].value}`;
          const map = mode === "managed" ? m.resources : m.data;
          if (map.has(key)) {
            m.duplicates.push({ kind: b.type, name: key, f: file.f, block: b });
            continue;
          }
          const rc = { mode, type: l[0].value, name: l[1].value, block: b, f: file.f };
          map.set(key, rc);
          const byType = mode === "managed" ? m.resourcesByType : m.dataByType;
          const list = byType.get(rc.type) ?? [];
          list.push(rc);
          byType.set(rc.type, list);
          break;
        }
        case "module": {
          if (l.length !== 1) continue;
          if (m.modules.has(l[0].value)) {
            m.duplicates.push({ kind: "module", name: l[0].value, f: file.f, block: b });
            continue;
          }
          m.modules.set(l[0].value, {
            name: l[0].value,
            block: b,
            f: file.f,
            source: literalString(attr(b.body, "source")),
            version: literalString(attr(b.body, "version"))
          });
          break;
        }
        case "variable": {
          if (l.length !== 1) continue;
          if (m.variables.has(l[0].value)) {
            m.duplicates.push({ kind: "variable", name: l[0].value, f: file.f, block: b });
            continue;
          }
          const nullable = attr(b.body, "nullable");
          m.variables.set(l[0].value, {
            name: l[0].value,
            block: b,
            f: file.f,
            default: attr(b.body, "default"),
            type: attr(b.body, "type"),
            nullable: !(nullable && nullable.expr.t === "literal" && nullable.expr.value === false),
            sensitive: isSensitiveFlag(attr(b.body, "sensitive"))
          });
          break;
        }
        case "locals":
          for (const a of b.body.attributes) {
            if (m.locals.has(a.name)) {
              m.duplicates.push({ kind: "local", name: a.name, f: file.f, block: a });
              continue;
            }
            m.locals.set(a.name, { name: a.name, attr: a, f: file.f });
          }
          break;
        case "output":
          if (l.length !== 1) continue;
          if (m.outputs.has(l[0].value)) {
            m.duplicates.push({ kind: "output", name: l[0].value, f: file.f, block: b });
            continue;
          }
          m.outputs.set(l[0].value, {
            name: l[0].value,
            block: b,
            f: file.f,
            value: attr(b.body, "value"),
            sensitive: isSensitiveFlag(attr(b.body, "sensitive"))
          });
          break;
      }
    }
  }
  return m;
}

// src/parsers/terraform/module-files.ts
import fs from "node:fs";
import path from "node:path";
function moduleConfigFilesInside(dir, roots) {
  if (!isInsideAny(path.resolve(dir), roots)) return namedConfigFilesIn(path.resolve(dir), roots);
  let real;
  try {
    real = fs.realpathSync(dir);
  } catch {
    return [];
  }
  return isInsideAny(real, roots) && credentialsIn(real, roots) !== "git" ? moduleConfigFiles(dir) : [];
}
function moduleConfigFiles(dir) {
  let entries;
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return withoutShadowed(
    entries.filter((e) => (e.isFile() || e.isSymbolicLink()) && CONFIG_FILE.test(e.name)).map((e) => path.join(dir, e.name)).sort()
  );
}
function namedConfigFilesIn(dir, roots) {
  return withoutShadowed(roots.filter((r) => path.dirname(r) === dir && CONFIG_FILE.test(r)).sort());
}

// src/model/kms.ts
var KMS_ALGORITHMS = /* @__PURE__ */ new Set(["aws:kms", "aws:kms:dsse"]);
function isAwsManagedKey(key) {
  if (typeof key !== "string") return strParts(key).some((p) => typeof p === "string" && /alias\/aws\/s3$/.test(p));
  return key.trim() === "" || /(^|:)alias\/aws\/s3$/.test(key);
}

export {
  CONFIG_FILE,
  READ_CONFIG_FILE,
  VARS_FILE,
  TERRAFORM_FILE,
  isOverrideFile,
  withoutShadowed,
  attr,
  parseHcl,
  parseTemplateText,
  parseJsonConfig,
  literalString,
  isSensitiveFlag,
  buildModuleConfig,
  KMS_ALGORITHMS,
  isAwsManagedKey,
  moduleConfigFilesInside
};
