/**
 * A crawler over a built site: from a start page it follows every `<a href>`, `<link href>`,
 * `<img src>` (and `srcset`), `<source src>`, `<script src>` and `<form action>` inside the site's
 * base URL, and reports every link that does not answer 200, and every `#fragment` that names
 * no element of the crawled page it points into. It works the same at the root
 * and under a sub-path: pass the deploy's base URL (`http://host/letopis/`) as `scope`;
 * same-origin links outside the scope are checked but not followed.
 */
import type { APIRequestContext } from '@playwright/test';
import { htmlElements } from './html.ts';

/** A link that did not answer 200, with the first page that had it. */
export interface BrokenLink {
  url: string;
  status: number | string;
  from: string;
}

/** What a crawl saw. */
export interface CrawlReport {
  /** Every same-origin URL requested, in the order first seen. */
  checked: string[];
  /** HTML pages inside the scope whose links were followed. */
  pages: string[];
  broken: BrokenLink[];
}

export interface CrawlOptions {
  /** Only URLs under this prefix are crawled further; defaults to the start URL's folder. */
  scope?: string;
  /** More starting points (a 404 page that nothing links to, say). */
  alsoStartFrom?: string[];
  /** Requests at once; the preview servers share two cores. */
  concurrency?: number;
}

const LINK_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  // A GET form (the header's search box) leads to its action as surely as a link does.
  form: ['action'],
};

/** Crawls from `start` (an absolute URL) and returns every broken internal link. */
export async function crawlSite(
  request: APIRequestContext,
  start: string,
  options: CrawlOptions = {},
): Promise<CrawlReport> {
  const scope = options.scope ?? new URL('.', start).href;
  const origin = new URL(start).origin;
  const seen = new Map<string, string>(); // url → the page it was first found on
  const queue: string[] = [];
  const anchorsOf = new Map<string, Set<string>>(); // crawled page → its ids and a[name]s
  const fragments: { url: string; fragment: string; from: string }[] = [];
  const report: CrawlReport = { checked: [], pages: [], broken: [] };
  const enqueue = (url: string, from: string) => {
    if (seen.has(url)) return;
    seen.set(url, from);
    report.checked.push(url);
    queue.push(url);
  };
  for (const url of [start, ...(options.alsoStartFrom ?? [])]) enqueue(withoutFragment(url), '(start)');

  const visit = async (url: string) => {
    const from = seen.get(url) ?? '';
    let response;
    try {
      response = await request.get(url, { maxRedirects: 0 });
    } catch (error) {
      report.broken.push({ url, status: String(error), from });
      return;
    }
    if (response.status() !== 200) {
      report.broken.push({ url, status: response.status(), from });
      return;
    }
    const isHtml = (response.headers()['content-type'] ?? '').includes('text/html');
    if (!isHtml || !url.startsWith(scope)) return;
    report.pages.push(url);
    const html = await response.text();
    anchorsOf.set(url, anchorsIn(html));
    for (const reference of referencesIn(html, url)) {
      if (new URL(reference).origin !== origin) continue;
      const link = withoutFragment(reference);
      enqueue(link, url);
      const fragment = decodeURIComponent(new URL(reference).hash.slice(1));
      if (fragment) fragments.push({ url: link, fragment, from: url });
    }
  };

  // Breadth first, one wave of newly found links at a time, a few requests at once.
  const concurrency = options.concurrency ?? 4;
  while (queue.length > 0) {
    const wave = queue.splice(0);
    for (let index = 0; index < wave.length; index += concurrency) {
      await Promise.all(wave.slice(index, index + concurrency).map(visit));
    }
  }
  for (const { url, fragment, from } of fragments) {
    const anchors = anchorsOf.get(url);
    // `#top` always scrolls to the top (HTML spec); pages outside the scope are not read.
    if (anchors && fragment !== 'top' && !anchors.has(fragment)) {
      report.broken.push({ url: `${url}#${fragment}`, status: 'no element with this id', from });
    }
  }
  return report;
}

/** Absolute URLs (fragment removed) of every link-bearing attribute in an HTML document. */
export function linksIn(html: string, pageUrl: string): string[] {
  return referencesIn(html, pageUrl).map(withoutFragment);
}

/** The same, fragments kept. */
function referencesIn(html: string, pageUrl: string): string[] {
  const elements = htmlElements(html);
  const baseHref = elements.find((element) => element.name === 'base')?.attrs['href'];
  const base = baseHref ? new URL(baseHref, pageUrl).href : pageUrl;
  return elements.flatMap((element) =>
    (LINK_ATTRIBUTES[element.name] ?? []).flatMap((name) => {
      const value = element.attrs[name]?.trim();
      if (!value) return [];
      const references =
        name === 'srcset'
          ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
          : [value];
      return references.flatMap((reference) => resolve(reference, base) ?? []);
    }),
  );
}

/** What a `#fragment` can point at in a page: every `id`, and the `name` of `<a>`s. */
export function anchorsIn(html: string): Set<string> {
  const anchors = new Set<string>();
  for (const element of htmlElements(html)) {
    if (element.attrs['id']) anchors.add(element.attrs['id']);
    if (element.name === 'a' && element.attrs['name']) anchors.add(element.attrs['name']);
  }
  return anchors;
}

function resolve(reference: string, base: string): string | undefined {
  if (/^(mailto|tel|javascript|data):/i.test(reference)) return undefined;
  try {
    const url = new URL(reference, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}

function withoutFragment(url: string): string {
  const hash = url.indexOf('#');
  return hash === -1 ? url : url.slice(0, hash);
}
