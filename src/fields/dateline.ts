/**
 * matchDateline: a dateline standing alone or opening a paragraph.
 * Two shapes, tried in this order:
 * - `dateline/date-line`: a line that is only a date (with labels such as "Published", a weekday, a time
 *   and zone): "| 29 May 2024, Wednesday |", "Updated: 2024-06-03 09:15", "3 hours ago" (date null).
 * - `dateline/place`: an all-caps place, optionally a region, a date and an agency, then a dash (or
 *   a colon): "TOKYO -", "TOKYO (AP) —", "LONDON, June 3 (Reuters) -", "CLEVELAND, Ohio – The …",
 *   "NEW DELHI: The …".
 *   A Chinese wire dateline counts as a place dateline: "新华社北京6月3日电", and so do the bracketed
 *   Korean and Japanese ones: "(서울=연합뉴스) 홍길동 기자 =", "【ワシントン共同】", and an Arabic place
 *   before a dash: "القاهرة- …".
 *   `dateline/agency`: the agency alone in parentheses opening a paragraph: "(Reuters) — The …".
 */
import type { Dateline, Source } from '../types.js';
import { type DateRef, dateLabel, findDateMentions, mayHoldDate, wordsBesideDates } from './dates.js';
import { FIELD_DEFAULTS } from './defaults.js';
import { AGENCY_ANY_PATTERN, sourceNamed, wireSource } from './vocab/agencies.js';
import { NOT_PLACES } from './vocab/places.js';
import { DATELINE_OUTLET_PATTERN, DATELINE_OUTLETS } from './vocab/outlets.js';
import { twoUpperFirst, upperFirst } from './chars.js';
import { daysInMonth } from './calendar.js';
import { isSpace } from './trim.js';

export interface DatelineMatch {
  dateline: Dateline;
  ruleId: string;
  reason: string;
  rest: string;
  /** The wire agency named inside the dateline ("(AP)"), when one is. */
  credit: Source | null;
  /** The reporter a CJK wire dateline names ("（记者张三）", "홍길동 기자 =", "【北京＝山田太郎】"), when it names one. */
  byline?: string;
}

const DASH = '(?:-{1,2}|–|—|―)';
/** An all-caps place of one to four words: "TOKYO", "RIO DE JANEIRO", "ST. LOUIS", "N'DJAMENA". */
const PLACE = "(\\p{Lu}[\\p{Lu}.'’-]*(?:\\s+\\p{Lu}[\\p{Lu}.'’-]*){0,3})";
/** A region after the place: "Ohio", "Ont.", "N.Y.", "Calif.", "England" (one to three words). */
const REGION = "(?:,\\s*(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,2}))?";
/** A short date after the place: ", June 3", ", Nov. 19, 2019". */
const SHORT_DATE = '(?:,\\s*(\\p{L}{3,12}\\.?\\s+\\d{1,2}(?:,\\s*\\d{4})?|\\d{1,2}\\s+\\p{L}{3,12}\\.?(?:\\s+\\d{4})?))?';
/**
 * The credit in parentheses: an agency, several joined by slashes ("dpa/AFP"), or an outlet; `more`
 * adds alternatives.
 */
const creditInParens = (more = ''): string =>
  `\\(((?:${AGENCY_ANY_PATTERN})(?:\\s*\\/\\s*(?:${AGENCY_ANY_PATTERN}))*|${DATELINE_OUTLET_PATTERN}${more})\\)\\.?`;
/**
 * The agency after the place: in parentheses (`inParens`), a full stop possibly before the dash
 * ("(EFE).-"), or between slashes ("MOSCOW, June 3. /TASS/."). Two groups: the one in parentheses,
 * the one in slashes.
 */
const agencyAfterPlace = (inParens: string): string => `(?:\\s*${inParens}|\\.?\\s*\\/(${AGENCY_ANY_PATTERN})\\/\\.?)`;
const AGENCY_REQUIRED = agencyAfterPlace(creditInParens());
/**
 * After an all-caps place the parentheses may also hold an outlet's name or call sign in capitals
 * that no list here knows, before a dash: "SPRINGFIELD, Ill. (WCIA) —", "WASHINGTON (NEXSTAR) —" (not a
 * ticker: "APPLE (AAPL) Shares rose …"). It is credited as the publisher.
 */
const CALL_SIGN = '[A-Z][A-Z0-9&]{2,9}';
const CALL_SIGN_WHOLE = new RegExp(`^${CALL_SIGN}$`);
const AGENCY_AFTER_CAPS = `(?:${agencyAfterPlace(creditInParens(`|${CALL_SIGN}(?=\\)\\s*${DASH}(?:\\s|$))`))})?`;
/**
 * What ends the dateline: a dash, a colon ("NEW DELHI: The …", "Islamabad, June 3 (APP): …"), or
 * nothing but a space before a capital right after the agency's closing bracket or slash ("NEW
 * DELHI, June 3 (PTI) The …", "STOCKHOLM (TT) Regeringen …", "MOSCOW, June 3. /TASS/. Russian …").
 */
const DATELINE_END = `(?:\\s*${DASH}(?=\\s|$)|:(?=\\s|$)|(?<=[)/]\\.?)(?=\\s+[\\p{Lu}"“‘]))`;

/** The agency after the dash, Russian style: "МОСКВА, 3 июня — РИА Новости. …". */
const AGENCY_AFTER = `(?:(${AGENCY_ANY_PATTERN})\\.(?=\\s|$)\\s*)?`;
/** After an all-caps place a colon serves as the dash too ("NEW DELHI: The …", the South Asian style). */
const PLACE_DATELINE = new RegExp(`^${PLACE}${REGION}${SHORT_DATE}${AGENCY_AFTER_CAPS}${DATELINE_END}\\s*${AGENCY_AFTER}`, 'u');
/** A capitalised (not all-caps) place counts only with an agency after it: "Tokyo (Reuters) -". */
const TITLE_PLACE = "(\\p{Lu}\\p{Ll}+(?:[\\s-]\\p{Lu}\\p{Ll}+){0,2})";
export const TITLE_PLACE_DATELINE = new RegExp(`^${TITLE_PLACE}${REGION}${SHORT_DATE}${AGENCY_REQUIRED}${DATELINE_END}\\s*${AGENCY_AFTER}`, 'u');
/**
 * A broadcaster's dateline without parentheses, as CNN's pages now write it: the place, the outlet,
 * a dash: "Washington CNN —", "Hong Kong CNN —". The outlet is credited as the publisher.
 */
const OUTLET_DATELINE = new RegExp(`^(?:${PLACE}|${TITLE_PLACE})${REGION}\\s+(${DATELINE_OUTLET_PATTERN})\\s*${DASH}(?=\\s|$)\\s*`, 'u');
export const AGENCY_DATELINE = new RegExp(`^\\((${AGENCY_ANY_PATTERN})\\)\\s*${DASH}\\s+`, 'u');

/**
 * A Chinese wire dateline: the agency, the place, month and day, then 电 ("dispatched"), with an
 * optional reporter note: "新华社北京6月3日电（记者 张三）". The agencies are the credit-only
 * forms of agencies.ts.
 */
const CJK_DATELINE = /^(新华社|中新社)(\p{Script=Han}{2,8})(\d{1,2})月(\d{1,2})日电(?:\s*[（(]记者\s*([^）)]{1,40})[）)])?\s*/u;

/**
 * A Korean wire dateline: the place and the agency in parentheses, then the reporter and "기자 ="
 * ("reporter ="): "(서울=연합뉴스) 홍길동 기자 = …", "(워싱턴=연합뉴스) 김철수 특파원 = …".
 */
const KOREAN_DATELINE = /^\((\p{Script=Hangul}{1,10})\s*=\s*([^)=]{1,16})\)\s*(?:((?:\p{Script=Hangul}{2,5}\s*){1,3})(?:기자|특파원)\s*=\s*)?/u;
/**
 * A Japanese dateline in lenticular brackets: the place, then the agency ("【ワシントン共同】") or
 * "=" and the agency or the reporter ("【北京＝山田太郎】").
 */
const JAPANESE_DATELINE = /^【([\p{Script=Han}\p{Script=Katakana}ー・]{1,12}?)(?:[=＝]([^】]{1,20})|(共同|時事))】\s*/u;
/** Labels that take the place's position in those brackets: a photo or graphic credit ("(사진=연합뉴스)", "【写真＝共同】"), a source, breaking news. */
const BRACKET_LABELS = new Set(['사진', '자료사진', '그래픽', '영상', '출처', '제공', '자료', '그림', '표', '写真', '動画', '図解', '速報', '資料']);

/**
 * An Arabic place dateline: one or two words of the place, an agency in parentheses or none, then a
 * dash: "القاهرة- …", "بيروت (رويترز) - …". Arabic has no capitals to tell a place, so the text after
 * it must read as prose (see matchArabic).
 */
const ARABIC_DATELINE = new RegExp(`^(\\p{Script=Arabic}{2,20}(?:\\s\\p{Script=Arabic}{2,20})?)\\s*(?:\\((${AGENCY_ANY_PATTERN})\\))?\\s*${DASH}\\s+`, 'u');

const wordCount = (s: string): number => (s.match(/[\p{L}\p{N}]+/gu) ?? []).length;

/** The credit in a dateline's brackets: a wire agency (of several, "dpa/AFP", the first that is one), else an outlet credited as the publisher. */
function source(alias: string | undefined): Source | null {
  if (!alias) return null;
  const wire = wireSource(alias) ?? (alias.includes('/') ? alias.split('/').map((a) => wireSource(a.trim())).find((w) => w) ?? null : null);
  return wire ?? (DATELINE_OUTLETS.includes(alias) || CALL_SIGN_WHOLE.test(alias) ? { name: alias, kind: 'publisher' } : null);
}

/** A source named beside the date ("2024年06月03日 16:12 来源：新华网", "June 3, 2024 | Source: Reuters"). */
const SOURCE_LABEL = /(?:来源|來源|出典|출처|Source|Quelle|Fuente|Fonte)\s*[:：]\s*([^|｜,，\s][^|｜,，]{0,40}?)\s*(?=$|[|｜,，])/u;

/** The wire agency, else the publisher, a date line names as its source. */
function labelledSource(line: string): Source | null {
  const m = SOURCE_LABEL.exec(line);
  if (!m) return null;
  return sourceNamed(m[1]!);
}

/** A (trimmed) line that is nothing but a date (with its labels, weekday, time and zone). */
function matchDateLine(line: string, ref: DateRef): DatelineMatch | null {
  if (line.length > 120 || /^by\s/i.test(line) || !mayHoldDate(line)) return null;
  const mentions = findDateMentions(line, ref);
  if (mentions.length === 0) return null;
  const others = wordsBesideDates(line, mentions);
  if (others.length > FIELD_DEFAULTS.dateLineMaxOtherWords) return null;
  if (others.some((w) => /^by$/i.test(w))) return null;
  // A yearless "June 3" beside other words is too weak ("June 3 Concert"); alone it is a date line.
  if (mentions.every((m) => m.how === 'month-day' || m.how === 'ambiguous') && others.length > 0) return null;
  const published = mentions.find((m) => m.date && dateLabel(line, m) === 'published');
  const chosen = published ?? mentions.find((m) => m.date && dateLabel(line, m) !== 'updated') ?? mentions.find((m) => m.date) ?? mentions[0]!;
  const label = dateLabel(line, chosen);
  const read = chosen.date
    ? `${chosen.date} read from "${chosen.text}"${chosen.shiftedBy ? ` (UTC day of ${chosen.shiftedBy})` : ''}`
    : `no day (${chosen.how === 'relative' ? 'relative' : chosen.how === 'ambiguous' ? 'day and month ambiguous' : 'no year'}: "${chosen.text}")`;
  return {
    dateline: { text: line, place: null, date: chosen.date },
    ruleId: 'dateline/date-line',
    reason: `the line is ${label ? `a date labelled ${label}` : 'a standalone date'}, ${read}, with ${others.length} other word(s)`,
    rest: '',
    credit: labelledSource(line),
  };
}

/**
 * A site's domain name ("KOMPAS.com", "TRIBUNNEWS.COM", "Detik.com"): a name, a dot and a top-level
 * domain. Beside a dateline's place it names the publisher, not a region ("JAKARTA, KOMPAS.com -").
 */
const DOMAIN = /^[\p{L}\p{N}-]{2,30}(?:\.(?:co|com|net|org|news|info|tv|id|in|uk|au|ca|de|fr|es|it|br|mx|ar|my|sg|ph|ng|za|ru|ua|pl|nl|be|ch|at|pt|tr|cn|hk|tw|jp|kr|vn|th|pk|bd|lk|ke|gh|ie|nz)){1,2}$/iu;

function matchPlace(text: string, ref: DateRef): DatelineMatch | null {
  if (!upperFirst(text)) return null;
  // A capitalised place needs its agency in parentheses: most capitalised lines have none.
  const m = (twoUpperFirst(text) ? PLACE_DATELINE.exec(text) : null) ?? (text.includes('(') ? TITLE_PLACE_DATELINE.exec(text) : null);
  if (!m) return null;
  let [prefix, place, region, shortDate, inParens, inSlashes, agencyAfter] = m as unknown as [string, string, string?, string?, string?, string?, string?];
  // The site's domain beside the place, after it or before it ("TRIBUNNEWS.COM, JAKARTA -"), is the publisher.
  let site: string | null = null;
  if (region !== undefined && DOMAIN.test(region)) [site, region] = [region, undefined];
  else if (region !== undefined && DOMAIN.test(place)) [site, place, region] = [place, region, undefined];
  const agencyAlias = inParens ?? inSlashes ?? agencyAfter;
  if (!agencyAlias && !twoUpperFirst(place)) return null;
  const letters = place.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || place.length > FIELD_DEFAULTS.datelinePlaceMaxChars) return null;
  // "NEW" opens places ("NEW YORK", "NEW DELHI"): alone it is a label like the others.
  const words = place.split(/\s+/);
  if ((words.length > 1 && words[0] === 'NEW' ? words.slice(1) : words).some((w) => NOT_PLACES.has(w.replace(/[.'’-]/g, '')))) return null;
  const rest = text.slice(prefix.length).trim();
  // A colon dateline opens its paragraph: an all-caps line ending in a colon alone is a label ("KEY POINTS:").
  if (rest === '' && prefix.trimEnd().endsWith(':')) return null;
  const credit = source(agencyAlias) ?? (site !== null ? { name: site, kind: 'publisher' as const } : null);
  const restWords = wordCount(rest);
  // Without an agency or a date, only a bare "TOKYO -" or a real sentence after the dash makes a dateline.
  // A bare place needs three letters ("US - China talks" is a headline), and the text after it must read
  // as prose: enough words, ending like a sentence.
  if (!credit && !shortDate) {
    if (letters.length < 3) return null;
    if (rest !== '' && (restWords < FIELD_DEFAULTS.datelineMinRestWords || !/[.!?"”'’)…।؟۔]$/u.test(rest))) return null;
  }
  if (rest !== '' && !/^[\p{Lu}\p{N}"“‘'(]/u.test(rest)) return null;
  const mention = shortDate ? findDateMentions(shortDate, ref)[0] : undefined;
  const date = mention?.date ?? null;
  const placeText = region ? `${place}, ${region}` : place;
  const parts = [`place "${placeText}"`];
  if (shortDate) parts.push(date ? `date ${date} from "${shortDate}"` : `date "${shortDate}" without a year`);
  if (credit) parts.push(`${credit.kind === 'wire' ? 'agency' : 'outlet'} ${credit.name}`);
  return {
    dateline: { text: prefix.trim(), place, date },
    ruleId: 'dateline/place',
    reason: `${twoUpperFirst(place) ? 'an all-caps' : 'a capitalised'} ${parts.join(', ')} followed by a dash ${rest ? `opens ${restWords} words of text` : 'stands alone'}`,
    rest,
    credit,
  };
}

/** The dash of such a dateline stands within this many characters (a place of up to four words, a region, the outlet): a later one opens no dateline. */
const OUTLET_DASH_WITHIN = 90;

/** The last code unit of each outlet's name: a dash after any other character has no outlet before it. */
const OUTLET_LAST = new Set(DATELINE_OUTLETS.map((o) => o.charCodeAt(o.length - 1)));

/** Whether an outlet's name stands just before one of the dashes (of those DASH allows) early in
 * `text`: the cheap part of OUTLET_DATELINE, tried first. (Compared in place: no string is cut.) */
function outletBeforeDash(text: string): boolean {
  const end = Math.min(OUTLET_DASH_WITHIN, text.length);
  for (let i = 1; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 0x2d && (c < 0x2013 || c > 0x2015)) continue;
    let j = i;
    while (j > 0 && isSpace(text.charCodeAt(j - 1))) j--;
    if (j === 0 || !OUTLET_LAST.has(text.charCodeAt(j - 1))) continue;
    for (const o of DATELINE_OUTLETS) if (j >= o.length && text.startsWith(o, j - o.length)) return true;
  }
  return false;
}

function matchOutlet(text: string): DatelineMatch | null {
  const m = upperFirst(text) && outletBeforeDash(text) ? OUTLET_DATELINE.exec(text) : null;
  if (!m) return null;
  const [prefix, capsPlace, titlePlace, region, outlet] = m as unknown as [string, string | undefined, string | undefined, string | undefined, string];
  const place = (capsPlace ?? titlePlace)!;
  const rest = text.slice(prefix.length).trim();
  if (rest !== '' && !/^[\p{Lu}\p{N}"“‘'(]/u.test(rest)) return null;
  const credit = source(outlet);
  return {
    dateline: { text: prefix.trim(), place, date: null },
    ruleId: 'dateline/place',
    reason: `the place "${region ? `${place}, ${region}` : place}" and the outlet ${outlet} before a dash ${rest ? `open ${wordCount(rest)} words of text` : 'stand alone'}`,
    rest,
    credit,
  };
}

function matchCjk(text: string, ref: DateRef): DatelineMatch | null {
  const m = text.charCodeAt(0) === 0x65b0 || text.charCodeAt(0) === 0x4e2d ? CJK_DATELINE.exec(text) : null; // 新, 中
  if (!m) return null;
  const [prefix, agencyName, place, month, day, reporter] = m as unknown as [string, string, string, string, string, string?];
  const mm = Number(month);
  const dd = Number(day);
  const date = ref.year && mm >= 1 && mm <= 12 && dd >= 1 && dd <= daysInMonth(ref.year, mm) ? `${ref.year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : null;
  const credit = source(agencyName);
  return {
    dateline: { text: prefix.trim(), place, date },
    ruleId: 'dateline/place',
    reason: `a Chinese wire dateline: agency ${credit?.name ?? agencyName}, place "${place}", ${date ? `date ${date}` : `"${month}月${day}日" without a year`}`,
    rest: text.slice(prefix.length).trim(),
    credit,
    ...reporterOf(reporter),
  };
}

/** The reporter's names as the dateline writes them, spaces tidied ("张三 李四"), when there are any. */
function reporterOf(names: string | undefined): { byline?: string } {
  const byline = names?.trim().replace(/\s+/gu, ' ');
  return byline ? { byline } : {};
}

/** A Korean or Japanese bracketed dateline (see KOREAN_DATELINE, JAPANESE_DATELINE). */
function matchBracketed(text: string): DatelineMatch | null {
  const first = text.charCodeAt(0);
  const m = first === 0x28 ? KOREAN_DATELINE.exec(text) : first === 0x3010 ? JAPANESE_DATELINE.exec(text) : null; // (, 【
  if (!m) return null;
  const korean = first === 0x28;
  // Korean: the place, the agency or paper, the reporter before "기자 ="; Japanese: the place, then
  // the reporter after "＝" or the agency.
  const [prefix, place, named, third] = m as unknown as [string, string, string?, string?];
  if (BRACKET_LABELS.has(place)) return null;
  const alias = ((korean ? undefined : third) ?? named ?? '').trim();
  // A Korean dateline names an agency or a paper; a Japanese one an agency or its reporter.
  const credit = korean && alias ? sourceNamed(alias) : wireSource(alias);
  const reporter = korean ? third : credit ? undefined : alias;
  const rest = text.slice(prefix.length).trim();
  return {
    dateline: { text: prefix.trim(), place, date: null },
    ruleId: 'dateline/place',
    reason: `a ${korean ? 'Korean' : 'Japanese'} bracketed dateline: place "${place}"${credit ? `, ${credit.kind === 'wire' ? 'agency' : 'outlet'} ${credit.name}` : ''}${reporter ? `, reporter "${reporter.trim()}"` : ''}`,
    rest,
    credit,
    ...reporterOf(reporter),
  };
}

function matchArabic(text: string): DatelineMatch | null {
  const first = text.charCodeAt(0);
  const m = first >= 0x600 && first <= 0x6ff ? ARABIC_DATELINE.exec(text) : null;
  if (!m) return null;
  const [prefix, place, agencyAlias] = m as unknown as [string, string, string?];
  const rest = text.slice(prefix.length).trim();
  const restWords = wordCount(rest);
  if (restWords < FIELD_DEFAULTS.datelineMinRestWords || !/[.!?؟"”)…]$/u.test(rest)) return null;
  const credit = source(agencyAlias);
  return {
    dateline: { text: prefix.trim(), place, date: null },
    ruleId: 'dateline/place',
    reason: `an Arabic place "${place}"${credit ? `, agency ${credit.name}` : ''} followed by a dash opens ${restWords} words of text`,
    rest,
    credit,
  };
}

function matchAgencyOnly(text: string): DatelineMatch | null {
  const m = text.startsWith('(') ? AGENCY_DATELINE.exec(text) : null;
  if (!m) return null;
  const credit = source(m[1]);
  const rest = text.slice(m[0].length).trim();
  if (!credit || wordCount(rest) < FIELD_DEFAULTS.datelineMinRestWords) return null;
  return {
    dateline: { text: m[0].trim(), place: null, date: null },
    ruleId: 'dateline/agency',
    reason: `the paragraph opens with the agency credit "${m[0].trim()}" (${credit.name}) before ${wordCount(rest)} words of text`,
    rest,
    credit,
  };
}

/** The dateline a block is or opens with, or null. `ref.year` completes a yearless date. */
export function matchDateline(text: string, ref: DateRef = {}): DatelineMatch | null {
  if (typeof text !== 'string') return null;
  const line = text.trim();
  if (line === '') return null;
  return matchDateLine(line, ref) ?? matchPlace(line, ref) ?? matchOutlet(line) ?? matchCjk(line, ref) ?? matchBracketed(line) ?? matchArabic(line) ?? matchAgencyOnly(line);
}
