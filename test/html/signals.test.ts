// Readability's verdict inside the shared classifier (src/classify/html-signals.ts), end to end.
import { describe, expect, it } from 'vitest';
import { cleanArticle } from '../../src/index.js';

const lead = 'Port officials said on Monday that the new crane would double the number of containers the terminal can move in an hour, cutting waiting times for ships.';
const paras = [
  lead,
  'The crane, built in Finland, arrived by barge last month and has been tested for three weeks with empty containers before its first full shift this week.',
  'Dock workers were trained on a simulator over the summer, and the union said the new machine would not cost any jobs at the terminal this year.',
  'The port plans to order two more cranes of the same type if the first one meets its targets during the busy season before the winter holidays.',
];

function page(body: string): string {
  return `<!doctype html><html lang="en"><head><title>New crane doubles terminal capacity</title></head><body>
<nav><a href="/">Home</a> <a href="/ports">Ports</a> <a href="/shipping">Shipping</a></nav>
<article><h1>New crane doubles terminal capacity</h1>${body}</article>
<footer><p>Harbour Weekly · About · Contact</p></footer></body></html>`;
}

describe('Readability as a signal in the block stage', () => {
  for (const dom of ['linkedom', 'jsdom'] as const) {
    it(`${dom}: a photo caption ending "(AP)" above the lead does not end the article`, () => {
      const html = page(`<figure><img src="c.jpg"><figcaption>The new crane at the terminal on Sept. 2, 2024. (AP)</figcaption></figure>${paras.map((p) => `<p>${p}</p>`).join('')}`);
      const a = cleanArticle(html, { dom });
      expect(a.paragraphs).toEqual(paras);
    });

    it(`${dom}: the article's own numbered list survives as body`, () => {
      const picks = ['1) A folding bicycle for the commute', '2) Noise-cancelling headphones for the train', '3) A waterproof backpack with a laptop sleeve', '4) A reusable coffee cup that fits a bike bottle cage', '5) Reflective bands for dark winter evenings'];
      const html = page(`<p>${lead}</p><p>${paras[1]}</p>${picks.map((p) => `<p>${p}</p>`).join('')}<p>${paras[2]}</p>`);
      const a = cleanArticle(html, { dom });
      for (const p of picks) expect(a.paragraphs).toContain(p);
    });
  }

  it('notes what Readability left out with chrome/outside-readability, and the rule can be switched off', () => {
    const html = page(`${paras.map((p) => `<p>${p}</p>`).join('')}`);
    const on = cleanArticle(html);
    const note = on.notes.find((n) => n.ruleId === 'chrome/outside-readability' && n.text === 'Harbour Weekly · About · Contact');
    expect(note?.action).toBe('remove');
    expect(note?.reason).toMatch(/Readability left it out of its article inside a "footer" container/);
    const off = cleanArticle(html, { disable: ['chrome/outside-readability'] });
    expect(off.notes.some((n) => n.ruleId === 'chrome/outside-readability')).toBe(false);
  });
});
