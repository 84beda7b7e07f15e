import { useState } from 'react';
import { safeFileName } from '../../../shared/output/file-names';
import type { CampusRecords } from '../../../shared/roadshow/campus';
import { compareRoadshow } from '../../../shared/roadshow/compare';
import { roadshowCsvFiles } from '../../../shared/roadshow/comparison-csv';
import { useHost } from '../../app/providers';
import { CSV_FILE_KIND } from '../outputs/csv-downloads';

interface Props {
  campuses: readonly CampusRecords[];
  roadshowName: string;
  readAt: number;
}

/** Saves the comparison as CSV files, one per section, each named after the roadshow. */
export function RoadshowCsvButton({ campuses, roadshowName, readAt }: Props) {
  const host = useHost();
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    const files = roadshowCsvFiles(compareRoadshow(campuses, readAt));
    let saved = 0;
    for (const file of files) {
      const result = await host.saveTextFile({ suggestedName: safeFileName(`${roadshowName} - ${file.fileName.replace(/\.csv$/, '')}`, 'csv'), kind: CSV_FILE_KIND, text: file.text });
      if (result.saved) saved += 1;
    }
    setMessage(`Saved ${saved} of ${files.length} CSV files of the comparison.`);
  };
  return (
    <>
      <button type="button" onClick={() => void save()}>
        Save comparison as CSV
      </button>
      {message ? <span role="status">{message}</span> : null}
    </>
  );
}
