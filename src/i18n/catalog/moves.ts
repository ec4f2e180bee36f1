import { defineMessages } from '../define';

/** Moving around a dialog: back, keeping the current answer, sending the photo later. */
export const moves = defineMessages(
  {
    'ask.current': 'Current answer: **{answer}**. Type a new answer, or keep it.',
    'ask.keep': 'Keep',
    'checkout.previous_answer': 'Your answer was: **{answer}**. Answer again (the same or a new one).',
    'ask.back': 'Back',
    'ask.photo_current': 'A photo was received for this cardholder. Send another to replace it, or keep it.',
    'photo.later': 'Photo later',
    'photo.later_hint': 'No photo at hand? Choose **Photo later**: the cardholder goes into the cart marked "photo needed", and you send the photo from the cart before checkout.',
    'photo.later_taken': 'Photo later',
    'summary.photo_later': 'Photo needed: send it from the cart (Send photo) before checkout',
    'checkout.nothing_orderable.one': '{names} cannot be ordered until the photo is fixed, and nobody else is in the cart, so a checkout would end without an order. Choose **Send photo** below, then check out.',
    'checkout.nothing_orderable.many': 'None of the {count} cardholders can be ordered yet: {names} need their photos fixed. Choose **Send photo** on each below, then check out.',
    'cart.added.photo_later': '{name} is in the cart marked "photo needed": choose **Send photo** on the cart to send it. The order can be placed once it is there.',
  },
  {
    'ask.current': 'Nuvarande svar: **{answer}**. Skriv ett nytt svar, eller behåll det.',
    'ask.keep': 'Behåll',
    'checkout.previous_answer': 'Ditt svar var: **{answer}**. Svara igen (samma eller ett nytt).',
    'ask.back': 'Tillbaka',
    'ask.photo_current': 'Ett foto har tagits emot för kortinnehavaren. Skicka ett annat för att ersätta det, eller behåll det.',
    'photo.later': 'Foto senare',
    'photo.later_hint': 'Har du inget foto nu? Välj **Foto senare**: kortinnehavaren läggs i varukorgen markerad "foto saknas", och du skickar fotot från varukorgen innan du går till kassan.',
    'photo.later_taken': 'Foto senare',
    'summary.photo_later': 'Foto saknas: skicka det från varukorgen (Skicka foto) innan du går till kassan',
    'checkout.nothing_orderable.one': '{names} kan inte beställas förrän fotot är åtgärdat, och ingen annan ligger i varukorgen, så kassan skulle sluta utan beställning. Välj **Skicka foto** nedan och gå sedan till kassan.',
    'checkout.nothing_orderable.many': 'Ingen av de {count} kortinnehavarna kan beställas ännu: {names} behöver åtgärdade foton. Välj **Skicka foto** på var och en nedan och gå sedan till kassan.',
    'cart.added.photo_later': '{name} ligger i varukorgen markerad "foto saknas": välj **Skicka foto** i varukorgen för att skicka det. Beställningen kan läggas när det finns.',
  },
);
