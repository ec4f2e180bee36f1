import { defineMessages } from '../define';

/**
 * Identity-number messages. `identity.<code>` is the text for a refusal code. Params carry both
 * languages where the value is text (`scheme`/`schemeSv`, `expected`/`expectedSv`,
 * `looksLike`/`looksLikeSv`, `nationality`/`nationalitySv`), so each template picks its own.
 * `identity.scheme.*` and `identity.expected.*` are the pieces the domain puts into those params.
 */
export const identity = defineMessages(
  {
    'identity.empty': 'Please type the identity number.',
    'identity.format': '{input} does not fit the {scheme} format. Expected: {expected}.',
    'identity.date': '{input}: the date of birth in this number is not a real date. Check the digits.',
    'identity.checksum': '{input}: the check digit does not match, so a digit is probably mistyped. Check the number.',
    'identity.century':
      '{input}: the year of birth cannot be worked out from this number. Check the number (and the "+" or "-" sign, if any).',
    'identity.interim':
      "{input} is a temporary (interim) number, which the card issuer does not accept. Give the person's permanent identity number.",
    'identity.future': '{input}: the date of birth in this number ({numberDateOfBirth}) is in the future. Check the year.',
    'identity.mismatch':
      '{input} fits the {looksLike} format, but the nationality is {nationality}, which expects {expected}. The number must match the nationality: correct one of them.',
    'identity.dob_mismatch':
      '{input}: the number gives the date of birth {numberDateOfBirth}, but the date of birth entered is {dateOfBirth}. Correct one of them.',
    'identity.dob_required': 'With a passport or ID card number, the date of birth is needed too (YYYY-MM-DD).',
    'identity.dob_invalid': '{dateOfBirth} is not a valid date of birth. Type it as YYYY-MM-DD, for example 1990-01-31.',
    'identity.dob_future': '{dateOfBirth}: the date of birth is in the future.',
    'identity.not_coordination':
      '{input} is a personnummer, not a samordningsnummer. In a samordningsnummer the day of birth is increased by 60 (for example 701063-2391).',
    'identity.country': '{country} is not a nationality we know. Choose the nationality again.',

    'identity.scheme.se-personnummer': 'Swedish personnummer',
    'identity.scheme.se-samordningsnummer': 'Swedish samordningsnummer (coordination number)',
    'identity.scheme.no-fodselsnummer': 'Norwegian fødselsnummer',
    'identity.scheme.no-d-number': 'Norwegian D-number',
    'identity.scheme.dk-cpr': 'Danish CPR number',
    'identity.scheme.fi-hetu': 'Finnish personal identity code (henkilötunnus)',
    'identity.scheme.pl-pesel': 'Polish PESEL',
    'identity.scheme.ee-isikukood': 'Estonian personal code (isikukood)',
    'identity.scheme.lt-asmens-kodas': 'Lithuanian personal code (asmens kodas)',
    'identity.scheme.lv-personas-kods': 'Latvian personal code (personas kods)',
    'identity.scheme.cz-rodne-cislo': 'Czech birth number (rodné číslo)',
    'identity.scheme.sk-rodne-cislo': 'Slovak birth number (rodné číslo)',
    'identity.scheme.ro-cnp': 'Romanian personal numeric code (CNP)',
    'identity.scheme.bg-egn': 'Bulgarian EGN',
    'identity.scheme.document-number': 'passport or national ID card number',
    'identity.scheme.ee-or-lt': 'Estonian or Lithuanian personal code',
    'identity.scheme.cz-or-sk': 'Czech or Slovak birth number (rodné číslo)',

    'identity.expected.SE': 'YYYYMMDD-NNNN or YYMMDD-NNNN, for example 19811228-9874',
    'identity.expected.SE-coordination': 'YYYYMMDD-NNNN or YYMMDD-NNNN with the day increased by 60, for example 701063-2391',
    'identity.expected.NO': '11 digits, DDMMYY NNNNN',
    'identity.expected.DK': 'DDMMYY-SSSS (10 digits)',
    'identity.expected.FI': 'DDMMYY, century sign, 3 digits and a check character, for example 131052-308T',
    'identity.expected.PL': '11 digits starting with YYMMDD, for example 44051401359',
    'identity.expected.EE': '11 digits, GYYMMDDSSSC, for example 37605030299',
    'identity.expected.LT': '11 digits, GYYMMDDSSSC, for example 33309240064',
    'identity.expected.LV': 'DDMMYY-CNNNX, or for newer codes 3NXXXX-XXXXX with N from 2 to 9 (11 digits)',
    'identity.expected.CZ': 'YYMMDD/SSSC (10 digits; 9 for births before 1954)',
    'identity.expected.SK': 'YYMMDD/SSSC (10 digits; 9 for births before 1954)',
    'identity.expected.RO': '13 digits, SYYMMDDJJNNNC',
    'identity.expected.BG': '10 digits, YYMMDDSSSC',
    'identity.expected.other': '6 to 9 letters or digits, as printed in the passport or ID card',
  },
  {
    'identity.empty': 'Skriv identitetsnumret.',
    'identity.format': '{input} passar inte formatet för {schemeSv}. Förväntat: {expectedSv}.',
    'identity.date': '{input}: födelsedatumet i numret är inte ett riktigt datum. Kontrollera siffrorna.',
    'identity.checksum': '{input}: kontrollsiffran stämmer inte, så troligen är en siffra fel. Kontrollera numret.',
    'identity.century': '{input}: födelseåret går inte att utläsa ur numret. Kontrollera numret (och tecknet "+" eller "-", om det finns).',
    'identity.interim':
      '{input} är ett tillfälligt nummer (interimsnummer), som kortutgivaren inte godtar. Ange personens permanenta identitetsnummer.',
    'identity.future': '{input}: födelsedatumet i numret ({numberDateOfBirth}) ligger i framtiden. Kontrollera året.',
    'identity.mismatch':
      '{input} passar formatet för {looksLikeSv}, men nationaliteten är {nationalitySv}, där numret ska vara {expectedSv}. Numret måste stämma med nationaliteten: rätta det ena av dem.',
    'identity.dob_mismatch':
      '{input}: numret anger födelsedatum {numberDateOfBirth}, men det angivna födelsedatumet är {dateOfBirth}. Rätta det ena av dem.',
    'identity.dob_required': 'Med ett pass- eller id-kortsnummer behövs även födelsedatum (ÅÅÅÅ-MM-DD).',
    'identity.dob_invalid': '{dateOfBirth} är inget giltigt födelsedatum. Skriv det som ÅÅÅÅ-MM-DD, till exempel 1990-01-31.',
    'identity.dob_future': '{dateOfBirth}: födelsedatumet ligger i framtiden.',
    'identity.not_coordination':
      '{input} är ett personnummer, inte ett samordningsnummer. I ett samordningsnummer är födelsedagen ökad med 60 (till exempel 701063-2391).',
    'identity.country': '{country} är ingen nationalitet vi känner till. Välj nationalitet igen.',

    'identity.scheme.se-personnummer': 'svenskt personnummer',
    'identity.scheme.se-samordningsnummer': 'svenskt samordningsnummer',
    'identity.scheme.no-fodselsnummer': 'norskt fødselsnummer',
    'identity.scheme.no-d-number': 'norskt D-nummer',
    'identity.scheme.dk-cpr': 'danskt CPR-nummer',
    'identity.scheme.fi-hetu': 'finsk personbeteckning (henkilötunnus)',
    'identity.scheme.pl-pesel': 'polskt PESEL-nummer',
    'identity.scheme.ee-isikukood': 'estnisk personkod (isikukood)',
    'identity.scheme.lt-asmens-kodas': 'litauisk personkod (asmens kodas)',
    'identity.scheme.lv-personas-kods': 'lettisk personkod (personas kods)',
    'identity.scheme.cz-rodne-cislo': 'tjeckiskt födelsenummer (rodné číslo)',
    'identity.scheme.sk-rodne-cislo': 'slovakiskt födelsenummer (rodné číslo)',
    'identity.scheme.ro-cnp': 'rumänsk personkod (CNP)',
    'identity.scheme.bg-egn': 'bulgariskt personnummer (EGN)',
    'identity.scheme.document-number': 'pass- eller id-kortsnummer',
    'identity.scheme.ee-or-lt': 'estnisk eller litauisk personkod',
    'identity.scheme.cz-or-sk': 'tjeckiskt eller slovakiskt födelsenummer (rodné číslo)',

    'identity.expected.SE': 'ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN, till exempel 19811228-9874',
    'identity.expected.SE-coordination': 'ÅÅÅÅMMDD-NNNN eller ÅÅMMDD-NNNN med dagen ökad med 60, till exempel 701063-2391',
    'identity.expected.NO': '11 siffror, DDMMÅÅ NNNNN',
    'identity.expected.DK': 'DDMMÅÅ-SSSS (10 siffror)',
    'identity.expected.FI': 'DDMMÅÅ, sekeltecken, 3 siffror och ett kontrolltecken, till exempel 131052-308T',
    'identity.expected.PL': '11 siffror som börjar med ÅÅMMDD, till exempel 44051401359',
    'identity.expected.EE': '11 siffror, GÅÅMMDDSSSC, till exempel 37605030299',
    'identity.expected.LT': '11 siffror, GÅÅMMDDSSSC, till exempel 33309240064',
    'identity.expected.LV': 'DDMMÅÅ-CNNNX, eller för nyare koder 3NXXXX-XXXXX där N är 2 till 9 (11 siffror)',
    'identity.expected.CZ': 'ÅÅMMDD/SSSC (10 siffror; 9 för födda före 1954)',
    'identity.expected.SK': 'ÅÅMMDD/SSSC (10 siffror; 9 för födda före 1954)',
    'identity.expected.RO': '13 siffror, SÅÅMMDDJJNNNC',
    'identity.expected.BG': '10 siffror, ÅÅMMDDSSSC',
    'identity.expected.other': '6 till 9 bokstäver eller siffror, som i passet eller id-kortet',
  },
);
