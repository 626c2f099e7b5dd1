// The header's sign-in: paste an API key, see who you are, sign out.
import { t, onLanguageChange } from './i18n';
import { currentUser, onSessionChange, signIn, signOut } from './session';

export function mountSignInForm(form: HTMLFormElement): void {
  const who = form.querySelector<HTMLElement>('.who')!;
  const key = form.elements.namedItem('key') as HTMLInputElement;
  const render = () => {
    const user = currentUser();
    form.dataset.signedIn = String(user !== null);
    document.body.dataset.role = user?.role ?? 'anonymous';
    who.textContent = user ? `${user.user_id} · ${t(`role.${user.role}`)}${user.carrier ? ` · ${user.carrier}` : ''}` : '';
  };
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const user = await signIn(key.value.trim());
    if (!user) { who.textContent = t('signin.failed'); return; }
    key.value = '';
  });
  form.querySelector('.signout-button')!.addEventListener('click', () => signOut());
  onSessionChange(render);
  onLanguageChange(render);
  render();
}
