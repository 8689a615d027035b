// The field parsers the block stage calls (src/fields); a stand-in only for what has not landed.
export { matchDateline } from '../fields/dateline.js';
export { matchByline } from '../fields/byline.js';
export { matchCredit } from '../fields/credit.js';
export { matchPublisherLine } from '../fields/publisher.js';
export { pickHeadline } from '../fields/headline.js';
export { findDate } from '../fields/find-date.js';
export { detectLanguage } from './fields-standin.js';
