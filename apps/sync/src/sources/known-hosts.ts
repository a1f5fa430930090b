import { createHmac } from 'node:crypto';

/**
 * Looks a server up in known_hosts text, as OpenSSH's sshd(8) describes the format: plain
 * and `[host]:port` names, `*`/`?` wildcards, `!` negations, hashed names (`|1|salt|hash`)
 * and the @revoked marker. @cert-authority lines are ignored: host certificates are not used.
 */

export type KnownHostsVerdict = 'match' | 'mismatch' | 'unknown' | 'revoked';

interface KnownHostsLine {
  marker: string | undefined;
  hosts: string;
  keyType: string;
  key: Buffer;
}

function parseLine(line: string): KnownHostsLine | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;

  const fields = trimmed.split(/\s+/);
  const marker = fields[0]?.startsWith('@') ? fields.shift() : undefined;
  const [hosts, keyType, key] = fields;
  if (hosts === undefined || keyType === undefined || key === undefined) return undefined;

  return { marker, hosts, keyType, key: Buffer.from(key, 'base64') };
}

function wildcard(pattern: string, name: string): boolean {
  const escaped = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  const regex = new RegExp(`^${escaped.replace(/\*/g, '.*').replace(/\?/g, '.')}$`, 'i');
  return regex.test(name);
}

function hashedMatch(entry: string, name: string): boolean {
  const [, magic, salt, hash] = entry.split('|');
  if (magic !== '1' || salt === undefined || hash === undefined) return false;

  const digest = createHmac('sha1', Buffer.from(salt, 'base64')).update(name).digest('base64');
  return digest === hash;
}

/** OpenSSH's rule: some pattern matches and no negated pattern does. */
function hostsMatch(hosts: string, name: string): boolean {
  if (hosts.startsWith('|')) return hashedMatch(hosts, name);

  let matched = false;
  for (const pattern of hosts.split(',')) {
    if (pattern.startsWith('!')) {
      if (wildcard(pattern.slice(1), name)) return false;
    } else if (wildcard(pattern, name)) {
      matched = true;
    }
  }
  return matched;
}

/** The name a server is filed under: `host` on port 22, `[host]:port` otherwise. */
export function knownHostsName(host: string, port: number): string {
  return port === 22 ? host : `[${host}]:${port}`;
}

/** The key types filed for a server, to offer only those host key algorithms. */
export function knownKeyTypes(text: string, host: string, port: number): string[] {
  const name = knownHostsName(host, port);
  const types = new Set<string>();

  for (const line of text.split('\n').map(parseLine)) {
    if (line !== undefined && line.marker === undefined && hostsMatch(line.hosts, name)) {
      types.add(line.keyType);
    }
  }
  return [...types];
}

export function checkKnownHosts(
  text: string,
  host: string,
  port: number,
  key: Buffer,
): KnownHostsVerdict {
  const name = knownHostsName(host, port);
  let verdict: KnownHostsVerdict = 'unknown';

  for (const line of text.split('\n').map(parseLine)) {
    if (line === undefined || !hostsMatch(line.hosts, name)) continue;
    const same = line.key.equals(key);

    if (line.marker === '@revoked' && same) return 'revoked';
    if (line.marker !== undefined) continue;
    if (same) verdict = 'match';
    else if (verdict === 'unknown') verdict = 'mismatch';
  }
  return verdict;
}
