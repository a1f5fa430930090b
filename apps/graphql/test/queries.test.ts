import { BACKENDS, createTestDatabase, type TestDatabase } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataOf, graphClient } from './graph.ts';
import { iccid, msisdn, seedCustomers, vgaNumber, voipNumber } from './seed.ts';

type Query = ReturnType<typeof graphClient>;
type Row = Record<string, unknown>;
type Nodes<T = Row> = { totalCount: number; nodes: T[] };

for (const kind of BACKENDS) {
  describe(`graph (${kind})`, () => {
    let database: TestDatabase;
    let query: Query;

    beforeAll(async () => {
      database = await createTestDatabase(kind);
      await seedCustomers(database.handle.db, { customers: 2 });
      query = graphClient(database.handle.db);
    });

    afterAll(() => database?.drop());

    it('graph: a customer page comes in one request', async () => {
      const { customer } = dataOf(
        await query<{ customer: Row }>(`{
          customer(ref: "C000001") {
            ref name
            vgaLines { totalCount nodes { number numberRaw status city extraColumns { name value } } }
            voipLines { nodes { number sipAccount } }
            xdslAccesses { nodes { accessRef number technology } }
            sims { totalCount nodes { iccid msisdn activationDate order { orderRef } } }
            mobileCdrs(first: 2) { totalCount nodes { cdrId startedAt amount unitPrice } }
            fixedCdrs { totalCount }
            invoices { nodes { invoiceNumber amountExclTax invoiceDate pdf { name contentBase64 } } }
            alerts { nodes { volumeMb level sim { iccid } } }
            xdslCharges { nodes { amount access { accessRef } } }
            statusHistory { nodes { subject subjectKey previousStatus status } }
          }
        }`),
      );

      expect(customer).toMatchObject({
        ref: 'C000001',
        name: 'Client 1',
        vgaLines: {
          totalCount: 2,
          nodes: [
            {
              number: vgaNumber(1, 1),
              numberRaw: '0146270011',
              status: 'ACTIVE',
              city: 'Lyon',
              extraColumns: [{ name: 'Commentaire', value: 'ligne 1' }],
            },
            { number: vgaNumber(1, 2) },
          ],
        },
        voipLines: { nodes: [{ number: voipNumber(1), sipAccount: 'sip-1' }] },
        xdslAccesses: {
          nodes: [{ accessRef: 'XD0000000001', number: vgaNumber(1, 1), technology: 'VDSL2' }],
        },
        sims: {
          totalCount: 2,
          nodes: [
            { iccid: iccid(1, 2), msisdn: msisdn(1, 2), activationDate: '2026-02-10' },
            { iccid: iccid(1, 1), order: { orderRef: 'CMD-SEED' } },
          ],
        },
        mobileCdrs: {
          totalCount: 6,
          nodes: [
            { cdrId: 'M000122', startedAt: '2026-10-24T09:22:00.000Z', amount: '0.0452' },
            { cdrId: 'M000121', unitPrice: '0.0450' },
          ],
        },
        fixedCdrs: { totalCount: 5 },
        invoices: {
          nodes: [
            {
              invoiceNumber: 'FAC-202610-0001',
              amountExclTax: '1234.50',
              invoiceDate: '2026-10-31',
              pdf: {
                name: 'FAC-202610-0001_C000001.pdf',
                contentBase64: Buffer.from('%PDF-1.4').toString('base64'),
              },
            },
          ],
        },
        alerts: { nodes: [{ volumeMb: '5120.000', level: 102, sim: { iccid: iccid(1, 1) } }] },
        xdslCharges: { nodes: [{ amount: '29.9000', access: { accessRef: 'XD0000000001' } }] },
        statusHistory: {
          nodes: [
            {
              subject: 'VGA',
              subjectKey: vgaNumber(1, 1),
              previousStatus: 'ACTIVE',
              status: 'SUSPENDED',
            },
          ],
        },
      });
    });

    it('graph: an unknown customer is null', async () => {
      expect(dataOf(await query(`{ customer(ref: "C999999") { ref } }`))).toEqual({
        customer: null,
      });
    });

    it('graph: line(number) finds VGA, VoIP and xDSL lines in any spelling', async () => {
      const document = `query Line($number: PhoneNumber!) {
        line(number: $number) {
          __typename number status customer { ref }
          statusHistory { totalCount }
          ... on VgaLine { cdrs { totalCount } }
          ... on VoipLine { sipAccount }
        }
      }`;

      for (const spelling of ['0146270011', '33146270011', '+33 1 46 27 00 11', '0033146270011']) {
        const { line } = dataOf(await query<{ line: Row }>(document, { number: spelling }));

        expect(line, spelling).toEqual({
          __typename: 'VgaLine',
          number: vgaNumber(1, 1),
          status: 'ACTIVE',
          customer: { ref: 'C000001' },
          statusHistory: { totalCount: 1 },
          cdrs: { totalCount: 2 },
        });
      }

      const voip = dataOf(await query<{ line: Row }>(document, { number: '0972100002' }));
      expect(voip.line).toMatchObject({ __typename: 'VoipLine', sipAccount: 'sip-2' });

      const none = dataOf(await query<{ line: Row }>(document, { number: '0146279999' }));
      expect(none.line).toBeNull();
    });

    it('graph: sim finds a card by ICCID or by number', async () => {
      const document = `query Sim($iccid: Iccid, $msisdn: PhoneNumber) {
        sim(iccid: $iccid, msisdn: $msisdn) {
          iccid msisdn customer { ref } cdrs { totalCount nodes { eventType } }
        }
      }`;

      const byIccid = dataOf(await query<{ sim: Row }>(document, { iccid: iccid(2, 1) }));
      const byNumber = dataOf(
        await query<{ sim: Row }>(document, { msisdn: msisdn(2, 1).replace('+33', '0') }),
      );

      expect(byIccid.sim).toMatchObject({
        iccid: iccid(2, 1),
        msisdn: msisdn(2, 1),
        customer: { ref: 'C000002' },
        cdrs: { totalCount: 3, nodes: [{ eventType: 'DATA' }, {}, {}] },
      });
      expect(byNumber).toEqual(byIccid);

      const neither = await query(document, {});
      expect(neither.errors?.[0]?.message).toMatch(/Give `iccid` or `msisdn`/);
    });

    it('graph: a record links to its billed record, card, line, customer and file', async () => {
      const { sim } = dataOf(
        await query<{ sim: { cdrs: Nodes } }>(`{
          sim(iccid: "${iccid(1, 1)}") {
            cdrs(filter: { billed: true }) {
              totalCount
              nodes {
                cdrId sourceLine sourceFile { path status syncRun { status } }
                customer { ref }
                ... on MobileCdr {
                  sim { iccid }
                  billed {
                    cdrId billingPeriod amount
                    invoice { invoiceNumber customer { ref } }
                    rated { cdrId }
                  }
                }
              }
            }
          }
        }`),
      );

      expect(sim.cdrs).toEqual({
        totalCount: 1,
        nodes: [
          {
            cdrId: 'M000110',
            sourceLine: 2,
            sourceFile: {
              path: 'Account_VGA/Account_VGA_VNO042_seed_2.csv',
              status: 'LOADED',
              syncRun: { status: 'SUCCEEDED' },
            },
            customer: { ref: 'C000001' },
            sim: { iccid: iccid(1, 1) },
            billed: {
              cdrId: 'M000110',
              billingPeriod: '2026-10',
              amount: '0.0450',
              invoice: { invoiceNumber: 'FAC-202610-0001', customer: { ref: 'C000001' } },
              rated: { cdrId: 'M000110' },
            },
          },
        ],
      });

      const { line } = dataOf(
        await query<{ line: { cdrs: Nodes } }>(`{
          line(number: "${voipNumber(2)}") {
            ... on VoipLine { cdrs { nodes { calledNumber calledNumberRaw line { __typename number } } } }
          }
        }`),
      );
      expect(line.cdrs.nodes).toEqual([
        {
          calledNumber: null,
          calledNumberRaw: '3179',
          line: { __typename: 'VoipLine', number: voipNumber(2) },
        },
      ]);
    });

    it('graph: node refetches any entity by its global id', async () => {
      const { customer } = dataOf(
        await query<{ customer: Row & { mobileCdrs: Nodes; invoices: Nodes; vgaLines: Nodes } }>(`{
          customer(ref: "C000002") {
            id
            vgaLines(first: 1) { nodes { id } }
            mobileCdrs(first: 1) { nodes { id cdrId } }
            invoices { nodes { id } }
          }
        }`),
      );
      const ids = [
        customer.id,
        customer.vgaLines.nodes[0]!.id,
        customer.mobileCdrs.nodes[0]!.id,
        customer.invoices.nodes[0]!.id,
      ];

      const { nodes } = dataOf(
        await query<{ nodes: Row[] }>(
          `query Nodes($ids: [ID!]!) {
            nodes(ids: $ids) {
              __typename id
              ... on Customer { ref }
              ... on VgaLine { number }
              ... on MobileCdr { cdrId customer { ref } }
              ... on Invoice { invoiceNumber }
            }
          }`,
          { ids },
        ),
      );

      expect(nodes).toEqual([
        { __typename: 'Customer', id: ids[0], ref: 'C000002' },
        { __typename: 'VgaLine', id: ids[1], number: vgaNumber(2, 1) },
        {
          __typename: 'MobileCdr',
          id: ids[2],
          cdrId: customer.mobileCdrs.nodes[0]!.cdrId,
          customer: { ref: 'C000002' },
        },
        { __typename: 'Invoice', id: ids[3], invoiceNumber: 'FAC-202610-0002' },
      ]);
    });

    it('graph: cdrs filters by period, service, event type, customer, number and billing', async () => {
      const count = async (filter: Row) =>
        dataOf(
          await query<{ cdrs: { totalCount: number; nodes: Row[] } }>(
            `query Cdrs($filter: CdrFilter) { cdrs(filter: $filter, first: 500) { totalCount nodes { cdrId } } }`,
            { filter },
          ),
        ).cdrs;

      const all = await count({});
      expect(all.totalCount).toBe(22);
      expect(all.nodes).toHaveLength(22);
      expect((await count({ service: ['MOBILE'] })).totalCount).toBe(12);
      expect((await count({ service: ['VGA'] })).totalCount).toBe(8);
      expect((await count({ service: ['VOIP'] })).totalCount).toBe(2);
      expect((await count({ eventType: ['DATA'] })).totalCount).toBe(4);
      expect((await count({ eventType: ['VOICE'] })).totalCount).toBe(18);
      expect((await count({ customer: 'C000002' })).totalCount).toBe(11);
      expect((await count({ number: '0612300101' })).totalCount).toBe(3);
      expect((await count({ billed: true })).nodes).toEqual([
        { cdrId: 'M000210' },
        { cdrId: 'M000110' },
      ]);
      expect((await count({ billed: false })).totalCount).toBe(20);
      expect(
        (await count({ from: '2026-10-24T10:00:00+01:00', to: '2026-10-24T09:40:00Z' })).nodes,
        'newest first; at the same instant mobile before fixed',
      ).toEqual(
        ['M000122', 'M000121', 'V000121', 'M000120', 'V000120']
          .concat(['M000112', 'M000111', 'V000111', 'M000110', 'V000110'])
          .map((cdrId) => ({ cdrId })),
      );
    });
  });
}
