/** Documents: PDFs of the mail packets and the printable plan, and their two handlers. */
export { fitToFont } from './pdf-writer';
export { renderMailPacketPdf } from './mail-packet-pdf';
export { renderPlanPdf } from './plan-pdf';
export { renderCaseSummaryPdf, renderRecoveryLetterPdf } from './recovery-letter-pdf';
export { createDocumentHandlers, type DocumentHandlers } from './handlers';
