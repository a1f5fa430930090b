import { formats } from '@vnodrop/schemas';

/** What `--only` accepts: every CSV family and every kind of stored file. */
export const SELECTORS = [
  ...formats.map((format) => format.family),
  'invoice-pdf',
  'wholesaler-invoice',
  'document',
  'branding',
];
