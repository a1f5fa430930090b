/**
 * `node(id)` and `nodes(ids)`, as the Relay plugin declares them, except that an id whose row
 * the caller cannot read (another partner's customer, a row since deleted) gives null rather
 * than an error: row-level security hides the row, and the loader then finds none.
 */
import { resolveNodes } from '@pothos/plugin-relay';
import type { GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.ts';
import type { GraphContext } from '../context.ts';

const NOT_FOUND = /^Model \w+\(.*\) not found$/;

type ParsedId = { id: string; typename: string };

async function visibleNode(
  context: GraphContext,
  info: GraphQLResolveInfo,
  id: ParsedId,
): Promise<unknown> {
  try {
    const [node] = await resolveNodes(builder, context, info, [id]);

    return node ?? null;
  } catch (error) {
    if (error instanceof Error && NOT_FOUND.test(error.message)) {
      return null;
    }

    throw error;
  }
}

const idArgument = { required: true, extensions: { relayGlobalIDAlwaysParse: true } } as const;

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any entity by its global id; null when there is none the caller may read.',
    args: { id: t.arg.globalID(idArgument) },
    resolve: (_root, args, context, info) =>
      visibleNode(context, info, args.id as ParsedId) as never,
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: 'Entities by their global ids, in order; null for each the caller may not read.',
    args: { ids: t.arg.globalIDList(idArgument) },
    resolve: (_root, args, context, info) =>
      Promise.all(args.ids.map((id) => visibleNode(context, info, id as ParsedId))) as never,
  }),
}));
