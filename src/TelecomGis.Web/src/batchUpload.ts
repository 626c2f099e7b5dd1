// Sends a batch file (.csv, .xlsx, .geojson) and reports progress. The server appraises the whole batch inside the request, so
// there are two phases to watch: the upload (bytes sent, from XMLHttpRequest's progress events; fetch has none) and the
// appraisal (the wait for the answer, shown as work in progress). The map asks for the conforming-point search (?where=true);
// the server does it only for batches of up to 1,000 rows, and for a larger one the upload is sent again without it.
import { authHeaders } from './api';
import type { SubmissionDetail } from './submissions';

/** The upload template's links (GET /api/submissions/template, open to anyone): the Vietnamese header row, an example and instructions. */
export const templateLinksHtml = `<p class="hint template-links"><span data-i18n="submissions.template"></span>
  <a href="/api/submissions/template?format=xlsx" download data-i18n="submissions.templateXlsx"></a> ·
  <a href="/api/submissions/template?format=csv" download data-i18n="submissions.templateCsv"></a></p>`;

export type UploadPhase = { phase: 'uploading'; sent: number; total: number } | { phase: 'appraising' };

/**
 * Fields sent beside the file (a dossier's incoming document), and what they add to the Idempotency-Key: the same file sent
 * under another letter is another dossier.
 */
export type UploadExtras = { fields: Record<string, string>; key: string };

export function uploadBatch(file: File, onProgress: (p: UploadPhase) => void, where = true, extras?: UploadExtras): Promise<SubmissionDetail> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', where ? '/api/submissions?where=true' : '/api/submissions');
    for (const [name, value] of Object.entries(authHeaders())) request.setRequestHeader(name, value);
    // A retry of the same file must not file a second batch.
    request.setRequestHeader('Idempotency-Key', `${file.name}:${file.size}:${file.lastModified}${extras ? `:${extras.key}` : ''}`);
    request.upload.onprogress = (e) => onProgress({ phase: 'uploading', sent: e.loaded, total: e.lengthComputable ? e.total : file.size });
    request.upload.onload = () => onProgress({ phase: 'appraising' });
    request.onload = () => {
      if (request.status >= 200 && request.status < 300) {
        resolve(JSON.parse(request.responseText) as SubmissionDetail);
        return;
      }
      let message = `${request.status} ${request.statusText}`;
      try {
        const problem = JSON.parse(request.responseText) as { title?: string; errors?: Record<string, string[]> };
        if (where && request.status === 400 && problem.errors?.where) {
          resolve(uploadBatch(file, onProgress, false, extras));
          return;
        }
        message = (problem.errors ? Object.values(problem.errors)[0]?.[0] : undefined) ?? problem.title ?? message;
      } catch {
        // No problem document: the status line says it.
      }
      reject(new Error(message));
    };
    request.onerror = () => reject(new Error('network error'));
    const form = new FormData();
    form.append('file', file);
    for (const [name, value] of Object.entries(extras?.fields ?? {})) form.append(name, value);
    request.send(form);
  });
}
