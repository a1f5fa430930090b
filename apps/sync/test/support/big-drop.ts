import path from 'node:path';
import { generateMobileCdrFiles } from '@vnodrop/demo-drop';
import { copyTree, makeTempDir } from '@vnodrop/testkit';
import { fixtureDrop } from './fixture.ts';

export interface BigDrop {
  /** The drop's root. */
  root: string;
  /** The large file's path in the drop. */
  bigFile: string;
  bigRows: number;
}

/** The fixture drop plus one rated-mobile file of `rows` records, which takes a while to load. */
export async function fixtureWithBigFile(rows: number): Promise<BigDrop> {
  const root = path.join(await makeTempDir('vnodrop-big-drop-'), 'drop');
  await copyTree(fixtureDrop, root);
  const generated = await generateMobileCdrFiles(root, { rows, files: 1 });

  return { root, bigFile: generated.files[0]!, bigRows: rows };
}
