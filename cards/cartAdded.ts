import type { Translate } from '../src/i18n';
import { renderTemplate, type AdaptiveCard } from './render';
import template from './cartAdded.json';

/**
 * The answer to *Add to cart*: what was added, what is still to come (photo later, manual ID
 * verification), and the two next moves right there: *Add another* and *Check out*.
 */
export function cartAddedCard(t: Translate, view: { added: string; notes: string[] }): AdaptiveCard {
  return renderTemplate(template, {
    added: view.added,
    notes: view.notes,
    addAnother: t('cart.new_card'),
    checkOut: t('cart.checkout'),
  });
}
