import { classifyPath } from '@vnodrop/schemas';
import { describe, expect, it } from 'vitest';
import type { ListedFile } from '../src/run/plan.ts';
import { isRetryable, withRetry } from '../src/run/retry.ts';
import { settledFiles } from '../src/run/settle.ts';
import {
  SourceAuthError,
  SourceConnectionError,
  SourceHostKeyError,
  SourceSizeMismatchError,
  SourceTimeoutError,
} from '../src/sources/index.ts';

const listed = (path: string, size: number, time: string): ListedFile => ({
  path,
  size,
  modifiedAt: new Date(time),
  facts: classifyPath(path)!,
});

describe('reliability: the rules, without servers', () => {
  it('reliability: only files with the same size and time in both listings are taken', () => {
    const a = 'Cartes SIM/Commande_CMD1_20261020.csv';
    const b = 'Cartes SIM/Commande_CMD2_20261020.csv';
    const c = 'Cartes SIM/Commande_CMD3_20261020.csv';
    const d = 'Cartes SIM/Commande_CMD4_20261020.csv';
    const first = [
      listed(a, 100, '2026-10-20T10:00:00Z'),
      listed(b, 100, '2026-10-20T10:00:00Z'),
      listed(c, 100, '2026-10-20T10:00:00Z'),
      listed(d, 100, '2026-10-20T10:00:00Z'),
    ];
    const later = [
      listed(a, 100, '2026-10-20T10:00:00Z'),
      listed(b, 180, '2026-10-20T10:00:00Z'),
      listed(c, 100, '2026-10-20T10:00:01Z'),
    ];

    const result = settledFiles(first, later);

    expect(result.settled.map((f) => f.path)).toEqual([a]);
    expect(result.arriving.map((f) => [f.path, f.size])).toEqual([
      [b, 180],
      [c, 100],
    ]);
    expect(result.gone.map((f) => f.path)).toEqual([d]);
  });

  it('reliability: a failed transfer is tried 3 times, 1 then 2 delays apart', async () => {
    const waits: number[] = [];
    let calls = 0;
    const failing = async () => {
      calls += 1;
      throw new SourceTimeoutError('stalled', { path: 'x' });
    };

    const attempt = withRetry(failing, { attempts: 3, delayMs: 10 }, (_e, _n, waitMs) =>
      waits.push(waitMs),
    );

    await expect(attempt).rejects.toThrow(SourceTimeoutError);
    expect([calls, waits]).toEqual([3, [10, 20]]);
  });

  it('reliability: refused credentials or host keys are not tried again', () => {
    expect(isRetryable(new SourceConnectionError('dropped'))).toBe(true);
    expect(isRetryable(new SourceSizeMismatchError(10, 5, { path: 'x' }))).toBe(true);
    expect(isRetryable(new SourceAuthError('refused'))).toBe(false);
    expect(isRetryable(new SourceHostKeyError('changed', 'SHA256:x'))).toBe(false);
    expect(isRetryable(new TypeError('a bug'))).toBe(false);
  });
});
