/**
 * Off-topic blocks: recirculation. Three signals together, never a heading list alone:
 * position (after the end marker, or at the tail of the main run), topical overlap with the core
 * (headline + lead), and shape (runs of short unrelated ledes, or a recirculation heading followed
 * by unrelated blocks).
 */
import { endsLikeSentence, overlap } from '../classify/features.js';
import { WEEKDAY_WORDS } from '../fields/vocab/months.js';
import { isOff, type Work } from '../classify/types.js';
import { anyHeading, COMMENT_SECTION, inlineTeaserLabel, isCommentSignature, RECIRCULATION_HEADINGS } from '../rules/offtopic.js';
import { SETTINGS as S } from '../rules/settings.js';
import type { Region } from './region.js';

const pct = (x: number): string => `${Math.round(x * 100)}%`;
const isBody = (w: Work): boolean => w.decision.label === 'body';

const isRecirculationHeading = anyHeading(RECIRCULATION_HEADINGS);
const isCommentSection = anyHeading(COMMENT_SECTION);

/** A topic without weekday names: they say when, not what, and ledes of unrelated stories share
 * them with the lead and with each other ("… on Monday"). */
const withoutWeekdays = (words: ReadonlySet<string>): Set<string> => new Set([...words].filter((w) => !WEEKDAY_WORDS.has(w)));

/** `overlap(a, b)` with weekday names shared not counted (no set is built: the tail asks per block). */
function overlapBeyondWeekdays(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w) && !WEEKDAY_WORDS.has(w)) n++;
  return n / a.size;
}

function mark(w: Work, ruleId: string, reason: string): void {
  w.quality = 'bad';
  w.decision = { label: 'offtopic', ruleId, reason };
}

/** After the end marker: prose sharing (almost) no content words with the core is off-topic. */
export function markAfterEnd(works: Work[], region: Region, marker: number, topic: Set<string>, disabled: ReadonlySet<string>): void {
  if (isOff(disabled, 'offtopic/after-end-marker')) return;
  for (let i = marker + 1; i <= region.end; i++) {
    const w = works[i];
    if (!isBody(w)) continue;
    const o = overlap(w.f.content, topic);
    if (o < S.offtopicMaxOverlap) {
      mark(w, 'offtopic/after-end-marker', `after the end marker (block ${marker + 1}: "${works[marker].text.slice(0, 40)}"); shares ${pct(o)} of its ${w.f.content.size} content words with the headline and lead (< ${pct(S.offtopicMaxOverlap)})`);
    }
  }
}

/** A recirculation heading after the lead, with the unrelated blocks that follow it. */
export function markRecirculation(works: Work[], region: Region, leadEnd: number, topic: Set<string>, disabled: ReadonlySet<string>): void {
  if (isOff(disabled, 'offtopic/recirculation-heading')) return;
  for (let i = Math.max(leadEnd + 1, 0); i < works.length; i++) {
    const w = works[i];
    if (w.f.wordCount > 6 || w.decision.label === 'offtopic') continue;
    const rule = isRecirculationHeading(w.text) ? RECIRCULATION_HEADINGS.find((r) => r.pattern.test(w.text)) : undefined;
    if (!rule) continue;
    let j = i + 1;
    let unrelated = 0;
    let titles = 0;
    const stack = stackedTitles(works, i + 1);
    while (j < works.length && j - i <= S.recirculationMaxRun) {
      const n = works[j];
      if (isBody(n)) {
        const title = titleShaped(n);
        if (j - i > stack && n.f.content.size > 0 && overlap(n.f.content, topic) >= (title ? S.recirculationTitleMaxOverlap : S.offtopicMaxOverlap)) break;
        // A box of links to other stories ends where the article's prose resumes: a paragraph
        // longer than any teaser's lede after the titles.
        if (titles > 0 && !title && n.f.wordCount > S.recirculationResumeWords) break;
        unrelated++;
        if (title) titles++;
      }
      j++;
    }
    // A heading is recirculation only when unrelated blocks follow it, or nothing of the article does.
    if (unrelated === 0 && j < works.length && j <= region.end) continue;
    const stacked = stack ? `${stack} block(s) of titles stacked under it, then ` : '';
    mark(w, 'offtopic/recirculation-heading', `a recirculation heading ("${w.text}") after the lead, followed by ${stacked}${unrelated - stack} block(s) sharing < ${pct(S.offtopicMaxOverlap)} of their content words with the headline and lead (a title < ${pct(S.recirculationTitleMaxOverlap)})`);
    for (let k = i + 1; k < j; k++) {
      if (!isBody(works[k])) continue;
      const why = k - i <= stack ? `block ${k - i} of the ${stack} of titles stacked under the recirculation heading` : 'under the recirculation heading';
      mark(works[k], 'offtopic/recirculation-heading', `${why} "${w.text}" (block ${i + 1}); shares ${pct(overlap(works[k].f.content, topic))} of its content words with the headline and lead`);
    }
    i = j - 1;
  }
}

/**
 * The titles stacked from block `from` on (at least `recirculationStackMin` of them, else 0): the
 * links of a box under a recirculation heading, taken whatever their subject (a box of related
 * stories shares the article's words; its shape gives it away, not its topic).
 */
function stackedTitles(works: Work[], from: number): number {
  let n = 0;
  let titles = 0;
  for (let k = from; k < works.length && n < S.recirculationMaxRun; k++, n++) {
    const w = works[k];
    if (!isBody(w)) break;
    const lines = titleLines(w);
    if (lines === 0) break;
    titles += lines;
  }
  return titles >= S.recirculationStackMin ? n : 0;
}

const UPPER_FIRST = /^["“‘(]?\p{Lu}/u;

/**
 * How many titles a block holds: one when it is title-shaped, or each of its lines when it is
 * lines of titles read as one wrapped block ("Hong Kong uprising: Protestors send warning" over
 * "Hong Kong protests: 800 students under siege"); 0 when it is no title.
 */
function titleLines(w: Work): number {
  if (w.block.lineCount <= 1) return titleShaped(w) && w.f.wordCount >= S.recirculationStackTitleMinWords ? 1 : 0;
  const lines = w.block.text.split('\n');
  for (const line of lines) {
    const t = line.trim();
    const words = t.split(/\s+/u).length;
    if (!UPPER_FIRST.test(t) || endsLikeSentence(t) || words < S.recirculationStackTitleMinWords || words > S.teaserTitleMaxWords) return 0;
  }
  return lines.length;
}

/**
 * Inside the main run: a one-line link to another story set between the paragraphs ("RELATED: …",
 * "Read more: …"). Its label and its shape give it away: a short line whose label is followed by
 * a separator and a title. Topic cannot: such links mostly point at stories on the same subject.
 */
export function markInlineTeasers(works: Work[], region: Region, disabled: ReadonlySet<string>): void {
  if (isOff(disabled, 'offtopic/inline-teaser')) return;
  for (let i = Math.max(region.start, 0); i <= region.end && i < works.length; i++) {
    const w = works[i];
    if (!isBody(w) || w.block.lineCount > 1) continue;
    const teaser = inlineTeaserLabel(w.text, w.f.wordCount);
    if (!teaser) continue;
    mark(w, 'offtopic/inline-teaser', `a link to another story set into the body: the label "${teaser.label}" then a ${teaser.titleWords}-word title (${w.f.wordCount} words ≤ ${S.inlineTeaserMaxWords})`);
  }
}

/**
 * At the tail of the main run: a run of short ledes unrelated to the core and to each other's article.
 * The run may reach back into the lead when the story is shorter than the lead (one or two
 * paragraphs, then other stories' ledes with no heading between): see `ledesInLead`.
 */
export function markTeaserRun(works: Work[], region: Region, lead: readonly number[], head: ReadonlySet<string>, topic: Set<string>, disabled: ReadonlySet<string>, wireCredit: number | null): void {
  if (isOff(disabled, 'offtopic/teaser-run')) return;
  const leadEnd = lead.length ? lead[lead.length - 1]! : region.start;
  const run: { i: number; o: number }[] = [];
  let ledes = 0;
  // A wire credit closes the story: the paragraphs above it are its own, however far a market
  // report's tail drifts from the lead's words ("Spot gold added 0.1%").
  const after = Math.max(leadEnd, wireCredit ?? -1);
  let i = region.end;
  for (; i > after; i--) {
    const w = works[i];
    if (!isBody(w)) continue;
    if (w.decision.ruleId === 'body/numbered-list' || w.decision.ruleId === 'body/dated-list') break; // the article's own list, not teasers
    const own = overlapBeyondWeekdays(w.f.content, topic);
    // Kickers, titles and source lines between ledes are too short to judge: they go with the run.
    const judged = w.f.content.size >= S.teaserMinContentWords;
    // A teaser is a title over its lede: one word of the pair shared with the core ("Police
    // investigate break-ins" under a story about police funding) is judged against the pair's words.
    const o = judged && own >= S.teaserMaxOverlap ? pairOverlap(works, i, topic) ?? own : own;
    if (judged && (o >= S.teaserMaxOverlap || w.f.wordCount > S.teaserMaxWords)) break;
    run.push({ i, o });
    if (judged) ledes++;
  }
  // Paragraphs alone (no title, kicker or byline between them), each of some length, that share
  // their subject with each other are the story's own closing paragraphs, however far they drift
  // from the lead's words: other stories' ledes share (almost) no words with each other.
  if (run.every(({ i: k }) => works[k]!.f.endsSentence && works[k]!.f.wordCount >= S.teaserParagraphMinWords) && !mutuallyUnrelated(run.map(({ i: k }) => withoutWeekdays(works[k]!.f.content)))) return;
  const inLead = i === after && after === leadEnd && ledes >= S.teaserMinTailForLead ? ledesInLead(works, run, lead, head) : [];
  const all = ledes + inLead.filter(({ i: k }) => works[k]!.f.content.size >= S.teaserMinContentWords).length;
  if (all < S.teaserMinRun) {
    markTeaserPairs(works, region, after, topic);
    return;
  }
  for (const { i: k, o } of [...run, ...inLead]) {
    mark(works[k]!, 'offtopic/teaser-run', `in a run of ${all} ledes (≤ ${S.teaserMaxWords} words) closing the main run, each sharing < ${pct(S.teaserMaxOverlap)} of its content words with the headline and lead (this block ${pct(o)})${inLead.length ? `; the run reaches into the first ${S.leadParagraphs} paragraphs, whose ledes share little with each other` : ''}`);
  }
}

/**
 * Title-and-lede pairs closing the main run (a title line, then one sentence paragraph, again and
 * again), each pair sharing no more than teaserPairMaxOverlap of its words with the core and less
 * than teaserMaxMutualOverlap with every other pair: other stories' teasers with no heading, told by
 * their shape and by having nothing to do with each other, even where a long lead shares a word or
 * two with each by chance ("night", "lines"). A story's own sections (a subheading over its
 * paragraphs) share its subject with each other.
 */
function markTeaserPairs(works: Work[], region: Region, after: number, topic: ReadonlySet<string>): void {
  const pairs: { title: number; lede: number; o: number; words: Set<string> }[] = [];
  let i = region.end;
  const previousBody = (k: number): number => {
    while (k > after && !isBody(works[k]!)) k--;
    return k;
  };
  for (;;) {
    const lede = previousBody(i);
    const title = previousBody(lede - 1);
    if (title <= after) break;
    const l = works[lede]!;
    const t = works[title]!;
    if (!l.f.endsSentence || l.f.wordCount > S.teaserMaxWords || l.f.content.size < S.teaserMinContentWords) break;
    if (!titleShaped(t) || t.f.wordCount < S.teaserPairTitleMinWords) break;
    const words = withoutWeekdays(new Set([...t.f.content, ...l.f.content]));
    const o = overlapBeyondWeekdays(words, topic);
    if (o >= S.teaserPairMaxOverlap || !unrelatedTo(words, pairs.map((p) => p.words))) break;
    pairs.push({ title, lede, o, words });
    i = title - 1;
  }
  if (pairs.length < S.teaserMinPairs) return;
  for (const { title, lede, o } of pairs) {
    for (const k of [title, lede]) {
      mark(works[k]!, 'offtopic/teaser-run', `in a run of ${pairs.length} titles over one lede each closing the main run, each pair sharing < ${pct(S.teaserPairMaxOverlap)} of its content words with the headline and lead (this pair ${pct(o)}) and < ${pct(S.teaserMaxMutualOverlap)} with every other pair`);
    }
  }
}

/** A title over a lede: a short line with no sentence end. */
const titleShaped = (w: Work): boolean => !w.f.endsSentence && w.f.wordCount <= S.teaserTitleMaxWords;

/** The next body block after `i`, or null. */
function bodyBeside(works: Work[], i: number): Work | null {
  for (let k = i + 1; k < works.length; k++) if (isBody(works[k]!)) return works[k]!;
  return null;
}

/**
 * The overlap with the core of a title-shaped block and the sentence paragraph under it, its lede
 * (null when no such paragraph follows). Only a title is judged with its lede, never a paragraph
 * with the title over it: a paragraph that shares the core's words stops the run, however little
 * the line above it shares ("Editor's note: …" under another story's title).
 */
function pairOverlap(works: Work[], i: number, topic: ReadonlySet<string>): number | null {
  const w = works[i]!;
  const lede = titleShaped(w) ? bodyBeside(works, i) : null;
  if (!lede?.f.endsSentence) return null;
  return overlapBeyondWeekdays(new Set([...w.f.content, ...lede.f.content]), topic);
}

/** Whether `a` shares less than teaserMaxMutualOverlap of its content words with each of `others`, and each of them with it. */
const unrelatedTo = (a: Set<string>, others: readonly Set<string>[]): boolean =>
  others.every((b) => overlap(a, b) < S.teaserMaxMutualOverlap && overlap(b, a) < S.teaserMaxMutualOverlap);

/** Whether no two of these ledes (content words, weekdays aside) are related (see unrelatedTo). */
const mutuallyUnrelated = (ledes: readonly Set<string>[]): boolean => ledes.every((a, k) => unrelatedTo(a, ledes.slice(k + 1)));

/** Long words are compared by their first STEM_CHARS letters: a story's paragraph names its subject
 * in other forms ("ministerio", "ministros"; "investigators", "investigation"). Shorter words only
 * as they are: their first letters are shared by unrelated words too often ("hundred", "hundreds"
 * in two stories). */
const STEM_FROM = 8;
const STEM_CHARS = 6;
const stemOf = (w: string): string => (w.length >= STEM_FROM ? w.slice(0, STEM_CHARS) : w);

/** Whether a word of `a` shares its stem with a word of `b`. */
function sharesStem(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const stems = new Set<string>();
  for (const w of b) stems.add(stemOf(w));
  for (const w of a) if (stems.has(stemOf(w))) return true;
  return false;
}

/**
 * The lead's later paragraphs that continue a teaser run reaching the lead from below, walking up
 * from the lead's last paragraph (never its first). A lede there must share no content word at all,
 * nor a word's stem, with the headline and the paragraphs above it (a story's second paragraph
 * shares its subject's words, even when few), and < teaserMaxMutualOverlap with every lede of the
 * run: teasers of other stories share (almost) no words with each other, a story's own paragraphs
 * share its subject. Short blocks (kickers, titles) go with the run, as in the tail. Empty unless
 * the tail's ledes are mutually unrelated too. The caller asks only when the tail holds
 * teaserMinTailForLead ledes or more.
 */
function ledesInLead(works: Work[], run: readonly { i: number }[], lead: readonly number[], head: ReadonlySet<string>): { i: number; o: number }[] {
  const judged = (k: number): boolean => works[k]!.f.content.size >= S.teaserMinContentWords;
  const ledes = run.filter(({ i }) => judged(i)).map(({ i }) => withoutWeekdays(works[i]!.f.content));
  if (!mutuallyUnrelated(ledes)) return [];
  const out: { i: number; o: number }[] = [];
  for (let n = lead.length - 1; n >= 1; n--) {
    const w = works[lead[n]!]!;
    if (!judged(lead[n]!)) {
      out.push({ i: lead[n]!, o: 0 });
      continue;
    }
    const above = new Set(head);
    for (let m = 0; m < n; m++) for (const c of works[lead[m]!]!.f.content) above.add(c);
    const content = withoutWeekdays(w.f.content);
    if (sharesStem(content, above) || w.f.wordCount > S.teaserMaxWords || !unrelatedTo(content, ledes)) break;
    out.push({ i: lead[n]!, o: 0 });
    // Its title, between it and the paragraph above (the lead counts no subheading), goes with it.
    for (let k = lead[n]! - 1; k > lead[n - 1]!; k--) if (isBody(works[k]!) && !judged(k)) out.push({ i: k, o: 0 });
    ledes.push(content);
  }
  return out;
}

/** Outside the main run: prose is off-topic, everything else is chrome (unless a field was picked). */
export function markOutside(works: Work[], region: Region, disabled: ReadonlySet<string>): void {
  const where = `outside the article's main run (blocks ${region.start + 1}–${region.end + 1})`;
  const offtopicOn = !isOff(disabled, 'offtopic/outside-core');
  const boilerplateOn = !isOff(disabled, 'chrome/boilerplate');
  for (let i = 0; i < works.length; i++) {
    if (i >= region.start && i <= region.end) continue;
    const w = works[i];
    if (!isBody(w) && w.decision.ruleId !== 'chrome/not-prose') continue;
    if ((w.quality === 'good' || w.quality === 'near') && offtopicOn) {
      mark(w, 'offtopic/outside-core', `prose ${where}; ${w.decision.reason}`);
    } else if (boilerplateOn) {
      w.quality = 'bad';
      w.decision = { label: 'chrome', ruleId: 'chrome/boilerplate', reason: `not article prose and ${where}; ${w.decision.reason}` };
    }
  }
}

/**
 * A comment section after the lead: from its heading, or from the first of at least two commenter
 * signatures ("name says:"), to the end of the main run. Readers' comments are prose about the
 * article, so topical overlap cannot catch them; their structure does.
 */
export function markComments(works: Work[], region: Region, leadEnd: number, disabled: ReadonlySet<string>): void {
  if (isOff(disabled, 'offtopic/comments')) return;
  let start = -1;
  let why = '';
  for (let i = leadEnd + 1; i <= region.end && start < 0; i++) {
    const t = works[i].text;
    if (works[i].f.wordCount > 30) continue;
    // A comment counter or prompt ("View Comments") in the second half of the run opens the section too.
    const counter = works[i].decision.ruleId === 'chrome/comment-count' && i >= (region.start + region.end) / 2;
    if (counter || isCommentSection(t)) {
      start = i;
      why = `the comment-section heading "${t.slice(0, 60)}" (block ${i + 1})`;
    } else if (isCommentSignature(t)) {
      for (let j = i + 1; j <= Math.min(region.end, i + S.commentSignatureGap); j++) {
        if (works[j].f.wordCount <= 12 && isCommentSignature(works[j].text)) {
          start = i;
          why = `commenter signatures ("${t.slice(0, 40)}", block ${i + 1}, and block ${j + 1})`;
          break;
        }
      }
    }
  }
  if (start < 0) return;
  for (let i = start; i <= region.end; i++) {
    const w = works[i];
    if (isBody(w) || w.decision.ruleId === 'chrome/not-prose') mark(w, 'offtopic/comments', `inside a comment section that starts at ${why}`);
  }
}
