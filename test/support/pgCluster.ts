import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './freePort';

export const INSTALL_HINT =
  'PostgreSQL binaries not found: install them with `apt-get install -y postgresql` (or set PG_BIN to the directory holding initdb)';

/** A throwaway PostgreSQL cluster on 127.0.0.1: initdb in a temp directory, a free port, trust auth. */
export interface PgCluster {
  port: number;
  url(database: string): string;
  /** Creates a database (from `template` if given) and returns its URL. */
  createDatabase(name: string, template?: string): Promise<string>;
  stop(): Promise<void>;
}

function binDir(): string {
  const candidates = [process.env.PG_BIN, ...listVersions().map((v) => `/usr/lib/postgresql/${v}/bin`)].filter((d): d is string => !!d);
  const found = candidates.find((d) => existsSync(join(d, 'initdb')));
  if (!found) throw new Error(INSTALL_HINT);
  return found;
}

function listVersions(): string[] {
  try {
    return readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a));
  } catch {
    return [];
  }
}

/** initdb refuses to run as root: as root, the cluster belongs to (and runs as) the `postgres` user. */
function runAs(): { prefix: string[]; uid?: number; gid?: number } {
  if (process.getuid?.() !== 0) return { prefix: [] };
  const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
  return { prefix: ['runuser', '-u', 'postgres', '--'], uid, gid };
}

function run(prefix: string[], command: string, args: string[]): void {
  const [file, ...rest] = [...prefix, command, ...args];
  const result = spawnSync(file!, rest, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
}

export async function startCluster(): Promise<PgCluster> {
  const bin = binDir();
  const user = runAs();
  const dir = mkdtempSync(join(tmpdir(), 'id06-pg-'));
  if (user.uid !== undefined) chownSync(dir, user.uid, user.gid!);
  const data = join(dir, 'data');
  run(user.prefix, join(bin, 'initdb'), ['-D', data, '--auth=trust', '--username=postgres', '--no-sync', '--no-locale', '--encoding=UTF8']);
  const port = await freePort();
  // Durability is not what these tests check: no fsync makes a cluster per run cheap.
  const settings = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=400`;
  try {
    run(user.prefix, join(bin, 'pg_ctl'), ['-D', data, '-o', settings, '-l', join(dir, 'server.log'), '-w', 'start']);
  } catch (err) {
    const log = existsSync(join(dir, 'server.log')) ? readFileSync(join(dir, 'server.log'), 'utf8') : '';
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`${(err as Error).message}\n${log}`);
  }
  const url = (database: string) => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    url,
    async createDatabase(name, template) {
      const admin = new pg.Client({ connectionString: url('postgres') });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
      } finally {
        await admin.end();
      }
      return url(name);
    },
    async stop() {
      try {
        run(user.prefix, join(bin, 'pg_ctl'), ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
