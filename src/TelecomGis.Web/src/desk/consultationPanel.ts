// Consultation on one site: for each rule that needs the competent authority's opinion (R04 military areas, R10 airports' obstacle
// surfaces, R11 heights), the request to download as .docx, the replies recorded so far, and a form to record a reply (number,
// date, agrees / objects / agrees with conditions), which settles that rule's outcome.
import { t, type TextKey } from '../i18n';
import { escape } from '../appraisalPanel';
import type { RuleView } from '../appraisal';
import { consultationRequest, recordConsultation, DeskRouteMissing } from './deskApi';
import { mountDeskForm, text } from './deskForm';
import { calendarDate } from './dates';
import { saveFile } from './fileSave';
import type { Consultation, ConsultationAnswer } from './dossier';

const answers: ConsultationAnswer[] = ['agrees', 'objects', 'conditions'];

/** The rules to consult on: those the engine (or an override) left at "consult", and those already answered. */
export function consultedRules(rules: RuleView[], replies: Consultation[]): string[] {
  const ids = new Set(rules.filter((r) => r.outcome === 'consult').map((r) => r.rule_id));
  for (const c of replies) ids.add(c.rule);
  return [...ids];
}

export function consultationPanel(dossierId: number, row: number, rules: RuleView[], replies: Consultation[], done: () => Promise<void>): HTMLElement | null {
  const consulted = consultedRules(rules, replies);
  if (consulted.length === 0) return null;
  const box = document.createElement('div');
  box.className = 'consultation';
  const recorded = replies.map((c) => `<li data-rule="${escape(c.rule)}">${escape(c.rule)}${c.authority ? ` · ${escape(c.authority)}` : ''}: ${escape(c.document_number)} ${t('desk.dated')} ${calendarDate(c.date)} — ${t(`desk.answer.${c.answer}` as TextKey)}${c.conditions ? ` (${escape(c.conditions)})` : ''}</li>`).join('');
  box.innerHTML = `
    <h4>${t('desk.consultation')}</h4>
    <p class="consult-requests">${consulted.map((r) => `<button type="button" class="consult-request" data-rule="${escape(r)}">${t('desk.consultRequest')} · ${escape(r)}</button>`).join(' ')}</p>
    <p class="form-message consult-request-message" aria-live="polite"></p>
    ${recorded ? `<p>${t('desk.replies')}:</p><ul class="replies">${recorded}</ul>` : ''}
    <form class="consultation-form">
      <div class="row">
        <label><span>${t('desk.rule')}</span><select name="rule">${consulted.map((r) => `<option>${escape(r)}</option>`).join('')}</select></label>
        <label><span>${t('desk.answer')}</span><select name="answer">${answers.map((a) => `<option value="${a}">${t(`desk.answer.${a}` as TextKey)}</option>`).join('')}</select></label>
      </div>
      <div class="row">
        <label><span>${t('desk.replyNumber')}</span><input name="document_number" autocomplete="off"></label>
        <label><span>${t('desk.replyDate')}</span><input name="date" type="date"></label>
      </div>
      <label><span>${t('desk.conditions')}</span><textarea name="conditions" rows="2"></textarea></label>
      <button type="submit">${t('desk.recordReply')}</button>
    </form>`;
  const requestMessage = box.querySelector<HTMLElement>('.consult-request-message')!;
  for (const button of box.querySelectorAll<HTMLButtonElement>('button.consult-request')) {
    button.addEventListener('click', async () => {
      requestMessage.textContent = t('desk.busy');
      try {
        saveFile(await consultationRequest(dossierId, row, button.dataset.rule!));
        requestMessage.textContent = '';
      } catch (e) {
        requestMessage.textContent = e instanceof DeskRouteMissing ? t('desk.notAvailable') : (e as Error).message;
      }
    });
  }
  mountDeskForm(box.querySelector('form')!, (data) => {
    const answer = text(data, 'answer') as ConsultationAnswer;
    const conditions = text(data, 'conditions');
    if (!text(data, 'document_number') || !text(data, 'date')) return t('desk.replyRequired');
    if (answer === 'conditions' && !conditions) return t('desk.conditionsRequired');
    return recordConsultation(dossierId, row, { rule: text(data, 'rule'), document_number: text(data, 'document_number'), date: text(data, 'date'), answer, conditions: conditions || undefined });
  }, done);
  return box;
}
