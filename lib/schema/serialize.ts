/**
 * JSON for a <script type="application/ld+json"> element. Every "<", ">" and "&" is written as a
 * \u escape (same data to a JSON parser), so text such as "</script>" or "<!--" in an answer
 * can never end the script element; U+2028/U+2029 are escaped for old JavaScript parsers.
 */
export function serializeJsonLd(data: unknown): string {
  const json = JSON.stringify(data);
  if (json === undefined) throw new Error('serializeJsonLd: nothing to serialize (undefined or a function).');
  return json
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
