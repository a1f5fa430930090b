import type { Logger } from '@vnodrop/log';
import { classifyPath } from '@vnodrop/schemas';
import type { Source } from '../sources/index.ts';
import type { ListedFile } from './plan.ts';

/**
 * The files of the drop, with what their paths say. Anything else is left out: files still
 * being uploaded under a temporary name (`.part`, `.tmp`, `.filepart`), hidden files, and
 * whatever lies outside the drop's known tree.
 */
export async function listDrop(source: Source, logger: Logger): Promise<ListedFile[]> {
  const files: ListedFile[] = [];

  for (const entry of await source.list()) {
    const facts = classifyPath(entry.path);
    if (!facts) {
      logger.debug({ path: entry.path }, 'not part of the drop; ignored');
      continue;
    }
    files.push({ path: entry.path, size: entry.size, modifiedAt: entry.modifiedAt, facts });
  }

  return files;
}
