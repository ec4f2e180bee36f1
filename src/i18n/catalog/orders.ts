import { defineMessages } from '../define';

/** The `orders` list. */
export const orders = defineMessages(
  {
    'orders.title': 'Your orders',
    'orders.none': 'You have no orders yet. Type **checkout** to order the cardholders in your cart.',
    'orders.count.all': '{total} orders, newest first.',
    'orders.count.latest': 'The latest {shown} of {total} orders, newest first.',
    'orders.cards.one': '1 card',
    'orders.cards.many': '{count} cards',
    'orders.more_names': '+{count} more',
    'orders.status.submitted': 'Submitted',
  },
  {
    'orders.title': 'Dina beställningar',
    'orders.none': 'Du har inga beställningar ännu. Skriv **till kassan** för att beställa kortinnehavarna i din varukorg.',
    'orders.count.all': '{total} beställningar, nyaste först.',
    'orders.count.latest': 'De senaste {shown} av {total} beställningar, nyaste först.',
    'orders.cards.one': '1 kort',
    'orders.cards.many': '{count} kort',
    'orders.more_names': '+{count} till',
    'orders.status.submitted': 'Skickad',
  },
);
