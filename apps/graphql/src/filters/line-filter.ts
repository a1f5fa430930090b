/** Filters of the lists of lines, accesses and SIM cards. */
import type { LineStatus } from '@vnodrop/db';
import { builder } from '../builder.ts';
import { LineStatusEnum } from '../types/enums.ts';

export interface LineFilterInput {
  status?: LineStatus[] | null;
  reported?: boolean | null;
}

export const LineFilter = builder.inputType('LineFilter', {
  description: 'Narrows a list of lines, accesses or SIM cards.',
  fields: (t) => ({
    status: t.field({
      type: [LineStatusEnum],
      required: false,
      description: 'Only these statuses.',
    }),
    reported: t.boolean({
      required: false,
      description: 'True: only those the newest snapshot lists; false: only those it dropped.',
    }),
  }),
});

/** The relational-query `where` for a filter; undefined when it filters nothing. */
export function lineWhere(filter: LineFilterInput | null | undefined) {
  const where: { status?: { in: LineStatus[] }; reported?: boolean } = {};

  if (filter?.status?.length) {
    where.status = { in: filter.status };
  }

  if (filter?.reported != null) {
    where.reported = filter.reported;
  }

  return Object.keys(where).length > 0 ? where : undefined;
}
