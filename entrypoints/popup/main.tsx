import { render } from 'preact';
import '@/components/entity-chips.css';
import '@/components/popup/popup.css';
import { App } from './App';
import { loadPopupStart } from './popup-start';

function main(): void {
  performance.mark('tidings:popup-start');
  // The tab and its kept reading are read while Preact renders the popup's frame.
  const start = loadPopupStart();
  const root = document.getElementById('app');
  if (root) render(<App start={start} />, root);
}

main();
