import { z } from 'zod';

/**
 * The least an activity must have before it reaches the adapter. Anything else is the caller's
 * error (400), not a crash inside a turn.
 */
const activityShape = z.object({
  type: z.string().min(1).max(64),
  channelId: z.string().min(1).max(64),
  serviceUrl: z.string().url().max(2048),
  conversation: z.object({ id: z.string().min(1).max(1024) }),
  from: z.object({ id: z.string().min(1).max(1024) }).optional(),
});

export type GateResult = { ok: true; tenantId: string | undefined } | { ok: false; status: 400 | 403; reason: string };

export function checkActivity(body: unknown, allowedTenants: string[] | null): GateResult {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, status: 400, reason: 'body must be a JSON activity object' };
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
