// Pins the public surface: an API change must be a decision, never an accident.
import { describe, expect, it } from 'vitest';
import * as copydesk from '../src/index.js';

describe('public surface', () => {
  it('exports exactly cleanArticle, repairText and decodeBytes', () => {
    expect(Object.keys(copydesk).sort()).toEqual(['cleanArticle', 'decodeBytes', 'repairText']);
    expect(typeof copydesk.cleanArticle).toBe('function');
    expect(typeof copydesk.repairText).toBe('function');
    expect(typeof copydesk.decodeBytes).toBe('function');
  });

  it('returns an Article with exactly the contract fields', () => {
    const article = copydesk.cleanArticle('Hello world.');
    expect(Object.keys(article).sort()).toEqual(
      ['body', 'byline', 'dateline', 'headline', 'language', 'notes', 'paragraphs', 'source'].sort(),
    );
    expect(article.body).toBe(article.paragraphs.join('\n\n'));
  });

  it('returns repairText and decodeBytes results of the contract shape', () => {
    expect(Object.keys(copydesk.repairText('abc')).sort()).toEqual(['changed', 'notes', 'text']);
    expect(Object.keys(copydesk.decodeBytes(new Uint8Array([0x61]))).sort()).toEqual(['encoding', 'notes', 'text']);
  });
});
