import { useCallback, useEffect, useState } from 'preact/hooks';
import type { AutoCleanSwitchProps } from '@/components/popup/auto-clean-switch';
import { sitePatterns, siteOf, grantsCover } from '@/utils/auto-clean/sites';
import {
  autoCleanSupported,
  grantedOrigins,
  requestOrigins,
  watchGrants,
} from '@/utils/host-access';
import type { Settings } from '@/utils/model';
import { getSettings, setSiteChoice, watchSettings } from '@/utils/storage';

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The per-site automatic clean view switch of the popup: the site's setting and this browser's
 * access to it, both followed while the popup is open. Turning it on writes the setting and asks
 * for the site's access in the same click (the prompt needs the click; the setting is written
 * first, so it holds even when Firefox closes the popup for its prompt). The worker registers the
 * detector once both are there.
 */
export function useAutoClean(url: string | null): Omit<AutoCleanSwitchProps, 'site'> & {
  site: string | null;
} {
  const site = siteOf(url ?? undefined);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [granted, setGranted] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [refused, setRefused] = useState(false);
  const unsupported = !autoCleanSupported();

  useEffect(() => {
    const readGrants = () => void grantedOrigins().then(setGranted, () => setGranted([]));
    void getSettings().then(setSettings);
    readGrants();
    const unwatch = watchSettings((next) => setSettings(next));
    const unwatchGrants = unsupported ? () => undefined : watchGrants(readGrants);
    return () => {
      unwatch();
      unwatchGrants();
    };
  }, [unsupported]);

  const on = site !== null && (settings?.autoCleanSites.includes(site) ?? false);

  const onChange = useCallback(
    (wantOn: boolean) => {
      if (!site) return;
      setError(null);
      setRefused(false);
      if (!wantOn) {
        setSiteChoice(site, null).catch((e: unknown) => setError(errorText(e)));
        return;
      }
      setBusy(true);
      // Both calls start in the click itself: the write first, then the browser's prompt.
      const saved = setSiteChoice(site, 'on');
      const asked = requestOrigins(sitePatterns(site));
      Promise.all([saved, asked]).then(
        ([, ok]) => {
          setBusy(false);
          if (ok) return;
          setRefused(true);
          return setSiteChoice(site, null);
        },
        (e: unknown) => {
          setBusy(false);
          setError(errorText(e));
        },
      );
    },
    [site],
  );

  const onAllow = useCallback(() => {
    if (!site) return;
    setError(null);
    setRefused(false);
    requestOrigins(sitePatterns(site)).then(
      (ok) => setRefused(!ok),
      (e: unknown) => setError(errorText(e)),
    );
  }, [site]);

  return {
    site,
    on,
    waiting: on && !grantsCover(granted, sitePatterns(site)),
    everywhere: settings?.autoCleanEverywhere ?? false,
    unsupported,
    busy: busy || settings === null,
    error,
    refused,
    onChange,
    onAllow,
  };
}
