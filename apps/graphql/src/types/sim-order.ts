/** SIM orders (`Cartes SIM`) and the cards they listed. */
import { builder } from '../builder.ts';
import { connectionType } from './connections.ts';
import { SimFormatEnum } from './enums.ts';
import { ExtraColumn, extraColumns } from './extra-column.ts';
import { SimConnection } from './sim.ts';

export const SimOrder = builder.drizzleNode('simOrders', {
  name: 'SimOrder',
  description: 'An order of SIM cards, as its listing file describes it.',
  id: { column: (order) => order.orderRef },
  fields: (t) => ({
    orderRef: t.exposeString('orderRef'),
    orderDate: t.expose('orderDate', { type: 'Date' }),
    items: t.relatedConnection(
      'items',
      {
        totalCount: true,
        description: 'The cards the order listed, in file order. PIN and PUK codes are withheld.',
        query: { orderBy: { sourceLine: 'asc' } },
      },
      SimOrderItemConnection,
    ),
    sims: t.relatedConnection(
      'sims',
      {
        totalCount: true,
        description: 'The cards of the order the snapshots report.',
        query: { orderBy: { iccid: 'asc' } },
      },
      SimConnection,
    ),
    sourceFile: t.relation('sourceFile'),
    sourceLine: t.exposeInt('sourceLine'),
  }),
});

export const SimOrderItem = builder.drizzleNode('simOrderItems', {
  name: 'SimOrderItem',
  description: 'A card as its order listed it.',
  id: { column: (item) => item.id },
  fields: (t) => ({
    iccid: t.expose('iccid', { type: 'Iccid' }),
    imsi: t.exposeString('imsi', { nullable: true }),
    msisdn: t.expose('msisdn', { type: 'PhoneNumber', nullable: true }),
    format: t.expose('simFormat', { type: SimFormatEnum, nullable: true }),
    profile: t.exposeString('profile', { nullable: true }),
    extraColumns: t.field({ type: [ExtraColumn], resolve: (item) => extraColumns(item.extra) }),
    order: t.relation('order'),
    sim: t.relation('sim', {
      nullable: true,
      description: 'The card as the snapshots report it, once they do.',
    }),
    sourceFile: t.relation('sourceFile'),
    sourceLine: t.exposeInt('sourceLine'),
  }),
});

export const SimOrderItemConnection = connectionType(SimOrderItem, 'SimOrderItemConnection');
