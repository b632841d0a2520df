/**
 * The notification submodule of the registry S3 module
 * (`terraform-aws-modules/s3-bucket/aws//modules/notification`), modelled from its inputs like
 * the module itself (`registry-s3-module.ts`): it writes one `aws_s3_bucket_notification` for the
 * bucket its `bucket` input names, with a `lambda_function`, `queue` or `topic` block for each
 * entry of `lambda_notifications`, `sqs_notifications` and `sns_notifications` (each entry's
 * `events`, `filter_prefix`, `filter_suffix`), and its `eventbridge` input. `create = false`
 * writes nothing.
 *
 * Releases before the `eventbridge` input created the resource only when one of the maps had an
 * entry; later ones create it whenever `create` holds, empty or not. An empty one configures no
 * notification either way, so a call that configures none is left out: the bucket keeps what it
 * has without it.
 */
import type { Origin, TfValue } from './eval/value.js'
import { obj, toBoolean } from './eval/value.js'
import type { BodyView } from './body-view.js'
import { ValueBodyView } from './body-view.js'
import { InputsView } from './registry-s3-module.js'

/** The nested block of `aws_s3_bucket_notification` each map input writes. */
const INPUT_OF: Readonly<Record<string, string>> = {
  lambda_function: 'lambda_notifications',
  queue: 'sqs_notifications',
  topic: 'sns_notifications',
}

/** The module call read as the `aws_s3_bucket_notification` it writes (`bucket`, `eventbridge`, the blocks). */
export class NotificationInputsView extends InputsView {
  override blocks(type: string): BodyView[] {
    const input = Object.hasOwn(INPUT_OF, type) ? INPUT_OF[type]! : undefined
    const a = input ? this.attr(input) : undefined
    if (!input || !a) return []
    return entryBlocks(a.value, a.at, `${this.path}.${input}`)
  }

  /** Whether the call configures any notification (or may: a value not known statically). */
  configuresAny(): boolean {
    for (const input of Object.values(INPUT_OF)) {
      const v = this.attr(input)?.value
      if (v && !(v.k === 'null' || (v.k === 'object' && v.attrs.size === 0) || (v.k === 'list' && v.items.length === 0))) return true
    }
    const eb = this.attr('eventbridge')?.value
    return eb !== undefined && eb.k !== 'null' && toBoolean(eb) !== false
  }
}

/** One block per entry of a map (or list) input; one block standing for all when it is not known. */
function entryBlocks(v: TfValue, at: Origin, path: string): BodyView[] {
  if (v.k === 'null') return []
  if (v.k === 'object' || v.k === 'list') {
    const entries: [string, TfValue][] = v.k === 'object' ? [...v.attrs] : v.items.map((x, i) => [String(i), x])
    return entries.map(([key, entry]) => {
      const where = `${path}[${JSON.stringify(key)}]`
      if (entry.k === 'object') return new ValueBodyView(entry, entry.at ?? at, where)
      return unknownBlock(entry.k === 'unknown' ? entry.why : `entry "${key}" is not an object`, entry.at ?? at, where)
    })
  }
  return [unknownBlock(v.k === 'unknown' ? v.why : 'the value is not a map of notifications', v.at ?? at, path)]
}

function unknownBlock(why: string, at: Origin, path: string): BodyView {
  const view = new ValueBodyView(obj(new Map(), at), at, path)
  view.unknownWhy = why
  return view
}
