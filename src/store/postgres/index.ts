import { pgApprovalReach } from './approvalReach';
import { fieldCipher, processKeyRing, type KeyRing } from '../../crypto';
import type { Store } from '../ports';
import { pgAudit } from './audit';
import { pgBotState } from './botState';
import { pgCart, pgPhotos } from './cart';
import { pgCheckouts } from './checkouts';
import { pgCompanies } from './companies';
import { connect, migratePostgres, type PgConnection } from './db';
import { pgImports } from './imports';
import { pgImportChecks } from './importChecks';
import { pgLeases } from './leases';
import { pgCardholders } from './cardholders';
import { pgRetention } from './retention';
import { pgRateLimits } from './rateLimits';
import { listen } from './listen';
import { pgLifecycle } from './lifecycle';
import { pgMembership } from './membership';
import { pgOrders } from './orders';
import { pgOrderBrowse } from './orderBrowse';
import { pgCardsInUse } from './cardsInUse';
import { pgOutbox } from './outbox';
import { pgConversations, pgPeople } from './people';
import { pgSettings } from './settings';
import { pgUploads } from './uploads';

export { connect, migratePostgres, transaction, type PgDb, type PgTx } from './db';

export interface PostgresStore extends Store {
  readonly connection: PgConnection;
}

export interface PostgresStoreOptions {
  now?: () => Date;
  /** Pool size per instance. */
  maxConnections?: number;
  /** An idle pooled connection failed (the server restarted): logged, the pool reconnects on demand. */
  onPoolError?: (err: Error) => void;
  /** false: the database is already migrated (tests open many stores on one migrated template). */
  migrate?: boolean;
  /** Seal personal data at rest (src/crypto); without them, this process's own random ring. */
  keys?: KeyRing;
}

/** Opens the pool and applies the committed migrations (under an advisory lock: instances may start together). */
export async function createPostgresStore(url: string, opts: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const now = opts.now ?? (() => new Date());
  const connection = connect(url, { max: opts.maxConnections, onError: opts.onPoolError });
  const { pool, db } = connection;
  const cipher = fieldCipher(opts.keys ?? processKeyRing());
  if (opts.migrate !== false) {
    try {
      await migratePostgres(pool);
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err;
    }
  }
  let closed = false;
  return {
    dialect: 'postgres',
    connection,
    people: pgPeople(db, now),
    conversations: pgConversations(db, now),
    companies: pgCompanies(db, now),
    cart: pgCart(db, now, cipher),
    photos: pgPhotos(db, now, cipher),
    imports: pgImports(db, now, cipher),
    importChecks: pgImportChecks(db, now, cipher),
    uploads: pgUploads(db, now, cipher),
    settings: pgSettings(db, now),
    checkouts: pgCheckouts(db, now),
    orders: pgOrders(db, now, cipher),
    orderBrowse: pgOrderBrowse(db, cipher),
    cardsInUse: pgCardsInUse(db, cipher),
    botState: pgBotState(pool, now, cipher),
    members: pgMembership(db, now, cipher),
    audit: pgAudit(db),
    outbox: pgOutbox(db, now, cipher),
    lifecycle: pgLifecycle(db, now, cipher),
    approvalReach: pgApprovalReach(db, now),
    leases: pgLeases(pool, now),
    retention: pgRetention(db, now, cipher),
    cardholders: pgCardholders(db, now, cipher),
    rateLimits: pgRateLimits(pool),
    outboxWakeups: (o) => listen(url, 'id06_outbox', o),
    async ping() {
      if (closed) throw new Error('store is closed');
      await pool.query('SELECT 1');
    },
    async close() {
      if (closed) return;
      closed = true;
      await pool.end();
    },
  };
}
