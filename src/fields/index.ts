// Field parsers: pure functions the block classifier calls. This file only re-exports.
export { matchDateline, type DatelineMatch } from './dateline.js';
export { isRoleLine, matchByline, matchNamesAlone, namesOfByline, type BylineMatch } from './byline.js';
export { matchDateThenByline, type DateBylineMatch } from './date-byline.js';
export { matchCredit, type CreditMatch } from './credit.js';
export { findDateMentions, type DateMention, type DateRef } from './dates.js';
export { FIELD_DEFAULTS } from './defaults.js';
export { matchPublisherLine, titleSite, type PublisherMatch, type PublisherContext } from './publisher.js';
export { pickHeadline, type HeadlinePick } from './headline.js';
export { findDate, urlDate, type DatePick, type FindDateOptions } from './find-date.js';
export { detectLanguage, languageSample } from './language.js';
