// @vitest-environment jsdom
/**
 * One block per clutter rule: a page the rule must clean, and a page it must leave alone.
 * Pages go through the whole pipeline (Readability first), as a reader's page would.
 */
import { describe, expect, it } from 'vitest';
import { extract, newsPage, storyParagraphs } from './helpers';

const story = storyParagraphs('the harbour', 6);
const firstHalf = storyParagraphs('the harbour', 3);
const secondHalf = storyParagraphs('the market', 3);

/** Rules that removed something from `html`, and the article text. */
function clean(body: string): {
  rules: string[];
  text: string;
  removed: { rule: string; text: string }[];
} {
  const a = extract(newsPage(body));
  return { rules: a.removed.map((r) => r.rule), text: a.text, removed: a.removed };
}

describe('sponsored-label', () => {
  it('removes a block headed by "Sponsored Ads", even between paragraphs', () => {
    const r = clean(
      `${firstHalf}<div><h3>Sponsored Ads</h3><h4>Growth services</h4><p>AcmeGrowth is a full-service agency that helps businesses scale through technology and marketing.</p><ul><li>Websites</li><li>Apps</li></ul></div>${secondHalf}`,
    );
    expect(r.text).not.toContain('AcmeGrowth');
    expect(r.text).not.toContain('Sponsored Ads');
    expect(r.rules).toContain('sponsored-label');
    expect(r.text).toContain('Paragraph 3 about the market');
  });

  for (const label of [
    'Advertisement',
    'Paid content',
    'Partner content',
    'Paid post',
    'Promoted',
    'Sponsored',
  ]) {
    it(`removes a block labelled "${label}"`, () => {
      const r = clean(
        `${firstHalf}<section><p>${label}</p><p>Buy the new ZetaPhone today with a free case and two years of cover.</p></section>${secondHalf}`,
      );
      expect(r.text).not.toContain('ZetaPhone');
      expect(r.rules).toContain('sponsored-label');
    });
  }

  it('keeps a paragraph that mentions sponsored content or an advertisement in a sentence', () => {
    const mention =
      'The council said the sponsored trip was declared, and an advertisement for the harbour plan ran in the local paper last week, which residents criticised.';
    const r = clean(`${firstHalf}<p>${mention}</p>${secondHalf}`);
    expect(r.text).toContain(mention);
    expect(r.removed).toEqual([]);
  });
});

describe('sponsored-block', () => {
  it('removes a block marked as a native ad in the markup', () => {
    const r = clean(
      `${firstHalf}<div class="native-ad"><p>Discover the ZetaPhone deal of the week.</p><p>Free case included.</p></div>${secondHalf}`,
    );
    expect(r.text).not.toContain('ZetaPhone');
    expect(r.rules).toContain('sponsored-block');
  });

  it('keeps a table, a caption and a pull quote whatever their class says', () => {
    const r = clean(
      `${firstHalf}<table class="ad-unit"><tr><td>Budget line</td><td>4.2m</td></tr></table>` +
        `<figure class="advertorial"><img src="/harbour.jpg"><figcaption>The harbour at dawn, sponsored by nobody.</figcaption></figure>` +
        `<blockquote class="promoted">“We will finish the harbour,” the mayor said.</blockquote>${secondHalf}`,
    );
    expect(r.text).toContain('Budget line');
    expect(r.text).toContain('The harbour at dawn');
    expect(r.text).toContain('We will finish the harbour');
  });
});

describe('affiliate-disclosure', () => {
  it('removes "This post may contain affiliate links"', () => {
    const r = clean(
      `<p>This post may contain affiliate links. Please see my disclosure page.</p>${story}`,
    );
    expect(r.text).not.toContain('affiliate links');
    expect(r.rules).toContain('affiliate-disclosure');
  });
  it('keeps a story sentence about affiliates', () => {
    const s =
      'The retailer’s affiliates in three states reported higher sales, the company said on Monday morning.';
    expect(clean(`${firstHalf}<p>${s}</p>${secondHalf}`).text).toContain(s);
  });
});

describe('hashtag-wall', () => {
  it('removes a paragraph made of hashtags', () => {
    const r = clean(
      `${story}<p><a href="/t/a">#Harbour</a> <a href="/t/b">#Council</a> <a href="/t/c">#Budget</a> <a href="/t/d">#News</a></p>`,
    );
    expect(r.text).not.toContain('#Harbour');
    expect(r.rules).toContain('hashtag-wall');
  });
  it('removes only the hashtag line of a paragraph split by <br>', () => {
    const r = clean(
      `${story}<p>Thanks to everyone who came to the meeting on the pier.<br>#harbour #council #budget #news</p>`,
    );
    expect(r.text).toContain('Thanks to everyone who came to the meeting on the pier.');
    expect(r.text).not.toContain('#council');
  });
  it('keeps a sentence with one #tag', () => {
    const s =
      'Residents shared photos of the pier under the #HarbourPlan tag, and the council replied to many of them.';
    expect(clean(`${firstHalf}<p>${s}</p>${secondHalf}`).text).toContain(s);
  });
});

describe('back-link and breadcrumb', () => {
  it('removes "Back to <section>" links, misspelled or not', () => {
    const r = clean(`${story}<p><a href="/world">Back to Internatioanl</a></p>`);
    expect(r.text).not.toContain('Back to Internatioanl');
    expect(r.rules).toContain('back-link');
  });
  it('removes a breadcrumb trail', () => {
    const r = clean(
      `<div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a></div>${story}`,
    );
    expect(r.text).not.toMatch(/Home\s*›/);
  });
  it('keeps a sentence that says "back to"', () => {
    const s = 'The ferry will go back to the old timetable in May, the operator said.';
    expect(clean(`${firstHalf}<p>${s}</p>${secondHalf}`).text).toContain(s);
  });
});

describe('share-bar', () => {
  it('removes a row of share buttons', () => {
    const r = clean(
      `${firstHalf}<p><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></p>${secondHalf}`,
    );
    expect(r.text).not.toContain('Share on Facebook');
    expect(r.rules).toContain('share-bar');
  });
  it('keeps a story paragraph about Facebook and email', () => {
    const s =
      'Officials said they would share the plan on Facebook and by email with every resident of the district.';
    expect(clean(`${firstHalf}<p>${s}</p>${secondHalf}`).text).toContain(s);
  });
});

describe('newsletter-signup', () => {
  it('removes a sign-up box', () => {
    const r = clean(
      `${firstHalf}<div><p>Sign up for our morning briefing newsletter.</p></div>${secondHalf}`,
    );
    expect(r.text).not.toContain('morning briefing');
    expect(r.rules).toContain('newsletter-signup');
  });
  it('keeps a story paragraph that mentions a newsletter', () => {
    const s =
      'The harbour master, who writes a weekly newsletter for fishermen, said the plan had been a long time coming.';
    expect(clean(`${firstHalf}<p>${s}</p>${secondHalf}`).text).toContain(s);
  });
});

describe('related-links', () => {
  it('removes a "Related stories" heading and its list', () => {
    const r = clean(
      `${story}<h3>Related stories</h3><ul><li><a href="/a">Ferry fares rise again</a></li><li><a href="/b">Pier repairs delayed</a></li></ul>`,
    );
    expect(r.text).not.toContain('Ferry fares rise again');
    expect(r.rules).toContain('related-heading');
  });
  it('removes an inline "READ MORE:" promo', () => {
    const r = clean(
      `${firstHalf}<p>READ MORE: <a href="/c">Pier repairs delayed for a year</a></p>${secondHalf}`,
    );
    expect(r.text).not.toContain('Pier repairs delayed');
  });
  it('keeps a list that belongs to the story', () => {
    const r = clean(
      `${firstHalf}<p>The plan has three parts:</p><ul><li>a new sea wall along the old quay</li><li>a ferry terminal</li><li>a park on the pier</li></ul>${secondHalf}`,
    );
    expect(r.text).toContain('a new sea wall along the old quay');
    expect(r.text).toContain('a park on the pier');
  });
});

describe('comments', () => {
  it('removes a comment section from its heading on', () => {
    const r = clean(
      `${story}<h3>Comments (2)</h3><p>Great plan! – Bob</p><p>Too expensive. – Ann</p>`,
    );
    expect(r.text).not.toContain('Great plan!');
    expect(r.rules).toContain('comments');
  });
  it('keeps a story about comments', () => {
    const s =
      'More than 400 residents sent comments to the council during the consultation, most of them in favour.';
    expect(clean(`${firstHalf}<p>${s}</p>${secondHalf}`).text).toContain(s);
  });
});

describe('cookie-consent', () => {
  it('removes a cookie notice', () => {
    const r = clean(
      `${story}<p>We use cookies to improve your experience. By continuing to browse you agree. Accept</p>`,
    );
    expect(r.text).not.toContain('We use cookies');
    expect(r.rules).toContain('cookie-consent');
  });
  it('keeps a story about cookies', () => {
    const s =
      'The bakery on the pier sells cookies to tourists and says the works will cost it half its summer trade.';
    expect(clean(`${firstHalf}<p>${s}</p>${secondHalf}`).text).toContain(s);
  });
});

describe('listen-widget', () => {
  it('removes a "Listen to this article" widget', () => {
    const r = clean(`<div><p>Listen to this article · 4 min</p></div>${story}`);
    expect(r.text).not.toContain('Listen to this article');
    expect(r.rules).toContain('listen-widget');
  });
  it('keeps a sentence asking to listen', () => {
    const s =
      'Listen to the fishermen, the mayor told the council, because they know the harbour better than anyone.';
    expect(clean(`${firstHalf}<p>${s}</p>${secondHalf}`).text).toContain(s);
  });
});

describe('navigation and teaser-cards', () => {
  it('removes a site menu kept inside the article', () => {
    const r = clean(
      `<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>${story}`,
    );
    expect(r.text).not.toMatch(/^Sport$/m);
    expect(r.rules).toContain('navigation');
  });
  it('removes teaser cards for other stories after the story', () => {
    const r = clean(
      `${story}<article><h3><a href="/x">Pier repairs delayed for a year</a></h3><p>Work on the old pier stopped in March after engineers found cracks in two of its supports, and the council said repairs would wait.</p></article>`,
    );
    expect(r.text).not.toContain('Pier repairs delayed');
    expect(r.rules).toContain('teaser-cards');
  });
});

describe('navigation and teaser-cards leave the story alone', () => {
  it('keeps a story wrapped in its own nested <article>', () => {
    const r = clean(`<article class="story">${story}</article>`);
    expect(r.text).toContain('Paragraph 6 about the harbour');
    expect(r.rules).not.toContain('teaser-cards');
  });
  it('keeps a list of sources inside the story that is not a menu', () => {
    const r = clean(
      `${firstHalf}<p>The report cites three studies:</p><ul><li><a href="/a">The 2019 harbour survey of the old quay</a></li><li><a href="/b">The council’s budget review for next year</a></li></ul>${secondHalf}`,
    );
    expect(r.text).toContain('The 2019 harbour survey of the old quay');
    expect(r.rules).not.toContain('navigation');
  });
});

describe('author-promo', () => {
  it('removes "follow me" and bio lines after the story', () => {
    const r = clean(
      `${story}<p>Jane Doe is a senior reporter covering the harbour and city hall.</p><p>Follow Jane Doe on Twitter @janedoe.</p>`,
    );
    expect(r.text).not.toContain('Follow Jane Doe');
    expect(r.text).not.toContain('is a senior reporter');
    expect(r.rules).toContain('author-promo');
  });
  it('keeps a story sentence about a reporter in the middle', () => {
    const s =
      'Jane Doe is a senior reporter at the harbour office, and she said the plan was sound and long overdue.';
    expect(clean(`${firstHalf}<p>${s}</p>${secondHalf}`).text).toContain(s);
  });
});

describe('dateline and leading-boilerplate', () => {
  it('removes the repeated headline, byline and date before the story', () => {
    const r = clean(
      `<p>By Jane Doe</p><p>Updated 4:00 am, Wednesday, November 20, 2019</p>${story}`,
    );
    expect(r.text).not.toContain('By Jane Doe');
    expect(r.text).not.toContain('Updated 4:00 am');
  });
  it('keeps a story sentence with a date', () => {
    const s = 'As of 29 November 2018';
    const r = clean(`${firstHalf}<p>${s}</p>${secondHalf}`);
    expect(r.text).toContain(s);
  });
});

describe('ui-chrome', () => {
  it('removes gallery and player labels', () => {
    const r = clean(
      `<div><span>Image 1 of 9</span></div><p>Media playback is unsupported on your device</p>${story}`,
    );
    expect(r.text).not.toContain('Image 1 of 9');
    expect(r.text).not.toContain('Media playback');
  });
  it('keeps a caption with the same words', () => {
    const r = clean(
      `${firstHalf}<figure><img src="/a.jpg"><figcaption>Close</figcaption></figure>${secondHalf}`,
    );
    expect(r.text).toMatch(/^Close$/m);
  });
});

describe('trailing-boilerplate', () => {
  it('removes tag lines and link lists after the story', () => {
    const r = clean(`${story}<p>Tags: <a href="/t/h">harbour</a>, <a href="/t/c">council</a></p>`);
    expect(r.text).not.toContain('Tags:');
    expect(r.rules).toContain('trailing-boilerplate');
  });
  it('keeps the last paragraph of the story', () => {
    const r = clean(story);
    expect(r.text).toContain('Paragraph 6 about the harbour');
    expect(r.removed).toEqual([]);
  });
});

describe('duplicate-block', () => {
  it('keeps one copy of a gallery caption printed once per slide', () => {
    const caption = 'The old pier at dawn, before the works began last spring.';
    const r = clean(
      `${firstHalf}<ul class="gallery"><li><div class="caption"><p>${caption}</p></div></li><li><div class="caption"><p>${caption}</p></div></li></ul>${secondHalf}`,
    );
    expect(r.text.split(caption).length - 1).toBe(1);
    expect(r.rules).toContain('duplicate-block');
  });
  it('keeps a story’s own repeated lines (recipe steps, questions)', () => {
    const step = 'Stir the sauce and let it rest for ten minutes.';
    const r = clean(
      `${firstHalf}<ol><li>${step}</li><li>Add the fish.</li><li>${step}</li></ol>${secondHalf}`,
    );
    expect(r.text.split(step).length - 1).toBe(2);
  });
});
