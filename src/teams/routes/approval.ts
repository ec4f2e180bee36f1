import type { AdaptiveCard } from '../../../cards/render';
import { ValidationFailedError } from '../../services/errors';
import { cardRefusal } from './cardRefusal';
import { decideApproval } from '../../services/lifecycle/decideApproval';
import { resendApproval } from '../../services/lifecycle/resendApproval';
import { portsOf } from '../../services/lifecycle/shared';
import type { InvokeReply } from '../../chat/invokeReply';
import type { Route, RouteScope } from '../routes';
import { clicked, type RouteDeps } from './deps';

/** The cardholder's decision and the orderer's resend. Authorisation is on the clicking user, never the card data. */
export function approvalRoutes(deps: RouteDeps): Route[] {
  const { ctx } = deps;
  const guarded = async (scope: RouteScope, work: () => Promise<InvokeReply>): Promise<InvokeReply> => {
    try {
      return await work();
    } catch (err) {
      const refused = cardRefusal(scope, err, ctx.log);
      if (refused) return refused;
      if (err instanceof ValidationFailedError) return { message: scope.t('orderer.invalid', { problem: err.issues.join('; ') }) };
      throw err;
    }
  };
  const decide: Route<'approval.decide'> = {
    name: 'approval.decide',
    verbs: ['approval.decide'],
    handle: (scope, action) =>
      guarded(scope, async () => {
        const { data } = clicked(action);
        const result = await decideApproval({ ctx, actor: scope.actor, input: data });
        if (result.kind === 'refused') return { message: scope.t(result.code === 'reason_required' ? 'approval.reason_required' : 'error.bad_card_data') };
        if (result.kind === 'already_decided') return { message: scope.t('approval.already_decided') };
        const found = await ctx.store.lifecycle.item(result.item.id);
        const outcome = data.decision === 'approve' ? 'approved' : 'declined';
        return { card: portsOf(ctx).approvals.outcome({ item: result.item, order: found!.order, outcome }, scope.locale).card as AdaptiveCard };
      }),
  };
  const resend: Route<'approval.resend'> = {
    name: 'approval.resend',
    verbs: ['approval.resend'],
    handle: (scope, action) =>
      guarded(scope, async () => {
        const { data } = clicked(action);
        const input = { ...data, ...(data.email === '' ? { email: undefined } : {}) };
        const result = await resendApproval({ ctx, actor: scope.actor, input });
        if (result.kind === 'already_decided') return { message: scope.t('approval.already_decided') };
        if (result.kind === 'refused') return { message: scope.t('error.bad_card_data') };
        return { message: scope.t('orderer.resent', { name: `${result.item.firstName} ${result.item.lastName}` }) };
      }),
  };
  return [decide, resend];
}
