/**
 * Terraform built to exhaust the evaluator: reference cycles, huge and nested `for`, `count` and
 * `for_each` in the hundred thousands, module fan-out that multiplies, list and string bombs,
 * recursive templates, deep nesting. Each scan runs in a child process with its heap capped, so
 * "bounded memory" is a hard limit: a scan that needs more dies and the test fails. Every case
 * must end as problems and unknowns with file and line, and the next module is scanned as usual.
 */
import { describe, expect, it } from 'vitest'
import { isRegistered } from '../fuzz/support.js'
import { policy, scanHostile } from './terraform-support.js'

describe.skipIf(!isRegistered('terraform'))('hostile Terraform (terraform plugin registered)', () => {
  it('ends variable, local and module-output cycles as unknowns with a warning at their line', async () => {
    const r = await scanHostile({
      'cyc/main.tf': `locals {
  a = local.b
  b = local.c
  c = local.a
}

variable "v" {
  default = var.v
}

${policy('jsonencode({ Statement = [{ Effect = local.a, Principal = var.v }] })')}`,
    })
    const cycles = r.problems.filter((p) => p.code === 'EVAL_CYCLE' && p.file === 'cyc/main.tf').map((p) => p.line)
    expect(cycles.some((l) => l >= 2 && l <= 4)).toBe(true)
    expect(cycles).toContain(8)
  })

  it('bounds a huge for expression and nested fors that multiply', async () => {
    const r = await scanHostile({
      'for/main.tf': `locals {
  one    = [for i in range(100000) : i]
  nested = [for i in range(2000) : [for j in range(2000) : j]]
  deeper = [for i in range(100) : [for j in range(100) : [for k in range(100) : [for l in range(100) : l]]]]
  keyed  = { for i in range(100000) : tostring(i) => i }
}

${policy('jsonencode(local.nested)')}`,
    })
    expect(r.problems.some((p) => p.code === 'EVAL_LIMIT' && p.file === 'for/main.tf')).toBe(true)
  })

  it('charges the walk of a big value on every call, so a loop over calls on it ends in seconds', async () => {
    // Each took minutes, and gigabytes where the function copies its argument, before.
    const loops = {
      contains: 'contains(local.r, -1)',
      reverse: 'reverse(local.r)',
      length: 'length(local.t)',
      equal: 'local.r == local.r',
      splat: 'local.r[*]',
      matchkeys: 'matchkeys(local.r, local.r, local.r)',
    }
    const files = Object.fromEntries(
      Object.entries(loops).map(([name, call]) => [
        `${name}/main.tf`,
        `locals {
  r = range(100000)
  t = join("", [for i in range(100000) : tostring(i)])
  x = [for i in range(${name === 'matchkeys' ? 1 : 100000}) : ${call}]
}

resource "aws_s3_bucket" "b" {
  bucket = "b-\${length(local.x)}"
  acl    = "public-read"
}
`,
      ]),
    )
    const r = await scanHostile(files)
    for (const name of Object.keys(loops)) {
      expect(r.findings.filter((f) => f.file === `${name}/main.tf` && f.ruleId === 'acl-public-read').map((f) => f.line)).toEqual([9])
      if (name !== 'matchkeys')
        expect(r.problems.filter((p) => p.code === 'EVAL_LIMIT' && p.file === `${name}/main.tf`).map((p) => p.line)).toEqual([4])
    }
  })

  it('still reads constants once an expensive local has spent the evaluation budget', async () => {
    const r = await scanHostile(
      {
        'spent/main.tf': `locals {
  big = [for i in range(100000) : i]
}

resource "aws_s3_bucket" "b" {
  bucket = "spent-\${length(local.big)}"
  acl    = "public-read"
}
`,
      },
      { maxEvalSteps: 1000 },
    )
    expect(r.problems.some((p) => p.code === 'EVAL_LIMIT' && p.file === 'spent/main.tf')).toBe(true)
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.line)).toEqual([7])
  })

  it('bounds list and string bombs built from references', async () => {
    const level = (name: string, prev: string) => `  ${name} = [${Array(8).fill(`local.${prev}`).join(', ')}]`
    const r = await scanHostile({
      'bomb/main.tf': `locals {
  a = [1, 2, 3, 4, 5, 6, 7, 8]
${level('b', 'a')}
${level('c', 'b')}
${level('d', 'c')}
${level('e', 'd')}
${level('f', 'e')}
${level('g', 'f')}
  h = flatten([local.g, local.g, local.g, local.g, local.g, local.g, local.g, local.g])
  s1 = "${'x'.repeat(100)}"
  s2 = "\${local.s1}\${local.s1}\${local.s1}\${local.s1}\${local.s1}\${local.s1}\${local.s1}\${local.s1}"
  s3 = "\${local.s2}\${local.s2}\${local.s2}\${local.s2}\${local.s2}\${local.s2}\${local.s2}\${local.s2}"
  s4 = "\${local.s3}\${local.s3}\${local.s3}\${local.s3}\${local.s3}\${local.s3}\${local.s3}\${local.s3}"
  s5 = "\${local.s4}\${local.s4}\${local.s4}\${local.s4}\${local.s4}\${local.s4}\${local.s4}\${local.s4}"
  s6 = "\${local.s5}\${local.s5}\${local.s5}\${local.s5}\${local.s5}\${local.s5}\${local.s5}\${local.s5}"
  s7 = "\${local.s6}\${local.s6}\${local.s6}\${local.s6}\${local.s6}\${local.s6}\${local.s6}\${local.s6}"
}

${policy('jsonencode({ a = local.h, b = local.s7 })')}`,
    })
    expect(r.problems.some((p) => p.code === 'EVAL_LIMIT')).toBe(true)
  })

  it('shows for_each keys megabytes long by their start, length and hash, so the output stays small', async () => {
    const r = await scanHostile({
      'keys/main.tf': `locals {
  s = join("", [for i in range(99999) : "${'x'.repeat(62)}"])
}
resource "aws_s3_bucket" "b" {
  for_each = {for i in range(4) : "\${local.s}\${i}" => i}
  bucket   = "b-\${substr(each.key, 0, 5)}"
}
`,
    })
    const keyed = r.findings.filter((f) => f.file === 'keys/main.tf' && f.ruleId === 'versioning-disabled')
    expect(keyed).toHaveLength(4)
    for (const f of keyed) expect(f.resourceChars + f.messageChars).toBeLessThan(600)
  })

  it('bounds the pieces of a template that %{ for } loops build one character or line at a time', async () => {
    // Each character kept a piece and a source anchor: 650 MB and 8 s for the first, before.
    const r = await scanHostile(
      {
        'chars/main.tf': `locals {
  t = "%{for i in range(100000)}%{for j in range(100000)}x%{endfor}%{endfor}"
}

${policy('jsonencode({ Statement = [{ Sid = local.t }] })')}`,
        'lines/main.tf': `locals {
  t = <<EOT
%{for i in range(100000)}%{for j in range(100000)}${'\n'.repeat(8)}%{endfor}%{endfor}
EOT
}

${policy('jsonencode({ Statement = [{ Sid = local.t }] })')}`,
      },
      undefined,
      256,
    )
    const limits = r.problems.filter((p) => p.code === 'EVAL_LIMIT').map((p) => `${p.file}:${p.line}`)
    expect(limits).toEqual(['chars/main.tf:2', 'lines/main.tf:3'])
  })

  it('cuts a chain of policy documents that runs out of stack before the reference depth limit, not the module', async () => {
    // Each level of `source_policy_documents` takes dozens of frames: the module was abandoned.
    const n = 5000
    const docs = Array.from(
      { length: n },
      (_, i) => `data "aws_iam_policy_document" "d${i}" {\n  source_policy_documents = [data.aws_iam_policy_document.d${i + 1}.json]\n}\n`,
    ).join('')
    const r = await scanHostile({
      'docs/main.tf': `${policy('data.aws_iam_policy_document.d0.json')}${docs}data "aws_iam_policy_document" "d${n}" {}\n`,
    })
    expect(r.problems.filter((p) => p.level === 'error')).toEqual([])
    expect(r.problems.filter((p) => p.code === 'EVAL_LIMIT').map((p) => p.file)).toEqual(['docs/main.tf'])
    expect(r.buckets).toBe(2)
  })

  it('reports an expression nested deeper than the parser’s stack at its line, with --max-depth at its highest', async () => {
    // 990 nested `for`s take several frames a level: the whole module was an INTERNAL_ERROR.
    const n = 990
    const r = await scanHostile(
      {
        'deep/main.tf': `locals {\n  x = ${'[for a in '.repeat(n)}[1]${' : a]'.repeat(n)}\n}\n\nresource "aws_s3_bucket" "a" {\n  bucket = "a"\n  acl    = "public-read"\n}\n`,
      },
      { maxDepth: 1000 },
    )
    expect(r.problems.filter((p) => p.level === 'error').map((p) => `${p.file}:${p.line} ${p.code}`)).toEqual(['deep/main.tf:2 HCL_SYNTAX'])
    expect(r.findings.filter((f) => f.file === 'deep/main.tf' && f.ruleId === 'acl-public-read').map((f) => f.line)).toEqual([7])
  })

  it('models count = 100000 and a 100,000-key for_each up to the instance limit, with a warning at each', async () => {
    const r = await scanHostile({
      'count/main.tf': `resource "aws_s3_bucket" "many" {
  count  = 100000
  bucket = "many-\${count.index}"
  acl    = "public-read"
}

resource "aws_s3_bucket" "keyed" {
  for_each = toset([for i in range(100000) : tostring(i)])
  bucket   = "keyed-\${each.key}"
}

resource "aws_s3_bucket" "absurd" {
  count = 1e15
}
`,
    })
    // 1,000 instances (the default limit) plus one that stands for the rest, per block.
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read' && f.file === 'count/main.tf').length).toBe(1001)
    expect(r.buckets).toBeLessThanOrEqual(3 * 1001 + 1)
    // Where the rest was cut off: the file and line of each `count` / `for_each`.
    const limits = r.problems.filter((p) => p.code === 'EVAL_LIMIT' && p.file === 'count/main.tf')
    expect(limits.map((p) => [p.line, p.level])).toEqual([
      [2, 'warning'],
      [8, 'warning'],
      [13, 'warning'],
    ])
  })

  it('bounds module fan-out: count on nested module calls multiplies', async () => {
    const r = await scanHostile({
      'fan/main.tf': 'module "a" {\n  count  = 1000\n  source = "./a"\n}\n',
      'fan/a/main.tf': 'module "b" {\n  count  = 1000\n  source = "../b"\n}\n',
      'fan/b/main.tf': 'resource "aws_s3_bucket" "y" {\n  count = 1000\n  acl   = "public-read"\n}\n',
    })
    expect(r.buckets).toBeLessThan(100_000)
    // The configuration-wide cap is named once, at the count where it was first reached.
    const limits = r.problems.filter((p) => p.code === 'EVAL_LIMIT')
    expect(limits).toHaveLength(1)
    expect(limits[0]!.message).toMatch(/this configuration expands to more than 10000 resource and module instances/)
  })

  it('keeps string functions and strip markers linear on long runs of one character', async () => {
    // Each was an unanchored `+$` RegExp, retried from every position of the run: chomp() of
    // 90,000 newlines took 30 s; a `~` strip marker after 100,000 spaces, 17 s; a module source
    // with 100,000 slashes, 11 s. indent() grew a string of newlines a thousandfold before the
    // length limit could see it.
    const r = await scanHostile({
      'chomp/main.tf': policy('chomp(join("", [for i in range(40000) : "\\n"], ["x"]))'),
      'indent/main.tf': policy('indent(1000, join("", [for i in range(40000) : "\\n"]))'),
      'strip/main.tf': policy(`"x${' '.repeat(100_000)}y \${~ "z"}"`),
      'source/main.tf': `module "m" {\n  source = "terraform-aws-modules/s3-bucket/aws//${'/'.repeat(100_000)}x"\n}\n`,
    })
    expect(r.problems.filter((p) => p.code === 'EVAL_LIMIT').map((p) => [p.file, p.line])).toEqual([['indent/main.tf', 7]])
  })

  it('charges comparisons of nested values, keys sets, and reads a file once however often file() names it', async () => {
    // Each hung the scan (minutes) or took gigabytes before: comparing pairs walked nested values
    // whole on a charge of their top level; a set(string) variable deduplicated pairwise; every
    // file() call read the file again and anchored each of its lines; a decoded file looked up
    // each node's line from the first; chunklist() stepped by 1e-300; setproduct() copied each row
    // once per list.
    const bucket = (name: string, expr: string) =>
      `resource "aws_s3_bucket" "b" {\n  bucket = "${name}-\${${expr}}"\n  acl    = "public-read"\n}\n`
    const r = await scanHostile(
      {
        'distinct/main.tf': `locals {\n  d = distinct([for i in range(2000) : [range(2000), i]])\n}\n${bucket('d', 'length(local.d)')}`,
        'contains/main.tf': `locals {
  big   = range(2000)
  items = [for i in range(2000) : [local.big, i]]
  c     = [for i in range(1000) : contains(local.items, [local.big, -1])]
}
${bucket('c', 'length(local.c)')}`,
        'cond/main.tf': `variable "x" {}\nlocals {\n  big = range(100000)\n  l   = [for i in range(100000) : var.x ? local.big : local.big]\n}\n${bucket('c', 'length(local.l)')}`,
        'set/main.tf': `variable "v" {\n  type    = set(string)\n  default = [${Array.from({ length: 100_000 }, (_, i) => `"s${i}"`).join(',')}]\n}\n${bucket('s', 'length(var.v)')}`,
        'file/main.tf': `locals {\n  l = [for i in range(1000) : file("\${path.module}/lines.txt")]\n}\n${bucket('f', 'length(local.l)')}`,
        'file/lines.txt': 'x\n'.repeat(1_000_000),
        'decode/main.tf': `locals {\n  d = jsondecode(file("\${path.module}/list.json"))\n}\n${bucket('j', 'length(local.d)')}`,
        'decode/list.json': `[\n${Array.from({ length: 90_000 }, (_, i) => i).join(',\n')}\n]\n`,
        'chunk/main.tf': `locals {\n  c = chunklist([1, 2], 1e-300)\n}\n${bucket('c', 'length(local.c)')}`,
        'product/main.tf': `locals {\n  p = setproduct([for i in range(30000) : [1]]...)\n}\n${bucket('p', 'length(local.p)')}`,
      },
      undefined,
      // Not 256: the 4,000,000 numbers `distinct` is given are within the step budget, and Node 24's
      // larger young generation needs more room than Node 20's for them. Still far below the 4 GB
      // the repeated file() reads took.
      512,
    )
    // Each bucket is still checked: its name was not needed for the finding.
    const publicRead = r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.file)
    expect(publicRead.sort()).toEqual(
      ['chunk', 'cond', 'contains', 'decode', 'distinct', 'file', 'product', 'set'].map((d) => `${d}/main.tf`),
    )
    expect(r.ms).toBeLessThan(20_000)
  })

  it('charges the blocks a dynamic block makes, so one inside another over 100,000 entries ends', async () => {
    // 10^10 blocks were made for nothing before: the scan never ended.
    const r = await scanHostile({
      'dyn/main.tf': `locals {
  m = { for i in range(100000) : tostring(i) => i }
}

resource "aws_s3_bucket" "b" {
  bucket = "b"
  acl    = "public-read"
}

resource "aws_s3_bucket_lifecycle_configuration" "l" {
  bucket = aws_s3_bucket.b.id
  dynamic "rule" {
    for_each = local.m
    content {
      id     = rule.key
      status = "Enabled"
      dynamic "filter" {
        for_each = local.m
        content {
          prefix = filter.key
        }
      }
    }
  }
}
`,
    })
    expect(r.problems.filter((p) => p.code === 'EVAL_LIMIT').map((p) => [p.file, p.line])).toEqual([['dyn/main.tf', 17]])
    expect(r.findings.filter((f) => f.ruleId === 'acl-public-read').map((f) => f.file)).toEqual(['dyn/main.tf'])
  })
})
