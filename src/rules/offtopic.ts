/**
 * Recirculation vocabulary: headings that open a block of other stories. A heading alone is never
 * enough to drop what follows: the revise pass also checks position (after the article's end
 * marker or core) and topical overlap. Each entry says its known false positive.
 */
import { SETTINGS as S } from './settings.js';

export interface HeadingRule {
  pattern: RegExp;
  falsePositive: string;
  /** For a heading built by `h`: its vocabulary, so that a list of them can be tested as one alternation. */
  vocabulary?: string;
}

const h = (s: string, falsePositive: string): HeadingRule => ({
  pattern: new RegExp(`^(?:${s})[:.!]?$`, 'iu'),
  falsePositive,
  vocabulary: s,
});

/**
 * One test for a list of headings: true when any of them matches (the headings built by `h` as one
 * anchored alternation, the others one by one). Which one matched is then looked up only for the
 * few lines that pass.
 */
export function anyHeading(rules: readonly HeadingRule[]): (text: string) => boolean {
  const together = rules.filter((r) => r.vocabulary !== undefined).map((r) => `(?:${r.vocabulary})`);
  const screen = new RegExp(`^(?:${together.join('|')})[:.!]?$`, 'iu');
  const apart = rules.filter((r) => r.vocabulary === undefined).map((r) => r.pattern);
  return (text) => screen.test(text) || apart.some((p) => p.test(text));
}

export const RECIRCULATION_HEADINGS: HeadingRule[] = [
  h('related(?: (?:stories|articles|content|news|posts|coverage|reading|links|topics|videos))?', 'a subheading "Related" inside a glossary-style article.'),
  h('(?:most|top) (?:read|popular|viewed|shared|emailed|commented|watched)(?: (?:stories|articles|news|now|today|this week))?(?: in [^:.!]{1,30})?', 'a section of a media-industry story titled "Most read".'),
  h('(?:trending|popular|top stories|top news|latest(?: news| stories)?|editor\'?s? picks?|recommended(?: for you| stories| reading)?|don\'t miss|more stories|more news|other news|in other news|what to read next|read next|up next|watch next|next up(?: in [^:.!]{1,30})?|explore further)', 'a subheading "Trending" in an article about social media.'),
  h('more (?:(?:articles|stories|posts|news) )?(?:from|on|in|about|by) .{1,40}|related (?:coverage|stories|articles) (?:from|on|about) .{1,50}', 'a subheading "More on the vote" that introduces more of the same story.'),
  h('(?:you|we think you) (?:may|might) (?:also )?(?:like|enjoy|be interested in)|also (?:read|see|on .{1,30})|see also|read also|further reading|you might have missed|around the web|from (?:our|the) partners|promoted stories|sponsored stories|local spotlight|spotlight|featured(?: stories| articles| videos)?|(?:latest|more) videos?|recent posts|popular posts|related posts', 'a subheading "Spotlight" naming a section inside a feature article.'),
  // "More Washington Examiner", "More Sports": More and a capitalised name (case matters here).
  { pattern: /^More(?: (?:from|on|in|about|of))?(?: [\p{Lu}\d][\p{L}\d.'’&-]*){1,4}:?$/u, falsePositive: 'a subheading "More Questions" inside the article.' },
  // The same concepts in other languages of the news (pt, es, fr, de, it, nl).
  h('(?:voc[êe] (?:tamb[ée]m )?pode gostar|leia (?:tamb[ée]m|mais)|veja (?:tamb[ée]m|mais)|mais lidas?|not[íi]cias relacionadas|relacionad[oa]s)(?:\\.\\.\\.|…)?', 'a Portuguese subheading "Veja também" pointing at a document of the same story.'),
  h('(?:te puede interesar|tambi[ée]n te puede (?:gustar|interesar)|lo m[áa]s le[íi]do|noticias relacionadas|art[íi]culos relacionados|lee tambi[ée]n|m[áa]s noticias)(?:\\.\\.\\.|…)?', 'a Spanish subheading "Más noticias" inside a news round-up.'),
  h('(?:[àa] lire aussi|lire aussi|sur le m[êe]me sujet|les plus lus|articles? similaires?|vous aimerez aussi)(?:\\.\\.\\.|…)?', 'a French subheading "Sur le même sujet" followed by the same story.'),
  h('(?:mehr zum thema|auch interessant|das k[öo]nnte sie auch interessieren|meistgelesen|weitere artikel|lesen sie auch)(?:\\.\\.\\.|…)?', 'a German subheading "Mehr zum Thema" followed by same-story updates.'),
  h('(?:potrebbe interessarti|leggi anche|articoli correlati|i pi[ùu] letti|lees ook|meer nieuws|gerelateerde artikelen)(?:\\.\\.\\.|…)?', 'an Italian or Dutch subheading "Leggi anche" followed by the same story.'),
  // …and in Russian, Ukrainian, Polish, Czech and Turkish.
  h('(?:самое читаемое|читайте также|новости по теме|материалы по теме|по теме|популярное|найпопулярніше|читайте також|najczęściej czytane|zobacz (?:także|też|również)|nejčtenější|související články|en [çc]ok okunanlar|ilgili haberler)(?:\\.\\.\\.|…)?', 'a Russian subheading "По теме" followed by more of the same story.'),
  // …and in Indonesian and Malay.
  h('(?:berita terkait|baca juga|artikel terkait|terpopuler|berita lainnya|pilihan editor)(?:\\.\\.\\.|…)?', 'an Indonesian subheading "Berita Terkait" followed by more of the same story.'),
];

/**
 * A link to another story set into the body: a recirculation label, a separator, then the story's
 * title on the same line ("RELATED: …", "Read more: …", "Lire aussi : …"). Only labels that
 * introduce links stand here: "Latest:", "Trending:" or "Update:" also open live-blog paragraphs.
 * Known false positive: a paragraph opening "See also: …" that is the article's own reference.
 */
export const INLINE_TEASER = new RegExp(
  '^(?:' +
    [
      'related(?: (?:stories|articles|content|news|coverage|reading|links))?',
      '(?:also |further )?read(?: more| also| next)?',
      'see also|also see|more|watch|listen|you (?:may|might) also like|don\'t miss|recommended(?: reading)?',
      'more (?:from|on) [^:|»›]{1,40}',
      'leia (?:tamb[ée]m|mais)|veja (?:tamb[ée]m|mais)|te puede interesar|lee tambi[ée]n|ver tambi[ée]n',
      '[àa] lire aussi|lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch interessant|leggi anche|lees ook',
      'читайте также|смотрите также|по теме|читайте також|дивіться також|czytaj (?:także|też|również)|zobacz (?:także|też|również)',
      'čtěte také|přečtěte si také|ayrıca (?:okuyun|bakınız)|ilginizi çekebilir',
      'baca juga|lihat juga|simak juga|baca selengkapnya',
      '[اإ]قرأ أيض[اً]+|اقرأ المزيد|यह भी पढ़ें|ये भी पढ़ें',
    ].join('|') +
    ')\\s*(?::|\\||»|›|>|\\s[-–—]) *(?=\\S)',
  'iu',
);

/**
 * The label of a one-line link to another story (INLINE_TEASER), when a title of
 * inlineTeaserMinTitleWords words or more follows it on a line of inlineTeaserMaxWords at most.
 */
export function inlineTeaserLabel(text: string, words: number): { label: string; titleWords: number } | null {
  if (words > S.inlineTeaserMaxWords) return null;
  const label = INLINE_TEASER.exec(text);
  if (!label) return null;
  const titleWords = text.slice(label[0].length).split(/\s+/u).filter(Boolean).length;
  return titleWords < S.inlineTeaserMinTitleWords ? null : { label: label[0].trim(), titleWords };
}

/** The end of the article: copyright lines. Wire credits and publisher lines come from src/fields. */
// It needs a year or "all rights reserved": "© Amazon" under a photo is a photo credit, not an end.
export const COPYRIGHT_LINE = /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:(?:19|20)\d\d\b.{0,120}|.{0,120}\ball rights reserved\b.{0,60})$/iu;

/**
 * Where a comment section starts: its heading, or a commenter's signature line. Each entry says
 * its known false positive.
 */
export const COMMENT_SECTION: HeadingRule[] = [
  h('\\[? ?\\d[\\d,]* (?:comments?|responses?|replies|reactions|thoughts)(?: (?:on|to|for) .{1,160})? ?\\]?|(?:(?:top(?: rated)?|most (?:liked|popular|recent)|reader|user|latest|recent|featured|all) )?(?:comments|responses|replies)', 'a subheading "Comments" introducing quoted comments inside the article.'),
  h('(?:comments?|responses?|replies|thoughts) (?:on|to) ["“‘\'].{1,160}', 'a line quoting a title in a story about reader mail.'),
  h('leave a (?:reply|comment)|post a comment|add (?:a|your) comment|(?:join|start) the (?:discussion|conversation)|comments? (?:are|is) closed|have your say', 'a closing line "Have your say" inviting letters in an opinion piece.'),
];

/** A commenter's signature: "name says:" / "wrote:", or a bare "2 days ago at 07:52 am" stamp (two of them make a section). */
export const COMMENT_SIGNATURE = /^(?:.{1,60}\s(?:says|said|wrote|writes|commented):?|\d+ (?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?) ago(?: at \d{1,2}:\d\d(?: ?[ap]m)?)?)$/iu;

/** The last letters of the signature verbs above, in every case /iu gives them. */
const SIGNATURE_LAST = 'sSſdDeE';

/**
 * Whether COMMENT_SIGNATURE can match `text`, told from its ends: a signature closes with "says",
 * "said", "wrote", "writes" or "commented" (and an optional ":"), whose last letter under /iu is
 * one of "sSſdDeE"; a comment's age ("3 hours ago") opens with a digit. Most blocks end with a
 * full stop, and the pattern is not run on them.
 */
function maySign(text: string): boolean {
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return true;
  let end = text.length - 1;
  if (text.charCodeAt(end) === 58) end--; // ":"
  return end >= 0 && SIGNATURE_LAST.includes(text[end]!);
}
/** Whether `text` is a commenter's signature (COMMENT_SIGNATURE), with the cheap pre-check first. */
export const isCommentSignature = (text: string): boolean => maySign(text) && COMMENT_SIGNATURE.test(text);
