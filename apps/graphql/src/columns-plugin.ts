/**
 * A Pothos plugin that makes every query load the columns its document selects, and no
 * others, and lets those columns resolve straight from the row.
 *
 * - A drizzle type without a `select` option would load whole rows: it loads its primary key
 *   and what the selected fields declare instead. Each column costs PostgreSQL a conversion to
 *   JSON (timestamps to text) and Node.js a parse, for every row of every page.
 * - A field that exposes a column declares it; a relation or a field with a `select` declares
 *   what it needs. A field that reads the row in its own way declares nothing, so it gets the
 *   whole row.
 * - An exposed column reads the row directly. The drizzle plugin would wrap the field to look
 *   up, per row and per field, whether the query loaded the column, which costs more than the
 *   rest of the field's resolution; the plan always loads the columns of the fields it walks.
 *
 * Registered before the drizzle plugin, so that its resolver wraps the drizzle plugin's.
 */
import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type PothosTypeConfig,
  type SchemaTypes,
} from '@pothos/core';
import { getColumns, type Table } from 'drizzle-orm';
import type { GraphQLFieldResolver } from 'graphql';

type Extensions = Record<string, unknown>;

interface DrizzleTable {
  table: Table;
}

/** The column a `t.expose…` field declares: `{ columns: { name: true } }` and nothing else. */
function exposedColumn(extensions: Extensions): string | undefined {
  const select = extensions.pothosDrizzleSelect as { columns?: object } | undefined;
  const name = extensions.pothosExposedField;

  if (typeof name !== 'string' || !select || Object.keys(select).join() !== 'columns') {
    return undefined;
  }

  return Object.keys(select.columns ?? {}).join() === name ? name : undefined;
}

/** Every column of the table, as a drizzle selection. */
function wholeRow(table: DrizzleTable): { columns: Record<string, boolean> } {
  const columns = Object.keys(getColumns(table.table));

  return { columns: Object.fromEntries(columns.map((column) => [column, true])) };
}

export class ColumnsPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onTypeConfig(typeConfig: PothosTypeConfig): PothosTypeConfig {
    const extensions = typeConfig.extensions as Extensions | undefined;

    if (!extensions?.pothosDrizzleModel || extensions.pothosDrizzleSelect !== true) {
      return typeConfig;
    }

    return { ...typeConfig, extensions: { ...extensions, pothosDrizzleSelect: { columns: {} } } };
  }

  override onOutputFieldConfig(
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): PothosOutputFieldConfig<Types> {
    const extensions = (fieldConfig.extensions ?? {}) as Extensions;
    const options = fieldConfig.pothosOptions as { select?: unknown };

    if (
      fieldConfig.kind !== 'DrizzleObject' ||
      extensions.pothosDrizzleSelect ||
      options.select !== undefined
    ) {
      return fieldConfig;
    }

    const parent = this.buildCache.getTypeConfig(fieldConfig.parentType);
    const table = (parent.extensions as Extensions | undefined)?.pothosDrizzleTable;

    if (!table) {
      return fieldConfig;
    }

    return {
      ...fieldConfig,
      extensions: { ...extensions, pothosDrizzleSelect: wholeRow(table as DrizzleTable) },
    };
  }

  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    const column =
      fieldConfig.kind === 'DrizzleObject'
        ? exposedColumn((fieldConfig.extensions ?? {}) as Extensions)
        : undefined;

    if (column === undefined) {
      return resolver;
    }

    return (parent) => (parent as Record<string, unknown>)[column];
  }
}

const pluginName = 'columns';

SchemaBuilder.registerPlugin(pluginName, ColumnsPlugin);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how Pothos plugins declare themselves
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      columns: ColumnsPlugin<Types>;
    }
  }
}

export default pluginName;
