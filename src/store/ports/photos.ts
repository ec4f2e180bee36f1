export interface PhotoFindingRecord {
  code: string;
  params: Record<string, string | number>;
}

export interface StoredPhoto {
  id: string;
  ownerPersonId: string;
  jpeg: Buffer;
  thumbnail: Buffer;
  findings: PhotoFindingRecord[];
  createdAt: Date;
}

export interface PhotoRepository {
  save(photo: Omit<StoredPhoto, 'id' | 'createdAt'>): Promise<StoredPhoto>;
  get(photoId: string): Promise<StoredPhoto | undefined>;
  /** Findings of the stored photos among `photoIds`, without their bytes; absent ids are not stored. */
  findingsOf(photoIds: string[]): Promise<Map<string, PhotoFindingRecord[]>>;
}

/** A hard photo failure recorded for an item (bulk import); it blocks checkout until fixed. */
export interface PhotoFailureRecord {
  code: string;
  params: Record<string, string | number>;
}
