import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.spec.ts', 'dialogs/**/*.spec.ts', 'cards/**/*.spec.ts', 'manifest/**/*.spec.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    globalSetup: ['./test/support/buildTab.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
