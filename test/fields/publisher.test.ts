import { describe, expect, it } from 'vitest';
import { matchPublisherLine } from '../../src/fields/index.js';
import { cleanArticle } from '../../src/index.js';

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

describe('source/title-site: the page title names the source when no line does (plain text)', () => {
  const story = [
    'The city council on Tuesday approved a plan to plant ten thousand trees along the main streets over the next five years, the mayor said.',
    'The trees will be chosen for their tolerance of heat and drought, and residents can ask for one in front of their homes through the city website.',
    'Council members said the plan would cool neighbourhoods that lack shade during the summer months and help to manage storm water.',
  ];
  const page = (title: string, ...tail: string[]) =>
    cleanArticle({ text: [title, '', 'Home', 'Local', 'Sports', '', 'Council approves plan to plant trees', '', ...story.flatMap((p) => [p, '']), ...tail].join('\n') }, { repair: false });

  it('reads the site after the headline, with a note', () => {
    const a = page('Council approves plan to plant trees | Valley Courier');
    expect(a.headline).toBe('Council approves plan to plant trees');
    expect(a.source).toEqual({ name: 'Valley Courier', kind: 'publisher' });
    expect(a.notes.find((n) => n.ruleId === 'source/title-site')).toMatchObject({ action: 'pick', text: 'Council approves plan to plant trees | Valley Courier' });
  });

  it('reads an agency there as the wire', () => {
    expect(page('Council approves plan to plant trees - Reuters').source).toEqual({ name: 'Reuters', kind: 'wire' });
  });

  it('gives way to a line of the page that names a source', () => {
    expect(page('Council approves plan to plant trees | Valley Courier', '• Reuters').source).toEqual({ name: 'Reuters', kind: 'wire' });
  });

  it('takes no section name, and no title that is not this article\'s', () => {
    expect(page('Council approves plan to plant trees - Opinion').source).toBeNull();
    expect(page('Weather warning for the weekend | Valley Courier').source).toBeNull();
  });
});
