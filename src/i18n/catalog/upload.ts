import { defineMessages } from '../define';

/**
 * The upload page (served by the bot, outside the chat) for a cardholder photo or an import file,
 * and the chat messages around it.
 * Page texts are plain text (no Markdown): the page escapes them as HTML.
 */
export const upload = defineMessages(
  {
    'upload.hint': 'Or upload it with a button below: from a phone or computer, or in a Teams window.',
    'upload.open_browser': 'Upload from phone or computer',
    'upload.open_dialog': 'Upload in Teams',
    'upload.dialog_title': 'Cardholder photo',
    'upload.not_waiting':
      'A photo was uploaded, but the new card is not waiting for one now. To change the photo, choose **Edit** on the summary and pick Photo.',
    'upload.no_dialog': 'A photo was uploaded, but no new card is in progress. Type **new card** to start one.',

    'upload.page.title': 'Cardholder photo – ID06',
    'upload.page.heading': "Upload the cardholder's photo",
    'upload.page.heading_for': 'Upload the photo of {name}',
    'upload.page.take': 'Take a photo',
    'upload.page.choose': 'Choose a photo',
    'upload.page.preview_caption':
      'For the card, the photo is cropped around the face automatically. The chat shows the result before it goes into the cart.',
    'upload.page.preview_alt': 'Preview of the chosen photo',
    'upload.page.no_preview': 'This browser cannot show this file. You can still upload it: it will be checked.',
    'upload.page.upload': 'Upload photo',
    'upload.page.uploading': 'Uploading and checking the photo…',
    'upload.page.network': 'The photo did not reach the server. Check the connection and try again.',
    'upload.page.try_another': 'Choose another photo and upload it.',
    'upload.page.done_heading': 'Photo uploaded',
    'upload.page.done': 'Return to the chat in Teams to continue: the next step is waiting there. You can close this page.',
    'upload.page.done_findings': 'The chat also shows some advice about this photo, and you can decide there whether to use it.',
    'upload.page.close': 'Back to the chat',
    'upload.page.used_heading': 'This upload link has already been used',
    'upload.page.used':
      'A photo was already uploaded with this link. Return to the chat in Teams. To send a different photo, type upload in the chat to get a new link.',
    'upload.page.expired_heading': 'This upload link has expired',
    'upload.page.expired': 'Upload links work for 15 minutes. Return to the chat in Teams and type upload to get a new link.',
    'upload.page.invalid_heading': 'This link is not valid',
    'upload.page.invalid': 'The link is incomplete or was changed. Open it again from the chat in Teams.',
    'upload.page.failed': 'Sorry, something went wrong on our side. Please try again in a moment.',

    'upload.import.title': 'Import cardholders – ID06',
    'upload.import.heading': 'Upload the import file',
    'upload.import.intro':
      'Choose the filled-in Excel template (.xlsx), or a ZIP file with the Excel file and one photo per person. At most 20 MB.',
    'upload.import.choose': 'Choose a file',
    'upload.import.file_info': 'Chosen: {name} ({size})',
    'upload.import.upload': 'Upload the file',
    'upload.import.uploading': 'Uploading the file…',
    'upload.import.network': 'The file did not reach the server. Check the connection and try again.',
    'upload.import.try_another': 'Choose another file and upload it.',
    'upload.import.empty': 'The file is empty.',
    'upload.import.done_heading': 'Received',
    'upload.import.done':
      'Received — return to the chat; the bot is checking your file. The result appears there, and nothing is added to the cart until you confirm. You can close this page.',
    'upload.import.used':
      'A file was already uploaded with this link. Return to the chat in Teams. To send another file, type import in the chat to get a new link.',
    'upload.import.expired': 'Upload links work for 15 minutes. Return to the chat in Teams and type import to get a new link.',
  },
  {
    'upload.hint': 'Eller ladda upp det med en knapp nedan: från en telefon eller dator, eller i ett Teams-fönster.',
    'upload.open_browser': 'Ladda upp från telefon eller dator',
    'upload.open_dialog': 'Ladda upp i Teams',
    'upload.dialog_title': 'Kortinnehavarens foto',
    'upload.not_waiting':
      'Ett foto laddades upp, men det nya kortet väntar inte på något foto nu. Välj **Ändra** på sammanfattningen och sedan Foto för att byta foto.',
    'upload.no_dialog': 'Ett foto laddades upp, men inget nytt kort pågår. Skriv **nytt kort** för att börja.',

    'upload.page.title': 'Kortinnehavarens foto – ID06',
    'upload.page.heading': 'Ladda upp kortinnehavarens foto',
    'upload.page.heading_for': 'Ladda upp fotot på {name}',
    'upload.page.take': 'Ta ett foto',
    'upload.page.choose': 'Välj ett foto',
    'upload.page.preview_caption':
      'Till kortet beskärs fotot automatiskt runt ansiktet. Chatten visar resultatet innan det läggs i varukorgen.',
    'upload.page.preview_alt': 'Förhandsvisning av det valda fotot',
    'upload.page.no_preview': 'Webbläsaren kan inte visa den här filen. Du kan ändå ladda upp den: den kontrolleras.',
    'upload.page.upload': 'Ladda upp fotot',
    'upload.page.uploading': 'Laddar upp och kontrollerar fotot…',
    'upload.page.network': 'Fotot kom inte fram till servern. Kontrollera anslutningen och försök igen.',
    'upload.page.try_another': 'Välj ett annat foto och ladda upp det.',
    'upload.page.done_heading': 'Fotot är uppladdat',
    'upload.page.done': 'Gå tillbaka till chatten i Teams för att fortsätta: nästa steg väntar där. Du kan stänga den här sidan.',
    'upload.page.done_findings': 'Chatten visar också några råd om fotot, och där kan du välja om du vill använda det.',
    'upload.page.close': 'Tillbaka till chatten',
    'upload.page.used_heading': 'Den här uppladdningslänken är redan använd',
    'upload.page.used':
      'Ett foto har redan laddats upp med den här länken. Gå tillbaka till chatten i Teams. Skriv ladda upp i chatten för att få en ny länk om du vill skicka ett annat foto.',
    'upload.page.expired_heading': 'Den här uppladdningslänken har gått ut',
    'upload.page.expired':
      'Uppladdningslänkar fungerar i 15 minuter. Gå tillbaka till chatten i Teams och skriv ladda upp för att få en ny länk.',
    'upload.page.invalid_heading': 'Länken är inte giltig',
    'upload.page.invalid': 'Länken är ofullständig eller har ändrats. Öppna den igen från chatten i Teams.',
    'upload.page.failed': 'Något gick fel hos oss. Försök igen om en stund.',

    'upload.import.title': 'Importera kortinnehavare – ID06',
    'upload.import.heading': 'Ladda upp importfilen',
    'upload.import.intro': 'Välj den ifyllda Excel-mallen (.xlsx), eller en ZIP-fil med Excel-filen och ett foto per person. Högst 20 MB.',
    'upload.import.choose': 'Välj en fil',
    'upload.import.file_info': 'Vald: {name} ({size})',
    'upload.import.upload': 'Ladda upp filen',
    'upload.import.uploading': 'Laddar upp filen…',
    'upload.import.network': 'Filen kom inte fram till servern. Kontrollera anslutningen och försök igen.',
    'upload.import.try_another': 'Välj en annan fil och ladda upp den.',
    'upload.import.empty': 'Filen är tom.',
    'upload.import.done_heading': 'Mottagen',
    'upload.import.done':
      'Mottagen — gå tillbaka till chatten; boten kontrollerar din fil. Resultatet visas där, och inget läggs i varukorgen förrän du bekräftar. Du kan stänga den här sidan.',
    'upload.import.used':
      'En fil har redan laddats upp med den här länken. Gå tillbaka till chatten i Teams. Skriv importera i chatten för att få en ny länk om du vill skicka en annan fil.',
    'upload.import.expired':
      'Uppladdningslänkar fungerar i 15 minuter. Gå tillbaka till chatten i Teams och skriv importera för att få en ny länk.',
  },
);
