// What `npm run dev` starts and every file it writes, in one place: scripts/dev.mjs runs it and
// test/lint/devCleanTree.test.ts checks that git ignores each path (the working tree stays clean).
import { dirname, join } from 'node:path';

/** Everything dev writes besides the database and the tab build: Playground logs, configs, recordings. */
export const DEV_DIR = '.dev';
export const BOT_PORT = 3978;
/** The first Playground's port; with several users each further one takes the next port. */
export const PLAYGROUND_PORT = 56150;

/**
 * The Playground's own mock users (its default `.m365agentsplayground.yml` has the same ones). Its
 * group-chat and team mocks need five other users besides the current one, so a config lists all six.
 */
export const USERS = {
  alex: { id: 'user-id-0', name: 'Alex Wilber', aadObjectId: '00000000-0000-0000-0000-0000000000020', email: 'alexw@example.com' },
  megan: { id: 'user-id-1', name: 'Megan Bowen', aadObjectId: '00000000-0000-0000-0000-0000000000021', email: 'meganb@example.com' },
  adele: { id: 'user-id-2', name: 'Adele Vance', aadObjectId: '00000000-0000-0000-0000-0000000000022', email: 'adelev@example.com' },
  isaiah: { id: 'user-id-3', name: 'Isaiah Langer', aadObjectId: '00000000-0000-0000-0000-0000000000023', email: 'isaiahl@example.com' },
  patti: { id: 'user-id-4', name: 'Patti Fernandez', aadObjectId: '00000000-0000-0000-0000-0000000000024', email: 'pattif@example.com' },
  lynne: { id: 'user-id-5', name: 'Lynne Robbins', aadObjectId: '00000000-0000-0000-0000-0000000000025', email: 'lynner@example.com' },
};

/** The `.m365agentsplayground.yml` that starts a Playground as `current`, with the five others as its users. */
export function playgroundConfigYaml(current) {
  const others = Object.values(USERS).filter((u) => u.id !== current.id);
  const user = (u, indent) =>
    [
      `id: ${u.id}`,
      `name: ${u.name}`,
      `userPrincipleName: ${u.email}`,
      `aadObjectId: ${u.aadObjectId}`,
      `givenName: ${u.name.split(' ')[0]}`,
      `surname: ${u.name.split(' ')[1]}`,
      `email: ${u.email}`,
    ]
      .map((line, i) => (i === 0 ? line : `${indent}${line}`))
      .join('\n');
  return [
    'version: "0.1.1"',
    'tenantId: 00000000-0000-0000-0000-0000000000001',
    'bot:',
    '  id: 00000000-0000-0000-0000-00000000000011',
    '  name: ID06',
    'currentUser:',
    `  ${user(current, '  ')}`,
    'users:',
    ...others.map((u) => `  - ${user(u, '    ')}`),
    'personalChat:',
    `  id: personal-${current.id}`,
    'groupChat:',
    '  id: group-chat-id',
    '  name: Group Chat',
    'team:',
    '  id: team-id',
    '  name: My Team',
    '  aadGroupId: 00000000-0000-0000-0000-000000000031',
    '  channels:',
    '    - id: channel-announcements-id',
    '      name: Announcements',
    '',
  ].join('\n');
}

/** `--users alex,megan` (or DEV_USERS=alex,megan): one Playground per user; none given: one, as the Playground's default user. */
export function parseUsers(argv, env) {
  const flag = argv.findIndex((a) => a === '--users' || a.startsWith('--users='));
  const raw = flag < 0 ? (env.DEV_USERS ?? '') : argv[flag].includes('=') ? argv[flag].slice('--users='.length) : (argv[flag + 1] ?? '');
  const names = raw
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((n) => !(n in USERS));
  if (unknown.length > 0) throw new Error(`unknown Playground user ${unknown.join(', ')}; choose from ${Object.keys(USERS).join(', ')}`);
  return [...new Set(names)];
}

/**
 * Where each process runs and writes, paths relative to the repository root. The Playground reads
 * `.m365agentsplayground.yml` from its working directory and writes its log to `./devTools/` unless
 * told otherwise (M365_AGENTS_PLAYGROUND_LOGFILE, M365_AGENTS_PLAYGROUND_RECORDING_FILE).
 */
export function devPlan(users = [], botPort = BOT_PORT) {
  const one = (name, i) => {
    const dir = name ? join(DEV_DIR, 'playground', name) : '.';
    const log = name ? `playground-${name}` : 'playground';
    return {
      name: name ?? 'playground',
      user: name ? USERS[name] : USERS.alex,
      port: PLAYGROUND_PORT + i,
      cwd: dir,
      configFile: name ? join(dir, '.m365agentsplayground.yml') : undefined,
      logFile: join(DEV_DIR, 'logs', `${log}.log`),
      recordingFile: join(DEV_DIR, 'logs', `${log}-events.log`),
    };
  };
  return {
    bot: { port: botPort, databasePath: 'data/id06.sqlite', tabBuild: 'dist/tab' },
    playgrounds: users.length === 0 ? [one(undefined, 0)] : users.map(one),
  };
}

/** Every path `npm run dev` (build, bot, Playgrounds) may create, for the clean-tree check. */
export function writtenPaths(plan) {
  const db = plan.bot.databasePath;
  return [
    db,
    `${db}-wal`,
    `${db}-shm`,
    // Local mode's development data key lives next to the database (src/crypto/developmentKeys.ts).
    join(dirname(db), 'development-data-keys.json'),
    `${plan.bot.tabBuild}/index.html`,
    ...plan.playgrounds.flatMap((p) => [p.logFile, p.recordingFile, ...(p.configFile ? [p.configFile] : [])]),
    // Where the Playground writes when started by hand from the repository root.
    'devTools/m365agentsplayground.log',
  ];
}

/** The Playground CLI's arguments, working directory and environment for one instance of the plan. */
export function playgroundSpawn(pg, botUrl, root = process.cwd()) {
  return {
    args: [
      join(root, 'node_modules/@microsoft/m365agentsplayground/cli.js'),
      '-e',
      `${botUrl}/api/messages`,
      '-c',
      'msteams',
      '-p',
      String(pg.port),
      '--disable-telemetry',
    ],
    cwd: join(root, pg.cwd),
    env: {
      M365_AGENTS_PLAYGROUND_LOGFILE: join(root, pg.logFile),
      M365_AGENTS_PLAYGROUND_RECORDING_FILE: join(root, pg.recordingFile),
    },
  };
}
