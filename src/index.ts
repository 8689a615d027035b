export { cleanArticle } from './clean.js';
export { repairText } from './repair/repair-text.js';
export { decodeBytes } from './decode/decode-bytes.js';
export type {
  Article,
  ArticleInput,
  CleanOptions,
  Dateline,
  DecodeHints,
  DecodeResult,
  Limits,
  Note,
  RepairOptions,
  RepairResult,
  RepairStep,
  Source,
} from './types.js';
