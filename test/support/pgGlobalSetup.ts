import type { TestProject } from 'vitest/node';
import { createPostgresStore } from '../../src/store/postgres';
import { startCluster } from './pgCluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster's `postgres` database (for CREATE DATABASE). */
    pgAdminUrl: string;
    /** A migrated, empty database each test file copies its own from. */
    pgTemplate: string;
  }
}

export const TEMPLATE = 'id06_template';

/** One cluster per test run, shared by the test files; each file makes its own database from the migrated template. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cluster = await startCluster();
  const url = await cluster.createDatabase(TEMPLATE);
  // Migrate the template once; then nobody may stay connected to it, or CREATE DATABASE ... TEMPLATE fails.
  const store = await createPostgresStore(url);
  await store.close();
  project.provide('pgAdminUrl', cluster.url('postgres'));
  project.provide('pgTemplate', TEMPLATE);
  return () => cluster.stop();
}
