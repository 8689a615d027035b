// The field parsers the block stage calls (src/fields); a stand-in only for what has not landed.
export { matchDateline, matchByline, matchCredit, matchPublisherLine, pickHeadline, findDate } from '../fields/index.js';
export { detectLanguage } from './fields-standin.js';
