import type { Random } from '../random.ts';
import type { Customer } from './types.ts';

/**
 * The integrator's business customers: French names and addresses with accents, `œ`, the
 * typographic apostrophe, a name with double quotes and an address holding `;` and a line
 * break, as customer files carry them.
 */

interface Town {
  readonly city: string;
  readonly zipCode: string;
  readonly areaCode: string;
}

const TOWNS: readonly Town[] = [
  { city: 'Nantes', zipCode: '44000', areaCode: '240' },
  { city: 'Saint-Nazaire', zipCode: '44600', areaCode: '240' },
  { city: 'Rennes', zipCode: '35000', areaCode: '299' },
  { city: 'Brest', zipCode: '29200', areaCode: '298' },
  { city: 'Quimper', zipCode: '29000', areaCode: '298' },
  { city: 'Lorient', zipCode: '56100', areaCode: '297' },
  { city: 'Vannes', zipCode: '56000', areaCode: '297' },
  { city: 'Angers', zipCode: '49000', areaCode: '241' },
  { city: 'Le Mans', zipCode: '72000', areaCode: '243' },
  { city: 'La Roche-sur-Yon', zipCode: '85000', areaCode: '251' },
  { city: 'Paris', zipCode: '75011', areaCode: '143' },
  { city: 'Lyon', zipCode: '69003', areaCode: '472' },
  { city: 'Lille', zipCode: '59000', areaCode: '320' },
];

const TRADES = [
  'Fromagerie',
  'Pharmacie',
  'Librairie',
  'Atelier',
  'Menuiserie',
  'Cabinet',
  'Hôtel',
  'Société',
  'Clinique',
  'Agence',
  'Crèche',
  'Boulangerie',
  'Garage',
  'Brasserie',
  'Cave',
  'Imprimerie',
];

const NAMES = [
  'Lefèvre',
  'Durand & Associés',
  'Saint-Étienne',
  'Bérénice',
  'Gaël',
  'Noël',
  'Martin',
  'Dubœuf',
  'Brocéliande',
  'du Château',
  'Françoise',
  'Le Goff',
  'de l’Erdre',
  'Hervé',
  'Guérin',
  'Ménard',
  'Côte Sauvage',
  'Kerbrat',
  'Müller',
  'L’Escale',
];

const STREETS = [
  'place Graslin',
  "boulevard Guist'hau",
  'rue Crébillon',
  'quai de la Fosse',
  'allée Duguay-Trouin',
  'avenue de l’Hôtel-Dieu',
  'impasse des Tanneurs',
  'rue du Général-Leclerc',
  'cours des 50-Otages',
  'rue de la Paix',
  'rue Saint-Hélier',
  'boulevard de la Liberté',
];

/** The first customers are fixed: the drop's special cases hang on them. */
const FIXED: readonly (readonly [string, string, number])[] = [
  ['Fromagerie Lefèvre', '71 place Graslin', 0],
  ['Centre d’appels Atlantique', '12 boulevard de la Liberté', 1],
  ['Librairie Saint-Étienne', '8 rue Crébillon', 2],
  ['Cabinet Dubœuf & Associés', 'ZA de la Lande; Bât. C\n3 rue des Forges', 3],
  ['Bar "Le Zinc"', '5 rue de la Paix', 7],
];

export const FIXED_CUSTOMERS = FIXED.length;

export function makeCustomers(rng: Random, count: number): Customer[] {
  return Array.from({ length: count }, (_, index) => {
    const id = `C${String(index + 1).padStart(6, '0')}`;
    const fixed = FIXED[index];
    const [name, street, townIndex] = fixed ?? [
      `${rng.pick(TRADES)} ${rng.pick(NAMES)}`,
      `${rng.int(1, 140)} ${rng.pick(STREETS)}`,
      rng.int(0, TOWNS.length - 1),
    ];
    const town = TOWNS[townIndex] ?? TOWNS[0];
    if (!town) throw new RangeError('No town to place a customer in.');

    return { id, name, street, zipCode: town.zipCode, city: town.city, areaCode: town.areaCode };
  });
}
