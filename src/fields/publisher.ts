/**
 * matchPublisherLine: a short line that names the site or publisher, which marks the article's end in
 * plain-text dumps. It names the site when it is
 * - `source/domain-line`: domain-like ("DailyPlanet.ca", "Reuters.com");
 * - `source/url-host`: the page address's host name, spaced or not ("CTV News" for ctvnews.ca);
 * - `source/title-site`: the site part of the page title ("… - WSJ" → a line "WSJ").
 * A one-word body line or a headline never matches: the line must be short and name the site by one of
 * those three routes. A stray token trailing the name (an injected brand in another script) is handed
 * back as `rest`, for the spam rules to judge.
 */
import type { Source } from '../types.js';
import { FIELD_DEFAULTS } from './defaults.js';
import { parsePageUrl } from './page-url.js';
import { type TitleParts, holdsSeparator, normalizeSpace, splitTitle } from './title.js';
import { isAsciiAlnum } from './chars.js';
import { sourceNamed } from './vocab/agencies.js';
import { SECTION_NAMES } from './vocab/outlets.js';

export interface PublisherMatch {
  source: Source;
  ruleId: string;
  reason: string;
  rest: string;
}

export interface PublisherContext {
  url: string | null;
  title: string | null;
}

/** Domain-like names: letters/digits with at least one dot and a known-looking suffix. */
const DOMAIN = /^(?:www\.)?[\p{L}\d][\p{L}\d-]*(?:\.[\p{L}\d-]+)*\.(?:com|net|org|ca|co\.uk|uk|au|in|ie|nz|de|fr|es|it|nl|be|ch|at|br|mx|jp|kr|cn|hk|sg|news|info|tv|io|co|us)$/iu;

const LETTER = /\p{L}/u;

const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]/gu;

/** Letters and digits only, lower-case, accents stripped: "CTV News" → "ctvnews". */
function letters(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Beyond ASCII, Unicode normalisation decides: the general form.
    if (c >= 128) return s.normalize('NFD').replace(NOT_LETTER_OR_DIGIT, '').toLowerCase();
    if ((c >= 48 && c <= 57) || (c >= 97 && c <= 122)) out += s[i];
    else if (c >= 65 && c <= 90) out += String.fromCharCode(c + 32);
  }
  return out;
}

/** "www.ctvnews.ca" → "ctvnews"; "edition.cnn.com" → "cnn"; "bbc.co.uk" → "bbc". */
let lastUrl: string | null = null;
let lastHost: string | null = null;
let lastHostKey = '';

export function hostName(url: string | null): string | null {
  if (!url) return null;
  if (url === lastUrl) return lastHost;
  lastUrl = url;
  lastHost = readHost(url);
  lastHostKey = lastHost ? letters(lastHost) : '';
  return lastHost;
}

function readHost(url: string): string | null {
  const parsed = parsePageUrl(url);
  if (!parsed) return null;
  const host = parsed.hostname.toLowerCase();
  const labels = host.split('.').filter(Boolean);
  if (labels.length < 2) return labels[0] ?? null;
  const secondLevel = /^(?:co|com|org|net|gov|ac|edu)$/.test(labels[labels.length - 2]!) && labels.length >= 3;
  return labels[labels.length - (secondLevel ? 3 : 2)]!;
}

/** Split off a trailing stray token in a script without Latin letters ("DailyPlanet.ca 最新消息").
 * `line` is space-normalised: single spaces, none at the ends, so its last token follows its last space. */
function splitStray(line: string): { name: string; stray: string } {
  // A token ending in a Latin letter or a digit is no stray (the common case, told by one character).
  if (isAsciiAlnum(line.charCodeAt(line.length - 1))) return { name: line, stray: '' };
  const space = line.lastIndexOf(' ');
  const last = space > 0 ? line.slice(space + 1) : '';
  if (last && last.length <= FIELD_DEFAULTS.publisherStrayMaxChars && !/[A-Za-z0-9]/.test(last) && LETTER.test(last)) {
    return { name: line.slice(0, space), stray: last };
  }
  return { name: line, stray: '' };
}

/** A domain name has a dot and no space (every character of DOMAIN is a letter, a digit, "-" or "."). */
const mayBeDomain = (name: string): boolean => name.includes('.') && !name.includes(' ');

/** Words of a space-normalised line: its spaces, plus one. */
function spacedWordCount(line: string): number {
  let n = 1;
  for (let i = line.indexOf(' '); i >= 0; i = line.indexOf(' ', i + 1)) n++;
  return n;
}

const END_MARK = /[.!?]$/u;
const LEADING_MARK = /^[©•·|]\s*/u;

let lastTitle: string | null = null;
let lastParts: TitleParts | null = null;
let lastSiteKey = '';
function splitTitleCached(title: string): TitleParts {
  if (title !== lastTitle || !lastParts) {
    lastTitle = title;
    lastParts = splitTitle(title);
    lastSiteKey = lastParts.site ? letters(lastParts.site) : '';
  }
  return lastParts;
}

/** The match for a publisher line: `why` says how the line names the site. */
function picked(name: string, stray: string, wordCount: number, ruleId: string, why: string): PublisherMatch {
  const withStray = stray ? `; the trailing "${stray}" is left as rest` : '';
  return { source: { name, kind: 'publisher' }, ruleId, reason: `the ${wordCount}-word line ${why}${withStray}`, rest: stray };
}

export function matchPublisherLine(text: string, ctx: PublisherContext = { url: null, title: null }): PublisherMatch | null {
  if (typeof text !== 'string') return null;
  if (text.length > FIELD_DEFAULTS.publisherMaxChars * 2) return null;
  // normalizeSpace leaves no line break: a block of several lines is read as one line.
  const line = normalizeSpace(LEADING_MARK.test(text) ? text.replace(LEADING_MARK, '') : text);
  if (line === '') return null;
  const { name, stray } = splitStray(line);
  if (name.length > FIELD_DEFAULTS.publisherMaxChars) return null;
  const wordCount = spacedWordCount(name);
  if (wordCount > FIELD_DEFAULTS.publisherMaxWords) return null;
  const domain = mayBeDomain(name) && DOMAIN.test(name);
  if (END_MARK.test(name) && !domain) return null;
  if (domain) return picked(name, stray, wordCount, 'source/domain-line', `"${name}" is a domain name`);
  // hostName and splitTitleCached keep the letters of the host and of the title's site part.
  const host = hostName(ctx.url ?? null);
  const site = ctx.title ? splitTitleCached(ctx.title).site : null;
  const key = letters(name);
  if (host && key.length >= 3 && (key === lastHostKey || (key.startsWith(lastHostKey) && key.length - host.length <= 4))) {
    return picked(name, stray, wordCount, 'source/url-host', `"${name}" spells the page's host name "${host}"`);
  }
  if (site && key.length >= 2 && key === lastSiteKey) {
    return picked(name, stray, wordCount, 'source/title-site', `"${name}" is the site part of the page title "${normalizeSpace(ctx.title!)}"`);
  }
  return null;
}

/**
 * Plain text, when no line of the page names a source: the site the page title names after its
 * headline ("Headline | Fox News", the dump's first line). The title must hold the headline as one
 * of its parts (so that it is this article's title), and its last part must not be a section name
 * ("Headline - Opinion"). An agency there is the wire ("… | Reuters").
 */
export function titleSite(title: string, headline: string): PublisherMatch | null {
  const wanted = normalizeSpace(headline).toLowerCase();
  // A title with no separator names no site, and one that does not hold the headline is another page's.
  if (!holdsSeparator(title) || !title.toLowerCase().includes(wanted)) return null;
  const parts = splitTitle(title);
  const site = parts.site;
  if (!site || !parts.full.endsWith(site) || SECTION_NAMES.has(site.toLowerCase())) return null;
  if (!parts.headlines.some((h) => h !== parts.full && h.toLowerCase() === wanted)) return null;
  return {
    source: sourceNamed(site),
    ruleId: 'source/title-site',
    reason: `the page title "${parts.full}" names the site "${site}" after the headline, and no line of the page names a source`,
    rest: '',
  };
}
