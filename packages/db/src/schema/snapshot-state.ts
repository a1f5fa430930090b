/**
 * The columns every subject of a snapshot (VGA line, VoIP number, xDSL access, SIM card)
 * shares: its commercial state as last reported, and when the snapshots saw it.
 */
import { boolean, text } from 'drizzle-orm/pg-core';
import { calendarDate, extra, instant } from './columns.ts';
import { lineStatus } from './enums.ts';
import { provenance } from './provenance.ts';

export function snapshotState() {
  return {
    offer: text('offer'),
    offerLabel: text('offer_label'),
    status: lineStatus('status').notNull(),
    activationDate: calendarDate('activation_date'),
    terminationDate: calendarDate('termination_date'),
    extra: extra(),
    /** Listed in the newest snapshot of its family. */
    reported: boolean('reported').notNull().default(true),
    firstSeenAt: instant('first_seen_at').notNull(),
    lastReportedAt: instant('last_reported_at').notNull(),
    /** Extraction time of the snapshot that set the current state. */
    snapshotAt: instant('snapshot_at').notNull(),
    ...provenance(),
  };
}
