/** The card's words, in the reader's interface language: Arabic first, English otherwise. */
export interface CardLabels {
  dir: 'rtl' | 'ltr';
  person: string;
  org: string;
  roles: string;
  aliases: string;
  mentionedIn: (articles: number) => string;
  mentionedWith: string;
  note: string;
}

const ARABIC: CardLabels = {
  dir: 'rtl',
  person: 'شخصية',
  org: 'هيئة',
  roles: 'الصفة',
  aliases: 'أسماء أخرى',
  mentionedIn: (n) => (n === 1 ? 'ورد في مقال واحد' : n === 2 ? 'ورد في مقالين' : n <= 10 ? `ورد في ${n} مقالات` : `ورد في ${n} مقالًا`),
  mentionedWith: 'يُذكر مع',
  note: 'ملاحظتك',
};

const ENGLISH: CardLabels = {
  dir: 'ltr',
  person: 'Person',
  org: 'Organization',
  roles: 'Role',
  aliases: 'Also written',
  mentionedIn: (n) => `Mentioned in ${n} article${n === 1 ? '' : 's'}`,
  mentionedWith: 'Mentioned with',
  note: 'Your note',
};

export function cardLabels(language: string): CardLabels {
  return language.toLowerCase().startsWith('ar') ? ARABIC : ENGLISH;
}
