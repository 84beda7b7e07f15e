// Types for test-prerequisites.mjs (a plain Node script, used by run-tests.mjs).
export interface Missing {
  what: string;
  /** null: no package helps (CHROMIUM_PATH points at nothing). */
  debianPackage: string | null;
}

export type PrerequisitePlan =
  | { action: 'ready' }
  | { action: 'install'; message: string; commands: string[][] }
  | { action: 'stop'; message: string };

export declare const DEFAULT_CHROMIUM_PATH: string;

export declare function findMissing(machine: {
  env: Readonly<Record<string, string | undefined>>;
  exists: (path: string) => boolean;
  onPath: (command: string) => boolean;
}): Missing[];

export declare function installCommand(packages: string[]): string;

export declare function prerequisitePlan(situation: { missing: Missing[]; isRoot: boolean; hasAptGet: boolean }): PrerequisitePlan;
