/**
 * The first pass over a file: which encoding its bytes are in, and its header line.
 *
 * Nothing in a file says how it is encoded. A byte-order mark means UTF-8. Otherwise the whole
 * byte stream is checked with a fatal, streaming UTF-8 decoder (sequences cut at chunk ends are
 * carried over): valid UTF-8 is UTF-8, anything else is Windows-1252. Plain ASCII is valid UTF-8.
 */
import iconv from 'iconv-lite';
import type { CsvEncoding } from '../types.ts';

const BOM = [0xef, 0xbb, 0xbf];
const LF = 0x0a;
/** A header line longer than this is not a header line; stop collecting it. */
const HEADER_LIMIT = 1 << 20;

export interface Sniffed {
  readonly encoding: CsvEncoding;
  /** The first line, decoded, without its line end or BOM. */
  readonly headerLine: string;
}

function startsWithBom(bytes: Buffer): boolean {
  return bytes.length >= 3 && BOM.every((byte, i) => bytes[i] === byte);
}

export function toBuffer(chunk: string | Buffer | Uint8Array): Buffer {
  if (typeof chunk === 'string') {
    return Buffer.from(chunk, 'utf8');
  }
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
}

/** Collects the bytes of the first line across chunks. */
class HeaderBytes {
  private readonly parts: Buffer[] = [];
  private size = 0;
  complete = false;

  add(chunk: Buffer): void {
    if (this.complete) {
      return;
    }
    const end = chunk.indexOf(LF);
    const part = end === -1 ? chunk : chunk.subarray(0, end);
    this.parts.push(part);
    this.size += part.length;
    this.complete = end !== -1 || this.size >= HEADER_LIMIT;
  }

  decode(encoding: CsvEncoding): string {
    const bytes = Buffer.concat(this.parts);
    const text =
      encoding === 'windows-1252'
        ? iconv.decode(bytes, 'windows-1252')
        : iconv.decode(bytes, 'utf8');
    return text.replace(/\r$/, '');
  }
}

export async function sniff(stream: NodeJS.ReadableStream): Promise<Sniffed> {
  const header = new HeaderBytes();
  const validator = new TextDecoder('utf-8', { fatal: true });
  let encoding: CsvEncoding | undefined;
  let head = Buffer.alloc(0);

  for await (const chunk of stream) {
    const bytes = toBuffer(chunk);
    header.add(bytes);
    if (encoding === undefined && head.length < 3) {
      head = Buffer.concat([head, bytes]).subarray(0, 3);
      if (startsWithBom(head)) {
        encoding = 'utf-8-bom';
      }
    }

    if (encoding === undefined) {
      try {
        validator.decode(bytes, { stream: true });
      } catch {
        encoding = 'windows-1252';
      }
    }
    if (encoding !== undefined && header.complete) {
      break;
    }
  }

  if (encoding === undefined) {
    try {
      validator.decode();
      encoding = 'utf-8';
    } catch {
      encoding = 'windows-1252';
    }
  }
  return { encoding, headerLine: header.decode(encoding) };
}
