import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { parseString } from 'fast-csv';
import iconv from 'iconv-lite';
import { generateDemoDrop, type DemoDropOptions, type DemoDropSummary } from '../../src/index.ts';

/** Reading a generated drop back, the way a consumer would, without the generator's help. */

export type Row = Record<string, string>;

export async function freshDir(label: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `demo-drop-${label}-`));
}

export async function generate(
  label: string,
  options?: DemoDropOptions,
): Promise<{ dir: string; summary: DemoDropSummary }> {
  const dir = await freshDir(label);
  return { dir, summary: await generateDemoDrop(dir, options) };
}

/** Relative path (`/`-separated) → sha256 of every file under `dir`. */
export async function hashTree(dir: string): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const hashes = new Map<string, string>();
  for (const entry of entries.filter((e) => e.isFile())) {
    const path = join(entry.parentPath, entry.name);
    const digest = createHash('sha256')
      .update(await readFile(path))
      .digest('hex');
    hashes.set(relative(dir, path).split(sep).join('/'), digest);
  }
  return hashes;
}

/** UTF-8 when the bytes are valid UTF-8 (a BOM is dropped), else Windows-1252. */
export function decode(bytes: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(bytes, 'windows-1252');
  }
}

export function parseCsv(text: string): Promise<Row[]> {
  return new Promise((resolve, reject) => {
    const rows: Row[] = [];
    parseString<Row, Row>(text, { delimiter: ';', headers: true, ignoreEmpty: true })
      .on('data', (row: Row) => rows.push(row))
      .on('error', reject)
      .on('end', () => resolve(rows));
  });
}

export async function readCsv(dir: string, file: string): Promise<Row[]> {
  return parseCsv(decode(await readFile(join(dir, file))));
}

/** Every CSV under `folder`, in name order, with its rows. */
export async function readFolder(
  dir: string,
  files: readonly string[],
  folder: string,
): Promise<{ file: string; rows: Row[] }[]> {
  const inFolder = files.filter((file) => file.startsWith(`${folder}/`) && file.endsWith('.csv'));
  return Promise.all(inFolder.map(async (file) => ({ file, rows: await readCsv(dir, file) })));
}

export async function bytesOf(dir: string, file: string): Promise<Buffer> {
  return readFile(join(dir, file));
}
