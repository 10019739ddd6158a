import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getPageState } from '../../../entrypoints/background/page-state';
import {
  highlightEntity,
  onReaderOpened,
  saveFromReader,
  saveTabArticle,
  showCleanView,
} from '../../../entrypoints/background/clean-view';
import { READER_SCRIPT_FILE } from '../../../entrypoints/background/content-script';
import { extractArticle } from '../../../utils/extract';
import type { Article, ExtractResult } from '../../../utils/extract/types';
import { closeLibrary, getEntry, isSaved } from '../../../utils/library/db';
import { LIBRARY_DB_NAME } from '../../../utils/library/schema';
import type { MessageType } from '../../../utils/messaging';
import { updateSettings } from '../../../utils/storage';

// The background's handlers with WXT's fake browser: the tab's content script is played by a
// `tabs.sendMessage` stand-in that answers like the real one (extraction on a jsdom copy of the
// fixture); NLP and the library are the real modules (IndexedDB from fake-indexeddb).

const FIXTURE_URL = 'https://globalledger.example/international/nato-visit';
const fixtureHtml = readFileSync('tests/fixtures/pages/nato-visit/source.html', 'utf8');

function extractFixture(force = false): ExtractResult {
  const dom = new JSDOM(fixtureHtml, { url: FIXTURE_URL });
  return extractArticle(dom.window.document, FIXTURE_URL, { force });
}

function fixtureArticle(): Article {
  const result = extractFixture();
  if (!result.isArticle) throw new Error(result.reason);
  return result;
}

interface FakeTab {
  url?: string;
  /** The content script is running (the isolated-world flag is set). */
  injected: boolean;
  /** What the content script answers, by message type. */
  answers: Partial<Record<MessageType, (data: unknown) => unknown>>;
  /** Injection refused, with the browser's message. */
  refuse?: string;
}

const sent: Array<{ tabId: number; type: string; data: unknown }> = [];
let injections = 0;

function fakeTab(tab: FakeTab): number {
  const tabId = 7;
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async () => ({
    id: tabId,
    url: tab.url,
  })) as never);
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation((async (injection: {
    files?: string[];
    func?: () => unknown;
  }) => {
    if (tab.refuse) throw new Error(tab.refuse);
    if (injection.files) {
      expect(injection.files).toEqual([READER_SCRIPT_FILE]);
      injections++;
      tab.injected = true;
      return [{ frameId: 0, result: undefined }];
    }
    return [{ frameId: 0, result: tab.injected }];
  }) as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    id: number,
    message: { type: MessageType; data: unknown },
  ) => {
    if (!tab.injected)
      throw new Error('Could not establish connection. Receiving end does not exist.');
    sent.push({ tabId: id, type: message.type, data: message.data });
    const answer = tab.answers[message.type];
    if (!answer) return undefined;
    return { ok: true, value: answer(message.data) };
  }) as never);
  return tabId;
}

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  sent.length = 0;
  injections = 0;
  closeLibrary();
  await Dexie.delete(LIBRARY_DB_NAME);
});

describe('getPageState (the popup)', () => {
  it.each([
    ['chrome://settings/', 'browser page'],
    ['edge://extensions/', 'browser page'],
    ['about:blank', 'browser page'],
    ['chrome-extension://abcdef/options.html', 'extension'],
    ['https://chromewebstore.google.com/detail/x/abc', 'extension store'],
    ['https://addons.mozilla.org/en-US/firefox/addon/x/', 'extension store'],
    ['view-source:https://example.com/', 'source view'],
    ['https://example.com/report.pdf', 'PDF'],
  ])('says plainly that %s cannot be read, without trying', async (url, words) => {
    const tabId = fakeTab({ url, injected: false, answers: {} });
    const state = await getPageState(tabId);
    expect(state.kind).toBe('restricted');
    if (state.kind === 'restricted') expect(state.reason).toContain(words);
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('injects the reader script once, extracts in the tab and analyses in the worker', async () => {
    const tab: FakeTab = {
      url: FIXTURE_URL,
      injected: false,
      answers: { extractPage: () => extractFixture() },
    };
    const tabId = fakeTab(tab);

    const state = await getPageState(tabId);
    expect(state.kind).toBe('article');
    if (state.kind !== 'article') return;
    expect(state.article.title).toContain('NATO Secretary-General Visits Washington');
    expect(state.article.readingMinutes).toBeGreaterThan(3);
    expect(state.article).not.toHaveProperty('contentHtml'); // no HTML crosses to the popup
    expect(state.analysis.entities.people.map((p) => p.name).join('|')).toContain('Stoltenberg');
    expect(state.analysis.summary.length).toBe(3); // the default summary length
    expect(state.saved).toBe(false);

    await getPageState(tabId);
    expect(injections).toBe(1);
  });

  it('uses the summary length from the settings', async () => {
    await updateSettings({ summaryLength: 5 });
    const tabId = fakeTab({
      url: FIXTURE_URL,
      injected: false,
      answers: { extractPage: () => extractFixture() },
    });
    const state = await getPageState(tabId);
    expect(state.kind === 'article' && state.analysis.summary.length).toBe(5);
  });

  it('reports a page that is not an article with its reason', async () => {
    const tabId = fakeTab({
      url: 'https://news.example/international',
      injected: true,
      answers: {
        extractPage: () => ({
          isArticle: false,
          url: 'https://news.example/international',
          title: 'International',
          reason: 'This looks like a list of links, not an article.',
        }),
      },
    });
    expect(await getPageState(tabId)).toEqual({
      kind: 'not-article',
      url: 'https://news.example/international',
      title: 'International',
      reason: 'This looks like a list of links, not an article.',
    });
  });

  it('turns a refused injection into a plain sentence', async () => {
    const tabId = fakeTab({
      url: undefined, // no activeTab grant: the browser hides the URL
      injected: false,
      answers: {},
      refuse: 'Cannot access contents of the page. Extension manifest must request permission.',
    });
    const state = await getPageState(tabId);
    expect(state.kind).toBe('restricted');
    if (state.kind === 'restricted') expect(state.reason).toMatch(/^Tidings cannot read this page/);
  });

  it('shows the saved state of an article already in the library', async () => {
    const article = fixtureArticle();
    await saveFromReader(article, true);
    const tabId = fakeTab({
      url: FIXTURE_URL,
      injected: true,
      answers: { extractPage: () => article },
    });
    const state = await getPageState(tabId);
    expect(state.kind === 'article' && state.saved).toBe(true);
  });
});

describe('clean view', () => {
  it('opens the reader through the content script, injecting it first', async () => {
    const tabId = fakeTab({
      url: FIXTURE_URL,
      injected: false,
      answers: { showReader: () => ({ open: true, isArticle: true }) },
    });
    expect(await showCleanView(tabId, { open: true })).toEqual({ ok: true });
    expect(injections).toBe(1);
    expect(sent).toEqual([{ tabId, type: 'showReader', data: { open: true, force: undefined } }]);
  });

  it('reports why it cannot open instead of throwing', async () => {
    const tabId = fakeTab({
      url: 'https://example.com/',
      injected: false,
      answers: {},
      refuse: 'Cannot access contents of url "https://example.com/".',
    });
    const result = await showCleanView(tabId, { force: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/^Tidings cannot read this page/);
  });

  it('highlights an entity after opening the reader', async () => {
    const tabId = fakeTab({
      url: FIXTURE_URL,
      injected: true,
      answers: {
        showReader: () => ({ open: true, isArticle: true }),
        highlightMentions: () => ({ count: 19 }),
      },
    });
    expect(await highlightEntity(tabId, ['Jens Stoltenberg', 'Stoltenberg'])).toEqual({ ok: true });
    expect(sent.map((m) => m.type)).toEqual(['showReader', 'highlightMentions']);
    expect(sent[1]?.data).toEqual({ names: ['Jens Stoltenberg', 'Stoltenberg'] });
  });
});

describe('reader → background', () => {
  it('analyses the opened article and records it in history', async () => {
    const article = fixtureArticle();
    const reply = await onReaderOpened(article);
    expect(reply.saved).toBe(false);
    expect(reply.analysis.entities.places.map((p) => p.name)).toContain('Washington');
    const entry = await getEntry(article.canonicalUrl ?? article.url);
    expect(entry?.title).toBe(article.title);
  });

  it('records nothing while history is paused, but still answers', async () => {
    await updateSettings({ historyEnabled: false });
    const article = fixtureArticle();
    const reply = await onReaderOpened(article);
    expect(reply.analysis.summary.length).toBeGreaterThan(0);
    expect(await getEntry(article.canonicalUrl ?? article.url)).toBeUndefined();
  });

  it('saves and unsaves from the reader and from the popup', async () => {
    const article = fixtureArticle();
    const key = article.canonicalUrl ?? article.url;
    expect(await saveFromReader(article, true)).toEqual({ saved: true });
    expect(await isSaved(key)).toBe(true);

    const tabId = fakeTab({
      url: FIXTURE_URL,
      injected: true,
      answers: { extractPage: () => article },
    });
    expect(await saveTabArticle(tabId, false)).toEqual({ ok: true, saved: false });
    expect(await isSaved(key)).toBe(false);
  });
});
