// A file from the API handed to the browser: saved under its name, or opened in a new tab to read (a PDF preview). The bytes
// come through fetch with the session's key (a plain link would carry no Authorization header), so they reach the page as a
// blob: URL, which the map's Content-Security-Policy allows.
import type { ApiFile } from './deskApi';

export function saveFile(file: ApiFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function openFile(file: ApiFile): void {
  const url = URL.createObjectURL(file.blob);
  window.open(url, '_blank', 'noopener');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
