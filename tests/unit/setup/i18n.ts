// The browser's i18n API for unit tests: WXT's fake browser does not implement it, so messages
// come from `locales/en.yml` exactly as the build turns them into `_locales/en/messages.json`
// (Chrome's `$1`…`$9` substitutions included).
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(await parseMessagesFile('locales/en.yml'));

/** `browser.i18n.getMessage` as Chrome does it, for the default locale. */
export function getMessage(key: string, substitutions?: string | string[]): string {
  const found = messages[key];
  if (!found) return '';
  const subs = substitutions === undefined ? [] : [substitutions].flat();
  return found.message.replace(/\$(\$|[1-9])/g, (_, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

Object.assign(fakeBrowser.i18n, {
  getMessage,
  getUILanguage: () => 'en',
});
