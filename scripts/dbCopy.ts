/**
 * `npm run db:copy -- --from <sqlite file> --to <postgres url>`: moves an existing SQLite database
 * into an empty PostgreSQL one (all tables, same ids), in one transaction, then checks the row
 * counts. Refuses a target that already holds data. The bot should be stopped while it runs.
 */
import { copyDatabase } from '../src/store/copy';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const from = arg('from');
const to = arg('to');
if (!from || !to) {
  process.stderr.write('usage: npm run db:copy -- --from <sqlite file> --to <postgres://user:password@host:port/db>\n');
  process.exit(2);
}
try {
  const counts = await copyDatabase({ sqlitePath: from, postgresUrl: to, log: (line) => process.stdout.write(`${line}\n`) });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  process.stdout.write(`copied ${total} rows in ${Object.keys(counts).length} tables; row counts match\n`);
} catch (err) {
  process.stderr.write(`db:copy failed: ${(err as Error).message}\n`);
  process.exit(1);
}
