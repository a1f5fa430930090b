export { copyTree, makeTempDir } from './copy-tree.ts';
export * from './database.ts';
export { freePort, freePortRange, waitForPort, type PortRange } from './ports.ts';
export { startSshd, type SshdOptions, type SshdServer } from './sshd.ts';
export {
  spawnSyncCli,
  type LogLine,
  type SpawnSyncOptions,
  type SyncExit,
  type SyncProcess,
} from './sync-process.ts';
export { startTcpProxy, type TcpFault, type TcpProxy } from './tcp-proxy.ts';
export { TEST_USERNAME } from './test-user.ts';
export { startVsftpd, type VsftpdOptions, type VsftpdServer } from './vsftpd.ts';
export {
  fixtureDrop,
  fixturesDir,
  loadFixtureDatabase,
  repositoryRoot,
  runSyncCli,
} from './fixture-database.ts';
export { startReplica, type PostgresReplica, type ReplicaOptions } from './replica.ts';
