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
  isInside,
  trimLeading,
  trimTrailing
} from "./chunk-6LT7P3SI.js";
import {
  anyStartingWith,
  claimFiles,
  startingWith
} from "./chunk-Z3EKPFHN.js";
import {
  LineIndex,
  get,
  parseJson,
  toPlain
} from "./chunk-LIWTLKFB.js";

// src/parsers/cdk/assembly.ts
import path from "node:path";

// src/parsers/cdk/json-file.ts
function readJsonFile(abs, ctx, code, what, report, declaredAt) {
  const file = ctx.displayPath(abs);
  const text = ctx.readFile(abs);
  if (text === void 0) {
    const at = declaredAt ?? { file, line: 1, column: 1 };
    report({
      code: `${code}_MISSING`,
      file: at.file,
      line: at.line,
      column: at.column,
      message: `${what} ${file} is missing or unreadable; re-run \`cdk synth\` so the cloud assembly is complete`,
      level: "error"
    });
    return void 0;
  }
  const parsed = parseJson(text, { maxDepth: ctx.limits.maxDepth, reportDuplicates: false });
  const lines = new LineIndex(text);
  if (!parsed.root) {
    const issue = parsed.issues[0];
    const pos = lines.position(issue?.offset ?? 0);
    report({
      code: `${code}_SYNTAX`,
      file,
      line: pos.line,
      column: pos.column,
      message: `${what} is not valid JSON (${issue?.message ?? "empty file"}); it may be truncated, re-run \`cdk synth\``,
      level: "error"
    });
    return void 0;
  }
  return { abs, file, text, root: parsed.root, lines };
}
function nodeAt(f, offset, path4 = "") {
  const p = f.lines.position(offset);
  return { file: f.file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, path: path4 };
}
function scalarString(node) {
  return node?.kind === "scalar" && typeof node.value === "string" ? node.value : void 0;
}

// src/parsers/cdk/metadata.ts
var LOGICAL_ID = "aws:cdk:logicalId";
var CREATION_STACK = "aws:cdk:creationStack";
var TEMPLATE_FILE = "aws:cdk:templateFile";
var ACKNOWLEDGED_RULES = "aws:cdk:acknowledged-rules";
function normaliseConstructPath(p) {
  return trimTrailing(trimLeading(p, "/"), "/");
}
var ConstructMetadata = class {
  byPath = /* @__PURE__ */ new Map();
  /** Reads a `{ "/path": [ { type, data, trace? } ] }` map (artifact `metadata` or a metadata file). */
  addMap(node, file) {
    if (node.kind !== "map") return;
    for (const e of node.entries) {
      if (e.value.kind !== "seq") continue;
      const path4 = normaliseConstructPath(e.key);
      for (const item of e.value.items) {
        const type = scalarString(get(item, "type"));
        if (!type) continue;
        const dataNode = get(item, "data");
        const traceNode = get(item, "trace");
        const entry = {
          type,
          data: dataNode ? plain(dataNode) : void 0,
          at: nodeAt(file, item.start, path4)
        };
        if (traceNode?.kind === "seq") entry.trace = traceNode.items.map((t) => scalarString(t)).filter((t) => t !== void 0);
        this.add(path4, entry);
      }
    }
  }
  /** Per type, its entries sorted by path (see `ofTypeUnder`); dropped when an entry is added. */
  sortedByType = /* @__PURE__ */ new Map();
  /** Per template file, the paths of its first and last `aws:cdk:templateFile` entries; dropped when an entry is added. */
  templatePaths;
  add(path4, entry) {
    const list = this.byPath.get(path4);
    if (list) list.push(entry);
    else this.byPath.set(path4, [entry]);
    this.sortedByType.clear();
    this.templatePaths = void 0;
  }
  entries(path4) {
    return this.byPath.get(path4) ?? [];
  }
  paths() {
    return this.byPath.keys();
  }
  /** Every `[path, entry]` of a type. */
  *ofType(type) {
    for (const [path4, list] of this.byPath) for (const e of list) if (e.type === type) yield [path4, e];
  }
  /**
   * The `[path, entry]` pairs of a type whose path is under `prefix` (ending in `/`), in the order
   * `ofType` gives them: found by a binary search in the entries sorted by path, since every stack
   * of an assembly asks for its own (1,200 stacks each going through every entry took 12 s).
   */
  ofTypeUnder(type, prefix) {
    return startingWith(this.sortedOf(type), prefix, (x) => x.path).sort((a, b) => a.order - b.order).map((x) => [x.path, x.entry]);
  }
  /** Is there an entry of a type under `prefix`? A binary search, as for `ofTypeUnder`. */
  hasTypeUnder(type, prefix) {
    return anyStartingWith(this.sortedOf(type), prefix, (x) => x.path);
  }
  sortedOf(type) {
    let sorted = this.sortedByType.get(type);
    if (!sorted) {
      sorted = [];
      for (const [path4, e] of this.ofType(type)) sorted.push({ path: path4, entry: e, order: sorted.length });
      sorted.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.order - b.order);
      this.sortedByType.set(type, sorted);
    }
    return sorted;
  }
  /**
   * The path of the first (or last) `aws:cdk:templateFile` entry naming `templateFile`, in the
   * order `ofType` goes through them: indexed once, since every stack sharing a metadata file, and
   * every nested stack, asks it.
   */
  pathOfTemplate(templateFile, which = "first") {
    if (!this.templatePaths) {
      this.templatePaths = /* @__PURE__ */ new Map();
      for (const [p, e] of this.ofType(TEMPLATE_FILE)) {
        const known = this.templatePaths.get(e.data);
        if (known) known.last = p;
        else this.templatePaths.set(e.data, { first: p, last: p });
      }
    }
    return this.templatePaths.get(templateFile)?.[which];
  }
  /**
   * The creation trace recorded for exactly this path: the `aws:cdk:creationStack` entry, else
   * the `trace` of the `aws:cdk:logicalId` entry (older CDK, `--debug`). Traces of other entries
   * (an acknowledgement, a warning) point at the code that added them, not at the construct.
   */
  traceOf(path4) {
    const list = this.entries(path4);
    for (const e of list) {
      if (e.type === CREATION_STACK && Array.isArray(e.data))
        return { trace: e.data.filter((x) => typeof x === "string"), at: e.at };
    }
    for (const e of list) if (e.type === LOGICAL_ID && e.trace && e.trace.length > 0) return { trace: e.trace, at: e.at };
    return void 0;
  }
};
function plain(node) {
  try {
    return toPlain(node, { left: 1e5 });
  } catch {
    return void 0;
  }
}
function nestedStackPathFromResource(path4) {
  const m = /^(.*)\/([^/]+)\.NestedStack\/\2\.NestedStackResource$/.exec(path4);
  return m ? `${m[1]}/${m[2]}` : void 0;
}

// src/parsers/cdk/tree.ts
function readTree(root) {
  const out = /* @__PURE__ */ new Map();
  const top = get(root, "tree");
  if (!top) return out;
  const stack = [{ node: top, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop();
    if (node.kind !== "map" || depth > 500) continue;
    const path4 = scalarString(get(node, "path"));
    const id = scalarString(get(node, "id")) ?? "";
    if (path4 !== void 0) out.set(normaliseConstructPath(path4), { id, fqn: scalarString(get(get(node, "constructInfo"), "fqn")) });
    const children = get(node, "children");
    if (children?.kind === "map") for (const c of children.entries) stack.push({ node: c.value, depth: depth + 1 });
  }
  return out;
}
function mergeTree(into, more) {
  if (!into) return more;
  for (const [p, node] of more) into.set(p, node);
  return into;
}
function classOf(fqn) {
  if (!fqn || fqn === "constructs.Construct") return void 0;
  const last = fqn.slice(fqn.lastIndexOf(".") + 1);
  return last || void 0;
}

// src/parsers/cdk/assembly.ts
var KNOWN_SCHEMA_MAJOR = 55;
var MAX_ASSEMBLY_DEPTH = 16;
function readAssembly(manifestAbs, ctx, seen = /* @__PURE__ */ new Set()) {
  const out = { stacks: [], metadata: new ConstructMetadata(), problems: [], usable: false };
  const report = (p) => out.problems.push(p);
  const treesRead = /* @__PURE__ */ new Set();
  const metadataFiles = /* @__PURE__ */ new Map();
  const readManifest = (abs, depth, declaredAt) => {
    if (seen.has(abs)) return false;
    seen.add(abs);
    const manifest = readJsonFile(abs, ctx, declaredAt ? "CDK_ASSEMBLY" : "CDK_MANIFEST", "cloud assembly manifest", report, declaredAt);
    if (!manifest) return false;
    const version = scalarString(get(manifest.root, "version"));
    if (depth === 0) out.version = version;
    const artifacts = get(manifest.root, "artifacts");
    if (manifest.root.kind !== "map" || !artifacts || artifacts.kind !== "map") {
      const at = nodeAt(manifest, (artifacts ?? manifest.root).start);
      report({
        code: "CDK_MANIFEST_SCHEMA",
        file: manifest.file,
        line: at.line,
        column: at.column,
        message: `manifest.json (schema ${version ?? "unknown"}) has no \`artifacts\` object; s3-gate reads cloud assembly schemas that list artifacts by id (checked up to ${KNOWN_SCHEMA_MAJOR}.x)`,
        level: "error"
      });
      return false;
    }
    const dir = path.dirname(abs);
    const assetManifests = /* @__PURE__ */ new Map();
    for (const a of artifacts.entries) {
      if (scalarString(get(a.value, "type")) !== "cdk:asset-manifest") continue;
      const fileNode = get(get(a.value, "properties"), "file");
      const f = scalarString(fileNode);
      if (!f) continue;
      const at = nodeAt(manifest, fileNode.start, `artifacts.${a.key}.properties.file`);
      if (!inside(dir, path.join(dir, f)))
        report({
          code: "CDK_ARTIFACT_INVALID",
          file: at.file,
          line: at.line,
          column: at.column,
          message: `asset manifest ${a.key} points outside the assembly (${f}); the nested stacks it lists were not looked up`,
          level: "error"
        });
      else assetManifests.set(a.key, { abs: path.join(dir, f), at });
    }
    for (const a of artifacts.entries) {
      const type = scalarString(get(a.value, "type"));
      const at = nodeAt(manifest, a.keyStart, `artifacts.${a.key}`);
      const invalid = (message) => report({ code: "CDK_ARTIFACT_INVALID", file: at.file, line: at.line, column: at.column, message, level: "error" });
      switch (type) {
        case "aws:cloudformation:stack":
          readStack(manifest, dir, a.key, a.value, at, assetManifests, invalid);
          break;
        case "cdk:cloud-assembly": {
          const sub = scalarString(get(get(a.value, "properties"), "directoryName"));
          if (!sub) invalid(`nested cloud assembly ${a.key} names no \`properties.directoryName\`; it was not scanned`);
          else if (!inside(dir, path.join(dir, sub)))
            invalid(`nested cloud assembly ${a.key} points outside the assembly (${sub}); it was not scanned`);
          else if (depth >= MAX_ASSEMBLY_DEPTH)
            report({
              code: "CDK_ASSEMBLY_TOO_DEEP",
              file: at.file,
              line: at.line,
              column: at.column,
              message: `nested cloud assembly ${a.key} lies more than ${MAX_ASSEMBLY_DEPTH} Stages deep; it is read as an assembly of its own, without the construct paths of the Stages above it`,
              level: "warning"
            });
          else readManifest(path.join(dir, sub, "manifest.json"), depth + 1, at);
          break;
        }
        case "cdk:tree": {
          const f = scalarString(get(get(a.value, "properties"), "file"));
          if (!f || !inside(dir, path.join(dir, f))) {
            invalid(`tree artifact ${a.key} names no file inside the assembly`);
            break;
          }
          const abs2 = path.join(dir, f);
          if (treesRead.has(abs2)) break;
          treesRead.add(abs2);
          const tree = readJsonFile(abs2, ctx, "CDK_TREE", "construct tree", report, at);
          if (tree) out.tree = mergeTree(out.tree, readTree(tree.root));
          break;
        }
        default:
          if (type === void 0) invalid(`artifact ${a.key} has no \`type\`; it was skipped`);
      }
    }
    return true;
  };
  const readStack = (manifest, dir, id, art, at, assetManifests, invalid) => {
    const props = get(art, "properties");
    const templateFile = scalarString(get(props, "templateFile"));
    const own = [];
    const inline = get(art, "metadata");
    if (inline) {
      out.metadata.addMap(inline, manifest);
      const m = new ConstructMetadata();
      m.addMap(inline, manifest);
      own.push(m);
    }
    const extraName = scalarString(get(art, "additionalMetadataFile"));
    if (extraName && !inside(dir, path.join(dir, extraName))) {
      const extraAt = nodeAt(manifest, get(art, "additionalMetadataFile").start, `artifacts.${id}.additionalMetadataFile`);
      report({
        code: "CDK_ARTIFACT_INVALID",
        file: extraAt.file,
        line: extraAt.line,
        column: extraAt.column,
        message: `the metadata file of stack ${id} points outside the assembly (${extraName}); it was not read`,
        level: "error"
      });
    } else if (extraName) {
      const extraAt = nodeAt(manifest, get(art, "additionalMetadataFile").start);
      const extra = readMetadataFile(path.join(dir, extraName), `metadata file of stack ${id}`, extraAt);
      if (extra) own.push(extra);
    }
    if (!templateFile) {
      invalid(
        `stack artifact ${id} names no \`properties.templateFile\` (a cloud assembly schema this s3-gate does not know); the stack was not scanned`
      );
      return;
    }
    const abs = path.join(dir, templateFile);
    if (!inside(dir, abs)) {
      invalid(`stack artifact ${id} points outside the assembly (${templateFile}); the stack was not scanned`);
      return;
    }
    const templateAt = nodeAt(manifest, get(props, "templateFile").start, `artifacts.${id}.properties.templateFile`);
    const stackPath = templatePathIn(own, templateFile) || (scalarString(get(art, "displayName")) ?? "");
    let assetsManifest;
    const deps = get(art, "dependencies");
    if (deps?.kind === "seq") {
      for (const d of deps.items) {
        const f = assetManifests.get(scalarString(d) ?? "");
        if (f) assetsManifest = f;
      }
    }
    out.stacks.push({
      abs,
      file: ctx.displayPath(abs),
      stackName: scalarString(get(props, "stackName")) ?? id,
      stackPath,
      declaredAt: templateAt,
      assemblyDir: dir,
      ...assetsManifest ? { assetsManifest: assetsManifest.abs, assetsManifestAt: assetsManifest.at } : {},
      nested: false,
      artifactId: id,
      ownMetadata: own
    });
  };
  const readMetadataFile = (abs, what, at) => {
    if (metadataFiles.has(abs)) return metadataFiles.get(abs);
    const file = readJsonFile(abs, ctx, "CDK_METADATA", what, report, at);
    let m;
    if (file) {
      out.metadata.addMap(file.root, file);
      m = new ConstructMetadata();
      m.addMap(file.root, file);
    }
    metadataFiles.set(abs, m);
    return m;
  };
  out.usable = readManifest(manifestAbs, 0, void 0);
  return out;
}
function templatePathIn(sources, templateFile) {
  for (const m of sources) {
    const p = m.pathOfTemplate(templateFile);
    if (p !== void 0) return p;
  }
  return void 0;
}
function inside(dir, p) {
  return isInside(p, dir);
}

// src/parsers/cdk/stage-folders.ts
import fs from "node:fs";
import path2 from "node:path";
function namedAssemblyFolders(abs) {
  let text;
  try {
    const r = readRegularFile(abs);
    if (!("bytes" in r)) return [];
    text = decodeText(r.bytes);
  } catch {
    return [];
  }
  const artifacts = get(parseJson(text, { maxDepth: DEFAULT_LIMITS.maxDepth, reportDuplicates: false }).root ?? void 0, "artifacts");
  if (artifacts?.kind !== "map") return [];
  const dir = path2.dirname(abs);
  const out = /* @__PURE__ */ new Set();
  for (const a of artifacts.entries) {
    if (scalarString(get(a.value, "type")) !== "cdk:cloud-assembly") continue;
    const sub = scalarString(get(get(a.value, "properties"), "directoryName"));
    const named = sub ? path2.join(dir, sub) : void 0;
    if (named === void 0 || !inside(dir, named)) continue;
    const real = realPath(named);
    if (real !== dir && inside(dir, real)) out.add(real);
  }
  return [...out];
}
function realPath(p) {
  try {
    return fs.realpathSync.native(p);
  } catch {
    return p;
  }
}
function foldersReadFromAbove(suspects, manifestIn, dirOf2) {
  const above = /* @__PURE__ */ new Set();
  for (const s of suspects) for (let d = dirOf2(s); d !== ""; d = dirOf2(d)) if (manifestIn.has(d)) above.add(d);
  const out = /* @__PURE__ */ new Set();
  for (const dir of above) {
    for (const named of namedAssemblyFolders(manifestIn.get(dir))) {
      if (!manifestIn.has(named)) continue;
      for (let d = named; d !== dir && d !== ""; d = dirOf2(d)) if (manifestIn.has(d)) out.add(d);
    }
  }
  return out;
}

// src/parsers/cdk/plan.ts
var MAX_ASSET_TWINS = 16;
function dirOf(p) {
  const i = Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\"));
  return i < 0 ? "" : p.slice(0, i);
}
function baseOf(p) {
  return p.slice(Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\")) + 1);
}
function isAssemblyManifest(file, siblings) {
  if (baseOf(file.abs) !== "manifest.json") return false;
  if (!/"version"\s*:/.test(file.head)) return false;
  if (/"artifacts"\s*:/.test(file.head)) return true;
  for (const name of siblings) {
    if (name === "cdk.out" || name === "tree.json" || name.endsWith(".template.json") || name.endsWith(".assets.json")) return true;
  }
  return false;
}
function isFileAsset(abs, dir) {
  return baseOf(abs).startsWith("asset.") && !inAssetFolder(abs, dir);
}
function isAssemblyFile(name) {
  return name.startsWith("asset.") || name === "manifest.json" || name === "tree.json" || name === "cdk.out" || name === "validation-report.json" || name.endsWith(".template.json") || name.endsWith(".assets.json") || name.endsWith(".metadata.json");
}
function inAssetFolder(abs, dir) {
  const folders = abs.slice(dir.length + 1).split(/[/\\]/);
  folders.pop();
  return folders.some((f) => f.startsWith("asset."));
}
function isStageFolder(dir, assemblyDirs) {
  return baseOf(dir).startsWith("assembly-") && assemblyDirs.has(dirOf(dir));
}
function hasAssemblyAbove(dir, assemblyDirs) {
  for (let d = dirOf(dir); d !== ""; d = dirOf(d)) if (assemblyDirs.has(d)) return true;
  return false;
}
function planAssemblies(files, debug = () => {
}) {
  const namesByDir = /* @__PURE__ */ new Map();
  for (const f of files) {
    const d = dirOf(f.abs);
    const set = namesByDir.get(d);
    if (set) set.add(baseOf(f.abs));
    else namesByDir.set(d, /* @__PURE__ */ new Set([baseOf(f.abs)]));
  }
  const manifests = files.filter((f) => isAssemblyManifest(f, namesByDir.get(dirOf(f.abs)) ?? /* @__PURE__ */ new Set()));
  const assemblyDirs = new Set(manifests.map((m) => dirOf(m.abs)));
  const suspects = manifests.map((m) => dirOf(m.abs)).filter((d) => !isStageFolder(d, assemblyDirs) && hasAssemblyAbove(d, assemblyDirs));
  const manifestIn = new Map(manifests.map((m) => [dirOf(m.abs), m.abs]));
  const fromAbove = suspects.length ? foldersReadFromAbove(suspects, manifestIn, dirOf) : /* @__PURE__ */ new Set();
  const roots = manifests.filter((m) => !isStageFolder(dirOf(m.abs), assemblyDirs) && !fromAbove.has(dirOf(m.abs)));
  if (roots.length === 0) return [];
  const claimedBy = new Map(roots.map((r) => [dirOf(r.abs), []]));
  const rootDirOf = (file) => {
    for (let d = dirOf(file); d !== ""; d = dirOf(d)) if (claimedBy.has(d)) return d;
    return void 0;
  };
  const wanted = (c) => {
    const dir = rootDirOf(c.abs);
    return dir !== void 0 && (isAssemblyFile(baseOf(c.abs)) || inAssetFolder(c.abs, dir));
  };
  const claimedFiles = claimFiles(files, wanted);
  for (const f of claimedFiles) claimedBy.get(rootDirOf(f.abs)).push(f);
  const claimedSet = new Set(claimedFiles);
  const outsideBySize = /* @__PURE__ */ new Map();
  for (const f of files) {
    if (claimedSet.has(f) || f.size === 0) continue;
    const list = outsideBySize.get(f.size);
    if (!list) outsideBySize.set(f.size, [f.abs]);
    else if (list.length < MAX_ASSET_TWINS) list.push(f.abs);
  }
  const isManifest = new Set(manifests);
  const units = [];
  for (const root of roots.sort((a, b) => a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0)) {
    const claimed = claimedBy.get(dirOf(root.abs));
    const id = dirOf(root.rel) || ".";
    debug(`cdk: cloud assembly ${id} (${claimed.length} files)`);
    const others = claimed.filter((f) => f !== root && isManifest.has(f) && !inAssetFolder(f.abs, dirOf(root.abs))).map((f) => f.abs);
    const data = { manifest: root.abs, manifests: others.sort((a, b) => a.length - b.length) };
    for (const f of claimed) {
      const twins = isFileAsset(f.abs, dirOf(root.abs)) ? outsideBySize.get(f.size) : void 0;
      if (twins) (data.assetTwins ??= {})[f.abs] = twins;
    }
    units.push({ plugin: "cdk", id, files: claimed, data });
  }
  return units;
}
var cdkPlanner = {
  name: "cdk",
  format: "cdk",
  plan(files, ctx) {
    return planAssemblies(files, ctx.debug);
  }
};

// src/parsers/cdk/source-index.ts
import fs2 from "node:fs";
import path3 from "node:path";
var SOURCE_EXTENSIONS = [".ts", ".tsx", ".mts", ".cts", ".js", ".mjs", ".cjs", ".py", ".java", ".cs", ".go"];
var SKIPPED_DIRS = /* @__PURE__ */ new Set([
  "node_modules",
  ".git",
  ".hg",
  ".svn",
  ".venv",
  "venv",
  ".tox",
  "__pycache__",
  ".mypy_cache",
  ".pytest_cache",
  ".cache",
  "coverage",
  ".next",
  ".turbo",
  ".yarn"
]);
var TS_TWINS = [".ts", ".tsx", ".mts", ".cts"];
var MAX_FILES = 2e4;
var MAX_DEPTH = 40;
function isSourceFile(name) {
  if (name.endsWith(".d.ts") || name.endsWith(".d.mts") || name.endsWith(".d.cts")) return false;
  return SOURCE_EXTENSIONS.some((e) => name.endsWith(e));
}
function indexSources(roots) {
  const files = [];
  let truncated = false;
  const seen = /* @__PURE__ */ new Set();
  const walk = (dir, depth) => {
    if (truncated || depth > MAX_DEPTH || seen.has(dir)) return;
    seen.add(dir);
    let entries;
    try {
      entries = fs2.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (entries.some((e) => e.isFile() && e.name === "manifest.json") && entries.some((e) => e.isFile() && e.name === "cdk.out")) return;
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const e of entries) {
      if (truncated) return;
      const abs = `${dir}/${e.name}`;
      if (e.isDirectory()) {
        if (!SKIPPED_DIRS.has(e.name) && e.name !== "cdk.out" && !e.name.startsWith("asset.")) walk(abs, depth + 1);
      } else if (e.isFile() && isSourceFile(e.name)) {
        if (files.length >= MAX_FILES) truncated = true;
        else files.push(abs);
      }
    }
  };
  for (const root of roots) {
    const r = toSlash(path3.resolve(root));
    let stat;
    try {
      stat = fs2.statSync(r);
    } catch {
      continue;
    }
    if (stat.isDirectory()) walk(r, 0);
    else if (stat.isFile() && isSourceFile(r)) files.push(r);
  }
  const all = new Set(files);
  const unique = [...all].filter((f) => !/\.(m|c)?js$/.test(f) || !TS_TWINS.some((ext) => all.has(f.replace(/\.(m|c)?js$/, ext)))).sort();
  const byBase = /* @__PURE__ */ new Map();
  for (const f of unique) {
    const base = f.slice(f.lastIndexOf("/") + 1);
    const list = byBase.get(base);
    if (list) list.push(f);
    else byBase.set(base, [f]);
  }
  return { files: unique, byBase, truncated };
}
function toSlash(p) {
  return p.replace(/\\/g, "/");
}

export {
  readJsonFile,
  nodeAt,
  scalarString,
  LOGICAL_ID,
  TEMPLATE_FILE,
  ACKNOWLEDGED_RULES,
  nestedStackPathFromResource,
  classOf,
  readAssembly,
  inside,
  isFileAsset,
  cdkPlanner,
  indexSources,
  toSlash
};
