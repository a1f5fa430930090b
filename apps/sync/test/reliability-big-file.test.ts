import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { makeTempDir, startSshd, type SshdServer } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSource } from '../src/sources/index.ts';

const MIB = 1024 * 1024;
const SIZE = 90 * MIB;
const NAME = 'Documents/Archive des relevés 2026.bin';

/** Writes `size` random bytes to `file`, a mebibyte at a time; gives their sha256. */
async function writeRandom(file: string, size: number): Promise<string> {
  const hash = createHash('sha256');
  const out = createWriteStream(file);
  for (let written = 0; written < size; written += MIB) {
    const chunk = randomBytes(Math.min(MIB, size - written));
    hash.update(chunk);
    if (!out.write(chunk)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');

  return hash.digest('hex');
}

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Samples the process's resident memory until stopped; gives the peak above the start. */
function memoryGrowth() {
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);

  return () => {
    clearInterval(timer);
    return Math.max(peak, process.memoryUsage().rss) - start;
  };
}

describe('reliability: a large file over SFTP', () => {
  let work: string;
  let sshd: SshdServer;
  let localSha256: string;

  beforeAll(async () => {
    work = await makeTempDir('vnodrop-big-file-');
    const root = path.join(work, 'drop');
    await mkdir(path.join(root, 'Documents'), { recursive: true, mode: 0o755 });
    localSha256 = await writeRandom(path.join(root, NAME), SIZE);
    sshd = await startSshd({ root });
  });

  afterAll(async () => {
    await sshd?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  it('reliability: 90 MB stream to disk with the sha256 of the original', async () => {
    const source = await openSource(sshd.url, {
      privateKey: sshd.privateKey,
      hostKey: sshd.hostKeyFingerprint,
    });
    const dest = path.join(work, 'received.bin');
    try {
      const listed = await source.list();
      const growth = memoryGrowth();

      const result = await source.download(NAME, dest);

      const grew = growth();
      expect(listed).toEqual([expect.objectContaining({ path: NAME, size: SIZE })]);
      expect(result).toEqual({ size: SIZE, sha256: localSha256 });
      expect(await sha256Of(dest)).toBe(localSha256);
      expect(grew).toBeLessThan(48 * MIB);
    } finally {
      await source.close();
    }
  });
});
