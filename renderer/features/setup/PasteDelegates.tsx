import { useId, useState } from 'react';
import { parseDelegateList, type DelegateListParse } from '../../../shared/delegates/parse-delegate-list';
import { useSessionWriter } from '../../data/session-write-hooks';
import { ColumnHeads } from '../../components/ColumnHeads';
import { Field } from '../../components/Field';

/** Paste a list, check it, see a preview and per-line errors, and only then add it, all at once. */
export function PasteDelegates({ sessionId }: { sessionId: string }) {
  const id = useId();
  const actions = useSessionWriter();
  const [text, setText] = useState('');
  const [preview, setPreview] = useState<DelegateListParse | null>(null);
  const [status, setStatus] = useState('');

  const check = () => {
    const result = parseDelegateList(text);
    setPreview(result);
    setStatus(
      result.errors.length > 0
        ? `${result.errors.length} line${result.errors.length === 1 ? '' : 's'} need${result.errors.length === 1 ? 's' : ''} fixing; nothing has been added.`
        : `${result.delegates.length} delegate${result.delegates.length === 1 ? '' : 's'} ready to add.`,
    );
  };

  const add = async () => {
    if (!preview || preview.errors.length > 0 || preview.delegates.length === 0) return;
    await actions.addDelegates(sessionId, preview.delegates.map((d) => d.delegate));
    setStatus(`Added ${preview.delegates.length} delegates.`);
    setText('');
    setPreview(null);
  };

  return (
    <details className="paste-box">
      <summary>Paste a list of delegates</summary>
      <Field
        id={`${id}-text`}
        label="Delegate list"
        hintFirst
        hint={
          <>
            One delegate per line: a name, or <code>name,role,institution</code> (CSV, optional email last). Put quotes around text containing
            commas. Tab-separated lines pasted from a spreadsheet work too.
          </>
        }
      >
        {(control) => (
          <textarea
            {...control}
            rows={8}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setPreview(null);
            }}
          />
        )}
      </Field>
      <button type="button" onClick={check} disabled={text.trim() === ''}>
        Check list
      </button>
      <p role="status" className="paste-status">
        {status}
      </p>
      {preview && preview.errors.length > 0 ? (
        <div role="alert" className="error-list">
          <h3>Lines to fix</h3>
          <ul aria-label="Lines to fix">
            {preview.errors.map((e) => (
              <li key={e.line}>
                Line {e.line}: {e.message}
                {e.text ? <span className="muted"> — “{e.text.length > 80 ? `${e.text.slice(0, 80)}…` : e.text}”</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview && preview.delegates.length > 0 ? (
        <table className="data-table">
          <caption>Preview ({preview.delegates.length})</caption>
          <ColumnHeads labels={['Line', 'Name', 'Role', 'Institution', 'Email']} />
          <tbody>
            {preview.delegates.map((d) => (
              <tr key={d.line}>
                <td>{d.line}</td>
                <td>{d.delegate.name}</td>
                <td>{d.delegate.role}</td>
                <td>{d.delegate.institution}</td>
                <td>{d.delegate.email}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {preview && preview.errors.length === 0 && preview.delegates.length > 0 ? (
        <button type="button" className="primary" onClick={() => void add()}>
          Add {preview.delegates.length} delegates
        </button>
      ) : null}
    </details>
  );
}
