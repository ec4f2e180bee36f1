import { defineConfig } from 'drizzle-kit';

/** PostgreSQL migrations: `npm run db:generate` runs drizzle-kit with this and drizzle.config.ts (SQLite). */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/store/postgres/schema/index.ts',
  out: './src/store/postgres/migrations',
});
