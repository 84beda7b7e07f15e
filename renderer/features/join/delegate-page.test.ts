import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../../shared/templates';
import { addDelegates, listDelegates } from '../../data/delegates-repo';
import { loadSessionBundle } from '../../data/output-repo';
import { createSession, updateSessionSetup } from '../../data/sessions-repo';
import { freshDbEachTest } from '../../data/test-support/fresh-db';
import { delegatePageHtml } from './delegate-page';

let db: Parameters<Parameters<typeof freshDbEachTest>[1]>[0];
freshDbEachTest('delegate-page', (fresh) => {
  db = fresh;
});

describe('delegatePageHtml', () => {
  it("is the delegate's own document as one page: no script, nobody else's name, the print styles inside", async () => {
    const session = await createSession(db, builtInTemplates[0]!, 1000);
    await updateSessionSetup(db, session.id, { title: 'Access </style><script>alert(1)</script>', campus: 'Leeds' });
    await addDelegates(db, session.id, [
      { name: 'Ada Lovelace', role: '', institution: '', email: 'ada@example.ac.uk' },
      { name: 'Grace Hopper', role: '', institution: '', email: '' },
    ]);
    const [ada] = await listDelegates(db, session.id);
    const bundle = (await loadSessionBundle(db, session.id))!;
    const html = (await delegatePageHtml(bundle, ada!.id))!;
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<title>Leeds - Ada Lovelace</title>');
    expect(html).toContain('Ada Lovelace');
    expect(html).not.toContain('Grace Hopper');
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain('Save as PDF');
    expect(await delegatePageHtml(bundle, '0f0e0d0c-0b0a-4909-8807-060504030201')).toBeNull();
  });
});
