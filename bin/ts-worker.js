// Worker-thread entry for running the TypeScript sources: registers tsx in the worker, then loads
// the worker module named in workerData (compiled builds start their .js worker directly).
import { register } from 'tsx/esm/api';
import { workerData } from 'node:worker_threads';

register();
await import(workerData.entry);
