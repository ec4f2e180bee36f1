import type { AdaptiveCard } from '../../cards/render';

/**
 * What an `adaptiveCard/action` invoke answers with: a card that replaces the clicked one, or a
 * short message. Routes and dialogs return it; the activity handler sends it.
 */
export type InvokeReply = { card: AdaptiveCard } | { message: string };
