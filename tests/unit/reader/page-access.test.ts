import { describe, expect, it } from 'vitest';
import { describeFailure, pageAccess } from '../../../utils/reader/page-access';

describe('pageAccess', () => {
  it.each([
    'https://www.theguardian.com/world/2025/oct/22/nato',
    'http://127.0.0.1:8080/article',
    'file:///home/me/saved-article.html',
  ])('lets Tidings try %s', (url) => {
    expect(pageAccess(url)).toEqual({ allowed: true });
  });

  it.each([
    ['chrome://newtab/', /browser page/],
    ['about:addons', /browser page/],
    ['edge://settings', /browser page/],
    ['moz-extension://1234/popup.html', /belongs to an extension/],
    ['https://chromewebstore.google.com/category/extensions', /extension store/],
    ['https://chrome.google.com/webstore/detail/abc', /extension store/],
    ['https://addons.mozilla.org/firefox/', /extension store/],
    ['https://microsoftedge.microsoft.com/addons/detail/x', /extension store/],
    ['view-source:https://example.com', /source view/],
    ['https://example.com/papers/Report.PDF', /PDF/],
    ['data:text/html,<p>hi</p>', /data: URL/],
    ['ftp://example.com/file', /this kind of page/],
  ])('refuses %s with a plain reason', (url, reason) => {
    const access = pageAccess(url);
    expect(access.allowed).toBe(false);
    if (access.allowed === false) expect(access.reason).toMatch(reason);
  });

  it('does not mistake an ordinary Google page for the web store', () => {
    expect(pageAccess('https://chrome.google.com/intl/en/chrome/')).toEqual({ allowed: true });
  });

  it('leaves the decision to injection when the browser hides the URL', () => {
    expect(pageAccess(undefined)).toEqual({ allowed: 'unknown' });
  });
});

describe('describeFailure', () => {
  it('explains a refused injection', () => {
    const failure = describeFailure(new Error('Cannot access contents of url "chrome://x".'));
    expect(failure.restricted).toBe(true);
    expect(failure.message).toMatch(/^Tidings cannot read this page/);
  });

  it('explains a page that is gone or still loading', () => {
    const failure = describeFailure(
      new Error('Could not establish connection. Receiving end does not exist.'),
    );
    expect(failure).toEqual({
      restricted: false,
      message: 'The page is still loading or was closed. Try again in a moment.',
    });
  });

  it('points to the file-access switch for a local file', () => {
    const failure = describeFailure(
      new Error('Cannot access contents of url "file:///home/me/a.html".'),
      'file:///home/me/a.html',
    );
    expect(failure.restricted).toBe(true);
    expect(failure.message).toContain('Access to file URLs');
  });

  it('keeps the cause of anything else', () => {
    expect(describeFailure('boom').message).toBe('Tidings could not read this page (boom).');
  });
});
