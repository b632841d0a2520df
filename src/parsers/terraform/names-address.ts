/**
 * Whether `text` names `address` (`aws_s3_bucket_acl.site`) as a whole reference (`address.id`,
 * `[address]`, a `depends_on` entry), not as part of a longer name (`x.address`, `address_2`).
 * A substring search first: most addresses are written nowhere but in their own declaration.
 */
export function namesAddress(text: string, address: string): boolean {
  return timesNamed(text, address, 1) > 0
}

/** How many times `text` names `address` as `namesAddress` reads it, counting up to `most`. */
export function timesNamed(text: string, address: string, most = Infinity): number {
  let n = 0
  for (let i = text.indexOf(address); i !== -1 && n < most; i = text.indexOf(address, i + 1)) {
    const before = charBefore(text, i)
    const after = text.codePointAt(i + address.length)
    if ((before === undefined || !NAME_OR_DOT.test(before)) && (after === undefined || !NAME_CHAR.test(String.fromCodePoint(after)))) n++
  }
  return n
}

/**
 * What continues a name: Terraform's identifiers take any Unicode letter. With ASCII `\w`,
 * `depends_on = [aws_s3_bucket_public_access_block.bé]` named the block `...block.b` too, and ordered
 * a public policy after a block it never waited for.
 */
const NAME_CHAR = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}_-]/u
const NAME_OR_DOT = /[\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}_.-]/u

/** The character (a whole code point) that ends just before `i`. */
function charBefore(text: string, i: number): string | undefined {
  if (i === 0) return undefined
  const c = text.charCodeAt(i - 1)
  return c >= 0xdc00 && c <= 0xdfff && i >= 2 ? String.fromCodePoint(text.codePointAt(i - 2)!) : text[i - 1]
}
