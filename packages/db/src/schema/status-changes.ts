/**
 * The history of every snapshot subject: each change of status, each time it stopped
 * being reported and each time it came back, stamped with the snapshot that showed it.
 */
import { index, pgTable, text, unique } from 'drizzle-orm/pg-core';
import { identity, instant } from './columns.ts';
import { historyEvent, lineStatus, subjectKind } from './enums.ts';
import { fileProvenance } from './provenance.ts';

export const statusChanges = pgTable(
  'status_changes',
  {
    id: identity(),
    subject: subjectKind('subject').notNull(),
    /** E.164 number (VGA, VoIP), access reference (xDSL) or ICCID (SIM). */
    subjectKey: text('subject_key').notNull(),
    customerId: text('customer_id').notNull(),
    event: historyEvent('event').notNull(),
    previousStatus: lineStatus('previous_status'),
    status: lineStatus('status'),
    /** Extraction time of the snapshot that showed the change. */
    observedAt: instant('observed_at').notNull(),
    /** When the change took effect, when the snapshot says (SIM `StatusDate`). */
    statusAt: instant('status_at'),
    /** The snapshot file; the line is null for `dropped`, which no line shows. */
    ...fileProvenance(),
  },
  (t) => [
    // Its index also serves the history of one subject in time order (its first three columns).
    unique('status_changes_subject_event_key').on(t.subject, t.subjectKey, t.observedAt, t.event),
    index('status_changes_customer_id_idx').on(t.customerId),
  ],
);
