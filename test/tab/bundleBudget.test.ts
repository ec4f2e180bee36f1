import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { TAB_DIST } from '../../src/http/tabStatic';

/** What the browser loads before the tab can show anything: the entry and its static imports (not lazy chunks). */
type Chunk = { file: string; isEntry?: boolean; imports?: string[] };
const manifest = JSON.parse(readFileSync(join(TAB_DIST, '.vite/manifest.json'), 'utf8')) as Record<string, Chunk>;

function firstLoad(): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]!.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...seen].map((key) => manifest[key]!.file).filter((file) => file.endsWith('.js'));
}

describe('the Orders tab bundle (dist/tab, as served)', () => {
  it('loads under 300 KB of gzipped JavaScript first', () => {
    const files = firstLoad();
    expect(files.length).toBeGreaterThan(0);
    const gzipped = files.reduce((sum, file) => sum + gzipSync(readFileSync(join(TAB_DIST, file)), { level: 9 }).length, 0);
    expect(gzipped).toBeLessThan(300 * 1024);
  });

  it('the page loads only its own files, by relative URL (any base path works)', () => {
    const html = readFileSync(join(TAB_DIST, 'index.html'), 'utf8');
    const urls = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThanOrEqual(1);
    for (const url of urls) expect(url).toMatch(/^\.\/assets\/[\w.-]+$/);
  });
});
