/** Where a rule's generated documentation lives; comments, SARIF and text output all link here. */
export const DOCS_BASE = 'https://github.com/s3-gate/s3-gate/blob/main/rules'

export function ruleDocUrl(ruleId: string, base = DOCS_BASE): string {
  return `${base.replace(/\/$/, '')}/${ruleId}.md`
}
