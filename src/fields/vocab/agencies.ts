/**
 * Wire agencies and the ways copy credits them. One canonical name per agency: the name the agency
 * uses for itself in credits ("Reuters", "The Associated Press", "AFP", "The Canadian Press").
 * `aliases` are matched whole-word and case-sensitively, with an optional leading "The".
 * `creditOnly` aliases are too ambiguous for free text and count only inside a credit form
 * ("(AP)", "— AP", "© 2024 AP"); each carries its known false positive. A national agency's full
 * name that opens with a letter no other alias opens with ("Saudi Press Agency") is credit-only too:
 * as a free-text alias it would have every line opening with that letter tried as a credit line.
 */
import type { Source } from '../../types.js';
import { isSpace } from '../trim.js';

export interface Agency {
  name: string;
  aliases: string[];
  /** Short forms trusted only in a credit's position (parentheses, after a dash, after ©). */
  creditOnly: string[];
  /** Known false positive, for reviewers. */
  falsePositive: string;
}

export const AGENCIES: Agency[] = [
  { name: 'Reuters', aliases: ['Reuters', 'Thomson Reuters', 'REUTERS'], creditOnly: ['رويترز'],
    falsePositive: 'a story about Reuters itself ends with "Reuters" only as a byline-free credit, which is still a credit' },
  { name: 'The Associated Press', aliases: ['Associated Press', 'ASSOCIATED PRESS'], creditOnly: ['AP', 'أسوشيتد برس'],
    falsePositive: '"AP" is also Advanced Placement and Andhra Pradesh; trusted only as "(AP)" or a dash credit' },
  { name: 'AFP', aliases: ['Agence France-Presse', 'Agence France Presse'], creditOnly: ['AFP', 'أ ف ب', 'أ.ف.ب', 'فرانس برس'],
    falsePositive: 'rare; "AFP" also names the Australian Federal Police, so it is trusted only in credit form' },
  { name: 'The Canadian Press', aliases: ['Canadian Press'], creditOnly: ['CP'],
    falsePositive: '"CP" is also Canadian Pacific; trusted only as "(CP)" or a dash credit' },
  { name: 'Bloomberg', aliases: ['Bloomberg News'], creditOnly: ['Bloomberg'],
    falsePositive: 'Michael Bloomberg and Bloomberg L.P. appear in prose; trusted only in credit form' },
  { name: 'UPI', aliases: ['United Press International'], creditOnly: ['UPI'],
    falsePositive: '"UPI" is also India\'s Unified Payments Interface' },
  { name: 'dpa', aliases: ['Deutsche Presse-Agentur'], creditOnly: ['dpa', 'DPA', 'د ب أ'],
    falsePositive: 'rare outside credits' },
  { name: 'PA Media', aliases: ['PA Media', 'Press Association'], creditOnly: ['PA'],
    falsePositive: '"PA" is also Pennsylvania and "personal assistant"' },
  { name: 'Australian Associated Press', aliases: ['Australian Associated Press'], creditOnly: ['AAP'],
    falsePositive: 'rare outside credits' },
  { name: 'Press Trust of India', aliases: ['Press Trust of India'], creditOnly: ['PTI'],
    falsePositive: 'rare outside credits' },
  { name: 'IANS', aliases: ['Indo-Asian News Service'], creditOnly: ['IANS'], falsePositive: 'rare outside credits' },
  { name: 'ANI', aliases: ['Asian News International'], creditOnly: ['ANI'],
    falsePositive: '"Ani" is a given name; only the capitalised credit form counts' },
  { name: 'Xinhua', aliases: ['Xinhua News Agency'], creditOnly: ['Xinhua', '新华社'],
    falsePositive: 'stories quoting Xinhua mention it in prose' },
  { name: 'China News Service', aliases: [], creditOnly: ['中新社'], falsePositive: 'stories quoting it mention it in prose' },
  { name: 'Kyodo News', aliases: ['Kyodo News'], creditOnly: ['Kyodo', '共同', '共同通信'], falsePositive: 'stories quoting Kyodo mention it in prose' },
  { name: 'Jiji Press', aliases: ['Jiji Press'], creditOnly: ['Jiji', '時事', '時事通信'], falsePositive: 'stories quoting Jiji mention it in prose' },
  { name: 'Yonhap', aliases: ['Yonhap News Agency'], creditOnly: ['Yonhap', '연합뉴스'], falsePositive: 'stories quoting Yonhap mention it in prose' },
  { name: 'Newsis', aliases: [], creditOnly: ['Newsis', '뉴시스'], falsePositive: 'stories quoting Newsis mention it in prose' },
  { name: 'News1', aliases: [], creditOnly: ['News1', '뉴스1'], falsePositive: 'stories quoting News1 mention it in prose' },
  { name: 'Vietnam News Agency', aliases: [], creditOnly: ['VNA', 'Vietnam News Agency'], falsePositive: 'rare outside credits' },
  { name: 'Philippine News Agency', aliases: ['Philippine News Agency'], creditOnly: ['PNA'], falsePositive: 'rare outside credits' },
  { name: 'ANTARA', aliases: ['Antara News Agency'], creditOnly: ['ANTARA', 'Antara'], falsePositive: 'stories quoting Antara mention it in prose' },
  { name: 'Bernama', aliases: [], creditOnly: ['Bernama', 'BERNAMA'], falsePositive: 'stories quoting Bernama mention it in prose' },
  { name: 'Associated Press of Pakistan', aliases: ['Associated Press of Pakistan'], creditOnly: ['APP'],
    falsePositive: '"APP" is also an app; trusted only as "(APP)" or a dash credit' },
  { name: 'News Agency of Nigeria', aliases: [], creditOnly: ['NAN', 'News Agency of Nigeria'], falsePositive: 'rare outside credits' },
  { name: 'EFE', aliases: ['Agencia EFE'], creditOnly: ['EFE'], falsePositive: 'rare outside credits' },
  { name: 'Europa Press', aliases: [], creditOnly: ['Europa Press'], falsePositive: 'stories quoting it mention it in prose' },
  { name: 'Lusa', aliases: ['Agência Lusa'], creditOnly: ['Lusa'], falsePositive: 'rare outside credits' },
  { name: 'Agência Brasil', aliases: ['Agência Brasil'], creditOnly: [], falsePositive: 'stories quoting it mention it in prose' },
  { name: 'Notimex', aliases: [], creditOnly: ['Notimex'], falsePositive: 'rare outside credits' },
  { name: 'Télam', aliases: [], creditOnly: ['Télam', 'Telam'], falsePositive: 'rare outside credits' },
  { name: 'ANSA', aliases: [], creditOnly: ['ANSA'], falsePositive: 'rare outside credits' },
  { name: 'AGI', aliases: ['Agenzia Italia'], creditOnly: ['AGI'], falsePositive: '"AGI" is also artificial general intelligence; trusted only in credit form' },
  { name: 'APA', aliases: ['Austria Presse Agentur'], creditOnly: ['APA'],
    falsePositive: '"APA" is also the American Psychological Association; trusted only in credit form' },
  { name: 'Keystone-SDA', aliases: ['Keystone-SDA'], creditOnly: ['SDA', 'sda', 'ATS', 'ats', 'awp/sda', 'sda/awp'], falsePositive: 'rare outside credits' },
  { name: 'ANP', aliases: ['Algemeen Nederlands Persbureau'], creditOnly: ['ANP'], falsePositive: 'rare outside credits' },
  { name: 'Belga', aliases: [], creditOnly: ['Belga', 'BELGA'], falsePositive: 'rare outside credits' },
  { name: 'TT', aliases: ['TT Nyhetsbyrån'], creditOnly: ['TT'], falsePositive: '"TT" is also a car model; trusted only in credit form' },
  { name: 'NTB', aliases: [], creditOnly: ['NTB', 'Norsk Telegrambyrå'], falsePositive: 'rare outside credits' },
  { name: 'Ritzau', aliases: ['Ritzaus Bureau'], creditOnly: ['Ritzau'], falsePositive: 'rare outside credits' },
  { name: 'STT', aliases: [], creditOnly: ['STT', 'Suomen Tietotoimisto'], falsePositive: 'rare outside credits' },
  { name: 'PAP', aliases: ['Polska Agencja Prasowa', 'Polish Press Agency'], creditOnly: ['PAP'], falsePositive: 'rare outside credits' },
  { name: 'ČTK', aliases: [], creditOnly: ['ČTK', 'CTK', 'Česká tisková kancelář'], falsePositive: 'rare outside credits' },
  { name: 'MTI', aliases: [], creditOnly: ['MTI'], falsePositive: 'rare outside credits' },
  { name: 'Ukrinform', aliases: [], creditOnly: ['Ukrinform', 'Укрінформ'], falsePositive: 'stories quoting it mention it in prose' },
  { name: 'TASS', aliases: [], creditOnly: ['TASS', 'ТАСС'], falsePositive: 'stories quoting TASS mention it in prose' },
  { name: 'RIA Novosti', aliases: ['RIA Novosti'], creditOnly: ['РИА Новости', 'RIA'], falsePositive: 'stories quoting RIA Novosti mention it in prose' },
  { name: 'Interfax', aliases: [], creditOnly: ['Interfax', 'Интерфакс'], falsePositive: 'stories quoting Interfax mention it in prose' },
  { name: 'Anadolu Agency', aliases: ['Anadolu Agency'], creditOnly: ['AA', 'الأناضول'], falsePositive: '"AA" is also Alcoholics Anonymous and batteries' },
  { name: 'KUNA', aliases: ['Kuwait News Agency'], creditOnly: ['KUNA', 'كونا'], falsePositive: 'rare outside credits' },
  { name: 'WAM', aliases: [], creditOnly: ['WAM', 'وام', 'Emirates News Agency'], falsePositive: 'rare outside credits' },
  { name: 'SPA', aliases: [], creditOnly: ['SPA', 'واس', 'Saudi Press Agency'], falsePositive: '"SPA" is also a spa; trusted only in credit form' },
  { name: 'QNA', aliases: [], creditOnly: ['QNA', 'قنا', 'Qatar News Agency'], falsePositive: 'rare outside credits' },
  { name: 'IRNA', aliases: ['Islamic Republic News Agency'], creditOnly: ['IRNA'], falsePositive: 'stories quoting IRNA mention it in prose' },
  { name: 'CNN Wire', aliases: ['CNN Wire'], creditOnly: [], falsePositive: 'rare outside credits' },
];

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function alternation(words: string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escape).join('|');
}

/** Every free-text-safe alias, as written. */
export const AGENCY_ALIAS_WORDS: readonly string[] = [...new Set(AGENCIES.flatMap((a) => a.aliases))];
/** Any agency name or alias (free-text safe), with an optional leading "The". */
export const AGENCY_ALIAS_PATTERN = `(?:[Tt]he\\s+)?(?:${alternation([...AGENCY_ALIAS_WORDS])})`;
/** Every agency name, alias and credit-only short form, as written and in capitals: a dateline's
 * parentheses and a credit line often spell the agency so ("(EUROPA PRESS)", "(XINHUA)"). */
export const AGENCY_ANY_WORDS: readonly string[] = [...new Set(AGENCIES.flatMap((a) => [...a.aliases, ...a.creditOnly, a.name]).flatMap((w) => [w, w.toUpperCase()]))];
/** Any agency name, alias or credit-only short form. */
export const AGENCY_ANY_PATTERN = `(?:[Tt]he\\s+)?(?:${alternation([...AGENCY_ANY_WORDS])})`;

const BY_ALIAS = new Map<string, Agency>();
for (const a of AGENCIES) for (const alias of [a.name, ...a.aliases, ...a.creditOnly]) BY_ALIAS.set(alias.toLowerCase(), a);

/** The longest alias key. A key keeps every character of its alias but whitespace and a leading
 * "the" (and lower case never shortens), so an alias with more than this plus three is none. */
const MAX_KEY = Math.max(...[...BY_ALIAS.keys()].map((k) => k.length));

/** Whether `s` has more than `n` characters other than whitespace (counting stops there). */
function moreNonSpaceThan(s: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < s.length; i++) if (!isSpace(s.charCodeAt(i)) && ++count > n) return true;
  return false;
}

/** The agency an alias names, e.g. "the Associated Press" → The Associated Press. */
export function agencyFor(alias: string): Agency | null {
  // The readers ask about whole tails of lines: most are too long to be a name, told before a key is built.
  if (moreNonSpaceThan(alias, MAX_KEY + 3)) return null;
  const key = alias.trim().replace(/^the\s+/i, '').replace(/\s+/g, ' ').toLowerCase();
  return BY_ALIAS.get(key) ?? BY_ALIAS.get(`the ${key}`) ?? null;
}

/** The wire source an alias names ("the Associated Press" → {The Associated Press, wire}), or null. */
export function wireSource(alias: string): Source | null {
  const agency = agencyFor(alias);
  return agency ? { name: agency.name, kind: 'wire' } : null;
}

/** The source a credit names: the wire agency it is an alias of, else the publisher by that name. */
export function sourceNamed(name: string): Source {
  return wireSource(name) ?? { name, kind: 'publisher' };
}
