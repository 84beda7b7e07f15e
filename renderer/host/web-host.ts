import { MAX_OPEN_FILE_BYTES, type Host, type OpenFileResult } from './host';


/** The Host in a plain browser: downloads through a Blob link, opens through a file input. */
export function createWebHost(doc: Document = document): Host {
  return {
    kind: 'web',
    getAppInfo() {
      return Promise.resolve({ version: __APP_VERSION__, platform: 'web' });
    },
    saveTextFile({ suggestedName, kind, text }) {
      const url = URL.createObjectURL(new Blob([text], { type: `${kind.mimeType};charset=utf-8` }));
      const link = doc.createElement('a');
      link.href = url;
      link.download = suggestedName;
      link.rel = 'noopener';
      doc.body.append(link);
      link.click();
      link.remove();
      // Revoke later: Chromium reads the blob after click() returns.
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return Promise.resolve({ saved: true, location: suggestedName });
    },
    openTextFile({ kind }) {
      return new Promise<OpenFileResult>((resolve) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = kind.extensions.map((e) => `.${e}`).join(',');
        input.hidden = true;
        const done = (result: OpenFileResult) => {
          input.remove();
          resolve(result);
        };
        input.addEventListener('cancel', () => done({ status: 'cancelled' }));
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          if (!file) return done({ status: 'cancelled' });
          if (file.size > MAX_OPEN_FILE_BYTES) {
            return done({ status: 'error', message: `"${file.name}" is ${(file.size / 1048576).toFixed(0)} MB; files over 64 MB are not opened.` });
          }
          file.text().then(
            (text) => done({ status: 'opened', name: file.name, text }),
            () => done({ status: 'error', message: `"${file.name}" could not be read.` }),
          );
        });
        doc.body.append(input);
        input.click();
      });
    },
    onMenuCommand() {
      return () => undefined;
    },
  };
}
