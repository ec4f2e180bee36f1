import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { Writable } from 'node:stream';
import { createApp, type App, type AppOptions } from '../../src/app';
import { parseConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { FakeConnector, type RecordedCall } from './fakeConnector';
import { tempDir } from './tmp';
import type { FaceDetector } from '../../src/photos/faces/port';
import { drawnPortrait } from './faces';
import { freshDatabaseUrl } from './pgDatabase';
import type { BackendName } from './stores';
import { openStore } from '../../src/store/open';
import type { PostgresStore } from '../../src/store/postgres';
import type { SqliteStore } from '../../src/store/sqlite';

export const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** Collects log lines in memory so tests can assert what the operator sees (and what not). */
export class LogSink extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: string, cb: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    cb();
    // After the line is kept, so a waiter woken by it can read it (test/support/waitFor.ts).
    this.emit('change');
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

export interface Harness {
  app: App;
  url: string;
  connector: FakeConnector;
  logs: LogSink;
  dbPath: string;
  /** Which database the bot runs on; `databaseUrl` is set for PostgreSQL. */
  backend: BackendName;
  databaseUrl: string | null;
  /** Database statements so far: on PostgreSQL each one sent (one round trip), on SQLite each one executed. */
  roundTrips(): number;
  /** Runs a read-only SQL query against the bot's database (either backend), for assertions on what is stored. */
  query<T = Record<string, unknown>>(sql: string): Promise<T[]>;
  /** Stops the server (not the connector) and starts a new one over the same database file. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  now?: () => Date;
  /** The face detector; by default one that sees the synthetic test portrait's drawn face. */
  faces?: FaceDetector;
  /** Default: HARNESS_BACKEND, else sqlite. On postgres each harness gets its own database in the run's cluster. */
  backend?: BackendName;
  /** App options tests need besides those (the Orders tab's Entra key fetch that trusts FakeMicrosoft's CA). */
  app?: Pick<AppOptions, 'fetchEntraKeys' | 'fetchGraph'>;
}

export async function startHarness(env: Record<string, string> = {}, opts: HarnessOptions = {}): Promise<Harness> {
  const faces = opts.faces ?? drawnPortrait();
  const dir = tempDir('id06-proto-');
  const connector = await new FakeConnector().start();
  const logs = new LogSink();
  const dbPath = dir.file('bot.sqlite');
  const backend = opts.backend ?? ((process.env.HARNESS_BACKEND as BackendName | undefined) || 'sqlite');
  const databaseUrl = backend === 'postgres' ? await freshDatabaseUrl() : null;
  const boot = async () => {
    const config = parseConfig({
      PORT: '0',
      DATABASE_PATH: dbPath,
      LOG_LEVEL: 'info',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
      ...env,
    });
    const log = createLogger(config.logLevel, logs);
    const store = await openStore(config, { log, ...(opts.now ? { now: opts.now } : {}) });
    const app = createApp({ config, log, store, faces, ...(opts.now ? { now: opts.now } : {}), ...opts.app });
    const { url } = await app.listen();
    return { app, url };
  };
  const harness: Harness = {
    ...(await boot()),
    connector,
    logs,
    dbPath,
    backend,
    databaseUrl,
    async query<T>(text: string) {
      if (databaseUrl) {
        const client = new pg.Client({ connectionString: databaseUrl });
        await client.connect();
        try {
          return (await client.query(text)).rows as T[];
        } finally {
          await client.end();
        }
      }
      const db = new Database(dbPath, { readonly: true });
      try {
        return db.prepare(text).all() as T[];
      } finally {
        db.close();
      }
    },
    roundTrips: () =>
      (harness.app.store as Partial<PostgresStore>).connection?.roundTrips() ??
      (harness.app.store as Partial<SqliteStore>).statements?.() ??
      0,
    async restart() {
      await harness.app.close();
      Object.assign(harness, await boot());
    },
    async stop() {
      await harness.app.close();
      await connector.stop();
      dir.cleanup();
    },
  };
  return harness;
}

export interface UserOptions {
  aadObjectId?: string;
  name?: string;
  email?: string;
  locale?: string;
  conversationId?: string;
  conversationType?: 'personal' | 'groupChat' | 'channel';
}

export interface TurnResult {
  status: number;
  body: any;
  /** What the bot sent to the connector during this turn. */
  sent: RecordedCall[];
  /** The texts of sent messages, card texts flattened. */
  texts: string[];
}

/** A Teams user talking to the bot over HTTP, the way the Teams channel posts activities. */
export class TeamsUser {
  readonly aadObjectId: string;
  readonly userId: string;
  readonly conversationId: string;
  constructor(
    private readonly harness: Pick<Harness, 'url' | 'connector'>,
    readonly opts: UserOptions = {},
  ) {
    this.aadObjectId = opts.aadObjectId ?? randomUUID();
    this.userId = `29:${this.aadObjectId}`;
    this.conversationId = opts.conversationId ?? `a:personal-${this.aadObjectId}`;
    harness.connector.addMember({
      id: this.userId,
      aadObjectId: this.aadObjectId,
      name: opts.name ?? 'Olle Orderer',
      email: opts.email ?? `${this.aadObjectId.slice(0, 8)}@contoso.example`,
      userPrincipalName: opts.email ?? `${this.aadObjectId.slice(0, 8)}@contoso.example`,
    });
  }

  activity(extra: Record<string, unknown>): Record<string, unknown> {
    return {
      channelId: 'msteams',
      serviceUrl: this.harness.connector.url,
      id: randomUUID(),
      timestamp: new Date().toISOString(),
      locale: this.opts.locale ?? 'en-US',
      from: { id: this.userId, aadObjectId: this.aadObjectId, name: this.opts.name ?? 'Olle Orderer' },
      recipient: { id: '28:bot-id', name: 'ID06' },
      conversation: { id: this.conversationId, conversationType: this.opts.conversationType ?? 'personal', tenantId: TENANT },
      channelData: { tenant: { id: TENANT } },
      ...extra,
    };
  }

  /** `authorization`: the channel's `Bearer <jwt>`, for a bot in production mode. */
  async post(activity: Record<string, unknown>, opts: { authorization?: string } = {}): Promise<TurnResult> {
    const mark = this.harness.connector.calls.length;
    const response = await fetch(`${this.harness.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(opts.authorization ? { authorization: opts.authorization } : {}) },
      body: JSON.stringify(activity),
    });
    const raw = await response.text();
    // What the bot answered in this turn: replies and card updates. Proactive sends (the outbox
    // worker's notifications) go out on their own schedule and may land while a turn runs.
    const sent = this.harness.connector.since(mark).filter((c) => c.kind !== 'send');
    return {
      status: response.status,
      body: raw ? JSON.parse(raw) : undefined,
      sent,
      texts: sent.map((c) => flatten(c.body)).filter(Boolean),
    };
  }

  say(text: string, extra: Record<string, unknown> = {}): Promise<TurnResult> {
    return this.post(this.activity({ type: 'message', text, ...extra }));
  }

  sendAttachment(attachment: Record<string, unknown>, text = ''): Promise<TurnResult> {
    return this.post(
      this.activity({ type: 'message', text, attachments: [attachment, { contentType: 'text/html', content: '<div>img</div>' }] }),
    );
  }

  click(verb: string, data: Record<string, unknown>, replyToId = 'card-1'): Promise<TurnResult> {
    return this.post(
      this.activity({
        type: 'invoke',
        name: 'adaptiveCard/action',
        replyToId,
        value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
      }),
    );
  }
}

/** Text of a message activity, including every text in its Adaptive Cards and button titles. */
export function flatten(activity: any): string {
  if (!activity) return '';
  const parts: string[] = [];
  if (typeof activity.text === 'string') parts.push(activity.text);
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    for (const key of ['text', 'title', 'value']) if (typeof node[key] === 'string') parts.push(node[key]);
    for (const value of Object.values(node)) if (typeof value === 'object') walk(value);
  };
  for (const attachment of activity.attachments ?? []) walk(attachment.content);
  return parts.join('\n');
}

/** The Adaptive Card of a recorded message, if any. */
export function cardOf(call: RecordedCall | undefined): any {
  return call?.body?.attachments?.find((a: any) => a.contentType === 'application/vnd.microsoft.card.adaptive')?.content;
}

/** Everything a turn said: its texts and the JSON of its cards, for "contains" checks. */
export const allSaid = (r: TurnResult): string => r.texts.join('\n') + JSON.stringify(r.sent.map(cardOf));

/** The data (nonce etc.) of the card's button with this verb or title. */
export function actionData(card: any, match: { verb?: string; title?: string }): Record<string, unknown> {
  const action = (card?.actions ?? []).find(
    (a: any) => (match.verb ? a.verb === match.verb : true) && (match.title ? a.title === match.title : true),
  );
  if (!action) throw new Error(`no action ${JSON.stringify(match)} on card: ${JSON.stringify(card?.actions)}`);
  return action.data;
}
