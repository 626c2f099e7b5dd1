// A report file fetched with the session's key and saved under the name the server gives (the desk's file helpers).
import { authHeaders } from '../api';
import { problemError } from '../desk/problemText';
import type { ApiFile } from '../desk/deskApi';

export async function getReportFile(path: string, fallbackName: string): Promise<ApiFile> {
  const response = await fetch(path, { headers: authHeaders() });
  if (!response.ok) throw await problemError(response);
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const extended = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  const plain = /filename="?([^";]+)"?/i.exec(disposition)?.[1];
  return { blob: await response.blob(), name: extended ? decodeURIComponent(extended) : plain ?? fallbackName };
}
