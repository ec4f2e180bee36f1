import type { TestProject } from 'vitest/node';
import { createPostgresStore } from '../../src/store/postgres';
import { startCluster, type PgCluster } from './pgCluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The throwaway cluster's `postgres` database (for CREATE DATABASE). */
    pgAdminUrl: string;
    /** A migrated, empty database each test file copies its own from. */
    pgTemplate: string;
  }
}

export const TEMPLATE = 'id06_template';

interface Shared {
  cluster: Promise<PgCluster>;
  users: number;
}
const KEY = Symbol.for('id06.pgCluster');
const registry = globalThis as unknown as Record<symbol, Shared | undefined>;

async function startWithTemplate(): Promise<PgCluster> {
  const cluster = await startCluster();
  const url = await cluster.createDatabase(TEMPLATE);
  // Migrate the template once; then nobody may stay connected to it, or CREATE DATABASE ... TEMPLATE fails.
  const store = await createPostgresStore(url);
  await store.close();
  return cluster;
}

/**
 * One cluster per test run, shared by the test files of every project (each project runs this
 * set-up; the first starts the cluster, the last one's teardown stops it). Each file makes its own
 * database from the migrated template.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const shared = (registry[KEY] ??= { cluster: startWithTemplate(), users: 0 });
  shared.users += 1;
  const cluster = await shared.cluster;
  project.provide('pgAdminUrl', cluster.url('postgres'));
  project.provide('pgTemplate', TEMPLATE);
  return async () => {
    if (--shared.users > 0) return;
    registry[KEY] = undefined;
    await cluster.stop();
  };
}
