import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getPageState } from '../../../entrypoints/background/page-state';
import {
  highlightEntity,
  readingForReader,
  recordTabRead,
  saveTabArticle,
  saveTabContent,
  showCleanView,
} from '../../../entrypoints/background/clean-view';
import { READER_SCRIPT_FILE } from '../../../entrypoints/background/content-script';
import { ANALYSE_MARK, setupReadings } from '../../../entrypoints/background/readings';
import { extractArticle } from '../../../utils/extract';
import { closeLibrary, getEntry, isSaved } from '../../../utils/library/db';
import { LIBRARY_DB_NAME } from '../../../utils/library/schema';
import type { MessageType } from '../../../utils/messaging';
import {
  pageUrl,
  toArticleContent,
  toPageText,
  type Article,
  type ExtractResult,
} from '../../../utils/model';
import {
  dropTabReading,
  getTabReading,
  hasReaderScript,
  noteReaderScript,
  updateSettings,
} from '../../../utils/storage';

// The background's handlers with WXT's fake browser. The tab's content script is played by a
// `tabs.sendMessage` stand-in that behaves like the real one: it extracts the page (a jsdom copy
// of the fixture) once and keeps the result, and its reader asks the worker for the reading and
// records the read. NLP and the library are the real modules (IndexedDB from fake-indexeddb).

const FIXTURE_URL = 'https://globalledger.example/international/nato-visit';
const fixtureHtml = readFileSync('tests/fixtures/pages/nato-visit/source.html', 'utf8');

function extractFixture(url = FIXTURE_URL, force = false): ExtractResult {
  const dom = new JSDOM(fixtureHtml, { url });
  return extractArticle(dom.window.document, url, { force });
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
  /** The page's extraction (the content script's one, counted). */
  extract?: (force: boolean) => ExtractResult;
  /** Answers that replace the content script's own, by message type. */
  answers?: Partial<Record<MessageType, (data: unknown) => unknown>>;
  /** Injection refused, with the browser's message. */
  refuse?: string;
}

const TAB_ID = 7;
const sent: Array<{ tabId: number; type: string; data: unknown }> = [];
let injections = 0;
let extractions = 0;

const analyses = () => performance.getEntriesByName(ANALYSE_MARK).length;

/** The content script's side, as `entrypoints/reader.content` does it. */
function contentScript(tab: FakeTab) {
  // Kept per page, as `PageExtraction` keeps it: another URL (not an anchor) is another page.
  const kept = new Map<string, ExtractResult>();
  const once = (force: boolean): ExtractResult => {
    const key = `${pageUrl(tab.url ?? '')} ${force}`;
    const found = kept.get(key);
    if (found) return found;
    extractions++;
    const made = tab.extract!(force);
    kept.set(key, made);
    return made;
  };
  const result = (force: boolean): ExtractResult => {
    const plain = once(false);
    return plain.isArticle || !force ? plain : once(true);
  };
  return {
    readPage: ({ force }: { force?: boolean }) => toPageText(result(force === true)),
    getArticleContent: ({ force }: { force?: boolean }) => {
      const r = result(force === true);
      return r.isArticle ? toArticleContent(r) : null;
    },
    // The reader opens on the kept extraction, then asks for the reading and records the read.
    showReader: async ({ force }: { force?: boolean }) => {
      const plain = result(false);
      const shown = plain.isArticle ? plain : result(force === true);
      if (!shown.isArticle) return { open: false, isArticle: false };
      await readingForReader(TAB_ID, tab.url, !plain.isArticle);
      if (plain.isArticle)
        await recordTabRead(TAB_ID, tab.url, toArticleContent(shown), crypto.randomUUID());
      return { open: true, isArticle: true };
    },
  } as Partial<Record<MessageType, (data: never) => unknown>>;
}

function fakeTab(tab: FakeTab): number {
  const own = tab.extract ? contentScript(tab) : {};
  vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation((async () => ({
    id: TAB_ID,
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
    const answer =
      tab.answers?.[message.type] ??
      (own[message.type] as ((data: unknown) => unknown) | undefined);
    if (!answer) return undefined;
    try {
      return { res: await answer(message.data) };
    } catch (err) {
      return { err: { message: (err as Error).message } };
    }
  }) as never);
  return TAB_ID;
}

const fixtureTab = (over: Partial<FakeTab> = {}): number =>
  fakeTab({
    url: FIXTURE_URL,
    injected: false,
    extract: (force) => extractFixture(FIXTURE_URL, force),
    ...over,
  });

beforeEach(async () => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
  performance.clearMarks();
  sent.length = 0;
  injections = 0;
  extractions = 0;
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
    const tabId = fakeTab({ url, injected: false });
    const state = await getPageState(tabId);
    expect(state.kind).toBe('restricted');
    if (state.kind === 'restricted') expect(state.reason).toContain(words);
    expect(fakeBrowser.scripting.executeScript).not.toHaveBeenCalled();
  });

  it('injects the reader script once, extracts in the tab and analyses in the worker', async () => {
    const tabId = fixtureTab();
    const state = await getPageState(tabId);
    expect(state.kind).toBe('article');
    if (state.kind !== 'article') return;
    expect(state.article.title).toContain('NATO Secretary-General Visits Washington');
    expect(state.article.readingMinutes).toBeGreaterThan(3);
    expect(state.article).not.toHaveProperty('contentHtml'); // no HTML crosses to the popup
    expect(sent[0]?.type).toBe('readPage');
    expect(state.analysis.entities.people.map((p) => p.name).join('|')).toContain('Stoltenberg');
    expect(state.analysis.summary.length).toBe(3); // the default summary length
    expect(state.saved).toBe(false);
    expect(injections).toBe(1);
  });

  it('answers a second opening from the kept reading: no extraction, no analysis', async () => {
    const tabId = fixtureTab();
    const first = await getPageState(tabId);
    expect([extractions, analyses()]).toEqual([1, 1]);
    sent.length = 0;
    const second = await getPageState(tabId);
    expect(second).toEqual(first);
    expect([extractions, analyses()]).toEqual([1, 1]);
    expect(sent).toEqual([]); // not even a message to the tab
  });

  it('makes a new reading when the tab shows another page', async () => {
    const tab: FakeTab = {
      url: FIXTURE_URL,
      injected: false,
      extract: (force) => extractFixture(tab.url, force),
    };
    const tabId = fakeTab(tab);
    await getPageState(tabId);
    tab.url = `${FIXTURE_URL}?page=2`; // a history-API navigation the worker was not told of
    tab.extract = (force) => extractFixture(tab.url, force);
    const state = await getPageState(tabId);
    expect(state.kind === 'article' && state.article.url).toBe(`${FIXTURE_URL}?page=2`);
    expect(analyses()).toBe(2);
  });

  it('keeps a reading through an anchor jump (same page, new fragment)', async () => {
    const tab: FakeTab = { url: FIXTURE_URL, injected: false, extract: () => extractFixture() };
    const tabId = fakeTab(tab);
    await getPageState(tabId);
    tab.url = `${FIXTURE_URL}#comments`;
    await getPageState(tabId);
    expect(analyses()).toBe(1);
  });

  it('uses the summary length from the settings, and a change of it makes readings stale', async () => {
    await updateSettings({ summarySentences: 5 });
    const tabId = fixtureTab();
    const state = await getPageState(tabId);
    expect(state.kind === 'article' && state.analysis.summary.length).toBe(5);
  });

  it('reports a page that is not an article with its reason', async () => {
    const tabId = fakeTab({
      url: 'https://news.example/international',
      injected: true,
      extract: () => ({
        isArticle: false,
        url: 'https://news.example/international',
        title: 'International',
        reason: 'This looks like a list of links, not an article.',
      }),
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
      refuse: 'Cannot access contents of the page. Extension manifest must request permission.',
    });
    const state = await getPageState(tabId);
    expect(state.kind).toBe('restricted');
    if (state.kind === 'restricted') expect(state.reason).toMatch(/^Tidings cannot read this page/);
  });

  it('shows the saved state of an article already in the library', async () => {
    const tabId = fixtureTab();
    await getPageState(tabId);
    await saveTabContent(tabId, FIXTURE_URL, toArticleContent(fixtureArticle()), true);
    const state = await getPageState(tabId);
    expect(state.kind === 'article' && state.saved).toBe(true);
  });
});

describe('one reading per tab', () => {
  it('popup → Clean view → Save → popup again: one extraction and one analysis', async () => {
    const tabId = fixtureTab();
    expect((await getPageState(tabId)).kind).toBe('article');
    expect(await showCleanView(tabId, { open: true })).toEqual({ ok: true });
    expect(await saveTabArticle(tabId, true)).toEqual({ ok: true, saved: true });
    const again = await getPageState(tabId);
    expect(again.kind === 'article' && again.saved).toBe(true);
    expect({ extractions, analyses: analyses() }).toEqual({ extractions: 1, analyses: 1 });
    // The read is in history with the content the tab extracted, once.
    const entry = await getEntry(fixtureArticle().canonicalUrl ?? FIXTURE_URL);
    expect(entry).toMatchObject({ saved: true, timesRead: 1 });
    expect(entry?.contentHtml).toContain('Stoltenberg');
  });

  it('the reader from the shortcut (no popup first) also reads the page once', async () => {
    const tabId = fixtureTab();
    expect(await showCleanView(tabId, { force: true })).toEqual({ ok: true });
    await getPageState(tabId);
    expect({ extractions, analyses: analyses() }).toEqual({ extractions: 1, analyses: 1 });
  });

  it('a reading kept in session storage outlives the worker', async () => {
    const tabId = fixtureTab();
    await getPageState(tabId);
    // A new worker: nothing in memory, the same session storage.
    vi.resetModules();
    const fresh = await import('../../../entrypoints/background/page-state');
    await fresh.getPageState(tabId);
    expect(analyses()).toBe(1);
    expect((await getTabReading(tabId))?.kind).toBe('article');
  });

  it('a dropped reading (the tab reloaded) is made again from the kept extraction', async () => {
    const tabId = fixtureTab();
    await getPageState(tabId);
    await dropTabReading(tabId);
    await getPageState(tabId);
    expect({ extractions, analyses: analyses() }).toEqual({ extractions: 1, analyses: 2 });
  });
});

describe('the reader script in the tab', () => {
  const scriptCalls = () =>
    vi
      .mocked(fakeBrowser.scripting.executeScript)
      .mock.calls.map(([injection]) => ('files' in injection ? 'inject' : 'probe'));

  it('goes into a page read for the first time in one call, with no probe first', async () => {
    const tabId = fixtureTab();
    await getPageState(tabId);
    expect(scriptCalls()).toEqual(['inject']);
  });

  it('is not injected or probed again for the actions that follow on the same page', async () => {
    const tabId = fixtureTab();
    await getPageState(tabId);
    await showCleanView(tabId, { open: true });
    await saveTabArticle(tabId, true);
    expect(scriptCalls()).toEqual(['inject']);
  });

  it('is injected again when the note is stale (the page was replaced as it was written)', async () => {
    const tab: FakeTab = { url: FIXTURE_URL, injected: false, extract: () => extractFixture() };
    const tabId = fakeTab(tab);
    await noteReaderScript(tabId, true); // the note says so, but this page has no script
    const state = await getPageState(tabId);
    expect(state.kind).toBe('article');
    expect(scriptCalls()).toEqual(['inject']);
    expect(await hasReaderScript(tabId)).toBe(true);
  });

  it('is forgotten with the page when the tab loads another one or closes', async () => {
    setupReadings();
    const tabId = fixtureTab();
    await getPageState(tabId);
    expect(await hasReaderScript(tabId)).toBe(true);
    await fakeBrowser.tabs.onUpdated.trigger(tabId, { status: 'loading' }, { id: tabId } as never);
    await vi.waitFor(async () => expect(await hasReaderScript(tabId)).toBe(false));
    await noteReaderScript(tabId, true);
    await fakeBrowser.tabs.onRemoved.trigger(tabId, { windowId: 1, isWindowClosing: false });
    await vi.waitFor(async () => expect(await hasReaderScript(tabId)).toBe(false));
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
    expect(sent).toEqual([
      { tabId, type: 'showReader', data: { open: true, force: undefined, reading: undefined } },
    ]);
  });

  it('sends the kept reading with the request, so the reader shows entities at once', async () => {
    const tabId = fixtureTab();
    await getPageState(tabId);
    sent.length = 0;
    await showCleanView(tabId, { open: true });
    const data = sent.find((m) => m.type === 'showReader')?.data as { reading?: unknown };
    expect(data.reading).toMatchObject({ saved: false, article: { url: FIXTURE_URL } });
  });

  it('reports why it cannot open instead of throwing', async () => {
    const tabId = fakeTab({
      url: 'https://example.com/',
      injected: false,
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
  it('gives the reader the reading and records the read in history', async () => {
    const tabId = fixtureTab();
    const article = fixtureArticle();
    const reading = await readingForReader(tabId, FIXTURE_URL, false);
    expect(reading.saved).toBe(false);
    expect(reading.analysis.entities.places.map((p) => p.name)).toContain('Washington');
    await recordTabRead(tabId, FIXTURE_URL, toArticleContent(article), 'read-1');
    const entry = await getEntry(article.canonicalUrl ?? article.url);
    expect(entry?.title).toBe(article.title);
  });

  it('records nothing while history is paused, but still gives the reading', async () => {
    await updateSettings({ historyEnabled: false });
    const tabId = fixtureTab();
    const article = fixtureArticle();
    const reading = await readingForReader(tabId, FIXTURE_URL, false);
    expect(reading.analysis.summary.length).toBeGreaterThan(0);
    await recordTabRead(tabId, FIXTURE_URL, toArticleContent(article), 'read-1');
    expect(await getEntry(article.canonicalUrl ?? article.url)).toBeUndefined();
  });

  it('does not record clean view "anyway" on a page that is not an article', async () => {
    const url = 'https://news.example/international';
    const tabId = fakeTab({
      url,
      injected: false,
      extract: (force) =>
        force
          ? { ...fixtureArticle(), url, canonicalUrl: null }
          : { isArticle: false, url, title: 'International', reason: 'An index page.' },
    });
    expect(await showCleanView(tabId, { open: true, force: true })).toEqual({ ok: true });
    expect((await getTabReading(tabId))?.forced).toBe(true);
    await recordTabRead(tabId, url, toArticleContent(fixtureArticle()), 'read-1');
    expect(await getEntry(url)).toBeUndefined();
  });

  it('saves and unsaves from the reader and from the popup', async () => {
    const tabId = fixtureTab();
    const article = fixtureArticle();
    const key = article.canonicalUrl ?? article.url;
    expect(await saveTabContent(tabId, FIXTURE_URL, toArticleContent(article), true)).toEqual({
      saved: true,
    });
    expect(await isSaved(key)).toBe(true);
    expect(await saveTabArticle(tabId, false)).toEqual({ ok: true, saved: false });
    expect(await isSaved(key)).toBe(false);
  });
});
