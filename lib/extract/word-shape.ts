/**
 * What a word's letters say of it, whatever the lists know. Arabic words and names are written with sounds that the
 * transliteration of foreign names does not use (ح ع ص ض ط ظ ذ ث ق): «امتنع», «تخصيص», «عفوا» sound Arabic, «لافروف»,
 * «تبون», «ناتنياهو» do not. The same sounds mark the Arabic names of scripts/build-lexicon.ts.
 */

const ARABIC_SOUNDS = /[حعصضطظذثق]/u;

/** Whether a normalized word holds a sound only Arabic words are written with. */
export const soundsArabic = (norm: string): boolean => ARABIC_SOUNDS.test(norm);
