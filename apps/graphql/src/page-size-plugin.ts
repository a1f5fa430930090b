/**
 * A Pothos plugin that refuses a page larger than `MAX_PAGE_SIZE` on every field with `first`
 * or `last` arguments. The connections themselves would quietly return a shorter page; a
 * client that asked for more is better told so.
 */
import SchemaBuilder, {
  BasePlugin,
  type PothosOutputFieldConfig,
  type SchemaTypes,
} from '@pothos/core';
import type { GraphQLFieldResolver } from 'graphql';
import { checkPageSize } from './paging.ts';

export class PageSizePlugin<Types extends SchemaTypes> extends BasePlugin<Types> {
  override wrapResolve(
    resolver: GraphQLFieldResolver<unknown, Types['Context'], object>,
    fieldConfig: PothosOutputFieldConfig<Types>,
  ): GraphQLFieldResolver<unknown, Types['Context'], object> {
    if (!('first' in fieldConfig.args) && !('last' in fieldConfig.args)) {
      return resolver;
    }

    return (parent, args, context, info) => {
      checkPageSize(args);

      return resolver(parent, args, context, info);
    };
  }
}

const pluginName = 'pageSize';

SchemaBuilder.registerPlugin(pluginName, PageSizePlugin);

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how Pothos plugins declare themselves
  export namespace PothosSchemaTypes {
    export interface Plugins<Types extends SchemaTypes> {
      pageSize: PageSizePlugin<Types>;
    }
  }
}

export default pluginName;
