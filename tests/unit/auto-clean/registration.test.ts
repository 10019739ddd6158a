import { describe, expect, it } from 'vitest';
import {
  autoCleanMode,
  everywhereWaiting,
  neededOrigins,
  plannedRegistration,
  sameRegistration,
  sitesWaiting,
} from '../../../utils/auto-clean/registration';
import { ALL_SITES } from '../../../utils/auto-clean/sites';
import { DEFAULT_SETTINGS, type Settings } from '../../../utils/model';

const settings = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe('what the settings ask of the browser', () => {
  it('registers nothing by default, and asks for no access', () => {
    expect(plannedRegistration(DEFAULT_SETTINGS, [])).toBeNull();
    expect(neededOrigins(DEFAULT_SETTINGS)).toEqual([]);
  });

  it('registers the detector at document start on the chosen sites this browser gave access to', () => {
    const s = settings({ autoCleanSites: ['a.example', 'b.example'] });
    const granted = ['*://a.example/*', '*://www.a.example/*'];
    expect(plannedRegistration(s, granted)).toEqual({
      id: 'tidings-auto-clean',
      js: ['auto-clean.js'],
      matches: ['*://a.example/*', '*://www.a.example/*'],
      excludeMatches: [],
      runAt: 'document_start',
      allFrames: false,
      persistAcrossSessions: true,
    });
    expect(sitesWaiting(s, granted)).toEqual(['b.example']);
    expect(neededOrigins(s)).toEqual([
      '*://a.example/*',
      '*://www.a.example/*',
      '*://b.example/*',
      '*://www.b.example/*',
    ]);
  });

  it('registers on every site for "every news article", minus the stopped sites', () => {
    const s = settings({
      autoCleanEverywhere: true,
      autoCleanSites: ['a.example'],
      autoCleanStoppedSites: ['c.example'],
    });
    expect(plannedRegistration(s, [ALL_SITES])).toMatchObject({
      matches: [ALL_SITES],
      excludeMatches: ['*://c.example/*', '*://www.c.example/*'],
    });
    expect(everywhereWaiting(s, [ALL_SITES])).toBe(false);
    // Without the access, only the chosen site that has its own.
    expect(everywhereWaiting(s, ['*://a.example/*', '*://www.a.example/*'])).toBe(true);
    expect(plannedRegistration(s, ['*://a.example/*', '*://www.a.example/*'])).toMatchObject({
      matches: ['*://a.example/*', '*://www.a.example/*'],
      excludeMatches: [],
    });
    expect(neededOrigins(s)).toContain(ALL_SITES);
  });

  it('tells the mode of a site', () => {
    const s = settings({
      autoCleanEverywhere: true,
      autoCleanSites: ['a.example'],
      autoCleanStoppedSites: ['c.example'],
    });
    expect(autoCleanMode(s, 'a.example')).toBe('site');
    expect(autoCleanMode(s, 'b.example')).toBe('news');
    expect(autoCleanMode(s, 'c.example')).toBeNull();
    expect(autoCleanMode(settings({ autoCleanSites: ['a.example'] }), 'b.example')).toBeNull();
    expect(autoCleanMode(s, null)).toBeNull();
  });

  it('knows a registration the browser reports as the planned one', () => {
    const planned = plannedRegistration(settings({ autoCleanSites: ['a.example'] }), [ALL_SITES])!;
    // Chrome reports the file as given; defaults may be left out.
    const { excludeMatches: _, ...reported } = planned;
    expect(sameRegistration({ ...reported, js: ['/auto-clean.js'] }, planned)).toBe(true);
    expect(sameRegistration({ ...reported, matches: ['*://b.example/*'] }, planned)).toBe(false);
    expect(sameRegistration({ ...reported, runAt: 'document_idle' }, planned)).toBe(false);
  });
});
