import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ReaderSettings, Settings, SettingsChange } from '@/utils/model';
import { updateSettings, watchSettings } from '@/utils/storage';

/** The settings (followed when another context changes them) and the system's colour scheme. */
export function useSettings(initial: Promise<Settings>) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [prefersDark, setPrefersDark] = useState(
    () => window.matchMedia('(prefers-color-scheme: dark)').matches,
  );
  useEffect(() => {
    void initial.then(setSettings, () => undefined);
    const unwatch = watchSettings(setSettings);
    const media = window.matchMedia('(prefers-color-scheme: dark)');
    const onMedia = () => setPrefersDark(media.matches);
    media.addEventListener('change', onMedia);
    return () => {
      unwatch();
      media.removeEventListener('change', onMedia);
    };
  }, [initial]);

  const change = useCallback(
    async (c: Omit<SettingsChange, 'reader'>) => setSettings(await updateSettings(c)),
    [],
  );
  const changeReader = useCallback(
    async (c: Partial<ReaderSettings>) => setSettings(await updateSettings({ reader: c })),
    [],
  );
  return { settings, prefersDark, change, changeReader };
}
