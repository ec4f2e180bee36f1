import type { ServiceContext } from '../services/context';
import { issueUploadToken } from '../services/uploads/issueUploadToken';
import type { UploadPurpose } from '../store/ports';
import type { ChatTurn } from '../chat/turn';

/**
 * Single-use links to the upload page for the person of a turn, in that turn's conversation (where
 * the chat continues after the upload), speaking the turn's language.
 */
export function createUploadLinks(
  ctx: ServiceContext,
  signUploadPath: (tokenId: string) => string,
  purpose: UploadPurpose = 'cardholder-photo',
) {
  /** `subjectName`: whose photo the page asks for (the cardholder's name). */
  return async function uploadLink({ context, person: turn }: ChatTurn, subjectName?: string): Promise<string> {
    const token = await issueUploadToken({
      ctx,
      input: {
        personId: turn.person.id,
        tenantId: turn.person.tenantId,
        conversationId: context.activity.conversation.id,
        locale: context.activity.locale ?? turn.person.locale ?? 'en-US',
        purpose,
        ...(subjectName ? { subjectName } : {}),
      },
    });
    return signUploadPath(token.id);
  };
}
