import { defineConfig } from 'vitest/config';

// The storage tests again, against the PostgreSQL server named by DATABASE_URL.
export default defineConfig({
  test: {
    include: ['src/**/*.db.test.ts', 'test/**/*.db.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    pool: 'forks',
    fileParallelism: false,
  },
});
