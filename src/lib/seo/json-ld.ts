/**
 * JSON-LD serialised for a `<script type="application/ld+json">` block. Article titles and
 * leads are editors' text: a `</script>` or `<!--` in them must not end the block or open a
 * comment, so `<`, `>` and `&` are written as JSON escapes, and U+2028/U+2029 too (old
 * JavaScript parsers read them as line breaks). The result is still the same JSON value.
 */

const UNSAFE_IN_SCRIPT = /[<>&\u2028\u2029]/g;

/** JSON text of `value` that is safe to put verbatim inside a `<script>` element. */
export function serializeJsonLd(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('JSON-LD must be a JSON value');
  return json.replace(UNSAFE_IN_SCRIPT, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
