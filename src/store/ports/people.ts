export interface Person {
  id: string;
  tenantId: string;
  aadObjectId: string;
  teamsUserId: string | null;
  name: string | null;
  email: string | null;
  upn: string | null;
  locale: string | null;
  profileFetchedAt: Date | null;
}

export interface TeamsUserSeen {
  tenantId: string;
  aadObjectId: string;
  teamsUserId?: string;
  name?: string;
  locale?: string;
}

export interface PeopleRepository {
  /** Insert or refresh a person from an activity; `created` tells first contact. */
  upsertSeen(user: TeamsUserSeen): Promise<{ person: Person; created: boolean }>;
  updateProfile(personId: string, profile: { email?: string | null; upn?: string | null; name?: string | null }): Promise<void>;
  get(personId: string): Promise<Person | undefined>;
  findByAad(tenantId: string, aadObjectId: string): Promise<Person | undefined>;
  /** The people seen most recently, newest first (the Orders tab's development sign-in lists them in local mode). */
  recent(limit: number): Promise<Person[]>;
  /** People whose profile e-mail or UPN is this address (case-insensitive), in one tenant if given. */
  findByEmail(email: string, tenantId?: string): Promise<Person[]>;
}
