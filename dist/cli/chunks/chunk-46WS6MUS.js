import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  ANY_PARAMETER,
  bucketRefOf,
  cloudFormationPlanner,
  passedParameters
} from "./chunk-FVHT2YPQ.js";
import {
  localTemplateOf,
  looksLikeTemplateText,
  parseTemplateFile
} from "./chunk-KZJAYCNI.js";
import {
  DEFAULT_LIMITS
} from "./chunk-IEOEEZND.js";
import {
  FIELD_OPERATORS,
  FileEdits,
  SensitiveTexts,
  addMembers,
  advancedSelector,
  appendItem,
  attachedAwsManagedPolicy,
  awsManagedPolicyName,
  boundedBucketName,
  detectStyle,
  externalBucket,
  freeSid,
  lifecycleRuleEnabled,
  lifecycleRuleFilter,
  limitsByPrefix,
  limitsBySize,
  newAccessPoint,
  newBucket,
  newTrail,
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
  ANY_NAME,
  MAX_EDIT_CHARS,
  anyTri,
  appendAll,
  bucketNameForMatch,
  defaultValue,
  deployedWhenever,
  emptyModel,
  findCommentSuppressions,
  isValidDate,
  lifecycleRuleRefusal,
  makeStr,
  mapValue,
  markMaybeDeployed,
  nestedParameter,
  orphanSuppression,
  paramsNotChecked,
  partitionPoint,
  patternOf,
  refOf,
  resolveBucketRef,
  sameValue,
  setValue,
  strParts,
  strToDisplay,
  unknownValue,
  writtenName
} from "./chunk-Z3EKPFHN.js";
import {
  get,
  getEntry,
  ownEntry,
  parseJson
} from "./chunk-LIWTLKFB.js";

// src/parsers/cloudformation/fix-policy.ts
function otherPolicyMayCover(resources, declared, bucket) {
  let cover = coverOf.get(resources);
  if (!cover) coverOf.set(resources, cover = policyCover("kind" in resources ? resources.entries : resources.values(), declared));
  return cover === "any" || cover.has(bucket);
}
var coverOf = /* @__PURE__ */ new WeakMap();
function policyCover(resources, declared) {
  const named = /* @__PURE__ */ new Set();
  for (const e of resources) {
    if (e.key.startsWith("Fn::ForEach::")) return "any";
    const type = get(e.value, "Type");
    if (type?.kind !== "scalar" || type.value !== "AWS::S3::BucketPolicy") continue;
    const ref = get(get(get(e.value, "Properties"), "Bucket"), "Ref");
    if (ref?.kind !== "scalar" || !declared(String(ref.value))) return "any";
    named.add(String(ref.value));
  }
  return named;
}
function freePolicyName(bucket, declared) {
  let name = `${bucket}Policy`;
  for (let i = 2; declared(name); i++) name = `${bucket}Policy${i}`;
  return name;
}
function bucketCondition(resource) {
  const c = get(resource.value, "Condition");
  if (c === void 0) return void 0;
  return c.kind === "scalar" && typeof c.value === "string" && c.value !== "" ? c.value : null;
}

// src/parsers/cloudformation/fix-json.ts
function statementDescription(kind) {
  return kind === "deny-insecure-transport" ? "deny plain-HTTP requests to the bucket and its objects" : "deny TLS versions below 1.2";
}
function toEdit(t, splice, description) {
  if (!splice) return void 0;
  const edits = new FileEdits(t.text, t.lines);
  edits.replace(splice.start, splice.end, splice.text);
  return edits.toTextEdit(t.file, description);
}
function isIntrinsic(n) {
  return n.kind === "map" && n.entries.length === 1 && (n.entries[0].key === "Ref" || n.entries[0].key.startsWith("Fn::"));
}
function plainMap(n) {
  return n?.kind === "map" && !isIntrinsic(n) && !n.entries.some((e) => e.key === "Ref" || e.key.startsWith("Fn::")) ? n : void 0;
}
function setProperty(t, resource, key, value, description) {
  const body = plainMap(resource.value);
  if (!body) return void 0;
  const props = getEntry(body, "Properties");
  if (!props) return toEdit(t, addMembers(t.text, body, [["Properties", { [key]: value }]], t.style), description);
  const map = plainMap(props.value);
  if (!map) return void 0;
  const existing = getEntry(map, key);
  if (existing) return setMember(t, existing, value, description);
  return toEdit(t, addMembers(t.text, map, [[key, value]], t.style), description);
}
function addMember(t, node, key, value, description) {
  const map = plainMap(node);
  if (!map || getEntry(map, key)) return void 0;
  return toEdit(t, addMembers(t.text, map, [[key, value]], t.style), description);
}
function setMember(t, entry, value, description) {
  return toEdit(t, replaceValue(t.text, entry, value, t.style), description);
}
function removeProperty(t, resource, key, description) {
  const props = plainMap(get(resource.value, "Properties"));
  return props && toEdit(t, removeMember(t.text, props, key), description);
}
function strings(n, out = []) {
  if (n.kind === "scalar") {
    if (typeof n.value === "string") out.push(n.value);
  } else for (const c of n.kind === "map" ? n.entries.map((e) => e.value) : n.items) strings(c, out);
  return out;
}
function arnStyle(bucket, statements) {
  const resources = statements.flatMap((s) => ["Resource", "NotResource"].map((k) => get(s, k)).filter((r) => r !== void 0));
  const name = get(get(bucket.value, "Properties"), "BucketName");
  if (name?.kind === "scalar" && typeof name.value === "string" && name.value) {
    const prefix = resources.flatMap((r) => strings(r)).map((s) => /^(arn:aws[a-z-]*:s3:::)(.*?)(\/.*)?$/s.exec(s)).find((m) => m?.[2] === name.value);
    if (prefix) return { literal: prefix[1] + name.value };
  }
  const getAtts = resources.flatMap((r) => r.kind === "seq" ? r.items : [r]).map((r) => get(r, "Fn::GetAtt"));
  return { getAtt: getAtts.some((g) => g?.kind === "scalar") ? "string" : "list" };
}
function arns(id, style) {
  if ("literal" in style) return [style.literal, `${style.literal}/*`];
  return [{ "Fn::GetAtt": style.getAtt === "list" ? [id, "Arn"] : `${id}.Arn` }, { "Fn::Sub": `\${${id}.Arn}/*` }];
}
function addTlsStatement(t, bucket, kind) {
  const description = statementDescription(kind);
  const policy = t.policies.get(bucket.key);
  if (policy) {
    const document = plainMap(get(get(policy.value, "Properties"), "PolicyDocument"));
    const list = get(document, "Statement");
    if (list?.kind !== "seq" || list.items.length === 0 || !list.items.every((s) => plainMap(s))) return void 0;
    const taken = new Set(list.items.map((s) => get(s, "Sid")).flatMap((s) => s?.kind === "scalar" ? [String(s.value)] : []));
    const statement = tlsPolicyStatement(kind, arns(bucket.key, arnStyle(bucket, list.items)), taken);
    return toEdit(t, appendItem(t.text, list, statement, t.style), description);
  }
  const ids = declaredIds(t.resources);
  const declared = (id) => ids.has(id);
  if (otherPolicyMayCover(t.resources, declared, bucket.key)) return void 0;
  const name = freePolicyName(bucket.key, declared);
  const condition = bucketCondition(bucket);
  if (condition === null) return void 0;
  const added = {
    Type: "AWS::S3::BucketPolicy",
    ...condition === void 0 ? {} : { Condition: condition },
    Properties: {
      Bucket: { Ref: bucket.key },
      PolicyDocument: { Version: "2012-10-17", Statement: [tlsPolicyStatement(kind, arns(bucket.key, { getAtt: "list" }), /* @__PURE__ */ new Set())] }
    }
  };
  const splice = addMembers(t.text, t.resources, [[name, added]], t.style, bucket);
  return toEdit(t, splice, `add a bucket policy that will ${description}`);
}
var idsOf = /* @__PURE__ */ new WeakMap();
function declaredIds(resources) {
  let ids = idsOf.get(resources);
  if (!ids) idsOf.set(resources, ids = new Set(resources.entries.map((e) => e.key)));
  return ids;
}

// src/parsers/cloudformation/no-echo.ts
function isNoEcho(param) {
  const flag = get(param, "NoEcho");
  if (!flag) return false;
  return !(flag.kind === "scalar" && (flag.value === false || String(flag.value).toLowerCase() === "false"));
}
function noEchoWhy(name) {
  return `parameter ${name} is NoEcho; s3-gate does not read values CloudFormation hides`;
}
function noEchoLines(root, lines) {
  const parameters = get(root, "Parameters");
  if (parameters?.kind !== "map") return [];
  return parameters.entries.filter((e) => isNoEcho(e.value)).map((e) => ({ from: lines.position(e.keyStart).line, to: lines.position(Math.max(e.keyStart, e.value.end - 1)).line }));
}

// src/parsers/cloudformation/dynamic-references.ts
var REFERENCE = /\{\{resolve:([A-Za-z-]+):[^{}]*\}\}/g;
var OPENING = "{{resolve:";
function mentionsDynamicReference(text) {
  return text.includes(OPENING);
}
function dynamicReferenceParts(text) {
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(REFERENCE)) {
    parts.push(text.slice(last, m.index));
    parts.push(referencePlaceholder(m[0], m[1]));
    last = m.index + m[0].length;
  }
  const rest = text.slice(last);
  if (rest.includes(OPENING)) return void 0;
  parts.push(rest);
  return parts;
}
function referencePlaceholder(reference, service) {
  return {
    kind: "unknown",
    why: `${reference} is a dynamic reference: CloudFormation reads it from ${service} when the stack is deployed`,
    key: `resolve:${reference}`
  };
}

// src/parsers/cloudformation/framework-variables.ts
var START = /\$\{\s*[A-Za-z][\w-]*(?:\(|:(?!:))/g;
function isFrameworkVariableName(name) {
  return /^[A-Za-z][\w-]*(?:\(|:(?!:))/.test(name);
}
function frameworkVariableParts(text) {
  if (!text.includes("${")) return void 0;
  let parts;
  let last = 0;
  START.lastIndex = 0;
  for (let m = START.exec(text); m; m = START.exec(text)) {
    let depth = 0;
    let end = text.length;
    for (let i = m.index + 1; i < text.length; i++) {
      if (text[i] === "{") depth++;
      else if (text[i] === "}" && --depth === 0) {
        end = i + 1;
        break;
      }
    }
    parts ??= [];
    parts.push(text.slice(last, m.index), frameworkPlaceholder(text.slice(m.index, end)));
    last = end;
    START.lastIndex = end;
  }
  if (!parts) return void 0;
  parts.push(text.slice(last));
  return parts;
}
function frameworkPlaceholder(variable) {
  return {
    kind: "unknown",
    why: `${variable} is a Serverless Framework variable, replaced when the service is deployed`,
    key: `framework:${variable}`
  };
}

// src/parsers/cloudformation/intrinsics.ts
var Unknown = class {
  constructor(why, key, oneOf) {
    this.why = why;
    this.key = key;
    this.oneOf = oneOf;
  }
  why;
  key;
  oneOf;
};
var MAX_CANDIDATES = 64;
var NO_VALUE = /* @__PURE__ */ Symbol("AWS::NoValue");
var PSEUDO = {
  "AWS::Partition": "partition",
  "AWS::AccountId": "account",
  "AWS::Region": "region",
  "AWS::StackName": "stack",
  "AWS::StackId": "stack",
  "AWS::URLSuffix": "url-suffix"
};
var pseudoName = (name) => ownEntry(PSEUDO, name);
var BUCKET_TYPES = /* @__PURE__ */ new Set(["AWS::S3::Bucket"]);
var IAM_ARN_KINDS = { "AWS::IAM::Role": "role", "AWS::IAM::User": "user" };
var LOOP_VALUE = "Fn::S3Gate::LoopValue";
function isIntrinsic2(node) {
  if (node.kind !== "map" || node.entries.length !== 1) return false;
  const k = node.entries[0].key;
  return k === "Ref" || k === "Condition" || k.startsWith("Fn::");
}
function isStrObject(v) {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && Array.isArray(v.parts);
}
var TemplateEvaluator = class {
  /**
   * `maxLength`: the longest string built (characters; a placeholder counts one), as in Terraform
   * 64 characters an element of the largest collection. Every step of `Fn::Sub`/`Fn::Join` may
   * repeat a long parameter default: 20,000 `${P}` of 100 KB each would be 2 GB.
   */
  constructor(root, maxSteps, maxLength = DEFAULT_LIMITS.maxCollectionSize * 64, passed, sensitive, frameworkVariables = false) {
    this.root = root;
    this.maxSteps = maxSteps;
    this.maxLength = maxLength;
    this.passed = passed;
    this.sensitive = sensitive;
    this.frameworkVariables = frameworkVariables;
    const p = get(root, "Parameters");
    this.parameters = p?.kind === "map" ? p : void 0;
    const m = get(root, "Mappings");
    this.mappings = m?.kind === "map" ? m : void 0;
    const c = get(root, "Conditions");
    this.conditions = c?.kind === "map" ? c : void 0;
    const r = get(root, "Resources");
    if (r?.kind === "map") {
      for (const e of r.entries) {
        const t = get(e.value, "Type");
        this.resourceTypes.set(e.key, t?.kind === "scalar" && typeof t.value === "string" ? t.value : "unknown");
      }
    }
  }
  root;
  maxSteps;
  maxLength;
  passed;
  sensitive;
  frameworkVariables;
  parameters;
  mappings;
  conditions;
  resourceTypes = /* @__PURE__ */ new Map();
  conditionCache = /* @__PURE__ */ new Map();
  conditionsInProgress = /* @__PURE__ */ new Set();
  /**
   * Inside what chooses (the operands of a condition's `Fn::Equals`, the keys of `Fn::FindInMap`,
   * the index of `Fn::Select`): parameters there are not taken at their defaults.
   */
  comparing = 0;
  steps = 0;
  /** Whether the budget of steps ran out, so that some values are unknown for that alone. */
  get budgetSpent() {
    return this.steps > this.maxSteps;
  }
  resourceType(id) {
    return this.resourceTypes.get(id);
  }
  /** Evaluates a whole subtree. */
  evaluate(node, depth = 0) {
    if (node.kind === "scalar") return typeof node.value === "string" ? this.literal(node.value) : node.value;
    if (++this.steps > this.maxSteps) return new Unknown("evaluation budget exceeded");
    if (depth > 200) return new Unknown("nesting too deep to evaluate");
    switch (node.kind) {
      case "seq": {
        const out = [];
        for (const item of node.items) {
          const v = this.evaluate(item, depth + 1);
          if (v !== NO_VALUE) out.push(v);
        }
        return out;
      }
      case "map": {
        if (isIntrinsic2(node)) return this.intrinsic(node, depth);
        if (node.entries.some((e) => e.key === "Fn::Transform"))
          return new Unknown("an Fn::Transform there (AWS::Include or a macro) makes this value at deploy time");
        const out = {};
        for (const e of node.entries) {
          const v = this.evaluate(e.value, depth + 1);
          if (v !== NO_VALUE) out[e.key] = v;
        }
        return out;
      }
    }
  }
  /** A string as written, with what is only known at deploy time in it as unknown. */
  literal(text) {
    const v = withDynamicReferences(text);
    if (!this.frameworkVariables || typeof v !== "string") return v;
    const parts = frameworkVariableParts(v);
    return parts ? fromReferenceParts(parts) : v;
  }
  intrinsic(node, depth) {
    const { key: fn, value: arg } = node.entries[0];
    switch (fn) {
      case "Ref":
        return this.ref(arg);
      case "Fn::GetAtt":
        return this.getAtt(arg, depth);
      case "Fn::Sub":
        return this.sub(arg, depth);
      case LOOP_VALUE:
        return new Unknown(arg.kind === "scalar" ? String(arg.value) : "the value of a Fn::ForEach loop not expanded");
      case "Fn::Join":
        return this.join(arg, depth);
      case "Fn::If": {
        const branch = this.ifBranch(node, depth + 1);
        if (branch instanceof Unknown) {
          if (arg.kind !== "seq" || arg.items.length !== 3) return branch;
          const a = this.evaluate(arg.items[1], depth + 1);
          const b = this.evaluate(arg.items[2], depth + 1);
          if (this.equal(a, b)) return a;
          const c = arg.items[0];
          const sides = c.kind === "scalar" ? identities([a, b]) : void 0;
          return c.kind === "scalar" && sides ? new Unknown(branch.why, `if:${JSON.stringify([String(c.value), sides])}`) : branch;
        }
        return this.evaluate(branch, depth + 1);
      }
      case "Fn::Select": {
        if (arg.kind !== "seq" || arg.items.length !== 2) return new Unknown("malformed Fn::Select");
        const idx = this.choosing(() => this.evaluate(arg.items[0], depth + 1));
        const list = this.evaluate(arg.items[1], depth + 1);
        const i = typeof idx === "number" ? idx : typeof idx === "string" && /^\d+$/.test(idx) ? Number(idx) : NaN;
        if (Number.isNaN(i)) {
          if (Array.isArray(list) && list.length > 0 && list.every((v) => this.equal(v, list[0]))) return list[0];
          return idx instanceof Unknown ? new Unknown(idx.why) : new Unknown("Fn::Select index is not known");
        }
        if (!Array.isArray(list))
          return list instanceof Unknown ? new Unknown(list.why, list.key === void 0 ? void 0 : `select:${i}:${list.key}`) : new Unknown("Fn::Select list is not known");
        return list[i] ?? new Unknown("Fn::Select index out of range");
      }
      case "Fn::Split": {
        if (arg.kind !== "seq" || arg.items.length !== 2) return new Unknown("malformed Fn::Split");
        const d = this.evaluate(arg.items[0], depth + 1);
        const s = this.evaluate(arg.items[1], depth + 1);
        if (typeof d === "string" && typeof s === "string") return this.derived(s, this.built(s.split(d)));
        const key = typeof d === "string" && s instanceof Unknown && s.key !== void 0 ? `split:${JSON.stringify(d)}:${s.key}` : void 0;
        return new Unknown("Fn::Split over a value not known statically", key);
      }
      case "Fn::FindInMap":
        return this.findInMap(arg, depth);
      case "Fn::ImportValue": {
        const name = this.evaluate(arg, depth + 1);
        return typeof name === "string" ? new Unknown(`imported from another stack (Fn::ImportValue ${name})`, `import:${name}`) : new Unknown("imported from another stack (Fn::ImportValue)");
      }
      case "Fn::Base64": {
        const v = this.evaluate(arg, depth + 1);
        if (typeof v !== "string") return new Unknown("Fn::Base64 of a value not known statically");
        if (v.length * 4 > this.maxLength) return this.tooLong();
        if (!this.chargeChars(v.length * 4)) return new Unknown("evaluation budget exceeded");
        return this.derived(v, Buffer.from(v, "utf8").toString("base64"));
      }
      case "Fn::GetAZs":
        return new Unknown("availability zones are only known at deploy time");
      case "Fn::Cidr":
        return new Unknown("Fn::Cidr is computed at deploy time");
      case "Fn::Transform":
        return new Unknown("produced by a CloudFormation macro (Fn::Transform)");
      case "Fn::Length": {
        const v = this.evaluate(arg, depth + 1);
        return Array.isArray(v) ? v.length : new Unknown("Fn::Length of a value not known statically");
      }
      case "Fn::ToJsonString": {
        const v = this.evaluate(arg, depth + 1);
        if (!isFullyKnown(v)) return new Unknown("Fn::ToJsonString of a value not known statically");
        const size = sizeOf(v, this.maxLength);
        if (size > this.maxLength) return this.tooLong();
        return this.chargeChars(size) ? this.derived(v, JSON.stringify(v)) : new Unknown("evaluation budget exceeded");
      }
      case "Condition": {
        const name = typeof arg.value === "string" ? String(arg.value) : "";
        const c = this.condition(name, depth + 1);
        return c === "unknown" ? new Unknown("depends on a condition that is not known statically") : c;
      }
      default:
        return new Unknown(`${fn} is not evaluated statically`);
    }
  }
  ref(arg) {
    if (arg.kind !== "scalar" || typeof arg.value !== "string") return new Unknown("Ref to something not known statically");
    const name = arg.value;
    if (name === "AWS::NoValue") return NO_VALUE;
    const pseudo = pseudoName(name);
    if (pseudo) return { parts: [{ kind: "pseudo", name: pseudo }] };
    if (name === "AWS::NotificationARNs") return new Unknown("AWS::NotificationARNs is only known at deploy time");
    const param = get(this.parameters, name);
    if (param) return this.parameterValue(name, param);
    const type = this.resourceTypes.get(name);
    if (type !== void 0) {
      if (BUCKET_TYPES.has(type)) return { parts: [{ kind: "bucket", id: name, attr: "name" }] };
      return { parts: [{ kind: "resource", id: name, type, attr: "Ref" }] };
    }
    return new Unknown(`Ref to "${name}", which the template does not define`, `undefined:${name}`);
  }
  parameterValue(name, param) {
    if (!isNoEcho(param)) return this.shownParameterValue(name, param);
    const hidden = new Unknown(noEchoWhy(name), `parameter:${name}`);
    if (!this.sensitive) return hidden;
    const v = this.shownParameterValue(name, param);
    const texts = [];
    return textsOf(v, texts, 0) && this.sensitive.add(texts) ? v : hidden;
  }
  /**
   * `made`, what an intrinsic made of `from`, with the texts it made of a NoEcho value registered
   * (`SensitiveTexts.addDerived`): `!Select [0, !Split [",", !Ref Names]]` quotes a name no
   * registered text is. Unknown when they cannot all be masked.
   */
  derived(from, made) {
    if (!this.sensitive?.texts.size) return made;
    const given = [];
    const texts = [];
    if (textsOf(from, given, 0) && textsOf(made, texts, 0) && this.sensitive.addDerived(given, texts)) return made;
    return new Unknown("made of a NoEcho parameter; s3-gate does not read values CloudFormation hides");
  }
  shownParameterValue(name, param) {
    const type = get(param, "Type");
    const typeName = type?.kind === "scalar" ? String(type.value) : "String";
    const key = `parameter:${name}`;
    if (typeName.startsWith("AWS::SSM::Parameter::Value")) return new Unknown(`parameter ${name} is read from SSM at deploy time`, key);
    let passed = this.passed?.has(name) ? this.passed.get(name) : this.passed?.get(ANY_PARAMETER);
    if (passed === null) return new Unknown(`parameter ${name} is passed by the parent stack, and only known at deploy time`, key);
    if (typeof passed === "object" && "arnOf" in passed) {
      const why = `parameter ${name} is the ARN of the bucket the parent stack passes as ${passed.arnOf}, named at deploy time`;
      return { parts: ["arn:aws:s3:::", { kind: "unknown", why, key: `parameter:${passed.arnOf}` }] };
    }
    if (typeof passed === "object") {
      const def2 = get(param, "Default");
      const defaultText = def2?.kind === "scalar" && def2.value !== null ? String(def2.value) : void 0;
      if (defaultText !== passed.orDefault)
        return new Unknown(
          `parameter ${name} is passed as "${passed.orDefault}" by one parent stack and left at its default by another`,
          key
        );
      passed = passed.orDefault;
    }
    if (passed !== void 0) {
      if (typeName === "CommaDelimitedList" || typeName.startsWith("List<")) return this.built(passed.split(",").map((s) => s.trim()));
      return passed;
    }
    const def = get(param, "Default") ?? soleAllowedValue(param);
    if (!def) return new Unknown(`parameter ${name} has no default, so its value is only known at deploy time`, key);
    if (this.comparing > 0 && !onlyValue(param))
      return new Unknown(`parameter ${name} may be given another value than its default when the stack is deployed`, key);
    const v = this.evaluate(def);
    if (typeName === "CommaDelimitedList" || typeName.startsWith("List<")) {
      return typeof v === "string" ? this.built(v.split(",").map((s) => s.trim())) : v;
    }
    return typeof v === "number" || typeof v === "boolean" ? String(v) : v;
  }
  getAtt(arg, depth) {
    let id;
    let attr;
    if (arg.kind === "seq" && arg.items.length === 2) {
      id = this.evaluate(arg.items[0], depth + 1);
      attr = this.evaluate(arg.items[1], depth + 1);
    } else if (arg.kind === "scalar" && typeof arg.value === "string") {
      const dot = arg.value.indexOf(".");
      id = dot < 0 ? arg.value : arg.value.slice(0, dot);
      attr = dot < 0 ? "" : arg.value.slice(dot + 1);
    } else return new Unknown("malformed Fn::GetAtt");
    if (typeof id !== "string" || typeof attr !== "string") return new Unknown("Fn::GetAtt with a name not known statically");
    return this.attribute(id, attr);
  }
  attribute(id, attr) {
    const type = this.resourceTypes.get(id);
    if (type === void 0) return new Unknown(`Fn::GetAtt on "${id}", which the template does not define`);
    if (BUCKET_TYPES.has(type)) {
      if (attr === "Arn") return { parts: [{ kind: "bucket", id, attr: "arn" }] };
      if (attr === "DomainName" || attr === "RegionalDomainName" || attr === "DualStackDomainName")
        return { parts: [{ kind: "bucket", id, attr: "domain" }] };
    }
    const iam = ownEntry(IAM_ARN_KINDS, type);
    if (iam && attr === "Arn") return iamArn(id, type, iam);
    return { parts: [{ kind: "resource", id, type, attr }] };
  }
  sub(arg, depth) {
    let template;
    const vars = /* @__PURE__ */ new Map();
    if (arg.kind === "seq") {
      if (arg.items.length < 1) return new Unknown("malformed Fn::Sub");
      template = this.subTemplate(arg.items[0], depth + 1);
      const m = arg.items[1];
      if (m?.kind === "map") for (const e of m.entries) vars.set(e.key, this.evaluate(e.value, depth + 1));
    } else template = this.subTemplate(arg, depth + 1);
    if (typeof template !== "string") return new Unknown("Fn::Sub template not known statically");
    const parts = new BoundedParts(this.maxLength);
    const re = /\$\{([^{}]*)\}/g;
    let last = 0;
    for (let m = re.exec(template); m; m = re.exec(template)) {
      if (!parts.add([template.slice(last, m.index)])) return this.tooLong();
      last = re.lastIndex;
      const name = m[1].trim();
      if (name.startsWith("!")) {
        if (!parts.add([`\${${name.slice(1)}}`])) return this.tooLong();
        continue;
      }
      let v;
      if (vars.has(name)) v = vars.get(name);
      else if (this.frameworkVariables && isFrameworkVariableName(name)) {
        const p = frameworkPlaceholder(m[0]);
        v = new Unknown(p.why, p.key);
      } else if (name.includes(".") && !pseudoName(name)) {
        const dot = name.indexOf(".");
        v = this.attribute(name.slice(0, dot), name.slice(dot + 1));
      } else v = this.ref({ kind: "scalar", value: name, quoted: true, start: 0, end: 0 });
      if (!parts.add(toParts(v))) return this.tooLong();
    }
    if (!parts.add([template.slice(last)])) return this.tooLong();
    if (!this.chargeChars(parts.length)) return new Unknown("evaluation budget exceeded");
    return withDynamicReferences(strToEv(makeStr(parts.list)));
  }
  /**
   * The text of an `Fn::Sub` template as written: CloudFormation substitutes first and resolves
   * dynamic references after, so `{{resolve:ssm:/${Env}/acl}}` is one reference.
   */
  subTemplate(node, depth) {
    return node.kind === "scalar" && typeof node.value === "string" ? node.value : this.evaluate(node, depth);
  }
  /**
   * A list a function built, its elements counted as steps (as in Terraform): every `Ref` splits
   * the parameter again, and 300 splits of a 1 MB default into characters took 4.6 GB and killed
   * the scan.
   */
  built(items) {
    this.steps += items.length;
    return this.steps > this.maxSteps ? new Unknown("evaluation budget exceeded") : items;
  }
  /**
   * Counts a string built as a step per 16 characters, as Terraform does: each string is bounded,
   * but not how many are built; 1,000 buckets named by a `Fn::Join` of a 60 KB default repeated
   * 100 times built 6 GB of text and ran out of memory.
   */
  chargeChars(chars) {
    this.steps += chars >>> 4;
    return this.steps <= this.maxSteps;
  }
  /** `deepEqual`, its serialising charged (both branches of every unknown `Fn::If`, megabytes each). */
  equal(a, b) {
    if (a instanceof Unknown || b instanceof Unknown) return false;
    if (!this.chargeChars(sizeOf(a, this.maxLength) + sizeOf(b, this.maxLength))) return false;
    return deepEqual(a, b, this.maxLength);
  }
  tooLong() {
    return new Unknown(`the string would be longer than ${this.maxLength} characters`);
  }
  join(arg, depth) {
    if (arg.kind !== "seq" || arg.items.length !== 2) return new Unknown("malformed Fn::Join");
    const d = this.evaluate(arg.items[0], depth + 1);
    const list = this.evaluate(arg.items[1], depth + 1);
    if (typeof d !== "string") return new Unknown("Fn::Join delimiter not known statically");
    if (!Array.isArray(list)) return list instanceof Unknown ? new Unknown(list.why) : new Unknown("Fn::Join list not known statically");
    const parts = new BoundedParts(this.maxLength);
    for (let i = 0; i < list.length; i++) {
      if (i > 0 && !parts.add([d]) || !parts.add(toParts(list[i]))) return this.tooLong();
    }
    if (!this.chargeChars(parts.length)) return new Unknown("evaluation budget exceeded");
    return withDynamicReferences(strToEv(makeStr(parts.list)));
  }
  findInMap(arg, depth) {
    if (arg.kind !== "seq" || arg.items.length < 3) return new Unknown("malformed Fn::FindInMap");
    const keys = arg.items.slice(0, 3).map((k) => this.choosing(() => this.evaluate(k, depth + 1)));
    const fallback = arg.items[3];
    const dv = fallback?.kind === "map" ? get(fallback, "DefaultValue") : void 0;
    if (!keys.every((k) => typeof k === "string" || typeof k === "number")) return this.anyInMap(keys, dv, depth);
    const [a, b, c] = keys.map(String);
    const node = get(get(get(this.mappings, a), b), c);
    if (node) return this.evaluate(node, depth + 1);
    return dv ? this.evaluate(dv, depth + 1) : new Unknown(`Fn::FindInMap: no entry ${a}.${b}.${c}`);
  }
  /**
   * `!FindInMap [Region2ELBAccountId, !Ref AWS::Region, AccountId]`: a key only known at deploy
   * time picks one of the entries the mapping holds (or the `DefaultValue`; a missing entry fails
   * the deployment). When they all agree, that is the value; when they are all strings, it is
   * unknown but known to be one of them, so that twelve account ids are not taken for `*`.
   */
  anyInMap(keys, dv, depth) {
    const why = "Fn::FindInMap keys not known statically";
    const key = dv ? void 0 : lookupKey(keys);
    let level = this.mappings ? [this.mappings] : [];
    for (const k of keys) {
      const next = [];
      for (const n of level) {
        if (n.kind !== "map") continue;
        if (typeof k === "string" || typeof k === "number") {
          const v = get(n, String(k));
          if (v) next.push(v);
        } else for (const e of n.entries) next.push(e.value);
        if (next.length > MAX_CANDIDATES) return new Unknown(why, key);
      }
      level = next;
    }
    if (dv) level.push(dv);
    const values = level.map((n) => this.evaluate(n, depth + 1));
    const first2 = values[0];
    if (first2 === void 0) return new Unknown(why, key);
    if (values.every((v) => this.equal(v, first2))) return first2;
    const strings3 = values.map((v) => typeof v === "number" || typeof v === "boolean" ? String(v) : v);
    if (strings3.every((v) => typeof v === "string")) return new Unknown(why, key, [...new Set(strings3)]);
    return new Unknown(why, key);
  }
  /** `f` evaluated as a choice (a condition's operands, a map key, an index): parameters there are not taken at their defaults. */
  choosing(f) {
    this.comparing++;
    try {
      return f();
    } finally {
      this.comparing--;
    }
  }
  /** The chosen branch node of an `Fn::If`, or Unknown when the condition is not known. */
  ifBranch(node, depth = 0) {
    const arg = node.entries[0].value;
    if (arg.kind !== "seq" || arg.items.length !== 3) return new Unknown("malformed Fn::If");
    const name = arg.items[0];
    const c = name.kind === "scalar" ? this.condition(String(name.value), depth) : "unknown";
    if (c === "unknown")
      return new Unknown(`depends on condition ${name.kind === "scalar" ? String(name.value) : "?"}, which is not known statically`);
    return c ? arg.items[1] : arg.items[2];
  }
  /**
   * A named condition from the Conditions section. `depth`: how deep the evaluation that asks
   * already is. A condition that names the next (`C1: !Condition C2` ... 20,000 of them) nests as
   * deep as its chain is long, and restarting at 0 for each name overflowed the stack.
   */
  condition(name, depth = 0) {
    const cached2 = this.conditionCache.get(name);
    if (cached2 !== void 0) return cached2;
    if (this.conditionsInProgress.has(name)) {
      for (const c of this.conditionsInProgress) this.cyclicConditions.add(c);
      return "unknown";
    }
    const node = get(this.conditions, name);
    if (!node) return "unknown";
    this.conditionsInProgress.add(name);
    const r = this.conditionValue(node, depth);
    this.conditionsInProgress.delete(name);
    const held = this.cyclicConditions.has(name) ? "unknown" : r;
    this.conditionCache.set(name, held);
    return held;
  }
  /** Conditions found to refer to themselves through others (so far), in the order found. */
  cyclicConditions = /* @__PURE__ */ new Set();
  conditionValue(node, depth) {
    if (depth > 100 || ++this.steps > this.maxSteps) return "unknown";
    if (node.kind === "scalar")
      return node.value === true || node.value === "true" ? true : node.value === false || node.value === "false" ? false : "unknown";
    if (node.kind !== "map" || !isIntrinsic2(node)) return "unknown";
    const { key, value } = node.entries[0];
    const items = value.kind === "seq" ? value.items : [value];
    switch (key) {
      case "Condition":
        return value.kind === "scalar" ? this.condition(String(value.value), depth + 1) : "unknown";
      case "Fn::Not": {
        if (items.length !== 1) return "unknown";
        const r = this.conditionValue(items[0], depth + 1);
        return r === "unknown" ? r : !r;
      }
      case "Fn::And": {
        if (items.length < 2) return "unknown";
        let out = true;
        for (const i of items) {
          const r = this.conditionValue(i, depth + 1);
          if (r === false) return false;
          if (r === "unknown") out = "unknown";
        }
        return out;
      }
      case "Fn::Or": {
        if (items.length < 2) return "unknown";
        let out = false;
        for (const i of items) {
          const r = this.conditionValue(i, depth + 1);
          if (r === true) return true;
          if (r === "unknown") out = "unknown";
        }
        return out;
      }
      case "Fn::Equals": {
        if (items.length !== 2) return "unknown";
        this.comparing++;
        let a;
        let b;
        try {
          a = this.evaluate(items[0], depth + 1);
          b = this.evaluate(items[1], depth + 1);
        } finally {
          this.comparing--;
        }
        if (!isFullyKnown(a) || !isFullyKnown(b)) return "unknown";
        if (sizeOf(a, this.maxLength) + sizeOf(b, this.maxLength) > this.maxLength) return "unknown";
        return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
      }
      default:
        return "unknown";
    }
  }
};
function iamArn(id, type, kind) {
  return {
    parts: [
      "arn:",
      { kind: "pseudo", name: "partition" },
      ":iam::",
      { kind: "pseudo", name: "account" },
      `:${kind}/`,
      { kind: "resource", id, type, attr: "Ref" }
    ]
  };
}
function lookupKey(keys) {
  const parts = identities(keys);
  return parts === void 0 ? void 0 : `mapping:${parts}`;
}
function identities(values) {
  const parts = [];
  for (const v of values) {
    if (typeof v === "string" || typeof v === "number") parts.push(`=${String(v)}`);
    else if (v instanceof Unknown && v.key !== void 0) parts.push(`?${v.key}`);
    else return void 0;
  }
  return JSON.stringify(parts);
}
function onlyValue(param) {
  const allowed = get(param, "AllowedValues");
  return allowed?.kind === "seq" && allowed.items.length === 1;
}
function soleAllowedValue(param) {
  const allowed = get(param, "AllowedValues");
  const only = allowed?.kind === "seq" && allowed.items.length === 1 ? allowed.items[0] : void 0;
  return only?.kind === "scalar" && only.value !== null ? only : void 0;
}
function normalise(v) {
  return typeof v === "number" || typeof v === "boolean" ? String(v) : v;
}
function isFullyKnown(v) {
  if (v instanceof Unknown || v === NO_VALUE) return false;
  if (v === null || typeof v !== "object") return true;
  if (isStrObject(v)) return false;
  if (Array.isArray(v)) return v.every(isFullyKnown);
  return Object.values(v).every(isFullyKnown);
}
function toParts(v) {
  if (typeof v === "string") return [v];
  if (typeof v === "number" || typeof v === "boolean") return [String(v)];
  if (v instanceof Unknown) return [unknownPart(v)];
  if (isStrObject(v)) return v.parts;
  return [{ kind: "unknown", why: "a list or map where a string was expected" }];
}
function unknownPart(v) {
  const p = { kind: "unknown", why: v.why };
  if (v.key) p.key = v.key;
  if (v.oneOf) p.oneOf = v.oneOf;
  return p;
}
function withDynamicReferences(v) {
  if (typeof v === "string") return mentionsDynamicReference(v) ? fromReferenceParts(dynamicReferenceParts(v)) : v;
  if (!isStrObject(v) || !v.parts.some((p) => typeof p === "string" && mentionsDynamicReference(p))) return v;
  const out = [];
  for (const p of v.parts) {
    const split = typeof p === "string" ? dynamicReferenceParts(p) : [p];
    if (!split) return fromReferenceParts(void 0);
    appendAll(out, split);
  }
  return fromReferenceParts(out);
}
function fromReferenceParts(parts) {
  if (!parts) return new Unknown("a dynamic reference ({{resolve:...}}) whose name is only known at deploy time");
  const s = makeStr(parts);
  const only = typeof s === "string" || s.parts.length !== 1 ? void 0 : s.parts[0];
  if (only !== void 0 && typeof only !== "string" && only.kind === "unknown") return new Unknown(only.why, only.key);
  return strToEv(s);
}
function strToEv(s) {
  return typeof s === "string" ? s : { parts: s.parts };
}
function deepEqual(a, b, maxLength) {
  if (a instanceof Unknown || b instanceof Unknown) return false;
  if (sizeOf(a, maxLength) + sizeOf(b, maxLength) > maxLength) return false;
  try {
    return JSON.stringify(a) === JSON.stringify(b);
  } catch {
    return false;
  }
}
var BoundedParts = class {
  constructor(max) {
    this.max = max;
  }
  max;
  list = [];
  length = 0;
  /** Appends `parts`, or nothing and false when the string would grow longer than the bound. */
  add(parts) {
    for (const p of parts) this.length += typeof p === "string" ? p.length : 1;
    if (this.length > this.max) return false;
    appendAll(this.list, parts);
    return true;
  }
};
function sizeOf(v, max) {
  let n = 0;
  const visit = (x) => {
    if (typeof x === "string") n += x.length + 2;
    else if (isStrObject(x)) for (const p of x.parts) n += typeof p === "string" ? p.length : 1;
    else if (Array.isArray(x)) {
      n += x.length + 2;
      for (let i = 0; i < x.length && n <= max; i++) visit(x[i]);
    } else if (x !== null && typeof x === "object" && !(x instanceof Unknown)) {
      for (const k in x) {
        if (n > max) break;
        n += k.length + 4;
        visit(x[k]);
      }
    } else n += 8;
    return n <= max;
  };
  visit(v);
  return n;
}
function textsOf(v, out, depth) {
  if (depth > 64) return false;
  if (typeof v === "string") out.push(v);
  else if (typeof v === "number" || typeof v === "boolean") out.push(String(v));
  else if (Array.isArray(v)) return v.every((item) => textsOf(item, out, depth + 1));
  else if (v === NO_VALUE || v === null || v instanceof Unknown) return true;
  else if (isStrObject(v)) {
    for (const p of v.parts) if (typeof p === "string") out.push(p);
  } else return Object.values(v).every((item) => textsOf(item, out, depth + 1));
  return true;
}

// src/parsers/cloudformation/for-each.ts
var LOOP_PREFIX = "Fn::ForEach::";
var BudgetExceeded = class extends Error {
};
function hasResourceLoops(resources) {
  return resources.entries.some((e) => e.key.startsWith(LOOP_PREFIX));
}
function expandResourceLoops(resources, ev, limits, where, problems) {
  const taken = new Set(resources.entries.filter((e) => !e.key.startsWith(LOOP_PREFIX)).map((e) => e.key));
  const state = { resources: 0, nodes: 0, stopped: false };
  const warn = (entry, message, code = "FOREACH_NOT_EXPANDED") => {
    const at2 = where.lines.position(entry.keyStart);
    problems.push({ code, file: where.file, line: at2.line, column: at2.column, message, level: "warning" });
  };
  const expand = (loop, out) => {
    if (state.stopped) return;
    const spec = loop.value;
    if (spec.kind !== "seq" || spec.items.length !== 3) {
      warn(loop, `${loop.key} is not [identifier, collection, template]; the resources it creates are not scanned`);
      return;
    }
    const [idNode, collectionNode, template] = spec.items;
    if (idNode.kind !== "scalar" || typeof idNode.value !== "string" || template.kind !== "map" || isFunction(template)) {
      warn(loop, `${loop.key} is not [identifier, collection, template]; the resources it creates are not scanned`);
      return;
    }
    const values = collectionValues(ev.evaluate(collectionNode));
    if (typeof values === "string") {
      warn(
        loop,
        `${loop.key} (AWS::LanguageExtensions) is not expanded: ${values}; its resources are checked once as written, with ${idNode.value} unknown`
      );
      let copy;
      try {
        copy = asWritten(template, { key: loop.key, id: idNode.value }, state, limits.maxNodes);
      } catch (e) {
        if (!(e instanceof BudgetExceeded)) throw e;
        state.stopped = true;
        warn(loop, `${loop.key}: the copies of loop bodies would exceed ${limits.maxNodes} nodes; the rest are not scanned`, "EVAL_LIMIT");
        return;
      }
      add(loop, copy, out);
      return;
    }
    for (const value of values) {
      let copy;
      try {
        copy = substitute(template, idNode.value, value, state, limits.maxNodes);
      } catch (e) {
        if (!(e instanceof BudgetExceeded)) throw e;
        state.stopped = true;
        warn(
          loop,
          `${loop.key}: the copies of its body would exceed ${limits.maxNodes} nodes (a string counts one per ${CHARS_PER_NODE} characters); the rest are not scanned`,
          "EVAL_LIMIT"
        );
        return;
      }
      add(loop, copy, out);
      if (state.stopped) return;
    }
  };
  const add = (loop, copy, out) => {
    for (const entry of copy.entries) {
      if (entry.key.startsWith(LOOP_PREFIX)) {
        expand(entry, out);
        if (state.stopped) return;
        continue;
      }
      if (taken.has(entry.key)) {
        warn(loop, `${loop.key} makes ${entry.key}, a logical id already used; CloudFormation rejects the template`);
        continue;
      }
      if (state.resources >= limits.maxResources) {
        state.stopped = true;
        warn(loop, `${loop.key}: loops make more than ${limits.maxResources} resources; the rest are not scanned`, "EVAL_LIMIT");
        return;
      }
      state.resources++;
      taken.add(entry.key);
      out.push(entry);
    }
  };
  const entries = [];
  for (const entry of resources.entries) {
    if (entry.key.startsWith(LOOP_PREFIX)) expand(entry, entries);
    else entries.push(entry);
  }
  return { ...resources, entries };
}
var isFunction = (node) => isIntrinsic2(node) && !node.entries[0].key.startsWith(LOOP_PREFIX);
function collectionValues(v) {
  if (v instanceof Unknown) return v.why;
  if (!Array.isArray(v)) return "its collection is not a list";
  const out = [];
  for (const item of v) {
    if (typeof item === "string") out.push(item);
    else if (typeof item === "number" || typeof item === "boolean") out.push(String(item));
    else return item instanceof Unknown ? item.why : "an element of its collection is only known at deploy time";
  }
  return out;
}
function substitute(node, id, value, state, maxNodes) {
  if (++state.nodes > maxNodes) throw new BudgetExceeded();
  switch (node.kind) {
    case "scalar":
      return typeof node.value === "string" && mentions(node.value, id) ? { ...node, value: replaceIn(node.value, id, value, state, maxNodes) } : node;
    case "seq":
      return { ...node, items: node.items.map((item) => substitute(item, id, value, state, maxNodes)) };
    case "map": {
      const only = node.entries.length === 1 ? node.entries[0] : void 0;
      if (only?.key === "Ref" && only.value.kind === "scalar" && only.value.value === id)
        return { kind: "scalar", value, quoted: true, start: node.start, end: node.end };
      const copy = {
        ...node,
        entries: node.entries.map((e) => ({
          ...e,
          key: mentions(e.key, id) ? replaceIn(e.key, id, value, state, maxNodes) : e.key,
          value: substitute(e.value, id, value, state, maxNodes)
        }))
      };
      return only && (only.key === "Ref" || only.key === "Fn::GetAtt") ? withLiteralNames(copy) : copy;
    }
  }
}
function withLiteralNames(fn, id) {
  const [entry] = fn.entries;
  if (entry.key === "Ref") {
    const name2 = literalSub(entry.value, id);
    return name2 ? { ...fn, entries: [{ ...entry, value: name2 }] } : fn;
  }
  if (entry.value.kind !== "seq" || entry.value.items.length === 0) return fn;
  const name = literalSub(entry.value.items[0], id);
  return name ? { ...fn, entries: [{ ...entry, value: { ...entry.value, items: [name, ...entry.value.items.slice(1)] } }] } : fn;
}
function literalSub(node, id) {
  if (node.kind !== "map" || node.entries.length !== 1 || node.entries[0].key !== "Fn::Sub") return void 0;
  const text = node.entries[0].value;
  if (text.kind !== "scalar" || typeof text.value !== "string") return void 0;
  const rest = id === void 0 ? text.value : text.value.split(`\${${id}}`).join("").split(`&{${id}}`).join("");
  if (rest.includes("${")) return void 0;
  return { kind: "scalar", value: text.value, quoted: true, start: node.start, end: node.end };
}
function asWritten(node, loop, state, maxNodes) {
  if (++state.nodes > maxNodes) throw new BudgetExceeded();
  const { id } = loop;
  if (node.kind === "seq") return { ...node, items: node.items.map((item) => asWritten(item, loop, state, maxNodes)) };
  if (node.kind !== "map") return node;
  const only = node.entries.length === 1 ? node.entries[0] : void 0;
  if (only && (only.key === "Ref" || only.key === "Fn::GetAtt")) {
    const named = withLiteralNames(node, id);
    if (named !== node) return named;
    if (only.key === "Ref" && only.value.kind === "scalar" && only.value.value === id) return loopValue(loop, node);
  }
  const copy = { ...node, entries: node.entries.map((e) => ({ ...e, value: asWritten(e.value, loop, state, maxNodes) })) };
  return only?.key === "Fn::Sub" ? withLoopVariable(copy, loop) : copy;
}
function loopValue(loop, at2) {
  const why = {
    kind: "scalar",
    value: `${loop.id} stands for each value of ${loop.key}, which are only known at deploy time`,
    quoted: true,
    start: at2.start,
    end: at2.end
  };
  return { kind: "map", entries: [{ key: LOOP_VALUE, keyStart: at2.start, keyEnd: at2.start, value: why }], start: at2.start, end: at2.end };
}
function withLoopVariable(sub, loop) {
  const [entry] = sub.entries;
  const arg = entry.value;
  const text = arg.kind === "seq" ? arg.items[0] : arg;
  if (text?.kind !== "scalar" || typeof text.value !== "string" || !text.value.includes(`\${${loop.id}}`)) return sub;
  const vars = arg.kind === "seq" ? arg.items[1] : void 0;
  if (vars !== void 0 && (vars.kind !== "map" || vars.entries.some((e) => e.key === loop.id))) return sub;
  const value = { key: loop.id, keyStart: text.start, keyEnd: text.start, value: loopValue(loop, text) };
  const map = vars?.kind === "map" ? { ...vars, entries: [...vars.entries, value] } : { kind: "map", entries: [value], start: text.start, end: text.end };
  return { ...sub, entries: [{ ...entry, value: { kind: "seq", items: [text, map], start: arg.start, end: arg.end } }] };
}
var mentions = (text, id) => text.includes(`{${id}}`);
var CHARS_PER_NODE = 64;
function replaceIn(text, id, value, state, maxNodes) {
  let out = text;
  for (const [placeholder, by] of [
    [`\${${id}}`, value],
    [`&{${id}}`, value.replace(/[^A-Za-z0-9]/g, "")]
  ]) {
    const parts = out.split(placeholder);
    state.nodes += Math.floor((out.length + (parts.length - 1) * (by.length - placeholder.length)) / CHARS_PER_NODE);
    if (state.nodes > maxNodes) throw new BudgetExceeded();
    out = parts.join(by);
  }
  return out;
}
function loopTemplates(resources) {
  const out = [];
  const walk = (loop) => {
    const spec = loop.value;
    const template = spec.kind === "seq" && spec.items.length === 3 ? spec.items[2] : void 0;
    if (template?.kind !== "map" || isFunction(template)) return;
    for (const e of template.entries) {
      if (e.key.startsWith(LOOP_PREFIX)) walk(e);
      else out.push(e);
    }
  };
  for (const e of resources.entries) if (e.key.startsWith(LOOP_PREFIX)) walk(e);
  return out;
}
var ANY = 1;
var ALNUM = 2;
var MAX_LOGICAL_ID = 255;
function copyPattern(key) {
  const slots = [];
  for (const part of keyParts(key)) {
    const last = slots[slots.length - 1];
    if (typeof part === "number") {
      if (typeof last === "number") slots[slots.length - 1] = Math.min(last, part);
      else slots.push(part);
      continue;
    }
    for (const ch of part) {
      if (slots.length > 2 * MAX_LOGICAL_ID) return { test: () => false };
      slots.push(ch);
    }
  }
  const literals = slots.filter((s) => typeof s === "string").length;
  const n = slots.length;
  const skipEmpty = (at2) => {
    for (let i = 0; i < n; i++) if (at2[i] && typeof slots[i] === "number") at2[i + 1] = 1;
  };
  return {
    test(id) {
      if (id.length > MAX_LOGICAL_ID || literals > id.length) return false;
      let at2 = new Uint8Array(n + 1);
      let next = new Uint8Array(n + 1);
      at2[0] = 1;
      skipEmpty(at2);
      for (const ch of id) {
        next.fill(0);
        let alive = false;
        for (let i = 0; i < n; i++) {
          if (!at2[i]) continue;
          const slot = slots[i];
          if (slot === ANY || slot === ALNUM && /^[A-Za-z0-9]$/.test(ch)) next[i] = 1;
          else if (slot === ch) next[i + 1] = 1;
          else continue;
          alive = true;
        }
        if (!alive) return false;
        skipEmpty(next);
        [at2, next] = [next, at2];
      }
      return at2[n] === 1;
    }
  };
}
function keyParts(key) {
  const out = [];
  let from = 0;
  for (let i = 0; i < key.length - 1; i++) {
    if (key[i] !== "$" && key[i] !== "&" || key[i + 1] !== "{") continue;
    const close = key.indexOf("}", i + 2);
    if (close < 0) break;
    if (i > from) out.push(key.slice(from, i));
    out.push(key[i] === "&" ? ALNUM : ANY);
    from = close + 1;
    i = close;
  }
  if (from < key.length) out.push(key.slice(from));
  return out;
}
function propertyLoops(node) {
  const out = [];
  const walk = (n, depth) => {
    if (depth > 64) return;
    if (n.kind === "seq") for (const item of n.items) walk(item, depth + 1);
    else if (n.kind === "map")
      for (const e of n.entries) {
        if (e.key.startsWith(LOOP_PREFIX)) out.push(e);
        else walk(e.value, depth + 1);
      }
  };
  walk(node, 0);
  return out;
}

// src/parsers/cloudformation/fix.ts
var cached;
var primed;
function forgetFixCache() {
  cached = void 0;
  primed = void 0;
}
function primeFixCache(file, text, parsed) {
  primed = { file, text, parsed };
}
function docFor(file, text) {
  if (cached && cached.file === file && cached.text === text) return cached.doc;
  const parsed = primed && primed.file === file && primed.text === text ? primed.parsed : parseTemplateFile(text, file, DEFAULT_LIMITS);
  const roots = parsed.templates.map((t) => t.root);
  const pieces = parsed.templates.map((t) => {
    const out = /* @__PURE__ */ new Map();
    if (t.written?.kind !== "seq") return out;
    for (const item of t.written.items) {
      const res = get(item, "Resources");
      if (res?.kind === "map") for (const e of res.entries) out.set(e.key, [...out.get(e.key) ?? [], e]);
    }
    return out;
  });
  const loops = roots.map((root) => {
    const res = get(root, "Resources");
    if (res?.kind !== "map") return [];
    return loopTemplates(res).map((entry) => ({
      entry,
      firstLine: parsed.lines.position(entry.keyStart).line,
      lastLine: lastLineOf(text, parsed.lines, entry.value.end),
      pattern: copyPattern(entry.key)
    }));
  });
  const resources = roots.map((root, i) => {
    const res = get(root, "Resources");
    const byId = new Map(res?.kind === "map" ? res.entries.map((e) => [e.key, e]) : []);
    for (const { entry } of loops[i]) if (!byId.has(entry.key)) byId.set(entry.key, entry);
    return byId;
  });
  const policies = resources.map((byId) => {
    const out = /* @__PURE__ */ new Map();
    for (const e of byId.values()) {
      const t = get(e.value, "Type");
      const ref = get(get(get(e.value, "Properties"), "Bucket"), "Ref");
      if (t?.kind === "scalar" && t.value === "AWS::S3::BucketPolicy" && ref?.kind === "scalar" && typeof ref.value === "string" && !out.has(ref.value))
        out.set(ref.value, e);
    }
    return out;
  });
  const lines = text.split("\n");
  const json = parsed.json;
  const longLine = parsed.lines.hasLineLongerThan(MAX_EDIT_CHARS);
  const templatesOf = /* @__PURE__ */ new Map();
  resources.forEach((byId, template) => {
    for (const id of byId.keys()) {
      const list = templatesOf.get(id);
      if (list) list.push(template);
      else templatesOf.set(id, [template]);
    }
  });
  const doc = {
    text,
    lines,
    index: parsed.lines,
    json,
    longLine,
    roots,
    resources,
    policies,
    templatesOf,
    pieces,
    loops,
    onlyLoopFor: /* @__PURE__ */ new Map(),
    hidden: roots.flatMap((root) => noEchoLines(root, parsed.lines)),
    documents: parsed.json ? [] : parsed.documents
  };
  cached = { file, text, doc };
  return doc;
}
var lineOf = (doc, offset) => doc.index.position(offset).line;
var endLineOf = (doc, end) => lastLineOf(doc.text, doc.index, end);
function lastLineOf(text, index, end) {
  return index.position(end > 0 && text[end - 1] === "\n" ? end - 1 : end).line;
}
var indentOf = (line) => /^\s*/.exec(line)[0];
var BLOCKS = {
  publicAccessBlock: {
    key: "PublicAccessBlockConfiguration",
    yaml: [
      "PublicAccessBlockConfiguration:",
      "  BlockPublicAcls: true",
      "  BlockPublicPolicy: true",
      "  IgnorePublicAcls: true",
      "  RestrictPublicBuckets: true"
    ],
    json: { BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true }
  },
  ownership: {
    key: "OwnershipControls",
    yaml: ["OwnershipControls:", "  Rules:", "    - ObjectOwnership: BucketOwnerEnforced"],
    json: { Rules: [{ ObjectOwnership: "BucketOwnerEnforced" }] }
  },
  "versioning.status": {
    key: "VersioningConfiguration",
    yaml: ["VersioningConfiguration:", "  Status: Enabled"],
    json: { Status: "Enabled" }
  },
  encryption: {
    key: "BucketEncryption",
    yaml: [
      "BucketEncryption:",
      "  ServerSideEncryptionConfiguration:",
      "    - ServerSideEncryptionByDefault:",
      "        SSEAlgorithm: aws:kms",
      "      BucketKeyEnabled: true"
    ],
    json: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: "aws:kms" }, BucketKeyEnabled: true }] }
  },
  "encryption.blockedEncryptionTypes": {
    key: "BucketEncryption",
    yaml: [
      "BucketEncryption:",
      "  ServerSideEncryptionConfiguration:",
      "    - ServerSideEncryptionByDefault:",
      "        SSEAlgorithm: AES256",
      "      BlockedEncryptionTypes:",
      "        EncryptionType: [SSE-C]"
    ],
    json: {
      ServerSideEncryptionConfiguration: [
        { ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" }, BlockedEncryptionTypes: { EncryptionType: ["SSE-C"] } }
      ]
    }
  },
  "objectLock.enabled": { key: "ObjectLockEnabled", yaml: ["ObjectLockEnabled: true"], json: true },
  logFileValidation: { key: "EnableLogFileValidation", yaml: ["EnableLogFileValidation: true"], json: true },
  isMultiRegion: { key: "IsMultiRegionTrail", yaml: ["IsMultiRegionTrail: true"], json: true }
};
var BLOCK_PURPOSE = {
  publicAccessBlock: " to block all public access",
  encryption: " to SSE-KMS with the S3 Bucket Key (the AWS managed key until KMSMasterKeyID names yours)"
};
var SCALARS = {
  "versioning.status": { path: ["VersioningConfiguration", "Status"], value: "Enabled" },
  ownership: { path: ["OwnershipControls", "Rules", "0", "ObjectOwnership"], value: "BucketOwnerEnforced" },
  logFileValidation: { path: ["EnableLogFileValidation"], value: "true" },
  isMultiRegion: { path: ["IsMultiRegionTrail"], value: "true" },
  "encryption.bucketKeyEnabled": {
    path: ["BucketEncryption", "ServerSideEncryptionConfiguration", "0", "BucketKeyEnabled"],
    value: "true"
  },
  "objectLock.enabled": { path: ["ObjectLockEnabled"], value: "true" }
};
function resourceEntry(doc, finding) {
  const contains = (entry) => lineOf(doc, entry.keyStart) <= finding.location.line && finding.location.line <= endLineOf(doc, entry.value.end);
  const holders = doc.templatesOf.get(finding.resource);
  if (holders) {
    const entryIn = (template2) => doc.resources[template2].get(finding.resource);
    let lo = 0;
    for (let hi = holders.length - 1; lo < hi; ) {
      const mid = lo + hi + 1 >> 1;
      if (lineOf(doc, entryIn(holders[mid]).keyStart) <= finding.location.line) lo = mid;
      else hi = mid - 1;
    }
    const template = contains(entryIn(holders[lo])) ? holders[lo] : holders[0];
    return { template, entry: entryIn(template) };
  }
  const line = finding.location.line;
  for (let template = 0; template < doc.loops.length; template++)
    for (const l of doc.loops[template])
      if (l.firstLine <= line && line <= l.lastLine && l.pattern.test(finding.resource)) return { template, entry: l.entry };
  if (!doc.onlyLoopFor.has(finding.resource)) doc.onlyLoopFor.set(finding.resource, onlyLoopFor(doc, finding.resource));
  return doc.onlyLoopFor.get(finding.resource);
}
function onlyLoopFor(doc, id) {
  let only;
  for (let template = 0; template < doc.loops.length; template++)
    for (const l of doc.loops[template]) {
      if (!l.pattern.test(id)) continue;
      if (only) return void 0;
      only = { template, entry: l.entry };
    }
  return only;
}
function at(node, path) {
  let cur = node;
  let entry;
  for (const p of path) {
    if (!cur) return void 0;
    if (cur.kind === "seq") {
      cur = cur.items[Number(p)];
      entry = void 0;
    } else {
      entry = getEntry(cur, p);
      cur = entry?.value;
    }
  }
  return cur ? { node: cur, entry } : void 0;
}
function replaceScalar(doc, file, node, value, description) {
  if (node.kind !== "scalar") return void 0;
  const line = lineOf(doc, node.start);
  if (line !== endLineOf(doc, node.end)) return void 0;
  const text = doc.lines[line - 1];
  const lineStart = doc.index.lineStart(line);
  const quoted = node.quoted && doc.text[node.start - 1] === (doc.json ? '"' : doc.text[node.start - 1]) && /["']/.test(doc.text[node.start - 1] ?? "");
  const from = node.start - lineStart - (quoted ? 1 : 0);
  const to = node.end - lineStart + (quoted ? 1 : 0);
  const literal = doc.json ? value === "true" || value === "false" ? value : JSON.stringify(value) : value;
  return { file, startLine: line, endLine: line, replacement: text.slice(0, from) + literal + text.slice(to), description };
}
function insertProperty(doc, file, resource, block, description) {
  const props = getEntry(resource.value, "Properties");
  if (props) {
    if (props.value.kind !== "map" || props.value.entries.length === 0) return void 0;
    if (props.value.entries.some((e) => INTRINSIC_KEY.test(e.key))) return void 0;
    const first2 = writtenIn(props.value)[0];
    if (!first2) return void 0;
    const firstLine = lineOf(doc, first2.keyStart);
    const propsLine = lineOf(doc, props.keyStart);
    if (firstLine === propsLine || !BARE_KEY_LINE.test(doc.lines[propsLine - 1]) || !ownsLines(doc, first2)) return void 0;
    const indent2 = indentOf(doc.lines[firstLine - 1]);
    const replacement2 = lineThen(
      doc.lines[propsLine - 1],
      block.map((l) => indent2 + l)
    );
    if (replacement2 === void 0) return void 0;
    return { file, startLine: propsLine, endLine: propsLine, replacement: replacement2, description };
  }
  const type = getEntry(resource.value, "Type");
  if (!type || resource.value.kind !== "map") return void 0;
  const typeLine = lineOf(doc, type.keyStart);
  const indent = indentOf(doc.lines[typeLine - 1]);
  if (endLineOf(doc, type.value.end) !== typeLine || !ownsLines(doc, type)) return void 0;
  const replacement = lineThen(doc.lines[typeLine - 1], [`${indent}Properties:`, ...block.map((l) => `${indent}  ${l}`)]);
  if (replacement === void 0) return void 0;
  return {
    file,
    startLine: typeLine,
    endLine: typeLine,
    replacement,
    description
  };
}
function writtenIn(map) {
  return map.entries.filter((e) => e.keyStart >= map.start && e.keyStart < map.end);
}
function lineThen(line, more) {
  return line.length > MAX_EDIT_CHARS ? void 0 : [line, ...more].join("\n");
}
var INTRINSIC_KEY = /^(?:Ref|Fn::.*)$/s;
var BARE_KEY_LINE = /^[\s-]*(?:[\w:]+|"[^"]*"|'[^']*')\s*:\s*(?:#.*)?$/;
function nothingOpenAfter(doc, line, indent) {
  for (let l = line + 1; l <= doc.lines.length; l++) {
    const text = doc.lines[l - 1];
    if (/^\s*(?:#.*)?$/.test(text)) continue;
    return indentOf(text).length <= indent;
  }
  return true;
}
function ownsLines(doc, entry) {
  if (!standsInBlock(doc, entry)) return false;
  const endLine = endLineOf(doc, entry.value.end);
  const from = Math.max(entry.keyStart, doc.index.lineStart(endLine));
  return closesOnItsOwn(doc.text, from, doc.index.lineStart(endLine) + doc.lines[endLine - 1].length);
}
function standsInBlock(doc, entry) {
  const start = doc.index.lineStart(lineOf(doc, entry.keyStart));
  return /^[\s-]*$/.test(doc.text.slice(start, entry.keyStart)) && !insideFlow(doc, entry.keyStart);
}
function insideFlow(doc, offset) {
  const { flows } = layoutOf(doc);
  const lo = partitionPoint(flows.length, (i) => flows[i].start < offset);
  return lo > 0 && offset < flows[lo - 1].end;
}
function layoutOf(doc) {
  if (doc.layout) return doc.layout;
  const flows = [];
  const spans = [];
  const blocks = [];
  const seen = /* @__PURE__ */ new Set();
  const repeated = /* @__PURE__ */ new Set();
  const stack = [];
  for (const d of doc.documents) if (d) stack.push({ node: d, inFlow: false });
  while (stack.length > 0) {
    const { node, inFlow } = stack.pop();
    if (seen.has(node)) {
      if (!repeated.has(node)) {
        repeated.add(node);
        const span = { from: lineOf(doc, node.start), to: endLineOf(doc, node.end) };
        spans.push(span);
        const col = entryColumn(doc, node);
        if (col !== void 0) blocks.push({ ...span, col });
      }
      continue;
    }
    seen.add(node);
    if (node.kind === "scalar") continue;
    const flow = doc.text[node.start] === "{" || doc.text[node.start] === "[";
    if (flow && !inFlow && lineOf(doc, node.start) !== endLineOf(doc, node.end)) flows.push({ start: node.start, end: node.end });
    const children = node.kind === "map" ? node.entries.filter((e) => e.keyStart >= node.start).map((e) => e.value) : node.items;
    for (const child of children) stack.push({ node: child, inFlow: inFlow || flow });
  }
  flows.sort((a, b) => a.start - b.start);
  spans.sort((a, b) => a.from - b.from);
  const sharedReach = [];
  for (const n of spans) sharedReach.push(Math.max(n.to, sharedReach[sharedReach.length - 1] ?? 0));
  blocks.sort((a, b) => a.from - b.from);
  const blockReach = [];
  for (const n of blocks) blockReach.push(Math.max(n.to, blockReach[blockReach.length - 1] ?? 0));
  doc.layout = { flows, sharedFrom: spans.map((n) => n.from), sharedReach, sharedBlocks: blocks, blockReach };
  return doc.layout;
}
function touchesShared(doc, edit) {
  const same = (a, b) => a.replace(/\r$/, "") === b.replace(/\r$/, "");
  const old = doc.lines.slice(edit.startLine - 1, edit.endLine);
  const now = edit.replacement.split("\n");
  let p = 0;
  while (p < old.length && p < now.length && same(old[p], now[p])) p++;
  let q = 0;
  while (q < old.length - p && q < now.length - p && same(old[old.length - 1 - q], now[now.length - 1 - q])) q++;
  const from = edit.startLine + p;
  const to = edit.endLine - q;
  if (from > to) return insertsIntoShared(doc, from - 1, now.slice(p, now.length - q));
  const kept = new Set(anchorsIn(now.slice(p, now.length - q).join("\n")));
  if (anchorsIn(old.slice(p, old.length - q).join("\n")).some((a) => !kept.has(a) && aliasNames(doc).has(a))) return true;
  const { sharedFrom, sharedReach } = layoutOf(doc);
  const lo = partitionPoint(sharedFrom.length, (i) => sharedFrom[i] <= to);
  return lo > 0 && sharedReach[lo - 1] >= from;
}
var SHARED_LOOKUPS = 1e3;
function insertsIntoShared(doc, after, added) {
  const first2 = added.find((l) => l.trim() !== "");
  if (first2 === void 0) return false;
  const indent = first2.length - first2.trimStart().length;
  const { sharedBlocks, blockReach } = layoutOf(doc);
  const lo = partitionPoint(sharedBlocks.length, (i) => sharedBlocks[i].from <= after);
  for (let i = lo - 1, looked = 0; i >= 0 && blockReach[i] >= after; i--, looked++) {
    if (looked === SHARED_LOOKUPS) return true;
    const b = sharedBlocks[i];
    if (b.to >= after && indent >= b.col) return true;
  }
  return false;
}
function entryColumn(doc, node) {
  if (node.kind === "scalar" || doc.text[node.start] === "{" || doc.text[node.start] === "[") return void 0;
  const at2 = node.kind === "map" ? node.entries.find((e) => e.keyStart >= node.start)?.keyStart : node.items[0]?.start;
  if (at2 === void 0) return void 0;
  const lineStart = doc.index.lineStart(lineOf(doc, at2));
  if (node.kind === "map") return at2 - lineStart;
  const dash = doc.text.lastIndexOf("-", at2);
  return dash >= lineStart ? dash - lineStart : void 0;
}
var ANCHOR = /(?:^|[\s[{,])&([^\s,[\]{}]+)/g;
var ALIAS = /(?:^|[\s[{,])\*([^\s,[\]{}]+)/g;
var anchorsIn = (text) => [...text.matchAll(ANCHOR)].map((m) => m[1]);
function aliasNames(doc) {
  return doc.aliases ??= new Set([...doc.text.matchAll(ALIAS)].map((m) => m[1]));
}
function closesOnItsOwn(text, from, to) {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    const prev = i > from ? text[i - 1] : " ";
    if ((c === '"' || c === "'") && /[\s:[{,]/.test(prev)) i = quotedEnd(text, i, to);
    else if (c === "#" && /\s/.test(prev)) break;
    else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") {
      if (--depth < 0) return false;
    } else if (c === "," && depth === 0) return false;
  }
  return depth === 0;
}
function quotedEnd(text, start, to) {
  const q = text[start];
  for (let i = start + 1; i < to; i++) {
    if (q === '"' && text[i] === "\\") i++;
    else if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") i++;
      else return i;
    }
  }
  return to;
}
function replaceBlock(doc, file, entry, block, description) {
  if (doc.json || !ownsLines(doc, entry)) return void 0;
  const start = lineOf(doc, entry.keyStart);
  const end = endLineOf(doc, entry.value.end);
  const indent = indentOf(doc.lines[start - 1]);
  return { file, startLine: start, endLine: end, replacement: block.map((l) => indent + l).join("\n"), description };
}
function deleteLines(doc, file, entry, description) {
  const start = lineOf(doc, entry.keyStart);
  const end = endLineOf(doc, entry.value.end);
  if (doc.json || !ownsLines(doc, entry)) return void 0;
  if (start < 2) return void 0;
  return { file, startLine: start - 1, endLine: end, replacement: doc.lines[start - 2], description };
}
function emptyProperties(doc, file, props, only, description) {
  const start = lineOf(doc, props.keyStart);
  const end = endLineOf(doc, only.value.end);
  const line = doc.lines[start - 1].replace(/\r$/, "");
  if (!BARE_KEY_LINE.test(line) || !ownsLines(doc, props) || !ownsLines(doc, only) || end <= start) return void 0;
  return { file, startLine: start, endLine: end, replacement: line.replace(/:\s*(?:#.*)?$/, ": {}"), description };
}
function appendToMap(doc, file, map, lines, description) {
  if (doc.json || map.kind !== "map" || map.entries.some((e) => INTRINSIC_KEY.test(e.key))) return void 0;
  const own = writtenIn(map);
  const first2 = own[0];
  const last = own[own.length - 1];
  if (!first2 || !last || last.value.end < last.keyStart) return void 0;
  const firstLine = lineOf(doc, first2.keyStart);
  if (!ownsLines(doc, first2) || !ownsLines(doc, last)) return void 0;
  const indent = " ".repeat(doc.index.position(first2.keyStart).column - 1);
  const endLine = endLineOf(doc, last.value.end);
  if (firstLine > endLine) return void 0;
  const replacement = lineThen(
    doc.lines[endLine - 1],
    lines.map((l) => indent + l)
  );
  if (replacement === void 0) return void 0;
  return { file, startLine: endLine, endLine, replacement, description };
}
var RULE_SIBLINGS = {
  "encryption.bucketKeyEnabled": { key: "BucketKeyEnabled", yaml: ["BucketKeyEnabled: true"], json: true },
  "encryption.blockedEncryptionTypes": {
    key: "BlockedEncryptionTypes",
    yaml: ["BlockedEncryptionTypes:", "  EncryptionType: [SSE-C]"],
    json: { EncryptionType: ["SSE-C"] }
  }
};
var DENY_STATEMENTS = {
  "deny-insecure-transport": (bucket) => [
    "- Sid: DenyInsecureTransport",
    "  Effect: Deny",
    '  Principal: "*"',
    '  Action: "s3:*"',
    "  Resource:",
    `    - !GetAtt ${bucket}.Arn`,
    `    - !Sub "\${${bucket}.Arn}/*"`,
    "  Condition:",
    "    Bool:",
    "      aws:SecureTransport: false"
  ],
  "deny-old-tls": (bucket) => [
    "- Sid: DenyOutdatedTLS",
    "  Effect: Deny",
    '  Principal: "*"',
    '  Action: "s3:*"',
    "  Resource:",
    `    - !GetAtt ${bucket}.Arn`,
    `    - !Sub "\${${bucket}.Arn}/*"`,
    "  Condition:",
    "    NumericLessThan:",
    "      s3:TlsVersion: 1.2"
  ]
};
function addStatement(doc, file, template, resource, kind) {
  const lines = DENY_STATEMENTS[kind](resource.key);
  const description = statementDescription(kind);
  const policy = doc.policies[template].get(resource.key);
  if (policy) {
    const statement = at(policy.value, ["Properties", "PolicyDocument", "Statement"]);
    if (!statement || statement.node.kind !== "seq" || statement.node.items.length === 0) return void 0;
    const taken = new Set(
      statement.node.items.flatMap((s) => {
        const sid = get(s, "Sid");
        return sid?.kind === "scalar" ? [String(sid.value)] : [];
      })
    );
    lines[0] = `- Sid: ${freeSid(lines[0].slice("- Sid: ".length), taken)}`;
    const last = statement.node.items[statement.node.items.length - 1];
    const lastLine = endLineOf(doc, last.end);
    const firstItemLine = doc.lines[lineOf(doc, statement.node.items[0].start) - 1];
    const dash = /^[ \t]*-(?=[ \t]|$)/.exec(firstItemLine)?.[0].length;
    if (dash === void 0 || doc.text[statement.node.start] === "[" || lineOf(doc, statement.node.start) === endLineOf(doc, statement.node.end))
      return void 0;
    const indent2 = firstItemLine.slice(0, dash - 1);
    if (!nothingOpenAfter(doc, lastLine, indent2.length)) return void 0;
    const replacement2 = lineThen(
      doc.lines[lastLine - 1],
      lines.map((l) => indent2 + l)
    );
    if (replacement2 === void 0) return void 0;
    return {
      file,
      startLine: lastLine,
      endLine: lastLine,
      replacement: replacement2,
      description
    };
  }
  const byId = doc.resources[template];
  const declared = (id) => byId.has(id);
  if (otherPolicyMayCover(byId, declared, resource.key)) return void 0;
  if (!standsInBlock(doc, resource)) return void 0;
  const endLine = endLineOf(doc, resource.value.end);
  const indent = indentOf(doc.lines[lineOf(doc, resource.keyStart) - 1]);
  if (!nothingOpenAfter(doc, endLine, indent.length)) return void 0;
  const condition = bucketCondition(resource);
  if (condition === null) return void 0;
  const policyLines = [
    `${freePolicyName(resource.key, declared)}:`,
    "  Type: AWS::S3::BucketPolicy",
    ...condition === void 0 ? [] : [`  Condition: ${/^[A-Za-z0-9]+$/.test(condition) ? condition : JSON.stringify(condition)}`],
    "  Properties:",
    `    Bucket: !Ref ${resource.key}`,
    "    PolicyDocument:",
    '      Version: "2012-10-17"',
    "      Statement:",
    ...lines.map((l) => `        ${l}`)
  ];
  const replacement = lineThen(
    doc.lines[endLine - 1],
    policyLines.map((l) => indent + l)
  );
  if (replacement === void 0) return void 0;
  return { file, startLine: endLine, endLine, replacement, description: `add a bucket policy that will ${description}` };
}
function jsonTemplate(doc, file, template) {
  const resources = get(doc.roots[template], "Resources");
  if (resources?.kind !== "map") return void 0;
  doc.style ??= detectStyle(doc.text, doc.roots[template]);
  return { file, text: doc.text, lines: doc.index, style: doc.style, resources, policies: doc.policies[template] };
}
function renderCloudFormationFix(finding, texts) {
  const file = finding.location.file;
  const text = texts.get(file);
  if (!finding.fix || text === void 0) return void 0;
  const doc = docFor(file, text);
  const edit = templateEdit(doc, finding);
  return edit && rewritesHiddenLines(doc, edit) ? void 0 : edit;
}
function rewritesHiddenLines(doc, edit) {
  return doc.hidden.some((h) => h.from <= edit.endLine && h.to >= edit.startLine);
}
function templateEdit(doc, finding) {
  const found = resourceEntry(doc, finding);
  if (!found) return void 0;
  const edit = resourceEdit(doc, finding, found.template, found.entry);
  if (!edit || doc.json) return edit;
  const owner = finding.fix?.kind === "add-policy-statement" && doc.policies[found.template].get(found.entry.key) || found.entry;
  const inside = (e) => lineOf(doc, e.keyStart) <= edit.startLine && edit.endLine <= endLineOf(doc, Math.max(e.value.end, e.keyEnd));
  if (edit.startLine > edit.endLine) return void 0;
  if (!inside(owner) && !(doc.pieces[found.template].get(owner.key) ?? []).some(inside)) return void 0;
  return touchesShared(doc, edit) ? void 0 : edit;
}
function resourceEdit(doc, finding, template, entry) {
  const fix = finding.fix;
  const file = finding.location.file;
  if (!fix) return void 0;
  if (doc.json && doc.longLine) return void 0;
  const json = doc.json ? jsonTemplate(doc, file, template) : void 0;
  if (doc.json && !json) return void 0;
  const props = getEntry(entry.value, "Properties")?.value;
  if (fix.kind === "add-policy-statement") {
    return json ? addTlsStatement(json, entry, fix.statement) : addStatement(doc, file, template, entry, fix.statement);
  }
  if (fix.kind === "remove") {
    const key = fix.field === "acl.canned" ? "AccessControl" : fix.field === "website" ? "WebsiteConfiguration" : void 0;
    const e = key ? getEntry(props, key) : void 0;
    if (!e || !key) return void 0;
    if (json) return removeProperty(json, entry, key, `remove ${key}`);
    const propsEntry = propertiesHolding(doc, template, entry, e);
    if (!propsEntry) return void 0;
    return propsEntry.value.kind === "map" && propsEntry.value.entries.length === 1 ? emptyProperties(doc, file, propsEntry, e, `remove ${key}`) : deleteLines(doc, file, e, `remove ${key}`);
  }
  if (fix.field === "objectLock.enabled" && !versioningMayStayOn(props)) return void 0;
  const scalar = SCALARS[fix.field];
  if (scalar) {
    const hit = at(props, scalar.path);
    if (hit)
      return replaceScalar(
        doc,
        file,
        hit.node,
        scalar.value,
        `set ${scalar.path.filter((p) => !/^\d+$/.test(p)).join(".")} to ${scalar.value}`
      );
  }
  const sibling = RULE_SIBLINGS[fix.field];
  const rule = sibling && at(props, ["BucketEncryption", "ServerSideEncryptionConfiguration", "0"]);
  if (sibling && rule && isIntrinsic2(rule.node)) return void 0;
  if (sibling && rule) {
    const description2 = `add ${sibling.key} to the encryption rule`;
    const written2 = getEntry(rule.node, sibling.key);
    if (json)
      return written2 ? setMember(json, written2, sibling.json, description2) : addMember(json, rule.node, sibling.key, sibling.json, description2);
    if (written2) return replaceBlock(doc, file, written2, sibling.yaml, description2);
    return appendToMap(doc, file, rule.node, sibling.yaml, description2);
  }
  const block = BLOCKS[fix.field];
  if (!block) return void 0;
  const existing = getEntry(props, block.key);
  if (existing && block.key === "BucketEncryption" && holdsIntrinsic(existing.value)) return void 0;
  const description = `set ${block.key}${BLOCK_PURPOSE[fix.field] ?? ""}`;
  if (json) return setProperty(json, entry, block.key, block.json, description);
  if (existing) return replaceBlock(doc, file, existing, block.yaml, description);
  return insertProperty(doc, file, entry, block.yaml, description);
}
function propertiesHolding(doc, template, entry, e) {
  const pieces = doc.pieces[template].get(entry.key) ?? [];
  for (const r of pieces.length > 0 ? pieces : [entry]) {
    const p = getEntry(r.value, "Properties");
    if (p?.value.kind !== "map") continue;
    const own = p.value.entries.find((x) => x.keyStart === e.keyStart);
    if (own) return own.value === e.value ? p : void 0;
  }
  return void 0;
}
function versioningMayStayOn(props) {
  const v = getEntry(props, "VersioningConfiguration");
  if (!v) return true;
  const status = at(v.value, ["Status"])?.node;
  return status?.kind === "scalar" && status.value === "Enabled";
}
function holdsIntrinsic(node) {
  if (isIntrinsic2(node)) return true;
  if (node.kind === "map") return node.entries.some((e) => holdsIntrinsic(e.value));
  if (node.kind === "seq") return node.items.some(holdsIntrinsic);
  return false;
}

// src/parsers/cloudformation/public-access-block.ts
function readPublicAccessBlock(r, cur, absent, fallback) {
  if (!cur) return absent;
  const at2 = r.loc(cur);
  if (cur.unknown) {
    const u = { state: "unknown", why: cur.unknown, at: at2 };
    return { declared: u, blockPublicAcls: u, ignorePublicAcls: u, blockPublicPolicy: u, restrictPublicBuckets: u, at: at2 };
  }
  const flag = (k) => r.bool(r.child(cur, k), false, { ...at2, path: `${cur.path}.${k}` });
  return {
    declared: setValue(true, at2),
    blockPublicAcls: flag("BlockPublicAcls"),
    ignorePublicAcls: flag("IgnorePublicAcls"),
    blockPublicPolicy: flag("BlockPublicPolicy"),
    restrictPublicBuckets: flag("RestrictPublicBuckets"),
    at: at2 ?? fallback
  };
}

// src/parsers/cloudformation/bucket.ts
var CANNED_ACLS = {
  Private: "private",
  PublicRead: "public-read",
  PublicReadWrite: "public-read-write",
  AuthenticatedRead: "authenticated-read",
  LogDeliveryWrite: "log-delivery-write",
  BucketOwnerRead: "bucket-owner-read",
  BucketOwnerFullControl: "bucket-owner-full-control",
  AwsExecRead: "aws-exec-read"
};
var firstKey = (node) => node.kind === "map" ? node.entries[0].key : "";
function first(r, cur) {
  const items = r.items(cur);
  if (items instanceof Unknown) return cur && { ...cur, unknown: items.why };
  return items[0];
}
function listOf(r, cur, fallback, read) {
  if (!cur) return defaultValue([], fallback);
  const items = r.items(cur);
  if (items instanceof Unknown) return unknownValue(items.why, r.loc(cur));
  const out = [];
  for (const item of items) {
    const v = read(item);
    if (v !== void 0) out.push(v);
  }
  return setValue(out, r.loc(cur));
}
var strings2 = (r, cur, at2) => {
  const v = r.strList(cur, at2);
  return v.state === "unknown" ? [{ parts: [{ kind: "unknown", why: v.why }] }] : v.value;
};
function readBucket(r, id, props, origin) {
  const b = newBucket(id, origin);
  const at2 = origin.at;
  b.versioning.mfaDeleteConfigurable = false;
  if (!props) return b;
  const p = (k) => r.child(props, k);
  const name = r.str(p("BucketName"), at2);
  if (name.state === "unknown" || name.value !== null) b.name = boundedBucketName(name);
  const tags = r.items(p("Tags"));
  if (!(tags instanceof Unknown)) {
    for (const t of tags) {
      const k = r.string(r.child(t, "Key"), null, at2);
      if (k.state === "set" && k.value !== null) {
        const v = r.string(r.child(t, "Value"), "", at2);
        b.tags[k.value] = v;
      }
    }
  }
  const acl = r.string(p("AccessControl"), "private", at2);
  b.acl.canned = mapValue(acl, (v) => ownEntry(CANNED_ACLS, v) ?? v);
  b.publicAccessBlock = readPublicAccessBlock(r, p("PublicAccessBlockConfiguration"), b.publicAccessBlock, at2);
  const ownershipRule = first(r, r.child(p("OwnershipControls"), "Rules"));
  if (ownershipRule) b.ownership = r.string(r.child(ownershipRule, "ObjectOwnership"), "BucketOwnerEnforced", r.loc(ownershipRule));
  readEncryption(r, b, p("BucketEncryption"));
  const versioning = p("VersioningConfiguration");
  if (versioning) {
    b.versioning.at = r.loc(versioning);
    b.versioning.status = r.string(r.child(versioning, "Status"), "Disabled", b.versioning.at);
  }
  const logging = p("LoggingConfiguration");
  if (logging) {
    const lat = r.loc(logging);
    b.logging.at = lat;
    const target = r.str(r.child(logging, "DestinationBucketName"), lat);
    const configUnknown = logging.unknown !== void 0 || r.resolve(logging.node) instanceof Unknown;
    b.logging.targetBucket = target.state === "default" ? setValue({ parts: [{ kind: "bucket", id, attr: "name" }] }, lat) : configUnknown ? target : writtenName(target);
    b.logging.targetPrefix = r.str(r.child(logging, "LogFilePrefix"), lat);
  }
  const lifecycle = p("LifecycleConfiguration");
  if (lifecycle) b.lifecycle = listOf(r, r.child(lifecycle, "Rules"), r.loc(lifecycle), (rule) => readLifecycleRule(r, rule));
  const olEnabled = p("ObjectLockEnabled");
  const olConfig = p("ObjectLockConfiguration");
  if (olEnabled || olConfig) {
    b.objectLock.at = r.loc(olConfig ?? olEnabled);
    const fromConfig = r.string(r.child(olConfig, "ObjectLockEnabled"), null, b.objectLock.at);
    b.objectLock.enabled = olEnabled ? r.bool(olEnabled, false, at2) : mapValue(fromConfig, (v) => v === "Enabled");
    if (!olEnabled) b.objectLock.afterCreation = true;
    const retention = r.child(r.child(olConfig, "Rule"), "DefaultRetention");
    if (retention) {
      const mode = r.string(r.child(retention, "Mode"), "GOVERNANCE", r.loc(retention));
      const days = r.num(r.child(retention, "Days"), r.loc(retention));
      const years = r.num(r.child(retention, "Years"), r.loc(retention));
      b.objectLock.defaultRetention = mode.state === "unknown" ? mode : setValue(
        {
          mode: String(mode.value),
          days: days.state !== "unknown" && days.value !== null ? days.value : void 0,
          years: years.state !== "unknown" && years.value !== null ? years.value : void 0
        },
        r.loc(retention)
      );
    }
  }
  versioningFromObjectLock(b);
  const notifications = p("NotificationConfiguration");
  if (notifications) b.notifications = readNotifications(r, notifications);
  const replication = p("ReplicationConfiguration");
  if (replication) {
    const rat = r.loc(replication);
    const rules = listOf(r, r.child(replication, "Rules"), rat, (rule) => ({
      status: r.string(r.child(rule, "Status"), "Enabled", r.loc(rule)),
      destinationBucket: r.str(r.child(r.child(rule, "Destination"), "Bucket"), r.loc(rule)),
      at: r.loc(rule)
    }));
    b.replication = rules.state === "unknown" ? rules : setValue({ rules: rules.value, at: rat }, rat);
  }
  const website = p("WebsiteConfiguration");
  if (website) {
    const wat = r.loc(website);
    const shape = website.unknown ? new Unknown(website.unknown) : r.resolve(website.node);
    if (shape instanceof Unknown) b.website = unknownValue(shape.why, wat);
    else if (shape !== NO_VALUE && isIntrinsic2(shape)) b.website = unknownValue(`${firstKey(shape)} is not known statically`, wat);
    else {
      const index = r.str(r.child(website, "IndexDocument"), wat);
      const redirect = r.str(r.child(r.child(website, "RedirectAllRequestsTo"), "HostName"), wat);
      b.website = setValue(
        {
          indexDocument: index.state !== "unknown" && index.value !== null ? index.value : void 0,
          redirectAllRequestsTo: redirect.state !== "unknown" && redirect.value !== null ? redirect.value : void 0,
          at: wat
        },
        wat
      );
    }
  }
  const cors = p("CorsConfiguration");
  if (cors) {
    b.cors = listOf(r, r.child(cors, "CorsRules"), r.loc(cors), (rule) => {
      const rat = r.loc(rule);
      const origins = r.child(rule, "AllowedOrigins");
      return {
        allowedOrigins: strings2(r, origins, rat),
        ...origins ? { originsAt: r.loc(origins) } : {},
        allowedMethods: strings2(r, r.child(rule, "AllowedMethods"), rat),
        allowedHeaders: strings2(r, r.child(rule, "AllowedHeaders"), rat),
        at: rat
      };
    });
  }
  return b;
}
function readEncryption(r, b, enc) {
  if (!enc) return;
  const at2 = r.loc(enc);
  b.encryption.at = at2;
  b.encryption.declared = setValue(false, at2);
  const rule = first(r, r.child(enc, "ServerSideEncryptionConfiguration"));
  if (!rule) return;
  if (rule.unknown) {
    const u = unknownValue(rule.unknown, r.loc(rule));
    b.encryption.declared = u;
    b.encryption.algorithm = u;
    b.encryption.kmsKeyId = u;
    b.encryption.bucketKeyEnabled = u;
    if (rule.byTransform || mayWrite(rule.node, "BlockedEncryptionTypes")) b.encryption.blockedEncryptionTypes = u;
    return;
  }
  const rat = r.loc(rule);
  const byDefault = r.child(rule, "ServerSideEncryptionByDefault");
  if (byDefault) {
    const dat = r.loc(byDefault);
    const algorithm = r.string(r.child(byDefault, "SSEAlgorithm"), null, dat);
    if (algorithm.state === "unknown" || algorithm.value !== null) {
      b.encryption.declared = setValue(true, at2);
      b.encryption.algorithm = algorithm;
    }
    b.encryption.kmsKeyId = r.str(r.child(byDefault, "KMSMasterKeyID"), dat);
  }
  b.encryption.bucketKeyEnabled = r.bool(r.child(rule, "BucketKeyEnabled"), false, rat);
  const blocked = r.child(rule, "BlockedEncryptionTypes") ?? r.child(enc, "BlockedEncryptionTypes");
  if (blocked) {
    const types = r.strList(r.child(blocked, "EncryptionType"), r.loc(blocked));
    b.encryption.blockedEncryptionTypes = mapValue(types, (list) => list.filter((t) => typeof t === "string"));
  }
}
function mayWrite(node, key) {
  const stack = [node];
  for (let seen = 0; stack.length && seen < MAX_NODES_SEARCHED; seen++) {
    const n = stack.pop();
    if (n.kind === "seq") appendAll(stack, n.items);
    else if (n.kind === "map")
      for (const e of n.entries) {
        if (e.key === key || e.key === "Fn::Transform") return true;
        stack.push(e.value);
      }
  }
  return stack.length > 0;
}
var MAX_NODES_SEARCHED = 1e4;
function readLifecycleRule(r, rule) {
  const at2 = r.loc(rule);
  const status = r.string(r.child(rule, "Status"), "Enabled", at2);
  const noncurrent = r.child(rule, "NoncurrentVersionExpiration");
  const transitions = r.child(rule, "Transitions") ?? r.child(rule, "Transition");
  const expirationDateCur = r.child(rule, "ExpirationDate");
  const expiration = r.num(r.child(rule, "ExpirationInDays"), at2);
  const tagFilter = limitsByTagFilters(r, r.child(rule, "TagFilters"), at2);
  const sizes = [r.num(r.child(rule, "ObjectSizeGreaterThan"), at2), r.num(r.child(rule, "ObjectSizeLessThan"), at2)];
  const abortCur = r.child(rule, "AbortIncompleteMultipartUpload");
  const marker = r.bool(r.child(rule, "ExpiredObjectDeleteMarker"), false, at2);
  const expirationDate = r.str(expirationDateCur, at2);
  const refused = lifecycleRuleRefusal({
    at: at2,
    hasAction: anyTri(LIFECYCLE_ACTIONS.map((key) => written(r, r.child(rule, key)))),
    deleteMarker: marker.state === "set" && marker.value ? marker.at : void 0,
    expirationDaysOrDate: anyTri([expiration, expirationDate].map((v) => v.state === "unknown" ? "unknown" : v.value !== null)),
    abort: abortCur && written(r, abortCur) === true ? r.loc(abortCur) : void 0,
    tagFilter: tri(tagFilter),
    sizeFilter: anyTri(sizes.map((n) => n.state === "unknown" ? "unknown" : n.value !== null && n.value > 0))
  });
  return {
    id: (() => {
      const v = r.string(r.child(rule, "Id"), null, at2);
      return v.state === "set" && v.value !== null ? v.value : void 0;
    })(),
    enabled: lifecycleRuleEnabled(status),
    // An ExpirationDate also expires objects; the exact day count does not matter to the rules.
    expirationDays: expiration.state === "default" && expirationDateCur ? setValue(0, r.loc(expirationDateCur)) : expiration,
    hasTransitions: transitions !== void 0,
    noncurrentVersionExpirationDays: noncurrent ? r.num(r.child(noncurrent, "NoncurrentDays"), r.loc(noncurrent)) : r.num(r.child(rule, "NoncurrentVersionExpirationInDays"), at2),
    abortIncompleteMultipartUploadDays: r.num(r.child(r.child(rule, "AbortIncompleteMultipartUpload"), "DaysAfterInitiation"), at2),
    ...lifecycleRuleFilter([limitsByPrefix(r.str(r.child(rule, "Prefix"), at2)), tagFilter, ...sizes.map(limitsBySize)]),
    ...refused ? { refused } : {},
    at: at2
  };
}
var LIFECYCLE_ACTIONS = [
  "ExpirationInDays",
  "ExpirationDate",
  "ExpiredObjectDeleteMarker",
  "Transitions",
  "Transition",
  "NoncurrentVersionExpiration",
  "NoncurrentVersionExpirationInDays",
  "NoncurrentVersionTransitions",
  "NoncurrentVersionTransition",
  "AbortIncompleteMultipartUpload"
];
function written(r, cur) {
  if (!cur) return false;
  if (cur.unknown) return "unknown";
  const v = r.resolve(cur.node);
  return v === NO_VALUE ? false : v instanceof Unknown ? "unknown" : true;
}
var tri = (v) => v.state === "unknown" ? "unknown" : v.value;
function limitsByTagFilters(r, cur, fallback) {
  if (!cur) return defaultValue(false, fallback);
  const at2 = r.loc(cur);
  const items = r.items(cur);
  if (items instanceof Unknown) return unknownValue(items.why, at2);
  if (items.some((i) => !i.unknown)) return setValue(true, at2);
  const open = items.find((i) => i.unknown);
  return open?.unknown ? unknownValue(open.unknown, r.loc(open)) : setValue(false, at2);
}
function readNotifications(r, cur) {
  const at2 = r.loc(cur);
  if (cur.unknown) return unknownValue(cur.unknown, at2);
  const out = [];
  const kinds = [
    ["LambdaConfigurations", "lambda"],
    ["QueueConfigurations", "queue"],
    ["TopicConfigurations", "topic"]
  ];
  for (const [key, type] of kinds) {
    const items = r.items(r.child(cur, key));
    if (items instanceof Unknown) return unknownValue(items.why, at2);
    for (const item of items) {
      const ev = r.string(r.child(item, "Event"), "", r.loc(item));
      out.push({ type, events: ev.state !== "unknown" && ev.value ? [ev.value] : [], at: r.loc(item) });
    }
  }
  const eb = r.child(cur, "EventBridgeConfiguration");
  if (eb) {
    const enabled = r.bool(r.child(eb, "EventBridgeEnabled"), true, r.loc(eb));
    if (enabled.state === "unknown") return unknownValue(enabled.why, enabled.at);
    if (enabled.value) out.push({ type: "eventbridge", events: ["*"], at: r.loc(eb) });
  }
  return setValue(out, at2);
}
function readSamS3Events(r, props) {
  const events = r.child(props, "Events");
  if (!events || events.unknown) return [];
  return samS3EventsIn(r, events, void 0, 0);
}
function samS3EventsIn(r, events, maybe, depth) {
  const node = r.resolve(events.node);
  if (node instanceof Unknown) {
    const n = events.node;
    const arg = n.kind === "map" && n.entries.length === 1 && n.entries[0].key === "Fn::If" ? n.entries[0].value : void 0;
    if (depth > 8 || arg?.kind !== "seq" || arg.items.length !== 3) return [];
    const why = maybe ?? { why: node.why, at: r.loc(events) };
    return [1, 2].flatMap((i) => samS3EventsIn(r, { node: arg.items[i], path: `${events.path}.Fn::If[${i}]` }, why, depth + 1));
  }
  if (node === NO_VALUE || node.kind !== "map") return [];
  const out = [];
  for (const e of node.entries) {
    const cur = { node: e.value, path: `${events.path}.${e.key}`, keyStart: e.keyStart };
    const type = r.string(r.child(cur, "Type"), "", r.loc(cur));
    if (type.state === "set" && type.value !== "S3") continue;
    const p = r.child(cur, "Properties");
    const bucket = r.child(p, "Bucket");
    if (!bucket) continue;
    const names = r.strList(r.child(p, "Events"), r.loc(cur));
    const list = names.state === "unknown" ? [] : names.value.filter((n) => typeof n === "string");
    const why = maybe ?? (type.state === "unknown" ? { why: type.why, at: type.at } : void 0);
    out.push({ bucket, target: { type: "lambda", events: list, at: r.loc(cur) }, ...why ? { maybe: why } : {} });
  }
  return out;
}

// src/parsers/cloudformation/undeclared-refs.ts
var PSEUDO_PARAMETERS = {
  "AWS::AccountId": true,
  "AWS::NotificationARNs": true,
  "AWS::NoValue": true,
  "AWS::Partition": true,
  "AWS::Region": true,
  "AWS::StackId": true,
  "AWS::StackName": true,
  "AWS::URLSuffix": true
};
var CHECKED_SECTIONS = ["Resources", "Outputs", "Conditions"];
function undeclaredReferences(root, src, frameworkNames) {
  if (frameworkNames || get(root, "Transform")) return [];
  const resources = get(root, "Resources");
  if (resources?.kind !== "map" || resources.entries.some((e) => e.key === "Fn::Transform")) return [];
  const declared = new Set(resources.entries.map((e) => e.key));
  const parameters = get(root, "Parameters");
  if (parameters?.kind === "map") for (const e of parameters.entries) declared.add(e.key);
  const isDeclared = (name) => declared.has(name) || ownEntry(PSEUDO_PARAMETERS, name) !== void 0;
  const uses = /* @__PURE__ */ new Map();
  const use = (name, offset) => {
    if (isDeclared(name)) return;
    const u = uses.get(name);
    if (u) {
      u.count++;
      u.offset = Math.min(u.offset, offset);
    } else uses.set(name, { name, offset, count: 1 });
  };
  const stack = [];
  for (const section of CHECKED_SECTIONS) {
    const s = get(root, section);
    if (s) stack.push(s);
  }
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.kind === "seq") {
      for (const item of node.items) if (item.kind !== "scalar") stack.push(item);
      continue;
    }
    if (node.kind !== "map") continue;
    const entries = node.entries;
    if (entries.length === 1) {
      const { key, value } = entries[0];
      if (key === "Ref") {
        if (value.kind === "scalar" && typeof value.value === "string") use(value.value, node.start);
        continue;
      }
      if (key === "Fn::GetAtt") getAttTarget(value, node.start, use);
      else if (key === "Fn::Sub") subVariables(value, src.text, use);
    }
    for (const e of entries) if (e.value.kind !== "scalar") stack.push(e.value);
  }
  return [...uses.values()].sort((a, b) => a.offset - b.offset).map((u) => {
    const at2 = src.lines.position(u.offset);
    const more = u.count > 1 ? ` (used ${u.count} times)` : "";
    return {
      code: "CFN_UNDECLARED",
      file: src.file,
      line: at2.line,
      column: at2.column,
      message: `Reference to ${u.name}, which is neither a parameter nor a resource of this template${more}: CloudFormation rejects the template, and what refers to it was not linked`,
      level: "warning"
    };
  });
}
function getAttTarget(arg, offset, use) {
  if (arg.kind === "scalar" && typeof arg.value === "string") use(arg.value.split(".", 1)[0], offset);
  else if (arg.kind === "seq") {
    const id = arg.items[0];
    if (id?.kind === "scalar" && typeof id.value === "string") use(id.value, offset);
  }
}
function subVariables(arg, text, use) {
  const template = arg.kind === "seq" ? arg.items[0] : arg;
  if (template?.kind !== "scalar" || typeof template.value !== "string") return;
  const map = arg.kind === "seq" ? arg.items[1] : void 0;
  const local = new Set(map?.kind === "map" ? map.entries.map((e) => e.key) : []);
  const re = /\$\{([^{}]*)\}/g;
  for (let m = re.exec(template.value); m; m = re.exec(template.value)) {
    const inner = m[1].trim();
    if (inner.startsWith("!") || local.has(inner)) continue;
    const name = inner.split(".", 1)[0];
    if (local.has(name)) continue;
    const found = text.indexOf(m[0], template.start);
    use(name, found >= 0 && found < template.end ? found : template.start);
  }
}

// src/parsers/cloudformation/macros.ts
var AWS_TRANSFORMS = /* @__PURE__ */ new Set([
  "AWS::Serverless-2016-10-31",
  "AWS::LanguageExtensions",
  "AWS::CodeDeployBlueGreen",
  "AWS::SecretsManager-2020-07-23",
  "AWS::CodeStar"
]);
function unreadTransforms(root) {
  const transform = get(root, "Transform");
  const names = transform?.kind === "seq" ? transform.items : transform ? [transform] : [];
  const out = [];
  for (const n of names) {
    if (n.kind === "scalar" && n.value === null) continue;
    const name = transformName(n);
    if (name !== void 0 && AWS_TRANSFORMS.has(name)) continue;
    out.push({ node: n, name });
  }
  return out;
}
function macroWarnings(root, src) {
  return unreadTransforms(root).map(({ node, name }) => {
    const at2 = src.lines.position(node.start);
    return {
      code: "TRANSFORM_NOT_EXPANDED",
      file: src.file,
      line: at2.line,
      column: at2.column,
      message: `${name === void 0 ? "a transform s3-gate cannot name" : name === "AWS::Include" ? "the AWS::Include transform" : `the macro ${name}`} may rewrite this template at deploy time (add, change or remove resources); the template was checked as written, and the bucket policy of each bucket is unknown (it may add one)`,
      level: "warning"
    };
  });
}
function transformName(n) {
  const name = n.kind === "map" ? get(n, "Name") : n;
  return name?.kind === "scalar" && typeof name.value === "string" && name.value !== "" ? name.value : void 0;
}
function nestedTransformWarnings(resources, src) {
  const out = [];
  const stack = resources.entries.filter((e) => e.key !== "Fn::Transform").map((e) => e.value);
  while (stack.length) {
    const n = stack.pop();
    if (n.kind === "seq") appendAll(stack, n.items);
    else if (n.kind === "map")
      for (const e of n.entries) {
        if (e.key === "Fn::Transform") {
          const at2 = src.lines.position(e.keyStart);
          out.push({
            code: "TRANSFORM_NOT_EXPANDED",
            file: src.file,
            line: at2.line,
            column: at2.column,
            message: "what this Fn::Transform adds (AWS::Include or a macro) is made at deploy time; settings it may add are unknown",
            level: "warning"
          });
        } else stack.push(e.value);
      }
  }
  return out.sort((a, b) => a.line - b.line || a.column - b.column);
}

// src/parsers/cloudformation/metadata-suppressions.ts
function readMetadataSuppressions(r, metadata, problems) {
  if (!metadata) return [];
  const out = [];
  const text = (c) => {
    if (!c) return void 0;
    const v = r.string(c, null, r.loc(c));
    return v.state === "set" && v.value !== null ? v.value : void 0;
  };
  const each = (list, f) => {
    const items = r.items(list);
    if (!(items instanceof Unknown)) items.forEach(f);
  };
  each(r.child(r.child(metadata, "s3-gate"), "ignore"), (item) => {
    const at2 = r.loc(item);
    const rule = text(r.child(item, "rule"));
    const reason = text(r.child(item, "reason"));
    const until = text(r.child(item, "until"));
    const bad = (message) => problems.push({ code: "BAD_SUPPRESSION", file: at2.file, line: at2.line, column: at2.column, message, level: "error" });
    if (!rule) return bad("an s3-gate ignore entry needs a rule");
    if (!reason) return bad(`the s3-gate ignore entry for ${rule} needs a reason`);
    if (until !== void 0 && !isValidDate(until)) return bad(`until: ${until} is not a date (YYYY-MM-DD)`);
    out.push({ rule, reason, until, syntax: "s3-gate", at: at2 });
  });
  for (const [ns, syntax] of [
    ["cfn_nag", "cfn_nag"],
    ["cdk_nag", "cdk-nag"]
  ]) {
    each(r.child(r.child(metadata, ns), "rules_to_suppress"), (item) => {
      const rule = text(r.child(item, "id"));
      if (rule) out.push({ rule, reason: text(r.child(item, "reason")), syntax, at: r.loc(item) });
    });
  }
  each(r.child(r.child(metadata, "checkov"), "skip"), (item) => {
    const rule = text(r.child(item, "id"));
    if (rule) out.push({ rule, reason: text(r.child(item, "comment")), syntax: "checkov", at: r.loc(item) });
  });
  each(r.child(r.child(metadata, "guard"), "SuppressedRules"), (item) => {
    const rule = text(item);
    if (rule) out.push({ rule, syntax: "cfn-guard", reason: "cfn-guard SuppressedRules", at: r.loc(item) });
  });
  return out;
}

// src/parsers/cloudformation/other-resources.ts
var asStr = (v, why) => v.state === "unknown" ? v : v.value === null ? unknownValue(why, v.at) : v;
function readAccessPoint(r, id, props, origin, multiRegion) {
  const ap = newAccessPoint(id, origin, multiRegion);
  if (!props) return ap;
  const at2 = origin.at;
  if (multiRegion) {
    const regions = r.items(r.child(props, "Regions"));
    if (regions instanceof Unknown) ap.buckets.push(unknownValue(regions.why, at2));
    else for (const reg of regions) ap.buckets.push(asStr(r.str(r.child(reg, "Bucket"), r.loc(reg)), "the region names no bucket"));
  } else ap.buckets.push(asStr(r.str(r.child(props, "Bucket"), at2), "the access point names no bucket"));
  ap.publicAccessBlock = readPublicAccessBlock(r, r.child(props, "PublicAccessBlockConfiguration"), ap.publicAccessBlock, at2);
  const vpc = r.child(props, "VpcConfiguration");
  if (vpc) ap.networkOrigin = setValue("VPC", r.loc(vpc));
  const policy = r.child(props, "Policy");
  if (policy) ap.policies.push(readPolicyDocument(r.policyNode(policy), id));
  return ap;
}
function readTrail(r, id, props, origin) {
  const t = newTrail(id, origin);
  if (!props) return t;
  const at2 = origin.at;
  const p = (k) => r.child(props, k);
  t.bucketName = asStr(r.str(p("S3BucketName"), at2), "the trail names no bucket");
  t.isMultiRegion = r.bool(p("IsMultiRegionTrail"), false, at2);
  t.logFileValidation = r.bool(p("EnableLogFileValidation"), false, at2);
  t.isLogging = r.bool(p("IsLogging"), true, at2);
  t.cloudWatchLogsGroup = r.str(p("CloudWatchLogsLogGroupArn"), at2);
  t.kmsKeyId = r.str(p("KMSKeyId"), at2);
  const selectors = [];
  const basic = r.items(p("EventSelectors"));
  const advanced = r.items(p("AdvancedEventSelectors"));
  if (basic instanceof Unknown) {
    t.dataEvents = unknownValue(basic.why, r.loc(p("EventSelectors")));
    return t;
  }
  if (advanced instanceof Unknown) {
    t.dataEvents = unknownValue(advanced.why, r.loc(p("AdvancedEventSelectors")));
    return t;
  }
  for (const sel of basic) {
    const sat = r.loc(sel);
    const rw = r.string(r.child(sel, "ReadWriteType"), "All", sat);
    const resources = r.items(r.child(sel, "DataResources"));
    if (resources instanceof Unknown) {
      selectors.push({ readWriteType: rw, s3Resources: [{ parts: [{ kind: "unknown", why: resources.why }] }], advanced: false, at: sat });
      continue;
    }
    for (const dr of resources) {
      const type = r.string(r.child(dr, "Type"), "", r.loc(dr));
      if (type.state === "set" && type.value !== "AWS::S3::Object") continue;
      const values = r.strList(r.child(dr, "Values"), r.loc(dr));
      selectors.push({
        readWriteType: rw,
        s3Resources: values.state === "unknown" ? [{ parts: [{ kind: "unknown", why: values.why }] }] : values.value,
        advanced: false,
        at: r.loc(dr)
      });
    }
  }
  for (const sel of advanced) {
    const s = readAdvancedSelector(r, sel);
    if (s) selectors.push(s);
  }
  if (basic.length || advanced.length) t.dataEvents = setValue(selectors, r.loc(p("EventSelectors") ?? p("AdvancedEventSelectors")));
  return t;
}
function readEventDataStore(r, id, props, origin) {
  const at2 = origin.at;
  const isLogging = r.bool(r.child(props, "IngestionEnabled"), true, at2);
  const cur = r.child(props, "AdvancedEventSelectors");
  const advanced = r.items(cur);
  if (advanced instanceof Unknown) return { id, origin, isLogging, dataEvents: unknownValue(advanced.why, r.loc(cur)) };
  const selectors = [];
  for (const sel of advanced) {
    const s = readAdvancedSelector(r, sel);
    if (s) selectors.push(s);
  }
  return { id, origin, isLogging, dataEvents: setValue(selectors, cur ? r.loc(cur) : at2) };
}
function readAdvancedSelector(r, sel) {
  const at2 = r.loc(sel);
  const fields = r.items(r.child(sel, "FieldSelectors"));
  if (fields instanceof Unknown) return unknownSelector(fields.why, at2, at2);
  const read = [];
  for (const f of fields) {
    const name = r.string(r.child(f, "Field"), "", r.loc(f));
    if (name.state === "unknown") return unknownSelector(name.why, name.at, at2);
    if (name.state !== "set") continue;
    const operators = /* @__PURE__ */ new Map();
    for (const { op, cloudformation } of FIELD_OPERATORS) {
      const cur = r.child(f, cloudformation);
      if (cur) operators.set(op, r.strList(cur, r.loc(cur)));
    }
    read.push({ field: name.value, at: r.loc(f), operators });
  }
  return advancedSelector(read, at2);
}
function readEmbeddedPolicies(r, id, props, origin) {
  const out = [];
  for (const { item, maybe } of policyItems(r, r.child(props, "Policies"))) {
    if (item instanceof Unknown) {
      out.push(unknownPolicy(id, origin, item, maybe.at));
      continue;
    }
    const doc = r.child(item, "PolicyDocument");
    if (!doc) continue;
    const document = readPolicyDocument(r.policyNode(doc), id);
    if (maybe) markMaybeDeployed(document, maybe);
    out.push({ id, origin: { ...origin, at: r.loc(item) }, kind: "inline", document, suppressions: [] });
  }
  return out;
}
function policyItems(r, cur, depth = 0) {
  const items = r.items(cur);
  if (!(items instanceof Unknown)) return items.map((item) => ({ item }));
  const at2 = r.loc(cur);
  const n = cur.node;
  const arg = n.kind === "map" && n.entries.length === 1 && n.entries[0].key === "Fn::If" ? n.entries[0].value : void 0;
  if (cur.unknown || depth > 8 || arg?.kind !== "seq" || arg.items.length !== 3) return [{ item: items, maybe: { why: items.why, at: at2 } }];
  return [1, 2].flatMap(
    (i) => policyItems(r, { node: arg.items[i], path: `${cur.path}.Fn::If[${i}]` }, depth + 1).map((p) => ({
      item: p.item,
      maybe: p.maybe ?? { why: items.why, at: at2 }
    }))
  );
}
function readAttachedManagedPolicies(r, id, props, origin, sam) {
  const out = [];
  for (const { item, maybe } of policyItems(r, r.child(props, sam ? "Policies" : "ManagedPolicyArns"))) {
    if (item instanceof Unknown) continue;
    const at2 = r.loc(item);
    const arn = r.str(item, at2);
    if (arn.state !== "set" || arn.value === null) continue;
    const name = awsManagedPolicyName(arn.value, sam);
    if (!name) continue;
    const p = attachedAwsManagedPolicy(id, origin, name, at2);
    if (maybe) markMaybeDeployed(p.document, maybe);
    out.push(p);
  }
  return out;
}
function unknownPolicy(id, origin, u, at2) {
  const document = { owner: id, at: at2, statements: [], unknown: { why: u.why, at: at2 } };
  return { id, origin: { ...origin, at: at2 }, kind: "inline", document, suppressions: [] };
}
function readSamPolicies(r, id, props, origin) {
  const out = [];
  for (const { item, maybe } of policyItems(r, r.child(props, "Policies"))) {
    if (item instanceof Unknown) {
      out.push(unknownPolicy(id, origin, item, maybe.at));
      continue;
    }
    const template = item.node.kind === "map" && item.node.entries.length === 1 ? item.node.entries[0].key : void 0;
    const s3 = template === void 0 ? void 0 : ownEntry(SAM_S3_TEMPLATES, template);
    if (!s3 && !r.child(item, "Statement")) continue;
    const document = readPolicyDocument(s3 ? samTemplateDocument(r, item, template, s3) : r.pnode(item), id);
    if (maybe) markMaybeDeployed(document, maybe);
    out.push({ id, origin: { ...origin, at: r.loc(item) }, kind: "inline", document, suppressions: [] });
  }
  return out;
}
var SAM_S3_TEMPLATES = {
  S3ReadPolicy: [
    {
      actions: ["s3:GetObject", "s3:ListBucket", "s3:GetBucketLocation", "s3:GetObjectVersion", "s3:GetLifecycleConfiguration"],
      on: ["bucket", "objects"]
    }
  ],
  S3CrudPolicy: [
    {
      actions: [
        "s3:GetObject",
        "s3:ListBucket",
        "s3:GetBucketLocation",
        "s3:GetObjectVersion",
        "s3:PutObject",
        "s3:PutObjectAcl",
        "s3:GetLifecycleConfiguration",
        "s3:PutLifecycleConfiguration",
        "s3:DeleteObject"
      ],
      on: ["bucket", "objects"]
    }
  ],
  S3WritePolicy: [{ actions: ["s3:PutObject", "s3:PutObjectAcl", "s3:PutLifecycleConfiguration"], on: ["bucket", "objects"] }],
  S3FullAccessPolicy: [
    {
      actions: [
        "s3:GetObject",
        "s3:GetObjectAcl",
        "s3:GetObjectVersion",
        "s3:PutObject",
        "s3:PutObjectAcl",
        "s3:DeleteObject",
        "s3:DeleteObjectTagging",
        "s3:DeleteObjectVersionTagging",
        "s3:GetObjectTagging",
        "s3:GetObjectVersionTagging",
        "s3:PutObjectTagging",
        "s3:PutObjectVersionTagging"
      ],
      on: ["objects"]
    },
    { actions: ["s3:ListBucket", "s3:GetBucketLocation", "s3:GetLifecycleConfiguration", "s3:PutLifecycleConfiguration"], on: ["bucket"] }
  ]
};
function samTemplateDocument(r, item, template, statements) {
  const at2 = r.loc(item);
  const name = r.str(r.child(r.child(item, template), "BucketName"), at2);
  const bucket = name.state === "unknown" ? [{ kind: "unknown", why: name.why, ...name.key !== void 0 ? { key: name.key } : {} }] : name.value === null ? [{ kind: "unknown", why: `${template} names no BucketName` }] : strParts(name.value);
  const str = (value) => ({ kind: "str", value, at: at2 });
  const arn = (on) => str(makeStr(["arn:", { kind: "pseudo", name: "partition" }, ":s3:::", ...bucket, on === "objects" ? "/*" : ""]));
  const statement = (s) => ({
    kind: "map",
    entries: [
      ["Effect", str("Allow")],
      ["Action", { kind: "list", items: s.actions.map(str), at: at2 }],
      ["Resource", { kind: "list", items: s.on.map(arn), at: at2 }]
    ],
    at: at2
  });
  return { kind: "map", entries: [["Statement", { kind: "list", items: statements.map(statement), at: at2 }]], at: at2 };
}
function readIamPolicy(r, id, props, origin, kind) {
  const doc = r.child(props, "PolicyDocument");
  if (!doc) return void 0;
  return { id, origin, kind, document: readPolicyDocument(r.policyNode(doc), id), suppressions: [] };
}
function readMetricFilter(r, id, props, origin) {
  const at2 = origin.at;
  const transform = (() => {
    const items = r.items(r.child(props, "MetricTransformations"));
    return items instanceof Unknown ? void 0 : items[0];
  })();
  const need = (v) => asStr(v, "not set");
  return {
    id,
    origin,
    logGroup: need(r.str(r.child(props, "LogGroupName"), at2)),
    pattern: r.string(r.child(props, "FilterPattern"), "", at2),
    metricName: need(r.str(r.child(transform, "MetricName"), at2)),
    metricNamespace: need(r.str(r.child(transform, "MetricNamespace"), at2))
  };
}
function readAlarm(r, id, props, origin) {
  const at2 = origin.at;
  return {
    id,
    origin,
    metricName: asStr(r.str(r.child(props, "MetricName"), at2), "the alarm names no metric"),
    namespace: asStr(r.str(r.child(props, "Namespace"), at2), "the alarm names no namespace")
  };
}

// src/parsers/cloudformation/reader.ts
var TemplateReader = class {
  constructor(ev, lines, file) {
    this.ev = ev;
    this.lines = lines;
    this.file = file;
  }
  ev;
  lines;
  file;
  loc(cur) {
    const s = this.lines.position(cur.keyStart ?? cur.node.start);
    const e = cur.node.end < (cur.keyStart ?? cur.node.start) ? s : this.lines.position(cur.node.end);
    return { file: this.file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, path: cur.path };
  }
  /** Steps through `Fn::If`; `NO_VALUE` for `AWS::NoValue`; Unknown when a condition is not known. */
  resolve(node, depth = 0) {
    if (depth > 50 || node.kind !== "map" || !isIntrinsic2(node)) return node;
    const fn = node.entries[0].key;
    if (fn === "Fn::If") {
      const branch = this.ev.ifBranch(node);
      return branch instanceof Unknown ? branch : this.resolve(branch, depth + 1);
    }
    if (fn === "Ref" && node.entries[0].value.kind === "scalar" && node.entries[0].value.value === "AWS::NoValue") return NO_VALUE;
    return node;
  }
  child(cur, key) {
    if (!cur) return void 0;
    if (cur.unknown) return { ...cur, path: `${cur.path}.${key}` };
    const r = this.resolve(cur.node);
    if (r === NO_VALUE) return void 0;
    if (r instanceof Unknown) return { node: cur.node, path: `${cur.path}.${key}`, keyStart: cur.keyStart, unknown: r.why };
    if (r.kind !== "map") return void 0;
    if (isIntrinsic2(r)) {
      const fn = r.entries[0].key;
      const u = { node: r, path: `${cur.path}.${key}`, keyStart: cur.keyStart, unknown: `${fn} is not known statically` };
      return fn === "Fn::Transform" ? { ...u, byTransform: true } : u;
    }
    const entry = getEntry(r, key);
    if (key !== "Fn::Transform" && getEntry(r, "Fn::Transform"))
      return {
        node: entry ? entry.value : r,
        path: `${cur.path}.${key}`,
        keyStart: entry ? entry.keyStart : cur.keyStart,
        unknown: entry ? "an Fn::Transform beside it (AWS::Include or a macro) may change it at deploy time" : "an Fn::Transform there (AWS::Include or a macro) may add it at deploy time",
        byTransform: true
      };
    if (!entry) return void 0;
    if (this.resolve(entry.value) === NO_VALUE) return void 0;
    return { node: entry.value, path: `${cur.path}.${key}`, keyStart: entry.keyStart };
  }
  /** Items of a list; Unknown when the list itself cannot be known. A single map counts as one item. */
  items(cur) {
    if (!cur) return [];
    if (cur.unknown) return new Unknown(cur.unknown);
    const r = this.resolve(cur.node);
    if (r === NO_VALUE) return [];
    if (r instanceof Unknown) return r;
    if (r.kind === "seq") {
      const out = [];
      r.items.forEach((item, i) => {
        const ri = this.resolve(item);
        if (ri === NO_VALUE) return;
        if (ri instanceof Unknown) out.push({ node: item, path: `${cur.path}[${i}]`, unknown: ri.why });
        else out.push({ node: ri, path: `${cur.path}[${i}]` });
      });
      return out;
    }
    if (r.kind === "map" && isIntrinsic2(r)) {
      const v = this.ev.evaluate(r);
      return v instanceof Unknown ? v : new Unknown("a list built by an intrinsic function");
    }
    return [{ node: r, path: cur.path, keyStart: cur.keyStart }];
  }
  evaluate(cur) {
    if (cur.unknown) return new Unknown(cur.unknown);
    return this.ev.evaluate(cur.node);
  }
  bool(cur, def, fallback) {
    if (!cur) return defaultValue(def, fallback);
    const at2 = this.loc(cur);
    const v = this.evaluate(cur);
    if (v === NO_VALUE) return defaultValue(def, fallback);
    if (v instanceof Unknown) return unknownValue(v.why, at2);
    if (v === true || typeof v === "string" && v.toLowerCase() === "true") return setValue(true, at2);
    if (v === false || typeof v === "string" && v.toLowerCase() === "false") return setValue(false, at2);
    if (isStrObject(v)) return unknownValue(`depends on ${strToDisplay(v)}`, at2);
    return unknownValue(`expected true or false, found ${JSON.stringify(v)}`, at2);
  }
  string(cur, def, fallback) {
    if (!cur) return defaultValue(def, fallback);
    const at2 = this.loc(cur);
    const v = this.evaluate(cur);
    if (v === NO_VALUE) return defaultValue(def, fallback);
    if (v instanceof Unknown) return unknownValue(v.why, at2);
    if (typeof v === "string") return setValue(v, at2);
    if (typeof v === "number" || typeof v === "boolean") return setValue(String(v), at2);
    if (isStrObject(v)) return unknownValue(`depends on ${strToDisplay(v)}`, at2);
    return unknownValue("expected a string", at2);
  }
  /** A string that may hold placeholders (names, ARNs). */
  str(cur, fallback) {
    if (!cur) return defaultValue(null, fallback);
    const at2 = this.loc(cur);
    const v = this.evaluate(cur);
    if (v === NO_VALUE) return defaultValue(null, fallback);
    if (v instanceof Unknown) return unknownValue(v.why, at2, v.key);
    if (typeof v === "string") return setValue(v, at2);
    if (typeof v === "number" || typeof v === "boolean") return setValue(String(v), at2);
    if (isStrObject(v)) return setValue({ parts: v.parts }, at2);
    return unknownValue("expected a string", at2);
  }
  num(cur, fallback) {
    if (!cur) return defaultValue(null, fallback);
    const at2 = this.loc(cur);
    const v = this.evaluate(cur);
    if (v === NO_VALUE) return defaultValue(null, fallback);
    if (v instanceof Unknown) return unknownValue(v.why, at2);
    const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
    return Number.isFinite(n) ? setValue(n, at2) : unknownValue("expected a number", at2);
  }
  /** A list of strings (each may hold placeholders). */
  strList(cur, fallback) {
    if (!cur) return defaultValue([], fallback);
    const at2 = this.loc(cur);
    const v = this.evaluate(cur);
    if (v === NO_VALUE) return defaultValue([], fallback);
    if (v instanceof Unknown) return unknownValue(v.why, at2);
    const list = Array.isArray(v) ? v : [v];
    const out = [];
    for (const item of list) {
      if (typeof item === "string") out.push(item);
      else if (typeof item === "number" || typeof item === "boolean") out.push(String(item));
      else if (isStrObject(item)) out.push({ parts: item.parts });
      else if (item instanceof Unknown) out.push({ parts: [{ kind: "unknown", why: item.why }] });
    }
    return setValue(out, at2);
  }
  /**
   * A policy document property. CloudFormation also takes the document as a JSON string
   * (`PolicyDocument: '{"Statement": ...}'`); its nodes are all placed at the string.
   */
  policyNode(cur) {
    const r = cur.unknown ? void 0 : this.resolve(cur.node);
    if (r && r !== NO_VALUE && !(r instanceof Unknown) && r.kind === "map" && isIntrinsic2(r) && r.entries[0].key === "Fn::ToJsonString") {
      const arg = r.entries[0];
      return { ...this.pnode({ node: arg.value, path: `${cur.path}.Fn::ToJsonString`, keyStart: arg.keyStart }), at: this.loc(cur) };
    }
    const n = this.pnode(cur);
    if (n.kind === "unknown" && n.branches) return { ...n, ...this.ifBranches(cur, (side) => this.policyNode(side)) };
    if (n.kind !== "str" || typeof n.value !== "string" && !isStrObject(n.value)) return n;
    const text = typeof n.value === "string" ? { text: n.value, placeholders: [] } : withPlaceholders(n.value.parts);
    if (!text)
      return { kind: "unknown", why: "the policy document is text with more values known only at deploy time than can be read", at: n.at };
    const parsed = parseJson(text.text, { maxDepth: MAX_POLICY_JSON_DEPTH });
    if (!parsed.root || parsed.issues.some((i) => i.level === "error"))
      return {
        kind: "unknown",
        why: text.placeholders.length ? "the policy document is JSON text with values only known at deploy time outside its strings" : "the policy document is a string that is not valid JSON",
        at: n.at
      };
    const place = this.blockScalarPlaces(cur.node, text.text, text.placeholders.length > 0, n.at);
    return { ...jsonToPNode(parsed.root, n.at, text.placeholders, place), at: n.at };
  }
  /**
   * Where a node of the JSON text is in the template, when the text is a literal block scalar
   * (`PolicyDocument: |` or `!Sub |`): its lines are the template's lines one for one, indented.
   * Elsewhere (a quoted string, a JSON template's escaped string) every node is at the string.
   */
  blockScalarPlaces(node, text, substituted, at2) {
    const whole = () => at2;
    const scalar = node.kind === "scalar" ? node : node.kind === "map" && node.entries.length === 1 && node.entries[0].key === "Fn::Sub" ? subText(node.entries[0].value) : void 0;
    if (!scalar) return whole;
    const source = this.lines.text;
    const head = this.lines.position(scalar.start);
    const lineText = (line) => {
      const from = this.lines.lineStart(line);
      const to = source.indexOf("\n", from);
      return source.slice(from, to < 0 ? void 0 : to);
    };
    const indicator = /^(?:![^\s|]*\s+)?\|[-+0-9]*[ \t]*(?:#.*)?\r?$/;
    let first2;
    if (indicator.test(lineText(head.line).slice(head.column - 1))) first2 = head.line + 1;
    else if (head.line > 1 && /(?:^|[\s:-])\|[-+0-9]*[ \t]*(?:#.*)?\r?$/.test(lineText(head.line - 1)) && /^\s*$/.test(lineText(head.line).slice(0, head.column - 1)))
      first2 = head.line;
    else return whole;
    const indent = /^ */.exec(lineText(first2))[0].length;
    const starts = [0];
    for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
    const lineOf2 = (offset) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = lo + hi + 1 >> 1;
        if (starts[mid] <= offset) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const column = (line, offset) => substituted ? /^\s*/.exec(lineText(first2 + line))[0].length + 1 : indent + 1 + offset - starts[line];
    return (start, end) => {
      const s = lineOf2(start);
      const e = lineOf2(end);
      return { ...at2, line: first2 + s, column: column(s, start), endLine: first2 + e, endColumn: column(e, end) };
    };
  }
  /**
   * The two sides of an `Fn::If` whose condition is not known, so that a policy can judge each
   * statement it may hold instead of one statement that could be anything; an `AWS::NoValue` side
   * adds nothing. Empty for any other unknown.
   */
  ifBranches(cur, read = (side) => this.pnode(side)) {
    const n = cur.node;
    if (n.kind !== "map" || !isIntrinsic2(n) || n.entries[0].key !== "Fn::If") return {};
    const arg = n.entries[0].value;
    if (arg.kind !== "seq" || arg.items.length !== 3) return {};
    const branches = [];
    let mayBeAbsent = false;
    for (const i of [1, 2]) {
      const node = arg.items[i];
      if (this.resolve(node) !== NO_VALUE) branches.push(read({ node, path: `${cur.path}.Fn::If[${i}]` }));
      else mayBeAbsent = true;
    }
    return mayBeAbsent ? { branches, mayBeAbsent } : { branches };
  }
  /** The neutral JSON-like view of a subtree (for policy documents). */
  pnode(cur) {
    const at2 = this.loc(cur);
    if (cur.unknown) return { kind: "unknown", why: cur.unknown, at: at2 };
    const r = this.resolve(cur.node);
    if (r === NO_VALUE) return { kind: "unknown", why: "AWS::NoValue", at: at2 };
    if (r instanceof Unknown) return { kind: "unknown", why: r.why, at: at2, ...this.ifBranches(cur) };
    switch (r.kind) {
      case "scalar": {
        if (typeof r.value !== "string") return { kind: "str", value: r.value, at: at2 };
        const v = this.ev.literal(r.value);
        return typeof v === "string" ? { kind: "str", value: v, at: at2 } : evToPNode(v, at2);
      }
      case "seq": {
        const items = [];
        r.items.forEach((item, i) => {
          if (this.resolve(item) !== NO_VALUE) items.push(this.pnode({ node: item, path: `${cur.path}[${i}]` }));
        });
        return { kind: "list", items, at: at2 };
      }
      case "map": {
        if (isIntrinsic2(r)) return evToPNode(this.ev.evaluate(r), at2);
        if (getEntry(r, "Fn::Transform"))
          return { kind: "unknown", why: "an Fn::Transform here (AWS::Include or a macro) may add to it at deploy time", at: at2 };
        const entries = [];
        for (const e of r.entries) {
          if (this.resolve(e.value) === NO_VALUE) continue;
          entries.push([e.key, this.pnode({ node: e.value, path: `${cur.path}.${e.key}`, keyStart: e.keyStart })]);
        }
        return { kind: "map", entries, at: at2 };
      }
    }
  }
};
function evToPNode(v, at2) {
  if (v instanceof Unknown) return v.oneOf ? { kind: "str", value: { parts: [unknownPart(v)] }, at: at2 } : { kind: "unknown", why: v.why, at: at2 };
  if (v === NO_VALUE) return { kind: "unknown", why: "AWS::NoValue", at: at2 };
  if (v === null || typeof v !== "object") return { kind: "str", value: v, at: at2 };
  if (isStrObject(v)) return { kind: "str", value: { parts: v.parts }, at: at2 };
  if (Array.isArray(v)) return { kind: "list", items: v.map((x) => evToPNode(x, at2)), at: at2 };
  return { kind: "map", entries: Object.entries(v).map(([k, x]) => [k, evToPNode(x, at2)]), at: at2 };
}
var MAX_POLICY_JSON_DEPTH = 32;
function subText(arg) {
  const s = arg.kind === "seq" ? arg.items[0] : arg;
  return s?.kind === "scalar" && typeof s.value === "string" ? s : void 0;
}
var PUA = 57344;
var PUA_END = 63743;
var isPua = (c) => c >= PUA && c <= PUA_END;
function withPlaceholders(parts) {
  let text = "";
  const placeholders = [];
  for (const p of parts) {
    if (typeof p === "string") {
      for (let i = 0; i < p.length; i++) if (isPua(p.charCodeAt(i))) return void 0;
      text += p;
    } else {
      if (PUA + placeholders.length > PUA_END) return void 0;
      text += String.fromCharCode(PUA + placeholders.length);
      placeholders.push(p);
    }
  }
  return { text, placeholders };
}
function restored(s, placeholders) {
  if (!placeholders.length) return s;
  const parts = [];
  let lit = "";
  for (let i = 0; i < s.length; i++) {
    const k = s.charCodeAt(i) - PUA;
    if (k >= 0 && k < placeholders.length) {
      if (lit) parts.push(lit);
      lit = "";
      parts.push(placeholders[k]);
    } else lit += s[i];
  }
  if (lit) parts.push(lit);
  return parts.length === 1 && typeof parts[0] === "string" ? parts[0] : { parts };
}
function jsonToPNode(n, at2, placeholders = [], place = () => at2) {
  const here = place(n.start, n.end);
  switch (n.kind) {
    case "scalar":
      return { kind: "str", value: typeof n.value === "string" ? restored(n.value, placeholders) : n.value, at: here };
    case "seq":
      return { kind: "list", items: n.items.map((x) => jsonToPNode(x, at2, placeholders, place)), at: here };
    case "map":
      return { kind: "map", entries: n.entries.map((e) => [e.key, jsonToPNode(e.value, at2, placeholders, place)]), at: here };
  }
}

// src/parsers/cloudformation/stack-links.ts
function templateLinks(root, r, unit, buckets, logicalToBucket, foreign, passed = []) {
  const policies = foreign.flatMap((p) => foreignPolicies(r, unit, p));
  const passedTo = /* @__PURE__ */ new Map();
  for (const p of passed) {
    const list = passedTo.get(p.bucket) ?? [];
    const name = nestedParameter(p.template, p.parameter);
    list.push(p.maybe ? [name, ""] : [name]);
    passedTo.set(p.bucket, list);
  }
  const exportsOf = /* @__PURE__ */ new Map();
  const outputs = get(root, "Outputs");
  if (outputs?.kind === "map") {
    for (const entry of outputs.entries) {
      const out = { node: entry.value, path: `Outputs.${entry.key}`, keyStart: entry.keyStart };
      const name = r.child(r.child(out, "Export"), "Name");
      if (!name) continue;
      const bucket = exportedBucket(r, r.child(out, "Value"), logicalToBucket);
      if (!bucket) continue;
      const pattern = nameOf(r.str(name, r.loc(out)), unit);
      const list = exportsOf.get(bucket) ?? [];
      list.push(pattern);
      exportsOf.set(bucket, list);
    }
  }
  const linkable = [];
  for (const b of buckets) {
    if (!b.managed) continue;
    const exports = exportsOf.get(b) ?? [];
    const nested = passedTo.get(b);
    const name = b.name.state === "set" && b.name.value !== null ? patternOf(b.name.value, unit) : void 0;
    if (exports.length === 0 && !name && !nested) continue;
    const at2 = b.origin.at;
    linkable.push({
      bucket: b.id,
      unit,
      file: at2.file,
      line: at2.line,
      exports,
      ...name ? { name } : {},
      ...nested ? { passedTo: nested } : {}
    });
  }
  return { buckets: linkable, policies };
}
function exportedBucket(r, value, logicalToBucket) {
  if (!value) return void 0;
  const v = r.str(value, r.loc(value));
  if (v.state === "unknown" || v.value === null) return void 0;
  const parts = strParts(v.value);
  const only = parts.length === 1 ? parts[0] : void 0;
  if (!only || typeof only === "string" || only.kind !== "bucket" || only.attr === "domain") return void 0;
  return logicalToBucket.get(only.id);
}
function foreignPolicies(r, unit, p) {
  const at2 = r.loc(p.ref);
  const value = r.str(p.ref, at2);
  const parameter = wholeParameter(value);
  const byParameter = (parameter2, maybe) => {
    const name = nestedParameter(at2.file, parameter2);
    return { policy: p.policy, unit, file: at2.file, line: at2.line, via: "parameter", name: maybe ? [name, ""] : [name] };
  };
  if (parameter !== void 0) return [byParameter(parameter, !!p.maybe)];
  const chosen = value.state === "unknown" ? (p.choices ?? []).map((c) => wholeParameter(r.str(c, r.loc(c)))) : [];
  const parameters = [...new Set(chosen.filter((x) => x !== void 0))];
  if (parameters.length) return parameters.map((x) => byParameter(x, true));
  return [foreignPolicy(r, unit, p, at2)];
}
function foreignPolicy(r, unit, p, at2) {
  const n = p.ref.node;
  const imported = n.kind === "map" && n.entries.length === 1 && n.entries[0].key === "Fn::ImportValue";
  const named = imported ? { node: n.entries[0].value, path: `${p.ref.path}.Fn::ImportValue` } : p.ref;
  const name = nameOf(r.str(named, at2), unit);
  return { policy: p.policy, unit, file: at2.file, line: at2.line, via: imported ? "import" : "name", name };
}
function wholeParameter(v) {
  const ref = refOf(v);
  const parts = ref === void 0 ? [] : strParts(ref);
  const only = parts.length === 1 ? parts[0] : void 0;
  const key = only !== void 0 && typeof only !== "string" && only.kind === "unknown" ? only.key : void 0;
  return key?.startsWith("parameter:") ? key.slice("parameter:".length) : void 0;
}
function nameOf(v, unit) {
  return v.state === "unknown" || v.value === null ? ANY_NAME : patternOf(v.value, unit);
}

// src/parsers/cloudformation/to-model.ts
var MAX_POLICY_CHOICES = 32;
var MAX_CHOICE_STATEMENTS = 4096;
var MAX_LOGICAL_ID_CHARS = 255;
function templateToModel(src, limits) {
  const problems = [];
  const notes = [];
  const root = withLoopsExpanded(src, limits, problems);
  appendAll(problems, macroWarnings(root, src));
  appendAll(problems, undeclaredReferences(src.root, src, src.frameworkNames === true));
  const ev = new TemplateEvaluator(
    root,
    limits.maxEvalSteps,
    limits.maxCollectionSize * 64,
    src.passed,
    src.sensitive,
    src.frameworkNames === true
  );
  const r = new TemplateReader(ev, src.lines, src.file);
  const model = emptyModel(src.unit, src.format);
  const resourceRanges = /* @__PURE__ */ new Map();
  const subjects = /* @__PURE__ */ new Map();
  const pendingPolicies = [];
  const pendingNotifications = [];
  const trailBuckets = [];
  const mraps = { byId: /* @__PURE__ */ new Map(), byName: /* @__PURE__ */ new Map() };
  const pendingMrapPolicies = [];
  const maybeFor = (origin, bucket) => origin.maybe && !deployedWhenever(origin, bucket?.origin) ? origin.maybe : void 0;
  const samS3Events = [];
  const nestedStackResources = [];
  const resources = get(root, "Resources");
  if (!resources || resources.kind !== "map") {
    if (resources) {
      const at2 = src.lines.position(resources.start);
      problems.push({
        code: "RESOURCES_INVALID",
        file: src.file,
        line: at2.line,
        column: at2.column,
        message: "`Resources` is not a map of resources (CloudFormation rejects the template); nothing was checked",
        level: "error"
      });
    }
    return { model, problems, notes, resourceRanges, reader: r };
  }
  appendAll(problems, nestedTransformWarnings(resources, src));
  const addressOf = uniqueAddresses(resources, src.addressOf);
  for (const entry of resources.entries) {
    const id = entry.key;
    if (id.startsWith("Fn::ForEach::")) continue;
    const cur = { node: entry.value, path: `Resources.${id}`, keyStart: entry.keyStart };
    const typeEntry = entry.value.kind === "map" && getEntry(entry.value, "Fn::Transform") ? getEntry(entry.value, "Type") : void 0;
    const typeCur = typeEntry ? { node: typeEntry.value, path: `${cur.path}.Type`, keyStart: typeEntry.keyStart } : r.child(cur, "Type");
    const typeV = r.string(typeCur, "", r.loc(cur));
    const literal = typeCur?.node.kind === "scalar" ? typeCur.node.value : void 0;
    const type = typeV.state === "set" && (literal === void 0 || typeof literal === "string") ? typeV.value : "";
    const start = src.lines.position(entry.keyStart).line;
    if (id === "Fn::Transform") {
      const at2 = src.lines.position(entry.keyStart);
      problems.push({
        code: "TRANSFORM_NOT_EXPANDED",
        file: src.file,
        line: at2.line,
        column: at2.column,
        message: "the resources this Fn::Transform adds (AWS::Include or a macro) are made at deploy time; they were not checked",
        level: "warning"
      });
      continue;
    }
    if (id.length > MAX_LOGICAL_ID_CHARS) {
      const at2 = src.lines.position(entry.keyStart);
      problems.push({
        code: "LOGICAL_ID_INVALID",
        file: src.file,
        line: at2.line,
        column: at2.column,
        message: `the logical id ${id.slice(0, 32)}\u2026 is ${id.length} characters long; CloudFormation allows ${MAX_LOGICAL_ID_CHARS} and rejects the template, so the resource was not checked`,
        level: "error"
      });
      continue;
    }
    if (!type && !typeCur && src.frameworkNames === true) {
      const at2 = src.lines.position(entry.keyStart);
      problems.push({
        code: "SERVERLESS_RESOURCE_OVERRIDE",
        file: src.file,
        line: at2.line,
        column: at2.column,
        message: `resource ${id} has no \`Type\`: the Serverless Framework merges it into a resource of the same name that it makes itself${/^S3Bucket/.test(id) ? " (the bucket of an `s3` event?)" : ""}, which s3-gate does not model; what it sets there was not checked`,
        level: "warning"
      });
    } else if (!type) {
      const at2 = src.lines.position(entry.keyStart);
      problems.push({
        code: "RESOURCE_TYPE_INVALID",
        file: src.file,
        line: at2.line,
        column: at2.column,
        message: `resource ${id} has no \`Type\` that is a string (CloudFormation rejects the template); it was not checked`,
        level: "error"
      });
    }
    resourceRanges.set(id, { startLine: start, endLine: src.lines.position(entry.value.end).line });
    const cond = r.child(cur, "Condition");
    let maybe;
    let condition;
    if (cond && !cond.unknown) {
      const name = r.string(cond, "", r.loc(cond));
      const holds = name.state === "set" ? ev.condition(name.value) : "unknown";
      if (holds === false) continue;
      if (name.state === "set") condition = name.value;
      if (holds === "unknown") {
        maybe = {
          why: `the resource exists only when condition ${name.state === "set" ? name.value : "?"} holds, which is not known statically`,
          at: r.loc(cond)
        };
        if (condition !== void 0) maybe.conditions = [condition];
      }
    }
    const headerAt = { ...r.loc({ node: entry.value, path: cur.path, keyStart: entry.keyStart }) };
    headerAt.endLine = headerAt.line;
    headerAt.endColumn = headerAt.column + id.length;
    const origin = { format: src.format, type, address: addressOf?.(id) ?? id, at: headerAt };
    if (maybe) origin.maybe = maybe;
    const props = r.child(cur, "Properties");
    if (props && (props.node.kind === "seq" || props.node.kind === "scalar" && props.node.value !== null)) {
      const at2 = r.loc(props);
      problems.push({
        code: "PROPERTIES_INVALID",
        file: src.file,
        line: at2.line,
        column: at2.column,
        message: `resource ${id} has \`Properties\` that are not a mapping (CloudFormation rejects the template); they were not read`,
        level: "error"
      });
    }
    if (props && /^AWS::(S3|CloudTrail)::/.test(type))
      for (const loop of propertyLoops(props.node)) {
        const at2 = src.lines.position(loop.keyStart);
        problems.push({
          code: "FOREACH_NOT_EXPANDED",
          file: src.file,
          line: at2.line,
          column: at2.column,
          message: `${loop.key} in the properties of ${id} is not expanded; the properties it writes are not checked`,
          level: "warning"
        });
      }
    const suppressions = readMetadataSuppressions(r, r.child(cur, "Metadata"), problems);
    const track = (s) => {
      appendAll(s.suppressions, suppressions);
      const list = subjects.get(id) ?? [];
      list.push(s);
      subjects.set(id, list);
      return s;
    };
    const address = origin.address;
    switch (type) {
      case "AWS::S3::Bucket":
        model.buckets.push(track(readBucket(r, address, props, origin)));
        break;
      case "AWS::S3::BucketPolicy": {
        const ref = r.child(props, "Bucket");
        const doc = r.child(props, "PolicyDocument");
        if (ref && doc) pendingPolicies.push({ ref, doc, owner: address, origin, subject: track({ suppressions: [] }) });
        break;
      }
      case "AWS::S3::AccessPoint":
        model.accessPoints.push(track(readAccessPoint(r, address, props, origin, false)));
        break;
      case "AWS::S3::MultiRegionAccessPoint": {
        const ap = track(readAccessPoint(r, address, props, origin, true));
        model.accessPoints.push(ap);
        mraps.byId.set(id, ap);
        const name = props && r.string(r.child(props, "Name"), "", origin.at);
        if (name?.state === "set" && name.value) mraps.byName.set(name.value, ap);
        break;
      }
      // Its own resource, not a property: read once every access point of the template is known.
      case "AWS::S3::MultiRegionAccessPointPolicy": {
        const name = props && r.child(props, "MrapName");
        const doc = props && r.child(props, "Policy");
        if (name && doc) pendingMrapPolicies.push({ name, doc, owner: address, origin });
        break;
      }
      case "AWS::CloudTrail::Trail": {
        const trail = readTrail(r, address, props, origin);
        const ref = props && r.child(props, "S3BucketName");
        if (ref && trail.bucketName.state === "unknown") trailBuckets.push({ trail, ref });
        model.trails.push(track(trail));
        break;
      }
      case "AWS::CloudTrail::EventDataStore":
        model.eventDataStores.push(readEventDataStore(r, address, props, origin));
        break;
      case "AWS::IAM::Policy": {
        const p = readIamPolicy(r, address, props, origin, "inline");
        if (p) model.iamPolicies.push(track(p));
        break;
      }
      case "AWS::IAM::ManagedPolicy": {
        const p = readIamPolicy(r, address, props, origin, "managed");
        if (p) model.iamPolicies.push(track(p));
        break;
      }
      case "AWS::IAM::Role":
      case "AWS::IAM::User":
      case "AWS::IAM::Group":
        for (const p of readEmbeddedPolicies(r, address, props, origin)) model.iamPolicies.push(track(p));
        for (const p of readAttachedManagedPolicies(r, address, props, origin, false)) model.iamPolicies.push(track(p));
        break;
      case "AWS::Serverless::Function":
        appendAll(
          samS3Events,
          readSamS3Events(r, props).map((e) => ({ ...e, origin }))
        );
        for (const p of readSamPolicies(r, address, props, origin)) model.iamPolicies.push(track(p));
        for (const p of readAttachedManagedPolicies(r, address, props, origin, true)) model.iamPolicies.push(track(p));
        break;
      case "AWS::Serverless::StateMachine":
        for (const p of readSamPolicies(r, address, props, origin)) model.iamPolicies.push(track(p));
        for (const p of readAttachedManagedPolicies(r, address, props, origin, true)) model.iamPolicies.push(track(p));
        break;
      case "AWS::Logs::MetricFilter":
        model.metricFilters.push(readMetricFilter(r, address, props, origin));
        break;
      case "AWS::CloudWatch::Alarm":
        model.alarms.push(readAlarm(r, address, props, origin));
        break;
      case "AWS::ElasticLoadBalancing::LoadBalancer":
      case "AWS::ElasticLoadBalancingV2::LoadBalancer":
      case "AWS::CloudFront::Distribution": {
        const bucket = logDeliveryBucket(r, type, props);
        if (bucket) model.logDeliveries.push({ service: type.startsWith("AWS::CloudFront") ? "cloudfront" : "elb", from: address, bucket });
        break;
      }
      case "AWS::CloudFormation::Stack":
      case "AWS::Serverless::Application":
        nestedStackResources.push({ id, node: entry.value, maybe: maybe !== void 0 });
        break;
      case "Custom::S3BucketNotifications": {
        const ref = r.child(props, "BucketName");
        const config = r.child(props, "NotificationConfiguration");
        if (ref && config) pendingNotifications.push({ ref, config, origin });
        break;
      }
    }
  }
  const comments = src.comments ?? findCommentSuppressions(src.text, src.file);
  appendAll(problems, comments.problems);
  const owners = placeLines(stackedLines(comments.found), resourceRanges);
  comments.found.forEach((c, i) => {
    const id = owners[i];
    if (id !== void 0 && c.params) problems.push(paramsNotChecked(c));
    else if (id !== void 0) for (const s of subjects.get(id) ?? []) s.suppressions.push(c.suppression);
    else if (c.suppression.syntax === "s3-gate") problems.push(orphanSuppression(c));
  });
  const byId = new Map(model.buckets.map((b) => [b.id, b]));
  const logicalToBucket = /* @__PURE__ */ new Map();
  for (const logical of resourceRanges.keys()) {
    const b = byId.get(addressOf?.(logical) ?? logical);
    if (b) logicalToBucket.set(logical, b);
  }
  const defined = [...model.buckets];
  let byName;
  const names = {
    bucket: (id) => byId.get(id) ?? logicalToBucket.get(id),
    byName: (name) => {
      if (!byName) {
        byName = /* @__PURE__ */ new Map();
        for (const b of defined) {
          const n = bucketNameForMatch(b, names);
          if (!byName.has(n)) byName.set(n, b);
        }
      }
      return byName.get(name);
    }
  };
  const findBucket = (ref) => {
    const v = refOf(r.str(ref, r.loc(ref)));
    if (v === void 0) return void 0;
    const found = resolveBucketRef(v, defined, names);
    return found === "unknown" ? void 0 : found;
  };
  for (const p of pendingMrapPolicies) {
    const ref = bucketRefOf(p.name.node);
    const name = ref ? void 0 : r.string(p.name, "", r.loc(p.name));
    const ap = ref?.attr === "name" ? mraps.byId.get(ref.id) : name?.state === "set" ? mraps.byName.get(name.value) : void 0;
    if (!ap) {
      notes.push(
        `${src.file}: ${p.owner}: its Multi-Region Access Point is not declared in this template (or not named statically); its policy is not checked`
      );
      continue;
    }
    const doc = readPolicyDocument(r.policyNode(p.doc), p.owner);
    if (p.origin.maybe && !deployedWhenever(p.origin, ap.origin)) markMaybeDeployed(doc, p.origin.maybe);
    ap.policies.push(doc);
  }
  const resourceTransform = getEntry(resources, "Fn::Transform");
  if (resourceTransform) {
    const at2 = r.loc({ node: resourceTransform.value, path: "Resources.Fn::Transform", keyStart: resourceTransform.keyStart });
    const why = "an Fn::Transform among the resources (AWS::Include or a macro) may add a policy to this bucket at deploy time";
    for (const b of model.buckets)
      b.policies.push({ owner: "Resources.Fn::Transform", at: at2, statements: [], unknown: { why, at: at2 }, maybe: { why, at: at2 } });
  }
  const macro = unreadTransforms(root)[0];
  if (macro) {
    const at2 = r.loc({ node: macro.node, path: "Transform" });
    const why = `${macro.name === void 0 ? "a transform in the template's Transform" : macro.name === "AWS::Include" ? "the template's AWS::Include transform" : `the macro ${macro.name} in the template's Transform`} may add a policy to this bucket at deploy time`;
    for (const b of model.buckets) b.policies.push({ owner: "Transform", at: at2, statements: [], unknown: { why, at: at2 }, maybe: { why, at: at2 } });
  }
  const foreign = [];
  for (const p of pendingPolicies) {
    const found = findBucket(p.ref);
    if (!found && policyForChoices(p)) continue;
    const bucket = found ?? externalFor(p);
    if (found) appendAll(found.suppressions, p.subject.suppressions);
    const doc = readPolicyDocument(r.policyNode(p.doc), p.owner);
    const maybe = maybeFor(p.origin, found);
    if (maybe) markMaybeDeployed(doc, maybe);
    bucket.policies.push(doc);
  }
  function policyForChoices(p) {
    if (r.str(p.ref, r.loc(p.ref)).state !== "unknown") return false;
    const chosen = bucketChoices(p.ref).flatMap((c) => {
      const bucket = findBucket(c.cur);
      return bucket ? [{ c, bucket }] : [];
    });
    const v = chosen.length ? void 0 : r.evaluate(p.ref);
    if (v instanceof Unknown && v.oneOf) {
      const seen = /* @__PURE__ */ new Set();
      for (const name of v.oneOf) {
        const bucket = resolveBucketRef(name, defined, names);
        if (bucket && bucket !== "unknown" && !seen.has(bucket)) {
          seen.add(bucket);
          chosen.push({ c: { cur: p.ref }, bucket });
        }
      }
    }
    if (chosen.length === 0) return false;
    const docFor2 = sharedReadings(p, chosen.length);
    for (const { c, bucket } of chosen) {
      appendAll(bucket.suppressions, p.subject.suppressions);
      const always = c.when !== void 0 && c.when.holds && bucket.origin.maybe?.conditions?.includes(c.when.condition);
      bucket.policies.push(docFor2(always ? maybeFor(p.origin, bucket) : { why: whyChosen(c, `${p.owner} applies to`), at: r.loc(p.ref) }));
    }
    return true;
  }
  function sharedReadings(p, buckets) {
    let unused = readPolicyDocument(r.policyNode(p.doc), p.owner);
    const pastCap = unknownPastChoiceCap(p, buckets, unused);
    const read = () => {
      if (pastCap) return pastCap();
      const doc = unused ?? readPolicyDocument(r.policyNode(p.doc), p.owner);
      unused = void 0;
      return doc;
    };
    const readings = /* @__PURE__ */ new Map();
    return (maybe) => {
      const key = maybe?.why ?? "";
      let doc = readings.get(key);
      if (!doc) {
        doc = read();
        if (maybe) markMaybeDeployed(doc, maybe);
        readings.set(key, doc);
      }
      return doc;
    };
  }
  function unknownPastChoiceCap(p, buckets, doc) {
    const statements = doc.statements.length;
    if (buckets <= MAX_POLICY_CHOICES || buckets * statements <= MAX_CHOICE_STATEMENTS) return void 0;
    const why = `${p.owner} may apply to any of ${buckets} buckets and holds ${statements} statements; what it allows or denies on each was not checked`;
    notes.push(`${src.file}: ${why}`);
    return () => ({ owner: p.owner, at: doc.at, statements: [], unknown: { why, at: r.loc(p.ref) } });
  }
  function externalFor(p) {
    const name = r.str(p.ref, r.loc(p.ref));
    const b = externalBucket(
      p.owner,
      p.origin,
      name.state === "unknown" || name.value === null ? unknownValue("the bucket is named at deploy time", r.loc(p.ref), name.state === "unknown" ? name.key : void 0) : setValue(name.value, name.at)
    );
    b.suppressions = p.subject.suppressions;
    b.policyDefinedElsewhere = void 0;
    notes.push(`${src.file}: ${p.owner} is a policy for a bucket this template does not define; only the policy is checked`);
    const choices = bucketChoices(p.ref).map((c) => c.cur);
    foreign.push({ policy: p.owner, ref: p.ref, ...p.origin.maybe ? { maybe: true } : {}, ...choices.length ? { choices } : {} });
    model.buckets.push(b);
    return b;
  }
  for (const { trail, ref } of trailBuckets) {
    const choices = bucketChoices(ref).flatMap((c) => {
      const bucket = findBucket(c.cur);
      if (!bucket) return [];
      return [{ bucketId: bucket.id, why: whyChosen(c, `${trail.id} writes its logs to`) }];
    });
    if (choices.length) trail.bucketChoices = choices;
  }
  for (const n of pendingNotifications) {
    const bucket = findBucket(n.ref);
    if (!bucket) continue;
    const found = readNotifications(r, n.config);
    const value = found.state === "unknown" ? found : setValue(found.value, found.at);
    const maybe = maybeFor(n.origin, bucket);
    bucket.notifications = maybe && !sameValue(bucket.notifications, value) ? unknownValue(maybe.why, maybe.at) : value;
  }
  const ownNotifications = /* @__PURE__ */ new Set();
  for (const e of samS3Events) {
    const bucket = findBucket(e.bucket);
    if (!bucket || bucket.notifications.state === "unknown") continue;
    const maybe = e.maybe ?? maybeFor(e.origin, bucket);
    if (!maybe) {
      const list = bucket.notifications.value;
      if (ownNotifications.has(list)) {
        list.push(e.target);
        bucket.notifications = setValue(list, e.target.at);
      } else {
        const own = [...list, e.target];
        ownNotifications.add(own);
        bucket.notifications = setValue(own, e.target.at);
      }
    } else if (bucket.notifications.value.length === 0) bucket.notifications = unknownValue(maybe.why, maybe.at);
  }
  renamePlaceholders(model, src, logicalToBucket);
  const passedBuckets = bucketsPassedToNestedStacks(nestedStackResources, src, logicalToBucket);
  const links = templateLinks(root, r, src.unit, model.buckets, logicalToBucket, foreign, passedBuckets);
  const forwards = parametersPassedOn(nestedStackResources, src, root);
  if (forwards.length > 0) links.forwards = forwards;
  if (links.buckets.length > 0 || links.policies.length > 0 || forwards.length > 0) model.stackLinks = links;
  if (ev.budgetSpent)
    problems.push({
      code: "EVAL_LIMIT",
      file: src.file,
      line: 1,
      column: 1,
      message: `Evaluation stopped after ${limits.maxEvalSteps} steps (intrinsic functions, and a step per 16 characters of the strings they build); the remaining values are treated as unknown`,
      level: "warning"
    });
  if (ev.cyclicConditions.size) problems.push(conditionCycle(root, src, [...ev.cyclicConditions]));
  const nestedStacks = localNestedStacks(resources, src, r, (id) => ev.resourceType(id) === "AWS::S3::Bucket");
  return { model, problems, notes, resourceRanges, reader: r, ...nestedStacks.length ? { nestedStacks } : {} };
}
function localNestedStacks(resources, src, r, isBucket) {
  const file = src.file;
  const out = [];
  for (const e of resources.entries) {
    const local = localTemplateOf(e.value, file);
    if (!local) continue;
    const { line, column } = src.lines.position(local.url.start);
    const evaluate = (node, key) => {
      const cur = { node, path: `Resources.${e.key}.Properties.Parameters.${key}` };
      const v = r.str(cur, r.loc(cur));
      if (v.state === "unknown" || typeof v.value !== "string" || src.sensitive?.holds(v.value)) return void 0;
      return v.value;
    };
    out.push({ child: local.child, passed: [...parametersPassed(r, e, isBucket, evaluate)], at: { file, line, column } });
  }
  return out;
}
function parametersPassed(r, resource, isBucket, evaluate) {
  const at2 = `Resources.${resource.key}`;
  const cur = r.child(r.child({ node: resource.value, path: at2, keyStart: resource.keyStart }, "Properties"), "Parameters");
  if (!cur) return /* @__PURE__ */ new Map();
  const node = cur.unknown ? new Unknown(cur.unknown) : r.resolve(cur.node);
  if (node === NO_VALUE) return /* @__PURE__ */ new Map();
  if (node instanceof Unknown) return /* @__PURE__ */ new Map([[ANY_PARAMETER, null]]);
  return passedParameters(node, isBucket, evaluate);
}
function bucketsPassedToNestedStacks(stacks, src, logicalToBucket) {
  const out = [];
  for (const s of stacks) {
    const child = src.nestedTemplates?.get(s.id) ?? localTemplateOf(s.node, src.file)?.child;
    const parameters = get(get(s.node, "Properties"), "Parameters");
    if (child === void 0 || parameters?.kind !== "map") continue;
    for (const e of parameters.entries) {
      const ref = bucketRefOf(e.value);
      const bucket = ref?.attr === "name" ? logicalToBucket.get(ref.id) : void 0;
      if (bucket) out.push({ bucket, template: child, parameter: e.key, maybe: s.maybe });
    }
  }
  return out;
}
function parametersPassedOn(stacks, src, root) {
  const declared = get(root, "Parameters");
  if (declared?.kind !== "map") return [];
  const out = [];
  for (const s of stacks) {
    const child = src.nestedTemplates?.get(s.id) ?? localTemplateOf(s.node, src.file)?.child;
    const parameters = get(get(s.node, "Properties"), "Parameters");
    if (child === void 0 || parameters?.kind !== "map") continue;
    for (const e of parameters.entries) {
      const ref = bucketRefOf(e.value);
      if (ref?.attr === "name" && getEntry(declared, ref.id))
        out.push({ from: nestedParameter(src.file, ref.id), to: nestedParameter(child, e.key), maybe: s.maybe });
    }
  }
  return out;
}
function conditionCycle(root, src, names) {
  const entry = getEntry(get(root, "Conditions"), names[0]);
  const at2 = src.lines.position(entry?.keyStart ?? 0);
  return {
    code: "EVAL_CYCLE",
    file: src.file,
    line: at2.line,
    column: at2.column,
    message: `conditions ${names.join(", ")} refer to each other in a circle (CloudFormation rejects the template); what depends on them is unknown`,
    level: "warning"
  };
}
function whyChosen(c, what) {
  return c.when ? `${what} this bucket only when condition ${c.when.condition} ${c.when.holds ? "holds" : "does not hold"}, which is not known statically` : `${what} this bucket or another: it names one of several buckets, which one is only known at deploy time`;
}
function bucketChoices(ref) {
  const n = ref.node;
  if (n.kind !== "map" || n.entries.length !== 1) return [];
  const { key, value } = n.entries[0];
  if (value.kind !== "seq") return [];
  const item = (i) => ({ node: value.items[i], path: `${ref.path}.${key}[${i}]` });
  if (key === "Fn::If" && value.items.length === 3) {
    const c = value.items[0];
    if (c.kind !== "scalar" || typeof c.value !== "string") return [];
    return [
      { cur: item(1), when: { condition: c.value, holds: true } },
      { cur: item(2), when: { condition: c.value, holds: false } }
    ];
  }
  if (key === "Fn::Select" && value.items.length === 2) {
    const list = value.items[1];
    if (list.kind !== "seq") return [];
    return list.items.map((node, i) => ({ cur: { node, path: `${ref.path}.${key}[1][${i}]` } }));
  }
  return [];
}
function uniqueAddresses(resources, addressOf) {
  if (!addressOf) return void 0;
  const ids = new Set(resources.entries.map((e) => e.key));
  const claims = /* @__PURE__ */ new Map();
  for (const id of ids) {
    const a = addressOf(id);
    claims.set(a, (claims.get(a) ?? 0) + 1);
  }
  return (id) => {
    const a = addressOf(id);
    return a === id || claims.get(a) === 1 && !ids.has(a) ? a : id;
  };
}
function renamePlaceholders(model, src, logicalToBucket) {
  if (!src.addressOf) return;
  const seen = /* @__PURE__ */ new WeakSet();
  const visit = (v, depth) => {
    if (depth > 60 || v === null || typeof v !== "object" || seen.has(v)) return;
    seen.add(v);
    const o = v;
    if (o.kind === "bucket" && typeof o.id === "string" && logicalToBucket.has(o.id)) {
      o.id = logicalToBucket.get(o.id).id;
      return;
    }
    for (const x of Object.values(o)) visit(x, depth + 1);
  };
  visit(model, 0);
}
function withLoopsExpanded(src, limits, problems) {
  const resources = get(src.root, "Resources");
  if (resources?.kind !== "map" || !hasResourceLoops(resources)) return src.root;
  const ev = new TemplateEvaluator(src.root, limits.maxEvalSteps, limits.maxCollectionSize * 64);
  const loopLimits = { maxResources: limits.maxInstances, maxNodes: limits.maxAliasExpansion };
  const expanded = expandResourceLoops(resources, ev, loopLimits, { file: src.file, lines: src.lines }, problems);
  return { ...src.root, entries: src.root.entries.map((e) => e.key === "Resources" ? { ...e, value: expanded } : e) };
}
function logDeliveryBucket(r, type, props) {
  const known = (cur) => {
    const v = cur ? r.str(cur, r.loc(cur)) : void 0;
    return v && v.state === "set" && v.value !== null ? v.value : void 0;
  };
  const off = (cur) => {
    const v = cur ? r.string(cur, "", r.loc(cur)) : void 0;
    return v?.state === "set" && v.value.toLowerCase() === "false";
  };
  if (type === "AWS::ElasticLoadBalancing::LoadBalancer") {
    const policy = r.child(props, "AccessLoggingPolicy");
    return off(r.child(policy, "Enabled")) ? void 0 : known(r.child(policy, "S3BucketName"));
  }
  if (type === "AWS::CloudFront::Distribution") return known(r.child(r.child(r.child(props, "DistributionConfig"), "Logging"), "Bucket"));
  const attributes = r.items(r.child(props, "LoadBalancerAttributes"));
  if (!Array.isArray(attributes)) return void 0;
  let bucket;
  for (const a of attributes) {
    const key = r.string(r.child(a, "Key"), "", r.loc(a));
    if (key.state !== "set") continue;
    if (key.value === "access_logs.s3.enabled" && off(r.child(a, "Value"))) return void 0;
    if (key.value === "access_logs.s3.bucket") bucket = known(r.child(a, "Value"));
  }
  return bucket;
}

// src/parsers/cloudformation/index.ts
function loadTemplateText(text, file, limits, options = {}) {
  const problems = [];
  if (text.includes("\0")) {
    if (looksLikeTemplateText(text) || looksLikeTemplateText(text.replace(/\u0000/g, "")))
      problems.push({
        code: "BINARY_FILE",
        file,
        line: 1,
        column: 1,
        message: "the file holds binary data (NUL bytes; UTF-16 or UTF-32 without a byte order mark?)",
        level: "error"
      });
    else options.debug?.(`${file}: skipped, binary content`);
    return { notes: [], models: [], problems, templates: [], isTemplate: problems.length > 0 };
  }
  const bad = options.replacedBytes === false ? -1 : text.indexOf("\uFFFD");
  if (bad >= 0 && looksLikeTemplateText(text)) {
    const line = text.slice(0, bad).split("\n").length;
    problems.push({
      code: "INVALID_UTF8",
      file,
      line,
      column: 1,
      message: "the file is not valid UTF-8; invalid bytes were replaced",
      level: "warning"
    });
  }
  const parsed = parseTemplateFile(text, file, limits);
  const hasErrors = parsed.problems.some((p) => p.level === "error");
  if (parsed.templates.length === 0) {
    if (hasErrors && looksLikeTemplateText(text) || parsed.problems.some((p) => p.code === "SERVERLESS_BUCKET_NOT_CHECKED"))
      return { notes: [], models: [], problems: [...problems, ...parsed.problems], templates: [], isTemplate: true };
    if (parsed.planLike) {
      const at2 = parsed.lines.position(text.search(/\S/));
      problems.push({
        code: "PLAN_NOT_READ",
        file,
        line: at2.line,
        column: at2.column,
        message: "this is `terraform show -json` output, but s3-gate tells plans by their first 4 KiB, which are white space here: it was not scanned; remove the white space before `{`",
        level: "error"
      });
      return { notes: [], models: [], problems, templates: [], isTemplate: true };
    }
    options.debug?.(`${file}: skipped, ${hasErrors ? "does not parse and does not look like a template" : "not a CloudFormation template"}`);
    return { notes: [], models: [], problems: [], templates: [], isTemplate: false };
  }
  appendAll(problems, parsed.problems);
  const templates = [];
  const comments = commentsPerTemplate(outsideStrings(findCommentSuppressions(text, file), parsed, text), parsed);
  parsed.templates.forEach((t, i) => {
    const unit = parsed.templates.length > 1 ? `${file}#${t.index + 1}` : file;
    const format = options.format ?? "cloudformation";
    const tm = templateToModel(
      {
        root: t.root,
        text,
        file,
        lines: parsed.lines,
        unit,
        format,
        addressOf: options.addressOf,
        comments: comments[i],
        frameworkNames: t.serverless,
        ...options.passed ? { passed: options.passed } : {},
        ...options.nestedTemplates ? { nestedTemplates: options.nestedTemplates } : {},
        ...options.sensitive ? { sensitive: options.sensitive } : {}
      },
      limits
    );
    templates.push(tm);
    appendAll(problems, tm.problems);
  });
  return { parsed, notes: templates.flatMap((t) => t.notes), models: templates.map((t) => t.model), problems, templates, isTemplate: true };
}
function outsideStrings(comments, parsed, text) {
  if (!comments.found.length && !comments.problems.length) return comments;
  if (parsed.json) return { found: [], problems: [] };
  const ranges = [];
  const stack = parsed.templates.map((t) => t.root);
  for (let n = stack.pop(); n; n = stack.pop()) {
    if (n.kind === "map")
      for (const e of n.entries) {
        stack.push(e.value);
        if (!n.shortTag && e.keyEnd > e.keyStart) ranges.push([contentStart(text, e.keyStart, e.keyEnd), e.keyEnd]);
      }
    else if (n.kind === "seq") for (const x of n.items) stack.push(x);
    else if (typeof n.value === "string" && n.end > n.start) ranges.push([contentStart(text, n.start, n.end), n.end]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const inString = (line, column) => {
    const at2 = parsed.lines.lineStart(line) + column - 1;
    if (text[at2] !== "#" || at2 > 0 && !/[ \t\r\n\ufeff]/.test(text[at2 - 1])) return true;
    if (!ranges.length) return false;
    let lo = 0;
    let hi = ranges.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (ranges[mid][0] <= at2) lo = mid;
      else hi = mid - 1;
    }
    const r = ranges[lo];
    return r[0] <= at2 && at2 < r[1];
  };
  return {
    found: comments.found.filter((c) => !inString(c.line, c.suppression.at.column)),
    problems: comments.problems.filter((p) => !inString(p.line, p.column))
  };
}
function contentStart(text, start, end) {
  let i = start;
  if (text[i] === "!") {
    while (i < end && text[i] !== " " && text[i] !== "	" && text[i] !== "\n") i++;
    while (i < end && (text[i] === " " || text[i] === "	")) i++;
  }
  if (text[i] !== "|" && text[i] !== ">") return start;
  const eol = text.indexOf("\n", i);
  return eol < 0 || eol >= end ? start : eol + 1;
}
function commentsPerTemplate(comments, parsed) {
  const lastLines = parsed.templates.map((t, i) => i === parsed.templates.length - 1 ? Infinity : parsed.lines.position(t.end).line);
  const found = splitByLine(comments.found, lastLines);
  const problems = splitByLine(comments.problems, lastLines);
  return lastLines.map((_, i) => ({ found: found[i], problems: problems[i] }));
}
function splitByLine(items, lastLines) {
  const runs = lastLines.map(() => []);
  let run = 0;
  for (const item of items) {
    while (item.line > lastLines[run]) run++;
    runs[run].push(item);
  }
  return runs;
}
var cloudFormationPlugin = {
  ...cloudFormationPlanner,
  load(unit, ctx) {
    const f = unit.files[0];
    const text = ctx.readFile(f.abs);
    const texts = /* @__PURE__ */ new Map();
    if (text === void 0) return { models: [], problems: [], notes: [], texts };
    const passed = ctx.passedParameters?.(f.rel);
    const sensitive = new SensitiveTexts();
    const loaded = loadTemplateText(text, f.rel, ctx.limits, {
      debug: ctx.debug,
      sensitive,
      replacedBytes: ctx.replacedBytes?.(f.abs, text),
      ...passed ? { passed } : {}
    });
    if (loaded.isTemplate) texts.set(f.rel, text);
    if (loaded.parsed) primeFixCache(f.rel, text, loaded.parsed);
    const nestedStacks = loaded.templates.flatMap((t) => t.nestedStacks ?? []);
    return {
      models: loaded.models,
      problems: loaded.problems,
      notes: loaded.notes,
      texts,
      sensitiveTexts: sensitive.texts,
      ...nestedStacks.length ? { nestedStacks } : {}
    };
  },
  renderFix: renderCloudFormationFix,
  unitDone: forgetFixCache
};

export {
  loadTemplateText,
  cloudFormationPlugin
};
