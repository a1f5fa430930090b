import { openFtpSource } from './ftp-source.ts';
import { openLocalSource } from './local-source.ts';
import { openSftpSource } from './sftp-source.ts';
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
 * identity) before this resolves. Secrets come in `credentials`, never in the URL.
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
    case 'local':
      return openLocalSource(target, limits, logger);
    case 'sftp':
      return openSftpSource(target, credentials, limits, logger);
    case 'ftp':
    case 'ftps':
      return openFtpSource(target, credentials, limits, logger);
  }
}
