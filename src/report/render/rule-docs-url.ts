/** Where a rule's generated documentation lives; comments, SARIF and text output all link here. */
export const REPOSITORY_URL = 'https://github.com/s3-gate/s3-gate'
export const DOCS_BASE = `${REPOSITORY_URL}/blob/main/rules`
/** What is not a rule (parse errors, unknowns) is explained in the README. */
export const README_URL = `${REPOSITORY_URL}/blob/main/README.md`

export function ruleDocUrl(ruleId: string, base = DOCS_BASE): string {
  return `${base.replace(/\/$/, '')}/${ruleId}.md`
}
