// Types for make-icons.mjs (`npm run icons`).
export declare const LINUX_SIZES: number[];
export declare function renderPng(svg: Uint8Array | string, size: number): Buffer;
export declare function sourcesFingerprint(sourceDir?: string): Promise<string>;
export declare function iconFiles(sourceDir?: string): Promise<Array<[string, Uint8Array]>>;
export declare function writeIcons(outDir?: string): Promise<string[]>;
