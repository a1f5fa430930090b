import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireRoot, runCommand } from './command.ts';
import { makeTempDir } from './copy-tree.ts';
import { freePort, LOOPBACK } from './ports.ts';
import { startServerProcess } from './server-process.ts';
import { serverUrl } from './server-url.ts';
import { ensureTestUser } from './test-user.ts';

export interface SshdOptions {
  /** The folder the returned `url` points at (absolute; it must be readable by the test user). */
  root?: string;
  /** sshd's MaxSessions: channels per connection (OpenSSH's default is 10). */
  maxSessions?: number;
  /** Encrypts the generated client key with this passphrase. */
  keyPassphrase?: string;
}

export interface SshdServer {
  host: string;
  port: number;
  username: string;
  password: string;
  privateKeyPath: string;
  privateKey: string;
  /** `SHA256:…`, as `ssh-keygen -l` prints it. */
  hostKeyFingerprint: string;
  /** `ssh-ed25519 AAAA…` */
  hostPublicKey: string;
  /** A known_hosts file with one line for this server (`[127.0.0.1]:port ssh-ed25519 …`). */
  knownHostsPath: string;
  /** `sftp://user@127.0.0.1:port/<root>`, without credentials. */
  url: string;
  stop(): Promise<void>;
}

async function generateKey(path: string, passphrase: string, comment: string): Promise<void> {
  await runCommand('ssh-keygen', [
    '-q',
    '-t',
    'ed25519',
    '-N',
    passphrase,
    '-C',
    comment,
    '-f',
    path,
  ]);
}

function sshdConfig(dir: string, port: number, username: string, maxSessions: number): string {
  return [
    `ListenAddress ${LOOPBACK}`,
    `Port ${port}`,
    `HostKey ${join(dir, 'ssh_host_ed25519_key')}`,
    `PidFile ${join(dir, 'sshd.pid')}`,
    `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
    'StrictModes no',
    'UsePAM no',
    'PubkeyAuthentication yes',
    'PasswordAuthentication yes',
    'KbdInteractiveAuthentication no',
    'PermitRootLogin no',
    `AllowUsers ${username}`,
    `MaxSessions ${maxSessions}`,
    'MaxStartups 100',
    'AllowTcpForwarding no',
    'X11Forwarding no',
    'PrintMotd no',
    'Subsystem sftp internal-sftp',
    'ForceCommand internal-sftp',
    '',
  ].join('\n');
}

/**
 * Starts OpenSSH's sshd on a free loopback port, serving SFTP to the test user by key and
 * by password. Needs root; the test user is added on first use.
 */
export async function startSshd(options: SshdOptions = {}): Promise<SshdServer> {
  requireRoot('startSshd');
  const user = await ensureTestUser();
  const dir = await makeTempDir('vnodrop-sshd');

  try {
    const hostKey = join(dir, 'ssh_host_ed25519_key');
    const clientKey = join(dir, 'client_ed25519_key');
    await generateKey(hostKey, '', 'vnodrop-test-host');
    await generateKey(clientKey, options.keyPassphrase ?? '', 'vnodrop-test-client');
    await writeFile(join(dir, 'authorized_keys'), await readFile(`${clientKey}.pub`));
    await chmod(join(dir, 'authorized_keys'), 0o644);

    const hostPublicKey = (await readFile(`${hostKey}.pub`, 'utf8'))
      .split(' ')
      .slice(0, 2)
      .join(' ');
    const listing = await runCommand('ssh-keygen', ['-l', '-E', 'sha256', '-f', `${hostKey}.pub`]);
    const hostKeyFingerprint = listing.split(' ')[1] ?? '';

    const port = await freePort();
    const knownHostsPath = join(dir, 'known_hosts');
    await writeFile(knownHostsPath, `[${LOOPBACK}]:${port} ${hostPublicKey}\n`);
    await writeFile(
      join(dir, 'sshd_config'),
      sshdConfig(dir, port, user.username, options.maxSessions ?? 10),
    );

    await mkdir('/run/sshd', { recursive: true, mode: 0o755 });
    const server = await startServerProcess({
      name: 'sshd',
      command: '/usr/sbin/sshd',
      args: ['-D', '-e', '-f', join(dir, 'sshd_config')],
      port,
      installHint: 'apt-get install openssh-server',
    });

    return {
      host: LOOPBACK,
      port,
      username: user.username,
      password: user.password,
      privateKeyPath: clientKey,
      privateKey: await readFile(clientKey, 'utf8'),
      hostKeyFingerprint,
      hostPublicKey,
      knownHostsPath,
      url: serverUrl('sftp', user.username, LOOPBACK, port, options.root),
      async stop() {
        await server.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }
}
