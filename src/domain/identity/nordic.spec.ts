import { describe } from 'vitest';
import { refusedCases, validCases } from './spec/cases';

// Published examples: NO 151086 95088 and DK 211062-5629 (python-stdnum docs), FI 131052-308T
// (DVV / Väestörekisterikeskus). "computed": check digits from independent reference code.
describe('Norwegian fødselsnummer and D-number', () => {
  validCases('NO', [
    ['15108695088', 'no-fodselsnummer', '15108695088', '151086 95088', '151086 *****', '1986-10-15'], // individual 950: 1900s
    ['151086 95088', 'no-fodselsnummer', '15108695088', '151086 95088', '151086 *****', '1986-10-15'],
    ['01019012480', 'no-fodselsnummer', '01019012480', '010190 12480', '010190 *****', '1990-01-01'], // computed
    ['01010750160', 'no-fodselsnummer', '01010750160', '010107 50160', '010107 *****', '2007-01-01'], // individual 501, YY 07
    ['41010750154', 'no-d-number', '41010750154', '410107 50154', '410107 *****', '2007-01-01'], // computed, day + 40
  ]);
  refusedCases('NO', [
    ['15108695077', 'checksum'],
    ['15108695087', 'checksum'], // second check digit only
    ['44051401359', 'checksum'], // a PESEL has Norway's shape; Norway's check fails, no accusation
    ['31029012302', 'date'], // computed, 31 February
    ['01018680072', 'century'], // computed, individual 800 with YY 86: no range
    ['01013050038', 'future'], // computed, individual 500, YY 30: 2030
    ['01419012382', 'interim'], // computed, H-number (month + 40)
    ['81019012387', 'interim'], // computed, FH-number
    ['1510869508', 'format'],
    ['151086-9508X', 'format'],
  ]);
});

describe('Danish CPR', () => {
  validCases('DK', [
    ['211062-5629', 'dk-cpr', '2110625629', '211062-5629', '211062-****', '1862-10-21'], // serial 5, YY 62: 1800s
    ['0101901234', 'dk-cpr', '0101901234', '010190-1234', '010190-****', '1990-01-01'],
    ['010105-4321', 'dk-cpr', '0101054321', '010105-4321', '010105-****', '2005-01-01'], // serial 4, YY 05
    ['010160-4321', 'dk-cpr', '0101604321', '010160-4321', '010160-****', '1960-01-01'], // serial 4, YY 60
    ['010137-4321', 'dk-cpr', '0101374321', '010137-4321', '010137-****', '1937-01-01'], // serial 4, YY 37: 1900s
    ['010158-5321', 'dk-cpr', '0101585321', '010158-5321', '010158-****', '1858-01-01'], // serial 5, YY 58: 1800s
    ['010120-9321', 'dk-cpr', '0101209321', '010120-9321', '010120-****', '2020-01-01'],
    // No check digit since 2007: a number the old mod 11 would refuse is fine.
    ['211062-5628', 'dk-cpr', '2110625628', '211062-5628', '211062-****', '1862-10-21'],
  ]);
  refusedCases('DK', [
    ['511062-5629', 'date'],
    ['290201-1234', 'date'], // 2001 was no leap year
    ['010130-4321', 'future'], // serial 4, YY 30: 2030
    ['010136-9321', 'future'], // serial 9, YY 36: 2036
    ['010157-8321', 'future'], // serial 8, YY 57: 2057
    ['610190-1234', 'interim'], // substitute number, day + 60
    ['21106256', 'format'],
    ['211062-562X', 'format'],
  ]);
});

describe('Finnish henkilötunnus', () => {
  validCases('FI', [
    ['131052-308T', 'fi-hetu', '131052-308T', '131052-308T', '131052-****', '1952-10-13'],
    ['131052-308t', 'fi-hetu', '131052-308T', '131052-308T', '131052-****', '1952-10-13'],
    ['010594Y123W', 'fi-hetu', '010594Y123W', '010594Y123W', '010594Y****', '1994-05-01'], // computed, 2023 sign Y
    ['020502E123T', 'fi-hetu', '020502E123T', '020502E123T', '020502E****', '2002-05-02'], // computed, 2023 sign E
    ['010105A123P', 'fi-hetu', '010105A123P', '010105A123P', '010105A****', '2005-01-01'], // computed
    ['010185+123B', 'fi-hetu', '010185+123B', '010185+123B', '010185+****', '1885-01-01'], // computed
  ]);
  refusedCases('FI', [
    ['131052-308U', 'checksum'],
    ['131052A308T', 'future'], // the century sign is outside the check: 2052
    ['310290-123T', 'date'], // computed, 31 February
    ['010130A1235', 'future'], // computed
    ['131052-9085', 'interim'], // computed, temporary range 900-999
    ['131052-001W', 'format'], // computed, individual numbers start at 002
    ['131052Z308T', 'format'],
    ['131052-308G', 'format'], // G is no check character
    ['131052-30T', 'format'],
  ]);
});
