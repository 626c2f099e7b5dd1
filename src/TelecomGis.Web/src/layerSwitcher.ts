// The layer list with its legend: a checkbox per overlay, and under it the colours it uses. Layers the server keeps for
// signed-in users are listed greyed out until then, so a visitor knows they exist.
import { t, onLanguageChange, type TextKey } from './i18n';
import { currentUser, onSessionChange } from './session';
import type { LegendEntry, PlanOverlay } from './planLayers';
import { hasText } from './texts';

function legendLabel(entry: LegendEntry): string {
  return hasText(entry.label) ? t(entry.label as TextKey) : String(entry.label).split('.').pop()!;
}

function swatch(entry: LegendEntry): HTMLElement {
  const mark = document.createElement('span');
  mark.className = `swatch swatch-${entry.shape}`;
  mark.style.setProperty('--colour', entry.colour);
  return mark;
}

export function mountLayerSwitcher(container: HTMLElement, overlays: PlanOverlay[]): void {
  const render = () => {
    container.replaceChildren();
    const user = currentUser();
    const signedIn = user !== null;
    const department = user !== null && user.role !== 'carrier';
    for (const overlay of overlays) {
      const item = document.createElement('div');
      item.className = 'layer-item';
      item.dataset.layer = overlay.name;
      const label = document.createElement('label');
      const box = document.createElement('input');
      box.type = 'checkbox';
      box.checked = overlay.layer.getVisible();
      box.disabled = overlay.signedInOnly && !signedIn;
      box.addEventListener('change', () => overlay.layer.setVisible(box.checked));
      // A panel may show a layer itself (the planner's, once coverage has run): the box follows.
      overlay.layer.on('change:visible', () => { box.checked = overlay.layer.getVisible(); });
      label.append(box, ` ${t(overlay.title)}`);
      if (box.disabled) {
        const note = document.createElement('small');
        note.textContent = ` (${t('layers.signInToSee')})`;
        label.append(note);
      }
      const legend = document.createElement('ul');
      legend.className = 'legend';
      const entries = overlay.legend.filter((e) => department || !e.departmentOnly);
      for (const entry of entries.length > 1 ? entries : []) {
        const row = document.createElement('li');
        row.append(swatch(entry), legendLabel(entry));
        legend.append(row);
      }
      if (entries.length === 1) label.prepend(swatch(entries[0]));
      item.append(label, legend);
      container.append(item);
    }
  };
  render();
  onLanguageChange(render);
  onSessionChange(render);
}
