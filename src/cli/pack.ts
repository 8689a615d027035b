/**
 * A batch's outputs as bytes: every stdout record, `--out` file and `--explain` text of a batch is
 * encoded as UTF-8 into one buffer, and each result keeps views into it. The worker hands that
 * buffer over (transferred, not copied) and the main thread writes the views as they are: it never
 * holds a record as a string, so it neither copies nor encodes nor collects one.
 */
import type { TaskResult } from './protocol.js';

export interface PackedResults {
  results: TaskResult[];
  /** The one buffer every view of `results` points into. */
  buffer: ArrayBuffer;
}

export function packResults(results: readonly TaskResult<string>[]): PackedResults {
  let total = 0;
  for (const r of results) {
    for (const s of [r.stdout, r.file, r.explain]) if (s !== null) total += Buffer.byteLength(s, 'utf8');
  }
  // Not from Node's shared pool of small buffers: this buffer changes hands as a whole.
  const block = Buffer.allocUnsafeSlow(total);
  let at = 0;
  const bytes = (s: string | null): Uint8Array | null => {
    if (s === null) return null;
    const n = block.write(s, at, 'utf8');
    const view = new Uint8Array(block.buffer, block.byteOffset + at, n);
    at += n;
    return view;
  };
  return {
    buffer: block.buffer,
    results: results.map((r) => ({ ...r, stdout: bytes(r.stdout), file: bytes(r.file), explain: bytes(r.explain) })),
  };
}
