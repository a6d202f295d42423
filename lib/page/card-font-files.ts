/**
 * The card's font files in the built extension: wxt.config.ts copies them there and lists them as the only
 * web_accessible_resources; lib/page/card-font.ts loads them. Kept apart so that the config needs no browser API.
 */
export const CARD_FONT_FILES = { 400: 'fonts/naskh-400.woff2', 700: 'fonts/naskh-700.woff2' } as const;
