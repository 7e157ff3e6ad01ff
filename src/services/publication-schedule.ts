/**
 * The server's publication scheduler: publishes what is due at start, then every interval (an
 * hour by default), one run at a time. Several servers may run it: `publishDue` takes turns.
 */
import type { FieldCipher } from '../security/field-cipher.js';
import type { Database } from '../store/database.js';
import { publishDue, type PublishReport } from './publish.js';

export interface ScheduleOptions {
  intervalMs?: number;
  onReport?: (report: PublishReport) => void;
  onError?: (error: unknown) => void;
  /** The key of confidential fields, for the public copies of sent letters (see publishDue). */
  cipher?: FieldCipher;
}

export interface PublicationSchedule {
  /** Resolves when the first run (at start) has finished. */
  firstRun: Promise<void>;
  stop(): Promise<void>;
}

export function startPublicationSchedule(db: Database, { intervalMs = 3_600_000, onReport, onError, cipher }: ScheduleOptions = {}): PublicationSchedule {
  let running: Promise<void> = Promise.resolve();
  let stopped = false;
  const run = () => {
    running = running.then(async () => {
      if (stopped) return;
      try {
        onReport?.(await publishDue(db, { cipher }));
      } catch (e) {
        onError?.(e);
      }
    });
    return running;
  };
  const firstRun = run();
  const timer = setInterval(run, intervalMs);
  timer.unref();
  return {
    firstRun,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
