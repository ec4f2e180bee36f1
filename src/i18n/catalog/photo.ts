import { defineMessages } from '../define';

/**
 * Photo checks. Keys are `photo.failure.<code>` and `photo.finding.<code>` (see
 * src/photos/messages.ts); params are filled in by the pipeline's failure/finding params.
 */
export const photo = defineMessages(
  {
    'photo.requirements':
      'Send a recent photo (at most 6 months old) as JPG or PNG, at most 5 MB and at least 300 × 410 pixels: the cardholder alone, head and shoulders, straight from the front with both eyes open, against a light, plain background. The photo is cropped around the face automatically.',

    'photo.failure.empty': 'The file is empty. Please send the photo again.',
    'photo.failure.too_large_bytes':
      'The photo is {sizeMb} MB; the limit is {maxMb} MB. Please send a smaller photo, for example by choosing a smaller size when you share it.',
    'photo.failure.unsupported_format':
      'This is a {found} file. Only JPG or PNG photos work. Please save or export the photo as JPG or PNG and send it again.',
    'photo.failure.unsupported_format_heic':
      'This photo is in HEIC format, which iPhones use by default. Only JPG or PNG photos work. On the iPhone, choose Settings > Camera > Formats > Most Compatible, then take the photo again and send it.',
    'photo.failure.unsupported_format_unknown': 'This file is not a photo we can read. Only JPG or PNG photos work.',
    'photo.failure.corrupt': 'The photo could not be read: the file is damaged or was only partly uploaded. Please send it again.',
    'photo.failure.too_many_pixels':
      'The photo has too many pixels to process (at most {maxMegapixels} megapixels). Please send a smaller version of it.',
    'photo.failure.too_small':
      'The photo is only {width} × {height} pixels; it must be at least {minWidth} × {minHeight} (width × height). Please send the original photo, not a thumbnail or a screenshot.',
    'photo.failure.no_face':
      'No face was found in this photo. Send a photo of the cardholder, straight from the front with the whole face visible (not a document, a landscape or the back of the head).',
    'photo.failure.several_faces':
      'This photo shows {count} faces. The card photo may show only the cardholder: send a photo with nobody else in it.',
    'photo.failure.too_few_pixels':
      'The face is too small in this photo: cropped to head and shoulders, only {width} × {height} pixels would be left, and the card needs at least {minWidth} × {minHeight}. Take the photo closer, or send the original photo instead of a reduced copy.',
    'photo.failure.generic': 'This photo cannot be used. Please send a JPG or PNG photo.',

    'photo.finding.background_not_light': 'The background is dark. Use a light, plain background, e.g. a white wall.',
    'photo.finding.background_not_plain':
      'The background is not plain. Use a light, plain background, e.g. a white wall, with nothing and no shadows behind the person.',
    'photo.finding.too_dark': 'The photo is too dark. Take it in good, even light, e.g. facing a window.',
    'photo.finding.too_bright': 'The photo is too bright. Avoid direct sunlight and flash straight at the face.',
    'photo.finding.blurry': 'The photo is blurry; hold the phone still, focus on the eyes.',
    'photo.finding.cropped_to_portrait':
      'The photo was cropped to portrait format (3:4); {removedPercent}% of it was cut away. Check that the whole head and the shoulders are still visible.',
    'photo.finding.head_cut_off':
      'Part of the head is outside the photo. The whole head must be visible, from the top of the hair to the chin.',
    'photo.finding.head_too_close':
      'The face is too close to the camera: the head alone fills {headPercent}% of the height. Hold the camera further away, so the head and shoulders fit with some space above the head.',
    'photo.finding.head_tilted':
      'The head is tilted by about {degrees}°. Keep the head straight and hold the camera level (we straighten up to {maxDegrees}° automatically).',
    'photo.finding.head_turned': 'The face is turned to the side. Look straight into the camera.',
    'photo.finding.eyes_closed':
      'The eyes look closed or covered. Both eyes must be open and visible: not covered by hair, and no dark or tinted glasses.',
    'photo.finding.face_not_checked':
      'The face could not be checked automatically just now, so the photo was cropped to its centre. Check that the whole head and the shoulders are visible.',
    'photo.finding.generic': 'The photo may not meet the card requirements. Check it before you use it.',
  },
  {
    'photo.requirements':
      'Skicka ett aktuellt foto (högst 6 månader gammalt) som JPG eller PNG, högst 5 MB och minst 300 × 410 pixlar: bara kortinnehavaren, huvud och axlar, rakt framifrån med båda ögonen öppna, mot en ljus, enfärgad bakgrund. Fotot beskärs automatiskt runt ansiktet.',

    'photo.failure.empty': 'Filen är tom. Skicka fotot igen.',
    'photo.failure.too_large_bytes':
      'Fotot är {sizeMb} MB; gränsen är {maxMb} MB. Skicka ett mindre foto, till exempel genom att välja en mindre storlek när du delar det.',
    'photo.failure.unsupported_format':
      'Det här är en {found}-fil. Bara JPG- eller PNG-foton fungerar. Spara eller exportera fotot som JPG eller PNG och skicka det igen.',
    'photo.failure.unsupported_format_heic':
      'Fotot är i HEIC-format, som iPhone använder som standard. Bara JPG- eller PNG-foton fungerar. Välj Inställningar > Kamera > Format > Mest kompatibel på iPhonen, ta sedan fotot igen och skicka det.',
    'photo.failure.unsupported_format_unknown': 'Filen är inte ett foto som vi kan läsa. Bara JPG- eller PNG-foton fungerar.',
    'photo.failure.corrupt': 'Fotot gick inte att läsa: filen är skadad eller laddades bara upp delvis. Skicka det igen.',
    'photo.failure.too_many_pixels':
      'Fotot har för många pixlar för att kunna behandlas (högst {maxMegapixels} megapixlar). Skicka en mindre version av det.',
    'photo.failure.too_small':
      'Fotot är bara {width} × {height} pixlar; det måste vara minst {minWidth} × {minHeight} (bredd × höjd). Skicka originalfotot, inte en miniatyr eller en skärmbild.',
    'photo.failure.no_face':
      'Inget ansikte hittades i fotot. Skicka ett foto av kortinnehavaren, rakt framifrån med hela ansiktet synligt (inte ett dokument, ett landskap eller bakhuvudet).',
    'photo.failure.several_faces':
      'Fotot visar {count} ansikten. Kortfotot får bara visa kortinnehavaren: skicka ett foto där ingen annan syns.',
    'photo.failure.too_few_pixels':
      'Ansiktet är för litet i fotot: beskuret till huvud och axlar skulle bara {width} × {height} pixlar återstå, och kortet kräver minst {minWidth} × {minHeight}. Ta fotot närmare, eller skicka originalfotot i stället för en förminskad kopia.',
    'photo.failure.generic': 'Fotot kan inte användas. Skicka ett foto i JPG- eller PNG-format.',

    'photo.finding.background_not_light': 'Bakgrunden är mörk. Använd en ljus, enfärgad bakgrund, t.ex. en vit vägg.',
    'photo.finding.background_not_plain':
      'Bakgrunden är inte enfärgad. Använd en ljus, enfärgad bakgrund, t.ex. en vit vägg, utan föremål eller skuggor bakom personen.',
    'photo.finding.too_dark': 'Fotot är för mörkt. Fotografera i bra, jämnt ljus, t.ex. vänd mot ett fönster.',
    'photo.finding.too_bright': 'Fotot är för ljust. Undvik direkt solljus och blixt rakt mot ansiktet.',
    'photo.finding.blurry': 'Fotot är suddigt; håll telefonen stilla och fokusera på ögonen.',
    'photo.finding.cropped_to_portrait':
      'Fotot beskars till porträttformat (3:4); {removedPercent} % av det togs bort. Kontrollera att hela huvudet och axlarna fortfarande syns.',
    'photo.finding.head_cut_off': 'En del av huvudet hamnar utanför fotot. Hela huvudet måste synas, från hårets topp till hakan.',
    'photo.finding.head_too_close':
      'Ansiktet är för nära kameran: huvudet ensamt fyller {headPercent} % av höjden. Håll kameran längre bort, så att huvud och axlar får plats med lite utrymme ovanför huvudet.',
    'photo.finding.head_tilted':
      'Huvudet lutar ungefär {degrees}°. Håll huvudet rakt och kameran vågrätt (upp till {maxDegrees}° rätar vi upp automatiskt).',
    'photo.finding.head_turned': 'Ansiktet är vänt åt sidan. Titta rakt in i kameran.',
    'photo.finding.eyes_closed':
      'Ögonen ser stängda eller skymda ut. Båda ögonen måste vara öppna och synas: inte täckta av hår, och inga mörka eller tonade glasögon.',
    'photo.finding.face_not_checked':
      'Ansiktet kunde inte kontrolleras automatiskt just nu, så fotot beskars till mitten. Kontrollera att hela huvudet och axlarna syns.',
    'photo.finding.generic': 'Fotot kanske inte uppfyller kraven för kortet. Kontrollera det innan du använder det.',
  },
);
