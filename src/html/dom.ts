/**
 * The DOM adapter: one small interface over linkedom (fast, the default) and jsdom
 * (standards-complete), plus adoption of a caller's own Document. Later stages read the Document
 * only through standard DOM calls, so either engine (or a browser's Document) serves.
 *
 * Neither engine runs page code or fetches anything: script contents are emptied before parsing,
 * jsdom gets no `runScripts` and no `resources` (both off by default) and a silent VirtualConsole,
 * and linkedom has no loader at all.
 */
import { createRequire } from 'node:module';
import { emptyScriptsAndStyles, ensureSkeleton } from './prepare.js';

export type DomEngine = 'linkedom' | 'jsdom';

export const DEFAULT_ENGINE: DomEngine = 'linkedom';

export interface ParsedPage {
  document: Document;
  /** The engine that actually parsed the page (`caller` for an adopted Document). */
  engine: DomEngine | 'caller';
  /** Set when the asked engine failed and another one parsed the page: why. */
  fallback: string | null;
  /** Frees what the engine holds once the stages have read the page (jsdom's window); idempotent. */
  close?: () => void;
}

/** Node's require, from this module (import.meta.url in ESM, __filename in the CJS build). */
const requireHere = (id: string): unknown => createRequire(typeof __filename === 'string' ? __filename : import.meta.url)(id);

type JsdomModule = typeof import('jsdom');
type LinkedomModule = typeof import('linkedom');
let jsdomModule: JsdomModule | null = null;
let linkedomModule: LinkedomModule | null = null;

/**
 * Both engines are loaded on first use only (measured in a fresh process, resident memory and load
 * time: jsdom +91 MB and ~3.6 s, linkedom +15 MB and ~0.6 s): plain-text callers (most CLI
 * workers) never pay for either, and callers of the default engine never pay for jsdom.
 */
function loadJsdom(): JsdomModule {
  jsdomModule ??= requireHere('jsdom') as JsdomModule;
  return jsdomModule;
}

function loadLinkedom(): LinkedomModule {
  linkedomModule ??= requireHere('linkedom') as LinkedomModule;
  return linkedomModule;
}

function parseWithLinkedom(html: string): Document {
  return loadLinkedom().parseHTML(ensureSkeleton(html)).document as unknown as Document;
}

function parseWithJsdom(html: string): { document: Document; close: () => void } {
  const { JSDOM, VirtualConsole } = loadJsdom();
  const virtualConsole = new VirtualConsole();
  // Swallow jsdom's own diagnostics (CSS it cannot parse, unimplemented features): never logs.
  virtualConsole.on('jsdomError', () => undefined);
  const { window } = new JSDOM(html, { virtualConsole });
  const close = (): void => {
    try {
      window.close();
    } catch {
      // jsdom can throw while closing a window that holds frames (srcdoc iframes); it is dropped either way.
    }
  };
  return { document: window.document, close };
}

/**
 * Parses markup with the asked engine after emptying scripts and styles. jsdom throws on some
 * stylesheet text (leftover SCSS such as `calc(100% - #{$gap})`) even in style attributes it
 * meets later; when it throws, linkedom parses the page instead and `fallback` says why.
 */
export function parsePage(html: string, engine: DomEngine = DEFAULT_ENGINE): ParsedPage {
  const prepared = emptyScriptsAndStyles(html);
  if (engine === 'linkedom') return { document: parseWithLinkedom(prepared), engine, fallback: null };
  try {
    return { ...parseWithJsdom(prepared), engine, fallback: null };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      document: parseWithLinkedom(prepared),
      engine: 'linkedom',
      fallback: `jsdom could not parse the page (${message.slice(0, 120)}); linkedom parsed it instead`,
    };
  }
}

/** Whether a value looks enough like a DOM Document for the later stages. */
export function isDocumentLike(value: unknown): value is Document {
  if (!value || typeof value !== 'object') return false;
  const doc = value as Partial<Document>;
  return typeof doc.cloneNode === 'function' && typeof doc.querySelectorAll === 'function' && !!doc.documentElement;
}

/**
 * A private deep copy of a caller's Document, with code emptied as the parser path does, so the
 * stages may annotate it and Readability may mutate it while the caller's Document stays untouched.
 */
export function adoptDocument(doc: Document): ParsedPage {
  const copy = doc.cloneNode(true) as Document;
  for (const el of Array.from(copy.querySelectorAll('script, style'))) {
    const type = el.getAttribute('type') ?? '';
    if (el.tagName.toLowerCase() === 'script' && /application\/ld\+json/i.test(type)) continue;
    el.textContent = '';
  }
  return { document: copy, engine: 'caller', fallback: null };
}
