// The field parsers the block stage calls: pure functions from src/fields.
export { matchDateline, matchByline, matchDateThenByline, findDateMentions, isRoleLine, matchNamesAlone, namesOfByline, matchCredit, matchPublisherLine, titleSite, pickHeadline, findDate, detectLanguage, type BylineMatch, type DatelineMatch, type DateRef } from '../fields/index.js';
