// Each rule's outcome on one site, as the appraiser weighs it: the outcome in words, the engine's reason, the measured figure
// against its threshold, and, where an appraiser overrode it, the engine's own outcome and the written reason beside it.
import { t, language, type TextKey } from '../i18n';
import { escape } from '../appraisalPanel';
import type { RuleView } from '../appraisal';

/** The API writes "n/a" for a rule that does not apply; a text key and a CSS class need a plain name. */
export function outcomeKey(outcome: string): string {
  return outcome === 'n/a' ? 'not_applicable' : outcome;
}

export function outcomeLabel(outcome: string): string {
  return t(`outcome.${outcomeKey(outcome)}` as TextKey);
}

export function figure(rule: RuleView): string {
  if (rule.measured_value === undefined || rule.measured_value === null) return '';
  const unit = rule.unit ?? '';
  const threshold = rule.threshold !== undefined && rule.threshold !== null ? ` / ${rule.threshold} ${unit}` : '';
  return `${rule.measured_value} ${unit}${threshold}`.trim();
}

interface OverriddenRule extends RuleView { original_outcome?: string; override_reason?: string }

export function ruleOutcomesTable(rules: RuleView[]): string {
  const english = language() === 'en';
  const rows = (rules as OverriddenRule[]).map((r) => {
    const overridden = r.original_outcome
      ? `<br><small class="overridden">${t('desk.overridden')}: ${outcomeLabel(r.original_outcome)} · ${escape(r.override_reason ?? '')}</small>` : '';
    return `<tr class="outcome-${outcomeKey(r.outcome)}" data-rule="${escape(r.rule_id)}">
      <td>${escape(r.rule_id)}</td><td><span class="outcome">${outcomeLabel(r.outcome)}</span></td>
      <td>${escape(english ? r.message_en : r.message_vi)}${overridden}</td><td class="num">${escape(figure(r))}</td></tr>`;
  }).join('');
  return `<table class="rules"><thead><tr><th>${t('appraise.rule')}</th><th>${t('appraise.outcome')}</th><th>${t('appraise.reason')}</th><th>${t('appraise.figure')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}
