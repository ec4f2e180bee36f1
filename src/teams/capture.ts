import { TeamsInfo, TurnContext } from 'botbuilder';
import type { ServiceContext } from '../services/context';
import { personReached } from '../services/people/personReached';
import { channelIdOf } from '../services/roles/subscribeChannel';
import { ensureLocalOrderer } from '../services/people/seedLocal';
import { conversationTypeOf, tenantOf } from './activity';
import type { SeenCache } from './seenCache';
import type { TurnPerson } from '../chat/turn';

const PROFILE_MAX_AGE_MS = 24 * 60 * 60 * 1000;

export interface CaptureOptions {
  localMode: boolean;
  /** Tenant used in local mode when the emulator sends none. */
  localTenantId: string;
  seen: SeenCache;
  /** Longest the member-profile fetch may take before the turn goes on without it (retried next turn). */
  profileFetchTimeoutMs?: number;
}

/**
 * On every activity: upsert the person, their conversation reference (per person, and per channel),
 * and refresh the member profile (e-mail/UPN) at most once a day. Returns the turn's person (none:
 * the activity names nobody the bot can act for).
 */
export async function captureTurn(context: TurnContext, ctx: ServiceContext, opts: CaptureOptions): Promise<TurnPerson | undefined> {
  const activity = context.activity;
  const aadObjectId = activity.from?.aadObjectId ?? (opts.localMode ? activity.from?.id : undefined);
  const tenantId = tenantOf(activity) ?? (opts.localMode ? opts.localTenantId : undefined);
  if (!aadObjectId || !tenantId) return undefined;

  const conversationType = conversationTypeOf(activity);
  const cacheKey = `${tenantId}|${aadObjectId}|${activity.conversation.id}`;
  const fingerprint = [activity.from.id, activity.from.name, activity.locale, activity.serviceUrl, conversationType].join('|');
  const cached = opts.seen.get(cacheKey, fingerprint, ctx.now().getTime());
  if (cached) return { person: cached, firstContact: false };

  const { person, created } = await ctx.store.people.upsertSeen({
    tenantId,
    aadObjectId,
    teamsUserId: activity.from.id,
    name: activity.from.name || undefined,
    locale: activity.locale || undefined,
  });
  if (opts.localMode) await ensureLocalOrderer({ ctx, personId: person.id, tenantId });

  const reference = TurnContext.getConversationReference(activity) as unknown as Record<string, unknown>;
  const base = { conversationId: activity.conversation.id, tenantId, conversationType, serviceUrl: activity.serviceUrl, reference };
  await ctx.store.conversations.upsert({ ...base, personId: person.id });
  if (conversationType === 'channel') {
    // The channel itself (bare id, without `;messageid=`), so notifications and the review desk post new threads there.
    const channelId = channelIdOf(activity.conversation.id);
    const { activityId: _thread, ...channelRef } = reference;
    await ctx.store.conversations.upsert({
      ...base,
      conversationId: channelId,
      personId: null,
      reference: { ...channelRef, conversation: { ...(channelRef.conversation as Record<string, unknown>), id: channelId } },
    });
  }

  let known = person;
  let profilePending = false;
  const stale = !person.profileFetchedAt || ctx.now().getTime() - person.profileFetchedAt.getTime() > PROFILE_MAX_AGE_MS;
  if (stale && activity.channelId === 'msteams') {
    try {
      const member = await withinTime(
        TeamsInfo.getMember(context, activity.from.id),
        opts.profileFetchTimeoutMs ?? DEFAULT_PROFILE_FETCH_MS,
      );
      await ctx.store.people.updateProfile(person.id, {
        email: member.email ?? null,
        upn: member.userPrincipalName ?? null,
        name: member.name ?? null,
      });
      known = (await ctx.store.people.get(person.id)) ?? person;
    } catch (err) {
      // The person stays "profile not fetched yet" (profileFetchedAt unset): the next turn tries again.
      profilePending = !person.profileFetchedAt;
      const timedOut = err instanceof ProfileFetchTimeout;
      ctx.log.warn(
        { event: 'profile.fetch_failed', personId: person.id, status: (err as { statusCode?: number }).statusCode, timedOut },
        'could not fetch the member profile',
      );
    }
  }
  await personReached({ ctx, person: known, personalChat: conversationType === 'personal' });
  // Not remembered while the profile is missing, so the next turn fetches it again.
  if (!profilePending) opts.seen.set(cacheKey, fingerprint, known, ctx.now().getTime());
  return { person: known, firstContact: created, profilePending };
}

const DEFAULT_PROFILE_FETCH_MS = 4_000;

class ProfileFetchTimeout extends Error {
  constructor(ms: number) {
    super(`the member profile did not arrive within ${ms} ms`);
    this.name = 'ProfileFetchTimeout';
  }
}

/** The call itself is bounded by the turn's call deadline too; this only stops the turn waiting for it sooner. */
function withinTime<T>(call: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProfileFetchTimeout(ms)), ms);
  });
  call.catch(() => undefined); // a late failure after the timeout is already logged as the timeout
  return Promise.race([call, late]).finally(() => clearTimeout(timer));
}
