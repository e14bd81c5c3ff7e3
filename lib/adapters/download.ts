/**
 * Offers `text` to the user as a file download, through a Blob URL and an <a download>:
 * no `downloads` permission needed, and it works the same in Chrome and Firefox. `type`
 * is the file's MIME type (a backup is JSON; the progress export is CSV, for a spreadsheet).
 */
export function downloadText(fileName: string, text: string, type = 'application/json', doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoked on the next turn: revoking at once can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
