import { adminCard } from '../../../cards/admin';
import { cardAttachment, type AdaptiveCard } from '../../../cards/render';
import type { MessageKey } from '../../i18n';
import { ForbiddenError, LastAdminError, NotFoundError, UnknownChannelError, ValidationFailedError } from '../../services/errors';
import { adminCompanies, adminView } from '../../services/roles/adminView';
import { grantRole } from '../../services/roles/grantRole';
import { revokeRole } from '../../services/roles/revokeRole';
import { subscribeChannel } from '../../services/roles/subscribeChannel';
import type { Route, RouteScope } from '../routes';
import { clicked, type RouteDeps } from './deps';

export type Notice = { text: string; tone: 'good' | 'attention' };

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
      if (err instanceof ForbiddenError || err instanceof NotFoundError) return { message: scope.t('admin.not_admin') };
      if (err instanceof LastAdminError) notice = { text: scope.t('admin.last_admin'), tone: 'attention' };
      else if (err instanceof ValidationFailedError) notice = { text: scope.t('admin.bad_email'), tone: 'attention' };
      else if (err instanceof UnknownChannelError) notice = { text: scope.t('error.bad_card_data'), tone: 'attention' };
      else throw err;
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
      return change(scope, data.companyId, async () => {
        const input = { companyId: data.companyId, role: data.role, email };
        const role = scope.t(`admin.role.${data.role}`).toLowerCase();
        if (verb === 'admin.grant') {
          const { status } = await grantRole({ ctx, actor: scope.actor, input });
          return { text: scope.t(status === 'granted' ? 'admin.granted' : status === 'pending' ? 'admin.granted_pending' : 'admin.already', { email, role }), tone: status === 'already' ? 'attention' : 'good' };
        }
        const { status } = await revokeRole({ ctx, actor: scope.actor, input });
        return { text: scope.t(status === 'revoked' ? 'admin.revoked' : 'admin.absent', { email, role }), tone: status === 'revoked' ? 'good' : 'attention' };
      });
    },
  };
  const subscribe: Route<'admin.subscribe'> = {
    name: 'admin.subscribe',
    verbs: ['admin.subscribe'],
    async handle(scope, action) {
      const { data } = clicked(action);
      return change(scope, data.companyId, async () => {
        const { status } = await subscribeChannel({ ctx, actor: scope.actor, input: { companyId: data.companyId, conversationId: scope.context.activity.conversation.id } });
        return { text: scope.t(status === 'subscribed' ? 'admin.subscribed' : 'admin.already_subscribed'), tone: 'good' };
      });
    },
  };
  /** Several companies: the card's company switch. */
  const switchCompany: Route<'admin.show'> = {
    name: 'admin.show',
    verbs: ['admin.show'],
    async handle(scope, action) {
      const { data } = clicked(action);
      try {
        const shown = await card(scope, data.switchTo);
        return shown ? { card: shown } : { message: scope.t('admin.not_admin') };
      } catch (err) {
        if (err instanceof NotFoundError || err instanceof ForbiddenError) return { message: scope.t('admin.not_admin') };
        throw err;
      }
    },
  };
  return [show, members, subscribe, switchCompany];
}

const inChannel = (scope: RouteScope) => scope.context.activity.conversation?.conversationType === 'channel';

/** The admin card of the company (the first the actor administers unless named); undefined for a non-admin. */
export async function adminCardFor(deps: RouteDeps, scope: RouteScope, opts: { companyId?: string | undefined; notice?: Notice | undefined; confirmErase?: string } = {}): Promise<AdaptiveCard | undefined> {
  const { ctx } = deps;
  const view = await adminView({ ctx, actor: scope.actor, companyId: opts.companyId });
  if (!view) return undefined;
  const { t } = scope;
  const roleName = (role: string) => t(`admin.role.${role}` as MessageKey).toLowerCase();
  const people = new Map<string, { label: string; roles: string[] }>();
  for (const m of view.members) {
    const entry = people.get(m.personId) ?? { label: [m.name, m.email && `(${m.email})`].filter(Boolean).join(' ') || m.personId, roles: [] };
    entry.roles.push(roleName(m.role));
    people.set(m.personId, entry);
  }
  const members = [...[...people.values()].map((p) => `${p.label}: ${p.roles.join(', ')}`), ...view.pending.map((g) => t('admin.pending', { email: g.email, roles: roleName(g.role) }))];
  const companies = [view.company, ...view.otherCompanies].sort((a, b) => a.name.localeCompare(b.name, 'sv')).map((c) => ({ title: c.name, value: c.id }));
  return adminCard(t, { companyId: view.company.id, companyName: view.company.name, members, channelCount: view.channels.length, inChannel: inChannel(scope), notice: opts.notice, companies, ...(opts.confirmErase ? { confirmErase: opts.confirmErase } : {}) });
}
