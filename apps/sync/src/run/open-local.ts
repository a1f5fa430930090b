import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import type { FileFacts } from '@vnodrop/schemas';

/** Opens a downloaded file as the CSV bytes it holds, decompressing on the fly. */
export function openLocal(localPath: string, facts: FileFacts): NodeJS.ReadableStream {
  const raw = createReadStream(localPath, { highWaterMark: 1 << 20 });

  if (facts.compression === 'gzip') return raw.pipe(createGunzip());

  return raw;
}
