// The appraiser's decision on one site: approve, approve with conditions (the conditions written out), or refuse (the reason
// written out). The site's current decision, if any, is the form's starting point.
import { t, type TextKey } from '../i18n';
import { escape } from '../appraisalPanel';
import { decideSite } from './deskApi';
import { hasReason, mountDeskForm, text } from './deskForm';
import type { SiteDecision, SiteDecisionKind } from './dossier';

export const siteDecisions: SiteDecisionKind[] = ['approve', 'approve_with_conditions', 'refuse'];

export function decisionLabel(decision: SiteDecision | null | undefined): string {
  return decision ? t(`desk.decision.${decision.decision}` as TextKey) : t('desk.decision.none');
}

export function siteDecisionForm(dossierId: number, row: number, current: SiteDecision | null | undefined, done: () => Promise<void>): HTMLFormElement {
  const form = document.createElement('form');
  form.className = 'site-decision-form';
  form.innerHTML = `
    <h4>${t('desk.decideSite')}</h4>
    <label><span>${t('desk.decision')}</span><select name="decision">${siteDecisions.map((d) =>
      `<option value="${d}"${current?.decision === d ? ' selected' : ''}>${t(`desk.decision.${d}` as TextKey)}</option>`).join('')}</select></label>
    <label><span>${t('desk.conditions')}</span><textarea name="conditions" rows="2">${escape(current?.conditions ?? '')}</textarea></label>
    <label><span>${t('desk.reason')}</span><textarea name="reason" rows="2">${escape(current?.reason ?? '')}</textarea></label>
    <button type="submit">${t('desk.decideSite')}</button>`;
  mountDeskForm(form, (data) => {
    const decision = text(data, 'decision') as SiteDecisionKind;
    const conditions = text(data, 'conditions');
    const reason = text(data, 'reason');
    if (decision === 'approve_with_conditions' && !conditions) return t('desk.conditionsRequired');
    if (decision === 'refuse' && !hasReason(reason)) return t('desk.reasonRequired');
    return decideSite(dossierId, row, { decision, reason: reason || undefined, conditions: conditions || undefined });
  }, done);
  return form;
}
