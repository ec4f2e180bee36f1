import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.spec.ts', 'dialogs/**/*.spec.ts', 'cards/**/*.spec.ts', 'manifest/**/*.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One throwaway PostgreSQL cluster per run, shared by the test files (each makes its own database).
    globalSetup: ['./test/support/pgGlobalSetup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
