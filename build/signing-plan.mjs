// Before `electron-builder` in `npm run dist`: says which installers will be signed and notarised,
// from the environment variables electron-builder 26 reads (never from files in the repository),
// and stops early on settings electron-builder would reject halfway through a build.
// Secrets are never printed, only whether they are set.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const set = (env, name) => typeof env[name] === 'string' && env[name] !== '';

const NOTARY_ID = ['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'];
const NOTARY_API_KEY = ['APPLE_API_KEY', 'APPLE_API_KEY_ID', 'APPLE_API_ISSUER'];

/** { lines: what will happen, one per platform; problems: why the build would fail. */
export function signingPlan(env) {
  const lines = [];
  const problems = [];

  const macCertificate = set(env, 'CSC_LINK') || set(env, 'CSC_NAME');
  lines.push(
    macCertificate
      ? 'macOS: signed with the Developer ID Application certificate in CSC_LINK (or CSC_NAME).'
      : 'macOS: signed only if a Developer ID Application identity is in the login keychain; otherwise unsigned (set CSC_LINK and CSC_KEY_PASSWORD).',
  );
  if (set(env, 'CSC_LINK') && !set(env, 'CSC_KEY_PASSWORD')) lines.push('  (CSC_KEY_PASSWORD is not set: fine only if the .p12 file has no password.)');

  const group = (names) => ({ given: names.filter((n) => set(env, n)), missing: names.filter((n) => !set(env, n)) });
  const byId = group(NOTARY_ID);
  const byKey = group(NOTARY_API_KEY);
  if (byId.given.length > 0 && byId.missing.length > 0) {
    problems.push(`Notarisation needs ${NOTARY_ID.join(', ')} together; missing: ${byId.missing.join(', ')}.`);
  } else if (byKey.given.length > 0 && byKey.missing.length > 0) {
    problems.push(`Notarisation with an API key needs ${NOTARY_API_KEY.join(', ')} together; missing: ${byKey.missing.join(', ')}.`);
  } else if (byId.missing.length === 0) {
    lines.push('macOS: notarised with notarytool (APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID).');
  } else if (byKey.missing.length === 0) {
    lines.push('macOS: notarised with notarytool (APPLE_API_KEY, APPLE_API_KEY_ID, APPLE_API_ISSUER).');
  } else {
    lines.push('macOS: not notarised (set APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD and APPLE_TEAM_ID); Gatekeeper will refuse to open the app on other Macs.');
  }

  const winCertificate = set(env, 'WIN_CSC_LINK') || set(env, 'CSC_LINK');
  lines.push(
    winCertificate
      ? `Windows: signed with the certificate in ${set(env, 'WIN_CSC_LINK') ? 'WIN_CSC_LINK' : 'CSC_LINK'}.`
      : 'Windows: unsigned (set WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD, or CSC_LINK and CSC_KEY_PASSWORD); SmartScreen will warn before installing.',
  );
  lines.push('Linux: the deb package is not signed (apt repositories sign their own indexes).');
  return { lines, problems };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { lines, problems } = signingPlan(process.env);
  for (const line of lines) console.log(line);
  if (problems.length > 0) {
    for (const problem of problems) console.error(problem);
    process.exit(1);
  }
}
