import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { blockText, textBlocks } from '../../../utils/extract/text';
import type { BlockRole } from '../../../utils/extract/types';

function body(html: string): HTMLElement {
  return new JSDOM(`<body>${html}</body>`).window.document.body;
}

const roles = (html: string): Array<[BlockRole, string]> =>
  textBlocks(body(html)).map((b) => [b.role, b.text]);

describe('textBlocks', () => {
  it('gives the same lines as blockText, each with its role', () => {
    const el = body(
      '<h2>Step 1</h2><p>Measure the <b>flour</b>.</p><ul><li>Salt</li><li>Water</li></ul>' +
        '<table><tr><td>a</td><td>b</td></tr></table><blockquote><p>Quoted.</p></blockquote>',
    );
    const blocks = textBlocks(el);
    expect(blocks.map((b) => b.text).join('\n')).toBe(blockText(el));
    expect(blocks.map((b) => b.role)).toEqual([
      'heading',
      'paragraph',
      'list',
      'list',
      'table',
      'quote',
    ]);
  });

  it('keeps a table row on one line and says where its cells meet', () => {
    const [row, single] = textBlocks(
      body(
        '<table><tr><td>Auckland</td><td> Auckland <b>Region</b></td><td></td><td>1,656,200</td></tr>' +
          '<tr><td colspan="3">Total</td></tr></table>',
      ),
    );
    expect(row).toEqual({
      role: 'table',
      text: 'Auckland Auckland Region 1,656,200',
      cells: ['Auckland', 'Auckland Region', '1,656,200'],
    });
    expect(single).toEqual({ role: 'table', text: 'Total' });
  });

  it('marks figure captions and their credits', () => {
    expect(
      roles(
        '<p>Story.</p><figure><img src="x.jpg" alt="x"><figcaption>Troops in Kyiv. ' +
          '<span class="credit">Photo: Jane Doe/Reuters</span></figcaption>' +
          '<cite>Jane Doe/Getty Images</cite></figure>',
      ),
    ).toEqual([
      ['paragraph', 'Story.'],
      ['caption', 'Troops in Kyiv. Photo: Jane Doe/Reuters'],
      ['credit', 'Jane Doe/Getty Images'],
    ]);
  });

  it('reads caption, credit and player classes, camelCase included', () => {
    expect(
      roles(
        '<div class="InlineImage-imageEmbedCaption">Sheikh Mohammed passes a Boeing 787.</div>' +
          '<div class="InlineImage-imageEmbedCredit">Natalie Naccache | Bloomberg | Getty Images</div>' +
          '<div class="media-player"><p>Media playback is unsupported on your device</p></div>' +
          '<blockquote class="twitter-tweet"><p>Delhi has turned into a gas chamber</p></blockquote>' +
          '<aside class="pullquote">Since 2008, there has been no year of revenue gain.</aside>',
      ),
    ).toEqual([
      ['caption', 'Sheikh Mohammed passes a Boeing 787.'],
      ['credit', 'Natalie Naccache | Bloomberg | Getty Images'],
      ['embed', 'Media playback is unsupported on your device'],
      ['embed', 'Delhi has turned into a gas chamber'],
      ['quote', 'Since 2008, there has been no year of revenue gain.'],
    ]);
  });

  it('does not take a whole story for furniture because of a class word, nor a table row for a player', () => {
    const story = '<p>' + 'Long story text. '.repeat(80) + '</p>';
    expect(roles(`<div class="video-article">${story}</div>`)[0]?.[0]).toBe('paragraph');
    expect(
      roles('<table><tr class="player-2020-580"><td>1</td><td>Kyle Busch</td></tr></table>'),
    ).toEqual([['table', '1 Kyle Busch']]);
  });

  it("takes a line that repeats an image's alt text, or a one-item list after a figure, for a caption", () => {
    expect(
      roles(
        '<figure><img src="a.jpg" alt="Hori Parata at his farm, where he was born."></figure>' +
          '<ul><li><p>Hori Parata at his farm, where he was born</p></li></ul>' +
          '<p>Hori Parata has overseen more than 500 strandings.</p>' +
          '<figure><img src="b.jpg" alt="x"></figure><ul><li>Whale bones on a table</li></ul>',
      ),
    ).toEqual([
      ['caption', 'Hori Parata at his farm, where he was born'],
      ['paragraph', 'Hori Parata has overseen more than 500 strandings.'],
      ['caption', 'Whale bones on a table'],
    ]);
  });
});
