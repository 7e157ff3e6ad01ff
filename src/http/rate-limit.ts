/**
 * A fixed-window counter per key (an address, an account): enough to slow down password guessing
 * and form flooding without any outside service. Kept in the process's memory, so each server
 * process counts on its own; account lockout, kept in the database, is what holds across processes.
 */
export interface RateLimiter {
  /** Counts one attempt for `key`: allowed or not, and when to try again. */
  take(key: string, now?: number): { allowed: boolean; retryAfterSec: number };
  /** Forgets a key (a successful sign-in clears its failures). */
  reset(key: string): void;
}

export function createRateLimiter({ limit, windowMs, maxKeys = 100_000 }: { limit: number; windowMs: number; maxKeys?: number }): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  return {
    take(key, now = Date.now()) {
      let w = windows.get(key);
      if (!w || now - w.start >= windowMs) {
        // Bounded memory under a flood of new keys: drop the oldest windows first.
        if (!w && windows.size >= maxKeys) {
          for (const [k, old] of windows) {
            if (now - old.start >= windowMs || windows.size >= maxKeys) windows.delete(k);
            if (windows.size < maxKeys) break;
          }
        }
        w = { start: now, count: 0 };
        windows.set(key, w);
      }
      w.count++;
      return { allowed: w.count <= limit, retryAfterSec: Math.max(1, Math.ceil((w.start + windowMs - now) / 1000)) };
    },
    reset(key) {
      windows.delete(key);
    },
  };
}
