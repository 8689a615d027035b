/**
 * Stop words per language: the prose signal of jusText (a paragraph of real prose is dense in
 * function words; menus, credits and button labels are not). Short lists of the commonest words
 * are enough for a density; the document's language is the list with the most hits.
 * Known false positive: a list item or a title in running prose reads low; the revise pass settles it by context.
 * A function word that menus use is left out: Indonesian "tentang" ("about") is every site's
 * "Tentang Kami", which read a page's header as prose where its lines run together.
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
    nel nella non per più quando se si sono su sua suo tra un una uno è stato questo questa
    ai agli alle allo dai dagli dalle dallo dei degli delle dello nei negli nelle nello sul sulla sui
    sugli sulle sullo col fra ed hanno essere sia cui loro dopo già`,
  pt: `a ao aos as com como da das de do dos e ela ele em entre era foi há isso já mais mas na nas no nos não
    o os ou para pela pelo por que se sem ser seu sua são também um uma é está`,
  nl: `aan al als bij dat de den der deze die dit door een en er had heeft het hij hoe ik in is je maar met
    naar niet nog of om ook op over te tot uit van voor was wat we werd wie wij zal ze zich zijn`,
  id: `ada adalah akan atau bahwa bisa dalam dan dari dengan di harus ini itu jadi juga kami kita ke karena
    kepada lagi lebih mereka oleh pada saat saja sampai sebagai secara sudah telah tetapi tidak untuk yang ya
    sangat hanya namun seperti tersebut bagi setelah dia ia para hingga sejak menjelang beberapa setiap
    antara masih serta agar sebelum melalui terhadap tanpa dapat belum pun sebuah seorang`,
  ru: `а без в во вы да для до его ее если же за и из или им их к как ко когда который ли мы на не него нет
    но о об он она они от по при с со так также то только у уже что это этот я был была были будет
    будут быть было есть может могут можно все всё всех всего весь вся эта эти этих этого этой этом этим
    тот та те того той тем том тех которая которое которые которого которой котором которых которым
    нас вас нам вам ему ей них ними себя себе свой свои своей своего своих более между через после перед
    однако лишь даже ещё еще там где кто чем чего ни бы вот чтобы поскольку тоже потому очень год года лет
    сказал заявил`,
  uk: `а але без би був була були бути в від вже во все де для до є же за з зі і й із їх його її к коли
    котрий ми на не нас нам них ні о об однак він вона воно вони от по після при про та так також те тим то
    тому тільки у уже це цей ця ці через що щоб як які який яка`,
  bg: `а ако без бе би беше в във все вие вече да до е за и или им има като които който която което към
    ли на над не него нея но някои от по под пред при се след си с със та така също те тези той тя това
    тази този ще що са са бъде е бил била били`,
  pl: `a aby ale bez bo by był była było były być będzie czy dla do gdy go i ich im jak jako jednak jego jej
    już jest są ku lub ma mu na nad nie niż o od oraz po pod przez przed przy się tak także tam te tego
    tej ten to tu tylko w we więc z za ze że który która które którzy jeszcze może można ten także`,
  cs: `a aby ale ani ať by byl byla bylo byli být co či do i jak jako je jeho jej jejich jen ještě již jsem
    jsou k kde když který která které kteří ma mezi na nad než o od po pod pro proto před při s se si
    tak také tam to tento tato toto u už v ve však z za ze že bude budou`,
  sk: `a aby ale ako alebo by bol bola bolo boli byť do je jeho jej ich len k kde keď ktorý ktorá ktoré
    ktorí ma medzi na nad než o od po pod pre pri s sa si so sú tak tiež to tento táto toto v vo však z za
    zo že už bude budú`,
  hr: `a ali bi bio bila bilo biti da do ga i ih ili iz je jer još kad kako kao koja koje koji kojoj kojih
    li među na nakon ne nego ni niti o od ova ovaj ove ovo pa po pod pri prije s sa samo se su sve svoj
    ta taj te to u uz već za što će bi je`,
  sv: `att av de del den denna det detta dem där efter eller en ett för från har hade han hon hans i inte
    innan jag kan med men mot nu när och om på sedan sig sin sina ska skulle som till under var vara vi
    vid vilket än är även också`,
  da: `af alle at blev blive da de dem den denne der deres det dette efter eller en end er et for fra
    har havde han hans hende hun hvor i ikke jeg kan med men mod nu når og om over på sig sin skal som
    til under var ved vil være også`,
  nb: `av at alle da de dem den denne der deres det dette eller en enn er et etter for fra har hadde han
    hans hun hva hvor i ikke jeg kan med men mot når og om over på seg sin skal som til under var ved vil
    være også blir ble`,
  fi: `ei eikä en ennen että he heidän hän hänen ja jo joka jolla jonka jos jotka kanssa kuin kun me mitä
    mukaan myös mutta ne niin nyt oli olivat olla on ovat se sekä sen siitä sitä tai tämä tämän vaan vielä
    voi yli ole ollut`,
  ro: `a acest această ai al ale am ar au ca care cu cum că ce cel cea cei către dar de după este fi fie
    fost iar in la le lor lui mai mult nu o pe pentru prin sa se si sunt să și în într între un una unei
    unui va vor şi în`,
  hu: `a az azt azok be de egy egyik el ez ezt fel hogy is ki le meg mert mi mint már még nem nincs pedig
    se sem szerint vagy van vannak volt voltak lesz csak amely amelyek ami amit aki akik után között
    alatt előtt ezért`,
  tr: `ama ancak bu bir bunu buna bunun da daha de değil diye en gibi göre hem her için ile ise kadar ki
    mi mı mu mü ne o olan olarak olduğu olduğunu oldu ona onun sonra önce şu tarafından ve veya ya yani
    çok ayrıca arasında üzerinde içinde karşı sadece tüm bütün birlikte kendi`,
  el: `αλλά από αυτή αυτό αυτά για δεν είναι ένα έναν έχει η ήταν θα και κατά με μετά μια μία να ο οι όπως
    ότι πως που προς σε στα στη στην στις στο στον στους τα την της τη τις το τον του τους των ως ή
    επίσης ακόμη όταν`,
  ar: `أن أو إلى إن التي الذي الذين بعد بين ثم حتى حيث خلال ذلك على عن عند غير في قبل قد كان كانت كل كما
    لا لم لن له لها مع من منذ هذا هذه هو هي وقد وفي ومن وأن ولا أنه أنها إنه كذلك عليه عليها فيه فيها لدى
    ما هناك أيضا بها به`,
  fa: `از اگر اما او این آن آنها با باید برای بر به تا چه خود در را شد شده که کرد کند می نیز و هم همه
    های وی یا یک است بود دارد گفت پس هر بین روی چون نه شود ای`,
  he: `אבל או אותו אחד אחרי אין אל אם אני אשר את בין גם הוא היא היה היו הם זה זו יותר יש כבר כי כל כמו
    כך לא לו להם לפני מה מן עד עוד על עם רק של שלא שם`,
  vi: `của và các là có được cho trong với này đã người những một không để theo từ khi về đến cũng như tại
    sẽ vào ra nhiều hơn nhưng còn đó thì mà rằng bị vì nên lại nếu phải đang năm ông bà họ chúng`,
  hi: `का के की है में और को से पर भी ने कि यह वह एक हैं था थी थे हो होता होती होते लिए तक इस उस जो तो ही
    या नहीं कर किया गया गई गए रहा रही रहे अपने साथ बाद इसके उसके द्वारा जा इन उन कहा`,
};

export const STOPWORDS: Record<string, ReadonlySet<string>> = Object.fromEntries(
  Object.entries(LISTS).map(([lang, words]) => [lang, new Set(words.split(/\s+/).filter(Boolean))]),
);

/**
 * How dense in its list's words a language's prose runs, against the languages the prose thresholds
 * were tuned on (English, German, French, Spanish …: SETTINGS.stopwordsLow/High). Languages that
 * inflect or attach their function words to the next word (Arabic "وفي", Hebrew "בבית", Turkish
 * suffixes) have fewer free-standing ones, so their real paragraphs would read as boilerplate. A
 * block's density is divided by its list's factor. Each factor is the list's density over the
 * Universal Declaration of Human Rights in that language (the mojibake set's clean texts) divided
 * by 0.40, at most 1; languages without that text take a close relative's (sk: cs, fa: between ar
 * and tr). Turkish news runs sparser than its declaration (0.18 against 0.20 over hand-written
 * wire paragraphs): it takes 0.45, not 0.51. Russian reads 0.27 over its declaration with the
 * fuller list (0.22 with the 54 words it had, when it had no factor): 0.68. A list not named here,
 * and a learned list, count at 1.
 */
const DENSITY_FACTORS: Record<string, number> = {
  ru: 0.68, uk: 0.6, bg: 0.93, pl: 0.55, cs: 0.69, sk: 0.69, hr: 0.78, sv: 0.79, fi: 0.57, hu: 0.6, tr: 0.45,
  el: 0.87, ar: 0.31, fa: 0.45, he: 0.28, vi: 0.72,
};
const FACTOR_OF = new Map<ReadonlySet<string>, number>(Object.entries(DENSITY_FACTORS).map(([lang, f]) => [STOPWORDS[lang]!, f]));

/**
 * Whether pages in the language of the stop-word list `lang` write numeric dates day first
 * ("04/02/2025" for 4 February): every language with a list here but English, whose pages write
 * either order; a learned list names no language.
 */
export const writesDayFirst = (lang: string): boolean => lang !== 'en' && Object.hasOwn(STOPWORDS, lang);

/** The factor a block's stop-word share is divided by under the list `stop` (see DENSITY_FACTORS). */
export function densityFactor(stop: ReadonlySet<string>): number {
  return FACTOR_OF.get(stop) ?? 1;
}

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
  // A language whose prose runs sparse in free-standing function words (Turkish, Arabic: see
  // DENSITY_FACTORS) is held to its own share, as its blocks' densities are.
  const list = STOPWORDS[STOPLIST_LANGS[best]];
  if (words > 0 && hits[best] / words / densityFactor(list) < MIN_STOPLIST_HIT_RATE) return { lang: 'learned', set: learnStoplist(sample()) };
  return { lang: STOPLIST_LANGS[best], set: list };
}

/** The languages with a list, in a fixed order (a list's bit in STOP_INDEX is its position here). */
export const STOPLIST_LANGS = Object.keys(STOPWORDS);
/** Word → bit mask of the lists (by position in STOPLIST_LANGS) that hold it. */
export const BY_WORD = new Map<string, number>();
STOPLIST_LANGS.forEach((lang, l) => {
  for (const w of STOPWORDS[lang]) BY_WORD.set(w, (BY_WORD.get(w) ?? 0) | (1 << l));
});
