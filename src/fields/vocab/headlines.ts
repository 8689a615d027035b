/**
 * Lines that look like headlines by shape (short, capitalised, no full stop) but are page furniture,
 * so the headline fallback never picks them. Matched case-insensitively against the whole line.
 * Known false positive: an article literally titled "Skip to main content" would be missed.
 */
export const NOT_HEADLINE_PATTERNS: RegExp[] = [
  /^skip (?:to|navigation)\b/i, // skip links
  /^(?:jump|go) to (?:main )?(?:content|navigation|main)\b/i,
  /^(?:share|tweet|email|print|save|comment)(?: (?:this|on|via) [\w ]+)?$/i, // share bars
  /^(?:sign in|log in|sign up|subscribe|register|my account|newsletter)s?\b/i, // account prompts
  /^(?:menu|search|home|close|open|toggle)\b/i, // navigation
  /^advertisement$/i,
  /^(?:listen to|read) (?:this )?(?:article|story)\b/i,
  /\bcookies?\b/i, // consent banners
  /^(?:related|trending|most (?:read|popular|viewed)|more from|you may also like|recommended|latest|top stories|editor'?s picks)\b/i, // recirculation headings
  /^(?:photo|image|video|credit)s?\s*:/i, // media credits
];
