/**
 * Where results go, in input order: standard output (records or `--explain` lines), one file per
 * input under `--out`, and the `--report` page. Every write waits for the destination to drain,
 * which is the back-pressure on writing; every stdout write is one whole record.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { finished, pipeline } from 'node:stream/promises';
import type { Writable } from 'node:stream';
import type { TaskResult } from './protocol.js';
import { INDEX_CLOSE, indexOpen, PAGE_FOOT, pageHead } from './report.js';

export interface Sink {
  write(result: TaskResult): Promise<void>;
  /** Flushes and finishes the output; called once, also after an interrupt. */
  close(): Promise<void>;
}

/** Writes a string or bytes and waits for the stream to take them (or to fail). */
export function writeDrained(stream: Writable, s: string | Uint8Array): Promise<void> {
  if (stream.write(s)) return Promise.resolve();
  return new Promise((ok) => {
    const done = () => {
      stream.off('drain', done);
      stream.off('close', done);
      stream.off('error', done);
      ok();
    };
    stream.on('drain', done);
    stream.on('close', done);
    stream.on('error', done);
  });
}

/** `pick` gives a result's bytes for stdout: one whole record (or its `--explain` lines) per write. */
export function stdoutSink(out: Writable, pick: (r: TaskResult) => Uint8Array | null): Sink {
  return {
    async write(r) {
      const bytes = pick(r);
      if (bytes?.length) await writeDrained(out, bytes);
    },
    async close() {
      await new Promise<void>((ok) => out.write('', () => ok()));
    },
  };
}

/** Resolves `rel` under `dir`, refusing any path that would land outside it. */
function inside(dir: string, rel: string): string {
  const root = resolve(dir);
  const target = resolve(root, rel);
  return target.startsWith(root + '/') ? target : join(root, rel.replace(/\.\.(\/|\\|$)/g, '__$1'));
}

export function outDirSink(dir: string, name: (r: TaskResult) => string): Sink {
  return {
    async write(r) {
      if (r.file === null) return;
      const target = inside(dir, name(r));
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, r.file);
    },
    async close() {},
  };
}

/**
 * The report: sections and index rows stream to two temporary files as inputs finish; closing
 * assembles the page (head, index, sections) and removes them, so memory stays flat.
 */
export function reportSink(file: string, title: string): Sink {
  const sectionsPath = `${file}.${process.pid}.sections.part`;
  const rowsPath = `${file}.${process.pid}.rows.part`;
  let sections: WriteStream | null = null;
  let rows: WriteStream | null = null;
  let total = 0;
  return {
    async write(r) {
      if (!r.report) return;
      if (!sections || !rows) {
        await mkdir(dirname(resolve(file)), { recursive: true });
        sections = createWriteStream(sectionsPath);
        rows = createWriteStream(rowsPath);
      }
      total++;
      await writeDrained(sections, r.report.html);
      await writeDrained(rows, r.report.row);
    },
    async close() {
      const page = createWriteStream(file);
      const copy = async (path: string) => pipeline(createReadStream(path), page, { end: false });
      await writeDrained(page, pageHead(title));
      if (sections && rows) {
        sections.end();
        rows.end();
        await Promise.all([finished(sections), finished(rows)]);
        if (total > 1) {
          await writeDrained(page, indexOpen(total));
          await copy(rowsPath);
          await writeDrained(page, INDEX_CLOSE);
        }
        await copy(sectionsPath);
        await Promise.all([rm(sectionsPath, { force: true }), rm(rowsPath, { force: true })]);
      } else {
        await writeDrained(page, '<p class="meta">No input.</p>\n');
      }
      page.end(PAGE_FOOT);
      await finished(page);
    },
  };
}
