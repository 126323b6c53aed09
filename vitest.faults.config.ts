import { defineConfig } from 'vitest/config';

/**
 * Fault tests: worker processes killed mid-delivery, mail servers down, several workers on one database. They run
 * real processes for real seconds, so they are a run of their own: `npm run test:faults` (CI runs it on both engines).
 */
export default defineConfig({
  test: {
    include: ['test/faults/**/*.fault.test.ts'],
    maxWorkers: 1,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
});
