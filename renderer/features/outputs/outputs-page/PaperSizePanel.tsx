import type { PaperSize } from '../../../../shared/output/print-document-path';

const PAPER_CHOICES: readonly [PaperSize, string][] = [
  ['a4', 'A4'],
  ['letter', 'US Letter'],
];

export function PaperSizePanel({ paper, onChoose }: { paper: PaperSize; onChoose: (paper: PaperSize) => void }) {
  return (
    <section className="panel" aria-labelledby="paper-title">
      <h2 id="paper-title">Paper size</h2>
      <fieldset className="outputs-paper">
        <legend>Paper size for every document (saved on this computer)</legend>
        {PAPER_CHOICES.map(([value, label]) => (
          <label key={value} className="radio">
            <input type="radio" name="paper" value={value} checked={paper === value} onChange={() => onChoose(value)} />
            {label}
          </label>
        ))}
      </fieldset>
    </section>
  );
}
