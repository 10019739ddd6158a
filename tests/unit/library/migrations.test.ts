import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { packContent } from '../../../utils/library/compress';
import {
  closeLibrary,
  getEntry,
  isSaved,
  LibraryDb,
  LibraryUpgradeError,
  listEntries,
  openLibraryDb,
} from '../../../utils/library/db';
import { LIBRARY_DB_NAME, SCHEMA_VERSIONS } from '../../../utils/library/schema';
import type { EntryRow, MetaRow } from '../../../utils/library/types';

interface Example {
  entries: EntryRow[];
  contents: Array<{ url: string; html: string; text: string }>;
  meta: MetaRow[];
}

function example(version: number): Example {
  const url = new URL(`./migrations/v${version}-example.json`, import.meta.url);
  return JSON.parse(readFileSync(url, 'utf8')) as Example;
}

/** Write the stored example of schema `version` the way that version stored it. */
async function seed(version: number): Promise<void> {
  const data = example(version);
  const db = new LibraryDb(
    LIBRARY_DB_NAME,
    SCHEMA_VERSIONS.filter((v) => v.version <= version),
  );
  await db.open();
  await db.entries.bulkPut(data.entries);
  await db.contents.bulkPut(
    data.contents.map((c) => ({ url: c.url, ...packContent(c.html, c.text) })),
  );
  await db.meta.bulkPut(data.meta);
  db.close();
}

beforeEach(async () => {
  fakeBrowser.reset();
  closeLibrary();
  await Dexie.delete(LIBRARY_DB_NAME);
});

describe('schema versions', () => {
  it('are numbered in order starting at 1', () => {
    expect(SCHEMA_VERSIONS.map((v) => v.version)).toEqual(SCHEMA_VERSIONS.map((_, i) => i + 1));
  });

  it('v1: a stored v1 library opens with the current schema, nothing lost', async () => {
    await seed(1);
    const list = await listEntries();
    expect(list.map((e) => e.title)).toEqual(['Stoltenberg visits Vilnius ahead of NATO summit']);
    expect(await isSaved('http://127.0.0.1:8080/news/nato-visit')).toBe(true);
    const entry = await getEntry('https://news.example.org/world/nato-visit');
    expect(entry?.contentHtml).toContain('<b>Jens Stoltenberg</b>');
  });

  it('a failed upgrade keeps the old data and reports it', async () => {
    await seed(1);
    const latest = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
    const broken = new LibraryDb(LIBRARY_DB_NAME, [
      ...SCHEMA_VERSIONS,
      {
        version: latest + 1,
        stores: { entries: 'url, readUrl, lastOpened, site, seq, *entityKeys, byline' },
        upgrade: async (tx) => {
          await tx.table('entries').toCollection().modify({ title: 'overwritten' });
          throw new Error('disk full');
        },
      },
    ]);
    const failure = await openLibraryDb(broken).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(LibraryUpgradeError);
    expect((failure as Error).message).toMatch(/nothing was deleted.*disk full/);
    broken.close();

    const list = await listEntries();
    expect(list.map((e) => e.title)).toEqual(['Stoltenberg visits Vilnius ahead of NATO summit']);
    const raw = new LibraryDb();
    await raw.open();
    expect(raw.verno).toBe(latest);
    raw.close();
  });
});
