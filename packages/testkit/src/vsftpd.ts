import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { requireRoot, runCommand } from './command.ts';
import { makeTempDir } from './copy-tree.ts';
import { freePort, freePortRange, LOOPBACK } from './ports.ts';
import { startServerProcess } from './server-process.ts';
import { serverUrl } from './server-url.ts';
import { ensureTestUser } from './test-user.ts';

export interface VsftpdOptions {
  /** The folder served, absolute; it and its parents must be readable by the test user. */
  root: string;
  /** Explicit TLS (AUTH TLS) with a self-signed certificate, required for login and data. */
  tls?: boolean;
}

export interface VsftpdServer {
  host: string;
  port: number;
  username: string;
  password: string;
  /** `ftp://user@127.0.0.1:port/<root>` or `ftps://…`, without credentials. */
  url: string;
  /** With `tls`: the self-signed certificate (PEM), usable as a CA file by clients. */
  certificatePath?: string;
  stop(): Promise<void>;
}

/**
 * Debian's /etc/pam.d/vsftpd also requires a login shell listed in /etc/shells, which the
 * test user does not have; this service checks the password and the account only, and
 * answers a wrong password at once (pam_unix waits 2 s by default).
 */
const PAM_SERVICE = 'vnodrop-vsftpd';
const PAM_FILE = `/etc/pam.d/${PAM_SERVICE}`;
const PAM_RULES = [
  'auth required pam_unix.so nodelay',
  'account required pam_unix.so',
  'session required pam_permit.so',
  '',
].join('\n');

const SECURE_CHROOT_DIR = '/var/run/vsftpd/empty';

async function ensurePamService(): Promise<void> {
  const current = await readFile(PAM_FILE, 'utf8').catch(() => '');
  if (current !== PAM_RULES) await writeFile(PAM_FILE, PAM_RULES, { mode: 0o644 });
}

async function makeCertificate(dir: string): Promise<{ cert: string; key: string }> {
  const cert = join(dir, 'cert.pem');
  const key = join(dir, 'key.pem');
  await runCommand('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-days',
    '2',
    '-subj',
    `/CN=${LOOPBACK}`,
    '-addext',
    `subjectAltName=IP:${LOOPBACK},DNS:localhost`,
    '-keyout',
    key,
    '-out',
    cert,
  ]);
  return { cert, key };
}

function vsftpdConfig(settings: Record<string, string | number>): string {
  return Object.entries(settings)
    .map(([name, value]) => `${name}=${value}\n`)
    .join('');
}

/**
 * Starts vsftpd on a free loopback port, serving `root` read-only to the test user with a
 * password. Needs root; the test user and a PAM service are added on first use.
 */
export async function startVsftpd(options: VsftpdOptions): Promise<VsftpdServer> {
  requireRoot('startVsftpd');
  const user = await ensureTestUser();
  await ensurePamService();
  await mkdir(SECURE_CHROOT_DIR, { recursive: true, mode: 0o755 });
  const dir = await makeTempDir('vnodrop-vsftpd');

  try {
    const port = await freePort();
    const passive = await freePortRange(10);
    const certificate = options.tls ? await makeCertificate(dir) : undefined;
    const tls: Record<string, string> = certificate
      ? {
          ssl_enable: 'YES',
          rsa_cert_file: certificate.cert,
          rsa_private_key_file: certificate.key,
          allow_anon_ssl: 'NO',
          force_local_logins_ssl: 'YES',
          force_local_data_ssl: 'YES',
          require_ssl_reuse: 'NO',
          ssl_ciphers: 'HIGH',
        }
      : { ssl_enable: 'NO' };

    const config = join(dir, 'vsftpd.conf');
    await writeFile(
      config,
      vsftpdConfig({
        listen: 'YES',
        listen_ipv6: 'NO',
        listen_address: LOOPBACK,
        listen_port: port,
        background: 'NO',
        anonymous_enable: 'NO',
        local_enable: 'YES',
        write_enable: 'NO',
        local_root: options.root,
        chroot_local_user: 'NO',
        pam_service_name: PAM_SERVICE,
        userlist_enable: 'NO',
        pasv_enable: 'YES',
        pasv_min_port: passive.min,
        pasv_max_port: passive.max,
        utf8_filesystem: 'YES',
        seccomp_sandbox: 'NO',
        isolate: 'NO',
        isolate_network: 'NO',
        secure_chroot_dir: SECURE_CHROOT_DIR,
        xferlog_enable: 'NO',
        dirmessage_enable: 'NO',
        max_per_ip: 0,
        delay_failed_login: 0,
        ...tls,
      }),
      { mode: 0o600 },
    );

    const server = await startServerProcess({
      name: 'vsftpd',
      command: '/usr/sbin/vsftpd',
      args: [config],
      port,
      installHint: 'apt-get install vsftpd',
    });
    const scheme = options.tls ? 'ftps' : 'ftp';

    return {
      host: LOOPBACK,
      port,
      username: user.username,
      password: user.password,
      url: serverUrl(scheme, user.username, LOOPBACK, port, options.root),
      ...(certificate ? { certificatePath: certificate.cert } : {}),
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
