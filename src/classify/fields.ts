// The field parsers the block stage calls: pure functions from src/fields.
export { matchDateline, matchByline, matchCredit, matchPublisherLine, pickHeadline, findDate, detectLanguage } from '../fields/index.js';
