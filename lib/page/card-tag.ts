/** The hover card's element name: the card is drawn by card.ts, and the walk and the change watcher skip it. */
export const CARD_TAG = 'kashif-card';
