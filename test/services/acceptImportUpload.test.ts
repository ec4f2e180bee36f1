import { beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import type { ServiceContext } from '../../src/services/context';
import { acceptImportUpload } from '../../src/services/uploads/acceptImportUpload';
import { acceptUpload } from '../../src/services/uploads/acceptUpload';
import { issueUploadToken, UPLOAD_LINK_TTL_MS } from '../../src/services/uploads/issueUploadToken';
import { describeStore } from '../support/stores';
import { drawnPortrait } from '../support/faces';

const FILE = Buffer.from('PK\x03\x04 pretend workbook');

describeStore('receiving an import file through an upload link', (backend) => {
  let ctx: ServiceContext;
  let clock: Date;
  let personId: string;

  beforeEach(async () => {
    clock = new Date('2026-11-25T10:00:00Z');
    ctx = { store: await backend.open(() => clock), now: () => clock, log: createLogger('silent'), faces: drawnPortrait() };
    personId = (await ctx.store.people.upsertSeen({ tenantId: 't1', aadObjectId: 'a1' })).person.id;
  });

  const issue = (purpose: 'import' | 'cardholder-photo' = 'import') =>
    issueUploadToken({ ctx, input: { personId, tenantId: 't1', conversationId: 'c1', locale: 'sv-SE', purpose } });
  const receive = (tokenId: string, bytes = FILE, fileName?: string) => acceptImportUpload({ ctx, input: { tokenId, bytes, fileName } });

  it('receives the file once, with the person, conversation and locale the link was made for', async () => {
    const token = await issue();
    const first = await receive(token.id, FILE, 'C:\\Users\\olle\\Personal.xlsx');
    expect(first).toMatchObject({
      ok: true,
      bytes: FILE,
      fileName: 'Personal.xlsx',
      token: { personId, tenantId: 't1', conversationId: 'c1', locale: 'sv-SE', purpose: 'import' },
    });
    expect(first.ok && first.token.usedAt).toEqual(clock);
    expect(await receive(token.id)).toMatchObject({ ok: false, kind: 'link', state: 'used' });
  });

  it('lets exactly one of two simultaneous receipts through', async () => {
    const token = await issue();
    const outcomes = await Promise.all([receive(token.id), receive(token.id)]);
    expect(outcomes.map((o) => o.ok).sort()).toEqual([false, true]);
  });

  it('refuses an expired link, and an empty body without using the link up', async () => {
    const token = await issue();
    expect(await receive(token.id, Buffer.alloc(0))).toEqual({ ok: false, kind: 'empty' });
    expect((await ctx.store.uploads.get(token.id))?.usedAt).toBeNull();
    clock = new Date(clock.getTime() + UPLOAD_LINK_TTL_MS);
    expect(await receive(token.id)).toMatchObject({ ok: false, kind: 'link', state: 'expired' });
    expect(await receive('no-such-token')).toMatchObject({ ok: false, kind: 'link', state: 'unknown' });
  });

  it('keeps the two kinds of link apart: a photo link takes no import file, an import link no photo', async () => {
    const photoLink = await issue('cardholder-photo');
    expect(await receive(photoLink.id)).toMatchObject({ ok: false, kind: 'link', state: 'unknown' });
    expect((await ctx.store.uploads.get(photoLink.id))?.usedAt).toBeNull();
    const importLink = await issue('import');
    expect(await acceptUpload({ ctx, input: { tokenId: importLink.id, bytes: FILE } })).toMatchObject({
      ok: false,
      kind: 'link',
      state: 'unknown',
    });
    expect((await ctx.store.uploads.get(importLink.id))?.usedAt).toBeNull();
  });
});
