import { describe, expect, it } from 'vitest';
import type { ConsoleSnapshot } from '../../../shared/join';
import type { Host } from '../../host/host';
import { pdfReplyFor } from './pdf-reply';

const SESSION = '7d7c9a3e-93a4-4c33-9a62-1b0c1a1f3c11';
const ADA = '0f0e0d0c-0b0a-4909-8807-060504030201';
const electron = { kind: 'electron' } as Host;
const snapshot = { sessionTitle: 'Access: Leeds', delegates: [{ id: ADA, name: 'Ada Lovelace', unitId: null }] } as unknown as ConsoleSnapshot;

describe('pdfReplyFor', () => {
  it("answers with the asking delegate's own print route in Electron, named after them", async () => {
    const reply = await pdfReplyFor(electron, { hasDelegate: (id) => Promise.resolve(id === ADA), sessionBundle: () => Promise.resolve(null) }, SESSION, ADA, snapshot);
    expect(reply).toEqual({ kind: 'route', route: `/print/${SESSION}/delegate/${ADA}?paper=a4`, fileName: 'Ada Lovelace - Access_ Leeds.pdf' });
  });

  it('refuses in plain words for a name no longer in the session', async () => {
    const reply = await pdfReplyFor(electron, { hasDelegate: () => Promise.resolve(false), sessionBundle: () => Promise.resolve(null) }, SESSION, ADA, snapshot);
    expect(reply).toEqual({ kind: 'error', message: 'This name is no longer in the session, so there is no document for it.' });
  });
});
