/**
 * The worker-thread entry (built to dist/worker.js): piscina hands it a batch of tasks and gets
 * back one result per task, in the same order. Batches amortise the cost of passing messages; the
 * results' texts come back as UTF-8 bytes in transferred buffers (see pack.ts), filled from the
 * spare buffers the batch brought when it has any.
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { ResultPacker } from './pack.js';
import type { Batch } from './protocol.js';
import { runTask } from './tasks.js';

export default function runBatch(batch: Batch): unknown {
  const packer = new ResultPacker(batch.spare);
  const out = packer.done(batch.tasks.map((task, i) => packer.add(runTask(task, batch.config, batch.start + i))));
  return move({ [transferableSymbol]: out.buffers, [valueSymbol]: out });
}
