import { describe, expect, it } from 'vitest';
import { matchPublisherLine } from '../../src/fields/index.js';

const ctx = { url: 'https://www.ctvnews.ca/world/story-1.2345', title: 'NATO chief wants more friends - WSJ' };

describe('publisher lines', () => {
  it.each([
    ['CTVNews.ca', 'CTVNews.ca', 'source/domain-line'],
    ['Reuters.com', 'Reuters.com', 'source/domain-line'],
    ['CTV News', 'CTV News', 'source/url-host'],
    ['WSJ', 'WSJ', 'source/title-site'],
  ])('%s', (text, name, ruleId) => {
    const m = matchPublisherLine(text, ctx);
    expect(m).toMatchObject({ source: { name, kind: 'publisher' }, ruleId, rest: '' });
  });

  it('takes the site part of a "Headline | Site" title', () => {
    const m = matchPublisherLine('The Guardian', { url: null, title: 'Storm hits the coast | The Guardian' });
    expect(m!.source).toEqual({ name: 'The Guardian', kind: 'publisher' });
  });

  it('hands back a stray token in another script as rest', () => {
    const m = matchPublisherLine('CTVNews.ca 星空传媒', ctx);
    expect(m!.source.name).toBe('CTVNews.ca');
    expect(m!.rest).toBe('星空传媒');
  });
});

describe('must not match', () => {
  it.each([
    'Share',
    'Ottawa',
    "NATO chief wants more 'friends' as Russia, China move closer",
    'CTVNews.ca and more words here',
    'The Guardian',
    'He said so.',
    '',
  ])('%s', (text) => {
    expect(matchPublisherLine(text, ctx)).toBeNull();
  });
});
