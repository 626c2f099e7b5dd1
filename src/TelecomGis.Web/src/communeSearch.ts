// The search box: type part of a commune's name, with or without marks, pick it, and the map zooms to it and opens its figures.
import type OlMap from 'ol/Map';
import { searchCommunes, type CommuneEntry } from './communeDirectory';

export function mountCommuneSearch(input: HTMLInputElement, list: HTMLElement, map: OlMap, onChosen: (commune: CommuneEntry) => void): void {
  let latest = 0;
  const choose = (c: CommuneEntry) => {
    list.replaceChildren();
    input.value = c.name;
    map.getView().fit(c.feature.getGeometry()!.getExtent(), { padding: [40, 40, 40, 40], duration: 300 });
    onChosen(c);
  };
  input.addEventListener('input', async () => {
    const ticket = ++latest;
    const hits = await searchCommunes(input.value);
    if (ticket !== latest) return;
    list.replaceChildren(...hits.map((c) => {
      const li = document.createElement('li');
      li.textContent = `${c.name} (${c.code})`;
      li.addEventListener('click', () => choose(c));
      return li;
    }));
  });
  input.addEventListener('keydown', async (e) => {
    if (e.key !== 'Enter') return;
    const [first] = await searchCommunes(input.value, 1);
    if (first) choose(first);
  });
}
