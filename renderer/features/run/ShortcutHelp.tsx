import { shortcuts } from '../../../shared/run/shortcuts';
import { ColumnHeads } from '../../components/ColumnHeads';

/** The keyboard shortcuts, from the one table that also drives them. */
export function ShortcutHelp({ onClose }: { onClose: () => void }) {
  return (
    <section className="panel shortcut-help" aria-labelledby="shortcut-help-title" id="shortcut-help">
      <div className="panel-head">
        <h2 id="shortcut-help-title">Keyboard shortcuts</h2>
        <button type="button" onClick={onClose}>
          Close shortcuts
        </button>
      </div>
      <p className="muted">
        Every shortcut also has a button. Keys without Ctrl or Cmd do nothing while you type in a field; there, Ctrl+Z is the
        field&apos;s own undo.
      </p>
      <table className="data-table">
        <caption className="sr-only">Shortcuts</caption>
        <ColumnHeads labels={['Keys', 'Action']} />
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.id}>
              <td>
                <kbd>{s.keys}</kbd>
              </td>
              <td>{s.description}</td>
            </tr>
          ))}
          <tr>
            <td>
              <kbd>T, F or N</kbd>
            </td>
            <td>In the delegate grid: record True, False or Not sure for the delegate in focus</td>
          </tr>
          <tr>
            <td>
              <kbd>Ctrl+Z / Ctrl+Shift+Z</kbd>
            </td>
            <td>In a discussion, outside text fields: undo or redo the last card change</td>
          </tr>
          <tr>
            <td>
              <kbd>Enter</kbd>
            </td>
            <td>In the new card field: add the card and start the next one</td>
          </tr>
        </tbody>
      </table>
    </section>
  );
}
