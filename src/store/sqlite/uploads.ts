import { and, eq, gt, isNull, lt, sql } from 'drizzle-orm';
import { randomUUID } from 'node:crypto';
import type { UploadTokenRepository } from '../ports';
import { photos, uploadTokens } from '../schema';
import { transaction, type Db } from './db';
import type { FieldCipher } from '../../crypto/fieldCipher';
import { sealPhoto } from '../sealing';
import { expiredUploadTokens } from '../throttle';

export function sqliteUploads(db: Db, now: () => Date, cipher: FieldCipher): UploadTokenRepository {
  // The retention job sweeps them too; this keeps the table small between its runs.
  const expired = expiredUploadTokens();
  // Built once: every photo question issues a link, and building the INSERT cost more than running it.
  const columns = ['id', 'personId', 'tenantId', 'conversationId', 'purpose', 'locale', 'createdAt', 'expiresAt', 'subjectName'] as const;
  const insertToken = db
    .insert(uploadTokens)
    .values(Object.fromEntries(columns.map((c) => [c, sql.placeholder(c)])) as never)
    .prepare();
  const byId = (id: string) => db.select().from(uploadTokens).where(eq(uploadTokens.id, id)).get();
  /** The single-use guarantee: only one request can flip used_at from NULL. */
  const flipUsed = (id: string, at: Date): boolean =>
    db
      .update(uploadTokens)
      .set({ usedAt: at })
      .where(and(eq(uploadTokens.id, id), isNull(uploadTokens.usedAt), gt(uploadTokens.expiresAt, at)))
      .run().changes === 1;
  return {
    async issue(token) {
      const at = now();
      const row = { ...token, subjectName: token.subjectName ?? null, createdAt: at, usedAt: null, photoId: null };
      if (expired.due(at))
        db.delete(uploadTokens)
          .where(lt(uploadTokens.expiresAt, expired.before(at)))
          .run();
      insertToken.run(Object.fromEntries(columns.map((c) => [c, row[c]])));
      return row;
    },
    async get(tokenId) {
      return byId(tokenId);
    },
    async consumeWithPhoto(tokenId, at, photo) {
      return transaction(db, () => {
        if (!flipUsed(tokenId, at)) return undefined;
        const saved = { ...photo, id: randomUUID(), createdAt: at };
        db.insert(photos).values(sealPhoto(cipher, saved)).run();
        db.update(uploadTokens).set({ photoId: saved.id }).where(eq(uploadTokens.id, tokenId)).run();
        return { token: byId(tokenId)!, photo: saved };
      });
    },
    async consume(tokenId, at) {
      return flipUsed(tokenId, at) ? byId(tokenId) : undefined;
    },
  };
}
