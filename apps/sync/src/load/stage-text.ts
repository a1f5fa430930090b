import type { PgTable } from 'drizzle-orm/pg-core';
import { copyValue } from '@vnodrop/db';
import { databaseColumns } from './stage.ts';

/**
 * How staged rows travel to the database: COPY's text format on PostgreSQL, a JSON array on
 * PGlite (one bind parameter per batch).
 */
export type StageFormat = 'copy' | 'json';

/** A batch of one output's rows, written out for its stage. */
export interface StageText {
  /** Drizzle field names, in the order of each row's values. */
  readonly fields: readonly string[];
  readonly text: string;
  readonly rows: number;
}

/**
 * Collects the mapped rows of one output as text, ready for its stage. The fields are those of
 * the first row: every mapper gives the same fields for every row.
 */
export class StageTextBuilder {
  private fields: readonly string[] | undefined;
  private columns: readonly string[] = [];
  private parts: string[] = [];
  rows = 0;

  constructor(
    private readonly format: StageFormat,
    private readonly table: PgTable,
  ) {}

  add(record: Readonly<Record<string, unknown>>): void {
    this.fields ??= this.start(record);
    this.parts.push(
      this.format === 'copy' ? copyLineOf(record, this.fields) : this.jsonOf(record, this.fields),
    );
    this.rows += 1;
  }

  /** The rows added since the last call, or undefined when there are none. */
  take(): StageText | undefined {
    if (this.rows === 0 || !this.fields) return undefined;

    const joined = this.parts.join(this.format === 'copy' ? '' : ',');
    const batch = {
      fields: this.fields,
      text: this.format === 'copy' ? joined : `[${joined}]`,
      rows: this.rows,
    };
    this.parts = [];
    this.rows = 0;

    return batch;
  }

  private start(record: Readonly<Record<string, unknown>>): readonly string[] {
    const fields = Object.keys(record);
    this.columns = databaseColumns(this.table, fields);

    return fields;
  }

  /** One row as a JSON object keyed by column name, instants as ISO text. */
  private jsonOf(record: Readonly<Record<string, unknown>>, fields: readonly string[]): string {
    const row: Record<string, unknown> = {};
    for (let i = 0; i < fields.length; i += 1) {
      const value = record[fields[i]!];
      row[this.columns[i]!] = value instanceof Date ? value.toISOString() : value;
    }

    return JSON.stringify(row);
  }
}

function copyLineOf(record: Readonly<Record<string, unknown>>, fields: readonly string[]): string {
  let line = copyValue(record[fields[0]!]);
  for (let i = 1; i < fields.length; i += 1) {
    line += `\t${copyValue(record[fields[i]!])}`;
  }

  return `${line}\n`;
}
