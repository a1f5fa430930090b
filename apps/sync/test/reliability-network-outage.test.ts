import type { TcpFault } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SourceError } from '../src/sources/index.ts';
import type { SyncSummary } from '../src/run/summary.ts';
import { FaultySftp, type TrafficMap } from './support/faulty-sftp.ts';

/**
 * Outages on the way to the SFTP server: from a chosen byte of the traffic on, every
 * connection is cut or frozen until the network heals. The run ends in bounded time saying
 * what failed; once healed, a rerun converges to the database a clean run gives.
 */
describe('reliability: network outages between the sync and the SFTP server', () => {
  let net: FaultySftp;
  let clean: { sums: Record<string, string>; traffic: TrafficMap };

  beforeAll(async () => {
    net = await FaultySftp.start();
    clean = await net.cleanRun();
  });

  afterAll(async () => {
    await net?.stop();
  });

  const at = (fraction: number) => {
    const { afterList, total } = clean.traffic;
    return Math.round(afterList + (total - afterList) * fraction);
  };

  it.each([
    ['cut', 0.2],
    ['stall', 0.5],
  ] as const)(
    'reliability: %s in the downloads at %s: failures reported, rerun converges',
    async (action, fraction) => {
      const fault: TcpFault = { action, afterBytes: at(fraction), scope: 'until-healed' };

      const outcome = await net.faultThenRerun(fault);

      const faulty = outcome.faulty as SyncSummary;
      expect(faulty.failures.length).toBeGreaterThan(0);
      expect(faulty.filesFailed).toBe(faulty.failures.length);
      expect(faulty.stopped).toMatch(/^the source stopped answering/);
      expect(outcome.failedInLedger).toEqual(faulty.failures.map((f) => f.path).sort());
      expect(outcome.elapsedMs).toBeLessThan(40_000);
      expect((outcome.rerun as SyncSummary).failures).toEqual([]);
      expect(outcome.sums).toEqual(clean.sums);
    },
  );

  it.each([
    ['cut', 'in the handshake'],
    ['cut', 'in the listing'],
    ['stall', 'in the handshake'],
  ] as const)(
    'reliability: %s %s: the run fails clearly, rerun converges',
    async (action, where) => {
      const { afterConnect, afterList } = clean.traffic;
      const afterBytes =
        where === 'in the handshake' ? 500 : Math.round((afterConnect + afterList) / 2);

      const outcome = await net.faultThenRerun({ action, afterBytes, scope: 'until-healed' });

      expect(outcome.faulty).toBeInstanceOf(SourceError);
      expect(outcome.elapsedMs).toBeLessThan(40_000);
      expect((outcome.rerun as SyncSummary).failures).toEqual([]);
      expect(outcome.sums).toEqual(clean.sums);
    },
  );
});
