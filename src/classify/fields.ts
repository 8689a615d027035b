// The field parsers the block stage calls: the real ones from src/fields where they have landed,
// the minimal stand-ins (same signatures) for the rest.
export { matchDateline, matchByline, matchCredit } from '../fields/index.js';
export { matchPublisherLine, pickHeadline, findDate, detectLanguage } from './fields-standin.js';
