// The carrier's incoming document (công văn đến) typed beside the batch file: its number, date, signer and subject. All four are
// optional on the form; a dossier sent without them still goes through, and the desk shows "not recorded".
import { translatePage } from '../i18n';
import type { IncomingDocument } from './dossier';

/** Adds the fields to the upload form, before its submit button. */
export function mountIncomingFields(form: HTMLFormElement): void {
  const fields = document.createElement('fieldset');
  fields.className = 'incoming-fields';
  fields.innerHTML = `
    <legend data-i18n="desk.incoming"></legend>
    <div class="row">
      <label><span data-i18n="desk.incomingNumber"></span><input name="incomingNumber" autocomplete="off"></label>
      <label><span data-i18n="desk.incomingDate"></span><input name="incomingDate" type="date"></label>
    </div>
    <label><span data-i18n="desk.signer"></span><input name="incomingSigner" autocomplete="off"></label>
    <label><span data-i18n="desk.subject"></span><input name="incomingSubject" autocomplete="off"></label>`;
  form.insertBefore(fields, form.querySelector('button[type="submit"]'));
  translatePage(fields);
}

/** What the carrier typed, or null when the number is left blank (no incoming document to record). */
export function readIncoming(form: HTMLFormElement): IncomingDocument | null {
  const value = (name: string) => ((form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? '').trim();
  const number = value('incomingNumber');
  if (!number) return null;
  return { number, date: value('incomingDate'), signer: value('incomingSigner') || undefined, subject: value('incomingSubject') || undefined };
}
