import { describe, expect, it } from 'vitest';
import { findPhotoForRow, type RawRow } from '../../src/import/index';
import { jpeg } from './helpers';

const photos = new Map<string, Buffer>([
  ['199001011234.jpg', jpeg('anna')],
  ['19850505-4321.png', jpeg('bo')],
  ['cy.jpeg', jpeg('cy')],
  ['dan portrait.jpg', jpeg('dan')],
]);
const row = (values: RawRow['values']): RawRow => ({ rowNumber: 2, values });

describe('findPhotoForRow', () => {
  it('uses photo_file when given: exact, any case, with a folder, or without extension', () => {
    expect(findPhotoForRow(row({ photo_file: 'cy.jpeg' }), photos)).toEqual({ name: 'cy.jpeg', bytes: jpeg('cy') });
    expect(findPhotoForRow(row({ photo_file: 'Photos\\Dan Portrait.JPG' }), photos)).toMatchObject({ name: 'dan portrait.jpg' });
    expect(findPhotoForRow(row({ photo_file: 'CY' }), photos)).toMatchObject({ name: 'cy.jpeg' });
  });

  it('a photo_file that is not in the ZIP is missing, even when a file named after the number exists', () => {
    const mismatched = row({ national_identity_number: '199001011234', photo_file: 'anna.jpg' });
    expect(findPhotoForRow(mismatched, photos, '199001011234')).toEqual({ problem: 'photo_file_missing' });
  });

  it('otherwise finds the photo by the normalised identity number', () => {
    const typedShort = row({ national_identity_number: '900101-1234' });
    expect(findPhotoForRow(typedShort, photos, '199001011234')).toMatchObject({ name: '199001011234.jpg' });
    expect(findPhotoForRow(typedShort, photos)).toEqual({ problem: 'no_photo' });
  });

  it('or by the number as typed, with or without separators', () => {
    expect(findPhotoForRow(row({ national_identity_number: '19850505-4321' }), photos, '198505054321')).toMatchObject({
      name: '19850505-4321.png',
    });
    expect(findPhotoForRow(row({ national_identity_number: '1990 0101 1234' }), photos)).toMatchObject({ name: '199001011234.jpg' });
  });

  it('no photo_file and no file named after the number: no_photo', () => {
    expect(findPhotoForRow(row({ national_identity_number: '197001011111' }), photos, '197001011111')).toEqual({ problem: 'no_photo' });
    expect(findPhotoForRow(row({}), photos)).toEqual({ problem: 'no_photo' });
    expect(findPhotoForRow(row({ national_identity_number: '199001011234' }), new Map())).toEqual({ problem: 'no_photo' });
  });
});
