import { useEffect, useState } from 'preact/hooks';
import { getEntry } from '@/utils/library/db';
import type { LibraryEntry } from '@/utils/model';

type ReaderModule = typeof import('@/components/library/library-reader');

function readRoute(): string | null {
  const m = /^#read\/(.+)$/.exec(location.hash);
  if (!m?.[1]) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null; // a malformed address opens nothing (and never throws)
  }
}

/** Open an article of the library for reading offline (`#read/<url>`). */
export function openOffline(url: string): void {
  location.hash = `#read/${encodeURIComponent(url)}`;
}

/** Back to the list. */
export function closeOffline(): void {
  location.hash = '';
}

/**
 * The offline copy the address asks for (`#read/<url>`): its complete entry and the reader's code,
 * which is split off (the library's first screen does not need it).
 */
export function useOfflineReader(onMissing: () => void) {
  const [route, setRoute] = useState<string | null>(readRoute);
  const [opened, setOpened] = useState<LibraryEntry | null>(null);
  const [readerModule, setReaderModule] = useState<ReaderModule | null>(null);

  useEffect(() => {
    const onHash = () => setRoute(readRoute());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  useEffect(() => {
    if (!route) {
      setOpened(null);
      return;
    }
    void getEntry(route).then((entry) => {
      if (entry) setOpened(entry);
      else {
        onMissing();
        closeOffline();
      }
    });
  }, [route, onMissing]);
  useEffect(() => {
    if (route && !readerModule) {
      void import('@/components/library/library-reader').then((m) => setReaderModule(m));
    }
  }, [route, readerModule]);

  return { opened, setOpened, readerModule };
}
