import type { Store } from '../ports';
import { sqliteBotState } from './botState';
import { sqliteCart, sqlitePhotos } from './cart';
import { sqliteCheckouts } from './checkouts';
import { sqliteCompanies } from './companies';
import { openDatabase } from './db';
import { sqliteOrders } from './orders';
import { sqliteOrderBrowse } from './orderBrowse';
import { sqliteMembership } from './membership';
import { sqliteOutbox } from './outbox';
import { sqliteAudit } from './audit';
import { sqliteLifecycle } from './lifecycle';
import { sqliteConversations, sqlitePeople } from './people';
import { sqliteImports } from './imports';
import { sqliteUploads } from './uploads';
import { sqliteLeases } from './leases';
import { sqliteSettings } from './settings';

export { ETagConflictError } from '../etagConflict';
export { applyEffects } from './effects';
export { transaction, type SyncDb } from './db';
export { enqueueOutbox } from './outbox';
export { insertAudit } from './audit';

export function createSqliteStore(path: string, now: () => Date = () => new Date()): Store {
  const { sqlite, db } = openDatabase(path);
  let closed = false;
  return {
    dialect: 'sqlite',
    people: sqlitePeople(db, now),
    conversations: sqliteConversations(db, now),
    companies: sqliteCompanies(db, now),
    cart: sqliteCart(db, now),
    photos: sqlitePhotos(db, now),
    imports: sqliteImports(db, now),
    uploads: sqliteUploads(db, now),
    settings: sqliteSettings(db, now),
    checkouts: sqliteCheckouts(db, now),
    orders: sqliteOrders(db, now),
    orderBrowse: sqliteOrderBrowse(db),
    botState: sqliteBotState(sqlite, now),
    members: sqliteMembership(db, now),
    audit: sqliteAudit(db),
    outbox: sqliteOutbox(db, now),
    lifecycle: sqliteLifecycle(db, now),
    leases: sqliteLeases(db, now),
    async ping() {
      if (closed) throw new Error('store is closed');
      sqlite.prepare('SELECT 1').get();
    },
    async close() {
      if (closed) return;
      closed = true;
      sqlite.close();
    },
  };
}
