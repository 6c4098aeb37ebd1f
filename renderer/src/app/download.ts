/** Saves bytes or text the host made (a PDF, an export, a calendar) through the browser's download, in both hosts. */
export function downloadBlob(data: BlobPart, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadBase64(base64: string, fileName: string, type: string): void {
  downloadBlob(
    Uint8Array.from(atob(base64), (c) => c.charCodeAt(0)),
    fileName,
    type,
  );
}
