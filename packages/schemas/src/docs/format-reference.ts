import { formats } from '../formats/index.ts';
import type { ColumnSpec, CsvFormat } from '../types.ts';

/**
 * The reference of the drop's CSV families, as Markdown, written from the declarations
 * themselves so that it cannot drift from what the reader accepts.
 */
export function formatReference(list: readonly CsvFormat[] = formats): string {
  const sections = list.map(formatSection);

  return [
    '# CSV families of the drop',
    '',
    'Generated from `packages/schemas/src/formats` by `pnpm --filter @vnodrop/schemas docs`;',
    'do not edit by hand. `*` marks a required column. Headers match without regard to',
    'case, accents, spaces, underscores and punctuation; aliases are other accepted spellings.',
    '',
    '| family | folder | file name | key |',
    '|---|---|---|---|',
    ...list.map(
      (f) =>
        `| [${f.family}](#${f.family}) | \`${f.folder}${f.periodFolder ? '/<YYYYMM>' : ''}\` | ` +
        `\`${cleanPattern(f.fileName)}\` | ${f.key.map((k) => `\`${k}\``).join(', ')} |`,
    ),
    '',
    ...sections,
  ].join('\n');
}

function formatSection(format: CsvFormat): string {
  return [
    `## ${format.family}`,
    '',
    `${format.title}. Kind: ${format.kind}.`,
    '',
    '| column | key | type | aliases |',
    '|---|---|---|---|',
    ...format.columns.map(columnRow),
    '',
  ].join('\n');
}

function columnRow(column: ColumnSpec): string {
  const name = `${column.header}${column.required ? '*' : ''}`;
  const type = describeType(column);
  const aliases = (column.aliases ?? []).join(', ');

  return `| ${escape(name)} | \`${column.key}\` | ${escape(type)} | ${escape(aliases)} |`;
}

function describeType(column: ColumnSpec): string {
  if (column.type === 'enum' && column.values) {
    return `enum: ${Object.keys(column.values).join(', ')}`;
  }
  if (column.type === 'decimal' && column.precision) {
    return `decimal(${column.precision}, ${column.scale ?? 0})`;
  }
  if (column.type === 'digits' && column.lengths) {
    return `digits (${column.lengths.join(' or ')})${column.secret ? ', secret' : ''}`;
  }

  return column.type;
}

function cleanPattern(pattern: RegExp): string {
  return pattern.source
    .replace(/^\^|\$$/g, '')
    .replace(/\(\?<(\w+)>[^)]*\)/g, '<$1>')
    .replace(/\\\./g, '.')
    .replace(/\|/g, '\\|');
}

function escape(text: string): string {
  return text.replace(/\|/g, '\\|');
}
