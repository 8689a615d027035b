/** Span helpers shared by the fixers. */

/**
 * Trim the ASCII that a span and its repair share at both ends, so a note holds only what
 * changed. Only ASCII is trimmed: in every charset handled here an ASCII character decodes to
 * itself, so the trimmed span still replays to the trimmed replacement.
 */
export function trimUnchanged(
  text: string,
  replacement: string,
): { text: string; replacement: string; head: number; tail: number } {
  let head = 0;
  const max = Math.min(text.length, replacement.length);
  while (head < max && text.charCodeAt(head) < 0x80 && text[head] === replacement[head]) head++;
  let tail = 0;
  while (
    tail < max - head &&
    text.charCodeAt(text.length - 1 - tail) < 0x80 &&
    text[text.length - 1 - tail] === replacement[replacement.length - 1 - tail]
  )
    tail++;
  return {
    text: text.slice(head, text.length - tail),
    replacement: replacement.slice(head, replacement.length - tail),
    head,
    tail,
  };
}
