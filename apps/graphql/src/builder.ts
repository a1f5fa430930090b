/**
 * The schema builder: Pothos with the Relay and Drizzle plugins. Tables become object types
 * (`drizzleNode`), relations become fields, and the fields a client selects are planned into
 * one SQL statement per root field. `context.db` is the request's transaction, which reads
 * with the caller's row-level security scope.
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import { relations, type Relations } from '@vnodrop/db';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { fieldComplexity } from './complexity.ts';
import type { GraphContext } from './context.ts';
import ColumnsPlugin from './columns-plugin.ts';
import PageSizePlugin from './page-size-plugin.ts';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './paging.ts';

export interface GraphTypes {
  Context: GraphContext;
  DrizzleRelations: Relations;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
  Scalars: {
    ID: { Input: string; Output: string | number };
    DateTime: { Input: Date; Output: Date };
    Date: { Input: string; Output: string };
    Decimal: { Input: string; Output: string };
    PhoneNumber: { Input: string; Output: string };
    Iccid: { Input: string; Output: string };
    SafeInt: { Input: number; Output: number };
  };
}

export const builder = new SchemaBuilder<GraphTypes>({
  plugins: [RelayPlugin, ColumnsPlugin, DrizzlePlugin, PageSizePlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
    // Declared in `queries/nodes.ts`: a node the caller may not read is null, not an error.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
  },
  drizzle: {
    client: (context) => context.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
  // Costs only: the limits depend on the caller and are checked before the request's
  // transaction opens (see `plugins/use-read-scope.ts`).
  complexity: { fieldComplexity },
});

/** The schema types as Pothos completes them, for refs declared outside a builder call. */
export type BuilderTypes = PothosSchemaTypes.ExtendDefaultTypes<GraphTypes>;

builder.queryType({
  description: 'The drop as a graph: customers, their lines, SIM cards, usage and invoices.',
});
