import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  claimFiles,
  get
} from "./chunk-24XWNE43.js";

// src/errors.ts
var ConfigurationError = class extends Error {
  name = "ConfigurationError";
};

// src/limits.ts
var DEFAULT_LIMITS = {
  maxFileBytes: 32 * 1024 * 1024,
  maxDepth: 200,
  maxAliasExpansion: 1e6,
  maxEvalSteps: 5e6,
  maxInstances: 1e3,
  maxCollectionSize: 1e5,
  maxFindings: 1e5,
  maxScanFindings: 5e5
};
var LIMIT_NAMES = {
  "max-file-size": { key: "maxFileBytes", scale: 1024 * 1024, min: 1 / 1024 },
  // The parsers and the evaluator recurse once per level: 2,000 overflowed the stack on Terraform.
  "max-depth": { key: "maxDepth", scale: 1, min: 1, max: 1e3 },
  "max-alias-expansion": { key: "maxAliasExpansion", scale: 1, min: 1 },
  "max-eval-steps": { key: "maxEvalSteps", scale: 1, min: 1 },
  "max-instances": { key: "maxInstances", scale: 1, min: 1 },
  "max-collection-size": { key: "maxCollectionSize", scale: 1, min: 1 },
  "max-findings": { key: "maxFindings", scale: 1, min: 1 },
  "max-scan-findings": { key: "maxScanFindings", scale: 1, min: 1 }
};
function parseLimit(name, value) {
  const spec = Object.hasOwn(LIMIT_NAMES, name) ? LIMIT_NAMES[name] : void 0;
  if (!spec) throw new ConfigurationError(`Unknown limit "${name}"; expected one of ${Object.keys(LIMIT_NAMES).join(", ")}.`);
  const n = Number(value.trim());
  const whole = spec.scale === 1;
  if (value.trim() === "" || !Number.isFinite(n) || n < spec.min || spec.max !== void 0 && n > spec.max || whole && !Number.isInteger(n) || n * spec.scale > Number.MAX_SAFE_INTEGER) {
    throw new ConfigurationError(
      `Expected \`${name}\` to be ${whole ? "a whole number" : "a number of MiB"} of at least ${whole ? spec.min : "1/1024"} and at most ${spec.max ?? Math.floor(Number.MAX_SAFE_INTEGER / spec.scale)}; got "${value}".`
    );
  }
  return { [spec.key]: Math.round(n * spec.scale) };
}

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
function passedParameters(parameters, isBucket = () => false) {
  const out = /* @__PURE__ */ new Map();
  if (parameters?.kind !== "map") return out;
  const nameParameter = /* @__PURE__ */ new Map();
  for (const e of parameters.entries) {
    const ref = bucketRefOf(e.value);
    if (ref?.attr === "name" && isBucket(ref.id) && !nameParameter.has(ref.id)) nameParameter.set(ref.id, e.key);
  }
  for (const e of parameters.entries) {
    const v = e.value;
    const ref = bucketRefOf(v);
    const arnOf = ref?.attr === "arn" ? nameParameter.get(ref.id) : void 0;
    out.set(e.key, v.kind === "scalar" && v.value !== null ? String(v.value) : arnOf !== void 0 ? { arnOf } : null);
  }
  return out;
}
function nestedStackParameters(resource, isBucket) {
  return passedParameters(get(get(resource, "Properties"), "Parameters"), isBucket);
}

export {
  ConfigurationError,
  DEFAULT_LIMITS,
  LIMIT_NAMES,
  parseLimit,
  cloudFormationPlanner,
  sameCallValue,
  bucketRefOf,
  nestedStackParameters
};
