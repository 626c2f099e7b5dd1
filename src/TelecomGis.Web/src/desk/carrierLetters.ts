// A carrier's own dossier in its list: the reply letter to download once it is there (issued; on a server without the desk,
// once the dossier is decided), as PDF or .docx. Clicking a button downloads; it does not also open the dossier's row.
import { t } from '../i18n';
import { ApiError } from '../api';
import { getLetter, type LetterFormat } from './deskApi';
import { saveFile } from './fileSave';
import type { Dossier } from './dossier';
import { hasLetter } from './dossierStatus';

export function letterCell(dossier: Dossier): HTMLTableCellElement {
  const cell = document.createElement('td');
  cell.className = 'dossier-letter';
  if (!hasLetter(dossier)) { cell.textContent = '—'; return cell; }
  const latest = dossier.letters?.at(-1);
  if (latest) cell.title = `${t('desk.letterNo')} ${latest.number}`;
  for (const format of ['pdf', 'docx'] as LetterFormat[]) {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'carrier-letter';
    button.dataset.format = format;
    button.textContent = format === 'pdf' ? 'PDF' : 'DOCX';
    button.addEventListener('click', async (event) => {
      event.stopPropagation();
      try {
        saveFile(await getLetter(dossier.id, format));
      } catch (e) {
        cell.title = e instanceof ApiError ? e.message : String(e);
      }
    });
    cell.append(button, ' ');
  }
  return cell;
}
