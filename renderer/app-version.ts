/** The app's version, written into archive manifests. Vite replaces the name at build time; unit tests run without it. */
export const APP_VERSION: string = typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : 'test';
