/**
 * What every resolver is handed: the request's database transaction, already limited to what
 * the caller may read (row-level security, see `withReadScope`), and the caller itself.
 */
import type { Database } from '@vnodrop/db';
import type { Principal } from './access/principal.ts';

export interface GraphContext {
  readonly db: Database;
  readonly principal: Principal;
}
