import { fileStamp, type WallTime } from '../civil-time.ts';
import type { Status } from '../model/types.ts';

/** `<folder>/<Family>_<VnoCode>_<yyyyMMdd>_<HHmm>.csv`, the name of a timestamped file. */
export function stampedPath(
  folder: string,
  family: string,
  vnoCode: string,
  time: WallTime,
): string {
  return `${folder}/${family}_${vnoCode}_${fileStamp(time)}.csv`;
}

/** The French words some extractions use instead of the status codes. */
const FRENCH_STATUS: Readonly<Partial<Record<Status, string>>> = {
  ACTIVE: 'Actif',
  SUSPENDED: 'Suspendu',
  TERMINATED: 'Résilié',
  PENDING: 'En cours',
};

export function frenchStatus(status: Status): string {
  return FRENCH_STATUS[status] ?? status;
}
