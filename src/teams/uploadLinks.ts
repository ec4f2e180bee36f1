import type { TurnContext } from 'botbuilder';
import type { ServiceContext } from '../services/context';
import { issueUploadToken } from '../services/uploads/issueUploadToken';
import type { UploadPurpose } from '../store/ports';
import { turnPerson } from './turnScope';

/**
 * Single-use links to the upload page for the person of a turn, in that turn's conversation (where
 * the chat continues after the upload), speaking the turn's language.
 */
export function createUploadLinks(ctx: ServiceContext, signUploadPath: (tokenId: string) => string, purpose: UploadPurpose = 'cardholder-photo') {
  /** A new link, or undefined when the turn has no person. */
  return async function uploadLink(context: TurnContext): Promise<string | undefined> {
    const turn = turnPerson(context);
    if (!turn) return undefined;
    const token = await issueUploadToken({
      ctx,
      input: {
        personId: turn.person.id,
        tenantId: turn.person.tenantId,
        conversationId: context.activity.conversation.id,
        locale: context.activity.locale ?? turn.person.locale ?? 'en-US',
        purpose,
      },
    });
    return signUploadPath(token.id);
  };
}
