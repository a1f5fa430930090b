/**
 * `Content-Disposition: attachment` with a file's name (RFC 6266): an ASCII `filename` for old
 * clients and the exact name, UTF-8 and percent-encoded, as `filename*` (RFC 8187). The drop's
 * names hold accents (`Guide intégrateur v1.1.pdf`).
 */

/** The header value that has a client save the file under `name`. */
export function attachment(name: string): string {
  const ascii = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_')
    .replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );

  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
