/** Rate tables (`Tables tarifaires`), one per file of a table code, and their rates. */
import { builder } from '../builder.ts';
import { connectionType } from './connections.ts';
import { EventTypeEnum, ServiceEnum } from './enums.ts';

export const TariffTable = builder.drizzleNode('rateTables', {
  name: 'TariffTable',
  description: 'A rate table as one file delivered it.',
  id: { column: (table) => table.id },
  fields: (t) => ({
    code: t.exposeString('code'),
    fileDate: t.expose('fileDate', { type: 'Date', description: 'The date in the file name.' }),
    rates: t.relatedConnection(
      'rates',
      {
        totalCount: true,
        query: { orderBy: { sourceLine: 'asc' } },
      },
      RateConnection,
    ),
    sourceFile: t.relation('sourceFile'),
  }),
});

export const TariffTableConnection = connectionType(TariffTable, 'TariffTableConnection');

export const Rate = builder.drizzleNode('rates', {
  name: 'Rate',
  description:
    'A price of a table for a destination prefix and a period. A called number is priced by ' +
    'the longest prefix valid on the day of the call.',
  id: { column: (rate) => rate.id },
  fields: (t) => ({
    tableCode: t.exposeString('tableCode'),
    service: t.expose('service', { type: ServiceEnum }),
    eventType: t.expose('eventType', { type: EventTypeEnum }),
    prefix: t.exposeString('prefix', {
      nullable: true,
      description: 'Destination digits in international form without `+`; none for data.',
    }),
    destination: t.exposeString('destination', { nullable: true }),
    zone: t.exposeString('zone', { nullable: true }),
    price: t.expose('price', {
      type: 'Decimal',
      description: 'Per minute for voice, per unit for SMS and MMS, per megabyte for data.',
    }),
    setupFee: t.expose('setupFee', { type: 'Decimal', nullable: true }),
    incrementFirst: t.exposeInt('incrementFirst', { nullable: true }),
    incrementNext: t.exposeInt('incrementNext', { nullable: true }),
    validFrom: t.expose('validFrom', { type: 'Date' }),
    validTo: t.expose('validTo', { type: 'Date', nullable: true }),
    tariffTable: t.relation('rateTable'),
    sourceFile: t.relation('sourceFile'),
    sourceLine: t.exposeInt('sourceLine'),
  }),
});

export const RateConnection = connectionType(Rate, 'RateConnection');
