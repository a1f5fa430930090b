import { parseSourceUrl } from './source-url.ts';
import {
  noopLogger,
  sourceLimits,
  type Source,
  type SourceCredentials,
  type SourceOptions,
} from './types.ts';

/**
 * Opens the source a URL names: a local folder (`file:///…` or a plain path), `sftp://`,
 * `ftp://` or `ftps://user@host:port/path`. Remote sources connect (and check the server's
 * identity) before this resolves. Secrets come in `credentials`, never in the URL. Each
 * adapter, and the client library under it, is loaded when a URL of its kind is opened.
 */
export async function openSource(
  url: string,
  credentials: SourceCredentials = {},
  options: SourceOptions = {},
): Promise<Source> {
  const target = parseSourceUrl(url);
  const limits = sourceLimits(options);
  const logger = options.logger ?? noopLogger;

  switch (target.kind) {
    case 'local': {
      const { openLocalSource } = await import('./local-source.ts');
      return openLocalSource(target, limits, logger);
    }
    case 'sftp': {
      const { openSftpSource } = await import('./sftp-source.ts');
      return openSftpSource(target, credentials, limits, logger);
    }
    case 'ftp':
    case 'ftps': {
      const { openFtpSource } = await import('./ftp-source.ts');
      return openFtpSource(target, credentials, limits, logger);
    }
  }
}
