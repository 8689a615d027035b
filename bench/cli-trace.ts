/**
 * Running the built CLI for `npm run bench -- cli` and sampling it from outside: each child reads
 * its stream from a file and writes to another; every SAMPLE_MS the harness reads the output's
 * size, the child's RSS and its threads' CPU times (from /proc), and after the run turns each size
 * sample into whole records out (the line ends at or before it). Figures are then read over
 * windows that all the children of one measurement share.
 */
import { spawn } from 'node:child_process';
import { closeSync, fstatSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
/** Clock ticks per second of /proc times (sysconf(_SC_CLK_TCK), 100 on Linux). */
const TICK = 100;
/** How often the running child is sampled (output size, RSS, threads' CPU). */
const SAMPLE_MS = 50;
/**
 * Node or V8 flags for every CLI child (e.g. `--single-threaded-gc`, `--v8-pool-size=1`), to
 * compare a setting with the default by two runs of the whole benchmark: V8's flags hold for the
 * whole process, its worker threads included.
 */
const NODE_FLAGS = (process.env.COPYDESK_BENCH_CLI_NODE_FLAGS ?? '').split(/\s+/).filter(Boolean);

/** CPU seconds by thread: the main thread, the busiest `jobs` other threads (the workers), the rest. */
export interface ThreadCpu {
  main: number;
  workers: number;
  helpers: number;
}

/** CPU seconds of this process's waited-for children (cutime + cstime). */
function childrenCpuS(): number {
  const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / TICK;
}

function procStatus(pid: number): { rss: number; hwm: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+)`, 'm').exec(s)?.[1] ?? 0);
    // An exiting process (a zombie) has no memory lines left: no sample rather than 0 MB.
    const rss = kb('VmRSS');
    return rss ? { rss: rss / 1024, hwm: kb('VmHWM') / 1024 } : null;
  } catch {
    return null;
  }
}

/** CPU seconds (user + system) of each thread of a process, by thread id. */
function threadCpu(pid: number, into: Map<number, number>): void {
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const s = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
      into.set(Number(tid), (Number(f[11]) + Number(f[12])) / TICK);
    }
  } catch {
    // the process (or a thread) ended between the listing and the read
  }
}

function splitThreads(pid: number, jobs: number, cpu: Map<number, number>): ThreadCpu {
  const others = [...cpu].filter(([tid]) => tid !== pid).map(([, s]) => s).sort((a, b) => b - a);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  return { main: cpu.get(pid) ?? 0, workers: sum(others.slice(0, jobs)), helpers: sum(others.slice(jobs)) };
}

/** Byte offsets just past each newline of a file, read in blocks. */
function lineEnds(path: string): number[] {
  const ends: number[] = [];
  const fd = openSync(path, 'r');
  const block = Buffer.allocUnsafe(1 << 20);
  let base = 0;
  for (let n = readSync(fd, block); n > 0; n = readSync(fd, block)) {
    for (let i = block.indexOf(10); i >= 0 && i < n; i = block.indexOf(10, i + 1)) ends.push(base + i + 1);
    base += n;
  }
  closeSync(fd);
  return ends;
}

/** One child's run: its samples (each with the whole records out at that moment) and its totals. */
export interface Trace {
  t0: number;
  end: number;
  records: number;
  code: number | null;
  samples: { at: number; done: number; rssMb: number; threads: ThreadCpu }[];
  threads: ThreadCpu;
  peakRssMb: number;
}

/** Runs the CLI on one input file (its stdin), sampling it every SAMPLE_MS. */
function traceRun(cli: string, jobs: number, input: string): Promise<Trace> {
  return new Promise((resolve) => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-bench-cli-'));
    const outPath = join(dir, 'out.jsonl');
    const inFd = openSync(input, 'r');
    const outFd = openSync(outPath, 'w');
    const t0 = performance.now();
    const child = spawn(process.execPath, [...NODE_FLAGS, cli, '--input', 'jsonl', '--jobs', String(jobs), '--quiet'], { stdio: [inFd, outFd, 'inherit'] });
    closeSync(inFd);
    const pid = child.pid!;
    const sizes: { at: number; bytes: number; rssMb: number; threads: ThreadCpu }[] = [];
    const cpu = new Map<number, number>();
    let peak = 0;
    const poll = setInterval(() => {
      const at = performance.now();
      const s = procStatus(pid);
      if (!s) return;
      peak = Math.max(peak, s.hwm);
      threadCpu(pid, cpu);
      sizes.push({ at, bytes: fstatSync(outFd).size, rssMb: s.rss, threads: splitThreads(pid, jobs, cpu) });
    }, SAMPLE_MS);
    child.on('close', (code) => {
      clearInterval(poll);
      const end = performance.now();
      closeSync(outFd);
      const ends = lineEnds(outPath);
      rmSync(dir, { recursive: true, force: true });
      // Whole records out at each sample: the line ends at or before the size sampled.
      let k = 0;
      const samples = sizes.map(({ bytes, ...x }) => {
        while (k < ends.length && ends[k] <= bytes) k++;
        return { ...x, done: k };
      });
      resolve({ t0, end, records: ends.length, code, samples, threads: splitThreads(pid, jobs, cpu), peakRssMb: peak });
    });
  });
}

/** Runs the CLI once per input, all at once; `cpuS` is their CPU seconds together (rusage). */
export async function runAtOnce(cli: string, jobs: number, inputs: string[]): Promise<{ traces: Trace[]; cpuS: number }> {
  const cpu0 = childrenCpuS();
  const traces = await Promise.all(inputs.map((input) => traceRun(cli, jobs, input)));
  return { traces, cpuS: childrenCpuS() - cpu0 };
}

export const NO_CPU: ThreadCpu = { main: 0, workers: 0, helpers: 0 };
export const addCpu = (a: ThreadCpu, b: ThreadCpu, sign = 1): ThreadCpu => ({
  main: a.main + sign * b.main,
  workers: a.workers + sign * b.workers,
  helpers: a.helpers + sign * b.helpers,
});

/** The last sample at or before `at` (the whole run once it has ended). */
function stateAt(t: Trace, at: number): { done: number; threads: ThreadCpu } {
  if (at >= t.end) return { done: t.records, threads: t.threads };
  let last = { done: 0, threads: NO_CPU };
  for (const s of t.samples) {
    if (s.at > at) break;
    last = s;
  }
  return last;
}

/** Moments of a trace that open a window: the first record out, half the records out. */
export const firstOut = (t: Trace) => t.samples.find((s) => s.done > 0)?.at ?? t.end;
export const halfOut = (t: Trace) => t.samples.find((s) => s.done >= t.records / 2)?.at ?? t.end;

/** Records out and CPU by thread, over the window all the runs share: from the latest `from` to the earliest end. */
export interface Window {
  s: number;
  records: number;
  threads: ThreadCpu;
}

export function commonWindow(traces: Trace[], from: (t: Trace) => number): Window {
  const a = Math.max(...traces.map(from));
  const b = Math.min(...traces.map((t) => t.end));
  // Streams too short for the runs to overlap (fewer records than a batch or two) have no window.
  if (b <= a) return { s: 0, records: 0, threads: NO_CPU };
  let records = 0;
  let threads = NO_CPU;
  for (const t of traces) {
    const [x, y] = [stateAt(t, a), stateAt(t, b)];
    records += y.done - x.done;
    threads = addCpu(threads, addCpu(y.threads, x.threads, -1));
  }
  return { s: (b - a) / 1000, records, threads };
}

