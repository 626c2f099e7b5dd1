// Who is using the map: an API key (the service's only credential, issued by an admin or printed as a demo key on first run),
// kept for the browser session only, and the user it belongs to (/api/auth/me).
export interface User {
  user_id: string;
  role: 'carrier' | 'appraiser' | 'planner' | 'admin';
  carrier?: string;
}

const storageKey = 'telecomgis.apiKey';
let user: User | null = null;
const listeners: Array<(user: User | null) => void> = [];

export function apiKey(): string | null {
  return sessionStorage.getItem(storageKey);
}

export function currentUser(): User | null {
  return user;
}

export function onSessionChange(listener: (user: User | null) => void): void {
  listeners.push(listener);
}

/** Checks the key with the server; a key the server refuses is not kept. */
export async function signIn(key: string): Promise<User | null> {
  const response = await fetch('/api/auth/me', { headers: { Authorization: `Bearer ${key}` } });
  if (!response.ok) return null;
  sessionStorage.setItem(storageKey, key);
  user = (await response.json()) as User;
  for (const listener of listeners) listener(user);
  return user;
}

export function signOut(): void {
  sessionStorage.removeItem(storageKey);
  user = null;
  for (const listener of listeners) listener(null);
}

/** A page reload keeps the session: the stored key is checked again. */
export async function resumeSession(): Promise<void> {
  const key = apiKey();
  if (key && !(await signIn(key))) signOut();
}
