/**
 * The least an activity must have before it reaches the adapter. Anything else is the caller's
 * error (400), not a crash inside a turn. Checked by hand rather than with zod: it runs on every
 * request, and the schema's parse was a fiftieth of a dialog turn.
 */
type Check = (value: unknown) => string | undefined;

const text =
  (min: number, max: number): Check =>
  (v) =>
    typeof v !== 'string'
      ? 'expected a string'
      : v.length < min
        ? `must not be empty`
        : v.length > max
          ? `longer than ${max} characters`
          : undefined;
const optional =
  (check: Check, nullable = false): Check =>
  (v) =>
    v === undefined || (nullable && v === null) ? undefined : check(v);
const id = text(1, 1024);
// The bot posts its replies there, with its token: a web address, nothing else.
const httpUrl: Check = (v) => {
  const problem = text(1, 2048)(v);
  if (problem) return problem;
  try {
    return /^https?:$/.test(new URL(v as string).protocol) ? undefined : 'must be an http(s) URL';
  } catch {
    return 'must be an http(s) URL';
  }
};

/** An object whose listed fields pass their checks; the first failure names its path. */
type Shape = Record<string, Check | { shape: Shape; optional?: boolean }>;
function problemIn(value: unknown, shape: Shape, path: string): string | undefined {
  for (const [field, rule] of Object.entries(shape)) {
    const v = (value as Record<string, unknown>)[field];
    const at = `${path}.${field}`;
    if (typeof rule === 'function') {
      const problem = rule(v);
      if (problem) return `${at}: ${problem}`;
      continue;
    }
    if (v === undefined && rule.optional) continue;
    if (v === null || typeof v !== 'object' || Array.isArray(v)) return `${at}: expected an object`;
    const inner = problemIn(v, rule.shape, at);
    if (inner) return inner;
  }
  return undefined;
}

const activityShape: Shape = {
  type: text(1, 64),
  channelId: text(1, 64),
  serviceUrl: httpUrl,
  conversation: { shape: { id, tenantId: optional(id) } },
  from: { optional: true, shape: { id, aadObjectId: optional(id), name: optional(text(0, 1024), true) } },
  // What the turn reads as text and language (a non-string would crash inside the turn).
  text: optional(text(0, Infinity), true),
  locale: optional(text(0, 64), true),
  channelData: { optional: true, shape: { tenant: { optional: true, shape: { id } } } },
};

export type GateResult = { ok: true; tenantId: string | undefined } | { ok: false; status: 400 | 403; reason: string };

export function checkActivity(body: unknown, allowedTenants: string[] | null): GateResult {
  if (body === null || typeof body !== 'object' || Array.isArray(body))
    return { ok: false, status: 400, reason: 'body must be a JSON activity object' };
  const problem = problemIn(body, activityShape, 'activity');
  if (problem) return { ok: false, status: 400, reason: problem };
  const b = body as { channelData?: { tenant?: { id?: unknown } }; conversation?: { tenantId?: unknown } };
  const tenant = b.channelData?.tenant?.id ?? b.conversation?.tenantId;
  const tenantId = typeof tenant === 'string' ? tenant : undefined;
  // Token validation proves the request came from the Bot Framework, not which tenant the user is in.
  if (allowedTenants && (!tenantId || !allowedTenants.includes(tenantId))) return { ok: false, status: 403, reason: 'tenant not allowed' };
  return { ok: true, tenantId };
}
