import { safeFileName } from '../../../shared/output/file-names';
import type { PdfFolderExport } from '../../host/host';

export type DocumentPdfResult = { status: 'no-folder' } | { status: 'saved'; folder: string; fileName: string };

/** One document (the report, the worksheets) as a PDF in a folder the facilitator picks. */
export async function saveDocumentPdf(pdf: PdfFolderExport, route: string, name: string): Promise<DocumentPdfResult> {
  const folder = await pdf.pickFolder();
  if (folder === null) return { status: 'no-folder' };
  const fileName = safeFileName(name, 'pdf');
  await pdf.writePdf({ route, folder, fileName });
  return { status: 'saved', folder, fileName };
}
