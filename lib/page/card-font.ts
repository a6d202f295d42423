import { browser } from 'wxt/browser';
import { CARD_FONT_FILES } from './card-font-files';

/**
 * The card's Arabic face: the bundled Noto Naskh Arabic, from the extension's own files (never the network).
 * An @font-face inside the card's shadow root is ignored by browsers, so the faces join the page's document.fonts,
 * under a family name of Kashif's own that no page's CSS uses. A face in the set loads only once text needs it.
 */
export const CARD_FONT_FAMILY = 'Kashif Naskh';

/** Naskh's letters run small beside system-ui's Latin; the same as the popup's @font-face */
const CARD_FONT_SIZE_ADJUST = '115%';

let added = false;

export function addCardFont(fonts: FontFaceSet = document.fonts): void {
  if (added) return;
  added = true;
  for (const [weight, file] of Object.entries(CARD_FONT_FILES)) {
    // getURL's typing only knows the public/ files; these are copied in by the build
    const url = (browser.runtime.getURL as (path: string) => string)(`/${file}`);
    // sizeAdjust is in both browsers' FontFace, not yet in TypeScript's DOM types
    const descriptors: FontFaceDescriptors & { sizeAdjust: string } = {
      weight,
      display: 'swap',
      sizeAdjust: CARD_FONT_SIZE_ADJUST,
    };
    fonts.add(new FontFace(CARD_FONT_FAMILY, `url("${url}") format("woff2")`, descriptors));
  }
}
