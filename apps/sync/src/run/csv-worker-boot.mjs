/**
 * A worker thread's first module: it runs TypeScript through tsx, as the sync's process does,
 * then imports the module named in the worker's data.
 */
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.entry);
