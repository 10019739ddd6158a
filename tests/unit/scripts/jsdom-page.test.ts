import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../../bench/lib/jsdom-page';

const page = (head: string) =>
  `<!doctype html><html><head>${head}</head><body><p>Trump’s café</p></body></html>`;
const text = (bytes: Buffer) =>
  parseHtml(bytes, 'https://example.com/').window.document.body.textContent;

describe('a saved page decoded as a browser decodes it', () => {
  it('reads valid UTF-8 bytes that declare no charset as UTF-8 (not "Trumpâ€™s cafÃ©")', () => {
    expect(text(Buffer.from(page('<title>x</title>'), 'utf8'))).toBe('Trump’s café');
  });

  it('honours a declared charset', () => {
    const latin = Buffer.from(page('<meta charset="windows-1252">').replace('’', "'"), 'latin1');
    expect(text(latin)).toBe("Trump's café");
    const declared = Buffer.from(
      page('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">').replace(
        '’',
        "'",
      ),
      'latin1',
    );
    expect(text(declared)).toBe("Trump's café");
  });

  it('falls back to windows-1252 for bytes that are not UTF-8', () => {
    expect(text(Buffer.from(page('').replace('’', "'"), 'latin1'))).toBe("Trump's café");
  });
});
