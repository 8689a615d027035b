/**
 * The worker-thread entry (built to dist/worker.js): piscina hands it a batch of tasks and gets
 * back one result per task, in the same order. Batches amortise the cost of passing messages; the
 * results' text comes back as one transferred buffer of UTF-8 bytes (see pack.ts).
 */
import { move, transferableSymbol, valueSymbol } from 'piscina';
import { packResults } from './pack.js';
import type { Batch } from './protocol.js';
import { runTask } from './tasks.js';

export default function runBatch(batch: Batch): unknown {
  const { results, buffer } = packResults(batch.tasks.map((task, i) => runTask(task, batch.config, batch.start + i)));
  return move({ [transferableSymbol]: [buffer], [valueSymbol]: results });
}
