import type { TurnContext } from 'botbuilder';
import type { Person } from '../store/ports';

/** The person behind the current activity, captured once at the start of the turn. */
export interface TurnPerson {
  person: Person;
  /** True when this activity is the bot's first contact with the person. */
  firstContact: boolean;
  /** The member profile (e-mail) could not be fetched this turn and is not known from before. */
  profilePending?: boolean;
}

/** A photo the upload page already checked and stored; only a server-made upload turn carries one. */
export interface UploadedPhoto {
  id: string;
  findings: { code: string; params: Record<string, string | number> }[];
}

/**
 * One turn as values, handed from the bot to routes, dialogs and their services: who is talking
 * and, on an upload turn, the photo. Nothing reads these back from turn state.
 */
export interface ChatTurn {
  context: TurnContext;
  person: TurnPerson;
  uploadedPhoto?: UploadedPhoto;
}
