import type { AddressInfo } from 'node:net';
import { createHttpServer } from './http/server';
import { UrlSigner } from './http/signing';
import { photoPath, photoRoutes, thumbnailPath, THUMBNAIL_TTL_MS } from './http/photoRoutes';
import { TabTokenVerifier } from './http/tabAuth';
import { tabApiRoutes } from './http/tabRoutes';
import { developmentSessions, teamsSessions } from './http/tabSession';
import { tabStaticRoutes } from './http/tabStatic';
import { importRoutes as importHttpRoutes, IMPORT_LINK_TTL_MS, reportPath, templatePath } from './http/importRoutes';
import { BackgroundTasks } from './teams/background';
import { uploadAssetRoutes } from './http/uploadAssets';
import { uploadPath, uploadRoutes } from './http/uploadRoutes';
import { exportPath, rightsRoutes } from './http/rightsRoutes';
import { EXPORT_LINK_TTL_MS } from './services/rights/exportDocument';
import { issueUploadToken, UPLOAD_LINK_TTL_MS } from './services/uploads/issueUploadToken';
import { importResumeLoop } from './teams/features/import/importResume';
import type { ServiceContext } from './services/context';
import { FleetRateLimits, OutboxWorker, storeRecipients, systemClock, type Clock } from './notify';
import { teamsCardNotices } from './teams/features/cardsInUse/cardNotices';
import { timerLoops } from './timerLoops';
import { BotFrameworkProactiveSender } from './teams/proactive';
import { createBotAuthentication } from './teams/botAuthentication';
import type { WakeupChannel } from './store/ports';
import { createSqliteStore } from './store/sqlite';
import { WorkerFaceDetector } from './photos/faces/workerFaceDetector';
import { Id06Bot } from './teams/bot';
import { ConversationLeases } from './teams/conversationLease';
import { turnErrorHandler } from './teams/turnError';
import { SeenCache } from './teams/seenCache';
import { createPhotoIntake } from './teams/features/newCard/photoIntake';
import { createUploadContinuation } from './teams/features/newCard/photoUpload';
import { createUploadLinks } from './teams/uploadLinks';
import { createImportUploadContinuation } from './teams/features/import/importUpload';
import type { ImportDeps } from './teams/features/import/importFlow';
import { checkoutDeps, newCardDeps } from './teams/dialogDeps';
import { teamsIssuerDesk } from './teams/features/review/issuerDesk';
import { teamsApprovalCards } from './teams/features/approval/approvalCards';
import { ordersTabLink } from './chat/ordersTabLink';
import { eventRenderer } from './teams/features/orders/eventRender';
import { approvalUnreachable, rememberPostedCards } from './services/lifecycle/deliveryHooks';
import { createReach } from './reach';
import { reachJobs, reachJobsGaveUp } from './services/reach/jobs';
import { approvalPath, approvalRoutes } from './http/approvalRoutes';
import { TurnAdapter } from './teams/activityEndpoint';

import type { App, AppOptions } from './appTypes';

export type { App, AppOptions } from './appTypes';

/** The composition root as a function, so tests start the real server on an ephemeral port. */
export function createApp({
  config,
  log,
  now = () => new Date(),
  store = createSqliteStore(config.databasePath, now),
  faces: givenFaces,
  fetchEntraKeys,
  fetchGraph,
}: AppOptions): App {
  // A detector handed in belongs to the caller (tests share one across restarts); ours is closed with the app.
  const faces = givenFaces ?? new WorkerFaceDetector({ log });
  const reviewers = config.reviewers;
  const everyoneReviews = config.mode === 'local' && reviewers.emails.length === 0 && !reviewers.channelConversationId;
  const ctx: ServiceContext = { store, now, log, reviewers: { ...reviewers, everyone: everyoneReviews }, faces };
  const authentication = createBotAuthentication(config.bot, log);
  const adapter = new TurnAdapter(authentication.inbound);
  adapter.onTurnError = turnErrorHandler(log, config.bot.turnCallTimeoutMs);

  // Open in Orders (a Teams deep link) only when the bot is a Teams app: the Agents Playground has no tabs.
  const ordersLink = config.bot.appId ? (number: string) => ordersTabLink(config.bot.appId!, number) : undefined;
  const clock: Clock = { ...systemClock, now: () => now().getTime() };
  // Set once the signer exists (below); the outbox's jobs run only after listen().
  // eslint-disable-next-line prefer-const -- assigned below, read by the outbox's jobs only after listen()
  let reach: ReturnType<typeof createReach>;
  const outbox = new OutboxWorker({
    outbox: store.outbox,
    recipients: storeRecipients(store),
    sender: new BotFrameworkProactiveSender({ appId: config.bot.appId ?? '', authentication, now: clock.now }),
    jobs: { run: (message) => reachJobs(ctx, reach).run(message) },
    clock,
    log,
    render: eventRenderer(ordersLink),
    pollMs: config.outboxPollMs,
    ...(store.rateLimits ? { rateLimits: new FleetRateLimits(store.rateLimits) } : {}),
    onSent: (messages, delivery) => rememberPostedCards(ctx, messages, delivery),
    onUnreachable: async (messages, failure) => {
      log.warn(
        { event: 'outbox.unreachable_recipient', recipient: messages[0]?.recipient, code: failure.code, status: failure.status },
        'recipient unreachable',
      );
      await approvalUnreachable(ctx, messages);
    },
    onFailed: (messages) => reachJobsGaveUp(ctx, messages),
  });

  // A turn may have enqueued messages: wake the worker soon, but at most once per 50 ms, not after
  // every turn (a worker run per turn cost more than the turn itself under load).
  // Where the store can tell, only after a turn that enqueued or revived something.
  let kickPending = false;
  let madeDue = store.outbox.madeDue?.();
  const kickOutboxSoon = () => {
    const current = store.outbox.madeDue?.();
    if (kickPending || (current !== undefined && current === madeDue)) return;
    madeDue = current;
    kickPending = true;
    setTimeout(() => {
      kickPending = false;
      outbox.kick();
    }, 50).unref();
  };

  const { approvalTimers, retention } = timerLoops({ ctx, config, log, clock, kickOutbox: () => outbox.kick() });

  // PUBLIC_BASE_URL defaults to this server; with port 0 (tests) it is known only once listening.
  let publicBaseUrl = config.publicBaseUrl;
  const signer = new UrlSigner(config.signingSecret, () => publicBaseUrl, now);
  // The approval page's link lives exactly as long as the approval round it is for.
  reach = createReach(config, {
    log,
    fetchImpl: fetchGraph,
    approvalLink: (reachId, expiresAt) => signer.sign(approvalPath(reachId), Math.max(0, expiresAt.getTime() - now().getTime())),
  });
  ctx.reach = reach;
  const thumbnailUrl = (photoId: string) => signer.sign(thumbnailPath(photoId), THUMBNAIL_TTL_MS);
  ctx.lifecycle = {
    issuer: teamsIssuerDesk({ thumbnailUrl, photoUrl: (photoId) => signer.sign(photoPath(photoId), THUMBNAIL_TTL_MS) }),
    // An approval card can wait until it expires: its photo link must live as long (a day's margin).
    approvals: teamsApprovalCards({
      thumbnailUrl: (photoId) => signer.sign(thumbnailPath(photoId), (config.approvals.expiryDays + 1) * 86_400_000),
      botAppId: config.bot.appId,
    }),
    timing: config.approvals,
    cards: { notices: teamsCardNotices(), timing: config.cards },
  };
  const background = new BackgroundTasks(log);
  const signUpload = (tokenId: string) => signer.sign(uploadPath(tokenId), UPLOAD_LINK_TTL_MS);
  const attachmentHosts = { ...config.attachments, trustServiceUrl: config.mode === 'local' };
  const importDeps: ImportDeps = {
    ctx,
    attachmentHosts,
    background,
    maxRows: config.maxImportRows,
    templateUrl: (locale) => signer.sign(templatePath(locale), IMPORT_LINK_TTL_MS),
    reportUrl: (jobId) => signer.sign(reportPath(jobId), IMPORT_LINK_TTL_MS),
    uploadLink: createUploadLinks(ctx, signUpload, 'import'),
    continueConversation: (reference, logic) => adapter.continueConversationAsync(config.bot.appId ?? '', reference, logic),
  };
  const importResume = importResumeLoop(
    {
      ...importDeps,
      freshUploadLink: async (check) => {
        const conversationId = (check.reference.conversation as { id?: string } | undefined)?.id;
        if (!conversationId) return undefined;
        const token = await issueUploadToken({
          ctx,
          input: { personId: check.personId, tenantId: check.tenantId, conversationId, locale: check.locale, purpose: 'import' },
        });
        return signUpload(token.id);
      },
    },
    { clock, singleInstance: store.dialect === 'sqlite' },
  );
  const bot = new Id06Bot({
    ctx,
    botState: store.botState,
    capture: {
      localMode: config.mode === 'local',
      localTenantId: 'local-tenant',
      seen: new SeenCache(),
      profileFetchTimeoutMs: config.bot.profileFetchTimeoutMs,
    },
    newCard: newCardDeps(ctx, {
      receivePhoto: createPhotoIntake(ctx, attachmentHosts),
      thumbnailUrl,
      uploadLink: createUploadLinks(ctx, signUpload),
    }),
    checkout: checkoutDeps(ctx),
    import: importDeps,
    exportUrl: (requestId) => signer.sign(exportPath(requestId), EXPORT_LINK_TTL_MS),
    ...(ordersLink ? { ordersLink } : {}),
    ...(store.dialect === 'postgres' ? { leases: new ConversationLeases(store.leases, { log }) } : {}),
  });

  const continuation = createUploadContinuation({
    ctx,
    adapter,
    botAppId: config.bot.appId ?? '',
    runTurn: (context, extra) => bot.handleTurn(context, extra),
    background,
  });
  const importUploads = createImportUploadContinuation(importDeps);
  // The Orders tab's photo links live as long as a person keeps the tab open, not for days.
  const TAB_PHOTO_TTL_MS = 60 * 60 * 1000;
  const tabSso = config.tab.sso;
  const tabSessions = tabSso
    ? teamsSessions(ctx, new TabTokenVerifier(tabSso, { ...(fetchEntraKeys ? { fetchKeys: fetchEntraKeys } : {}), now }))
    : developmentSessions(ctx, signer);
  const turnEndpoint = adapter.endpoint((context) => bot.handleTurn(context));
  const http = createHttpServer(
    {
      log,
      maxBodyBytes: config.maxBodyBytes,
      bodyTimeoutMs: config.bodyTimeoutMs,
      allowedTenants: config.mode === 'production' ? config.allowedTenantIds : null,
      // A turn may have enqueued messages (review cards, approvals): deliver them now, not at the next poll.
      processActivity: (req, res) => turnEndpoint(req, res).finally(kickOutboxSoon),
      healthy: async () => {
        await store.ping();
        return true;
      },
    },
    [
      photoRoutes(store.photos, signer),
      importHttpRoutes(store.imports, signer),
      rightsRoutes({ store, signer, now, log }),
      uploadRoutes({
        ctx,
        signer,
        onUploaded: (upload) => continuation.start(upload),
        onImportReceived: (upload) => importUploads.start(upload),
      }),
      uploadAssetRoutes(),
      approvalRoutes({ ctx, signer }),
      tabApiRoutes({
        ctx,
        sessions: tabSessions,
        // Relative: the tab is served by this server, under whatever name Teams reaches it by.
        thumbnailUrl: (photoId) => relative(signer.sign(thumbnailPath(photoId), TAB_PHOTO_TTL_MS)),
        photoUrl: (photoId) => relative(signer.sign(photoPath(photoId), TAB_PHOTO_TTL_MS)),
      }),
      tabStaticRoutes(log),
    ],
  );

  let closing: Promise<void> | undefined;
  let wakeups: WakeupChannel | undefined;
  return {
    store,
    adapter,
    bot,
    outbox,
    approvalTimers,
    retention,
    checkBotToken: () => authentication.checkToken(),
    listen: () =>
      new Promise((resolve, reject) => {
        http.server.once('error', reject);
        http.server.listen(config.port, config.host, () => {
          const { port } = http.server.address() as AddressInfo;
          const url = `http://${config.host}:${port}`;
          if (new URL(config.publicBaseUrl).port === '0') publicBaseUrl = url;
          // Pending messages from before a restart are in the database: the worker resumes them.
          outbox.start();
          // Other instances' enqueues wake this worker at once; polling remains the fallback.
          wakeups = store.outboxWakeups?.({
            onState: (state, reason) =>
              state === 'lost'
                ? log.warn({ event: 'outbox.listen_lost', reason }, 'lost the outbox wake-up connection; polling until it is back')
                : log.info({ event: 'outbox.listening' }, 'listening for outbox wake-ups'),
          });
          wakeups?.onWake(() => outbox.kick());
          approvalTimers.start();
          // Import checks a crash or restart interrupted: resumed, or ended with a fresh link.
          importResume.start();
          retention.start();
          resolve({ port, url });
        });
      }),
    close: () =>
      (closing ??= (async () => {
        await new Promise<void>((resolve) => http.server.close(() => resolve()));
        await importResume.stop();
        // In-flight requests, upload continuations and background checks get 10 s to finish.
        await Promise.race([Promise.all([http.drained(), background.drain(10_000)]), new Promise((r) => setTimeout(r, 10_000))]);
        await approvalTimers.stop();
        await retention.stop();
        await wakeups?.close();
        await outbox.stop();
        if (!givenFaces) await faces.close();
        reach.close();
        await store.close();
      })()),
  };
}

const relative = (url: string) => {
  const { pathname, search } = new URL(url);
  return `${pathname}${search}`;
};
