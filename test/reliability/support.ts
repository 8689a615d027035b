// Shared by the reliability tests and scripts/fuzz.ts.

export const DOM_ENGINES = ['linkedom', 'jsdom'] as const;

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** No lone surrogate: the string can be written in any Unicode encoding. */
export const wellFormed = (s: string): boolean => !LONE_SURROGATE.test(s);
