import { posix } from 'node:path';
import { FTPError, type Client, type FileInfo } from 'basic-ftp';
import { errorMessage, SourceConnectionError, SourceError, SourceTransferError } from './errors.ts';
import { connectFtp } from './ftp-connect.ts';
import { Gate } from './gate.ts';
import { receiveFile } from './receive-file.ts';
import type { FtpTarget } from './source-url.ts';
import type {
  DownloadResult,
  Source,
  SourceCredentials,
  SourceEntry,
  SourceLimits,
  SourceLogger,
} from './types.ts';
import {
  checkRelativePath,
  toEntries,
  walkTree,
  type FolderEntry,
  type ListedFile,
} from './walk-tree.ts';

interface FtpSession {
  client: Client;
  /** The root as an absolute path on the server. */
  base: string;
}

/**
 * A drop on an FTP or FTPS server. FTP runs one command at a time per connection, so every
 * call waits its turn; a connection that timed out or dropped is replaced on the next call.
 */
class FtpSource implements Source {
  readonly url: string;
  private session: FtpSession | undefined;
  private listed = new Map<string, ListedFile>();
  private readonly turn = new Gate(1);

  constructor(
    private readonly target: FtpTarget,
    private readonly credentials: SourceCredentials,
    private readonly limits: SourceLimits,
    private readonly logger: SourceLogger,
  ) {
    this.url = target.url;
  }

  async connection(): Promise<FtpSession> {
    if (this.session !== undefined && !this.session.client.closed) return this.session;

    const client = await connectFtp(this.target, this.credentials, this.limits, this.logger);
    const root = this.target.root;
    const base = root.startsWith('/') ? root : posix.join(await client.pwd(), root);
    this.session = { client, base };
    return this.session;
  }

  /** MLSD gives exact times; servers with LIST only are asked with MDTM, file by file. */
  private async modifiedAt(client: Client, info: FileInfo, folder: string): Promise<Date> {
    if (info.modifiedAt !== undefined) return info.modifiedAt;

    try {
      return await client.lastMod(info.name);
    } catch (error) {
      throw new SourceError(
        `${posix.join(folder, info.name)}: the server gives no modification time (neither MLSD ` +
          `nor MDTM works: ${errorMessage(error)}); use another server or protocol`,
        { url: this.url, path: posix.join(folder, info.name), cause: error },
      );
    }
  }

  private async readFolder(session: FtpSession, folder: string): Promise<FolderEntry[]> {
    const { client, base } = session;
    await client.cd(posix.join(base, folder));
    const entries: FolderEntry[] = [];

    for (const info of await client.list()) {
      if (info.isDirectory) {
        entries.push({ name: info.name, kind: 'folder', size: 0, modifiedAt: new Date(0) });
      } else if (info.isFile) {
        const modifiedAt = await this.modifiedAt(client, info, folder);
        entries.push({ name: info.name, kind: 'file', size: info.size, modifiedAt });
      } else {
        this.logger.debug({ url: this.url, folder, name: info.name }, 'skipping a non-file');
      }
    }
    return entries;
  }

  async list(): Promise<SourceEntry[]> {
    const files = await this.turn.run(async () => {
      const session = await this.connection();
      let current = '';
      try {
        return await walkTree(this.url, (folder) => {
          current = folder;
          return this.readFolder(session, folder);
        });
      } catch (error) {
        throw this.explain(current || '.', error);
      }
    });

    this.listed = new Map(files.map((file) => [file.path, file]));
    this.logger.debug({ url: this.url, files: files.length }, 'listed source');
    return toEntries(files);
  }

  private explain(path: string, error: unknown): SourceError {
    if (error instanceof SourceError) return error;
    const details = { url: this.url, path, cause: error };

    if (error instanceof FTPError && error.code === 550) {
      return new SourceTransferError(
        `${path}: not found or not readable on the server (${error.message}): check the path, ` +
          `and that user ${this.target.username} may read it`,
        details,
      );
    }
    if (this.session?.client.closed !== false) {
      return new SourceConnectionError(
        `${path}: the FTP connection failed (${errorMessage(error)}): run again`,
        details,
      );
    }
    return new SourceTransferError(`${path}: ${errorMessage(error)}`, details);
  }

  async download(path: string, destFile: string): Promise<DownloadResult> {
    checkRelativePath(this.url, path);
    const listed = this.listed.get(path);

    return this.turn.run(async () => {
      const { client, base } = await this.connection();
      const remote = posix.join(base, listed?.rawPath ?? path);
      const expectedSize =
        listed?.size ?? (await client.size(remote).catch((error) => this.fail(path, error)));

      return receiveFile(
        {
          url: this.url,
          path,
          destFile,
          idleTimeoutMs: this.limits.idleTimeoutMs,
          transferTimeoutMs: this.limits.transferTimeoutMs,
          expectedSize,
          explain: (error) => this.explain(path, error),
        },
        async (sink, signal) => {
          const stop = () => client.close();
          signal.addEventListener('abort', stop, { once: true });
          try {
            await client.downloadTo(sink, remote);
          } finally {
            signal.removeEventListener('abort', stop);
          }
        },
      );
    });
  }

  private fail(path: string, error: unknown): never {
    throw this.explain(path, error);
  }

  async close(): Promise<void> {
    this.listed.clear();
    await this.turn.run(async () => {
      this.session?.client.close();
      this.session = undefined;
    });
  }
}

export async function openFtpSource(
  target: FtpTarget,
  credentials: SourceCredentials,
  limits: SourceLimits,
  logger: SourceLogger,
): Promise<Source> {
  const source = new FtpSource(target, credentials, limits, logger);
  await source.connection();
  return source;
}
