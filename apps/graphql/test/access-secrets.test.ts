import { simSecrets } from '@vnodrop/db';
import { BACKENDS, loadFixtureDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  accessWith,
  bearer,
  byHash,
  graphServer,
  keyFor,
  one,
  partnerKey,
  persist,
  token,
  type Send,
} from './access-kit.ts';
import { captureLogger } from './capture-logger.ts';

interface SimPage {
  customers: {
    nodes: {
      ref: string;
      sims: { nodes: { iccid: string; secrets: Record<string, string | null> | null }[] };
    }[];
  };
}

const SECRETS = `query Secrets {
  customers(first: 500) {
    nodes { ref sims(first: 500) { nodes { iccid secrets { pin1 puk1 pin2 puk2 } } } }
  }
}`;

const secretsOf = (page: SimPage) =>
  page.customers.nodes.flatMap((customer) => customer.sims.nodes.map((sim) => sim.secrets));

for (const kind of BACKENDS) {
  describe(`access (${kind})`, () => {
    let database: TestDatabase;
    let send: Send;
    let lines: string[];
    let puks: string[];

    beforeAll(async () => {
      database = await loadFixtureDatabase(kind);
      const capture = captureLogger('trace');
      lines = capture.lines;
      send = graphServer(database.handle.db, accessWith(), capture.logger);

      const rows = await database.handle.db.select().from(simSecrets);
      puks = rows.flatMap((row) => [row.puk1, row.puk2]).filter((puk): puk is string => !!puk);
    });

    afterAll(() => database?.drop());

    it('access: PIN and PUK codes need the sim:secrets scope; without it the field is null, with why', async () => {
      const plain = await keyFor(database.handle.db, { role: 'frontend' });
      const result = one((await send<SimPage>({ headers: plain, body: { query: SECRETS } })).json);

      expect(puks.length).toBeGreaterThan(0);
      expect(new Set(secretsOf(result.data!))).toEqual(new Set([null]));
      expect(result.errors?.[0]).toMatchObject({
        message: expect.stringMatching(/need the `sim:secrets` scope/),
        extensions: { code: 'FORBIDDEN', scope: 'sim:secrets' },
        path: ['customers', 'nodes', 0, 'sims', 'nodes', 0, 'secrets'],
      });
    });

    it('access: with the scope the codes come back, for the callers customers only', async () => {
      const holder = bearer(await token({ role: 'admin', scopes: ['sim:secrets'], sub: 'ops' }));
      const all = one((await send<SimPage>({ headers: holder, body: { query: SECRETS } })).json);
      const returned = secretsOf(all.data!).flatMap((codes) => [codes?.puk1, codes?.puk2]);

      expect(all.errors, JSON.stringify(all.errors)).toBeUndefined();
      expect(new Set(returned.filter(Boolean))).toEqual(new Set(puks));

      const [first] = all.data!.customers.nodes.filter((customer) =>
        customer.sims.nodes.some((sim) => sim.secrets),
      );
      const db = database.handle.db;
      await partnerKey(db, 'north', [first!.ref]);
      const partner = await keyFor(db, {
        role: 'partner',
        partner: 'north',
        scopes: ['sim:secrets'],
      });
      const hash = await persist(
        db,
        SECRETS.replace('first: 500', 'first: 10').replace('first: 500', 'first: 100'),
      );
      const own = one((await send<SimPage>({ headers: partner, body: byHash(hash) })).json);

      expect(own.data!.customers.nodes.map((customer) => customer.ref)).toEqual([first!.ref]);
      expect(secretsOf(own.data!)).toEqual(first!.sims.nodes.map((sim) => sim.secrets));
    });

    it('access: no PUK of the fixture appears in any log line, at trace level', () => {
      const log = lines.join('');

      expect(lines.length).toBeGreaterThan(0);
      expect(log).toMatch(/"msg":"operation"/);
      for (const puk of puks) {
        expect(log.includes(puk), `PUK ${puk.slice(0, 2)}… in the log`).toBe(false);
      }
    });
  });
}
