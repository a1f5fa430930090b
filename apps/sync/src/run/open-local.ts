import { createReadStream } from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import type { FileFacts } from '@vnodrop/schemas';
import { FileContentError } from '../errors.ts';
import { describeError } from './describe-error.ts';
import { openZipEntry } from './open-zip.ts';

/** Opens a downloaded file as the CSV bytes it holds, decompressing on the fly. */
export function openLocal(localPath: string, facts: FileFacts): Readable {
  if (facts.compression === 'zip') return openZipEntry(localPath, facts.path);

  const raw = createReadStream(localPath, { highWaterMark: 1 << 20 });
  // The pipeline closes the file when the reader stops early, as the CSV sniffer does.
  if (facts.compression === 'gzip') return pipeline(raw, createGunzip(), () => undefined);

  return raw;
}

/**
 * Whether a compressed file holds any byte once decompressed; a file that cannot be
 * decompressed is a `FileContentError`.
 */
export async function holdsBytes(localPath: string, facts: FileFacts): Promise<boolean> {
  const stream = openLocal(localPath, facts);

  try {
    for await (const chunk of stream) {
      if ((chunk as Buffer).length > 0) return true;
    }
    return false;
  } catch (error) {
    if (error instanceof FileContentError) throw error;
    throw new FileContentError(facts.path, `cannot be decompressed: ${describeError(error)}`, {
      cause: error,
    });
  } finally {
    stream.destroy();
  }
}
