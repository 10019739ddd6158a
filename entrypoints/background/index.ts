import { defineBackground } from 'wxt/utils/define-background';
import { setupAutoClean } from './auto-clean';
import { setupHistory } from './history';
import { setupMessaging } from './messaging';
import { setupReadings } from './readings';
import { setupCleanViewTriggers, setupToolbarButton } from './triggers';

export default defineBackground(() => {
  // Composition root: features register their listeners here, synchronously, on every start.
  setupHistory();
  setupReadings();
  setupMessaging();
  setupCleanViewTriggers();
  setupToolbarButton();
  setupAutoClean();
});
