import { expect, it } from 'vitest';
import { parsed, priced, readAll, sourceOf } from './helpers.ts';
import { readCsv } from '../src/index.ts';

const WINDOWS_1252 = Buffer.from(
  'Libell\xE9;Prix\r\nForfait l\x92essentiel 5\x80;9,99\r\n',
  'latin1',
);

it('encoding: Windows-1252 bytes decode with iconv (0x80-0x9F are € and typographic quotes)', async () => {
  const { file, rows } = await readAll(WINDOWS_1252, priced);

  expect(file.encoding).toBe('windows-1252');
  expect(file.headers).toEqual(['Libellé', 'Prix']);
  expect(parsed(rows)[0]?.values).toEqual({ label: 'Forfait l’essentiel 5€', price: '9.99' });
});

it('encoding: a byte-order mark means UTF-8 and is not part of the first header', async () => {
  const bytes = Buffer.concat([
    Buffer.from([0xef, 0xbb, 0xbf]),
    Buffer.from('Libellé;Prix\nFrais d’accès;1,50\n', 'utf8'),
  ]);
  const { file, rows } = await readAll(bytes, priced, { chunkSize: 2 });

  expect(file.encoding).toBe('utf-8-bom');
  expect(file.headers).toEqual(['Libellé', 'Prix']);
  expect(parsed(rows)[0]?.values.label).toBe('Frais d’accès');
});

it('encoding: valid UTF-8 without a BOM is UTF-8, even when characters straddle chunks', async () => {
  const text = 'Libellé;Prix\nÉtienne €uro œuvre ✓;2\n';
  for (const chunkSize of [1, 2, 3, 5]) {
    const { file, rows } = await readAll(text, priced, { chunkSize });

    expect(file.encoding).toBe('utf-8');
    expect(parsed(rows)[0]?.values.label).toBe('Étienne €uro œuvre ✓');
  }
});

it('encoding: one Windows-1252 byte after many UTF-8-looking chunks makes the file Windows-1252', async () => {
  const lines = Array.from({ length: 5000 }, (_, i) => `ligne ${i};1`);
  const bytes = Buffer.concat([
    Buffer.from(`Libellé;Prix\n${lines.join('\n')}\n`, 'latin1'),
    Buffer.from('Caf\xE9;2\n', 'latin1'),
  ]);
  const { file, rows } = await readAll(bytes, priced, { chunkSize: 1024 });

  expect(file.encoding).toBe('windows-1252');
  expect(file.headers[0]).toBe('Libellé');
  expect(parsed(rows).at(-1)?.values.label).toBe('Café');
});

it('encoding: plain ASCII is read as UTF-8', async () => {
  const { file } = await readAll('Libelle;Prix\nA;1\n', priced);

  expect(file.encoding).toBe('utf-8');
});

it('encoding: the source is opened twice, once to sniff and once to parse', async () => {
  const source = sourceOf(WINDOWS_1252);
  const file = await readCsv(source, priced);
  for await (const row of file.rows) {
    expect(row.ok).toBe(true);
  }

  expect(source.opened()).toBe(2);
  expect(source.allClosed()).toBe(true);
});
