import { join } from 'node:path';
import type { SentEmail } from '@forkcast/core';
import { readOutbox } from '../outbox/fileOutbox';

/** Every email the runtime's outbox holds for `to`, oldest first. */
export const mailTo = (runtime: { dataDir: string }, to: string): Promise<SentEmail[]> => readOutbox(join(runtime.dataDir, 'outbox'), { to });
