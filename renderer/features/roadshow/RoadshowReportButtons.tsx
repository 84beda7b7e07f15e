import { useState } from 'react';
import { DEFAULT_PAPER_SIZE, type PrintDocument } from '../../../shared/output/print-document-path';
import { usePaperSize } from '../../data/output-hooks';
import { useDocumentCommands } from '../outputs/outputs-page/OutputsPage.hooks';
import type { Notice } from '../outputs/outputs-page/OutputsPage.utils';

/**
 * The roadshow report through the same commands as a session's report: the system print dialog,
 * and in Electron a PDF written into a folder the facilitator picks (its route is on the print allowlist).
 */
export function RoadshowReportButtons({ roadshowId, roadshowName }: { roadshowId: string; roadshowName: string }) {
  const paper = usePaperSize() ?? DEFAULT_PAPER_SIZE;
  const [notice, setNotice] = useState<Notice>(null);
  const commands = useDocumentCommands(paper, setNotice);
  const doc: PrintDocument = { kind: 'roadshow-report', roadshowId };
  return (
    <>
      <button type="button" onClick={() => void commands.print(doc, 'the roadshow report')}>
        Print roadshow report
      </button>
      {commands.canSavePdf ? (
        <button type="button" onClick={() => void commands.savePdf(doc, `${roadshowName} - roadshow report`, 'the roadshow report')}>
          Save roadshow report as PDF
        </button>
      ) : null}
      {notice ? (
        <span role={notice.tone === 'error' ? 'alert' : 'status'} className={notice.tone === 'error' ? 'error' : undefined}>
          {notice.text}
        </span>
      ) : null}
    </>
  );
}
