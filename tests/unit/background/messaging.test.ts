import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isTrustedSender, type Sender } from '../../../utils/messaging';

beforeEach(() => {
  fakeBrowser.reset();
});

const own = () => fakeBrowser.runtime.id;
const page = (path: string) => fakeBrowser.runtime.getURL(path);

describe('isTrustedSender', () => {
  const popup: Sender = { id: own(), url: page('/popup.html') };
  const content: Sender = {
    id: own(),
    url: 'https://news.example/a',
    tab: { id: 3 } as Sender['tab'],
  };

  it('accepts our popup as an extension page, not as a content script', () => {
    expect(isTrustedSender(popup, 'extension-page')).toBe(true);
    expect(isTrustedSender(popup, 'content')).toBe(false);
  });

  it('accepts our content script in a tab, not as an extension page', () => {
    expect(isTrustedSender(content, 'content')).toBe(true);
    expect(isTrustedSender(content, 'extension-page')).toBe(false);
  });

  it('refuses any other extension, whatever it claims', () => {
    expect(isTrustedSender({ ...popup, id: 'someone-else' }, 'extension-page')).toBe(false);
    expect(isTrustedSender({ ...content, id: 'someone-else' }, 'content')).toBe(false);
  });
});
