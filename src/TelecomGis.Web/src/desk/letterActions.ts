// The dossier's reply letter: a draft to preview (PDF) before it is issued, issuing it under the clerk's register number (or
// the next of the register), and the issued letters to download — from then on exactly the bytes stored at issue. An issued
// dossier takes no change until a correction is opened, with its reason; the next letter then names the one it replaces.
import { t } from '../i18n';
import { escape } from '../appraisalPanel';
import { getLetter, issueLetter, openCorrection, type LetterFormat } from './deskApi';
import { hasReason, mountDeskForm, text } from './deskForm';
import { instant } from './dates';
import { openFile, saveFile } from './fileSave';
import type { Dossier } from './dossier';
import { statusOf } from './dossierStatus';

export function letterActions(dossier: Dossier, done: () => Promise<void>): HTMLElement {
  const box = document.createElement('div');
  box.className = 'letter-actions';
  const issued = dossier.letters ?? [];
  box.innerHTML = `
    <h4>${t('desk.letter')}</h4>
    ${issued.length ? `<p>${t('desk.issuedLetters')}:</p><ul class="issued-letters">${issued.map((l) =>
      `<li>${t('desk.letterNo')} ${escape(String(l.number))} · ${instant(l.issued_at)}${l.replaces ? ` · ${t('desk.replaces')} ${escape(String(l.replaces))}` : ''}</li>`).join('')}</ul>` : ''}
    <p class="letter-buttons">
      ${statusOf(dossier) === 'issued' ? '' : `<button type="button" class="letter-preview">${t('desk.preview')}</button>`}
      <button type="button" class="letter-download" data-format="pdf">${t('desk.downloadPdf')}</button>
      <button type="button" class="letter-download" data-format="docx">${t('desk.downloadDocx')}</button>
    </p>
    <p class="form-message letter-message" aria-live="polite"></p>
    ${statusOf(dossier) === 'issued' ? `<form class="correction-form">
      <label><span>${t('desk.correctionReason')}</span><textarea name="reason" rows="2"></textarea></label>
      <button type="submit">${t('desk.openCorrection')}</button>
    </form>` : `<form class="issue-form">
      <label><span>${t('desk.registerNumber')}</span><input name="register_number" autocomplete="off"></label>
      <button type="submit">${t('desk.issue')}</button>
    </form>`}`;
  const message = box.querySelector<HTMLElement>('.letter-message')!;
  const fetchLetter = async (format: LetterFormat, show: (file: Awaited<ReturnType<typeof getLetter>>) => void) => {
    message.textContent = t('desk.busy');
    message.classList.remove('error');
    try {
      show(await getLetter(dossier.id, format));
      message.textContent = '';
    } catch (e) {
      message.textContent = (e as Error).message;
      message.classList.add('error');
    }
  };
  box.querySelector('.letter-preview')?.addEventListener('click', () => void fetchLetter('pdf', openFile));
  for (const b of box.querySelectorAll<HTMLButtonElement>('.letter-download')) b.addEventListener('click', () => void fetchLetter(b.dataset.format as LetterFormat, saveFile));
  const issue = box.querySelector<HTMLFormElement>('form.issue-form');
  if (issue) mountDeskForm(issue, (data) => issueLetter(dossier.id, text(data, 'register_number')), done);
  const correction = box.querySelector<HTMLFormElement>('form.correction-form');
  if (correction) {
    mountDeskForm(correction, (data) => hasReason(data.get('reason')) ? openCorrection(dossier.id, text(data, 'reason')) : t('desk.reasonRequired'), done);
  }
  return box;
}
