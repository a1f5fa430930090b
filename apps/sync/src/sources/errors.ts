import { SyncError } from '../errors.ts';

export interface SourceErrorDetails {
  /** The source's URL, without credentials. */
  url?: string;
  /** The file concerned, relative to the root. */
  path?: string;
  cause?: unknown;
}

/** Any failure to reach, list or read a source. The message says what to do about it. */
export class SourceError extends SyncError {
  readonly url: string | undefined;
  readonly path: string | undefined;

  constructor(message: string, details: SourceErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.url = details.url;
    this.path = details.path;
  }
}

/** The URL, credentials or options cannot work as given. */
export class SourceConfigError extends SourceError {}

/** The server cannot be reached, or the connection dropped. */
export class SourceConnectionError extends SourceError {}

/** The server refused the user name and password or key. */
export class SourceAuthError extends SourceError {}

/** The SSH server's key is not the expected one, or there is nothing to check it against. */
export class SourceHostKeyError extends SourceError {
  /** The key the server presented, `SHA256:…`. */
  readonly fingerprint: string;

  constructor(message: string, fingerprint: string, details: SourceErrorDetails = {}) {
    super(message, details);
    this.fingerprint = fingerprint;
  }
}

/** The FTPS server's certificate is not trusted. */
export class SourceCertificateError extends SourceError {}

/** A file is missing, stalled, cut short or cannot be written locally. */
export class SourceTransferError extends SourceError {}

/** Nothing came from the server for too long, or a download ran past its deadline. */
export class SourceTimeoutError extends SourceTransferError {}

/** The bytes received are not as many as the listing or the server announced. */
export class SourceSizeMismatchError extends SourceTransferError {
  readonly expectedSize: number;
  readonly actualSize: number;

  constructor(expectedSize: number, actualSize: number, details: SourceErrorDetails) {
    super(
      `${details.path}: received ${actualSize} bytes, expected ${expectedSize}; the file may ` +
        'have changed or still be being written on the server: run the sync again later',
      details,
    );
    this.expectedSize = expectedSize;
    this.actualSize = actualSize;
  }
}

/** Node's error code (ENOENT, ECONNREFUSED…) or an SFTP/FTP status code, if any. */
export function errorCode(error: unknown): string | number | undefined {
  if (typeof error !== 'object' || error === null || !('code' in error)) return undefined;
  const code = (error as { code: unknown }).code;
  return typeof code === 'string' || typeof code === 'number' ? code : undefined;
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
