/**
 * What automatic clean view needs from the browser, derived from the settings alone (they are
 * the one source of truth): the content script registration, the host access to keep, and the
 * sites still waiting for access in this browser (access is per browser; the settings sync).
 */
import type { AutoCleanMode, Settings } from '../model';
import { ALL_SITES, grantsCover, sitePatterns } from './sites';

/** The detector script as built (`entrypoints/auto-clean.ts`, an unlisted script). */
export const DETECTOR_FILE = 'auto-clean.js';
/** Id of the one dynamic content script registration. */
export const DETECTOR_SCRIPT_ID = 'tidings-auto-clean';

/** A content script registration, in the shape `scripting.registerContentScripts` takes. */
export interface DetectorRegistration {
  id: string;
  js: string[];
  matches: string[];
  excludeMatches: string[];
  runAt: 'document_start';
  allFrames: false;
  persistAcrossSessions: true;
}

/** The automatic clean view that applies to `site` under `settings` (null: none). */
export function autoCleanMode(settings: Settings, site: string | null): AutoCleanMode | null {
  if (!site) return null;
  if (settings.autoCleanSites.includes(site)) return 'site';
  if (settings.autoCleanEverywhere && !settings.autoCleanStoppedSites.includes(site)) {
    return 'news';
  }
  return null;
}

/** Every host access the settings use (what is kept; any other optional grant is released). */
export function neededOrigins(settings: Settings): string[] {
  const sites = settings.autoCleanSites.flatMap(sitePatterns);
  return settings.autoCleanEverywhere ? [ALL_SITES, ...sites] : sites;
}

/** Chosen sites this browser has no access to yet (chosen in another browser, or revoked). */
export function sitesWaiting(settings: Settings, granted: readonly string[]): string[] {
  return settings.autoCleanSites.filter((site) => !grantsCover(granted, sitePatterns(site)));
}

/** "Every news article" is on but this browser has no access to all sites. */
export function everywhereWaiting(settings: Settings, granted: readonly string[]): boolean {
  return settings.autoCleanEverywhere && !grantsCover(granted, [ALL_SITES]);
}

/**
 * The detector's registration for these settings and grants, or null when it must run nowhere.
 * Only sites with access are registered: a site waiting for access gets nothing until granted.
 */
export function plannedRegistration(
  settings: Settings,
  granted: readonly string[],
): DetectorRegistration | null {
  const everywhere = settings.autoCleanEverywhere && grantsCover(granted, [ALL_SITES]);
  const matches = everywhere
    ? [ALL_SITES]
    : settings.autoCleanSites
        .map(sitePatterns)
        .filter((patterns) => grantsCover(granted, patterns))
        .flat();
  if (matches.length === 0) return null;
  return {
    id: DETECTOR_SCRIPT_ID,
    js: [DETECTOR_FILE],
    matches,
    excludeMatches: everywhere ? settings.autoCleanStoppedSites.flatMap(sitePatterns) : [],
    runAt: 'document_start',
    allFrames: false,
    persistAcrossSessions: true,
  };
}

/** True when a registration the browser reports is the planned one (no need to register again). */
export function sameRegistration(
  registered: {
    id: string;
    js?: string[];
    matches?: string[];
    excludeMatches?: string[];
    runAt?: string;
    allFrames?: boolean;
    persistAcrossSessions?: boolean;
  },
  planned: DetectorRegistration,
): boolean {
  const set = (list: readonly string[] | undefined) => [...(list ?? [])].sort().join('\n');
  // Browsers report the file with or without its leading slash.
  const files = (list: readonly string[] | undefined) =>
    (list ?? []).map((f) => f.replace(/^\//, ''));
  return (
    registered.id === planned.id &&
    set(files(registered.js)) === set(planned.js) &&
    set(registered.matches) === set(planned.matches) &&
    set(registered.excludeMatches) === set(planned.excludeMatches) &&
    (registered.runAt ?? 'document_idle') === planned.runAt &&
    (registered.allFrames ?? false) === planned.allFrames &&
    (registered.persistAcrossSessions ?? true) === planned.persistAcrossSessions
  );
}
