/**
 * The byte structure of the legacy CJK charsets tells, with no outside data, which characters are
 * common: each standard put its frequent characters in one area. A text that really is in the
 * charset lands there; bytes of another charset land in rare areas or form no character at all.
 *
 * Each charset is data: how a character's bytes are laid out, and a cost per area
 * (0 = the frequent area, 1+ = rare or implausible in running text).
 */

/** One area of a double-byte charset: lead byte range, trail byte range, cost per character. */
interface Area {
  lead: readonly [number, number];
  trail: readonly [number, number];
  cost: number;
  /** What lives there (documentation, and the evidence a note quotes). */
  what: string;
}

interface DoubleByteLayout {
  /** Bytes that open a double-byte character. */
  isLead: (b: number) => boolean;
  /** Bytes that may follow a lead byte. */
  isTrail: (b: number) => boolean;
  /** Single high bytes that are characters on their own (Shift_JIS half-width katakana). */
  single?: (b: number) => boolean;
  singleCost?: number;
  /** EUC-JP's 0x8F opens a three-byte JIS X 0212 character. */
  threeByteLead?: number;
  areas: readonly Area[];
  /** Cost of a valid character outside every listed area. */
  otherCost: number;
}

const inRange = (b: number, [lo, hi]: readonly [number, number]): boolean => b >= lo && b <= hi;

/** Cost of a byte pair that is no character: the charset cannot be right. */
export const INVALID_COST = 3;

export const CJK_LAYOUTS: Readonly<Record<string, DoubleByteLayout>> = {
  // GB2312 rows 16-55 (B0-D7) are level 1, the 3,755 common hanzi; rows 1-9 punctuation and symbols
  // (rows 4-5 are kana, rare in Chinese); level 2 (D8-F7) is rarer; the GBK extension is rare.
  gbk: {
    isLead: (b) => b >= 0x81 && b <= 0xfe,
    isTrail: (b) => b >= 0x40 && b <= 0xfe && b !== 0x7f,
    areas: [
      { lead: [0xb0, 0xd7], trail: [0xa1, 0xfe], cost: 0, what: 'GB2312 level 1 hanzi' },
      { lead: [0xa1, 0xa3], trail: [0xa1, 0xfe], cost: 0.05, what: 'GB2312 punctuation and full-width forms' },
      { lead: [0xa4, 0xa5], trail: [0xa1, 0xfe], cost: 0.3, what: 'GB2312 kana' },
      { lead: [0xa6, 0xa9], trail: [0xa1, 0xfe], cost: 0.4, what: 'GB2312 Greek, Cyrillic and box drawing' },
      { lead: [0xd8, 0xf7], trail: [0xa1, 0xfe], cost: 0.5, what: 'GB2312 level 2 hanzi' },
    ],
    otherCost: 1.2,
  },
  // Big5 A440-C67E holds the 5,401 frequent characters, A140-A3BF symbols, C940-F9D5 the less frequent.
  big5: {
    isLead: (b) => b >= 0x81 && b <= 0xfe,
    isTrail: (b) => (b >= 0x40 && b <= 0x7e) || (b >= 0xa1 && b <= 0xfe),
    areas: [
      { lead: [0xa4, 0xc5], trail: [0x40, 0xfe], cost: 0, what: 'Big5 frequent characters' },
      { lead: [0xc6, 0xc6], trail: [0x40, 0x7e], cost: 0, what: 'Big5 frequent characters' },
      { lead: [0xa1, 0xa3], trail: [0x40, 0xfe], cost: 0.05, what: 'Big5 punctuation and symbols' },
      { lead: [0xc9, 0xf9], trail: [0x40, 0xfe], cost: 0.5, what: 'Big5 less frequent characters' },
    ],
    otherCost: 1.2,
  },
  // JIS X 0208 in Shift_JIS: row 1 symbols (0x81), kana (0x82 9F-F1, 0x83 40-96), level 1 kanji
  // (889F-9872), level 2 (989F-EAA4). Half-width katakana (A1-DF) are rare in running text.
  shift_jis: {
    isLead: (b) => (b >= 0x81 && b <= 0x9f) || (b >= 0xe0 && b <= 0xfc),
    isTrail: (b) => b >= 0x40 && b <= 0xfc && b !== 0x7f,
    single: (b) => b >= 0xa1 && b <= 0xdf,
    singleCost: 0.8,
    areas: [
      { lead: [0x81, 0x81], trail: [0x40, 0xfc], cost: 0.05, what: 'JIS punctuation and symbols' },
      { lead: [0x82, 0x82], trail: [0x9f, 0xf1], cost: 0, what: 'hiragana' },
      { lead: [0x83, 0x83], trail: [0x40, 0x96], cost: 0, what: 'katakana' },
      { lead: [0x82, 0x82], trail: [0x4f, 0x9a], cost: 0.2, what: 'full-width letters and digits' },
      { lead: [0x88, 0x88], trail: [0x9f, 0xfc], cost: 0, what: 'JIS level 1 kanji' },
      { lead: [0x89, 0x97], trail: [0x40, 0xfc], cost: 0, what: 'JIS level 1 kanji' },
      { lead: [0x98, 0x98], trail: [0x40, 0x72], cost: 0, what: 'JIS level 1 kanji' },
      { lead: [0x98, 0x9f], trail: [0x40, 0xfc], cost: 0.5, what: 'JIS level 2 kanji' },
      { lead: [0xe0, 0xea], trail: [0x40, 0xfc], cost: 0.5, what: 'JIS level 2 kanji' },
    ],
    otherCost: 1.2,
  },
  // The same JIS X 0208 rows in EUC-JP: A1 symbols, A4-A5 kana, B0-CF level 1, D0-F4 level 2.
  'euc-jp': {
    isLead: (b) => b >= 0xa1 && b <= 0xfe,
    isTrail: (b) => b >= 0xa1 && b <= 0xfe,
    single: (b) => b === 0x8e,
    singleCost: 0.8,
    threeByteLead: 0x8f,
    areas: [
      { lead: [0xa1, 0xa1], trail: [0xa1, 0xfe], cost: 0.05, what: 'JIS punctuation and symbols' },
      { lead: [0xa4, 0xa5], trail: [0xa1, 0xfe], cost: 0, what: 'kana' },
      { lead: [0xa3, 0xa3], trail: [0xa1, 0xfe], cost: 0.2, what: 'full-width letters and digits' },
      { lead: [0xb0, 0xcf], trail: [0xa1, 0xfe], cost: 0, what: 'JIS level 1 kanji' },
      { lead: [0xd0, 0xf4], trail: [0xa1, 0xfe], cost: 0.5, what: 'JIS level 2 kanji' },
    ],
    otherCost: 1.2,
  },
  // KS X 1001 in EUC-KR: B0-C8 the 2,350 common Hangul syllables, A1-AC symbols, CA-FD hanja
  // (rare in modern Korean). The UHC extension of windows-949 holds the rare syllables.
  'euc-kr': {
    isLead: (b) => b >= 0x81 && b <= 0xfe,
    isTrail: (b) => (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || (b >= 0x81 && b <= 0xfe),
    areas: [
      { lead: [0xb0, 0xc8], trail: [0xa1, 0xfe], cost: 0, what: 'KS X 1001 Hangul' },
      { lead: [0xa1, 0xa3], trail: [0xa1, 0xfe], cost: 0.05, what: 'KS X 1001 punctuation and symbols' },
      { lead: [0xa4, 0xac], trail: [0xa1, 0xfe], cost: 0.4, what: 'KS X 1001 jamo, Greek, Cyrillic and symbols' },
      { lead: [0xca, 0xfd], trail: [0xa1, 0xfe], cost: 0.6, what: 'KS X 1001 hanja' },
    ],
    otherCost: 1.2,
  },
};

export interface StructureCost {
  /** Summed cost of the high bytes' characters. */
  cost: number;
  /** Characters of two or more bytes. */
  chars: number;
  /** Byte pairs that form no character. */
  invalid: number;
  /** Characters whose trail byte is below 0x80 (a Big5 and GBK trait that GB2312 text never shows). */
  lowTrail: number;
}

function areaCost(layout: DoubleByteLayout, lead: number, trail: number): number {
  for (const a of layout.areas) if (inRange(lead, a.lead) && inRange(trail, a.trail)) return a.cost;
  return layout.otherCost;
}

/** Walk the bytes as the charset lays them out, and cost each high character by its area. */
export function structureCost(bytes: Uint8Array, charset: string): StructureCost {
  const layout = CJK_LAYOUTS[charset];
  const out: StructureCost = { cost: 0, chars: 0, invalid: 0, lowTrail: 0 };
  if (!layout) return out;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    if (layout.threeByteLead === b) {
      const ok = i + 2 < n && layout.isTrail(bytes[i + 1]!) && layout.isTrail(bytes[i + 2]!);
      out.cost += ok ? layout.otherCost : i + 2 >= n ? 0 : INVALID_COST;
      if (ok) out.chars++;
      else if (i + 2 < n) out.invalid++;
      i += ok ? 3 : 1;
      continue;
    }
    if (layout.single?.(b)) {
      if (b === 0x8e) {
        // EUC-JP half-width katakana: 8E followed by A1-DF.
        const t = bytes[i + 1];
        if (t !== undefined && t >= 0xa1 && t <= 0xdf) {
          out.cost += layout.singleCost ?? 1;
          out.chars++;
          i += 2;
        } else {
          if (t !== undefined) {
            out.cost += INVALID_COST;
            out.invalid++;
          }
          i++;
        }
        continue;
      }
      out.cost += layout.singleCost ?? 1;
      i++;
      continue;
    }
    if (!layout.isLead(b)) {
      out.cost += INVALID_COST;
      out.invalid++;
      i++;
      continue;
    }
    if (i + 1 >= n) break; // cut off by the end of the sample: no evidence either way
    const t = bytes[i + 1]!;
    if (!layout.isTrail(t)) {
      out.cost += INVALID_COST;
      out.invalid++;
      i++;
      continue;
    }
    out.cost += areaCost(layout, b, t);
    out.chars++;
    if (t < 0x80) out.lowTrail++;
    i += 2;
  }
  return out;
}
