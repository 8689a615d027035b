/**
 * Every threshold of byte decoding, in one place, each with why it has its value.
 */
export const DECODE_DEFAULTS = {
  /** Bytes of the head searched for `<meta charset>`; the HTML standard's prescan reads 1,024, pages in the wild put it later. */
  prescanBytes: 4096,
  /** Bytes searched for an XML declaration (it must open the document). */
  xmlDeclarationBytes: 1024,
  /**
   * Bytes of evidence the statistical sniffer reads (windows around the high bytes); beyond a few
   * thousand high bytes the guess no longer changes, and every candidate decodes the sample.
   */
  sniffBytes: 16 * 1024,
  /** Bytes per window of that sample, after its first high byte. */
  sniffWindow: 512,
  /** Bytes of the sample handed to chardet when it settles a Latin near tie (its cost grows with the input). */
  chardetBytes: 8 * 1024,
  /**
   * Valid multi-byte UTF-8 sequences that, with no invalid one, override a declared legacy charset.
   * Two are already overwhelming evidence: legacy text is valid UTF-8 by chance with odds of a few
   * percent per sequence, and all of them must line up.
   */
  utf8OverrideSequences: 2,
  /**
   * How much lower (per high byte) a legacy candidate's cost must be than a declared charset's
   * before the declaration is called wrong. A declaration wins every close call.
   */
  declaredWrongMargin: 0.35,
  /**
   * High bytes a legacy declaration must be contradicted by before another legacy charset replaces
   * it: one odd byte (a stray `¿` in a word) is no evidence against what the page says.
   */
  declaredWrongMinHighBytes: 16,
  /**
   * Cost per high byte above which no legacy reading is trusted: undeclared bytes that are mostly
   * UTF-8 stay UTF-8 (with U+FFFD for the stray bytes) rather than become a poor legacy guess.
   */
  sniffMaxCost: 0.6,
  /** Latin readings within this cost of the best one are a near tie, settled by chardet. */
  latinTieCost: 0.05,
  /**
   * chardet confidence points (0-100) the cheapest reading starts with in a Latin near tie.
   * Swept on the dev texts (0, 5, 10, 15, 20, 25, 30, 40): 0 lets chardet overrule too often
   * (windows-1252 falls to 94 %), 30 and more ignore it; 15 gives windows-1252 98.9 %,
   * windows-1250 82.4 %, ISO-8859-2 84.9 %, windows-1254 88.9 %.
   */
  ownChoiceLead: 15,
} as const;
