/**
 * Every threshold of the block stage, as named defaults in one place (after jusText's
 * `justext/core.py` defaults and trafilatura's `settings.py`). Comments say why each value.
 */
export const SETTINGS = {
  // ── first pass: one block alone (jusText's classes) ─────────────────────────────────────
  /** Below this many characters a block is "short": too little evidence to call it prose alone. */
  lengthLow: 70,
  /** At or above this many characters with enough stop words a block is plainly prose (jusText: 200;
   * text dumps split paragraphs finer, measured best at 150 on the benchmark dumps). */
  lengthHigh: 150,
  /** Stop-word share at or above which a long block reads as prose (jusText: 0.32). */
  stopwordsHigh: 0.3,
  /** Stop-word share below which a block is not prose at all (lower than jusText's 0.30: inside the
   * main run, context and position decide the doubtful ones). */
  stopwordsLow: 0.15,
  /** HTML only: share of text inside links above which a block is navigation (jusText: 0.2). */
  maxLinkDensity: 0.4,
  /** A line this short (words) with no sentence punctuation is a menu item candidate. */
  menuItemMaxWords: 6,
  /** A run of at least this many menu-item lines in a row is a menu. */
  menuMinRun: 3,

  // ── region: the article's main run of prose (maximum-sum run over block weights) ────────
  /** Weight of a prose block per word. */
  weightPerWord: 1,
  /** Weight of a block that is not prose (chrome, short line, menu item): a fixed cost. */
  weightNotProse: -12,
  /** Weight of a short block that does not read as a sentence (a label, a caption, a link). */
  weightShort: -8,
  /** Weight of a near-prose block (and of a short sentence) per word: a doubtful block counts half. */
  weightNearPerWord: 0.5,

  /** A run after the headline replaces a heavier run before it when it weighs at least this share. */
  anchorMinShare: 0.25,

  // ── revise: context ──────────────────────────────────────────────────────────────────────
  /** How many blocks before the region's first paragraph a headline/dateline/byline may sit. */
  headWindow: 12,
  /** Content words shorter than this are ignored for topical overlap. */
  minContentWordLength: 3,
  /** Lead paragraphs that join the headline to form the article's core topic. */
  leadParagraphs: 3,
  /** A block after the end marker sharing fewer than this share of content words with the core is off-topic. */
  offtopicMaxOverlap: 0.12,
  /**
   * Under a recirculation heading, a title (a short line with no sentence end) sharing fewer than
   * a quarter of its content words is another story's: a headline of ten words shares one or two
   * news words ("police", "warning") with any lead, a paragraph of the article shares more.
   */
  recirculationTitleMaxOverlap: 0.25,
  /** Teasers with at most this share of content words in common with the core count as unrelated. */
  teaserMaxOverlap: 0.08,
  /** Title-and-lede pairs closing the run, unrelated to each other: at least this many of them… */
  teaserMinPairs: 3,
  /** …each sharing less than this share of its content words with the headline and lead. */
  teaserPairMaxOverlap: 0.2,
  /** A pair's title has at least this many words ("Bakery wins award"). */
  teaserPairTitleMinWords: 3,
  /** At least this many unrelated ledes in a row make a teaser run. */
  teaserMinRun: 4,
  /** A block with fewer content words is too short to judge by overlap (a kicker, a title, a source line). */
  teaserMinContentWords: 6,
  /** A lede in a teaser run has at most this many words. */
  teaserMaxWords: 90,
  /** A teaser's title, judged with the lede under it: at most this many words, no sentence end. */
  teaserTitleMaxWords: 16,
  /** A teaser run reaches into the lead only from at least this many ledes below it, a run of its
   * own (teaserMinRun): a story's own paragraphs can share no word with each other or with its lead
   * (a scene, a reaction, an inflected language's other forms), and three such paragraphs closing
   * it are not yet a run (an Italian story of six paragraphs lost five). */
  teaserMinTailForLead: 4,
  /** A run of sentence paragraphs of at least this many words each, with no title between them,
   * is a teaser run only when they share (almost) no words with each other (teaserMaxMutualOverlap). */
  teaserParagraphMinWords: 15,
  /** A teaser run that reaches into the lead: its ledes share less than this share of their
   * content words with each other (other stories' ledes share a word such as "weekend" at most;
   * a story's own paragraphs share its subject). */
  teaserMaxMutualOverlap: 0.15,
  /** Two commenter signatures at most this many blocks apart open a comment section. */
  commentSignatureGap: 12,
  /** A link to another story set into the body ("RELATED: …") has at most this many words… */
  inlineTeaserMaxWords: 30,
  /** …and at least this many after its label. */
  inlineTeaserMinTitleWords: 3,
  /** Blocks scanned after a recirculation heading before the run ends. */
  recirculationMaxRun: 40,
  /** After titles under a recirculation heading, a paragraph of more words is the article's prose resuming (a teaser's lede is shorter). */
  recirculationResumeWords: 50,
  /** At least this many titles (each of this many words or more) stacked right under a recirculation heading are its links, whatever their subject. */
  recirculationStackMin: 2,
  recirculationStackTitleMinWords: 4,

  // ── spam ─────────────────────────────────────────────────────────────────────────────────
  /** A foreign-script fragment is at most this many characters long. */
  foreignFragmentMaxChars: 24,
  /** The document's dominant script must cover at least this share of its letters. */
  dominantScriptMinShare: 0.8,
} as const;

export type Settings = typeof SETTINGS;
