/**
 * Read aloud with the browser's own speech synthesis, on-device voices only (a voice that is not
 * `localService` sends the text to a server: never used). The article is read sentence by
 * sentence; the sentence being read is highlighted and kept in view.
 */

/** The part of `SpeechSynthesis` used here (a fake in tests). */
export interface SpeechLike {
  speak(utterance: SpeechSynthesisUtterance): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): SpeechSynthesisVoice[];
  addEventListener?(type: 'voiceschanged', listener: () => void): void;
  removeEventListener?(type: 'voiceschanged', listener: () => void): void;
}

/** One sentence of the article and where it stands in the DOM. */
export interface SpokenSentence {
  text: string;
  range: Range;
}

/** Blocks read as units: a sentence never runs from one into the next. */
const BLOCKS = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt, td, th, pre';

/** Text nodes of a block that a reader sees (not inside hidden or removed placeholders). */
function visibleTextNodes(block: Element): Text[] {
  const out: Text[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest('[hidden], script, style, noscript, template')) continue;
    if (node.nodeValue) out.push(node as Text);
  }
  return out;
}

/** The position in `nodes` of the character at `offset` of their joined text. */
function locate(nodes: Text[], offset: number): { node: Text; offset: number } {
  let rest = offset;
  for (const node of nodes) {
    const length = node.nodeValue?.length ?? 0;
    if (rest <= length) return { node, offset: rest };
    rest -= length;
  }
  const last = nodes[nodes.length - 1]!;
  return { node: last, offset: last.nodeValue?.length ?? 0 };
}

/**
 * The article's sentences in reading order, each with its DOM range, split by the language's own
 * rules (`Intl.Segmenter`). Nested blocks (a paragraph in a list item) are read once.
 */
export function sentencesOf(root: Element, lang: string | null): SpokenSentence[] {
  const segmenter = new Intl.Segmenter(lang ?? undefined, { granularity: 'sentence' });
  const blocks = [...root.querySelectorAll(BLOCKS)].filter(
    (block) => !block.querySelector(BLOCKS) && !block.closest('[hidden]'),
  );
  const out: SpokenSentence[] = [];
  for (const block of blocks) {
    const nodes = visibleTextNodes(block);
    if (nodes.length === 0) continue;
    const text = nodes.map((n) => n.nodeValue).join('');
    for (const { segment, index } of segmenter.segment(text)) {
      const trimmed = segment.trim();
      if (!/[\p{L}\p{N}]/u.test(trimmed)) continue;
      const start = index + segment.indexOf(trimmed);
      const from = locate(nodes, start);
      const to = locate(nodes, start + trimmed.length);
      const range = block.ownerDocument.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      out.push({ text: trimmed.replace(/\s+/g, ' '), range });
    }
  }
  return out;
}

/** The on-device voice for `lang` (its language, then any of its region), or null. */
export function localVoice(voices: readonly SpeechSynthesisVoice[], lang: string | null) {
  const local = voices.filter((v) => v.localService);
  const want = (lang ?? 'en').toLowerCase();
  const base = want.split('-')[0] ?? want;
  return (
    local.find((v) => v.lang.toLowerCase() === want) ??
    local.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base && v.default) ??
    local.find((v) => v.lang.toLowerCase().split(/[-_]/)[0] === base) ??
    null
  );
}

export type ReadAloudState = 'idle' | 'playing' | 'paused';

export interface ReadAloudOptions {
  speech: SpeechLike;
  sentences: SpokenSentence[];
  voice: SpeechSynthesisVoice;
  rate: number;
  /** A sentence starts (its index) or reading ends (null). */
  onSentence: (index: number | null) => void;
  onState: (state: ReadAloudState) => void;
  /** Build an utterance (the browser's constructor; a fake in tests). */
  utterance?: (text: string) => SpeechSynthesisUtterance;
}

/**
 * Reads the sentences one utterance at a time, so the highlight follows exactly and a change of
 * speed takes effect at the next sentence.
 */
export class ReadAloud {
  private index = 0;
  private state: ReadAloudState = 'idle';
  /** Bumped by stop: events of a cancelled utterance are ignored. */
  private run = 0;

  constructor(private readonly options: ReadAloudOptions) {}

  get current(): ReadAloudState {
    return this.state;
  }

  /** Start at sentence `from` (default: the first, or where reading stopped). */
  play(from = this.index): void {
    this.options.speech.cancel();
    this.run++;
    this.index = Math.max(0, Math.min(from, this.options.sentences.length - 1));
    this.setState('playing');
    this.speakCurrent();
  }

  pause(): void {
    if (this.state !== 'playing') return;
    this.options.speech.pause();
    this.setState('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    this.options.speech.resume();
    this.setState('playing');
  }

  stop(): void {
    this.run++;
    this.options.speech.cancel();
    this.index = 0;
    this.setState('idle');
    this.options.onSentence(null);
  }

  /** A new speed, from the next sentence on. */
  setRate(rate: number): void {
    this.options.rate = rate;
  }

  private speakCurrent(): void {
    const run = this.run;
    const sentence = this.options.sentences[this.index];
    if (!sentence) {
      this.setState('idle');
      this.options.onSentence(null);
      this.index = 0;
      return;
    }
    const make = this.options.utterance ?? ((text: string) => new SpeechSynthesisUtterance(text));
    const utterance = make(sentence.text);
    utterance.voice = this.options.voice;
    utterance.lang = this.options.voice.lang;
    utterance.rate = this.options.rate;
    utterance.onstart = () => {
      if (run === this.run) this.options.onSentence(this.index);
    };
    utterance.onend = () => {
      if (run !== this.run) return;
      this.index++;
      this.speakCurrent();
    };
    utterance.onerror = () => {
      if (run === this.run) this.stop();
    };
    this.options.speech.speak(utterance);
  }

  private setState(state: ReadAloudState): void {
    this.state = state;
    this.options.onState(state);
  }
}
