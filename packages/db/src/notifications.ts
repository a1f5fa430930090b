/**
 * PostgreSQL notifications (LISTEN/NOTIFY) on either driver. postgres.js listens on a
 * connection of its own and listens again after it reconnects; PGlite hears what is notified
 * in its own database, which only this process opens.
 */
import type { Database } from './client.ts';
import { DatabaseError } from './errors.ts';

/** Where the migration `…_high_usage_alert_notify` announces new high-usage alerts. */
export const HIGH_USAGE_ALERTS_CHANNEL = 'vnodrop_high_usage_alerts';

/** Stops listening; the connection that listened is freed. */
export type StopListening = () => Promise<void>;

export interface ListenOptions {
  /**
   * Called each time the listening starts: once at first, and again after postgres.js
   * reconnected, when notifications sent in between were lost. Read what changed then.
   */
  onListen?: () => void;
}

type PostgresJsClient = ((...args: never[]) => unknown) & {
  listen(
    channel: string,
    onNotify: (payload: string) => void,
    onListen?: () => void,
  ): Promise<{ unlisten(): Promise<void> }>;
};

type PgliteClient = {
  listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>>;
};

/** Calls `onNotify` with the payload of every notification on `channel`, until stopped. */
export async function listen(
  db: Database,
  channel: string,
  onNotify: (payload: string) => void,
  options: ListenOptions = {},
): Promise<StopListening> {
  const client = (db as { $client?: unknown }).$client;

  if (typeof client === 'function' && 'listen' in client) {
    const request = await (client as PostgresJsClient).listen(channel, onNotify, options.onListen);

    return () => request.unlisten();
  }

  if (client && typeof client === 'object' && 'listen' in client) {
    const unlisten = await (client as PgliteClient).listen(channel, onNotify);
    options.onListen?.();

    return () => unlisten();
  }

  throw new DatabaseError(
    `Cannot listen on "${channel}": the database is neither postgres.js nor PGlite. Open it ` +
      'with createDatabase().',
  );
}
