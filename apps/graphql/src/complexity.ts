/**
 * What a field costs, for the cost limit checked before a request touches the database: one
 * per field, and a connection multiplies what is selected under it by the rows of its page
 * (`first`, `last`, or the default page size). `nodes(ids)` multiplies by the ids asked for.
 */
import { getNamedType, type GraphQLOutputType } from 'graphql';
import { DEFAULT_PAGE_SIZE } from './paging.ts';

export function fieldComplexity(
  args: Record<string, unknown>,
  _context: unknown,
  field: { type: GraphQLOutputType },
): { field: number; multiplier: number } {
  if (Array.isArray(args.ids)) {
    return { field: 1, multiplier: Math.max(1, args.ids.length) };
  }

  if (getNamedType(field.type).name.endsWith('Connection')) {
    const size = [args.first, args.last].find((value) => typeof value === 'number');

    return { field: 1, multiplier: Math.max(1, (size as number | undefined) ?? DEFAULT_PAGE_SIZE) };
  }

  return { field: 1, multiplier: 1 };
}
