// The field parsers the block stage calls: the real ones from src/fields once they land.
export { matchDateline, matchByline, matchCredit, matchPublisherLine, pickHeadline, findDate, detectLanguage } from './fields-standin.js';
