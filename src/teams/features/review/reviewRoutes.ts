import type { AdaptiveCard } from '../../../../cards/render';
import type { MessageKey } from '../../../i18n';
import { loadCurrentReview } from '../../../services/lifecycle/loadReview';
import { portsOf } from '../../../services/lifecycle/shared';
import { rejectItem } from '../../../services/lifecycle/rejectItem';
import { reviewOrder } from '../../../services/lifecycle/reviewOrder';
import { reviewCardChange } from '../../../services/lifecycle/cardReview';
import type { Order } from '../../../store/ports';
import type { Route, RouteScope } from '../../routes';
import { clicked, type RouteDeps } from '../../routeDeps';

const REFUSALS: Partial<Record<string, MessageKey>> = { reason_required: 'review.reason_required' };

/** The review desk's verbs: approve or reject an order, reject one card. Reviewers only. */
export function reviewRoutes(deps: RouteDeps): Route[] {
  const { ctx } = deps;
  /** The clicked card, as everyone now sees it. */
  const currentCard = async (scope: RouteScope, order: Order): Promise<AdaptiveCard> => {
    const view = await loadCurrentReview(ctx, order);
    const fresh = view.order;
    const outcome =
      fresh.status === 'approved'
        ? { kind: 'approved' as const }
        : fresh.status === 'rejected'
          ? { kind: 'rejected' as const, reason: fresh.reason ?? '' }
          : { kind: 'open' as const };
    return portsOf(ctx).issuer.reviewCard(view, outcome, scope.locale).card as AdaptiveCard;
  };
  const decide: Route<'review.decide'> = {
    name: 'review.decide',
    verbs: ['review.decide'],
    async handle(scope, action) {
      const { data } = clicked(action);
      const result = await reviewOrder({ ctx, actor: scope.actor, input: data });
      if (result.kind === 'refused') return { message: scope.t(REFUSALS[result.code] ?? 'error.bad_card_data') };
      if (result.kind === 'already_decided') return { card: await currentCard(scope, result.order) };
      return { card: await currentCard(scope, result.order) };
    },
  };
  const rejectOne: Route<'review.rejectItem'> = {
    name: 'review.rejectItem',
    verbs: ['review.rejectItem'],
    async handle(scope, action) {
      const { data } = clicked(action);
      if (!data.itemId) return { message: scope.t('review.choose_item') };
      const result = await rejectItem({ ctx, actor: scope.actor, input: { ...data, itemId: data.itemId } });
      if (result.kind === 'refused') return { message: scope.t(REFUSALS[result.code] ?? 'error.bad_card_data') };
      return { card: await currentCard(scope, result.order) };
    },
  };
  /** A card whose printed name changed after the order's approval: the issuer approves the change. */
  const reviewChange: Route<'review.card'> = {
    name: 'review.card',
    verbs: ['review.card'],
    async handle(scope, action) {
      const { data } = clicked(action);
      const result = await reviewCardChange({ ctx, actor: scope.actor, input: data });
      if (result.kind === 'refused') return { message: scope.t('error.bad_card_data') };
      const payload = portsOf(ctx).issuer.cardChange(
        { item: result.item, order: result.order, company: result.company, before: result.item, open: false },
        scope.locale,
      );
      return { card: payload.card as AdaptiveCard };
    },
  };
  return [decide, rejectOne, reviewChange];
}
