import { defineMessages } from '../define';

/** The cardholder's rights on the admin card: export and erasure of one person's data. */
export const rights = defineMessages(
  {
    'rights.title': 'A cardholder’s data',
    'rights.email': 'Cardholder’s e-mail',
    'rights.export': 'Export data',
    'rights.erase': 'Erase data',
    'rights.erase_confirm': 'Erase {email}’s data for good',
    'rights.erase_ask':
      'This erases everything held about {email}: their cart items, and the numbers, photo and contact details on ended orders (names and statuses stay for the audit). It cannot be undone. Click “Erase {email}’s data for good” to go ahead.',
    'rights.exported':
      'Export of {email} ready: [download the file]({url}) (JSON with the photo; the link works for 15 minutes). The export is recorded in the audit log.',
    'rights.nothing_held': 'Nothing is held about {email} in this company’s carts or orders.',
    'rights.erased': '{email}’s data is erased: {cart}, {orders}.',
    'rights.erase_waiting':
      '{email}’s data is partly erased: {cart}, {orders}. Orders still under way: {numbers}. Their data is erased once they are cancelled or ended (the daily job checks).',
    'rights.cart_items': { one: '{count} cart item removed', other: '{count} cart items removed' },
    'rights.order_items': { one: '{count} ended order item cleared', other: '{count} ended order items cleared' },
    'rights.not_allowed': 'Only the company’s admin or the issuer’s reviewer can export or erase a cardholder’s data. Nothing was changed.',
  },
  {
    'rights.title': 'En kortinnehavares uppgifter',
    'rights.email': 'Kortinnehavarens e-post',
    'rights.export': 'Exportera uppgifter',
    'rights.erase': 'Radera uppgifter',
    'rights.erase_confirm': 'Radera {email}s uppgifter för gott',
    'rights.erase_ask':
      'Detta raderar allt som finns om {email}: varukorgsrader samt nummer, foto och kontaktuppgifter på avslutade beställningar (namn och status sparas för granskningsloggen). Det går inte att ångra. Klicka på ”Radera {email}s uppgifter för gott” för att fortsätta.',
    'rights.exported':
      'Exporten av {email} är klar: [ladda ner filen]({url}) (JSON med fotot; länken fungerar i 15 minuter). Exporten finns i granskningsloggen.',
    'rights.nothing_held': 'Inget finns om {email} i företagets varukorgar eller beställningar.',
    'rights.erased': '{email}s uppgifter är raderade: {cart}, {orders}.',
    'rights.erase_waiting':
      '{email}s uppgifter är delvis raderade: {cart}, {orders}. Beställningar som pågår: {numbers}. Deras uppgifter raderas när de avbryts eller avslutas (det dagliga jobbet kontrollerar).',
    'rights.cart_items': { one: '{count} varukorgsrad borttagen', other: '{count} varukorgsrader borttagna' },
    'rights.order_items': { one: '{count} avslutad beställningsrad rensad', other: '{count} avslutade beställningsrader rensade' },
    'rights.not_allowed':
      'Bara företagets administratör eller utfärdarens granskare kan exportera eller radera en kortinnehavares uppgifter. Inget ändrades.',
  },
);
