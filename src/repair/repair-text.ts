// Placeholder: the encoding repair engine lands here.
import type { RepairOptions, RepairResult } from '../types.js';

export function repairText(text: string, _options: RepairOptions = {}): RepairResult {
  return { text, changed: false, notes: [] };
}
