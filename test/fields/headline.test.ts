import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../../src/blocks/types.js';
import { pickHeadline } from '../../src/fields/index.js';
import { LEAD, linesToBlocks } from './blocks.js';

describe('plain text', () => {
  it('headline/title-repeat: the title minus its site suffix, found again later', () => {
    const blocks = linesToBlocks(`Council approves transit budget after long debate - The Daily Post
Home
News
Sport
Council approves transit budget after long debate
By Jane Doe
${LEAD}`);
    const h = pickHeadline(blocks, emptyMeta());
    expect(h).toMatchObject({ index: 4, text: 'Council approves transit budget after long debate', ruleId: 'headline/title-repeat' });
    expect(h!.reason).toContain('article starts');
  });

  it('headline/title-repeat: a section prefix and a site suffix are both cut', () => {
    const blocks = linesToBlocks(`Opinion | Why the transit budget matters - The Daily Post
Why the transit budget matters
${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())!.text).toBe('Why the transit budget matters');
  });

  it('of several repeats, the one with a byline under it wins over a gallery repeat', () => {
    const blocks = linesToBlocks(`Council approves transit budget - The Daily Post
Council approves transit budget
By Jane Doe
Photo: City Hall
Council approves transit budget
1 / 12
${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())!.index).toBe(1);
  });

  it('a first line that names no site and is not repeated (a prompt, a menu item) is not taken for the title', () => {
    // Dumps that do not open with the page's <title> (inscriptis, a scraper's own text).
    const blocks = linesToBlocks(`Got a tip for us? Let us know
Home
News
Council approves the transit budget
By Jane Doe
${LEAD}
Festival organisers share a tip for the summer
By John Roe, 22 hours ago
The festival returns to the park in July with three stages and a new area for families and children.`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 3, text: 'Council approves the transit budget' });
  });

  it('a short text that opens with its headline keeps it: nothing below names another (headline/title-only)', () => {
    // Paragraphs too short for the prose that headline/before-lead looks for.
    const blocks = linesToBlocks(`Council approves new river bridge
The city council voted on Tuesday to fund a new bridge across the river, ending a decade of debate.
Construction is expected to begin next spring and take three years, the mayor said.`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 0, text: 'Council approves new river bridge', ruleId: 'headline/title-only' });
  });

  it('a title over the lead with no headline below it: the title minus its section and site parts (headline/title-only)', () => {
    const blocks = linesToBlocks(`Council approves transit budget after long debate | City News - The Daily Post
City Hall bureau / DAILYPOST.COM / Updated: Jun 3, 2024, 14:05 IST
Share
${LEAD} ${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 0, text: 'Council approves transit budget after long debate', ruleId: 'headline/title-only' });
  });

  it('a first line with a trailing site separator is still a title ("Headline |" cut from its site name)', () => {
    const blocks = linesToBlocks(`Council approves transit budget after long debate |
Home
Council approves the transit budget after a long debate
${LEAD}`);
    const h = pickHeadline(blocks, emptyMeta());
    expect(h).toMatchObject({ index: 2 });
    expect(h!.ruleId).toMatch(/^headline\/title-/);
  });

  it('headline/title-near: a line sharing most of the title words', () => {
    const blocks = linesToBlocks(`Council approves new transit budget after debate - The Daily Post
Menu
Council approves the new transit budget after a long debate
${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 2, ruleId: 'headline/title-near' });
  });

  it('headline/title-repeat: of a sectioned and a plain repeat, the one with a byline under it', () => {
    const blocks = linesToBlocks(`Opinion | Why the transit budget matters - The Daily Post
Opinion | Why the transit budget matters
Subscribe
Log In
Advertisement
Why the transit budget matters
By Jane Doe
${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 5, text: 'Why the transit budget matters' });
  });

  it('headline/above-byline: no repeat of the title, but a heading with a byline under it', () => {
    const blocks = linesToBlocks(`Transit budget passes after marathon session - The Daily Post
Home
Sport
Council backs the budget for buses and trams
By Jane Doe
June 3, 2024
${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 3, ruleId: 'headline/above-byline' });
  });

  it('headline/above-byline without a title: a heading over a dated line, prose after empty bullets', () => {
    const blocks = linesToBlocks(`*
* Home
* Sport
Council approves transit budget after long debate
City Hall bureau | Updated: 3 June 2024, 09:01 AM
*
*
*
${LEAD} ${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 3, ruleId: 'headline/above-byline' });
  });

  it('headline/above-byline without a title passes over a menu item with the headline between it and the byline', () => {
    // The account menu's last item is heading-shaped and has the byline three lines under it.
    const blocks = linesToBlocks(`Start here
Saved stories
Topics you follow
Council approves transit budget after a long debate
By Jane Doe and John Roe, The Daily Post
Updated 6:42 PM EDT, Tue June 3, 2024
${LEAD} ${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 3, text: 'Council approves transit budget after a long debate', ruleId: 'headline/above-byline' });
  });

  it("headline/above-byline without a title keeps a headline with the writers' names between it and the date line", () => {
    const blocks = linesToBlocks(`Home
Council approves budget
Jane Marie Doe and John Paul Roe
Updated 6:42 PM EDT, Tue June 3, 2024
${LEAD} ${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 1, text: 'Council approves budget' });
  });

  it('headline/before-lead: without a title, the heading line before the lead, past a date line', () => {
    const blocks = linesToBlocks(`| 3 June 2024, Monday |
Council approves transit budget after long debate
${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 1, ruleId: 'headline/before-lead' });
  });

  it('headline/before-lead skips a skip link, a share button and a dateline', () => {
    const blocks = linesToBlocks(`Skip to main content
Council approves transit budget after long debate
Share
OTTAWA -
${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 1, text: 'Council approves transit budget after long debate' });
  });

  it('headline/before-lead: the line over a standfirst, when a date line stands under the standfirst', () => {
    // Short paragraphs: no block has the prose after it that headline/above-byline asks for.
    const blocks = linesToBlocks(`Council approves transit budget after long debate
After months of dispute the council has approved the budget. Opponents plan a court challenge.
4 June 2024, 14:32
The council approved the transit budget on Tuesday with the votes of the ruling coalition, after a debate that ran late.
Opponents said the cost had doubled since the plan was first proposed, and the city could not afford it.`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 0, text: 'Council approves transit budget after long debate', ruleId: 'headline/before-lead' });
  });

  it('headline/before-lead: no standfirst over a one-word line alone (no date line or byline under it)', () => {
    const blocks = linesToBlocks(`Council approves transit budget after long debate
After months of dispute the council has approved the budget. Opponents plan a court challenge.
Gallery
The council approved the transit budget on Tuesday with the votes of the ruling coalition, after a debate that ran late.
Opponents said the cost had doubled since the plan was first proposed, and the city could not afford it.`);
    // The first block still gives the headline as the page title, but not as a line over a standfirst.
    expect(pickHeadline(blocks, emptyMeta())?.ruleId).not.toBe('headline/before-lead');
  });

  it('headline/before-lead skips a short line dated with a numeric date of either order', () => {
    // Short paragraphs: no block has the prose after it that headline/above-byline asks for.
    const blocks = linesToBlocks(`Council approves transit budget after long debate
Dailypost.com - 04/02/2025, 14:32 WIB
The council approved the transit budget on Tuesday with the votes of the ruling coalition, after a debate that ran late.
Opponents said the cost had doubled since the plan was first proposed, and the city could not afford it.`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 0, text: 'Council approves transit budget after long debate' });
  });

  it('headline/before-lead: Korean paragraphs are prose by their syllables, though they hold few (long) words', () => {
    const blocks = linesToBlocks(`한국은행, 기준금리 연 2.75%로 인하
입력 2025.02.04 14:32
금통위는 물가 상승률이 목표 수준에서 안정되고 있지만 경기 하방 위험이 커졌다고 판단했다.
시장에서는 한은이 올해 안에 한두 차례 추가 인하에 나설 것으로 내다보고 있다.`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 0, ruleId: 'headline/before-lead' });
  });

  it('headline/before-lead skips a photo caption that ends with its credit', () => {
    const blocks = linesToBlocks(`Council approves transit budget after long debate
A bus crosses the city centre on Tuesday. (Photo by Jane Doe/Getty Images)
By John Roe
${LEAD}`);
    expect(pickHeadline(blocks, emptyMeta())).toMatchObject({ index: 0, text: 'Council approves transit budget after long debate' });
  });

  it('returns block indexes, not positions, when the caller passes a filtered list', () => {
    const all = linesToBlocks(`Council approves transit budget - The Daily Post
Menu
Council approves transit budget
By Jane Doe
${LEAD}`);
    const h = pickHeadline(all.filter((b) => b.index !== 1), emptyMeta());
    expect(h!.index).toBe(2);
  });

  it('returns null for empty input', () => {
    expect(pickHeadline([], emptyMeta())).toBeNull();
  });
});

describe('HTML', () => {
  it('headline/h1-meta: the h1 that agrees with the stated headline', () => {
    const blocks = linesToBlocks(`Latest news
Council approves transit budget
${LEAD}`, [{ headingLevel: 1 }, { headingLevel: 1 }]);
    const meta = { ...emptyMeta(), headlines: [{ value: 'Council approves transit budget', from: 'json-ld' }] };
    expect(pickHeadline(blocks, meta)).toMatchObject({ index: 1, ruleId: 'headline/h1-meta' });
  });

  it('headline/meta: the reconciled headline, at the block that carries it', () => {
    const blocks = linesToBlocks(`Latest news
Council approves transit budget
${LEAD}`, [{ headingLevel: 1 }, { headingLevel: 2 }]);
    const meta = { ...emptyMeta(), headlines: [{ value: 'Council approves transit budget', from: 'reconciled' }, { value: 'Latest news', from: 'h1' }] };
    expect(pickHeadline(blocks, meta)).toMatchObject({ index: 1, ruleId: 'headline/meta' });
  });

  it('headline/meta: the stated headline when no block carries it', () => {
    const blocks = linesToBlocks(LEAD);
    const meta = { ...emptyMeta(), headlines: [{ value: 'Council approves transit budget', from: 'og:title' }] };
    expect(pickHeadline(blocks, meta)).toMatchObject({ index: null, text: 'Council approves transit budget', ruleId: 'headline/meta' });
  });
});

describe('wordCountOf', () => {
  it('counts words, not punctuation, and two unspaced characters as one word', async () => {
    const { wordCountOf } = await import('../../src/fields/shape.js');
    expect(wordCountOf('Council approves — the “new” budget •')).toBe(5);
    expect(wordCountOf('Élection présidentielle à Montréal')).toBe(4);
    expect(wordCountOf('新しい交通予算')).toBe(3);
    expect(wordCountOf('')).toBe(0);
  });
});
