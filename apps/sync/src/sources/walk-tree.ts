import { SourceError } from './errors.ts';
import type { SourceEntry } from './types.ts';

/** One entry of one folder, as an adapter reads it. */
export interface FolderEntry {
  /** The name as the server spells it (not normalized). */
  name: string;
  kind: 'file' | 'folder' | 'other';
  size: number;
  modifiedAt: Date;
}

/** A listed file and the path to ask the server for, which may differ from `path` in NFC. */
export interface ListedFile extends SourceEntry {
  rawPath: string;
}

/** Reads one folder; `rawPath` is '' for the root, else `a/b` relative to it. */
export type ReadFolder = (rawPath: string) => Promise<FolderEntry[]>;

/** Every file below the root, sorted by path; folders are read one at a time. */
export async function walkTree(url: string, readFolder: ReadFolder): Promise<ListedFile[]> {
  const files = new Map<string, ListedFile>();
  const pending = [''];

  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    for (const entry of await readFolder(folder)) {
      if (entry.name === '.' || entry.name === '..') continue;
      const rawPath = folder === '' ? entry.name : `${folder}/${entry.name}`;

      if (entry.kind === 'folder') {
        pending.push(rawPath);
      } else if (entry.kind === 'file') {
        const path = rawPath.normalize('NFC');
        if (files.has(path)) {
          throw new SourceError(
            `${path} exists twice on the server, spelled with different Unicode forms: ` +
              'rename one of them',
            { url, path },
          );
        }
        files.set(path, { path, rawPath, size: entry.size, modifiedAt: entry.modifiedAt });
      }
    }
  }

  return [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Drops the adapter's bookkeeping from a listing. */
export function toEntries(files: ListedFile[]): SourceEntry[] {
  return files.map(({ path, size, modifiedAt }) => ({ path, size, modifiedAt }));
}

/** A path given to `download()` must be relative to the root and stay below it. */
export function checkRelativePath(url: string, path: string): void {
  const segments = path.split('/');
  const escapes = segments.some((segment) => segment === '' || segment === '.' || segment === '..');

  if (path === '' || escapes || path.includes('\0')) {
    throw new SourceError(
      `${JSON.stringify(path)} is not a file path relative to the source's root: pass a path ` +
        'exactly as list() returned it',
      { url, path },
    );
  }
}
