/**
 * `npm run eval -- text`: plain-text mode over the benchmark's text dumps (the whole page turned
 * into text, menus and all). Body F1 with the benchmark metric; headline exact and date same-day
 * against the silver labels. The scoring is a function the gate test reuses.
 */
import { join } from 'node:path';
import { cleanArticle } from '../src/index.js';
import type { Article } from '../src/types.js';
import { benchmarkDir, benchmarkPages, missingData, silverLabels, textDumps } from './datasets.js';
import { scoreCorpus, scorePage, type BodyScore, type PageScore } from './metric.js';
import { quantile } from './quantile.js';

export const TEXT_REFERENCES: [string, number][] = [
  ['raw text dump (nothing removed)', 0.665],
  ['jusText (on the HTML)', 0.804],
  ['@mozilla/readability (on the HTML)', 0.947],
  ['trafilatura 2.0 (on the HTML)', 0.958],
  ['AutoExtract (commercial)', 0.97],
];

export interface TextScores {
  body: BodyScore;
  headline: { exact: number; labelled: number };
  date: { sameDay: number; labelled: number };
  perPage: { id: string; score: PageScore; article: Article }[];
}

const norm = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** null when the text dump is present, else the sentence to print when skipping. */
export function missingTextData(dump = 'html-text'): string | null {
  return missingData(join(benchmarkDir(), 'text-dumps', `${dump}.json`));
}

/** The scores of plain-text mode over a text dump (`dumps` when the caller has read it already). */
export function scoreText(dump = 'html-text', dumps = textDumps(dump)): TextScores {
  const silver = silverLabels();
  const perPage: TextScores['perPage'] = [];
  let hl = 0;
  let hlN = 0;
  let dt = 0;
  let dtN = 0;
  for (const page of benchmarkPages()) {
    const article = cleanArticle({ text: dumps[page.id] ?? '', url: page.url });
    perPage.push({ id: page.id, score: scorePage(article.body, page.truth), article });
    const s = silver[page.id];
    if (s?.headline) {
      hlN++;
      if (norm(article.headline) === norm(s.headline)) hl++;
    }
    if (s?.date) {
      dtN++;
      if (article.dateline?.date === s.date) dt++;
    }
  }
  return {
    body: scoreCorpus(perPage.map((p) => p.score)),
    headline: { exact: hlN ? hl / hlN : 0, labelled: hlN },
    date: { sameDay: dtN ? dt / dtN : 0, labelled: dtN },
    perPage,
  };
}

const f3 = (x: number): string => x.toFixed(3);

export async function run(): Promise<void> {
  const missing = missingTextData();
  if (missing) {
    console.log(`skipped: ${missing}`);
    return;
  }
  const s = scoreText();
  console.log(`plain-text mode over text-dumps/html-text.json (${s.body.pages} pages)\n`);
  console.log('| extractor | body P | body R | body F1 |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| **copydesk (plain text)** | ${f3(s.body.precision)} | ${f3(s.body.recall)} | **${f3(s.body.f1)}** |`);
  for (const [name, f1] of TEXT_REFERENCES) console.log(`| ${name} | | | ${f3(f1)} |`);
  console.log('\n| field | copydesk | target | labelled pages |');
  console.log('| --- | --- | --- | --- |');
  console.log(`| body F1 | ${f3(s.body.f1)} | ≥ 0.900 | ${s.body.pages} |`);
  console.log(`| headline exact | ${f3(s.headline.exact)} | ≥ 0.850 | ${s.headline.labelled} |`);
  console.log(`| date same-day | ${f3(s.date.sameDay)} | ≥ 0.800 | ${s.date.labelled} |`);
  console.log('\nthe same pages through two other HTML-to-text converters (body F1):\n');
  console.log('| dump | lines per page (median) | raw dump | copydesk |');
  console.log('| --- | --- | --- | --- |');
  for (const dump of OTHER_DUMPS) {
    const other = scoreDump(dump);
    if (other) console.log(`| ${dump} | ${other.medianLines} | ${f3(other.raw)} | ${f3(other.f1)} |`);
  }
  if (process.argv.includes('--worst')) {
    const worst = [...s.perPage].sort((a, b) => pageF1(a.score) - pageF1(b.score)).slice(0, 25);
    for (const p of worst) console.log(`${p.id} F1 ${f3(pageF1(p.score))} P ${f3(p.score.tp / (p.score.tp + p.score.fp || 1))} R ${f3(p.score.tp / (p.score.tp + p.score.fn || 1))}`);
  }
}

/**
 * The other converters' dumps: inscriptis keeps the page's lines; beautifulsoup's `get_text(' ')`
 * joins the whole page into one line (flattened text, see src/segment/flat.ts).
 */
export const OTHER_DUMPS = ['inscriptis', 'beautifulsoup'] as const;

/** Body F1 of copydesk and of the raw dump on another converter's dump; null when it is absent. */
export function scoreDump(dump: string): { f1: number; raw: number; medianLines: number } | null {
  if (missingTextData(dump)) return null;
  const dumps = textDumps(dump);
  const pages = benchmarkPages();
  const lines = pages.map((p) => (dumps[p.id] ?? '').split('\n').filter((l) => l.trim()).length);
  return {
    f1: scoreText(dump, dumps).body.f1,
    raw: scoreCorpus(pages.map((p) => scorePage(dumps[p.id] ?? '', p.truth))).f1,
    medianLines: lines.length ? quantile(lines, 0.5) : 0,
  };
}

const pageF1 = (s: PageScore): number => (s.tp ? (2 * s.tp) / (2 * s.tp + s.fp + s.fn) : 0);
