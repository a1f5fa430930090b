/**
 * Wake-ups on new high-usage alerts: one LISTEN per database on the channel the migration's
 * trigger notifies, shared by every subscription, held while at least one is open. A wake-up
 * carries nothing: each subscription then reads the alerts newer than the last it sent, so an
 * alert is never lost to a missed notification (postgres.js wakes everyone again when it
 * listens anew after a reconnection).
 */
import { HIGH_USAGE_ALERTS_CHANNEL, listen, primaryOf, type Database } from '@vnodrop/db';

export type WakeUp = () => void;

export interface AlertWakeups {
  /** Calls `wake` on every new alert until the returned function is called. */
  add(wake: WakeUp): Promise<() => Promise<void>>;
}

const byDatabase = new WeakMap<Database, AlertWakeups>();

/** The wake-ups of `db`, made on first use. Notifications are only sent by the primary. */
export function alertWakeups(db: Database): AlertWakeups {
  const primary = primaryOf(db);
  let wakeups = byDatabase.get(primary);
  if (!wakeups) {
    wakeups = createWakeups(primary);
    byDatabase.set(primary, wakeups);
  }

  return wakeups;
}

function createWakeups(db: Database): AlertWakeups {
  const listeners = new Set<WakeUp>();
  /** Starting or stopping the LISTEN, one change at a time. */
  let state: Promise<(() => Promise<void>) | null> = Promise.resolve(null);
  const wakeAll = () => listeners.forEach((wake) => wake());

  const change = (update: (stop: (() => Promise<void>) | null) => Promise<typeof stop>) => {
    state = state.catch(() => null).then(update);
    return state;
  };

  return {
    async add(wake) {
      listeners.add(wake);
      try {
        await change(
          async (stop) =>
            stop ?? (await listen(db, HIGH_USAGE_ALERTS_CHANNEL, wakeAll, { onListen: wakeAll })),
        );
      } catch (error) {
        listeners.delete(wake);
        throw error;
      }

      return async () => {
        listeners.delete(wake);
        await change(async (stop) => {
          if (stop && listeners.size === 0) {
            // A database closed meanwhile has stopped listening with it: nothing is left to stop.
            await stop().catch(() => undefined);
            return null;
          }

          return stop;
        });
      };
    },
  };
}
