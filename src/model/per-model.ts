/**
 * Values computed once per model and kept on the model itself, so that they die with it.
 *
 * Not a module-level WeakMap: its table lives in the old generation, and V8's scavenger keeps the
 * values of such a table alive (it cannot tell whether an old key is dead). A value that reaches
 * the model (a name index holds its buckets) thus kept each unit's whole model and syntax tree
 * through every scavenge until the next full collection: linking 1,500 small CloudFormation
 * templates promoted 163 MB instead of 18 MB, and its scavenges took four times as long.
 */
import type { S3Model } from './s3.js'

export interface PerModel<T> {
  get(model: S3Model): T | undefined
  set(model: S3Model, value: T): void
}

/** One slot on every model, under a symbol of its own (not enumerable: not model data). */
export function perModel<T>(name: string): PerModel<T> {
  const key = Symbol(name)
  type Slotted = S3Model & { [key]?: T }
  return {
    get: (model) => (model as Slotted)[key],
    set(model, value) {
      Object.defineProperty(model, key, { value, writable: true, configurable: true, enumerable: false })
    },
  }
}
