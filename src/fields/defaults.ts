/**
 * Every threshold of the field parsers, as named defaults in one place (the trafilatura habit).
 * Each comment says what the number guards against.
 */
export const FIELD_DEFAULTS = {
  /** A dateline prefix with neither agency nor date needs this many words of body text after it
   * ("TOKYO - Officials said …"); fewer reads as a headline like "US - China talks resume". */
  datelineMinRestWords: 8,
  /** Longest all-caps place name accepted in a dateline ("RIO DE JANEIRO"). */
  datelinePlaceMaxChars: 40,
  /** A line that is only a date (plus labels, weekday, time, zone) may keep this many other words
   * ("Published", "Updated", "on", "by …" are labels and do not count). */
  dateLineMaxOtherWords: 3,

  /** Longest byline line, in words, including a role and a trailing date. */
  bylineMaxWords: 24,
  /** Longest single name, in tokens ("Mary Ann de la Cruz-Smith"). */
  bylineNameMaxTokens: 5,

  /** Longest credit line kept as a credit, in characters (copyright lines carry some boilerplate). */
  creditMaxChars: 260,

  /** Longest publisher line, in words and characters: a site name, never a headline. */
  publisherMaxWords: 5,
  publisherMaxChars: 40,
  /** Longest stray token that may trail a site-name line and is handed back as `rest`. */
  publisherStrayMaxChars: 16,

  /** Headline candidates: words (or, for scripts without spaces, characters / 2). */
  headlineMinWords: 3,
  /** Words of a menu item's length: without a page title, a line this short over a longer heading over the byline is not the headline. */
  headlineMenuItemMaxWords: 4,
  headlineMaxWords: 40,
  /** Longest headline in characters (a cheap bound checked before counting words). */
  headlineMaxChars: 320,
  /** Near-match to the page title: Dice overlap of word sets needed to accept a line. */
  headlineNearMatchMin: 0.5,
  /** Without a title, a heading with a byline under it needs a paragraph this long within 7 blocks. */
  headlineProseAfterWords: 30,
  /** A standfirst (the summary under a headline, above its date or byline) has at most this many words. */
  standfirstMaxWords: 60,
  /** Fallback without a title: the headline is looked for among the first blocks only. */
  headlineScanBlocks: 40,

  /** findDateMentions reads at most this many characters (dates sit in short lines; this bounds the work). */
  dateScanMaxChars: 2000,
  /** A trailing credit is looked for in the last this-many characters of a paragraph. */
  creditTailChars: 400,
  /** Dates are looked for this many blocks before and after the headline. */
  dateWindowBefore: 3,
  dateWindowAfter: 15,
  /** Any line this short near the headline may give the date, even with other words in it. */
  datedLineMaxChars: 120,
  /** Without a headline, the date is looked for in the first share of the blocks. */
  dateScanShare: 0.5,

  /** Language detection reads at most this many characters of the body: on the benchmark pages
   * 300, 600 and 2,000 characters gave the same accuracy, and the cost grows with the sample. */
  languageSampleChars: 600,
  /** Below this many letters the detectors guess; we return null. */
  languageMinLetters: 40,
} as const;

export type FieldDefaults = typeof FIELD_DEFAULTS;
