/**
 * The closed vocabularies of the drop. Each list is the canonical values (what is stored, and
 * what the database builds its enums from); each spelling map adds the other words met in files.
 * Spellings are matched without regard to case, accents, spaces, hyphens or underscores, so
 * `Résiliée`, `resiliee` and `RESILIEE` need one entry.
 */

type Spellings<T extends string> = Readonly<Record<T, readonly string[]>>;

export const LINE_STATUSES = [
  'ACTIVE',
  'SUSPENDED',
  'TERMINATED',
  'PENDING',
  'PREACTIVE',
  'BARRED',
] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

export const LINE_STATUS_SPELLINGS: Spellings<LineStatus> = {
  ACTIVE: ['Actif', 'Activé', 'Activée', 'En service'],
  SUSPENDED: ['Suspendu', 'Suspendue', 'Suspension'],
  TERMINATED: ['Résilié', 'Résiliée', 'Résiliation', 'Terminé', 'Clôturé', 'Cancelled'],
  PENDING: ['En cours', 'En attente', 'En cours d’activation', 'Waiting'],
  PREACTIVE: ['Préactivé', 'Préactivée', 'Preactivated'],
  BARRED: ['Bloqué', 'Bloquée', 'Barré', 'Barrée', 'Blocked'],
};

export const EVENT_TYPES = ['VOICE', 'SMS', 'MMS', 'DATA'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export const EVENT_TYPE_SPELLINGS: Spellings<EventType> = {
  VOICE: ['Voix', 'Appel', 'Call', 'Vocal'],
  SMS: ['Texto'],
  MMS: [],
  DATA: ['Données', 'Internet', 'GPRS'],
};

export const DIRECTIONS = ['OUT', 'IN'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export const DIRECTION_SPELLINGS: Spellings<Direction> = {
  OUT: ['Sortant', 'Outgoing', 'Émis', 'MO'],
  IN: ['Entrant', 'Incoming', 'Reçu', 'MT'],
};

export const CHARGE_TYPES = ['RECURRING', 'ONE_OFF', 'USAGE'] as const;
export type ChargeType = (typeof CHARGE_TYPES)[number];

export const CHARGE_TYPE_SPELLINGS: Spellings<ChargeType> = {
  RECURRING: ['Récurrent', 'Abonnement', 'Mensuel'],
  ONE_OFF: ['Ponctuel', 'Frais unique', 'Unique'],
  USAGE: ['Consommation', 'Conso'],
};

export const SIM_FORMATS = ['MINI', 'MICRO', 'NANO', 'TRIPLE', 'ESIM'] as const;
export type SimFormat = (typeof SIM_FORMATS)[number];

export const SIM_FORMAT_SPELLINGS: Spellings<SimFormat> = {
  MINI: ['Mini SIM', 'Standard', '2FF'],
  MICRO: ['Micro SIM', '3FF'],
  NANO: ['Nano SIM', '4FF'],
  TRIPLE: ['Triple découpe', 'Multi SIM', 'Tri-format', '3 en 1'],
  ESIM: ['eUICC'],
};

export const SERVICES = ['MOBILE', 'VGA', 'VOIP'] as const;
export type Service = (typeof SERVICES)[number];

export const SERVICE_SPELLINGS: Spellings<Service> = {
  MOBILE: ['Mob'],
  VGA: ['Analogique', 'Fixe analogique'],
  VOIP: ['Voix sur IP'],
};

export const XDSL_TECHNOLOGIES = ['ADSL', 'ADSL2+', 'VDSL2', 'SDSL'] as const;
export type XdslTechnology = (typeof XDSL_TECHNOLOGIES)[number];

export const XDSL_TECHNOLOGY_SPELLINGS: Spellings<XdslTechnology> = {
  ADSL: [],
  'ADSL2+': ['ADSL2 plus', 'ADSL2plus'],
  VDSL2: ['VDSL'],
  SDSL: [],
};

/** `1/0`, `O/N`, `oui/non`, `true/false`, `Y/N` and their cousins. */
export const BOOLEAN_SPELLINGS: Readonly<Record<'true' | 'false', readonly string[]>> = {
  true: ['1', 'O', 'Oui', 'Y', 'Yes', 'True', 'Vrai'],
  false: ['0', 'N', 'Non', 'No', 'False', 'Faux'],
};
