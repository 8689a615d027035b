/**
 * HTML-only first-pass signals, applied after the shared first pass when a block carries DOM
 * features. Readability's verdict is a strong signal: a block it kept is prose unless a firm rule
 * (vocabulary chrome, spam, link list) or its container positively marks it as chrome; a block it
 * dropped keeps only its own evidence — long prose may still be restored by the main run when it is
 * contiguous with the core, while short and doubtful blocks it dropped are not prose.
 */
import type { Decision } from '../blocks/types.js';
import { isOff, type Work } from './types.js';

/** Container hints that positively mark a block as not the article's own text. */
const CHROME_HINTS = ['nav', 'footer', 'aside', 'share', 'newsletter', 'comment', 'ad', 'consent', 'related', 'sidebar'] as const;

/** First-pass verdicts that a Readability "kept" cannot overturn: vocabulary, spam, link lists. */
const soft = (d: Decision): boolean => d.label === 'body' || d.ruleId === 'chrome/not-prose';

function chromeHint(w: Work): string | null {
  return CHROME_HINTS.find((h) => w.block.containerHints.includes(h)) ?? null;
}

export function applyHtmlSignals(works: Work[], disabled: ReadonlySet<string>): void {
  if (!works.some((w) => w.block.inReadability !== null)) return;
  for (const w of works) {
    const { block } = w;
    if (block.inReadability === null || !soft(w.decision)) continue;
    const hint = chromeHint(w);
    if (block.inReadability) {
      if (hint) continue;
      if (w.quality !== 'good') {
        w.quality = 'good';
        w.decision = { label: 'body', ruleId: 'body/readability', reason: `Readability kept it in its article; ${w.decision.reason}` };
      }
      continue;
    }
    if (w.quality === 'good' && !hint) continue;
    if (isOff(disabled, 'chrome/outside-readability')) continue;
    w.quality = 'bad';
    const where = hint ? ` inside a "${hint}" container` : '';
    w.decision = {
      label: 'chrome',
      ruleId: 'chrome/outside-readability',
      reason: `Readability left it out of its article${where}; ${w.decision.reason}`,
    };
  }
}
