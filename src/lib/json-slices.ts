/** Arrays longer than this are written an element at a time, the browser's turn allowed between. */
const LONG_ARRAY = 16;

/**
 * Work done in slices of about `sliceMs`: `due()` says a slice has run its time, `pause()` gives
 * the browser its turn and starts the next. One slicer can pace several pieces of work together.
 */
export class TimeSlicer {
  private start = performance.now();

  constructor(private readonly sliceMs: number) {}

  due(): boolean {
    return performance.now() - this.start > this.sliceMs;
  }

  async pause(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 0));
    this.start = performance.now();
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return (
    (proto === Object.prototype || proto === null) &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function'
  );
}

const walked = (value: unknown) => Array.isArray(value) || isPlainObject(value);

/**
 * What `JSON.stringify(value)` writes, pushed onto `out` in parts, pausing (`yield`) after each
 * element of a long array. Plain objects and arrays are walked; anything else is written by
 * JSON.stringify itself, so its rules (toJSON, omitted members, `null` for holes) hold.
 */
function* jsonParts(value: unknown, out: string[]): Generator<void, void, undefined> {
  if (Array.isArray(value)) {
    const long = value.length > LONG_ARRAY;
    out.push('[');
    for (let index = 0; index < value.length; index += 1) {
      if (index > 0) out.push(',');
      const element: unknown = value[index];
      if (walked(element)) yield* jsonParts(element, out);
      else out.push(JSON.stringify(element) ?? 'null');
      if (long) yield;
    }
    out.push(']');
    return;
  }
  if (!isPlainObject(value)) {
    out.push(JSON.stringify(value) ?? 'null');
    return;
  }
  out.push('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    const nested = walked(member);
    const written = nested ? undefined : (JSON.stringify(member) as string | undefined);
    if (!nested && written === undefined) continue;
    out.push(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (nested) yield* jsonParts(member, out);
    else out.push(written as string);
  }
  out.push('}');
}

/**
 * `JSON.stringify(value)` as slices, paced by `slicer`, with the browser's turn in between:
 * megabytes of feed data written in one go would block scrolling and typing for a tenth of a
 * second or more. The slices are not joined: one string of megabytes is itself a long task to
 * make (the text of a hundred feeds, about 15 million characters, takes 100 ms).
 */
export async function stringifyInSlices(value: unknown, slicer: TimeSlicer): Promise<string[]> {
  // Each slice's parts are joined as it ends: one join of a hundred thousand small strings at
  // the end would itself be a long task.
  const slices: string[] = [];
  const out: string[] = [];
  const parts = jsonParts(value, out);
  while (!parts.next().done) {
    if (slicer.due()) {
      slices.push(out.join(''));
      out.length = 0;
      await slicer.pause();
    }
  }
  slices.push(out.join(''));
  return slices;
}
