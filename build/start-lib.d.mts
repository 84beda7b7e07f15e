// Types for start-lib.mjs (a plain Node script, so `npm start` needs no TypeScript step).
export type Env = Readonly<Record<string, string | undefined>>;
export type Platform = NodeJS.Platform;

export declare const ELECTRON_FALLBACK_MESSAGE: string;

export declare function getEnv(env: Env, name: string, platform: Platform): string | undefined;

export declare function findElectronBinary(deps: {
  repoRoot: string;
  env: Env;
  platform: Platform;
  exists: (path: string) => boolean;
  readText: (path: string) => string | null;
}): { path: string | null; checked: string[] };

export declare function browserCandidates(deps: { platform: Platform; env: Env; homedir: string }): string[];

export declare function findBrowser(deps: { platform: Platform; env: Env; homedir: string; exists: (path: string) => boolean }): string | null;

export declare function dataDir(deps: { platform: Platform; env: Env; homedir: string }): string;

export declare function browserProfileDir(deps: { browser: string; platform: Platform; env: Env; homedir: string }): string;

export declare function browserArgs(url: string, profileDir: string): string[];

export declare const ELECTRON_EARLY_EXIT_MS: number;

export declare function electronFailedAtStart(run: { code: number | null; signal: string | null; elapsedMs: number }): boolean;

export declare function electronStartFailureMessage(run: { code: number | null; signal: string | null; stderr: string }): string;
