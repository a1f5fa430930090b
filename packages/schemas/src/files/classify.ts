/**
 * What a path of the drop is: a CSV of a known family (with what its name says), a file stored
 * as it is (invoices, documents, branding), or nothing to take (`null`): a file still being
 * uploaded (`.part`, `.tmp`, `.filepart`), a hidden file, or anything outside the known tree.
 *
 * Paths are relative to the drop root with `/` separators; folder names compare without regard
 * to case, accents or Unicode normalisation (`Intégrateur` in NFC or NFD).
 */
import { parisWallClock } from '../cells/paris-time.ts';
import { isoDate, isRealDate } from '../cells/calendar.ts';
import { formats } from '../formats/index.ts';
import { folderKey } from '../names.ts';
import type { CsvFormat, FileFacts, StoredFileKind } from '../types.ts';

const UNFINISHED = /\.(part|tmp|filepart)$/i;
const MONTH_FOLDER = /^(\d{4})(\d{2})$/;
const INVOICE_PDF = /^(?<invoiceNumber>.+)_(?<customerId>[^_]+)\.pdf$/i;

/** `202610` gives `2026-10`; anything else `undefined`. */
function periodOf(text: string | undefined): string | undefined {
  const match = text === undefined ? null : MONTH_FOLDER.exec(text);
  const month = Number(match?.[2]);
  return match && month >= 1 && month <= 12 ? `${match[1]}-${match[2]}` : undefined;
}

function sameFolders(actual: readonly string[], expected: readonly string[]): boolean {
  return (
    actual.length === expected.length &&
    actual.every((segment, i) => folderKey(segment) === folderKey(expected[i] ?? ''))
  );
}

/** The CSV name behind a compressed one: `x.csv.gz`, `x.gz`, `x.csv.zip`, `x.zip`. */
function uncompressed(name: string): { base: string; compression?: 'gzip' | 'zip' } {
  const match = /^(.*?)(\.csv)?\.(gz|zip)$/i.exec(name);
  if (!match) {
    return { base: name };
  }
  return {
    base: `${match[1]}${match[2] ?? '.csv'}`,
    compression: match[3] === 'zip' ? 'zip' : 'gzip',
  };
}

/** `yyyyMMdd` alone is a file date; with `HHmm` it is an extraction time, Europe/Paris. */
function stampOf(date: string, time: string | undefined): Partial<FileFacts> | null {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(4, 6));
  const day = Number(date.slice(6, 8));
  if (!isRealDate(year, month, day)) {
    return null;
  }
  if (time === undefined) {
    return { fileDate: isoDate({ year, month, day }) };
  }

  const hour = Number(time.slice(0, 2));
  const minute = Number(time.slice(2, 4));
  if (hour > 23 || minute > 59) {
    return null;
  }
  return { extractedAt: parisWallClock({ year, month, day, hour, minute }).instant };
}

/** The facts a format's name groups give; `null` when a date in the name is impossible. */
function factsOfName(
  groups: Readonly<Record<string, string | undefined>>,
): Partial<FileFacts> | null {
  const { vnoCode, orderRef, tableCode, date, time, period } = groups;
  const stamp = date === undefined ? {} : stampOf(date, time);
  const month = period === undefined ? undefined : periodOf(period);
  if (stamp === null || (period !== undefined && month === undefined)) {
    return null;
  }
  return { vnoCode, orderRef, tableCode, period: month, ...stamp };
}

function classifyCsv(path: string, folders: readonly string[], name: string): FileFacts | null {
  const { base, compression } = uncompressed(name);
  for (const format of formats) {
    const expected = format.folder.split('/');
    const monthly = format.periodFolder ? periodOf(folders[folders.length - 1]) : undefined;
    const parent = format.periodFolder ? folders.slice(0, -1) : folders;
    if ((format.periodFolder && !monthly) || !sameFolders(parent, expected)) {
      continue;
    }

    const match = format.fileName.exec(base);
    if (!match) {
      continue;
    }
    const named = factsOfName(match.groups ?? {});
    if (!named) {
      return null;
    }
    return withFormat(path, format, { ...named, period: named.period ?? monthly, compression });
  }
  return null;
}

function withFormat(path: string, format: CsvFormat, facts: Partial<FileFacts>): FileFacts {
  const defined = Object.entries(facts).filter(([, value]) => value !== undefined);
  return { path, format, ...Object.fromEntries(defined) };
}

function stored(path: string, kind: StoredFileKind, facts: Partial<FileFacts> = {}): FileFacts {
  return { path, stored: kind, ...facts };
}

function classifyStored(path: string, folders: readonly string[], name: string): FileFacts | null {
  const [top] = folders;
  if (top !== undefined && folderKey(top) === folderKey('Documents')) {
    return stored(path, 'document');
  }
  if (top !== undefined && folderKey(top) === folderKey('Personnalisation')) {
    return stored(path, 'branding');
  }

  const period = periodOf(folders[2]);
  if (folders.length !== 3 || !period) {
    return null;
  }
  if (sameFolders(folders.slice(0, 2), ['Factures', 'Intégrateur'])) {
    return stored(path, 'wholesaler-invoice', { period });
  }
  const invoice = INVOICE_PDF.exec(name)?.groups;
  if (sameFolders(folders.slice(0, 2), ['Factures', 'Clients']) && invoice) {
    return stored(path, 'invoice-pdf', {
      period,
      invoiceNumber: invoice.invoiceNumber,
      customerId: invoice.customerId,
    });
  }
  return null;
}

export function classifyPath(relativePath: string): FileFacts | null {
  const segments = relativePath
    .normalize('NFC')
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.');
  const name = segments[segments.length - 1];
  if (name === undefined || segments.some((segment) => segment.startsWith('.'))) {
    return null;
  }
  if (UNFINISHED.test(name)) {
    return null;
  }

  const folders = segments.slice(0, -1);
  return classifyCsv(relativePath, folders, name) ?? classifyStored(relativePath, folders, name);
}
