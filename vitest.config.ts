import { defineConfig } from 'vitest/config';

const shared = {
  testTimeout: 30_000,
  hookTimeout: 60_000,
  pool: 'forks' as const,
  // Every card any test renders through the compiled templates is also expanded by adaptivecards-templating and compared.
  env: { CARD_TEMPLATE_CHECK: '1' },
  // One throwaway PostgreSQL cluster per run, shared by every test file of both projects (each file makes its own database).
  globalSetup: ['./test/support/pgGlobalSetup.ts', './test/support/buildTab.ts'],
};

export default defineConfig({
  test: {
    reporters: ['default', './test/support/summary-reporter.ts'],
    projects: [
      {
        test: {
          ...shared,
          name: 'sqlite',
          include: ['test/**/*.test.ts', 'src/**/*.spec.ts', 'dialogs/**/*.spec.ts', 'cards/**/*.spec.ts', 'manifest/**/*.spec.ts'],
        },
      },
      // The protocol tests again, with the bot on PostgreSQL (each harness its own database). The face
      // checks with the real model run once: they store a photo like every other photo test does.
      {
        test: {
          ...shared,
          name: 'postgres',
          include: ['test/protocol/**/*.test.ts'],
          exclude: ['test/protocol/photoFaces.test.ts'],
          env: { ...shared.env, HARNESS_BACKEND: 'postgres' },
        },
      },
    ],
  },
});
