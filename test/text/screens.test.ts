// Quick screens never hide a match: a chrome rule's `requires` holds wherever one of its patterns
// matches, the first pass's screen passes every block some rule matches, and a heading list's
// one-alternation test agrees with its patterns one by one.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chromeCandidates } from '../../src/classify/first-pass.js';
import { CHROME_RULES } from '../../src/rules/chrome.js';
import { anyHeading, COMMENT_SECTION, RECIRCULATION_HEADINGS } from '../../src/rules/offtopic.js';

/** Pieces of the rules' own vocabulary, separators, and ordinary words. */
const PIECES = [
  'share', 'Share this', 'on', 'Facebook', 'Twitter', 'email', 'print', 'follow', 'us', 'Follow us on Instagram', 'advertisement', 'Advertising', 'listen',
  'to this article', '5 min read', 'we use cookies', 'This website uses cookies', 'Okay, I understand', 'ok i understand', 'accept', 'Accept all cookies', 'manage cookies',
  'by continuing to use this site', 'cookies are strictly necessary', 'Necessary', 'Marketing cookies', 'Privacy settings', 'I agree', 'Got it', 'sign in', 'Subscribe',
  'newsletter', 'Get our daily newsletter', 'Support independent journalism', 'contribute', 'Photo', 'Image credit:', 'Photo by', '(Photo: John Smith)', 'credit',
  'Getty Images', 'AP Photo', 'Jane Doe / Reuters', 'John Roe/AFP via Getty Images', 'EPA', 'Shutterstock', '12 comments', 'View comments', 'Be the first to comment',
  'Home', '›', '>', ' / ', ' | ', '/', 'and/or', '12/05/2024', 'ap', '/AP', 'Bloomberg', 'Alamy', 'Okay I understand', 'Analytics cookies', 'This', 'We', 'News', 'World', 'skip to content', 'Back to top',
  'Chrome', 'Safari', 'Firefox', 'Google Chrome', 'Internet Explorer', "We've detected you are on", 'your browser is out of date', 'please update to a modern browser', 'Please enable JavaScript', 'JavaScript is required', 'the', 'council', 'voted', 'said', '2024', '.', ':', '!', ' ', ' ', ' ',
];
const block = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((a) => a.join(' ').replace(/\s+/g, ' ').trim());
const words = (t: string): number => t.split(/\s+/).filter(Boolean).length;

describe('chrome rule screens', () => {
  it("a rule's requires test passes wherever one of its patterns matches", () => {
    fc.assert(
      fc.property(block, (t) => {
        for (const rule of CHROME_RULES) if (rule.requires && rule.patterns.some((p) => p.test(t))) expect([rule.id, rule.requires.test(t)]).toEqual([rule.id, true]);
      }),
      { numRuns: 3000 },
    );
  });

  it('the first-pass screen names every rule that matches a block within its word limit', () => {
    let matched = 0;
    fc.assert(
      fc.property(block, (t) => {
        const n = words(t);
        const candidates = chromeCandidates(t, n);
        CHROME_RULES.forEach((r, k) => {
          if (n > r.maxWords || !r.patterns.some((p) => p.test(t))) return;
          matched++;
          expect([r.id, t, (candidates >>> k) & 1]).toEqual([r.id, t, 1]);
        });
      }),
      { numRuns: 3000 },
    );
    expect(matched).toBeGreaterThan(50);
  });

  it('screens out ordinary prose and names the rule of known chrome', () => {
    expect(chromeCandidates('The council voted on Tuesday to approve the budget.', 9)).toBe(0);
    const bit = (id: string): number => 1 << CHROME_RULES.findIndex((r) => r.id === id);
    const known: [string, string][] = [['Share this article', 'chrome/share'], ['Okay, I understand', 'chrome/consent'], ['Jane Doe / Reuters', 'chrome/photo-credit'], ['Home › News › World', 'chrome/breadcrumb'], ['We use cookies to improve your experience', 'chrome/consent'], ['CHROME SAFARI FIREFOX', 'chrome/browser-notice'], ['Please enable JavaScript to view the comments.', 'chrome/browser-notice']];
    for (const [t, id] of known) expect([t, chromeCandidates(t, words(t)) & bit(id)]).toEqual([t, bit(id)]);
  });
});

const HEADING_PIECES = ['Related', 'stories', 'Most', 'read', 'More', 'from', 'on', 'Sports', 'Washington', 'Examiner', 'more', 'news', 'Trending', 'Top stories', 'You may also like',
  'Leia também', 'Lee también', 'Lire aussi', 'Mehr zum Thema', 'Leggi anche', 'See also', 'Comments', '12 comments', 'Leave a reply', 'Comments on "The vote"', 'the', 'vote', ':', '.', '!', '…', '3'];
const heading = fc.array(fc.constantFrom(...HEADING_PIECES), { minLength: 1, maxLength: 5 }).map((a) => a.join(' ').replace(/ ([:.!…])/g, '$1'));

describe('heading lists tested as one', () => {
  for (const [name, list] of [['recirculation', RECIRCULATION_HEADINGS], ['comment section', COMMENT_SECTION]] as const) {
    it(`agrees with the ${name} patterns one by one`, () => {
      const any = anyHeading(list);
      let matched = 0;
      fc.assert(
        fc.property(heading, (t) => {
          const expected = list.some((r) => r.pattern.test(t));
          if (expected) matched++;
          expect([t, any(t)]).toEqual([t, expected]);
        }),
        { numRuns: 3000 },
      );
      expect(matched).toBeGreaterThan(20);
    });
  }
});
