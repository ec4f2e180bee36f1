import { can, isReviewer, type Action, type ActorRoles, type Resource } from '../../domain/roles';
import type { Actor, ServiceContext } from '../context';
import { ForbiddenError } from '../errors';

export interface ActorScope {
  ctx: ServiceContext;
  actor: Actor;
}

/** Everything `can` needs about the actor: company roles from the store, reviewer from config. */
export async function loadActorRoles({ ctx, actor }: ActorScope): Promise<ActorRoles> {
  const [roles, person] = await Promise.all([ctx.store.companies.rolesOf(actor.personId), ctx.store.people.get(actor.personId)]);
  const reviewers = ctx.reviewers;
  const { conversationId } = actor;
  const inReviewChannel =
    !!reviewers?.channelConversationId && !!conversationId && conversationId.split(';')[0] === reviewers.channelConversationId;
  const reviewer = !!reviewers && (reviewers.everyone === true || inReviewChannel || (!!person && isReviewer(person, reviewers.emails)));
  return { personId: actor.personId, companies: roles.map((r) => ({ companyId: r.company.id, role: r.role })), reviewer };
}

/** Loads the actor's roles and throws `ForbiddenError` unless `can` allows the action. */
export async function authorize(scope: ActorScope, action: Action, resource: Resource): Promise<ActorRoles> {
  const { ctx, actor } = scope;
  const roles = await loadActorRoles(scope);
  if (!can(roles, action, resource)) {
    ctx.log.info({ event: 'authz.refused', action, personId: actor.personId, resource: resource.type }, 'refused');
    throw new ForbiddenError(action);
  }
  return roles;
}
