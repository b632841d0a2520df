/**
 * A lookup table's own entry. Keys often come from the scanned code, and a plain object answers
 * `constructor`, `toString` or `__proto__` with Object's members: `acl = "constructor"` found a
 * function where a list of grants was expected, and every ACL rule failed.
 */
export function ownEntry<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}
