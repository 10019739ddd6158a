import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { AutoCleanSitesProps } from '@/components/library/auto-clean-sites';
import { everywhereWaiting, sitesWaiting } from '@/utils/auto-clean/registration';
import { ALL_SITES, siteOf, sitePatterns } from '@/utils/auto-clean/sites';
import {
  autoCleanSupported,
  grantedOrigins,
  requestOrigins,
  watchGrants,
} from '@/utils/host-access';
import type { Settings } from '@/utils/model';
import { setSiteChoice, updateSettings } from '@/utils/storage';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The settings page's automatic clean view: the chosen sites with this browser's access to
 * each (followed while the page is open), and the actions. Access is asked in the click itself
 * (the browser's prompt needs it); giving access back and the content script registration are
 * the worker's, following the settings.
 */
export function useAutoCleanSites(settings: Settings | null): AutoCleanSitesProps | null {
  const [granted, setGranted] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [refused, setRefused] = useState<AutoCleanSitesProps['refused']>(null);
  const unsupported = !autoCleanSupported();

  useEffect(() => {
    if (unsupported) return;
    const read = () => void grantedOrigins().then(setGranted, () => setGranted([]));
    read();
    return watchGrants(read);
  }, [unsupported]);

  const fail = useCallback((error: unknown) => {
    setBusy(false);
    setMessage(errorText(error));
  }, []);
  const clear = () => {
    setMessage(null);
    setRefused(null);
  };

  const onEverywhereChange = useCallback(
    (on: boolean) => {
      clear();
      if (!on) {
        updateSettings({ autoCleanEverywhere: false }).catch(fail);
        return;
      }
      setBusy(true);
      // The prompt needs the click: asked now, with the setting written beside it.
      const asked = requestOrigins([ALL_SITES]);
      const saved = updateSettings({ autoCleanEverywhere: true });
      Promise.all([asked, saved]).then(([ok]) => {
        setBusy(false);
        if (ok) return;
        setRefused('everywhere');
        return updateSettings({ autoCleanEverywhere: false });
      }, fail);
    },
    [fail],
  );

  const waitingSites = useMemo(
    () => (settings ? sitesWaiting(settings, granted) : []),
    [settings, granted],
  );
  const allWaiting = settings ? everywhereWaiting(settings, granted) : false;

  const onAllowWaiting = useCallback(() => {
    clear();
    const origins = [...waitingSites.flatMap(sitePatterns), ...(allWaiting ? [ALL_SITES] : [])];
    requestOrigins(origins).then((ok) => {
      if (!ok) setRefused('waiting');
    }, fail);
  }, [waitingSites, allWaiting, fail]);

  const remove = useCallback(
    (site: string) => {
      clear();
      setSiteChoice(site, null).catch(fail);
    },
    [fail],
  );

  const onAddSite = useCallback(
    (input: string) => {
      clear();
      const text = input.trim();
      const site = siteOf(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}/`);
      if (!site || !site.includes('.')) return false;
      // The prompt needs the click: asked now, with the choice written beside it.
      setBusy(true);
      const asked = requestOrigins(sitePatterns(site));
      const saved = setSiteChoice(site, 'on');
      Promise.all([asked, saved]).then(([ok]) => {
        setBusy(false);
        if (!ok) setRefused('waiting');
      }, fail);
      return true;
    },
    [fail],
  );

  // One object per change, so the memoised section skips the page's other renders.
  return useMemo(
    () =>
      settings && {
        sites: settings.autoCleanSites.map((site) => ({
          site,
          waiting: !unsupported && waitingSites.includes(site),
        })),
        stopped: settings.autoCleanStoppedSites,
        everywhere: settings.autoCleanEverywhere,
        everywhereWaiting: !unsupported && allWaiting,
        unsupported,
        busy,
        refused,
        message,
        onEverywhereChange,
        onRemoveSite: remove,
        onRemoveStopped: remove,
        onAllowWaiting,
        onAddSite,
      },
    [
      settings,
      waitingSites,
      allWaiting,
      unsupported,
      busy,
      message,
      onEverywhereChange,
      remove,
      onAllowWaiting,
      onAddSite,
    ],
  );
}
