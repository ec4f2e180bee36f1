import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { messageTexts, type Message } from './define';

type Namespace = Record<'en' | 'sv', Record<string, Message>>;

/** Words the product has settled: one Swedish word for a cardholder ("kortinnehavare"), not two. */
const RETIRED = /korthållar/i;

describe('one Swedish word for cardholder', () => {
  it('the catalogue says "kortinnehavare", never "korthållare"', async () => {
    const dir = new URL('./catalog/', import.meta.url);
    const found: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const ns = Object.values(await import(new URL(file, dir).href))[0] as Namespace;
      for (const [key, message] of Object.entries(ns.sv))
        if (messageTexts(message).some((text) => RETIRED.test(text))) found.push(`${file} ${key}`);
    }
    expect(found).toEqual([]);
  });

  it('neither do the card templates, the manifest or the README', () => {
    const root = new URL('../../', import.meta.url);
    const files = [
      ...readdirSync(new URL('cards/', root)).map((f) => `cards/${f}`),
      ...readdirSync(new URL('manifest/', root)).map((f) => `manifest/${f}`),
      'README.md',
    ].filter((f) => /\.(json|ts|md)$/.test(f));
    expect(files.length).toBeGreaterThan(5);
    expect(files.filter((f) => RETIRED.test(readFileSync(new URL(f, root), 'utf8')))).toEqual([]);
  });
});
