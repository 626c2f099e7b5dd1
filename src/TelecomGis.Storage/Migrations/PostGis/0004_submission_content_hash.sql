-- What a batch's idempotency key was first sent with: the SHA-256 of the uploaded file's bytes or of the JSON body (lowercase
-- hex). A retry under the same key with the same content gets the first batch; with other content it is refused (issue 14).
-- Batches saved before this column existed keep NULL, and a retry of one of those is answered as before.
ALTER TABLE submission_batches ADD COLUMN content_hash text;
