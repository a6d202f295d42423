import { browser } from 'wxt/browser';
import { languageOf, wordsFor, type Words } from './words';

/**
 * The interface's words, from public/_locales (Arabic and English; the browser picks by its language). A key
 * that is missing shows as itself, so a gap is visible rather than blank.
 */
export type MessageKey = Parameters<typeof browser.i18n.getMessage>[0];

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
  return browser.i18n.getMessage(key, substitutions.map(String)) || key;
}

/** Sets the page's language and direction from the interface locale: right-to-left for Arabic. */
export function applyLocale(doc: Document = document): void {
  const lang = browser.i18n.getUILanguage().toLowerCase().startsWith('ar') ? 'ar' : 'en';
  doc.documentElement.lang = lang;
  doc.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
}

/** The words of lib/ui/words in the interface language, for what the pages share with the card (lib/ui/entity-facts). */
export function uiWords(): Words {
  return wordsFor(languageOf(browser.i18n.getUILanguage()));
}
