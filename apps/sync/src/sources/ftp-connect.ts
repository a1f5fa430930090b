import { createSecureContext, rootCertificates, type ConnectionOptions } from 'node:tls';
import { Client, FTPError } from 'basic-ftp';
import {
  errorCode,
  errorMessage,
  SourceAuthError,
  SourceCertificateError,
  SourceConfigError,
  SourceConnectionError,
  type SourceError,
} from './errors.ts';
import type { FtpTarget } from './source-url.ts';
import { withTimeout } from './timeout.ts';
import type { SourceCredentials, SourceLimits, SourceLogger } from './types.ts';

/** Node's codes for a certificate chain it does not trust. */
const UNTRUSTED_CERTIFICATE = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

function explainConnectError(error: unknown, target: FtpTarget): SourceError {
  const where = `${target.host}:${target.port}`;
  const details = { url: target.url, cause: error };
  const code = errorCode(error);
  const message = errorMessage(error);

  if (error instanceof FTPError && error.code === 530) {
    return new SourceAuthError(
      `authentication failed for user ${target.username} at ${where} (server: ${message}): ` +
        'check SYNC_SOURCE_PASSWORD or SYNC_SOURCE_PASSWORD_FILE' +
        (target.kind === 'ftp' ? ', and try ftps:// if the server requires encryption' : ''),
      details,
    );
  }
  if (typeof code === 'string' && UNTRUSTED_CERTIFICATE.has(code)) {
    return new SourceCertificateError(
      `the TLS certificate of ${where} is not trusted (${code}): set SYNC_SOURCE_CA_FILE to the ` +
        "certificate of the server's authority, or SYNC_SOURCE_TLS_INSECURE=1 to skip the check",
      details,
    );
  }
  if (code === 'ECONNREFUSED') {
    return new SourceConnectionError(
      `${where} refused the connection: check the port and that the FTP server runs`,
      details,
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new SourceConnectionError(
      `host ${target.host} not found: check the host name in the source URL`,
      details,
    );
  }
  if (error instanceof SourceConnectionError) return error;
  return new SourceConnectionError(`cannot connect to ${where}: ${message}`, details);
}

function tlsOptions(
  target: FtpTarget,
  credentials: SourceCredentials,
  logger: SourceLogger,
): ConnectionOptions {
  if (credentials.tlsInsecure) {
    logger.warn(
      { url: target.url },
      'TLS certificate not checked (SYNC_SOURCE_TLS_INSECURE=1): the server is not authenticated',
    );
    return { rejectUnauthorized: false };
  }
  if (credentials.ca === undefined) return {};

  // Built once: every data connection reuses it instead of parsing the CA list again.
  return { secureContext: createSecureContext({ ca: [...rootCertificates, credentials.ca] }) };
}

/** Logs in over FTP, or FTPS with explicit TLS (AUTH TLS) on the control and data channels. */
export async function connectFtp(
  target: FtpTarget,
  credentials: SourceCredentials,
  limits: SourceLimits,
  logger: SourceLogger,
): Promise<Client> {
  const password =
    credentials.password ?? (target.username === 'anonymous' ? 'anonymous@' : undefined);
  if (password === undefined) {
    throw new SourceConfigError(
      `no password for ${target.url}: set SYNC_SOURCE_PASSWORD or SYNC_SOURCE_PASSWORD_FILE`,
      { url: target.url },
    );
  }
  if (target.kind === 'ftp') {
    logger.warn({ url: target.url }, 'plain FTP sends the password unencrypted: prefer ftps://');
  }

  const client = new Client(limits.idleTimeoutMs);
  const timeout = () => {
    client.close();
    return new SourceConnectionError(
      `no FTP login at ${target.host}:${target.port} within ${limits.connectTimeoutMs / 1000}s: ` +
        'check the host, the port and any firewall in between',
      { url: target.url },
    );
  };

  try {
    await withTimeout(
      client.access({
        host: target.host,
        port: target.port,
        user: target.username,
        password,
        secure: target.kind === 'ftps',
        secureOptions: target.kind === 'ftps' ? tlsOptions(target, credentials, logger) : undefined,
      }),
      limits.connectTimeoutMs,
      timeout,
    );
  } catch (error) {
    client.close();
    throw explainConnectError(error, target);
  }

  logger.debug({ url: target.url }, 'FTP connected');
  return client;
}
