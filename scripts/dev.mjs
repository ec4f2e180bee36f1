#!/usr/bin/env node
// `npm run dev`: the bot in local mode (SQLite file, no Microsoft app id) together with the
// Microsoft 365 Agents Playground, a local Teams-like chat at http://localhost:56150.
import { spawn } from 'node:child_process';

const port = process.env.PORT ?? '3978';
const env = { ...process.env, PORT: port, MicrosoftAppId: '' };
const children = [];

function start(name, command, args) {
  const child = spawn(command, args, { env, stdio: 'inherit' });
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
start('playground', process.execPath, [
  'node_modules/@microsoft/m365agentsplayground/cli.js',
  '-e',
  `http://127.0.0.1:${port}/api/messages`,
  '-c',
  'msteams',
  '--disable-telemetry',
]);
console.log('[dev] Agents Playground: open http://localhost:56150 and type "new card"');
console.log(`[dev] Orders tab: http://127.0.0.1:${port}/tab/ (development sign-in as someone who has talked to the bot)`);
