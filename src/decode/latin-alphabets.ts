/**
 * The accented letters of the Latin-script languages that the single-byte legacy charsets were
 * made for. A text is written in one language (or two), so the accented letters of a right reading
 * mostly come from one alphabet; bytes read in the wrong Latin charset give letters from several
 * (Czech `č ř ě` read as windows-1252 gives `è ø ì`, which no language spells together).
 * General knowledge of the alphabets, grouped by the charset family that serves them.
 */
export const LATIN_ALPHABETS: Readonly<Record<string, string>> = {
  // windows-1252 / ISO-8859-1 languages
  french: 'àâæçéèêëîïôœùûüÿ',
  german: 'äöüß',
  spanish: 'áéíñóúü',
  portuguese: 'áâãàçéêíóôõú',
  italian: 'àèéìíîòóùú',
  catalan: 'àçèéíïòóúü',
  dutch: 'éëïóöüáèê',
  danishNorwegian: 'æøåéó',
  swedishFinnish: 'åäöé',
  icelandic: 'áðéíóúýþæö',
  irishWelsh: 'áéíóúâêîôûŵŷ',
  // windows-1250 / ISO-8859-2 languages
  polish: 'ąćęłńóśźż',
  czech: 'áčďéěíňóřšťúůýž',
  slovak: 'áäčďéíĺľňóôŕšťúýž',
  hungarian: 'áéíóöőúüű',
  southSlavic: 'čćđšž',
  romanian: 'ăâîșțşţ',
  albanian: 'çë',
  // windows-1254 / ISO-8859-9
  turkish: 'çğıöşüâî',
  kurdish: 'çêîşû',
  // windows-1257 and the rest, which readings of the others may land in
  estonian: 'äöõüšž',
  latvian: 'āčēģīķļņšūž',
  lithuanian: 'ąčęėįšųūž',
  esperanto: 'ĉĝĥĵŝŭ',
  maltese: 'ċġħżàèìòù',
};

const SETS: readonly Set<string>[] = Object.values(LATIN_ALPHABETS).map((a) => new Set(a));

/**
 * Occurrences of accented Latin letters that the best-fitting alphabet lacks. `counts` holds the
 * text's lower-case accented Latin letters and how often each occurs.
 */
export function lettersOutsideAlphabet(counts: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const n of counts.values()) total += n;
  if (total === 0) return 0;
  let best = 0;
  for (const set of SETS) {
    let covered = 0;
    for (const [ch, n] of counts) if (set.has(ch)) covered += n;
    if (covered > best) best = covered;
  }
  return total - best;
}
