import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { Config } from './config';
import type { Logger } from './logger';
import { localeFrom, t } from './i18n';
import { createHttpServer } from './http/server';
import { UrlSigner } from './http/signing';
import { photoRoutes, thumbnailPath, THUMBNAIL_TTL_MS } from './http/photoRoutes';
import type { ServiceContext } from './services/context';
import { addToCart } from './services/cart/addToCart';
import { OutboxWorker, storeRecipients, systemClock, type Clock } from './notify';
import { BotFrameworkProactiveSender } from './teams/proactive';
import type { Store } from './store/ports';
import { createSqliteStore } from './store/sqlite';
import { Id06Bot } from './teams/bot';
import { SeenCache } from './teams/seenCache';
import { createPhotoIntake } from './teams/photoIntake';
import { requireTurnPerson } from './teams/turnScope';
import { draftToCardholder } from '../dialogs/newCard/complete';

export interface AppOptions {
  config: Config;
  log: Logger;
  now?: () => Date;
  store?: Store;
}

export interface App {
  store: Store;
  adapter: CloudAdapter;
  bot: Id06Bot;
  /** Delivers the outbox; started by `listen`, stopped by `close`. */
  outbox: OutboxWorker;
  listen(): Promise<{ port: number; url: string }>;
  /** Stop accepting, finish in-flight turns, close the database. */
  close(): Promise<void>;
}

/** The composition root as a function, so tests start the real server on an ephemeral port. */
export function createApp({ config, log, now = () => new Date(), store = createSqliteStore(config.databasePath, now) }: AppOptions): App {
  const reviewers = config.reviewers;
  const everyoneReviews = config.mode === 'local' && reviewers.emails.length === 0 && !reviewers.channelConversationId;
  const ctx: ServiceContext = { store, now, log, reviewers: { ...reviewers, everyone: everyoneReviews } };
  const credentials = new ConfigurationServiceClientCredentialFactory({
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppTenantId: config.bot.appTenantId ?? '',
    MicrosoftAppType: config.bot.appType,
  });
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}, credentials));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    const ref = randomUUID().slice(0, 8);
    log.error({ event: 'turn.failed', ref, err: { name: error.name, message: error.message, stack: error.stack }, activityType: context.activity.type, conversationId: context.activity.conversation?.id }, 'turn failed');
    try {
      await context.sendActivity(t(localeFrom(context.activity.locale), 'error.generic', { ref }));
    } catch (sendError) {
      log.warn({ event: 'turn.error_reply_failed', ref, reason: (sendError as Error).message }, 'could not tell the user about the error');
    }
  };

  const clock: Clock = { ...systemClock, now: () => now().getTime() };
  const outbox = new OutboxWorker({
    outbox: store.outbox,
    recipients: storeRecipients(store),
    sender: new BotFrameworkProactiveSender({ appId: config.bot.appId ?? '', credentials, now: clock.now }),
    clock,
    log,
    // Telling the orderer another way is wired with the approval flow; until then, the operator sees it.
    onUnreachable: (messages, failure) =>
      log.warn({ event: 'outbox.unreachable_recipient', recipient: messages[0]?.recipient, code: failure.code, status: failure.status }, 'recipient unreachable'),
  });

  const signer = new UrlSigner(config.signingSecret, config.publicBaseUrl, now);
  const bot = new Id06Bot({
    ctx,
    botState: store.botState,
    capture: { localMode: config.mode === 'local', localTenantId: 'local-tenant', seen: new SeenCache() },
    newCard: {
      now,
      receivePhoto: createPhotoIntake(ctx),
      thumbnailUrl: (photoId) => signer.sign(thumbnailPath(photoId), THUMBNAIL_TTL_MS),
      async addToCart(context, draft) {
        const { person } = requireTurnPerson(context);
        const { cartSize } = await addToCart({ ctx, actor: { personId: person.id, tenantId: person.tenantId }, input: draftToCardholder(draft) });
        return { cartSize };
      },
    },
  });

  const http = createHttpServer(
    {
      log,
      maxBodyBytes: config.maxBodyBytes,
      allowedTenants: config.mode === 'production' ? config.allowedTenantIds : null,
      processActivity: (req, res) => adapter.process(req, res, (context) => bot.handleTurn(context)),
      healthy: async () => {
        await store.ping();
        return true;
      },
    },
    [photoRoutes(store.photos, signer)],
  );

  let closing: Promise<void> | undefined;
  return {
    store,
    adapter,
    bot,
    outbox,
    listen: () =>
      new Promise((resolve, reject) => {
        http.server.once('error', reject);
        http.server.listen(config.port, config.host, () => {
          const { port } = http.server.address() as AddressInfo;
          // Pending messages from before a restart are in the database: the worker resumes them.
          outbox.start();
          resolve({ port, url: `http://${config.host}:${port}` });
        });
      }),
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => http.server.close(() => resolve()));
        await Promise.race([http.drained(), new Promise((r) => setTimeout(r, 10_000))]);
        await outbox.stop();
        await store.close();
      })()),
  };
}
