import { describe } from 'vitest';
import { refusedCases, validCases } from './spec/cases';

// Published examples: EE 37605030299 (Estonian ID card specimen), 36805280109; LT 33309240064;
// LV 161175-19997 and 328673-00679 (python-stdnum docs). "computed": check digit from
// independent reference code.
describe('Estonian isikukood', () => {
  validCases('EE', [
    ['37605030299', 'ee-isikukood', '37605030299', '37605030299', '3760503****', '1976-05-03'],
    ['36805280109', 'ee-isikukood', '36805280109', '36805280109', '3680528****', '1968-05-28'],
    ['49403136526', 'ee-isikukood', '49403136526', '49403136526', '4940313****', '1994-03-13'],
    ['50101010009', 'ee-isikukood', '50101010009', '50101010009', '5010101****', '2001-01-01'], // computed
    ['39001010110', 'ee-isikukood', '39001010110', '39001010110', '3900101****', '1990-01-01'], // computed, second-stage weights
    ['39001010590', 'ee-isikukood', '39001010590', '39001010590', '3900101****', '1990-01-01'], // computed, both stages 10 -> 0
  ]);
  refusedCases('EE', [
    ['36805280108', 'checksum'],
    ['39001010111', 'checksum'],
    ['37613030293', 'date'], // computed, month 13
    ['37602300292', 'date'], // computed, 30 February
    ['70101010000', 'future'], // computed, 2101
    ['90000000018', 'format'], // 9 is no Estonian century digit
    ['3760503029', 'format'],
  ]);
});

describe('Lithuanian asmens kodas', () => {
  validCases('LT', [
    ['33309240064', 'lt-asmens-kodas', '33309240064', '33309240064', '3330924****', '1933-09-24'],
    ['37605030299', 'lt-asmens-kodas', '37605030299', '37605030299', '3760503****', '1976-05-03'], // same layout as Estonia
    ['90000000018', 'lt-asmens-kodas', '90000000018', '90000000018', '9**********', undefined], // computed, exceptional code
  ]);
  refusedCases('LT', [
    ['33309240164', 'checksum'],
    ['90000000019', 'checksum'],
    ['37613030293', 'date'],
    ['0330924006', 'format'],
    ['03309240064', 'format'],
  ]);
});

describe('Latvian personas kods', () => {
  validCases('LV', [
    ['161175-19997', 'lv-personas-kods', '16117519997', '161175-19997', '161175-*****', '1975-11-16'],
    ['16117519997', 'lv-personas-kods', '16117519997', '161175-19997', '161175-*****', '1975-11-16'],
    ['010105-21235', 'lv-personas-kods', '01010521235', '010105-21235', '010105-*****', '2005-01-01'], // computed
    ['328673-00679', 'lv-personas-kods', '32867300679', '328673-00679', '32****-*****', undefined],
    ['32000000000', 'lv-personas-kods', '32000000000', '320000-00000', '32****-*****', undefined], // no check digit assumed
    // New-form codes from 33 on (first digit 3, second 2-9): python-stdnum accepts only 32.
    ['330000-00001', 'lv-personas-kods', '33000000001', '330000-00001', '33****-*****', undefined],
    ['35123456789', 'lv-personas-kods', '35123456789', '351234-56789', '35****-*****', undefined],
    ['399999-99999', 'lv-personas-kods', '39999999999', '399999-99999', '39****-*****', undefined],
    // Its old-form neighbours: 30 and 31 are days, so these are dated codes.
    ['311275-19996', 'lv-personas-kods', '31127519996', '311275-19996', '311275-*****', '1975-12-31'], // computed
  ]);
  refusedCases('LV', [
    ['161175-19998', 'checksum'],
    ['310275-19999', 'date'], // computed, 31 February
    ['161375-19997', 'date'],
    ['161175-39998', 'century'], // computed, century digit 3
    ['311175-19995', 'date'], // 31 November: a 3-prefix below 32 is a date
    ['301375-19990', 'date'], // month 13
    ['400101-10001', 'date'], // 4 is no new-form prefix: day 40
    ['330000-0000', 'format'], // a new-form code has 11 digits too
    ['330000/00000', 'format'],
    ['161175-199', 'format'],
    ['161175/19997', 'format'],
  ]);
});
