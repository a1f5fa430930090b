/**
 * The breaking-change check of `schema.graphql`: the schema as it is, against its previous
 * version from git, diffed with graphql-inspector. A breaking change fails unless
 * `schema-changes.accepted.json` lists it, with the reason clients were told.
 *
 * The previous version is, in this order: the ref in SCHEMA_BASE_REF (a CI that knows its
 * target branch sets it); the latest tag (a release clients know); where `origin/main` is
 * not HEAD, their merge base (a branch under review); HEAD, when the file has uncommitted
 * changes; else the version before the last commit that changed the file. That works on a
 * clean clone with its history, as `.ci/run` has.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CriticalityLevel, diff, type Change } from '@graphql-inspector/core';
import { buildSchema } from 'graphql';

const run = promisify(execFile);
const APP_DIR = fileURLToPath(new URL('..', import.meta.url));
export const SCHEMA_FILE = path.join(APP_DIR, 'schema.graphql');
export const ACCEPTED_FILE = path.join(APP_DIR, 'schema-changes.accepted.json');

export interface AcceptedChange {
  /** The change as graphql-inspector words it. */
  change: string;
  /** Why it is acceptable: who was told, what replaces it. */
  reason: string;
}

export interface Baseline {
  /** What the schema is compared with, in words: `v1.2.0`, `HEAD`, `3f9c0a1^`. */
  ref: string;
  why: string;
  sdl: string;
}

async function git(args: string[]): Promise<string | null> {
  try {
    return (await run('git', args, { cwd: APP_DIR, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch {
    return null;
  }
}

/** The schema at `ref`, or null where the file did not exist (or git cannot say). */
async function schemaAt(ref: string, file: string): Promise<string | null> {
  return git(['show', `${ref}:${file}`]);
}

export async function findBaseline(env: NodeJS.ProcessEnv = process.env): Promise<Baseline | null> {
  const root = (await git(['rev-parse', '--show-toplevel']))?.trim();
  if (!root) return null;

  const file = path.relative(root, SCHEMA_FILE).split(path.sep).join('/');
  const at = async (ref: string, why: string) => {
    const sdl = await schemaAt(ref, file);
    return sdl === null ? null : { ref, why, sdl };
  };

  if (env.SCHEMA_BASE_REF) return at(env.SCHEMA_BASE_REF, 'SCHEMA_BASE_REF');

  const tag = (await git(['describe', '--tags', '--abbrev=0', 'HEAD']))?.trim();
  if (tag) return at(tag, 'the latest tag');

  const head = (await git(['rev-parse', 'HEAD']))?.trim();
  const mergeBase = (await git(['merge-base', 'HEAD', 'origin/main']))?.trim();
  if (head && mergeBase && mergeBase !== head)
    return at(mergeBase, 'the merge base with origin/main');

  const atHead = await schemaAt('HEAD', file);
  if (atHead !== null && atHead !== (await readFile(SCHEMA_FILE, 'utf8'))) {
    return {
      ref: 'HEAD',
      why: 'the last commit, as the file has uncommitted changes',
      sdl: atHead,
    };
  }

  const last = (await git(['log', '-1', '--format=%H', '--', `:(top)${file}`]))?.trim();
  if (!last) return null;

  return at(`${last.slice(0, 12)}^`, `the version before ${last.slice(0, 7)}, its last change`);
}

export interface SchemaCheck {
  changes: Change[];
  breaking: Change[];
  /** Breaking changes `schema-changes.accepted.json` does not list. */
  refused: Change[];
}

export async function checkSchema(previous: string, current: string): Promise<SchemaCheck> {
  const accepted = JSON.parse(await readFile(ACCEPTED_FILE, 'utf8')) as AcceptedChange[];
  const listed = new Set(accepted.map((entry) => entry.change));
  const changes = await diff(buildSchema(previous), buildSchema(current));
  const breaking = changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);

  return { changes, breaking, refused: breaking.filter((c) => !listed.has(c.message)) };
}
