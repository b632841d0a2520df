import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compileRe2, execRe2, Unsupported } from '../../../src/parsers/terraform/eval/re2.js'
import { plainValue, prepareFiles } from './helpers.js'

/** Evaluates `expr` as `local.x`. */
function evalExpr(expr: string) {
  const p = prepareFiles({ 'main.tf': `locals {\n  x = ${expr}\n}\n` })
  return plainValue(p.local('x'))
}

/** An HCL string literal of `s`. */
const q = (s: string) => JSON.stringify(s).replace(/\$\{/g, () => '$${')

/** Patterns for the differential property: JavaScript's RegExp is leftmost-first too. */
const atom = fc.oneof(fc.constantFrom('a', 'b', 'c', '.', '[ab]', '[^a]', '[a-c]', '\\d', '\\w', 'x', '\\.', '[[:alpha:]]'))
// Quantifiers only over what cannot match empty: JavaScript rejects an empty iteration, Go does not.
const tree = fc.letrec((tie) => ({
  solid: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(tie('solid'), tie('any')).map(([a, b]) => `${a}${b}`),
    fc.tuple(tie('solid'), tie('solid')).map(([a, b]) => `(?:${a}|${b})`),
    fc.tuple(tie('solid'), fc.constantFrom('+', '+?', '{1,2}', '{2}', '{2,}')).map(([a, q]) => `(?:${a})${q}`),
    tie('solid').map((a) => `(${a})`),
  ),
  any: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    tie('solid'),
    fc.tuple(tie('solid'), fc.constantFrom('*', '?', '*?', '??', '{0,2}')).map(([a, q]) => `(?:${a})${q}`),
    fc.tuple(tie('any'), tie('any')).map(([a, b]) => `${a}${b}`),
    fc.tuple(tie('any'), tie('any')).map(([a, b]) => `(?:${a}|${b})`),
    fc.constantFrom('^', '$', '\\b'),
  ),
}))
const pat = tree.any as fc.Arbitrary<string>

describe('regular expressions as Terraform runs them (Go RE2)', () => {
  it.each([
    // Terraform's documentation examples.
    [`regex("[a-z]+", "53453453.345345aaabbbccc23454")`, 'aaabbbccc'],
    [`regex(${q('(\\d\\d\\d\\d)-(\\d\\d)-(\\d\\d)')}, "2019-02-01")`, ['2019', '02', '01']],
    [
      `regex(${q('^(?:(?P<scheme>[^:/?#]+):)?(?://(?P<authority>[^/?#]*))?')}, "https://terraform.io/docs/")`,
      { scheme: 'https', authority: 'terraform.io' },
    ],
    [`regexall("[a-z]+", "1234abcd5678efgh9")`, ['abcd', 'efgh']],
    [`length(regexall("[a-z]+", "1234abcd5678efgh9"))`, 2],
    [`replace("hello world", "/w.*d/", "everybody")`, 'hello everybody'],
    // Go's ReplaceAllString: $1 and ${1}; `$1W` names a group "1W", which does not exist.
    [`replace("-ab-axxb-", "/a(x*)b/", "T")`, '-T-T-'],
    [`replace("-ab-axxb-", "/a(x*)b/", "$1")`, '--xx-'],
    [`replace("-ab-axxb-", "/a(x*)b/", "$1W")`, '---'],
    [`replace("-ab-axxb-", "/a(x*)b/", ${q('${1}W')})`, '-W-xxW-'],
    [`replace("john smith", ${q('/(?P<first>\\w+)\\s(?P<last>\\w+)/')}, ${q('${last}, $first $$')})`, 'smith, john $'],
    // Empty matches: once at each place, never right after a match.
    [`replace("baaac", "/a*/", "X")`, 'XbXcX'],
    [`regexall("a*", "baaac")`, ['', 'aaa', '']],
    // Leftmost-first, as Perl and Go choose; lazy repetition.
    [`regex("a|ab", "ab")`, 'a'],
    [`regex("(a|ab)(c|bcd)", "abcd")`, ['a', 'bcd']],
    [`regex("a+?", "aaa")`, 'a'],
    [`regex("<.*?>", "<a><b>")`, '<a>'],
    [`regex("(?U)a+", "aaa")`, 'a'],
    // Flags, anchors and classes.
    [`regex("(?i)HELLO", "say hello")`, 'hello'],
    [`regex("(?i:b)[a-c]+", "xBcab")`, 'Bcab'],
    [`regexall(${q('(?m)^\\w+')}, "ab\\ncd")`, ['ab', 'cd']],
    [`regexall(${q('^\\w+')}, "ab\\ncd")`, ['ab']],
    [`can(regex("a$", "a\\n"))`, false],
    [`regex("(?s)a.b", "a\\nb")`, 'a\nb'],
    [`can(regex("a.b", "a\\nb"))`, false],
    [`regexall(${q('\\bfoo\\b')}, "foo foobar foo")`, ['foo', 'foo']],
    [`regex("(a)|(b)", "b")`, [null, 'b']],
    [`regexall("[[:digit:]]+", "a12b345")`, ['12', '345']],
    [`regex(${q('\\Qa.b\\E')}, "axb a.b")`, 'a.b'],
    [`regex("[]a]+", "x]a]")`, ']a]'],
    [`regex("[^-a]+", "a-bc")`, 'bc'],
    [`regex("x{2,3}", "xxxx")`, 'xxx'],
    [`regex("x{,2}", "x{,2}")`, 'x{,2}'],
    [`regex(${q('\\x{263a}|\\pL+')}, "1☺é")`, '☺'],
    [`regex(${q('\\p{Greek}+')}, "abc αβγ")`, 'αβγ'],
    [`regex(".", "😀x")`, '😀'],
    // Bucket names made safe, as modules do.
    [`replace(lower("My_Project.Name"), "/[^a-z0-9-]/", "-")`, 'my-project-name'],
    [`"\${replace(lower("Team A"), "/[^a-z0-9-]/", "-")}-logs"`, 'team-a-logs'],
    [`can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", "my-bucket"))`, true],
    [`can(regex("^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$", "My_Bucket"))`, false],
  ])('%s', (expr, want) => {
    expect(evalExpr(expr)).toEqual(want)
  })

  it('is an error, as in Terraform, when regex() finds no match', () => {
    expect(evalExpr(`regex("[a-z]+", "53453453.34534523454")`)).toMatch(/^<unknown error: regex\(\): the pattern did not match/)
    expect(evalExpr(`try(regex("z", "a"), "none")`)).toBe('none')
  })

  it('leaves unknown what it does not read, rather than guessing or failing', () => {
    // A backreference (RE2 has none), a nested repetition and a syntax error: Terraform refuses
    // them, and an unknown is never taken for a value.
    expect(evalExpr(`regex(${q('(a)\\1')}, "aa")`)).toMatch(/^<unknown: regex\(\) with this regular expression is not evaluated/)
    expect(evalExpr(`regex("a**", "aa")`)).toMatch(/^<unknown: /)
    expect(evalExpr(`regex("(a", "aa")`)).toMatch(/^<unknown: /)
    expect(evalExpr(`replace("aa", "/a{1001}/", "b")`)).toMatch(/^<unknown: /)
    expect(evalExpr(`regex("(?P<n>a)(b)", "ab")`)).toMatch(/^<unknown: regex\(\) with named and unnamed groups/)
    expect(evalExpr(`regex("a+", var.unset)`)).toMatch(/^<unknown/)
  })

  it('takes time linear in the text, whatever the pattern', () => {
    const started = performance.now()
    // Exponential for a backtracking engine; one pass here, and no match.
    expect(evalExpr(`can(regex("^(a*)*(a|b)*c$", "${'a'.repeat(20_000)}"))`)).toBe(false)
    // More steps than a function may take: unknown, not a hang.
    expect(evalExpr(`regex("(x+x+)+y", "${'x'.repeat(60_000)}")`)).toMatch(/too many steps/)
    expect(performance.now() - started).toBeLessThan(20_000)
  })

  it('finds the same whole match as a backtracking engine where their semantics agree', () => {
    fc.assert(
      fc.property(pat, fc.stringMatching(/^[abcx1.]{0,12}$/), (p, text) => {
        let re
        try {
          re = compileRe2(p)
        } catch (e) {
          if (e instanceof Unsupported) return true
          throw e
        }
        const js = new RegExp(p.replace(/\[\[:alpha:\]\]/g, '[A-Za-z]')).exec(text)
        const cps = Array.from(text, (c) => c.codePointAt(0)!)
        const m = execRe2(re, cps, 0, { left: 1e7 })
        const mine = m ? [m[0], m[1]] : null
        const theirs = js ? [js.index, js.index + js[0].length] : null
        if (JSON.stringify(mine) !== JSON.stringify(theirs))
          throw new Error(`${p} on ${JSON.stringify(text)}: mine ${JSON.stringify(mine)} js ${JSON.stringify(theirs)}`)
        return true
      }),
      { numRuns: 2000, seed: 7 },
    )
  })
})
