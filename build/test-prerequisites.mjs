// What `npm test` needs from the machine besides node_modules: Debian's Chromium (Playwright drives
// it; never `npx playwright install`) and poppler's pdftotext (PDF tests read text back). Pure
// decisions; run-tests.mjs passes in the machine (environment, file checks, PATH look-ups) and acts.

export const DEFAULT_CHROMIUM_PATH = '/usr/bin/chromium';

/** Each need: how to tell it is there, and the Debian package that provides it. */
export function findMissing({ env, exists, onPath }) {
  const missing = [];
  const chromium = env.CHROMIUM_PATH || DEFAULT_CHROMIUM_PATH;
  if (!exists(chromium)) {
    missing.push(
      env.CHROMIUM_PATH
        ? { what: `Chromium at CHROMIUM_PATH (${chromium})`, debianPackage: null }
        : { what: `Chromium (${DEFAULT_CHROMIUM_PATH})`, debianPackage: 'chromium' },
    );
  }
  if (!onPath('pdftotext')) missing.push({ what: 'poppler (pdftotext)', debianPackage: 'poppler-utils' });
  return missing;
}

/** The one command a person runs to install `packages` (Debian and Ubuntu). */
export function installCommand(packages) {
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

/**
 * What to do about what is missing:
 * - `ready`: nothing is missing;
 * - `install`: as root with apt-get, run these commands (as .ci/run does), then check again;
 * - `stop`: print `message` and exit non-zero, before any test runs.
 */
export function prerequisitePlan({ missing, isRoot, hasAptGet }) {
  if (missing.length === 0) return { action: 'ready' };
  const list = missing.map((m) => m.what).join(' and ');
  const wrongPath = missing.find((m) => m.debianPackage === null);
  if (wrongPath) {
    return {
      action: 'stop',
      message: `npm test needs ${wrongPath.what}, which does not exist. Point CHROMIUM_PATH at a Chromium or Chrome binary, or unset it to use Debian's ${DEFAULT_CHROMIUM_PATH}.`,
    };
  }
  const packages = missing.map((m) => m.debianPackage);
  if (!hasAptGet) {
    return {
      action: 'stop',
      message: `npm test needs ${list}, which this machine lacks. Install them with your system's package manager (Debian/Ubuntu: ${packages.join(', ')}), or set CHROMIUM_PATH to an installed Chromium or Chrome.`,
    };
  }
  if (isRoot) {
    return {
      action: 'install',
      message: `npm test needs ${list}; installing the Debian packages ${packages.join(' ')}…`,
      commands: [
        ['apt-get', 'update', '-qq'],
        ['apt-get', 'install', '-y', '-qq', ...packages],
      ],
    };
  }
  return {
    action: 'stop',
    message: `npm test needs ${list}, which this machine lacks. Install them with this one command, then run npm test again:\n\n  ${installCommand(packages)}\n`,
  };
}
