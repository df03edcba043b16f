/** Text safe inside an XML element or a double-quoted attribute. Refuses characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/.test(text)) {
    throw new Error(`Text holds a control character that XML cannot carry: ${JSON.stringify(text.slice(0, 60))}`);
  }
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
