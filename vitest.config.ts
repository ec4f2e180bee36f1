import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.spec.ts', 'dialogs/**/*.spec.ts', 'cards/**/*.spec.ts', 'manifest/**/*.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // One throwaway PostgreSQL cluster per run, shared by the test files (each makes its own database).
    globalSetup: ['./test/support/pgGlobalSetup.ts'],
    // The protocol tests run a second time with the bot on PostgreSQL (each harness its own database).
    projects: [
      { extends: true, test: { name: 'sqlite' } },
      { extends: true, test: { name: 'postgres', include: ['test/protocol/**/*.test.ts'], env: { HARNESS_BACKEND: 'postgres' } } },
    ],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
