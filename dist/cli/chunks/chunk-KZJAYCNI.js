import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  LineIndex,
  get,
  getEntry,
  hasYaml11LineBreaks,
  ownEntry,
  parseJson,
  parseYaml
} from "./chunk-LIWTLKFB.js";

// src/parsers/cloudformation/nested-template-file.ts
import path from "node:path";

// src/parsers/cloudformation/parse.ts
var SHORT_TAGS = {
  "!Ref": "Ref",
  "!Condition": "Condition",
  "!Sub": "Fn::Sub",
  "!GetAtt": "Fn::GetAtt",
  "!Join": "Fn::Join",
  "!If": "Fn::If",
  "!Select": "Fn::Select",
  "!Split": "Fn::Split",
  "!FindInMap": "Fn::FindInMap",
  "!ImportValue": "Fn::ImportValue",
  "!Base64": "Fn::Base64",
  "!Cidr": "Fn::Cidr",
  "!GetAZs": "Fn::GetAZs",
  "!Equals": "Fn::Equals",
  "!And": "Fn::And",
  "!Or": "Fn::Or",
  "!Not": "Fn::Not",
  "!Transform": "Fn::Transform",
  "!Length": "Fn::Length",
  "!ToJsonString": "Fn::ToJsonString",
  "!ForEach": "Fn::ForEach"
};
function convertTag(tag, node) {
  const fn = SHORT_TAGS[tag];
  if (!fn) return `unknown tag ${tag}; its value is read as written`;
  let value = node;
  if (fn === "Fn::GetAtt" && node.kind === "scalar" && typeof node.value === "string") {
    const dot = node.value.indexOf(".");
    const valueStart = node.end - node.value.length;
    const parts = dot < 0 ? [node.value] : [node.value.slice(0, dot), node.value.slice(dot + 1)];
    value = {
      kind: "seq",
      start: valueStart,
      end: node.end,
      items: parts.map((p, i) => ({
        kind: "scalar",
        value: p,
        quoted: true,
        start: i === 0 ? valueStart : valueStart + dot + 1,
        end: i === 0 ? valueStart + p.length : node.end
      }))
    };
  }
  return {
    kind: "map",
    start: node.start,
    end: node.end,
    shortTag: tag,
    entries: [{ key: fn, keyStart: node.start, keyEnd: node.start + tag.length, value }]
  };
}
function looksLikeTemplateText(text) {
  return text.includes("AWSTemplateFormatVersion") || /\bResources\b/.test(text) && /\b(AWS|Custom)::/.test(text) || // Cut off before its first `Type` (`{"Resources": {"Data": `): a template all the same, and so
  // is one whose `Resources` follows a `Description` (or whose types are written with escapes).
  /^\s*\{\s*"Resources"\s*:/.test(text) || /"Resources"\s*:\s*\{/.test(text) || /^Resources:[ \t]*(?:#.*)?\r?$/m.test(text);
}
function parseTemplateYaml(text, options) {
  const asWritten = parseYaml(text, options);
  if (!hasYaml11LineBreaks(text) || asWritten.documents.some((d) => !isTemplate(d) && serverlessResources(d))) return asWritten;
  return parseYaml(text, { ...options, yaml11LineBreaks: true });
}
function isTemplate(root) {
  if (!root || root.kind !== "map") return false;
  if (get(root, "AWSTemplateFormatVersion") !== void 0) return true;
  const res = get(root, "Resources");
  if (!res || res.kind !== "map") return false;
  return res.entries.some((e) => {
    if (e.key.startsWith("Fn::ForEach::")) return true;
    const t = get(e.value, "Type");
    return t?.kind === "scalar" && typeof t.value === "string" && /^(AWS|Custom|Alexa)::/.test(t.value);
  });
}
function serverlessResources(root) {
  if (!root || root.kind !== "map" || !get(root, "service") || !get(root, "provider")) return void 0;
  const res = get(root, "resources");
  if (res?.kind === "map") return withExtensions(res);
  if (res?.kind !== "seq") return void 0;
  return withExtensions(mergedItems(res));
}
var EXTENSIONS = "extensions";
function withExtensions(res) {
  const ext = get(res, EXTENSIONS);
  if (ext?.kind !== "map" || ext.entries.length === 0) return res;
  const resources = getEntry(res, "Resources");
  if (resources && resources.value.kind !== "map") return res;
  const list = resources?.value.kind === "map" ? resources.value.entries.slice() : [];
  const index = new Map(list.map((e, i) => [e.key, i]));
  for (const x of ext.entries) {
    const i = index.get(x.key);
    if (i === void 0) {
      index.set(x.key, list.length);
      list.push(x);
      continue;
    }
    const target = list[i];
    if (target.value.kind !== "map" || x.value.kind !== "map") continue;
    const attrs = target.value.entries.slice();
    for (const a of x.value.entries) {
      const j = attrs.findIndex((t) => t.key === a.key);
      const before = j < 0 ? void 0 : attrs[j];
      let next = a;
      if ((a.key === "Properties" || a.key === "Metadata") && before?.value.kind === "map" && a.value.kind === "map") {
        const added = a.value;
        const kept = before.value.entries.filter((p) => getEntry(added, p.key) === void 0);
        next = { ...before, value: { ...before.value, entries: [...kept, ...added.entries] } };
      }
      if (j < 0) attrs.push(next);
      else attrs[j] = next;
    }
    list[i] = { ...target, value: { ...target.value, entries: attrs } };
  }
  const extEntry = getEntry(res, EXTENSIONS);
  const base = resources ?? { ...extEntry, key: "Resources" };
  const merged = { ...base, value: { kind: "map", start: base.value.start, end: base.value.end, entries: list } };
  const entries = res.entries.filter((e) => e.key !== EXTENSIONS).map((e) => e.key === "Resources" ? merged : e);
  return { ...res, entries: resources ? entries : [...entries, merged] };
}
function mergedItems(res) {
  const sections = /* @__PURE__ */ new Map();
  for (const part of res.items) {
    if (part.kind !== "map") continue;
    for (const e of part.entries) {
      let section = sections.get(e.key);
      if (!section) sections.set(e.key, section = { first: void 0, entries: [], index: /* @__PURE__ */ new Map(), shape: "absent", whole: void 0 });
      const before = section.shape;
      section.shape = mergedShape(before, e.value);
      if (section.shape !== "list" && section.shape !== "scalar") section.whole = void 0;
      else if (before !== "list" || section.shape !== "list") section.whole = e;
      if (e.value.kind !== "map") continue;
      section.first ??= e;
      for (const x of e.value.entries) {
        const at = section.index.get(x.key);
        if (at !== void 0) section.entries[at] = { ...section.entries[at], value: deepMerge(section.entries[at].value, x.value, 0) };
        else {
          section.index.set(x.key, section.entries.length);
          section.entries.push(x);
        }
      }
    }
  }
  const entries = [];
  for (const [key, { first, entries: merged, whole }] of sections) {
    if (whole) entries.push(whole);
    else if (first) entries.push({ ...first, key, value: { kind: "map", start: first.value.start, end: first.value.end, entries: merged } });
  }
  return { kind: "map", start: res.start, end: res.end, entries };
}
function mergedShape(before, value) {
  if (value.kind === "seq") return "list";
  if (value.kind === "map") return before === "list" ? "list" : before === "variable" ? "variable" : "map";
  if (isFrameworkVariable(value)) return "variable";
  return value.value ? "scalar" : "empty";
}
function unreadResources(root) {
  const res = root ? get(root, "resources") : void 0;
  const out = [];
  const add = (n) => {
    if (n?.kind === "scalar" && isFrameworkVariable(n)) out.push(n);
  };
  if (res?.kind === "seq")
    for (const item of res.items) {
      add(item);
      if (item.kind === "map") add(get(item, "Resources"));
    }
  return out;
}
function frameworkEventBuckets(root) {
  if (!root || root.kind !== "map" || !get(root, "service") || !get(root, "provider")) return [];
  const configured = get(get(root, "provider"), "s3");
  const functions = get(root, "functions");
  const fns = functions?.kind === "map" ? functions.entries.map((e) => e.value) : functions?.kind === "seq" ? functions.items : [];
  const all = fns.flatMap((f) => functions?.kind === "seq" && f.kind === "map" ? f.entries.map((e) => e.value) : [f]);
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const fn of all) {
    const events = get(fn, "events");
    if (events?.kind !== "seq") continue;
    for (const ev of events.items) {
      const s3 = get(ev, "s3");
      if (!s3) continue;
      const bucket = s3.kind === "map" ? get(s3, "bucket") : s3;
      const existing = s3.kind === "map" ? get(s3, "existing") : void 0;
      if (existing?.kind === "scalar" && (existing.value === true || existing.value === "true")) continue;
      if (bucket?.kind !== "scalar" || bucket.value === null) continue;
      const name = String(bucket.value);
      if (seen.has(name)) continue;
      seen.add(name);
      out.push({ name, at: bucket, configured: configured?.kind === "map" && get(configured, name) !== void 0 });
    }
  }
  return out;
}
function isFrameworkVariable(node) {
  return node.kind === "scalar" && typeof node.value === "string" && node.value.includes("${");
}
function hasInvalidResources(resources) {
  const r = get(resources, "Resources");
  if (!r || r.kind === "map") return false;
  return r.kind === "seq" || !isFrameworkVariable(r) && Boolean(r.value);
}
function hasUntypedResources(resources) {
  const r = get(resources, "Resources");
  return r?.kind === "map" && r.entries.some((e) => e.value.kind === "map" && get(e.value, "Type") === void 0);
}
function deepMerge(a, b, depth) {
  if (depth > 1e3) return b;
  if (a.kind === "map" && b.kind === "map" && !isIntrinsicNode(a) && !isIntrinsicNode(b)) {
    const entries = a.entries.slice();
    const index = new Map(entries.map((e, i) => [e.key, i]));
    for (const e of b.entries) {
      const i = index.get(e.key);
      if (i === void 0) {
        index.set(e.key, entries.length);
        entries.push(e);
      } else {
        const value = deepMerge(entries[i].value, e.value, depth + 1);
        entries[i] = value === e.value ? e : { ...entries[i], value };
      }
    }
    return { ...a, entries };
  }
  if (a.kind === "seq" && b.kind === "seq") {
    const items = a.items.slice();
    b.items.forEach((x, i) => items[i] = i < items.length ? deepMerge(items[i], x, depth + 1) : x);
    return { ...a, items };
  }
  return b;
}
function isIntrinsicNode(n) {
  return n.entries.length === 1 && (n.entries[0].key === "Ref" || n.entries[0].key === "Condition" || n.entries[0].key.startsWith("Fn::"));
}
function isJsonText(text) {
  for (let i = 0; i < text.length && i < 4096; i++) {
    const c = text[i];
    if (c === "{" || c === "[") return true;
    if (c !== " " && c !== "\n" && c !== "\r" && c !== "	" && c !== "\uFEFF") return false;
  }
  return false;
}
function parseTemplateFile(text, file, limits) {
  const lines = new LineIndex(text);
  const problems = [];
  const problem = (code, offset, message, level, line, column) => {
    const pos = line !== void 0 ? { line: line + 1, column: (column ?? 0) + 1 } : lines.position(offset);
    const why = code === "DUPLICATE_KEY" ? " (CloudFormation rejects templates with duplicate keys)" : "";
    problems.push({ code, file, line: pos.line, column: pos.column, message: message + why, level });
  };
  let roots = [];
  let parsedAsJson = false;
  let readAsYaml = false;
  if (isJsonText(text)) {
    const r = parseJson(text, { maxDepth: limits.maxDepth });
    if (r.root || r.issues.every((i) => i.code !== "JSON_SYNTAX")) {
      parsedAsJson = true;
      roots = [r.root];
      for (const i of r.issues) problem(i.code, i.offset, i.message, i.level);
    } else if (file.endsWith(".json")) {
      const y = parseTemplateYaml(text, { maxDepth: limits.maxDepth, maxAliasExpansion: limits.maxAliasExpansion, convertTag });
      const yamlTemplate = y.issues.every((i) => i.level !== "error") && y.documents.some((d) => isTemplate(d) || serverlessResources(d));
      if (yamlTemplate) {
        roots = y.documents;
        readAsYaml = true;
        const first = r.issues.find((i) => i.code === "JSON_SYNTAX");
        problem(
          "JSON_READ_AS_YAML",
          first.offset,
          `the file is not valid JSON (${first.message}); it was read as YAML, as CloudFormation reads it`,
          "warning"
        );
        for (const i of y.issues) problem(i.code, i.offset, i.message, i.level, i.line, i.column);
      } else for (const i of r.issues) problem(i.code, i.offset, i.message, i.level);
      parsedAsJson = !yamlTemplate;
    }
  }
  if (!parsedAsJson && !readAsYaml) {
    const r = parseTemplateYaml(text, { maxDepth: limits.maxDepth, maxAliasExpansion: limits.maxAliasExpansion, convertTag });
    roots = r.documents;
    for (const i of r.issues) problem(i.code, i.offset, i.message, i.level, i.line, i.column);
  }
  const templates = [];
  let frameworkBuckets = 0;
  roots.forEach((root2, index) => {
    for (const b of frameworkEventBuckets(root2)) {
      frameworkBuckets++;
      problem(
        "SERVERLESS_BUCKET_NOT_CHECKED",
        b.at.start,
        `the Serverless Framework makes the bucket ${b.name} for this s3 event${b.configured ? ` (with the settings under provider.s3.${b.name})` : ""}; s3-gate does not model the buckets the framework makes, so it was not checked`,
        "warning"
      );
    }
    const serverless = !isTemplate(root2);
    const template = serverless ? serverlessResources(root2) : root2;
    if (!template || !(isTemplate(template) || serverless && (hasInvalidResources(template) || hasUntypedResources(template)))) return;
    const written = serverless ? get(root2, "resources") : void 0;
    templates.push({ root: template, index, end: root2.end, serverless, ...written ? { written } : {} });
    for (const v of serverless ? unreadResources(root2) : [])
      problem(
        "SERVERLESS_VARIABLE",
        v.start,
        `the Serverless Framework puts ${String(v.value)} into \`resources\` when it deploys; what it adds or changes there was not read`,
        "warning"
      );
  });
  if (templates.length > 1) {
    problem(
      "MULTI_DOCUMENT",
      0,
      `the file holds ${roots.length} YAML documents; each is scanned as a template, but CloudFormation itself rejects such a file`,
      "warning"
    );
  }
  const hasErrors = problems.some((p) => p.level === "error");
  const root = roots.length === 1 ? roots[0] : void 0;
  const planLike = root?.kind === "map" && get(root, "format_version") !== void 0 && get(root, "terraform_version") !== void 0;
  return {
    templates,
    problems,
    lines,
    notATemplate: templates.length === 0 && !hasErrors && frameworkBuckets === 0,
    json: parsedAsJson,
    planLike,
    documents: roots
  };
}

// src/parsers/cloudformation/nested-template-file.ts
var NESTED_TEMPLATE_PROPERTY = {
  "AWS::CloudFormation::Stack": "TemplateURL",
  "AWS::Serverless::Application": "Location"
};
function localTemplateOf(resource, file) {
  const t = get(resource, "Type");
  const property = t?.kind === "scalar" && typeof t.value === "string" ? ownEntry(NESTED_TEMPLATE_PROPERTY, t.value) : void 0;
  if (!property) return void 0;
  const url = get(get(resource, "Properties"), property);
  if (url?.kind !== "scalar" || typeof url.value !== "string" || /^[a-z][a-z0-9+.-]*:/i.test(url.value) || url.value.startsWith("/"))
    return void 0;
  return { child: path.posix.normalize(path.posix.join(path.posix.dirname(file), url.value)), url };
}
function nestedTemplatePaths(text, file, limits) {
  const out = [];
  for (const { root } of parseTemplateFile(text, file, limits).templates) {
    const resources = get(root, "Resources");
    if (resources?.kind !== "map") continue;
    for (const e of resources.entries) {
      const local = localTemplateOf(e.value, file);
      if (local) out.push(local.child);
    }
  }
  return out;
}

export {
  looksLikeTemplateText,
  parseTemplateFile,
  localTemplateOf,
  nestedTemplatePaths
};
