import type { PageStatus } from '../messages/protocol';
import type { Settings } from '../db/database';

/** The host a per-site switch applies to; pages without one (file:, data:) have the empty host. */
export function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

export function pageStatus(settings: Settings, url: string): PageStatus {
  const host = hostOf(url);
  const siteDisabled = settings.disabledSites.includes(host);
  return {
    enabled: !settings.paused && !siteDisabled,
    paused: settings.paused,
    siteDisabled,
    host,
    cardLanguage: settings.cardLanguage ?? 'auto',
  };
}
