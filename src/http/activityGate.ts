import { z } from 'zod';

/**
 * The least an activity must have before it reaches the adapter. Anything else is the caller's
 * error (400), not a crash inside a turn.
 */
const id = z.string().min(1).max(1024);
const activityShape = z.object({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  // The bot posts its replies there, with its token: a web address, nothing else.
  serviceUrl: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2048),
  conversation: z.object({ id, tenantId: id.optional() }),
  from: z.object({ id, aadObjectId: id.optional(), name: z.string().max(1024).nullish() }).optional(),
  // What the turn reads as text and language (a non-string would crash inside the turn).
  text: z.string().nullish(),
  locale: z.string().max(64).nullish(),
  channelData: z.object({ tenant: z.object({ id }).optional() }).optional(),
});

export type GateResult = { ok: true; tenantId: string | undefined } | { ok: false; status: 400 | 403; reason: string };

export function checkActivity(body: unknown, allowedTenants: string[] | null): GateResult {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, status: 400, reason: 'body must be a JSON activity object' };
  const parsed = activityShape.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return { ok: false, status: 400, reason: `activity.${issue.path.join('.')}: ${issue.message}` };
  }
  const b = body as { channelData?: { tenant?: { id?: unknown } }; conversation?: { tenantId?: unknown } };
  const tenant = b.channelData?.tenant?.id ?? b.conversation?.tenantId;
  const tenantId = typeof tenant === 'string' ? tenant : undefined;
  // Token validation proves the request came from the Bot Framework, not which tenant the user is in.
  if (allowedTenants && (!tenantId || !allowedTenants.includes(tenantId))) return { ok: false, status: 403, reason: 'tenant not allowed' };
  return { ok: true, tenantId };
}
