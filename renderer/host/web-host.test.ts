import { afterEach, describe, expect, it, vi } from 'vitest';
import { createWebHost } from './web-host';

const kind = { description: 'Co-Create Studio archive', extensions: ['cocreate'], mimeType: 'application/x-cocreate' };

/** Just enough of a document for the download link and the file input the web host makes. */
function fakeDocument() {
  const made: Record<string, unknown>[] = [];
  const doc = {
    defaultView: { location: { origin: 'http://127.0.0.1:47615' } },
    querySelector: () => null,
    body: { append: () => undefined },
    createElement: (tag: string) => {
      const listeners = new Map<string, () => void>();
      const element: Record<string, unknown> = {
        tag,
        addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
        fire: (type: string) => listeners.get(type)?.(),
        click: () => undefined,
        remove: () => undefined,
      };
      made.push(element);
      return element;
    },
  };
  return { doc: doc as unknown as Document, made };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the web host’s archive files', () => {
  it('downloads the exact bytes under the suggested name', async () => {
    const { doc, made } = fakeDocument();
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => (blobs.push(blob as Blob), `blob:test/${blobs.length}`));
    const bytes = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80]);
    expect(await createWebHost(doc).saveFile({ suggestedName: 'Spring - North.cocreate', kind, bytes })).toEqual({ saved: true, location: 'Spring - North.cocreate' });
    const link = made.find((e) => e.tag === 'a')!;
    expect(link.download).toBe('Spring - North.cocreate');
    expect(link.href).toBe('blob:test/1');
    const blob = blobs[0]!;
    expect(blob.type).toBe('application/x-cocreate');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
  });

  it('opens a chosen file as bytes, undecoded, and refuses one over 64 MB before reading it', async () => {
    const { doc, made } = fakeDocument();
    const host = createWebHost(doc);
    const bytes = new Uint8Array([0x50, 0x4b, 0xeb, 0x00]);
    const opening = host.openFile({ kind });
    const input = made.find((e) => e.tag === 'input')!;
    expect(input.accept).toBe('.cocreate');
    input.files = [new File([bytes], 'march.cocreate')];
    (input.fire as (type: string) => void)('change');
    expect(await opening).toEqual({ status: 'opened', name: 'march.cocreate', bytes });

    const huge = host.openFile({ kind });
    const second = made.filter((e) => e.tag === 'input')[1]!;
    second.files = [{ name: 'huge.cocreate', size: 65 * 1024 * 1024, arrayBuffer: () => Promise.reject(new Error('must not be read')) }];
    (second.fire as (type: string) => void)('change');
    expect(await huge).toEqual({ status: 'error', message: '"huge.cocreate" is 65 MB; files over 64 MB are not opened.' });
  });
});
