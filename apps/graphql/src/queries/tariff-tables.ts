/** `tariffTables`. */
import { rateTables } from '@vnodrop/db';
import { eq } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { TariffTable, TariffTableConnection } from '../types/tariff-table.ts';

builder.queryField('tariffTables', (t) =>
  t.drizzleConnection(
    {
      type: TariffTable,
      description: 'Rate tables by code, the newest file of a code first.',
      args: { code: t.arg.string({ required: false, description: 'Only this table code.' }) },
      totalCount: (_root, args, context) =>
        context.db.$count(rateTables, args.code ? eq(rateTables.code, args.code) : undefined),
      resolve: (query, _root, args, context) =>
        context.db.query.rateTables.findMany(
          query({
            where: args.code ? { code: args.code } : undefined,
            orderBy: { code: 'asc', fileDate: 'desc' },
          }),
        ),
    },
    TariffTableConnection,
  ),
);
