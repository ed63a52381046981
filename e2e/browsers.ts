/**
 * Where the browser tests and benches find their browsers: the executable an environment variable names, else
 * the first of the browser's usual command names on PATH. A missing browser is an error that says what to
 * install, rather than an ENOENT from a path that only exists on one kind of machine.
 */
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

interface BrowserLookup {
  name: string;
  envVar: string;
  commands: readonly string[];
  installCommand: string;
}

const CHROMIUM: BrowserLookup = {
  name: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  installCommand: 'apt-get install chromium',
};

const FIREFOX: BrowserLookup = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  commands: ['firefox-esr', 'firefox'],
  installCommand: 'apt-get install firefox-esr',
};

/** The Chromium executable: CHROMIUM_PATH, else chromium, chromium-browser, google-chrome, google-chrome-stable on PATH. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return browserPath(CHROMIUM, env);
}

/** The Firefox executable: FIREFOX_PATH, else firefox-esr, firefox on PATH. */
export function firefoxPath(env: NodeJS.ProcessEnv = process.env): string {
  return browserPath(FIREFOX, env);
}

function browserPath(lookup: BrowserLookup, env: NodeJS.ProcessEnv): string {
  const named = env[lookup.envVar];
  if (named && isExecutableFile(path.resolve(named))) return path.resolve(named);
  const found = findOnPath(lookup.commands, env.PATH ?? '');
  if (found) return found;
  const envState = named ? `${lookup.envVar}=${named} is not an executable file` : `${lookup.envVar} is not set`;
  throw new Error(
    `${lookup.name} not found: ${envState}, and none of ${lookup.commands.join(', ')} is on PATH. ` +
      `Install it (Debian/Ubuntu: ${lookup.installCommand}) or set ${lookup.envVar} to its executable.`,
  );
}

/** The first of `commands` found on PATH, each looked up as a shell would (the first directory holding it). */
function findOnPath(commands: readonly string[], searchPath: string): string | undefined {
  // Empty PATH entries mean the current directory to a shell; a test must not pick up a browser from there.
  const dirs = searchPath.split(path.delimiter).filter((dir) => dir !== '');
  for (const command of commands) {
    for (const dir of dirs) {
      const candidate = path.join(dir, command);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return undefined;
}

function isExecutableFile(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return statSync(file).isFile();
  } catch {
    return false;
  }
}
