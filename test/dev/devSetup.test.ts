import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devPlan, parseUsers, playgroundConfigYaml, playgroundSpawn, USERS, writtenPaths } from '../../scripts/devSetup.mjs';
import { freePort } from '../support/freePort';

const root = process.cwd();
const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });

describe('npm run dev leaves the working tree clean', () => {
  const plans = { 'one Playground': devPlan(), 'orderer and cardholder': devPlan(['alex', 'megan']) };

  it.each(Object.entries(plans))('git ignores every path dev writes (%s)', (_name, plan) => {
    const paths = writtenPaths(plan);
    expect(paths).toContain('data/development-data-keys.json');
    for (const path of paths) {
      // Exit 0: ignored. A tracked file is never reported as ignored, so one left in the index fails too.
      const check = git('check-ignore', '-q', path);
      expect({ path, ignored: check.status === 0 }).toEqual({ path, ignored: true });
    }
  });

  it('no Playground log or generated config is tracked', () => {
    expect(git('ls-files', '--', 'devTools', '.dev', '*.log', '.m365agentsplayground.yml').stdout).toBe('');
  });

  it('the Playground writes its log where the plan says, not to ./devTools, and nothing shows in git status', async () => {
    const [pg] = devPlan(['megan']).playgrounds;
    const port = await freePort();
    const tag = `test-${process.pid}`;
    const instance = { ...pg!, port, logFile: `.dev/logs/${tag}.log`, recordingFile: `.dev/logs/${tag}-events.log` };
    mkdirSync(join(root, instance.cwd), { recursive: true });
    writeFileSync(join(root, instance.configFile!), playgroundConfigYaml(instance.user));
    mkdirSync(join(root, '.dev/logs'), { recursive: true });
    const devToolsLog = join(root, 'devTools/m365agentsplayground.log');
    const before = existsSync(devToolsLog) ? statSync(devToolsLog).mtimeMs : undefined;
    const { args, cwd, env } = playgroundSpawn(instance, `http://127.0.0.1:${await freePort()}`);
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env, TEAMSAPPTESTER_BROWSER: 'none' }, stdio: 'pipe' });
    try {
      await new Promise<void>((ok, fail) => {
        let output = '';
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes(`Listening on ${port}`)) ok();
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => fail(new Error(`playground exited ${code}: ${output}`)));
      });
      // It logs "Listening" to stdout just before its log file, in the same callback: once it answers a request, both are written.
      await fetch(`http://127.0.0.1:${port}/`);
    } finally {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    try {
      expect(readFileSync(join(root, instance.logFile), 'utf8')).toContain(`Listening on ${port}`);
      expect(existsSync(devToolsLog) ? statSync(devToolsLog).mtimeMs : undefined).toBe(before);
      const status = execFileSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: root, encoding: 'utf8' });
      // New or changed files only: a tracked log being removed from the index is the fix, not a dirty tree.
      const dirty = status.split('\n').filter((l) => !/^ ?D /.test(l));
      expect(dirty.filter((l) => /\.dev\/|devTools\/|\.m365agentsplayground/.test(l))).toEqual([]);
    } finally {
      rmSync(join(root, instance.logFile), { force: true });
      rmSync(join(root, instance.recordingFile), { force: true });
    }
  }, 60_000);
});

describe('dev set-up for several Playground users', () => {
  it('--users alex,megan: one Playground per person on consecutive ports, each with its own config', () => {
    const users = parseUsers(['--users', 'alex,Megan'], {});
    expect(users).toEqual(['alex', 'megan']);
    expect(parseUsers(['--users=adele'], {})).toEqual(['adele']);
    expect(parseUsers([], { DEV_USERS: 'megan' })).toEqual(['megan']);
    expect(parseUsers([], {})).toEqual([]);
    expect(() => parseUsers(['--users', 'bob'], {})).toThrow(/unknown Playground user bob; choose from alex, megan/);
    const plan = devPlan(users);
    expect(plan.playgrounds.map((p) => [p.user.email, p.port, p.configFile])).toEqual([
      ['alexw@example.com', 56150, '.dev/playground/alex/.m365agentsplayground.yml'],
      ['meganb@example.com', 56151, '.dev/playground/megan/.m365agentsplayground.yml'],
    ]);
    // Without --users: today's single Playground as its default user, from the repository root.
    expect(devPlan().playgrounds.map((p) => [p.user.email, p.port, p.cwd, p.configFile])).toEqual([
      ['alexw@example.com', 56150, '.', undefined],
    ]);
  });

  it('a config names the current user and the five others the Playground needs', () => {
    const yaml = playgroundConfigYaml(USERS.megan);
    expect(yaml).toMatch(/currentUser:\n {2}id: user-id-1\n {2}name: Megan Bowen/);
    const others = yaml.slice(yaml.indexOf('users:'), yaml.indexOf('personalChat:'));
    expect(others.match(/^ {2}- id: /gm)).toHaveLength(5);
    expect(others).not.toContain('Megan Bowen');
  });
});

describe('README documents the multi-user Playground set-up', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  it('shows the command, the ports and the exact config dev generates', () => {
    expect(readme).toContain('npm run dev -- --users alex,megan');
    for (const port of ['56150', '56151', '3978']) expect(readme).toContain(port);
    expect(readme).toContain('```yaml\n' + playgroundConfigYaml(USERS.megan) + '```');
  });
});
