import { describe, expect, it } from 'vitest';
import { emptyMeta } from '../../src/blocks/types.js';
import { findDate, urlDate } from '../../src/fields/index.js';
import { LEAD, linesToBlocks } from './blocks.js';

describe('findDate', () => {
  it('takes the published date under the headline over the updated one', () => {
    const blocks = linesToBlocks(`Council approves transit budget - The Daily Post
Council approves transit budget
Updated June 4, 2024
Published June 3, 2024
${LEAD}`);
    const d = findDate(blocks, emptyMeta());
    expect(d).toMatchObject({ index: 3, date: '2024-06-03', ruleId: 'dateline/date-line' });
  });

  it('reads the date from a byline line', () => {
    const blocks = linesToBlocks(`Council approves transit budget - The Daily Post
Council approves transit budget
By Jane Doe | June 3, 2024
${LEAD}`);
    expect(findDate(blocks, emptyMeta())).toMatchObject({ index: 2, date: '2024-06-03', ruleId: 'dateline/byline-date' });
  });

  it('completes a yearless date line with the year in the address', () => {
    const blocks = linesToBlocks(`Council approves transit budget - The Daily Post
Council approves transit budget
Posted Jun 3, 9:41 AM
${LEAD}`);
    expect(findDate(blocks, emptyMeta('https://example.com/news/2024/06/council-budget'))!.date).toBe('2024-06-03');
  });

  it('falls back to the date in the address', () => {
    const blocks = linesToBlocks(`Council approves transit budget
${LEAD}`);
    expect(findDate(blocks, emptyMeta('https://example.com/2019/11/19/council-budget/'))).toMatchObject({ index: null, date: '2019-11-19', ruleId: 'meta/url-date' });
  });

  it('reads a date with a time and zone as its UTC day', () => {
    const blocks = linesToBlocks(`Council approves transit budget - The Daily Post
Council approves transit budget
Published 10:31 pm CST, Tuesday, November 19, 2019
${LEAD}`);
    expect(findDate(blocks, emptyMeta())!.date).toBe('2019-11-20');
  });

  it('keeps the local day when the address carries it', () => {
    const blocks = linesToBlocks(`Council approves transit budget - The Daily Post
Council approves transit budget
Published 10:31 pm CST, Tuesday, November 19, 2019
${LEAD}`);
    const d = findDate(blocks, emptyMeta('https://example.com/2019/11/19/council-budget'));
    expect(d!.date).toBe('2019-11-19');
    expect(d!.reason).toContain('local day');
  });

  it('prefers the earlier day in the address over a lone update time', () => {
    const blocks = linesToBlocks(`Council approves transit budget - The Daily Post
Council approves transit budget
Updated Nov 13, 2019, 10:28am EST
${LEAD}`);
    expect(findDate(blocks, emptyMeta('https://example.com/2019/11/8/12345/council-budget'))).toMatchObject({ date: '2019-11-08', ruleId: 'meta/url-date' });
  });

  it('ignores the date of an embedded post', () => {
    const blocks = linesToBlocks(`Council approves transit budget - The Daily Post
Council approves transit budget
— Jane Doe (@janedoe) November 4, 2019
${LEAD}`);
    expect(findDate(blocks, emptyMeta())).toBeNull();
  });

  it('a relative date gives no date', () => {
    const blocks = linesToBlocks(`Council approves transit budget
3 hours ago
${LEAD}`);
    expect(findDate(blocks, emptyMeta())).toBeNull();
  });

  it('HTML metadata wins, published over modified', () => {
    const meta = { ...emptyMeta(), dates: [{ value: '2024-06-04', from: 'json-ld:dateModified' }, { value: '2024-06-03', from: 'json-ld:datePublished' }] };
    expect(findDate(linesToBlocks(LEAD), meta)).toMatchObject({ date: '2024-06-03', ruleId: 'meta/published-date' });
  });
});

describe('urlDate', () => {
  it.each([
    ['https://example.com/2019/11/19/story/', '2019-11-19'],
    ['https://example.com/story/2019-11-19/slug', '2019-11-19'],
    ['https://example.com/news/20191119/slug', '2019-11-19'],
    ['https://example.com/2019/11/slug', null],
    ['https://example.com/story-11574168580', null],
    ['not a url', null],
  ])('%s → %s', (url, date) => {
    expect(urlDate(url)).toBe(date);
  });
});
