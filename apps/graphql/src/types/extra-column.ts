/** Columns a file had beyond those its format names: kept with the row, never dropped. */
import { builder } from '../builder.ts';

export interface ExtraColumnShape {
  name: string;
  value: string;
}

export const ExtraColumn = builder.objectRef<ExtraColumnShape>('ExtraColumn').implement({
  description: 'A column of the file that the format does not name, with its value.',
  fields: (t) => ({
    name: t.exposeString('name', { description: 'The header, as written in the file.' }),
    value: t.exposeString('value'),
  }),
});

/** The extra columns of a row, in header order. */
export function extraColumns(extra: Record<string, string> | null | undefined) {
  return Object.entries(extra ?? {}).map(([name, value]) => ({ name, value }));
}
