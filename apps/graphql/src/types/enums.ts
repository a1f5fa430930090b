/**
 * GraphQL enums for the database's enums. Values keep the database spelling underneath; the
 * GraphQL names are upper snake case (`invoice-pdf` is `INVOICE_PDF`).
 */
import {
  CHARGE_TYPES,
  DIRECTIONS,
  EVENT_TYPES,
  FILE_STATUSES,
  FIXED_SERVICES,
  HISTORY_EVENTS,
  LINE_STATUSES,
  RATE_SERVICES,
  RUN_STATUSES,
  SIM_FORMATS,
  STORED_KINDS,
  SUBJECT_KINDS,
} from '@vnodrop/db';
import { builder } from '../builder.ts';

function enumValues<const T extends string>(values: readonly T[]) {
  return Object.fromEntries(
    values.map((value) => [value.toUpperCase().replace(/-/g, '_'), { value }]),
  ) as Record<string, { value: T }>;
}

export const LineStatusEnum = builder.enumType('LineStatus', {
  description: 'Commercial state of a line, access or SIM card as the snapshots report it.',
  values: enumValues(LINE_STATUSES),
});

export const EventTypeEnum = builder.enumType('EventType', {
  description: 'Kind of usage a record stands for. Fixed-line records are all VOICE.',
  values: enumValues(EVENT_TYPES),
});

export const DirectionEnum = builder.enumType('Direction', {
  values: enumValues(DIRECTIONS),
});

export const FixedServiceEnum = builder.enumType('FixedService', {
  description: 'The fixed service a fixed-line record belongs to.',
  values: enumValues(FIXED_SERVICES),
});

export const ServiceEnum = builder.enumType('Service', {
  description: 'A voice and data service: mobile (SIM cards), VGA lines or VoIP numbers.',
  values: enumValues(RATE_SERVICES),
});

export const ChargeTypeEnum = builder.enumType('ChargeType', {
  values: enumValues(CHARGE_TYPES),
});

export const SimFormatEnum = builder.enumType('SimFormat', {
  values: enumValues(SIM_FORMATS),
});

export const FileStatusEnum = builder.enumType('FileStatus', {
  description: 'What the sync did with a file of the drop.',
  values: enumValues(FILE_STATUSES),
});

export const RunStatusEnum = builder.enumType('RunStatus', {
  values: enumValues(RUN_STATUSES),
});

export const DocumentKindEnum = builder.enumType('DocumentKind', {
  description: 'Why a file of the drop is kept as it is.',
  values: enumValues(STORED_KINDS),
});

export const StatusSubjectEnum = builder.enumType('StatusSubject', {
  description: 'What a status change is about.',
  values: enumValues(SUBJECT_KINDS),
});

export const StatusEventEnum = builder.enumType('StatusEvent', {
  description:
    'STATUS: the status changed; DROPPED: no longer listed by the newest snapshot; ' +
    'REAPPEARED: listed again.',
  values: enumValues(HISTORY_EVENTS),
});
