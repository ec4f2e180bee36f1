import { defineMessages } from '../define';

/** Reaching cardholders the bot has not met: the app installed through Graph, e-mail with a link, the admin's consent. */
export const reach = defineMessages(
  {
    'orderer.emailed':
      '{name} has not used the ID06 bot, so we e-mailed a link to {email} where they can check and approve their card details. The link works until the approval expires.',
    'orderer.not_reached':
      'We could not reach {name} ({email}): {why}. Their approval waits and is delivered the moment they open the ID06 bot.',
    'reach.why_line': 'No other way was tried: {why}.',
    'reach.why.consent':
      'the ID06 app cannot be installed for them in Teams until an administrator of your organisation consents to it (they have been told how)',
    'reach.why.not_found': 'there is no such user in your organisation',
    'reach.why.graph_failed': 'installing the ID06 app for them in Teams did not work',
    'reach.why.no_smtp': 'approval by e-mail is off because this bot has no mail server configured (SMTP_URL)',
    'reach.why.mail_failed': 'the approval e-mail could not be sent',
    'reach.why.graph_off': 'the bot cannot install its app for people (Microsoft Graph is not configured)',
    'reach.consent.title': 'The ID06 bot needs an administrator',
    'reach.consent.text':
      "The ID06 bot could not install its Teams app for a cardholder in your organisation, so their approval card goes by e-mail instead. To let the bot reach people in Teams, a Microsoft 365 administrator must do two things once:\n\n1. Publish the ID06 app to your organisation's app catalog (Teams admin center → Teams apps → Manage apps; an uploaded custom app cannot be installed for others).\n2. Grant admin consent to the application permissions {permissions} for app {appId}: {link}",
    'reach.mail.subject': 'Check your ID06 card details (order {number})',
    'reach.mail.text':
      'Hello {name},\n\n{orderer} at {company} ordered an ID06 card for you (order {number}). Please check what will be printed on it and approve it, or tell us what is wrong:\n\n{link}\n\nThe link works until {expires}. The page asks for your date of birth. When the card is issued, the issuer will still verify your identity with your passport or national ID card.\n\nIf you did not expect this e-mail, you can ignore it.',
    'reach.mail.reminder_subject': 'Reminder: check your ID06 card details (order {number})',
    'reach.mail.button': 'Check my card details',
    'order.sent_via': 'sent via {ways}',
    'via.teams': 'Teams',
    'via.installed': 'Teams (app installed for them)',
    'via.email': 'e-mail with a link',
    'via.waiting': 'not reached yet',
    'via.status.pending': 'on its way',
    'via.status.sent': 'sent',
    'via.status.failed': 'failed',
    'via.status.off': 'off',
    'via.status.decided': 'decided',
    'page.title': 'Check your ID06 card',
    'page.what':
      'Here you confirm the details that will be printed on your ID06 card, or say what is wrong. This is not the identity check: when the card is issued, the issuer still verifies your identity with your passport or national ID card.',
    'page.dob_label': 'Your date of birth (YYYY-MM-DD), so we know it is you',
    'page.continue': 'Continue',
    'page.sending': 'Sending…',
    'page.wrong_date': {
      one: 'That date of birth does not match. {count} attempt left.',
      other: 'That date of birth does not match. {count} attempts left.',
    },
    'page.locked': 'Too many wrong attempts: this link is locked. Ask the person who ordered your card to send a new one.',
    'page.invalid':
      'This link is not valid. Use the link in the most recent e-mail, or ask the person who ordered your card to send a new one.',
    'page.expired': 'This link has expired. Ask the person who ordered your card to send a new one.',
    'page.failed': 'Something went wrong. Please try again in a moment.',
    'page.done': 'Thank you, your answer is saved. The person who ordered your card has been told.',
    'page.already': 'This was already decided. Nothing was changed.',
    'orderer.resend_email': 'Send by e-mail instead',
    'orderer.resend_teams': 'Try Teams again',
  },
  {
    'orderer.emailed':
      '{name} har inte använt ID06-boten, så vi har mejlat en länk till {email} där hen kan kontrollera och godkänna sina kortuppgifter. Länken gäller tills godkännandet går ut.',
    'orderer.not_reached': 'Vi kunde inte nå {name} ({email}): {why}. Godkännandet väntar och levereras så fort hen öppnar ID06-boten.',
    'reach.why_line': 'Inget annat sätt prövades: {why}.',
    'reach.why.consent':
      'ID06-appen kan inte installeras för hen i Teams förrän en administratör i er organisation har gett sitt medgivande (hen har fått veta hur)',
    'reach.why.not_found': 'det finns ingen sådan användare i er organisation',
    'reach.why.graph_failed': 'det gick inte att installera ID06-appen för hen i Teams',
    'reach.why.no_smtp': 'godkännande via e-post är avstängt eftersom boten saknar e-postserver (SMTP_URL)',
    'reach.why.mail_failed': 'godkännandemejlet kunde inte skickas',
    'reach.why.graph_off': 'boten kan inte installera sin app för andra (Microsoft Graph är inte konfigurerat)',
    'reach.consent.title': 'ID06-boten behöver en administratör',
    'reach.consent.text':
      'ID06-boten kunde inte installera sin Teams-app för en kortinnehavare i er organisation, så godkännandekortet skickas med e-post i stället. För att boten ska nå personer i Teams måste en Microsoft 365-administratör en gång göra två saker:\n\n1. Publicera ID06-appen i organisationens appkatalog (Teams administrationscenter → Teams-appar → Hantera appar; en uppladdad anpassad app kan inte installeras för andra).\n2. Ge administratörsmedgivande till programbehörigheterna {permissions} för appen {appId}: {link}',
    'reach.mail.subject': 'Kontrollera dina ID06-kortuppgifter (beställning {number})',
    'reach.mail.text':
      'Hej {name},\n\n{orderer} på {company} har beställt ett ID06-kort åt dig (beställning {number}). Kontrollera vad som kommer att tryckas på kortet och godkänn det, eller berätta vad som är fel:\n\n{link}\n\nLänken gäller till {expires}. Sidan frågar efter ditt födelsedatum. När kortet utfärdas styrker du fortfarande din identitet med pass eller nationellt id-kort hos utfärdaren.\n\nOm du inte väntade dig det här mejlet kan du bortse från det.',
    'reach.mail.reminder_subject': 'Påminnelse: kontrollera dina ID06-kortuppgifter (beställning {number})',
    'reach.mail.button': 'Kontrollera mina kortuppgifter',
    'order.sent_via': 'skickat via {ways}',
    'via.teams': 'Teams',
    'via.installed': 'Teams (appen installerad åt hen)',
    'via.email': 'e-post med länk',
    'via.waiting': 'inte nådd ännu',
    'via.status.pending': 'på väg',
    'via.status.sent': 'skickat',
    'via.status.failed': 'misslyckades',
    'via.status.off': 'avstängt',
    'via.status.decided': 'avgjort',
    'page.title': 'Kontrollera ditt ID06-kort',
    'page.what':
      'Här bekräftar du uppgifterna som trycks på ditt ID06-kort, eller berättar vad som är fel. Det här är inte identitetskontrollen: när kortet utfärdas styrker du fortfarande din identitet med pass eller nationellt id-kort hos utfärdaren.',
    'page.dob_label': 'Ditt födelsedatum (ÅÅÅÅ-MM-DD), så att vi vet att det är du',
    'page.continue': 'Fortsätt',
    'page.sending': 'Skickar …',
    'page.wrong_date': 'Födelsedatumet stämmer inte. {count} försök kvar.',
    'page.locked': 'För många felaktiga försök: länken är låst. Be den som beställde ditt kort att skicka en ny.',
    'page.invalid': 'Länken är inte giltig. Använd länken i det senaste mejlet, eller be den som beställde ditt kort att skicka en ny.',
    'page.expired': 'Länken har gått ut. Be den som beställde ditt kort att skicka en ny.',
    'page.failed': 'Något gick fel. Försök igen om en stund.',
    'page.done': 'Tack, ditt svar är sparat. Den som beställde ditt kort har fått veta.',
    'page.already': 'Detta är redan avgjort. Inget ändrades.',
    'orderer.resend_email': 'Skicka med e-post i stället',
    'orderer.resend_teams': 'Försök med Teams igen',
  },
);
