// The answer to the whole dossier at once (approve or refuse, with the reason): the route that predates decisions per site, kept
// for a dossier the department answers as one.
import { t, type TextKey } from '../i18n';
import { decideBatch } from './deskApi';
import { hasReason, mountDeskForm, text } from './deskForm';

export function batchDecisionForm(dossierId: number, done: () => Promise<void>): HTMLFormElement {
  const form = document.createElement('form');
  form.className = 'batch-decision-form';
  form.innerHTML = `
    <h4>${t('desk.batchDecision')}</h4>
    <label><span>${t('desk.decision')}</span><select name="outcome">${['approved', 'refused'].map((o) => `<option value="${o}">${t(`desk.batch.${o}` as TextKey)}</option>`).join('')}</select></label>
    <label><span>${t('desk.reason')}</span><textarea name="reason" rows="2"></textarea></label>
    <button type="submit">${t('desk.decideBatch')}</button>`;
  mountDeskForm(form, (data) => {
    if (!hasReason(data.get('reason'))) return t('desk.reasonRequired');
    return decideBatch(dossierId, text(data, 'outcome') as 'approved' | 'refused', text(data, 'reason'));
  }, done);
  return form;
}
