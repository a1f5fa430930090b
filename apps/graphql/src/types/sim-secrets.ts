/**
 * `Sim.secrets`: the PIN and PUK codes of a card, for callers holding the `sim:secrets` scope.
 * Without it the codes are not even read (and the database would return no row: the request's
 * scope hides `sim_secrets`); the field is null with an error saying why.
 */
import { builder } from '../builder.ts';
import { hasScope } from '../access/principal.ts';
import type { GraphContext } from '../context.ts';
import { ClientError } from '../errors.ts';

export interface SimSecretsShape {
  pin1: string | null;
  puk1: string | null;
  pin2: string | null;
  puk2: string | null;
}

export const SimSecrets = builder.objectRef<SimSecretsShape>('SimSecrets').implement({
  description: 'The codes of a SIM card, as its order listed them. Never logged.',
  fields: (t) => ({
    pin1: t.exposeString('pin1', { nullable: true }),
    puk1: t.exposeString('puk1', { nullable: true }),
    pin2: t.exposeString('pin2', { nullable: true }),
    puk2: t.exposeString('puk2', { nullable: true }),
  }),
});

/** A caller asked for the codes without the scope that gives them. */
export class SecretsScopeError extends ClientError {
  constructor() {
    super(
      'PIN and PUK codes need the `sim:secrets` scope, which this credential does not hold. ' +
        'Ask for a key or token with it, or leave `secrets` out of the selection.',
      { code: 'FORBIDDEN', details: { scope: 'sim:secrets' } },
    );
    this.name = 'SecretsScopeError';
  }
}

export function canReadSecrets(context: GraphContext): boolean {
  return hasScope(context.principal, 'sim:secrets');
}

export const SECRET_COLUMNS = { pin1: true, puk1: true, pin2: true, puk2: true } as const;
