import type { Migration } from './migration';

/**
 * Map entries, channels and actions keep one index besides their key: [sessionId+unitId], which
 * also finds a whole session's records (a range over its first part). Their single-field
 * `sessionId` and `unitId` indexes go: each index is paid again on every write, and opening a
 * 200-unit archive puts thousands of these records.
 */
export const migration004: Migration = {
  version: 4,
  stores: {
    mapEntries: 'id, [sessionId+unitId]',
    channels: 'id, [sessionId+unitId]',
    actions: 'id, [sessionId+unitId]',
  },
};
