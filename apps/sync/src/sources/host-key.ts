import { createHash } from 'node:crypto';
import { SourceConfigError, SourceHostKeyError } from './errors.ts';
import {
  checkKnownHosts,
  knownHostsName,
  knownKeyTypes,
  type KnownHostsVerdict,
} from './known-hosts.ts';
import type { SourceCredentials, SourceLogger } from './types.ts';

/** `SHA256:…` as `ssh-keygen -l` prints it, for an SSH public key blob. */
export function fingerprintOf(key: Buffer): string {
  return `SHA256:${createHash('sha256').update(key).digest('base64').replace(/=+$/, '')}`;
}

/** The key type written at the start of an SSH public key blob (`ssh-ed25519`, …). */
export function keyTypeOf(key: Buffer): string {
  if (key.length < 4) return 'unknown';
  return key.subarray(4, 4 + key.readUInt32BE(0)).toString('latin1');
}

/** The host key algorithms that can present a key of each type found in known_hosts. */
const ALGORITHMS_FOR_TYPE: Record<string, string[]> = {
  'ssh-ed25519': ['ssh-ed25519'],
  'ecdsa-sha2-nistp256': ['ecdsa-sha2-nistp256'],
  'ecdsa-sha2-nistp384': ['ecdsa-sha2-nistp384'],
  'ecdsa-sha2-nistp521': ['ecdsa-sha2-nistp521'],
  'ssh-rsa': ['rsa-sha2-512', 'rsa-sha2-256', 'ssh-rsa'],
};

export interface HostKeyPolicy {
  /** Host key algorithms to offer, when the expected key's type is known. */
  algorithms: string[] | undefined;
  /** Undefined when the key is accepted, else the error to report. */
  verify(key: Buffer): SourceHostKeyError | undefined;
}

interface Server {
  url: string;
  host: string;
  port: number;
}

/** `SHA256:abc` (padding optional) or a public key line `ssh-ed25519 AAAA… [comment]`. */
function expectedFingerprint(value: string, url: string): string {
  const sha256 = /^SHA256:([A-Za-z0-9+/]+)=*$/i.exec(value);
  if (sha256) return `SHA256:${sha256[1]}`;

  const publicKey = /^(ssh-[a-z0-9-]+|ecdsa-[a-z0-9-]+)\s+([A-Za-z0-9+/]+=*)(\s|$)/.exec(value);
  if (publicKey?.[2]) return fingerprintOf(Buffer.from(publicKey[2], 'base64'));

  throw new SourceConfigError(
    `SYNC_SOURCE_HOST_KEY=${value} is not a SHA256 fingerprint: give it as SHA256:… ` +
      '(ssh-keygen -l -E sha256 -f <key.pub>) or as the public key line',
    { url },
  );
}

function unverifiable(server: Server, fingerprint: string, type: string): SourceHostKeyError {
  return new SourceHostKeyError(
    `the host key of ${server.host}:${server.port} (${fingerprint}, ${type}) cannot be checked: ` +
      `confirm it with the server's administrator and set SYNC_SOURCE_HOST_KEY=${fingerprint}, ` +
      'or set SYNC_SOURCE_KNOWN_HOSTS to a known_hosts file, or SYNC_SOURCE_HOST_KEY_CHECK=off ' +
      'to connect without checking',
    fingerprint,
    { url: server.url },
  );
}

function knownHostsProblem(
  verdict: KnownHostsVerdict,
  name: string,
  fingerprint: string,
  type: string,
): string | undefined {
  switch (verdict) {
    case 'match':
      return undefined;
    case 'mismatch':
      return (
        `host key ${fingerprint} (${type}) of ${name} does not match the key filed in ` +
        'SYNC_SOURCE_KNOWN_HOSTS: if it was changed on purpose, confirm the new fingerprint ' +
        "with the server's administrator and update the file"
      );
    case 'revoked':
      return (
        `host key ${fingerprint} of ${name} is marked @revoked in SYNC_SOURCE_KNOWN_HOSTS: ` +
        "do not connect until the server's administrator replaces it"
      );
    case 'unknown':
      return (
        `${name} is not in SYNC_SOURCE_KNOWN_HOSTS: add its key (ssh-keyscan) after checking ` +
        `that its fingerprint ${fingerprint} is the one the administrator gives`
      );
  }
}

/** Decides which server keys to accept, from SYNC_SOURCE_HOST_KEY(_CHECK) or known_hosts. */
export function hostKeyPolicy(
  server: Server,
  credentials: SourceCredentials,
  logger: SourceLogger,
): HostKeyPolicy {
  const { hostKey, knownHosts } = credentials;

  if (credentials.hostKeyCheck === 'off') {
    return {
      algorithms: undefined,
      verify(key) {
        const fingerprint = fingerprintOf(key);
        logger.warn(
          { url: server.url, fingerprint },
          'host key not checked (SYNC_SOURCE_HOST_KEY_CHECK=off): the server is not authenticated',
        );
        return undefined;
      },
    };
  }

  if (hostKey !== undefined && knownHosts !== undefined) {
    throw new SourceConfigError(
      'both SYNC_SOURCE_HOST_KEY and SYNC_SOURCE_KNOWN_HOSTS are set: keep only one',
      { url: server.url },
    );
  }

  if (hostKey !== undefined) {
    const expected = expectedFingerprint(hostKey, server.url);
    return {
      algorithms: undefined,
      verify(key) {
        const fingerprint = fingerprintOf(key);
        if (fingerprint === expected) return undefined;

        return new SourceHostKeyError(
          `host key ${fingerprint} (${keyTypeOf(key)}) of ${server.host}:${server.port} does not ` +
            `match SYNC_SOURCE_HOST_KEY (${expected}): if the server's key was changed on ` +
            'purpose, confirm the new fingerprint with its administrator and update the variable',
          fingerprint,
          { url: server.url },
        );
      },
    };
  }

  if (knownHosts !== undefined) {
    const types = knownKeyTypes(knownHosts, server.host, server.port);
    const algorithms = types.flatMap((type) => ALGORITHMS_FOR_TYPE[type] ?? []);
    const name = knownHostsName(server.host, server.port);

    return {
      algorithms: algorithms.length > 0 ? algorithms : undefined,
      verify(key) {
        const fingerprint = fingerprintOf(key);
        const verdict = checkKnownHosts(knownHosts, server.host, server.port, key);
        const problem = knownHostsProblem(verdict, name, fingerprint, keyTypeOf(key));
        return problem
          ? new SourceHostKeyError(problem, fingerprint, { url: server.url })
          : undefined;
      },
    };
  }

  return {
    algorithms: undefined,
    verify: (key) => unverifiable(server, fingerprintOf(key), keyTypeOf(key)),
  };
}
