/** Which files the Terraform plan plugin reads: JSON files whose head is `terraform show -json` output. */
import { claimFiles } from '../shared/claim-files.js'
import type { CandidateFile, FormatPlanner } from '../types.js'
import { TERRAFORM_FILE } from '../terraform/config-files.js'
import type { PlanUnitData } from './load-plan.js'

/** The head of `terraform show -json` output: a format version and a Terraform version. */
export function looksLikePlanJson(head: string): boolean {
  return /^\s*\{/.test(head) && /"format_version"\s*:/.test(head) && /"terraform_version"\s*:/.test(head)
}

/**
 * The head of a plan whose keys were sorted (`jq -S`, Python's `sort_keys`): `applyable`,
 * `checks`, `complete` or `configuration` come before `format_version`, and the configuration
 * can run for megabytes, so the versions are not in the head. Claimed as a plan all the same
 * (skipped it would be a silent pass); the loader checks the whole document. A CloudFormation
 * template cannot start so (its keys are capitalised, and CloudFormation rejects others).
 */
export function mayBeSortedPlanJson(head: string): boolean {
  return /^\s*\{\s*"(applyable|checks|complete|configuration|errored|format_version)"\s*:/.test(head)
}

/**
 * Any other key of `terraform show -json` output first (a tool that rewrote it put `variables`
 * or `prior_state` first, megabytes of them): claimed as well, as the loader reads the whole
 * document before it takes the file for a plan or skips it. (A head of white space alone is left
 * to the CloudFormation loader, which says so if the file turns out to be a plan.)
 */
function mayBePlanJson(head: string): boolean {
  return /^\s*\{\s*"(variables|prior_state|planned_values|resource_changes|resource_drift|output_changes|relevant_attributes|timestamp|terraform_version|values)"\s*:/.test(
    head,
  )
}

/**
 * A plan in UTF-16 without a byte order mark (or UTF-32) reads as UTF-8 with a NUL beside every
 * character. Claimed so that the loader names it, instead of being skipped as a silent pass.
 */
function looksLikeWidePlanJson(head: string): boolean {
  // A UTF-32 byte order mark reads as replacement characters.
  return head.includes('\u0000') && looksLikePlanJson(head.replace(/\u0000/g, '').replace(/^[\ufffd\ufeff]+/, ''))
}

/**
 * JSON whose first key is capitalised: a CloudFormation template (`AWSTemplateFormatVersion`,
 * `Resources`...); every key Terraform writes at the top of a plan is lower case. Its head may
 * still name both versions (keys of its `Metadata`): claimed as a plan, the template was read as
 * a plan without values, and its buckets went unscanned behind a warning.
 */
function startsLikeTemplate(head: string): boolean {
  return /^\s*\{\s*"[A-Z]/.test(head)
}

export const terraformPlanPlanner: FormatPlanner = {
  name: 'terraform-plan',
  format: 'terraform-plan',
  plan(files) {
    const isPlan = (f: CandidateFile) =>
      /\.json$/i.test(f.rel) &&
      !TERRAFORM_FILE.test(f.rel) &&
      !startsLikeTemplate(f.head) &&
      (looksLikePlanJson(f.head) || mayBeSortedPlanJson(f.head) || mayBePlanJson(f.head) || looksLikeWidePlanJson(f.head))
    return claimFiles(files, isPlan).map((f) => ({
      plugin: 'terraform-plan',
      id: f.rel,
      files: [f],
      data: { versionsInHead: looksLikePlanJson(f.head) || looksLikeWidePlanJson(f.head) } satisfies PlanUnitData,
    }))
  },
}
