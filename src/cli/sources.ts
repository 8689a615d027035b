/**
 * Inputs, as a lazy stream of task batches: files, folders (walked recursively, in name order),
 * globs, standard input, or JSONL records read from standard input or files. Nothing is read ahead
 * of what the pool asks for, so memory stays flat on any number of inputs.
 */
import { ReadStream, fstatSync, type Dirent, type Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, normalize, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';
import { glob } from 'tinyglobby';
import { isBlank, readLines } from './lines.js';
import { ERROR_CODES, type Task } from './protocol.js';

/** Files per batch sent to a worker; records per batch; bytes of records per batch. */
export const FILE_BATCH = 8;
export const LINE_BATCH = 64;
export const LINE_BATCH_BYTES = 1 << 20;
/**
 * Near the end of a stream of known size (JSONL files, or a file as standard input), a batch holds
 * at most 1/(TAIL_PARTS × jobs) of the bytes not yet batched (guided scheduling): batches shrink as
 * the stream runs out, so the threads finish together instead of one cleaning a last full batch
 * while the others wait. With full pages and 2 threads, batches start to shrink over the last
 * ~250 records of a stream, and the stream ends in ~20 more batches than it would have.
 */
export const TAIL_PARTS = 2;
/** Golden files sit beside fixtures; a folder walk never treats them as inputs. */
export const GOLDEN_SUFFIX = '.expected.json';

export interface SourceOptions {
  paths: string[];
  input: 'files' | 'jsonl';
  stdin: Readable;
  /** Which files found in folders are inputs (default: all but hidden names and goldens). */
  accept?: (path: string) => boolean;
}

const GLOB_CHARS = /[*?[\]{}]/;

function errorTask(path: string, rel: string, e: unknown): Task {
  const err = e as NodeJS.ErrnoException;
  return {
    kind: 'error',
    key: { path },
    rel,
    code: err.code ?? 'EIO',
    message: (err.message ?? String(e)).replace(/^[A-Z]+: /, ''),
  };
}

/** The output path of a file named on the command line: as given when inside the working folder. */
function relOfArg(path: string): string {
  const n = normalize(path);
  return isAbsolute(n) || n.startsWith('..') ? basename(n) : n;
}

/** The static folder in front of a glob's first magic segment. */
function globBase(pattern: string): string {
  const parts = pattern.split(/[\\/]/);
  const i = parts.findIndex((p) => GLOB_CHARS.test(p));
  return parts.slice(0, i < 0 ? parts.length - 1 : i).join(sep) || '.';
}

async function readAll(stream: Readable): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return new Uint8Array(Buffer.concat(chunks));
}

const devIno = (s: Stats) => `${s.dev}:${s.ino}`;

/**
 * Files under a folder, in name order, skipping hidden names and goldens. A symbolic link back to a
 * folder being walked is reported once as ELOOP instead of being followed forever.
 */
async function* walk(root: string, dir: string, ancestors: ReadonlySet<string>, accept: (path: string) => boolean): AsyncGenerator<Task> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (e) {
    yield errorTask(dir, relative(root, dir) || basename(dir), e);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    const rel = relative(root, full);
    if (entry.isDirectory() || entry.isSymbolicLink()) {
      let s: Stats;
      try {
        s = await stat(full);
      } catch (e) {
        yield errorTask(full, rel, e);
        continue;
      }
      if (s.isDirectory()) {
        if (ancestors.has(devIno(s))) {
          yield { kind: 'error', key: { path: full }, rel, code: 'ELOOP', message: 'symbolic link loop: it leads back to a folder being walked' };
          continue;
        }
        yield* walk(root, full, new Set([...ancestors, devIno(s)]), accept);
        continue;
      }
      if (!s.isFile()) continue;
    } else if (!entry.isFile()) continue; // FIFOs, sockets, devices: never read from a walk
    if (entry.name.endsWith(GOLDEN_SUFFIX) || !accept(full)) continue;
    yield { kind: 'file', key: { path: full }, rel, path: full };
  }
}

/** Every input named on the command line, one task each, in argument order. */
async function* fileTasks(paths: string[], stdin: Readable, accept: (path: string) => boolean = () => true): AsyncGenerator<Task> {
  for (const path of paths.length ? paths : ['-']) {
    if (path === '-') {
      try {
        yield { kind: 'bytes', key: { path: '-' }, rel: 'stdin', bytes: await readAll(stdin) };
      } catch (e) {
        yield errorTask('-', 'stdin', e);
      }
      continue;
    }
    let s: Stats | null = null;
    try {
      s = await stat(path);
    } catch (e) {
      if (!GLOB_CHARS.test(path)) {
        yield errorTask(path, relOfArg(path), e);
        continue;
      }
    }
    if (s?.isDirectory()) {
      yield* walk(path, path, new Set([devIno(s)]), accept);
    } else if (s) {
      yield { kind: 'file', key: { path }, rel: relOfArg(path), path };
    } else {
      const base = globBase(path);
      const found = (await glob(path, { onlyFiles: true, expandDirectories: false, followSymbolicLinks: false })).sort();
      if (!found.length) {
        yield { kind: 'error', key: { path }, rel: relOfArg(base), code: 'ENOMATCH', message: 'no file matches this pattern' };
        continue;
      }
      for (const f of found) {
        if (f.endsWith(GOLDEN_SUFFIX) || !accept(f)) continue;
        yield { kind: 'file', key: { path: f }, rel: relative(base, f), path: f };
      }
    }
  }
}

/** A record read (as a view into the chunk it came in), or a refusal already made. */
type Pending = Task | { number: number; bytes: Buffer };

/**
 * A batch of JSONL records as tasks whose bytes are views into one new buffer: a batch crosses to
 * its worker as one copied block (structured clone copies an ArrayBuffer once, not once per view),
 * and the main thread keeps it for the batch's retry if a worker dies.
 */
function batchTasks(pending: Pending[], bytes: number): Task[] {
  const block = new Uint8Array(bytes);
  let at = 0;
  return pending.map((p) => {
    if ('kind' in p) return p;
    block.set(p.bytes, at);
    const view = block.subarray(at, at + p.bytes.length);
    at += p.bytes.length;
    return { kind: 'line', line: p.number, rel: null, bytes: view };
  });
}

/** Size of a regular file, or null for anything else (a pipe, a terminal, a missing file). */
async function fileSize(path: string, stdin: Readable): Promise<number | null> {
  try {
    if (path !== '-') {
      const s = await stat(path);
      return s.isFile() ? s.size : null;
    }
    // A file given as standard input is read through a file stream on its descriptor (`stdinStream`).
    const fd = stdin instanceof ReadStream ? (stdin as ReadStream & { fd: unknown }).fd : null;
    if (typeof fd !== 'number') return null;
    const s = fstatSync(fd);
    return s.isFile() ? s.size : null;
  } catch {
    return null;
  }
}

/** Bytes in all the sources, when every one is a regular file. */
async function knownSize(paths: string[], stdin: Readable): Promise<number | null> {
  let total = 0;
  for (const path of paths) {
    const size = await fileSize(path, stdin);
    if (size === null) return null;
    total += size;
  }
  return total;
}

/** JSONL records from standard input or the named files, batched by count and size (see TAIL_PARTS). */
async function* lineBatches(paths: string[], stdin: Readable, jobs: number): AsyncGenerator<Task[]> {
  const sources = paths.length ? paths : ['-'];
  const total = await knownSize(sources, stdin);
  // Bytes of lines read so far, and the byte limit of the batch being filled.
  let read = 0;
  // (A file that grew while it was read has no known end any more.)
  const capAt = (): number => (total === null || read >= total ? LINE_BATCH_BYTES : Math.min(LINE_BATCH_BYTES, (total - read) / (TAIL_PARTS * jobs)));
  let cap = capAt();
  for (const path of sources) {
    let batch: Pending[] = [];
    let bytes = 0;
    const take = (): Task[] => {
      const tasks = batchTasks(batch, bytes);
      batch = [];
      bytes = 0;
      cap = capAt();
      return tasks;
    };
    try {
      for await (const { lines, more } of readLines(path === '-' ? stdin : path)) {
        for (const line of lines) {
          if (line.tooLong) {
            batch.push({ kind: 'error', key: { id: null, line: line.number }, rel: `line-${line.number}`, code: ERROR_CODES.record, message: line.message });
          } else {
            read += line.bytes.length + 1;
            if (isBlank(line.bytes)) continue;
            batch.push({ number: line.number, bytes: line.bytes });
            bytes += line.bytes.length;
          }
          if (batch.length >= LINE_BATCH || bytes >= cap) yield take();
        }
        // A slow producer must not stall its records: when nothing more is waiting to be read, what
        // the chunk held goes at once. When more is (a file, a fast pipe), batches fill up: each
        // batch costs the main thread a message each way, whatever its size.
        if (batch.length && !more) yield take();
      }
    } catch (e) {
      if (batch.length) yield take();
      yield [errorTask(path, relOfArg(path), e)];
    }
    if (batch.length) yield take();
  }
}

async function* grouped(tasks: AsyncIterable<Task>, size: number): AsyncGenerator<Task[]> {
  let batch: Task[] = [];
  for await (const t of tasks) {
    batch.push(t);
    if (batch.length >= size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/** The inputs as task batches, for a pool of `jobs` threads. */
export function taskBatches(o: SourceOptions, jobs = 1): AsyncGenerator<Task[]> {
  return o.input === 'jsonl' ? lineBatches(o.paths, o.stdin, jobs) : grouped(fileTasks(o.paths, o.stdin, o.accept), FILE_BATCH);
}

/** Counts the inputs a file source will yield, without reading them (for the progress bar's total). */
export async function countInputs(paths: string[], accept?: (path: string) => boolean): Promise<number> {
  const named = paths.filter((p) => p !== '-');
  let n = paths.length ? paths.length - named.length : 1;
  if (!named.length) return n;
  for await (const _ of fileTasks(named, process.stdin, accept)) n++;
  return n;
}
