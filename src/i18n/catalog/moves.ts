import { defineMessages } from '../define';

/** Moving around a dialog: back, keeping the current answer, sending the photo later. */
export const moves = defineMessages(
  {
    'personal.title': 'Let us continue in our personal chat',
    'personal.open': 'Open the personal chat',
    'personal.where.channel': 'this channel',
    'personal.where.group': 'this group chat',
    'personal.only':
      'Ordering cards asks for personal data (identity numbers, photos, mobile numbers), so I never ask for it in {where}, in front of everyone. Open our personal chat and type the command there.',
    'personal.only.opened':
      'Ordering cards asks for personal data (identity numbers, photos, mobile numbers), so I never ask for it in {where}, in front of everyone. I have written to you in our personal chat: continue there.',
    'personal.continue':
      'You asked for **{command}** in {where}. Personal data is asked only here, in our personal chat, so let us continue here.',
    'personal.resume': 'Continue: {command}',
    'issuer.card_change_title': 'Review a changed card: order {number}',
    'issuer.card_change':
      'After you approved order {number} ({company}), the name printed on the card {identity} changed from **{before}** to **{after}**. The cardholder is asked only after you approve the change. (To stop the card instead, cancel it in the Orders tab.)',
    'issuer.card_change_approved':
      'Approved: the card {identity} of order {number} is printed as **{after}**; the cardholder is asked to approve it.',
    'issuer.card_change_approve': 'Approve the change',
    'review.card_in_review': 'The card issuer is reviewing a change to this card. You get a new card to approve once it is approved.',
    'orderer.resent_to_issuer':
      'The name printed on the card changed, so the card issuer reviews the card again first; {name} gets the card to approve after that.',
    'ask.current': 'Current answer: **{answer}**. Type a new answer, or keep it.',
    'ask.keep': 'Keep',
    'checkout.previous_answer': 'Your answer was: **{answer}**. Answer again (the same or a new one).',
    'ask.back': 'Back',
    'ask.photo_current': 'A photo was received for this cardholder. Send another to replace it, or keep it.',
    'photo.later': 'Photo later',
    'photo.later_hint':
      'No photo at hand? Choose **Photo later**: the cardholder goes into the cart marked "photo needed", and you send the photo from the cart before checkout.',
    'photo.later_taken': 'Photo later',
    'summary.photo_later': 'Photo needed: send it from the cart (Send photo) before checkout',
    'checkout.nothing_orderable': {
      one: '{names} cannot be ordered until the photo is fixed, and nobody else is in the cart, so a checkout would end without an order. Choose **Send photo** below, then check out.',
      other:
        'None of the {count} cardholders can be ordered yet: {names} need their photos fixed. Choose **Send photo** on each below, then check out.',
    },
    'cart.added.photo_later':
      '{name} is in the cart marked "photo needed": choose **Send photo** on the cart to send it. The order can be placed once it is there.',
  },
  {
    'personal.title': 'Vi fortsätter i vår personliga chatt',
    'personal.open': 'Öppna den personliga chatten',
    'personal.where.channel': 'den här kanalen',
    'personal.where.group': 'den här gruppchatten',
    'personal.only':
      'En kortbeställning kräver personuppgifter (personnummer, foton, mobilnummer), så jag frågar aldrig efter dem i {where}, inför alla. Öppna vår personliga chatt och skriv kommandot där.',
    'personal.only.opened':
      'En kortbeställning kräver personuppgifter (personnummer, foton, mobilnummer), så jag frågar aldrig efter dem i {where}, inför alla. Jag har skrivit till dig i vår personliga chatt: fortsätt där.',
    'personal.continue':
      'Du bad om **{command}** i {where}. Personuppgifter frågar jag bara efter här, i vår personliga chatt, så vi fortsätter här.',
    'personal.resume': 'Fortsätt: {command}',
    'issuer.card_change_title': 'Granska ett ändrat kort: beställning {number}',
    'issuer.card_change':
      'Efter att du godkände beställning {number} ({company}) ändrades namnet som trycks på kortet {identity} från **{before}** till **{after}**. Kortinnehavaren tillfrågas först när du godkänt ändringen. (Avbryt kortet på fliken Beställningar om det i stället ska stoppas.)',
    'issuer.card_change_approved':
      'Godkänt: kortet {identity} i beställning {number} trycks som **{after}**; kortinnehavaren ombeds godkänna det.',
    'issuer.card_change_approve': 'Godkänn ändringen',
    'review.card_in_review': 'Kortutfärdaren granskar en ändring av det här kortet. Du får ett nytt kort att godkänna när den är godkänd.',
    'orderer.resent_to_issuer':
      'Namnet som trycks på kortet ändrades, så kortutfärdaren granskar kortet igen först; {name} får kortet att godkänna efter det.',
    'ask.current': 'Nuvarande svar: **{answer}**. Skriv ett nytt svar, eller behåll det.',
    'ask.keep': 'Behåll',
    'checkout.previous_answer': 'Ditt svar var: **{answer}**. Svara igen (samma eller ett nytt).',
    'ask.back': 'Tillbaka',
    'ask.photo_current': 'Ett foto har tagits emot för kortinnehavaren. Skicka ett annat för att ersätta det, eller behåll det.',
    'photo.later': 'Foto senare',
    'photo.later_hint':
      'Har du inget foto nu? Välj **Foto senare**: kortinnehavaren läggs i varukorgen markerad "foto saknas", och du skickar fotot från varukorgen innan du går till kassan.',
    'photo.later_taken': 'Foto senare',
    'summary.photo_later': 'Foto saknas: skicka det från varukorgen (Skicka foto) innan du går till kassan',
    'checkout.nothing_orderable': {
      one: '{names} kan inte beställas förrän fotot är åtgärdat, och ingen annan ligger i varukorgen, så kassan skulle sluta utan beställning. Välj **Skicka foto** nedan och gå sedan till kassan.',
      other:
        'Ingen av de {count} kortinnehavarna kan beställas ännu: {names} behöver åtgärdade foton. Välj **Skicka foto** på var och en nedan och gå sedan till kassan.',
    },
    'cart.added.photo_later':
      '{name} ligger i varukorgen markerad "foto saknas": välj **Skicka foto** i varukorgen för att skicka det. Beställningen kan läggas när det finns.',
  },
);
