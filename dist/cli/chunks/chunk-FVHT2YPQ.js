import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  claimFiles
} from "./chunk-Z3EKPFHN.js";
import {
  get
} from "./chunk-LIWTLKFB.js";

// src/parsers/cloudformation/plan.ts
var EXTENSIONS = /\.(ya?ml|json|template)$/i;
var cloudFormationPlanner = {
  name: "cloudformation",
  format: "cloudformation",
  plan(files) {
    return claimFiles(files, (f) => EXTENSIONS.test(f.rel)).map((f) => ({ plugin: "cloudformation", id: f.rel, files: [f] }));
  }
};

// src/parsers/cloudformation/stack-parameters.ts
function sameCallValue(a, b) {
  if (a === null || b === null || typeof a === "string" || typeof b === "string") return a === b;
  return a.arnOf === b.arnOf;
}
function bucketRefOf(node) {
  if (node.kind !== "map" || node.entries.length !== 1) return void 0;
  const { key, value } = node.entries[0];
  if (key === "Ref") return value.kind === "scalar" && typeof value.value === "string" ? { id: value.value, attr: "name" } : void 0;
  if (key !== "Fn::GetAtt") return void 0;
  let parts;
  if (value.kind === "seq") parts = value.items.map((i) => i.kind === "scalar" ? i.value : void 0);
  else if (value.kind === "scalar" && typeof value.value === "string") {
    const dot = value.value.indexOf(".");
    if (dot > 0) parts = [value.value.slice(0, dot), value.value.slice(dot + 1)];
  }
  return parts?.length === 2 && typeof parts[0] === "string" && parts[1] === "Arn" ? { id: parts[0], attr: "arn" } : void 0;
}
function passedParameters(parameters, isBucket = () => false, evaluate) {
  const out = /* @__PURE__ */ new Map();
  if (parameters?.kind !== "map") return out;
  if (parameters.entries.length === 1 && isFunctionKey(parameters.entries[0].key)) return /* @__PURE__ */ new Map([[ANY_PARAMETER, null]]);
  const nameParameter = /* @__PURE__ */ new Map();
  for (const e of parameters.entries) {
    const ref = bucketRefOf(e.value);
    if (ref?.attr === "name" && isBucket(ref.id) && !nameParameter.has(ref.id)) nameParameter.set(ref.id, e.key);
  }
  for (const e of parameters.entries) {
    const v = e.value;
    const ref = bucketRefOf(v);
    const arnOf = ref?.attr === "arn" ? nameParameter.get(ref.id) : void 0;
    out.set(
      e.key,
      v.kind === "scalar" && v.value !== null ? String(v.value) : arnOf !== void 0 ? { arnOf } : evaluate?.(v, e.key) ?? null
    );
  }
  return out;
}
var ANY_PARAMETER = "*";
var isFunctionKey = (key) => key === "Ref" || key.startsWith("Fn::");
function nestedStackParameters(resource, isBucket, evaluate) {
  return passedParameters(get(get(resource, "Properties"), "Parameters"), isBucket, evaluate);
}

export {
  cloudFormationPlanner,
  sameCallValue,
  bucketRefOf,
  passedParameters,
  ANY_PARAMETER,
  nestedStackParameters
};
