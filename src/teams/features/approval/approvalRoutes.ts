import type { AdaptiveCard } from '../../../../cards/render';
import { decideApproval } from '../../../services/lifecycle/decideApproval';
import { resendApproval } from '../../../services/lifecycle/resendApproval';
import { portsOf } from '../../../services/lifecycle/shared';
import type { Route } from '../../routes';
import { clicked, type RouteDeps } from '../../routeDeps';

/** The cardholder's decision and the orderer's resend. Authorisation is on the clicking user, never the card data. */
export function approvalRoutes(deps: RouteDeps): Route[] {
  const { ctx } = deps;
  const decide: Route<'approval.decide'> = {
    name: 'approval.decide',
    verbs: ['approval.decide'],
    errors: { validation_failed: 'error.bad_card_data' },
    async handle(scope, action) {
      const { data } = clicked(action);
      const result = await decideApproval({ ctx, actor: scope.actor, input: data });
      if (result.kind === 'refused')
        return {
          message: scope.t(
            result.code === 'reason_required'
              ? 'approval.reason_required'
              : result.code === 'card_in_review'
                ? 'review.card_in_review'
                : 'error.bad_card_data',
          ),
        };
      if (result.kind === 'already_decided') return { message: scope.t('approval.already_decided') };
      const outcome = data.decision === 'approve' ? 'approved' : 'declined';
      return {
        card: portsOf(ctx).approvals.outcome({ item: result.item, order: result.order, outcome }, scope.locale).card as AdaptiveCard,
      };
    },
  };
  const resend: Route<'approval.resend'> = {
    name: 'approval.resend',
    verbs: ['approval.resend'],
    // A name or e-mail the service refuses: the user is told what to check, the issues go to the log.
    errors: { validation_failed: 'orderer.invalid' },
    async handle(scope, action) {
      const { data } = clicked(action);
      const input = { ...data, ...(data.email === '' ? { email: undefined } : {}), via: data.via || undefined };
      const result = await resendApproval({ ctx, actor: scope.actor, input });
      if (result.kind === 'already_decided') return { message: scope.t('approval.already_decided') };
      if (result.kind === 'refused') return { message: scope.t('error.bad_card_data') };
      return {
        message: scope.t(result.toIssuer ? 'orderer.resent_to_issuer' : 'orderer.resent', {
          name: `${result.item.firstName} ${result.item.lastName}`,
        }),
      };
    },
  };
  return [decide, resend];
}
