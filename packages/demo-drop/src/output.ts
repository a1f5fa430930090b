import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { DemoDropWriteError } from './errors.ts';

/** Writes the files of a drop under one folder and remembers their relative paths. */
export class DropOutput {
  private readonly written: string[] = [];

  constructor(readonly root: string) {}

  /** `relativePath` uses `/` separators, as the drop's folders do. */
  async write(relativePath: string, bytes: Uint8Array): Promise<void> {
    const path = join(this.root, ...relativePath.split('/'));
    try {
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, bytes);
    } catch (error) {
      throw new DemoDropWriteError(path, error);
    }
    this.written.push(relativePath);
  }

  /** Relative paths of every file written, sorted. */
  files(): string[] {
    return [...this.written].sort();
  }
}
