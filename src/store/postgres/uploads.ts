import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { UploadTokenRepository } from '../ports';
import { photos, uploadTokens } from './schema';
import { transaction, type PgDb, type PgExec } from './db';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { sealPhoto } from '../sealing';
import { expiredUploadTokens } from '../throttle';

export function pgUploads(db: PgDb, now: () => Date, cipher: FieldCipher): UploadTokenRepository {
  // The retention job sweeps them too; this keeps the table small between its runs.
  const expired = expiredUploadTokens();
  const byId = async (tx: PgExec, id: string) => (await tx.select().from(uploadTokens).where(eq(uploadTokens.id, id)))[0];
  /** The single-use guarantee: only one request can flip used_at from NULL. */
  const flipUsed = async (tx: PgExec, id: string, at: Date) =>
    (
      await tx
        .update(uploadTokens)
        .set({ usedAt: at })
        .where(and(eq(uploadTokens.id, id), isNull(uploadTokens.usedAt), gt(uploadTokens.expiresAt, at)))
        .returning()
    )[0];
  return {
    async issue(token) {
      const at = now();
      const row = { ...token, subjectName: token.subjectName ?? null, createdAt: at, usedAt: null, photoId: null };
      if (expired.due(at)) await db.delete(uploadTokens).where(lt(uploadTokens.expiresAt, expired.before(at)));
      await db.insert(uploadTokens).values(row);
      return row;
    },
    async get(tokenId) {
      return byId(db, tokenId);
    },
    async consumeWithPhoto(tokenId, at, photo) {
      return transaction(db, async (tx) => {
        const used = await flipUsed(tx, tokenId, at);
        if (!used) return undefined;
        const saved = { ...photo, id: randomUUID(), createdAt: at };
        await tx.insert(photos).values(sealPhoto(cipher, saved));
        await tx.update(uploadTokens).set({ photoId: saved.id }).where(eq(uploadTokens.id, tokenId));
        return { token: { ...used, photoId: saved.id }, photo: saved };
      });
    },
    async consume(tokenId, at) {
      return flipUsed(db, tokenId, at);
    },
  };
}
