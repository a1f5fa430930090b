import { gzipSync } from 'node:zlib';
import { buffer } from 'node:stream/consumers';
import { ZipFile } from 'yazl';

/** A `.zip` holding the given files (name → content), compressed as archivers do. */
export async function zipOf(files: Record<string, string | Buffer>): Promise<Buffer> {
  const zip = new ZipFile();
  for (const [name, content] of Object.entries(files)) {
    zip.addBuffer(Buffer.from(content), name);
  }
  zip.end();

  return buffer(zip.outputStream);
}

/** CSV lines joined with CRLF, gzipped. */
export function gzipOf(lines: string[] | string): Buffer {
  return gzipSync(Array.isArray(lines) ? `${lines.join('\r\n')}\r\n` : lines);
}

/** Lines of the drop's `;` format rewritten with `,`, quoting fields that hold a comma. */
export function commaDelimited(lines: string[]): string[] {
  return lines.map((line) =>
    line
      .split(';')
      .map((field) => (field.includes(',') ? `"${field}"` : field))
      .join(','),
  );
}
