// The side panel's tabs. The active panel carries data-active="true": a click on the map means "appraise here" in the
// appraisal tab and "this commune's figures" in the commune tab.
export function mountSideTabs(root: HTMLElement, first: string): (name: string) => void {
  const select = (name: string) => {
    for (const b of root.querySelectorAll<HTMLElement>('[data-tab]')) b.setAttribute('aria-selected', String(b.dataset.tab === name));
    for (const p of root.querySelectorAll<HTMLElement>('[data-panel]')) p.dataset.active = String(p.dataset.panel === name);
  };
  for (const b of root.querySelectorAll<HTMLElement>('[data-tab]')) b.addEventListener('click', () => select(b.dataset.tab!));
  select(first);
  return select;
}
