// How every desk form sends: checks its fields first (a message in the map's language, no request), shows that it is working,
// then either "recorded" and the caller's refresh, or the server's own message (RFC 9457 problems come in the caller's
// language). The form's data-state (idle, busy, done, failed) is what the end-to-end tests wait for.
import { ApiError } from '../api';
import { t } from '../i18n';

export function mountDeskForm(form: HTMLFormElement, send: (data: FormData) => string | Promise<unknown>, done: () => void | Promise<void>): void {
  let message = form.querySelector<HTMLElement>('.form-message');
  if (!message) {
    message = document.createElement('p');
    message.className = 'form-message';
    message.setAttribute('aria-live', 'polite');
    form.append(message);
  }
  const say = (state: string, text: string) => {
    form.dataset.state = state;
    message!.textContent = text;
    message!.classList.toggle('error', state === 'failed');
  };
  form.dataset.state = 'idle';
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (form.dataset.state === 'busy') return;
    const sent = send(new FormData(form));
    if (typeof sent === 'string') { say('failed', sent); return; }
    say('busy', t('desk.busy'));
    try {
      await sent;
      say('done', t('desk.saved'));
      await done();
    } catch (e) {
      say('failed', e instanceof ApiError ? e.message : String(e));
    }
  });
}

/** A reason as the API wants it: written out, at least five characters. */
export function hasReason(text: FormDataEntryValue | null): boolean {
  return typeof text === 'string' && text.trim().length >= 5;
}

export function text(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value.trim() : '';
}
