// Types for signing-plan.mjs (run before electron-builder in `npm run dist`).
export declare function signingPlan(env: Readonly<Record<string, string | undefined>>): { lines: string[]; problems: string[] };
