import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { schemaSdl } from '../src/schema.ts';

const SCHEMA_FILE = fileURLToPath(new URL('../schema.graphql', import.meta.url));

describe('graph: schema file', () => {
  it('graph: schema.graphql is the schema the code prints', async () => {
    const checkedIn = await readFile(SCHEMA_FILE, 'utf8').catch(() => '');

    expect(
      checkedIn === schemaSdl(),
      'apps/graphql/schema.graphql is stale: run `pnpm --filter @vnodrop/graphql schema:print` ' +
        'and commit the result.',
    ).toBe(true);
  });

  it('graph: every entity is a Relay node', () => {
    const sdl = schemaSdl();
    const entities = [
      'Customer',
      'VgaLine',
      'VoipLine',
      'XdslAccess',
      'Sim',
      'SimOrder',
      'SimOrderItem',
      'MobileCdr',
      'FixedCdr',
      'BilledMobileCdr',
      'BilledFixedCdr',
      'XdslCharge',
      'TariffTable',
      'Rate',
      'Invoice',
      'WholesalerInvoice',
      'Document',
      'HighUsageAlert',
      'StatusChange',
      'SourceFile',
      'RejectedRow',
      'SyncRun',
    ];

    for (const entity of entities) {
      expect(sdl, entity).toMatch(new RegExp(`type ${entity} implements [^{]*\\bNode\\b`));
    }
  });
});
