import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import yauzl from 'yauzl';
import type { ManifestSettings } from '../../manifest/settings';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const APP_ID = '6f1c2d3e-4a5b-4c6d-8e7f-901234567890';
export const BASE_URL = 'https://id06-bot.example.com';

export const validSettings: ManifestSettings = {
  appId: APP_ID,
  appVersion: '1.2.3',
  publicHost: 'id06-bot.example.com',
  tabUrl: `${BASE_URL}/tab/`,
  appIdUri: `api://id06-bot.example.com/${APP_ID}`,
  developer: {
    name: 'Example Bygg AB',
    websiteUrl: `${BASE_URL}/`,
    privacyUrl: `${BASE_URL}/privacy`,
    termsOfUseUrl: `${BASE_URL}/terms`,
  },
};

/** A fresh temp directory per test, so parallel test files never share an output path. */
export async function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'id06-manifest-'));
  try {
    return await run(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** Every entry of a zip, by its path inside the zip. */
export async function readZip(path: string): Promise<Map<string, Buffer>> {
  const zip = await yauzl.openPromise(path, { lazyEntries: true });
  const entries = new Map<string, Buffer>();
  await new Promise<void>((done, fail) => {
    zip.on('error', fail);
    zip.on('end', () => done());
    zip.on('entry', (entry: yauzl.Entry) => {
      zip.openReadStream(entry, (error, stream) => {
        if (error) return fail(error);
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('error', fail);
        stream.on('end', () => {
          entries.set(entry.fileName, Buffer.concat(chunks));
          zip.readEntry();
        });
      });
    });
    zip.readEntry();
  });
  zip.close();
  return entries;
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `manifest/package.ts` the way `npm run package` does, with only the given variables set. */
export function runPackageCli(env: Record<string, string>, args: string[] = []): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'manifest/package.ts', ...args],
      { cwd: REPO_ROOT, env: { PATH: process.env.PATH ?? '', ...env } },
      (error, stdout, stderr) => done({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
    );
  });
}
