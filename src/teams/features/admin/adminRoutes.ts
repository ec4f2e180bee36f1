import { adminCard } from '../../../../cards/admin';
import { cardAttachment, type AdaptiveCard } from '../../../../cards/render';
import type { MessageKey } from '../../../i18n';
import { escapeMarkdown } from '../../../i18n/markdown';
import { adminCompanies, adminView } from '../../../services/roles/adminView';
import { grantRole } from '../../../services/roles/grantRole';
import { revokeRole } from '../../../services/roles/revokeRole';
import { subscribeChannel } from '../../../services/roles/subscribeChannel';
import type { Route, RouteScope } from '../../routes';
import { errorMessageKey, type ErrorMessages } from '../../serviceErrors';
import { clicked, type RouteDeps } from '../../routeDeps';

export type Notice = { text: string; tone: 'good' | 'attention' };

/** Not an admin of that company (or no such company): one answer. */
const NOT_ADMIN: ErrorMessages = { forbidden: 'admin.not_admin', not_found: 'admin.not_admin' };
/** What a refused change says on the refreshed card. */
const CHANGE_REFUSED: ErrorMessages = {
  ...NOT_ADMIN,
  last_admin: 'admin.last_admin',
  validation_failed: 'admin.bad_email',
  unknown_channel: 'error.bad_card_data',
};

/** `admin`: a company admin adds or removes orderers, managers and admins by e-mail, and subscribes a channel. */
export function adminRoutes(deps: RouteDeps): Route[] {
  const { ctx } = deps;
  const card = (scope: RouteScope, companyId?: string, notice?: Notice) => adminCardFor(deps, scope, { companyId, notice });
  /** Runs a change and answers with the refreshed card; service refusals become the card's notice. */
  const change = async (scope: RouteScope, companyId: string, work: () => Promise<Notice>) => {
    let notice: Notice;
    try {
      notice = await work();
    } catch (err) {
      const key = errorMessageKey(err, { profilePending: scope.person.profilePending, what: 'admin.change' }, ctx.log, CHANGE_REFUSED);
      if (!key) throw err;
      if (key === 'admin.not_admin') return { message: scope.t(key) };
      notice = { text: scope.t(key), tone: 'attention' };
    }
    const refreshed = await card(scope, companyId, notice);
    return refreshed ? { card: refreshed } : { message: notice.text };
  };

  const show: Route = {
    name: 'admin',
    command: { en: 'admin', key: 'command.admin' },
    help: 'help.admin',
    shownTo: async (actor) => (await adminCompanies({ ctx, actor })).length > 0,
    async handle(scope) {
      const shown = await card(scope);
      await scope.context.sendActivity(shown ? { attachments: [cardAttachment(shown)] } : scope.t('admin.not_admin'));
    },
  };
  const members: Route<'admin.grant' | 'admin.revoke'> = {
    name: 'admin.members',
    verbs: ['admin.grant', 'admin.revoke'],
    async handle(scope, action) {
      const { verb, data } = clicked(action);
      const email = data.email?.trim().toLowerCase() ?? '';
      const shownEmail = escapeMarkdown(email); // `first_last@…` is an address, not italics
      return change(scope, data.companyId, async () => {
        const input = { companyId: data.companyId, role: data.role, email };
        const role = scope.t(`admin.role.${data.role}`).toLowerCase();
        if (verb === 'admin.grant') {
          const { status } = await grantRole({ ctx, actor: scope.actor, input });
          return {
            text: scope.t(status === 'granted' ? 'admin.granted' : status === 'pending' ? 'admin.granted_pending' : 'admin.already', {
              email: shownEmail,
              role,
            }),
            tone: status === 'already' ? 'attention' : 'good',
          };
        }
        const { status } = await revokeRole({ ctx, actor: scope.actor, input });
        return {
          text: scope.t(status === 'revoked' ? 'admin.revoked' : 'admin.absent', { email: shownEmail, role }),
          tone: status === 'revoked' ? 'good' : 'attention',
        };
      });
    },
  };
  const subscribe: Route<'admin.subscribe'> = {
    name: 'admin.subscribe',
    verbs: ['admin.subscribe'],
    async handle(scope, action) {
      const { data } = clicked(action);
      return change(scope, data.companyId, async () => {
        const { status } = await subscribeChannel({
          ctx,
          actor: scope.actor,
          input: { companyId: data.companyId, conversationId: scope.context.activity.conversation.id },
        });
        return { text: scope.t(status === 'subscribed' ? 'admin.subscribed' : 'admin.already_subscribed'), tone: 'good' };
      });
    },
  };
  /** Several companies: the card's company switch. */
  const switchCompany: Route<'admin.show'> = {
    name: 'admin.show',
    verbs: ['admin.show'],
    errors: NOT_ADMIN,
    async handle(scope, action) {
      const shown = await card(scope, clicked(action).data.switchTo);
      return shown ? { card: shown } : { message: scope.t('admin.not_admin') };
    },
  };
  return [show, members, subscribe, switchCompany];
}

const inChannel = (scope: RouteScope) => scope.context.activity.conversation?.conversationType === 'channel';

/** The admin card of the company (the first the actor administers unless named); undefined for a non-admin. */
export async function adminCardFor(
  deps: RouteDeps,
  scope: RouteScope,
  opts: { companyId?: string | undefined; notice?: Notice | undefined; confirmErase?: string } = {},
): Promise<AdaptiveCard | undefined> {
  const { ctx } = deps;
  const view = await adminView({ ctx, actor: scope.actor, input: { companyId: opts.companyId } });
  if (!view) return undefined;
  const { t } = scope;
  const roleName = (role: string) => t(`admin.role.${role}` as MessageKey).toLowerCase();
  const people = new Map<string, { label: string; roles: string[] }>();
  for (const m of view.members) {
    const entry = people.get(m.personId) ?? {
      label: [m.name, m.email && `(${m.email})`].filter(Boolean).join(' ') || m.personId,
      roles: [],
    };
    entry.roles.push(roleName(m.role));
    people.set(m.personId, entry);
  }
  const members = [
    ...[...people.values()].map((p) => `${p.label}: ${p.roles.join(', ')}`),
    ...view.pending.map((g) => t('admin.pending', { email: escapeMarkdown(g.email), roles: roleName(g.role) })),
  ];
  const companies = [view.company, ...view.otherCompanies]
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'))
    .map((c) => ({ title: c.name, value: c.id }));
  return adminCard(t, {
    companyId: view.company.id,
    companyName: view.company.name,
    members,
    channelCount: view.channels.length,
    inChannel: inChannel(scope),
    notice: opts.notice,
    companies,
    ...(opts.confirmErase ? { confirmErase: opts.confirmErase } : {}),
  });
}
