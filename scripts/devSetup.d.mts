export interface PlaygroundUser {
  id: string;
  name: string;
  aadObjectId: string;
  email: string;
}
export interface PlaygroundPlan {
  name: string;
  user: PlaygroundUser;
  port: number;
  cwd: string;
  configFile: string | undefined;
  logFile: string;
  recordingFile: string;
}
export interface DevPlan {
  bot: { port: number; databasePath: string; tabBuild: string };
  playgrounds: PlaygroundPlan[];
}
export const DEV_DIR: string;
export const BOT_PORT: number;
export const PLAYGROUND_PORT: number;
export const USERS: Record<'alex' | 'megan' | 'adele' | 'isaiah' | 'patti' | 'lynne', PlaygroundUser>;
export function playgroundConfigYaml(current: PlaygroundUser): string;
export function parseUsers(argv: string[], env: Record<string, string | undefined>): string[];
export function devPlan(users?: string[], botPort?: number): DevPlan;
export function writtenPaths(plan: DevPlan): string[];
export function playgroundSpawn(
  pg: PlaygroundPlan,
  botUrl: string,
  root?: string,
): { args: string[]; cwd: string; env: Record<string, string> };
