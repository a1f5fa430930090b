import { createReadStream, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { errorCode, errorMessage, SourceConfigError, SourceTransferError } from './errors.ts';
import { CHUNK_BYTES, receiveFile } from './receive-file.ts';
import type { LocalTarget } from './source-url.ts';
import type { DownloadResult, Source, SourceEntry, SourceLimits, SourceLogger } from './types.ts';
import {
  checkRelativePath,
  toEntries,
  walkTree,
  type FolderEntry,
  type ListedFile,
} from './walk-tree.ts';

/** A folder on this machine (or a mounted share). Symbolic links to files are followed. */
class LocalSource implements Source {
  readonly url: string;
  private listed = new Map<string, ListedFile>();

  constructor(
    private readonly target: LocalTarget,
    private readonly limits: SourceLimits,
    private readonly logger: SourceLogger,
  ) {
    this.url = target.url;
  }

  private async entry(folder: string, dirent: Dirent): Promise<FolderEntry> {
    const path = join(this.target.root, folder, dirent.name);
    if (dirent.isDirectory()) {
      return { name: dirent.name, kind: 'folder', size: 0, modifiedAt: new Date(0) };
    }

    const info = await stat(path).catch(() => undefined);
    if (info === undefined || !info.isFile()) {
      this.logger.debug({ url: this.url, path }, 'skipping an entry that is not a file');
      return { name: dirent.name, kind: 'other', size: 0, modifiedAt: new Date(0) };
    }
    return { name: dirent.name, kind: 'file', size: info.size, modifiedAt: info.mtime };
  }

  async list(): Promise<SourceEntry[]> {
    const files = await walkTree(this.url, async (folder) => {
      const dirents = await readdir(join(this.target.root, folder), { withFileTypes: true });
      return Promise.all(dirents.map((dirent) => this.entry(folder, dirent)));
    });

    this.listed = new Map(files.map((file) => [file.path, file]));
    this.logger.debug({ url: this.url, files: files.length }, 'listed source');
    return toEntries(files);
  }

  async download(path: string, destFile: string): Promise<DownloadResult> {
    checkRelativePath(this.url, path);
    const listed = this.listed.get(path);
    const file = join(this.target.root, listed?.rawPath ?? path);

    return receiveFile(
      {
        url: this.url,
        path,
        destFile,
        idleTimeoutMs: this.limits.idleTimeoutMs,
        transferTimeoutMs: this.limits.transferTimeoutMs,
        expectedSize: listed?.size ?? (await stat(file).catch(() => undefined))?.size,
        explain: (error) =>
          errorCode(error) === 'ENOENT'
            ? new SourceTransferError(`${path}: no such file in ${this.target.root}; list again`, {
                url: this.url,
                path,
                cause: error,
              })
            : undefined,
      },
      (sink, signal) =>
        pipeline(createReadStream(file, { highWaterMark: CHUNK_BYTES }), sink, { signal }),
    );
  }

  async close(): Promise<void> {
    this.listed.clear();
  }
}

export async function openLocalSource(
  target: LocalTarget,
  limits: SourceLimits,
  logger: SourceLogger,
): Promise<Source> {
  const info = await stat(target.root).catch((error: unknown) => {
    throw new SourceConfigError(
      `the folder ${target.root} cannot be read (${errorMessage(error)}): check the source path`,
      { url: target.url, cause: error },
    );
  });
  if (!info.isDirectory()) {
    throw new SourceConfigError(
      `${target.root} is not a folder: point the source at the drop's folder`,
      {
        url: target.url,
      },
    );
  }

  return new LocalSource(target, limits, logger);
}
