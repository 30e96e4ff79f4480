/**
 * Finds the code a page carries inline (scripts, styles, `style=` and `on…=` attributes), the
 * things a Content-Security-Policy without 'unsafe-inline' blocks unless they are hashed.
 */
import { Parser } from 'htmlparser2';
import { cspHash } from './csp.ts';
import { memoByObject } from '../memo-by-object.ts';

/** Script types the browser runs; any other type (`application/ld+json`) is data, not code. */
const EXECUTABLE_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript', 'importmap']);

export interface InlineCode {
  scripts: string[];
  styles: string[];
  /** `style="…"` attributes, by tag name. */
  styleAttributes: string[];
  /** `onclick="…"` and the like, as `tag[attribute]`. */
  eventHandlers: string[];
}

/** Everything inline in one HTML document. */
export function findInlineCode(html: string): InlineCode {
  const found: InlineCode = { scripts: [], styles: [], styleAttributes: [], eventHandlers: [] };
  let collecting: 'script' | 'style' | undefined;
  let text = '';
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (attributes['style'] !== undefined) found.styleAttributes.push(name);
        for (const attribute of Object.keys(attributes)) {
          if (attribute.startsWith('on')) found.eventHandlers.push(`${name}[${attribute}]`);
        }
        const type = (attributes['type'] ?? '').trim().toLowerCase();
        if (name === 'script' && attributes['src'] === undefined && EXECUTABLE_TYPES.has(type))
          collecting = 'script';
        if (name === 'style') collecting = 'style';
        text = '';
      },
      ontext(chunk) {
        if (collecting) text += chunk;
      },
      onclosetag(name) {
        if (collecting && name === collecting) {
          found[collecting === 'script' ? 'scripts' : 'styles'].push(text);
          collecting = undefined;
        }
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: true },
  );
  parser.end(html);
  return found;
}

// Script and style contents are raw text: they end at the first `</script` or `</style`, so
// these patterns find exactly the elements the parser finds.
const SCRIPT_ELEMENT = /<script\b[^>]*>[\s\S]*?<\/script/gi;
// An inline style or handler needs `<style` or a `style=`/`on…=` attribute (after white
// space, `/` or a quote). Page text almost never looks like that, so most pages skip the parse.
const MAYBE_STYLE_OR_HANDLER = /<style\b|[\s/"'](?:style|on[a-z-]*)\s*=/i;

// The build checks every page against the same list: its hashes are computed once.
const allowedHashes = memoByObject((scripts: readonly string[]) => new Set(scripts.map(cspHash)));

/**
 * What the policy would block on one page, as sentences; empty when the page is clean.
 * `allowedScripts` are the inline scripts whose hashes the policy lists.
 */
export function blockedInlineCode(html: string, allowedScripts: readonly string[]): string[] {
  const allowed = allowedHashes(allowedScripts);
  const scripts = html.match(SCRIPT_ELEMENT) ?? [];
  const allowedOnly = (element: string) => {
    const code = findInlineCode(`${element}>`).scripts;
    return code.every((script) => allowed.has(cspHash(script)));
  };
  // The common case, decided without parsing the page: every script is allowed or not inline,
  // and nothing outside the scripts could be a style or a handler.
  if (scripts.every(allowedOnly) && !MAYBE_STYLE_OR_HANDLER.test(html.replace(SCRIPT_ELEMENT, ''))) return [];
  const code = findInlineCode(html);
  const problems: string[] = [];
  for (const script of code.scripts) {
    if (!allowed.has(cspHash(script))) {
      problems.push(
        `an inline <script> whose hash ${cspHash(script)} the Content-Security-Policy does not list: "${preview(script)}"`,
      );
    }
  }
  for (const style of code.styles) problems.push(`an inline <style> ("${preview(style)}")`);
  for (const tag of code.styleAttributes) problems.push(`a style="" attribute on <${tag}>`);
  for (const handler of code.eventHandlers) problems.push(`an event handler attribute ${handler}`);
  return problems;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 60 ? `${flat.slice(0, 60)}…` : flat;
}
