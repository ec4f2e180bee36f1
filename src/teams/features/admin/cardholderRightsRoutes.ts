import { ForbiddenError, NotFoundError, ValidationFailedError } from '../../../services/errors';
import { authorizeRights, eraseCardholder, requestExport } from '../../../services/rights/cardholderRights';
import type { Route, RouteScope } from '../../routes';
import { adminCardFor, type Notice } from './adminRoutes';
import { clicked, type RouteDeps } from '../../routeDeps';

/**
 * The cardholder's rights from the admin card: export everything held about a person (a signed,
 * short-lived download) and erase it, after a confirmation. Each step is audited by the service.
 */
export function cardholderRightsRoutes(deps: RouteDeps): Route[] {
  const { ctx } = deps;
  /** The admin card with the outcome as its notice; a reviewer without the card gets the text. */
  const answer = async (scope: RouteScope, companyId: string, notice: Notice, confirmErase?: string) => {
    const card = await adminCardFor(deps, scope, { companyId, notice, ...(confirmErase ? { confirmErase } : {}) }).catch(() => undefined);
    return card ? { card } : { message: notice.text };
  };
  const attempt = async (scope: RouteScope, companyId: string, work: () => Promise<{ notice: Notice; confirmErase?: string }>) => {
    try {
      const { notice, confirmErase } = await work();
      return answer(scope, companyId, notice, confirmErase);
    } catch (err) {
      if (err instanceof ForbiddenError || err instanceof NotFoundError) return { message: scope.t('rights.not_allowed') };
      if (err instanceof ValidationFailedError) return answer(scope, companyId, { text: scope.t('admin.bad_email'), tone: 'attention' });
      throw err;
    }
  };
  const input = (
    scope: RouteScope,
    data: { companyId: string; cardholderEmail?: string | undefined; cardholder?: string | undefined },
  ) => ({
    ctx,
    actor: scope.actor,
    companyId: data.companyId,
    email: (data.cardholder || data.cardholderEmail || '').trim().toLowerCase(),
  });

  const exportData: Route<'rights.export'> = {
    name: 'rights.export',
    verbs: ['rights.export'],
    async handle(scope, action) {
      const { data } = clicked(action);
      return attempt(scope, data.companyId, async () => {
        const given = input(scope, data);
        const { request, found } = await requestExport(given);
        if (!found || !deps.exportUrl)
          return { notice: { text: scope.t('rights.nothing_held', { email: given.email }), tone: 'attention' } };
        return { notice: { text: scope.t('rights.exported', { email: given.email, url: deps.exportUrl(request.id) }), tone: 'good' } };
      });
    },
  };
  const erase: Route<'rights.erase' | 'rights.eraseConfirm'> = {
    name: 'rights.erase',
    verbs: ['rights.erase', 'rights.eraseConfirm'],
    async handle(scope, action) {
      const { verb, data } = clicked(action);
      return attempt(scope, data.companyId, async () => {
        const given = input(scope, data);
        if (verb === 'rights.erase') {
          // Nothing is erased on the first click: the card asks, naming the person.
          await authorizeRights(given);
          return { notice: { text: scope.t('rights.erase_ask', { email: given.email }), tone: 'attention' }, confirmErase: given.email };
        }
        const outcome = await eraseCardholder(given);
        const counts = {
          email: given.email,
          cart: scope.t('rights.cart_items', { count: outcome.cartItems }),
          orders: scope.t('rights.order_items', { count: outcome.orderItems }),
        };
        return outcome.status === 'erased'
          ? { notice: { text: scope.t('rights.erased', counts), tone: 'good' } }
          : { notice: { text: scope.t('rights.erase_waiting', { ...counts, numbers: outcome.underWay.join(', ') }), tone: 'attention' } };
      });
    },
  };
  return [exportData, erase];
}
