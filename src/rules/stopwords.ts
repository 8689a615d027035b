/**
 * Stop words per language: the prose signal of jusText (a paragraph of real prose is dense in
 * function words; menus, credits and button labels are not). Short lists of the commonest words
 * are enough for a density; the document's language is the list with the most hits.
 * Known false positive: a list item or a title in running prose reads low; the revise pass settles it by context.
 */
const LISTS: Record<string, string> = {
  en: `a about above after again against all am an and any are as at be because been before being below
    between both but by can could did do does doing down during each few for from further had has have
    having he her here hers him his how i if in into is it its itself just me more most my no nor not now
    of off on once only or other our out over own same she should so some such than that the their them
    then there these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your said says also one two new after last year years told`,
  de: `aber als also am an auch auf aus bei bin bis da damit dann das dass dem den denn der des die dies doch
    du durch ein eine einem einen einer es für hat hatte ich ihr im in ist ja jetzt kann mit nach nicht noch
    nur ob oder sich sie sind so über um und uns von vor war was wenn werden wie wir wird zu zum zur`,
  fr: `à au aux avec ce ces comme dans de des du elle en est et eu il ils je la le les leur lui mais me même
    mes moi mon ne nos notre nous on ou par pas pour qu que qui sa se ses son sont sur ta te tes toi ton tu
    un une vos votre vous été être avait fait plus cette aussi`,
  es: `a al algo como con de del desde donde el ella en entre era es esa ese esta este fue ha hay la las le
    les lo los más me mi muy no nos o para pero por que se sea ser si sin sobre su sus también un una uno y ya`,
  it: `a al alla anche che chi come con da dal dalla del della di e era gli ha ho i il in la le lo ma mi ne
    nel nella non per più quando se si sono su sua suo tra un una uno è stato questo questa`,
  pt: `a ao aos as com como da das de do dos e ela ele em entre era foi há isso já mais mas na nas no nos não
    o os ou para pela pelo por que se sem ser seu sua são também um uma é está`,
  nl: `aan al als bij dat de den der deze die dit door een en er had heeft het hij hoe ik in is je maar met
    naar niet nog of om ook op over te tot uit van voor was wat we werd wie wij zal ze zich zijn`,
  id: `ada adalah akan atau bahwa bisa dalam dan dari dengan di harus ini itu jadi juga kami kita ke karena
    kepada lagi lebih mereka oleh pada saat saja sampai sebagai secara sudah telah tetapi tidak untuk yang ya
    sangat hanya namun seperti tersebut bagi setelah`,
  ru: `а без в во вы да для до его ее если же за и из или им их к как ко когда который ли мы на не него нет
    но о об он она они от по при с со так также то только у уже что это этот я был была были будет`,
};

export const STOPWORDS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(/\s+/).filter(Boolean))]),
);

/** Below this share of stop-word hits the document's language has no list here. */
export const MIN_STOPLIST_HIT_RATE = 0.08;
/** Size of a stop-word list learned from the document's own commonest words. */
const LEARNED_SIZE = 40;

/**
 * For a language without a list: the document's commonest words stand in for stop words
 * (function words are the most frequent words of any language).
 * Known false positive: a page dominated by a repeated menu word makes that word a "stop word".
 */
export function learnStoplist(words: readonly string[]): ReadonlySet<string> {
  const counts = new Map<string, number>();
  for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  return new Set(
    [...counts.entries()]
      .filter(([, n]) => n >= 3)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, LEARNED_SIZE)
      .map(([w]) => w),
  );
}

/** The stop-word language with the most hits over the given words; English when nothing hits. */
export function pickStoplist(words: readonly string[]): { lang: string; set: ReadonlySet<string> } {
  const hits = new Int32Array(STOPLIST_LANGS.length);
  for (const w of words) {
    const langs = BY_WORD.get(w) ?? 0;
    for (let l = 0; l < STOPLIST_LANGS.length; l++) if (langs & (1 << l)) hits[l]++;
  }
  return chooseStoplist(hits, words.length, () => words);
}

/**
 * The same choice from counts already made: `hits[l]` stop-word hits of list `l` (STOPLIST_LANGS
 * order) over `words` sampled words; `sample` gives the words themselves, needed only to learn a
 * list when no built-in list fits.
 */
export function chooseStoplist(hits: ArrayLike<number>, words: number, sample: () => readonly string[]): { lang: string; set: ReadonlySet<string> } {
  let best = 0;
  for (let l = 1; l < STOPLIST_LANGS.length; l++) if (hits[l] > hits[best]) best = l;
  if (words > 0 && hits[best] / words < MIN_STOPLIST_HIT_RATE) return { lang: 'learned', set: learnStoplist(sample()) };
  return { lang: STOPLIST_LANGS[best], set: STOPWORDS[STOPLIST_LANGS[best]] };
}

/** The languages with a list, in a fixed order (a list's bit in STOP_INDEX is its position here). */
export const STOPLIST_LANGS = Object.keys(STOPWORDS);
/** Word → bit mask of the lists (by position in STOPLIST_LANGS) that hold it. */
export const BY_WORD = new Map<string, number>();
STOPLIST_LANGS.forEach((lang, l) => {
  for (const w of STOPWORDS[lang]) BY_WORD.set(w, (BY_WORD.get(w) ?? 0) | (1 << l));
});
