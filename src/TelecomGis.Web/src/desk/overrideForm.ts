// An appraiser overrides one rule's outcome on one site, with a written reason; the engine's outcome stays on record beside it.
import { t } from '../i18n';
import { escape } from '../appraisalPanel';
import type { RuleView } from '../appraisal';
import { overrideRule } from './deskApi';
import { hasReason, mountDeskForm, text } from './deskForm';
import { outcomeLabel } from './ruleOutcomes';

const outcomes = ['pass', 'fail', 'consult', 'warn', 'n/a'];

export function overrideForm(dossierId: number, row: number, rules: RuleView[], done: () => Promise<void>): HTMLFormElement {
  const form = document.createElement('form');
  form.className = 'override-form';
  // The rules that decided the verdict first: those are the ones an appraiser overrides.
  const ordered = [...rules].sort((a, b) => Number(a.outcome === 'pass' || a.outcome === 'n/a') - Number(b.outcome === 'pass' || b.outcome === 'n/a'));
  form.innerHTML = `
    <h4>${t('desk.override')}</h4>
    <div class="row">
      <label><span>${t('desk.rule')}</span><select name="rule_id">${ordered.map((r) => `<option value="${escape(r.rule_id)}">${escape(r.rule_id)} · ${outcomeLabel(r.outcome)}</option>`).join('')}</select></label>
      <label><span>${t('desk.newOutcome')}</span><select name="outcome">${outcomes.map((o) => `<option value="${o}">${outcomeLabel(o)}</option>`).join('')}</select></label>
    </div>
    <label><span>${t('desk.reason')}</span><textarea name="reason" rows="2"></textarea></label>
    <button type="submit">${t('desk.overrideSubmit')}</button>`;
  mountDeskForm(form, (data) => {
    if (!hasReason(data.get('reason'))) return t('desk.reasonRequired');
    return overrideRule(dossierId, row, text(data, 'rule_id'), text(data, 'outcome'), text(data, 'reason'));
  }, done);
  return form;
}
