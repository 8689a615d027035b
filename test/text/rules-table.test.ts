// The README's rule table cannot go stale: every literal rule id in src/ has a row.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const FAMILIES = 'chrome|offtopic|spam|headline|dateline|byline|source|meta|limits|internal|mojibake|decode';
const LITERAL_ID = new RegExp(`['"\`]((?:${FAMILIES})/[a-z0-9]+(?:-[a-z0-9]+)*)['"\`]`, 'g');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((e) => {
    const p = join(dir, e);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function readmeRuleIds(): Set<string> {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = /<!-- section:rules -->([\s\S]*?)<!-- \/section:rules -->/.exec(readme)?.[1] ?? '';
  const rows = section.split('\n').filter((l) => l.startsWith('| `'));
  return new Set(rows.flatMap((r) => [...r.split(' | ')[0].matchAll(/`([^`]+)`/g)].map((m) => m[1])));
}

describe('README rules table', () => {
  const documented = readmeRuleIds();
  const used = new Map<string, string>();
  for (const file of sources(join(root, 'src'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(LITERAL_ID)) if (!used.has(m[1])) used.set(m[1], file.slice(root.length + 1));
  }

  it('finds rule ids in the source and rows in the table', () => {
    expect(used.size).toBeGreaterThan(20);
    expect(documented.size).toBeGreaterThan(20);
  });

  it('has a row for every rule id the source emits', () => {
    const missing = [...used].filter(([id]) => !documented.has(id)).map(([id, file]) => `${id} (${file})`);
    expect(missing).toEqual([]);
  });
});
