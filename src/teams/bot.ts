import {
  ActivityTypes,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TaskModuleRequest,
  type TaskModuleResponse,
  type TurnContext,
} from 'botbuilder';
import { DialogSet } from 'botbuilder-dialogs';
import type { KeyValueStorage } from '../store/ports';
import { DialogStateStore } from './dialogStateStore';
import { cardAttachment } from '../../cards/render';
import { welcomeCard } from '../../cards/welcome';
import { isGreeting } from '../chat/greeting';
import { parseCardAction } from '../../cards/verbs';
import { CheckoutDialog, type CheckoutDeps } from '../../dialogs/checkout/checkoutDialog';
import { NewCardDialog, type NewCardDeps } from '../../dialogs/newCard/newCardDialog';
import type { ServiceContext } from '../services/context';
import { localeOf, messageText } from '../chat/turnText';
import { captureTurn, type CaptureOptions } from './capture';
import { buildRoutes } from './commands';
import { importAttachment, importRoutes, startImport, type ImportDeps } from './features/import/importFlow';
import type { InvokeReply } from '../chat/invokeReply';
import type { TurnPerson, UploadedPhoto } from '../chat/turn';
import { answerDialog } from './dialogHost';
import { KeyedQueue } from './keyedQueue';
import type { ConversationLeases } from './conversationLease';
import { RoutingTable, type RouteScope } from './routes';
import { photoTaskFetch } from './features/newCard/photoTaskModule';
import { moveToPersonalChat, runsHere } from './personalChat';
import { errorMessageKey, type ErrorMessages } from './serviceErrors';

/** botbuilder-dialogs' turn-state key for DialogStateManager's configuration (not exported by the package). */
const DIALOG_MEMORY_CONFIG = 'DialogStateManagerConfiguration';

export interface BotDeps {
  ctx: ServiceContext;
  botState: KeyValueStorage;
  capture: CaptureOptions;
  newCard: NewCardDeps;
  import: ImportDeps;
  checkout: CheckoutDeps;
  /** The signed, short-lived download of a cardholder export (the admin card's "Export"). */
  exportUrl?(requestId: string): string;
  /** *Open in Orders* on an order's card: a Teams deep link to the Orders tab (absent without a Teams app id). */
  ordersLink?(orderNumber: string): string;
  /** Several instances on one database: a conversation's turns also take its lease (none on SQLite: one process). */
  leases?: ConversationLeases;
}

/**
 * The Teams edge: captures who is talking, then sends text and card verbs through one routing
 * table; anything else continues the active dialog. Turns of one conversation run one at a time.
 */
export class Id06Bot extends TeamsActivityHandler {
  private readonly dialogState: DialogStateStore;
  private readonly dialogs: DialogSet;
  private readonly routes: RoutingTable;
  private readonly queue = new KeyedQueue();
  private dialogMemoryConfig: unknown;
  /**
   * The values captured at the start of each running turn. botbuilder's activity dispatch hands
   * the handlers only the context, so the bot keeps them here, keyed by that context, and passes
   * them on as values from `scope()`; nothing else reads them.
   */
  private readonly turns = new WeakMap<TurnContext, { person: TurnPerson; uploadedPhoto?: UploadedPhoto }>();

  constructor(private readonly deps: BotDeps) {
    super();
    this.dialogState = new DialogStateStore(deps.botState);
    this.dialogs = new DialogSet(this.dialogState).add(new NewCardDialog(deps.newCard)).add(new CheckoutDialog(deps.checkout));
    this.routes = new RoutingTable(
      buildRoutes({
        ctx: deps.ctx,
        table: () => this.routes,
        thumbnailUrl: deps.newCard.thumbnailUrl,
        ...(deps.exportUrl ? { exportUrl: deps.exportUrl } : {}),
        ...(deps.ordersLink ? { ordersLink: deps.ordersLink } : {}),
        extra: importRoutes(deps.import),
      }),
    );

    this.onMembersAdded(async (context, next) => {
      const botAdded = context.activity.membersAdded?.some((m) => m.id === context.activity.recipient.id);
      if (botAdded) await this.sendWelcome(context);
      await next();
    });
  }

  /** Entry point for the adapter; an upload turn (server-made) also brings the photo the upload page stored. */
  async handleTurn(context: TurnContext, extra: { uploadedPhoto?: UploadedPhoto } = {}): Promise<void> {
    const conversationId = context.activity.conversation?.id ?? 'none';
    const turn = async () => {
      const person = await captureTurn(context, this.deps.ctx, this.deps.capture);
      if (person) this.turns.set(context, { person, ...extra });
      try {
        await this.run(context);
      } finally {
        this.turns.delete(context);
        await this.dialogState.save(context);
      }
    };
    // In-process order first (no database polling between two turns of one chat on this instance), then the fleet-wide lease.
    const leases = this.deps.leases;
    await this.queue.run(conversationId, leases ? () => leases.hold(conversationId, turn) : turn);
  }

  protected override async onMessageActivity(context: TurnContext): Promise<void> {
    const { t } = localeOf(context);
    const scope = await this.scope(context);
    if (!scope) return;
    const text = messageText(context);
    const welcomed =
      scope.person.firstContact && scope.dc.context.activity.conversation.conversationType !== 'channel' && !scope.dc.activeDialog;
    if (welcomed) await this.sendWelcome(context);
    const route = text ? this.routes.forText(text) : undefined;
    if (route) {
      await this.guard(
        scope,
        () => (runsHere(route, scope) ? route.handle(scope) : moveToPersonalChat(this.deps.ctx, scope, route)),
        route.errors,
      );
      return;
    }
    if (scope.dc.activeDialog) {
      await this.guard(scope, () => answerDialog(scope));
      return;
    }
    const file = importAttachment(context.activity.attachments);
    const importRoute = this.routes.byName('import');
    if (file && importRoute) {
      await this.guard<unknown>(scope, () =>
        runsHere(importRoute, scope) ? startImport(scope, file, this.deps.import) : moveToPersonalChat(this.deps.ctx, scope, importRoute),
      );
      return;
    }
    if (text && isGreeting(text)) {
      if (!welcomed) await this.sendWelcome(context);
      return;
    }
    await context.sendActivity(
      text ? t('unknown.hint', { text: text.length > 60 ? `${text.slice(0, 57)}...` : text }) : t('unknown.no_text'),
    );
  }

  protected override async onEventActivity(context: TurnContext): Promise<void> {
    const scope = await this.scope(context);
    if (scope?.dc.activeDialog) await this.guard(scope, () => answerDialog(scope));
    else if (scope?.uploadedPhoto) await context.sendActivity(scope.t('upload.no_dialog'));
  }

  /** "Upload in Teams" on the photo question: the upload page as a Teams dialog. */
  protected override async handleTeamsTaskModuleFetch(context: TurnContext, request: TaskModuleRequest): Promise<TaskModuleResponse> {
    const uploadLink = this.deps.newCard.uploadLink;
    return photoTaskFetch({ scope: await this.scope(context), t: localeOf(context).t, request, uploadLink });
  }

  /**
   * The upload page in a Teams dialog calls `dialog.url.submit()` when done. The chat was already
   * continued by the upload itself, so an empty answer just closes the dialog.
   */
  protected override async handleTeamsTaskModuleSubmit(): Promise<TaskModuleResponse> {
    return undefined as unknown as TaskModuleResponse;
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const { t } = localeOf(context);
    // The click is parsed before the turn's scope is resolved: a forged or stale card costs no database work.
    const parsed = parseCardAction(value);
    const route = parsed.ok ? this.routes.forVerb(parsed.action.verb) : undefined;
    if (!parsed.ok || !route) {
      this.deps.ctx.log.warn(
        { event: 'card.bad_data', reason: parsed.ok ? `no route for ${parsed.action.verb}` : parsed.reason },
        'card action refused before routing',
      );
      return invokeResponse({ message: t('error.bad_card_data') });
    }
    const scope = await this.scope(context);
    if (!scope) return invokeResponse({ message: t('error.bad_card_data') });
    const reply = await this.guard(
      scope,
      () => (runsHere(route, scope) ? route.handle(scope, parsed.action) : moveToPersonalChat(this.deps.ctx, scope, route)),
      route.errors,
    );
    return invokeResponse(reply ?? { message: t('invoke.done') });
  }

  private async scope(context: TurnContext): Promise<RouteScope | undefined> {
    const captured = this.turns.get(context);
    if (!captured) return undefined;
    // botbuilder-dialogs rebuilds its memory-scope registry for every DialogContext unless the
    // turn already carries one; it holds no per-turn state, so build it once and reuse it.
    if (this.dialogMemoryConfig) context.turnState.set(DIALOG_MEMORY_CONFIG, this.dialogMemoryConfig);
    const dc = await this.dialogs.createContext(context);
    this.dialogMemoryConfig ??= context.turnState.get(DIALOG_MEMORY_CONFIG);
    const { person } = captured.person;
    return {
      context,
      dc,
      ...localeOf(context),
      ...captured,
      actor: { personId: person.id, tenantId: person.tenantId, conversationId: context.activity.conversation?.id },
    };
  }

  /** Service errors get their one sentence (serviceErrors.ts, the route's overrides first); anything else goes to onTurnError. */
  private async guard<T>(scope: RouteScope, work: () => Promise<T>, errors?: ErrorMessages): Promise<T | InvokeReply | undefined> {
    try {
      return await work();
    } catch (err) {
      const { activity } = scope.context;
      const what =
        activity.type === ActivityTypes.Invoke
          ? (activity.value as { action?: { verb?: string } } | undefined)?.action?.verb
          : activity.type;
      const key = errorMessageKey(err, { profilePending: scope.person.profilePending, what }, this.deps.ctx.log, errors);
      if (!key) throw err;
      if (activity.type === ActivityTypes.Invoke) return { message: scope.t(key) };
      await scope.context.sendActivity(scope.t(key));
      return undefined;
    }
  }

  private async sendWelcome(context: TurnContext): Promise<void> {
    const { t } = localeOf(context);
    await context.sendActivity({ attachments: [cardAttachment(welcomeCard(t, { localMode: this.deps.capture.localMode }))] });
  }
}

function invokeResponse(reply: InvokeReply | void | unknown): AdaptiveCardInvokeResponse {
  const r = reply as InvokeReply | undefined;
  if (r && 'card' in r) return { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: r.card as never };
  return {
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: ((r && 'message' in r && r.message) || '') as never,
  };
}
