import { randomBytes } from 'node:crypto';
import type { ServiceContext } from '../context';
import type { UploadPurpose, UploadToken } from '../../store/ports';

/** How long an upload link works: long enough to find the photo on a phone, short enough to leak little. */
export const UPLOAD_LINK_TTL_MS = 15 * 60 * 1000;

export interface UploadRequest {
  personId: string;
  tenantId: string;
  conversationId: string;
  locale: string;
  purpose?: UploadPurpose;
  /** Whose photo it is (the cardholder's name), for the page's heading; never logged. */
  subjectName?: string;
}

/**
 * A new single-use upload token. Its id is 128 random bits (base64url) and means nothing by
 * itself: the person and conversation it is for stay in the database.
 */
export async function issueUploadToken({ ctx, input }: { ctx: ServiceContext; input: UploadRequest }): Promise<UploadToken> {
  const expiresAt = new Date(ctx.now().getTime() + UPLOAD_LINK_TTL_MS);
  const token = await ctx.store.uploads.issue({
    id: randomBytes(16).toString('base64url'),
    personId: input.personId,
    tenantId: input.tenantId,
    conversationId: input.conversationId,
    purpose: input.purpose ?? 'cardholder-photo',
    locale: input.locale,
    subjectName: input.subjectName?.trim().slice(0, 120) || null,
    expiresAt,
  });
  ctx.log.info(
    { event: 'upload.link_issued', personId: input.personId, purpose: token.purpose, expiresAt: expiresAt.toISOString() },
    'upload link issued',
  );
  return token;
}

export type TokenState = 'usable' | 'used' | 'expired' | 'unknown';

export function tokenState(token: UploadToken | undefined, now: Date): TokenState {
  if (!token) return 'unknown';
  if (token.usedAt) return 'used';
  return token.expiresAt.getTime() <= now.getTime() ? 'expired' : 'usable';
}
