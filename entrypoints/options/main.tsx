import { render } from 'preact';
import { i18n } from '#i18n';
import '@/components/entity-chips.css';
import '@/components/reader/fonts.css';
import '@/components/reader/reader.css';
import '@/components/library/library.css';
import { App } from './App';
import { loadFirstScreen } from './first-screen';

function main(): void {
  performance.mark('tidings-options-start');
  document.title = i18n.t('library.title');
  // The database reads start now, while Preact renders the page's frame.
  const firstScreen = loadFirstScreen();
  const root = document.getElementById('app');
  if (root) render(<App firstScreen={firstScreen} />, root);
}

main();
