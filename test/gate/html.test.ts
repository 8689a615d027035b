// Quality gate for HTML mode on both DOM engines: scores may not drop below the pinned floors
// (floors/html.json, pinned a little under the figures reached; never lowered silently).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { benchmarkDir, missingData } from '../../eval/datasets.js';
import { scoreHtml, type HtmlScore } from '../../eval/html.js';

type Floors = Record<'linkedom' | 'jsdom', { bodyF1: number; bodyPrecision: number; bodyRecall: number; headlineExact: number; dateSameDay: number }>;
const floors = JSON.parse(readFileSync(join(__dirname, 'floors', 'html.json'), 'utf8')) as Floors;
const missing = missingData(join(benchmarkDir(), 'html'));
if (missing) console.log(`html gate skipped: ${missing}`);

for (const engine of ['linkedom', 'jsdom'] as const) {
  describe.skipIf(missing !== null)(`html quality gate, ${engine} (article-extraction-benchmark, 181 pages)`, () => {
    const f = floors[engine];
    let s: HtmlScore | null = null;
    const score = (): HtmlScore => (s ??= scoreHtml(engine));

    it(`body F1 ≥ ${f.bodyF1}, precision ≥ ${f.bodyPrecision}, recall ≥ ${f.bodyRecall}`, { timeout: 600_000 }, () => {
      const r = score();
      expect(r.body.f1).toBeGreaterThanOrEqual(f.bodyF1);
      expect(r.body.precision).toBeGreaterThanOrEqual(f.bodyPrecision);
      expect(r.body.recall).toBeGreaterThanOrEqual(f.bodyRecall);
    });

    it(`headline exact ≥ ${f.headlineExact} on the labelled pages`, { timeout: 600_000 }, () => {
      expect(score().headline.rate).toBeGreaterThanOrEqual(f.headlineExact);
    });

    it(`date same-day ≥ ${f.dateSameDay} on the labelled pages`, { timeout: 600_000 }, () => {
      expect(score().date.rate).toBeGreaterThanOrEqual(f.dateSameDay);
    });
  });
}
