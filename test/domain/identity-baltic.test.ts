import { describe } from 'vitest';
import { refusedCases, validCases } from './identity-cases';

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
  ]);
  refusedCases('LV', [
    ['161175-19998', 'checksum'],
    ['310275-19999', 'date'], // computed, 31 February
    ['161375-19997', 'date'],
    ['161175-39998', 'century'], // computed, century digit 3
    ['161175-199', 'format'],
    ['161175/19997', 'format'],
  ]);
});
