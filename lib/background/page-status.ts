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

/** Whether Kashif learns from pages of `host`: on by default; never where Kashif is off or the page has no site. */
export function learningOn(settings: Settings, host: string): boolean {
  return (
    !!host &&
    !settings.paused &&
    !settings.disabledSites.includes(host) &&
    settings.learning !== false &&
    !(settings.learningDisabledSites ?? []).includes(host)
  );
}

export function pageStatus(settings: Settings, url: string): PageStatus {
  const host = hostOf(url);
  const siteDisabled = settings.disabledSites.includes(host);
  return {
    learning: learningOn(settings, host),
    learningSiteDisabled: (settings.learningDisabledSites ?? []).includes(host),
    enabled: !settings.paused && !siteDisabled,
    paused: settings.paused,
    siteDisabled,
    host,
    cardLanguage: settings.cardLanguage ?? 'auto',
  };
}
