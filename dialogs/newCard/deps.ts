import type { ChatTurn } from '../../src/chat/turn';
import type { Pricing } from '../../src/chat/priceText';
import type { Draft, PhotoDraft } from './draft';
import type { FieldEnv } from './fieldTypes';

/** The event a finished upload on the upload page continues the dialog with. */
export const PHOTO_UPLOADED_EVENT = 'photo.uploaded';

export type PhotoReceipt = { ok: true; photo: PhotoDraft } | { ok: false; message: string };

/** What the dialog needs from the rest of the app: services behind small functions, given the turn. */
export interface NewCardDeps {
  receivePhoto(turn: ChatTurn, env: FieldEnv): Promise<PhotoReceipt | undefined>;
  addToCart(turn: ChatTurn, draft: Draft): Promise<{ cartSize: number }>;
  /** Saves an edited cardholder over its cart item; false when the item is gone. */
  replaceInCart(turn: ChatTurn, itemId: string, draft: Draft): Promise<{ replaced: boolean }>;
  /** Sends the cart card (after an edit from the cart, the user is back where they were). */
  showCart(turn: ChatTurn): Promise<void>;
  thumbnailUrl(photoId: string): string | undefined;
  /** The company's price per card, shown where the card type is chosen; undefined: no price to show. */
  pricing?(turn: ChatTurn): Promise<Pricing | undefined>;
  /** A fresh signed single-use link to the upload page for this person and chat; none: no button. */
  uploadLink?(turn: ChatTurn, subjectName?: string): Promise<string | undefined>;
  now(): Date;
}

/** The field environment of one turn, with the turn itself for the services. */
export interface NewCardEnv extends FieldEnv {
  turn: ChatTurn;
}

/** `edit`: start from a cart item's data and save over it, instead of adding a new cardholder. */
export interface NewCardOptions {
  turn: ChatTurn;
  edit?: { itemId: string; draft: Draft };
}
