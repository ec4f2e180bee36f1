import { defineMessages } from '../define';

/** Events of the order life cycle, as one line each (coalesced per order into one compact card). */
export const lifecycle = defineMessages(
  {
    'event.title': 'Order {number} · {company}',
    'event.open_in_orders': 'Open in Orders',
    'event.submitted': {
      one: 'Submitted with {count} card; waiting for the issuer’s review.',
      other: 'Submitted with {count} cards; waiting for the issuer’s review.',
    },
    'event.approved': 'Approved by the issuer. The cardholders are asked to confirm their details.',
    'event.rejected': 'Rejected by the issuer: {reason}',
    'event.item_rejected': 'The issuer rejected the card for {name}: {reason}',
    'event.cancelled': 'Cancelled before production: {reason}',
    'event.item_cancelled': 'The card for {name} was cancelled before production: {reason}',
    'event.item_approved': '{name} approved their card details.',
    'event.item_declined': '{name} says something is wrong: {reason}',
    'event.item_expired': '{name} did not answer in time; the approval expired.',
    'event.item_resent': 'A new approval card was sent to {name}.',
    'event.item_to_issuer':
      'The name printed on the card changed to {name}: the card issuer reviews it again before the cardholder is asked.',
    'event.card_reviewed': 'The card issuer approved the changed card of {name}; the cardholder is asked to approve it.',
    'event.item_produced': 'The card for {name} is produced.',
    'event.item_shipped': 'The card for {name} is shipped (tracking {tracking}).',
    'event.item_delivered': 'The card for {name} is delivered.',
    'event.card_title': 'ID06 order update',
  },
  {
    'event.title': 'Beställning {number} · {company}',
    'event.open_in_orders': 'Öppna i Beställningar',
    'event.submitted': 'Skickad med {count} kort; väntar på utfärdarens granskning.',
    'event.approved': 'Godkänd av utfärdaren. Kortinnehavarna ombeds bekräfta sina uppgifter.',
    'event.rejected': 'Avslagen av utfärdaren: {reason}',
    'event.item_rejected': 'Utfärdaren avslog kortet för {name}: {reason}',
    'event.cancelled': 'Avbeställd före tillverkning: {reason}',
    'event.item_cancelled': 'Kortet för {name} avbeställdes före tillverkning: {reason}',
    'event.item_approved': '{name} godkände sina kortuppgifter.',
    'event.item_declined': '{name} säger att något är fel: {reason}',
    'event.item_expired': '{name} svarade inte i tid; godkännandet har gått ut.',
    'event.item_resent': 'Ett nytt godkännandekort skickades till {name}.',
    'event.item_to_issuer':
      'Namnet som trycks på kortet ändrades till {name}: kortutfärdaren granskar det igen innan kortinnehavaren tillfrågas.',
    'event.card_reviewed': 'Kortutfärdaren godkände det ändrade kortet för {name}; kortinnehavaren ombeds godkänna det.',
    'event.item_produced': 'Kortet för {name} är tillverkat.',
    'event.item_shipped': 'Kortet för {name} är skickat (spårning {tracking}).',
    'event.item_delivered': 'Kortet för {name} är levererat.',
    'event.card_title': 'Uppdatering om ID06-beställning',
  },
);
