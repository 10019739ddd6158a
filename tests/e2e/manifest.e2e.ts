// The built manifests ask for the least the features need: no host access up front, no content
// script on every page, no remote code.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXPECTED = [
  'activeTab',
  'alarms',
  'contextMenus',
  'scripting',
  'storage',
  'unlimitedStorage',
];

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const path = resolve('.output', target, 'manifest.json');
  describe(`${target} manifest`, () => {
    it('exists (run `npm run build` / `npm run build:firefox` first)', () => {
      expect(existsSync(path)).toBe(true);
    });

    it('asks only for the permissions the features use, and no host access', () => {
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      const permissions: string[] = manifest.permissions ?? [];
      // MV2 (Firefox) lists host patterns among permissions: there must be none.
      expect([...permissions].sort()).toEqual(EXPECTED);
      expect(manifest.host_permissions ?? []).toEqual([]);
      expect(manifest.content_scripts ?? []).toEqual([]);
      const csp = JSON.stringify(manifest.content_security_policy ?? '');
      expect(csp).not.toMatch(/https?:|unsafe-eval/);
    });

    it('offers host access only as optional, asked by automatic clean view when turned on', () => {
      const manifest = JSON.parse(readFileSync(path, 'utf8'));
      const optional =
        target === 'chrome-mv3'
          ? manifest.optional_host_permissions
          : manifest.optional_permissions;
      expect(optional).toEqual(['*://*/*']);
    });
  });
}

describe('the test build (.output-e2e, never shipped)', () => {
  it('grants host access to the test server only', () => {
    const path = resolve('.output-e2e', 'chrome-mv3', 'manifest.json');
    expect(existsSync(path)).toBe(true);
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    expect(manifest.host_permissions).toEqual(['*://127.0.0.1/*']);
  });
});
