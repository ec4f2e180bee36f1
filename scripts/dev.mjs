#!/usr/bin/env node
// `npm run dev`: the bot in local mode (SQLite file, no Microsoft app id) together with the
// Microsoft 365 Agents Playground, a local Teams-like chat at http://localhost:56150.
// `npm run dev -- --users alex,megan`: one Playground per person (ports 56150, 56151, ...), each
// started as that user from its own generated .m365agentsplayground.yml, to try the orderer and
// the cardholder side by side. Everything it writes is gitignored (see scripts/devSetup.mjs).
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { devPlan, parseUsers, playgroundConfigYaml, playgroundSpawn } from './devSetup.mjs';

const port = process.env.PORT ?? '3978';
const env = { ...process.env, PORT: port, MicrosoftAppId: '' };
let users;
try {
  users = parseUsers(process.argv.slice(2), process.env);
} catch (err) {
  console.error(`[dev] ${err.message}`);
  process.exit(2);
}
const plan = devPlan(users, Number(port));
const children = [];

function start(name, command, args, options = {}) {
  const child = spawn(command, args, { env, stdio: 'inherit', ...options });
  child.on('exit', (code, signal) => {
    console.log(`[dev] ${name} exited (${signal ?? code}); stopping the rest`);
    stop(code ?? 1);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  setTimeout(() => process.exit(code), 1500).unref();
}
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

start('bot', process.execPath, ['--import', 'tsx', 'src/index.ts']);
for (const pg of plan.playgrounds) {
  mkdirSync(dirname(pg.logFile), { recursive: true });
  if (pg.configFile) {
    mkdirSync(pg.cwd, { recursive: true });
    writeFileSync(pg.configFile, playgroundConfigYaml(pg.user));
  }
  const { args, cwd, env: logs } = playgroundSpawn(pg, `http://127.0.0.1:${port}`);
  start(pg.name, process.execPath, args, { cwd, env: { ...env, ...logs } });
}
for (const pg of plan.playgrounds)
  console.log(`[dev] Agents Playground as ${pg.user.name} (${pg.user.email}): open http://localhost:${pg.port} and type "new card"`);
if (plan.playgrounds.length > 1)
  console.log('[dev] Each Playground is its own connector: say "hi" in every one before the bot writes to that person.');
console.log(`[dev] Orders tab: http://127.0.0.1:${port}/tab/ (development sign-in as someone who has talked to the bot)`);
console.log(`[dev] Playground logs: ${plan.playgrounds.map((p) => p.logFile).join(', ')}`);
