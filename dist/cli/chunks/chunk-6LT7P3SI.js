import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);

// src/parsers/shared/inside.ts
import path from "node:path";
function isInside(p, dir) {
  const rel = path.relative(dir, p);
  return rel === "" || rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel);
}
function isInsideAny(p, dirs) {
  return dirs.some((d) => isInside(p, d));
}
var CREDENTIALS_FILE = /^(?:gha-creds-.*\.json|\.git-credentials|\.netrc|_netrc|\.npmrc|\.pypirc|\.pgpass|id_(?:rsa|dsa|ecdsa|ed25519)|.*\.(?:p12|pfx))$/i;
var isGitName = (segment) => segment.length === 4 && segment.toLowerCase() === ".git";
function credentialsIn(p, dirs) {
  if (dirs.some((d) => isInside(p, d) && path.relative(d, p).split(path.sep).some(isGitName))) return "git";
  return CREDENTIALS_FILE.test(path.basename(p)) ? "credentials" : void 0;
}

// src/trim.ts
function trimTrailing(s, ch) {
  const c = ch.charCodeAt(0);
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === c) end--;
  return end === s.length ? s : s.slice(0, end);
}
function trimLeading(s, ch) {
  const c = ch.charCodeAt(0);
  let start = 0;
  while (start < s.length && s.charCodeAt(start) === c) start++;
  return start === 0 ? s : s.slice(start);
}

export {
  isInside,
  isInsideAny,
  credentialsIn,
  trimTrailing,
  trimLeading
};
