import { sqliteApprovalReach } from './approvalReach';
import { fieldCipher, processKeyRing, type KeyRing } from '../../crypto';
import type { FieldCipher } from '../../crypto/fieldCipher';
import type { Store } from '../ports';
import { sqliteBotState } from './botState';
import { sqliteCart, sqlitePhotos } from './cart';
import { sqliteCheckouts } from './checkouts';
import { sqliteCompanies } from './companies';
import { openDatabase } from './db';
import { sqliteOrders } from './orders';
import { sqliteOrderBrowse } from './orderBrowse';
import { sqliteCardsInUse } from './cardsInUse';
import { sqliteMembership } from './membership';
import { sqliteOutbox } from './outbox';
import { sqliteAudit } from './audit';
import { sqliteLifecycle } from './lifecycle';
import { sqliteConversations, sqlitePeople } from './people';
import { sqliteImports } from './imports';
import { sqliteImportChecks } from './importChecks';
import { sqliteUploads } from './uploads';
import { sqliteLeases } from './leases';
import { sqliteCardholders } from './cardholders';
import { sqliteRetention } from './retention';
import { sqliteSettings } from './settings';

export { ETagConflictError } from '../etagConflict';
export { applyEffects } from './effects';
export { transaction, type SyncDb } from './db';
export { enqueueOutbox } from './outbox';
export { insertAudit } from './audit';

/** The SQLite store, with its statement counter (for per-turn budgets in tests). */
export type SqliteStore = Store & { statements(): number };

/**
 * `keys` seal personal data at rest (src/crypto); without them, this process's own random ring. A
 * ready cipher is taken as is (bench/crypto compares against one that passes values through).
 */
export function createSqliteStore(
  path: string,
  now: () => Date = () => new Date(),
  keys: KeyRing | FieldCipher = processKeyRing(),
): SqliteStore {
  const { sqlite, db, statements } = openDatabase(path);
  const cipher = 'sealText' in keys ? keys : fieldCipher(keys);
  let closed = false;
  return {
    dialect: 'sqlite',
    statements,
    people: sqlitePeople(db, now),
    conversations: sqliteConversations(db, now),
    companies: sqliteCompanies(db, now),
    cart: sqliteCart(db, now, cipher),
    photos: sqlitePhotos(db, now, cipher),
    imports: sqliteImports(db, now, cipher),
    importChecks: sqliteImportChecks(db, now, cipher),
    uploads: sqliteUploads(db, now, cipher),
    settings: sqliteSettings(db, now),
    checkouts: sqliteCheckouts(db, now),
    orders: sqliteOrders(db, now, cipher),
    orderBrowse: sqliteOrderBrowse(db, cipher),
    cardsInUse: sqliteCardsInUse(db, cipher),
    botState: sqliteBotState(sqlite, now, cipher),
    members: sqliteMembership(db, now, cipher),
    audit: sqliteAudit(db),
    outbox: sqliteOutbox(db, now, cipher),
    lifecycle: sqliteLifecycle(db, now, cipher),
    approvalReach: sqliteApprovalReach(db, now),
    leases: sqliteLeases(db, now),
    retention: sqliteRetention(db, now, cipher),
    cardholders: sqliteCardholders(db, now, cipher),
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
