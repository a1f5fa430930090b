import type { FamilyName, FileFacts, StoredFileKind } from '@vnodrop/schemas';

/** A file of the listing, with what its path says. */
export interface ListedFile {
  readonly path: string;
  readonly size: number;
  readonly modifiedAt: Date;
  readonly facts: FileFacts;
}

/** What the ledger knows of a path. */
export interface LedgerEntry {
  readonly id: number;
  readonly path: string;
  readonly size: number;
  readonly modifiedAt: Date | null;
  readonly sha256: string | null;
  readonly status: 'loaded' | 'rejected' | 'failed' | 'duplicate' | 'stored';
}

export type Selector = FamilyName | StoredFileKind;

/** Statuses after which a file with the same size and time is not read again. */
const SETTLED = new Set<LedgerEntry['status']>(['loaded', 'rejected', 'duplicate', 'stored']);

/**
 * The order files load in: what others refer to comes first (rate tables, inventories, SIM
 * orders), then usage, then invoices; within a family, by extraction time then path, so the
 * newest snapshot is also the last one applied.
 */
const RANK: Record<Selector, number> = {
  'rate-table': 0,
  'account-vga': 1,
  'account-voip': 1,
  'account-xdsl': 1,
  'account-status': 1,
  'sim-order': 2,
  'rated-mobile': 3,
  'rated-vga': 3,
  'rated-voip': 3,
  'rated-xdsl': 3,
  'billed-mobile': 4,
  'billed-vga': 4,
  'high-usage': 5,
  'invoice-pdf': 6,
  'wholesaler-invoice': 6,
  document: 6,
  branding: 6,
  'invoice-summary': 7,
};

export function selectorOf(facts: FileFacts): Selector | undefined {
  return facts.format?.family ?? facts.stored;
}

export interface Plan {
  /** Files to read, in load order. */
  readonly toLoad: ListedFile[];
  /** Files the ledger already holds unchanged. */
  readonly unchanged: ListedFile[];
  /** Files left out by `--only`. */
  readonly filteredOut: number;
}

export function planFiles(
  files: readonly ListedFile[],
  ledger: ReadonlyMap<string, LedgerEntry>,
  only?: ReadonlySet<Selector>,
): Plan {
  const toLoad: ListedFile[] = [];
  const unchanged: ListedFile[] = [];
  let filteredOut = 0;

  for (const file of files) {
    const selector = selectorOf(file.facts);
    if (!selector) continue;
    if (only && only.size > 0 && !only.has(selector)) {
      filteredOut += 1;
      continue;
    }

    if (isUnchanged(file, ledger.get(file.path))) unchanged.push(file);
    else toLoad.push(file);
  }

  toLoad.sort(compareLoadOrder);

  return { toLoad, unchanged, filteredOut };
}

function isUnchanged(file: ListedFile, entry: LedgerEntry | undefined): boolean {
  if (!entry || !SETTLED.has(entry.status)) return false;
  if (entry.size !== file.size) return false;

  return entry.modifiedAt === null || entry.modifiedAt.getTime() === file.modifiedAt.getTime();
}

function compareLoadOrder(a: ListedFile, b: ListedFile): number {
  const rank = RANK[selectorOf(a.facts)!] - RANK[selectorOf(b.facts)!];
  if (rank !== 0) return rank;

  const time = timeOf(a.facts) - timeOf(b.facts);
  if (time !== 0) return time;

  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

function timeOf(facts: FileFacts): number {
  if (facts.extractedAt) return facts.extractedAt.getTime();

  const day = facts.fileDate ?? (facts.period ? `${facts.period}-01` : undefined);
  return day ? Date.parse(`${day}T00:00:00Z`) : 0;
}
