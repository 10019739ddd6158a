import { render } from 'preact';
import '@/components/entity-chips.css';
import '@/components/reader/reader.css';
import '@/components/library/library.css';
import { App } from './App';

const root = document.getElementById('app');
if (root) render(<App />, root);
