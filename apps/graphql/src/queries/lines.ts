/** `line(number)`: the VGA line, VoIP number or xDSL access with a number. */
import { builder } from '../builder.ts';
import { brandAs } from '../types/brand.ts';
import { Line } from '../types/line.ts';
import { VgaLine } from '../types/vga-line.ts';
import { VoipLine } from '../types/voip-line.ts';
import { XdslAccess } from '../types/xdsl-access.ts';

builder.queryField('line', (t) =>
  t.field({
    type: Line,
    nullable: true,
    description:
      'The line with this number, in any spelling. A VGA line comes first, then a VoIP ' +
      'number, then an xDSL access riding on the number; null when none has it.',
    args: { number: t.arg({ type: 'PhoneNumber', required: true }) },
    resolve: async (_root, args, context, info) => {
      const vga = await context.db.query.vgaLines.findFirst(
        await t.drizzleQueryFromInfo(VgaLine, {
          context,
          info,
          where: { number: args.number },
        }),
      );

      if (vga) {
        return brandAs(vga, 'VgaLine');
      }

      const voip = await context.db.query.voipNumbers.findFirst(
        await t.drizzleQueryFromInfo(VoipLine, {
          context,
          info,
          where: { number: args.number },
        }),
      );

      if (voip) {
        return brandAs(voip, 'VoipLine');
      }

      const xdsl = await context.db.query.xdslAccesses.findFirst(
        await t.drizzleQueryFromInfo(XdslAccess, {
          context,
          info,
          where: { lineNumber: args.number },
          orderBy: { reported: 'desc', accessRef: 'asc' },
        }),
      );

      return xdsl ? brandAs(xdsl, 'XdslAccess') : null;
    },
  }),
);
