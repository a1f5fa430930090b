import { createDatabase, migrate } from '@vnodrop/db';
import type { Logger } from '@vnodrop/log';
import { databaseUrl } from '../config.ts';
import { ledgerStatus, type FamilyStatus } from '../run/status.ts';
import { reportFailure } from './report-failure.ts';

/** `sync status`: one line per family, from the ledger. */
export async function statusCommand(
  options: { database?: string; json?: boolean },
  logger: Logger,
): Promise<number> {
  try {
    const database = await createDatabase(databaseUrl(options.database));

    try {
      await migrate(database);
      const families = await ledgerStatus(database.db);
      process.stdout.write(options.json ? `${JSON.stringify(families)}\n` : formatStatus(families));
    } finally {
      await database.close();
    }

    return 0;
  } catch (error) {
    return reportFailure('sync status', error, logger);
  }
}

function formatStatus(families: FamilyStatus[]): string {
  if (families.length === 0) return 'The ledger is empty: no sync has loaded anything yet.\n';

  const header = [
    'family',
    'files',
    'loaded',
    'rejected',
    'failed',
    'rows',
    'rows rejected',
    'newest file',
  ];
  const rows = families.map((f) => [
    f.family,
    String(f.files),
    String(f.loaded),
    String(f.rejected),
    String(f.failed),
    String(f.rowsLoaded),
    String(f.rowsRejected),
    f.lastExtractedAt?.toISOString() ?? '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();

  return [line(header), ...rows.map(line)].join('\n') + '\n';
}
