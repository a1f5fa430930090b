/**
 * A Pothos plugin that lets the exposed columns of a drizzle type resolve straight from the
 * row. Every drizzle type here loads its rows whole (no `select` option), so a column a field
 * exposes is always on the row; the drizzle plugin would still wrap each such field to look
 * up, per row and per field, whether the query loaded it, which costs more than the rest of
 * the field's resolution. Relations, connections and fields with their own `select` keep the
 * drizzle plugin's wrapper.
 */
import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';

interface ColumnSelection {
  columns?: Record<string, boolean>;
}

/** `{ columns: { name: true } }` and nothing else: what `t.expose…` declares. */
function isColumnOnly(select: unknown): boolean {
  if (typeof select !== 'object' || select === null) return false;

  const keys = Object.keys(select);
  const columns = (select as ColumnSelection).columns;

  return keys.length === 1 && keys[0] === 'columns' && Object.keys(columns ?? {}).length === 1;
}

export class FullRowPlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override onOutputFieldConfig(
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): PothosOutputFieldConfig<Types> {
    const extensions = fieldConfig.extensions as Record<string, unknown> | undefined;

    if (
      fieldConfig.kind !== 'DrizzleObject' ||
      !extensions?.pothosDrizzleVariant ||
      !isColumnOnly(extensions.pothosDrizzleSelect)
    ) {
      return fieldConfig;
    }

    const parent = this.buildCache.getTypeConfig(fieldConfig.parentType);

    if (parent.extensions?.pothosDrizzleSelect !== true) {
      return fieldConfig;
    }

    const kept = { ...extensions };
    delete kept.pothosDrizzleSelect;

    return { ...fieldConfig, extensions: kept };
  }
}

const pluginName = 'fullRow';

SchemaBuilder.registerPlugin(pluginName, FullRowPlugin);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how Pothos plugins declare themselves
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      fullRow: FullRowPlugin<Types>;
    }
  }
}

export default pluginName;
