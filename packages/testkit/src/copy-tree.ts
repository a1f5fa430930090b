import { chmod, cp, mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

async function openUp(dir: string): Promise<void> {
  await chmod(dir, 0o755);

  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await openUp(path);
    else if (entry.isFile()) await chmod(path, 0o644);
  }
}

/**
 * Copies a folder (names kept byte for byte, timestamps kept) and makes the copy readable by
 * every user, so that a server logged in as the test user can serve it.
 */
export async function copyTree(src: string, dest: string): Promise<void> {
  await cp(src, dest, { recursive: true, preserveTimestamps: true, errorOnExist: true });
  await openUp(dest);
}

/** A new folder under the system temp dir that other users may enter (mkdtemp makes 0700). */
export async function makeTempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix.endsWith('-') ? prefix : `${prefix}-`));
  await chmod(dir, 0o755);
  return dir;
}
