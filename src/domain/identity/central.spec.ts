import { describe } from 'vitest';
import { refusedCases, validCases } from './spec/cases';

// Published examples: PESEL 44051401359, 02211307589; rodné číslo 710319/2745; CNP
// 1630615123457 and 1800101221144; EGN 7523169263, 8032056031 (python-stdnum docs and the
// brief). "computed": check digit from independent reference code.
describe('Polish PESEL', () => {
  validCases('PL', [
    ['44051401359', 'pl-pesel', '44051401359', '44051401359', '440514*****', '1944-05-14'],
    ['02211307589', 'pl-pesel', '02211307589', '02211307589', '022113*****', '2002-01-13'], // month + 20
    ['02122401358', 'pl-pesel', '02122401358', '02122401358', '021224*****', '1902-12-24'],
    ['85921512340', 'pl-pesel', '85921512340', '85921512340', '859215*****', '1885-12-15'], // computed, month + 80
    ['00222912349', 'pl-pesel', '00222912349', '00222912349', '002229*****', '2000-02-29'], // computed, leap day
  ]);
  refusedCases('PL', [
    ['44051401358', 'checksum'],
    ['02381307589', 'date'], // month 38 = 2000s month 18
    ['01222912346', 'date'], // computed, 29 February 2001
    ['01410112347', 'future'], // computed, month + 40: 2101
    ['4405140135', 'format'],
    ['4405140135X', 'format'],
    ['440514-01359', 'format'],
  ]);
});

const rodneCisloValid = (scheme: 'cz-rodne-cislo' | 'sk-rodne-cislo') =>
  [
    ['710319/2745', scheme, '7103192745', '710319/2745', '710319/****', '1971-03-19'],
    ['7103192745', scheme, '7103192745', '710319/2745', '710319/****', '1971-03-19'],
    ['905524/1239', scheme, '9055241239', '905524/1239', '905524/****', '1990-05-24'], // computed, woman: month + 50
    ['042101/1239', scheme, '0421011239', '042101/1239', '042101/****', '2004-01-01'], // computed, month + 20 since 2004
    ['057101/1232', scheme, '0571011232', '057101/1232', '057101/****', '2005-01-01'], // computed, month + 70
    // + 20 / + 70 are issued since 2004 to people of any age when a date's serials run out.
    ['992101/1232', scheme, '9921011232', '992101/1232', '992101/****', '1999-01-01'], // computed, man born 1999
    ['997101/1237', scheme, '9971011237', '997101/1237', '997101/****', '1999-01-01'], // computed, woman born 1999
    ['592101/1239', scheme, '5921011239', '592101/1239', '592101/****', '1959-01-01'], // computed
    ['853212/1235', scheme, '8532121235', '853212/1235', '853212/****', '1985-12-12'], // computed
    ['502101/123', scheme, '502101123', '502101/123', '502101/***', '1950-01-01'], // 9 digits: no check digit
    ['507101/123', scheme, '507101123', '507101/123', '507101/***', '1950-01-01'],
    ['853212/0070', scheme, '8532120070', '853212/0070', '853212/****', '1985-12-12'], // computed, remainder 10 -> 0 after 1984
    ['850101/1080', scheme, '8501011080', '850101/1080', '850101/****', '1985-01-01'], // computed, remainder 10 -> 0
    ['520101/123', scheme, '520101123', '520101/123', '520101/***', '1952-01-01'], // 9 digits before 1954
  ] as const;

const rodneCisloRefused = [
  ['7103192746', 'checksum'],
  ['710319/2755', 'checksum'],
  ['711319/2746', 'date'], // computed, month 13
  ['993301/1231', 'date'], // month 33: + 20 gives 13 (all of these divisible by 11)
  ['998301/1236', 'date'], // month 83: + 70 gives 13
  ['994101/1234', 'date'], // month 41: there is no + 40 series
  ['999101/1239', 'date'], // month 91: no + 90 series either
  ['992001/1233', 'date'], // month 20: neither 1-12 nor 21-32
  ['992131/1236', 'checksum'], // a real + 20 date (31 January), one digit off 992131/1235
  ['300101/1233', 'future'], // computed, 2030
  ['590312/123', 'format'], // 9 digits after 1953
  ['710319-2745', 'format'],
  ['71031927', 'format'],
] as const;

describe('Czech rodné číslo', () => {
  validCases(
    'CZ',
    rodneCisloValid('cz-rodne-cislo').map((c) => [...c]),
  );
  refusedCases(
    'CZ',
    rodneCisloRefused.map((c) => [...c]),
  );
});

describe('Slovak rodné číslo', () => {
  validCases(
    'SK',
    rodneCisloValid('sk-rodne-cislo').map((c) => [...c]),
  );
  refusedCases(
    'SK',
    rodneCisloRefused.map((c) => [...c]),
  );
});

describe('Romanian CNP', () => {
  validCases('RO', [
    ['1630615123457', 'ro-cnp', '1630615123457', '1630615123457', '1630615******', '1963-06-15'],
    ['1800101221144', 'ro-cnp', '1800101221144', '1800101221144', '1800101******', '1980-01-01'],
    ['1800101220021', 'ro-cnp', '1800101220021', '1800101220021', '1800101******', '1980-01-01'], // computed, remainder 10 -> 1
    ['5050505123453', 'ro-cnp', '5050505123453', '5050505123453', '5050505******', '2005-05-05'], // computed
    ['7900101123458', 'ro-cnp', '7900101123458', '7900101123458', '7900101******', '1990-01-01'], // computed, resident foreigner
    ['7050101123451', 'ro-cnp', '7050101123451', '7050101123451', '7050101******', '2005-01-01'], // computed, resident foreigner
    // 7-9: the century by full dates, as for Sweden (today is 2026-03-01).
    ['7260601123450', 'ro-cnp', '7260601123450', '7260601123450', '7260601******', '1926-06-01'], // computed, 99, birthday in June
    ['7260302123452', 'ro-cnp', '7260302123452', '7260302123452', '7260302******', '1926-03-02'], // computed, birthday tomorrow
    ['7260301123451', 'ro-cnp', '7260301123451', '7260301123451', '7260301******', '2026-03-01'], // computed, born today
    ['8251231123457', 'ro-cnp', '8251231123457', '8251231123457', '8251231******', '2025-12-31'], // computed
    ['7000229123457', 'ro-cnp', '7000229123457', '7000229123457', '7000229******', '2000-02-29'], // computed, 2000 was a leap year
  ]);
  refusedCases('RO', [
    ['1630615123458', 'checksum'],
    ['1630230123451', 'date'], // computed, 30 February
    ['1632215123457', 'date'],
    ['6300101123458', 'future'], // computed, 2030
    ['5260601123457', 'future'], // computed, 5 says the 2000s: later this year
    ['0800101221142', 'format'],
    ['180010122114', 'format'],
  ]);
});

describe('Bulgarian EGN', () => {
  validCases('BG', [
    ['7523169263', 'bg-egn', '7523169263', '7523169263', '752316****', '1875-03-16'], // month + 20
    ['8032056031', 'bg-egn', '8032056031', '8032056031', '803205****', '1880-12-05'],
    ['9001011238', 'bg-egn', '9001011238', '9001011238', '900101****', '1990-01-01'], // computed
    ['0541011239', 'bg-egn', '0541011239', '0541011239', '054101****', '2005-01-01'], // computed, month + 40
  ]);
  refusedCases('BG', [
    ['9001011237', 'checksum'],
    ['8019010001', 'date'], // computed, month 19
    ['9002301231', 'date'], // computed, 30 February
    ['7542011030', 'future'], // 2075
    ['752316926', 'format'],
    ['752316-9263', 'format'],
  ]);
});
