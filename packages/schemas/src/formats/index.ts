import { SchemaError } from '../errors.ts';
import type { CsvFormat, FamilyName } from '../types.ts';
import { billedMobile, billedVga, ratedMobile, ratedVga, ratedVoip, ratedXdsl } from './cdrs.ts';
import { invoiceSummary, rateTable } from './billing.ts';
import { highUsage, simOrder } from './orders.ts';
import { accountStatus, accountVga, accountVoip, accountXdsl } from './snapshots.ts';

/** Every CSV family of the drop, in the order FORMATS.md lists them. */
export const formats: readonly CsvFormat[] = [
  accountVga,
  accountVoip,
  accountXdsl,
  accountStatus,
  ratedMobile,
  ratedVga,
  ratedVoip,
  ratedXdsl,
  billedMobile,
  billedVga,
  simOrder,
  highUsage,
  rateTable,
  invoiceSummary,
];

const byFamily = new Map(formats.map((format) => [format.family, format]));

export function formatOf(family: FamilyName): CsvFormat {
  const format = byFamily.get(family);
  if (!format) {
    throw new SchemaError(`no CSV format is declared for the family "${family}"`);
  }
  return format;
}
