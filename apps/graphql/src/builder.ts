/**
 * The schema builder: Pothos with the Relay and Drizzle plugins. Tables become object types
 * (`drizzleNode`), relations become fields, and the fields a client selects are planned into
 * one SQL statement per root field.
 */
import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import RelayPlugin from '@pothos/plugin-relay';
import { relations, type Relations } from '@vnodrop/db';
import { getTableConfig } from 'drizzle-orm/pg-core';
import type { GraphContext } from './context.ts';
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
  };
}

export const builder = new SchemaBuilder<GraphTypes>({
  plugins: [RelayPlugin, DrizzlePlugin, PageSizePlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodesOnConnection: true,
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
  drizzle: {
    client: (context) => context.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
});

/** The schema types as Pothos completes them, for refs declared outside a builder call. */
export type BuilderTypes = PothosSchemaTypes.ExtendDefaultTypes<GraphTypes>;

builder.queryType({
  description: 'The drop as a graph: customers, their lines, SIM cards, usage and invoices.',
});
