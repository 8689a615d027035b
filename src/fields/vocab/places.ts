/**
 * All-caps words that open lines but are not places, so "BREAKING - …" or "UPDATE: …" is never read as
 * a dateline. Known false positive: a real place spelled like one of these (there is a "Reading",
 * but nobody writes "READING —" as a heading) would be missed.
 */
export const NOT_PLACES = new Set([
  'BREAKING', 'UPDATE', 'UPDATED', 'WATCH', 'VIDEO', 'PHOTOS', 'PHOTO', 'LIVE', 'EXCLUSIVE', 'OPINION',
  'ANALYSIS', 'EDITORIAL', 'NEWS', 'SHARE', 'MENU', 'ADVERTISEMENT', 'SPONSORED', 'AD', 'READ', 'MORE',
  'LISTEN', 'SUBSCRIBE', 'NEW', 'REVIEW', 'COMMENT', 'COMMENTARY', 'CORRECTION', 'NOTE', 'EDITOR',
  'EDITORS', 'PODCAST', 'GALLERY', 'TRENDING', 'RELATED', 'HOME', 'SEARCH', 'LOGIN', 'SPORTS', 'SPORT',
  'WARNING', 'ALERT', 'URGENT', 'FLASH', 'RECAP', 'PREVIEW', 'INTERVIEW', 'FEATURE', 'TOP', 'HOT', 'FAQ',
  'Q', 'A', 'I', 'OK', 'TV', 'DIY', 'TL', 'DR', 'PS', 'NB', 'UPDATES', 'FILE', 'CAPTION', 'SPOILER',
  'SPOILERS', 'DISCLAIMER', 'DISCLOSURE', 'SUMMARY', 'TLDR', 'STORY', 'STORIES', 'LATEST', 'ALSO', 'SEE',
  'PLUS', 'BONUS', 'QUESTION', 'ANSWER', 'NOTICE', 'ANNOUNCEMENT', 'ADVISORY', 'DEVELOPING', 'DEAR', 'ASK',
  'HINTS', 'TIPS', 'HIGHLIGHTS', 'KEY', 'TAKEAWAYS', 'BACKGROUND', 'CONTEXT', 'WHY', 'WHAT', 'HOW', 'WHO', 'WHEN',
  // "Attention", "note", "warning" in other languages.
  'ATENÇÃO', 'ATENCAO', 'ATENCIÓN', 'ATENCION', 'ATTENTION', 'ACHTUNG', 'HINWEIS', 'AVISO', 'AVIS', 'NOTA',
  'IMPORTANTE', 'IMPORTANT', 'UWAGA', 'ВНИМАНИЕ', 'УВАГА', 'DİKKAT', 'DIKKAT', 'POZOR',
]);
