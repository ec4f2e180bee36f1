import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkIdentityNumber } from '../domain/identity';
import { messageTexts, type Message } from './define';

/** Every Swedish personnummer-shaped example the catalogue shows a user ("for example …", "e.g. ….jpg"). */
async function examplesInCatalogue(): Promise<string[]> {
  const dir = new URL('./catalog/', import.meta.url);
  const found: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    const ns = Object.values(await import(new URL(file, dir).href))[0] as Record<'en' | 'sv', Record<string, Message>>;
    for (const text of [...Object.values(ns.en), ...Object.values(ns.sv)].flatMap(messageTexts))
      found.push(...(text.match(/\b(?:19|20)\d{6}-?\d{4}\b/g) ?? []));
  }
  return found;
}

describe('examples shown to users', () => {
  it('every example identity number passes the check the bot applies to answers', async () => {
    const examples = await examplesInCatalogue();
    expect(examples.length).toBeGreaterThan(0);
    for (const example of examples)
      expect(checkIdentityNumber('SE', example, { today: new Date('2026-12-01') }), example).toMatchObject({ ok: true });
  });
});
