// Placeholder: BOM, declared charset, sniffing.
import iconv from 'iconv-lite';
import type { DecodeHints, DecodeResult } from '../types.js';

export function decodeBytes(bytes: Uint8Array, _hints: DecodeHints = {}): DecodeResult {
  return { text: iconv.decode(Buffer.from(bytes), 'utf-8'), encoding: 'utf-8', notes: [] };
}
