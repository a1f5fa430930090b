import type { FamilyName } from '@vnodrop/schemas';
import { billedMobile, billedVga, ratedMobile, ratedVga, ratedVoip, ratedXdsl } from './cdrs.ts';
import { accountStatus, accountVga, accountVoip, accountXdsl } from './inventories.ts';
import type { FamilyLoader } from './loader.ts';
import { simOrder } from './orders.ts';
import { highUsage, invoiceSummary, rateTable } from './others.ts';

/** How each CSV family of the drop loads. */
export const loaders: Readonly<Record<FamilyName, FamilyLoader>> = {
  'account-vga': accountVga,
  'account-voip': accountVoip,
  'account-xdsl': accountXdsl,
  'account-status': accountStatus,
  'rated-mobile': ratedMobile,
  'rated-vga': ratedVga,
  'rated-voip': ratedVoip,
  'rated-xdsl': ratedXdsl,
  'billed-mobile': billedMobile,
  'billed-vga': billedVga,
  'sim-order': simOrder,
  'high-usage': highUsage,
  'rate-table': rateTable,
  'invoice-summary': invoiceSummary,
};

export type { FamilyLoader, MapContext, MergeResult } from './loader.ts';
export { storeFile } from './stored-files.ts';
