/**
 * Stand-in for the field parser that has not landed in src/fields yet (same agreed signature);
 * src/classify/fields.ts chooses which module the block stage calls.
 */
export function detectLanguage(_text: string): string | null {
  return null;
}
