import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);

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
  if (!(whole ? /^\d+$/ : /^(?:\d+(?:\.\d*)?|\.\d+)$/).test(value.trim()) || !Number.isFinite(n) || n < spec.min || spec.max !== void 0 && n > spec.max || whole && !Number.isInteger(n) || n * spec.scale > Number.MAX_SAFE_INTEGER) {
    throw new ConfigurationError(
      `Expected \`${name}\` to be ${whole ? "a whole number" : "a number of MiB"} of at least ${whole ? spec.min : "1/1024"} and at most ${spec.max ?? Math.floor(Number.MAX_SAFE_INTEGER / spec.scale)}; got "${value}".`
    );
  }
  return { [spec.key]: Math.round(n * spec.scale) };
}

export {
  ConfigurationError,
  DEFAULT_LIMITS,
  LIMIT_NAMES,
  parseLimit
};
