import type { Random } from './random.ts';

/**
 * Phone numbers the French numbering plan accepts, and the ways the drop spells them.
 * French numbers are held in national form (`0612345678`); foreign ones in international
 * form without `+` (`32475123456`).
 */

/** The four spellings of one French number met in the drop. */
export type PhoneSpelling = 'national' | 'international' | 'plus' | 'double-zero';

export const PHONE_SPELLINGS: readonly PhoneSpelling[] = [
  'national',
  'international',
  'plus',
  'double-zero',
];

/** `0612345678` → `0612345678`, `33612345678`, `+33612345678` or `0033612345678`. */
export function spellFrench(national: string, spelling: PhoneSpelling): string {
  const significant = national.slice(1);
  switch (spelling) {
    case 'national':
      return national;
    case 'international':
      return `33${significant}`;
    case 'plus':
      return `+33${significant}`;
    case 'double-zero':
      return `0033${significant}`;
  }
}

/** A foreign number (international digits) as dialled: `0032…`, `+32…` or `32…`. */
export function spellForeign(international: string, spelling: PhoneSpelling): string {
  switch (spelling) {
    case 'national':
    case 'double-zero':
      return `00${international}`;
    case 'plus':
      return `+${international}`;
    case 'international':
      return international;
  }
}

/**
 * The international form, without `+`, that rate prefixes are matched against. A short code
 * (`3179`) has no international form and is matched as written.
 */
export function toInternational(raw: string): string {
  if (raw.startsWith('+')) return raw.slice(1);
  if (raw.startsWith('00')) return raw.slice(2);
  if (raw.startsWith('0') && raw.length === 10) return `33${raw.slice(1)}`;
  return raw;
}

/** Mobile blocks in service: 06 (but 063 9 and 069 0–4) and 073–079. */
const MOBILE_BLOCKS = [
  '60',
  '61',
  '62',
  '64',
  '65',
  '66',
  '67',
  '68',
  '73',
  '74',
  '75',
  '76',
  '77',
  '78',
];

/** What a called number can be; each kind has a line in the rate tables. */
export type DestinationKind =
  | 'fr-mobile'
  | 'fr-fixed'
  | 'fr-voip'
  | 'fr-premium'
  | 'belgium'
  | 'germany'
  | 'united-kingdom'
  | 'switzerland'
  | 'morocco-fixed'
  | 'morocco-mobile'
  | 'tunisia'
  | 'north-america'
  | 'ivory-coast';

/** Geographic area codes (the digits after the leading 0) of the demo's towns. */
export const AREA_CODES = [
  '140',
  '143',
  '240',
  '241',
  '243',
  '251',
  '297',
  '298',
  '299',
  '320',
  '472',
];

/** Hands out numbers, each at most once. */
export class NumberPool {
  private readonly used = new Set<string>();

  constructor(private readonly rng: Random) {}

  private unique(make: () => string): string {
    for (;;) {
      const number = make();
      if (!this.used.has(number)) {
        this.used.add(number);
        return number;
      }
    }
  }

  /** A French mobile number, `06…` or `07…`. */
  mobile(): string {
    return this.unique(() => `0${this.rng.pick(MOBILE_BLOCKS)}${this.rng.digits(7)}`);
  }

  /** A geographic number in the given area (`240` → `0240……`). */
  geographic(areaCode: string): string {
    return this.unique(() => `0${areaCode}${this.rng.int(1, 9)}${this.rng.digits(5)}`);
  }

  /** A non-geographic `09` number, as VoIP numbers are. */
  voip(): string {
    return this.unique(() => `09${this.rng.int(5, 8)}${this.rng.digits(7)}`);
  }
}

type Dialled = readonly ['french' | 'foreign', (rng: Random) => string];

/** How each kind of number is drawn: French ones in national form, others international. */
const DIALLED: Readonly<Record<DestinationKind, Dialled>> = {
  'fr-mobile': ['french', (rng) => `0${rng.pick(MOBILE_BLOCKS)}${rng.digits(7)}`],
  'fr-fixed': ['french', (rng) => `0${rng.pick(AREA_CODES)}${rng.int(1, 9)}${rng.digits(5)}`],
  'fr-voip': ['french', (rng) => `09${rng.int(5, 8)}${rng.digits(7)}`],
  'fr-premium': ['french', (rng) => `089${rng.int(1, 9)}${rng.digits(6)}`],
  belgium: ['foreign', (rng) => `324${rng.int(5, 9)}${rng.digits(7)}`],
  germany: ['foreign', (rng) => `49${rng.pick(['30', '17'])}${rng.digits(8)}`],
  'united-kingdom': ['foreign', (rng) => `44207${rng.digits(7)}`],
  switzerland: ['foreign', (rng) => `4179${rng.digits(7)}`],
  'morocco-fixed': ['foreign', (rng) => `212522${rng.digits(6)}`],
  'morocco-mobile': ['foreign', (rng) => `2126${rng.pick(['1', '5', '6', '7'])}${rng.digits(7)}`],
  tunisia: ['foreign', (rng) => `21671${rng.digits(6)}`],
  'north-america': ['foreign', (rng) => `1212${rng.int(2, 9)}${rng.digits(6)}`],
  'ivory-coast': ['foreign', (rng) => `22507${rng.digits(8)}`],
};

/** A called number of the given kind, spelled as a caller would dial it. */
export function calledNumber(rng: Random, kind: DestinationKind, spelling: PhoneSpelling): string {
  const [scope, draw] = DIALLED[kind];
  const digits = draw(rng);
  return scope === 'french' ? spellFrench(digits, spelling) : spellForeign(digits, spelling);
}
