/**
 * `node(id)` and `nodes(ids)`, as the Relay plugin declares them, except that an id that names
 * nothing the caller can read gives null rather than an error: an id that is not one of ours
 * (not base64, an unknown type), or one whose row the caller cannot read (another partner's
 * customer, a row since deleted), which row-level security hides from the loader.
 */
import { decodeGlobalID, resolveNodes } from '@pothos/plugin-relay';
import { isObjectType, type GraphQLResolveInfo } from 'graphql';
import { builder } from '../builder.ts';
import type { GraphContext } from '../context.ts';

const NOT_FOUND = /^Model \w+\(.*\) not found$/;

type ParsedId = { id: string; typename: string };

/** The id's type and key, when it is a global id of one of the graph's node types. */
function parseNodeId(globalId: string, info: GraphQLResolveInfo): ParsedId | null {
  let parsed: ParsedId;
  try {
    parsed = decodeGlobalID(globalId);
  } catch {
    return null;
  }
  const type = info.schema.getType(parsed.typename);
  const isNode = isObjectType(type) && type.getInterfaces().some((i) => i.name === 'Node');

  return isNode ? parsed : null;
}

async function visibleNode(
  context: GraphContext,
  info: GraphQLResolveInfo,
  globalId: string,
): Promise<unknown> {
  const id = parseNodeId(globalId, info);
  if (!id) return null;

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

builder.queryFields((t) => ({
  node: t.field({
    type: builder.nodeInterfaceRef(),
    nullable: true,
    description: 'Any entity by its global id; null when there is none the caller may read.',
    args: { id: t.arg.id({ required: true }) },
    resolve: (_root, args, context, info) => visibleNode(context, info, String(args.id)) as never,
  }),
  nodes: t.field({
    type: [builder.nodeInterfaceRef()],
    nullable: { list: false, items: true },
    description: 'Entities by their global ids, in order; null for each the caller may not read.',
    args: { ids: t.arg.idList({ required: true }) },
    resolve: (_root, args, context, info) =>
      Promise.all(args.ids.map((id) => visibleNode(context, info, String(id)))) as never,
  }),
}));
