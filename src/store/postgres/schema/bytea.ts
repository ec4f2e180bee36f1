import { customType } from 'drizzle-orm/pg-core';

/** Binary columns (photos, reports): node-postgres reads and writes `bytea` as a Buffer. */
export const bytea = customType<{ data: Buffer; driverData: Buffer }>({ dataType: () => 'bytea' });
