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
    const before = text[i - 1]
    const after = text[i + address.length]
    if ((before === undefined || !/[\w.-]/.test(before)) && (after === undefined || !/[\w-]/.test(after))) n++
  }
  return n
}
