/** `cdrs(filter)`: rated usage records of every service in one list, newest first. */
import { resolveCursorConnection } from '@pothos/plugin-relay';
import type { fixedCdrs, mobileCdrs } from '@vnodrop/db';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.ts';
import type { GraphContext } from '../context.ts';
import { CdrFilter, type CdrFilterInput } from '../filters/cdr-filter.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../paging.ts';
import { brandAs } from '../types/brand.ts';
import { Cdr } from '../types/cdr.ts';
import { connectionType } from '../types/connections.ts';
import { FixedCdr } from '../types/fixed-cdr.ts';
import { MobileCdr } from '../types/mobile-cdr.ts';
import {
  type CdrKey,
  countCdrs,
  decodeCdrCursor,
  encodeCdrCursor,
  keysCondition,
  selectCdrKeys,
} from './cdr-page.ts';

export const CdrConnection = connectionType(Cdr, 'CdrConnection');

const NODE_PATHS = [['nodes'], ['edges', 'node']];

function keyOf(customerId: string, cdrId: string) {
  return `${customerId}\u0000${cdrId}`;
}

builder.queryField('cdrs', (t) => {
  /** The rows of the page's keys in one table, with the selection the client made. */
  async function loadRows(
    kind: CdrKey['kind'],
    keys: CdrKey[],
    context: GraphContext,
    info: GraphQLResolveInfo,
  ): Promise<Map<string, object>> {
    if (keys.length === 0) {
      return new Map();
    }

    const where = {
      RAW: (table: typeof mobileCdrs | typeof fixedCdrs) => keysCondition(table, keys),
    };
    const columns = { customerId: true, cdrId: true } as const;
    const rows =
      kind === 'mobile'
        ? await context.db.query.mobileCdrs.findMany(
            await t.drizzleQueryFromInfo(MobileCdr, {
              context,
              info,
              paths: NODE_PATHS,
              columns,
              where,
            }),
          )
        : await context.db.query.fixedCdrs.findMany(
            await t.drizzleQueryFromInfo(FixedCdr, {
              context,
              info,
              paths: NODE_PATHS,
              columns,
              where,
            }),
          );

    return new Map(
      rows.map((row) => {
        brandAs(row, kind === 'mobile' ? 'MobileCdr' : 'FixedCdr');

        return [keyOf(row.customerId, row.cdrId), row];
      }),
    );
  }

  return t.connection(
    {
      type: Cdr,
      description:
        'Rated records of every service, newest first. Mobile records are `MobileCdr`, ' +
        'VGA and VoIP calls `FixedCdr`.',
      args: { filter: t.arg({ type: CdrFilter, required: false }) },
      resolve: async (_root, args, context, info) => {
        const filter = args.filter as CdrFilterInput | null | undefined;
        const cursors = new Map<object, string>();
        const connection = await resolveCursorConnection(
          {
            args,
            defaultSize: DEFAULT_PAGE_SIZE,
            maxSize: MAX_PAGE_SIZE,
            toCursor: (node) => cursors.get(node as object)!,
          },
          async ({ after, before, limit, inverted }) => {
            const keys = await selectCdrKeys(context.db, filter, {
              after: after ? decodeCdrCursor(after, 'after') : undefined,
              before: before ? decodeCdrCursor(before, 'before') : undefined,
              limit,
              inverted,
            });
            const [mobile, fixed] = await Promise.all([
              loadRows(
                'mobile',
                keys.filter((key) => key.kind === 'mobile'),
                context,
                info,
              ),
              loadRows(
                'fixed',
                keys.filter((key) => key.kind === 'fixed'),
                context,
                info,
              ),
            ]);

            return keys.flatMap((key) => {
              const row = (key.kind === 'mobile' ? mobile : fixed).get(
                keyOf(key.customerId, key.cdrId),
              );

              if (row) {
                cursors.set(row, encodeCdrCursor(key));
              }

              return row ? [row] : [];
            });
          },
        );

        return {
          edges: (connection?.edges ?? []) as { cursor: string; node: object }[],
          pageInfo: connection!.pageInfo!,
          totalCount: () => countCdrs(context.db, filter),
        };
      },
    },
    CdrConnection,
  );
});
