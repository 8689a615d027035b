/**
 * `npm run eval -- html`: HTML mode over the article-extraction benchmark's 181 pages, passing
 * `{html, url}` as a scraper would. Body F1 with the benchmark's metric, headline exact on the
 * silver-labelled pages, date same-day on the date-labelled pages, on both DOM engines.
 * `--worst` also lists the pages with the lowest body F1.
 */
import { cleanArticle } from '../src/index.js';
import { benchmarkPages, pageHtml, silverLabels } from './datasets.js';
import { scoreCorpus, scorePage, type BodyScore, type PageScore } from './metric.js';

export const REFERENCES = { readability: 0.947, trafilatura: 0.958, autoExtract: 0.97 } as const;
export const TARGETS = { bodyF1: 0.96, bodyF1Goal: 0.97, headline: 0.92, date: 0.95 } as const;

export interface HtmlScore {
  engine: 'linkedom' | 'jsdom';
  body: BodyScore;
  headline: { correct: number; labelled: number; rate: number };
  date: { correct: number; labelled: number; rate: number };
  pages: { id: string; score: PageScore; f1: number }[];
}

const squash = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

function pageF1(s: PageScore): number {
  const p = s.tp + s.fp > 0 ? s.tp / (s.tp + s.fp) : 0;
  const r = s.tp + s.fn > 0 ? s.tp / (s.tp + s.fn) : 0;
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

/** Scores HTML mode with one engine over the benchmark (all pages, or the first `limit`). */
export function scoreHtml(engine: 'linkedom' | 'jsdom', limit = Infinity): HtmlScore {
  const labels = silverLabels();
  const pages: HtmlScore['pages'] = [];
  let hOk = 0;
  let hN = 0;
  let dOk = 0;
  let dN = 0;
  for (const page of benchmarkPages().slice(0, limit)) {
    const article = cleanArticle({ html: pageHtml(page.id), url: page.url }, { dom: engine });
    const score = scorePage(article.body, page.truth);
    pages.push({ id: page.id, score, f1: pageF1(score) });
    const label = labels[page.id];
    if (label?.headline) {
      hN++;
      if (squash(article.headline) === squash(label.headline)) hOk++;
    }
    if (label?.date) {
      dN++;
      if (article.dateline?.date === label.date.slice(0, 10)) dOk++;
    }
  }
  return {
    engine,
    body: scoreCorpus(pages.map((p) => p.score)),
    headline: { correct: hOk, labelled: hN, rate: hN ? hOk / hN : 0 },
    date: { correct: dOk, labelled: dN, rate: dN ? dOk / dN : 0 },
    pages,
  };
}

const f3 = (x: number): string => x.toFixed(3);

export async function run(): Promise<void> {
  const args = process.argv.slice(2);
  const engines = args.includes('--jsdom-only') ? (['jsdom'] as const) : args.includes('--linkedom-only') ? (['linkedom'] as const) : (['linkedom', 'jsdom'] as const);
  const rows: HtmlScore[] = [];
  for (const engine of engines) rows.push(scoreHtml(engine));
  console.log('| measure | target | ' + rows.map((r) => `copydesk (${r.engine})`).join(' | ') + ' | Readability + jsdom | trafilatura | AutoExtract |');
  console.log('| --- | --- | ' + rows.map(() => '---').join(' | ') + ' | --- | --- | --- |');
  console.log(`| body F1 | ≥ ${TARGETS.bodyF1} (goal ${TARGETS.bodyF1Goal}) | ${rows.map((r) => f3(r.body.f1)).join(' | ')} | ${REFERENCES.readability} | ${REFERENCES.trafilatura} | ${REFERENCES.autoExtract} |`);
  console.log(`| body precision | | ${rows.map((r) => f3(r.body.precision)).join(' | ')} | | | |`);
  console.log(`| body recall | | ${rows.map((r) => f3(r.body.recall)).join(' | ')} | | | |`);
  console.log(`| headline exact (${rows[0].headline.labelled} labelled) | ≥ ${TARGETS.headline} | ${rows.map((r) => f3(r.headline.rate)).join(' | ')} | 0.837 | | |`);
  console.log(`| date same-day (${rows[0].date.labelled} labelled) | ≥ ${TARGETS.date} | ${rows.map((r) => f3(r.date.rate)).join(' | ')} | | 0.938 | |`);
  if (args.includes('--worst')) {
    for (const r of rows) {
      console.log(`\nlowest body F1 (${r.engine}):`);
      for (const p of [...r.pages].sort((a, b) => a.f1 - b.f1).slice(0, 25)) {
        console.log(`  ${p.id.slice(0, 12)} F1 ${f3(p.f1)} tp ${f3(p.score.tp)} fp ${f3(p.score.fp)} fn ${f3(p.score.fn)}`);
      }
    }
  }
}
