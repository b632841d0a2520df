import { createRequire as __s3gateCreateRequire } from 'node:module';
const require = __s3gateCreateRequire(import.meta.url);
import {
  TERRAFORM_FILE
} from "./chunk-QOUUAGZK.js";
import {
  claimFiles
} from "./chunk-Z3EKPFHN.js";

// src/parsers/terraform-plan/plan.ts
function looksLikePlanJson(head) {
  return /^\s*\{/.test(head) && /"format_version"\s*:/.test(head) && /"terraform_version"\s*:/.test(head);
}
function mayBeSortedPlanJson(head) {
  return /^\s*\{\s*"(applyable|checks|complete|configuration|errored|format_version)"\s*:/.test(head);
}
function mayBePlanJson(head) {
  return /^\s*\{\s*"(variables|prior_state|planned_values|resource_changes|resource_drift|output_changes|relevant_attributes|timestamp|terraform_version|values)"\s*:/.test(
    head
  );
}
function looksLikeWidePlanJson(head) {
  return head.includes("\0") && looksLikePlanJson(head.replace(/\u0000/g, "").replace(/^[\ufffd\ufeff]+/, ""));
}
function startsLikeTemplate(head) {
  return /^\s*\{\s*"[A-Z]/.test(head);
}
var terraformPlanPlanner = {
  name: "terraform-plan",
  format: "terraform-plan",
  plan(files) {
    const isPlan = (f) => /\.json$/i.test(f.rel) && !TERRAFORM_FILE.test(f.rel) && !startsLikeTemplate(f.head) && (looksLikePlanJson(f.head) || mayBeSortedPlanJson(f.head) || mayBePlanJson(f.head) || looksLikeWidePlanJson(f.head));
    return claimFiles(files, isPlan).map((f) => ({
      plugin: "terraform-plan",
      id: f.rel,
      files: [f],
      data: { versionsInHead: looksLikePlanJson(f.head) || looksLikeWidePlanJson(f.head) }
    }));
  }
};

export {
  terraformPlanPlanner
};
