/**
 * Month and weekday names, by language (Latin and Cyrillic scripts), for reading dates in datelines and date lines.
 * Keys are lower-case and accent-folded (see `foldKey`); abbreviations carry no trailing dot.
 * Known false positives: English "may", "march", German "mai" and Spanish/Portuguese "mar" are also
 * ordinary words, so a month name is only trusted next to a day number and a year.
 */
const MONTHS_BY_LANGUAGE: Record<string, string[][]> = {
  // index 0 = January; each entry lists the full name first, then abbreviations
  en: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'],
    ['june', 'jun'], ['july', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'],
    ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  de: [
    ['januar', 'jan', 'janner'], ['februar', 'feb'], ['marz', 'mrz'], ['april', 'apr'], ['mai'],
    ['juni', 'jun'], ['juli', 'jul'], ['august', 'aug'], ['september', 'sep', 'sept'],
    ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'], ['fevrier', 'fevr', 'fev'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['aout'], ['septembre'], ['octobre'], ['novembre'], ['decembre'],
  ],
  es: [
    ['enero', 'ene'], ['febrero'], ['marzo'], ['abril', 'abr'], ['mayo'], ['junio'], ['julio'],
    ['agosto', 'ago'], ['septiembre', 'setiembre', 'sept', 'set'], ['octubre'], ['noviembre'],
    ['diciembre', 'dic'],
  ],
  pt: [
    ['janeiro'], ['fevereiro', 'fev'], ['marco'], ['abril'], ['maio'], ['junho'], ['julho'],
    ['agosto'], ['setembro'], ['outubro', 'out'], ['novembro'], ['dezembro', 'dez'],
  ],
  it: [
    ['gennaio', 'gen'], ['febbraio'], ['marzo'], ['aprile'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto'], ['settembre', 'set'], ['ottobre', 'ott'], ['novembre'],
    ['dicembre'],
  ],
  nl: [
    ['januari'], ['februari'], ['maart', 'mrt'], ['april'], ['mei'], ['juni'], ['juli'],
    ['augustus'], ['september'], ['oktober', 'okt'], ['november'], ['december'],
  ],
  // Slavic languages write the month in the genitive after a day ("3 июня 2024"): both forms stand.
  ru: [
    ['января', 'январь', 'янв'], ['февраля', 'февраль', 'фев'], ['марта', 'март', 'мар'], ['апреля', 'апрель', 'апр'],
    ['мая', 'май'], ['июня', 'июнь', 'июн'], ['июля', 'июль', 'июл'], ['августа', 'август', 'авг'],
    ['сентября', 'сентябрь', 'сен', 'сент'], ['октября', 'октябрь', 'окт'], ['ноября', 'ноябрь', 'ноя'], ['декабря', 'декабрь', 'дек'],
  ],
  uk: [
    ['січня', 'січень'], ['лютого', 'лютий'], ['березня', 'березень'], ['квітня', 'квітень'], ['травня', 'травень'],
    ['червня', 'червень'], ['липня', 'липень'], ['серпня', 'серпень'], ['вересня', 'вересень'], ['жовтня', 'жовтень'],
    ['листопада', 'листопад'], ['грудня', 'грудень'],
  ],
  pl: [
    ['stycznia', 'styczeń'], ['lutego', 'luty'], ['marca', 'marzec'], ['kwietnia', 'kwiecień'], ['maja', 'maj'],
    ['czerwca', 'czerwiec'], ['lipca', 'lipiec'], ['sierpnia', 'sierpień'], ['września', 'wrzesień'],
    ['października', 'październik'], ['listopada', 'listopad'], ['grudnia', 'grudzień'],
  ],
  cs: [
    ['ledna', 'leden'], ['února', 'únor'], ['března', 'březen'], ['dubna', 'duben'], ['května', 'květen'],
    ['června', 'červen'], ['července', 'červenec'], ['srpna', 'srpen'], ['září'], ['října', 'říjen'],
    ['listopadu', 'listopad'], ['prosince', 'prosinec'],
  ],
  tr: [
    ['ocak'], ['şubat'], ['mart'], ['nisan'], ['mayıs'], ['haziran'], ['temmuz'], ['ağustos'], ['eylül'],
    ['ekim'], ['kasım'], ['aralık'],
  ],
  // Hindi: its vowel signs are marks, which foldKey strips ("फ़रवरी" and "फरवरी" fold alike).
  hi: [
    ['जनवरी'], ['फ़रवरी', 'फरवरी'], ['मार्च'], ['अप्रैल'], ['मई'], ['जून'], ['जुलाई'], ['अगस्त'],
    ['सितंबर', 'सितम्बर'], ['अक्टूबर', 'अक्तूबर'], ['नवंबर', 'नवम्बर'], ['दिसंबर', 'दिसम्बर'],
  ],
};

/** Weekday names and abbreviations (en, de, fr, es, pt, it, nl); only ever skipped, never read. */
export const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
  'segunda-feira', 'terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
];

/** The same names, for lookups. */
export const WEEKDAY_SET: ReadonlySet<string> = new Set(WEEKDAYS);

/** The names as a text's lower-cased words spell them, accents and all ("miércoles"): the
 * folded names, and the written forms of those whose spelling has accents. */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS,
  'miércoles', 'sábado', 'terça-feira', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sáb', 'mié',
]);

const MARK = /\p{M}/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case, strip accents and a trailing dot: "Févr." → "fevr". */
export function foldKey(word: string): string {
  // ASCII has nothing to decompose or strip (a fast path: this runs on every word a date reader tries).
  const folded = (ASCII.test(word) ? word : word.normalize('NFD').replace(MARK, '')).toLowerCase();
  // One trailing dot, as /\.$/ finds it, told by the last code (a replace costs a regex call).
  return folded.charCodeAt(folded.length - 1) === 46 ? folded.slice(0, -1) : folded;
}

const MONTH_INDEX = new Map<string, number>();
for (const months of Object.values(MONTHS_BY_LANGUAGE)) {
  months.forEach((names, i) => {
    // Keyed as looked up: folded ("września" → "wrzesnia", "май" → "маи").
    for (const name of names.map(foldKey)) if (!MONTH_INDEX.has(name)) MONTH_INDEX.set(name, i + 1);
  });
}

/** 1–12 for a month name or abbreviation in any listed language, else null. */
export function monthNumber(word: string): number | null {
  return MONTH_INDEX.get(foldKey(word)) ?? null;
}

/** Three ASCII letters from `at`, lower-cased, as one number. */
const prefixAt = (text: string, at: number): number =>
  ((text.charCodeAt(at) | 32) << 16) | ((text.charCodeAt(at + 1) | 32) << 8) | (text.charCodeAt(at + 2) | 32);

/** The first three letters of every month key (three to twelve letters long; those of a key in
 * another script are never asked for: only runs of ASCII letters are looked up this way). */
const MONTH_PREFIXES = new Set([...MONTH_INDEX.keys()].map((k) => prefixAt(k, 0)));

/**
 * Whether `text` from `start` to `end`, a run of ASCII letters, is a month's name or abbreviation
 * (what monthNumber knows: such a run has nothing to fold but its case). Its first three letters
 * rule out most words before one is cut out and looked up.
 */
export function isAsciiMonthAt(text: string, start: number, end: number): boolean {
  const n = end - start;
  if (n < 3 || n > 12 || !MONTH_PREFIXES.has(prefixAt(text, start))) return false;
  return MONTH_INDEX.has(text.slice(start, end).toLowerCase());
}

/** A regex alternation of every month name, longest first, accents allowed as written. */
export const MONTH_WORD = '\\p{L}{3,12}\\.?';
