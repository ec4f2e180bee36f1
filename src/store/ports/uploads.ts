import type { StoredPhoto } from './photos';

/** What a link uploads: a cardholder's photo (the new-card dialog) or a bulk-import file. */
export type UploadPurpose = 'cardholder-photo' | 'import';

export interface UploadToken {
  id: string;
  personId: string;
  tenantId: string;
  conversationId: string;
  purpose: UploadPurpose;
  locale: string;
  createdAt: Date;
  expiresAt: Date;
  usedAt: Date | null;
  photoId: string | null;
  /** Whose photo the link is for: the upload page names them. */
  subjectName: string | null;
}

export interface UploadTokenRepository {
  /** Stores a new link; also forgets links that expired more than a day ago. */
  issue(
    token: Omit<UploadToken, 'createdAt' | 'usedAt' | 'photoId' | 'subjectName'> & { subjectName?: string | null },
  ): Promise<UploadToken>;
  get(tokenId: string): Promise<UploadToken | undefined>;
  /**
   * In one transaction: marks the link used (only if unused and unexpired at `now`) and saves the
   * photo. Undefined when the link was used or expired meanwhile; then nothing is saved.
   */
  consumeWithPhoto(
    tokenId: string,
    now: Date,
    photo: Omit<StoredPhoto, 'id' | 'createdAt'>,
  ): Promise<{ token: UploadToken; photo: StoredPhoto } | undefined>;
  /** Marks the link used (only if unused and unexpired at `now`); undefined when it was not. */
  consume(tokenId: string, now: Date): Promise<UploadToken | undefined>;
}
