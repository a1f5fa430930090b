/**
 * How names written by people are compared: headers, enum values, folder names. Each function
 * maps the spellings that mean the same thing to one key.
 */

const MARKS = /\p{M}/gu;

function unaccented(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** `N° Commande`, `n_commande` and `NCOMMANDE` all give `ncommande`: case, accents, spaces,
 * underscores and punctuation are ignored. */
export function headerKey(header: string): string {
  return unaccented(header).replace(/[^a-z0-9]/g, '');
}

/** `Résilié` gives `resilie`, `One-off` gives `oneoff`; signs that tell values apart
 * (`ADSL2+` against `ADSL2`) are kept. */
export function enumKey(value: string): string {
  return unaccented(value).replace(/[\s_\-.'’/]/g, '');
}

/** Folder names compare like headers: `Tables tarifaires`, `tables_tarifaires`, `Intégrateur`
 * and `Integrateur` (NFC or NFD) match. */
export const folderKey = headerKey;
