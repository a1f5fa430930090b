import { parseArgs } from 'node:util';
import { generateDemoDrop } from './demo-drop.ts';
import { DemoDropError } from './errors.ts';
import { generateMobileCdrFiles } from './mobile-cdr-files.ts';

/**
 * tsx src/cli.ts <dir> [--seed N] [--customers N] [--days N] [--start yyyy-MM-dd]
 * tsx src/cli.ts cdrs <dir> --rows N --files N [--seed N] [--customers N] [--month yyyy-MM]
 */

const USAGE = [
  'usage: tsx src/cli.ts <dir> [--seed N] [--customers N] [--days N] [--start yyyy-MM-dd]',
  '       tsx src/cli.ts cdrs <dir> --rows N --files N [--seed N] [--customers N] [--month yyyy-MM]',
].join('\n');

const OPTIONS = {
  seed: { type: 'string' },
  customers: { type: 'string' },
  days: { type: 'string' },
  start: { type: 'string' },
  rows: { type: 'string' },
  files: { type: 'string' },
  month: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

class UsageError extends DemoDropError {}

function number(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text)) throw new UsageError(`--${name} must be a whole number, not "${text}".`);
  return Number(text);
}

async function main(argv: readonly string[]): Promise<string> {
  const { values, positionals } = parseArgs({
    args: [...argv],
    options: OPTIONS,
    allowPositionals: true,
  });
  if (values.help) return USAGE;

  const [first, second] = positionals;
  if (first === 'cdrs') {
    const rows = number('rows', values.rows);
    const files = number('files', values.files);
    if (!second || rows === undefined || files === undefined) throw new UsageError(USAGE);

    const began = performance.now();
    const result = await generateMobileCdrFiles(second, {
      rows,
      files,
      seed: number('seed', values.seed),
      customers: number('customers', values.customers),
      ...(values.month === undefined ? {} : { month: values.month }),
    });
    const seconds = ((performance.now() - began) / 1000).toFixed(1);
    return `${result.rows} rows, ${result.files.length} files, ${result.bytes} bytes in ${seconds} s`;
  }

  if (!first) throw new UsageError(USAGE);
  const summary = await generateDemoDrop(first, {
    seed: number('seed', values.seed),
    customers: number('customers', values.customers),
    days: number('days', values.days),
    ...(values.start === undefined ? {} : { start: values.start }),
  });
  const { files, ...counts } = summary;
  return JSON.stringify({ files: files.length, ...counts }, null, 2);
}

main(process.argv.slice(2)).then(
  (report) => process.stdout.write(`${report}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
