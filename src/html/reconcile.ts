/**
 * Reconciliation of the page's metadata: for each field the sources are compared, the winner is
 * put first in its PageMeta list (the field parsers read the first candidate as the page's own
 * answer), and a `meta/<field>` pick note says which source won and why, with the vote.
 */
import type { PageMeta } from '../blocks/types.js';
import type { Note } from '../types.js';

type Candidate = { value: string; from: string };

/** Separators between a headline and a site name in `<title>` / og:title. */
const SITE_SUFFIX = /(?<!\s)\s+(?:[|–—:•·»]|-{1,2}|::)\s+[^|–—•·»]{1,60}$/;
const SITE_PREFIX = /^[^|–—•·»]{1,40}\s+(?:[|–—•·»]|-{1,2}|::)\s+/;
const QUOTES = /[‘’‚‛“”„‟"'`´]/g;

/** Comparable form: case, quotes, dashes and spacing folded. */
export function fold(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(QUOTES, "'").replace(/[‐-―]/g, '-').replace(/\s+/g, ' ').trim();
}

/** The headline inside a title-like string, with a site suffix or prefix removed where present. */
export function withoutSite(s: string): string {
  const noSuffix = s.replace(SITE_SUFFIX, '');
  if (noSuffix !== s && noSuffix.length >= 15) return noSuffix;
  const noPrefix = s.replace(SITE_PREFIX, '');
  if (noPrefix !== s && noPrefix.length >= 15) return noPrefix;
  return s;
}

const agree = (a: string, b: string): boolean => {
  const fa = fold(a);
  const fb = fold(b);
  return fa === fb || fold(withoutSite(a)) === fb || fa === fold(withoutSite(b)) || fold(withoutSite(a)) === fold(withoutSite(b));
};

/** Headline sources trusted to name the article (not the site), best first. */
const HEADLINE_TRUST = ['json-ld', 'og:title', 'twitter:title', 'headline', 'sailthru.title', 'parsely-title', 'dc.title'];

function reconcileHeadline(list: Candidate[]): { winner: Candidate; reason: string; stated: boolean } | null {
  if (!list.length) return null;
  const h1 = list.find((c) => c.from === 'h1');
  const meta = list.filter((c) => HEADLINE_TRUST.includes(c.from));
  if (h1) {
    const backers = meta.filter((c) => agree(c.value, h1.value)).map((c) => c.from);
    if (backers.length) {
      return { winner: h1, stated: true, reason: `the visible <h1> agrees with ${backers.join(' and ')} (${backers.length + 1} of ${list.length} sources)` };
    }
  }
  const best = meta[0];
  if (best) {
    const value = best.from === 'json-ld' ? best.value : withoutSite(best.value);
    const others = list.filter((c) => c !== best && agree(c.value, best.value)).map((c) => c.from);
    const why = others.length ? `agrees with ${others.join(' and ')}` : h1 ? `the <h1> "${h1.value.slice(0, 60)}" matches no metadata` : 'no <h1> to compare';
    const cut = value !== best.value ? '; the site name was cut from it' : '';
    return { winner: { value, from: best.from }, stated: true, reason: `${best.from} is the most trusted headline source present (${why})${cut}` };
  }
  if (h1) return { winner: h1, stated: false, reason: `the visible <h1>; no headline metadata` };
  const title = list[0];
  const value = withoutSite(title.value);
  return { winner: { value, from: title.from }, stated: false, reason: `only the ${title.from} names the page${value !== title.value ? '; the site name was cut from it' : ''}` };
}

function reconcileDate(list: Candidate[]): { winner: Candidate; reason: string } | null {
  if (!list.length) return null;
  const votes = new Map<string, string[]>();
  for (const c of list) votes.set(c.value, [...(votes.get(c.value) ?? []), c.from]);
  // Most votes wins; a tie goes to the day of the most trusted source (list order).
  let best = list[0].value;
  for (const [day, from] of votes) if (from.length > (votes.get(best)?.length ?? 0)) best = day;
  const backers = votes.get(best) ?? [];
  const dissent = list.filter((c) => c.value !== best).map((c) => `${c.from} says ${c.value}`);
  const tally = `${backers.length} of ${list.length} sources agree (${backers.join(', ')})`;
  return {
    winner: { value: best, from: backers[0] },
    reason: `${tally}${dissent.length ? `; ${dissent.join('; ')}` : ''}`,
  };
}

function first<T extends Candidate>(list: T[], winner: Candidate): T[] {
  const rest = list.filter((c) => !(c.from === winner.from && c.value === winner.value));
  return [winner as T, ...rest];
}

/** Publisher sources, best first: the site's own short name before a legal entity's name. */
const PUBLISHER_TRUST = ['meta:og:site_name', 'meta:application-name', 'json-ld', 'meta:publisher', 'meta:dc.publisher', 'meta:article:publisher'];

function reconcilePublisher(list: Candidate[]): { winner: Candidate; reason: string } | null {
  const ranked = [...list].sort((a, b) => rank(a.from) - rank(b.from));
  const best = ranked[0];
  if (!best) return null;
  const others = ranked.slice(1).map((c) => `${c.from} "${c.value}"`);
  return { winner: best, reason: `the most trusted publisher source present${others.length ? `, before ${others.join(', ')}` : ''}` };
}

function rank(from: string): number {
  const i = PUBLISHER_TRUST.indexOf(from);
  return i === -1 ? PUBLISHER_TRUST.length : i;
}

export interface MetaPicks {
  headline: { value: string; note: Note } | null;
  date: { value: string; note: Note } | null;
  publisher: { value: string; note: Note } | null;
}

/** Reorders `meta` winner-first and returns each field's pick with its note. Never mutates the input. */
export function reconcileMeta(meta: PageMeta): { meta: PageMeta; picks: MetaPicks } {
  const picks: MetaPicks = { headline: null, date: null, publisher: null };
  const out: PageMeta = { ...meta };
  const h = reconcileHeadline(meta.headlines);
  if (h) {
    // The winner goes first, and, when metadata states it, once more as the page's reconciled
    // statement, so that a field parser comparing blocks with stated (non-<h1>, non-<title>)
    // headlines can find its block.
    const ordered = first(meta.headlines, h.winner);
    out.headlines = h.stated ? [{ value: h.winner.value, from: 'reconciled' }, ...ordered] : ordered;
    picks.headline = { value: h.winner.value, note: { ruleId: 'meta/headline', action: 'pick', reason: `headline from ${h.winner.from}: ${h.reason}`, text: h.winner.value } };
  }
  const d = reconcileDate(meta.dates);
  if (d) {
    out.dates = first(meta.dates, d.winner);
    picks.date = { value: d.winner.value, note: { ruleId: 'meta/date', action: 'pick', reason: `publication date ${d.winner.value}: ${d.reason}`, text: d.winner.value } };
  }
  const p = reconcilePublisher(meta.publishers);
  if (p) {
    out.publishers = first(meta.publishers, p.winner);
    picks.publisher = { value: p.winner.value, note: { ruleId: 'meta/publisher', action: 'pick', reason: `publisher from ${p.winner.from}: ${p.reason}; no wire or site credit in the text`, text: p.winner.value } };
  }
  return { meta: out, picks };
}
