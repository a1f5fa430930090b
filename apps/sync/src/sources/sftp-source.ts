import { posix } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type SftpClient from 'ssh2-sftp-client';
import {
  errorCode,
  errorMessage,
  SourceConfigError,
  SourceConnectionError,
  SourceError,
  SourceTimeoutError,
  SourceTransferError,
} from './errors.ts';
import { Gate } from './gate.ts';
import { CHUNK_BYTES, receiveFile } from './receive-file.ts';
import { connectSftp, sshConnection } from './sftp-connect.ts';
import type { SftpTarget } from './source-url.ts';
import { withTimeout } from './timeout.ts';
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

/** SFTP status codes (draft-ietf-secsh-filexfer) that mean something to the user. */
const NO_SUCH_FILE = 2;
const PERMISSION_DENIED = 3;

/** How ssh2 and ssh2-sftp-client say that the connection went away under a call. */
const NOT_CONNECTED = 'ERR_NOT_CONNECTED';
const CONNECTION_LOST =
  /no sftp connection|not connected|connection lost|unexpected (end|close) event|ECONNRESET/i;

const KINDS: Record<SftpClient.FileInfo['type'], FolderEntry['kind']> = {
  d: 'folder',
  '-': 'file',
  l: 'other',
};

/**
 * A drop on an SFTP server. One connection, one SFTP channel, at most two files open at once,
 * so servers with a low MaxSessions never refuse a channel. A dropped or stalled connection
 * is replaced on the next call.
 */
class SftpSource implements Source {
  readonly url: string;
  private client: Promise<SftpClient> | undefined;
  private listed = new Map<string, ListedFile>();
  private readonly transfers: Gate;
  private readonly root: string;

  constructor(
    private readonly target: SftpTarget,
    private readonly credentials: SourceCredentials,
    private readonly limits: SourceLimits,
    private readonly logger: SourceLogger,
  ) {
    this.url = target.url;
    this.transfers = new Gate(limits.concurrency);
    this.root = target.root === '' ? '.' : target.root;
  }

  /** The live connection, opened on first use and again after it dropped. */
  connection(): Promise<SftpClient> {
    if (this.client === undefined) {
      const client = connectSftp(this.target, this.credentials, this.limits, this.logger);
      this.client = client;
      client.then(
        (connected) => connected.on('close', () => this.forget(client)),
        () => this.forget(client),
      );
    }
    return this.client;
  }

  private forget(client: Promise<SftpClient>): void {
    if (this.client === client) this.client = undefined;
  }

  /** Drops a connection that stalled or failed, so the next call starts afresh. */
  private async reset(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    await client?.then((connected) => sshConnection(connected).destroy()).catch(() => undefined);
  }

  /** A call that gets no answer within the idle timeout fails and drops the connection. */
  private async call<T>(what: string, run: (client: SftpClient) => Promise<T>): Promise<T> {
    const client = await this.connection();
    try {
      return await withTimeout(run(client), this.limits.idleTimeoutMs, () => {
        const seconds = this.limits.idleTimeoutMs / 1000;
        return new SourceTimeoutError(`${what}: no answer from the server within ${seconds}s`, {
          url: this.url,
        });
      });
    } catch (error) {
      const explained =
        error instanceof SourceError
          ? error
          : (this.explain(what, error) ??
            new SourceTransferError(`${what}: ${errorMessage(error)}`, {
              url: this.url,
              cause: error,
            }));
      if (explained instanceof SourceTimeoutError || explained instanceof SourceConnectionError) {
        await this.reset();
      }
      throw explained;
    }
  }

  private async readFolder(client: SftpClient, folder: string): Promise<FolderEntry[]> {
    const path = posix.join(this.root, folder);
    const items = await client.list(path);

    return Promise.all(
      items.map(async (item): Promise<FolderEntry> => {
        let kind = KINDS[item.type] ?? 'other';
        let size = item.size;
        if (item.type === 'l') {
          const target = await client.stat(posix.join(path, item.name)).catch(() => undefined);
          kind = target?.isFile ? 'file' : 'other';
          size = target?.size ?? 0;
        }
        return { name: item.name, kind, size, modifiedAt: new Date(item.modifyTime) };
      }),
    );
  }

  async list(): Promise<SourceEntry[]> {
    const kind = await this.call(`checking ${this.root}`, (client) => client.exists(this.root));
    if (kind !== 'd') {
      throw new SourceConfigError(
        `${this.root} ${kind === false ? 'does not exist' : 'is not a folder'} on ` +
          `${this.target.host}: check the path in the source URL`,
        { url: this.url },
      );
    }

    const files = await walkTree(this.url, (folder) =>
      this.call(`listing ${folder || this.root}`, (client) => this.readFolder(client, folder)),
    );
    this.listed = new Map(files.map((file) => [file.path, file]));
    this.logger.debug({ url: this.url, files: files.length }, 'listed source');
    return toEntries(files);
  }

  private explain(path: string, error: unknown): SourceError | undefined {
    const details = { url: this.url, path, cause: error };
    const code = errorCode(error);

    if (code === NO_SUCH_FILE || code === 'ENOENT') {
      return new SourceTransferError(`${path}: no such file on the server; list again`, details);
    }
    if (code === PERMISSION_DENIED || code === 'EACCES') {
      return new SourceTransferError(
        `${path}: the server denies user ${this.target.username} read access: ask its ` +
          'administrator to grant it',
        details,
      );
    }
    if (code === NOT_CONNECTED || CONNECTION_LOST.test(errorMessage(error))) {
      return new SourceConnectionError(`${path}: the SFTP connection dropped: run again`, details);
    }
    return undefined;
  }

  private async remoteSize(path: string, remote: string): Promise<number> {
    try {
      return (await this.call(`stat ${path}`, (client) => client.stat(remote))).size;
    } catch (error) {
      throw this.explain(path, error) ?? error;
    }
  }

  async download(path: string, destFile: string): Promise<DownloadResult> {
    checkRelativePath(this.url, path);
    const listed = this.listed.get(path);
    const remote = posix.join(this.root, listed?.rawPath ?? path);

    return this.transfers.run(async () => {
      const expectedSize = listed?.size ?? (await this.remoteSize(path, remote));
      const client = await this.connection();

      try {
        return await receiveFile(
          {
            url: this.url,
            path,
            destFile,
            idleTimeoutMs: this.limits.idleTimeoutMs,
            transferTimeoutMs: this.limits.transferTimeoutMs,
            expectedSize,
            explain: (error) => this.explain(path, error),
          },
          (sink, signal) =>
            pipeline(client.createReadStream(remote, { highWaterMark: CHUNK_BYTES }), sink, {
              signal,
            }),
        );
      } catch (error) {
        if (error instanceof SourceTimeoutError || error instanceof SourceConnectionError) {
          await this.reset();
        }
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.listed.clear();
    await client?.then((connected) => endWithin(connected, 2_000)).catch(() => undefined);
  }
}

/** `end()` waits for the server to close; a stalled server gets its socket destroyed. */
async function endWithin(client: SftpClient, ms: number): Promise<void> {
  await withTimeout(client.end(), ms, () => new Error('end timed out')).catch(() =>
    sshConnection(client).destroy(),
  );
}

export async function openSftpSource(
  target: SftpTarget,
  credentials: SourceCredentials,
  limits: SourceLimits,
  logger: SourceLogger,
): Promise<Source> {
  const source = new SftpSource(target, credentials, limits, logger);
  await source.connection();
  return source;
}
