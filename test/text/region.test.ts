// The one-pass heaviest run starting in a window equals the direct double loop it replaced.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Work } from '../../src/classify/types.js';
import { anchorsRun, runStartingIn, weightOf, type Region } from '../../src/revise/region.js';
import { cleanArticle } from '../../src/index.js';

function direct(works: Work[], from: number, to: number): Region | null {
  let best: Region | null = null;
  for (let start = from; start <= to && start < works.length; start++) {
    let sum = 0;
    for (let i = start; i < works.length; i++) {
      sum += weightOf(works[i]);
      if (sum > 0 && (!best || sum > best.weight)) best = { start, end: i, weight: sum };
    }
  }
  return best;
}

const work = fc.record({
  quality: fc.constantFrom('good', 'near', 'short', 'bad'),
  wordCount: fc.integer({ min: 0, max: 40 }),
  endsSentence: fc.boolean(),
  stopDensity: fc.constantFrom(0, 0.1, 0.2, 0.4),
}).map(({ quality, ...f }) => ({ quality, f }) as unknown as Work);

describe('runStartingIn', () => {
  it('finds the same run as the double loop, ties included', () => {
    fc.assert(
      fc.property(fc.array(work, { maxLength: 40 }), fc.integer({ min: 0, max: 45 }), fc.integer({ min: 0, max: 20 }), (works, from, span) => {
        expect(runStartingIn(works, from, from + span)).toEqual(direct(works, from, from + span));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the main run and a headline found by position alone', () => {
  // A dump that does not open with the page title (its first line is a prompt), then a menu, the
  // article, and after it a teaser whose heading has a byline and date under it and shares words
  // with that first line: what `headline/above-byline` looks for.
  const para = (k: number) =>
    `The council voted on Tuesday to approve the budget for year ${k}, after a debate in which several members said that the cuts to public transport would hurt the poorest residents of the city.`;
  const teaser = (k: number) =>
    `The festival will return to the park in July with three stages, ${k} new areas for families and children, and a programme that the organisers say is the most varied in its history.`;
  const text = [
    'Got a tip for us? Let us know', 'Home', 'News', 'Sport', 'Weather', '',
    'Council approves the transport budget', '',
    ...Array.from({ length: 8 }, (_, k) => [para(k), '']).flat(),
    'More stories', '',
    'Festival organisers share a tip for the summer line-up',
    'By Jane Doe, 22 hours ago',
    ...Array.from({ length: 3 }, (_, k) => [teaser(k), '']).flat(),
    'Read more',
  ].join('\n');

  it('is the heaviest run: the teaser heading does not pull the article away', () => {
    const article = cleanArticle(text);
    for (let k = 0; k < 8; k++) expect(article.paragraphs).toContain(para(k));
  });

  it('positional headline rules do not anchor the run; the title and metadata rules do', () => {
    expect(anchorsRun('headline/above-byline')).toBe(false);
    expect(anchorsRun('headline/before-lead')).toBe(false);
    for (const id of ['headline/title-repeat', 'headline/title-near', 'headline/meta', 'headline/h1', 'headline/title-only']) expect(anchorsRun(id)).toBe(true);
  });
});

describe('the last paragraphs before the end marker', () => {
  // A short last paragraph (near-prose on its own measures) after an advertisement label weighs less
  // than the label costs: the run alone stops before it.
  const page = (between: string[], last: string, after: string[] = []) =>
    [
      'Floods force thousands from their homes in the south',
      'By Maria Silva',
      'Heavy rains swept across the southern states on Monday, forcing thousands of residents to leave their homes as rivers rose to record levels across the region.',
      'Officials said at least twelve people had died and dozens more were missing, and that the rain had not stopped for a week in the worst-hit valleys.',
      '"We have never seen anything like this," said a resident who fled with her children to a shelter set up in a school gym.',
      ...between,
      last,
      ...after,
      'Copyright 2024 The Daily Courier. All rights reserved.',
    ].join('\n\n');
  const last = 'The governor declared an emergency and asked the federal government for help on Monday.';
  const clean = (text: string) => cleanArticle({ text }, { repair: false, detectLanguage: false });

  it('are kept past an advertisement label or a share bar', () => {
    for (const between of [['Advertisement'], ['Share this article', 'Facebook', 'Twitter']]) {
      const a = clean(page(between, last));
      expect(a.paragraphs[a.paragraphs.length - 1]).toBe(last);
      expect(a.paragraphs.join('\n')).not.toMatch(/Advertisement|Facebook/);
    }
  });

  it('are kept past one-line links to other stories, which go', () => {
    const links = ['RELATED: Storm season expected to be the wettest in a decade', 'See also: How towns along the river prepare for floods'];
    const a = clean(page(links, last));
    expect(a.paragraphs[a.paragraphs.length - 1]).toBe(last);
    for (const link of links) expect(a.notes.find((n) => n.text === link)?.ruleId).toBe('offtopic/inline-teaser');
  });

  it('are kept without an end marker when they end the text (a text already cut to the article)', () => {
    const cutToArticle = (between: string[], tail: string[]) => page(between, last).split('\n\n').slice(0, -1).concat(tail).join('\n\n');
    const a = clean(cutToArticle(['Advertisement'], []));
    expect(a.paragraphs[a.paragraphs.length - 1]).toBe(last);
    // A page's dump goes on with its footer: then the marker is what tells where the article ends.
    const footer = clean(cutToArticle(['Advertisement'], ['Home', 'World', 'Business', 'Sport', 'Contact us']));
    expect(footer.paragraphs).not.toContain(last);
  });

  it('are not looked for past a line that is not prose, nor are lines after the marker', () => {
    const cut = clean(page(['Advertisement', 'Weather Traffic Sports Scores'], last));
    expect(cut.paragraphs).not.toContain(last);
    const teaser = 'Ten tips for a better night of sleep, from doctors who study it for a living.';
    const after = clean(`${page(['Advertisement'], last)}\n\n${teaser}`);
    expect(after.paragraphs).toContain(last);
    expect(after.paragraphs).not.toContain(teaser);
  });
});

describe("the article's own list of dated lines", () => {
  const story = [
    'Veteran rock band sets anniversary tour',
    'By Maria Silva',
    'The band will mark fifty years since its first concert with a tour of North America next summer, its four founding members said on Monday.',
    'It will be the first time in a quarter of a century that the four have played together on stage, and tickets go on sale next month.',
    '"We never thought we would get to do this again," the singer said in a statement released by the promoter.',
  ];
  const dates = ['June 9 – West Palm Beach, FL @ Coral Sky Amphitheatre', 'June 10 – Tampa, FL @ Credit Union Amphitheatre', 'June 14 – Atlanta, GA @ Lakewood Amphitheatre', 'June 17 – Nashville, TN @ Bridgestone Arena', 'June 19 – Charlotte, NC @ Music Pavilion'];
  const footer = ['Home', 'Music', 'Charts', 'Contact us', 'Privacy policy'];
  const clean = (lines: string[]) => cleanArticle({ text: lines.join('\n\n') }, { repair: false, detectLanguage: false });

  it('continues the article, with the line that introduces it', () => {
    const a = clean([...story, 'The tour dates:', ...dates, ...footer]);
    expect(a.paragraphs).toEqual([...story.slice(2), 'The tour dates:', ...dates]);
  });

  it('is no teaser run, however few words its lines share with the lead', () => {
    const more = [
      'The promoter said more dates would follow in Europe and Japan, where the band last played in the late nineties.',
      'The four will rehearse in Los Angeles over the winter, and plan to play songs from every decade of their career.',
    ];
    const a = clean([...story, ...more, 'The tour dates:', ...dates, ...footer]);
    expect(a.paragraphs).toEqual([...story.slice(2), ...more, 'The tour dates:', ...dates]);
  });

  it('needs four dated lines in a row', () => {
    const a = clean([...story, 'The tour dates:', ...dates.slice(0, 3), ...footer]);
    for (const d of dates.slice(0, 3)) expect(a.paragraphs).not.toContain(d);
  });
});
