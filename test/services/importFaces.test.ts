import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { WorkerFaceDetector } from '../../src/photos/faces/workerFaceDetector';
import { checkImport } from '../../src/services/import/checkImport';
import { ensureLocalOrderer } from '../../src/services/people/seedLocal';
import type { ServiceContext } from '../../src/services/context';
import { createSqliteStore } from '../../src/store/sqlite';
import { importResultView } from '../../src/teams/features/import/importResultView';
import { translator } from '../../src/i18n';
import { makeXlsx, makeZip } from '../import/helpers';
import { noFace, onePerson, tiltedPerson, twoPeople } from '../photos/realPhotos';
import { tempDir } from '../support/tmp';
import { personnummer } from '../../bench/support/people';

/** A ZIP import's photos get the same face checks as a photo in the chat, with the real detector. */
const faces = new WorkerFaceDetector({ log: createLogger('silent') });
afterAll(() => faces.close());

const HEADER = [
  'first_name',
  'last_name',
  'nationality',
  'national_identity_number',
  'email',
  'mobile',
  'card_type',
  'bankid',
  'photo_file',
];
const person = (first: string, id: string, photo: string) => [
  first,
  'Berg',
  'SE',
  id,
  `${first.toLowerCase()}@example.com`,
  '0701234567',
  'Standard',
  'yes',
  photo,
];

describe('a ZIP import with real photographs', () => {
  let dir: ReturnType<typeof tempDir>;
  let ctx: ServiceContext;
  let actor: { personId: string; tenantId: string };
  let photos: Record<string, Buffer>;
  beforeAll(async () => {
    const [good, group, empty, tilted] = await Promise.all([onePerson(), twoPeople(), noFace(), tiltedPerson(22)]);
    photos = { 'good.jpg': good, 'group.jpg': group, 'wall.jpg': empty, 'tilted.jpg': tilted };
  });
  beforeEach(async () => {
    dir = tempDir();
    ctx = {
      store: createSqliteStore(dir.file('f.sqlite')),
      now: () => new Date('2026-11-25T12:00:00Z'),
      log: createLogger('silent'),
      faces,
    };
    const { person: orderer } = await ctx.store.people.upsertSeen({ tenantId: 't', aadObjectId: 'a' });
    await ensureLocalOrderer({ ctx, personId: orderer.id, tenantId: 't' });
    actor = { personId: orderer.id, tenantId: 't' };
  });
  afterEach(async () => {
    await ctx.store.close();
    dir.cleanup();
  });

  it('takes the one-person photos, refuses the group photo and the wall by row with the reason, and counts the advice', async () => {
    const sheet = await makeXlsx([
      HEADER,
      person('Anna', '19900101-1239', 'good.jpg'),
      person('Bo', '19121212-1212', 'group.jpg'),
      person('Cecilia', personnummer(3), 'wall.jpg'),
      person('David', personnummer(4), 'tilted.jpg'),
    ]);
    const zip = await makeZip([{ name: 'people.xlsx', data: sheet }, ...Object.entries(photos).map(([name, data]) => ({ name, data }))]);
    const result = await checkImport({ ctx, actor, input: { bytes: zip, fileName: 'team.zip', locale: 'en' } });

    expect(result.problems.map((p) => [p.rowNumber, p.column, p.code])).toEqual([
      [3, 'photo_file', 'photo.several_faces'],
      [4, 'photo_file', 'photo.no_face'],
    ]);
    expect(result.problems[0]!.message).toBe(
      'group.jpg: This photo shows 2 faces. The card photo may show only the cardholder: send a photo with nobody else in it.',
    );
    expect(result.problems[1]!.message).toMatch(/^wall\.jpg: No face was found in this photo\./);
    expect(result).toMatchObject({ ready: 2, withoutPhoto: 0, photosWithAdvice: 1 });
    const facts = importResultView(translator('en'), result, () => 'https://report').facts ?? [];
    expect(facts).toContainEqual({ label: 'Photos with advice (see the cart)', value: '1' });
  });
});
