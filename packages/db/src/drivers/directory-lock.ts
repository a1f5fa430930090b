/**
 * One process at a time on an embedded database's directory: PGlite has no server to share
 * it, and two processes writing the same files corrupt it. The holder writes its process id
 * to `<directory>.lock` beside the directory (PGlite wants the directory to itself), created
 * exclusively; a lock whose process is gone (a killed sync) is taken over.
 */
import { open, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { DatabaseInUseError } from '../errors.ts';

/** Holds the directory until the returned function is called. */
export async function lockDirectory(dir: string): Promise<() => Promise<void>> {
  const file = `${path.resolve(dir)}.lock`;

  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();

      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }

    const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
    if (isRunning(holder)) throw new DatabaseInUseError(dir, holder);

    await rm(file, { force: true });
  }

  throw new DatabaseInUseError(dir, undefined);
}

function isRunning(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;

  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
