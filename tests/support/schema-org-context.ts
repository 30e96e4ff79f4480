/**
 * A JSON-LD document loader for tests that answers schema.org's context without the network:
 * every term in the `https://schema.org/` vocabulary, as schema.org's own context declares
 * it (`@vocab`), with the URL-valued properties this archive writes typed `@id`.
 */
import jsonld from 'jsonld';
import type { RemoteDocument } from 'jsonld/jsonld-spec';

const CONTEXT = {
  '@context': {
    '@vocab': 'https://schema.org/',
    url: { '@type': '@id' },
    item: { '@type': '@id' },
    contentUrl: { '@type': '@id' },
    mainEntityOfPage: { '@type': '@id' },
    isBasedOn: { '@type': '@id' },
  },
};

/** Loads `https://schema.org` (and its variants) from memory; anything else is an error. */
export function schemaOrgLoader(url: string): Promise<RemoteDocument> {
  if (!/^https?:\/\/schema\.org\/?$/.test(url))
    return Promise.reject(new Error(`no network in tests: ${url}`));
  return Promise.resolve({ contextUrl: undefined, documentUrl: url, document: CONTEXT });
}

/**
 * `document` expanded by jsonld.js in safe mode, which fails on any term or value it would
 * otherwise drop silently (`safe` is missing from @types/jsonld's options).
 */
export async function expandSafely(document: unknown): Promise<Record<string, unknown>[]> {
  const options = { documentLoader: schemaOrgLoader, safe: true } as Parameters<typeof jsonld.expand>[1];
  return await jsonld.expand(document as jsonld.JsonLdDocument, options);
}
