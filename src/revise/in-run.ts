/**
 * Chrome judged inside the article's main run only (IN_RUN_RULES: contributor credits, photo
 * captions): blocks still read as article text there get the rule's verdict. Outside the run every
 * block but a picked field is dropped anyway, so the first pass need not screen them on every block.
 */
import { namesOfByline } from '../classify/fields.js';
import { chromeReason } from '../classify/first-pass.js';
import { isOff, type Work } from '../classify/types.js';
import { IN_RUN_RULES, matchesRule } from '../rules/chrome.js';
import type { Region } from './region.js';

export function markInRunChrome(works: Work[], region: Region, disabled: ReadonlySet<string>): void {
  const rules = IN_RUN_RULES.filter((r) => !isOff(disabled, r.id));
  if (rules.length === 0) return;
  for (let i = Math.max(region.start, 0); i <= region.end && i < works.length; i++) {
    const w = works[i];
    if (w.decision.label !== 'body' && w.decision.ruleId !== 'chrome/not-prose') continue;
    const words = w.f.wordCount;
    const rule = rules.find((r) => words <= r.maxWords && matchesRule(r, w.text));
    if (!rule) continue;
    w.quality = 'bad';
    w.decision = { label: 'chrome', ruleId: rule.id, reason: chromeReason(rule, words) };
  }
}

/** A writer's note about themself opens with a verb like these after the name ("Jane Doe is a
 * reporter for …", "Doe covers Congress for …"). */
const BIO_VERB = /^(?:is|was|covers|writes|reports|edits|joined|has (?:covered|written|reported|been))\b/iu;
/** How many of the run's last paragraphs are read for a note about the writer, and its length at most. */
const BIO_LAST_PARAGRAPHS = 3;
const BIO_MAX_WORDS = 60;

/**
 * `chrome/author-bio`: among the last paragraphs of the main run, a note about the writer: it opens
 * with a name of the byline, whole or the surname alone, then a verb such as "is" or "covers"
 * ("Jane Smith is a reporter for Fox News Digital. Story tips can be sent to …", AP's "Doe covers
 * Congress for The Associated Press."). The byline is what ties it to the writer.
 */
export function markAuthorBio(works: Work[], region: Region, byline: string | null, disabled: ReadonlySet<string>): void {
  if (!byline || isOff(disabled, 'chrome/author-bio')) return;
  const bylineLower = byline.toLowerCase();
  let keys: string[] | null = null;
  let read = 0;
  for (let i = Math.min(region.end, works.length - 1); i >= Math.max(region.start, 0) && read < BIO_LAST_PARAGRAPHS; i--) {
    const w = works[i];
    if (w.decision.label !== 'body') continue;
    read++;
    if (w.f.wordCount > BIO_MAX_WORDS) continue;
    const text = w.text.trimStart();
    // Its first word must stand in the byline (most closing paragraphs fail here, before the names are read).
    const space = text.search(/\s/u);
    if (space <= 0 || !bylineLower.includes(text.slice(0, space).toLowerCase())) continue;
    keys ??= namesOf(byline);
    const lower = text.slice(0, Math.max(0, ...keys.map((k) => k.length))).toLowerCase();
    const key = keys.find((k) => lower.startsWith(k) && /\s/u.test(text[k.length] ?? ''));
    const verb = key ? BIO_VERB.exec(text.slice(key.length).trimStart()) : null;
    if (!key || !verb) continue;
    w.quality = 'bad';
    w.decision = { label: 'chrome', ruleId: 'chrome/author-bio', reason: `a note about the writer closing the story: it opens with the byline's name "${text.slice(0, key.length)}" and "${verb[0]}" (${w.f.wordCount} words ≤ ${BIO_MAX_WORDS})` };
  }
}

/** The byline's names (of two words or more), whole and by the surname alone, in lower case. */
function namesOf(byline: string): string[] {
  const names = namesOfByline(byline).filter((n) => n.includes(' '));
  return [...new Set(names.flatMap((n) => [n, n.slice(n.lastIndexOf(' ') + 1)]))].map((k) => k.toLowerCase());
}
