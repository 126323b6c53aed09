import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // The web app's own alias (web/vite.config.ts), for its unit tests.
  resolve: { alias: { '@domain': fileURLToPath(new URL('src/domain', import.meta.url)) } },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/src/**/*.test.ts'],
    // Browser tests need Debian's Chromium (`npm run test:browser`); fault tests run processes for real seconds
    // (`npm run test:faults`). CI runs all three.
    exclude: ['**/node_modules/**', '**/*.browser.test.ts', '**/*.fault.test.ts'],
    // Two cores: more workers than that only contend for the CPU (and for PostgreSQL in CI).
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
