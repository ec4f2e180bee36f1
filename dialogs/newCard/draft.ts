/** The in-progress answers of one new-card dialog (kept in dialog state only while it runs). */
export const FIELD_IDS = [
  'firstName',
  'lastName',
  'nationality',
  'identityNumber',
  'dateOfBirth',
  'coordinationNumber',
  'email',
  'mobile',
  'cardType',
  'bankId',
  'photo',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

export interface IdentityDraft {
  scheme: string;
  normalized: string;
  masked: string;
  carriesDateOfBirth: boolean;
}

/** The optional Swedish samordningsnummer of a non-Swedish cardholder; null: they have none. */
export interface CoordinationDraft {
  normalized: string;
  masked: string;
}

export interface PhotoDraft {
  id: string;
  findings: { code: string; params: Record<string, string | number> }[];
}

export interface Draft {
  firstName?: string;
  lastName?: string;
  nationality?: string;
  identity?: IdentityDraft;
  /** A document number waiting for the date of birth it must be checked with. */
  pendingIdentityInput?: string;
  dateOfBirth?: string;
  coordination?: CoordinationDraft | null;
  email?: string;
  mobile?: string;
  cardType?: 'standard' | 'visitor';
  hasBankId?: boolean;
  photo?: PhotoDraft;
  /** *Photo later*: the cardholder goes to the cart marked "photo needed" (as the import does with rows without one). */
  photoLater?: boolean;
}

/** "Anna Berg", for the upload page's heading; undefined before the names are known. */
export const cardholderName = (draft: Draft): string | undefined =>
  [draft.firstName, draft.lastName].filter(Boolean).join(' ') || undefined;

/** Only cardholders of another nationality are asked for a Swedish samordningsnummer. */
export function asksCoordination(draft: Draft): boolean {
  return draft.nationality !== undefined && draft.nationality !== 'SE';
}

/** Whether a field still needs an answer. */
export function isMissing(draft: Draft, field: FieldId): boolean {
  switch (field) {
    case 'identityNumber':
      return !draft.identity && !draft.pendingIdentityInput;
    case 'dateOfBirth':
      return !draft.dateOfBirth && (!!draft.pendingIdentityInput || (!!draft.identity && !draft.identity.carriesDateOfBirth));
    case 'coordinationNumber':
      return asksCoordination(draft) && draft.coordination === undefined;
    case 'bankId':
      return draft.hasBankId === undefined;
    case 'photo':
      return !draft.photo && !draft.photoLater;
    default:
      return draft[field] === undefined;
  }
}

export function nextMissingField(draft: Draft): FieldId | undefined {
  return FIELD_IDS.find((field) => isMissing(draft, field));
}

/** Clears a field for editing, with what depends on it (a new nationality needs a new number). */
export function clearForEdit(draft: Draft, field: FieldId): Draft {
  const next = { ...draft };
  // The samordningsnummer is checked against the date of birth, so it goes with the identity.
  const clearIdentity = () => {
    delete next.identity;
    delete next.pendingIdentityInput;
    delete next.dateOfBirth;
    delete next.coordination;
  };
  switch (field) {
    case 'nationality':
      delete next.nationality;
      clearIdentity();
      break;
    case 'identityNumber':
      clearIdentity();
      break;
    case 'dateOfBirth':
      // A date carried by the number cannot be edited on its own: edit the number instead.
      if (next.identity?.carriesDateOfBirth) clearIdentity();
      else delete next.dateOfBirth;
      break;
    case 'coordinationNumber':
      delete next.coordination;
      break;
    case 'bankId':
      delete next.hasBankId;
      break;
    case 'photo':
      delete next.photo;
      delete next.photoLater;
      break;
    default:
      delete next[field];
  }
  return next;
}

/** Fields that can be picked for editing on this draft. */
export function editableFields(draft: Draft): FieldId[] {
  return FIELD_IDS.filter((f) => {
    if (f === 'dateOfBirth') return !!draft.identity && !draft.identity.carriesDateOfBirth;
    if (f === 'coordinationNumber') return asksCoordination(draft);
    return true;
  });
}

/** The questions this draft is asked, in order (a date of birth only for a number without one, a samordningsnummer only for another nationality). */
export function askedFields(draft: Draft): FieldId[] {
  return FIELD_IDS.filter((f) => {
    if (f === 'dateOfBirth') return !!draft.pendingIdentityInput || (!!draft.identity && !draft.identity.carriesDateOfBirth);
    if (f === 'coordinationNumber') return asksCoordination(draft);
    return true;
  });
}
