/** One file of the drop, as a source lists it. */
export interface SourceEntry {
  /** Relative to the source's root, `/`-separated, Unicode NFC. */
  path: string;
  size: number;
  modifiedAt: Date;
}

export interface DownloadResult {
  size: number;
  /** Hex digest of the bytes written. */
  sha256: string;
}

/** A place the drop can be read from: a local folder, an SFTP or an FTP(S) server. */
export interface Source {
  /** The source's URL, never with credentials. */
  readonly url: string;
  /** Every file below the root, recursively, sorted by path. */
  list(): Promise<SourceEntry[]>;
  /**
   * Streams the file at `path` (as `list()` gave it) into `destFile`, hashing on the way. The
   * size is checked against the listing, or the server when the file was not listed; on any
   * failure `destFile` is removed and a `SourceError` is thrown.
   */
  download(path: string, destFile: string): Promise<DownloadResult>;
  close(): Promise<void>;
}

/** 'strict' refuses a server whose key is not the expected one; 'off' accepts any (logged). */
export type HostKeyCheck = 'strict' | 'off';

/** Secrets and trust settings. They come from the environment or files, never a URL. */
export interface SourceCredentials {
  password?: string;
  /** An OpenSSH or PEM private key (the text, not a path). */
  privateKey?: string;
  passphrase?: string;
  /** The SSH server's expected key: `SHA256:…` fingerprint or `ssh-ed25519 AAAA…`. */
  hostKey?: string;
  /** The text of a known_hosts file. */
  knownHosts?: string;
  hostKeyCheck?: HostKeyCheck;
  /** FTPS: accept any certificate (logged as a warning). */
  tlsInsecure?: boolean;
  /** FTPS: PEM certificate(s) to trust in addition to the system's. */
  ca?: string;
}

/** The subset of pino's logger a source uses. */
export interface SourceLogger {
  debug(obj: object, msg?: string): void;
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface SourceOptions {
  logger?: SourceLogger;
  /** Connecting and logging in, SSH handshake included (default 20 s). */
  connectTimeoutMs?: number;
  /** A transfer or listing that receives nothing for this long fails (default 60 s). */
  idleTimeoutMs?: number;
  /** A single download that takes longer than this fails (default 30 min). */
  transferTimeoutMs?: number;
  /** SSH keepalive interval (default 15 s); the connection drops after 4 unanswered. */
  keepaliveIntervalMs?: number;
  /** Downloads running at once over SFTP, 1 or 2 (default 2). FTP always runs one. */
  concurrency?: number;
}

export interface SourceLimits {
  connectTimeoutMs: number;
  idleTimeoutMs: number;
  transferTimeoutMs: number;
  keepaliveIntervalMs: number;
  concurrency: number;
}

export const noopLogger: SourceLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

export function sourceLimits(options: SourceOptions = {}): SourceLimits {
  return {
    connectTimeoutMs: options.connectTimeoutMs ?? 20_000,
    idleTimeoutMs: options.idleTimeoutMs ?? 60_000,
    transferTimeoutMs: options.transferTimeoutMs ?? 30 * 60_000,
    keepaliveIntervalMs: options.keepaliveIntervalMs ?? 15_000,
    concurrency: Math.min(Math.max(Math.trunc(options.concurrency ?? 2), 1), 2),
  };
}
