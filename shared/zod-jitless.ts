import { z } from 'zod';

/**
 * Imported first by every entry that runs zod in a window (renderer/main.tsx: console, print and
 * projector; electron/preload.ts). Without it zod probes for `new Function` on its first object
 * parse to decide whether to compile fast parsers, and the app's CSP (no 'unsafe-eval') reports
 * that probe as a violation in every window. Jitless parsing is the same parsing, interpreted.
 */
z.config({ jitless: true });
