// The map speaks Vietnamese by default and English on request. Texts live in one dictionary, NFC-normalised on load so a
// Vietnamese string typed in decomposed form compares and renders like the server's (which writes NFC).
import { vi, en, type Texts } from './texts';

export type Language = 'vi' | 'en';
export type TextKey = keyof Texts;

const dictionaries: Record<Language, Texts> = { vi, en };
let current: Language = (localStorage.getItem('telecomgis.language') as Language | null) ?? 'vi';
const listeners: Array<() => void> = [];

export function language(): Language {
  return current;
}

/** A key missing from the dictionary shows as itself: visible in review, never a blank or a crash. */
export function t(key: TextKey): string {
  return (dictionaries[current][key] ?? key).normalize('NFC');
}

export function setLanguage(next: Language): void {
  current = next;
  localStorage.setItem('telecomgis.language', next);
  document.documentElement.lang = next;
  translatePage();
  for (const listener of listeners) listener();
}

export function onLanguageChange(listener: () => void): void {
  listeners.push(listener);
}

/** Elements marked data-i18n="key" get the text; data-i18n-placeholder / data-i18n-title set those attributes. */
export function translatePage(root: ParentNode = document): void {
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n]')) el.textContent = t(el.dataset.i18n as TextKey);
  for (const el of root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]')) el.placeholder = t(el.dataset.i18nPlaceholder as TextKey);
  for (const el of root.querySelectorAll<HTMLElement>('[data-i18n-title]')) el.title = t(el.dataset.i18nTitle as TextKey);
}
