import { setupHistory } from './history';
import { setupMessaging } from './messaging';
import { setupCleanViewTriggers } from './triggers';

export default defineBackground(() => {
  // Composition root: features register their listeners here, synchronously, on every start.
  setupHistory();
  setupMessaging();
  setupCleanViewTriggers();
});
