import type { StrengthKeyRow } from './scaffold-model';
import { ColumnHeads } from '../../components/ColumnHeads';

/** What each strength level means, with one example entry each; the same table on the console and on paper. */
export function StrengthKeyTable({ rows, caption, className }: { rows: readonly StrengthKeyRow[]; caption: string; className?: string }) {
  if (rows.length === 0) return null;
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <ColumnHeads labels={['Strength', 'What it means', 'Example entry']} />
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">
              {row.level} {row.label}
            </th>
            <td>{row.definition}</td>
            <td>{row.example}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
