import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { clearMentions, findMentions, highlightMentions } from '../../../utils/reader/highlight';

const pick = (text: string, names: string[]) =>
  findMentions(text, names).map((r) => text.slice(r.start, r.end));

describe('findMentions', () => {
  it('prefers the longest name and matches whole words only', () => {
    const text = 'Jens Stoltenberg met Blinken. Stoltenberg’s visit; Stoltenbergs are not him.';
    expect(pick(text, ['Stoltenberg', 'Jens Stoltenberg'])).toEqual([
      'Jens Stoltenberg',
      'Stoltenberg',
    ]);
  });

  it('finds names in possessives with either apostrophe', () => {
    expect(pick("NATO's role and NATO’s future", ['NATO'])).toEqual(['NATO', 'NATO']);
    expect(pick('the O’Brien report', ["O'Brien"])).toEqual(['O’Brien']);
  });

  it('treats letters beyond ASCII as part of words', () => {
    expect(pick('Zürich and Zürichsee', ['Zürich'])).toEqual(['Zürich']);
  });

  it('escapes names that contain pattern characters', () => {
    expect(pick('U.S. officials and USA', ['U.S.'])).toEqual(['U.S.']);
  });

  it('returns nothing for no names', () => {
    expect(findMentions('anything', [])).toEqual([]);
  });
});

describe('highlightMentions', () => {
  function article(html: string) {
    const dom = new JSDOM(`<div id="a">${html}</div>`);
    return dom.window.document.getElementById('a')!;
  }

  it('wraps each mention in a mark, across elements, and counts them', () => {
    const root = article(
      '<p>Stoltenberg spoke. <em>Jens Stoltenberg</em> left.</p><p hidden>Stoltenberg</p>',
    );
    expect(highlightMentions(root, ['Jens Stoltenberg', 'Stoltenberg'])).toBe(2);
    expect([...root.querySelectorAll('mark')].map((m) => m.textContent)).toEqual([
      'Stoltenberg',
      'Jens Stoltenberg',
    ]);
    expect(root.querySelector('p')?.textContent).toBe('Stoltenberg spoke. Jens Stoltenberg left.');
  });

  it('replaces the previous highlight and clears back to the original markup', () => {
    const html = '<p>NATO and the <a href="/eu">European Union</a> met in Washington.</p>';
    const root = article(html);
    highlightMentions(root, ['NATO']);
    expect(highlightMentions(root, ['Washington'])).toBe(1);
    expect(root.querySelectorAll('mark')).toHaveLength(1);
    clearMentions(root);
    expect(root.innerHTML).toBe(html);
  });
});

describe('findMentions on hostile names', () => {
  it('ignores a name of ~100 KB instead of throwing "Regular expression too large"', () => {
    const huge = 'A'.repeat(100_000);
    expect(() => findMentions('NATO and A', [huge, 'NATO'])).not.toThrow();
    expect(findMentions('NATO and A', [huge, 'NATO'])).toEqual([{ start: 0, end: 4 }]);
  });

  it('stays bounded with thousands of names', () => {
    const names = Array.from({ length: 20_000 }, (_, i) => `Name${i} ${'x'.repeat(150)}`);
    const t = performance.now();
    expect(() => findMentions('Name1 here', names)).not.toThrow();
    expect(performance.now() - t).toBeLessThan(1_000);
  });
});
