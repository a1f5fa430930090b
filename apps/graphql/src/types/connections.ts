/**
 * One connection type per node type (`SimConnection`), shared by every field that pages over
 * it, so that a client writes one fragment per list whatever the path that reached it.
 */
import type { InterfaceRef, ObjectRef } from '@pothos/core';
import type { ConnectionShape } from '@pothos/plugin-relay';
import { builder, type BuilderTypes } from '../builder.ts';

/** A root connection hands `totalCount` over as a function, a related one as a number. */
type TotalCount = number | (() => number | Promise<number>) | null | undefined;

/**
 * Its type does not depend on the node's, on purpose: node types and connections refer to each
 * other, and TypeScript cannot infer types that go round in a circle.
 */
export type ConnectionRef = ObjectRef<BuilderTypes, ConnectionShape<BuilderTypes, object, false>>;

export function connectionType(
  node: ObjectRef<BuilderTypes, object> | InterfaceRef<BuilderTypes, object>,
  name: string,
): ConnectionRef {
  return builder.connectionObject({
    type: node,
    name,
    fields: (t) => ({
      totalCount: t.int({
        description: 'Rows across all pages, with the filters of the field applied.',
        extensions: { pothosDrizzleTotalCount: true },
        resolve: async (connection) => {
          const count = (connection as { totalCount?: TotalCount }).totalCount;
          const value = typeof count === 'function' ? await count() : count;

          return Number(value ?? 0);
        },
      }),
    }),
  }) as ConnectionRef;
}
