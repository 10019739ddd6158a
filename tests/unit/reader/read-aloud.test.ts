// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  localVoice,
  ReadAloud,
  sentencesOf,
  type ReadAloudState,
  type SpeechLike,
} from '../../../utils/reader/read-aloud';

function body(html: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = html; // test DOM only
  document.body.append(div);
  return div;
}

const voice = (lang: string, localService: boolean, name = lang) =>
  ({ lang, localService, name, default: false, voiceURI: name }) as SpeechSynthesisVoice;

/** A speech synthesis that "speaks" when told to: start, then end, of the current utterance. */
class FakeSpeech implements SpeechLike {
  queue: SpeechSynthesisUtterance[] = [];
  log: string[] = [];
  speak(u: SpeechSynthesisUtterance) {
    this.queue.push(u);
    this.log.push(`speak ${u.text} @${u.rate}`);
  }
  cancel() {
    this.queue = [];
    this.log.push('cancel');
  }
  pause() {
    this.log.push('pause');
  }
  resume() {
    this.log.push('resume');
  }
  getVoices() {
    return [];
  }
  /** The current utterance starts and ends. */
  finish() {
    const u = this.queue.shift();
    u?.onstart?.({} as SpeechSynthesisEvent);
    u?.onend?.({} as SpeechSynthesisEvent);
  }
}

const utterance = (text: string) => ({ text }) as SpeechSynthesisUtterance;

describe('sentencesOf', () => {
  it('splits each block into sentences with their ranges, markup and hidden blocks aside', () => {
    const root = body(
      '<p>First <b>sentence</b> here. Second one!</p>' +
        '<div data-tidings-removed="r1" hidden><p>Sponsored text.</p></div>' +
        '<ul><li><p>In a list.</p></li></ul><h2>A heading</h2><p>   </p>',
    );
    const sentences = sentencesOf(root, 'en');
    expect(sentences.map((s) => s.text)).toEqual([
      'First sentence here.',
      'Second one!',
      'In a list.',
      'A heading',
    ]);
    // The range covers exactly the sentence, across the <b>.
    expect(sentences[0]?.range.toString()).toBe('First sentence here.');
    expect(sentences[1]?.range.toString()).toBe('Second one!');
  });
});

describe('localVoice', () => {
  it('takes an on-device voice for the language, never a network one', () => {
    const voices = [
      voice('en-US', false, 'Network'),
      voice('en-GB', true, 'Local'),
      voice('fr-FR', true),
    ];
    expect(localVoice(voices, 'en-US')?.name).toBe('Local');
    expect(localVoice(voices, 'fr')?.lang).toBe('fr-FR');
    expect(localVoice([voice('de-DE', false)], 'de')).toBeNull();
  });
});

describe('ReadAloud', () => {
  function setup() {
    const speech = new FakeSpeech();
    const root = body('<p>One. Two. Three.</p>');
    const read: Array<number | null> = [];
    const states: ReadAloudState[] = [];
    const reader = new ReadAloud({
      speech,
      sentences: sentencesOf(root, 'en'),
      voice: voice('en-US', true),
      rate: 1,
      onSentence: (i) => read.push(i),
      onState: (s) => states.push(s),
      utterance,
    });
    return { speech, reader, read, states };
  }

  it('reads sentence after sentence, highlighting each, then ends', () => {
    const { speech, reader, read, states } = setup();
    reader.play(0);
    speech.finish();
    speech.finish();
    speech.finish();
    expect(read).toEqual([0, 1, 2, null]);
    expect(states).toEqual(['playing', 'idle']);
    expect(speech.log.filter((l) => l.startsWith('speak'))).toEqual([
      'speak One. @1',
      'speak Two. @1',
      'speak Three. @1',
    ]);
  });

  it('pauses, resumes, changes speed from the next sentence, and stops', () => {
    const { speech, reader, read, states } = setup();
    reader.play(0);
    reader.pause();
    reader.resume();
    reader.setRate(1.5);
    speech.finish();
    expect(speech.log).toContain('speak Two. @1.5');
    reader.stop();
    speech.finish(); // a cancelled utterance's events change nothing
    expect(read).toEqual([0, null]);
    expect(states).toEqual(['playing', 'paused', 'playing', 'idle']);
    expect(reader.current).toBe('idle');
  });
});
