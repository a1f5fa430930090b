import type { World } from '../model/types.ts';
import type { DropOutput } from '../output.ts';
import { onePagePdf } from '../pdf.ts';
import { badgePng } from '../png.ts';

/** Documents and Personnalisation: files stored as they are (a guide, a logo). */

export async function writeDocuments(out: DropOutput, world: World): Promise<void> {
  const guide = onePagePdf([
    'Guide intégrateur v1.1',
    `Espace de dépôt ${world.vnoCode}`,
    'Formats des fichiers CSV, fréquences d’extraction, contacts.',
  ]);
  await out.write('Documents/Guide intégrateur v1.1.pdf', guide);
  await out.write('Personnalisation/logo.png', badgePng());
}
