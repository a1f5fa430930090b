/**
 * Page sizes of every connection: `DEFAULT_PAGE_SIZE` rows unless `first` or `last` asks
 * otherwise, never more than `MAX_PAGE_SIZE`; asking for more is an error (see
 * `page-size-plugin.ts`) rather than a silently shorter page.
 */
import { PageSizeError } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

interface PageArguments {
  first?: unknown;
  last?: unknown;
}

/** Throws a `PageSizeError` when `first` or `last` asks for more than a page may hold. */
export function checkPageSize(args: PageArguments): void {
  for (const argument of ['first', 'last'] as const) {
    const requested = args[argument];

    if (typeof requested === 'number' && requested > MAX_PAGE_SIZE) {
      throw new PageSizeError(argument, requested, MAX_PAGE_SIZE);
    }
  }
}
