// What a refused desk request says to the reader, in the map's language. The API's problems (RFC 9457) carry field errors in the
// caller's language, an English title, and for a refusal of state (404, 409) a detail that, where there is one, is written in
// Vietnamese for the carrier. So: the field error first; then, in Vietnamese, the detail, else a sentence of our own by status
// (never the English title); in English, the title.
import { ApiError } from '../api';
import { language, t } from '../i18n';

export async function problemError(response: Response): Promise<ApiError> {
  let problem: { title?: string; detail?: string; errors?: Record<string, string[]> } = {};
  try {
    problem = (await response.json()) as typeof problem;
  } catch {
    // No problem document (a 401 has no body): the sentence by status says it.
  }
  const field = problem.errors ? Object.values(problem.errors)[0]?.[0] : undefined;
  const english = language() === 'en';
  const message = field ?? (english ? problem.title : problem.detail) ?? byStatus(response.status);
  return new ApiError(response.status, message);
}

function byStatus(status: number): string {
  if (status === 401 || status === 403) return t('desk.problem.forbidden');
  if (status === 404) return t('desk.problem.notFound');
  if (status === 409) return t('desk.problem.conflict');
  return `${t('desk.problem.other')} (${status})`;
}
