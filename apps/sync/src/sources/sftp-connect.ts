import SftpClient from 'ssh2-sftp-client';
import {
  errorCode,
  errorMessage,
  SourceAuthError,
  SourceConfigError,
  SourceConnectionError,
  type SourceError,
  type SourceHostKeyError,
} from './errors.ts';
import { hostKeyPolicy } from './host-key.ts';
import type { SftpTarget } from './source-url.ts';
import type { SourceCredentials, SourceLimits, SourceLogger } from './types.ts';

interface SshConnection {
  setNoDelay(on: boolean): void;
  destroy(): void;
}

/** The ssh2 connection under ssh2-sftp-client, which its typings do not expose. */
export function sshConnection(client: SftpClient): SshConnection {
  return (client as unknown as { client: SshConnection }).client;
}

/** A keepalive left unanswered this many times drops the connection. */
const KEEPALIVE_COUNT_MAX = 4;

function explainConnectError(
  error: unknown,
  target: SftpTarget,
  credentials: SourceCredentials,
  limits: SourceLimits,
): SourceError {
  const where = `${target.host}:${target.port}`;
  const details = { url: target.url, cause: error };
  const level = (error as { level?: unknown } | undefined)?.level;
  const message = errorMessage(error);
  const code = errorCode(error);

  if (level === 'client-authentication') {
    const tried = [credentials.privateKey && 'key', credentials.password && 'password'];
    return new SourceAuthError(
      `authentication failed for user ${target.username} at ${where} (tried: ` +
        `${tried.filter(Boolean).join(', ')}): check SYNC_SOURCE_PASSWORD or ` +
        'SYNC_SOURCE_PASSWORD_FILE, or SYNC_SOURCE_KEY_FILE and that its public key is ' +
        "in the user's authorized_keys",
      details,
    );
  }
  if (/cannot parse privateKey/i.test(message)) {
    return new SourceConfigError(
      `the private key from SYNC_SOURCE_KEY_FILE cannot be used (${message}): check the ` +
        'file, and set SYNC_SOURCE_KEY_PASSPHRASE if the key is encrypted',
      details,
    );
  }
  if (level === 'client-timeout') {
    return new SourceConnectionError(
      `no SSH handshake with ${where} within ${limits.connectTimeoutMs / 1000}s: check the ` +
        'host, the port and any firewall in between',
      details,
    );
  }
  if (code === 'ECONNREFUSED') {
    return new SourceConnectionError(
      `${where} refused the connection: check the port and that the SFTP server runs`,
      details,
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new SourceConnectionError(
      `host ${target.host} not found: check the host name in the source URL`,
      details,
    );
  }
  return new SourceConnectionError(`cannot connect to ${where}: ${message}`, details);
}

/**
 * Opens one SSH connection with one SFTP channel, with Nagle's algorithm off: SFTP is many
 * small requests, each of which would otherwise wait for a delayed ACK. Host key checking
 * follows `credentials`; secrets go to ssh2 only, never to the logger.
 */
export async function connectSftp(
  target: SftpTarget,
  credentials: SourceCredentials,
  limits: SourceLimits,
  logger: SourceLogger,
): Promise<SftpClient> {
  if (credentials.password === undefined && credentials.privateKey === undefined) {
    throw new SourceConfigError(
      `no credentials for ${target.url}: set SYNC_SOURCE_PASSWORD (or SYNC_SOURCE_PASSWORD_FILE)` +
        ' or SYNC_SOURCE_KEY_FILE',
      { url: target.url },
    );
  }

  const policy = hostKeyPolicy(target, credentials, logger);
  let hostKeyProblem: SourceHostKeyError | undefined;
  let transportError: unknown;

  const client = new SftpClient(target.url, {
    error: (error) => logger.warn({ url: target.url, error: errorMessage(error) }, 'SFTP error'),
    end: () => logger.debug({ url: target.url }, 'SFTP connection ended'),
    close: () => logger.debug({ url: target.url }, 'SFTP connection closed'),
  });
  client.on('error', (error: unknown) => {
    transportError ??= error;
  });

  try {
    await client.connect({
      host: target.host,
      port: target.port,
      username: target.username,
      password: credentials.password,
      privateKey: credentials.privateKey,
      passphrase: credentials.passphrase,
      tryKeyboard: false,
      readyTimeout: limits.connectTimeoutMs,
      keepaliveInterval: limits.keepaliveIntervalMs,
      keepaliveCountMax: KEEPALIVE_COUNT_MAX,
      algorithms: policy.algorithms
        ? ({ serverHostKey: policy.algorithms } as SftpClient.ConnectOptions['algorithms'])
        : undefined,
      hostVerifier: (key: Buffer) => {
        hostKeyProblem = policy.verify(key);
        return hostKeyProblem === undefined;
      },
    });
  } catch (error) {
    await client.end().catch(() => undefined);
    throw (
      hostKeyProblem ?? explainConnectError(transportError ?? error, target, credentials, limits)
    );
  }

  sshConnection(client).setNoDelay(true);
  logger.debug({ url: target.url }, 'SFTP connected');
  return client;
}
