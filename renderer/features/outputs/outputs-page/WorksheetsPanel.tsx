import { useState } from 'react';
import { Link } from 'react-router';
import { MAX_BLANK_SETS, type PrintDocument } from '../../../../shared/output/print-document-path';
import { plural } from '../../../../shared/vocabulary';
import { Field } from '../../../components/Field';
import type { SessionBundle } from '../../../data/output-repo';
import type { DocumentCommands } from './OutputsPage.hooks';
import { documentNamePrefix, parseBlankSets } from './OutputsPage.utils';

/** Paper worksheets: one set per unit with names filled in, or a number of blank sets. */
export function WorksheetsPanel({ bundle, commands }: { bundle: SessionBundle; commands: DocumentCommands }) {
  const sessionId = bundle.session.id;
  const unitCount = bundle.units.length;
  const [mode, setMode] = useState<'units' | 'blank'>(unitCount > 0 ? 'units' : 'blank');
  const [blankText, setBlankText] = useState('5');
  const blankSets = parseBlankSets(blankText);
  const blankInvalid = mode === 'blank' && blankSets === null;
  const doc: PrintDocument | null =
    mode === 'units' ? { kind: 'worksheets', sessionId, blankSets: null } : blankSets !== null ? { kind: 'worksheets', sessionId, blankSets } : null;
  const rule = `A whole number from 1 to ${MAX_BLANK_SETS}.`;

  return (
    <section className="panel" aria-labelledby="worksheets-title">
      <h2 id="worksheets-title">Worksheets for the session</h2>
      <p>Quiz answer sheets, the map grid, the channels sheet and action-plan forms, to fill in on paper and type up afterwards.</p>
      <fieldset>
        <legend>Which worksheets</legend>
        <label className="radio">
          <input type="radio" name="worksheet-mode" checked={mode === 'units'} onChange={() => setMode('units')} disabled={unitCount === 0} />
          <span>
            One set per group or table, with names filled in ({plural(unitCount, 'set')})
            {unitCount === 0 ? <span className="muted"> (no groups or tables yet)</span> : null}
          </span>
        </label>
        <label className="radio">
          <input type="radio" name="worksheet-mode" checked={mode === 'blank'} onChange={() => setMode('blank')} />
          Blank sets
        </label>
        <Field label="Number of blank sets" className="outputs-blank-count" hint={blankInvalid ? undefined : rule} error={blankInvalid ? rule : null}>
          {(control) => (
            <input
              {...control}
              type="number"
              inputMode="numeric"
              min={1}
              max={MAX_BLANK_SETS}
              value={blankText}
              disabled={mode !== 'blank'}
              onChange={(e) => setBlankText(e.target.value)}
            />
          )}
        </Field>
      </fieldset>
      <div className="row-actions">
        <button type="button" className="primary" disabled={!doc} onClick={() => doc && void commands.print(doc, 'the worksheets')}>
          Print worksheets…
        </button>
        {doc ? (
          <Link className="button-link" to={commands.pathOf(doc)}>
            Preview worksheets
          </Link>
        ) : null}
        {commands.canSavePdf ? (
          <button type="button" disabled={!doc} onClick={() => doc && void commands.savePdf(doc, `${documentNamePrefix(bundle.session)} - worksheets`, 'the worksheets')}>
            Save worksheets as PDF…
          </button>
        ) : null}
      </div>
    </section>
  );
}
