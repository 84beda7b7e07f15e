import { APP_HOST, APP_SCHEME } from '../shared/csp';

/** True when `url` is on the app's own origin (`app://cocreate`); the one origin main trusts. */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // `URL.origin` is "null" for schemes Node does not know, so compare the parts instead.
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
