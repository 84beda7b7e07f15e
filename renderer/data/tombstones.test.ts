import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../shared/templates';
import type { Template } from '../../shared/template/schema';
import { emptyChannelInput } from '../../shared/work/channel-input';
import { exportSessionArchive } from './archive-repo';
import { type CoCreateDb } from './db';
import { freshDbEachTest } from './test-support/fresh-db';
import { addDelegates, removeDelegate } from './delegates-repo';
import { addCard, deleteCard } from './discussion-repo';
import { createSession, deleteSession } from './sessions-repo';
import { addChannel, deleteChannel, restoreChannel } from './work-repo';

let db: CoCreateDb;
freshDbEachTest('tomb', (fresh) => {
  db = fresh;
});

async function seed() {
  const session = await createSession(db, builtInTemplates[0] as Template, 1000);
  const [ana, ben] = await addDelegates(db, session.id, [
    { name: 'Ana', role: '', institution: '', email: '' },
    { name: 'Ben', role: '', institution: '', email: '' },
  ]);
  return { session, ana: ana!, ben: ben! };
}

describe('deletions leave tombstones', () => {
  it('records what was deleted, in the same transaction, and undo takes the tombstone away', async () => {
    const { session, ana } = await seed();
    const channel = await addChannel(db, session.id, ana.unitId!, emptyChannelInput({ name: 'Peer mentors' }));
    await deleteChannel(db, channel.id);
    expect(await db.tombstones.toArray()).toEqual([{ id: channel.id, sessionId: session.id, kind: 'channels', deletedAt: expect.any(Number) }]);
    await restoreChannel(db, channel);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('covers cascades (a delegate with their own unit) and cards, and travels in the archive', async () => {
    const { session, ben } = await seed();
    const phase = session.template.phases.find((p) => p.kind === 'discussion')!;
    const { card } = await addCard(db, session.id, phase.id, { text: 'Pay students for their time' });
    await deleteCard(db, card.id);
    await removeDelegate(db, ben.id);
    const kinds = (await db.tombstones.toArray()).map((t) => `${t.kind}:${t.id}`).sort();
    expect(kinds).toEqual([`cards:${card.id}`, `delegates:${ben.id}`, `units:${ben.unitId}`].sort());
    const archive = await exportSessionArchive(db, session.id);
    expect(archive.tombstones.map((t) => t.id).sort()).toEqual([card.id, ben.id, ben.unitId].sort());
  });

  it('leaves nothing behind when the whole session is deleted', async () => {
    const { session, ben } = await seed();
    await removeDelegate(db, ben.id);
    await deleteSession(db, session.id);
    expect(await db.tombstones.count()).toBe(0);
  });

  it('a batch put (an import) takes away the tombstones of exactly the records it puts back', async () => {
    const { session, ana } = await seed();
    const channel = await addChannel(db, session.id, ana.unitId!, emptyChannelInput({ name: 'Peer mentors' }));
    const records = Array.from({ length: 60 }, (_, i) => ({ ...channel, id: `batch-${String(i).padStart(2, '0')}`, order: i }));
    await db.tombstones.bulkPut([
      { id: 'batch-07', sessionId: session.id, kind: 'channels', deletedAt: 1 },
      { id: 'batch-59', sessionId: session.id, kind: 'channels', deletedAt: 1 },
      { id: 'elsewhere', sessionId: session.id, kind: 'channels', deletedAt: 1 },
    ]);
    await db.channels.bulkPut(records);
    expect((await db.tombstones.toArray()).map((t) => t.id)).toEqual(['elsewhere']);
    expect(await db.channels.count()).toBe(61);
  });
});
