import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFile, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  copyTree,
  makeTempDir,
  startSshd,
  startTcpProxy,
  startVsftpd,
  type SshdServer,
  type VsftpdServer,
} from '@vnodrop/testkit';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  credentialsFromEnv,
  openSource,
  parseSourceUrl,
  SourceAuthError,
  SourceCertificateError,
  SourceConfigError,
  SourceHostKeyError,
  SourceSizeMismatchError,
  SourceTimeoutError,
  type Source,
  type SourceCredentials,
  type SourceOptions,
} from '../src/sources/index.ts';
import { fixtureDrop } from './support/fixture.ts';

const execFileAsync = promisify(execFile);

interface ExpectedFile {
  path: string;
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** The drop as the file system sees it, walked independently of the sources. */
async function expectedFiles(root: string): Promise<ExpectedFile[]> {
  const names = await readdir(root, { recursive: true, withFileTypes: true });
  const files = await Promise.all(
    names
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const full = join(entry.parentPath, entry.name);
        const info = await stat(full);
        const sha256 = createHash('sha256')
          .update(await readFile(full))
          .digest('hex');
        const path = full.slice(root.length + 1).normalize('NFC');
        return { path, size: info.size, mtimeMs: info.mtimeMs, sha256 };
      }),
  );
  return files.sort((a, b) => (a.path < b.path ? -1 : 1));
}

let work: string;
let served: string;
let expected: ExpectedFile[];
let sshd: SshdServer;
let sshdOneSession: SshdServer;
let ftp: VsftpdServer;
let ftps: VsftpdServer;
const opened: Source[] = [];

let scratches = 0;

/** A fresh folder for downloads, removed with the rest of the work folder. */
async function scratch(): Promise<string> {
  scratches += 1;
  const dir = join(work, `downloads-${scratches}`);
  await mkdir(dir);
  return dir;
}

async function open(url: string, credentials?: SourceCredentials, options?: SourceOptions) {
  const source = await openSource(url, credentials, options);
  opened.push(source);
  return source;
}

beforeAll(async () => {
  work = await makeTempDir('vnodrop-sources');
  served = join(work, 'drop');
  await copyTree(fixtureDrop, served);
  expected = await expectedFiles(served);

  [sshd, sshdOneSession, ftp, ftps] = await Promise.all([
    startSshd({ root: served, maxSessions: 10 }),
    startSshd({ root: served, maxSessions: 1, keyPassphrase: 'correct horse' }),
    startVsftpd({ root: served }),
    startVsftpd({ root: served, tls: true }),
  ]);
});

afterAll(async () => {
  await Promise.all(opened.map((source) => source.close()));
  await Promise.all([sshd, sshdOneSession, ftp, ftps].map((server) => server?.stop()));
  if (work) await rm(work, { recursive: true, force: true });
});

const backends: Array<[string, () => Promise<Source>]> = [
  ['local folder', () => open(served)],
  ['local file:// URL', () => open(`file://${served}`)],
  [
    'SFTP by key',
    () => open(sshd.url, { privateKey: sshd.privateKey, hostKey: sshd.hostKeyFingerprint }),
  ],
  [
    'SFTP by password',
    async () =>
      open(sshd.url, {
        password: sshd.password,
        knownHosts: await readFile(sshd.knownHostsPath, 'utf8'),
      }),
  ],
  ['FTP', () => open(ftp.url, { password: ftp.password })],
  [
    'FTPS',
    async () =>
      open(ftps.url, {
        password: ftps.password,
        ca: await readFile(ftps.certificatePath as string, 'utf8'),
      }),
  ],
];

test.each(backends)('sources: %s lists exactly the fixture files', async (_name, connect) => {
  const source = await connect();

  const listed = await source.list();

  expect(listed.map(({ path, size }) => ({ path, size }))).toEqual(
    expected.map(({ path, size }) => ({ path, size })),
  );
  expect(listed.map((entry) => entry.path)).toEqual(
    expect.arrayContaining([
      'Cartes SIM/Commande_CMD2026-0915_20260915.csv',
      'Factures/Intégrateur/202610/ORI-2026-10-0042.pdf',
      'Documents/Guide intégrateur v1.1.pdf',
    ]),
  );
  listed.forEach((entry, index) => {
    const mtime = expected[index]?.mtimeMs ?? 0;
    expect(Math.abs(entry.modifiedAt.getTime() - mtime)).toBeLessThan(1_000);
  });
});

test.each(backends)('sources: %s downloads every file with its sha256', async (_name, connect) => {
  const source = await connect();
  const dest = await scratch();

  for (const [index, file] of expected.entries()) {
    const result = await source.download(file.path, join(dest, `${index}.bin`));
    expect({ path: file.path, ...result }).toEqual({
      path: file.path,
      size: file.size,
      sha256: file.sha256,
    });
  }
});

const invoices = () => expected.filter((file) => file.path.startsWith('Factures/Clients/'));

test('sources: SFTP downloads 15+ files of one folder at once (MaxSessions=10)', async () => {
  const source = await open(sshd.url, { password: sshd.password, hostKey: sshd.hostPublicKey });
  const dest = await scratch();
  expect(invoices().length).toBeGreaterThanOrEqual(15);

  const results = await Promise.all(
    invoices().map((file, index) => source.download(file.path, join(dest, `${index}.pdf`))),
  );

  expect(results.map((result) => result.sha256)).toEqual(invoices().map((file) => file.sha256));
});

test('sources: SFTP uses one channel (MaxSessions=1) and an encrypted key', async () => {
  const source = await open(sshdOneSession.url, {
    privateKey: sshdOneSession.privateKey,
    passphrase: 'correct horse',
    hostKey: sshdOneSession.hostKeyFingerprint,
  });
  const dest = await scratch();

  await source.list();
  const results = await Promise.all(
    invoices().map((file, index) => source.download(file.path, join(dest, `${index}.pdf`))),
  );

  expect(results.map((result) => result.size)).toEqual(invoices().map((file) => file.size));
});

test('sources: SFTP refuses a wrong host key fingerprint', async () => {
  const wrong = 'SHA256:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

  const opening = openSource(sshd.url, { password: sshd.password, hostKey: wrong });

  await expect(opening).rejects.toThrow(SourceHostKeyError);
  await expect(opening).rejects.toThrow(
    `host key ${sshd.hostKeyFingerprint} (ssh-ed25519) of 127.0.0.1:${sshd.port} does not ` +
      `match SYNC_SOURCE_HOST_KEY (${wrong})`,
  );
});

test('sources: SFTP reads hashed known_hosts entries and refuses a changed key', async () => {
  const knownHosts = join(work, 'known_hosts');
  await writeFile(knownHosts, await readFile(sshd.knownHostsPath));
  await execFileAsync('ssh-keygen', ['-H', '-f', knownHosts]);
  const hashed = await readFile(knownHosts, 'utf8');
  expect(hashed).toMatch(/^\|1\|/);

  const source = await open(sshd.url, { password: sshd.password, knownHosts: hashed });
  const otherKey = sshdOneSession.hostPublicKey;
  const changed = hashed.replace(/ssh-ed25519 \S+/, otherKey);

  expect((await source.list()).length).toBe(expected.length);
  await expect(
    openSource(sshd.url, { password: sshd.password, knownHosts: changed }),
  ).rejects.toThrow('does not match the key filed in SYNC_SOURCE_KNOWN_HOSTS');
});

test('sources: SFTP with no host key setting names the fingerprint to set', async () => {
  const opening = openSource(sshd.url, { password: sshd.password });

  await expect(opening).rejects.toThrow(`SYNC_SOURCE_HOST_KEY=${sshd.hostKeyFingerprint}`);
});

test('sources: SFTP with host key checking off connects', async () => {
  const warnings: string[] = [];
  const logger = {
    debug() {},
    info() {},
    error() {},
    warn: (_: object, msg?: string) => warnings.push(msg ?? ''),
  };

  const source = await open(sshd.url, { password: sshd.password, hostKeyCheck: 'off' }, { logger });

  expect((await source.list()).length).toBe(expected.length);
  expect(warnings).toEqual([expect.stringContaining('host key not checked')]);
});

test('sources: SFTP refuses a wrong password clearly', async () => {
  const opening = openSource(sshd.url, {
    password: 'not-the-password',
    hostKey: sshd.hostKeyFingerprint,
  });

  await expect(opening).rejects.toThrow(SourceAuthError);
  await expect(opening).rejects.toThrow('authentication failed for user vnodrop-sftp at 127.0.0.1');
  await expect(opening).rejects.not.toThrow('not-the-password');
});

test('sources: SFTP turns a stalled transfer into an error', async () => {
  const proxy = await startTcpProxy(sshd.port);
  const url = sshd.url.replace(`:${sshd.port}/`, `:${proxy.port}/`);
  const source = await openSource(
    url,
    { privateKey: sshd.privateKey, hostKey: sshd.hostKeyFingerprint },
    { idleTimeoutMs: 500 },
  );
  const file = expected[0] as ExpectedFile;
  await source.list();

  proxy.stall();
  const started = Date.now();
  const download = source.download(file.path, join(work, 'stalled.bin'));

  await expect(download).rejects.toThrow(SourceTimeoutError);
  expect(Date.now() - started).toBeLessThan(5_000);
  await proxy.stop();
  await source.close();
});

test('sources: FTP refuses a wrong password clearly', async () => {
  const opening = openSource(ftp.url, { password: 'not-the-password' });

  await expect(opening).rejects.toThrow(SourceAuthError);
  await expect(opening).rejects.toThrow('authentication failed for user vnodrop-sftp');
});

test('sources: FTPS refuses a self-signed certificate unless told otherwise', async () => {
  await expect(openSource(ftps.url, { password: ftps.password })).rejects.toThrow(
    SourceCertificateError,
  );

  const source = await open(ftps.url, { password: ftps.password, tlsInsecure: true });
  expect((await source.list()).length).toBe(expected.length);
});

test('sources: a file that changed since the listing is a size mismatch', async () => {
  const root = join(work, 'growing');
  await mkdir(root);
  await writeFile(join(root, 'a.csv'), 'one;two\n');
  const source = await open(root);
  await source.list();

  await appendFile(join(root, 'a.csv'), 'three;four\n');

  await expect(source.download('a.csv', join(work, 'a.bin'))).rejects.toThrow(
    SourceSizeMismatchError,
  );
  await expect(stat(join(work, 'a.bin'))).rejects.toThrow('ENOENT');
});

test('sources: paths outside the root are refused', async () => {
  const source = await open(served);

  await expect(source.download('../etc/passwd', join(work, 'x'))).rejects.toThrow(
    'is not a file path relative',
  );
});

test('sources: a URL with a password is refused without echoing it', () => {
  expect(() => parseSourceUrl('sftp://u:hunter2@example.org/drop')).toThrow(SourceConfigError);
  expect(() => parseSourceUrl('sftp://u:hunter2@example.org/drop')).not.toThrow('hunter2');
});

test('sources: URLs are percent-decoded and keep their port', () => {
  expect(parseSourceUrl('sftp://vno@files.example.org:2222/drop/Cartes%20SIM')).toEqual({
    kind: 'sftp',
    url: 'sftp://vno@files.example.org:2222/drop/Cartes%20SIM',
    host: 'files.example.org',
    port: 2222,
    username: 'vno',
    root: '/drop/Cartes SIM',
  });
  expect(parseSourceUrl('ftps://vno@files.example.org/~/drop')).toMatchObject({
    url: 'ftps://vno@files.example.org:21/~/drop',
    port: 21,
    root: 'drop',
  });
});

test('sources: credentials come from variables and files', async () => {
  const file = join(work, 'password');
  await writeFile(file, 's3cret\n');

  const credentials = credentialsFromEnv({
    SYNC_SOURCE_PASSWORD_FILE: file,
    SYNC_SOURCE_HOST_KEY: 'SHA256:abc',
    SYNC_SOURCE_TLS_INSECURE: '1',
  });

  expect(credentials).toEqual({ password: 's3cret', hostKey: 'SHA256:abc', tlsInsecure: true });
  expect(() =>
    credentialsFromEnv({ SYNC_SOURCE_PASSWORD: 'a', SYNC_SOURCE_PASSWORD_FILE: file }),
  ).toThrow('keep only one');
});
