import { useSettingsStore } from '../features/settings/store/settings-store';
import { setRelay } from '../lib/relay';

// Feed requests (lib) cannot read the settings feature: the relay the reader sets is handed
// over here, before the first request, and again whenever it changes (in any tab).
setRelay(useSettingsStore.getState().relay);
useSettingsStore.subscribe((state, before) => {
  if (state.relay !== before.relay) setRelay(state.relay);
});
