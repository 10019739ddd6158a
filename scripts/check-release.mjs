/**
 * Release checks on the store packages `npm run zip` made (.output/*-chrome.zip, *-firefox.zip):
 * - both packages exist;
 * - every permission of both manifests is on the allow-list below (each with the feature that
 *   needs it), there is no host access up front, and the README lists exactly these permissions;
 * - the extension pages' CSP loads nothing from outside the extension;
 * - Mozilla's addons-linter reports 0 errors on the Firefox package (run offline: it needs none).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

/** Every permission Tidings may ask for, and why. A new one is added here and in the README. */
export const ALLOWED_PERMISSIONS = {
  activeTab: 'read the tab the user points clean view at (toolbar, shortcut, context menu)',
  scripting: 'inject the reader into that tab, on demand',
  storage: 'settings and the per-tab readings',
  contextMenus: 'the “Clean view” context menu item',
  alarms: 'daily history pruning that survives the worker’s death',
  unlimitedStorage: 'the offline library is not evicted when the disk runs low',
};
/** Optional permissions (asked for at the moment a feature needs them). */
/** Host access, asked only by automatic clean view in the browser's prompt (README). */
const ALLOWED_OPTIONAL = new Set(['*://*/*']);

const out = resolve('.output');
const problems = [];
const fail = (message) => problems.push(message);

const zips = existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.zip')) : [];
const chromeZip = zips.find((f) => f.endsWith('-chrome.zip'));
const firefoxZip = zips.find((f) => f.endsWith('-firefox.zip'));
if (!chromeZip) fail('no Chrome package in .output (run `npm run zip`)');
if (!firefoxZip) fail('no Firefox package in .output (run `npm run zip`)');

const readme = readFileSync('README.md', 'utf8');
// The paragraph that starts with **Permissions.**: the required ones are listed after "Required:"
// up to the sentence on host access (explanations in parentheses left out).
const readmeLine = (
  /\*\*Permissions\.\*\* Required:([^]*?)No host access/.exec(readme)?.[1] ?? ''
).replace(/\([^)]*\)/g, '');
const readmePermissions = [...readmeLine.matchAll(/`([^`]+)`/g)].map((m) => m[1]).sort();

for (const target of ['chrome-mv3', 'firefox-mv2']) {
  const path = resolve(out, target, 'manifest.json');
  if (!existsSync(path)) {
    fail(`${target}: no manifest (run \`npm run zip\`)`);
    continue;
  }
  const manifest = JSON.parse(readFileSync(path, 'utf8'));
  const permissions = manifest.permissions ?? [];
  for (const p of permissions) {
    if (!(p in ALLOWED_PERMISSIONS)) fail(`${target}: permission "${p}" is not on the allow-list`);
  }
  for (const p of [
    ...(manifest.optional_permissions ?? []),
    ...(manifest.optional_host_permissions ?? []),
  ]) {
    if (!(p in ALLOWED_PERMISSIONS) && !ALLOWED_OPTIONAL.has(p)) {
      fail(`${target}: optional permission "${p}" is not on the allow-list`);
    }
  }
  if ((manifest.host_permissions ?? []).length) fail(`${target}: host permissions up front`);
  if ((manifest.content_scripts ?? []).length) fail(`${target}: a content script on every page`);
  const csp = JSON.stringify(manifest.content_security_policy ?? '');
  if (!/img-src 'self' data: blob:/.test(csp)) fail(`${target}: the CSP does not restrict images`);
  if (/https?:|\*|unsafe-eval/.test(csp)) fail(`${target}: the CSP allows remote or eval'd code`);
  const listed = [...permissions].sort();
  if (JSON.stringify(listed) !== JSON.stringify(readmePermissions)) {
    fail(
      `${target}: README lists [${readmePermissions.join(', ')}] but the manifest asks for [${listed.join(', ')}]`,
    );
  }
}

if (firefoxZip) {
  const bin = resolve('node_modules/.bin/addons-linter');
  let report;
  try {
    report = execFileSync(bin, ['--output', 'json', resolve(out, firefoxZip)], {
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    // addons-linter exits non-zero when it found errors; the report is still on stdout.
    report = error.stdout ?? '';
  }
  const result = JSON.parse(report);
  const { errors, warnings } = result.summary;
  for (const w of result.warnings) console.log(`  warning ${w.code} ${w.file ?? ''}`);
  for (const e of result.errors) fail(`addons-linter: ${e.code} ${e.file ?? ''} ${e.message}`);
  console.log(`addons-linter: ${errors} errors, ${warnings} warnings on ${firefoxZip}`);
}

if (problems.length) {
  console.error(`Release check failed:\n- ${problems.join('\n- ')}`);
  process.exit(1);
}
console.log(
  `Release check: ${chromeZip} and ${firefoxZip} built; permissions on the allow-list and in the README.`,
);
