/**
 * Postgres enums. The values are the canonical spellings of the drop (FORMATS.md); the
 * `@vnodrop/schemas` package maps every accepted spelling of a file onto them.
 */
import { pgEnum } from 'drizzle-orm/pg-core';

export const LINE_STATUSES = [
  'ACTIVE',
  'SUSPENDED',
  'TERMINATED',
  'PENDING',
  'PREACTIVE',
  'BARRED',
] as const;
export const EVENT_TYPES = ['VOICE', 'SMS', 'MMS', 'DATA'] as const;
export const DIRECTIONS = ['OUT', 'IN'] as const;
export const FIXED_SERVICES = ['VGA', 'VOIP'] as const;
export const RATE_SERVICES = ['MOBILE', 'VGA', 'VOIP'] as const;
export const CHARGE_TYPES = ['RECURRING', 'ONE_OFF', 'USAGE'] as const;
export const SIM_FORMATS = ['MINI', 'MICRO', 'NANO', 'TRIPLE', 'ESIM'] as const;
export const FILE_STATUSES = ['loaded', 'rejected', 'failed', 'duplicate', 'stored'] as const;
export const RUN_STATUSES = ['running', 'succeeded', 'partial', 'failed'] as const;
export const STORED_KINDS = ['invoice-pdf', 'wholesaler-invoice', 'document', 'branding'] as const;
export const SUBJECT_KINDS = ['vga', 'voip', 'xdsl', 'sim'] as const;
export const HISTORY_EVENTS = ['status', 'dropped', 'reappeared'] as const;

export const lineStatus = pgEnum('line_status', LINE_STATUSES);
export const eventType = pgEnum('event_type', EVENT_TYPES);
export const direction = pgEnum('direction', DIRECTIONS);
export const fixedService = pgEnum('fixed_service', FIXED_SERVICES);
export const rateService = pgEnum('rate_service', RATE_SERVICES);
export const chargeType = pgEnum('charge_type', CHARGE_TYPES);
export const simFormat = pgEnum('sim_format', SIM_FORMATS);
export const fileStatus = pgEnum('file_status', FILE_STATUSES);
export const runStatus = pgEnum('run_status', RUN_STATUSES);
export const storedKind = pgEnum('stored_kind', STORED_KINDS);
export const subjectKind = pgEnum('subject_kind', SUBJECT_KINDS);
export const historyEvent = pgEnum('history_event', HISTORY_EVENTS);

export type LineStatus = (typeof LINE_STATUSES)[number];
export type EventType = (typeof EVENT_TYPES)[number];
export type Direction = (typeof DIRECTIONS)[number];
export type FixedService = (typeof FIXED_SERVICES)[number];
export type RateService = (typeof RATE_SERVICES)[number];
export type ChargeType = (typeof CHARGE_TYPES)[number];
export type SimFormat = (typeof SIM_FORMATS)[number];
export type FileStatus = (typeof FILE_STATUSES)[number];
export type RunStatus = (typeof RUN_STATUSES)[number];
export type StoredKind = (typeof STORED_KINDS)[number];
export type SubjectKind = (typeof SUBJECT_KINDS)[number];
export type HistoryEvent = (typeof HISTORY_EVENTS)[number];
