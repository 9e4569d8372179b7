import { parentPort, workerData } from 'node:worker_threads';
import { type LaterPartInput, readLaterPart } from './later-part';

// The verify worker's thread: checks a later part of the log and answers it (later-part.ts).
parentPort!.postMessage(readLaterPart(workerData as LaterPartInput));
