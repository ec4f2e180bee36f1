import { beforeEach, expect, it } from 'vitest';
import type { Store, UploadToken } from '../../src/store/ports';
import { describeStore } from '../support/stores';

const MINUTE = 60_000;
const photo = (ownerPersonId: string) => ({ ownerPersonId, jpeg: Buffer.from('jpeg'), thumbnail: Buffer.from('thumb'), findings: [] });

describeStore('upload tokens', (backend) => {
  let store: Store;
  let clock = new Date('2026-11-25T10:00:00Z');
  let personId: string;

  beforeEach(async () => {
    clock = new Date('2026-11-25T10:00:00Z');
    store = await backend.open(() => clock);
    personId = (await store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'a1' })).person.id;
  });

  const issue = (id: string, expiresInMs = 15 * MINUTE): Promise<UploadToken> =>
    store.uploads.issue({
      id,
      personId,
      tenantId: 't1',
      conversationId: 'c1',
      purpose: 'cardholder-photo',
      locale: 'sv-SE',
      expiresAt: new Date(clock.getTime() + expiresInMs),
    });

  it('stores a token unused, then consumes it exactly once together with the photo', async () => {
    await issue('tok1');
    expect(await store.uploads.get('tok1')).toMatchObject({ personId, conversationId: 'c1', locale: 'sv-SE', usedAt: null, photoId: null });
    const first = await store.uploads.consumeWithPhoto('tok1', clock, photo(personId));
    expect(first?.token.usedAt).toEqual(clock);
    expect(first?.token.photoId).toBe(first?.photo.id);
    expect((await store.photos.get(first!.photo.id))?.ownerPersonId).toBe(personId);
    expect(await store.uploads.consumeWithPhoto('tok1', clock, photo(personId))).toBeUndefined();
  });

  it('refuses an expired token and saves no photo then', async () => {
    await issue('tok2', 5 * MINUTE);
    const late = new Date(clock.getTime() + 5 * MINUTE);
    expect(await store.uploads.consumeWithPhoto('tok2', late, photo(personId))).toBeUndefined();
    expect((await store.uploads.get('tok2'))?.usedAt).toBeNull();
    expect(await store.uploads.consumeWithPhoto('unknown', clock, photo(personId))).toBeUndefined();
  });

  it('consumes an import link once, without a photo, and never after it expired', async () => {
    await store.uploads.issue({
      id: 'imp',
      personId,
      tenantId: 't1',
      conversationId: 'c1',
      purpose: 'import',
      locale: 'en-US',
      expiresAt: new Date(clock.getTime() + 15 * MINUTE),
    });
    const used = await store.uploads.consume('imp', clock);
    expect(used).toMatchObject({ id: 'imp', purpose: 'import', usedAt: clock, photoId: null });
    expect(await store.uploads.consume('imp', clock)).toBeUndefined();
    await issue('late', 5 * MINUTE);
    expect(await store.uploads.consume('late', new Date(clock.getTime() + 5 * MINUTE))).toBeUndefined();
    expect((await store.uploads.get('late'))?.usedAt).toBeNull();
  });

  it('forgets tokens a day after they expired when issuing new ones', async () => {
    await issue('old', MINUTE);
    clock = new Date(clock.getTime() + 25 * 60 * MINUTE);
    await issue('new');
    expect(await store.uploads.get('old')).toBeUndefined();
    expect(await store.uploads.get('new')).toBeDefined();
  });
});
