import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  cdkPlanner
} from "./chunks/chunk-AIVOANI6.js";
import {
  cloudFormationPlanner,
  sameCallValue
} from "./chunks/chunk-FVHT2YPQ.js";
import {
  terraformPlanPlanner
} from "./chunks/chunk-4LQUNX3Y.js";
import {
  terraformPlanner
} from "./chunks/chunk-DZ4ZRSU5.js";
import {
  decodeText,
  hasInvalidBytes,
  readRegularFile,
  readRegularHead
} from "./chunks/chunk-K6O2Q6VT.js";
import {
  ConfigurationError,
  DEFAULT_LIMITS,
  LIMIT_NAMES,
  parseLimit
} from "./chunks/chunk-IEOEEZND.js";
import {
  KMS_ALGORITHMS,
  isAwsManagedKey
} from "./chunks/chunk-QOUUAGZK.js";
import {
  credentialsIn,
  trimTrailing
} from "./chunks/chunk-6LT7P3SI.js";
import {
  ACCESS_CLASS_ACTIONS,
  CANNED_ACLS,
  CROSS_ACCOUNT_DANGEROUS_ACTIONS,
  DeployedWith,
  LIST_ACTIONS,
  MAX_EDIT_CHARS,
  MAX_LINK_PAIRS,
  NO_RELATED,
  OBJECT_READ_ACTIONS,
  OBJECT_WRITE_ACTIONS,
  PERMISSION_ACTIONS,
  READ_CLASSES,
  WRITE_CLASSES,
  accessClasses,
  actionTargetsObjects,
  and,
  appendAll,
  bucketArnForMatch,
  bucketNameForMatch,
  conditionKey,
  denyShutsOutPublic,
  deployedWhenever,
  hasUnknownPart,
  hasWildcardAction,
  isAllow,
  isDeny,
  isPublicAllow,
  isValidDate,
  isWildcardPrincipalValue,
  joinLinks,
  jsonWithoutWorkflowCommands,
  lifecycleActionRuns,
  lifecycleRefusal,
  linkForeignPolicies,
  or,
  parseOperator,
  patternContains,
  patternCovers,
  patternMayMatchName,
  patternReachesPrefix,
  principalIsEveryone,
  printable,
  refOf,
  resolveBucketRef,
  restrictingConditions,
  setValue,
  showsNothing,
  statementAppliesToAction,
  statementAppliesToActions,
  strParts,
  strToDisplay,
  unlistedActions,
  wildcardMatches
} from "./chunks/chunk-Z3EKPFHN.js";
import {
  LineIndex,
  loneCarriageReturn,
  ownEntry,
  parseYaml,
  toPlain
} from "./chunks/chunk-LIWTLKFB.js";

// src/cli.ts
import fs8 from "node:fs";
import path12 from "node:path";

// src/config/load.ts
import fs4 from "node:fs";
import path4 from "node:path";

// src/discovery.ts
import fs2 from "node:fs";
import path2 from "node:path";

// src/skipped-folders.ts
import fs from "node:fs";
import path from "node:path";
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set([
  "node_modules",
  ".git",
  ".terraform",
  ".terragrunt-cache",
  ".aws-sam",
  ".serverless",
  ".tox",
  ".nox",
  "site-packages",
  "dist-packages",
  "__pypackages__"
]);
function isSkippedFolder(abs, name) {
  if (SKIPPED_FOLDERS.has(name)) return true;
  try {
    return fs.lstatSync(path.join(abs, "pyvenv.cfg"), { throwIfNoEntry: false })?.isFile() === true;
  } catch {
    return false;
  }
}

// src/discovery.ts
var CANDIDATE = /\.(ya?ml|json|template|tf|tofu|tfvars)$/i;
var EXPECTED = (name) => CANDIDATE.test(name) || name === "cdk.out";
var HEAD_BYTES = 4096;
var MAX_DIR_DEPTH = 64;
var LFS_POINTER_MAX_BYTES = 1024;
var LFS_POINTER_LOOKED_FOR = 400;
var LFS_POINTER_MIN_BYTES = 120;
var LFS_VERSION = /^version https:\/\/(?:git-lfs\.github\.com|hawser\.github\.com)\/spec\/v1\n/;
var LFS_LINES = /^(?:[a-z0-9.-]+ [^\s]+\n)+$/;
function lfsPointer(content) {
  if (content.length > LFS_POINTER_MAX_BYTES || content.length < LFS_POINTER_MIN_BYTES || content[0] !== 118) return void 0;
  const text = content.toString("utf8");
  if (!LFS_VERSION.test(text) || !LFS_LINES.test(text)) return void 0;
  const oid = /\noid sha256:([0-9a-f]{64})\n/.exec(text);
  const size = /\nsize (\d{1,15})\n/.exec(text);
  return oid && size ? { oid: oid[1], size: Number(size[1]) } : void 0;
}
function toDisplayPath(abs, cwd) {
  const rel = path2.relative(cwd, abs);
  return (rel === "" ? "." : rel).split(path2.sep).join("/");
}
function isInside(abs, roots) {
  return roots.some((r) => abs === r || abs.startsWith(r.endsWith(path2.sep) ? r : r + path2.sep));
}
function readStart(abs, max) {
  try {
    return readRegularHead(abs, max);
  } catch {
    return Buffer.alloc(0);
  }
}
function readHead(abs) {
  try {
    return decodeText(readRegularHead(abs, HEAD_BYTES));
  } catch {
    return "";
  }
}
function resolveRoots(paths, cwd) {
  const roots = [];
  const linkedFiles = /* @__PURE__ */ new Map();
  const cwdAbs = path2.resolve(cwd);
  let realCwd;
  for (const p of paths) {
    const abs = path2.resolve(cwdAbs, p);
    let real;
    try {
      real = fs2.realpathSync.native(abs);
    } catch (e) {
      const code = e.code;
      if (code === "ELOOP") throw new ConfigurationError(`Path "${p}" is a symbolic link that leads round a loop of links.`);
      if (code === "EACCES" || code === "EPERM") throw new ConfigurationError(`Path "${p}" cannot be read (${code}).`);
      throw new ConfigurationError(`Path "${p}" does not exist.`);
    }
    if (isInside(abs, [cwdAbs])) {
      realCwd ??= fs2.realpathSync.native(cwdAbs);
      if (!isInside(real, [realCwd]))
        throw new ConfigurationError(
          `Path "${p}" leads out of the working directory through a symbolic link (to ${real}); s3-gate does not follow links out of the repository.`
        );
      if (credentialsIn(real, [realCwd]) === "git")
        throw new ConfigurationError(`Path "${p}" leads into .git/, where a checkout keeps its credentials; s3-gate does not read it.`);
    }
    if (!roots.includes(real)) {
      roots.push(real);
      if (real !== abs && !isFolder(real)) linkedFiles.set(real, abs);
    }
  }
  if (linkedFiles.size) LINKED_FILE_ROOTS.set(roots, linkedFiles);
  return roots;
}
var LINKED_FILE_ROOTS = /* @__PURE__ */ new WeakMap();
function isFolder(abs) {
  try {
    return fs2.statSync(abs).isDirectory();
  } catch {
    return false;
  }
}
function discover(roots, cwd, maxFileBytes, logger) {
  const files = [];
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const visitedDirs = /* @__PURE__ */ new Set();
  const addFile = (real, size, link) => {
    if (seen.has(real)) return;
    seen.add(real);
    const rel = toDisplayPath(link ?? real, cwd);
    if (credentialsIn(real, roots)) {
      logger.debug(`skipped ${rel}: a credentials file or under .git/`);
      return;
    }
    if (size > maxFileBytes) {
      problems.push({
        code: "FILE_TOO_LARGE",
        file: rel,
        line: 1,
        column: 1,
        message: `the file is ${mib(size)}, above the ${mib(maxFileBytes)} limit (limits.maxFileBytes); it was not scanned`,
        level: "error"
      });
      return;
    }
    if (size <= LFS_POINTER_LOOKED_FOR && size >= LFS_POINTER_MIN_BYTES && lfsPointer(readStart(real, size))) {
      problems.push({
        code: "LFS_POINTER",
        file: rel,
        line: 1,
        column: 1,
        message: "a Git LFS pointer, not the file it stands for (check the repository out with Git LFS, `lfs: true` for actions/checkout); it was not scanned",
        level: /\.(tf|tofu|tfvars)(\.json)?$|\.template$/i.test(link ?? real) ? "error" : "warning"
      });
      return;
    }
    files.push({ abs: real, rel, size, head: /\.json$/i.test(link ?? real) ? readHead(real) : "" });
  };
  const notScanned = (abs, why) => problems.push({ code: "NOT_SCANNED", file: toDisplayPath(abs, cwd), line: 1, column: 1, message: why, level: "error" });
  const notUtf8Said = /* @__PURE__ */ new Set();
  const notUtf8 = (abs, what) => notScanned(abs, `the ${what}'s name is not valid UTF-8, so s3-gate cannot open it; it was not scanned`);
  const cannotRead = (abs, what, e) => {
    const code = e.code;
    if (code === "ENOENT" && path2.basename(abs).includes("\uFFFD")) {
      if (!notUtf8Said.has(abs)) notUtf8(abs, what);
    } else if (code !== "ENOENT") notScanned(abs, `the ${what} cannot be read (${code ?? e.message}); it was not scanned`);
  };
  const sayNotUtf8 = (dir) => {
    let raw;
    try {
      raw = fs2.readdirSync(dir, { withFileTypes: true, encoding: "buffer" });
    } catch {
      return;
    }
    for (const ent of raw.sort((a, b) => Buffer.compare(a.name, b.name))) {
      const name = ent.name.toString("utf8");
      const abs = path2.join(dir, name);
      if (Buffer.from(name, "utf8").equals(ent.name) || notUtf8Said.has(abs) || !(ent.isDirectory() || EXPECTED(name))) continue;
      notUtf8Said.add(abs);
      notUtf8(abs, ent.isDirectory() ? "folder" : "file");
    }
  };
  const skipped = (abs, code, message) => problems.push({ code, file: toDisplayPath(abs, cwd), line: 1, column: 1, message, level: "warning" });
  const linkOutside = (abs, folder) => skipped(
    abs,
    "LINK_OUTSIDE",
    `a symbolic link to a ${folder ? "folder" : "file"} outside the scanned paths; s3-gate never follows links out of them, so it was not scanned`
  );
  const linkIntoGit = (abs) => skipped(abs, "LINK_INTO_GIT", "a symbolic link into .git/, where a checkout keeps its credentials; it was not followed");
  const notAFile = (abs) => skipped(abs, "NOT_A_FILE", "not a regular file (a named pipe, socket or device); it was not read");
  const skippedFolder = (abs, name) => {
    if (!isSkippedFolder(abs, name)) return false;
    if (name !== ".git")
      logger.debug(`skipped ${toDisplayPath(abs, cwd)}: dependencies, a cache or a build copy (name it as a path to scan it)`);
    return true;
  };
  const walk = (dir, depth2) => {
    if (visitedDirs.has(dir) || credentialsIn(dir, roots) === "git") return;
    if (depth2 > MAX_DIR_DEPTH) {
      notScanned(dir, `the folder is nested more than ${MAX_DIR_DEPTH} levels below the scanned path; it was not scanned`);
      return;
    }
    visitedDirs.add(dir);
    let entries;
    try {
      entries = fs2.readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      cannotRead(dir, "folder", e);
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    if (entries.some((e) => e.name.includes("\uFFFD"))) sayNotUtf8(dir);
    for (const ent of entries) {
      const abs = path2.join(dir, ent.name);
      if (ent.isDirectory()) {
        if (!skippedFolder(abs, ent.name)) walk(abs, depth2 + 1);
        continue;
      }
      if (ent.isSymbolicLink()) {
        let real;
        let st;
        try {
          real = fs2.realpathSync.native(abs);
          st = fs2.statSync(real);
        } catch (e) {
          if (notUtf8Said.has(abs)) continue;
          if (CANDIDATE.test(ent.name))
            skipped(
              abs,
              "BROKEN_LINK",
              e.code === "ELOOP" ? "a symbolic link that leads back to itself (a loop of links); it was not scanned" : "a symbolic link to a file that does not exist; it was not scanned"
            );
          else logger.debug(`skipped broken symlink ${toDisplayPath(abs, cwd)}`);
          continue;
        }
        const folder = st.isDirectory();
        if (folder && skippedFolder(real, ent.name)) continue;
        if (!isInside(real, roots)) {
          if (folder || CANDIDATE.test(ent.name)) linkOutside(abs, folder);
          continue;
        }
        if (credentialsIn(real, roots) === "git") {
          if (folder || CANDIDATE.test(ent.name)) linkIntoGit(abs);
          continue;
        }
        if (folder) walk(real, depth2 + 1);
        else if (st.isFile()) {
          if (CANDIDATE.test(ent.name)) addFile(real, st.size, CANDIDATE.test(path2.basename(real)) ? void 0 : abs);
        } else if (EXPECTED(ent.name)) notAFile(abs);
        continue;
      }
      if (!ent.isFile() && !ent.isDirectory() && EXPECTED(ent.name)) notAFile(abs);
      if (ent.isFile() && CANDIDATE.test(ent.name)) {
        try {
          addFile(abs, fs2.statSync(abs).size);
        } catch (e) {
          cannotRead(abs, "file", e);
        }
      }
    }
  };
  const linkedFiles = LINKED_FILE_ROOTS.get(roots);
  for (const root of roots) {
    const st = fs2.statSync(root);
    const link = linkedFiles?.get(root);
    if (st.isDirectory()) walk(root, 0);
    else if (st.isFile() && link !== void 0 && CANDIDATE.test(link) && !CANDIDATE.test(root)) addFile(root, st.size, link);
    else if (st.isFile() && !CANDIDATE.test(root))
      skipped(
        link ?? root,
        "UNREAD_FILE_NAME",
        "named as a path to scan, but s3-gate reads only files ending in .yaml, .yml, .json, .template, .tf, .tofu or .tfvars (a template by another name: rename it); it was not scanned"
      );
    else if (st.isFile()) addFile(root, st.size);
    else notAFile(link ?? root);
  }
  return { roots, files, problems };
}
function listFiles(dir, roots, cwd, filter, max = 2e4) {
  const out = [];
  const visited = /* @__PURE__ */ new Set();
  const walk = (d, depth2) => {
    if (visited.has(d) || depth2 > 64 || out.length >= max) return;
    visited.add(d);
    let entries;
    try {
      entries = fs2.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const ent of entries) {
      const abs = path2.join(d, ent.name);
      if (ent.isDirectory()) {
        if (!isSkippedFolder(abs, ent.name)) walk(abs, depth2 + 1);
      } else if (ent.isFile() && isInside(abs, roots) && filter(toDisplayPath(abs, cwd))) out.push(abs);
    }
  };
  if (isInside(dir, roots)) walk(dir, 0);
  return out;
}
function mib(bytes) {
  if (bytes < 1048576) return `${bytes.toLocaleString("en-US")} bytes`;
  const m = bytes / 1048576;
  return `${Number.isInteger(m) ? m : m.toFixed(1)} MiB`;
}

// src/work-tree.ts
import fs3 from "node:fs";
import path3 from "node:path";
function enclosingWorkTree(dir) {
  for (let d = path3.resolve(dir); ; ) {
    if (fs3.existsSync(path3.join(d, ".git"))) return d;
    const up = path3.dirname(d);
    if (up === d) return void 0;
    d = up;
  }
}
function repositoryOf(file, cwd) {
  const workTree = enclosingWorkTree(cwd);
  return workTree && isInside(path3.resolve(cwd, file), [workTree]) ? workTree : path3.resolve(cwd);
}

// schema/s3-gate.schema.json
var s3_gate_schema_default = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://github.com/s3-gate/s3-gate/blob/main/schema/s3-gate.schema.json",
  title: "s3-gate configuration (.s3-gate.yml)",
  description: "Which rules run, at what severity, on which files, and which findings are accepted (with a reason and an expiry). See the Configuration section of the README.",
  type: "object",
  additionalProperties: false,
  properties: {
    profile: {
      description: "Rule set: baseline = rules mapped to AWS Security Hub FSBP controls; default (when omitted) = what peer tools and Security Hub check; strict = everything, including s3-gate low and info hardening rules.",
      enum: ["baseline", "default", "strict"]
    },
    rules: {
      description: "Per-rule settings on top of the profile: off, on (add a rule the profile leaves out), or a severity (which also turns the rule on).",
      type: "object",
      propertyNames: {
        $ref: "#/definitions/ruleId"
      },
      additionalProperties: {
        $ref: "#/definitions/ruleSetting"
      }
    },
    disable: {
      description: "Rules to switch off (same as rules: { id: off }).",
      $ref: "#/definitions/ruleIds"
    },
    enable: {
      description: "Run only these rules, whatever the profile says.",
      $ref: "#/definitions/ruleIds"
    },
    include: {
      description: "Only report findings in files matching one of these globs: paths from the working directory, with / (** crosses directories; infra/** for a folder).",
      $ref: "#/definitions/globs"
    },
    exclude: {
      description: "Never report findings in files matching one of these globs.",
      $ref: "#/definitions/globs"
    },
    "inline-suppressions": {
      description: "allow (default): suppressions written in code (s3-gate:ignore, checkov:skip, cfn_nag Metadata...) apply. refuse: they are ignored and listed, so only exceptions in this file count.",
      enum: ["allow", "refuse", true, false]
    },
    exceptions: {
      description: "Findings accepted centrally. Each needs the rule and a reason; expires (YYYY-MM-DD) makes it stop applying after that day.",
      type: "array",
      items: {
        $ref: "#/definitions/exception"
      }
    }
  },
  definitions: {
    ruleId: {
      type: "string",
      enum: [
        "access-logging-disabled",
        "access-point-bpa-incomplete",
        "account-public-access-block-incomplete",
        "acl-enabled",
        "acl-public-neutralised",
        "acl-public-read",
        "acl-public-write",
        "acl-write-acp-grant",
        "block-public-access-incomplete",
        "bucket-key-disabled",
        "bucket-policy-missing",
        "cloudtrail-bucket-public",
        "cloudtrail-data-events-missing",
        "cloudtrail-log-file-validation-disabled",
        "cloudtrail-multi-region-disabled",
        "cloudwatch-s3-policy-change-alarm-missing",
        "cors-wildcard-origin",
        "encryption-missing",
        "encryption-not-kms",
        "iam-inline-policy-s3-access",
        "iam-policy-s3-wildcard",
        "lifecycle-abort-incomplete-uploads-missing",
        "lifecycle-missing",
        "lifecycle-noncurrent-versions-kept",
        "mfa-delete-disabled",
        "notifications-missing",
        "object-acl-public",
        "object-lock-disabled",
        "object-not-encrypted-cmk",
        "object-sse-missing",
        "policy-allow-not-action",
        "policy-allow-not-principal",
        "policy-cross-account-dangerous-actions",
        "policy-lockout",
        "policy-public-read",
        "policy-public-write",
        "policy-wildcard-action",
        "public-exposure",
        "replication-missing",
        "sse-c-not-blocked",
        "tls-min-version",
        "tls-not-enforced",
        "versioning-disabled",
        "website-bucket-holds-private-objects",
        "website-enabled"
      ]
    },
    ruleIds: {
      anyOf: [
        {
          $ref: "#/definitions/ruleId"
        },
        {
          type: "array",
          items: {
            $ref: "#/definitions/ruleId"
          }
        }
      ]
    },
    ruleSetting: {
      enum: ["on", "off", true, false, "critical", "high", "medium", "low", "info"]
    },
    globs: {
      anyOf: [
        {
          type: "string",
          minLength: 1
        },
        {
          type: "array",
          items: {
            type: "string",
            minLength: 1
          }
        }
      ]
    },
    date: {
      type: "string",
      pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
    },
    exception: {
      type: "object",
      additionalProperties: false,
      required: ["rule", "reason"],
      properties: {
        rule: {
          $ref: "#/definitions/ruleId"
        },
        resource: {
          description: "Glob over the resource address (CloudFormation logical id, Terraform address, CDK construct path).",
          type: "string",
          minLength: 1
        },
        path: {
          description: "Glob over the file path, relative to the working directory.",
          type: "string",
          minLength: 1
        },
        reason: {
          description: "Why the finding is accepted; shown next to the suppressed finding.",
          type: "string",
          pattern: "\\S"
        },
        expires: {
          description: "Last day the exception applies (YYYY-MM-DD).",
          $ref: "#/definitions/date"
        }
      }
    }
  }
};

// src/config/config-validator.generated.ts
function ucs2length(str) {
  let length = 0;
  for (let i = 0; i < str.length; length++) {
    const c = str.charCodeAt(i++);
    if (c >= 55296 && c <= 56319 && i < str.length && (str.charCodeAt(i) & 64512) === 56320) i++;
  }
  return length;
}
var config_validator_generated_default = validate10;
var schema11 = { "$schema": "http://json-schema.org/draft-07/schema#", "$id": "https://github.com/s3-gate/s3-gate/blob/main/schema/s3-gate.schema.json", "title": "s3-gate configuration (.s3-gate.yml)", "description": "Which rules run, at what severity, on which files, and which findings are accepted (with a reason and an expiry). See the Configuration section of the README.", "type": "object", "additionalProperties": false, "properties": { "profile": { "description": "Rule set: baseline = rules mapped to AWS Security Hub FSBP controls; default (when omitted) = what peer tools and Security Hub check; strict = everything, including s3-gate low and info hardening rules.", "enum": ["baseline", "default", "strict"] }, "rules": { "description": "Per-rule settings on top of the profile: off, on (add a rule the profile leaves out), or a severity (which also turns the rule on).", "type": "object", "propertyNames": { "$ref": "#/definitions/ruleId" }, "additionalProperties": { "$ref": "#/definitions/ruleSetting" } }, "disable": { "description": "Rules to switch off (same as rules: { id: off }).", "$ref": "#/definitions/ruleIds" }, "enable": { "description": "Run only these rules, whatever the profile says.", "$ref": "#/definitions/ruleIds" }, "include": { "description": "Only report findings in files matching one of these globs: paths from the working directory, with / (** crosses directories; infra/** for a folder).", "$ref": "#/definitions/globs" }, "exclude": { "description": "Never report findings in files matching one of these globs.", "$ref": "#/definitions/globs" }, "inline-suppressions": { "description": "allow (default): suppressions written in code (s3-gate:ignore, checkov:skip, cfn_nag Metadata...) apply. refuse: they are ignored and listed, so only exceptions in this file count.", "enum": ["allow", "refuse", true, false] }, "exceptions": { "description": "Findings accepted centrally. Each needs the rule and a reason; expires (YYYY-MM-DD) makes it stop applying after that day.", "type": "array", "items": { "$ref": "#/definitions/exception" } } }, "definitions": { "ruleId": { "type": "string", "enum": ["access-logging-disabled", "access-point-bpa-incomplete", "account-public-access-block-incomplete", "acl-enabled", "acl-public-neutralised", "acl-public-read", "acl-public-write", "acl-write-acp-grant", "block-public-access-incomplete", "bucket-key-disabled", "bucket-policy-missing", "cloudtrail-bucket-public", "cloudtrail-data-events-missing", "cloudtrail-log-file-validation-disabled", "cloudtrail-multi-region-disabled", "cloudwatch-s3-policy-change-alarm-missing", "cors-wildcard-origin", "encryption-missing", "encryption-not-kms", "iam-inline-policy-s3-access", "iam-policy-s3-wildcard", "lifecycle-abort-incomplete-uploads-missing", "lifecycle-missing", "lifecycle-noncurrent-versions-kept", "mfa-delete-disabled", "notifications-missing", "object-acl-public", "object-lock-disabled", "object-not-encrypted-cmk", "object-sse-missing", "policy-allow-not-action", "policy-allow-not-principal", "policy-cross-account-dangerous-actions", "policy-lockout", "policy-public-read", "policy-public-write", "policy-wildcard-action", "public-exposure", "replication-missing", "sse-c-not-blocked", "tls-min-version", "tls-not-enforced", "versioning-disabled", "website-bucket-holds-private-objects", "website-enabled"] }, "ruleIds": { "anyOf": [{ "$ref": "#/definitions/ruleId" }, { "type": "array", "items": { "$ref": "#/definitions/ruleId" } }] }, "ruleSetting": { "enum": ["on", "off", true, false, "critical", "high", "medium", "low", "info"] }, "globs": { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] }, "date": { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, "exception": { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "$ref": "#/definitions/ruleId" }, "resource": { "description": "Glob over the resource address (CloudFormation logical id, Terraform address, CDK construct path).", "type": "string", "minLength": 1 }, "path": { "description": "Glob over the file path, relative to the working directory.", "type": "string", "minLength": 1 }, "reason": { "description": "Why the finding is accepted; shown next to the suppressed finding.", "type": "string", "pattern": "\\S" }, "expires": { "description": "Last day the exception applies (YYYY-MM-DD).", "$ref": "#/definitions/date" } } } } };
var schema12 = { "type": "string", "enum": ["access-logging-disabled", "access-point-bpa-incomplete", "account-public-access-block-incomplete", "acl-enabled", "acl-public-neutralised", "acl-public-read", "acl-public-write", "acl-write-acp-grant", "block-public-access-incomplete", "bucket-key-disabled", "bucket-policy-missing", "cloudtrail-bucket-public", "cloudtrail-data-events-missing", "cloudtrail-log-file-validation-disabled", "cloudtrail-multi-region-disabled", "cloudwatch-s3-policy-change-alarm-missing", "cors-wildcard-origin", "encryption-missing", "encryption-not-kms", "iam-inline-policy-s3-access", "iam-policy-s3-wildcard", "lifecycle-abort-incomplete-uploads-missing", "lifecycle-missing", "lifecycle-noncurrent-versions-kept", "mfa-delete-disabled", "notifications-missing", "object-acl-public", "object-lock-disabled", "object-not-encrypted-cmk", "object-sse-missing", "policy-allow-not-action", "policy-allow-not-principal", "policy-cross-account-dangerous-actions", "policy-lockout", "policy-public-read", "policy-public-write", "policy-wildcard-action", "public-exposure", "replication-missing", "sse-c-not-blocked", "tls-min-version", "tls-not-enforced", "versioning-disabled", "website-bucket-holds-private-objects", "website-enabled"] };
var schema13 = { "enum": ["on", "off", true, false, "critical", "high", "medium", "low", "info"] };
var schema17 = { "anyOf": [{ "type": "string", "minLength": 1 }, { "type": "array", "items": { "type": "string", "minLength": 1 } }] };
var schema14 = { "anyOf": [{ "$ref": "#/definitions/ruleId" }, { "type": "array", "items": { "$ref": "#/definitions/ruleId" } }] };
function validate11(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "access-logging-disabled" || data === "access-point-bpa-incomplete" || data === "account-public-access-block-incomplete" || data === "acl-enabled" || data === "acl-public-neutralised" || data === "acl-public-read" || data === "acl-public-write" || data === "acl-write-acp-grant" || data === "block-public-access-incomplete" || data === "bucket-key-disabled" || data === "bucket-policy-missing" || data === "cloudtrail-bucket-public" || data === "cloudtrail-data-events-missing" || data === "cloudtrail-log-file-validation-disabled" || data === "cloudtrail-multi-region-disabled" || data === "cloudwatch-s3-policy-change-alarm-missing" || data === "cors-wildcard-origin" || data === "encryption-missing" || data === "encryption-not-kms" || data === "iam-inline-policy-s3-access" || data === "iam-policy-s3-wildcard" || data === "lifecycle-abort-incomplete-uploads-missing" || data === "lifecycle-missing" || data === "lifecycle-noncurrent-versions-kept" || data === "mfa-delete-disabled" || data === "notifications-missing" || data === "object-acl-public" || data === "object-lock-disabled" || data === "object-not-encrypted-cmk" || data === "object-sse-missing" || data === "policy-allow-not-action" || data === "policy-allow-not-principal" || data === "policy-cross-account-dangerous-actions" || data === "policy-lockout" || data === "policy-public-read" || data === "policy-public-write" || data === "policy-wildcard-action" || data === "public-exposure" || data === "replication-missing" || data === "sse-c-not-blocked" || data === "tls-min-version" || data === "tls-not-enforced" || data === "versioning-disabled" || data === "website-bucket-holds-private-objects" || data === "website-enabled")) {
    const err1 = { instancePath, schemaPath: "#/definitions/ruleId/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  if (!valid0) {
    const _errs4 = errors;
    if (Array.isArray(data)) {
      const len0 = data.length;
      for (let i0 = 0; i0 < len0; i0++) {
        let data0 = data[i0];
        if (typeof data0 !== "string") {
          const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!(data0 === "access-logging-disabled" || data0 === "access-point-bpa-incomplete" || data0 === "account-public-access-block-incomplete" || data0 === "acl-enabled" || data0 === "acl-public-neutralised" || data0 === "acl-public-read" || data0 === "acl-public-write" || data0 === "acl-write-acp-grant" || data0 === "block-public-access-incomplete" || data0 === "bucket-key-disabled" || data0 === "bucket-policy-missing" || data0 === "cloudtrail-bucket-public" || data0 === "cloudtrail-data-events-missing" || data0 === "cloudtrail-log-file-validation-disabled" || data0 === "cloudtrail-multi-region-disabled" || data0 === "cloudwatch-s3-policy-change-alarm-missing" || data0 === "cors-wildcard-origin" || data0 === "encryption-missing" || data0 === "encryption-not-kms" || data0 === "iam-inline-policy-s3-access" || data0 === "iam-policy-s3-wildcard" || data0 === "lifecycle-abort-incomplete-uploads-missing" || data0 === "lifecycle-missing" || data0 === "lifecycle-noncurrent-versions-kept" || data0 === "mfa-delete-disabled" || data0 === "notifications-missing" || data0 === "object-acl-public" || data0 === "object-lock-disabled" || data0 === "object-not-encrypted-cmk" || data0 === "object-sse-missing" || data0 === "policy-allow-not-action" || data0 === "policy-allow-not-principal" || data0 === "policy-cross-account-dangerous-actions" || data0 === "policy-lockout" || data0 === "policy-public-read" || data0 === "policy-public-write" || data0 === "policy-wildcard-action" || data0 === "public-exposure" || data0 === "replication-missing" || data0 === "sse-c-not-blocked" || data0 === "tls-min-version" || data0 === "tls-not-enforced" || data0 === "versioning-disabled" || data0 === "website-bucket-holds-private-objects" || data0 === "website-enabled")) {
          const err3 = { instancePath: instancePath + "/" + i0, schemaPath: "#/definitions/ruleId/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
    } else {
      const err4 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema14.anyOf[1].type, parentSchema: schema14.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    var _valid0 = _errs4 === errors;
    valid0 = valid0 || _valid0;
  }
  if (!valid0) {
    const err5 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema14.anyOf, parentSchema: schema14, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate11.errors = vErrors;
  return errors === 0;
}
var schema19 = { "type": "object", "additionalProperties": false, "required": ["rule", "reason"], "properties": { "rule": { "$ref": "#/definitions/ruleId" }, "resource": { "description": "Glob over the resource address (CloudFormation logical id, Terraform address, CDK construct path).", "type": "string", "minLength": 1 }, "path": { "description": "Glob over the file path, relative to the working directory.", "type": "string", "minLength": 1 }, "reason": { "description": "Why the finding is accepted; shown next to the suppressed finding.", "type": "string", "pattern": "\\S" }, "expires": { "description": "Last day the exception applies (YYYY-MM-DD).", "$ref": "#/definitions/date" } } };
var schema21 = { "type": "string", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" };
var func2 = ucs2length;
var pattern0 = new RegExp("\\S", "u");
var pattern1 = new RegExp("^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "u");
function validate14(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.rule === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "rule" }, message: "must have required property 'rule'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema19.required, parentSchema: schema19, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "rule" || key0 === "resource" || key0 === "path" || key0 === "reason" || key0 === "expires")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema19, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.rule !== void 0) {
      let data0 = data.rule;
      if (typeof data0 !== "string") {
        const err3 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data0 === "access-logging-disabled" || data0 === "access-point-bpa-incomplete" || data0 === "account-public-access-block-incomplete" || data0 === "acl-enabled" || data0 === "acl-public-neutralised" || data0 === "acl-public-read" || data0 === "acl-public-write" || data0 === "acl-write-acp-grant" || data0 === "block-public-access-incomplete" || data0 === "bucket-key-disabled" || data0 === "bucket-policy-missing" || data0 === "cloudtrail-bucket-public" || data0 === "cloudtrail-data-events-missing" || data0 === "cloudtrail-log-file-validation-disabled" || data0 === "cloudtrail-multi-region-disabled" || data0 === "cloudwatch-s3-policy-change-alarm-missing" || data0 === "cors-wildcard-origin" || data0 === "encryption-missing" || data0 === "encryption-not-kms" || data0 === "iam-inline-policy-s3-access" || data0 === "iam-policy-s3-wildcard" || data0 === "lifecycle-abort-incomplete-uploads-missing" || data0 === "lifecycle-missing" || data0 === "lifecycle-noncurrent-versions-kept" || data0 === "mfa-delete-disabled" || data0 === "notifications-missing" || data0 === "object-acl-public" || data0 === "object-lock-disabled" || data0 === "object-not-encrypted-cmk" || data0 === "object-sse-missing" || data0 === "policy-allow-not-action" || data0 === "policy-allow-not-principal" || data0 === "policy-cross-account-dangerous-actions" || data0 === "policy-lockout" || data0 === "policy-public-read" || data0 === "policy-public-write" || data0 === "policy-wildcard-action" || data0 === "public-exposure" || data0 === "replication-missing" || data0 === "sse-c-not-blocked" || data0 === "tls-min-version" || data0 === "tls-not-enforced" || data0 === "versioning-disabled" || data0 === "website-bucket-holds-private-objects" || data0 === "website-enabled")) {
        const err4 = { instancePath: instancePath + "/rule", schemaPath: "#/definitions/ruleId/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.resource !== void 0) {
      let data1 = data.resource;
      if (typeof data1 === "string") {
        if (func2(data1) < 1) {
          const err5 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.resource, data: data1 };
          if (vErrors === null) {
            vErrors = [err5];
          } else {
            vErrors.push(err5);
          }
          errors++;
        }
      } else {
        const err6 = { instancePath: instancePath + "/resource", schemaPath: "#/properties/resource/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.resource.type, parentSchema: schema19.properties.resource, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data2 = data.path;
      if (typeof data2 === "string") {
        if (func2(data2) < 1) {
          const err7 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema19.properties.path, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.path.type, parentSchema: schema19.properties.path, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data3 = data.reason;
      if (typeof data3 === "string") {
        if (!pattern0.test(data3)) {
          const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema19.properties.reason, data: data3 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema19.properties.reason.type, parentSchema: schema19.properties.reason, data: data3 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.expires !== void 0) {
      let data4 = data.expires;
      if (typeof data4 === "string") {
        if (!pattern1.test(data4)) {
          const err11 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/pattern", keyword: "pattern", params: { pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" }, message: 'must match pattern "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"', schema: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", parentSchema: schema21, data: data4 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/expires", schemaPath: "#/definitions/date/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema21.type, parentSchema: schema21, data: data4 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
  } else {
    const err13 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema19.type, parentSchema: schema19, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  }
  validate14.errors = vErrors;
  return errors === 0;
}
function validate10(data, { instancePath = "", parentData, parentDataProperty, rootData = data } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "profile" || key0 === "rules" || key0 === "disable" || key0 === "enable" || key0 === "include" || key0 === "exclude" || key0 === "inline-suppressions" || key0 === "exceptions")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema11, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      let data0 = data.profile;
      if (!(data0 === "baseline" || data0 === "default" || data0 === "strict")) {
        const err1 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/enum", keyword: "enum", params: { allowedValues: schema11.properties.profile.enum }, message: "must be equal to one of the allowed values", schema: schema11.properties.profile.enum, parentSchema: schema11.properties.profile, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      if (data1 && typeof data1 == "object" && !Array.isArray(data1)) {
        for (const key1 in data1) {
          const _errs5 = errors;
          if (typeof key1 !== "string") {
            const err2 = { instancePath: instancePath + "/rules", schemaPath: "#/definitions/ruleId/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema12.type, parentSchema: schema12, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
          if (!(key1 === "access-logging-disabled" || key1 === "access-point-bpa-incomplete" || key1 === "account-public-access-block-incomplete" || key1 === "acl-enabled" || key1 === "acl-public-neutralised" || key1 === "acl-public-read" || key1 === "acl-public-write" || key1 === "acl-write-acp-grant" || key1 === "block-public-access-incomplete" || key1 === "bucket-key-disabled" || key1 === "bucket-policy-missing" || key1 === "cloudtrail-bucket-public" || key1 === "cloudtrail-data-events-missing" || key1 === "cloudtrail-log-file-validation-disabled" || key1 === "cloudtrail-multi-region-disabled" || key1 === "cloudwatch-s3-policy-change-alarm-missing" || key1 === "cors-wildcard-origin" || key1 === "encryption-missing" || key1 === "encryption-not-kms" || key1 === "iam-inline-policy-s3-access" || key1 === "iam-policy-s3-wildcard" || key1 === "lifecycle-abort-incomplete-uploads-missing" || key1 === "lifecycle-missing" || key1 === "lifecycle-noncurrent-versions-kept" || key1 === "mfa-delete-disabled" || key1 === "notifications-missing" || key1 === "object-acl-public" || key1 === "object-lock-disabled" || key1 === "object-not-encrypted-cmk" || key1 === "object-sse-missing" || key1 === "policy-allow-not-action" || key1 === "policy-allow-not-principal" || key1 === "policy-cross-account-dangerous-actions" || key1 === "policy-lockout" || key1 === "policy-public-read" || key1 === "policy-public-write" || key1 === "policy-wildcard-action" || key1 === "public-exposure" || key1 === "replication-missing" || key1 === "sse-c-not-blocked" || key1 === "tls-min-version" || key1 === "tls-not-enforced" || key1 === "versioning-disabled" || key1 === "website-bucket-holds-private-objects" || key1 === "website-enabled")) {
            const err3 = { instancePath: instancePath + "/rules", schemaPath: "#/definitions/ruleId/enum", keyword: "enum", params: { allowedValues: schema12.enum }, message: "must be equal to one of the allowed values", schema: schema12.enum, parentSchema: schema12, data: key1, propertyName: key1 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
          var valid1 = _errs5 === errors;
          if (!valid1) {
            const err4 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/propertyNames", keyword: "propertyNames", params: { propertyName: key1 }, message: "property name must be valid", schema: schema11.properties.rules.propertyNames, parentSchema: schema11.properties.rules, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
        for (const key2 in data1) {
          let data2 = data1[key2];
          if (!(data2 === "on" || data2 === "off" || data2 === true || data2 === false || data2 === "critical" || data2 === "high" || data2 === "medium" || data2 === "low" || data2 === "info")) {
            const err5 = { instancePath: instancePath + "/rules/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/definitions/ruleSetting/enum", keyword: "enum", params: { allowedValues: schema13.enum }, message: "must be equal to one of the allowed values", schema: schema13.enum, parentSchema: schema13, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.properties.rules.type, parentSchema: schema11.properties.rules, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.disable !== void 0) {
      if (!validate11(data.disable, { instancePath: instancePath + "/disable", parentData: data, parentDataProperty: "disable", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.enable !== void 0) {
      if (!validate11(data.enable, { instancePath: instancePath + "/enable", parentData: data, parentDataProperty: "enable", rootData })) {
        vErrors = vErrors === null ? validate11.errors : vErrors.concat(validate11.errors);
        errors = vErrors.length;
      }
    }
    if (data.include !== void 0) {
      let data5 = data.include;
      const _errs15 = errors;
      let valid6 = false;
      const _errs16 = errors;
      if (typeof data5 === "string") {
        if (func2(data5) < 1) {
          const err7 = { instancePath: instancePath + "/include", schemaPath: "#/definitions/globs/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.anyOf[0], data: data5 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/include", schemaPath: "#/definitions/globs/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.anyOf[0].type, parentSchema: schema17.anyOf[0], data: data5 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      var _valid0 = _errs16 === errors;
      valid6 = valid6 || _valid0;
      if (!valid6) {
        const _errs18 = errors;
        if (Array.isArray(data5)) {
          const len0 = data5.length;
          for (let i0 = 0; i0 < len0; i0++) {
            let data6 = data5[i0];
            if (typeof data6 === "string") {
              if (func2(data6) < 1) {
                const err9 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/globs/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.anyOf[1].items, data: data6 };
                if (vErrors === null) {
                  vErrors = [err9];
                } else {
                  vErrors.push(err9);
                }
                errors++;
              }
            } else {
              const err10 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/definitions/globs/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.anyOf[1].items.type, parentSchema: schema17.anyOf[1].items, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          }
        } else {
          const err11 = { instancePath: instancePath + "/include", schemaPath: "#/definitions/globs/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.anyOf[1].type, parentSchema: schema17.anyOf[1], data: data5 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
        var _valid0 = _errs18 === errors;
        valid6 = valid6 || _valid0;
      }
      if (!valid6) {
        const err12 = { instancePath: instancePath + "/include", schemaPath: "#/definitions/globs/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema17.anyOf, parentSchema: schema17, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      } else {
        errors = _errs15;
        if (vErrors !== null) {
          if (_errs15) {
            vErrors.length = _errs15;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.exclude !== void 0) {
      let data7 = data.exclude;
      const _errs24 = errors;
      let valid10 = false;
      const _errs25 = errors;
      if (typeof data7 === "string") {
        if (func2(data7) < 1) {
          const err13 = { instancePath: instancePath + "/exclude", schemaPath: "#/definitions/globs/anyOf/0/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.anyOf[0], data: data7 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      } else {
        const err14 = { instancePath: instancePath + "/exclude", schemaPath: "#/definitions/globs/anyOf/0/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.anyOf[0].type, parentSchema: schema17.anyOf[0], data: data7 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      var _valid1 = _errs25 === errors;
      valid10 = valid10 || _valid1;
      if (!valid10) {
        const _errs27 = errors;
        if (Array.isArray(data7)) {
          const len1 = data7.length;
          for (let i1 = 0; i1 < len1; i1++) {
            let data8 = data7[i1];
            if (typeof data8 === "string") {
              if (func2(data8) < 1) {
                const err15 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/globs/anyOf/1/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema17.anyOf[1].items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err15];
                } else {
                  vErrors.push(err15);
                }
                errors++;
              }
            } else {
              const err16 = { instancePath: instancePath + "/exclude/" + i1, schemaPath: "#/definitions/globs/anyOf/1/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema17.anyOf[1].items.type, parentSchema: schema17.anyOf[1].items, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        } else {
          const err17 = { instancePath: instancePath + "/exclude", schemaPath: "#/definitions/globs/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema17.anyOf[1].type, parentSchema: schema17.anyOf[1], data: data7 };
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
        var _valid1 = _errs27 === errors;
        valid10 = valid10 || _valid1;
      }
      if (!valid10) {
        const err18 = { instancePath: instancePath + "/exclude", schemaPath: "#/definitions/globs/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema17.anyOf, parentSchema: schema17, data: data7 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      } else {
        errors = _errs24;
        if (vErrors !== null) {
          if (_errs24) {
            vErrors.length = _errs24;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data["inline-suppressions"] !== void 0) {
      let data9 = data["inline-suppressions"];
      if (!(data9 === "allow" || data9 === "refuse" || data9 === true || data9 === false)) {
        const err19 = { instancePath: instancePath + "/inline-suppressions", schemaPath: "#/properties/inline-suppressions/enum", keyword: "enum", params: { allowedValues: schema11.properties["inline-suppressions"].enum }, message: "must be equal to one of the allowed values", schema: schema11.properties["inline-suppressions"].enum, parentSchema: schema11.properties["inline-suppressions"], data: data9 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.exceptions !== void 0) {
      let data10 = data.exceptions;
      if (Array.isArray(data10)) {
        const len2 = data10.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate14(data10[i2], { instancePath: instancePath + "/exceptions/" + i2, parentData: data10, parentDataProperty: i2, rootData })) {
            vErrors = vErrors === null ? validate14.errors : vErrors.concat(validate14.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/exceptions", schemaPath: "#/properties/exceptions/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema11.properties.exceptions.type, parentSchema: schema11.properties.exceptions, data: data10 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema11.type, parentSchema: schema11, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate10.errors = vErrors;
  return errors === 0;
}

// src/config/schema.ts
var validate = config_validator_generated_default;
function checkAgainstSchema(value, root, knownRules) {
  if (validate(value)) return void 0;
  const errors = validate.errors ?? [];
  const ranked = [...errors].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b));
  const e = ranked[0];
  return { message: describe(e, errors, knownRules), offset: locate(root, e) };
}
var depth = (e) => e.instancePath.split("/").length + (e.propertyName !== void 0 || e.keyword === "additionalProperties" ? 1 : 0);
var rank = (e) => e.keyword === "anyOf" ? 2 : e.keyword === "type" ? 1 : 0;
function pathWords(instancePath) {
  const parts = instancePath.split("/").slice(1).map(unescape);
  if (!parts.length) return "the configuration";
  return parts.map((p, i) => /^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`).join("");
}
var unescape = (s) => s.replace(/~1/g, "/").replace(/~0/g, "~");
function closest(word, candidates) {
  let best;
  let bestD = Infinity;
  for (const c of candidates) {
    const d = editDistance(word, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best !== void 0 && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : void 0;
}
function editDistance(a, b) {
  const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = dp[0];
    dp[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = dp[j];
      dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return dp[b.length];
}
var TOP_LEVEL = Object.keys(s3_gate_schema_default.properties);
var EXCEPTION_FIELDS = Object.keys(s3_gate_schema_default.definitions.exception.properties);
function unknownRule(id, knownRules) {
  const text = String(id);
  const hint = closest(text, knownRules);
  return `unknown rule ${quoted(text)}${hint ? ` (did you mean "${hint}"?)` : ""}; \`s3-gate rules\` lists them.`;
}
function describe(e, all, knownRules) {
  const where = pathWords(e.instancePath);
  const isRuleId = (x) => x.schemaPath.includes("ruleId");
  switch (e.keyword) {
    case "additionalProperties": {
      const key = String(e.params.additionalProperty);
      const known = e.instancePath === "" ? TOP_LEVEL : EXCEPTION_FIELDS;
      const hint = key === "until" && known.includes("expires") ? "expires" : closest(key, known);
      return `unknown setting ${quoted(key)}${e.instancePath ? ` in ${where}` : ""}${hint ? ` (did you mean "${hint}"?)` : ""}. Expected one of: ${known.join(", ")}.`;
    }
    case "required":
      return `${where} needs \`${e.params.missingProperty}\`${e.params.missingProperty === "reason" ? ": every exception must say why it is accepted" : ""}.`;
    case "enum": {
      if (e.propertyName !== void 0) return unknownRule(e.propertyName, knownRules);
      if (isRuleId(e) && isStructure(e.data)) return `Expected \`${where}\` to be a rule id; got ${describeValue(e.data)}.`;
      if (isRuleId(e)) return unknownRule(e.data, knownRules);
      const allowed = e.params.allowedValues.filter((x) => typeof x === "string");
      return `Expected \`${where}\` to be one of ${allowed.join(", ")}; got ${isStructure(e.data) ? describeValue(e.data) : quoted(e.data)}.`;
    }
    case "propertyNames":
      return unknownRule(e.params.propertyName, knownRules);
    case "pattern":
      if (e.instancePath.endsWith("/expires")) return `\`${where}\`: ${quoted(e.data)} is not a date (YYYY-MM-DD).`;
      if (e.instancePath.endsWith("/reason")) return `\`${where}\` is empty: every exception must say why it is accepted.`;
      return `\`${where}\`: ${quoted(e.data)} does not match ${e.params.pattern}.`;
    case "minLength":
      return `\`${where}\` must not be empty.`;
    case "type":
      return `Expected \`${where}\` to be ${article(e.params.type)}; got ${describeValue(e.data)}.`;
    case "anyOf": {
      const inner = all.find((x) => x.instancePath.startsWith(e.instancePath) && isRuleId(x) && x.keyword === "enum");
      if (inner) return unknownRule(inner.data, knownRules);
      return `Expected \`${where}\` to be a string or a list of strings; got ${describeValue(e.data)}.`;
    }
    default:
      return `\`${where}\` ${e.message ?? "is invalid"}.`;
  }
}
function quoted(v) {
  const text = typeof v === "string" ? JSON.stringify(v) : String(v);
  if (text.length <= QUOTED_MAX) return text;
  return typeof v === "string" ? `${text.slice(0, QUOTED_MAX - 2)}\u2026"` : `${text.slice(0, QUOTED_MAX - 1)}\u2026`;
}
var QUOTED_MAX = 60;
var isStructure = (v) => v === null || typeof v === "object";
var article = (t) => t === "object" ? "a mapping" : t === "array" ? "a list" : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`;
function describeValue(v) {
  if (v === null) return "nothing (null)";
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a mapping";
  return `${typeof v} ${quoted(v)}`;
}
function locate(root, e) {
  let node = root;
  let keyStart;
  for (const seg of e.instancePath.split("/").slice(1).map(unescape)) {
    if (node.kind === "map") {
      const entry = node.entries.find((x) => x.key === seg);
      if (!entry) break;
      keyStart = entry.keyStart;
      node = entry.value;
    } else if (node.kind === "seq") {
      const item = node.items[Number(seg)];
      if (!item) break;
      keyStart = void 0;
      node = item;
    } else break;
  }
  const key = e.keyword === "additionalProperties" ? e.params.additionalProperty : e.propertyName ?? (e.keyword === "propertyNames" ? e.params.propertyName : void 0);
  if (key !== void 0 && node.kind === "map") {
    const entry = node.entries.find((x) => x.key === key);
    if (entry) return entry.keyStart;
  }
  return e.keyword === "required" && keyStart !== void 0 && node.kind !== "map" ? keyStart : node.start;
}

// src/config/types.ts
var EMPTY_CONFIG = {
  disable: [],
  on: [],
  severity: {},
  include: [],
  exclude: [],
  exceptions: [],
  allowInlineSuppressions: true
};

// src/config/load.ts
var DEFAULT_CONFIG_FILE = ".s3-gate.yml";
function loadConfig(file, cwd, knownRules) {
  const explicit = file !== void 0 && file !== "";
  const abs = path4.resolve(cwd, explicit ? file : DEFAULT_CONFIG_FILE);
  const alt = path4.resolve(cwd, ".s3-gate.yaml");
  if (!present(abs)) {
    if (explicit) throw new ConfigurationError(`Config file "${file}" does not exist.`);
    if (!present(alt)) {
      const unread = misnamedConfig(cwd);
      return unread === void 0 ? EMPTY_CONFIG : { ...EMPTY_CONFIG, unread };
    }
    return parseConfig(readConfigFile(alt, cwd), displayPath(alt, cwd), knownRules);
  }
  if (!explicit && present(alt))
    throw new ConfigurationError(
      "Both .s3-gate.yml and .s3-gate.yaml are in the working directory; s3-gate reads one configuration: merge them into .s3-gate.yml and delete .s3-gate.yaml (or name one with --config / the `config` input)."
    );
  return parseConfig(readConfigFile(abs, cwd), displayPath(abs, cwd), knownRules);
}
function misnamedConfig(cwd) {
  let names;
  try {
    names = fs4.readdirSync(cwd);
  } catch {
    return void 0;
  }
  return names.sort().find((name) => MISNAMED.test(name));
}
var MISNAMED = /^\.?s3[-_]?gate\.(?:ya?ml|json)$/i;
function readConfigFile(abs, cwd) {
  const shown2 = displayPath(abs, cwd);
  let real;
  try {
    real = fs4.realpathSync.native(abs);
  } catch (e) {
    throw new ConfigurationError(`Config file "${shown2}" is a symbolic link that leads nowhere (${errorCode(e)}).`);
  }
  const base = repositoryOf(abs, cwd);
  if (isInside(abs, [base])) {
    const realBase = fs4.realpathSync.native(base);
    const inside = isInside(real, [realBase]);
    const secret = inside ? credentialsIn(real, [realBase]) : void 0;
    if (!inside || secret)
      throw new ConfigurationError(
        `Config file "${shown2}" is a symbolic link to ${!inside ? "a file outside the repository" : secret === "git" ? "a file under .git/" : "a credentials file"}; refused.`
      );
  }
  let r;
  try {
    r = readRegularFile(real, MAX_CONFIG_BYTES);
  } catch (e) {
    throw new ConfigurationError(`Config file "${shown2}" cannot be read (${errorCode(e)}).`);
  }
  if ("tooLarge" in r) throw new ConfigurationError(`${shown2}: ${tooLong(r.tooLarge)}`);
  if (!("bytes" in r)) throw new ConfigurationError(`Config file "${shown2}" is not a regular file.`);
  return decodeText(r.bytes);
}
var present = (p) => fs4.lstatSync(p, { throwIfNoEntry: false }) !== void 0;
var errorCode = (e) => e.code ?? (e instanceof Error ? e.message : String(e));
var cut = (text) => text.length <= 58 ? text : `${text.slice(0, 57)}\u2026`;
var displayPath = (abs, cwd) => (path4.relative(cwd, abs) || abs).split(path4.sep).join("/");
var MAX_CONFIG_CHARS = 1024 * 1024;
var MAX_CONFIG_BYTES = 3 * MAX_CONFIG_CHARS + 4;
var tooLong = (size) => `the configuration is ${(size / 1048576).toFixed(1)} MiB; s3-gate reads at most ${MAX_CONFIG_CHARS / 1048576} MiB of it`;
function parseConfig(text, source, knownRules) {
  const lines = new LineIndex(text);
  const fail = (offset, message) => {
    const pos = lines.position(offset);
    throw new ConfigurationError(`${source}:${pos.line}:${pos.column}: ${message}`);
  };
  if (text.length > MAX_CONFIG_CHARS) fail(0, tooLong(text.length));
  const parsed = parseYaml(text, {
    maxDepth: 50,
    maxAliasExpansion: 1e4,
    convertTag: (tag) => `the YAML tag ${cut(tag)} has no meaning in the configuration, which holds plain text, lists and mappings; remove it`
  });
  const problem = parsed.issues.find((i) => i.level === "error" || i.code === "UNKNOWN_TAG");
  if (problem) {
    const pos = problem.line !== void 0 ? { line: problem.line + 1, column: (problem.column ?? 0) + 1 } : lines.position(problem.offset);
    throw new ConfigurationError(`${source}:${pos.line}:${pos.column}: ${problem.message}`);
  }
  const config = { ...EMPTY_CONFIG, source, disable: [], on: [], severity: {}, include: [], exclude: [], exceptions: [] };
  if (parsed.documents.length > 1) fail(0, "the configuration must be a single YAML document");
  const root = parsed.documents[0];
  if (!root || root.kind === "scalar" && root.value === null) return config;
  const value = toPlain(root);
  const violation = checkAgainstSchema(value, root, knownRules);
  if (violation) fail(violation.offset, violation.message);
  const map = root;
  const entry = (key) => map.entries.find((e) => e.key === key);
  const checkRule = (id, offset) => {
    if (!knownRules.has(id)) fail(offset, `unknown rule "${id}"; \`s3-gate rules\` lists them.`);
    return id;
  };
  const ruleList = (key) => {
    const e = entry(key);
    if (!e) return void 0;
    const nodes = e.value.kind === "seq" ? e.value.items : [e.value];
    return nodes.map((n) => checkRule(String(toPlain(n)), n.start));
  };
  const checkPathGlob = (glob, where, offset) => {
    if (glob.includes("\\"))
      fail(offset, `\`${where}\`: "${cut(glob)}" contains "\\"; paths are matched with "/" (write "${cut(glob.replaceAll("\\", "/"))}").`);
    const problem2 = pathGlobProblem(glob);
    if (problem2) fail(offset, `\`${where}\`: "${cut(glob)}" ${problem2}`);
  };
  const checkResourceGlob = (glob, where, offset) => {
    const problem2 = unsupportedSyntax(glob, false);
    if (problem2) fail(offset, `\`${where}\`: "${cut(glob)}" ${problem2}`);
  };
  const pathGlobs = (key) => {
    const e = entry(key);
    if (!e) return [];
    const nodes = e.value.kind === "seq" ? e.value.items : [e.value];
    return nodes.map((n, i) => {
      const glob = String(toPlain(n));
      checkPathGlob(glob, e.value.kind === "seq" ? `${key}[${i}]` : key, n.start);
      return { glob, at: lines.position(n.start) };
    });
  };
  if (value.profile !== void 0) config.profile = value.profile;
  const rules2 = entry("rules");
  if (rules2 && rules2.value.kind === "map") {
    for (const r of rules2.value.entries) {
      checkRule(r.key, r.keyStart);
      const setting = String(toPlain(r.value)).toLowerCase();
      if (setting === "off" || setting === "false") config.disable.push(r.key);
      else {
        config.on.push(r.key);
        if (setting !== "on" && setting !== "true") config.severity[r.key] = setting;
      }
    }
  }
  config.disable.push(...ruleList("disable") ?? []);
  const enable = ruleList("enable");
  if (enable && enable.length === 0)
    fail(
      entry("enable").value.start,
      "`enable` lists no rule, so no rule would run; name the rules to run, or remove `enable` to run the profile"
    );
  if (enable) {
    config.enable = enable;
    const ignored = rules2?.value.kind === "map" ? rules2.value.entries.find((r) => config.on.includes(r.key) && !enable.includes(r.key)) : void 0;
    if (ignored)
      fail(
        ignored.keyStart,
        `\`rules\` turns on ${ignored.key}, but \`enable\` runs only the rules it lists; add ${ignored.key} to \`enable\`, or remove it from \`rules\``
      );
  }
  const offButEnabled = enable && rules2?.value.kind === "map" ? rules2.value.entries.find((r) => enable.includes(r.key) && !config.on.includes(r.key)) : void 0;
  if (offButEnabled)
    fail(offButEnabled.keyStart, `\`rules\` switches off ${offButEnabled.key}, but \`enable\` lists it; keep one of the two`);
  const disabled = entry("disable");
  if (disabled) {
    const nodes = disabled.value.kind === "seq" ? disabled.value.items : [disabled.value];
    for (const n of nodes) {
      const id = String(toPlain(n));
      const by = config.on.includes(id) ? "`rules` turns it on" : enable?.includes(id) ? "`enable` lists it" : void 0;
      if (by) fail(n.start, `\`disable\` switches off ${id}, but ${by}; keep one of the two`);
    }
  }
  const include = pathGlobs("include");
  config.include = include.map((g) => g.glob);
  if (include.length) config.includeAt = include.map((g) => g.at);
  config.exclude = pathGlobs("exclude").map((g) => g.glob);
  const inline = value["inline-suppressions"];
  if (inline !== void 0) config.allowInlineSuppressions = inline === true || inline === "allow";
  const exceptions = entry("exceptions");
  if (exceptions && exceptions.value.kind === "seq") {
    exceptions.value.items.forEach((item, i) => {
      const ex = readException(item, i, checkRule, fail, lines);
      const at = (key) => item.entries.find((e) => e.key === key).value.start;
      if (ex.path !== void 0) checkPathGlob(ex.path, `exceptions[${i}].path`, at("path"));
      if (ex.resource !== void 0) checkResourceGlob(ex.resource, `exceptions[${i}].resource`, at("resource"));
      config.exceptions.push(ex);
    });
  }
  return config;
}
function readException(item, index, checkRule, fail, lines) {
  const map = item;
  const get = (k) => map.entries.find((e) => e.key === k);
  const plain = toPlain(item);
  const ruleEntry = get("rule");
  const ex = { rule: checkRule(String(plain.rule), ruleEntry.value.start), reason: String(plain.reason).trim() };
  if (showsNothing(ex.reason))
    fail(
      get("reason").value.start,
      `\`exceptions[${index}].reason\` shows nothing (only invisible characters): every exception must say why it is accepted.`
    );
  if (plain.resource !== void 0) ex.resource = String(plain.resource);
  if (plain.path !== void 0) ex.path = String(plain.path);
  if (plain.expires !== void 0) {
    const d = String(plain.expires);
    if (!isValidDate(d)) fail(get("expires").value.start, `\`exceptions[${index}].expires\`: "${d}" is not a date (YYYY-MM-DD).`);
    ex.expires = d;
  }
  const pos = lines.position(item.start);
  ex.line = pos.line;
  ex.column = pos.column;
  return ex;
}
function pathGlobProblem(glob) {
  let start = 0;
  while (glob.startsWith("./", start)) start += 2;
  if (start > 0) return `starts with "./"; paths are written from the working directory without it (write "${cut(glob.slice(start))}").`;
  if (glob.startsWith("/"))
    return `is an absolute path; paths are written from the working directory, with no leading "/" (write "${cut(glob.replace(/^\/+/, ""))}").`;
  if (glob.endsWith("/")) return `ends with "/"; for everything in the folder, write "${cut(`${glob}**`)}".`;
  const parts = glob.split("/");
  const firstOther = parts.findIndex((p) => p !== "..");
  if (parts.some((p, i) => p === "" || p === "." || p === ".." && i > firstOther))
    return 'has an empty, "." or ".." folder in it; paths are written normalised ("infra/**", "../shared/*.tf").';
  return unsupportedSyntax(glob, true);
}
function unsupportedSyntax(glob, isPath) {
  if (isPath && glob.startsWith("!")) return 'starts with "!"; negated globs are not supported (list what to leave out under `exclude`).';
  let open = -1;
  let comma = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === "{") {
      open = i;
      comma = false;
    } else if (c === "," && open >= 0) comma = true;
    else if (c === "}" && open >= 0 && comma)
      return 'holds "{a,b}" alternatives, which s3-gate does not expand (only * ** and ? are wildcards); write one glob per alternative.';
  }
  if (isPath) {
    const bracket = glob.indexOf("[");
    if (bracket >= 0 && glob.indexOf("]", bracket + 1) > bracket)
      return 'holds a "[...]" character class, which s3-gate does not read (only * ** and ? are wildcards); write ? for one character.';
  }
  return void 0;
}

// src/engine/severity.ts
var SEVERITIES = ["critical", "high", "medium", "low", "info"];
var RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
function severityRank(s) {
  return RANK[s];
}
function meetsThreshold(s, threshold) {
  return threshold !== "none" && RANK[s] >= RANK[threshold];
}
function isSeverity(s) {
  return typeof s === "string" && SEVERITIES.includes(s);
}
function isThreshold(s) {
  return s === "none" || isSeverity(s);
}
function compareSeverity(a, b) {
  return RANK[b] - RANK[a];
}

// src/cli-args.ts
var VALUE_FLAGS = /* @__PURE__ */ new Set([
  "--format",
  "--output",
  "--fail-on",
  "--config",
  "--shard",
  "--workers",
  ...Object.keys(LIMIT_NAMES).map((n) => `--${n}`)
]);
var BOOL_FLAGS = /* @__PURE__ */ new Set(["--verbose", "--quiet", "--no-color", "--help", "-h", "--version", "-v"]);
function parseArgs(argv) {
  const positional = [];
  const flags = /* @__PURE__ */ new Map();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("-")) {
      const eq = a.indexOf("=");
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (VALUE_FLAGS.has(name)) {
        const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
        if (v === void 0 || v.trim() === "") throw new ConfigurationError(`${name} needs a value.`);
        if (eq < 0 && isOption(v)) throw new ConfigurationError(`${name} needs a value; got the option ${v}.`);
        if (flags.has(name)) throw new ConfigurationError(`${name} is given twice; keep one.`);
        flags.set(name, v);
      } else if (BOOL_FLAGS.has(name)) {
        if (eq > 0) throw new ConfigurationError(`${name} takes no value; got "${a}".`);
        flags.set(name, true);
      } else throw new ConfigurationError(`Unknown option ${a}. See s3-gate --help.`);
    } else positional.push(a);
  }
  return { command: positional.shift(), positional, flags };
}
function isOption(arg) {
  const eq = arg.indexOf("=");
  const name = eq > 0 ? arg.slice(0, eq) : arg;
  return VALUE_FLAGS.has(name) || BOOL_FLAGS.has(name);
}

// src/logger.ts
function getErrorMessage(e) {
  if (e instanceof Error) return e.message;
  return typeof e === "string" ? e : JSON.stringify(e);
}

// src/config/warning-codes.ts
var CONFIG_WARNING_CODES = /* @__PURE__ */ new Set([
  "UNUSED_EXCEPTION",
  "EXCEPTION_EXPIRED",
  "INCLUDE_UNMATCHED",
  "CONFIG_NOT_READ"
]);

// src/mask-sensitive.ts
var MASKED = "(sensitive value)";
function maskSensitive(result, texts) {
  if (texts.size === 0) return;
  const { holds, maskAll } = matcher(texts);
  const mask = (s) => {
    const masked = maskAll(s);
    return masked === s ? s : masked.split(`(${MASKED})`).join(MASKED);
  };
  for (const f of result.findings) {
    f.message = mask(f.message);
    f.resource = mask(f.resource);
    for (const r of f.related) r.message = mask(r.message);
    if (f.edit && holds(f.edit.replacement)) {
      delete f.edit;
      result.debug.push(`fix for ${f.ruleId} on ${f.resource} not offered: it would quote a value marked sensitive`);
    }
  }
  for (const u of result.unknowns) {
    u.message = mask(u.message);
    u.why = mask(u.why);
    u.resource = mask(u.resource);
  }
  for (const p of result.problems) p.message = mask(p.message);
  result.notes = result.notes.map(mask);
  result.debug = result.debug.map(mask);
}
var MAX_PATTERN_CHARS = 1e5;
function matcher(texts) {
  const sorted = [...texts].sort((a, b) => b.length - a.length);
  const searchEach = {
    holds: (s) => sorted.some((t) => s.includes(t)),
    maskAll: (s) => sorted.reduce((out, t) => out.split(t).join(MASKED), s)
  };
  if (sorted.reduce((n, t) => n + t.length, 0) > MAX_PATTERN_CHARS) return searchEach;
  try {
    const source = sorted.map((t) => t.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&")).join("|");
    const any = new RegExp(source);
    const every = new RegExp(source, "g");
    any.test("");
    "".replace(every, "");
    return { holds: (s) => any.test(s), maskAll: (s) => s.replace(every, () => MASKED) };
  } catch {
    return searchEach;
  }
}

// src/cap-problems.ts
var MAX_PROBLEMS_PER_CODE = 20;
function capRepeatedProblems(problems) {
  const seen = /* @__PURE__ */ new Map();
  const rest2 = /* @__PURE__ */ new Map();
  const out = [];
  for (const p of problems) {
    const key = `${p.file}\0${p.code}\0${p.level}`;
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n <= MAX_PROBLEMS_PER_CODE) {
      out.push(p);
      continue;
    }
    const r = rest2.get(key);
    if (r) r.count++;
    else rest2.set(key, { first: p, count: 1 });
  }
  for (const { first, count } of rest2.values()) {
    const more = count === 1 ? "" : ` (and ${count - 1} more ${first.code} further on in this file, not listed one by one)`;
    out.push({ ...first, message: `${first.message}${more}` });
  }
  return out;
}

// src/process-unit.ts
import fs5 from "node:fs";

// src/engine/evaluate.ts
import path5 from "node:path";

// src/engine/define-rule.ts
var PROFILES = ["baseline", "default", "strict"];
function defineRule(def) {
  return { ...def, target: def.target ?? "bucket" };
}
var splitTemplates = /* @__PURE__ */ new Map();
function splitTemplate(template) {
  let t = splitTemplates.get(template);
  if (t) return t;
  t = { texts: [], keys: [], raw: [] };
  const re = /\{\{\s*(\w+)\s*\}\}/g;
  let last = 0;
  for (let m = re.exec(template); m; m = re.exec(template)) {
    t.texts.push(template.slice(last, m.index));
    t.keys.push(m[1]);
    t.raw.push(m[0]);
    last = m.index + m[0].length;
  }
  t.texts.push(template.slice(last));
  if (splitTemplates.size > 1e3) splitTemplates.clear();
  splitTemplates.set(template, t);
  return t;
}
function formatMessage(template, data = {}) {
  const t = splitTemplate(template);
  let out = t.texts[0];
  for (let i = 0; i < t.keys.length; i++) {
    const k = t.keys[i];
    out += (k in data ? String(data[k]) : t.raw[i]) + t.texts[i + 1];
  }
  return out;
}

// src/engine/fingerprint.ts
import crypto from "node:crypto";
var sha256Hex = typeof crypto.hash === "function" ? (text) => crypto.hash("sha256", text, "hex") : (text) => crypto.createHash("sha256").update(text).digest("hex");
function fingerprint(ruleId, resource, file, logicalPath) {
  return sha256Hex(`${ruleId}\0${resource}\0${file}\0${logicalPath}`).slice(0, 24);
}

// src/model/per-model.ts
function perModel(name) {
  const key = Symbol(name);
  return {
    get: (model) => model[key],
    set(model, value) {
      Object.defineProperty(model, key, { value, writable: true, configurable: true, enumerable: false });
    }
  };
}

// src/model/replication.ts
function versioningWords(b) {
  const s = b.versioning.status;
  if (s.state === "unknown") return "unknown";
  if (s.state === "default") return s.value === "Enabled" ? "enabled" : "not configured";
  return s.value === "Suspended" || s.value === "Disabled" || s.value === "Enabled" ? s.value.toLowerCase() : `"${String(s.value)}"`;
}
function ruleDelivery(source, rule, target) {
  const st = rule.status;
  if (st.state === "unknown") return { state: "unknown", why: st.why, at: st.at };
  if (st.value !== "Enabled") return { state: "disabled", at: rule.at };
  for (const [side, b] of [
    ["source", source],
    ["destination", target]
  ]) {
    if (b === void 0 || b === "unknown" || !b.managed) continue;
    const v = b.versioning.status;
    if (v.state === "unknown")
      return {
        state: "unknown",
        why: `S3 replicates only ${side === "source" ? "from" : "to"} a versioned bucket, and the versioning of ${b.id} is not known statically: ${v.why}`,
        at: v.at
      };
    if (v.value !== "Enabled") return { state: "refused", side, bucket: b.id, status: versioningWords(b), at: v.at };
  }
  return { state: "delivers" };
}

// src/model/link.ts
var nameSources = perModel("nameSource");
function nameSource(model) {
  const cached = nameSources.get(model);
  if (cached && cached.count === model.buckets.length) return cached.source;
  const byId = new Map(model.buckets.map((b) => [b.id, b]));
  let byName;
  const source = {
    bucket: (id) => byId.get(id),
    byName: (name) => {
      if (!byName) {
        byName = /* @__PURE__ */ new Map();
        for (const b of model.buckets) {
          const n = bucketNameForMatch(b, source);
          if (!byName.has(n)) byName.set(n, b);
        }
      }
      return byName.get(name);
    }
  };
  nameSources.set(model, { count: model.buckets.length, source });
  return source;
}
function linkModel(model) {
  const names = nameSource(model);
  const resolve = (s) => resolveBucketRef(s, model.buckets, names);
  for (const b of model.buckets) {
    b.links = {
      logSourceOf: [],
      isLogTarget: receivesLogsByAclOrPolicy(b),
      trailIds: [],
      accessPointIds: [],
      replicaOf: [],
      logDeliveries: []
    };
  }
  for (const b of model.buckets) {
    const t = refOf(b.logging.targetBucket);
    if (t === void 0) continue;
    const target = resolve(t);
    if (target && target !== "unknown") {
      target.links.logSourceOf.push(b.id);
      target.links.isLogTarget = true;
    }
  }
  for (const d of model.logDeliveries ?? []) {
    const target = resolve(bucketOfDomain(d.bucket));
    if (target && target !== "unknown") target.links.logDeliveries.push({ service: d.service, from: d.from });
  }
  const replicaSources = /* @__PURE__ */ new Map();
  for (const b of model.buckets) {
    const rep = b.replication;
    if (rep.state === "unknown" || rep.value === null) continue;
    for (const rule of rep.value.rules) {
      const ref = refOf(rule.destinationBucket);
      if (ref === void 0) continue;
      const target = resolve(ref);
      if (!target || target === "unknown" || target === b) continue;
      const delivery = ruleDelivery(b, rule, target);
      if (delivery.state === "unknown") {
        const maybe = target.links.replicaMaybeOf ??= [];
        if (!maybe.some((m) => m.from === b.id)) maybe.push({ from: b.id, why: delivery.why, at: delivery.at });
      }
      if (delivery.state !== "delivers") continue;
      let sources = replicaSources.get(target);
      if (!sources) replicaSources.set(target, sources = /* @__PURE__ */ new Set());
      if (sources.has(b.id)) continue;
      sources.add(b.id);
      target.links.replicaOf.push(b.id);
    }
  }
  for (const trail of model.trails) {
    const ref = refOf(trail.bucketName);
    if (ref === void 0) continue;
    const target = resolve(ref);
    if (target && target !== "unknown") target.links.trailIds.push(trail.id);
  }
  for (const ap of model.accessPoints) {
    for (const v of ap.buckets) {
      const ref = refOf(v);
      if (ref === void 0) continue;
      const target = resolve(ref);
      if (target && target !== "unknown") target.links.accessPointIds.push(ap.id);
    }
  }
}
function receivesLogsByAclOrPolicy(b) {
  if (b.acl.canned.state !== "unknown" && b.acl.canned.value === "log-delivery-write") return true;
  if (b.acl.grants.state !== "unknown" && b.acl.grants.value.some((g) => g.grantee.type === "group" && g.grantee.uri === "LogDelivery"))
    return true;
  for (const doc of b.policies) {
    for (const s of doc.statements) {
      if (isAllow(s) !== true || principalIsEveryone(s) === true) continue;
      if (s.principal.entries.state === "unknown") continue;
      if (s.principal.entries.value.some((e) => e.type === "Service" && e.value === "logging.s3.amazonaws.com")) return true;
    }
  }
  return false;
}
function bucketOfDomain(s) {
  if (typeof s !== "string") return s;
  const m = /^(.+?)\.s3(?:[.-][a-z0-9-]+)?\.amazonaws\.com(?:\.cn)?\.?$/.exec(s);
  return m ? m[1] : s;
}

// src/engine/rule-context.ts
function createRuleContext(model) {
  const names = nameSource(model);
  const statementCovers = perStatementAndBucket((stmt, bucket) => {
    const arn = bucketArnForMatch(bucket, names);
    return {
      bucket: covers(stmt, arn, names, unlessMissIsUncertain(bucket, names, "")),
      objects: coversAllObjects(stmt, arn, names, unlessMissIsUncertain(bucket, names, ANY_OBJECT_KEY))
    };
  });
  const statementReaches = perStatementAndBucket((stmt, bucket) => reaches(stmt, bucketArnForMatch(bucket, names), bucket, names));
  return {
    model,
    bucket: (id) => names.bucket(id),
    resolveBucket: (ref) => resolveBucketRef(ref, model.buckets, names),
    accountPublicAccessBlocks: (bucket) => accountBlocksFor(model.accountPublicAccessBlocks, bucket),
    statementCovers,
    policyScope: (bucket) => {
      const budget = { cells: CONTAINMENT_CELLS };
      const allowTargets = /* @__PURE__ */ new WeakMap();
      return {
        reaches: (s) => statementReaches(s, bucket),
        covers: (s) => statementCovers(s, bucket),
        contains: (deny, allow) => {
          if (budget.cells <= 0) return NOT_CONTAINED;
          let targets = allowTargets.get(allow);
          if (targets === void 0) allowTargets.set(allow, targets = targetsOf(allow, bucket, names));
          return targets ? denyContainsAllow(deny, targets, names, budget) : NOT_CONTAINED;
        },
        accessPoints: accessPointScope(names)
      };
    }
  };
}
function accessPointScope(names) {
  const everywhere = { bucket: true, objects: true };
  const budget = { cells: CONTAINMENT_CELLS };
  const plain = (s) => s.resource.field === "plain" && s.resource.values.state !== "unknown" ? s.resource.values.value : void 0;
  return {
    reaches: () => everywhere,
    covers: (s) => plain(s)?.includes("*") ? everywhere : NOT_CONTAINED,
    contains: (deny, allow) => {
      const outer = plain(deny);
      const inner = plain(allow);
      if (!outer || !inner?.length || budget.cells <= 0) return NOT_CONTAINED;
      return inner.every((v) => outer.some((o) => patternContains(o, v, names, budget))) ? everywhere : NOT_CONTAINED;
    }
  };
}
var CONTAINMENT_CELLS = 4e6;
function targetsOf(allow, bucket, names) {
  const a = allow.resource;
  if (a.field !== "plain" || a.values.state === "unknown" || !a.values.value.length) return null;
  const inner = a.values.value;
  const arn = bucketArnForMatch(bucket, names);
  const sure = (m, v) => m === false && !mismatchIsCertain(v, bucket, names) ? "unknown" : m;
  const onBucket = inner.filter((v) => sure(patternCovers(v, arn, names), v) !== false);
  const onObjects = inner.filter((v) => sure(patternReachesPrefix(v, `${arn}/`, names), v) !== false);
  if (!onBucket.length && !onObjects.length) return { bucket: inner, objects: inner };
  return { bucket: onBucket, objects: onObjects };
}
function denyContainsAllow(deny, allow, names, budget) {
  const d = deny.resource;
  if (d.field !== "plain" || d.values.state === "unknown") return NOT_CONTAINED;
  const outer = d.values.value;
  const takenIn = (patterns) => patterns.length > 0 && patterns.every((v) => outer.some((o) => patternContains(o, v, names, budget)));
  return { bucket: takenIn(allow.bucket), objects: takenIn(allow.objects) };
}
var NOT_CONTAINED = { bucket: false, objects: false };
function perStatementAndBucket(compute) {
  const answers = /* @__PURE__ */ new WeakMap();
  return (stmt, bucket) => {
    let perStatement = answers.get(stmt);
    if (!perStatement) answers.set(stmt, perStatement = /* @__PURE__ */ new Map());
    let answer = perStatement.get(bucket);
    if (!answer) perStatement.set(bucket, answer = compute(stmt, bucket));
    return answer;
  };
}
var asIs = (test) => test;
function covers(stmt, arn, names, sure = asIs) {
  return resourceMatches(
    stmt,
    sure((v) => patternCovers(v, arn, names))
  );
}
var ANY_OBJECT_KEY = "/any-object-key";
var anyObject = (arn) => `${arn}${ANY_OBJECT_KEY}`;
function coversAllObjects(stmt, arn, names, sure = asIs) {
  if (stmt.resource.field === "not") return resourceMatches(stmt, (v) => patternReachesPrefix(v, `${arn}/`, names));
  return covers(stmt, anyObject(arn), names, sure);
}
function unlessMissIsUncertain(bucket, names, suffix) {
  return (test) => (v) => {
    const m = test(v);
    return m === false && !mismatchIsCertain(v, bucket, names) && patternMayMatchName(v, bucket.name, suffix, names) ? "unknown" : m;
  };
}
function reaches(stmt, arn, bucket, names) {
  const sure = (matches3) => (v) => {
    const m = matches3(v);
    return m === false && !mismatchIsCertain(v, bucket, names) ? "unknown" : m;
  };
  const onBucket = resourceMatches(
    stmt,
    sure((v) => patternCovers(v, arn, names))
  );
  const onObjects = stmt.resource.field === "not" ? resourceMatches(
    stmt,
    sure((v) => patternCovers(v, anyObject(arn), names))
  ) : resourceMatches(
    stmt,
    sure((v) => patternReachesPrefix(v, `${arn}/`, names))
  );
  return { bucket: onBucket, objects: onObjects };
}
function resourceMatches(stmt, matches3) {
  const f = stmt.resource;
  if (f.field === "none") return f.values.state === "unknown" ? "unknown" : false;
  if (f.values.state === "unknown") return "unknown";
  let any = false;
  for (const v of f.values.value) any = or(any, matches3(v));
  if (f.field === "plain") return any;
  return any === "unknown" ? "unknown" : !any;
}
function mismatchIsCertain(pattern, bucket, names) {
  let viaOwnReference = false;
  for (const p of strParts(pattern)) {
    if (typeof p === "string" || p.kind === "pseudo" || p.kind === "unknown") continue;
    if (p.kind === "resource") return false;
    if (p.id === bucket.id) viaOwnReference = true;
    else {
      const other = names.bucket(p.id);
      if (!other || nameIsOpaque(other)) return false;
    }
  }
  if (viaOwnReference) return true;
  if (nameIsOpaque(bucket)) return false;
  return !(bucket.name.state === "default" && wildcardInBucketName(pattern));
}
function wildcardInBucketName(pattern) {
  let text = "";
  for (const p of strParts(pattern)) text += typeof p === "string" ? p : "";
  const at = text.indexOf(":::");
  const name = at < 0 ? text : text.slice(at + 3);
  const slash = name.indexOf("/");
  return /[*?]/.test(slash < 0 ? name : name.slice(0, slash));
}
function nameIsOpaque(b) {
  return b.name.state === "unknown" || hasUnknownPart(b.name.value);
}
var elsewhereCopies = /* @__PURE__ */ new WeakMap();
function accountBlocksFor(blocks, bucket) {
  if (!blocks.some((a) => a.deployedBy !== bucket.deployedBy)) return blocks;
  return blocks.map((a) => {
    if (a.deployedBy === bucket.deployedBy || a.origin.maybe) return a;
    const key = bucket.deployedBy ?? "";
    let copies = elsewhereCopies.get(a);
    if (!copies) elsewhereCopies.set(a, copies = /* @__PURE__ */ new Map());
    let copy = copies.get(key);
    if (!copy) {
      const why = `${a.id} is deployed through another provider configuration than this bucket, which may be another AWS account`;
      copy = { ...a, origin: { ...a.origin, maybe: { why, at: a.origin.at } } };
      copies.set(key, copy);
    }
    return copy;
  });
}

// src/engine/bounded-text.ts
var MAX_QUOTED_CHARS = 1e3;
var MAX_WHY_CHARS = 2e3;
function boundText(text, max) {
  if (text.length <= max) return text;
  const keep = max - 1;
  let head = Math.ceil(keep / 2);
  let tail = text.length - (keep - head);
  if (isHighSurrogate(text.charCodeAt(head - 1))) head--;
  if (isLowSurrogate(text.charCodeAt(tail))) tail++;
  return `${text.slice(0, head)}\u2026${text.slice(tail)}`;
}
function boundData(data) {
  if (!data) return data;
  let out;
  for (const [k, v] of Object.entries(data)) {
    if (typeof v !== "string" || v.length <= MAX_QUOTED_CHARS) continue;
    out ??= { ...data };
    out[k] = boundText(v, MAX_QUOTED_CHARS);
  }
  return out ?? data;
}
var isHighSurrogate = (c) => c >= 55296 && c <= 56319;
var isLowSurrogate = (c) => c >= 56320 && c <= 57343;

// src/engine/evaluate.ts
function subjectsOf(model, target) {
  const lists = {
    bucket: model.buckets,
    accessPoint: model.accessPoints,
    accountPublicAccessBlock: model.accountPublicAccessBlocks,
    trail: model.trails,
    iamPolicy: model.iamPolicies,
    object: model.objects,
    model: [model]
  };
  return lists[target];
}
function unitFingerprints(unit) {
  const shared = /* @__PURE__ */ new Map();
  const isShared = (file) => {
    let s = shared.get(file);
    if (s === void 0) shared.set(file, s = file !== unit && path5.posix.dirname(file) !== unit);
    return s;
  };
  return (ruleId, resource, at) => fingerprint(ruleId, resource, at.file, isShared(at.file) ? `${at.path}\0${unit}` : at.path);
}
function subjectInfo(model, subject, target) {
  if (target === "model") {
    const at = { file: model.unit, line: 1, column: 1, endLine: 1, endColumn: 1, path: "" };
    return { id: model.unit, origin: { format: model.format, type: "unit", address: model.unit, at }, suppressions: [] };
  }
  return subject;
}
function evaluateRules(model, rules2, severityOverrides = {}, budget = Infinity) {
  const ctx = createRuleContext(model);
  const fingerprintOf = unitFingerprints(model.unit);
  const findings = [];
  const unknowns = [];
  for (const rule of rules2) {
    let info;
    let external = false;
    const report = Object.assign(
      (d) => {
        const template = rule.messages[d.messageId];
        if (template === void 0) throw new Error(`rule ${rule.id} has no message "${d.messageId}"`);
        const resource = d.resource ?? info.id;
        findings.push({
          ruleId: rule.id,
          severity: severityOverrides[rule.id] ?? d.severity ?? rule.meta.severity,
          messageId: d.messageId,
          message: formatMessage(template, boundData(d.data)),
          location: d.at,
          resource,
          format: info.origin.format,
          related: d.related?.length || info.origin.related?.length ? [...d.related ?? [], ...info.origin.related ?? []] : NO_RELATED,
          fix: d.fix,
          // Reported on another resource (the policy that opens a bucket): one such resource can
          // reach several subjects, each a finding of its own.
          fingerprint: fingerprintOf(rule.id, resource === info.id ? resource : `${resource}\0${info.id}`, d.at),
          suppressed: false
        });
      },
      {
        unknown(value, what) {
          if (external && sameSpot(value.at, info.origin.at)) return;
          unknowns.push({
            ruleId: rule.id,
            message: `${rule.meta.title}: cannot tell${what ? ` (${what})` : ""}`,
            why: boundText(value.why, MAX_WHY_CHARS),
            location: value.at,
            resource: info.id,
            fingerprint: fingerprintOf(rule.id, info.id, value.at)
          });
        }
      }
    );
    for (const subject of subjectsOf(model, rule.target)) {
      const heldFindings = findings.length;
      const heldUnknowns = unknowns.length;
      external = rule.target === "bucket" && !subject.managed;
      info = subjectInfo(model, subject, rule.target);
      try {
        rule.check(subject, report, ctx);
      } catch (e) {
        const at = info.origin.at;
        findings.push({
          ruleId: "rule-error",
          severity: "high",
          messageId: "ruleError",
          message: `Rule ${rule.id} failed on ${info.id}: ${e instanceof Error ? e.message : String(e)}. This is a bug in s3-gate; please report it.`,
          location: at,
          resource: info.id,
          format: info.origin.format,
          related: [],
          fingerprint: fingerprint("rule-error", info.id, at.file, `${rule.id}:${at.path}`),
          suppressed: false
        });
      }
      if (heldFindings + heldUnknowns >= budget && findings.length + unknowns.length > heldFindings + heldUnknowns) {
        findings.length = heldFindings;
        unknowns.length = heldUnknowns;
        return { findings, unknowns, stopped: { at: info.origin.at, resource: info.id, ruleId: rule.id } };
      }
    }
  }
  return { findings, unknowns };
}
var sameSpot = (a, b) => a.file === b.file && a.line === b.line && a.column === b.column;

// src/model/location.ts
function formatLocation(at) {
  return `${at.file}:${at.line}:${at.column}`;
}

// src/engine/suppressions.ts
function subjectSuppressions(model) {
  const out = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  const add = (id, list) => {
    if (!list.length) return;
    let cur = out.get(id);
    let known = seen.get(id);
    if (!cur || !known) {
      out.set(id, cur = []);
      seen.set(id, known = /* @__PURE__ */ new Set());
    }
    for (const s of list) {
      if (known.has(s)) continue;
      known.add(s);
      cur.push(s);
    }
  };
  for (const b of model.buckets) {
    add(b.id, b.suppressions);
    for (const doc of b.policies) if (doc.owner !== b.id) add(doc.owner, b.suppressions);
  }
  for (const a of model.accessPoints) add(a.id, a.suppressions);
  for (const a of model.accountPublicAccessBlocks) add(a.id, a.suppressions);
  for (const t of model.trails) add(t.id, t.suppressions);
  for (const p of model.iamPolicies) add(p.id, p.suppressions);
  for (const o of model.objects) add(o.id, o.suppressions);
  for (const f of model.metricFilters) add(f.id, f.suppressions ?? []);
  for (const a of model.alarms) add(a.id, a.suppressions ?? []);
  return out;
}
var norm = (id) => id.trim().toLowerCase().replace(/^avd-/, "").replace(/^(nist\.800\.53\.r[45]|hipaa\.security|pci\.dss\.321)-/, "");
function peerKeys(rule) {
  const keys = [];
  for (const [peer, ids] of Object.entries(rule.meta.peers))
    for (const id of ids ?? []) {
      keys.push(norm(id));
      const short = peer === "trivy" ? /^aws-(?:s3|cloudtrail)-(.+)$/i.exec(id)?.[1] : void 0;
      if (short) keys.push(norm(short));
    }
  return keys;
}
function suppressionMatches(id, rule, ruleId) {
  if (id === "*") return true;
  const n = norm(id);
  if (n === ruleId.toLowerCase()) return true;
  if (!rule) return false;
  return peerKeys(rule).includes(n);
}
function matchingSuppressions(rulesById2) {
  const ANY = "\0*";
  const normed = /* @__PURE__ */ new Map();
  const keyOf = (id) => {
    if (id === "*") return ANY;
    let n = normed.get(id);
    if (n === void 0) normed.set(id, n = norm(id));
    return n;
  };
  const keysByRule = /* @__PURE__ */ new Map();
  const keysFor = (ruleId) => {
    let keys = keysByRule.get(ruleId);
    if (!keys) {
      const rule = rulesById2.get(ruleId);
      keysByRule.set(ruleId, keys = [.../* @__PURE__ */ new Set([ANY, ruleId.toLowerCase(), ...rule ? peerKeys(rule) : []])]);
    }
    return keys;
  };
  const indexes = /* @__PURE__ */ new WeakMap();
  return (list, ruleId) => {
    let index = indexes.get(list);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      list.forEach((s, i) => {
        const k = keyOf(s.rule);
        const at = index.get(k);
        if (at) at.push(i);
        else index.set(k, [i]);
      });
      indexes.set(list, index);
    }
    const positions = [];
    for (const k of keysFor(ruleId)) appendAll(positions, index.get(k) ?? []);
    if (positions.length > 1) positions.sort((a, b) => a - b);
    return positions.map((i) => list[i]);
  };
}
function isExpired(until, now) {
  if (!until) return false;
  return until < now.toISOString().slice(0, 10);
}
function applyInlineSuppressions(findings, model, opts) {
  const bySubject = subjectSuppressions(model);
  const used = /* @__PURE__ */ new Set();
  const problems = [];
  const note = (s, code, message) => problems.push({ code, file: s.at.file, line: s.at.line, column: s.at.column, message, level: "warning" });
  const all = new Set([...bySubject.values()].flat());
  for (const s of all) {
    if (s.syntax === "s3-gate" && s.rule !== "*" && !opts.rulesById.has(s.rule)) {
      problems.push({
        code: "BAD_SUPPRESSION",
        file: s.at.file,
        line: s.at.line,
        column: s.at.column,
        message: `s3-gate:ignore names an unknown rule "${s.rule}"; \`s3-gate rules\` lists them`,
        level: "error"
      });
      used.add(s);
    }
  }
  const applied = /* @__PURE__ */ new Set();
  const matching = matchingSuppressions(opts.rulesById);
  for (const f of findings) {
    const list = bySubject.get(f.resource);
    if (!list) continue;
    for (const s of matching(list, f.ruleId)) {
      used.add(s);
      if (!opts.allowInline) continue;
      if (isExpired(s.until, opts.now)) continue;
      f.suppressed = true;
      f.suppression = {
        kind: "inline",
        syntax: s.syntax,
        reason: s.reason ?? `suppressed with ${s.syntax} (no reason given)`,
        until: s.until,
        at: s.at
      };
      applied.add(s);
      break;
    }
  }
  for (const s of all) {
    if (!opts.allowInline) {
      if (used.has(s))
        note(
          s,
          "SUPPRESSION_REFUSED",
          `inline suppression of ${s.rule} at ${formatLocation(s.at)} was not applied: the configuration refuses inline suppressions`
        );
      continue;
    }
    if (isExpired(s.until, opts.now)) {
      if (used.has(s) || namesOneOfOurRules(s, opts.rulesById, opts.active))
        note(
          s,
          "SUPPRESSION_EXPIRED",
          `the suppression of ${s.rule} expired on ${s.until}; ${used.has(s) ? "the finding is reported again" : "it matches no finding either; remove it"}`
        );
    } else if (!used.has(s) && s.syntax === "s3-gate" && namesOneOfOurRules(s, opts.rulesById, opts.active))
      note(s, "UNUSED_SUPPRESSION", `the suppression of ${s.rule} matches no finding; remove it`);
    else if (applied.has(s) && !s.reason?.trim())
      note(
        s,
        "SUPPRESSION_WITHOUT_REASON",
        `the ${s.syntax} suppression of ${s.rule} gives no reason; say why the finding is accepted (s3-gate:ignore requires it)`
      );
  }
  return problems;
}
function namesOneOfOurRules(s, rulesById2, active) {
  if (s.rule === "*") return s.syntax === "s3-gate";
  if (s.syntax === "s3-gate") return !active || active.has(s.rule) || !rulesById2.has(s.rule);
  for (const r of rulesById2.values()) if ((!active || active.has(r.id)) && suppressionMatches(s.rule, r, r.id)) return true;
  return false;
}

// src/unit-inputs.ts
import crypto2 from "node:crypto";
import path6 from "node:path";
var NOTHING = "-";
var sha1 = (text) => crypto2.createHash("sha1").update(text).digest("base64");
function textDigest(text) {
  return text === void 0 ? NOTHING : sha1(text);
}
function listingDigest(files, cwd) {
  return files.length ? sha1(files.map((f) => relativePath(f, cwd)).join("\n")) : NOTHING;
}
function relativePath(abs, cwd) {
  const rel = path6.relative(cwd, abs);
  if (rel === ".." || rel.startsWith(`..${path6.sep}`) || path6.isAbsolute(rel)) return void 0;
  return rel.split(path6.sep).join("/");
}
var InputLog = class {
  constructor(cwd) {
    this.cwd = cwd;
  }
  cwd;
  byKey = /* @__PURE__ */ new Map();
  untrackedRead = false;
  read(abs, text) {
    this.add("read", abs, textDigest(text));
  }
  moduleDir(dir, files) {
    this.add("module-dir", dir, listingDigest(files, this.cwd));
  }
  cdkSources(files) {
    this.record({ kind: "cdk-sources", path: "", digest: listingDigest(files, this.cwd) });
  }
  /** The unit looked at the disk in a way that is not logged: it is never reused. */
  untracked() {
    this.untrackedRead = true;
  }
  /** Every input, in the order first read; undefined when one of them cannot be checked again. */
  records() {
    return this.untrackedRead ? void 0 : [...this.byKey.values()];
  }
  add(kind, abs, digest) {
    const rel = relativePath(abs, this.cwd);
    if (rel === void 0) this.untrackedRead = true;
    else this.record({ kind, path: rel, digest });
  }
  record(r) {
    const key = `${r.kind}\0${r.path}`;
    const prior = this.byKey.get(key);
    if (prior && prior.digest !== r.digest) this.untrackedRead = true;
    else if (!prior) this.byKey.set(key, r);
  }
};

// src/edit-budget.ts
var BASE_CHARS = 64 * 1024;
var CHARS_PER_FILE_CHAR = 8;
var FREE_EDIT_CHARS = 2e3;
var EditBudget = class {
  constructor(texts) {
    this.texts = texts;
  }
  texts;
  used = /* @__PURE__ */ new Map();
  /** Whether `edit` still fits into its file's budget; if it does, it is charged. */
  take(edit) {
    const charge = edit.replacement.length - FREE_EDIT_CHARS;
    if (charge <= 0) return true;
    const used = this.used.get(edit.file) ?? 0;
    const size = this.texts.get(edit.file)?.length ?? 0;
    const next = used + charge;
    if (next > BASE_CHARS + CHARS_PER_FILE_CHAR * size) return false;
    this.used.set(edit.file, next);
    return true;
  }
};

// src/edit-line-endings.ts
var EditLineEndings = class {
  constructor(texts) {
    this.texts = texts;
  }
  texts;
  files = /* @__PURE__ */ new Map();
  /**
   * Whether an edit replaces (or, for an insertion, follows) lines that hold a carriage return
   * without a line feed: such a line holds several lines of the file as YAML and editors read it,
   * and an edit by line would land in the wrong place.
   */
  landsOnLoneCr(edit) {
    const f = this.file(edit.file);
    if (!f?.lines) return false;
    const from = Math.min(edit.startLine, edit.endLine);
    const to = Math.max(edit.startLine, edit.endLine);
    const end = to < f.lines.lineCount() ? f.lines.lineStart(to + 1) : f.text.length;
    return loneCarriageReturn(f.text, f.lines.lineStart(from), end) !== -1;
  }
  /**
   * The edit with every line break of its replacement spelled CRLF when the file's lines end so.
   * The fix renderers write new lines with LF and keep the CR of the lines they copy; without
   * this an edit of a Windows-edited template would leave it with mixed line endings.
   */
  inFileLineEndings(edit) {
    const f = this.file(edit.file);
    if (!f?.crlf || !f.lines) return edit;
    let replacement = edit.replacement.replace(/\r?\n/g, "\r\n");
    const last = Math.max(edit.startLine, edit.endLine);
    const endsInCr = last < f.lines.lineCount() && f.text[f.lines.lineStart(last + 1) - 2] === "\r";
    if (endsInCr && !replacement.endsWith("\r")) replacement += "\r";
    return replacement === edit.replacement ? edit : { ...edit, replacement };
  }
  file(name) {
    let f = this.files.get(name);
    if (f !== void 0) return f;
    const text = this.texts.get(name);
    if (text === void 0) f = null;
    else {
      const crlf = usesCrlf(text);
      f = { text, crlf, lines: crlf || loneCarriageReturn(text) !== -1 ? new LineIndex(text) : null };
    }
    this.files.set(name, f);
    return f;
  }
};
function usesCrlf(text) {
  const lf = text.indexOf("\n");
  return lf > 0 && text[lf - 1] === "\r";
}

// src/byte-order-mark.ts
function columnsPastByteOrderMark(texts, out) {
  const marked = /* @__PURE__ */ new Set();
  for (const [file, text] of texts) if (text.charCodeAt(0) === 65279) marked.add(file);
  if (marked.size === 0) return;
  const moved = /* @__PURE__ */ new Map();
  const done = /* @__PURE__ */ new Set();
  const shift = (at) => {
    if (done.has(at) || !marked.has(at.file) || at.line !== 1 && at.endLine !== 1) return at;
    let to = moved.get(at);
    if (!to) {
      to = {
        ...at,
        ...at.line === 1 && at.column > 1 ? { column: at.column - 1 } : {},
        ...at.endLine === 1 && at.endColumn > 1 ? { endColumn: at.endColumn - 1 } : {}
      };
      moved.set(at, to);
      done.add(to);
    }
    return to;
  };
  for (const f of out.findings) {
    f.location = shift(f.location);
    if (f.related.length) f.related = f.related.map((r) => ({ ...r, at: shift(r.at) }));
  }
  for (const u of out.unknowns) u.location = shift(u.location);
  out.problems.forEach((p, i) => {
    if (p.line === 1 && p.column > 1 && marked.has(p.file)) out.problems[i] = { ...p, column: p.column - 1 };
  });
}

// src/model/duplicate-names.ts
function duplicateBucketNames(model) {
  const first = /* @__PURE__ */ new Map();
  const problems = [];
  for (const b of model.buckets) {
    if (!b.managed || b.origin.maybe || b.name.state !== "set" || typeof b.name.value !== "string") continue;
    const seen = first.get(b.name.value);
    if (!seen) {
      first.set(b.name.value, { id: b.id, line: b.name.at.line, file: b.name.at.file, deployedBy: b.deployedBy });
      continue;
    }
    if (seen.deployedBy !== b.deployedBy) continue;
    const where = seen.file === b.name.at.file ? `line ${seen.line}` : `${seen.file}:${seen.line}`;
    problems.push({
      code: "DUPLICATE_BUCKET_NAME",
      file: b.name.at.file,
      line: b.name.at.line,
      column: b.name.at.column,
      message: `${b.id} is named ${JSON.stringify(b.name.value)}, as ${seen.id} is (${where}): bucket names are unique, so they would be one bucket at most (S3 refuses the second outside us-east-1), and what names that bucket was linked to both`,
      level: "warning"
    });
  }
  return problems;
}

// src/parsers/registry.ts
var plugins = [cdkPlanner, terraformPlanPlanner, terraformPlanner, cloudFormationPlanner];
var readers = {
  cdk: async () => (await import("./chunks/cdk-O3EO4KHD.js")).cdkPlugin,
  "terraform-plan": async () => (await import("./chunks/terraform-plan-IWVIKDQC.js")).terraformPlanPlugin,
  terraform: async () => (await import("./chunks/terraform-TMN3RSIN.js")).terraformPlugin,
  cloudformation: async () => (await import("./chunks/cloudformation-LYSX666A.js")).cloudFormationPlugin
};
var loaded = /* @__PURE__ */ new Map();
var loading = /* @__PURE__ */ new Map();
function plannerByName(name) {
  const p = plugins.find((x) => x.name === name);
  if (!p) throw new Error(`unknown format plugin ${name}`);
  return p;
}
function formatOfPlugin(name) {
  return plannerByName(name).format;
}
async function loadPlugins(names) {
  const pending = [];
  for (const name of new Set(names)) {
    if (loaded.has(name)) continue;
    let p = loading.get(name);
    if (!p) {
      plannerByName(name);
      p = readers[name]().then((plugin) => void loaded.set(name, plugin));
      loading.set(name, p);
    }
    pending.push(p);
  }
  await Promise.all(pending);
}
function pluginByName(name) {
  const p = loaded.get(name);
  if (p) return p;
  plannerByName(name);
  throw new Error(`format plugin ${name} used before its reader was loaded (loadPlugins)`);
}

// src/model/exposure.ts
var BPA_FLAGS = ["blockPublicAcls", "ignorePublicAcls", "blockPublicPolicy", "restrictPublicBuckets"];
var BPA_FLAG_NAMES = {
  blockPublicAcls: "BlockPublicAcls",
  ignorePublicAcls: "IgnorePublicAcls",
  blockPublicPolicy: "BlockPublicPolicy",
  restrictPublicBuckets: "RestrictPublicBuckets"
};
function effectiveFlag(bucketBlock, accountBlocks, flag) {
  const own = bucketBlock[flag];
  if (own.state !== "unknown" && own.value) return { on: true, by: "bucket", at: own.at };
  const account = accountFlag(accountBlocks, flag);
  if (account.on === true) return account;
  if (own.state === "unknown") return { on: "unknown", unknown: own };
  return account;
}
function accountFlag(accountBlocks, flag) {
  let maybeOn;
  for (const a of accountBlocks) {
    const v = a.publicAccessBlock[flag];
    if (v.state === "unknown" || !v.value) continue;
    if (!a.origin.maybe) return { on: true, by: "account", at: v.at };
    maybeOn ??= { state: "unknown", ...a.origin.maybe };
  }
  const unknownAccount = accountBlocks.map((a) => a.publicAccessBlock[flag]).find((v) => v.state === "unknown");
  if (unknownAccount ?? maybeOn) return { on: "unknown", unknown: unknownAccount ?? maybeOn };
  return { on: false };
}
var CANNED_EXPOSURE = {
  "public-read": [{ grantee: "AllUsers", permissions: ["READ"] }],
  "public-read-write": [{ grantee: "AllUsers", permissions: ["READ", "WRITE"] }],
  "authenticated-read": [{ grantee: "AuthenticatedUsers", permissions: ["READ"] }]
};
var CANNED = new Set(CANNED_ACLS);
var KNOWN_GROUPS = /* @__PURE__ */ new Set(["AllUsers", "AuthenticatedUsers", "LogDelivery"]);
function cannedAclExposure(canned) {
  return ownEntry(CANNED_EXPOSURE, canned) ?? [];
}
function isCannedAcl(canned) {
  return CANNED.has(canned);
}
function publicAclGrants(b) {
  const grants = [];
  let unknown;
  const canned = b.acl.canned;
  if (canned.state === "unknown") unknown = canned;
  else if (canned.value !== "" && !CANNED.has(canned.value)) {
    const why = canned.value.includes("${") ? `the ACL "${canned.value}" is only known at deploy time` : `"${canned.value}" is not a canned ACL S3 accepts, so the deployment fails; what it was meant to grant is not known`;
    unknown = { state: "unknown", why, at: canned.at };
  } else {
    const exposure = ownEntry(CANNED_EXPOSURE, canned.value) ?? [];
    for (const g of exposure) grants.push({ ...g, at: canned.at, via: "canned", canned: canned.value });
  }
  const list = b.acl.grants;
  if (list.state === "unknown") unknown ??= list;
  else {
    for (const g of list.value) {
      if (g.grantee.type === "unknown") {
        if (g.grantee.mayBeGroup)
          unknown ??= { state: "unknown", why: `the ACL grants to a grantee only known at deploy time (${g.grantee.why})`, at: g.at };
        continue;
      }
      if (g.grantee.type === "group" && !KNOWN_GROUPS.has(g.grantee.uri)) {
        unknown ??= {
          state: "unknown",
          why: `the ACL grants to the group ${JSON.stringify(g.grantee.uri)}, which is none of the groups S3 defines (http://acs.amazonaws.com/groups/global/AllUsers, .../global/AuthenticatedUsers, .../s3/LogDelivery), so whether it opens the bucket is not known`,
          at: g.at
        };
        continue;
      }
      if (g.grantee.type !== "group" || g.grantee.uri !== "AllUsers" && g.grantee.uri !== "AuthenticatedUsers") continue;
      if (g.permission.state === "unknown") {
        unknown ??= g.permission;
        continue;
      }
      grants.push({ grantee: g.grantee.uri, permissions: [g.permission.value], at: g.at, via: "grant" });
    }
  }
  return { grants, unknown };
}
function aclNeutraliser(b, accountBlocks) {
  if (b.ownership.state === "set" && b.ownership.value === "BucketOwnerEnforced") {
    return { reason: "ACLs are disabled (ObjectOwnership BucketOwnerEnforced), so S3 rejects the ACL", at: b.ownership.at };
  }
  const ignore = effectiveFlag(b.publicAccessBlock, accountBlocks, "ignorePublicAcls");
  if (ignore.on === true) return { reason: `IgnorePublicAcls is on (${ignore.by} block), so S3 ignores the public grant`, at: ignore.at };
  const block = effectiveFlag(b.publicAccessBlock, accountBlocks, "blockPublicAcls");
  if (block.on === true)
    return {
      reason: `BlockPublicAcls is on (${block.by} block), so S3 rejects the public ACL when it is set (one set before the block stays in effect until IgnorePublicAcls is on too)`,
      at: block.at
    };
  if (ignore.on === "unknown" || block.on === "unknown") return "unknown";
  return void 0;
}
function policyNeutraliser(block, accountBlocks, doc) {
  const restrict = effectiveFlag(block, accountBlocks, "restrictPublicBuckets");
  if (restrict.on === true)
    return {
      reason: `RestrictPublicBuckets is on (${restrict.by} block), so only AWS services and this account's principals can use it`,
      at: restrict.at
    };
  let bpp = effectiveFlag(block, accountBlocks, "blockPublicPolicy");
  if (bpp.on === true && bpp.by === "bucket" && doc?.precedesBlock) {
    bpp = accountFlag(accountBlocks, "blockPublicPolicy");
    if (bpp.on !== true && doc.precedesBlock === "maybe") return "unknown";
  }
  if (bpp.on === true && bpp.by === "account" && doc?.precedesAccountBlock) {
    if (doc.precedesAccountBlock === "maybe") return "unknown";
    bpp = { on: false };
  }
  if (bpp.on === true)
    return {
      reason: `BlockPublicPolicy is on (${bpp.by} block), so S3 rejects the public policy when it is set (one set before the block stays in effect until RestrictPublicBuckets is on too)`,
      at: bpp.at
    };
  if (restrict.on === "unknown" || bpp.on === "unknown") return "unknown";
  return void 0;
}
var UNORDERED_POLICY = "nothing orders the bucket policy after the public access block, so Terraform may apply the policy first, and BlockPublicPolicy does not remove a policy already set (make the policy depend on the block)";
function publicStatements(statements, scope) {
  const out = [];
  const denies = scope ? statements.filter((s) => isDeny(s) === true && denyShutsOutPublic(s) !== false) : [];
  const classesOf = (s) => scope ? publicAccessClasses(s, denies, scope) : accessClasses(s);
  const choices = new SideGrants(statements);
  for (const s of statements) {
    const pub = isPublicAllow(s);
    if (pub === false) continue;
    const { granted, unknown, levels } = classesOf(s);
    const classes = [...granted, ...unknown];
    if (classes.length === 0) continue;
    const p = { statement: s, classes, certain: pub === true && unknown.length === 0, ...levels ? { levels } : {} };
    if (!choices.take(p, classesOf)) out.push(p);
  }
  out.push(...choices.settle());
  return out;
}
var CLOUDFRONT_SERVICE = "cloudfront.amazonaws.com";
var namesCloudFront = (s) => s.principal.field === "Principal" && s.principal.entries.state !== "unknown" && s.principal.entries.value.some((e) => e.type === "Service" && typeof e.value === "string" && e.value.toLowerCase() === CLOUDFRONT_SERVICE);
function anyDistributionStatements(statements, scope) {
  const original = /* @__PURE__ */ new Map();
  const asWildcard = statements.map((s) => {
    if (isAllow(s) === false || principalIsEveryone(s) !== false || !namesCloudFront(s) || s.principal.entries.state === "unknown") return s;
    const w = {
      ...s,
      principal: { field: "Principal", entries: { ...s.principal.entries, value: [{ type: "*", value: "*" }] } }
    };
    original.set(w, s);
    return w;
  });
  if (original.size === 0) return [];
  return publicStatements(asWildcard, scope).filter((p) => original.has(p.statement)).map((p) => ({ ...p, statement: original.get(p.statement) }));
}
var SideGrants = class {
  withDeny = /* @__PURE__ */ new Set();
  groups = /* @__PURE__ */ new Map();
  constructor(statements) {
    for (const s of statements) if (s.choice && isDeny(s) !== false) this.withDeny.add(s.choice.group);
  }
  /** Keeps `p` for `settle` when its statement is on a side of a choice; false otherwise. */
  take(p, classesOf) {
    const s = p.statement;
    if (!s.choice || !s.writtenConditions || this.withDeny.has(s.choice.group)) return false;
    const { choice, ...rest2 } = s;
    const onItsSide = { ...rest2, conditions: s.writtenConditions };
    const granted = new Set(isPublicAllow(onItsSide) === true ? classesOf(onItsSide).granted : []);
    let g = this.groups.get(choice.group);
    if (!g) this.groups.set(choice.group, g = { sides: Array.from({ length: choice.sides }, () => /* @__PURE__ */ new Set()), taken: [] });
    for (const c of granted) g.sides[choice.side].add(c);
    g.taken.push({ p, side: granted });
    return true;
  }
  settle() {
    const out = [];
    for (const { sides, taken } of this.groups.values()) {
      const sure = [...sides[0]].filter((c) => sides.every((side) => side.has(c)));
      const first = taken.find((t) => sure.some((c) => t.side.has(c)));
      if (first) out.push({ ...first.p, classes: sure, certain: true });
      for (const { p } of taken) {
        const left = p.classes.filter((c) => !sure.includes(c));
        if (left.length) out.push({ ...p, classes: left });
      }
    }
    return out;
  }
};
function reachesActionTarget(stmt, action, scope) {
  return reachesLevel(stmt, scope)(levelOf(action));
}
var levelOf = (action) => actionTargetsObjects(action) ? "objects" : "bucket";
function reachesLevel(stmt, scope) {
  if (stmt.resource.field === "none") return () => true;
  const reach = scope.reaches(stmt);
  if (reach.bucket === false && reach.objects === false) return () => true;
  return (level) => reach[level] !== false;
}
var CLASS_TARGETS = Object.keys(ACCESS_CLASS_ACTIONS).map(
  (cls) => [cls, ACCESS_CLASS_ACTIONS[cls].map((action) => ({ action, level: levelOf(action) }))]
);
function publicAccessClasses(allow, denies, scope) {
  const granted = [];
  const unknown = [];
  const levels = {};
  const reaches2 = reachesLevel(allow, scope);
  const coverage = denyCoverage(allow, scope);
  const unlisted = unlistedActions(allow);
  for (const [cls, targets] of CLASS_TARGETS) {
    let any = false;
    const sure = /* @__PURE__ */ new Set();
    const maybe = /* @__PURE__ */ new Set();
    for (const { action: a, level } of [
      ...targets,
      ...unlisted.filter((u) => u.cls === cls).map((u) => ({ ...u, level: levelOf(u.action) }))
    ]) {
      if (sure.has(level) || !reaches2(level)) continue;
      const applies = statementAppliesToAction(allow, a);
      if (applies === false) continue;
      const r = and(applies, not(deniedToPublic(denies, a, level, coverage)));
      if (r === true) sure.add(level);
      else if (r === "unknown") maybe.add(level);
      any = or(any, r);
      if (sure.size === 2) break;
    }
    if (any === true) granted.push(cls);
    else if (any === "unknown") unknown.push(cls);
    if (any !== false) levels[cls] = [.../* @__PURE__ */ new Set([...sure, ...maybe])];
  }
  return { granted, unknown, levels };
}
function denyCoverage(allow, scope) {
  const answers = /* @__PURE__ */ new Map();
  return (d) => {
    let answer = answers.get(d);
    if (!answer) {
      const whole = scope.covers(d);
      const own = whole.bucket === true && whole.objects === true ? void 0 : scope.contains?.(d, allow);
      answer = own ? { bucket: or(whole.bucket, own.bucket), objects: or(whole.objects, own.objects) } : whole;
      answers.set(d, answer);
    }
    return answer;
  };
}
function deniedToPublic(denies, action, level, coverage) {
  let denied = false;
  for (const d of denies) {
    const shuts = denyShutsOutPublic(d);
    const applies = shuts === false ? false : statementAppliesToActions(d, action);
    if (applies === false) continue;
    denied = or(denied, and(shuts, and(applies, coverage(d)[level])));
    if (denied === true) break;
  }
  return denied;
}
var not = (t) => t === "unknown" ? "unknown" : !t;
var CLASS_WORDS = {
  objectRead: "read objects",
  list: "list objects",
  metadataRead: "read its configuration",
  write: "write or delete objects",
  settingsWrite: "change its settings",
  permissions: "change its permissions"
};
var LEVEL_CLASS_WORDS = {
  objects: {
    list: "list the parts of multipart uploads",
    metadataRead: "read object ACLs, retention and legal holds",
    permissions: "change object ACLs"
  },
  bucket: { write: "delete the bucket or change its settings" }
};
function describeClasses(classes, on) {
  const levels = on?.levels;
  const level = levels ? (c) => levels[c]?.length === 1 ? levels[c][0] : void 0 : on && grantedLevel(on.statement, on.scope);
  const words = (c) => {
    const l = level?.(c);
    return (l && LEVEL_CLASS_WORDS[l][c]) ?? CLASS_WORDS[c];
  };
  return [...new Set(classes)].map(words).join(", ");
}
function grantedLevel(stmt, scope) {
  const reaches2 = reachesLevel(stmt, scope);
  const unlisted = unlistedActions(stmt);
  return (cls) => {
    const levels = /* @__PURE__ */ new Set();
    const targets = CLASS_TARGETS.find(([c]) => c === cls)?.[1] ?? [];
    for (const { action, level } of [...targets, ...unlisted.filter((u) => u.cls === cls).map((u) => ({ ...u, level: levelOf(u.action) }))])
      if (reaches2(level) && statementAppliesToAction(stmt, action) !== false) levels.add(level);
    return levels.size === 1 ? [...levels][0] : void 0;
  };
}
var PUBLIC_INTENT_TAG = "s3-gate:public";
function publicIntent(b) {
  const tag = b.tags[PUBLIC_INTENT_TAG];
  if (!tag || tag.state === "unknown") return void 0;
  const reason = tag.value.trim();
  return reason || void 0;
}
var ACL_PERMISSION_WORDS = {
  READ: "list objects",
  WRITE: "write or delete objects",
  READ_ACP: "read its ACL",
  WRITE_ACP: "change its ACL",
  FULL_CONTROL: "do anything"
};
var accessPointIndexes = /* @__PURE__ */ new WeakMap();
function accessPointById(accessPoints, id) {
  let index = accessPointIndexes.get(accessPoints);
  if (!index || index.length !== accessPoints.length) {
    const byId = /* @__PURE__ */ new Map();
    for (const a of accessPoints) if (!byId.has(a.id)) byId.set(a.id, a);
    accessPointIndexes.set(accessPoints, index = { length: accessPoints.length, byId });
  }
  return index.byId.get(id);
}
function analyseExposure(bucket, accountBlocks, accessPoints, scope) {
  const exposures = [];
  const unknowns = [];
  const acl = publicAclGrants(bucket);
  const aclNeutral = acl.unknown || acl.grants.length ? aclNeutraliser(bucket, accountBlocks) : void 0;
  if (acl.unknown && (!aclNeutral || aclNeutral === "unknown")) unknowns.push({ why: acl.unknown.why, at: acl.unknown.at, what: "ACL" });
  if (acl.grants.length) {
    for (const g of acl.grants) {
      const words = g.permissions.map((p) => ownEntry(ACL_PERMISSION_WORDS, p) ?? p).join(", ");
      exposures.push({
        via: `the ACL (${g.canned ?? "grant"}) lets ${g.grantee === "AllUsers" ? "anyone" : "any AWS account"} ${words}`,
        access: words,
        classes: "acl",
        at: g.at,
        neutraliser: aclNeutral,
        remedy: "IgnorePublicAcls"
      });
    }
  }
  const bucketPolicyNeutraliser = policyNeutraliser(bucket.publicAccessBlock, accountBlocks);
  for (const doc of bucket.policies) {
    const neutraliser = policyNeutraliser(bucket.publicAccessBlock, accountBlocks, doc);
    const voided = neutraliser !== void 0 && neutraliser !== "unknown";
    if (doc.unknown && !voided) unknowns.push({ why: doc.unknown.why, at: doc.unknown.at, what: "bucket policy" });
    for (const p of publicStatements(doc.statements, scope)) {
      if (!p.certain) {
        if (voided) continue;
        unknowns.push({
          why: "a statement that allows everyone has parts only known at deploy time",
          at: p.statement.at,
          what: "policy statement"
        });
        continue;
      }
      exposures.push({
        via: `the bucket policy (${p.statement.sid ? `statement "${p.statement.sid}"` : "an Allow statement"}) lets anyone ${describeClasses(p.classes, { statement: p.statement, scope, levels: p.levels })}`,
        access: describeClasses(p.classes, { statement: p.statement, scope, levels: p.levels }),
        classes: p.classes,
        at: p.statement.at,
        neutraliser,
        ...neutraliser === "unknown" && (doc.precedesBlock === "maybe" || doc.precedesAccountBlock === "maybe") ? { undecided: UNORDERED_POLICY } : {},
        remedy: "RestrictPublicBuckets"
      });
    }
  }
  const admits = bucket.links.accessPointIds.length ? admitsEveryone(bucket) : false;
  for (const apId of bucket.links.accessPointIds) {
    const ap = accessPointById(accessPoints, apId);
    if (!ap) continue;
    for (const doc of ap.policies) {
      if (admits === false) continue;
      if (doc.unknown) unknowns.push({ why: doc.unknown.why, at: doc.unknown.at, what: `access point ${ap.id} policy` });
      for (const p of publicStatements(doc.statements, scope.accessPoints)) {
        if (!p.certain) {
          unknowns.push({
            why: "a statement that allows everyone has parts only known at deploy time",
            at: p.statement.at,
            what: `access point ${ap.id} policy statement`
          });
          continue;
        }
        let neutraliser = policyNeutraliser(ap.publicAccessBlock, accountBlocks) ?? bucketPolicyNeutraliser;
        if (!neutraliser && ap.networkOrigin.state !== "unknown" && ap.networkOrigin.value === "VPC")
          neutraliser = { reason: "the access point accepts requests only from its VPC" };
        if (!neutraliser && admits === "unknown") neutraliser = "unknown";
        exposures.push({
          via: `access point ${ap.id} lets anyone ${describeClasses(p.classes)}`,
          access: describeClasses(p.classes),
          classes: p.classes,
          at: p.statement.at,
          neutraliser,
          remedy: "RestrictPublicBuckets on the access point"
        });
      }
    }
  }
  return { exposures, unknowns };
}
function admitsEveryone(bucket) {
  if (!bucket.managed) return "unknown";
  let result = false;
  for (const doc of bucket.policies) {
    if (doc.unknown) result = "unknown";
    for (const s of doc.statements) {
      const v = and(isAllow(s), principalIsEveryone(s));
      if (v === true) return true;
      if (v === "unknown") result = "unknown";
    }
  }
  return result;
}
function activeExposures(a) {
  return a.exposures.filter((e) => e.neutraliser === void 0);
}

// rules/access-logging-disabled.ts
function notABucketName(target) {
  const first = strParts(target)[0];
  if (first === void 0) return void 0;
  if (typeof first === "string") return first.startsWith("arn:") ? "an ARN" : void 0;
  if (first.kind !== "bucket") return void 0;
  return first.attr === "arn" ? "an ARN" : first.attr === "domain" ? "a domain name" : void 0;
}
var access_logging_disabled_default = defineRule({
  id: "access-logging-disabled",
  meta: {
    title: "S3 bucket has no server access logging",
    severity: "medium",
    why: "Server access logs record every request to the bucket (who, what, when, from where); without them an incident cannot be investigated or its scope bounded. Buckets that receive access logs are exempt, since logging a log bucket into itself loops. A bucket that stores CloudTrail logs from a trail in the same code is named as such (Security Hub CloudTrail.7 asks for access logging on the trail bucket in particular), and a bucket anyone can reach is reported as High. S3 does not deliver server access logs to a bucket with Object Lock, so logging into one of this code that has it turned on is reported too, and so is a target given as an ARN or a domain name rather than a bucket name, which S3 refuses.",
    concepts: ["access-logging-disabled"],
    profiles: ["baseline", "default", "strict"],
    securityHub: "S3.9",
    peers: {
      checkov: ["CKV_AWS_18"],
      kics: ["ee9e50e8-b2ed-4176-ad42-8fc0cf7593f4"],
      cfn_nag: ["W35"],
      trivy: ["AVD-AWS-0089", "aws-s3-enable-logging", "aws-s3-enable-bucket-logging", "s3-bucket-logging", "AVD-AWS-0163"],
      "cdk-nag": ["AwsSolutions-S1", "S3BucketLoggingEnabled"],
      "cfn-guard": ["S3_BUCKET_LOGGING_ENABLED", "CT.S3.PR.2"]
    },
    fix: {
      cloudformation: "LoggingConfiguration:\n  DestinationBucketName: !Ref AccessLogsBucket\n  LogFilePrefix: data/",
      terraform: 'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.access_logs.id\n  target_prefix = "data/"\n}',
      cdk: 'serverAccessLogsBucket: accessLogs, serverAccessLogsPrefix: "data/"'
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-9"
    ]
  },
  messages: {
    noLogging: "Bucket {{bucket}} has no server access logging{{context}}.",
    notAName: "Bucket {{bucket}} names {{what}} as its server access log target ({{target}}); S3 takes only a bucket name there and refuses it, so nothing is logged.",
    lockedTarget: "Bucket {{bucket}} sends its server access logs to bucket {{target}}, which has Object Lock turned on, so S3 delivers none of them."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Data:\n    Type: AWS::S3::Bucket\n"],
      good: [
        "Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: !Ref Logs\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "logs" {\n  bucket = "example-logs"\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_logging" "data" {\n  bucket        = aws_s3_bucket.data.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "data/"\n}\n'
      ]
    },
    cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { serverAccessLogsBucket: logs })"] }
  },
  check(bucket, report, ctx) {
    const target = bucket.logging.targetBucket;
    if (target.state === "unknown") return report.unknown(target, "logging target");
    if (target.value !== null && target.value !== "") {
      const what = notABucketName(target.value);
      if (what)
        return report({ messageId: "notAName", at: target.at, data: { bucket: bucket.id, what, target: strToDisplay(target.value) } });
      const ref = refOf(target);
      const into = ref === void 0 ? void 0 : ctx.resolveBucket(ref);
      if (into === void 0 || into === "unknown" || !into.managed) return;
      const lock = into.objectLock.enabled;
      if (lock.state !== "unknown" && lock.value)
        report({
          messageId: "lockedTarget",
          at: target.at,
          data: { bucket: bucket.id, target: into.id },
          related: [{ message: `Object Lock of bucket ${into.id}`, at: lock.at }]
        });
      return;
    }
    if (bucket.links.isLogTarget) return;
    const isPublic = activeExposures(analyseExposure(bucket, ctx.accountPublicAccessBlocks(bucket), ctx.model.accessPoints, ctx.policyScope(bucket))).length > 0;
    const isTrailBucket = bucket.links.trailIds.length > 0;
    const context = isPublic ? " although anyone can reach it, so abuse would go unseen" : isTrailBucket ? ` although it stores CloudTrail logs (${bucket.links.trailIds.join(", ")}), so tampering with the audit trail would go unseen` : "";
    report({ messageId: "noLogging", at: bucket.logging.at, data: { bucket: bucket.id, context }, severity: isPublic ? "high" : void 0 });
  }
});

// rules/access-point-bpa-incomplete.ts
var access_point_bpa_incomplete_default = defineRule({
  id: "access-point-bpa-incomplete",
  target: "accessPoint",
  meta: {
    title: "S3 access point or Multi-Region Access Point does not block all public access",
    severity: "critical",
    severityNote: "Security Hub rates S3.19 (access points) Critical and S3.24 (Multi-Region Access Points) High; the finding uses High for Multi-Region Access Points, and Medium for an access point that accepts requests only from a VPC, which the internet cannot reach.",
    why: "An access point has its own Block Public Access settings, independent of the bucket's: with one of them off, a public access point policy exposes the bucket's objects even when the bucket itself blocks public access. The settings are fixed when the access point is created and cannot be changed later, so they must be right in the code. Access points block everything unless told otherwise; only code that turns a flag off is reported.",
    concepts: ["access-point-bpa"],
    securityHub: "S3.19",
    peers: { checkov: ["CKV_AWS_392"], "cfn-guard": ["CT.S3.PR.12"] },
    profiles: ["baseline", "default", "strict"],
    fix: {
      cloudformation: "PublicAccessBlockConfiguration:   # on the AWS::S3::AccessPoint / AWS::S3::MultiRegionAccessPoint\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true",
      terraform: "public_access_block_configuration {   # aws_s3_access_point (public_access_block in aws_s3control_multi_region_access_point details)\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}",
      cdk: 'new s3.CfnAccessPoint(this, "Ap", { bucket: bucket.bucketName, publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true } })'
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-19",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-24"
    ]
  },
  messages: {
    flagsOff: "{{kind}} {{accessPoint}} leaves {{flags}} off{{network}}; its settings cannot be changed after creation."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  DataAccessPoint:\n    Type: AWS::S3::AccessPoint\n    Properties:\n      Bucket: !Ref Data\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: false\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: false\n"
      ],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  DataAccessPoint:\n    Type: AWS::S3::AccessPoint\n    Properties:\n      Bucket: !Ref Data\n",
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  DataAccessPoint:\n    Type: AWS::S3::AccessPoint\n    Properties:\n      Bucket: !Ref Data\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_access_point" "data" {\n  bucket = aws_s3_bucket.data.id\n  name   = "data"\n\n  public_access_block_configuration {\n    block_public_acls       = true\n    block_public_policy     = false\n    ignore_public_acls      = true\n    restrict_public_buckets = false\n  }\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_access_point" "data" {\n  bucket = aws_s3_bucket.data.id\n  name   = "data"\n}\n'
      ]
    },
    cdk: {
      bad: [
        "new s3.CfnAccessPoint(this, 'Ap', { bucket: bucket.bucketName, publicAccessBlockConfiguration: { blockPublicPolicy: false, restrictPublicBuckets: false } })"
      ],
      good: ["new s3.CfnAccessPoint(this, 'Ap', { bucket: bucket.bucketName })"]
    }
  },
  check(ap, report) {
    const pab = ap.publicAccessBlock;
    for (const f of BPA_FLAGS) {
      const v = pab[f];
      if (v.state === "unknown") report.unknown(v, BPA_FLAG_NAMES[f]);
    }
    const off = BPA_FLAGS.filter((f) => pab[f].state !== "unknown" && pab[f].value === false);
    if (!off.length) return;
    const vpcOnly = ap.networkOrigin.state !== "unknown" && ap.networkOrigin.value === "VPC";
    const explicit = off.map((f) => pab[f]).find((v) => v.state === "set");
    report({
      messageId: "flagsOff",
      at: explicit?.at ?? pab.at,
      data: {
        kind: ap.multiRegion ? "Multi-Region Access Point" : "Access point",
        accessPoint: ap.id,
        flags: off.map((f) => BPA_FLAG_NAMES[f]).join(", "),
        network: vpcOnly ? " (it only accepts requests from its VPC)" : ""
      },
      severity: vpcOnly ? "medium" : ap.multiRegion ? "high" : void 0,
      fix: { kind: "set", field: "publicAccessBlock", value: true }
    });
  }
});

// rules/account-public-access-block-incomplete.ts
var account_public_access_block_incomplete_default = defineRule({
  id: "account-public-access-block-incomplete",
  target: "accountPublicAccessBlock",
  meta: {
    title: "Account-level S3 Block Public Access does not turn on all four settings",
    severity: "medium",
    why: "The account-level public access block applies to every bucket and access point in the account, including buckets created later by hand or by other stacks, so it is the one setting that stops any bucket from becoming public by accident. A declared block with a flag left off keeps that path open for the whole account. s3-gate also credits a complete account block when it judges each bucket's exposure (public-exposure, the ACL and policy rules). An account without any declared block is not reported: the setting usually lives in a landing-zone or organization baseline outside the workload code, which a static scan cannot see.",
    concepts: ["account-bpa-missing"],
    securityHub: "S3.1",
    peers: {},
    profiles: ["baseline", "default", "strict"],
    fix: {
      cloudformation: "CloudFormation has no resource for the account-level block; set it once per account (S3 console, `aws s3control put-public-access-block`, AWS Organizations or Terraform).",
      terraform: 'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}'
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1"
    ]
  },
  messages: {
    flagsOff: "The account-level public access block {{block}} leaves {{flags}} off, so buckets in the account can still become public that way."
  },
  examples: {
    cloudformation: { bad: [], good: [], note: "CloudFormation has no resource type for the account-level public access block." },
    terraform: {
      bad: ['resource "aws_s3_account_public_access_block" "account" {\n  block_public_acls   = true\n  block_public_policy = true\n}\n'],
      good: [
        'resource "aws_s3_account_public_access_block" "account" {\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n'
      ]
    }
  },
  check(block, report) {
    const pab = block.publicAccessBlock;
    for (const f of BPA_FLAGS) {
      const v = pab[f];
      if (v.state === "unknown") report.unknown(v, BPA_FLAG_NAMES[f]);
    }
    const off = BPA_FLAGS.filter((f) => pab[f].state !== "unknown" && pab[f].value === false);
    if (!off.length) return;
    const explicit = off.map((f) => pab[f]).find((v) => v.state === "set");
    report({
      messageId: "flagsOff",
      at: explicit?.at ?? pab.at,
      data: { block: block.id, flags: off.map((f) => BPA_FLAG_NAMES[f]).join(", ") },
      fix: { kind: "set", field: "publicAccessBlock", value: true }
    });
  }
});

// rules/acl-enabled.ts
var acl_enabled_default = defineRule({
  id: "acl-enabled",
  meta: {
    title: "S3 bucket keeps ACLs enabled (ObjectOwnership is not BucketOwnerEnforced)",
    severity: "medium",
    why: "With ACLs enabled, objects uploaded by other accounts can stay owned by them and carry their own ACLs, so access is no longer decided by the bucket policy alone. BucketOwnerEnforced disables ACLs and makes the bucket owner own every object; AWS recommends it for almost every bucket.",
    concepts: ["acl-enabled"],
    profiles: ["baseline", "default", "strict"],
    securityHub: "S3.12",
    peers: { checkov: ["CKV2_AWS_65"], "cfn-guard": ["CT.S3.PR.5"] },
    fix: {
      cloudformation: "OwnershipControls:\n  Rules:\n    - ObjectOwnership: BucketOwnerEnforced",
      terraform: 'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
      cdk: "objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED"
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12"
    ]
  },
  messages: {
    aclsEnabled: "Bucket {{bucket}} sets ObjectOwnership to {{ownership}}, which keeps ACLs enabled.",
    cloudFrontLogs: "Bucket {{bucket}} sets ObjectOwnership to {{ownership}}, which keeps ACLs enabled, as the standard (legacy) logging of {{from}} needs; CloudFront log delivery to S3 through CloudWatch (v2) works with ACLs disabled."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n"
      ],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}\n'
      ]
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER })"],
      good: ["new s3.Bucket(this, 'Data', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED })"]
    }
  },
  check(bucket, report) {
    const o = bucket.ownership;
    if (o.state === "unknown") return report.unknown(o, "ObjectOwnership");
    if (o.state === "set" && o.value !== "BucketOwnerEnforced") {
      const cloudfront = bucket.links.logDeliveries.filter((d) => d.service === "cloudfront").map((d) => d.from);
      if (cloudfront.length)
        return report({
          messageId: "cloudFrontLogs",
          at: o.at,
          data: { bucket: bucket.id, ownership: o.value, from: cloudfront.join(", ") },
          severity: "info"
        });
      report({
        messageId: "aclsEnabled",
        at: o.at,
        data: { bucket: bucket.id, ownership: o.value },
        // S3 refuses BucketOwnerEnforced on a bucket that keeps an ACL granting anything beyond
        // the owner (LogDeliveryWrite, grants): the ACL must go first, which is no local edit.
        ...keepsNoAcl(bucket) ? { fix: { kind: "set", field: "ownership", value: "BucketOwnerEnforced" } } : {}
      });
    }
  }
});
var OWNER_ONLY = /* @__PURE__ */ new Set(["private", "bucket-owner-full-control"]);
function keepsNoAcl(bucket) {
  const { canned, grants } = bucket.acl;
  if (canned.state === "unknown" || canned.state === "set" && !OWNER_ONLY.has(canned.value)) return false;
  return grants.state !== "unknown" && grants.value.length === 0;
}

// rules/acl-public-neutralised.ts
var acl_public_neutralised_default = defineRule({
  id: "acl-public-neutralised",
  meta: {
    title: "S3 bucket declares a public ACL that Block Public Access or disabled ACLs neutralise",
    severity: "low",
    severityNote: "KICS rates this High, but nothing is exposed: S3 either ignores the grant or rejects it at deploy time. It is a consistency problem (the code says public, the bucket is not), so Low.",
    why: "The code asks for a public ACL while Block Public Access (IgnorePublicAcls/BlockPublicAcls) or ObjectOwnership BucketOwnerEnforced cancels it. Nothing is exposed, but the intent is contradictory: a deploy may fail, and removing the safety net later would make the bucket public at once.",
    concepts: ["other:public-acl-overridden-by-bpa"],
    profiles: ["default", "strict"],
    peers: { kics: ["bf878b1a-7418-4de3-b13c-3a86cf894920"] },
    fix: {
      cloudformation: "Remove the public `AccessControl` value; keep the Block Public Access settings.",
      terraform: 'Set the public `acl` to `"private"` (deleting `aws_s3_bucket_acl` leaves the ACL in place); keep `aws_s3_bucket_public_access_block`.',
      cdk: "Remove `accessControl`."
    },
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"]
  },
  messages: {
    neutralised: "Bucket {{bucket}} asks for a public ACL ({{via}}), but {{reason}}."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true\n"
      ],
      good: [
        "Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n  acl    = "public-read"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n'
      ]
    }
  },
  check(bucket, report, ctx) {
    const { grants } = publicAclGrants(bucket);
    if (!grants.length) return;
    const neutral = aclNeutraliser(bucket, ctx.accountPublicAccessBlocks(bucket));
    if (!neutral || neutral === "unknown") return;
    const g = grants[0];
    report({
      messageId: "neutralised",
      at: g.at,
      data: { bucket: bucket.id, via: g.canned ?? `${g.permissions.join("/")} grant to ${g.grantee}`, reason: neutral.reason },
      fix: { kind: "remove", field: "acl.canned" }
    });
  }
});

// rules/acl-public-read.ts
var READS = /* @__PURE__ */ new Set(["READ", "READ_ACP"]);
var acl_public_read_default = defineRule({
  id: "acl-public-read",
  meta: {
    title: "S3 bucket ACL lets anyone read",
    severity: "critical",
    why: "A canned ACL such as public-read or authenticated-read, or a READ/READ_ACP grant to the AllUsers or AuthenticatedUsers group, lets anyone on the internet (or any AWS account) list the bucket or read its ACL. ACLs are a legacy mechanism; bucket policies and Block Public Access make access explicit.",
    concepts: ["acl-public-read"],
    profiles: ["baseline", "default", "strict"],
    securityHub: "S3.2",
    peers: {
      checkov: ["CKV_AWS_20", "CKV_AWS_375", "CKV2_AWS_43"],
      kics: ["219f4c95-aa50-44e0-97de-cf71f4641170", "57b9893d-33b1-4419-bcea-a717ea87e139"],
      trivy: ["AVD-AWS-0092", "aws-s3-no-public-access-with-acl"],
      cfn_nag: ["W31"],
      "cdk-nag": ["S3BucketPublicReadProhibited"],
      "cfn-guard": ["S3_BUCKET_PUBLIC_READ_PROHIBITED", "S3_BUCKET_PUBLIC_READ_ACL"]
    },
    fix: {
      cloudformation: "Remove `AccessControl` (or set it to `Private`) and add `OwnershipControls` with `ObjectOwnership: BucketOwnerEnforced`.",
      terraform: 'Set `acl = "private"` (on `aws_s3_bucket_acl`, which leaves the ACL in place when deleted) or remove the public grant, and add `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerEnforced"`.',
      cdk: "Remove `accessControl` and set `objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED`."
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2"
    ]
  },
  messages: {
    publicRead: "Bucket {{bucket}} grants {{permissions}} to {{grantee}} through its ACL ({{via}})."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n"],
      good: [
        "Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n  acl    = "public-read"\n}\n'],
      good: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n']
    }
  },
  check(bucket, report, ctx) {
    const { grants, unknown } = publicAclGrants(bucket);
    const reads = grants.filter(
      (g) => g.permissions.some((p) => READS.has(p)) && !g.permissions.some((p) => p === "WRITE" || p === "WRITE_ACP" || p === "FULL_CONTROL")
    );
    if (!reads.length && !unknown) return;
    const neutral = aclNeutraliser(bucket, ctx.accountPublicAccessBlocks(bucket));
    if (neutral && neutral !== "unknown") return;
    if (unknown) report.unknown(unknown, "ACL");
    for (const g of reads) {
      report({
        messageId: "publicRead",
        at: g.at,
        data: {
          bucket: bucket.id,
          permissions: g.permissions.join("/"),
          grantee: g.grantee === "AllUsers" ? "everyone (AllUsers)" : "every AWS account (AuthenticatedUsers)",
          via: g.canned ?? "grant"
        },
        fix: { kind: "remove", field: "acl.canned" }
      });
    }
  }
});

// rules/acl-public-write.ts
var WRITES = /* @__PURE__ */ new Set(["WRITE", "WRITE_ACP", "FULL_CONTROL"]);
var acl_public_write_default = defineRule({
  id: "acl-public-write",
  meta: {
    title: "S3 bucket ACL lets anyone write or change permissions",
    severity: "critical",
    why: "A public-read-write ACL, or a WRITE, WRITE_ACP or FULL_CONTROL grant to AllUsers or AuthenticatedUsers, lets anyone upload, overwrite or delete objects, or rewrite the ACL itself. Attackers use such buckets to host malware or to take over content served from them.",
    concepts: ["acl-public-write"],
    profiles: ["baseline", "default", "strict"],
    securityHub: "S3.3",
    peers: {
      checkov: ["CKV_AWS_57"],
      kics: ["07dda8de-d90d-469e-9b37-1aca53526ced"],
      trivy: ["AVD-AWS-0092", "aws-s3-no-public-access-with-acl"],
      cfn_nag: ["F14"],
      "cdk-nag": ["S3BucketPublicWriteProhibited"],
      "cfn-guard": ["S3_BUCKET_PUBLIC_WRITE_PROHIBITED", "S3_BUCKET_NO_PUBLIC_RW_ACL"]
    },
    fix: {
      cloudformation: "Remove `AccessControl: PublicReadWrite` and add `OwnershipControls` with `ObjectOwnership: BucketOwnerEnforced`.",
      terraform: 'Remove the `public-read-write` ACL or the public WRITE/WRITE_ACP/FULL_CONTROL grant, and add `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerEnforced"`.',
      cdk: "Remove `accessControl` and set `objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED`."
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-3"
    ]
  },
  messages: {
    publicWrite: "Bucket {{bucket}} grants {{permissions}} to {{grantee}} through its ACL ({{via}})."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n"],
      good: ["Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n"]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n  acl    = "public-read-write"\n}\n'],
      good: ['resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n  acl    = "private"\n}\n']
    }
  },
  check(bucket, report, ctx) {
    const { grants, unknown } = publicAclGrants(bucket);
    const writes = grants.filter((g) => g.permissions.some((p) => WRITES.has(p)));
    if (!writes.length && !unknown) return;
    const neutral = aclNeutraliser(bucket, ctx.accountPublicAccessBlocks(bucket));
    if (neutral && neutral !== "unknown") return;
    if (unknown) report.unknown(unknown, "ACL");
    for (const g of writes) {
      report({
        messageId: "publicWrite",
        at: g.at,
        data: {
          bucket: bucket.id,
          permissions: g.permissions.join("/"),
          grantee: g.grantee === "AllUsers" ? "everyone (AllUsers)" : "every AWS account (AuthenticatedUsers)",
          via: g.canned ?? "grant"
        },
        fix: { kind: "remove", field: "acl.canned" }
      });
    }
  }
});

// rules/acl-write-acp-grant.ts
var acl_write_acp_grant_default = defineRule({
  id: "acl-write-acp-grant",
  meta: {
    title: "S3 bucket ACL grants WRITE_ACP to another grantee",
    severity: "high",
    severityNote: "KICS rates it Critical. The grantee is named (not everyone; public grants are acl-public-write's Critical finding), but it can rewrite the ACL to give itself or anyone full control, so High.",
    why: "WRITE_ACP lets the grantee rewrite the bucket's access control list, and so grant itself, or everyone, read and write access. FULL_CONTROL includes it: a group's FULL_CONTROL is reported, and so is FULL_CONTROL to more than one canonical user or account, since only one of them can be the ACL's owner (the owner itself is not in view, so a single such grant is taken as the owner's). Nobody but the owner needs it; with ACLs disabled (ObjectOwnership BucketOwnerEnforced) the grant is rejected altogether.",
    concepts: ["other:acl-write-acp-grant"],
    peers: { kics: ["64a222aa-7793-4e40-915f-4b302c76e4d4"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "CloudFormation sets only canned ACLs on a bucket; remove `AccessControl` and set `OwnershipControls` to `BucketOwnerEnforced`.",
      terraform: 'Remove the `grant` with `permission = "WRITE_ACP"` from `aws_s3_bucket_acl`, or better, delete the ACL and add `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerEnforced"`.',
      cdk: "objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED"
    },
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#permissions"]
  },
  messages: {
    writeAcp: "Bucket {{bucket}} grants WRITE_ACP to {{grantee}}, which can then rewrite the ACL to give anyone access.",
    fullControl: "Bucket {{bucket}} grants FULL_CONTROL, which includes WRITE_ACP, to {{grantee}}, which can then rewrite the ACL to give anyone access.",
    fullControlOthers: "Bucket {{bucket}} grants FULL_CONTROL, which includes WRITE_ACP, to {{grantees}}; only one of them can be the owner, so another can rewrite the ACL to give anyone access."
  },
  examples: {
    cloudformation: {
      bad: [],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n"
      ],
      note: "CloudFormation sets only canned ACLs on a bucket, and none of them grants WRITE_ACP."
    },
    terraform: {
      bad: [
        'data "aws_canonical_user_id" "current" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n\nresource "aws_s3_bucket_acl" "data" {\n  bucket = aws_s3_bucket.data.id\n  access_control_policy {\n    grant {\n      grantee {\n        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"\n      }\n      permission = "WRITE_ACP"\n    }\n    owner {\n      id = data.aws_canonical_user_id.current.id\n    }\n  }\n}\n'
      ],
      good: [
        'data "aws_canonical_user_id" "current" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n\nresource "aws_s3_bucket_acl" "data" {\n  bucket = aws_s3_bucket.data.id\n  access_control_policy {\n    grant {\n      grantee {\n        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"\n      }\n      permission = "WRITE"\n    }\n    owner {\n      id = data.aws_canonical_user_id.current.id\n    }\n  }\n}\n'
      ]
    }
  },
  check(bucket, report) {
    const grants = bucket.acl.grants;
    if (grants.state === "unknown") return report.unknown(grants, "ACL grants");
    if (bucket.ownership.state === "set" && bucket.ownership.value === "BucketOwnerEnforced") return;
    const nameOf = (g) => g.grantee.type === "group" ? `the ${g.grantee.uri} group` : g.grantee.type === "unknown" ? "a grantee" : `${g.grantee.type} ${strToDisplay(g.grantee.id)}`;
    const fullControl = [];
    for (const g of grants.value) {
      if (g.grantee.type === "group" && (g.grantee.uri === "AllUsers" || g.grantee.uri === "AuthenticatedUsers")) continue;
      if (g.permission.state === "unknown") {
        report.unknown(g.permission, "ACL permission");
        continue;
      }
      if (g.permission.value === "FULL_CONTROL") {
        if (g.grantee.type === "group") report({ messageId: "fullControl", at: g.at, data: { bucket: bucket.id, grantee: nameOf(g) } });
        else if (g.grantee.type !== "unknown") fullControl.push(g);
        continue;
      }
      if (g.permission.value !== "WRITE_ACP") continue;
      report({ messageId: "writeAcp", at: g.at, data: { bucket: bucket.id, grantee: nameOf(g) } });
    }
    const distinct = [...new Map(fullControl.map((g) => [nameOf(g), g])).values()];
    if (distinct.length < 2) return;
    const ids = distinct.map((g) => g.grantee);
    const certain = ids.every((x) => x.type === ids[0].type && "id" in x && typeof x.id === "string");
    if (!certain)
      return report.unknown(
        {
          why: "FULL_CONTROL goes to more than one grantee, and whether more than the owner gets it is only known at deploy time",
          at: distinct[1].at
        },
        "ACL grantee"
      );
    report({ messageId: "fullControlOthers", at: distinct[1].at, data: { bucket: bucket.id, grantees: distinct.map(nameOf).join(", ") } });
  }
});

// rules/block-public-access-incomplete.ts
var block_public_access_incomplete_default = defineRule({
  id: "block-public-access-incomplete",
  meta: {
    title: "S3 bucket does not turn on all four Block Public Access settings",
    severity: "high",
    why: "Block Public Access is the safety net that stops a later ACL or policy change from exposing the bucket. AWS turns it on for buckets created since April 2023, but only code that declares it keeps it on for existing buckets and survives a console change.",
    concepts: ["bpa-missing"],
    profiles: ["baseline", "default", "strict"],
    securityHub: "S3.8",
    peers: {
      checkov: ["CKV_AWS_53", "CKV_AWS_54", "CKV_AWS_55", "CKV_AWS_56", "CKV2_AWS_6"],
      kics: [
        "d0cc8694-fcad-43ff-ac86-32331d7e867f",
        "48f100d9-f499-4c6d-b2b8-deafe47ffb26",
        "6c8d51af-218d-4bfb-94a9-94eabaa0703a",
        "350cd468-0e2c-44ef-9d22-cfb73a62523c"
      ],
      trivy: [
        "AVD-AWS-0086",
        "AVD-AWS-0087",
        "AVD-AWS-0091",
        "AVD-AWS-0093",
        "AVD-AWS-0094",
        "aws-s3-block-public-acls",
        "aws-s3-block-public-policy",
        "aws-s3-ignore-public-acls",
        "aws-s3-no-public-buckets",
        "aws-s3-specify-public-access-block"
      ],
      "cdk-nag": ["AwsSolutions-S2", "S3BucketLevelPublicAccessProhibited"],
      "cfn-guard": ["S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED", "CT.S3.PR.1"]
    },
    fix: {
      cloudformation: "PublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true",
      terraform: 'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}',
      cdk: "blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL"
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-8"
    ]
  },
  messages: {
    notDeclared: "Bucket {{bucket}} declares no Block Public Access configuration{{account}}.",
    flagsOff: "Bucket {{bucket}} leaves {{flags}} off{{account}}.",
    intendedPublic: 'Bucket {{bucket}} leaves {{flags}} off so that its bucket policy can make it public, as its s3-gate:public tag says: "{{reason}}". The ACL flags stay on, as they should.'
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: false\n"
      ],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_public_access_block" "data" {\n  bucket                  = aws_s3_bucket.data.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n'
      ]
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY })"],
      good: ["new s3.Bucket(this, 'Data', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })"]
    }
  },
  check(bucket, report, ctx) {
    const pab = bucket.publicAccessBlock;
    const accounts = ctx.accountPublicAccessBlocks(bucket);
    const coveredByAccount = accounts.length > 0 && BPA_FLAGS.every((f) => effectiveFlag(pab, accounts, f).on === true);
    const account = coveredByAccount ? " (the account-level block in this code covers it, so this is defence in depth)" : "";
    const severity = coveredByAccount ? "low" : void 0;
    if (pab.declared.state === "unknown") return report.unknown(pab.declared);
    if (!pab.declared.value) {
      report({
        messageId: "notDeclared",
        at: pab.at,
        data: { bucket: bucket.id, account },
        fix: { kind: "set", field: "publicAccessBlock", value: true },
        severity
      });
      return;
    }
    const off = BPA_FLAGS.filter((f) => pab[f].state !== "unknown" && pab[f].value === false);
    for (const f of BPA_FLAGS) {
      const v = pab[f];
      if (v.state === "unknown") report.unknown(v, BPA_FLAG_NAMES[f]);
    }
    if (!off.length) return;
    const intent = publicIntent(bucket);
    if (intent && off.every((f) => f === "blockPublicPolicy" || f === "restrictPublicBuckets")) {
      report({
        messageId: "intendedPublic",
        at: pab.at,
        data: { bucket: bucket.id, flags: off.map((f) => BPA_FLAG_NAMES[f]).join(", "), reason: intent },
        severity: "info"
      });
      return;
    }
    const explicit = off.map((f) => pab[f]).find((v) => v.state === "set");
    report({
      messageId: "flagsOff",
      at: explicit?.at ?? pab.at,
      data: { bucket: bucket.id, flags: off.map((f) => BPA_FLAG_NAMES[f]).join(", "), account },
      fix: { kind: "set", field: "publicAccessBlock", value: true },
      severity
    });
  }
});

// rules/bucket-key-disabled.ts
var bucket_key_disabled_default = defineRule({
  id: "bucket-key-disabled",
  meta: {
    title: "S3 bucket uses SSE-KMS without an S3 Bucket Key",
    severity: "low",
    why: "Without a Bucket Key, S3 calls KMS for every object, which multiplies KMS cost and can hit KMS request quotas under load, tempting teams back to weaker encryption. A Bucket Key keeps SSE-KMS and cuts KMS requests by up to 99%. DSSE-KMS (aws:kms:dsse) is not reported: S3 does not support Bucket Keys with it.",
    concepts: ["bucket-key-disabled"],
    profiles: ["strict"],
    peers: {},
    fix: {
      cloudformation: "BucketKeyEnabled: true   # in the ServerSideEncryptionConfiguration rule",
      terraform: "bucket_key_enabled = true   # in the server_side_encryption_configuration rule",
      cdk: "bucketKeyEnabled: true"
    },
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html"]
  },
  messages: {
    noBucketKey: "Bucket {{bucket}} uses {{algorithm}} without BucketKeyEnabled."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n"
      ],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n            BucketKeyEnabled: true\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n  }\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n    bucket_key_enabled = true\n  }\n}\n'
      ]
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.KMS })"],
      good: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.KMS, bucketKeyEnabled: true })"]
    }
  },
  check(bucket, report) {
    const e = bucket.encryption;
    if (e.algorithm.state === "unknown") {
      if (e.bucketKeyEnabled.state !== "unknown" && e.bucketKeyEnabled.value) return;
      return report.unknown(e.algorithm, "SSE algorithm");
    }
    if (e.algorithm.value !== "aws:kms") return;
    if (e.bucketKeyEnabled.state === "unknown") return report.unknown(e.bucketKeyEnabled, "BucketKeyEnabled");
    if (!e.bucketKeyEnabled.value) {
      report({
        messageId: "noBucketKey",
        at: e.bucketKeyEnabled.state === "set" ? e.bucketKeyEnabled.at : e.algorithm.at,
        data: { bucket: bucket.id, algorithm: e.algorithm.value },
        fix: { kind: "set", field: "encryption.bucketKeyEnabled", value: true }
      });
    }
  }
});

// rules/bucket-policy-missing.ts
function hasPolicy(policies) {
  return policies.some((p) => !p.maybe) ? true : policies[0]?.maybe;
}
var namesWithPolicy = perModel("namesWithPolicy");
function policyNames(model) {
  let map = namesWithPolicy.get(model);
  if (!map) {
    const names = nameSource(model);
    map = /* @__PURE__ */ new Map();
    for (const b of model.buckets) {
      const has = hasPolicy(b.policies);
      if (!has) continue;
      const n = bucketNameForMatch(b, names);
      if (map.get(n) !== true) map.set(n, has);
    }
    namesWithPolicy.set(model, map);
  }
  return map;
}
var bucket_policy_missing_default = defineRule({
  id: "bucket-policy-missing",
  meta: {
    title: "S3 bucket has no bucket policy",
    severity: "low",
    severityNote: "cfn_nag (W51) warns and KICS rates it Low. A missing policy is not an exposure by itself; what it usually means is that nothing denies plain-HTTP requests, which tls-not-enforced reports at Medium.",
    why: "A bucket policy is where a bucket states its own guard rails, whoever calls it: deny plain HTTP, deny requests from outside the organization or the expected VPC endpoint, deny uploads without the expected encryption. A bucket without one relies entirely on each caller's IAM policies.",
    concepts: ["other:bucket-policy-missing"],
    peers: { cfn_nag: ["W51"], kics: ["37fa8188-738b-42c8-bf82-6334ea567738"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: 'Policy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Statement:\n        - Sid: DenyInsecureTransport\n          Effect: Deny\n          Principal: "*"\n          Action: "s3:*"\n          Resource: [!GetAtt Bucket.Arn, !Sub "${Bucket.Arn}/*"]\n          Condition:\n            Bool:\n              aws:SecureTransport: false',
      terraform: 'resource "aws_s3_bucket_policy" "this" {\n  bucket = aws_s3_bucket.this.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "DenyInsecureTransport"\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}',
      cdk: "enforceSSL: true   // adds a bucket policy"
    },
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html"]
  },
  messages: {
    none: "Bucket {{bucket}} has no bucket policy."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Data:\n    Type: AWS::S3::Bucket\n"],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n'
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}\n'
      ]
    },
    cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { enforceSSL: true })"] }
  },
  check(bucket, report, ctx) {
    const own = hasPolicy(bucket.policies);
    if (own === true) return;
    if (bucket.policyDefinedElsewhere)
      return report.unknown({ why: "the bucket and its policy are defined outside this code", at: bucket.origin.at }, "bucket policy");
    const name = bucket.name.state !== "unknown" && typeof bucket.name.value === "string" ? bucket.name.value : void 0;
    const named = name === void 0 ? void 0 : policyNames(ctx.model).get(name);
    if (named === true) return;
    const maybe = own ?? named;
    if (maybe) return report.unknown(maybe, "bucket policy");
    report({ messageId: "none", at: bucket.origin.at, data: { bucket: bucket.id } });
  }
});

// rules/cloudtrail-bucket-public.ts
var cloudtrail_bucket_public_default = defineRule({
  id: "cloudtrail-bucket-public",
  target: "trail",
  meta: {
    title: "CloudTrail trail writes its logs to a bucket anyone can reach",
    severity: "critical",
    why: "CloudTrail logs describe every API call in the account: who did what, from where, with which resources. In a bucket that anyone can read they give an attacker a map of the account; in one anyone can write, the audit record itself can be forged or destroyed. The bucket's exposure is judged the same way as public-exposure judges it (ACLs, bucket policy conditions, access points, bucket and account Block Public Access). Buckets not defined in the same code are not judged. When the trail names one of several buckets, chosen at deploy time (`!If`, a Terraform conditional), a public one among them is reported as unknown.",
    concepts: ["cloudtrail-other"],
    securityHub: "CloudTrail.6",
    peers: { trivy: ["AVD-AWS-0161", "aws-cloudtrail-no-public-log-access"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "On the trail's bucket, remove the public grant or statement and add\nPublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true",
      terraform: "Remove the public grant or statement from the trail's bucket and add `aws_s3_bucket_public_access_block` with all four flags true.",
      cdk: "blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL   // on the bucket passed to cloudtrail.Trail"
    },
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-6"
    ]
  },
  messages: {
    public: "Trail {{trail}} writes its logs to bucket {{bucket}}, which is reachable by anyone: {{paths}}."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  AuditLogs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: example-audit-logs\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref AuditLogs\n"
      ],
      good: [
        "Resources:\n  AuditLogs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: example-audit-logs\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref AuditLogs\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "audit" {\n  bucket = "example-audit-logs"\n  acl    = "public-read"\n}\n\nresource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.audit.id\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "audit" {\n  bucket = "example-audit-logs"\n}\n\nresource "aws_s3_bucket_public_access_block" "audit" {\n  bucket                  = aws_s3_bucket.audit.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n\nresource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.audit.id\n}\n'
      ]
    }
  },
  check(trail, report, ctx) {
    const name = trail.bucketName;
    const ref = refOf(name);
    const bucket = ref === void 0 ? void 0 : ctx.resolveBucket(ref);
    if (bucket === void 0 || bucket === "unknown") {
      for (const choice of trail.bucketChoices ?? []) {
        const candidate = ctx.model.buckets.find((b) => b.id === choice.bucketId);
        if (!candidate?.managed) continue;
        const analysis2 = analyseExposure(
          candidate,
          ctx.accountPublicAccessBlocks(candidate),
          ctx.model.accessPoints,
          ctx.policyScope(candidate)
        );
        const active2 = activeExposures(analysis2);
        const undecided = analysis2.exposures.find((e) => e.neutraliser === "unknown") ?? analysis2.unknowns[0];
        if (!active2.length && !undecided) continue;
        const what = active2.length ? `is reachable by anyone (${active2.map((e) => e.via).join("; ")})` : "may be public";
        report.unknown(
          { why: `${trail.id} may write its logs to bucket ${candidate.id}, which ${what}: ${choice.why}`, at: name.at },
          "trail bucket"
        );
      }
      return;
    }
    if (!bucket.managed) return;
    const analysis = analyseExposure(bucket, ctx.accountPublicAccessBlocks(bucket), ctx.model.accessPoints, ctx.policyScope(bucket));
    const active = activeExposures(analysis);
    if (!active.length) {
      const undecided = analysis.exposures.find((e) => e.neutraliser === "unknown") ?? analysis.unknowns[0];
      if (undecided)
        report.unknown({ why: `whether bucket ${bucket.id} is public is not known statically`, at: undecided.at }, "trail bucket exposure");
      return;
    }
    report({
      messageId: "public",
      at: active[0].at,
      data: { trail: trail.id, bucket: bucket.id, paths: active.map((e) => e.via).join("; ") },
      related: [
        { message: `trail ${trail.id} writes its logs to this bucket`, at: name.at },
        ...active.slice(1).map((e) => ({ message: e.via, at: e.at }))
      ]
    });
  }
});

// rules/cloudtrail-data-events-missing.ts
function readsAndWrites(selectors) {
  const types = /* @__PURE__ */ new Set();
  for (const s of selectors)
    if (s.s3Resources.length > 0 && s.readWriteType.state !== "unknown" && !s.someEvents) types.add(s.readWriteType.value);
  return types.has("All") || types.has("ReadOnly") && types.has("WriteOnly");
}
var recordsAll = (t) => t.isLogging.state !== "unknown" && t.isLogging.value && t.dataEvents.state !== "unknown" && readsAndWrites(t.dataEvents.value);
var kindOf = (t) => "bucketName" in t ? "trail" : "event data store";
function mayRecordAll(t) {
  if (t.isLogging.state !== "unknown" && !t.isLogging.value) return void 0;
  if (t.dataEvents.state === "unknown") return t.dataEvents;
  const selectors = t.dataEvents.value;
  if (!readsAndWrites(selectors)) {
    const open = selectors.find((s) => s.s3Resources.length > 0 && !s.someEvents && s.readWriteType.state === "unknown");
    const asAll = selectors.map((s) => s === open ? { ...s, readWriteType: setValue("All", s.at) } : s);
    return open && readsAndWrites(asAll) && open.readWriteType.state === "unknown" ? open.readWriteType : void 0;
  }
  return t.isLogging.state === "unknown" ? t.isLogging : void 0;
}
var uncertain = perModel("trailsMayRecordAllDataEvents");
function mayRecordAllOf(model) {
  let list = uncertain.get(model);
  if (!list) {
    list = [];
    for (const t of [...model.trails, ...model.eventDataStores]) {
      const why = mayRecordAll(t);
      if (why) list.push({ t, why });
      if (list.length === 2) break;
    }
    uncertain.set(model, list);
  }
  return list;
}
var recordingAll = perModel("trailsRecordingAllDataEvents");
function trailsRecordingAll(model) {
  let index = recordingAll.get(model);
  if (!index) {
    const recorders = [...model.trails.filter(recordsAll), ...model.eventDataStores.filter(recordsAll)];
    recordingAll.set(model, index = new DeployedWith(recorders, (t) => t.origin));
  }
  return index;
}
var cloudtrail_data_events_missing_default = defineRule({
  id: "cloudtrail-data-events-missing",
  target: "trail",
  meta: {
    title: "CloudTrail trail does not record S3 data events (object reads and writes)",
    severity: "medium",
    why: "Management events show who changed a bucket, not who read or deleted its objects. Without S3 data events (GetObject, PutObject, DeleteObject) for both reads and writes, data theft or destruction leaves no trace in CloudTrail. Record ReadWriteType All for AWS::S3::Object on the buckets that matter (or all of them with arn:aws:s3). An advanced selector that also filters on another field of the event (eventName, userIdentity.arn, eventType, sessionCredentialFromConsole, an eventSource other than s3.amazonaws.com) records only the events it picks, and does not count. A CloudTrail Lake event data store in the same code that records them all (AWS::CloudTrail::EventDataStore, aws_cloudtrail_event_data_store, ingesting) covers every trail.",
    concepts: ["cloudtrail-data-events-missing"],
    profiles: ["default", "strict"],
    securityHub: "S3.22",
    peers: {
      kics: ["a8fc2180-b3ac-4c93-bd0d-a55b974e4b07"],
      trivy: ["AVD-AWS-0171", "AVD-AWS-0172", "aws-s3-enable-object-write-logging", "aws-s3-enable-object-read-logging"],
      "cfn-guard": ["CLOUDTRAIL_S3_DATAEVENTS_ENABLED"]
    },
    fix: {
      cloudformation: "EventSelectors:\n  - ReadWriteType: All\n    IncludeManagementEvents: true\n    DataResources:\n      - Type: AWS::S3::Object\n        Values: [arn:aws:s3]",
      terraform: 'event_selector {\n  read_write_type           = "All"\n  include_management_events = true\n  data_resource {\n    type   = "AWS::S3::Object"\n    values = ["arn:aws:s3"]\n  }\n}',
      cdk: "trail.addS3EventSelector([{ bucket }], { readWriteType: cloudtrail.ReadWriteType.ALL })"
    },
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-22"
    ]
  },
  messages: {
    none: "Trail {{trail}} records no S3 data events, so object reads and deletes are not logged.",
    partial: "Trail {{trail}} records only {{type}} S3 data events; use ReadWriteType All to log both reads and writes.",
    stopped: "Trail {{trail}} is stopped (logging turned off), so it records no S3 data events whatever its selectors say.",
    someEvents: "Trail {{trail}} records S3 data events only for the events its {{field}} filter picks, so other object reads and deletes are not logged."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n"
      ],
      good: [
        "Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      EventSelectors:\n        - ReadWriteType: All\n          DataResources:\n            - Type: AWS::S3::Object\n              Values: [arn:aws:s3]\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n}\n'],
      good: [
        'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n  event_selector {\n    read_write_type = "All"\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}\n'
      ]
    }
  },
  check(trail, report, ctx) {
    const ev = trail.dataEvents;
    if (ev.state === "unknown") return report.unknown(ev, "event selectors");
    const s3 = ev.value.filter((s) => s.s3Resources.length > 0);
    const logging = trail.isLogging;
    const selected = readsAndWrites(s3);
    if (selected && logging.state !== "unknown" && logging.value) return;
    const index = trailsRecordingAll(ctx.model);
    const other = index.find(trail.origin);
    if (other !== void 0) return;
    const maybe = index.any();
    if (maybe) return report.unknown(maybe.origin.maybe, `${kindOf(maybe)} ${maybe.id}`);
    const open = mayRecordAllOf(ctx.model).find((m) => m.t !== trail);
    if (open) return report.unknown(open.why, `${kindOf(open.t)} ${open.t.id}`);
    if (selected) {
      if (logging.state === "unknown") return report.unknown(logging, "logging");
      return report({ messageId: "stopped", at: logging.at, data: { trail: trail.id } });
    }
    for (const s of s3) if (s.readWriteType.state === "unknown") return report.unknown(s.readWriteType, "ReadWriteType");
    const filtered = s3.find((s) => s.someEvents);
    if (filtered && readsAndWrites(s3.map((s) => ({ ...s, someEvents: void 0 }))))
      return report({
        messageId: "someEvents",
        at: filtered.someEvents,
        data: { trail: trail.id, field: filtered.someEventsField ?? "event filter" }
      });
    if (s3.length) {
      const first = s3[0];
      const type = first.readWriteType.state === "unknown" ? "?" : first.readWriteType.value;
      report({
        messageId: "partial",
        at: first.readWriteType.state === "set" ? first.readWriteType.at : first.at,
        data: { trail: trail.id, type }
      });
    } else report({ messageId: "none", at: ev.state === "set" ? ev.at : trail.origin.at, data: { trail: trail.id } });
  }
});

// rules/cloudtrail-log-file-validation-disabled.ts
var cloudtrail_log_file_validation_disabled_default = defineRule({
  id: "cloudtrail-log-file-validation-disabled",
  target: "trail",
  meta: {
    title: "CloudTrail trail does not validate its log files",
    severity: "low",
    why: "With log file validation, CloudTrail writes signed, chained digest files next to the logs in S3, so anyone can prove later that no log file was changed or deleted. Without it, someone with write access to the log bucket can edit or remove the record of what they did, and nobody can tell.",
    concepts: ["cloudtrail-other"],
    securityHub: "CloudTrail.4",
    peers: {
      checkov: ["CKV_AWS_36"],
      kics: ["2a3560fe-52ca-4443-b34f-bf0ed5eb74c8"],
      trivy: ["AVD-AWS-0016", "aws-cloudtrail-enable-log-validation"],
      "cdk-nag": ["CloudTrailLogFileValidationEnabled"]
    },
    profiles: ["baseline", "default", "strict"],
    fix: {
      cloudformation: "EnableLogFileValidation: true",
      terraform: "enable_log_file_validation = true",
      cdk: "enableFileValidation: true   // the default of cloudtrail.Trail"
    },
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-4"
    ]
  },
  messages: {
    disabled: "Trail {{trail}} does not validate its log files, so changes to or deletion of its logs would go unnoticed."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      S3BucketName: audit-logs\n"
      ],
      good: [
        "Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      EnableLogFileValidation: true\n      S3BucketName: audit-logs\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "audit-logs"\n  is_multi_region_trail = true\n}\n'
      ],
      good: [
        'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n}\n'
      ]
    },
    cdk: { bad: ["new cloudtrail.Trail(this, 'Trail', { enableFileValidation: false })"], good: ["new cloudtrail.Trail(this, 'Trail')"] }
  },
  check(trail, report) {
    const v = trail.logFileValidation;
    if (v.state === "unknown") return report.unknown(v, "log file validation");
    if (v.value) return;
    report({ messageId: "disabled", at: v.at, data: { trail: trail.id }, fix: { kind: "set", field: "logFileValidation", value: true } });
  }
});

// rules/cloudtrail-multi-region-disabled.ts
var multiRegion = perModel("trailsMultiRegion");
function multiRegionTrails(model) {
  let found = multiRegion.get(model);
  if (found === void 0) {
    const multi = model.trails.filter((t) => t.isMultiRegion.state !== "unknown" && t.isMultiRegion.value);
    const logging = new DeployedWith(
      multi.filter((t) => t.isLogging.state !== "unknown" && t.isLogging.value),
      (t) => t.origin
    );
    multiRegion.set(model, found = { logging, maybeLogging: multi.find((t) => t.isLogging.state === "unknown") });
  }
  return found;
}
var cloudtrail_multi_region_disabled_default = defineRule({
  id: "cloudtrail-multi-region-disabled",
  target: "trail",
  meta: {
    title: "CloudTrail trail records only its own Region",
    severity: "medium",
    severityNote: 'Security Hub CloudTrail.1 is High, but it judges the whole account ("at least one multi-Region trail"); a single-Region trail in this code is a gap only if no other trail covers the account, which a static scan cannot see. Another trail in the same code that is multi-Region silences the finding.',
    why: "A single-Region trail misses API activity in every other Region, which is exactly where an attacker starts resources or exfiltrates data to avoid notice, and it misses global-service events recorded elsewhere. A multi-Region trail records all Regions, including ones enabled later, into one bucket.",
    concepts: ["cloudtrail-other"],
    securityHub: "CloudTrail.1",
    peers: {
      checkov: ["CKV_AWS_67"],
      kics: ["058ac855-989f-4378-ba4d-52d004020da7", "8173d5eb-96b5-4aa6-a71b-ecfa153c123d"],
      trivy: ["AVD-AWS-0014", "aws-cloudtrail-enable-all-regions"]
    },
    profiles: ["baseline", "default", "strict"],
    fix: {
      cloudformation: "IsMultiRegionTrail: true\nIncludeGlobalServiceEvents: true",
      terraform: "is_multi_region_trail         = true\ninclude_global_service_events = true",
      cdk: "isMultiRegionTrail: true   // the default of cloudtrail.Trail"
    },
    references: [
      "https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1"
    ]
  },
  messages: {
    singleRegion: "Trail {{trail}} records only the Region it is deployed in; activity in other Regions goes unlogged."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      EnableLogFileValidation: true\n      S3BucketName: audit-logs\n"
      ],
      good: [
        "Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      EnableLogFileValidation: true\n      S3BucketName: audit-logs\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n  enable_log_file_validation = true\n}\n'
      ],
      good: [
        'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n}\n'
      ]
    },
    cdk: { bad: ["new cloudtrail.Trail(this, 'Trail', { isMultiRegionTrail: false })"], good: ["new cloudtrail.Trail(this, 'Trail')"] }
  },
  check(trail, report, ctx) {
    const v = trail.isMultiRegion;
    if (v.state === "unknown") return report.unknown(v, "multi-Region");
    if (v.value) return;
    const trails = multiRegionTrails(ctx.model);
    if (trails.logging.find(trail.origin) !== void 0) return;
    const maybe = trails.logging.any();
    if (maybe) return report.unknown(maybe.origin.maybe, `trail ${maybe.id}`);
    const other = trails.maybeLogging;
    if (other?.isLogging.state === "unknown") return report.unknown(other.isLogging, `logging of trail ${other.id}`);
    report({ messageId: "singleRegion", at: v.at, data: { trail: trail.id }, fix: { kind: "set", field: "isMultiRegion", value: true } });
  }
});

// src/model/metric-filter.ts
function parseJsonFilterPattern(pattern) {
  if (pattern.length > MAX_PATTERN_LENGTH) return void 0;
  const text = pattern.trim();
  if (!text.startsWith("{") || !text.endsWith("}")) return void 0;
  const tokens = tokenize(text.slice(1, -1));
  if (!tokens) return void 0;
  let i = 0;
  const peek = () => tokens[i];
  const parseOr = () => {
    let left = parseAnd();
    while (left && peek() === "||") {
      i++;
      const right = parseAnd();
      if (!right) return void 0;
      left = { op: "or", left, right };
    }
    return left;
  };
  const parseAnd = () => {
    let left = parseAtom();
    while (left && peek() === "&&") {
      i++;
      const right = parseAtom();
      if (!right) return void 0;
      left = { op: "and", left, right };
    }
    return left;
  };
  const parseAtom = () => {
    const t = peek();
    if (t === "(") {
      i++;
      const e = parseOr();
      if (peek() !== ")") return void 0;
      i++;
      return e;
    }
    if (t === void 0 || !t.startsWith("$.")) return void 0;
    i++;
    const op = peek();
    if (op === "=" || op === "!=") {
      i++;
      const value = peek();
      if (value === void 0 || ["(", ")", "&&", "||", "=", "!="].includes(value)) return void 0;
      i++;
      return { op: "cmp", field: t.slice(2), negate: op === "!=", value: unquote(value) };
    }
    while (peek() !== void 0 && !["&&", "||", ")"].includes(peek())) i++;
    return { op: "opaque" };
  };
  const expr = parseOr();
  return expr && i === tokens.length ? expr : void 0;
}
var MAX_PATTERN_LENGTH = 1024;
function tokenize(s) {
  const out = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) i++;
    else if (s.startsWith("&&", i) || s.startsWith("||", i) || s.startsWith("!=", i)) {
      out.push(s.slice(i, i + 2));
      i += 2;
    } else if (c === "(" || c === ")" || c === "=" || c === "<" || c === ">") {
      out.push(c);
      i++;
    } else if (c === '"') {
      const end = s.indexOf('"', i + 1);
      if (end < 0) return void 0;
      out.push(s.slice(i, end + 1));
      i = end + 1;
    } else {
      let j = i;
      while (j < s.length && !/[\s()=!<>&|"]/.test(s[j])) j++;
      if (j === i) return void 0;
      out.push(s.slice(i, j));
      i = j;
    }
  }
  return out;
}
var unquote = (v) => v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v;
function valueMatches(pattern, actual) {
  return wildcardMatches(pattern, actual, false);
}
function matches(e, event) {
  switch (e.op) {
    case "and":
      return matches(e.left, event) && matches(e.right, event);
    case "or":
      return matches(e.left, event) || matches(e.right, event);
    case "opaque":
      return true;
    case "cmp": {
      const actual = ownEntry(event, e.field);
      const eq = actual !== void 0 && valueMatches(e.value, actual);
      return e.negate ? !eq : eq;
    }
  }
}
var POLICY_CHANGE_EVENTS = ["PutBucketAcl", "PutBucketPolicy", "DeleteBucketPolicy"];
var UNRELATED_EVENTS = ["GetBucketAcl", "GetBucketPolicy", "ListBuckets", "GetObject", "PutObject"];
function judgePolicyChangePattern(pattern) {
  const expr = parseJsonFilterPattern(pattern);
  if (!expr) return { kind: "not-understood" };
  const s3 = (eventName) => ({ eventSource: "s3.amazonaws.com", eventName });
  const missing = POLICY_CHANGE_EVENTS.filter((n) => !matches(expr, s3(n)));
  if (missing.length) return { kind: "missing", events: missing };
  const broad = UNRELATED_EVENTS.find((n) => matches(expr, s3(n)));
  if (broad) return { kind: "too-broad", example: broad };
  return { kind: "ok" };
}
function looksLikeS3ChangeFilter(pattern) {
  return /s3\.amazonaws\.com|(Put|Delete)Bucket(Acl|Policy)/i.test(pattern);
}
function placeholderResource(s) {
  const parts = strParts(s);
  if (parts.length !== 1) return void 0;
  const p = parts[0];
  return typeof p !== "string" && (p.kind === "resource" || p.kind === "bucket") ? p.id : void 0;
}
function withoutStreamsSuffix(s) {
  const parts = strParts(s);
  return parts.length === 2 && parts[1] === ":*" && typeof parts[0] !== "string" ? { parts: [parts[0]] } : s;
}
function alarmsOn(filter, alarms) {
  return alarms.filter((a) => {
    if (a.metricName.state === "unknown") return false;
    const ref = placeholderResource(a.metricName.value);
    if (ref !== void 0) return ref === filter.id;
    if (filter.metricName.state === "unknown") return false;
    if (typeof a.metricName.value !== "string" || typeof filter.metricName.value !== "string") return false;
    if (a.metricName.value !== filter.metricName.value) return false;
    const an = a.namespace.state === "unknown" ? void 0 : a.namespace.value;
    const fn = filter.metricNamespace.state === "unknown" ? void 0 : filter.metricNamespace.value;
    return typeof an !== "string" || typeof fn !== "string" || an === fn;
  });
}
function sameLogGroup(trailGroup, filterGroup) {
  const a = placeholderResource(withoutStreamsSuffix(trailGroup));
  const b = placeholderResource(filterGroup);
  if (a !== void 0 && b !== void 0) return a === b;
  const name = (s) => {
    const parts = strParts(s);
    let i = parts.length - 1;
    let tail = "";
    for (; i >= 0 && typeof parts[i] === "string"; i--) tail = parts[i] + tail;
    const m = /:log-group:([^:]+)/.exec(tail);
    return m ? m[1] : i < 0 ? tail : void 0;
  };
  const na = name(trailGroup);
  const nb = name(filterGroup);
  if (na === void 0 || nb === void 0) return "unknown";
  return na === nb;
}

// rules/cloudwatch-s3-policy-change-alarm-missing.ts
var cloudwatch_s3_policy_change_alarm_missing_default = defineRule({
  id: "cloudwatch-s3-policy-change-alarm-missing",
  target: "model",
  meta: {
    title: "No CloudWatch alarm on S3 bucket policy and ACL changes",
    severity: "low",
    why: "When CloudTrail delivers to CloudWatch Logs, a metric filter on PutBucketPolicy, DeleteBucketPolicy and PutBucketAcl with an alarm on its metric tells you within minutes that someone changed who can reach a bucket, instead of at the next audit. The rule looks at trails in the code that send to CloudWatch Logs, and at metric filters in the code that watch S3 changes: a filter must catch those three events, only S3 write events (a filter joined with || alarms on every S3 call), and have an alarm on its metric.",
    concepts: ["other:cloudwatch-s3-policy-change-alarm"],
    securityHub: "CloudWatch.8",
    peers: { kics: ["27c6a499-895a-4dc7-9617-5c485218db13"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: `S3PolicyChanges:
  Type: AWS::Logs::MetricFilter
  Properties:
    LogGroupName: !Ref TrailLogGroup
    FilterPattern: '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }'
    MetricTransformations:
      - MetricName: S3BucketPolicyChanges
        MetricNamespace: CISBenchmark
        MetricValue: "1"
S3PolicyChangesAlarm:
  Type: AWS::CloudWatch::Alarm
  Properties:
    MetricName: S3BucketPolicyChanges
    Namespace: CISBenchmark
    Statistic: Sum
    Period: 300
    EvaluationPeriods: 1
    Threshold: 1
    ComparisonOperator: GreaterThanOrEqualToThreshold
    AlarmActions: [!Ref SecurityAlerts]`,
      terraform: 'resource "aws_cloudwatch_log_metric_filter" "s3_policy_changes" {\n  name           = "S3BucketPolicyChanges"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication)) }"\n  metric_transformation {\n    name      = "S3BucketPolicyChanges"\n    namespace = "CISBenchmark"\n    value     = "1"\n  }\n}\n\nresource "aws_cloudwatch_metric_alarm" "s3_policy_changes" {\n  alarm_name          = "s3-bucket-policy-changes"\n  metric_name         = aws_cloudwatch_log_metric_filter.s3_policy_changes.metric_transformation[0].name\n  namespace           = "CISBenchmark"\n  statistic           = "Sum"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n  alarm_actions       = [aws_sns_topic.security_alerts.arn]\n}'
    },
    references: [
      "https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-8",
      "https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html"
    ]
  },
  messages: {
    trailUnwatched: "Trail {{trail}} delivers to CloudWatch Logs, but no metric filter with an alarm watches it for S3 bucket policy and ACL changes.",
    missingEvents: "Metric filter {{filter}} watches S3 changes but misses {{events}}.",
    tooBroad: "Metric filter {{filter}} matches S3 calls that change nothing (such as {{example}}), so its alarm fires on ordinary use; join the event source and the event names with &&.",
    noAlarm: "Metric filter {{filter}} catches S3 bucket policy and ACL changes, but no alarm watches its metric."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  TrailLogs:\n    Type: AWS::Logs::LogGroup\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn\n      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-logs\n"
      ],
      good: [
        `Resources:
  TrailLogs:
    Type: AWS::Logs::LogGroup
  Trail:
    Type: AWS::CloudTrail::Trail
    Properties:
      IsLogging: true
      S3BucketName: audit-logs
      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn
      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-logs
  S3PolicyChanges:
    Type: AWS::Logs::MetricFilter
    Properties:
      LogGroupName: !Ref TrailLogs
      FilterPattern: '{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }'
      MetricTransformations:
        - MetricName: S3BucketPolicyChanges
          MetricNamespace: Security
          MetricValue: "1"
  S3PolicyChangesAlarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      MetricName: S3BucketPolicyChanges
      Namespace: Security
      Statistic: Sum
      Period: 300
      EvaluationPeriods: 1
      Threshold: 1
      ComparisonOperator: GreaterThanOrEqualToThreshold
`
      ]
    },
    terraform: {
      bad: [
        'resource "aws_cloudwatch_log_group" "trail" {\n  name = "trail"\n}\n\nresource "aws_cloudwatch_log_metric_filter" "s3_policy_changes" {\n  name           = "S3BucketPolicyChanges"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = "{ ($.eventSource = s3.amazonaws.com) || ($.eventName = PutBucketPolicy) }"\n  metric_transformation {\n    name      = "S3BucketPolicyChanges"\n    namespace = "Security"\n    value     = "1"\n  }\n}\n'
      ],
      good: [
        'resource "aws_cloudwatch_log_group" "trail" {\n  name = "trail"\n}\n\nresource "aws_cloudwatch_log_metric_filter" "s3_policy_changes" {\n  name           = "S3BucketPolicyChanges"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }"\n  metric_transformation {\n    name      = "S3BucketPolicyChanges"\n    namespace = "Security"\n    value     = "1"\n  }\n}\n\nresource "aws_cloudwatch_metric_alarm" "s3_policy_changes" {\n  alarm_name          = "s3-bucket-policy-changes"\n  metric_name         = "S3BucketPolicyChanges"\n  namespace           = "Security"\n  statistic           = "Sum"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n}\n'
      ]
    }
  },
  check(model, report) {
    const judged = /* @__PURE__ */ new Map();
    for (const f of model.metricFilters) {
      judged.set(f, f.pattern.state === "unknown" ? "unknown" : judgePolicyChangePattern(f.pattern.value));
    }
    const alarms = /* @__PURE__ */ new Map();
    for (const [f, j] of judged) if (j !== "unknown" && j.kind === "ok") alarms.set(f, alarmsOn(f, model.alarms));
    const alarmed = (f, subject) => alarms.get(f)?.some((a) => deployedWhenever(a.origin, subject)) ?? false;
    const mayBeGood = (f) => (alarms.get(f)?.length ?? 0) > 0;
    const whyNot = (f, subject) => deployedWhenever(f.origin, subject) ? alarms.get(f).find((a) => !deployedWhenever(a.origin, subject)).origin.maybe : f.origin.maybe;
    const goodFor = /* @__PURE__ */ new Map();
    const good = (trail) => {
      const m = trail.origin.maybe;
      const key = !m ? "" : m.conditions ? `c${JSON.stringify(m.conditions)}` : `t${trail.id}`;
      let list = goodFor.get(key);
      if (!list)
        goodFor.set(key, list = model.metricFilters.filter((f) => deployedWhenever(f.origin, trail.origin) && alarmed(f, trail.origin)));
      return list;
    };
    for (const f of model.metricFilters) {
      if (f.pattern.state === "unknown") {
        report.unknown(f.pattern, "metric filter pattern");
        continue;
      }
      if (alarmed(f, f.origin) || !looksLikeS3ChangeFilter(f.pattern.value)) continue;
      const j = judged.get(f);
      if (j === "unknown" || j.kind === "not-understood") {
        report.unknown({ why: "the filter pattern is not a JSON pattern s3-gate can read", at: f.pattern.at }, "metric filter pattern");
        continue;
      }
      const data = { filter: f.id };
      if (j.kind === "missing")
        report({ messageId: "missingEvents", at: f.pattern.at, resource: f.id, data: { ...data, events: j.events.join(", ") } });
      else if (j.kind === "too-broad")
        report({ messageId: "tooBroad", at: f.pattern.at, resource: f.id, data: { ...data, example: j.example } });
      else if (mayBeGood(f)) report.unknown(alarms.get(f)[0].origin.maybe, `alarm ${alarms.get(f)[0].id}`);
      else report({ messageId: "noAlarm", at: f.origin.at, resource: f.id, data });
    }
    for (const trail of model.trails) {
      const group = trail.cloudWatchLogsGroup;
      if (group.state === "unknown" || group.value === null) continue;
      const onGroup = (f) => f.logGroup.state === "unknown" ? "unknown" : sameLogGroup(group.value, f.logGroup.value);
      const watching = good(trail);
      if (watching.some((f) => onGroup(f) === true)) continue;
      const possibly = watching.find((f) => onGroup(f) === "unknown");
      if (possibly) {
        const lg = possibly.logGroup;
        report.unknown(
          lg.state === "unknown" ? lg : { why: `the log group of metric filter ${possibly.id} is only known at deploy time`, at: lg.at },
          `metric filter ${possibly.id}`
        );
        continue;
      }
      const maybe = model.metricFilters.find((f) => onGroup(f) !== false && mayBeGood(f));
      if (maybe) {
        report.unknown(whyNot(maybe, trail.origin), `metric filter ${maybe.id}`);
        continue;
      }
      if (model.metricFilters.some((f) => onGroup(f) !== false && f.pattern.state !== "unknown" && looksLikeS3ChangeFilter(f.pattern.value)))
        continue;
      report({ messageId: "trailUnwatched", at: group.at, resource: trail.id, data: { trail: trail.id } });
    }
  }
});

// rules/cors-wildcard-origin.ts
var WRITE_METHODS = /* @__PURE__ */ new Set(["PUT", "POST", "DELETE"]);
var ANY_ORIGINS = ["*", "http://*", "https://*"];
var isAnyOrigin = (o) => typeof o === "string" && ANY_ORIGINS.includes(o.trim());
function mayBeAnyOrigin(o) {
  if (typeof o === "string") return void 0;
  const parts = strParts(o);
  const unknown = parts.find((p) => typeof p !== "string" && p.kind === "unknown");
  if (unknown === void 0 || typeof unknown === "string" || unknown.kind !== "unknown") return void 0;
  const shape = parts.map((p) => typeof p === "string" ? p : p.kind === "unknown" ? "*" : "").join("");
  return ANY_ORIGINS.some((any) => wildcardMatches(shape.trim(), any, false)) ? { why: unknown.why } : void 0;
}
var cors_wildcard_origin_default = defineRule({
  id: "cors-wildcard-origin",
  meta: {
    title: "S3 bucket CORS rule allows any origin",
    severity: "low",
    severityNote: "KICS rates it Medium. CORS only decides which web pages may call the bucket from a browser; it grants no access by itself. A rule that lets any site read is Low; one that lets any site write (PUT, POST, DELETE) is reported as Medium.",
    why: 'A CORS rule with AllowedOrigins "*" lets scripts on every website call the bucket from a visitor\'s browser. For a bucket that browsers also reach with credentials or presigned URLs, that lets a malicious page read or upload data on the visitor\'s behalf. List the origins of your own sites instead. An origin only known at deploy time (a parameter, a variable, `https://${Domain}`) that could turn out to be "*" is reported as unknown.',
    concepts: ["other:cors-unrestricted"],
    peers: { kics: ["3609d27c-3698-483a-9402-13af6ae80583"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "CorsConfiguration:\n  CorsRules:\n    - AllowedOrigins: [https://www.example.com]\n      AllowedMethods: [GET]\n      AllowedHeaders: [Authorization]",
      terraform: 'cors_rule {\n  allowed_origins = ["https://www.example.com"]\n  allowed_methods = ["GET"]\n  allowed_headers = ["Authorization"]\n}',
      cdk: "cors: [{ allowedOrigins: ['https://www.example.com'], allowedMethods: [s3.HttpMethods.GET] }]"
    },
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/cors.html"]
  },
  messages: {
    anyOrigin: "Bucket {{bucket}} has a CORS rule that lets any website call it with {{methods}}."
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Assets:\n    Type: AWS::S3::Bucket\n    Properties:\n      CorsConfiguration:\n        CorsRules:\n          - AllowedOrigins: ["*"]\n            AllowedMethods: [GET, PUT]\n'
      ],
      good: [
        "Resources:\n  Assets:\n    Type: AWS::S3::Bucket\n    Properties:\n      CorsConfiguration:\n        CorsRules:\n          - AllowedOrigins: [https://www.example.com]\n            AllowedMethods: [GET]\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "assets" {\n  bucket = "example-assets"\n}\n\nresource "aws_s3_bucket_cors_configuration" "assets" {\n  bucket = aws_s3_bucket.assets.id\n  cors_rule {\n    allowed_origins = ["*"]\n    allowed_methods = ["GET", "PUT"]\n  }\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "assets" {\n  bucket = "example-assets"\n}\n\nresource "aws_s3_bucket_cors_configuration" "assets" {\n  bucket = aws_s3_bucket.assets.id\n  cors_rule {\n    allowed_origins = ["https://www.example.com"]\n    allowed_methods = ["GET"]\n  }\n}\n'
      ]
    },
    cdk: {
      bad: [
        "new s3.Bucket(this, 'Assets', { cors: [{ allowedOrigins: ['*'], allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.PUT] }] })"
      ],
      good: [
        "new s3.Bucket(this, 'Assets', { cors: [{ allowedOrigins: ['https://www.example.com'], allowedMethods: [s3.HttpMethods.GET] }] })"
      ]
    }
  },
  check(bucket, report) {
    const cors = bucket.cors;
    if (cors.state === "unknown") return report.unknown(cors, "CORS rules");
    for (const rule of cors.value) {
      if (!rule.allowedOrigins.some(isAnyOrigin)) {
        const open = rule.allowedOrigins.map(mayBeAnyOrigin).find((m) => m !== void 0);
        if (open)
          report.unknown(
            { why: open.why || "an allowed origin is only known at deploy time", at: rule.originsAt ?? rule.at },
            "allowed origin"
          );
        continue;
      }
      const methods = rule.allowedMethods.map((m) => strToDisplay(m).toUpperCase());
      const writes = methods.some((m) => WRITE_METHODS.has(m) || m === "*");
      report({
        messageId: "anyOrigin",
        at: rule.originsAt ?? rule.at,
        data: { bucket: bucket.id, methods: methods.join(", ") || "no methods" },
        severity: writes ? "medium" : void 0
      });
    }
  }
});

// rules/encryption-missing.ts
var ALGORITHMS = /* @__PURE__ */ new Set(["AES256", "aws:kms", "aws:kms:dsse"]);
var encryption_missing_default = defineRule({
  id: "encryption-missing",
  meta: {
    title: "S3 bucket does not declare default encryption",
    severity: "info",
    severityNote: "Since 5 January 2023 S3 encrypts every new object with SSE-S3 when nothing else is configured, so a missing configuration no longer leaves data unencrypted. KICS, cfn_nag and cfn-guard still flag it; checkov, trivy and cdk-nag retired the check. We keep it as Info; encryption-not-kms is the check that matters.",
    why: "Declaring the encryption configuration documents the intent and keeps it under review. Without it the bucket still gets SSE-S3 by default, which is why this is informational.",
    concepts: ["encryption-missing"],
    profiles: ["default", "strict"],
    securityHub: "S3.4",
    peers: {
      checkov: ["CKV_AWS_19"],
      kics: ["b2e8752c-3497-4255-98d2-e4ae5b46bbf5"],
      cfn_nag: ["W41"],
      trivy: ["AVD-AWS-0088", "aws-s3-enable-bucket-encryption"],
      "cfn-guard": ["S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED"]
    },
    fix: {
      cloudformation: "BucketEncryption:\n  ServerSideEncryptionConfiguration:\n    - ServerSideEncryptionByDefault:\n        SSEAlgorithm: aws:kms\n      BucketKeyEnabled: true",
      terraform: 'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n    bucket_key_enabled = true\n  }\n}',
      cdk: "encryption: s3.BucketEncryption.KMS"
    },
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html"]
  },
  messages: {
    notDeclared: "Bucket {{bucket}} declares no default encryption; S3 applies SSE-S3 by default.",
    unsupported: 'Bucket {{bucket}} sets default encryption to "{{algorithm}}", which S3 does not accept (AES256, aws:kms or aws:kms:dsse), so the configuration fails to deploy.',
    unsupportedIfPresent: 'Bucket {{bucket}} either declares no default encryption or sets it to "{{algorithm}}", which S3 does not accept (AES256, aws:kms or aws:kms:dsse).'
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Data:\n    Type: AWS::S3::Bucket\n"],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n'
      ]
    }
  },
  check(bucket, report) {
    const d = bucket.encryption.declared;
    const alg = bucket.encryption.algorithm;
    const kmsFits = !publicIntent(bucket) && !bucket.links.isLogTarget && !bucket.links.logDeliveries.some((d2) => d2.service === "elb") && bucket.website.state !== "unknown" && bucket.website.value === null;
    const fix = kmsFits ? { kind: "set", field: "encryption", value: { algorithm: "aws:kms", bucketKeyEnabled: true } } : void 0;
    if (alg.state === "set" && !ALGORITHMS.has(alg.value)) {
      const data = { bucket: bucket.id, algorithm: alg.value };
      if (d.state === "unknown") return report({ messageId: "unsupportedIfPresent", at: alg.at, data, fix });
      if (d.value) return report({ messageId: "unsupported", at: alg.at, data, fix });
    }
    if (d.state === "unknown") return report.unknown(d);
    if (!d.value) report({ messageId: "notDeclared", at: bucket.encryption.at, data: { bucket: bucket.id }, fix });
  }
});

// rules/encryption-not-kms.ts
var encryption_not_kms_default = defineRule({
  id: "encryption-not-kms",
  meta: {
    title: "S3 bucket default encryption does not use a customer-managed KMS key",
    severity: "medium",
    why: "SSE-S3 (AES256) and the AWS managed aws/s3 key encrypt data, but you cannot restrict who may decrypt it, audit key use per principal, or revoke access by disabling the key. SSE-KMS or DSSE-KMS with a customer-managed key adds that second, independent layer of access control.",
    concepts: ["encryption-not-kms"],
    profiles: ["default", "strict"],
    securityHub: "S3.17",
    peers: {
      checkov: ["CKV_AWS_145"],
      trivy: ["AVD-AWS-0132", "aws-s3-encryption-customer-key"],
      "cdk-nag": ["S3DefaultEncryptionKMS"],
      "cfn-guard": ["S3_DEFAULT_ENCRYPTION_KMS", "CT.S3.PR.10"]
    },
    fix: {
      cloudformation: "BucketEncryption:\n  ServerSideEncryptionConfiguration:\n    - ServerSideEncryptionByDefault:\n        SSEAlgorithm: aws:kms\n        KMSMasterKeyID: !GetAtt DataKey.Arn\n      BucketKeyEnabled: true",
      terraform: 'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.data.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
      cdk: "encryption: s3.BucketEncryption.KMS, encryptionKey: key, bucketKeyEnabled: true"
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-17"
    ]
  },
  messages: {
    notKms: "Bucket {{bucket}} encrypts by default with {{algorithm}}, not SSE-KMS with a customer-managed key.",
    awsManagedKey: "Bucket {{bucket}} uses SSE-KMS with the AWS managed key (aws/s3); use a customer-managed key to control who can decrypt.",
    publicObjects: "Bucket {{bucket}} serves public objects on purpose; anonymous readers cannot use KMS keys, so SSE-S3 is the right choice here.",
    logTarget: "Bucket {{bucket}} uses {{algorithm}}; it receives server access logs, which S3 can deliver only to SSE-S3 buckets, so this is expected.",
    elbLogTarget: "Bucket {{bucket}} uses {{algorithm}}; it receives the access logs of {{from}}, which Elastic Load Balancing delivers only to SSE-S3 buckets, so this is expected."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n"
      ],
      good: [
        "Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: {}\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: !GetAtt Key.Arn\n            BucketKeyEnabled: true\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_kms_key" "data" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.data.arn\n    }\n    bucket_key_enabled = true\n  }\n}\n'
      ]
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.S3_MANAGED })"],
      good: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.KMS, bucketKeyEnabled: true })"]
    }
  },
  check(bucket, report) {
    const e = bucket.encryption;
    if (e.algorithm.state === "unknown") return report.unknown(e.algorithm, "SSE algorithm");
    const fix = { kind: "set", field: "encryption", value: { algorithm: "aws:kms", bucketKeyEnabled: true } };
    if (!KMS_ALGORITHMS.has(e.algorithm.value)) {
      if (publicIntent(bucket)) {
        report({ messageId: "publicObjects", at: e.algorithm.at, data: { bucket: bucket.id }, severity: "info" });
        return;
      }
      const elb = bucket.links.logDeliveries.filter((d) => d.service === "elb").map((d) => d.from);
      if (elb.length) {
        report({
          messageId: "elbLogTarget",
          at: e.algorithm.at,
          data: {
            bucket: bucket.id,
            algorithm: e.algorithm.state === "default" ? "SSE-S3 (the AWS default)" : e.algorithm.value,
            from: elb.join(", ")
          },
          severity: "info"
        });
        return;
      }
      if (bucket.links.isLogTarget) {
        report({
          messageId: "logTarget",
          at: e.algorithm.at,
          data: { bucket: bucket.id, algorithm: e.algorithm.state === "default" ? "SSE-S3 (the AWS default)" : e.algorithm.value },
          severity: "info"
        });
        return;
      }
      const noWebsite = bucket.website.state !== "unknown" && bucket.website.value === null;
      report({
        messageId: "notKms",
        at: e.algorithm.at,
        data: { bucket: bucket.id, algorithm: e.algorithm.state === "default" ? "SSE-S3 (the AWS default)" : e.algorithm.value },
        ...noWebsite ? { fix } : {}
      });
      return;
    }
    if (e.kmsKeyId.state === "unknown") return report.unknown(e.kmsKeyId, "KMS key");
    if (e.kmsKeyId.value === null || isAwsManagedKey(e.kmsKeyId.value)) {
      report({
        messageId: "awsManagedKey",
        at: e.kmsKeyId.state === "set" ? e.kmsKeyId.at : e.algorithm.at,
        data: { bucket: bucket.id },
        severity: "low"
      });
    }
  }
});

// rules/iam-inline-policy-s3-access.ts
var PROBES = [
  .../* @__PURE__ */ new Set([...OBJECT_READ_ACTIONS, ...LIST_ACTIONS, ...OBJECT_WRITE_ACTIONS, ...PERMISSION_ACTIONS, "s3:DeleteBucket"])
];
function grantsS3(s) {
  let open = false;
  for (const a of PROBES) {
    const applies = statementAppliesToAction(s, a);
    if (applies === true) return true;
    if (applies === "unknown") open = "unknown";
  }
  return open;
}
var iam_inline_policy_s3_access_default = defineRule({
  id: "iam-inline-policy-s3-access",
  target: "iamPolicy",
  meta: {
    title: "S3 access is granted through an inline IAM policy",
    severity: "low",
    why: "Inline policies live inside one role, user or group: they cannot be reused, versioned or rolled back, and they are easy to miss when auditing who can reach a bucket. A customer managed policy (or the bucket policy) keeps S3 access in one reviewable place and can be attached wherever it is needed. S3 access is any action that reads, lists, writes or deletes objects, deletes a bucket or changes who may (`s3:GetObjectVersion` and `s3:PutBucketAcl` as much as `s3:GetObject`); an action only known at deploy time is unknown.",
    concepts: ["other:iam-inline-policy"],
    peers: {},
    profiles: ["strict"],
    fix: {
      cloudformation: "Move the statement into an `AWS::IAM::ManagedPolicy` and list it in the role's `ManagedPolicyArns` (instead of `Policies` or `AWS::IAM::Policy`).",
      terraform: "Move the statement into an `aws_iam_policy` and attach it with `aws_iam_role_policy_attachment` (instead of `aws_iam_role_policy` or `inline_policy`).",
      cdk: 'new iam.ManagedPolicy(this, "DataAccess", { statements: [...], roles: [role] })   // instead of role.addToPolicy'
    },
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html"]
  },
  messages: {
    inline: "Inline IAM policy {{policy}} grants S3 access ({{statement}}); use a managed policy instead."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  AppRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: lambda.amazonaws.com\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: data\n          PolicyDocument:\n            Statement:\n              - Effect: Allow\n                Action: s3:GetObject\n                Resource: arn:aws:s3:::example-data/*\n"
      ],
      good: [
        "Resources:\n  DataAccess:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::example-data/*\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_iam_role_policy" "data" {\n  name = "data"\n  role = "app"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = "s3:GetObject"\n      Resource = "arn:aws:s3:::example-data/*"\n    }]\n  })\n}\n'
      ],
      good: [
        'resource "aws_iam_policy" "data" {\n  name = "data"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = "s3:GetObject"\n      Resource = "arn:aws:s3:::example-data/*"\n    }]\n  })\n}\n'
      ]
    },
    cdk: {
      bad: ["role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }))"],
      good: ["new iam.ManagedPolicy(this, 'DataAccess', { statements: [...], roles: [role] })"]
    }
  },
  check(policy, report) {
    if (policy.kind !== "inline") return;
    for (const s of policy.document.statements) {
      const allow = isAllow(s);
      if (allow === false) continue;
      const s3 = grantsS3(s);
      if (s3 === false) continue;
      if (s3 === "unknown" || allow === "unknown") {
        report.unknown({ why: "the statement's effect or actions are only known at deploy time", at: s.at }, "IAM statement");
        continue;
      }
      report({
        messageId: "inline",
        at: s.at,
        data: { policy: policy.id, statement: s.sid ? `statement "${s.sid}"` : "an Allow statement" }
      });
      return;
    }
  }
});

// rules/iam-policy-s3-wildcard.ts
var ANY_BUCKET = "arn:aws:s3:::any-bucket";
var ANY_OBJECT = `${ANY_BUCKET}/any-key`;
function coversAll(stmt, model, arn) {
  const f = stmt.resource;
  if (f.field === "none") return f.values.state === "unknown" ? "unknown" : false;
  if (f.values.state === "unknown") return "unknown";
  const names = nameSource(model);
  let hit = false;
  for (const v of f.values.value) hit = or(hit, patternCovers(v, arn, names));
  if (f.field === "plain") return hit;
  return hit === "unknown" ? "unknown" : !hit;
}
var iam_policy_s3_wildcard_default = defineRule({
  id: "iam-policy-s3-wildcard",
  target: "iamPolicy",
  meta: {
    title: "IAM policy grants all S3 actions, or the right to change bucket permissions, on every bucket",
    severity: "medium",
    severityNote: `Security Hub IAM.21 (service-wide wildcard actions in customer managed policies) is Low. Granting s3:* on every bucket, or the right to rewrite any bucket's policy, ACLs or Block Public Access, lets a single compromised role expose all data in the account, so s3-gate uses Medium, and High for "s3:*" or "*" on "*".`,
    why: 'An identity policy that allows "s3:*" (or "*") on Resource "*" lets its role or user read, delete and re-permission every bucket in the account, including buckets created later. Allowing s3:PutBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl, s3:DeleteBucketPolicy, s3:PutBucketPublicAccessBlock, s3:PutBucketOwnershipControls or s3:PutEncryptionConfiguration on every bucket is nearly as broad: whoever holds it can make any bucket public. Object actions act on the objects: a Resource of every object (`arn:aws:s3:::*/*`) grants "s3:*" or s3:PutObjectAcl on every object in the account just as well. A Deny without conditions in the same policy takes back what it covers for certain (`Deny s3:*` with NotResource naming the one bucket meant). Attaching an AWS managed policy that does the same counts as well, reported at the attachment: AmazonS3FullAccess ("s3:*" on "*"), AdministratorAccess ("*" on "*") and PowerUserAccess (every action but IAM, Organizations and Account on "*"); other AWS managed policies (AmazonS3ReadOnlyAccess), customer policies known only by ARN and ARNs only known at deploy time are not reported. Grant the actions a workload needs on the buckets it uses.',
    concepts: ["other:iam-s3-wildcard"],
    securityHub: "IAM.21",
    peers: {},
    profiles: ["baseline", "default", "strict"],
    fix: {
      cloudformation: 'Action: [s3:GetObject, s3:PutObject]\nResource: !Sub "${DataBucket.Arn}/*"',
      terraform: 'actions   = ["s3:GetObject", "s3:PutObject"]\nresources = ["${aws_s3_bucket.data.arn}/*"]',
      cdk: "dataBucket.grantReadWrite(role)   // instead of a PolicyStatement with s3:* on *"
    },
    references: [
      "https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21"
    ]
  },
  messages: {
    allS3: "IAM policy {{policy}} allows {{actions}} on {{where}} ({{statement}}).",
    permissions: "IAM policy {{policy}} allows {{actions}} on {{where}} ({{statement}}), so its holder can make any {{what}} public."
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  AppPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: "s3:*"\n            Resource: "*"\n'
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  AppPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: [s3:GetObject, s3:PutObject]\n            Resource: !Sub "${Data.Arn}/*"\n'
      ]
    },
    terraform: {
      bad: [
        'resource "aws_iam_policy" "app" {\n  name = "app"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["s3:PutBucketPolicy", "s3:GetObject"]\n      Resource = "*"\n    }]\n  })\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_iam_policy" "app" {\n  name = "app"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["s3:GetObject", "s3:PutObject"]\n      Resource = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n'
      ]
    },
    cdk: {
      bad: ["role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }))"],
      good: ["dataBucket.grantReadWrite(role)"]
    }
  },
  check(policy, report, ctx) {
    const doc = policy.document;
    const name = policy.awsManaged ? `${policy.awsManaged} (AWS managed, attached in ${policy.id})` : policy.id;
    if (doc.unknown) report.unknown(doc.unknown, "IAM policy document");
    const denies = doc.statements.filter((d) => isDeny(d) === true && d.conditions.state !== "unknown" && d.conditions.value.length === 0);
    const denied = (a) => denies.some(
      (d) => statementAppliesToAction(d, a) === true && coversAll(d, ctx.model, actionTargetsObjects(a) ? ANY_OBJECT : ANY_BUCKET) === true
    );
    for (const s of doc.statements) {
      const allow = isAllow(s);
      if (allow === false) continue;
      const onBuckets = coversAll(s, ctx.model, ANY_BUCKET);
      const onObjects = coversAll(s, ctx.model, ANY_OBJECT);
      const granted = (a) => statementAppliesToAction(s, a) === true && !denied(a);
      const everything = granted("s3:PutBucketPolicy") && granted("s3:GetObject") && granted("s3:DeleteBucket");
      const reach = (a) => actionTargetsObjects(a) ? onObjects : onBuckets;
      const candidates = PERMISSION_ACTIONS.filter((a) => granted(a) && reach(a) !== false);
      const all = everything ? or(onBuckets, onObjects) : false;
      const permissions = candidates.filter((a) => reach(a) === true);
      if (all === false && !candidates.length) continue;
      if (all === "unknown" || all === false && !permissions.length || allow === "unknown") {
        report.unknown({ why: "the statement's effect or resources are only known at deploy time", at: s.at }, "IAM statement");
        continue;
      }
      const statement = s.sid ? `statement "${s.sid}"` : "an Allow statement";
      if (all)
        report({
          messageId: "allS3",
          at: s.at,
          data: {
            policy: name,
            actions: s.action.field === "not" ? "every action but a few (NotAction)" : "every S3 action",
            where: onBuckets === true ? "every bucket" : "every object of every bucket",
            statement
          },
          severity: "high"
        });
      else {
        const bucketWide = permissions.some((a) => !actionTargetsObjects(a));
        report({
          messageId: "permissions",
          at: s.at,
          data: {
            policy: name,
            actions: permissions.join(", "),
            where: bucketWide ? "every bucket" : "every object of every bucket",
            what: bucketWide ? "bucket" : "object",
            statement
          }
        });
      }
    }
  }
});

// rules/lifecycle-abort-incomplete-uploads-missing.ts
var lifecycle_abort_incomplete_uploads_missing_default = defineRule({
  id: "lifecycle-abort-incomplete-uploads-missing",
  meta: {
    title: "S3 lifecycle configuration does not abort incomplete multipart uploads",
    severity: "low",
    why: "Parts of multipart uploads that never complete stay in the bucket, invisible in object listings, and are billed until someone aborts them. An enabled lifecycle rule for the whole bucket with AbortIncompleteMultipartUpload cleans them up. A rule limited by a prefix or tags, or a disabled one, leaves the rest of the bucket uncovered, and DaysAfterInitiation must be a positive whole number (S3 refuses 0). Buckets with no lifecycle configuration at all are reported by lifecycle-missing instead.",
    concepts: ["other:lifecycle-abort-incomplete-upload"],
    peers: { checkov: ["CKV_AWS_300"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "- Id: abort-incomplete-uploads   # in LifecycleConfiguration.Rules, without Prefix or TagFilters\n  Status: Enabled\n  AbortIncompleteMultipartUpload:\n    DaysAfterInitiation: 7",
      terraform: 'rule {   # in aws_s3_bucket_lifecycle_configuration\n  id     = "abort-incomplete-uploads"\n  status = "Enabled"\n  filter {}\n  abort_incomplete_multipart_upload {\n    days_after_initiation = 7\n  }\n}',
      cdk: "lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(7) }]"
    },
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpu-abort-incomplete-mpu-lifecycle-config.html"]
  },
  messages: {
    noAbort: "Bucket {{bucket}} has lifecycle rules, but none that is enabled for the whole bucket aborts incomplete multipart uploads."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire\n            Status: Enabled\n            ExpirationInDays: 365\n"
      ],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire\n            Status: Enabled\n            ExpirationInDays: 365\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 7\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n  }\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}\n'
      ]
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { lifecycleRules: [{ expiration: Duration.days(365) }] })"],
      good: [
        "new s3.Bucket(this, 'Data', { lifecycleRules: [{ expiration: Duration.days(365), abortIncompleteMultipartUploadAfter: Duration.days(7) }] })"
      ]
    }
  },
  check(bucket, report) {
    const lc = bucket.lifecycle;
    if (lc.state === "unknown") return report.unknown(lc, "lifecycle rules");
    if (lc.value.length === 0 || lifecycleRefusal(lc.value)) return;
    let undecided;
    let maybeFiltered;
    for (const r of lc.value) {
      if (r.filtered === true) continue;
      if (r.enabled.state === "unknown") {
        undecided ??= r.enabled;
        continue;
      }
      if (!r.enabled.value) continue;
      const abort = r.abortIncompleteMultipartUploadDays;
      if (lifecycleActionRuns(abort) !== false) {
        if (r.filtered === "unknown") maybeFiltered ??= r.filterUnknown ?? { why: "its filter is only known at deploy time", at: r.at };
        else return;
      }
    }
    if (undecided) return report.unknown(undecided, "lifecycle rule status");
    if (maybeFiltered) return report.unknown(maybeFiltered, "lifecycle rule filter");
    report({ messageId: "noAbort", at: lc.at, data: { bucket: bucket.id } });
  }
});

// rules/lifecycle-missing.ts
var lifecycle_missing_default = defineRule({
  id: "lifecycle-missing",
  meta: {
    title: "S3 bucket has no lifecycle configuration",
    severity: "low",
    severityNote: "Follows Security Hub: S3.13 (any bucket without lifecycle rules) is Low; S3.10 (a versioned bucket without lifecycle rules) is Medium, so that case is reported as Medium.",
    why: "Without lifecycle rules, objects and (on versioned buckets) every overwritten or deleted version are kept and paid for forever, and data outlives its retention period, which is a compliance problem of its own. A configuration whose rules are all disabled counts as none, and so does one S3 refuses (two rules with the same ID, more than 1,000 rules). A versioned bucket whose rules never expire old versions is reported by lifecycle-noncurrent-versions-kept.",
    concepts: ["lifecycle-missing"],
    securityHub: "S3.13",
    peers: { checkov: ["CKV2_AWS_61"], "cfn-guard": ["CT.S3.PR.6", "CT.S3.PR.3"] },
    profiles: ["baseline", "default", "strict"],
    fix: {
      cloudformation: "LifecycleConfiguration:\n  Rules:\n    - Id: expire-old-data\n      Status: Enabled\n      ExpirationInDays: 365\n      NoncurrentVersionExpiration:\n        NoncurrentDays: 30\n      AbortIncompleteMultipartUpload:\n        DaysAfterInitiation: 7",
      terraform: 'resource "aws_s3_bucket_lifecycle_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    id     = "expire-old-data"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}',
      cdk: "lifecycleRules: [{ expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(7) }]"
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-13",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-10"
    ]
  },
  messages: {
    none: "Bucket {{bucket}} has no lifecycle rules{{versioned}}.",
    allDisabled: "Bucket {{bucket}} has lifecycle rules, but all of them are disabled, so nothing ever expires{{versioned}}.",
    refused: "Bucket {{bucket}} has a lifecycle configuration S3 refuses: {{why}}; it cannot be deployed, so none of its rules applies{{versioned}}."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n"],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Id: tidy\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 30\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 7\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "tidy"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}\n'
      ]
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { versioned: true })"],
      good: ["new s3.Bucket(this, 'Data', { versioned: true, lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }] })"]
    }
  },
  check(bucket, report) {
    const lc = bucket.lifecycle;
    if (lc.state === "unknown") return report.unknown(lc, "lifecycle rules");
    const status = bucket.versioning.status;
    const versioned = status.state !== "unknown" && status.value === "Enabled";
    const versionedNote = versioned ? ", although it is versioned, so old versions pile up forever" : "";
    if (lc.value.length === 0) {
      report({
        messageId: "none",
        at: lc.at,
        data: { bucket: bucket.id, versioned: versionedNote },
        severity: versioned ? "medium" : void 0
      });
      return;
    }
    const refusal = lifecycleRefusal(lc.value);
    if (refusal) {
      report({
        messageId: "refused",
        at: refusal.at,
        data: { bucket: bucket.id, why: refusal.why, versioned: versionedNote },
        severity: versioned ? "medium" : void 0
      });
      return;
    }
    const enabled = lc.value.filter((r) => r.enabled.state === "unknown" || r.enabled.value);
    if (enabled.length === 0) {
      report({
        messageId: "allDisabled",
        at: lc.value[0].at,
        data: { bucket: bucket.id, versioned: versionedNote },
        severity: versioned ? "medium" : void 0
      });
      return;
    }
  }
});

// rules/lifecycle-noncurrent-versions-kept.ts
var lifecycle_noncurrent_versions_kept_default = defineRule({
  id: "lifecycle-noncurrent-versions-kept",
  meta: {
    title: "Versioned S3 bucket keeps noncurrent versions forever",
    severity: "low",
    why: "On a versioned bucket every overwrite or delete keeps the old version, and it is stored and billed until a lifecycle rule expires it; data also outlives its retention period. At least one enabled rule for the whole bucket should expire noncurrent versions: a rule limited by a prefix, tags or object size leaves the old versions of every other object in place, and NoncurrentDays must be a positive whole number (S3 refuses 0). Buckets with no lifecycle rules at all are reported by lifecycle-missing instead.",
    concepts: ["other:lifecycle-noncurrent-versions-kept"],
    peers: {},
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "- Id: expire-noncurrent-versions   # in LifecycleConfiguration.Rules\n  Status: Enabled\n  NoncurrentVersionExpiration:\n    NoncurrentDays: 30",
      terraform: 'rule {   # in aws_s3_bucket_lifecycle_configuration\n  id     = "expire-noncurrent-versions"\n  status = "Enabled"\n  filter {}\n  noncurrent_version_expiration {\n    noncurrent_days = 30\n  }\n}',
      cdk: "lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }]"
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/lifecycle-configuration-examples.html",
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html"
    ]
  },
  messages: {
    noncurrentKept: "Bucket {{bucket}} is versioned, but none of its lifecycle rules expires noncurrent versions, so every old version is kept forever.",
    onlySomeObjects: "Bucket {{bucket}} is versioned, but only lifecycle rules limited to some objects (a prefix, tags or object size) expire noncurrent versions, so the old versions of all other objects are kept forever."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire\n            Status: Enabled\n            ExpirationInDays: 365\n"
      ],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Id: tidy\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 30\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n  }\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "tidy"\n    status = "Enabled"\n    filter {}\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n  }\n}\n'
      ]
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { versioned: true, lifecycleRules: [{ expiration: Duration.days(365) }] })"],
      good: ["new s3.Bucket(this, 'Data', { versioned: true, lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }] })"]
    }
  },
  check(bucket, report) {
    const lc = bucket.lifecycle;
    const status = bucket.versioning.status;
    if (lc.state === "unknown" || lc.value.length === 0 || status.state === "unknown" || status.value !== "Enabled") return;
    if (lifecycleRefusal(lc.value)) return;
    const enabled = lc.value.filter((r) => r.enabled.state === "unknown" || r.enabled.value);
    if (enabled.length === 0) return;
    let open;
    let filtered = false;
    for (const r of enabled) {
      const days = r.noncurrentVersionExpirationDays;
      const runs = lifecycleActionRuns(days);
      if (r.filtered === true) {
        if (runs !== false) filtered = true;
        continue;
      }
      if (days.state === "unknown") open ??= days;
      else if (runs === true) {
        if (r.enabled.state === "unknown") open ??= r.enabled;
        else if (r.filtered === "unknown") open ??= r.filterUnknown ?? { why: "its filter is only known at deploy time", at: r.at };
        else return;
      }
    }
    if (open) return report.unknown(open, "noncurrent version expiry");
    if (filtered) return report({ messageId: "onlySomeObjects", at: lc.at, data: { bucket: bucket.id } });
    report({ messageId: "noncurrentKept", at: lc.at, data: { bucket: bucket.id } });
  }
});

// rules/mfa-delete-disabled.ts
var mfa_delete_disabled_default = defineRule({
  id: "mfa-delete-disabled",
  meta: {
    title: "S3 bucket versioning is configured without MFA delete",
    severity: "low",
    why: "With MFA delete, permanently deleting an object version or changing the versioning state needs the root user's MFA code, so stolen credentials cannot destroy the version history. It only applies to buckets whose code configures versioning. Two cases are deliberately not reported: buckets with lifecycle rules, because S3 does not allow lifecycle configuration on an MFA-delete bucket (the same choice KICS makes), and formats that cannot set MFA delete at all (CloudFormation and CDK). Turning it on needs the root user's MFA device (`mfa = \"<serial> <code>\"` in Terraform or the AWS CLI), so it suits buckets holding records that must not be lost.",
    concepts: ["mfa-delete-disabled"],
    securityHub: "S3.20",
    peers: {
      checkov: ["CKV_AWS_52"],
      kics: ["c5b31ab9-0f26-4a49-b8aa-4cc064392f4d"],
      trivy: ["AVD-AWS-0170", "aws-s3-require-mfa-delete"]
    },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: 'CloudFormation cannot set MFA delete; enable it with `aws s3api put-bucket-versioning --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<serial> <code>"` as the root user.',
      terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  mfa    = "${var.root_mfa_serial} ${var.root_mfa_code}"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}'
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-20"
    ]
  },
  messages: {
    noMfaDelete: "Bucket {{bucket}} configures versioning without MFA delete, so anyone allowed to delete object versions can erase the history.",
    ineffective: "Bucket {{bucket}} asks for MFA delete but its versioning is {{status}}, so MFA delete is not in effect."
  },
  examples: {
    cloudformation: {
      bad: [],
      good: ["Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n"],
      note: "CloudFormation has no MFA delete property, so the rule never fires on CloudFormation or CDK."
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  mfa    = "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}\n'
      ]
    }
  },
  check(bucket, report) {
    const v = bucket.versioning;
    if (!v.mfaDeleteConfigurable) return;
    if (v.status.state === "default") return;
    const lifecycle = bucket.lifecycle;
    if (lifecycle.state === "unknown") return report.unknown(lifecycle, "lifecycle configuration");
    if (lifecycle.value.length > 0) return;
    if (v.mfaDelete.state === "unknown") return report.unknown(v.mfaDelete, "MFA delete");
    if (v.mfaDelete.value) {
      if (v.status.state === "unknown") return report.unknown(v.status, "versioning status");
      if (v.status.value === "Enabled" || v.status.value === "Suspended") return;
      report({ messageId: "ineffective", at: v.status.at, data: { bucket: bucket.id, status: String(v.status.value).toLowerCase() } });
      return;
    }
    const versioned = v.status.state === "set" && (v.status.value === "Enabled" || v.status.value === "Suspended");
    report({
      messageId: "noMfaDelete",
      at: v.mfaDelete.state === "set" ? v.mfaDelete.at : v.at,
      data: { bucket: bucket.id },
      ...versioned ? { fix: { kind: "set", field: "versioning.mfaDelete", value: true } } : {}
    });
  }
});

// rules/notifications-missing.ts
var notifications_missing_default = defineRule({
  id: "notifications-missing",
  meta: {
    title: "S3 bucket sends no event notifications",
    severity: "low",
    severityNote: "Security Hub rates S3.11 Medium. Event notifications are a detection aid (new, deleted or restored objects reach a queue, topic, function or EventBridge), not a control that prevents exposure, and most buckets legitimately have none, so s3-gate defaults to Low.",
    why: "Event notifications let you react to what happens to the data: scan uploads, alert on deletions, feed an audit pipeline. Without them, unexpected writes or deletions are noticed only when someone looks. Sending events to EventBridge is the cheapest way to have them available for any later rule.",
    concepts: ["notifications-missing"],
    securityHub: "S3.11",
    peers: { checkov: ["CKV2_AWS_62"], "cfn-guard": ["CT.S3.PR.4"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "NotificationConfiguration:\n  EventBridgeConfiguration:\n    EventBridgeEnabled: true",
      terraform: 'resource "aws_s3_bucket_notification" "this" {\n  bucket      = aws_s3_bucket.this.id\n  eventbridge = true\n}',
      cdk: "eventBridgeEnabled: true"
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-11"
    ]
  },
  messages: {
    none: "Bucket {{bucket}} sends no event notifications (no queue, topic, function or EventBridge)."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n"],
      good: [
        "Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      NotificationConfiguration:\n        EventBridgeConfiguration:\n          EventBridgeEnabled: true\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n}\n\nresource "aws_s3_bucket_notification" "uploads" {\n  bucket      = aws_s3_bucket.uploads.id\n  eventbridge = true\n}\n'
      ]
    },
    cdk: { bad: ["new s3.Bucket(this, 'Uploads')"], good: ["new s3.Bucket(this, 'Uploads', { eventBridgeEnabled: true })"] }
  },
  check(bucket, report) {
    const n = bucket.notifications;
    if (n.state === "unknown") return report.unknown(n, "event notifications");
    if (n.value.length > 0) return;
    report({ messageId: "none", at: n.at, data: { bucket: bucket.id } });
  }
});

// rules/object-acl-public.ts
var object_acl_public_default = defineRule({
  id: "object-acl-public",
  target: "object",
  meta: {
    title: "S3 object managed in code is uploaded with a public ACL",
    severity: "high",
    why: "An object written with the canned ACL `public-read`, `public-read-write` or `authenticated-read` can be read by anyone (or by every AWS account), whatever the bucket policy says, unless its bucket disables ACLs (ObjectOwnership BucketOwnerEnforced) or Block Public Access blocks or ignores public ACLs. Only objects in a bucket defined in the same code are judged; for another bucket the answer is unknown, since its settings are not in view.",
    concepts: ["other:object-acl-public"],
    peers: {},
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "CloudFormation has no resource for individual S3 objects.",
      terraform: 'Remove `acl` (objects are private by default), or set `acl = "private"`; serve public content through CloudFront with origin access control.'
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl",
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html"
    ]
  },
  messages: {
    public: "{{kind}} {{object}} is uploaded with the canned ACL {{acl}}, so {{grantee}} can read it."
  },
  examples: {
    cloudformation: { bad: [], good: [], note: "CloudFormation has no resource for individual S3 objects." },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_ownership_controls" "site" {\n  bucket = aws_s3_bucket.site.id\n  rule {\n    object_ownership = "ObjectWriter"\n  }\n}\n\nresource "aws_s3_object" "index" {\n  bucket  = aws_s3_bucket.site.id\n  key     = "index.html"\n  content = "<h1>hello</h1>"\n  acl     = "public-read"\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_object" "index" {\n  bucket  = aws_s3_bucket.site.id\n  key     = "index.html"\n  content = "<h1>hello</h1>"\n}\n',
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n\nresource "aws_s3_object" "index" {\n  bucket  = aws_s3_bucket.site.id\n  key     = "index.html"\n  content = "<h1>hello</h1>"\n  acl     = "public-read"\n}\n'
      ]
    }
  },
  check(object, report, ctx) {
    const acl = object.acl;
    if (acl.state === "unknown") return report.unknown(acl, "object ACL");
    if (acl.value === null) return;
    if (!isCannedAcl(acl.value))
      return report.unknown({ why: `"${acl.value}" is not a canned ACL S3 accepts, so the upload fails`, at: acl.at }, "object ACL");
    const opened = cannedAclExposure(acl.value);
    if (!opened.length) return;
    const ref = refOf(object.bucket);
    const bucket = ref === void 0 ? void 0 : ctx.resolveBucket(ref);
    if (bucket === void 0 || bucket === "unknown" || !bucket.managed) {
      const why = `the object's bucket is not defined in the scanned code, so whether it disables ACLs or blocks public ones is not known`;
      return report.unknown({ why, at: acl.at }, "bucket ACL settings");
    }
    const neutral = aclNeutraliser(bucket, ctx.accountPublicAccessBlocks(bucket));
    if (neutral === "unknown")
      return report.unknown(
        { why: `whether bucket ${bucket.id} disables ACLs or blocks public ones is not known statically`, at: acl.at },
        "bucket ACL settings"
      );
    if (neutral) return;
    report({
      messageId: "public",
      at: acl.at,
      data: {
        kind: object.kind === "object-copy" ? "Object copy" : "Object",
        object: object.id,
        acl: acl.value,
        grantee: opened[0].grantee === "AllUsers" ? "anyone (AllUsers)" : "every AWS account (AuthenticatedUsers)"
      },
      related: [{ message: `the object is stored in bucket ${bucket.id}`, at: bucket.origin.at }]
    });
  }
});

// rules/object-lock-disabled.ts
var object_lock_disabled_default = defineRule({
  id: "object-lock-disabled",
  meta: {
    title: "S3 bucket does not enable Object Lock",
    severity: "low",
    severityNote: "Security Hub rates S3.15 Medium. Object Lock is a one-way, write-once (WORM) decision that suits records with a legal or regulatory retention period, not every bucket, so s3-gate defaults to Low; raise it in `.s3-gate.yml` for buckets holding regulated data.",
    why: "Object Lock stops object versions from being deleted or overwritten until their retention period ends, even by an administrator or an attacker with full S3 permissions (in compliance mode, even by the root user). It protects audit logs, backups and records against ransomware and tampering. It can only be enabled on versioned buckets and cannot be turned off afterwards: S3 turns versioning on for a bucket it creates with Object Lock, but refuses Object Lock turned on later for a bucket whose versioning is not Enabled, which is reported as no Object Lock. S3 does not deliver server access logs to a bucket with Object Lock, so a bucket that receives them is reported as Info, without a suggested change.",
    concepts: ["object-lock-disabled"],
    securityHub: "S3.15",
    peers: {
      checkov: ["CKV_AWS_143"],
      "cdk-nag": ["S3BucketDefaultLockEnabled"],
      "cfn-guard": ["S3_BUCKET_DEFAULT_LOCK_ENABLED", "CT.S3.PR.9"]
    },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "ObjectLockEnabled: true\nObjectLockConfiguration:\n  ObjectLockEnabled: Enabled\n  Rule:\n    DefaultRetention:\n      Mode: GOVERNANCE\n      Days: 30\nVersioningConfiguration:\n  Status: Enabled",
      terraform: 'resource "aws_s3_bucket" "this" {\n  bucket              = "example"\n  object_lock_enabled = true\n}\n\nresource "aws_s3_bucket_object_lock_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    default_retention {\n      mode = "GOVERNANCE"\n      days = 30\n    }\n  }\n}',
      cdk: "objectLockEnabled: true, objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(30))"
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-15"
    ]
  },
  messages: {
    disabled: "Bucket {{bucket}} {{state}} Object Lock, so its objects can be deleted or overwritten at any time.",
    logTarget: "Bucket {{bucket}} {{state}} Object Lock; it receives server access logs, which S3 cannot deliver to a bucket with Object Lock, so this is expected.",
    refused: "Bucket {{bucket}} has no Object Lock: {{why}}. Turn it on when the bucket is created instead."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Audit:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n"],
      good: [
        "Resources:\n  Audit:\n    Type: AWS::S3::Bucket\n    Properties:\n      ObjectLockEnabled: true\n      VersioningConfiguration:\n        Status: Enabled\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "audit" {\n  bucket = "example-audit"\n}\n'],
      good: ['resource "aws_s3_bucket" "audit" {\n  bucket              = "example-audit"\n  object_lock_enabled = true\n}\n']
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Audit', { versioned: true })"],
      good: ["new s3.Bucket(this, 'Audit', { versioned: true, objectLockEnabled: true })"]
    }
  },
  check(bucket, report) {
    const e = bucket.objectLock.enabled;
    if (e.state === "unknown") return report.unknown(e, "Object Lock");
    if (e.value) return;
    const refused = bucket.objectLock.refused;
    const state = e.state === "set" ? "disables" : "does not enable";
    if (bucket.links.isLogTarget)
      return report({
        messageId: "logTarget",
        at: e.state === "set" ? e.at : bucket.objectLock.at,
        data: { bucket: bucket.id, state },
        severity: "info"
      });
    if (refused)
      return report({
        messageId: "refused",
        at: refused.at,
        data: { bucket: bucket.id, why: refused.why },
        related: [{ message: "versioning", at: bucket.versioning.status.at }],
        fix: { kind: "set", field: "objectLock.enabled", value: true }
      });
    report({
      messageId: "disabled",
      at: e.state === "set" ? e.at : bucket.objectLock.at,
      data: { bucket: bucket.id, state },
      fix: { kind: "set", field: "objectLock.enabled", value: true }
    });
  }
});

// rules/object-not-encrypted-cmk.ts
var object_not_encrypted_cmk_default = defineRule({
  id: "object-not-encrypted-cmk",
  target: "object",
  meta: {
    title: "S3 object or object copy managed in code is not encrypted with a customer-managed KMS key",
    severity: "low",
    severityNote: "No Security Hub control covers single objects; the bucket's default encryption (encryption-not-kms, S3.17, Medium) is the control that matters, so objects are Low. An object that sets nothing in a bucket of the same code whose default is a customer-managed key is not reported, since it inherits that key.",
    why: "Objects written by infrastructure code (configuration, seed data, copies) are often sensitive. Encrypted with SSE-S3 or the AWS managed aws/s3 key, anyone with s3:GetObject can read them; a customer-managed key adds a second gate (kms:Decrypt) you control, audit and can revoke.",
    concepts: ["other:object-not-encrypted-cmk", "other:object-copy-not-encrypted-cmk"],
    peers: { checkov: ["CKV_AWS_186", "CKV_AWS_181"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "CloudFormation has no S3 object resource; give the bucket a customer-managed default key (`BucketEncryption` with `SSEAlgorithm: aws:kms` and `KMSMasterKeyID`).",
      terraform: 'server_side_encryption = "aws:kms"\nkms_key_id             = aws_kms_key.data.arn'
    },
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html"]
  },
  messages: {
    notCmk: "{{kind}} {{object}} is not encrypted with a customer-managed KMS key ({{how}})."
  },
  examples: {
    cloudformation: { bad: [], good: [], note: "CloudFormation has no resource for individual S3 objects." },
    terraform: {
      bad: ['resource "aws_s3_object" "config" {\n  bucket  = "example-config"\n  key     = "app.json"\n  content = "{}"\n}\n'],
      good: [
        'resource "aws_kms_key" "config" {}\n\nresource "aws_s3_object" "config" {\n  bucket                 = "example-config"\n  key                    = "app.json"\n  content                = "{}"\n  server_side_encryption = "aws:kms"\n  kms_key_id             = aws_kms_key.config.arn\n}\n',
        'resource "aws_kms_key" "config" {}\n\nresource "aws_s3_bucket" "config" {\n  bucket = "example-config"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "config" {\n  bucket = aws_s3_bucket.config.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.config.arn\n    }\n  }\n}\n\nresource "aws_s3_object" "config" {\n  bucket  = aws_s3_bucket.config.id\n  key     = "app.json"\n  content = "{}"\n}\n'
      ]
    }
  },
  check(object, report, ctx) {
    const kind = object.kind === "object-copy" ? "Object copy" : "Object";
    const key = object.kmsKeyId;
    const sse = object.serverSideEncryption;
    if (key.state === "unknown") return report.unknown(key, "KMS key");
    if (sse.state === "unknown") return report.unknown(sse, "server-side encryption");
    if (key.value !== null) {
      if (!isAwsManagedKey(key.value)) return;
      report({ messageId: "notCmk", at: key.at, data: { kind, object: object.id, how: "it names the AWS managed key aws/s3" } });
      return;
    }
    if (sse.value !== null && !KMS_ALGORITHMS.has(sse.value)) {
      report({ messageId: "notCmk", at: sse.at, data: { kind, object: object.id, how: `it uses ${sse.value}` } });
      return;
    }
    const ref = refOf(object.bucket);
    if (sse.value === null && ref !== void 0) {
      const bucket = ctx.resolveBucket(ref);
      if (bucket && bucket !== "unknown" && bucket.managed) {
        const e = bucket.encryption;
        if (e.algorithm.state === "unknown") return report.unknown(e.algorithm, "the bucket's SSE algorithm");
        if (e.kmsKeyId.state === "unknown") return report.unknown(e.kmsKeyId, "the bucket's KMS key");
        if (KMS_ALGORITHMS.has(e.algorithm.value) && e.kmsKeyId.value !== null && !isAwsManagedKey(e.kmsKeyId.value)) return;
      }
    }
    report({
      messageId: "notCmk",
      at: sse.state === "set" ? sse.at : object.origin.at,
      data: { kind, object: object.id, how: sse.value === null ? "it names no KMS key" : `${sse.value} without a key of your own` }
    });
  }
});

// rules/object-sse-missing.ts
var object_sse_missing_default = defineRule({
  id: "object-sse-missing",
  target: "object",
  meta: {
    title: "S3 object managed in code does not set server-side encryption",
    severity: "info",
    severityNote: "KICS rates it High, but since January 2023 S3 encrypts every new object (with the bucket's default encryption, SSE-S3 at least), so an object without the setting is still encrypted; informational, like encryption-missing. object-not-encrypted-cmk is the check that matters.",
    why: "Stating the encryption of an object uploaded by infrastructure code documents the intent and keeps it under review. Without it the object gets the bucket's default encryption, which is why this is informational.",
    concepts: ["other:object-sse-missing"],
    peers: { kics: ["5fb49a69-8d46-4495-a2f8-9c8c622b2b6e"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "CloudFormation has no S3 object resource; set the encryption on the bucket (`BucketEncryption`).",
      terraform: 'server_side_encryption = "aws:kms"\nkms_key_id             = aws_kms_key.data.arn'
    },
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html"]
  },
  messages: {
    notSet: "Object {{object}} does not set server-side encryption; it gets the bucket's default encryption."
  },
  examples: {
    cloudformation: { bad: [], good: [], note: "CloudFormation has no resource for individual S3 objects." },
    terraform: {
      bad: ['resource "aws_s3_object" "index" {\n  bucket  = "example-site"\n  key     = "index.html"\n  content = "<h1>hello</h1>"\n}\n'],
      good: [
        'resource "aws_s3_object" "index" {\n  bucket                 = "example-site"\n  key                    = "index.html"\n  content                = "<h1>hello</h1>"\n  server_side_encryption = "AES256"\n}\n'
      ]
    }
  },
  check(object, report) {
    const sse = object.serverSideEncryption;
    if (sse.state === "unknown") return report.unknown(sse, "server-side encryption");
    if (sse.value !== null) return;
    if (object.kmsKeyId.state !== "unknown" && object.kmsKeyId.value !== null) return;
    report({ messageId: "notSet", at: object.origin.at, data: { object: object.id } });
  }
});

// rules/policy-allow-not-action.ts
var policy_allow_not_action_default = defineRule({
  id: "policy-allow-not-action",
  meta: {
    title: "S3 bucket policy combines Allow with NotAction",
    severity: "medium",
    why: 'Allow with NotAction grants every action except the listed ones, including actions that do not exist yet and the ones that change the bucket policy, ACLs and encryption. It is almost always broader than intended; list the actions to allow instead. (Deny with NotAction, "deny everything except", is a normal pattern and is not reported.)',
    concepts: ["other:policy-allow-not-action"],
    peers: { cfn_nag: ["W20"], "cfn-guard": ["S3_BUCKET_POLICY_NO_ALLOW_PLUS_NOT_ACTION"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "Replace `NotAction` with `Action` listing the actions to allow, e.g. `Action: [s3:GetObject]`.",
      terraform: "Replace `not_actions` (or `NotAction`) with `actions` (`Action`) listing the actions to allow.",
      cdk: "Use `actions: [...]` rather than `notActions` on an Allow statement."
    },
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html"]
  },
  messages: {
    allowNotAction: "Bucket {{bucket}} policy allows {{who}} every action except the listed ones ({{statement}} uses Allow with NotAction)."
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            NotAction: s3:DeleteBucket\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n'
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            NotAction: [s3:GetObject, s3:ListBucket]\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n'
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      NotAction = "s3:DeleteBucket"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      Action    = ["s3:GetObject", "s3:ListBucket"]\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n'
      ]
    }
  },
  check(bucket, report, ctx) {
    for (const doc of bucket.policies) {
      if (doc.unknown) report.unknown(doc.unknown, "bucket policy");
      const open = publicStatements(doc.statements, ctx.policyScope(bucket));
      for (const s of doc.statements) {
        if (s.action.field !== "not") continue;
        const allow = isAllow(s);
        if (allow === "unknown") {
          report.unknown(s.effect.state === "unknown" ? s.effect : { why: "Effect not known", at: s.at }, "Effect");
          continue;
        }
        if (!allow) continue;
        const pub = open.some((p) => p.statement === s && p.certain);
        report({
          messageId: "allowNotAction",
          resource: doc.owner,
          at: s.at,
          data: { bucket: bucket.id, who: pub ? "everyone" : "its principals", statement: s.sid ? `statement "${s.sid}"` : "a statement" },
          severity: pub ? "critical" : void 0
        });
      }
    }
  }
});

// rules/policy-allow-not-principal.ts
var policy_allow_not_principal_default = defineRule({
  id: "policy-allow-not-principal",
  meta: {
    title: "S3 bucket policy combines Allow with NotPrincipal",
    severity: "high",
    why: 'Allow with NotPrincipal grants access to every principal except the listed ones, which in practice means everyone on the internet. NotPrincipal belongs with Deny ("deny everyone except"); for Allow, name the principals.',
    concepts: ["other:policy-allow-not-principal"],
    profiles: ["default", "strict"],
    peers: { cfn_nag: ["F9"], "cfn-guard": ["S3_BUCKETPOLICY_NO_ALLOW_PLUS_NOTPRINCIPAL"] },
    fix: {
      cloudformation: "Replace `NotPrincipal` with `Principal` listing the principals to allow.",
      terraform: "Replace the `not_principals` block (or `NotPrincipal`) with `principals` listing the principals to allow.",
      cdk: "Use `principals: [...]` rather than `notPrincipals` on an Allow statement."
    },
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html"]
  },
  messages: {
    allowNotPrincipal: "Bucket {{bucket}} policy allows everyone except the listed principals ({{statement}} uses Allow with NotPrincipal)."
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            NotPrincipal:\n              AWS: arn:aws:iam::111122223333:root\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n'
      ],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            NotPrincipal:\n              AWS: arn:aws:iam::111122223333:root\n            Action: s3:DeleteBucket\n            Resource: !GetAtt Data.Arn\n"
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect       = "Allow"\n      NotPrincipal = { AWS = "arn:aws:iam::111122223333:root" }\n      Action       = "s3:GetObject"\n      Resource     = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:root" }\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n'
      ]
    }
  },
  check(bucket, report) {
    for (const doc of bucket.policies) {
      if (doc.unknown) report.unknown(doc.unknown, "bucket policy");
      for (const s of doc.statements) {
        if (s.principal.field !== "NotPrincipal") continue;
        const allow = isAllow(s);
        if (allow === "unknown") report.unknown(s.effect.state === "unknown" ? s.effect : { why: "Effect not known", at: s.at }, "Effect");
        else if (allow)
          report({
            messageId: "allowNotPrincipal",
            resource: doc.owner,
            at: s.at,
            data: { bucket: bucket.id, statement: s.sid ? `statement "${s.sid}"` : "a statement" }
          });
      }
    }
  }
});

// rules/policy-cross-account-dangerous-actions.ts
function isOwnAccount(v) {
  if (typeof v === "string") return false;
  const parts = strParts(v);
  const literal = parts.filter((p) => typeof p === "string").join("");
  return parts.some((p) => typeof p !== "string" && p.kind === "pseudo" && p.name === "account") && /^(arn:[^:]*:iam::|)(:root)?$|^arn:[^:]*:(iam|sts)::/.test(literal);
}
var OWN_ACCOUNT_KEY = /^(aws:(principalaccount|sourceaccount)|s3:dataaccesspointaccount)$/i;
var isOwnAccountValue = (v) => typeof v !== "string" && strParts(v).every((p) => typeof p !== "string" && p.kind === "pseudo" && p.name === "account");
var pinsOwnAccount = (x) => OWN_ACCOUNT_KEY.test(x.key) && x.values.length > 0 && x.values.every(isOwnAccountValue);
function pinnedToOwnAccount(stmt) {
  const c = restrictingConditions(stmt);
  if (c.state === "unknown") return false;
  return c.value.some(pinsOwnAccount);
}
function denyLimit(denies, actions, scope) {
  const applying = denies.filter(
    (d) => actions.every((a) => {
      if (statementAppliesToAction(d, a) !== true) return false;
      const cov = scope.covers(d);
      return (actionTargetsObjects(a) ? cov.objects : cov.bucket) === true;
    })
  );
  if (!applying.length) return void 0;
  const conditions = applying.flatMap((d) => d.conditions.state === "unknown" ? [] : d.conditions.value);
  return {
    keys: [...new Set(conditions.map((x) => x.key))],
    ownAccountOnly: applying.some(
      (d) => d.conditions.state !== "unknown" && d.conditions.value.length > 0 && d.conditions.value.every(pinsOwnAccount)
    )
  };
}
function onlyThroughAccessPoints(stmt) {
  const c = restrictingConditions(stmt);
  return c.state !== "unknown" && c.value.some((x) => /^s3:dataaccesspoint(account|arn)$/i.test(x.key));
}
var limitedBy = (keys, who) => ({
  who: `${who} limited by ${[...new Set(keys)].join(", ") || "a condition"}`
});
function otherAccountGrantees(stmt, publicHere = isPublicAllow(stmt) !== false, limit) {
  const p = stmt.principal;
  if (p.field === "NotPrincipal")
    return publicHere || !limit || limit.ownAccountOnly ? [] : [limitedBy(limit.keys, "everyone but its NotPrincipal")];
  if (p.field !== "Principal") return [];
  if (p.entries.state === "unknown") return "unknown";
  const out = [];
  for (const e of p.entries.value) {
    if (e.type === "Service" || e.type === "Federated") continue;
    if (e.type === "*" || isWildcardPrincipalValue(e.value) === true) {
      if (publicHere || pinnedToOwnAccount(stmt) || limit?.ownAccountOnly) continue;
      const c = restrictingConditions(stmt);
      const keys = c.state === "unknown" ? [] : c.value.map((x) => x.key);
      out.push(limitedBy([...keys, ...limit?.keys ?? []], '"*"'));
      continue;
    }
    if (isOwnAccount(e.value)) continue;
    if (hasUnknownPart(e.value)) {
      out.push({ who: strToDisplay(e.value), unknown: "the principal is only known at deploy time" });
      continue;
    }
    const text = strToDisplay(e.value);
    const m = /^(\d{12})$/.exec(text) ?? /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(text);
    out.push({ who: m ? `account ${m[1]} (${text})` : e.type === "CanonicalUser" ? `canonical user ${text}` : text });
  }
  return out;
}
var policy_cross_account_dangerous_actions_default = defineRule({
  id: "policy-cross-account-dangerous-actions",
  meta: {
    title: "S3 bucket policy lets other AWS accounts change its permissions or encryption",
    severity: "high",
    why: "A bucket policy that allows another account s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl or s3:PutEncryptionConfiguration hands that account control over who can read the data and how it is encrypted: it can make the bucket public, lock the owner out, or switch encryption to a key it controls. Grant other accounts only the data actions they need. Principals named as ${AWS::AccountId} (or the caller identity in Terraform) are the owner's own account and are not reported; a literal account id is reported, since s3-gate cannot know whether it is the owner's. A statement limited to access points (s3:DataAccessPointAccount or s3:DataAccessPointArn, AWS's delegation pattern) is judged on s3:PutObjectAcl alone: S3 serves no bucket policy, bucket ACL or encryption call through an access point. A wildcard Allow that a Deny of the same policy keeps the public out of (Deny unless `aws:PrincipalOrgID` is the organization's) is judged as if the Allow carried that condition: the organization's other accounts get what it grants.",
    concepts: ["policy-cross-account"],
    securityHub: "S3.6",
    peers: {},
    profiles: ["baseline", "default", "strict"],
    fix: {
      cloudformation: 'Remove s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl and s3:PutEncryptionConfiguration (and "s3:*") from statements whose Principal is another account; list only the data actions it needs, e.g. `[s3:GetObject, s3:PutObject]`.',
      terraform: 'Remove the permission-changing actions (and "s3:*") from statements whose principal is another account; grant only data actions such as `["s3:GetObject", "s3:PutObject"]`.',
      cdk: "Use `bucket.grantRead(new iam.AccountPrincipal(...))` / `grantPut` instead of a `PolicyStatement` with `s3:*` or `s3:PutBucketPolicy`."
    },
    references: [
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6",
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html"
    ]
  },
  messages: {
    crossAccount: "Bucket {{bucket}} policy lets {{who}} {{actions}} ({{statement}}), which lets another account control access to or encryption of the bucket."
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::444455556666:root\n            Action: [s3:GetObject, s3:PutBucketPolicy]\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n'
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::444455556666:root\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n          - Effect: Allow\n            Principal:\n              AWS: !Sub arn:aws:iam::${AWS::AccountId}:root\n            Action: s3:PutBucketPolicy\n            Resource: !GetAtt Data.Arn\n'
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::444455556666:root" }\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::444455556666:root" }\n      Action    = ["s3:GetObject", "s3:ListBucket"]\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n'
      ]
    },
    cdk: {
      bad: [
        "bucket.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountPrincipal('444455556666')], actions: ['s3:*'], resources: [bucket.arnForObjects('*')] }))"
      ],
      good: ["bucket.grantRead(new iam.AccountPrincipal('444455556666'))"]
    }
  },
  check(bucket, report, ctx) {
    const scope = ctx.policyScope(bucket);
    for (const doc of bucket.policies) {
      if (doc.unknown) report.unknown(doc.unknown, "bucket policy");
      const open = publicStatements(doc.statements, scope);
      const denies = doc.statements.filter((d) => isDeny(d) === true && denyShutsOutPublic(d) === true);
      for (const s of doc.statements) {
        const allow = isAllow(s);
        if (allow === false) continue;
        const viaAccessPoints = onlyThroughAccessPoints(s);
        const actions = CROSS_ACCOUNT_DANGEROUS_ACTIONS.filter(
          (a) => reachesActionTarget(s, a, scope) && (!viaAccessPoints || actionTargetsObjects(a))
        );
        const granted = actions.filter((a) => statementAppliesToAction(s, a) === true);
        const maybe = actions.some((a) => statementAppliesToAction(s, a) === "unknown");
        if (!granted.length) {
          if (maybe && otherAccountGrantees(s) !== "unknown")
            report.unknown({ why: "the statement's actions are only known at deploy time", at: s.at }, "actions");
          continue;
        }
        const publicHere = open.some((p) => p.statement === s && p.classes.includes("permissions"));
        const grantees = otherAccountGrantees(s, publicHere, publicHere ? void 0 : denyLimit(denies, granted, scope));
        if (grantees === "unknown") {
          report.unknown({ why: "the statement's principals are only known at deploy time", at: s.at }, "principals");
          continue;
        }
        const known = grantees.filter((g) => !g.unknown);
        for (const g of grantees) if (g.unknown) report.unknown({ why: g.unknown, at: s.at }, "principal");
        if (!known.length) continue;
        if (allow === "unknown") {
          report.unknown(s.effect.state === "unknown" ? s.effect : { why: "Effect not known", at: s.at }, "Effect");
          continue;
        }
        report({
          messageId: "crossAccount",
          resource: doc.owner,
          at: s.at,
          data: {
            bucket: bucket.id,
            who: known.map((g) => g.who).join(", "),
            actions: granted.length === CROSS_ACCOUNT_DANGEROUS_ACTIONS.length ? "change its policy, ACLs and encryption" : granted.join(", "),
            statement: s.sid ? `statement "${s.sid}"` : "an Allow statement"
          }
        });
      }
    }
  }
});

// rules/policy-lockout.ts
var policy_lockout_default = defineRule({
  id: "policy-lockout",
  meta: {
    title: "S3 bucket policy denies everyone the right to change it (lockout)",
    severity: "medium",
    why: 'A Deny for every principal ("*") that covers s3:PutBucketPolicy on the bucket, with no condition and no exception, stops every role and user, administrators included, from ever changing or deleting the policy again. Only the account root user can recover by deleting the policy. A Deny that carries a condition (for example aws:SecureTransport = false, or StringNotEquals on aws:PrincipalArn) or that exempts principals with NotPrincipal is not a lockout and is not reported.',
    concepts: ["other:policy-lockout"],
    peers: { checkov: ["CKV_AWS_93"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: 'Narrow the Deny: list the actions to block instead of "s3:*" (leave out s3:PutBucketPolicy and s3:DeleteBucketPolicy), or add a Condition that exempts an administrator role, e.g.\nCondition:\n  StringNotLike:\n    aws:PrincipalArn: !Sub arn:aws:iam::${AWS::AccountId}:role/Admin',
      terraform: "Narrow the Deny to the actions to block (without s3:PutBucketPolicy and s3:DeleteBucketPolicy), or add a `condition` (e.g. `StringNotLike` on `aws:PrincipalArn`) that exempts an administrator role.",
      cdk: 'Add `conditions: { StringNotLike: { "aws:PrincipalArn": adminRole.roleArn } }` to the Deny statement, or list only the actions to block.'
    },
    references: ["https://repost.aws/knowledge-center/s3-accidentally-denied-access"]
  },
  messages: {
    lockout: "Bucket {{bucket}} policy denies everyone s3:PutBucketPolicy on the bucket with no condition or exception ({{statement}}); only the root user could change the policy afterwards."
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n'
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n'
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Deny"\n      Principal = { AWS = "*" }\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Deny"\n      Principal = { AWS = "*" }\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { StringNotLike = { "aws:PrincipalArn" = "arn:aws:iam::111122223333:role/Admin" } }\n    }]\n  })\n}\n'
      ]
    }
  },
  check(bucket, report, ctx) {
    for (const doc of bucket.policies) {
      if (doc.unknown) report.unknown(doc.unknown, "bucket policy");
      for (const s of doc.statements) {
        const deny = isDeny(s);
        if (deny === false || s.principal.field !== "Principal") continue;
        const everyone = principalIsEveryone(s);
        if (everyone === false) continue;
        const blocksPolicy = statementAppliesToAction(s, "s3:PutBucketPolicy");
        if (blocksPolicy === false) continue;
        const written = s.writtenConditions;
        if (written && written.state !== "unknown" && written.value.length > 0) continue;
        if (s.conditions.state === "unknown") {
          report.unknown(s.conditions, "Condition");
          continue;
        }
        if (s.conditions.value.length > 0) continue;
        const onBucket = s.resource.field === "none" && s.resource.values.state !== "unknown" ? true : ctx.statementCovers(s, bucket).bucket;
        if (onBucket === false) continue;
        if (deny === "unknown" || everyone === "unknown" || blocksPolicy === "unknown" || onBucket === "unknown") {
          report.unknown(
            { why: "parts of a Deny statement that could lock everyone out are only known at deploy time", at: s.at },
            "Deny statement"
          );
          continue;
        }
        report({
          messageId: "lockout",
          resource: doc.owner,
          at: s.at,
          data: { bucket: bucket.id, statement: s.sid ? `statement "${s.sid}"` : "a Deny statement" }
        });
      }
    }
  }
});

// rules/policy-public-read.ts
var policy_public_read_default = defineRule({
  id: "policy-public-read",
  meta: {
    title: "S3 bucket policy lets anyone read or list the bucket",
    severity: "critical",
    why: 'An Allow statement for Principal "*" (or NotPrincipal) without a condition that pins the caller down (source VPC/VPCE/IP, account, organization, ARN) lets anyone on the internet read or list objects. Conditions are read the way AWS decides what "public" means, so a statement limited to your organization or an endpoint is not reported (an IP range broader than /8, or /32 for IPv6, does not limit it: S3 calls that public; nor does a private address in `aws:VpcSourceIp`, which any account\u2019s VPC may use, or a wildcard value such as `AROA*:*` for `aws:userid`; a pattern that keeps one account or organization fixed, such as `arn:aws:iam::111122223333:role/*` or `o-a1b2c3d4e5/r-ab12/*`, does), nor is one that a Deny limits the same way (`StringNotEquals aws:SourceVpce`) on all of the bucket or on everything the Allow names (both on `bucket/reports/*`). A statement counts only where its Resource reaches: object actions on `bucket/*`, bucket actions on the bucket ARN. An action the built-in lists do not name yet counts by its verb, as AWS counts it: any `s3:Get*` or `s3:List*` reads. An Allow to the CloudFront service principal (`cloudfront.amazonaws.com`, origin access control) without a condition that pins the distribution (`aws:SourceArn`, `aws:SourceAccount`) is reported at High: any distribution of any AWS account pointed at the bucket reads through it (the confused deputy). Block Public Access does not stop it, as a service principal is not public.',
    concepts: ["policy-public-read", "policy-wildcard-principal"],
    profiles: ["baseline", "default", "strict"],
    securityHub: "S3.2",
    peers: {
      kics: [
        "f97b7d23-568f-4bcc-9ac9-02df0d57fbba",
        "faa8fddf-c0aa-4b2d-84ff-e993e233ebe9",
        "1df37f4b-7197-45ce-83f8-9994d2fcf885",
        "7772bb8c-c0f3-42d4-8e4e-f1b8939ad085",
        "7af43613-6bb9-4a0e-8c4d-1314b799425e"
      ],
      checkov: ["CKV_AWS_70"],
      cfn_nag: ["F16"],
      "cfn-guard": ["S3_BUCKET_POLICY_NO_WILDCARD_PRINCIPAL"],
      "cdk-nag": ["AwsSolutions-S5"]
    },
    fix: {
      cloudformation: 'Name the principals that need access (an account, role or CloudFront origin access control) instead of "*", or add a condition such as `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`.',
      terraform: 'Name the principals that need access instead of "*", or add a `condition` block on `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`.',
      cdk: "Grant to specific principals (`bucket.grantRead(role)`) instead of `new iam.AnyPrincipal()`; serve public content through CloudFront with origin access control."
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status"
    ]
  },
  messages: {
    publicRead: "Bucket {{bucket}} policy lets anyone {{access}} ({{statement}}){{neutralised}}.",
    intended: 'Bucket {{bucket}} policy lets anyone read objects ({{statement}}); the bucket is tagged public on purpose: "{{reason}}".',
    anyDistribution: "Bucket {{bucket}} policy lets any CloudFront distribution, in any AWS account, {{access}} ({{statement}}): the Allow to cloudfront.amazonaws.com has no aws:SourceArn (or aws:SourceAccount) condition naming your distribution."
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n'
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n            Condition:\n              StringEquals:\n                aws:SourceVpce: vpce-1a2b3c4d\n'
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }\n    }]\n  })\n}\n'
      ]
    }
  },
  check(bucket, report, ctx) {
    for (const doc of bucket.policies) {
      const neutral = policyNeutraliser(bucket.publicAccessBlock, ctx.accountPublicAccessBlocks(bucket), doc);
      const isNeutral = neutral && neutral !== "unknown";
      if (doc.unknown && !isNeutral) report.unknown(doc.unknown, "bucket policy");
      const scope = ctx.policyScope(bucket);
      for (const p of publicStatements(doc.statements, scope)) {
        const reads = p.classes.filter((c) => READ_CLASSES.includes(c));
        if (!reads.length) continue;
        const statement = p.statement.sid ? `statement "${p.statement.sid}"` : "an Allow statement";
        if (!p.certain) {
          if (!isNeutral)
            report.unknown(
              { why: `${statement} allows everyone unless a part only known at deploy time narrows it`, at: p.statement.at },
              "policy statement"
            );
          continue;
        }
        const intent = publicIntent(bucket);
        if (intent && reads.every((c) => c === "objectRead")) {
          report({
            messageId: "intended",
            resource: doc.owner,
            at: p.statement.at,
            data: { bucket: bucket.id, statement, reason: intent },
            severity: "info"
          });
          continue;
        }
        report({
          messageId: "publicRead",
          resource: doc.owner,
          at: p.statement.at,
          data: {
            bucket: bucket.id,
            access: describeClasses(reads, { statement: p.statement, scope, levels: p.levels }),
            statement,
            neutralised: isNeutral ? `; it has no effect today: ${neutral.reason}` : ""
          },
          severity: isNeutral ? "low" : void 0
        });
      }
      if (publicIntent(bucket)) continue;
      for (const p of anyDistributionStatements(doc.statements, scope)) {
        const reads = p.classes.filter((c) => READ_CLASSES.includes(c));
        if (!reads.length) continue;
        const statement = p.statement.sid ? `statement "${p.statement.sid}"` : "an Allow statement";
        if (!p.certain) {
          report.unknown(
            { why: `${statement} lets CloudFront read unless a part only known at deploy time pins the distribution`, at: p.statement.at },
            "policy statement"
          );
          continue;
        }
        report({
          messageId: "anyDistribution",
          resource: doc.owner,
          at: p.statement.at,
          data: { bucket: bucket.id, access: describeClasses(reads, { statement: p.statement, scope, levels: p.levels }), statement },
          severity: "high"
        });
      }
    }
  }
});

// rules/policy-public-write.ts
var policy_public_write_default = defineRule({
  id: "policy-public-write",
  meta: {
    title: "S3 bucket policy lets anyone write to the bucket or change its permissions",
    severity: "critical",
    why: 'An Allow statement for Principal "*" (or NotPrincipal) without a condition that pins the caller down lets anyone on the internet upload, overwrite, restore or delete objects, or rewrite the bucket policy and ACLs. Conditions are read the way AWS decides what "public" means, so a statement limited to your organization or an endpoint is not reported (an IP range broader than /8, or /32 for IPv6, does not limit it: S3 calls that public; nor does a private address in `aws:VpcSourceIp`, which any account\u2019s VPC may use, or a wildcard value such as `AROA*:*` for `aws:userid`; a pattern that keeps one account or organization fixed, such as `arn:aws:iam::111122223333:role/*` or `o-a1b2c3d4e5/r-ab12/*`, does), nor is one that a Deny limits the same way (`StringNotEquals aws:SourceVpce`) on all of the bucket or on everything the Allow names (both on `bucket/reports/*`). A statement counts only where its Resource reaches: object actions on `bucket/*`, bucket actions on the bucket ARN. An action the built-in lists do not name yet counts by its verb, as AWS counts it: any `s3:Put*` or `s3:Delete*` writes.',
    concepts: ["policy-public-write", "policy-wildcard-principal"],
    profiles: ["baseline", "default", "strict"],
    securityHub: "S3.3",
    peers: {
      kics: [
        "f6397a20-4cf1-4540-a997-1d363c25ef58",
        "456b00a3-1072-4149-9740-6b8bb60251b0",
        "ffdf4b37-7703-4dfe-a682-9d2e99bc6c09",
        "7772bb8c-c0f3-42d4-8e4e-f1b8939ad085",
        "7af43613-6bb9-4a0e-8c4d-1314b799425e"
      ],
      checkov: ["CKV_AWS_70"],
      cfn_nag: ["F16"],
      "cfn-guard": ["S3_BUCKET_POLICY_NO_WILDCARD_PRINCIPAL"]
    },
    fix: {
      cloudformation: 'Name the principals that need access (an account, role or CloudFront origin access control) instead of "*", or add a condition such as `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`.',
      terraform: 'Name the principals that need access instead of "*", or add a `condition` block on `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`.',
      cdk: "Grant to specific principals (`bucket.grantRead(role)`) instead of `new iam.AnyPrincipal()`; serve public content through CloudFront with origin access control."
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status"
    ]
  },
  messages: {
    publicWrite: "Bucket {{bucket}} policy lets anyone {{access}} ({{statement}}){{neutralised}}."
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:PutObject\n            Resource: !Sub "${Data.Arn}/*"\n'
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n            Condition:\n              StringEquals:\n                aws:SourceVpce: vpce-1a2b3c4d\n'
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:PutObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }\n    }]\n  })\n}\n'
      ]
    }
  },
  check(bucket, report, ctx) {
    for (const doc of bucket.policies) {
      const neutral = policyNeutraliser(bucket.publicAccessBlock, ctx.accountPublicAccessBlocks(bucket), doc);
      const isNeutral = neutral && neutral !== "unknown";
      if (doc.unknown && !isNeutral) report.unknown(doc.unknown, "bucket policy");
      const scope = ctx.policyScope(bucket);
      for (const p of publicStatements(doc.statements, scope)) {
        const writes = p.classes.filter((c) => WRITE_CLASSES.includes(c));
        if (!writes.length) continue;
        const statement = p.statement.sid ? `statement "${p.statement.sid}"` : "an Allow statement";
        if (!p.certain) {
          if (!isNeutral)
            report.unknown(
              { why: `${statement} allows everyone unless a part only known at deploy time narrows it`, at: p.statement.at },
              "policy statement"
            );
          continue;
        }
        report({
          messageId: "publicWrite",
          resource: doc.owner,
          at: p.statement.at,
          data: {
            bucket: bucket.id,
            access: describeClasses(writes, { statement: p.statement, scope, levels: p.levels }),
            statement,
            neutralised: isNeutral ? `; it has no effect today: ${neutral.reason}` : ""
          },
          severity: isNeutral ? "low" : void 0
        });
      }
    }
  }
});

// rules/policy-wildcard-action.ts
var policy_wildcard_action_default = defineRule({
  id: "policy-wildcard-action",
  meta: {
    title: 'S3 bucket policy allows every action ("*" or "s3:*")',
    severity: "high",
    why: 'Allowing "s3:*" grants far more than any workload needs, including deleting the bucket, rewriting its policy and turning off encryption or versioning. List the actions the principal needs; granted to everyone it is critical.',
    concepts: ["policy-wildcard-action"],
    profiles: ["default", "strict"],
    peers: { kics: ["a4966c4f-9141-48b8-a564-ffe9959945bc"], cfn_nag: ["F15"], "cfn-guard": ["S3_BUCKET_POLICY_NO_WILDCARD_ACTION"] },
    fix: {
      cloudformation: 'Replace `Action: "s3:*"` with the actions needed, e.g. `[s3:GetObject, s3:PutObject]`.',
      terraform: 'Replace `"s3:*"` in the statement\'s actions with the actions needed, e.g. `["s3:GetObject", "s3:PutObject"]`.',
      cdk: "Use `bucket.grantRead(principal)` / `grantReadWrite` instead of a `PolicyStatement` with `s3:*`."
    },
    references: ["https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege"]
  },
  messages: {
    wildcardAction: "Bucket {{bucket}} policy allows {{who}} every S3 action ({{statement}})."
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            Action: "s3:*"\n            Resource: !Sub "${Data.Arn}/*"\n'
      ],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            Action: [s3:GetObject, s3:PutObject]\n            Resource: !Sub "${Data.Arn}/*"\n'
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      Action    = "s3:*"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      Action    = ["s3:GetObject", "s3:PutObject"]\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n'
      ]
    }
  },
  check(bucket, report, ctx) {
    for (const doc of bucket.policies) {
      if (doc.unknown) report.unknown(doc.unknown, "bucket policy");
      const open = publicStatements(doc.statements, ctx.policyScope(bucket));
      for (const s of doc.statements) {
        if (isAllow(s) !== true || !hasWildcardAction(s)) continue;
        const pub = open.some((p) => p.statement === s && p.certain);
        report({
          messageId: "wildcardAction",
          resource: doc.owner,
          at: s.at,
          data: {
            bucket: bucket.id,
            who: pub ? "everyone" : "its principals",
            statement: s.sid ? `statement "${s.sid}"` : "an Allow statement"
          },
          severity: pub ? "critical" : void 0
        });
      }
    }
  }
});

// rules/public-exposure.ts
var public_exposure_default = defineRule({
  id: "public-exposure",
  meta: {
    title: "S3 bucket is reachable by anyone on the internet",
    severity: "critical",
    why: "This is the verdict that joins everything that decides public access: ACL grants, bucket policy statements (with their conditions), access point policies and website hosting, each weighed against the Block Public Access settings of the bucket and the account and against disabled ACLs. It fires only when something is actually reachable, explains through which path, and names the setting that would close it. An access point's policy opens the bucket only if the bucket's own policy lets everyone in too, directly or by delegating to access points (s3:DataAccessPointAccount), as S3 requires both to allow a request through an access point.",
    concepts: ["other:public-exposure"],
    profiles: ["baseline", "default", "strict"],
    securityHub: "S3.2",
    peers: {
      "cfn-guard": ["S3_BUCKET_PUBLIC_READ_PROHIBITED", "S3_BUCKET_PUBLIC_WRITE_PROHIBITED"],
      "cdk-nag": ["S3BucketPublicReadProhibited", "S3BucketPublicWriteProhibited"]
    },
    fix: {
      cloudformation: "Remove the public grant or statement, then close the door for good:\nPublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true\nFor a bucket that must be public (a website), tag it `s3-gate:public` with the reason and grant only s3:GetObject.",
      terraform: 'Remove the public grant or statement and add `aws_s3_bucket_public_access_block` with all four flags true. For a bucket that must be public, tag it `"s3-gate:public" = "<reason>"` and grant only s3:GetObject.',
      cdk: "blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL; for public content use CloudFront with origin access control."
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status"
    ]
  },
  messages: {
    public: "Bucket {{bucket}} is reachable by anyone: {{paths}}.{{website}} {{remedy}}",
    intendedPublic: 'Bucket {{bucket}} is public on purpose ("{{reason}}"): anyone can {{access}}, and nothing more.'
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n"
      ],
      good: [
        "Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n  acl    = "public-read-write"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n'
      ]
    }
  },
  check(bucket, report, ctx) {
    const analysis = analyseExposure(bucket, ctx.accountPublicAccessBlocks(bucket), ctx.model.accessPoints, ctx.policyScope(bucket));
    for (const u of analysis.unknowns) report.unknown(u, u.what);
    const active = activeExposures(analysis);
    const undecided = analysis.exposures.filter((e) => e.neutraliser === "unknown");
    if (!active.length) {
      const blockElsewhere = !bucket.managed && bucket.publicAccessBlock.declared.state === "unknown";
      if (undecided.length && !blockElsewhere)
        report.unknown({
          why: undecided[0].undecided ?? "whether Block Public Access neutralises a public grant is not known statically",
          at: undecided[0].at
        });
      return;
    }
    const tag = bucket.tags["s3-gate:public"];
    const reason = tag && tag.state !== "unknown" ? tag.value.trim() : "";
    const onlyObjectReads = active.every((e) => Array.isArray(e.classes) && e.classes.every((c) => c === "objectRead"));
    if (reason && onlyObjectReads) {
      report({
        messageId: "intendedPublic",
        at: active[0].at,
        data: { bucket: bucket.id, reason, access: "read objects" },
        severity: "info"
      });
      return;
    }
    const website = bucket.website.state !== "unknown" && bucket.website.value !== null ? " It also serves a static website endpoint." : "";
    const remedies = [...new Set(active.map((e) => e.remedy))];
    report({
      messageId: "public",
      at: active[0].at,
      data: {
        bucket: bucket.id,
        paths: active.map((e) => e.via).join("; "),
        website,
        remedy: `Remove the grant, or turn on ${remedies.join(" and ")} (Block Public Access) to neutralise it.${reason ? " The s3-gate:public tag only covers buckets exposing object reads." : ""}`
      },
      fix: { kind: "set", field: "publicAccessBlock", value: true }
    });
  }
});

// rules/replication-missing.ts
var replication_missing_default = defineRule({
  id: "replication-missing",
  meta: {
    title: "S3 bucket is not replicated to another bucket",
    severity: "low",
    why: "Replication keeps a second copy in another bucket (ideally another Region and account), so the data survives a Regional outage, an accidental bucket deletion or an attacker who wipes the primary. Buckets that are themselves the destination of a replication rule in the same code are not reported. Whether the destination is in another Region cannot be read from most code, so any enabled rule counts. S3 replicates only from and to versioned buckets: replication on a bucket whose versioning is not enabled, or to a bucket of the same code whose versioning is not, is refused and reported here (the destination of such a rule, or of a disabled one, is no replica).",
    concepts: ["replication-missing"],
    securityHub: "S3.7",
    peers: { checkov: ["CKV_AWS_144"], "cdk-nag": ["S3BucketReplicationEnabled"], "cfn-guard": ["S3_BUCKET_REPLICATION_ENABLED"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "ReplicationConfiguration:\n  Role: !GetAtt ReplicationRole.Arn\n  Rules:\n    - Id: to-backup-region\n      Status: Enabled\n      Priority: 1\n      Filter: {}\n      DeleteMarkerReplication:\n        Status: Enabled\n      Destination:\n        Bucket: arn:aws:s3:::example-backup-eu-west-1",
      terraform: 'resource "aws_s3_bucket_replication_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  role   = aws_iam_role.replication.arn\n  rule {\n    id     = "to-backup-region"\n    status = "Enabled"\n    filter {}\n    delete_marker_replication {\n      status = "Enabled"\n    }\n    destination {\n      bucket = aws_s3_bucket.backup.arn\n    }\n  }\n  depends_on = [aws_s3_bucket_versioning.this]\n}',
      cdk: "replicationRules: [{ destination: backupBucket, priority: 1 }]   // needs versioned: true"
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-7"
    ]
  },
  messages: {
    none: "Bucket {{bucket}} is not replicated to another bucket.",
    allDisabled: "Bucket {{bucket}} has replication rules, but all of them are disabled.",
    sourceUnversioned: "Bucket {{bucket}} has replication rules, but its versioning is {{status}}; S3 refuses a replication configuration on a bucket that is not versioned, so nothing is replicated.",
    destinationUnversioned: "Bucket {{bucket}} replicates to {{destination}}, whose versioning is {{status}}; S3 refuses replication to a bucket that is not versioned, so nothing is replicated."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n"],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      ReplicationConfiguration:\n        Role: arn:aws:iam::111122223333:role/replication\n        Rules:\n          - Status: Enabled\n            Destination:\n              Bucket: arn:aws:s3:::example-backup\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n\nresource "aws_s3_bucket_replication_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  role   = "arn:aws:iam::111122223333:role/replication"\n  rule {\n    id     = "backup"\n    status = "Enabled"\n    destination {\n      bucket = "arn:aws:s3:::example-backup"\n    }\n  }\n}\n'
      ]
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { versioned: true })"],
      good: ["new s3.Bucket(this, 'Data', { versioned: true, replicationRules: [{ destination: backup, priority: 1 }] })"]
    }
  },
  check(bucket, report, ctx) {
    if (bucket.links.replicaOf.length) return;
    const r = bucket.replication;
    if (r.state === "unknown") return report.unknown(r, "replication");
    const maybeReplica = bucket.links.replicaMaybeOf?.[0];
    if (r.value === null || r.value.rules.length === 0) {
      if (maybeReplica) return report.unknown(maybeReplica, "replication into this bucket");
      report({ messageId: "none", at: r.value?.at ?? r.at, data: { bucket: bucket.id } });
      return;
    }
    const names = nameSource(ctx.model);
    const deliveries = r.value.rules.map((rule) => {
      const ref = refOf(rule.destinationBucket);
      return ruleDelivery(bucket, rule, ref === void 0 ? void 0 : resolveBucketRef(ref, ctx.model.buckets, names));
    });
    if (deliveries.some((d) => d.state === "delivers")) return;
    const unknown = deliveries.find((d) => d.state === "unknown") ?? maybeReplica;
    if (unknown) return report.unknown(unknown, "replication");
    const i = deliveries.findIndex((d) => d.state === "refused");
    const refused = deliveries[i];
    if (refused?.state === "refused") {
      const related = [{ message: `versioning of ${refused.bucket}`, at: refused.at }];
      if (refused.side === "source")
        return report({ messageId: "sourceUnversioned", at: r.value.at, data: { bucket: bucket.id, status: refused.status }, related });
      return report({
        messageId: "destinationUnversioned",
        at: r.value.rules[i].at,
        data: { bucket: bucket.id, destination: refused.bucket, status: refused.status },
        related
      });
    }
    report({ messageId: "allDisabled", at: r.value.rules[0].at, data: { bucket: bucket.id } });
  }
});

// rules/sse-c-not-blocked.ts
var CUSTOMER_ALGORITHM = "s3:x-amz-server-side-encryption-customer-algorithm";
var SSE_HEADER = "s3:x-amz-server-side-encryption";
function holdsForSseC(c) {
  const key = conditionKey(c);
  const op = parseOperator(c.operator);
  const texts = c.values.filter((v) => typeof v === "string").map((v) => v.toLowerCase());
  if (texts.length !== c.values.length || texts.length === 0) return false;
  if (op.base === "null")
    return op.set === "none" && texts.every((v) => v === (key === SSE_HEADER ? "true" : "false")) && (key === SSE_HEADER || key === CUSTOMER_ALGORITHM);
  if (key === CUSTOMER_ALGORITHM) {
    if (op.set === "all") return false;
    if (op.base === "stringequals" || op.base === "stringequalsignorecase") return texts.includes("aes256");
    if (op.base === "stringlike") return texts.some((v) => wildcardMatches(v, "aes256"));
    return false;
  }
  if (key === SSE_HEADER) return op.set !== "any" && ["stringnotequals", "stringnotequalsignorecase", "stringnotlike"].includes(op.base);
  return false;
}
function deniesSseC(s, bucket, ctx) {
  if (s.principal.field !== "Principal") return false;
  let r = and(isDeny(s), and(principalIsEveryone(s), statementAppliesToAction(s, "s3:PutObject")));
  if (r === false) return false;
  if (s.conditions.state === "unknown") return "unknown";
  if (!s.conditions.value.every(holdsForSseC)) return false;
  r = and(r, ctx.statementCovers(s, bucket).objects);
  return r;
}
function policyDeniesSseC(bucket, ctx) {
  let denied = false;
  let why;
  const owners = /* @__PURE__ */ new Map();
  for (const doc of bucket.policies) {
    let own = owners.get(doc.owner) ?? false;
    if (doc.unknown) {
      own = or(own, "unknown");
      why ??= doc.unknown;
    }
    for (const s of doc.statements) {
      const d = deniesSseC(s, bucket, ctx);
      if (d === "unknown") why ??= { why: "a statement that may deny SSE-C uploads is not fully known", at: s.at };
      own = or(own, d);
    }
    owners.set(doc.owner, own);
  }
  if (owners.size) denied = [...owners.values()].reduce((t, v) => and(t, v), true);
  return { denied, why };
}
var sse_c_not_blocked_default = defineRule({
  id: "sse-c-not-blocked",
  meta: {
    title: "S3 bucket does not block SSE-C uploads",
    severity: "low",
    why: "With SSE-C the caller supplies the encryption key. Attackers holding stolen write credentials have used it to re-encrypt a victim's objects with a key only they know and demand a ransom. Blocking SSE-C (BlockedEncryptionTypes: SSE-C) removes that path for buckets that never need customer-provided keys. A bucket policy that denies s3:PutObject on every object to everyone when the `s3:x-amz-server-side-encryption-customer-algorithm` key is present (`Null: false`, as in AWS's example), or whenever `s3:x-amz-server-side-encryption` is absent or not the required value (a \"require SSE-KMS\" Deny), refuses SSE-C uploads as well, and counts.",
    concepts: ["other:sse-c-not-blocked"],
    profiles: ["strict"],
    peers: {},
    fix: {
      cloudformation: "BlockedEncryptionTypes:\n  EncryptionType:\n    - SSE-C   # in the ServerSideEncryptionConfiguration rule",
      terraform: 'blocked_encryption_types = ["SSE-C"]   # in the server_side_encryption_configuration rule',
      cdk: "blockedEncryptionTypes: [s3.BlockedEncryptionType.SSE_C]"
    },
    references: ["https://aws.amazon.com/blogs/security/preventing-unintended-encryption-of-amazon-s3-objects/"]
  },
  messages: {
    sseCAllowed: "Bucket {{bucket}} accepts SSE-C uploads (customer-provided keys); block them unless the workload needs them."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Data:\n    Type: AWS::S3::Bucket\n"],
      good: [
        "Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n            BlockedEncryptionTypes:\n              EncryptionType: [SSE-C]\n"
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n    blocked_encryption_types = ["SSE-C"]\n  }\n}\n'
      ]
    }
  },
  check(bucket, report, ctx) {
    const b = bucket.encryption.blockedEncryptionTypes;
    if (b.state === "unknown") return report.unknown(b, "BlockedEncryptionTypes");
    if (!b.value.some((t) => t.toUpperCase() === "SSE-C")) {
      const policy = policyDeniesSseC(bucket, ctx);
      if (policy.denied === true) return;
      if (policy.denied === "unknown")
        return report.unknown(policy.why ?? { why: "the bucket policy is not fully known", at: bucket.origin.at }, "bucket policy");
      report({
        messageId: "sseCAllowed",
        at: b.state === "set" ? b.at : bucket.encryption.at,
        data: { bucket: bucket.id },
        fix: { kind: "set", field: "encryption.blockedEncryptionTypes", value: ["SSE-C"] }
      });
    }
  }
});

// src/model/transport.ts
var EVERY_KIND_OF_ACTION = [
  "s3:GetObject",
  "s3:PutObject",
  "s3:ListBucket",
  "s3:DeleteObject",
  "s3:GetObjectVersion",
  "s3:PutObjectAcl",
  "s3:GetBucketPolicy",
  "s3:PutBucketPolicy",
  "s3:PutBucketAcl",
  "s3:DeleteBucket",
  "s3:ListBucketVersions",
  "s3:RestoreObject",
  "s3:AbortMultipartUpload",
  "s3:BypassGovernanceRetention",
  "s3:ReplicateObject",
  "s3:CreateSession"
];
function deniesEveryoneEverything(s) {
  if (isDeny(s) !== true) return isDeny(s) === "unknown" ? "unknown" : false;
  const who = principalIsEveryone(s);
  if (who !== true) return who;
  let all = true;
  let some = false;
  for (const a of EVERY_KIND_OF_ACTION) {
    const r = statementAppliesToAction(s, a);
    if (r === false) all = false;
    else if (r === true) some = true;
    else if (all === true) all = "unknown";
  }
  return all === false && some ? "some" : all;
}
var valueIs = (c, want) => c.values.some((v) => typeof v === "string" && v.toLowerCase() === want);
var valueUnknown = (c) => c.values.some((v) => typeof v !== "string");
function isInsecureTransportCondition(c) {
  const op = parseOperator(c.operator);
  if (conditionKey(c) !== "aws:securetransport" || op.base !== "bool") return false;
  return valueIs(c, "false") ? true : valueUnknown(c) ? "unknown" : false;
}
var TLS_VERSIONS = [1, 1.1, 1.2, 1.3];
function isOldTlsCondition(c, minimum = 1.2) {
  const op = parseOperator(c.operator);
  if (conditionKey(c) !== "s3:tlsversion") return false;
  const below = op.base === "numericlessthan" ? (v, x) => v < x : op.base === "numericlessthanequals" ? (v, x) => v <= x : void 0;
  if (!below) return false;
  const old = TLS_VERSIONS.filter((v) => v < minimum);
  const denies = (x) => old.every((v) => below(v, x));
  if (c.values.some((v) => typeof v === "string" && denies(Number(v)))) return true;
  return valueUnknown(c) ? "unknown" : false;
}
function transportCoverage(bucket, ctx, isRequirement) {
  const byOwner = /* @__PURE__ */ new Map();
  for (const doc of bucket.policies) byOwner.set(doc.owner, [...byOwner.get(doc.owner) ?? [], doc]);
  if (byOwner.size <= 1) return documentsCoverage(bucket.policies, bucket, ctx, isRequirement);
  const each = [...byOwner.values()].map((docs) => ({ docs, cov: documentsCoverage(docs, bucket, ctx, isRequirement) }));
  const lacking = each.find(({ cov }) => cov.bucket === false || cov.objects === false) ?? each.find(({ cov }) => cov.bucket !== true || cov.objects !== true);
  return {
    bucket: each.reduce((t, { cov }) => and(t, cov.bucket), true),
    objects: each.reduce((t, { cov }) => and(t, cov.objects), true),
    partial: lacking?.cov.partial,
    narrowed: lacking?.cov.narrowed,
    someObjects: lacking?.cov.someObjects,
    competing: { owners: [...byOwner.keys()], lacking: lacking?.docs[0] }
  };
}
function documentsCoverage(docs, bucket, ctx, isRequirement) {
  const out = { bucket: false, objects: false };
  const forSomeActions = [];
  const choices = /* @__PURE__ */ new Map();
  for (const doc of docs) {
    if (doc.unknown) {
      out.bucket = or(out.bucket, "unknown");
      out.objects = or(out.objects, "unknown");
    }
    for (const s of doc.statements) {
      if (isDeny(s) === false) continue;
      if (s.choice && s.writtenConditions) {
        const sides = choices.get(s.choice.group) ?? Array.from({ length: s.choice.sides }, () => ({ bucket: false, objects: false }));
        choices.set(s.choice.group, sides);
        considerStatement({ ...s, conditions: s.writtenConditions }, sides[s.choice.side], void 0, bucket, ctx, isRequirement);
        continue;
      }
      if (s.conditions.state === "unknown") {
        const written = s.writtenConditions;
        if (written && written.state !== "unknown" && written.value.every((c) => isRequirement(c) === false)) continue;
        out.bucket = or(out.bucket, "unknown");
        out.objects = or(out.objects, "unknown");
        continue;
      }
      considerStatement(s, out, forSomeActions, bucket, ctx, isRequirement);
    }
  }
  for (const sides of choices.values()) {
    out.bucket = or(out.bucket, onEverySide(sides.map((c) => c.bucket)));
    out.objects = or(out.objects, onEverySide(sides.map((c) => c.objects)));
  }
  const onWholeBucket = forSomeActions.filter((s) => {
    const cov = ctx.statementCovers(s, bucket);
    return cov.bucket === true && cov.objects === true;
  });
  if (togetherDenyEveryAction(onWholeBucket)) {
    out.bucket = true;
    out.objects = true;
  }
  return out;
}
function considerStatement(s, out, forSomeActions, bucket, ctx, isRequirement) {
  if (s.conditions.state === "unknown") {
    out.bucket = or(out.bucket, "unknown");
    out.objects = or(out.objects, "unknown");
    return;
  }
  const requirement = s.conditions.value.map(isRequirement);
  const unconditional = requirement.length === 0;
  if (!unconditional && requirement.every((r) => r === false)) return;
  const everyone = deniesEveryoneEverything(s);
  if (unconditional && (s.principal.field !== "Principal" || everyone !== true && everyone !== "some")) return;
  if (requirement.includes(false) || s.principal.field === "NotPrincipal") {
    if (everyone !== false) out.narrowed ??= s;
    return;
  }
  if (!unconditional && principalIsEveryone(s) === false) {
    if (s.principal.field === "Principal") out.narrowed ??= s;
    return;
  }
  if (everyone === "some") {
    if (!unconditional) out.someActions ??= s;
    if (!requirement.includes("unknown")) forSomeActions?.push(s);
    return;
  }
  const applies = and(everyone, requirement.includes("unknown") ? "unknown" : true);
  if (applies === false) return;
  const cov = ctx.statementCovers(s, bucket);
  const b = applies === true ? cov.bucket : cov.bucket === false ? false : "unknown";
  const o = applies === true ? cov.objects : cov.objects === false ? false : "unknown";
  if (b === true !== (o === true) && !out.partial) out.partial = s;
  if (applies === true && b === false && o === false && ctx.policyScope(bucket).reaches(s).objects === true) out.someObjects ??= s;
  out.bucket = or(out.bucket, b);
  out.objects = or(out.objects, o);
}
function onEverySide(sides) {
  return sides.every((t) => t === true) ? true : sides.every((t) => t === false) ? false : "unknown";
}
function togetherDenyEveryAction(statements) {
  return statements.some((s) => {
    if (s.action.field !== "not" || s.action.values.state === "unknown") return false;
    const others = statements.filter((o) => o !== s);
    return s.action.values.value.every((v) => typeof v === "string" && others.some((o) => statementAppliesToActions(o, v) === true));
  });
}
function competingData(bucket, owners, lacking) {
  const name = (owner) => owner === bucket ? "its inline policy" : owner;
  return { bucket, count: String(owners.length), owners: owners.map(name).join(", "), lacking: name(lacking.owner) };
}

// rules/tls-min-version.ts
var tls_min_version_default = defineRule({
  id: "tls-min-version",
  meta: {
    title: "S3 bucket policy does not deny TLS versions below 1.2",
    severity: "low",
    severityNote: "No Security Hub control covers it, and AWS endpoints have required TLS 1.2 since 2024; a Deny on s3:TlsVersion still documents and enforces the requirement in the bucket itself (and lets you raise it to 1.3).",
    why: "A Deny on s3:TlsVersion < 1.2 makes the bucket refuse clients that negotiate an outdated TLS version, whatever the endpoint defaults are. Like the HTTPS Deny, it must cover the bucket ARN and bucket/*.",
    concepts: ["tls-min-version"],
    profiles: ["strict"],
    peers: {},
    fix: {
      cloudformation: '- Sid: DenyOutdatedTLS\n  Effect: Deny\n  Principal: "*"\n  Action: "s3:*"\n  Resource:\n    - !GetAtt Bucket.Arn\n    - !Sub "${Bucket.Arn}/*"\n  Condition:\n    NumericLessThan:\n      s3:TlsVersion: 1.2',
      terraform: '{\n  Sid       = "DenyOutdatedTLS"\n  Effect    = "Deny"\n  Principal = "*"\n  Action    = "s3:*"\n  Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n  Condition = { NumericLessThan = { "s3:TlsVersion" = "1.2" } }\n}',
      cdk: "minimumTLSVersion: 1.2"
    },
    references: ["https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html#example-object-tls-version"]
  },
  messages: {
    noTlsDeny: "Bucket {{bucket}} does not deny requests using TLS below 1.2 (no Deny on s3:TlsVersion covering the bucket and its objects).",
    competing: "Bucket {{bucket}} has {{count}} bucket policies ({{owners}}), but a bucket holds one: whichever is applied last replaces the others, and {{lacking}} does not deny TLS below 1.2 for the bucket and its objects. Merge them into one policy."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Data:\n    Type: AWS::S3::Bucket\n"],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              NumericLessThan:\n                s3:TlsVersion: 1.2\n'
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { NumericLessThan = { "s3:TlsVersion" = "1.2" } }\n    }]\n  })\n}\n'
      ]
    },
    cdk: {
      bad: ["new s3.Bucket(this, 'Data', { enforceSSL: true })"],
      good: ["new s3.Bucket(this, 'Data', { enforceSSL: true, minimumTLSVersion: 1.2 })"]
    }
  },
  check(bucket, report, ctx) {
    if (bucket.policies.length === 0 && (!bucket.managed || bucket.policyDefinedElsewhere))
      return report.unknown({ why: "the bucket and its policy are defined outside this code", at: bucket.origin.at }, "bucket policy");
    const cov = transportCoverage(bucket, ctx, (c) => isOldTlsCondition(c));
    if (cov.bucket === true && cov.objects === true) return;
    if ((cov.bucket === "unknown" || cov.objects === "unknown") && cov.bucket !== false && cov.objects !== false) {
      return report.unknown({
        why: "the policy statements that could deny old TLS are not fully known",
        at: bucket.policies[0]?.at ?? bucket.origin.at
      });
    }
    const lacking = cov.competing?.lacking;
    if (lacking) return report({ messageId: "competing", at: lacking.at, data: competingData(bucket.id, cov.competing.owners, lacking) });
    report({
      messageId: "noTlsDeny",
      at: cov.partial?.at ?? cov.narrowed?.at ?? cov.someActions?.at ?? bucket.policies[0]?.at ?? bucket.origin.at,
      data: { bucket: bucket.id },
      fix: { kind: "add-policy-statement", statement: "deny-old-tls" }
    });
  }
});

// rules/tls-not-enforced.ts
var tls_not_enforced_default = defineRule({
  id: "tls-not-enforced",
  meta: {
    title: "S3 bucket policy does not deny plain-HTTP requests to the bucket and its objects",
    severity: "medium",
    why: "Without a Deny on aws:SecureTransport = false, S3 accepts unencrypted HTTP requests, so credentials-signed requests and data can be read or altered on the network. The Deny must cover both the bucket ARN (ListBucket, GetBucketPolicy, PutBucketAcl...) and bucket/* (objects); a statement on bucket/* alone, as in some published snippets, leaves bucket-level calls open. It must also name every action (`s3:*` or `*`): a Deny of GetObject, PutObject, ListBucket and DeleteObject, or of `s3:Get*`/`s3:Put*`/`s3:List*`/`s3:Delete*`, leaves PutBucketPolicy, GetObjectVersion or RestoreObject open over HTTP. Statements split by action count together when they leave nothing out (`s3:Get*` in one, NotAction `s3:Get*` in the other), and a Deny of every action to everyone with no condition at all refuses plain HTTP as well. A Deny with further conditions (`aws:PrincipalAccount`, `aws:SourceVpce`...) applies only when they hold too, and one with NotPrincipal spares the principals it names, so neither counts. A bucket that a public ACL opens to everyone is reported as High, on the ACL: anyone can read it over plain HTTP. A bucket that serves a static website is reported as Low without a suggested statement, because the S3 website endpoint only speaks HTTP and the Deny would take the site down; put CloudFront (HTTPS) in front of it instead. A bucket holds one policy: with two (two policy resources, or a Terraform inline `policy` beside an `aws_s3_bucket_policy`) whichever is applied last replaces the other, so each must carry the Deny, and the finding asks to merge them.",
    concepts: ["tls-not-enforced", "other:public-acl-without-tls-policy"],
    profiles: ["baseline", "default", "strict"],
    securityHub: "S3.5",
    peers: {
      kics: ["4bc4dd4c-7d8d-405e-a0fb-57fa4c31b4d9"],
      checkov: ["CKV_AWS_379"],
      "cdk-nag": ["AwsSolutions-S10", "S3BucketSSLRequestsOnly"],
      "cfn-guard": ["S3_BUCKET_SSL_REQUESTS_ONLY", "CT.S3.PR.8"]
    },
    fix: {
      cloudformation: '- Sid: DenyInsecureTransport\n  Effect: Deny\n  Principal: "*"\n  Action: "s3:*"\n  Resource:\n    - !GetAtt Bucket.Arn\n    - !Sub "${Bucket.Arn}/*"\n  Condition:\n    Bool:\n      aws:SecureTransport: false',
      terraform: '{\n  Sid       = "DenyInsecureTransport"\n  Effect    = "Deny"\n  Principal = "*"\n  Action    = "s3:*"\n  Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n  Condition = { Bool = { "aws:SecureTransport" = "false" } }\n}',
      cdk: "enforceSSL: true"
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5"
    ]
  },
  messages: {
    noDeny: "Bucket {{bucket}} accepts plain-HTTP requests: no policy statement denies aws:SecureTransport = false.",
    objectsOnly: "Bucket {{bucket}} denies plain HTTP only for its objects (bucket/*); the bucket ARN itself is not covered, so bucket-level calls such as ListBucket or PutBucketPolicy still work over HTTP.",
    bucketOnly: "Bucket {{bucket}} denies plain HTTP only for the bucket ARN; its objects (bucket/*) are not covered.",
    someObjectsOnly: "Bucket {{bucket}} denies plain HTTP only for some of its objects (a key prefix); the bucket ARN and its other objects are not covered.",
    someActions: 'Bucket {{bucket}} denies plain HTTP only for some actions: the Deny names some S3 actions instead of "s3:*", so the others (PutBucketPolicy, GetObjectVersion, RestoreObject...) still work over HTTP.',
    narrowed: "Bucket {{bucket}} denies plain HTTP only to some callers: the Deny names only some principals, also needs its other conditions to hold, or exempts principals with NotPrincipal, so the rest can still use HTTP.",
    publicAclHttp: "Bucket {{bucket}} is public through its ACL ({{via}}) and does not deny plain-HTTP requests{{partial}}, so anyone can read it unencrypted on the network.",
    competing: "Bucket {{bucket}} has {{count}} bucket policies ({{owners}}), but a bucket holds one: whichever is applied last replaces the others, and {{lacking}} does not deny plain HTTP for the bucket and its objects. Merge them into one policy.",
    websiteHttp: "Bucket {{bucket}} serves a static website, and the S3 website endpoint only speaks plain HTTP; serve the site through CloudFront over HTTPS and deny plain HTTP on the bucket."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Data:\n    Type: AWS::S3::Bucket\n"],
      good: [
        'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n'
      ]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}\n'
      ]
    },
    cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { enforceSSL: true })"] }
  },
  check(bucket, report, ctx) {
    if (bucket.policies.length === 0 && (!bucket.managed || bucket.policyDefinedElsewhere))
      return report.unknown({ why: "the bucket and its policy are defined outside this code", at: bucket.origin.at }, "bucket policy");
    const cov = transportCoverage(bucket, ctx, isInsecureTransportCondition);
    if (cov.bucket === true && cov.objects === true) return;
    if (cov.bucket === "unknown" || cov.objects === "unknown") {
      if (cov.bucket !== false && cov.objects !== false) {
        const doc = bucket.policies[0];
        return report.unknown({
          why: "the policy statements that could deny plain HTTP are not fully known",
          at: doc?.at ?? bucket.origin.at
        });
      }
    }
    const w = bucket.website;
    if (w.state !== "unknown" && w.value !== null && w.value.indexDocument !== void 0) {
      report({ messageId: "websiteHttp", at: w.value.at, data: { bucket: bucket.id }, severity: "low" });
      return;
    }
    const fix = { kind: "add-policy-statement", statement: "deny-insecure-transport" };
    const partial = cov.objects === true ? " for the bucket ARN" : cov.bucket === true ? " for its objects" : "";
    const acl = publicAclGrants(bucket).grants;
    if (acl.length && aclNeutraliser(bucket, ctx.accountPublicAccessBlocks(bucket)) === void 0) {
      const g = acl[0];
      report({
        messageId: "publicAclHttp",
        at: g.at,
        data: { bucket: bucket.id, via: g.canned ?? `${g.permissions.join("/")} grant to ${g.grantee}`, partial },
        fix,
        severity: "high"
      });
      return;
    }
    const lacking = cov.competing?.lacking;
    if (lacking) return report({ messageId: "competing", at: lacking.at, data: competingData(bucket.id, cov.competing.owners, lacking) });
    const at = cov.partial?.at ?? bucket.policies[0]?.at ?? bucket.origin.at;
    if (cov.objects === true) report({ messageId: "objectsOnly", at, data: { bucket: bucket.id }, fix });
    else if (cov.bucket === true) report({ messageId: "bucketOnly", at, data: { bucket: bucket.id }, fix });
    else if (cov.narrowed) report({ messageId: "narrowed", at: cov.narrowed.at, data: { bucket: bucket.id }, fix });
    else if (cov.someObjects) report({ messageId: "someObjectsOnly", at: cov.someObjects.at, data: { bucket: bucket.id }, fix });
    else if (cov.someActions) report({ messageId: "someActions", at: cov.someActions.at, data: { bucket: bucket.id }, fix });
    else report({ messageId: "noDeny", at, data: { bucket: bucket.id }, fix });
  }
});

// rules/versioning-disabled.ts
var versioning_disabled_default = defineRule({
  id: "versioning-disabled",
  meta: {
    title: "S3 bucket versioning is not enabled",
    severity: "medium",
    securityHub: "S3.14",
    severityNote: "Security Hub rates S3.14 Low; we use Medium because versioning is the only undo for an overwrite or delete (accidental or ransomware) and the prerequisite for replication and object lock.",
    why: "Without versioning an overwrite or delete is permanent, whether by mistake, by a buggy deploy or by an attacker with write access. Versioning keeps prior versions so they can be restored; pair it with a noncurrent-version lifecycle rule to bound the cost.",
    concepts: ["versioning-disabled"],
    profiles: ["default", "strict"],
    peers: {
      checkov: ["CKV_AWS_21"],
      trivy: ["AVD-AWS-0090", "aws-s3-enable-versioning"],
      "cdk-nag": ["S3BucketVersioningEnabled"],
      "cfn-guard": ["S3_BUCKET_VERSIONING_ENABLED", "CT.S3.PR.11"]
    },
    fix: {
      cloudformation: "VersioningConfiguration:\n  Status: Enabled",
      terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
      cdk: "versioned: true"
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html",
      "https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-14"
    ]
  },
  messages: {
    disabled: "Bucket {{bucket}} has versioning {{state}}.",
    lockedSuspended: "Bucket {{bucket}} enables Object Lock but asks for versioning {{state}}; S3 refuses to change the versioning of a bucket with Object Lock, so the deploy fails."
  },
  examples: {
    cloudformation: {
      bad: ["Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Suspended\n"],
      good: ["Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n"]
    },
    terraform: {
      bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
      good: [
        'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n'
      ]
    },
    cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { versioned: true })"] }
  },
  check(bucket, report) {
    const status = bucket.versioning.status;
    if (status.state === "unknown") return report.unknown(status, "versioning status");
    if (status.value !== "Enabled") {
      const state = versioningState(status.state === "default" ? void 0 : String(status.value));
      const lock = bucket.objectLock.enabled;
      if (status.state === "set" && lock.state !== "unknown" && lock.value)
        return report({
          messageId: "lockedSuspended",
          at: status.at,
          data: { bucket: bucket.id, state },
          related: [{ message: "Object Lock", at: lock.at }],
          fix: { kind: "set", field: "versioning.status", value: "Enabled" }
        });
      report({
        messageId: "disabled",
        at: status.at,
        data: { bucket: bucket.id, state },
        fix: { kind: "set", field: "versioning.status", value: "Enabled" }
      });
    }
  }
});
function versioningState(value) {
  if (value === void 0) return "not configured";
  if (value === "Suspended" || value === "Disabled") return value.toLowerCase();
  return `status "${value}", not "Enabled"`;
}

// rules/website-bucket-holds-private-objects.ts
var website_bucket_holds_private_objects_default = defineRule({
  id: "website-bucket-holds-private-objects",
  meta: {
    title: "S3 bucket serves a public website and also holds private objects",
    severity: "medium",
    why: "A bucket that serves a public website is one policy or ACL edit away from exposing everything in it. Keeping private data in the same bucket, whether behind a narrower Resource prefix, as delivered logs or as KMS-encrypted objects the public cannot decrypt, means one mistake publishes it. AWS recommends keeping public and private objects in separate buckets. The rule fires for a website bucket that anyone can read when the code shows private content: the public statements cover only part of the keys, the bucket receives access logs or CloudTrail logs, or its default encryption uses KMS.",
    concepts: ["other:website-private-objects"],
    peers: {},
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "Move the private objects (logs, KMS-encrypted data, non-public prefixes) to a separate private bucket; keep the website bucket for public assets only, ideally behind CloudFront with origin access control.",
      terraform: "Move private objects to a separate private bucket (point `aws_s3_bucket_logging.target_bucket` or the trail elsewhere), and keep the website bucket for public assets only.",
      cdk: "Create a separate private `s3.Bucket` for logs and private data; keep the website bucket for public assets."
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html",
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteAccessPermissionsReqd.html"
    ]
  },
  messages: {
    mixed: "Bucket {{bucket}} serves a public website and also holds private objects: {{signals}}. Keep public and private objects in separate buckets."
  },
  examples: {
    cloudformation: {
      bad: [
        'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      WebsiteConfiguration:\n        IndexDocument: index.html\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: false\n        RestrictPublicBuckets: false\n  SitePolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Site\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Site.Arn}/public/*"\n'
      ],
      good: [
        'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      WebsiteConfiguration:\n        IndexDocument: index.html\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: false\n        RestrictPublicBuckets: false\n  SitePolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Site\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Site.Arn}/*"\n'
      ]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_website_configuration" "site" {\n  bucket = aws_s3_bucket.site.id\n  index_document {\n    suffix = "index.html"\n  }\n}\n\nresource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.site.arn}/*"\n    }]\n  })\n}\n\nresource "aws_s3_bucket" "app" {\n  bucket = "example-app"\n}\n\nresource "aws_s3_bucket_logging" "app" {\n  bucket        = aws_s3_bucket.app.id\n  target_bucket = aws_s3_bucket.site.id\n  target_prefix = "logs/app/"\n}\n'
      ],
      good: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_website_configuration" "site" {\n  bucket = aws_s3_bucket.site.id\n  index_document {\n    suffix = "index.html"\n  }\n}\n\nresource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.site.arn}/*"\n    }]\n  })\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "example-logs"\n}\n\nresource "aws_s3_bucket" "app" {\n  bucket = "example-app"\n}\n\nresource "aws_s3_bucket_logging" "app" {\n  bucket        = aws_s3_bucket.app.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "logs/app/"\n}\n'
      ]
    }
  },
  check(bucket, report, ctx) {
    const w = bucket.website;
    if (w.state === "unknown" || w.value === null) return;
    if (w.value.indexDocument === void 0 && w.value.redirectAllRequestsTo !== void 0) return;
    const active = activeExposures(
      analyseExposure(bucket, ctx.accountPublicAccessBlocks(bucket), ctx.model.accessPoints, ctx.policyScope(bucket))
    );
    const publicReads = active.filter((e) => Array.isArray(e.classes) && e.classes.includes("objectRead"));
    if (!publicReads.length) return;
    const signals = [];
    const statements = bucket.policies.flatMap((d) => d.statements).filter((s) => publicReads.some((e) => e.at === s.at));
    if (statements.length && statements.every((s) => ctx.statementCovers(s, bucket).objects === false))
      signals.push("the public statements cover only part of its keys");
    if (bucket.links.logSourceOf.length) signals.push(`it receives server access logs from ${bucket.links.logSourceOf.join(", ")}`);
    if (bucket.links.trailIds.length) signals.push(`it receives CloudTrail logs from ${bucket.links.trailIds.join(", ")}`);
    const alg = bucket.encryption.algorithm;
    if (alg.state === "set" && KMS_ALGORITHMS.has(alg.value))
      signals.push(`its default encryption is ${alg.value}, which anonymous website visitors cannot decrypt`);
    if (!signals.length) return;
    report({
      messageId: "mixed",
      at: w.value.at,
      data: { bucket: bucket.id, signals: signals.join("; ") },
      related: publicReads.map((e) => ({ message: e.via, at: e.at }))
    });
  }
});

// rules/website-enabled.ts
var website_enabled_default = defineRule({
  id: "website-enabled",
  meta: {
    title: "S3 bucket serves a static website endpoint",
    severity: "medium",
    severityNote: "KICS rates it High. No Security Hub control covers it, and the website endpoint itself exposes nothing unless the bucket is also public (public-exposure reports that, as Critical); it is Medium because it only works over plain HTTP and needs a public bucket to be useful. A redirect-only website is Low, and so is one Block Public Access keeps from serving anything (RestrictPublicBuckets and IgnorePublicAcls on).",
    why: "The S3 website endpoint speaks only plain HTTP, cannot use Block Public Access, origin access control or TLS, and only serves objects anyone can read, so the bucket has to be public. Serve static sites through CloudFront with origin access control (OAC) and a private bucket instead: HTTPS, caching and no public bucket.",
    concepts: ["website-enabled"],
    peers: { kics: ["42bb6b7f-6d54-4428-b707-666f669d94fb"] },
    profiles: ["default", "strict"],
    fix: {
      cloudformation: "Remove `WebsiteConfiguration` and serve the bucket through an `AWS::CloudFront::Distribution` with an `AWS::CloudFront::OriginAccessControl`; grant `cloudfront.amazonaws.com` s3:GetObject with an `aws:SourceArn` condition on the distribution.",
      terraform: "Remove `aws_s3_bucket_website_configuration` (or the `website` block) and serve the bucket through `aws_cloudfront_distribution` with `aws_cloudfront_origin_access_control`.",
      cdk: 'Remove `websiteIndexDocument`; use `new cloudfront.Distribution(this, "Site", { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(bucket) } })`.'
    },
    references: [
      "https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteEndpoints.html",
      "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html"
    ]
  },
  messages: {
    website: "Bucket {{bucket}} serves a static website over plain HTTP; use CloudFront with origin access control and keep the bucket private.",
    redirectOnly: "Bucket {{bucket}} has a website configuration that only redirects to {{target}}; it serves no objects.",
    blocked: "Bucket {{bucket}} has a website configuration, but Block Public Access ({{by}}) keeps anonymous visitors from reading any object, so its website endpoint only answers 403; remove the configuration, or serve the bucket through CloudFront with origin access control."
  },
  examples: {
    cloudformation: {
      bad: [
        "Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      WebsiteConfiguration:\n        IndexDocument: index.html\n"
      ],
      good: ["Resources:\n  Site:\n    Type: AWS::S3::Bucket\n"]
    },
    terraform: {
      bad: [
        'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_website_configuration" "site" {\n  bucket = aws_s3_bucket.site.id\n  index_document {\n    suffix = "index.html"\n  }\n}\n'
      ],
      good: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n']
    },
    cdk: { bad: ["new s3.Bucket(this, 'Site', { websiteIndexDocument: 'index.html' })"], good: ["new s3.Bucket(this, 'Site')"] }
  },
  check(bucket, report, ctx) {
    const w = bucket.website;
    if (w.state === "unknown") return report.unknown(w, "website configuration");
    if (w.value === null) return;
    if (w.value.redirectAllRequestsTo !== void 0 && w.value.indexDocument === void 0) {
      const t = w.value.redirectAllRequestsTo;
      report({
        messageId: "redirectOnly",
        at: w.value.at,
        data: { bucket: bucket.id, target: typeof t === "string" ? t : "another host" },
        severity: "low",
        fix: { kind: "remove", field: "website" }
      });
      return;
    }
    const accountBlocks = ctx.accountPublicAccessBlocks(bucket);
    const restrict = effectiveFlag(bucket.publicAccessBlock, accountBlocks, "restrictPublicBuckets");
    const ignore = effectiveFlag(bucket.publicAccessBlock, accountBlocks, "ignorePublicAcls");
    if (restrict.on === true && ignore.on === true) {
      const by = restrict.by === ignore.by ? `${restrict.by} block` : `${restrict.by} and ${ignore.by} blocks`;
      return report({
        messageId: "blocked",
        at: w.value.at,
        data: { bucket: bucket.id, by: `RestrictPublicBuckets and IgnorePublicAcls, ${by}` },
        severity: "low",
        related: [
          ...restrict.at ? [{ message: "RestrictPublicBuckets", at: restrict.at }] : [],
          ...ignore.at ? [{ message: "IgnorePublicAcls", at: ignore.at }] : []
        ],
        fix: { kind: "remove", field: "website" }
      });
    }
    report({ messageId: "website", at: w.value.at, data: { bucket: bucket.id }, fix: { kind: "remove", field: "website" } });
  }
});

// rules/index.ts
var rules = [
  access_logging_disabled_default,
  access_point_bpa_incomplete_default,
  account_public_access_block_incomplete_default,
  acl_enabled_default,
  acl_public_neutralised_default,
  acl_public_read_default,
  acl_public_write_default,
  acl_write_acp_grant_default,
  block_public_access_incomplete_default,
  bucket_key_disabled_default,
  bucket_policy_missing_default,
  cloudtrail_bucket_public_default,
  cloudtrail_data_events_missing_default,
  cloudtrail_log_file_validation_disabled_default,
  cloudtrail_multi_region_disabled_default,
  cloudwatch_s3_policy_change_alarm_missing_default,
  cors_wildcard_origin_default,
  encryption_missing_default,
  encryption_not_kms_default,
  iam_inline_policy_s3_access_default,
  iam_policy_s3_wildcard_default,
  lifecycle_abort_incomplete_uploads_missing_default,
  lifecycle_missing_default,
  lifecycle_noncurrent_versions_kept_default,
  mfa_delete_disabled_default,
  notifications_missing_default,
  object_acl_public_default,
  object_lock_disabled_default,
  object_not_encrypted_cmk_default,
  object_sse_missing_default,
  policy_allow_not_action_default,
  policy_allow_not_principal_default,
  policy_cross_account_dangerous_actions_default,
  policy_lockout_default,
  policy_public_read_default,
  policy_public_write_default,
  policy_wildcard_action_default,
  public_exposure_default,
  replication_missing_default,
  sse_c_not_blocked_default,
  tls_min_version_default,
  tls_not_enforced_default,
  versioning_disabled_default,
  website_bucket_holds_private_objects_default,
  website_enabled_default
];
var rulesById = new Map(rules.map((r) => [r.id, r]));

// src/process-unit.ts
function parseErrorFinding(p, format) {
  const at = { file: p.file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, path: p.code };
  return {
    ruleId: "parse-error",
    severity: "high",
    messageId: "parseError",
    message: `${p.code}: ${p.message}`,
    location: at,
    resource: p.file,
    format,
    related: [],
    fingerprint: fingerprint("parse-error", p.file, p.file, `${p.code}:${p.message}`),
    suppressed: false
  };
}
function heldNothing(load) {
  return load.models.length === 0 && load.problems.length === 0;
}
function placedLinks(model) {
  const links = model.stackLinks;
  if (!links) return void 0;
  const byId = new Map(model.buckets.map((b) => [b.id, b.origin.at]));
  const buckets = links.buckets.map((l) => {
    const at = byId.get(l.bucket);
    return at ? { ...l, file: at.file, line: at.line } : l;
  });
  return { ...links, buckets };
}
function findingsLimit(max, stopped) {
  return {
    code: "FINDINGS_LIMIT",
    file: stopped.at.file,
    line: stopped.at.line,
    column: stopped.at.column,
    message: `this template or configuration yielded ${max} findings and unknowns, as many as limits.maxFindings (--max-findings) allows: rule ${stopped.ruleId} stopped at ${stopped.resource}, and the rules after it did not run`,
    level: "error"
  };
}
var rulesBefore = (rules2, id) => new Set(
  rules2.slice(
    0,
    Math.max(
      0,
      rules2.findIndex((r) => r.id === id)
    )
  ).map((r) => r.id)
);
function processUnit(unit, job) {
  const plugin = pluginByName(unit.plugin);
  try {
    return processWith(plugin, unit, job);
  } finally {
    plugin.unitDone?.();
  }
}
function unitFileReader(unit, job, debug, unreadable, readBesides, ownReplacement) {
  const knownReal = new Set(unit.files.map((f) => f.abs));
  return (abs) => {
    try {
      if (!knownReal.has(abs) && !fs5.existsSync(abs)) return void 0;
      const real = knownReal.has(abs) ? abs : fs5.realpathSync.native(abs);
      if (!isInside(real, job.roots)) {
        debug(`refused to read ${abs}: outside the scanned paths`);
        return void 0;
      }
      if (credentialsIn(abs, job.roots) || credentialsIn(real, job.roots)) {
        debug(`refused to read ${abs}: under .git/ or a credentials file`);
        return void 0;
      }
      const r = readRegularFile(real, job.limits.maxFileBytes);
      if (!("bytes" in r)) {
        const why = "notAFile" in r ? "not a regular file" : "larger than limits.maxFileBytes";
        if (knownReal.has(abs)) throw new Error(why);
        debug(`refused to read ${abs}: ${why}`);
        return void 0;
      }
      if (!knownReal.has(abs)) readBesides?.(real, r.bytes.length);
      const text = decodeText(r.bytes);
      if (ownReplacement && text.includes("\uFFFD") && !hasInvalidBytes(r.bytes)) ownReplacement(abs);
      return text;
    } catch (e) {
      const code = e.code;
      if (knownReal.has(abs))
        unreadable({
          code: "NOT_SCANNED",
          file: toDisplayPath(abs, job.cwd),
          line: 1,
          column: 1,
          message: code === "ENOENT" ? "the file was removed after the scan found it; it was not scanned" : `the file cannot be read (${code ?? e.message}); it was not scanned`,
          level: "error"
        });
      return void 0;
    }
  };
}
function processWith(plugin, unit, job) {
  const debug = [];
  const unreadable = [];
  const readsBesides2 = /* @__PURE__ */ new Map();
  const ownReplacement = /* @__PURE__ */ new Set();
  const readFile = unitFileReader(
    unit,
    job,
    (m) => void debug.push(m),
    (p) => void unreadable.push(p),
    (abs, bytes) => void readsBesides2.set(toDisplayPath(abs, job.cwd), bytes),
    (abs) => void ownReplacement.add(abs)
  );
  const inputs = job.recordInputs ? new InputLog(job.cwd) : void 0;
  const ctx = {
    roots: job.roots,
    cwd: job.cwd,
    limits: job.limits,
    debug: (m) => void debug.push(m),
    readFile: inputs ? (abs) => {
      const text = readFile(abs);
      inputs.read(abs, text);
      return text;
    } : readFile,
    displayPath: (abs) => toDisplayPath(abs, job.cwd),
    replacedBytes: (abs, text) => text.includes("\uFFFD") && !ownReplacement.has(abs),
    listFiles: (dir, filter) => {
      inputs?.untracked();
      return listFiles(dir, job.roots, job.cwd, filter);
    },
    ...inputs ? { inputs } : {},
    ...job.passedParameters ? {
      passedParameters: (file) => Object.hasOwn(job.passedParameters, file) ? new Map(job.passedParameters[file]) : void 0
    } : {},
    ...job.planVariables ? { planVariables: (id) => Object.hasOwn(job.planVariables, id) ? new Map(job.planVariables[id]) : void 0 } : {}
  };
  const result = {
    unit: unit.id,
    format: plugin.format,
    findings: [],
    unknowns: [],
    problems: [],
    notes: [],
    debug,
    files: unit.files.length,
    bytes: unit.files.reduce((n, f) => n + f.size, 0),
    buckets: 0
  };
  let load;
  try {
    load = plugin.load(unit, ctx);
  } catch (e) {
    const p = {
      code: "INTERNAL_ERROR",
      file: unit.id,
      line: 1,
      column: 1,
      message: `s3-gate failed to read this ${plugin.name} input: ${e instanceof Error ? e.message : String(e)}. This is a bug; please report it.`,
      level: "error"
    };
    result.problems.push(p);
    result.findings.push(parseErrorFinding(p, plugin.format));
    return result;
  }
  appendAll(result.problems, unreadable);
  appendAll(result.problems, load.problems);
  appendAll(result.notes, load.notes);
  if (load.covers) result.covers = load.covers;
  if (load.nestedStacks) result.nestedStacks = load.nestedStacks;
  if (heldNothing(load)) {
    result.files = 0;
    result.bytes = 0;
  }
  const active = rules.filter((r) => !job.disabled.includes(r.id) && (!job.enabled || job.enabled.includes(r.id)));
  const now = new Date(job.now);
  const activeIds = new Set(active.map((r) => r.id));
  const lineEndings = new EditLineEndings(load.texts);
  const editBudget = new EditBudget(load.texts);
  for (const model of load.models) {
    if (model.stackLinks) result.stackLinks = joinLinks([result.stackLinks, placedLinks(model)]);
    linkModel(model);
    appendAll(result.problems, duplicateBucketNames(model));
    result.buckets += model.buckets.length;
    const budget = job.limits.maxFindings - result.findings.length - result.unknowns.length;
    const outcome = evaluateRules(model, active, job.severity, budget);
    if (outcome.stopped) result.problems.push(findingsLimit(job.limits.maxFindings, outcome.stopped));
    const ranWhole = outcome.stopped ? rulesBefore(active, outcome.stopped.ruleId) : activeIds;
    appendAll(
      result.problems,
      applyInlineSuppressions(outcome.findings, model, { now, allowInline: job.allowInline, rulesById, active: ranWhole })
    );
    if (plugin.renderFix) {
      const fixable = outcome.findings.filter((f) => f.fix).sort((a, b) => compareSeverity(a.severity, b.severity));
      for (const f of fixable) {
        try {
          const edit = plugin.renderFix(f, load.texts);
          if (edit && lineEndings.landsOnLoneCr(edit))
            debug.push(`fix for ${f.ruleId} on ${f.resource} not offered: ${edit.file} has carriage returns without line feeds there`);
          else if (edit && edit.replacement.length > MAX_EDIT_CHARS)
            debug.push(`fix for ${f.ruleId} on ${f.resource} not offered: it would replace more than ${MAX_EDIT_CHARS} characters`);
          else if (edit && !editBudget.take(edit))
            debug.push(
              `fix for ${f.ruleId} on ${f.resource} not offered: the edits into ${edit.file} already carry far more text than the file holds`
            );
          else if (edit) f.edit = lineEndings.inFileLineEndings(edit);
        } catch (e) {
          debug.push(`fix for ${f.ruleId} on ${f.resource} not rendered: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }
    appendAll(result.findings, outcome.findings);
    appendAll(result.unknowns, outcome.unknowns);
    if (outcome.stopped) break;
  }
  result.problems = capRepeatedProblems(result.problems);
  columnsPastByteOrderMark(load.texts, result);
  for (const p of result.problems) if (p.level === "error") result.findings.push(parseErrorFinding(p, plugin.format));
  const records = unreadable.length ? void 0 : inputs?.records();
  if (records) result.inputs = records;
  if (result.files && readsBesides2.size) result.reads = [...readsBesides2];
  if (load.sensitiveTexts) maskSensitive(result, load.sensitiveTexts);
  return result;
}

// src/collect-garbage.ts
import v8 from "node:v8";
import vm from "node:vm";
var COLLECT_AFTER_FINDINGS = 1e5;
var gc = null;
function collectGarbage() {
  if (gc === null) {
    try {
      v8.setFlagsFromString("--expose-gc");
      const found = vm.runInNewContext("gc");
      gc = typeof found === "function" ? found : void 0;
    } catch {
      gc = void 0;
    }
  }
  gc?.();
}

// src/scan.ts
import { performance as performance2 } from "node:perf_hooks";
import { createHash as createHash2 } from "node:crypto";

// src/config/glob.ts
var LIT = 0;
var ONE = 1;
var STAR = 2;
var DOUBLE_STAR = 3;
var FOLDERS = 4;
var SLASH = 47;
var GlobBudgetExceeded = class extends Error {
};
function compileGlob(glob, budget = { left: Infinity }) {
  const kinds = [];
  const chars = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charCodeAt(i);
    if (c === 42) {
      if (glob.charCodeAt(i + 1) === 42) {
        i++;
        if (glob.charCodeAt(i + 1) === SLASH) {
          i++;
          kinds.push(FOLDERS);
        } else kinds.push(DOUBLE_STAR);
      } else kinds.push(STAR);
      chars.push(0);
    } else {
      kinds.push(c === 63 ? ONE : LIT);
      chars.push(c);
    }
  }
  const firstWild = kinds.findIndex((k) => k !== LIT);
  const lastWild = kinds.findLastIndex((k) => k !== LIT);
  const literal = (from, to) => chars.slice(from, to).map((c) => String.fromCharCode(c)).join("");
  const head = firstWild < 0 ? glob : literal(0, firstWild);
  const tail = firstWild < 0 ? glob : literal(lastWild + 1);
  const minLength = kinds.filter((k) => k === LIT || k === ONE).length;
  const seen = /* @__PURE__ */ new Map();
  const scratch = scratchFor(kinds.length);
  return {
    ...firstWild < 0 ? { literal: glob } : {},
    test(subject) {
      let hit = seen.get(subject);
      if (hit === void 0) {
        hit = subject.length >= minLength && subject.startsWith(head) && subject.endsWith(tail) && matches2(kinds, chars, subject, budget, scratch);
        if (seen.size > 1e4) seen.clear();
        seen.set(subject, hit);
      }
      return hit;
    }
  };
}
function scratchFor(m) {
  return {
    live: new Int32Array(m + 1),
    next: new Int32Array(m + 1),
    addedAt: new Float64Array(m + 1).fill(-1),
    closedAt: new Float64Array(m + 1).fill(-1),
    clock: 0
  };
}
function matches2(kinds, chars, subject, budget, x) {
  const m = kinds.length;
  const { addedAt, closedAt } = x;
  const t0 = x.clock;
  x.clock += subject.length + 1;
  let live = x.live;
  let next = x.next;
  const add = (list, n, j, at, stay = false) => {
    for (; j <= m; j++) {
      if (addedAt[j] !== at) {
        addedAt[j] = at;
        list[n++] = j;
      }
      if (stay || closedAt[j] === at) break;
      closedAt[j] = at;
      if (j === m || kinds[j] < STAR) break;
    }
    return n;
  };
  let liveCount = add(live, 0, 0, t0);
  let followed = 0;
  for (let s = 0; s < subject.length && liveCount > 0; s++) {
    const c = subject.charCodeAt(s);
    const at = t0 + s + 1;
    let nextCount = 0;
    for (let i = 0; i < liveCount; i++) {
      const j = live[i];
      if (j === m) continue;
      followed++;
      const k = kinds[j];
      if (k === FOLDERS) {
        nextCount = add(next, nextCount, j, at, c !== SLASH);
      } else if (k === DOUBLE_STAR || k === STAR && c !== SLASH) nextCount = add(next, nextCount, j, at);
      else if (k === ONE && c !== SLASH || k === LIT && c === chars[j]) nextCount = add(next, nextCount, j + 1, at);
    }
    ;
    [live, next] = [next, live];
    liveCount = nextCount;
  }
  budget.left -= followed + 1;
  if (budget.left < 0) throw new GlobBudgetExceeded();
  return addedAt[m] === t0 + subject.length;
}

// src/config/profiles.ts
var DEFAULT_PROFILE = "default";
function ruleProfiles(rule) {
  const p = rule.meta.profiles ?? ["default", "strict"];
  return PROFILES.filter((x) => p.includes(x));
}
function activeRuleIds(config, rules2) {
  const off = new Set(config.disable);
  if (config.enable) return rules2.filter((r) => config.enable.includes(r.id) && !off.has(r.id)).map((r) => r.id);
  const profile = config.profile ?? DEFAULT_PROFILE;
  const on = new Set(config.on);
  return rules2.filter((r) => !off.has(r.id) && (ruleProfiles(r).includes(profile) || on.has(r.id))).map((r) => r.id);
}

// src/config/apply.ts
var GLOB_BUDGET = 3e8;
function applyConfig(result, config, rules2, now, scannedFiles = []) {
  try {
    applyConfigWithin({ left: GLOB_BUDGET }, result, config, rules2, now, scannedFiles);
  } catch (e) {
    if (!(e instanceof GlobBudgetExceeded)) throw e;
    throw new ConfigurationError(
      `${config.source ?? ".s3-gate.yml"}: its include, exclude and exception globs take too long to match against this scan's findings (more than ${GLOB_BUDGET.toLocaleString("en-US")} steps); use fewer globs or fewer ** and * in each.`
    );
  }
}
function applyConfigWithin(budget, result, config, rules2, now, scannedFiles) {
  const glob = (text) => compileGlob(text, budget);
  const include = config.include.map(glob);
  const exclude = config.exclude.map(glob);
  const kept = /* @__PURE__ */ new Map();
  const keep = (file2) => {
    let k = kept.get(file2);
    if (k === void 0) {
      k = (!include.length || include.some((re) => re.test(file2))) && !exclude.some((re) => re.test(file2));
      kept.set(file2, k);
    }
    return k;
  };
  const unmatched = include.length ? unmatchedIncludes(result, config, include, scannedFiles) : [];
  if (include.length || exclude.length) {
    result.findings = result.findings.filter((f) => keep(f.location.file));
    result.unknowns = result.unknowns.filter((u) => keep(u.location.file));
    result.problems = result.problems.filter((p) => keep(p.file));
  }
  appendAll(result.problems, unmatched);
  if (config.unread !== void 0)
    result.problems.push({
      code: "CONFIG_NOT_READ",
      file: config.unread,
      line: 1,
      column: 1,
      message: `s3-gate reads its configuration from .s3-gate.yml (or .s3-gate.yaml) in the working directory, not from ${quoted(config.unread)}: the scan ran on the defaults; rename it, or name it with --config (the action's \`config\` input)`,
      level: "warning"
    });
  const byId = new Map(rules2.map((r) => [r.id, r]));
  const used = /* @__PURE__ */ new Set();
  const file = config.source ?? ".s3-gate.yml";
  const byRule = /* @__PURE__ */ new Map();
  if (config.exceptions.length)
    for (const f of result.findings) {
      const list = byRule.get(f.ruleId);
      if (list) list.push(f);
      else byRule.set(f.ruleId, [f]);
    }
  const byRuleAnd = /* @__PURE__ */ new Map();
  const findingsOf = (ruleId, all, key, value) => {
    const k = `${key}\0${ruleId}`;
    let index = byRuleAnd.get(k);
    if (!index) {
      index = /* @__PURE__ */ new Map();
      for (const f of all) {
        const v = key === "resource" ? f.resource : f.location.file;
        const list = index.get(v);
        if (list) list.push(f);
        else index.set(v, [f]);
      }
      byRuleAnd.set(k, index);
    }
    return index.get(value) ?? [];
  };
  config.exceptions.forEach((ex, i) => {
    const resource = ex.resource ? glob(ex.resource) : void 0;
    const path13 = ex.path ? glob(ex.path) : void 0;
    for (const [ruleId, all] of byRule) {
      if (!suppressionMatches(ex.rule, byId.get(ruleId), ruleId)) continue;
      const findings = resource?.literal !== void 0 ? findingsOf(ruleId, all, "resource", resource.literal) : path13?.literal !== void 0 ? findingsOf(ruleId, all, "file", path13.literal) : all;
      for (const f of findings) {
        if (f.suppressed) continue;
        if (resource && !resource.test(f.resource)) continue;
        if (path13 && !path13.test(f.location.file)) continue;
        used.add(i);
        if (isExpired(ex.expires, now)) continue;
        f.suppressed = true;
        f.suppression = {
          kind: "config",
          syntax: file,
          reason: ex.reason,
          until: ex.expires,
          at: {
            file,
            line: ex.line ?? 1,
            column: ex.column ?? 1,
            endLine: ex.line ?? 1,
            endColumn: ex.column ?? 1,
            path: `exceptions[${i}]`
          }
        };
      }
    }
  });
  const active = new Set(activeRuleIds(config, rules2));
  config.exceptions.forEach((ex, i) => {
    const where = { file, line: ex.line ?? 1, column: ex.column ?? 1 };
    const what = `the exception for ${ex.rule}${ex.resource ? ` on ${ex.resource}` : ""}${ex.path ? ` in ${ex.path}` : ""}`;
    if (isExpired(ex.expires, now))
      result.problems.push({
        code: "EXCEPTION_EXPIRED",
        ...where,
        message: `${what} expired on ${ex.expires}${used.has(i) ? "; matching findings are reported again" : ""}`,
        level: "warning"
      });
    else if (!used.has(i) && active.has(ex.rule))
      result.problems.push({ code: "UNUSED_EXCEPTION", ...where, message: `${what} matches no finding; remove it`, level: "warning" });
  });
}
function unmatchedIncludes(result, config, include, scannedFiles) {
  const files = new Set(scannedFiles);
  for (const f of result.findings) files.add(f.location.file);
  for (const u of result.unknowns) files.add(u.location.file);
  for (const p of result.problems) files.add(p.file);
  const unmatched = new Set(include.keys());
  for (const file of files) {
    for (const i of unmatched) if (include[i].test(file)) unmatched.delete(i);
    if (!unmatched.size) return [];
  }
  return [...unmatched].map((i) => ({
    code: "INCLUDE_UNMATCHED",
    file: config.source ?? ".s3-gate.yml",
    ...config.includeAt?.[i] ?? { line: 1, column: 1 },
    message: `include ${quoted(config.include[i])} matches none of the scanned files, so it reports nothing${includeHint(config.include[i])}; globs are paths from the working directory, with "/"`,
    level: "warning"
  }));
}
function includeHint(glob) {
  let start = 0;
  while (glob.startsWith("./", start) || glob.startsWith("/", start)) start += glob.startsWith("./", start) ? 2 : 1;
  const bare = trimTrailing(glob.slice(start), "/");
  if (!bare) return "";
  const last = bare.slice(bare.lastIndexOf("/") + 1);
  if (!bare.includes("*") && !last.includes(".")) return ` (for the folder, write ${quoted(`${bare}/**`)})`;
  return bare !== glob ? ` (write ${quoted(bare)})` : "";
}

// src/plan-supersedes.ts
import path7 from "node:path";
function shardPlansWithTheirSources(units) {
  const roots = new Set(units.filter((u) => u.plugin === "terraform").map((u) => u.id));
  for (const u of units) {
    if (u.plugin !== "terraform-plan") continue;
    const dir = path7.posix.dirname(u.id);
    if (roots.has(dir)) u.shardKey = dir;
  }
}
function dropSupersededBySourcesPlan(results) {
  const sources = /* @__PURE__ */ new Map();
  for (const r of results) if (r.format === "terraform") sources.set(r.unit, r);
  for (const plan of results) {
    if (!plan.covers) continue;
    const source = sources.get(plan.covers.unit);
    if (source) dropDoubleReadings(plan, source, plan.covers.resources);
  }
}
function dropDoubleReadings(plan, source, resources) {
  const resourceOf = (r) => r.resource === source.unit ? plan.unit : r.resource;
  const held = new Set(resources).add(plan.unit);
  const planWildcards = wildcardsOf([...source.findings, ...source.unknowns].map(resourceOf), [...held]);
  for (const w of planWildcards.keys()) held.add(w);
  const planSpeaks = new Set([...planWildcards.values()].flat().concat([...planWildcards.keys()]));
  const unknownsOf = (r) => {
    const n = /* @__PURE__ */ new Map();
    for (const u of r.unknowns) n.set(resourceOf(u), (n.get(resourceOf(u)) ?? 0) + 1);
    return n;
  };
  const planUnknowns = unknownsOf(plan);
  const sourceUnknowns = unknownsOf(source);
  const sourceSpeaks = (resource) => !planSpeaks.has(resource) && (sourceUnknowns.get(resource) ?? 0) < (planUnknowns.get(resource) ?? 0);
  const judged = (r) => new Set(r.findings.map((f) => `${f.ruleId}\0${resourceOf(f)}`));
  const planJudged = judged(plan);
  const wildcardsOfInstance = /* @__PURE__ */ new Map();
  for (const [wildcard, instances] of planWildcards)
    for (const i of instances) {
      const list = wildcardsOfInstance.get(i);
      if (list) list.push(wildcard);
      else wildcardsOfInstance.set(i, [wildcard]);
    }
  for (const f of plan.findings) for (const w of wildcardsOfInstance.get(resourceOf(f)) ?? []) planJudged.add(`${f.ruleId}\0${w}`);
  const sourceJudged = judged(source);
  const keep = (r, speaks, otherJudged) => {
    r.findings = r.findings.filter((f) => {
      const resource = resourceOf(f);
      return !held.has(resource) || speaks(resource) || !otherJudged.has(`${f.ruleId}\0${resource}`);
    });
    r.unknowns = r.unknowns.filter((u) => !held.has(resourceOf(u)) || speaks(resourceOf(u)));
  };
  keep(source, sourceSpeaks, planJudged);
  keep(plan, (resource) => !sourceSpeaks(resource), sourceJudged);
}
function wildcardsOf(addresses, planned) {
  const out = /* @__PURE__ */ new Map();
  let byShape;
  for (const address of new Set(addresses)) {
    if (!address.includes("[*]")) continue;
    if (!byShape) {
      byShape = /* @__PURE__ */ new Map();
      for (const p of planned) {
        const list = byShape.get(shapeOf(p));
        if (list) list.push(p);
        else byShape.set(shapeOf(p), [p]);
      }
    }
    const pattern = new RegExp(`^${address.split("[*]").map(escapeRegExp).join(INSTANCE_KEY)}$`);
    const instances = (byShape.get(shapeOf(address)) ?? []).filter((p) => pattern.test(p));
    if (instances.length) out.set(address, instances);
  }
  return out;
}
var shapeOf = (address) => address.replace(ANY_KEY, "[*]");
var INSTANCE_KEY = String.raw`\[(?:\d+|"(?:[^"\\]|\\.)*")\]`;
var ANY_KEY = new RegExp(String.raw`\[(?:\d+|"(?:[^"\\]|\\.)*"|\*)\]`, "g");
var escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// src/shard-nested-stacks.ts
var MAY_NAME_NESTED = /TemplateURL|Location|\\[uUx]|\\\r?\n/;
function shardNestedStacksWithParents(units, nestedOf, read = readText) {
  const templates = new Map(units.filter((u) => u.plugin === "cloudformation").map((u) => [u.id, u]));
  const group = new Groups();
  for (const unit of templates.values()) {
    for (const file of unit.files) {
      const text = read(file.abs);
      if (text === void 0 || !MAY_NAME_NESTED.test(text)) continue;
      for (const child of nestedOf(text, file.rel)) if (child !== unit.id && templates.has(child)) group.join(unit.id, child);
    }
  }
  for (const [id, unit] of templates) {
    const key = group.keyOf(id);
    if (key !== id) unit.shardKey = key;
  }
}
function readText(abs) {
  try {
    const r = readRegularFile(abs);
    return "bytes" in r ? decodeText(r.bytes) : void 0;
  } catch {
    return void 0;
  }
}
var Groups = class {
  parent = /* @__PURE__ */ new Map();
  find(id) {
    let root = id;
    for (let p = this.parent.get(root); p !== void 0 && p !== root; p = this.parent.get(root)) root = p;
    for (let at = id; at !== root; ) {
      const next = this.parent.get(at);
      this.parent.set(at, root);
      at = next;
    }
    return root;
  }
  join(a, b) {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
  keyOf(id) {
    return this.parent.has(id) ? this.find(id) : id;
  }
};

// src/scan-settings.ts
import { createHash } from "node:crypto";
import path8 from "node:path";
function stableJson(value) {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value && typeof value === "object") {
    const entries = Object.entries(value).filter(([, v]) => v !== void 0).sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}
function settingsDigest(options) {
  const { source: _source, ...config } = options.config;
  const paths = options.paths.map((p) => path8.relative(options.cwd, path8.resolve(options.cwd, p)).split(path8.sep).join("/") || ".");
  const text = stableJson({ paths, config, limits: options.limits });
  return createHash("sha256").update(text).digest("hex").slice(0, 16);
}
var COMMIT_ID = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;

// src/version.ts
var VERSION = "0.1.0";

// src/scan-findings-cap.ts
var ScanFindingsCap = class {
  constructor(max, letGo) {
    this.max = max;
    this.letGo = letGo;
  }
  max;
  letGo;
  total = 0;
  /** Index of the first unit let go; every unit after it is let go on arrival. */
  cut = Infinity;
  /** Indices of the units held, largest first (a binary max-heap). */
  heap = [];
  counts = /* @__PURE__ */ new Map();
  /** True for a unit planned after one already let go: it will be let go too, so need not be processed. */
  past(index) {
    return index > this.cut;
  }
  /** Takes in unit `index` with `count` findings and unknowns; false if it is let go at once. */
  admit(index, count) {
    if (this.past(index)) {
      this.letGo(index, count);
      return false;
    }
    this.total += count;
    this.counts.set(index, count);
    this.push(index);
    let kept = true;
    while (this.total > this.max) {
      const last = this.pop();
      const n = this.counts.get(last);
      this.counts.delete(last);
      this.total -= n;
      this.cut = Math.min(this.cut, last);
      if (last === index) kept = false;
      this.letGo(last, n);
    }
    return kept;
  }
  push(i) {
    const h = this.heap;
    let k = h.push(i) - 1;
    while (k > 0) {
      const up = k - 1 >> 1;
      if (h[up] >= i) break;
      h[k] = h[up];
      k = up;
    }
    h[k] = i;
  }
  pop() {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (h.length > 0) {
      let k = 0;
      for (; ; ) {
        const l = 2 * k + 1;
        if (l >= h.length) break;
        const c = l + 1 < h.length && h[l + 1] > h[l] ? l + 1 : l;
        if (h[c] <= last) break;
        h[k] = h[c];
        k = c;
      }
      h[k] = last;
    }
    return top;
  }
};
var UNIT_NOUN = { terraform: "configuration", "terraform-plan": "plan", cdk: "cloud assembly" };
function unreportedUnit(unit, format, max) {
  const what = UNIT_NOUN[unit.plugin] ?? "template";
  const limit = {
    code: "SCAN_FINDINGS_LIMIT",
    file: unit.files[0]?.rel ?? unit.id,
    line: 1,
    column: 1,
    message: `the findings of this ${what} are not reported: with them, the findings and unknowns of the units up to it in scan order would be more than limits.maxScanFindings (--max-scan-findings) allows, ${max}. Scan fewer files at once, or raise the limit`,
    level: "error"
  };
  return {
    unit: unit.id,
    format,
    findings: [parseErrorFinding(limit, format)],
    unknowns: [],
    problems: [limit],
    notes: [],
    debug: [],
    files: unit.files.length,
    bytes: unit.files.reduce((n, f) => n + f.size, 0),
    buckets: 0
  };
}
function wasLetGo(result) {
  return result.problems.some((p) => p.code === "SCAN_FINDINGS_LIMIT");
}

// src/unit-wire.ts
var VOCABULARY_LIMIT = 2e4;
var NONE = -1;
var localRef = (k) => -2 - k;
var localIndex = (ref) => -2 - ref;
function wireCount(wire) {
  return wire.findings.length / 15 /* stride */ + wire.unknowns.length / 5 /* stride */;
}
var WireEncoder = class {
  /** `arena`: where the rows go, when results are kept in this thread until the scan ends. */
  constructor(limit = VOCABULARY_LIMIT, arena) {
    this.limit = limit;
    this.arena = arena;
  }
  limit;
  arena;
  vocabulary = /* @__PURE__ */ new Map();
  fresh = [];
  ints(n) {
    return this.arena ? this.arena.ints(n) : new Int32Array(n);
  }
  encode(result) {
    const { findings, unknowns, ...rest2 } = result;
    try {
      return new MessageEncoder(this).build(rest2, findings, unknowns);
    } catch (e) {
      for (const w of this.fresh) this.vocabulary.delete(w);
      this.fresh = [];
      throw e;
    }
  }
  /** The word's number, or undefined once the vocabulary is full. */
  word(text) {
    const known = this.vocabulary.get(text);
    if (known !== void 0 || this.vocabulary.size >= this.limit) return known;
    const i = this.vocabulary.size;
    this.vocabulary.set(text, i);
    this.fresh.push(text);
    return i;
  }
  takeFresh() {
    const fresh = this.fresh;
    this.fresh = [];
    return fresh;
  }
};
var MessageEncoder = class {
  constructor(worker) {
    this.worker = worker;
  }
  worker;
  local = /* @__PURE__ */ new Map();
  strings = [];
  locationIndex = /* @__PURE__ */ new Map();
  locations = [];
  build(rest2, findings, unknowns) {
    const word = (text2) => this.worker.word(text2) ?? this.text(text2);
    const text = (t) => this.text(t);
    const at = (l) => this.location(l);
    const rows = this.worker.ints(findings.length * 15 /* stride */);
    const fingerprints = new FingerprintWriter(this.worker.ints((findings.length + unknowns.length) * 3));
    const extras = [];
    for (let i = 0; i < findings.length; i++) {
      const f = findings[i];
      const o = i * 15 /* stride */;
      rows[o + 0 /* ruleId */] = word(f.ruleId);
      rows[o + 1 /* severity */] = word(f.severity);
      rows[o + 2 /* messageId */] = word(f.messageId);
      rows[o + 3 /* message */] = text(f.message);
      rows[o + 4 /* location */] = at(f.location);
      rows[o + 5 /* resource */] = text(f.resource);
      rows[o + 6 /* format */] = word(f.format);
      rows[o + 7 /* suppressed */] = f.suppressed ? 1 : 0;
      rows[o + 8 /* fix */] = f.fix ? word(JSON.stringify(f.fix)) : NONE;
      const edit = f.edit;
      rows[o + 9 /* editFile */] = edit ? text(edit.file) : NONE;
      if (edit) {
        rows[o + 10 /* editStartLine */] = edit.startLine;
        rows[o + 11 /* editEndLine */] = edit.endLine;
        rows[o + 12 /* editReplacement */] = word(edit.replacement);
        rows[o + 13 /* editDescription */] = word(edit.description);
      }
      if (f.related.length || f.suppression) {
        rows[o + 14 /* extra */] = extras.length;
        extras.push(f.suppression ? { related: f.related, suppression: f.suppression } : { related: f.related });
      } else rows[o + 14 /* extra */] = NONE;
      fingerprints.add(i, f.fingerprint);
    }
    const unknownRows = this.worker.ints(unknowns.length * 5 /* stride */);
    for (let i = 0; i < unknowns.length; i++) {
      const u = unknowns[i];
      const o = i * 5 /* stride */;
      unknownRows[o + 0 /* ruleId */] = word(u.ruleId);
      unknownRows[o + 1 /* message */] = word(u.message);
      unknownRows[o + 2 /* why */] = text(u.why);
      unknownRows[o + 3 /* location */] = at(u.location);
      unknownRows[o + 4 /* resource */] = text(u.resource);
      fingerprints.add(findings.length + i, u.fingerprint);
    }
    return {
      rest: rest2,
      vocabulary: this.worker.takeFresh(),
      strings: this.strings,
      locations: this.locationRows(),
      findings: rows,
      unknowns: unknownRows,
      fingerprints: fingerprints.done(),
      extras
    };
  }
  locationRows() {
    const rows = this.worker.ints(this.locations.length);
    rows.set(this.locations);
    return rows;
  }
  text(t) {
    let k = this.local.get(t);
    if (k === void 0) {
      k = this.strings.length;
      this.local.set(t, k);
      this.strings.push(t);
    }
    return localRef(k);
  }
  /** By identity: a location object the unit shared between findings stays shared. */
  location(l) {
    let k = this.locationIndex.get(l);
    if (k === void 0) {
      k = this.locations.length / 6 /* stride */;
      this.locationIndex.set(l, k);
      this.locations.push(this.text(l.file), l.line, l.column, l.endLine, l.endColumn, this.text(l.path));
    }
    return k;
  }
};
var WireDecoder = class {
  /**
   * `pool` keeps one copy of a message's strings that other units repeat: templates that share
   * logical ids share their messages and paths, ~30 MB of copies on a 5,000-template scan.
   */
  constructor(pool) {
    this.pool = pool;
  }
  pool;
  vocabulary = [];
  /** One frozen fix object per distinct fix: findings share them rather than each holding a copy. */
  fixes = /* @__PURE__ */ new Map();
  /**
   * Takes in a message's strings, in the order messages arrive; `decode` may come later. A
   * received message holds ~100 bytes per finding where the decoded objects take ~400, so the
   * pool decodes only when the workers are gone and their heaps with them.
   */
  receive(wire) {
    for (const w of wire.vocabulary) this.vocabulary.push(this.pool.share(w));
    wire.vocabulary = [];
    const strings = wire.strings;
    for (let i = 0; i < strings.length; i++) strings[i] = this.pool.share(strings[i]);
    this.shareRest(wire.rest);
    return () => this.decode(wire);
  }
  /**
   * The file and unit names that problems and cross-stack links repeat, as the findings' are: a
   * copied message holds a string of its own for each (the 40,000-file Terraform tree's 44,000
   * linkable buckets and 23,000 problems held ≈ 8 MB of copies until the scan ended).
   */
  shareRest(rest2) {
    const share = (s) => this.pool.share(s);
    for (const p of rest2.problems) {
      p.code = share(p.code);
      p.file = share(p.file);
      p.level = share(p.level);
    }
    for (const b of rest2.stackLinks?.buckets ?? []) {
      b.unit = share(b.unit);
      b.file = share(b.file);
    }
    for (const p of rest2.stackLinks?.policies ?? []) {
      p.unit = share(p.unit);
      p.file = share(p.file);
    }
  }
  decode(wire) {
    const fingerprint2 = fingerprintReader(wire.fingerprints);
    const vocabulary = this.vocabulary;
    const strings = wire.strings;
    const str = (ref) => ref >= 0 ? vocabulary[ref] : strings[localIndex(ref)];
    const lrows = wire.locations;
    const locations = new Array(lrows.length / 6 /* stride */);
    for (let i = 0, o = 0; o < lrows.length; i++, o += 6 /* stride */) {
      locations[i] = {
        file: str(lrows[o + 0 /* file */]),
        line: lrows[o + 1 /* line */],
        column: lrows[o + 2 /* column */],
        endLine: lrows[o + 3 /* endLine */],
        endColumn: lrows[o + 4 /* endColumn */],
        path: str(lrows[o + 5 /* path */])
      };
    }
    const rows = wire.findings;
    const findings = new Array(rows.length / 15 /* stride */);
    for (let i = 0, o = 0; o < rows.length; i++, o += 15 /* stride */) {
      const extra = rows[o + 14 /* extra */] >= 0 ? wire.extras[rows[o + 14 /* extra */]] : void 0;
      const editFile = rows[o + 9 /* editFile */];
      findings[i] = {
        ruleId: str(rows[o + 0 /* ruleId */]),
        severity: str(rows[o + 1 /* severity */]),
        messageId: str(rows[o + 2 /* messageId */]),
        message: str(rows[o + 3 /* message */]),
        location: locations[rows[o + 4 /* location */]],
        resource: str(rows[o + 5 /* resource */]),
        format: str(rows[o + 6 /* format */]),
        related: extra?.related?.length ? extra.related : NO_RELATED,
        fix: rows[o + 8 /* fix */] !== NONE ? this.fix(str(rows[o + 8 /* fix */])) : void 0,
        edit: editFile !== NONE ? {
          file: str(editFile),
          startLine: rows[o + 10 /* editStartLine */],
          endLine: rows[o + 11 /* editEndLine */],
          replacement: str(rows[o + 12 /* editReplacement */]),
          description: str(rows[o + 13 /* editDescription */])
        } : void 0,
        fingerprint: fingerprint2(i),
        suppressed: rows[o + 7 /* suppressed */] === 1,
        suppression: extra?.suppression
      };
    }
    const urows = wire.unknowns;
    const unknowns = new Array(urows.length / 5 /* stride */);
    for (let i = 0, o = 0; o < urows.length; i++, o += 5 /* stride */) {
      unknowns[i] = {
        ruleId: str(urows[o + 0 /* ruleId */]),
        message: str(urows[o + 1 /* message */]),
        why: str(urows[o + 2 /* why */]),
        location: locations[urows[o + 3 /* location */]],
        resource: str(urows[o + 4 /* resource */]),
        fingerprint: fingerprint2(findings.length + i)
      };
    }
    return { ...wire.rest, findings, unknowns };
  }
  fix(json) {
    let fix = this.fixes.get(json);
    if (fix === void 0) {
      fix = deepFreeze(JSON.parse(json));
      this.fixes.set(json, fix);
    }
    return fix;
  }
};
function deepFreeze(value) {
  if (value !== null && typeof value === "object") {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
var FINGERPRINT = /^[0-9a-f]{24}$/;
var FingerprintWriter = class {
  words;
  other = [];
  /** `words`: three per fingerprint, zeroed. */
  constructor(words) {
    this.words = words;
  }
  add(i, fingerprint2) {
    if (!FINGERPRINT.test(fingerprint2)) {
      this.other.push([i, fingerprint2]);
      return;
    }
    for (let k = 0; k < 3; k++) this.words[i * 3 + k] = Number.parseInt(fingerprint2.slice(k * 8, k * 8 + 8), 16) | 0;
  }
  done() {
    return { words: this.words, other: this.other };
  }
};
function fingerprintReader({ words, other }) {
  const text = new Map(other);
  const bytes = Buffer.allocUnsafe(12);
  return (i) => {
    const known = text.get(i);
    if (known !== void 0) return known;
    for (let k = 0; k < 3; k++) bytes.writeInt32BE(words[i * 3 + k], k * 4);
    return bytes.toString("hex");
  };
}

// src/unit-reuse.ts
function resultCount(results) {
  return results.reduce((n, r) => n + r.findings.length + r.unknowns.length, 0);
}

// src/worker-pool.ts
import os from "node:os";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import v82 from "node:v8";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

// src/share-strings.ts
var StringPool = class {
  strings = /* @__PURE__ */ new Map();
  share(s) {
    const known = this.strings.get(s);
    if (known !== void 0) return known;
    this.strings.set(s, s);
    return s;
  }
};
function shareStrings(result, pool) {
  for (const f of result.findings) shareFinding(f, pool);
  for (const u of result.unknowns) shareUnknown(u, pool);
  return result;
}
function shareFinding(f, pool) {
  f.ruleId = pool.share(f.ruleId);
  f.severity = pool.share(f.severity);
  f.messageId = pool.share(f.messageId);
  f.message = pool.share(f.message);
  shareLocation(f.location, pool);
  f.resource = pool.share(f.resource);
  f.format = pool.share(f.format);
  if (f.related.length === 0) f.related = NO_RELATED;
  else for (const r of f.related) shareLocation(r.at, pool);
  if (f.fix && !Object.isFrozen(f.fix)) {
    f.fix.kind = pool.share(f.fix.kind);
    if ("field" in f.fix) f.fix.field = pool.share(f.fix.field);
  }
  if (f.edit) {
    f.edit.file = pool.share(f.edit.file);
    f.edit.replacement = pool.share(f.edit.replacement);
    f.edit.description = pool.share(f.edit.description);
  }
}
function shareUnknown(u, pool) {
  u.ruleId = pool.share(u.ruleId);
  u.message = pool.share(u.message);
  u.why = pool.share(u.why);
  shareLocation(u.location, pool);
  u.resource = pool.share(u.resource);
}
function shareLocation(at, pool) {
  if (Object.isFrozen(at)) return;
  at.file = pool.share(at.file);
  at.path = pool.share(at.path);
}

// src/row-arena.ts
var CHUNK_INTS = 1024 * 1024;
var RowArena = class {
  constructor(chunkInts = CHUNK_INTS) {
    this.chunkInts = chunkInts;
  }
  chunkInts;
  chunk = new Int32Array(0);
  used = 0;
  /** `n` zeroed integers. */
  ints(n) {
    if (n > this.chunkInts / 8) return new Int32Array(n);
    if (this.used + n > this.chunk.length) {
      this.chunk = new Int32Array(this.chunkInts);
      this.used = 0;
    }
    const view = this.chunk.subarray(this.used, this.used + n);
    this.used += n;
    return view;
  }
  /** `rows` moved into the arena: a worker's message arrives in buffers of its own size. */
  copy(rows) {
    const out = this.ints(rows.length);
    out.set(rows);
    return out;
  }
};

// src/worker-pool.ts
var ROLE = "s3-gate-worker";
var WORKER_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 48 };
var MAIN_UNIT_BYTES = 256 * 1024;
var MAIN_SLICE_MS = 10;
var IN_FLIGHT = 2;
var IN_FLIGHT_WHILE_MAIN_HELPS = 6;
var HEAP_GROWING_PERCENT = 20;
function tuneCollector(mainScans) {
  v82.setFlagsFromString("--no-allocation-site-pretenuring");
  if (mainScans) v82.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
var SHARE_AFTER_FINDINGS = 1e5;
var SHARE_ALL_AFTER_BYTES = 32 * 1024 * 1024;
var unitBytes = (u) => u.files.reduce((n, f) => n + f.size, 0);
var HEAP_MB_PER_INPUT_MB = 48;
var MAX_OLD_GENERATION_MB = 1024;
function workerLimits(units) {
  const largestMb = units.reduce((n, u) => Math.max(n, unitBytes(u)), 0) / (1024 * 1024);
  const needed = Math.ceil(largestMb * HEAP_MB_PER_INPUT_MB);
  const old = Math.min(MAX_OLD_GENERATION_MB, Math.max(WORKER_LIMITS.maxOldGenerationSizeMb, needed));
  return { ...WORKER_LIMITS, maxOldGenerationSizeMb: old };
}
function isPoolWorker() {
  return !isMainThread && workerData?.role === ROLE;
}
function serveUnits() {
  const job = workerData.job;
  const encoder = new WireEncoder();
  const serve = async (msg) => {
    let wire;
    try {
      await loadPlugins([msg.unit.plugin]);
      wire = encoder.encode(processUnit(msg.unit, job));
    } catch (e) {
      parentPort.postMessage({ index: msg.index, error: e instanceof Error ? e.stack ?? e.message : String(e) });
      return;
    }
    parentPort.postMessage({ index: msg.index, wire });
  };
  parentPort.on("message", (msg) => void serve(msg));
}
var keptAsIs = (r) => ({ held: r, count: r.findings.length + r.unknowns.length });
function keptWire(wire, decoder, arena) {
  if (arena) {
    wire.locations = arena.copy(wire.locations);
    wire.findings = arena.copy(wire.findings);
    wire.unknowns = arena.copy(wire.unknowns);
    wire.fingerprints.words = arena.copy(wire.fingerprints.words);
  }
  return { held: decoder.receive(wire), count: wireCount(wire) };
}
var NO_ROWS = new Int32Array(0);
function copyStrings(wire) {
  const { locations, findings, unknowns } = wire;
  const words = wire.fingerprints.words;
  const copy = structuredClone({
    ...wire,
    locations: NO_ROWS,
    findings: NO_ROWS,
    unknowns: NO_ROWS,
    fingerprints: { ...wire.fingerprints, words: NO_ROWS }
  });
  return { ...copy, locations, findings, unknowns, fingerprints: { ...copy.fingerprints, words } };
}
function keepMainThread(result, encoder, decoder, pool) {
  let wire;
  try {
    wire = encoder.encode(result);
  } catch {
    const kept = shareStrings(result, pool);
    return { held: () => kept, count: keptAsIs(kept).count };
  }
  let copy = wire;
  try {
    copy = copyStrings(wire);
  } catch {
  }
  return keptWire(copy, decoder);
}
var HeldResults = class {
  results;
  cap;
  unreported;
  /** Findings and unknowns put, whether or not let go since. */
  count = 0;
  constructor(units, max) {
    this.results = new Array(units.length);
    this.unreported = (i) => void (this.results[i] = unreportedUnit(units[i], formatOfPlugin(units[i].plugin), max));
    this.cap = new ScanFindingsCap(max, this.unreported);
  }
  put(i, kept) {
    this.results[i] = kept.held;
    this.count += kept.count;
    this.cap.admit(i, kept.count);
  }
  /**
   * False, with the unit's result already in place, for a unit planned after one whose findings are
   * not reported: it would not be reported either, so it is not processed.
   */
  wanted(i) {
    if (!this.cap.past(i)) return true;
    this.unreported(i);
    return false;
  }
  /** Every result, decoded in place, so that each message is garbage as soon as its unit is decoded. */
  take() {
    const results = this.results;
    const large = this.count > COLLECT_AFTER_FINDINGS;
    if (large) collectGarbage();
    for (let i = 0; i < results.length; i++) {
      const r = results[i];
      if (typeof r === "function") results[i] = r();
    }
    if (large) collectGarbage();
    return results;
  }
};
function runInMainThread(units, job, pool, rowsAfter = SHARE_AFTER_FINDINGS) {
  let held = 0;
  const encoder = new WireEncoder(void 0, new RowArena());
  const decoder = new WireDecoder(pool);
  const results = new HeldResults(units, job.limits.maxScanFindings);
  units.forEach((unit, i) => {
    if (!results.wanted(i)) return;
    const result = processUnit(unit, job);
    held += result.findings.length;
    results.put(i, held > rowsAfter ? keepMainThread(result, encoder, decoder, pool) : keptAsIs(result));
  });
  return results.take();
}
function autoPool(units, entryUrl2, cores = os.availableParallelism()) {
  if (!entryUrl2 || !entryUrl2.endsWith(".js")) return { workers: 0, mainHelps: false };
  const large = (some) => some.length >= 8 && some.reduce((n, u) => n + unitBytes(u), 0) >= 4 * 1024 * 1024;
  if (!large(units)) return { workers: 0, mainHelps: false };
  if (cores <= 2 && !large(units.filter((u) => u.plugin !== "terraform"))) return { workers: 0, mainHelps: false };
  return { workers: Math.max(1, Math.min(cores - 1, 4, units.length)), mainHelps: true };
}
var MAX_WORKERS = 64;
async function runUnits(units, job, requestedWorkers, entryUrl2, limits = workerLimits(units), mainHelps = false) {
  const workers = Math.min(requestedWorkers, units.length, MAX_WORKERS);
  tuneCollector(mainHelps || workers <= 0 || !entryUrl2);
  const pool = new StringPool();
  const inProcess = (unit) => shareStrings(processUnit(unit, job), pool);
  if (workers <= 0 || !entryUrl2)
    return runInMainThread(units, job, pool, units.reduce((n, u) => n + unitBytes(u), 0) > SHARE_ALL_AFTER_BYTES ? 0 : SHARE_AFTER_FINDINGS);
  const script = fileURLToPath(entryUrl2);
  const results = new HeldResults(units, job.limits.maxScanFindings);
  const arena = new RowArena();
  const order = units.map((u, i) => ({ i, bytes: unitBytes(u) })).sort((a, b) => b.bytes - a.bytes).map((o) => o.i);
  let next = 0;
  let last = order.length - 1;
  const returned = [];
  const takeAny = () => returned.pop() ?? (next <= last ? order[next++] : void 0);
  const take = () => {
    for (let i = takeAny(); i !== void 0; i = takeAny()) if (results.wanted(i)) return i;
    return void 0;
  };
  const takeSmall = () => {
    while (next <= last && unitBytes(units[order[last]]) < MAIN_UNIT_BYTES) {
      const i = order[last--];
      if (results.wanted(i)) return i;
    }
    return void 0;
  };
  const remaining = () => returned.length > 0 || next <= last;
  const inFlightTarget = mainHelps ? IN_FLIGHT_WHILE_MAIN_HELPS : IN_FLIGHT;
  const slot = (failedStarts) => new Promise((resolve, reject) => {
    const w = new Worker(script, { workerData: { role: ROLE, job }, resourceLimits: limits });
    const decoder = new WireDecoder(pool);
    const inFlight = /* @__PURE__ */ new Set();
    let done = 0;
    let gone = false;
    const feed = () => {
      const i = take();
      if (i !== void 0) {
        inFlight.add(i);
        w.postMessage({ index: i, unit: units[i] });
      } else if (inFlight.size === 0) {
        gone = true;
        void w.terminate().then(() => resolve());
      }
    };
    const died = (why, outOfMemory = false) => {
      if (gone) return;
      gone = true;
      try {
        const [current, ...queued] = inFlight;
        if (current !== void 0 && results.wanted(current)) {
          const r = inProcess(units[current]);
          r.debug.push(`worker ${why} on ${units[current].id}; processed in the main thread instead`);
          results.put(current, keptAsIs(r));
        }
        returned.push(...queued.reverse());
        const failed = done === 0 && !outOfMemory ? failedStarts + 1 : 0;
        if (failed >= 2) {
          for (let i = take(); i !== void 0; i = take()) results.put(i, keptAsIs(inProcess(units[i])));
          resolve();
        } else if (!remaining()) resolve();
        else slot(failed).then(resolve, reject);
      } catch (e) {
        reject(e);
      }
    };
    w.on("message", (msg) => {
      inFlight.delete(msg.index);
      done++;
      feed();
      try {
        results.put(msg.index, msg.error ? keptAsIs(inProcess(units[msg.index])) : keptWire(msg.wire, decoder, arena));
      } catch (e) {
        gone = true;
        void w.terminate();
        reject(e);
      }
    });
    w.on(
      "error",
      (e) => e.code === "ERR_WORKER_OUT_OF_MEMORY" ? died("ran out of memory", true) : died(`failed (${e.message})`)
    );
    w.on("exit", (code) => died(`exited with code ${code}`));
    for (let k = 0; k < inFlightTarget; k++) feed();
  });
  const helpInMainThread = async () => {
    const encoder = new WireEncoder(void 0, arena);
    const decoder = new WireDecoder(pool);
    for (; ; ) {
      const until = performance.now() + MAIN_SLICE_MS;
      do {
        const i = takeSmall();
        if (i === void 0) return;
        results.put(i, keepMainThread(processUnit(units[i], job), encoder, decoder, pool));
      } while (performance.now() < until);
      await new Promise((resolve) => setImmediate(resolve));
    }
  };
  await Promise.all([...Array.from({ length: workers }, () => slot(0)), ...mainHelps ? [helpInMainThread()] : []]);
  return results.take();
}

// src/scan.ts
var entryUrl;
function setEntryUrl(url) {
  entryUrl = url;
}
function shardOf(unitId, count) {
  const h = createHash2("sha1").update(unitId).digest();
  return h.readUInt32BE(0) % count + 1;
}
function* filesOf(units) {
  for (const u of units) for (const f of u.files) yield f.rel;
}
function readsBesides(selected, results, units) {
  const out = { counted: /* @__PURE__ */ new Map(), elsewhere: /* @__PURE__ */ new Map(), empty: [] };
  results.forEach((r, i) => {
    if (!r.files) for (const f of selected[i].files) out.empty.push(f.rel);
  });
  if (!results.some((r) => r.reads)) return out;
  const empty = new Set(out.empty);
  const here = new Set(filesOf(selected));
  const planned = selected === units ? here : new Set(filesOf(units));
  for (const r of results)
    for (const [file, bytes] of r.reads ?? []) {
      if (!planned.has(file) || empty.has(file)) out.counted.set(file, bytes);
      else if (!here.has(file)) out.elsewhere.set(file, bytes);
    }
  return out;
}
var counted = (n, noun) => `${n} ${plural(n, noun)}`;
var plural = (n, noun) => n === 1 ? noun : `${noun}s`;
var resourceOrder = new Intl.Collator("en", { numeric: true });
var byText = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function compareFindings(a, b) {
  return comparePlaces(a, b) || byText(a.fingerprint, b.fingerprint) || byText(a.message, b.message);
}
function comparePlaces(a, b) {
  return byText(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || byText(a.ruleId, b.ruleId) || (a.resource === b.resource ? 0 : resourceOrder.compare(a.resource, b.resource));
}
var compareUnknowns = compareFindings;
function linkStacks(result, links) {
  const title = (id) => rulesById.get(id)?.meta.title ?? id;
  const { findings, linked, cut: cut2 } = linkForeignPolicies(result.findings, result.unknowns, links, title);
  if (cut2)
    result.notes.push(
      `cross-stack links were weighed for ${MAX_LINK_PAIRS.toLocaleString("en-US")} bucket and policy pairs and no more: findings about a missing bucket policy past them stay`
    );
  result.findings = findings;
  if (linked > 0)
    result.notes.push(
      `${counted(linked, "finding")} about a missing bucket policy or statement went, or became unknown: a bucket policy in another template or root module is, or may be, for that bucket`
    );
}
function dropRepeats(sorted, same) {
  return sorted.filter((x, i) => i === 0 || !same(sorted[i - 1], x));
}
var sameUnknown = (a, b) => comparePlaces(a, b) === 0 && a.resource === b.resource && a.message === b.message && a.why === b.why;
var sameProblem = (a, b) => compareProblems(a, b) === 0 && a.level === b.level;
function compareProblems(a, b) {
  return byText(a.file, b.file) || a.line - b.line || a.column - b.column || byText(a.code, b.code) || byText(a.message, b.message);
}
async function scan(options, logger) {
  const t0 = performance2.now();
  const roots = resolveRoots(options.paths, options.cwd);
  const found = await logger.group("Finding files", async () => discover(roots, options.cwd, options.limits.maxFileBytes, logger));
  const candidates = [...found.files];
  const units = [];
  for (const plugin of plugins) {
    appendAll(units, plugin.plan(candidates, { roots, cwd: options.cwd, debug: (m) => logger.debug(m) }));
  }
  for (const f of found.files) f.head = "";
  shardPlansWithTheirSources(units);
  if (options.shard && units.some((u) => u.plugin === "cloudformation")) {
    const { nestedTemplatePaths } = await import("./chunks/nested-template-file-ACSRLJ2B.js");
    shardNestedStacksWithParents(units, (text, file) => nestedTemplatePaths(text, file, options.limits));
  }
  let selected = units;
  let discoveryProblems = found.problems;
  if (options.shard) {
    const { index, count } = options.shard;
    selected = units.filter((u) => shardOf(u.shardKey ?? u.id, count) === index);
    discoveryProblems = found.problems.filter((p) => shardOf(p.file, count) === index);
    logger.info(`shard ${index}/${count}: ${selected.length} of ${counted(units.length, "unit")}`);
  }
  const job = {
    roots,
    cwd: options.cwd,
    limits: options.limits,
    severity: options.config.severity,
    disabled: options.config.disable,
    // The profile (default when none) decides which rules run; `rules:`/`disable:`/`enable:` adjust it.
    enabled: activeRuleIds(options.config, rules),
    allowInline: options.config.allowInlineSuppressions,
    now: options.now.toISOString()
  };
  const reuse = options.reuse;
  if (reuse?.role === "keep") job.recordInputs = true;
  const taken = reuse?.role === "take" ? reuse.store.takeOver(selected, job) : /* @__PURE__ */ new Map();
  const toRun = taken.size ? selected.filter((_, i) => !taken.has(i)) : selected;
  const { workers, mainHelps } = options.workers === void 0 ? autoPool(toRun, entryUrl) : { workers: options.workers, mainHelps: true };
  await loadPlugins(selected.map((u) => u.plugin));
  const t1 = performance2.now();
  const run = (units2) => runUnits(units2, job, workers, entryUrl, workerLimits(units2), mainHelps);
  let results = await logger.group("Scanning", async () => withTaken(selected, taken, await run(toRun)));
  if (taken.size && (resultCount(results) > job.limits.maxScanFindings || results.some(wasLetGo))) results = await run(selected);
  if (reuse?.role === "keep") reuse.store.keep(selected, results, job);
  results = withParentParameters(selected, results, job, logger, units);
  results = withPlanVariables(selected, results, job, logger);
  if (taken.size)
    logger.info(`took over ${taken.size} of ${counted(selected.length, "unit")} from the head scan: every file they read is the same`);
  const result = {
    tool: { name: "s3-gate", version: VERSION },
    cwd: options.cwd,
    roots,
    findings: [],
    unknowns: [],
    problems: [...discoveryProblems],
    notes: [],
    stats: { files: 0, bytes: 0, units: 0, byFormat: {}, buckets: 0, durationMs: 0 },
    ...options.shard ? {
      shard: {
        ...options.shard,
        settings: settingsDigest(options),
        ...options.commit ? { commit: options.commit } : {},
        maxScanFindings: options.limits.maxScanFindings
      }
    } : {}
  };
  for (const p of discoveryProblems) if (p.level === "error") result.findings.push(parseErrorFinding(p, "cloudformation"));
  dropSupersededBySourcesPlan(results);
  for (const r of results) {
    for (const d of r.debug) logger.debug(d);
    appendAll(result.findings, r.findings);
    appendAll(result.unknowns, r.unknowns);
    appendAll(result.problems, r.problems);
    appendAll(result.notes, r.notes);
    result.stats.files += r.files;
    result.stats.bytes += r.bytes;
    result.stats.buckets += r.buckets;
    if (!r.files) continue;
    result.stats.units++;
    result.stats.byFormat[r.format] = (result.stats.byFormat[r.format] ?? 0) + r.files;
  }
  const reads = readsBesides(selected, results, units);
  for (const bytes of reads.counted.values()) {
    result.stats.files++;
    result.stats.bytes += bytes;
  }
  if (result.shard) {
    const sorted = (m) => [...m].sort(([a], [b]) => byText(a, b));
    if (reads.counted.size) result.shard.reads = sorted(reads.counted);
    if (reads.elsewhere.size) result.shard.readsElsewhere = sorted(reads.elsewhere);
    if (reads.empty.length) result.shard.empty = reads.empty.sort(byText);
  }
  result.findings = dropDuplicates(result.findings);
  applyConfig(result, options.config, rules, options.now, [...filesOf(units), ...reads.counted.keys(), ...reads.elsewhere.keys()]);
  const links = joinLinks(results.map((r) => r.stackLinks));
  if (result.shard) {
    if (links.buckets.length > 0 || links.policies.length > 0 || links.forwards) result.shard.links = links;
  } else linkStacks(result, links);
  result.findings.sort(compareFindings);
  result.problems = dropRepeats(result.problems.sort(compareProblems), sameProblem);
  result.unknowns = dropRepeats(result.unknowns.sort(compareUnknowns), sameUnknown);
  result.notes = [...new Set(result.notes)].sort();
  if (result.findings.length > COLLECT_AFTER_FINDINGS) collectGarbage();
  result.stats.durationMs = Math.round(performance2.now() - t0);
  const started = entryUrl ? Math.max(0, Math.min(workers, toRun.length, MAX_WORKERS)) : 0;
  logger.info(
    `scanned ${counted(result.stats.files, "file")} (${counted(result.stats.units, "unit")}, ${counted(result.stats.buckets, "bucket")}) in ${result.stats.durationMs} ms (discovery ${Math.round(t1 - t0)} ms${started ? `, ${counted(started, "worker")}${mainHelps ? " and the main thread" : ""}` : ""}); ${counted(result.findings.filter((f) => !f.suppressed).length, "finding")}`
  );
  return result;
}
function withParentParameters(units, results, job, logger, planned) {
  const final = readWithParentParameters(units, results, job, logger);
  warnMissingChildren(final, planned);
  return final;
}
function readWithParentParameters(units, results, job, logger) {
  const readWith = /* @__PURE__ */ new Map();
  for (let round = 1; ; round++) {
    const byChild = callsByChild(results);
    if (!byChild.size) return results;
    let again = false;
    results = results.map((r, i) => {
      const unit = units[i];
      const child = unit.plugin === "cloudformation" ? byChild.get(unit.id) : void 0;
      if (!child?.passed.size || wasLetGo(r)) return r;
      let passed = [...child.passed].map(([name, { value, calls }]) => [
        name,
        calls === child.calls || value === null ? value : typeof value === "string" ? { orDefault: value } : null
      ]);
      const key = JSON.stringify(passed);
      if (readWith.get(unit.id) === key) return r;
      readWith.set(unit.id, key);
      again = true;
      if (round === MAX_NESTING_ROUNDS) passed = passed.map(([name]) => [name, null]);
      logger.debug(`${unit.id}: scanned again with the parameters its parent stack passes`);
      return processUnit(unit, { ...job, passedParameters: { [unit.id]: passed } });
    });
    if (!again || round === MAX_NESTING_ROUNDS) return results;
  }
}
var MAX_NESTING_ROUNDS = 8;
function callsByChild(results) {
  const byChild = /* @__PURE__ */ new Map();
  for (const r of results) {
    for (const call of r.nestedStacks ?? []) {
      let child = byChild.get(call.child);
      if (!child) byChild.set(call.child, child = { calls: 0, passed: /* @__PURE__ */ new Map() });
      child.calls++;
      for (const [name, value] of call.passed) {
        const seen = child.passed.get(name);
        if (!seen) child.passed.set(name, { value, calls: 1 });
        else {
          seen.calls++;
          if (!sameCallValue(seen.value, value)) seen.value = null;
        }
      }
    }
  }
  return byChild;
}
function warnMissingChildren(results, planned) {
  let ids;
  for (const r of results) {
    for (const call of r.nestedStacks ?? []) {
      ids ??= new Set(planned.map((u) => u.id));
      if (ids.has(call.child)) continue;
      r.problems.push({
        code: "NESTED_TEMPLATE_MISSING",
        file: call.at.file,
        line: call.at.line,
        column: call.at.column,
        message: `the nested stack's template ${call.child} is not in the scan (no such file, or not a template); its resources were not checked`,
        level: "warning"
      });
    }
  }
}
function withPlanVariables(units, results, job, logger) {
  const byUnit = /* @__PURE__ */ new Map();
  for (const r of results) {
    if (!r.covers) continue;
    let entry = byUnit.get(r.covers.unit);
    if (!entry) byUnit.set(r.covers.unit, entry = { plans: 0, values: /* @__PURE__ */ new Map() });
    entry.plans++;
    for (const [name, json] of r.covers.variables ?? []) {
      const seen = entry.values.get(name);
      if (!seen) entry.values.set(name, { json, plans: 1 });
      else entry.values.set(name, { json: seen.json === json ? json : null, plans: seen.plans + 1 });
    }
  }
  return results.map((r, i) => {
    const unit = units[i];
    const entry = unit.plugin === "terraform" ? byUnit.get(unit.id) : void 0;
    if (!entry?.values.size || wasLetGo(r)) return r;
    const values = [...entry.values].map(([name, v]) => [name, v.plans === entry.plans ? v.json : null]);
    logger.debug(`${unit.id}: scanned again with the variables of the plan read beside it`);
    return processUnit(unit, { ...job, planVariables: { [unit.id]: values } });
  });
}
function withTaken(units, taken, ran) {
  if (!taken.size) return ran;
  let next = 0;
  return units.map((_, i) => taken.get(i) ?? ran[next++]);
}
function dropDuplicates(findings) {
  findings.sort(compareFindings);
  const kept = [];
  let run = 0;
  let byKey;
  for (const f of findings) {
    const last = kept[kept.length - 1];
    if (last === void 0 || comparePlaces(last, f) !== 0) {
      run = kept.length;
      byKey = void 0;
      kept.push(f);
      continue;
    }
    let same = -1;
    if (byKey) same = byKey.get(duplicateKey(f)) ?? -1;
    else {
      for (let i = run; i < kept.length; i++)
        if (kept[i].message === f.message && kept[i].resource === f.resource) {
          same = i;
          break;
        }
      if (same === -1 && kept.length - run >= LONG_RUN) {
        byKey = /* @__PURE__ */ new Map();
        for (let i = run; i < kept.length; i++) byKey.set(duplicateKey(kept[i]), i);
      }
    }
    if (same !== -1) {
      if (preferred(f, kept[same])) kept[same] = f;
      continue;
    }
    byKey?.set(duplicateKey(f), kept.length);
    kept.push(f);
  }
  return kept;
}
var LONG_RUN = 16;
function preferred(a, b) {
  const plainA = a.fingerprint === fingerprint(a.ruleId, a.resource, a.location.file, a.location.path);
  const plainB = b.fingerprint === fingerprint(b.ruleId, b.resource, b.location.file, b.location.path);
  return plainA !== plainB ? plainA : a.fingerprint < b.fingerprint;
}
var duplicateKey = (f) => `${f.resource}\0${f.message}`;

// src/merge/merge-scans.ts
var MergeError = class extends ConfigurationError {
  name = "MergeError";
};
function checkShards(parts, version) {
  if (parts.length === 0) throw new MergeError("No shard results to merge.");
  for (const p of parts) {
    if (p.result.tool.version !== version) {
      throw new MergeError(
        `${p.source} was written by s3-gate ${p.result.tool.version}, but this is ${version}; run the shards and the merge with the same version (the same action ref).`
      );
    }
  }
  const unsharded = parts.filter((p) => !p.result.shard);
  if (unsharded.length > 0) {
    if (parts.length === 1) return [...parts];
    throw new MergeError(
      `${unsharded[0].source} is not a shard result (it was scanned without \`shard\`); merge only the n results of one sharded scan.`
    );
  }
  const count = parts[0].result.shard.count;
  const byIndex = /* @__PURE__ */ new Map();
  for (const p of parts) {
    const s = p.result.shard;
    if (s.count !== count) {
      throw new MergeError(
        `${p.source} is shard ${s.index}/${s.count}, but ${parts[0].source} is one of ${count}; all shards must use the same n.`
      );
    }
    const other = byIndex.get(s.index);
    if (other) throw new MergeError(`${other.source} and ${p.source} are both shard ${s.index}/${count}.`);
    byIndex.set(s.index, p);
  }
  const first = parts[0];
  const a = first.result.shard;
  for (const p of parts) {
    const b = p.result.shard;
    if ((a.settings ?? null) !== (b.settings ?? null)) {
      throw new MergeError(
        `${p.source} and ${first.source} were scanned with different paths, configuration or limits (settings ${b.settings ?? "unrecorded"} and ${a.settings ?? "unrecorded"}); run every shard with the same options.`
      );
    }
    if ((a.folder ?? null) !== (b.folder ?? null)) {
      throw new MergeError(
        `${p.source} and ${first.source} were scanned in different folders of the repository (${shown(b.folder)} and ${shown(a.folder)}); run every shard from the same folder.`
      );
    }
    if ((a.commit ?? null) !== (b.commit ?? null)) {
      throw new MergeError(
        `${p.source} and ${first.source} are of different commits (${b.commit?.slice(0, 7) ?? "unrecorded"} and ${a.commit?.slice(0, 7) ?? "unrecorded"}); merge only the shards of one run.`
      );
    }
  }
  checkRuns(parts);
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length > 0) {
    throw new MergeError(
      `Shard${missing.length === 1 ? "" : "s"} ${missing.map((i) => `${i}/${count}`).join(", ")} ${missing.length === 1 ? "is" : "are"} missing; a merge without ${missing.length === 1 ? "it" : "them"} would hide ${missing.length === 1 ? "its" : "their"} findings. Did a shard job fail or its artifact not download?`
    );
  }
  return Array.from({ length: count }, (_, i) => byIndex.get(i + 1));
}
function checkRuns(parts) {
  const withRun = parts.filter((p) => p.run);
  const first = withRun[0];
  if (!first) return;
  const same = (what, value) => {
    const want = value(first.run);
    const other = withRun.find((p) => value(p.run) !== want);
    if (other) throw new MergeError(`${other.source} and ${first.source} differ in ${what}; they are not shards of one scan.`);
  };
  same("the repository", (r) => r.repository.toLowerCase());
  same("the commit", (r) => r.headSha);
  same("the pull request", (r) => r.pullRequest ?? null);
  same("the scanned directory", (r) => r.pathPrefix);
  same("the checkout folder", (r) => r.checkout ?? null);
}
var shown = (folder) => folder === void 0 ? "unrecorded" : folder === "" ? "the root" : `"${folder}"`;
function pastScanLimit(merged, held, limit) {
  if (limit === void 0 || held <= limit || merged.problems.some((p) => p.code === "SCAN_FINDINGS_LIMIT")) return void 0;
  const past = merged.findings[Math.min(limit, merged.findings.length - 1)] ?? merged.findings[0];
  const file = past?.location.file ?? merged.unknowns[0]?.location.file ?? ".";
  const problem = {
    code: "SCAN_FINDINGS_LIMIT",
    file,
    line: 1,
    column: 1,
    message: `the shards together hold ${held.toLocaleString("en-US")} findings and unknowns, more than the ${limit.toLocaleString("en-US")} one scan holds (max-scan-findings): one scan would have left the units past it out of its report; the merge reports them all`,
    level: "error"
  };
  return { problem, finding: parseErrorFinding(problem, past?.format ?? "cloudformation") };
}
var problemKey = (p) => `${p.code}\0${p.file}\0${p.line}\0${p.column}`;
function mergeScanResults(parts, version) {
  const shards = checkShards(parts, version);
  if (shards.length === 1 && !shards[0].result.shard) return shards[0].result;
  const first = shards[0].result;
  const merged = {
    tool: { name: "s3-gate", version },
    cwd: first.cwd,
    roots: first.roots,
    findings: [],
    unknowns: [],
    problems: [],
    notes: [],
    stats: { files: 0, bytes: 0, units: 0, byFormat: {}, buckets: 0, durationMs: 0 }
  };
  const config = /* @__PURE__ */ new Map();
  const notes = /* @__PURE__ */ new Set();
  const reads = /* @__PURE__ */ new Map();
  const elsewhere = /* @__PURE__ */ new Map();
  const empty = /* @__PURE__ */ new Set();
  let held = 0;
  for (const { result } of shards) {
    held += result.unknowns.length;
    for (const f of result.findings) if (f.ruleId !== "parse-error") held++;
    appendAll(merged.findings, result.findings);
    appendAll(merged.unknowns, result.unknowns);
    for (const p of result.problems) {
      if (!CONFIG_WARNING_CODES.has(p.code)) {
        merged.problems.push(p);
        continue;
      }
      const key = problemKey(p);
      const seen = config.get(key);
      if (!seen) config.set(key, { problem: p, shards: 1 });
      else {
        seen.shards++;
        if (p.code === "EXCEPTION_EXPIRED" && p.message.length > seen.problem.message.length) seen.problem = p;
      }
    }
    for (const n of result.notes) notes.add(n);
    const s = result.stats;
    const shardReads = result.shard?.reads ?? [];
    merged.stats.files += Math.max(0, s.files - shardReads.length);
    merged.stats.bytes += Math.max(0, s.bytes - shardReads.reduce((n, [, bytes]) => n + bytes, 0));
    for (const [file, bytes] of shardReads) reads.set(file, bytes);
    for (const [file, bytes] of result.shard?.readsElsewhere ?? []) elsewhere.set(file, bytes);
    for (const file of result.shard?.empty ?? []) empty.add(file);
    merged.stats.units += s.units;
    merged.stats.buckets += s.buckets;
    merged.stats.durationMs = Math.max(merged.stats.durationMs, s.durationMs);
    for (const [format, n] of Object.entries(s.byFormat)) {
      merged.stats.byFormat[format] = (merged.stats.byFormat[format] ?? 0) + n;
    }
  }
  for (const [file, bytes] of elsewhere) if (empty.has(file) && !reads.has(file)) reads.set(file, bytes);
  for (const bytes of reads.values()) {
    merged.stats.files++;
    merged.stats.bytes += bytes;
  }
  const order = plugins.map((p) => p.format);
  merged.stats.byFormat = Object.fromEntries(
    Object.entries(merged.stats.byFormat).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b))
  );
  for (const { problem, shards: n } of config.values()) {
    if ((problem.code === "UNUSED_EXCEPTION" || problem.code === "INCLUDE_UNMATCHED") && n < shards.length) continue;
    merged.problems.push(problem);
  }
  merged.findings = dropDuplicates(merged.findings);
  linkStacks(merged, joinLinks(shards.map((s) => s.result.shard?.links)));
  merged.findings.sort(compareFindings);
  const limitProblem = pastScanLimit(merged, held, first.shard?.maxScanFindings);
  if (limitProblem) merged.findings = [...merged.findings, limitProblem.finding].sort(compareFindings);
  if (limitProblem) merged.problems.push(limitProblem.problem);
  merged.problems = dropRepeats(merged.problems.sort(compareProblems), sameProblem);
  merged.unknowns = dropRepeats(merged.unknowns.sort(compareUnknowns), sameUnknown);
  merged.notes = [.../* @__PURE__ */ new Set([...notes, ...merged.notes])].sort();
  return merged;
}

// src/options.ts
function parseThreshold(value, name) {
  const v = value.trim().toLowerCase();
  if (!isThreshold(v))
    throw new ConfigurationError(`Expected \`${name}\` to be one of ${[...SEVERITIES, "none"].join(", ")}; got "${value}".`);
  return v;
}
var MAX_SHARDS = 256;
function parseShard(value) {
  const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value.trim());
  if (!m) throw new ConfigurationError(`Expected \`shard\` to look like "1/4"; got "${value}".`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new ConfigurationError(`Expected \`shard\` i/n with 1 \u2264 i \u2264 n; got "${value}".`);
  if (count > MAX_SHARDS) throw new ConfigurationError(`Expected \`shard\` i/n with n at most ${MAX_SHARDS}; got "${value}".`);
  return { index, count };
}
function makeScanOptions(partial) {
  return {
    paths: partial.paths?.length ? partial.paths : ["."],
    cwd: partial.cwd,
    failOn: partial.failOn ?? "high",
    config: partial.config ?? EMPTY_CONFIG,
    limits: { ...DEFAULT_LIMITS, ...partial.limits },
    workers: partial.workers,
    shard: partial.shard,
    now: partial.now ?? /* @__PURE__ */ new Date(),
    ...partial.commit ? { commit: partial.commit } : {},
    ...partial.reuse ? { reuse: partial.reuse } : {}
  };
}

// src/merge/read-shards.ts
import fs6 from "node:fs/promises";
import path9 from "node:path";

// src/report/render/batched.ts
function* batched(chunks, size = 256 * 1024) {
  let buf = [];
  let len = 0;
  for (const c of chunks) {
    buf.push(c);
    len += c.length;
    if (len >= size) {
      yield buf.join("");
      buf = [];
      len = 0;
    }
  }
  if (buf.length) yield buf.join("");
}
function* batchedBytes(chunks, size = 256 * 1024) {
  let buf = Buffer.allocUnsafe(size);
  let used = 0;
  for (const c of chunks) {
    if (used + c.length * 3 > size) {
      if (used) yield buf.subarray(0, used);
      buf = Buffer.allocUnsafe(size);
      used = 0;
      if (c.length * 3 > size) {
        yield Buffer.from(c, "utf8");
        continue;
      }
    }
    used += buf.write(c, used, "utf8");
  }
  if (used) yield buf.subarray(0, used);
}

// src/report/github/results-file.ts
var SCHEMA = "s3-gate/results@1";
var MAX_RESULTS_BYTES = 256 * 1024 * 1024;
var MAX_ITEMS = 1e6;
var MAX_PATH_CHARS = 4096;
function withBaseAtHead(doc, atHead) {
  const wanted = new Set(atHead);
  const standIns = doc.head.findings.filter((f) => !f.suppressed && wanted.has(f.fingerprint));
  return { ...doc, baseFindings: [...doc.baseFindings ?? [], ...standIns] };
}
var UntrustedResultsError = class extends ConfigurationError {
  name = "UntrustedResultsError";
};
function validateResults(raw) {
  const v = new Validator();
  const o = v.object(raw, "$");
  if (o.schema !== SCHEMA) v.fail("$.schema", `must be "${SCHEMA}"`);
  const pr = o.pullRequest === void 0 ? void 0 : v.object(o.pullRequest, "$.pullRequest");
  const doc = {
    schema: SCHEMA,
    tool: { name: "s3-gate", version: v.text(v.object(o.tool, "$.tool").version, "$.tool.version", 50) },
    repository: v.match(o.repository, "$.repository", /^[A-Za-z0-9_.-]+\/[A-Za-z0-9_.-]+$/),
    headSha: v.sha(o.headSha, "$.headSha"),
    ...pr ? {
      pullRequest: {
        number: v.int(pr.number, "$.pullRequest.number", 1, 1e9),
        headSha: v.sha(pr.headSha, "$.pullRequest.headSha"),
        baseSha: v.sha(pr.baseSha, "$.pullRequest.baseSha")
      }
    } : {},
    pathPrefix: o.pathPrefix === "" ? "" : v.path(o.pathPrefix, "$.pathPrefix"),
    ...o.checkout !== void 0 ? { checkout: v.path(o.checkout, "$.checkout", false) } : {},
    policy: v.policy(o.policy),
    baseline: v.baseline(o.baseline),
    head: v.scanResult(o.head),
    ...o.baseFindings !== void 0 ? { baseFindings: v.list(o.baseFindings, "$.baseFindings", (x, p) => v.finding(x, p)) } : {},
    ...o.unseenAtBase !== void 0 ? { unseenAtBase: v.unseenAtBase(o.unseenAtBase) } : {},
    ...o.baseLinks !== void 0 ? { baseLinks: v.links(o.baseLinks, "$.baseLinks") } : {},
    ...o.lineMaps !== void 0 ? { lineMaps: v.lineMaps(o.lineMaps) } : {}
  };
  if (o.baseAtHead === void 0) return doc;
  if (doc.baseFindings === void 0) v.fail("$.baseAtHead", "comes without $.baseFindings");
  return withBaseAtHead(doc, v.fingerprints(o.baseAtHead, "$.baseAtHead"));
}
var FORMATS = ["cloudformation", "terraform", "terraform-plan", "cdk"];
var Validator = class {
  /**
   * `pathsMayLeave`: paths may start above the working directory (`s3-gate scan ../infra` writes
   * `../infra/…`), as the CLI's own JSON does; a results file for the publish step names files of
   * the repository only.
   */
  constructor(options = {}) {
    this.options = options;
  }
  options;
  fail(path13, what) {
    throw new UntrustedResultsError(`The results file is not valid: ${path13} ${what}.`);
  }
  object(x, path13) {
    if (!x || typeof x !== "object" || Array.isArray(x)) this.fail(path13, "must be an object");
    return x;
  }
  list(x, path13, item) {
    if (!Array.isArray(x)) this.fail(path13, "must be an array");
    if (x.length > MAX_ITEMS) this.fail(path13, `has more than ${MAX_ITEMS} items`);
    return x.map((e, i) => item(e, `${path13}[${i}]`));
  }
  /** Any string, capped, with HTML comments defused so no text can pose as one of our markers. */
  text(x, path13, max) {
    if (typeof x !== "string") this.fail(path13, "must be a string");
    const t = x.length > max ? `${x.slice(0, max - 1)}\u2026` : x;
    return t.replace(/<!--/g, "&lt;!--");
  }
  match(x, path13, re) {
    if (typeof x !== "string" || x.length > 200 || !re.test(x)) this.fail(path13, `must match ${re}`);
    return x;
  }
  sha(x, path13) {
    return this.match(x, path13, /^[0-9a-f]{40}$/);
  }
  int(x, path13, min, max) {
    if (typeof x !== "number" || !Number.isInteger(x) || x < min || x > max) this.fail(path13, `must be a whole number in ${min}..${max}`);
    return x;
  }
  num(x, path13) {
    if (typeof x !== "number" || !Number.isFinite(x) || x < 0) this.fail(path13, "must be a non-negative number");
    return x;
  }
  bool(x, path13) {
    if (typeof x !== "boolean") this.fail(path13, "must be true or false");
    return x;
  }
  /**
   * A repository-relative path: no absolute paths, no `..`, no NUL. `mayLeave` lets `..` through,
   * for a path only shown, never read or annotated. Any other character is one a file name on
   * Linux may hold (a newline, an escape): refusing them let a pull request that adds such a file
   * make the merge or publish step drop every finding. Every renderer escapes them.
   */
  path(x, path13, mayLeave = this.options.pathsMayLeave ?? false) {
    if (typeof x !== "string" || x.length === 0 || x.length > MAX_PATH_CHARS) this.fail(path13, "must be a path");
    if (x.startsWith("/") || /^[A-Za-z]:[\\/]/.test(x) || x.includes("\0") || !mayLeave && x.split(/[\\/]/).includes(".."))
      this.fail(path13, mayLeave ? "must be a relative path" : "must be a relative path inside the repository");
    return x;
  }
  location(x, path13) {
    const o = this.object(x, path13);
    return {
      file: this.path(o.file, `${path13}.file`),
      line: this.int(o.line, `${path13}.line`, 0, 1e8),
      column: this.int(o.column, `${path13}.column`, 0, 1e8),
      endLine: this.int(o.endLine, `${path13}.endLine`, 0, 1e8),
      endColumn: this.int(o.endColumn, `${path13}.endColumn`, 0, 1e8),
      path: this.text(o.path, `${path13}.path`, 2e3)
    };
  }
  finding(x, path13) {
    const o = this.object(x, path13);
    const severity = o.severity;
    if (!isSeverity(severity)) this.fail(`${path13}.severity`, "must be a severity");
    if (!FORMATS.includes(o.format)) this.fail(`${path13}.format`, "must be a known format");
    const f = {
      ruleId: this.match(o.ruleId, `${path13}.ruleId`, /^[a-z0-9][a-z0-9-]{0,80}$/),
      severity,
      messageId: this.text(o.messageId, `${path13}.messageId`, 100),
      message: this.text(o.message, `${path13}.message`, 2e3),
      location: this.location(o.location, `${path13}.location`),
      resource: this.text(o.resource, `${path13}.resource`, 500),
      format: o.format,
      related: o.related === void 0 ? [] : this.list(o.related, `${path13}.related`, (r, p) => {
        const ro = this.object(r, p);
        return { message: this.text(ro.message, `${p}.message`, 500), at: this.location(ro.at, `${p}.at`) };
      }).slice(0, 20),
      fingerprint: this.match(o.fingerprint, `${path13}.fingerprint`, /^[A-Za-z0-9_-]{1,128}$/),
      suppressed: this.bool(o.suppressed, `${path13}.suppressed`)
    };
    if (o.edit !== void 0) {
      const edit = this.edit(o.edit, `${path13}.edit`);
      if (edit) f.edit = edit;
    }
    if (o.suppression !== void 0) f.suppression = this.suppression(o.suppression, `${path13}.suppression`);
    return f;
  }
  edit(x, path13) {
    const o = this.object(x, path13);
    const replacement = o.replacement;
    if (typeof replacement !== "string" || replacement.length > MAX_EDIT_CHARS)
      this.fail(`${path13}.replacement`, `must be a string of at most ${MAX_EDIT_CHARS} characters`);
    if (replacement.includes("<!--")) return void 0;
    return {
      file: this.path(o.file, `${path13}.file`),
      startLine: this.int(o.startLine, `${path13}.startLine`, 1, 1e8),
      endLine: this.int(o.endLine, `${path13}.endLine`, 0, 1e8),
      replacement,
      description: this.text(o.description ?? "", `${path13}.description`, 500)
    };
  }
  suppression(x, path13) {
    const o = this.object(x, path13);
    const kind = o.kind === "inline" || o.kind === "config" ? o.kind : this.fail(`${path13}.kind`, "must be inline or config");
    return {
      kind,
      syntax: this.text(o.syntax ?? "", `${path13}.syntax`, 200),
      reason: this.text(o.reason ?? "", `${path13}.reason`, 1e3),
      ...o.until !== void 0 ? { until: this.text(o.until, `${path13}.until`, 40) } : {},
      ...o.at !== void 0 ? { at: this.location(o.at, `${path13}.at`) } : {}
    };
  }
  unknown(x, path13) {
    const o = this.object(x, path13);
    return {
      ruleId: this.match(o.ruleId, `${path13}.ruleId`, /^[a-z0-9][a-z0-9-]{0,80}$/),
      message: this.text(o.message, `${path13}.message`, 2e3),
      why: this.text(o.why, `${path13}.why`, 2e3),
      location: this.location(o.location, `${path13}.location`),
      resource: this.text(o.resource, `${path13}.resource`, 500),
      fingerprint: this.match(o.fingerprint, `${path13}.fingerprint`, /^[A-Za-z0-9_-]{1,128}$/)
    };
  }
  problem(x, path13) {
    const o = this.object(x, path13);
    const code = this.match(o.code, `${path13}.code`, /^[A-Z0-9_]{1,60}$/);
    return {
      code,
      // `--config ../shared/s3-gate.yml`: its own warnings name it where it is.
      file: this.path(o.file, `${path13}.file`, CONFIG_WARNING_CODES.has(code) && o.level === "warning"),
      line: this.int(o.line, `${path13}.line`, 0, 1e8),
      column: this.int(o.column, `${path13}.column`, 0, 1e8),
      message: this.text(o.message, `${path13}.message`, 2e3),
      level: o.level === "error" || o.level === "warning" ? o.level : this.fail(`${path13}.level`, "must be error or warning")
    };
  }
  stats(x, path13) {
    const o = this.object(x, path13);
    return {
      files: this.int(o.files, `${path13}.files`, 0, 1e9),
      bytes: this.num(o.bytes, `${path13}.bytes`),
      units: this.int(o.units, `${path13}.units`, 0, 1e9),
      byFormat: this.byFormat(o.byFormat, `${path13}.byFormat`),
      buckets: this.int(o.buckets, `${path13}.buckets`, 0, 1e9),
      durationMs: this.num(o.durationMs, `${path13}.durationMs`)
    };
  }
  scanResult(x) {
    const o = this.object(x, "$.head");
    return {
      tool: { name: "s3-gate", version: this.text(this.object(o.tool, "$.head.tool").version, "$.head.tool.version", 50) },
      cwd: "",
      roots: [],
      findings: this.list(o.findings, "$.head.findings", (f, p) => this.finding(f, p)),
      unknowns: this.list(o.unknowns, "$.head.unknowns", (u, p) => this.unknown(u, p)),
      problems: this.list(o.problems, "$.head.problems", (u, p) => this.problem(u, p)),
      notes: this.list(o.notes, "$.head.notes", (n, p) => this.text(n, p, 500)).slice(0, 200),
      stats: this.stats(o.stats, "$.head.stats"),
      ...o.shard !== void 0 ? { shard: this.shard(o.shard, "$.head.shard") } : {}
    };
  }
  byFormat(x, path13) {
    if (x === void 0) return {};
    const o = this.object(x, path13);
    const out = {};
    for (const f of FORMATS) if (o[f] !== void 0) out[f] = this.int(o[f], `${path13}.${f}`, 0, 1e9);
    return out;
  }
  shard(x, path13) {
    const o = this.object(x, path13);
    const count = this.int(o.count, `${path13}.count`, 1, 1e3);
    return {
      index: this.int(o.index, `${path13}.index`, 1, count),
      count,
      ...o.settings !== void 0 ? { settings: this.match(o.settings, `${path13}.settings`, /^[0-9a-f]{16}$/) } : {},
      ...o.commit !== void 0 ? { commit: this.match(o.commit, `${path13}.commit`, COMMIT_ID) } : {},
      ...o.folder !== void 0 ? { folder: o.folder === "" ? "" : this.path(o.folder, `${path13}.folder`, false) } : {},
      ...o.maxScanFindings !== void 0 ? { maxScanFindings: this.int(o.maxScanFindings, `${path13}.maxScanFindings`, 1, 1e9) } : {},
      ...o.links !== void 0 ? { links: this.links(o.links, `${path13}.links`) } : {},
      ...o.reads !== void 0 ? { reads: this.reads(o.reads, `${path13}.reads`) } : {},
      ...o.readsElsewhere !== void 0 ? { readsElsewhere: this.reads(o.readsElsewhere, `${path13}.readsElsewhere`) } : {},
      ...o.empty !== void 0 ? { empty: this.list(o.empty, `${path13}.empty`, (f, p) => this.path(f, p)) } : {}
    };
  }
  /** A shard's files read besides its units' own: paths and sizes, each counted once by the merge. */
  reads(x, path13) {
    return this.list(x, path13, (r, p) => {
      if (!Array.isArray(r) || r.length !== 2) this.fail(p, "must be a [file, bytes] pair");
      return [this.path(r[0], `${p}[0]`), this.int(r[1], `${p}[1]`, 0, 1e12)];
    });
  }
  /** A name pattern: its literal pieces (see src/model/stack-links.ts). */
  namePattern(x, path13) {
    const pieces = this.list(x, path13, (s, p) => {
      if (typeof s !== "string" || s.length > 1024) this.fail(p, "must be a string of at most 1024 characters");
      return s;
    });
    if (pieces.length === 0 || pieces.length > 256) this.fail(path13, "must have 1 to 256 pieces");
    return pieces;
  }
  links(x, path13) {
    const o = this.object(x, path13);
    const place = (e, p) => ({
      unit: this.text(e.unit, `${p}.unit`, 2e3),
      file: this.path(e.file, `${p}.file`),
      line: this.int(e.line, `${p}.line`, 0, 1e8)
    });
    return {
      buckets: this.list(o.buckets, `${path13}.buckets`, (b, p) => {
        const e = this.object(b, p);
        return {
          bucket: this.text(e.bucket, `${p}.bucket`, 2e3),
          ...place(e, p),
          exports: this.list(e.exports, `${p}.exports`, (n, q) => this.namePattern(n, q)),
          ...e.name !== void 0 ? { name: this.namePattern(e.name, `${p}.name`) } : {},
          ...e.stateOutputs !== void 0 ? { stateOutputs: this.list(e.stateOutputs, `${p}.stateOutputs`, (n, q) => this.namePattern(n, q)) } : {},
          ...e.passedTo !== void 0 ? { passedTo: this.list(e.passedTo, `${p}.passedTo`, (n, q) => this.namePattern(n, q)) } : {}
        };
      }),
      policies: this.list(o.policies, `${path13}.policies`, (b, p) => {
        const e = this.object(b, p);
        if (e.via !== "import" && e.via !== "name" && e.via !== "remote-state" && e.via !== "parameter")
          this.fail(`${p}.via`, 'must be "import", "name", "remote-state" or "parameter"');
        return {
          policy: this.text(e.policy, `${p}.policy`, 2e3),
          ...place(e, p),
          via: e.via,
          name: this.namePattern(e.name, `${p}.name`)
        };
      }),
      ...o.forwards !== void 0 ? {
        forwards: this.list(o.forwards, `${path13}.forwards`, (f, p) => {
          const e = this.object(f, p);
          if (typeof e.maybe !== "boolean") this.fail(`${p}.maybe`, "must be true or false");
          return { from: this.text(e.from, `${p}.from`, 4e3), to: this.text(e.to, `${p}.to`, 4e3), maybe: e.maybe };
        })
      } : {}
    };
  }
  fingerprints(x, path13) {
    return this.list(x, path13, (f, p) => this.match(f, p, /^[A-Za-z0-9_-]{1,128}$/));
  }
  unseenAtBase(x) {
    const o = this.object(x, "$.unseenAtBase");
    return {
      changed: this.fingerprints(o.changed, "$.unseenAtBase.changed"),
      unchanged: this.fingerprints(o.unchanged, "$.unseenAtBase.unchanged"),
      untraced: this.fingerprints(o.untraced, "$.unseenAtBase.untraced")
    };
  }
  /** Line maps must be what `buildLineMap` makes: runs ascending and disjoint, inside both files. */
  lineMaps(x) {
    const seen = /* @__PURE__ */ new Set();
    return this.list(x, "$.lineMaps", (e, p) => {
      const o = this.object(e, p);
      const file = this.path(o.file, `${p}.file`);
      if (seen.has(file)) this.fail(`${p}.file`, "must not repeat a file");
      seen.add(file);
      const mergeLines = this.int(o.mergeLines, `${p}.mergeLines`, 0, 1e8);
      const headLines = this.int(o.headLines, `${p}.headLines`, 0, 1e8);
      let nextMerge = 1;
      let nextHead = 1;
      const runs = this.list(o.runs, `${p}.runs`, (r, q) => {
        if (!Array.isArray(r) || r.length !== 3) this.fail(q, "must be [mergeStart, headStart, length]");
        const merge = this.int(r[0], `${q}[0]`, nextMerge, mergeLines);
        const head = this.int(r[1], `${q}[1]`, nextHead, headLines);
        const length = this.int(r[2], `${q}[2]`, 1, Math.min(mergeLines - merge, headLines - head) + 1);
        nextMerge = merge + length;
        nextHead = head + length;
        return [merge, head, length];
      });
      return { file, mergeLines, headLines, runs, complete: this.bool(o.complete, `${p}.complete`) };
    });
  }
  policy(x) {
    const o = this.object(x, "$.policy");
    if (!isThreshold(o.failOn) || !isThreshold(o.commentOn)) this.fail("$.policy", "must have failOn and commentOn thresholds");
    return {
      failOn: o.failOn,
      commentOn: o.commentOn,
      scope: o.scope === "all" ? "all" : "changed",
      ...o.config !== void 0 ? { config: this.text(o.config, "$.policy.config", 500) } : {},
      paths: this.list(o.paths, "$.policy.paths", (p, q) => this.text(p, q, 500)).slice(0, 100)
    };
  }
  baseline(x) {
    const o = this.object(x, "$.baseline");
    if (o.state === "compared")
      return {
        state: "compared",
        commit: this.sha(o.commit, "$.baseline.commit"),
        description: this.text(o.description, "$.baseline.description", 500)
      };
    if (o.state === "unavailable" || o.state === "not-applicable")
      return { state: o.state, reason: this.text(o.reason, "$.baseline.reason", 500) };
    return this.fail("$.baseline.state", "must be compared, unavailable or not-applicable");
  }
};

// src/merge/merge-documents.ts
function runOfDocument(document) {
  return {
    repository: document.repository,
    headSha: document.headSha,
    ...document.pullRequest ? { pullRequest: document.pullRequest.number } : {},
    pathPrefix: document.pathPrefix,
    ...document.checkout !== void 0 ? { checkout: document.checkout } : {}
  };
}

// src/merge/read-shards.ts
var MAX_SHARD_FILES = MAX_SHARDS;
var MAX_TOTAL_BYTES = 2 * MAX_RESULTS_BYTES;
async function readShardFiles(files, displayRoot) {
  if (files.length > MAX_SHARD_FILES) throw new MergeError(`${files.length} shard files; at most ${MAX_SHARD_FILES} are merged.`);
  const sourceOf = (file) => displayRoot ? path9.relative(displayRoot, file) || file : file;
  let total = 0;
  for (const file of files) {
    const source = sourceOf(file);
    const stat = await fs6.lstat(file).catch(() => void 0);
    if (!stat?.isFile()) throw new MergeError(`${source} does not exist or is not a regular file.`);
    if (stat.size > MAX_RESULTS_BYTES)
      throw new MergeError(`${source} is ${stat.size} bytes; at most ${MAX_RESULTS_BYTES} are accepted per shard.`);
    total += stat.size;
    if (total > MAX_TOTAL_BYTES) throw new MergeError(`The shard files add up to more than ${MAX_TOTAL_BYTES} bytes.`);
  }
  const out = [];
  for (const file of files) {
    const source = sourceOf(file);
    let raw;
    try {
      raw = JSON.parse(await fs6.readFile(file, "utf8"));
    } catch {
      throw new MergeError(`${source} is not valid JSON.`);
    }
    out.push(parseShard2(raw, source));
  }
  return out;
}
function parseShard2(raw, source) {
  try {
    if (raw && typeof raw === "object" && raw.schema === SCHEMA) {
      const document = validateResults(raw);
      return {
        source,
        result: document.head,
        document,
        run: runOfDocument(document),
        ...document.baseLinks !== void 0 ? { baseLinks: document.baseLinks } : {}
      };
    }
    return { source, result: validateCliJson(raw) };
  } catch (e) {
    if (e instanceof UntrustedResultsError) throw new UntrustedResultsError(`${source}: ${e.message}`);
    throw e;
  }
}
function validateCliJson(raw) {
  const v = new Validator({ pathsMayLeave: true });
  const o = v.object(raw, "$");
  const tool = v.object(o.tool, "$.tool");
  if (tool.name !== "s3-gate") v.fail("$.tool.name", 'must be "s3-gate" (is this an s3-gate --format json output?)');
  const at = (x, p) => v.location(
    {
      file: x.file,
      line: x.line,
      column: x.column,
      endLine: x.endLine ?? x.line,
      endColumn: x.endColumn ?? x.column,
      path: ""
    },
    p
  );
  const findings = v.list(o.findings, "$.findings", (x, p) => {
    const f = v.object(x, p);
    const related = f.related === void 0 ? [] : v.list(f.related, `${p}.related`, (r, q) => {
      const ro = v.object(r, q);
      return { message: ro.message, at: at(ro, q) };
    });
    return v.finding({ ...f, location: at(f, p), related }, p);
  });
  const unknowns = v.list(o.unknowns, "$.unknowns", (x, p) => {
    const u = v.object(x, p);
    return v.unknown({ ...u, location: at(u, p) }, p);
  });
  const problems = (level, key) => v.list(o[key], `$.${key}`, (x, p) => v.problem({ ...v.object(x, p), level }, p));
  return {
    tool: { name: "s3-gate", version: v.text(tool.version, "$.tool.version", 50) },
    cwd: "",
    roots: [],
    findings,
    unknowns,
    problems: [...problems("error", "errors"), ...problems("warning", "warnings")],
    notes: v.list(o.notes, "$.notes", (n, p) => v.text(n, p, 1e4)),
    stats: v.stats(o.stats, "$.stats"),
    ...o.shard !== void 0 ? { shard: v.shard(o.shard, "$.shard") } : {}
  };
}

// src/output-path.ts
import fs7 from "node:fs";
import path10 from "node:path";
function refusedOutput(file, workspace) {
  const abs = path10.resolve(file);
  const root = path10.resolve(workspace);
  if (!isInside(abs, [root])) return void 0;
  let realRoot;
  try {
    realRoot = fs7.realpathSync.native(root);
  } catch {
    return void 0;
  }
  const real = realTarget(abs);
  if (real === void 0 || !isInside(real, [realRoot]))
    return "it is inside the repository but leads out of it through a symbolic link; s3-gate does not write through links out of the checkout";
  if (credentialsIn(real, [realRoot]) === "git") return "it leads into .git/, where a checkout keeps its credentials";
  return void 0;
}
function realTarget(abs) {
  let exists = false;
  try {
    fs7.lstatSync(abs);
    exists = true;
    return fs7.realpathSync.native(abs);
  } catch {
    if (exists) return void 0;
  }
  const rest2 = [];
  for (let d = abs; ; ) {
    rest2.unshift(path10.basename(d));
    const parent = path10.dirname(d);
    if (parent === d) return void 0;
    try {
      fs7.lstatSync(parent);
    } catch {
      d = parent;
      continue;
    }
    try {
      return path10.join(fs7.realpathSync.native(parent), ...rest2);
    } catch {
      return void 0;
    }
  }
}

// src/report/render/json.ts
function* jsonChunks(result) {
  const safe = jsonWithoutWorkflowCommands;
  yield `{
  "tool": ${indent(safe(JSON.stringify(result.tool, null, 2)), 2)},
  "findings": [`;
  const quoted2 = quotedOnce();
  const place = placeText(quotedLast());
  const resource = quotedLast();
  for (let i = 0; i < result.findings.length; i++)
    yield `${i ? "," : ""}
    ${safe(findingText(result.findings[i], quoted2, place, resource))}`;
  yield result.findings.length ? "\n  ]," : "],";
  yield safe(JSON.stringify(rest(result), null, 2).slice(1));
  yield "\n";
}
function indent(json, spaces) {
  return json.replace(/\n/g, "\n" + " ".repeat(spaces));
}
function quotedOnce() {
  const cache = /* @__PURE__ */ new Map();
  return (s) => {
    let q = cache.get(s);
    if (q === void 0) cache.set(s, q = JSON.stringify(s));
    return q;
  };
}
function quotedLast() {
  let last;
  let text = "";
  return (s) => {
    if (s !== last) {
      last = s;
      text = JSON.stringify(s);
    }
    return text;
  };
}
var HEX = /^[0-9a-f]*$/;
function placeText(quoted2) {
  let last;
  let text = "";
  return (at) => {
    if (at !== last) {
      last = at;
      text = `
      "file": ${quoted2(at.file)},
      "line": ${at.line},
      "column": ${at.column},
      "endLine": ${at.endLine},
      "endColumn": ${at.endColumn},`;
    }
    return text;
  };
}
function findingText(f, quoted2, place, resource) {
  let text = `{
      "ruleId": ${quoted2(f.ruleId)},
      "severity": ${quoted2(f.severity)},
      "message": ${JSON.stringify(f.message)},
      "messageId": ${quoted2(f.messageId)},${place(f.location)}
      "resource": ${resource(f.resource)},
      "format": ${quoted2(f.format)},
      "fingerprint": ${HEX.test(f.fingerprint) ? `"${f.fingerprint}"` : JSON.stringify(f.fingerprint)},
      "suppressed": ${f.suppressed}`;
  if (f.suppression) text += `,
      "suppression": ${indent(JSON.stringify(f.suppression, null, 2), 6)}`;
  if (f.related.length) {
    const related = f.related.map((r) => ({
      message: r.message,
      file: r.at.file,
      line: r.at.line,
      column: r.at.column,
      endLine: r.at.endLine,
      endColumn: r.at.endColumn
    }));
    text += `,
      "related": ${indent(JSON.stringify(related, null, 2), 6)}`;
  }
  if (f.edit) text += `,
      "edit": ${indent(JSON.stringify(f.edit, null, 2), 6)}`;
  return `${text}
    }`;
}
function rest(result) {
  return {
    unknowns: result.unknowns.map((u) => ({
      ruleId: u.ruleId,
      message: u.message,
      why: u.why,
      file: u.location.file,
      line: u.location.line,
      column: u.location.column,
      // The end too, as for findings: a merge of shards (`s3-gate merge`) reads its places from
      // here, and SARIF regions end there.
      endLine: u.location.endLine,
      endColumn: u.location.endColumn,
      resource: u.resource,
      fingerprint: u.fingerprint
    })),
    errors: result.problems.filter((p) => p.level === "error").map((p) => ({ file: p.file, line: p.line, column: p.column, code: p.code, message: p.message })),
    warnings: result.problems.filter((p) => p.level === "warning").map((p) => ({ file: p.file, line: p.line, column: p.column, code: p.code, message: p.message })),
    notes: result.notes,
    stats: result.stats,
    // `s3-gate merge` needs to know which shard this is, and that none is missing.
    ...result.shard ? { shard: result.shard } : {}
  };
}

// src/report/render/sarif.ts
import path11 from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";

// src/report/render/fix-text.ts
function isProseLine(line) {
  return /^[A-Z][A-Za-z'’]*[ ,]\S/.test(line) && line.trim().split(/\s+/).length >= 3;
}
function fence(code, lang) {
  const ticks = code.includes("```") ? "````" : "```";
  return `${ticks}${lang}
${code.replace(/\n+$/, "")}
${ticks}`;
}
function textBlocks(text, lang) {
  const groups = [];
  for (const line of text.split("\n")) {
    if (!line.trim()) {
      groups.push({ prose: true, lines: [] });
      continue;
    }
    const prose = isProseLine(line);
    const last = groups[groups.length - 1];
    if (last && last.prose === prose && last.lines.length) last.lines.push(line);
    else groups.push({ prose, lines: [line] });
  }
  return groups.filter((g) => g.lines.length).map((g) => g.prose ? g.lines.join(" ") : fence(g.lines.join("\n"), lang)).join("\n\n");
}

// src/report/render/rule-docs-url.ts
var REPOSITORY_URL = "https://github.com/s3-gate/s3-gate";
var DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules`;
var README_URL = `${REPOSITORY_URL}/blob/main/README.md`;
function ruleDocUrl(ruleId, base = DOCS_BASE) {
  return `${base.replace(/\/$/, "")}/${ruleId}.md`;
}

// src/report/render/sarif.ts
var LEVEL = {
  critical: "error",
  high: "error",
  medium: "warning",
  low: "note",
  info: "note"
};
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0", info: "1.0" };
var UNKNOWN_RULE = "could-not-evaluate";
var BUILTIN = [
  {
    id: "parse-error",
    doc: { url: `${README_URL}#cli`, label: "Parse errors (README)" },
    meta: {
      title: "Infrastructure file could not be read",
      severity: "high",
      why: "A file that does not parse is not checked at all; the gate fails closed rather than pass it silently.",
      concepts: [],
      peers: {},
      fix: { cloudformation: "Fix the syntax error at the reported line.", terraform: "Fix the syntax error at the reported line." },
      references: []
    }
  },
  {
    id: "rule-error",
    doc: { url: `${REPOSITORY_URL}/issues`, label: "Report it" },
    meta: {
      title: "s3-gate rule failed",
      severity: "high",
      why: "A rule threw an error on this resource; the other rules still ran. This is a bug in s3-gate.",
      concepts: [],
      peers: {},
      fix: { cloudformation: "Please report it.", terraform: "Please report it." },
      references: []
    }
  },
  {
    // Unknowns get a rule of their own: code scanning ranks an alert by its rule's
    // `security-severity`, so under the undecided rule's id they would rank as its failures.
    id: UNKNOWN_RULE,
    doc: { url: `${README_URL}#scope-what-a-static-gate-can-and-cannot-see`, label: "What a static gate cannot know (README)" },
    meta: {
      title: "s3-gate could not evaluate a rule",
      severity: "info",
      why: "A value the rule needs is only known at deploy time (an unresolved reference, a variable without default), so the rule neither passed nor failed. The message names the rule and why.",
      concepts: [],
      peers: {},
      fix: {
        cloudformation: "Give the parameter a default, or check the deployed value by hand.",
        terraform: "Give the variable a default, or check the planned value by hand."
      },
      references: []
    }
  }
];
var FIX_FORMATS = [
  { key: "cloudformation", name: "CloudFormation", lang: "yaml" },
  { key: "terraform", name: "Terraform", lang: "hcl" },
  { key: "cdk", name: "CDK", lang: "ts" }
];
function sarifRuleDescriptor(rule, severity = rule.meta.severity) {
  const doc = rule.doc ?? { url: ruleDocUrl(rule.id), label: "Rule documentation" };
  const fixes = FIX_FORMATS.flatMap((f) => {
    const text = rule.meta.fix[f.key];
    return text ? [{ ...f, text }] : [];
  });
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, ch) => ch.toUpperCase()),
    shortDescription: { text: rule.meta.title },
    fullDescription: { text: rule.meta.why },
    helpUri: doc.url,
    help: {
      text: [rule.meta.why, ...fixes.map((f) => `${f.name}:
${f.text}`)].join("\n\n"),
      // Prose stays prose: "Remove the public `acl`..." in a code block read as code.
      markdown: [rule.meta.why, ...fixes.map((f) => `**${f.name}**

${textBlocks(f.text, f.lang)}`), `[${doc.label}](${doc.url})`].join(
        "\n\n"
      )
    },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: ["security", "s3", ...rule.meta.securityHub ? [`securityhub/${rule.meta.securityHub}`] : []],
      precision: "high",
      "security-severity": SECURITY_SEVERITY[severity]
    }
  };
}
function sharedSeverities(findings) {
  const seen = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const s = seen.get(f.ruleId);
    if (s === void 0) seen.set(f.ruleId, f.severity);
    else if (s !== f.severity) seen.set(f.ruleId, "mixed");
  }
  return new Map([...seen].filter((e) => e[1] !== "mixed"));
}
function uriPath(p) {
  return p.split("/").map((segment) => encodeURIComponent(segment.replace(LONE_SURROGATE, "\uFFFD"))).join("/");
}
var LONE_SURROGATE = new RegExp("\\p{Cs}", "gu");
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function artifactLocator(cwd, srcRoot) {
  const root = srcRoot ?? cwd;
  return (file) => {
    const abs = path11.resolve(cwd, file);
    const rel = path11.relative(root, abs);
    if (rel === ".." || rel.startsWith(`..${path11.sep}`) || path11.isAbsolute(rel)) return { uri: pathToFileURL(abs).href };
    return { uri: uriPath(rel.split(path11.sep).join("/")), uriBaseId: "%SRCROOT%" };
  };
}
function location(f, locate2) {
  const line = Math.max(1, f.line);
  const column = Math.max(1, f.column);
  const endLine = Math.max(f.endLine, line);
  return {
    physicalLocation: {
      artifactLocation: locate2(f.file),
      region: {
        startLine: line,
        startColumn: column,
        endLine,
        // Past the start, or one column wide; at least 1 even on a later line (a shard may say 0).
        endColumn: endLine > line || f.endColumn > column ? Math.max(1, f.endColumn) : column + 1
      }
    }
  };
}
var MAX_SARIF_RESULTS = 25e3;
var priority = (f) => (f.suppressed ? 0 : 5) + severityRank(f.severity);
function withinResultLimit(findings, max = MAX_SARIF_RESULTS) {
  if (findings.length <= max) return { kept: findings, omitted: 0 };
  const count = new Array(10).fill(0);
  for (const f of findings) count[priority(f)]++;
  const quota = new Array(10).fill(0);
  let room = max;
  for (let p = 9; p >= 0 && room > 0; p--) room -= quota[p] = Math.min(count[p], room);
  const kept = findings.filter((f) => quota[priority(f)]-- > 0);
  return { kept, omitted: findings.length - kept.length };
}
var RESULTS_SLOT = "@@s3-gate:results@@";
function* sarifChunks(result, rules2, options = {}) {
  const locate2 = artifactLocator(result.cwd, options.srcRoot);
  const base = options.srcRoot ?? result.cwd;
  const all = [...rules2, ...BUILTIN];
  const { kept: findings, omitted } = withinResultLimit(result.findings);
  const unknowns = result.unknowns.slice(0, MAX_SARIF_RESULTS - findings.length);
  const unknownsOmitted = result.unknowns.length - unknowns.length;
  const ruleErrors = result.findings.filter((f) => f.ruleId === "rule-error").length;
  const failed = ruleErrors > 0 || result.problems.some((p) => p.code === "INTERNAL_ERROR");
  const severities = sharedSeverities(result.findings);
  const index = new Map(all.map((r, i) => [r.id, i]));
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "s3-gate",
            version: result.tool.version,
            semanticVersion: result.tool.version,
            informationUri: "https://github.com/s3-gate/s3-gate",
            rules: all.map((r) => sarifRuleDescriptor(r, severities.get(r.id)))
          }
        },
        automationDetails: { id: "s3-gate/" },
        // Columns count UTF-16 code units, as JavaScript strings (and GitHub's annotations) do: an
        // emoji before a finding is two columns, a CJK character one, a tab one.
        columnKind: "utf16CodeUnits",
        originalUriBaseIds: { "%SRCROOT%": { uri: directoryUri(base) } },
        results: RESULTS_SLOT,
        invocations: [
          {
            executionSuccessful: !failed,
            toolExecutionNotifications: [
              ...result.problems.map((p) => ({
                level: p.level === "error" ? "error" : "warning",
                message: { text: `${p.code}: ${p.message}` },
                locations: [
                  location({ file: p.file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, path: "" }, locate2)
                ]
              })),
              ...omitted ? [omittedNotification(omitted, findings.length)] : [],
              ...unknownsOmitted ? [unknownsOmittedNotification(unknownsOmitted)] : [],
              ...ruleErrors ? [ruleErrorNotification(ruleErrors)] : []
            ]
          }
        ]
      }
    ]
  };
  const resultAt = (i) => i < findings.length ? sarifResult(findings[i], index, locate2) : sarifUnknown(unknowns[i - findings.length], index, locate2);
  const textAt = (i) => `
        ${jsonWithoutWorkflowCommands(JSON.stringify(resultAt(i), null, 2)).replace(/\n/g, "\n        ")}`;
  const frame = JSON.stringify(log, null, 2);
  const fit = withinUploadSize(findings.length + unknowns.length, textAt, (i) => i < findings.length ? priority(findings[i]) : -1, {
    budget: (options.maxGzipBytes ?? MAX_SARIF_GZIP_BYTES) * 0.95 - gzipSync(frame).length - 1024
  });
  if (fit.keep) log.runs[0].invocations[0].toolExecutionNotifications.push(sizeOmittedNotification(fit.omitted));
  const text = jsonWithoutWorkflowCommands(fit.keep ? JSON.stringify(log, null, 2) : frame) + "\n";
  const slot = text.indexOf(JSON.stringify(RESULTS_SLOT));
  yield text.slice(0, slot) + "[";
  let n = 0;
  for (let i = 0; i < findings.length + unknowns.length; i++) if (!fit.keep || fit.keep[i]) yield `${n++ ? "," : ""}${textAt(i)}`;
  yield (n ? "\n      ]" : "]") + text.slice(slot + JSON.stringify(RESULTS_SLOT).length);
}
var MAX_SARIF_GZIP_BYTES = 1e7;
var MEASURED_BATCH = 1 << 20;
function withinUploadSize(count, textAt, rank2, { budget }) {
  let raw = 0;
  for (let i = 0; i < count && raw <= budget; i++) raw += Buffer.byteLength(textAt(i)) + 1;
  if (raw <= budget) return { omitted: 0 };
  const order = Array.from({ length: count }, (_, i) => i).sort((a, b) => rank2(b) - rank2(a) || a - b);
  const keep = new Uint8Array(count);
  let used = 0;
  let kept = 0;
  let batch = [];
  let texts = [];
  let length = 0;
  const flush = () => {
    const whole = gzipSync(texts.join("")).length;
    if (used + whole <= budget) {
      for (const i of batch) keep[i] = 1;
      kept += batch.length;
      used += whole;
    } else {
      for (let k = 0; k < batch.length; k++) {
        const size = gzipSync(texts[k]).length;
        if (used + size > budget) return false;
        keep[batch[k]] = 1;
        kept++;
        used += size;
      }
    }
    batch = [];
    texts = [];
    length = 0;
    return true;
  };
  for (const i of order) {
    const t = textAt(i);
    batch.push(i);
    texts.push(t);
    length += t.length;
    if (length >= MEASURED_BATCH && !flush()) return { keep, omitted: count - kept };
  }
  if (batch.length) flush();
  return kept === count ? { omitted: 0 } : { keep, omitted: count - kept };
}
function sizeOmittedNotification(omitted) {
  return {
    level: "warning",
    message: {
      text: `RESULTS_OMITTED_SIZE: ${omitted} results (what could not be evaluated first, then the least severe findings) are not in this SARIF file: code scanning rejects a file larger than 10 MB gzipped, and the results hold long names. \`s3-gate scan --format json\` lists them all.`
    }
  };
}
function ruleErrorNotification(count) {
  return {
    level: "error",
    message: {
      text: `RULE_ERROR: a rule failed ${count} time${count === 1 ? "" : "s"} (see the rule-error results); what it would have checked there was not checked. This is a bug in s3-gate; please report it.`
    }
  };
}
function unknownsOmittedNotification(omitted) {
  return {
    level: "warning",
    message: {
      text: `UNKNOWNS_OMITTED: ${omitted} results that could not be evaluated are not in this SARIF file: code scanning rejects a run with more than ${MAX_SARIF_RESULTS} results, and findings come first. \`s3-gate scan --format json\` lists them all.`
    }
  };
}
function sarifUnknown(u, index, locate2) {
  return {
    ruleId: UNKNOWN_RULE,
    ruleIndex: index.get(UNKNOWN_RULE),
    level: "note",
    message: { text: `${u.ruleId}: ${u.message}: ${u.why}` },
    locations: [location(u.location, locate2)],
    partialFingerprints: { "s3-gate/v1": u.fingerprint },
    properties: { rule: u.ruleId, resource: u.resource }
  };
}
function omittedNotification(omitted, kept) {
  return {
    level: "warning",
    message: {
      text: `RESULTS_OMITTED: ${omitted} less severe findings are not in this SARIF file, which holds the ${kept} most severe: code scanning rejects a run with more than ${MAX_SARIF_RESULTS} results. \`s3-gate scan --format json\` lists them all.`
    }
  };
}
var MAX_RELATED_LOCATIONS = 99;
var relatedOmitted = (n) => n > MAX_RELATED_LOCATIONS ? ` (${n - MAX_RELATED_LOCATIONS} more related locations are not listed here: \`s3-gate scan --format json\` lists them all.)` : "";
function sarifResult(f, index, locate2) {
  return {
    ruleId: f.ruleId,
    ...index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {},
    level: LEVEL[f.severity],
    message: { text: f.message + relatedOmitted(f.related.length) },
    locations: [location(f.location, locate2)],
    ...f.related.length ? {
      relatedLocations: f.related.slice(0, MAX_RELATED_LOCATIONS).map((r, i) => ({ id: i + 1, message: { text: r.message }, ...location(r.at, locate2) }))
    } : {},
    partialFingerprints: { "s3-gate/v1": f.fingerprint },
    properties: { resource: f.resource, severity: f.severity, "security-severity": SECURITY_SEVERITY[f.severity] },
    ...f.suppressed ? {
      suppressions: [{ kind: f.suppression?.kind === "config" ? "external" : "inSource", justification: f.suppression?.reason ?? "" }]
    } : {}
  };
}

// src/report/render/counts.ts
function countBySeverity(findings) {
  const out = Object.fromEntries(SEVERITIES.map((s) => [s, 0]));
  for (const f of findings) if (!f.suppressed) out[f.severity]++;
  return out;
}
function describeCounts(counts) {
  const parts = SEVERITIES.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
  return parts.length ? parts.join(", ") : "none";
}

// src/report/render/copies.ts
function copiesTogether(findings) {
  const out = [];
  let list;
  for (const f of findings) {
    if (list && sameCopy(list[0], f)) {
      if (list[list.length - 1].fingerprint !== f.fingerprint) list.push(f);
    } else out.push(list = [f]);
  }
  return out;
}
function sameCopy(a, b) {
  const p = a.location;
  const q = b.location;
  return a.ruleId === b.ruleId && a.messageId === b.messageId && a.severity === b.severity && p.file === q.file && p.line === q.line && p.column === q.column && p.endLine === q.endLine && p.endColumn === q.endColumn && a.origin === b.origin && a.gating === b.gating && a.blocking === b.blocking && sameEdit(a.edit, b.edit) && (a.notAtHead === b.notAtHead || !!a.notAtHead && !!b.notAtHead && a.notAtHead.why === b.notAtHead.why && a.notAtHead.line === b.notAtHead.line);
}
function sameEdit(x, y) {
  return x === y || !!x && !!y && x.file === y.file && x.startLine === y.startLine && x.endLine === y.endLine && x.replacement === y.replacement;
}
function otherCopies(resources, max, name) {
  const names = resources.slice(0, max).map(name);
  const more = resources.length > max ? ` and ${resources.length - max} more` : "";
  const n = resources.length === 1 ? "1 more resource" : `${resources.length} more resources`;
  return `${n} from these lines: ${names.join(", ")}${more}`;
}

// src/report/render/unknown-groups.ts
var ASPECT = /: cannot tell \(([^()]*)\)$/;
function groupUnknowns(unknowns) {
  const groups = /* @__PURE__ */ new Map();
  for (const u of unknowns) {
    const key = `${u.ruleId}\0${u.resource}\0${u.location.file}:${u.location.line}:${u.location.column}\0${u.why}`;
    let g = groups.get(key);
    if (!g) {
      g = { first: u, aspects: [], count: 0 };
      groups.set(key, g);
    }
    g.count++;
    const aspect = ASPECT.exec(u.message)?.[1];
    if (aspect && !g.aspects.includes(aspect)) g.aspects.push(aspect);
  }
  return [...groups.values()];
}
function aspectsLabel(g) {
  return g.aspects.length ? `(${g.aspects.join(", ")}) ` : "";
}

// src/report/render/text.ts
var COLORS = { critical: "\x1B[1;31m", high: "\x1B[31m", medium: "\x1B[33m", low: "\x1B[36m", info: "\x1B[2m" };
var RESET = "\x1B[0m";
var DIM = "\x1B[2m";
var BOLD = "\x1B[1m";
var ruleIdOf = (f) => f.ruleId;
var position = (f) => `${f.location.line}:${f.location.column}`;
function columnWidth(entries, min) {
  return entries.reduce((w, e) => Math.max(w, e.length + 2), min);
}
var MAX_COPY_NAMES = 5;
function copiesLabel(copies) {
  const listed = otherCopies(
    copies.map((f) => f.resource),
    MAX_COPY_NAMES,
    printable
  );
  return copies.length > MAX_COPY_NAMES ? `${listed} (--verbose lists them)` : listed;
}
function* textChunks(result, opts) {
  const c = (code, s) => opts.color ? `${code}${s}${RESET}` : s;
  const line = (s) => `${s}
`;
  const active = result.findings.filter((f) => !f.suppressed);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of active) {
    const list = byFile.get(f.location.file) ?? [];
    list.push(f);
    byFile.set(f.location.file, list);
  }
  for (const [file, list] of byFile) {
    const posWidth = columnWidth(list.map(position), 8);
    const ruleWidth = columnWidth(list.map(ruleIdOf), 32);
    yield line(c(BOLD, printable(file)));
    for (const [f, ...copies] of opts.verbose ? list.map((f2) => [f2]) : copiesTogether(list)) {
      yield line(
        `  ${position(f).padEnd(posWidth)}${c(COLORS[f.severity] ?? "", f.severity.padEnd(9))}${f.ruleId.padEnd(ruleWidth)}${printable(f.message)}${c(DIM, `  [${printable(f.resource)}]`)}`
      );
      for (const r of f.related) yield line(c(DIM, `          \u21B3 ${printable(r.message)}: ${printable(r.at.file)}:${r.at.line}`));
      if (copies.length) yield line(c(DIM, `          \u21B3 the same for ${copiesLabel(copies)}`));
    }
    yield line("");
  }
  const suppressed = result.findings.filter((f) => f.suppressed);
  if (suppressed.length) {
    yield line(c(BOLD, `Suppressed (${suppressed.length})`));
    for (const f of suppressed)
      yield line(`  ${printable(f.location.file)}:${f.location.line}  ${f.ruleId}  [${printable(f.resource)}]  ${c(DIM, printable(f.suppression?.reason ?? ""))}`);
    yield line("");
  }
  if (result.unknowns.length) {
    yield line(c(BOLD, `Could not evaluate (${result.unknowns.length})`));
    const groups = groupUnknowns(result.unknowns);
    const shown2 = opts.verbose ? groups : groups.slice(0, 20);
    for (const g of shown2) {
      const u = g.first;
      yield line(`  ${printable(u.location.file)}:${u.location.line}  ${u.ruleId}  [${printable(u.resource)}]  ${c(DIM, printable(`${aspectsLabel(g)}${u.why}`))}`);
    }
    const hidden = groups.slice(shown2.length).reduce((n, g) => n + g.count, 0);
    if (hidden) yield line(c(DIM, `  \u2026 ${hidden} more (--verbose)`));
    yield line("");
  }
  const warnings = result.problems.filter((p) => p.level === "warning");
  if (warnings.length) {
    yield line(c(BOLD, `Warnings (${warnings.length})`));
    for (const w of warnings) yield line(`  ${printable(w.file)}:${w.line}:${w.column}  ${w.code}  ${printable(w.message)}`);
    yield line("");
  }
  for (const n of result.notes) yield line(c(DIM, `note: ${printable(n)}`));
  const errors = result.problems.filter((p) => p.level === "error").length;
  const counts = countBySeverity(result.findings);
  const summary = `${active.length} finding${active.length === 1 ? "" : "s"} (${describeCounts(counts)})${suppressed.length ? `, ${suppressed.length} suppressed` : ""}${errors ? `, ${errors} input error${errors === 1 ? "" : "s"}` : ""}${result.unknowns.length ? `, ${result.unknowns.length} could not be evaluated` : ""} in ${result.stats.files} file${result.stats.files === 1 ? "" : "s"} (${result.stats.buckets} bucket${result.stats.buckets === 1 ? "" : "s"}), ${result.stats.durationMs} ms`;
  yield line(
    result.stats.files === 0 ? c(COLORS.high, `No infrastructure files found under ${printable(result.roots.join(", "))}. ${summary}`) : summary
  );
}

// src/cli.ts
var USAGE = `Usage:
  s3-gate scan [paths...] [options]   scan CloudFormation, Terraform and CDK output for insecure S3 buckets
  s3-gate merge <files...> [options]  combine the JSON results of the n shards of one scan (--shard I/N)
  s3-gate rules [--format text|json] [--output FILE]
                                      list the rules

Options for scan:
  --format text|json|sarif   output format on stdout (default: text)
  --output FILE              write the output to FILE instead of stdout
  --fail-on SEVERITY         exit 1 when a finding is at or above: critical|high|medium|low|info|none (default: high)
  --config FILE              configuration file (default: .s3-gate.yml in the working directory, if present)
  --shard I/N                scan only shard I of N (stable split of the scan units)
  --workers N                worker threads beside the main thread (default: automatic; 0 = none)
  --max-file-size MB         skip larger files with an error (default: 32)
  --max-depth N              deepest YAML/JSON/HCL nesting read (default: 200)
  --max-alias-expansion N    nodes a YAML document may expand to through aliases (default: 1000000)
  --max-eval-steps N         evaluation steps per template or Terraform module (default: 5000000)
  --max-instances N          instances of one count/for_each that are modelled (default: 1000)
  --max-collection-size N    elements one for expression or function may build (default: 100000)
  --max-findings N           findings and unknowns one template or Terraform configuration may yield (default: 100000)
  --max-scan-findings N      findings and unknowns the whole scan may hold, units kept in scan order (default: 500000)
  --verbose                  list every unknown; debug logs on stderr
  --quiet                    no progress on stderr
  --no-color                 plain text output
  -h, --help                 this help
  -v, --version              print the version

Options for merge (each file: \`scan --shard I/N --format json\` output or an action results file):
  --format text|json|sarif   output format of the merged result (default: text)
  --output FILE              write it to FILE instead of stdout
  --fail-on SEVERITY         exit 1 when a merged finding is at or above it (default: high)
`;
function stderrLogger(io, verbose, quiet) {
  return {
    debug: (m) => verbose && io.stderr(`debug: ${printable(m)}
`),
    info: (m) => !quiet && io.stderr(`${printable(m)}
`),
    warning: (m) => io.stderr(`warning: ${printable(m)}
`),
    error: (m) => io.stderr(`error: ${printable(m)}
`),
    group: (_n, fn) => fn()
  };
}
function limitFlags(flag) {
  let out;
  for (const name of Object.keys(LIMIT_NAMES)) {
    const v = flag(`--${name}`);
    if (v !== void 0) out = { ...out, ...parseLimit(name, v) };
  }
  return out;
}
async function mergeCommand(args, flag, io) {
  const format = flag("--format") ?? "text";
  if (!["text", "json", "sarif"].includes(format))
    throw new ConfigurationError(`Expected \`--format\` to be one of text, json, sarif; got "${format}".`);
  const failOn = parseThreshold(flag("--fail-on") ?? "high", "fail-on");
  for (const f of ["--shard", "--config", "--workers", ...Object.keys(LIMIT_NAMES).map((n) => `--${n}`)]) {
    if (args.flags.has(f)) throw new ConfigurationError(`${f} applies to \`scan\`, not \`merge\`.`);
  }
  if (args.positional.length === 0)
    throw new ConfigurationError("`s3-gate merge` needs the shard result files (the JSON of `scan --shard I/N --format json`).");
  checkOutputPath(io, flag("--output"));
  const files = await readShardFiles(
    args.positional.map((f) => path12.resolve(io.cwd, f)),
    io.cwd
  );
  const merged = mergeScanResults(files, VERSION);
  const place = mergedPlace(files[0]?.result.shard?.folder, io.cwd);
  const result = { ...merged, cwd: place.cwd };
  if (!args.flags.has("--quiet"))
    io.stderr(
      `merged ${counted2(files.length, "shard")}: ${counted2(result.stats.files, "file")}, ${counted2(result.findings.filter((f) => !f.suppressed).length, "finding")}
`
    );
  await writeOutput(io, flag("--output"), outputChunks(result, format, useColor(args, io), args.flags.has("--verbose"), place.srcRoot));
  return exitCodeFor(result, failOn);
}
function mergedPlace(folder, cwd) {
  if (folder === void 0) return { cwd, srcRoot: enclosingWorkTree(cwd) };
  const root = enclosingWorkTree(cwd) ?? cwd;
  return { cwd: path12.join(root, ...folder.split("/")), srcRoot: root };
}
function scannedFolder(cwd) {
  const root = enclosingWorkTree(cwd);
  if (root === void 0) return {};
  return { folder: path12.relative(root, path12.resolve(cwd)).split(path12.sep).join("/") };
}
var counted2 = (n, noun) => `${n} ${noun}${n === 1 ? "" : "s"}`;
function useColor(args, io) {
  return io.isTTY && !args.flags.has("--output") && !args.flags.has("--no-color") && !io.env.NO_COLOR;
}
function outputChunks(result, format, color, verbose, srcRoot = enclosingWorkTree(result.cwd)) {
  if (format === "json") return jsonChunks(result);
  if (format === "sarif") return sarifChunks(result, rules, { srcRoot });
  return textChunks(result, { color, verbose });
}
async function writeOutput(io, output, chunks) {
  if (!output) {
    if (io.stdoutBytes) for (const bytes of batchedBytes(chunks)) await io.stdoutBytes(bytes);
    else for (const chunk of batched(chunks)) io.stdout(chunk);
    return;
  }
  const fd = openOutput(path12.resolve(io.cwd, output), output);
  try {
    for (const bytes of batchedBytes(chunks)) {
      for (let done = 0; done < bytes.length; ) done += fs8.writeSync(fd, bytes, done);
    }
  } catch (e) {
    if (!e.code) throw e;
    throw new ConfigurationError(`Cannot write \`--output\` "${output}": ${getErrorMessage(e)}.`);
  } finally {
    fs8.closeSync(fd);
  }
}
var OUTPUT_ERRORS = {
  ENOENT: "its folder does not exist",
  EISDIR: "it is a folder",
  EACCES: "permission denied"
};
function checkOutputPath(io, output) {
  if (!output) return;
  const file = path12.resolve(io.cwd, output);
  const why = !fs8.statSync(path12.dirname(file), { throwIfNoEntry: false })?.isDirectory() ? OUTPUT_ERRORS.ENOENT : fs8.statSync(file, { throwIfNoEntry: false })?.isDirectory() ? OUTPUT_ERRORS.EISDIR : refusedOutput(file, repositoryOf(file, io.cwd));
  if (why) throw new ConfigurationError(`Cannot write \`--output\` "${output}": ${why}.`);
}
function openOutput(file, given) {
  try {
    return fs8.openSync(file, "w");
  } catch (e) {
    const why = OUTPUT_ERRORS[e.code ?? ""] ?? getErrorMessage(e);
    throw new ConfigurationError(`Cannot write \`--output\` "${given}": ${why}.`);
  }
}
function checkRulesArgs(args) {
  for (const f of args.flags.keys()) if (!RULES_FLAGS.has(f)) throw new ConfigurationError(`${f} applies to \`scan\`, not \`rules\`.`);
  if (args.positional.length)
    throw new ConfigurationError(`\`s3-gate rules\` takes no paths; got "${args.positional[0]}". To scan it, run \`s3-gate scan\`.`);
}
var RULES_FLAGS = /* @__PURE__ */ new Set(["--format", "--output", "--no-color", "--quiet", "--verbose"]);
function ruleListing(format) {
  if (format === "json")
    return [
      JSON.stringify(
        rules.map((r) => ({
          id: r.id,
          title: r.meta.title,
          severity: r.meta.severity,
          concepts: r.meta.concepts,
          securityHub: r.meta.securityHub ?? null,
          target: r.target
        })),
        null,
        2
      ) + "\n"
    ];
  const width = Math.max(...rules.map((r) => r.id.length)) + 2;
  return rules.map((r) => `${r.id.padEnd(width)}${r.meta.severity.padEnd(10)}${r.meta.title}
`);
}
function exitCodeFor(result, failOn) {
  return result.findings.some((f) => !f.suppressed && meetsThreshold(f.severity, failOn)) ? 1 : 0;
}
async function runCli(argv, io) {
  let args;
  try {
    args = parseArgs(argv);
  } catch (e) {
    io.stderr(`error: ${printable(getErrorMessage(e))}
`);
    return 2;
  }
  const flag = (k) => {
    const v = args.flags.get(k);
    return typeof v === "string" ? v : void 0;
  };
  if (args.flags.has("--version") || args.flags.has("-v")) {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const help = args.flags.has("--help") || args.flags.has("-h");
  if (help || !args.command) {
    ;
    (help ? io.stdout : io.stderr)(USAGE);
    return help ? 0 : 2;
  }
  try {
    if (args.command === "rules") {
      checkRulesArgs(args);
      const format2 = flag("--format") ?? "text";
      if (format2 !== "json" && format2 !== "text")
        throw new ConfigurationError(`Expected \`--format\` to be one of text, json; got "${format2}".`);
      checkOutputPath(io, flag("--output"));
      await writeOutput(io, flag("--output"), ruleListing(format2));
      return 0;
    }
    if (args.command === "merge") return await mergeCommand(args, flag, io);
    if (args.command !== "scan") throw new ConfigurationError(`Unknown command "${args.command}". See s3-gate --help.`);
    const format = flag("--format") ?? "text";
    if (!["text", "json", "sarif"].includes(format))
      throw new ConfigurationError(`Expected \`--format\` to be one of text, json, sarif; got "${format}".`);
    const failOn = parseThreshold(flag("--fail-on") ?? "high", "fail-on");
    const verbose = args.flags.has("--verbose");
    const logger = stderrLogger(io, verbose, args.flags.has("--quiet"));
    checkOutputPath(io, flag("--output"));
    const config = loadConfig(flag("--config"), io.cwd, new Set(rules.map((r) => r.id)));
    const workersFlag = flag("--workers");
    const workers = workersFlag === void 0 ? void 0 : Number(workersFlag);
    if (workers !== void 0 && (!/^\s*\d+\s*$/.test(workersFlag) || !Number.isSafeInteger(workers)))
      throw new ConfigurationError(`Expected \`--workers\` to be a whole number; got "${workersFlag}".`);
    const limits = limitFlags(flag);
    const shard = flag("--shard");
    const commit = io.env.GITHUB_SHA?.trim().toLowerCase();
    const options = makeScanOptions({
      cwd: io.cwd,
      paths: args.positional,
      failOn,
      config,
      workers,
      shard: shard ? parseShard(shard) : void 0,
      ...commit && COMMIT_ID.test(commit) ? { commit } : {},
      ...limits ? { limits } : {}
    });
    const scanned = await scan(options, logger);
    const result = scanned.shard ? { ...scanned, shard: { ...scanned.shard, ...scannedFolder(io.cwd) } } : scanned;
    await writeOutput(io, flag("--output"), outputChunks(result, format, useColor(args, io), verbose));
    return exitCodeFor(result, failOn);
  } catch (e) {
    if (e instanceof ConfigurationError) {
      io.stderr(`error: ${printable(e.message)}
`);
      return 2;
    }
    const frames = e instanceof Error ? (e.stack ?? "").split("\n").filter((l) => /^\s+at /.test(l)) : [];
    io.stderr(
      `s3-gate crashed: ${printable(e instanceof Error ? e.message : String(e))}
${frames.map((l) => `${l}
`).join("")}This is a bug; please report it.
`
    );
    return 2;
  }
}
var DRAIN_ENDS = ["drain", "close", "error"];
function drained(stream) {
  if (stream.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    const done = () => {
      for (const event of DRAIN_ENDS) stream.off(event, done);
      resolve();
    };
    for (const event of DRAIN_ENDS) stream.on(event, done);
  });
}
if (isPoolWorker()) serveUnits();
else if (process.argv[1] && fs8.realpathSync(process.argv[1]) === fs8.realpathSync(new URL(import.meta.url).pathname)) {
  setEntryUrl(import.meta.url);
  process.stdout.on("error", (e) => {
    if (e.code !== "EPIPE") throw e;
  });
  const code = await runCli(process.argv.slice(2), {
    stdout: (s) => void process.stdout.write(s),
    // A pipe takes what its reader has read: without waiting for it, a 180 MB JSON output piped
    // to a slow reader was queued in memory (peak 400 against 263 MB written to a file).
    stdoutBytes: (b) => process.stdout.write(b) ? void 0 : drained(process.stdout),
    stderr: (s) => void process.stderr.write(s),
    cwd: process.cwd(),
    isTTY: Boolean(process.stdout.isTTY),
    env: process.env
  });
  process.exitCode = code;
}
export {
  drained,
  exitCodeFor,
  runCli
};
