// @vitest-environment jsdom
/**
 * Readability's choice, second-guessed: a table of contacts or an advertiser disclosure chosen
 * over the story gives way to the story's prose.
 */
import { describe, expect, it } from 'vitest';
import { extract } from './helpers';

const story = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1} of the story: the city council voted on Tuesday to approve a new budget for the harbour, which will pay for a new sea wall and a ferry terminal that residents have requested for years.</p>`,
).join('');

describe('wrong candidate', () => {
  it('takes the story over a table of e-mail addresses Readability prefers', () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        `<tr><td>Department of harbour works, section ${i}, building ${i}</td><td>contact${i}.person@harbour-council.example.org</td><td>+1 555 010 ${String(i).padStart(4, '0')}, extension ${i}</td></tr>`,
    ).join('');
    const a = extract(
      `<!doctype html><html lang="en"><head><title>Harbour budget approved</title></head><body><div class="story"><h1>Harbour budget approved</h1>${story}</div><div class="directory"><h2>Contacts</h2><table>${rows}</table></div></body></html>`,
    );
    expect(a.text).toContain('Paragraph 1 of the story');
    expect(a.text).toContain('Paragraph 5 of the story');
    expect(a.text).not.toContain('@harbour-council.example.org');
  });

  it('takes the article over a credit-card advertiser disclosure', () => {
    const legal = Array.from(
      { length: 6 },
      (_, i) =>
        `<p>Advertiser Disclosure: Many of the credit card offers that appear on this site are from credit card companies from which we receive compensation, and this compensation may impact how and where products appear on this site, including the order in which they appear, term ${i}.</p>`,
    ).join('');
    const short = Array.from(
      { length: 4 },
      (_, i) =>
        `<p>Paragraph ${i + 1}: the best cards this month offer higher cash back on groceries and fuel, and two issuers cut their annual fees to attract new customers before the holidays.</p>`,
    ).join('');
    const a = extract(
      `<!doctype html><html lang="en"><head><title>Best cash back cards</title></head><body><div class="top"><section><div class="disclosure">${legal}</div></section></div><main><div class="wrap"><article><h1>Best cash back cards</h1>${short}</article></div></main></body></html>`,
    );
    expect(a.text).toContain('Paragraph 1: the best cards this month');
    expect(a.text).toContain('Paragraph 4: the best cards this month');
  });

  it('keeps a story that is a table with a short introduction', () => {
    const rows = Array.from(
      { length: 30 },
      (_, i) =>
        `<tr><td>${i + 1}</td><td>Driver number ${i + 1}, team ${i % 5}</td><td>${5000 - i * 40} points</td></tr>`,
    ).join('');
    const a = extract(
      `<!doctype html><html lang="en"><head><title>Standings</title></head><body><article><h1>Standings</h1><p>The final standings of the series after 36 races, with points, wins and poles for every driver who started a race this year.</p><table>${rows}</table></article><aside><p>${'A short blurb about another story on the site with some words. '.repeat(3)}</p></aside></body></html>`,
    );
    expect(a.text).toContain('Driver number 30');
    expect(a.text).toContain('The final standings of the series');
  });
});
