/**
 * The history of lines, accesses and SIM cards: every change of status, every time one
 * stopped being reported and every time it came back.
 */
import { builder } from '../builder.ts';
import { connectionType } from './connections.ts';
import { LineStatusEnum, StatusEventEnum, StatusSubjectEnum } from './enums.ts';

export const StatusChange = builder.drizzleNode('statusChanges', {
  name: 'StatusChange',
  description: 'A change a snapshot showed, stamped with that snapshot.',
  id: { column: (change) => change.id },
  fields: (t) => ({
    subject: t.expose('subject', { type: StatusSubjectEnum }),
    subjectKey: t.exposeString('subjectKey', {
      description: 'E.164 number (VGA, VoIP), access reference (xDSL) or ICCID (SIM).',
    }),
    event: t.expose('event', { type: StatusEventEnum }),
    previousStatus: t.expose('previousStatus', { type: LineStatusEnum, nullable: true }),
    status: t.expose('status', { type: LineStatusEnum, nullable: true }),
    observedAt: t.expose('observedAt', {
      type: 'DateTime',
      description: 'Extraction time of the snapshot that showed the change.',
    }),
    statusAt: t.expose('statusAt', {
      type: 'DateTime',
      nullable: true,
      description: 'When the change took effect, when the snapshot says (SIM cards).',
    }),
    customerRef: t.exposeString('customerId'),
    customer: t.relation('customer', { nullable: true }),
    sourceFile: t.relation('sourceFile'),
    sourceLine: t.exposeInt('sourceLine', {
      nullable: true,
      description: 'None for DROPPED, which no line of the snapshot shows.',
    }),
  }),
});

export const StatusChangeConnection = connectionType(StatusChange, 'StatusChangeConnection');
