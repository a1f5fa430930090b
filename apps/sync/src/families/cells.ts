import type { CalledNumber, CellValue, Increment, ParsedRow, Phone } from '@vnodrop/schemas';

/**
 * Typed reads of a parsed row's cells. The reader has already validated each cell against
 * its column type, so these only narrow; a mismatch means a format and its mapper disagree,
 * which is a bug, and throws.
 */
export class Cells {
  constructor(private readonly row: ParsedRow) {}

  private value(key: string): CellValue {
    const value = this.row.values[key];

    return value === undefined ? null : value;
  }

  text(key: string): string | null {
    const value = this.value(key);
    if (value === null) return null;

    return typeof value === 'string' ? value : String(value);
  }

  required(key: string): string {
    const value = this.text(key);
    if (value === null) throw new Error(`mapper: required cell "${key}" is empty`);

    return value;
  }

  int(key: string): number | null {
    const value = this.value(key);

    return typeof value === 'number' ? value : null;
  }

  bool(key: string): boolean | null {
    const value = this.value(key);

    return typeof value === 'boolean' ? value : null;
  }

  instant(key: string): Date | null {
    const value = this.value(key);

    return value instanceof Date ? value : null;
  }

  phone(key: string): Phone | null {
    const value = this.value(key);

    return value !== null && typeof value === 'object' && 'e164' in value && value.e164 !== null
      ? (value as Phone)
      : null;
  }

  called(key: string): CalledNumber | null {
    const value = this.value(key);

    return value !== null && typeof value === 'object' && 'raw' in value
      ? (value as CalledNumber)
      : null;
  }

  increment(key: string): Increment | null {
    const value = this.value(key);

    return value !== null && typeof value === 'object' && 'first' in value ? value : null;
  }

  ambiguous(key: string): boolean {
    return this.row.notes.ambiguousTime.includes(key);
  }

  get extra(): Record<string, string> {
    return { ...this.row.extra };
  }
}
