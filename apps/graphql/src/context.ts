/** What every resolver is handed: the database of the request. */
import type { Database } from '@vnodrop/db';

export interface GraphContext {
  readonly db: Database;
}
