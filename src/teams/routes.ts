import type { TurnContext } from 'botbuilder';
import type { DialogContext } from 'botbuilder-dialogs';
import { t as message, type Locale, type MessageKey, type Translate } from '../i18n';
import type { Actor } from '../services/context';
import { commandKey } from './activity';
import type { InvokeReply } from '../chat/invokeReply';
import type { ChatTurn } from '../chat/turn';
import type { CardAction, Verb } from '../../cards/verbs';
import type { ErrorMessages } from './serviceErrors';

/** Everything a route handler gets for one turn (it is the turn as a value too: context, person, uploaded photo). */
export interface RouteScope extends ChatTurn {
  context: TurnContext;
  dc: DialogContext;
  t: Translate;
  locale: Locale;
  actor: Actor;
}

/**
 * One entry of the routing table: a text command (English word, its Swedish word from the
 * catalogue, and other words for the same, all understood whatever the client's language), card
 * verbs, or both.
 */
export interface Route<V extends Verb = Verb> {
  name: string;
  /** `aliases`: more words for the command in either language (`undo` for `back`, `ångra` for `tillbaka`). */
  command?: { en: string; key: MessageKey; aliases?: readonly string[] };
  help?: MessageKey;
  /** Asks for or shows personal data (identity numbers, photos): runs in the personal chat only, never in front of a channel. */
  personalOnly?: boolean;
  /** Card verbs from the verb table; the router hands the handler their parsed data. */
  verbs?: readonly V[];
  /** Listed in `help` only when this holds for the user (e.g. `admin` for company admins). */
  shownTo?(actor: Actor): Promise<boolean>;
  /** Text commands with an argument (`order ID06-2026-000001`): matched on the normalised text. */
  matchText?(key: string): boolean;
  /** This route's own sentences for service errors, over the defaults (serviceErrors.ts). */
  errors?: ErrorMessages;
  /** `interrupt`: runs in the middle of a dialog (help, cancel); otherwise the dialog is left as is. */
  handle(scope: RouteScope, action?: CardAction<V>): Promise<InvokeReply | void>;
}

/** A route with its verbs' data types inferred from `verbs` (for routes written inline in a list). */
export const route = <V extends Verb = never>(r: Route<V>): Route => r;

/** Every word that runs a command: English, Swedish, and the aliases. */
export function commandWords(command: NonNullable<Route['command']>): string[] {
  return [command.en, commandKey(message('sv', command.key)), ...(command.aliases ?? [])];
}

export class RoutingTable {
  private readonly byVerb = new Map<Verb, Route>();
  /** Each route's command words, worked out once (every text turn looks them up). */
  private readonly words = new Map<Route, string[]>();

  constructor(private readonly routes: Route[]) {
    for (const route of routes) {
      if (route.command) this.words.set(route, commandWords(route.command));
      for (const verb of route.verbs ?? []) {
        const taken = this.byVerb.get(verb);
        if (taken) throw new Error(`verb ${verb} is registered twice (routes ${taken.name} and ${route.name})`);
        this.byVerb.set(verb, route);
      }
    }
  }

  /**
   * The route whose command is exactly this text (after mention stripping and normalising), in
   * English or Swedish whatever the client's language: an English client's `avbryt` cancels, it
   * never becomes a last name.
   */
  forText(text: string): Route | undefined {
    const key = commandKey(text);
    if (!key) return undefined;
    return this.routes.find((r) => this.words.get(r)?.includes(key) || r.matchText?.(key));
  }

  forVerb(verb: Verb): Route | undefined {
    return this.byVerb.get(verb);
  }

  /** Verbs of the table that no route handles (a test holds this empty). */
  unhandled(verbs: readonly Verb[]): Verb[] {
    return verbs.filter((v) => !this.byVerb.has(v));
  }

  byName(name: string): Route | undefined {
    return this.routes.find((r) => r.name === name);
  }

  /** The commands that work, for `help`, in the user's language. */
  async helpEntries(t: Translate, locale: Locale, actor: Actor): Promise<{ name: string; description: string }[]> {
    const shown = await Promise.all(this.routes.map(async (r) => !!r.command && !!r.help && (!r.shownTo || (await r.shownTo(actor)))));
    return this.routes
      .filter((_, i) => shown[i])
      .map((r) => ({ name: locale === 'sv' ? `${t(r.command!.key)} (${r.command!.en})` : r.command!.en, description: t(r.help!) }));
  }
}
