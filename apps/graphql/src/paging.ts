/**
 * Page sizes of every connection. A page holds `DEFAULT_PAGE_SIZE` rows unless `first` or
 * `last` asks otherwise, and never more than `MAX_PAGE_SIZE`: asking for more is an error
 * rather than a silently shorter page.
 */
import { PageSizeError } from './errors.ts';

export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 500;

interface PageArguments {
  first?: number | null;
  last?: number | null;
}

/** The largest page, after checking that the arguments do not ask for a larger one. */
export function checkedMaxSize(args: PageArguments): number {
  if (args.first != null && args.first > MAX_PAGE_SIZE) {
    throw new PageSizeError('first', args.first, MAX_PAGE_SIZE);
  }

  if (args.last != null && args.last > MAX_PAGE_SIZE) {
    throw new PageSizeError('last', args.last, MAX_PAGE_SIZE);
  }

  return MAX_PAGE_SIZE;
}

/** The size options every connection field spreads in. */
export const pageSize = {
  defaultSize: DEFAULT_PAGE_SIZE,
  maxSize: checkedMaxSize,
} as const;
