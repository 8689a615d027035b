/**
 * The worker-thread entry (built to dist/worker.js): piscina hands it a batch of tasks and gets
 * back one result per task, in the same order. Batches amortise the cost of passing messages.
 */
import type { Batch, TaskResult } from './protocol.js';
import { runTask } from './tasks.js';

export default function runBatch(batch: Batch): TaskResult[] {
  return batch.tasks.map((task, i) => runTask(task, batch.config, batch.start + i));
}
