import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  isInsideAny
} from "./chunk-6ZAQM375.js";
import {
  strParts
} from "./chunk-24XWNE43.js";

// src/parsers/terraform/config-files.ts
var CONFIG_FILE = /\.(tf|tofu)(\.json)?$/i;
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
  return isInsideAny(real, roots) ? moduleConfigFiles(dir) : [];
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
  VARS_FILE,
  TERRAFORM_FILE,
  isOverrideFile,
  withoutShadowed,
  KMS_ALGORITHMS,
  isAwsManagedKey,
  moduleConfigFilesInside
};
