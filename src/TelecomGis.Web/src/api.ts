// Calls to the TelecomGis API with the session's key and the map's language (the server writes messages in both; Accept-Language picks the first).
import { apiKey } from './session';
import { language } from './i18n';

export class ApiError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
  }
}

export function authHeaders(): Record<string, string> {
  const key = apiKey();
  const headers: Record<string, string> = { 'Accept-Language': language() === 'en' ? 'en' : 'vi' };
  if (key) headers.Authorization = `Bearer ${key}`;
  return headers;
}

export async function getJson<T>(path: string): Promise<T> {
  return answer<T>(await fetch(path, { headers: authHeaders() }));
}

/** One page of a paged listing: its items, the total (X-Total-Count) and the next page's address (Link rel="next", RFC 8288). */
export interface Page<T> { items: T[]; total: number; next: string | null }

export async function getPage<T>(path: string): Promise<Page<T>> {
  const response = await fetch(path, { headers: authHeaders() });
  const items = await answer<T[]>(response);
  const next = /<([^>]*)>\s*;\s*rel="next"/.exec(response.headers.get('Link') ?? '')?.[1] ?? null;
  return { items, total: Number(response.headers.get('X-Total-Count') ?? items.length), next };
}

export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return answer<T>(await fetch(path, { method: 'POST', headers: { ...authHeaders(), 'Content-Type': 'application/json' }, body: JSON.stringify(body) }));
}

/** An RFC 9457 problem becomes an ApiError with its title and the first field error, if any. */
async function answer<T>(response: Response): Promise<T> {
  if (response.ok) return (await response.json()) as T;
  let message = `${response.status} ${response.statusText}`;
  try {
    const problem = (await response.json()) as { title?: string; detail?: string; errors?: Record<string, string[]> };
    const first = problem.errors ? Object.values(problem.errors)[0]?.[0] : undefined;
    message = first ?? problem.detail ?? problem.title ?? message;
  } catch {
    // Not a problem document (a 401 has no body): the status line says it.
  }
  throw new ApiError(response.status, message);
}
