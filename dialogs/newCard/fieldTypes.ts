import type { Choice } from '../../cards/question';
import type { Locale, Translate } from '../../src/i18n';
import type { Draft } from './draft';

/** What the user gave for the current question. */
export interface Answer {
  text: string;
  /** A button's value, or the typed text when there is no button. */
  choice?: string;
}

export type Accepted = { ok: true; draft: Draft } | { ok: false; message: string; choices?: Choice[] };

export interface Question {
  text: string;
  choices?: Choice[];
}

export interface FieldEnv {
  t: Translate;
  locale: Locale;
  today: Date;
}
