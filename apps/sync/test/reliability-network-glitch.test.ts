import type { TcpFault } from '@vnodrop/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SyncSummary } from '../src/run/summary.ts';
import { expected } from './support/fixture.ts';
import { FaultySftp, type TrafficMap } from './support/faulty-sftp.ts';

/**
 * Brief faults on the way to the SFTP server: the connection cut or frozen once, at a chosen
 * byte of the traffic from the server. The run tries again and loads everything.
 */
describe('reliability: network glitches between the sync and the SFTP server', () => {
  let net: FaultySftp;
  let clean: { sums: Record<string, string>; traffic: TrafficMap; summary: SyncSummary };

  beforeAll(async () => {
    net = await FaultySftp.start();
    clean = await net.cleanRun();
  });

  afterAll(async () => {
    await net?.stop();
  });

  it('reliability: 15+ files of one folder sync over one connection (MaxSessions 10)', () => {
    const folder = expected.files.filter((file) => file.startsWith('Factures/Clients/202610/'));

    expect(folder.length).toBeGreaterThanOrEqual(15);
    expect(clean.summary.failures).toEqual([]);
    expect(clean.summary.filesLoaded + clean.summary.filesStored).toBe(expected.files.length);
  });

  /** A byte offset: into the handshake, the listing, or a fraction of the downloads. */
  const at = (where: 'handshake' | 'listing' | number) => {
    const { afterConnect, afterList, total } = clean.traffic;
    if (where === 'handshake') return Math.round(afterConnect / 4);
    if (where === 'listing') return Math.round((afterConnect + afterList) / 2);
    return Math.round(afterList + (total - afterList) * where);
  };

  const glitches: Array<[string, 'cut' | 'stall', Parameters<typeof at>[0]]> = [
    ['cut during the SSH handshake', 'cut', 'handshake'],
    ['cut during the listing', 'cut', 'listing'],
    ['cut in a download, 30% in', 'cut', 0.3],
    ['stalled during the listing', 'stall', 'listing'],
    ['stalled in a download, 60% in', 'stall', 0.6],
  ];

  it.each(glitches)(
    'reliability: connection %s: retried, nothing lost',
    async (_, action, where) => {
      const fault: TcpFault = { action, afterBytes: at(where), scope: 'once' };

      const outcome = await net.faultThenRerun(fault);

      const faulty = outcome.faulty as SyncSummary;
      expect(faulty.failures).toEqual([]);
      expect(faulty.filesLoaded + faulty.filesStored).toBe(expected.files.length);
      expect(outcome.elapsedMs).toBeLessThan(20_000);
      expect((outcome.rerun as SyncSummary).filesSkipped).toBe(expected.files.length);
      expect(outcome.sums).toEqual(clean.sums);
    },
  );
});
