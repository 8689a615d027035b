/**
 * The batch run: task batches flow to a piscina pool of worker threads through a bounded window
 * (at most WINDOW_PER_JOB batches per thread in flight: one being cleaned, one waiting), and results are written strictly in input
 * order. Input is pulled only when the window has room and results are written before more input
 * is pulled, so reading, cleaning and writing are all back-pressured and memory stays flat.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Piscina } from 'piscina';
import { explainError, outName } from './format.js';
import { createProgress, type Progress } from './progress.js';
import { ERROR_CODES, keyLabel, type Batch, type BatchResult, type Task, type WorkerConfig } from './protocol.js';
import { PACK_BLOCK_BYTES } from './pack.js';
import { outDirSink, reportSink, stdoutSink, type Sink } from './sinks.js';
import { countInputs, taskBatches, type SourceOptions } from './sources.js';

/** Batches in flight per worker thread: enough to keep every thread busy while the head is written. */
export const WINDOW_PER_JOB = 2;
/**
 * Written result buffers kept to hand back to the workers, and how many go with one batch (a
 * batch of 64 full pages fills ~3 of PACK_BLOCK_BYTES). Only buffers of that size circulate.
 */
export const SPARE_BUFFERS = 16;
export const SPARE_PER_BATCH = 4;
/**
 * V8 heap limits per worker. Left alone, a worker's heap grew to ~400 MB on 1,000 short records
 * (V8 collects lazily, and its young generation goes to 48 MB). The young generation is what trades
 * memory for CPU: a small one means frequent scavenges and early promotion, which the collector's
 * helper threads pay for, and on 2 cores those compete with the other worker. Over 2,000 records
 * with --jobs 2 (with HEAP_GROWING_PERCENT below), 8 MB: peak RSS 250 MB, 12.1–12.5 s CPU;
 * 16 MB: 263 MB, 10.5–10.8 s; 24 MB: 261 MB, 10.4–11.2 s; 32 MB: 285 MB, 10.9 s.
 * The old-generation ceiling is far above what the largest allowed input (5 MB) needs; a worker
 * that still runs out of memory fails only its own input (EWORKER), see `retryAlone`.
 */
export const WORKER_RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 1024 } as const;
/**
 * How far V8 lets a heap grow past what survived its last full collection before collecting again,
 * in percent (V8 picks 10–300 % by itself, and went to ~90 %: a worker holding 46 MB committed
 * 88 MB). A process-wide V8 flag, read at each collection, so it holds for the main thread and for
 * every worker. Measured over 2,000 records with --jobs 2 on a loaded machine (8 MB young
 * generations): peak RSS 325 MB (V8's choice) → 301 (50 %) → 280 (20 %) → 278 MB (10 %), CPU
 * 11.8 → 12.8 → 13.4 → 12.5 s (noise of ±1 s); with one worker, 20 % cost ~10 % more CPU than V8's
 * choice (8.8 → 9.6–9.9 s, collector threads included). `--optimize-for-size` went to 229 MB but
 * cost 43 % more CPU.
 */
export const HEAP_GROWING_PERCENT = 20;

export interface RunOptions {
  source: SourceOptions;
  config: Omit<WorkerConfig, 'many' | 'stdout' | 'file' | 'check'>;
  /** `copydesk check`: stdout carries the comparison of each input with its golden. */
  check?: { update: boolean; quiet: boolean };
  /** `--format` as given; null picks JSON for one input and JSONL for many (and JSON for `--out` files). */
  format: WorkerConfig['stdout'];
  jobs: number;
  outDir: string | null;
  reportFile: string | null;
  progress: boolean;
  /** Print each failure on stderr (default true; `check` prints its own lines). */
  logErrors?: boolean;
}

/** The worker entry beside this module: dist/worker.js when built, src/cli/worker.ts under tsx. */
export function workerFile(): string {
  for (const name of ['./worker.js', './worker.ts']) {
    const path = fileURLToPath(new URL(name, import.meta.url));
    if (existsSync(path)) return path;
  }
  throw new Error('copydesk: worker entry not found beside the CLI');
}

/** Error results for a batch whose worker failed: every task still gets its one record. */
function workerFailed(batch: Batch, error: unknown): BatchResult {
  const message = `worker failed: ${error instanceof Error ? error.message : String(error)}`;
  // Made on the main thread, where nothing is transferred: two short texts need no packer's buffers.
  const results = batch.tasks.map((t) => {
    const key = t.kind === 'line' ? { id: null, line: t.line } : t.key;
    const rel = t.rel ?? `line-${t.kind === 'line' ? t.line : 0}`;
    const err = { code: ERROR_CODES.worker, message };
    return {
      key,
      rel,
      error: err,
      stdout: batch.config.stdout ? Buffer.from(JSON.stringify({ ...('path' in key ? { path: key.path } : key), error: err }) + '\n') : null,
      file: null,
      explain: batch.config.explain ? Buffer.from(explainError(key, err)) : null,
      report: null,
    };
  });
  return { results, buffers: [] };
}

export interface RunOutcome {
  done: number;
  failed: number;
  /** Failures by error code. */
  codes: Record<string, number>;
  /** `check` results by status. */
  statuses: Record<string, number>;
  interrupted: boolean;
}

export class BatchRun {
  private stopping = false;
  private pool: Piscina<Batch, BatchResult> | null = null;
  private wake: () => void = () => {};

  /** Asks the run to stop after the record being written; `run()` then resolves with `interrupted`. */
  interrupt(): void {
    this.stopping = true;
    this.wake();
  }

  /**
   * Waits for `p`, or resolves null at once on an interrupt, so no wait on input or workers
   * outlives one. (Not Promise.race against a long-lived promise: every race would leave a
   * reaction on it holding its result, and memory would grow with the stream.)
   */
  private untilStopped<T>(p: Promise<T>): Promise<T | null> {
    if (this.stopping) return Promise.resolve(null);
    return new Promise<T | null>((resolve, reject) => {
      this.wake = () => resolve(null);
      p.then(
        (v) => {
          this.wake = () => {};
          resolve(v);
        },
        (e: unknown) => {
          this.wake = () => {};
          reject(e);
        },
      );
    });
  }

  async destroy(): Promise<void> {
    await this.pool?.destroy();
  }

  async run(o: RunOptions, stdout: NodeJS.WritableStream & import('node:stream').Writable): Promise<RunOutcome> {
    const batches = taskBatches(o.source, o.jobs);
    // Look ahead far enough to know whether there is one input or many: that picks the format.
    const head: Task[][] = [];
    let seen = 0;
    while (seen < 2) {
      const next = await batches.next();
      if (next.done) break;
      head.push(next.value);
      seen += next.value.length;
    }
    const many = o.source.input === 'jsonl' || seen > 1;
    // stdout carries the records, or the notes with --explain, or nothing with --out.
    const config: WorkerConfig = {
      ...o.config,
      many,
      stdout: o.config.explain || o.outDir ? null : (o.format ?? (many ? 'jsonl' : 'json')),
      file: o.outDir ? (o.format ?? 'json') : null,
      check: o.check ?? null,
    };

    const sinks: Sink[] = [];
    if (o.check) sinks.push(stdoutSink(stdout, (r) => r.stdout));
    else if (o.config.explain) sinks.push(stdoutSink(stdout, (r) => r.explain));
    else if (!o.outDir) sinks.push(stdoutSink(stdout, (r) => r.stdout));
    if (o.outDir) sinks.push(outDirSink(o.outDir, (r) => outName(r.rel, config.file)));
    if (o.reportFile) sinks.push(reportSink(o.reportFile, 'copydesk report'));

    const progress: Progress = createProgress(o.progress);
    if (o.progress && o.source.input === 'files') {
      countInputs(o.source.paths, o.source.accept).then((n) => progress.setTotal(n), () => {});
    }

    // Before the pool starts, so that it holds for the worker threads' heaps too.
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    this.pool = new Piscina<Batch, BatchResult>({
      filename: workerFile(),
      // One input needs one thread; a batch run starts all --jobs threads at once rather than
      // leaving it to piscina to grow the pool as batches queue.
      minThreads: many ? o.jobs : 1,
      maxThreads: o.jobs,
      idleTimeout: 60_000,
      resourceLimits: { ...WORKER_RESOURCE_LIMITS },
    });
    const pool = this.pool;
    const window = Math.max(2, o.jobs * WINDOW_PER_JOB);
    const inFlight: Promise<BatchResult>[] = [];
    const spare: ArrayBuffer[] = [];
    const outcome: RunOutcome = { done: 0, failed: 0, codes: {}, statuses: {}, interrupted: false };
    let start = 0;

    // When a worker dies on a batch, each of its tasks runs again alone, so only the input that
    // killed it gets an EWORKER record.
    const retryAlone = (batch: Batch, e: unknown): Promise<BatchResult> =>
      batch.tasks.length === 1
        ? Promise.resolve(workerFailed(batch, e))
        : Promise.all(
            batch.tasks.map((task, i) => {
              const one: Batch = { config, tasks: [task], start: batch.start + i, spare: [] };
              return pool.run(one).catch((err: unknown) => workerFailed(one, err));
            }),
          ).then((parts) => ({ results: parts.flatMap((p) => p.results), buffers: parts.flatMap((p) => p.buffers) }));
    const submit = (tasks: Task[]) => {
      const give = spare.splice(0, SPARE_PER_BATCH);
      const batch: Batch = { config, tasks, start, spare: give };
      start += tasks.length;
      inFlight.push(pool.run(batch, { transferList: give }).catch((e: unknown) => retryAlone(batch, e)));
    };
    const writeHead = async () => {
      const batch = await this.untilStopped(inFlight.shift()!);
      for (const r of batch?.results ?? []) {
        if (this.stopping) return;
        for (const sink of sinks) await sink.write(r);
        outcome.done++;
        if (r.status) outcome.statuses[r.status] = (outcome.statuses[r.status] ?? 0) + 1;
        if (r.error) {
          outcome.failed++;
          outcome.codes[r.error.code] = (outcome.codes[r.error.code] ?? 0) + 1;
          if (o.logErrors !== false) progress.log(`copydesk: ${keyLabel(r.key)}: ${r.error.message} [${r.error.code}]`);
        }
        progress.tick();
      }
      // Hand the buffers back only once stdout holds no part of them (a write to a file, or to a
      // pipe on Linux, completes at once; `--out` files are written before their write resolves).
      if (batch && !stdout.writableLength) {
        for (const b of batch.buffers) if (b.byteLength === PACK_BLOCK_BYTES && spare.length < SPARE_BUFFERS) spare.push(b);
      }
    };

    try {
      for (const tasks of head) submit(tasks);
      while (!this.stopping) {
        while (inFlight.length >= window && !this.stopping) await writeHead();
        if (this.stopping) break;
        const next = await this.untilStopped(batches.next());
        if (!next || next.done) break;
        submit(next.value);
      }
      while (inFlight.length && !this.stopping) await writeHead();
    } finally {
      outcome.interrupted = this.stopping;
      progress.stop();
      for (const sink of sinks) await sink.close();
      // A pending read (a quiet stdin) would keep return() waiting: only close an idle source.
      if (!this.stopping) await batches.return(undefined);
    }
    return outcome;
  }
}
