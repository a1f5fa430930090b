import { posix } from 'node:path';
import { PassThrough, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { FileContentError } from '../errors.ts';

/**
 * The one file a `.zip` of the drop holds, as a stream, inflated on the fly. An archive
 * with no file or several is refused: which one is the CSV cannot be guessed.
 */
export function openZipEntry(localPath: string, path: string): Readable {
  const out = new PassThrough({ highWaterMark: 1 << 20 });

  const feed = async () => {
    const zip = await yauzl.openPromise(localPath, { lazyEntries: true, autoClose: false });
    try {
      const entry = await soleEntry(zip, path);
      await pipeline(await zip.openReadStreamPromise(entry), out);
    } finally {
      zip.close();
    }
  };
  feed().catch((error: unknown) => out.destroy(error as Error));

  return out;
}

async function soleEntry(zip: ZipFile, path: string): Promise<Entry> {
  const entries = await new Promise<Entry[]>((resolve, reject) => {
    const found: Entry[] = [];
    zip.on('entry', (entry: Entry) => {
      found.push(entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve(found));
    zip.once('error', reject);
    zip.readEntry();
  });
  const files = entries.filter((entry) => isContent(entry.fileName));

  if (files.length !== 1) {
    const names = files.map((entry) => entry.fileName).join(', ');
    throw new FileContentError(
      path,
      `the archive holds ${files.length} files${names ? ` (${names})` : ''}; a .zip of the ` +
        'drop must hold exactly one CSV: deposit each CSV in an archive of its own',
    );
  }

  return files[0]!;
}

/** Folders and what archivers add beside the content (`__MACOSX/`, hidden files). */
function isContent(name: string): boolean {
  return (
    !name.endsWith('/') && !name.startsWith('__MACOSX/') && !posix.basename(name).startsWith('.')
  );
}
