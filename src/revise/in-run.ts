/**
 * Chrome judged inside the article's main run only (IN_RUN_RULES: contributor credits, photo
 * captions): blocks still read as article text there get the rule's verdict. Outside the run every
 * block but a picked field is dropped anyway, so the first pass need not screen them on every block.
 */
import { chromeReason } from '../classify/first-pass.js';
import { isOff, type Work } from '../classify/types.js';
import { IN_RUN_RULES } from '../rules/chrome.js';
import type { Region } from './region.js';

export function markInRunChrome(works: Work[], region: Region, disabled: ReadonlySet<string>): void {
  const rules = IN_RUN_RULES.filter((r) => !isOff(disabled, r.id));
  if (rules.length === 0) return;
  for (let i = Math.max(region.start, 0); i <= region.end && i < works.length; i++) {
    const w = works[i];
    if (w.decision.label !== 'body' && w.decision.ruleId !== 'chrome/not-prose') continue;
    const words = w.f.wordCount;
    const rule = rules.find((r) => words <= r.maxWords && (r.requires?.test(w.text) ?? true) && r.patterns.some((p) => p.test(w.text)));
    if (!rule) continue;
    w.quality = 'bad';
    w.decision = { label: 'chrome', ruleId: rule.id, reason: chromeReason(rule, words) };
  }
}
