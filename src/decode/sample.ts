/**
 * The evidence sample for the legacy sniffer. A page's first kilobytes are often all ASCII
 * (scripts, styles, markup), so the sample gathers windows around the high bytes instead, up to a
 * budget. Windows are cut only at bytes below 0x40, which no double-byte charset uses as a trail
 * byte and UTF-8 never uses inside a sequence, so no character is split.
 */
import { DECODE_DEFAULTS } from './settings.js';

const SAFE_CUT = 0x40;
/** Bytes of context kept before the first high byte of a window. */
const LEAD_CONTEXT = 48;
/** How far a window looks for a safe place to stop. */
const CUT_SEARCH = 64;

export function evidenceSample(bytes: Uint8Array, budget: number = DECODE_DEFAULTS.sniffBytes): Uint8Array {
  const n = bytes.length;
  if (n <= budget) return bytes;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let i = 0;
  while (i < n && total < budget) {
    let p = i;
    while (p < n && bytes[p]! < 0x80) p++;
    if (p >= n) break;
    let s = Math.max(i, p - LEAD_CONTEXT);
    const floor = Math.max(i, s - CUT_SEARCH);
    while (s > floor && bytes[s - 1]! >= SAFE_CUT) s--;
    let e = Math.min(n, p + DECODE_DEFAULTS.sniffWindow);
    const ceiling = Math.min(n, e + CUT_SEARCH);
    while (e < ceiling && bytes[e]! >= SAFE_CUT) e++;
    chunks.push(bytes.subarray(s, e));
    total += e - s + 1;
    i = e;
  }
  if (!chunks.length) return bytes.subarray(0, budget);
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
    out[at++] = 0x0a;
  }
  return out.subarray(0, at);
}
