// electron-builder `afterPack` hook: flips Electron's fuses in the packaged binary, before signing,
// so the shipped app cannot be turned back into a general-purpose Node/Chromium runtime.
// Runs only during `npm run dist`. CommonJS because electron-builder require()s hooks;
// @electron/fuses is ESM-only, hence the dynamic import.
const path = require('node:path');

// electron-builder's Arch enum (builder-util): arm64 = 3, universal = 4.
const ARCH_ARM64 = 3;
const ARCH_UNIVERSAL = 4;

/** The packaged executable (or .app bundle, which @electron/fuses understands) for this platform. */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      // LinuxPackager names the binary after `linux.executableName` (or the package name).
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`fuses.cjs: unknown platform "${electronPlatformName}"`);
  }
}

/** The fuse settings, given @electron/fuses' enums and the build target. */
function fuseConfig({ FuseVersion, FuseV1Options }, { electronPlatformName, arch }) {
  const isMac = electronPlatformName === 'darwin' || electronPlatformName === 'mas';
  return {
    version: FuseVersion.V1,
    // Flipping fuses breaks the ad-hoc signature Apple Silicon requires; re-sign ad hoc
    // (real code signing, if configured, happens after this hook).
    resetAdHocDarwinSignature: isMac && (arch === ARCH_ARM64 || arch === ARCH_UNIVERSAL),
    // No `ELECTRON_RUN_AS_NODE=1 "Co-Create Studio"` turning the app into node.
    [FuseV1Options.RunAsNode]: false,
    // EnableCookieEncryption is left alone: the app uses no cookies, and on macOS the fuse needs a
    // signed app (it reads a keychain entry tied to the signature).
    // NODE_OPTIONS and --inspect could inject code into the main process.
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // app.asar must match the hash electron-builder embeds (macOS and Windows).
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    // Only the (integrity-checked) app.asar is loaded, never a loose app folder next to it.
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    // The app is served over app://, so file:// needs no special powers.
    [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  };
}

async function afterPack(context) {
  const fuses = await import('@electron/fuses');
  const binary = electronBinaryPath(context);
  await fuses.flipFuses(binary, fuseConfig(fuses, context));
  console.log(`  • fuses flipped  binary=${binary}`);
}

module.exports = afterPack;
module.exports.afterPack = afterPack;
module.exports.default = afterPack;
module.exports.electronBinaryPath = electronBinaryPath;
module.exports.fuseConfig = fuseConfig;
