import { createHash } from 'node:crypto';
import type { CartVersionEntry } from './ports';

/** What a cart looked like: each item's id and last change. Cards carry it to refuse acting on a cart that moved on. */
export function cartEntries(items: { id: string; updatedAt: Date }[]): CartVersionEntry[] {
  return items.map((i) => ({ id: i.id, updatedAt: i.updatedAt.getTime() }));
}

/** A short, order-independent digest of the entries: equal iff the same items at the same versions. */
export function cartVersion(entries: CartVersionEntry[]): string {
  const lines = entries.map((e) => `${e.id}:${e.updatedAt}`).sort();
  return createHash('sha256').update(lines.join('\n')).digest('base64url').slice(0, 16);
}
