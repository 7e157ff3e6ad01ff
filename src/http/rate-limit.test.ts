import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit.js';

describe('rate limiter', () => {
  it('allows the limit within a window, refuses the next, and allows again in the next window', () => {
    const rl = createRateLimiter({ limit: 3, windowMs: 60_000 });
    const t0 = 1_000_000;
    expect([0, 1, 2].map((i) => rl.take('198.51.100.7', t0 + i).allowed)).toEqual([true, true, true]);
    const refused = rl.take('198.51.100.7', t0 + 10_000);
    expect(refused.allowed).toBe(false);
    expect(refused.retryAfterSec).toBe(50);
    expect(rl.take('203.0.113.9', t0 + 10_000).allowed).toBe(true);
    expect(rl.take('198.51.100.7', t0 + 60_001).allowed).toBe(true);
  });

  it('forgets a key on reset', () => {
    const rl = createRateLimiter({ limit: 1, windowMs: 60_000 });
    rl.take('a', 0);
    expect(rl.take('a', 1).allowed).toBe(false);
    rl.reset('a');
    expect(rl.take('a', 2).allowed).toBe(true);
  });

  it('keeps memory bounded under many keys', () => {
    const rl = createRateLimiter({ limit: 1, windowMs: 60_000, maxKeys: 10 });
    for (let i = 0; i < 100; i++) rl.take(`k${i}`, i);
    // The newest key is still counted.
    expect(rl.take('k99', 200).allowed).toBe(false);
  });
});
