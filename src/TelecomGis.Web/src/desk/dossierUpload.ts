// A dossier's upload: the batch file and, when the carrier typed one, its incoming document as the multipart fields the API
// reads (incomingNumber, incomingDate, incomingSigner, incomingSubject), sent by the batch upload (batchUpload.ts) beside the
// file, with the letter's number in the Idempotency-Key.
import { uploadBatch, type UploadPhase } from '../batchUpload';
import type { SubmissionDetail } from '../submissions';
import type { IncomingDocument } from './dossier';

export function uploadDossier(file: File, incoming: IncomingDocument | null, onProgress: (p: UploadPhase) => void): Promise<SubmissionDetail> {
  if (!incoming) return uploadBatch(file, onProgress);
  const fields: Record<string, string> = { incomingNumber: incoming.number };
  if (incoming.date) fields.incomingDate = incoming.date;
  if (incoming.signer) fields.incomingSigner = incoming.signer;
  if (incoming.subject) fields.incomingSubject = incoming.subject;
  return uploadBatch(file, onProgress, true, { fields, key: incoming.number });
}
