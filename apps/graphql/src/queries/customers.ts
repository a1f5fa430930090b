/** `customers` and `customer(ref)`. */
import { customers } from '@vnodrop/db';
import { ilike, or, type SQL } from 'drizzle-orm';
import { builder } from '../builder.ts';
import { Customer, CustomerConnection } from '../types/customer.ts';

/** Customers whose reference or name contains `search`, ignoring case. */
function searchCondition(table: typeof customers, search: string | null | undefined) {
  if (!search?.trim()) {
    return undefined;
  }

  const pattern = `%${search.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

  return or(ilike(table.id, pattern), ilike(table.name, pattern)) as SQL;
}

builder.queryFields((t) => ({
  customers: t.drizzleConnection(
    {
      type: Customer,
      description: 'Every customer, by reference.',
      args: {
        search: t.arg.string({
          required: false,
          description: 'Only customers whose reference or name contains this text.',
        }),
      },
      totalCount: (_root, args, context) =>
        context.db.$count(customers, searchCondition(customers, args.search)),
      resolve: (query, _root, args, context) => {
        const condition = searchCondition(customers, args.search);

        return context.db.query.customers.findMany(
          query({
            where: condition ? { RAW: (table) => searchCondition(table, args.search)! } : undefined,
            orderBy: { id: 'asc' },
          }),
        );
      },
    },
    CustomerConnection,
  ),
  customer: t.drizzleField({
    type: Customer,
    nullable: true,
    description: 'A customer by its reference (`C000001`); null when the drop never named it.',
    args: { ref: t.arg.string({ required: true }) },
    resolve: (query, _root, args, context) =>
      context.db.query.customers.findFirst(query({ where: { id: args.ref.trim() } })),
  }),
}));
