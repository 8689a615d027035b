/**
 * Where the evaluation data lives. It is never copied into the project: its path comes from
 * COPYDESK_DATASETS, else `../shared/datasets` beside the project root. Callers skip clearly when
 * it is absent, as it is in a user's clone.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

export const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function datasetsDir(): string {
  return resolve(process.env.COPYDESK_DATASETS ?? join(projectRoot, '..', 'shared', 'datasets'));
}

export const benchmarkDir = (): string => join(datasetsDir(), 'article-extraction-benchmark');
export const mojibakeDir = (): string => join(datasetsDir(), 'mojibake');

/** null when present; otherwise the sentence to print when skipping. */
export function missingData(path: string): string | null {
  return existsSync(path)
    ? null
    : `evaluation data not found at ${path}; set COPYDESK_DATASETS to the datasets folder to run this`;
}

export function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

export interface BenchmarkPage {
  id: string;
  url: string;
  truth: string;
}

/** The 181 benchmark pages: id, url and hand-written body. */
export function benchmarkPages(): BenchmarkPage[] {
  const truth = readJson<Record<string, { url: string; articleBody: string }>>(
    join(benchmarkDir(), 'ground-truth.json'),
  );
  return Object.entries(truth)
    .map(([id, v]) => ({ id, url: v.url, truth: v.articleBody }))
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** A page's plain-text dump, as a plain HTML-to-text converter produced it. */
export function textDumps(name = 'html-text'): Record<string, string> {
  const dump = readJson<{ output: Record<string, { articleBody: string }> }>(
    join(benchmarkDir(), 'text-dumps', `${name}.json`),
  );
  return Object.fromEntries(Object.entries(dump.output).map(([id, v]) => [id, v.articleBody]));
}

/** Every benchmark page as a plain-text input: its dump (as `textDumps` names it) and its address. */
export function dumpInputs(name = 'html-text'): { text: string; url: string }[] {
  const dumps = textDumps(name);
  return benchmarkPages().map((p) => ({ text: dumps[p.id] ?? '', url: p.url }));
}

export function pageHtml(id: string): string {
  return gunzipSync(readFileSync(join(benchmarkDir(), 'html', `${id}.html.gz`))).toString('utf8');
}

export function silverLabels(): Record<string, { url: string; headline: string | null; date: string | null }> {
  return readJson(join(benchmarkDir(), 'silver-headline-date.json'));
}

export function publishedBodies(name: string): Record<string, string> {
  const raw = readJson<Record<string, unknown>>(join(benchmarkDir(), 'published', `${name}.json`));
  // Some files wrap the bodies as {output: {...}, version}, others are the bare map.
  const out = (raw.output ?? raw) as Record<string, { articleBody: string }>;
  return Object.fromEntries(Object.entries(out).map(([id, v]) => [id, v.articleBody ?? '']));
}
