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

const KEY = Symbol('turnPerson');

export function setTurnPerson(context: TurnContext, value: TurnPerson): void {
  context.turnState.set(KEY, value);
}

export function turnPerson(context: TurnContext): TurnPerson | undefined {
  return context.turnState.get(KEY) as TurnPerson | undefined;
}

export function requireTurnPerson(context: TurnContext): TurnPerson {
  const value = turnPerson(context);
  if (!value) throw new Error('no person captured for this turn (activity without from.aadObjectId)');
  return value;
}
