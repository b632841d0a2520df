/**
 * Runs one scan in its own process and prints a summary as JSON, so a test can bound its memory
 * (`--max-old-space-size`: an unbounded scan dies instead of passing) and measure its peak RSS.
 *
 *   node --import tsx --max-old-space-size=1024 test/hostile/scan-in-child.ts <root> ['<limits JSON>']
 */
import { recordingLogger } from '../../src/logger.js'
import { makeScanOptions } from '../../src/options.js'
import { scan } from '../../src/scan.js'

const [root, limitsJson] = process.argv.slice(2)
const t0 = performance.now()
const cpu0 = process.cpuUsage()
const result = await scan(
  makeScanOptions({ cwd: root!, paths: ['.'], workers: 0, limits: limitsJson ? JSON.parse(limitsJson) : undefined }),
  recordingLogger(),
)
const ms = Math.round(performance.now() - t0)
const cpu = process.cpuUsage(cpu0)
process.stdout.write(
  JSON.stringify({
    ms,
    cpuMs: Math.round((cpu.user + cpu.system) / 1000),
    maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
    files: result.stats.files,
    buckets: result.stats.buckets,
    findings: result.findings.map((f) => ({
      ruleId: f.ruleId,
      file: f.location.file,
      line: f.location.line,
      column: f.location.column,
      resourceChars: f.resource.length,
      messageChars: f.message.length,
      suppressed: f.suppressed,
      edit: f.edit !== undefined,
    })),
    unknowns: result.unknowns.length,
    problems: result.problems.map((p) => ({
      code: p.code,
      file: p.file,
      line: p.line,
      column: p.column,
      level: p.level,
      message: p.message,
    })),
  }),
)
