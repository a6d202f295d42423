import arabic from '../../public/_locales/ar/messages.json';
import english from '../../public/_locales/en/messages.json';

/**
 * The interface's words in a language the caller chooses, from the same public/_locales the browser uses. The hover
 * card needs this: on an Arabic page it speaks Arabic even when the browser's interface is English, which
 * `browser.i18n` cannot do (it answers in the interface language only; see lib/ui/i18n for the pages' words).
 */
export type Language = 'ar' | 'en';
export type WordKey = keyof typeof english;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
type Messages = Partial<Record<string, Message>>;

const MESSAGES: Record<Language, Messages> = { ar: arabic, en: english };

export interface Words {
  lang: Language;
  dir: 'rtl' | 'ltr';
  /** the message of `key`, its $1…$9 (and named placeholders) filled from `substitutions` */
  text(key: WordKey, ...substitutions: (string | number)[]): string;
  /**
   * a counted phrase: «ورد في مقالين», «3 مقالات», «11 مقالًا». Arabic has six plural forms, so each form is its own
   * message, `${base}_${category}` with the categories of Intl.PluralRules; a form a language lacks falls back to
   * `${base}_other`.
   */
  count(base: string, n: number): string;
}

export function languageOf(tag: string): Language {
  return tag.toLowerCase().startsWith('ar') ? 'ar' : 'en';
}

export function wordsFor(language: Language): Words {
  const messages = MESSAGES[language];
  const rules = new Intl.PluralRules(language);
  const text = (key: string, ...substitutions: (string | number)[]) => {
    const message = messages[key] ?? MESSAGES.en[key];
    return message ? fill(message, substitutions.map(String)) : key;
  };
  return {
    lang: language,
    dir: language === 'ar' ? 'rtl' : 'ltr',
    text,
    count(base, n) {
      const form = `${base}_${rules.select(n)}`;
      return text(messages[form] || MESSAGES.en[form] ? form : `${base}_other`, n);
    },
  };
}

/** Chrome's substitution: named $NAME$ placeholders to their content, then $1…$9 to the substitutions, $$ to $. */
function fill({ message, placeholders = {} }: Message, substitutions: string[]): string {
  const named = Object.fromEntries(Object.entries(placeholders).map(([name, p]) => [name.toLowerCase(), p.content]));
  const withContent = message.replace(
    /\$([a-z0-9_@]+)\$/gi,
    (whole, name: string) => named[name.toLowerCase()] ?? whole,
  );
  return withContent.replace(/\$(\$|[1-9])/g, (_, d: string) =>
    d === '$' ? '$' : (substitutions[Number(d) - 1] ?? ''),
  );
}
