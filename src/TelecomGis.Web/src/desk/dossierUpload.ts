// A dossier's upload: the batch file and, when the carrier typed one, its incoming document as the multipart fields the API
// reads (incomingNumber, incomingDate, incomingSigner, incomingSubject). Without an incoming document this is the batch upload
// itself (batchUpload.ts, which sends the file alone). With one, the same request is sent here with the fields beside the
// file: the same Idempotency-Key, the same two phases of progress, the same retry without ?where=true for a large batch.
import { authHeaders } from '../api';
import { uploadBatch, type UploadPhase } from '../batchUpload';
import type { SubmissionDetail } from '../submissions';
import type { IncomingDocument } from './dossier';

export function uploadDossier(file: File, incoming: IncomingDocument | null, onProgress: (p: UploadPhase) => void, where = true): Promise<SubmissionDetail> {
  if (!incoming) return uploadBatch(file, onProgress, where);
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', where ? '/api/submissions?where=true' : '/api/submissions');
    for (const [name, value] of Object.entries(authHeaders())) request.setRequestHeader(name, value);
    // The incoming document is part of what is sent: the same file under another letter is another dossier.
    request.setRequestHeader('Idempotency-Key', `${file.name}:${file.size}:${file.lastModified}:${incoming.number}`);
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
          resolve(uploadDossier(file, incoming, onProgress, false));
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
    form.append('incomingNumber', incoming.number);
    if (incoming.date) form.append('incomingDate', incoming.date);
    if (incoming.signer) form.append('incomingSigner', incoming.signer);
    if (incoming.subject) form.append('incomingSubject', incoming.subject);
    request.send(form);
  });
}
