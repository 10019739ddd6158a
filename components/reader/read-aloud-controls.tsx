import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import {
  localVoice,
  ReadAloud,
  sentencesOf,
  type ReadAloudState,
  type SpeechLike,
} from '@/utils/reader/read-aloud';

export interface ReadAloudControlsProps {
  /** The browser's speech synthesis; undefined where there is none. */
  speech: SpeechLike | undefined;
  /** The article's body, read sentence by sentence. */
  body: RefObject<HTMLElement | null>;
  lang: string | null;
  /** Changes when the body's content changes (restored blocks): reading starts over. */
  contentKey: string;
}

const RATES = [0.75, 1, 1.25, 1.5, 2];
const HIGHLIGHT = 'tidings-reading';

interface HighlightRegistry {
  set(name: string, highlight: unknown): void;
  delete(name: string): void;
}

/** The CSS Custom Highlight API where the browser has it (it paints without touching the DOM). */
function highlights(): { registry: HighlightRegistry; make: (r: Range) => unknown } | null {
  const css = (globalThis as { CSS?: { highlights?: HighlightRegistry } }).CSS;
  const Highlight = (globalThis as { Highlight?: new (...r: Range[]) => unknown }).Highlight;
  return css?.highlights && Highlight
    ? { registry: css.highlights, make: (r) => new Highlight(r) }
    : null;
}

function SpeakerIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 6h3l4-3v10L5 10H2z" fill="currentColor" />
      <path
        d="M11 5.5a3.5 3.5 0 0 1 0 5M12.6 3.5a6 6 0 0 1 0 9"
        fill="none"
        stroke="currentColor"
        stroke-width="1.4"
        stroke-linecap="round"
      />
    </svg>
  );
}

/**
 * Read aloud: play, pause, stop and speed, with the sentence being read highlighted and kept in
 * view. Only on-device voices; where there is none for the article's language it says so.
 */
export function ReadAloudControls({ speech, body, lang, contentKey }: ReadAloudControlsProps) {
  const [state, setState] = useState<ReadAloudState>('idle');
  const [rate, setRate] = useState(1);
  const [voice, setVoice] = useState<SpeechSynthesisVoice | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const reader = useRef<ReadAloud | null>(null);

  useEffect(() => {
    if (!speech) return;
    const pick = () => setVoice(localVoice(speech.getVoices(), lang));
    pick();
    speech.addEventListener?.('voiceschanged', pick);
    return () => speech.removeEventListener?.('voiceschanged', pick);
  }, [speech, lang]);

  // A new text (a block put back) or leaving the reader: stop, and take the highlight away.
  useEffect(
    () => () => {
      reader.current?.stop();
      reader.current = null;
      highlights()?.registry.delete(HIGHLIGHT);
    },
    [contentKey, speech],
  );

  const start = () => {
    const root = body.current;
    if (!speech || !voice || !root) {
      setNotice(speech ? i18n.t('readAloud.noVoice') : i18n.t('readAloud.unavailable'));
      return;
    }
    setNotice(null);
    const sentences = sentencesOf(root, lang);
    const paint = highlights();
    reader.current = new ReadAloud({
      speech,
      sentences,
      voice,
      rate,
      onState: setState,
      onSentence: (index) => {
        const sentence = index === null ? null : sentences[index];
        if (!sentence) {
          paint?.registry.delete(HIGHLIGHT);
          return;
        }
        paint?.registry.set(HIGHLIGHT, paint.make(sentence.range));
        const box = sentence.range.getBoundingClientRect();
        if (box.top < 80 || box.bottom > window.innerHeight - 40) {
          sentence.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        }
      },
    });
    reader.current.play(0);
  };

  const label = (text: string) => <span class="tr-label">{text}</span>;
  return (
    <span class="tr-read-aloud">
      {state === 'idle' ? (
        <button
          type="button"
          class={!speech || !voice ? 'tr-button is-unavailable' : 'tr-button'}
          title={i18n.t('readAloud.play')}
          onClick={start}
        >
          <SpeakerIcon />
          {label(i18n.t('readAloud.play'))}
        </button>
      ) : (
        <>
          <button
            type="button"
            class="tr-button"
            aria-pressed={state === 'playing'}
            onClick={() =>
              state === 'playing' ? reader.current?.pause() : reader.current?.resume()
            }
          >
            {state === 'playing' ? i18n.t('readAloud.pause') : i18n.t('readAloud.resume')}
          </button>
          <button type="button" class="tr-button" onClick={() => reader.current?.stop()}>
            {i18n.t('readAloud.stop')}
          </button>
          <select
            class="tr-select"
            aria-label={i18n.t('readAloud.speed')}
            value={String(rate)}
            onChange={(e) => {
              const next = Number(e.currentTarget.value);
              setRate(next);
              reader.current?.setRate(next);
            }}
          >
            {RATES.map((r) => (
              <option key={r} value={String(r)}>
                {`${r}×`}
              </option>
            ))}
          </select>
        </>
      )}
      {notice && (
        <span class="tr-notice" role="status">
          {notice}
        </span>
      )}
    </span>
  );
}
