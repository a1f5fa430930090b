import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SourceConfigError } from './errors.ts';

export type SourceKind = 'local' | 'sftp' | 'ftp' | 'ftps';

export interface LocalTarget {
  kind: 'local';
  /** The URL, as `file:///…`. */
  url: string;
  /** Absolute folder path. */
  root: string;
}

interface RemoteTarget {
  /** The URL without credentials. */
  url: string;
  host: string;
  port: number;
  username: string;
  /**
   * The folder on the server, percent-decoded: absolute (`/srv/drop`), relative to the login
   * folder (`sftp://u@h/~/drop` gives `drop`), or '' for the login folder itself.
   */
  root: string;
}

export interface SftpTarget extends RemoteTarget {
  kind: 'sftp';
}

export interface FtpTarget extends RemoteTarget {
  kind: 'ftp' | 'ftps';
}

export type SourceTarget = LocalTarget | SftpTarget | FtpTarget;

const DEFAULT_PORTS = { sftp: 22, ftp: 21, ftps: 21 } as const;

/** Hides whatever stands between `scheme://` and `@`, for messages about a bad URL. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1***@');
}

function decodeRoot(pathname: string, url: string): string {
  let root: string;
  try {
    root = pathname.split('/').map(decodeURIComponent).join('/');
  } catch (error) {
    throw new SourceConfigError(`bad percent-encoding in the path of ${url}`, {
      url,
      cause: error,
    });
  }

  if (root === '' || root === '/' || root === '/~' || root === '/~/') return '';
  if (root.startsWith('/~/')) return root.slice(3).replace(/\/+$/, '');
  return root.replace(/\/+$/, '');
}

function parseRemote(
  kind: 'sftp' | 'ftp' | 'ftps',
  parsed: URL,
  raw: string,
): SftpTarget | FtpTarget {
  const safe = redactUrl(raw);

  if (parsed.password !== '') {
    throw new SourceConfigError(
      `${safe} contains a password: remove it from the URL and set SYNC_SOURCE_PASSWORD or ` +
        'SYNC_SOURCE_PASSWORD_FILE instead',
      { url: safe },
    );
  }
  if (parsed.username === '') {
    throw new SourceConfigError(`${raw} names no user: write it as ${kind}://user@host/path`, {
      url: raw,
    });
  }
  if (parsed.hostname === '') {
    throw new SourceConfigError(`${raw} names no host: write it as ${kind}://user@host/path`, {
      url: raw,
    });
  }

  const port = parsed.port === '' ? DEFAULT_PORTS[kind] : Number(parsed.port);
  const username = decodeURIComponent(parsed.username);
  const root = decodeRoot(parsed.pathname, raw);
  const path = parsed.pathname === '/' ? '' : parsed.pathname;

  return {
    kind,
    url: `${kind}://${parsed.username}@${parsed.hostname}:${port}${path}`,
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port,
    username,
    root,
  };
}

/** Reads `file:///abs/path`, a plain path, `sftp://`, `ftp://` or `ftps://user@host:port/path`. */
export function parseSourceUrl(raw: string): SourceTarget {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(raw)) {
    const root = resolve(raw);
    return { kind: 'local', url: pathToFileURL(root).href, root };
  }

  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch (error) {
    const safe = redactUrl(raw);
    throw new SourceConfigError(`${safe} is not a valid URL`, { url: safe, cause: error });
  }

  switch (parsed.protocol) {
    case 'file:':
      return { kind: 'local', url: parsed.href, root: fileURLToPath(parsed) };
    case 'sftp:':
      return parseRemote('sftp', parsed, raw);
    case 'ftp:':
      return parseRemote('ftp', parsed, raw);
    case 'ftps:':
      return parseRemote('ftps', parsed, raw);
    default:
      throw new SourceConfigError(
        `${redactUrl(raw)}: unsupported scheme ${parsed.protocol} (use file://, sftp://, ftp:// ` +
          'or ftps://, or a plain folder path)',
        { url: redactUrl(raw) },
      );
  }
}
