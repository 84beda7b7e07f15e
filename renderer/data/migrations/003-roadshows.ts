import type { Migration } from './migration';

/** Roadshows: each session's place in a roadshow, keyed by the session, indexed by roadshow. */
export const migration003: Migration = {
  version: 3,
  stores: { roadshowMembers: 'sessionId, roadshowId' },
};
