import { useState } from 'react';
import { useSettingsStore } from '../store/settings-store';
import { RelayField } from './relay-field';
import { LineWidthChoice, TextSizeChoice, ThemeChoice, TypefaceChoice } from './setting-choices';
import '../settings.css';

/**
 * Every setting. Each choice applies and is saved at once; the relay address, once complete.
 * There is nothing to submit.
 */
export function SettingsForm() {
  const reset = useSettingsStore((state) => state.reset);
  const [message, setMessage] = useState('');
  return (
    <form
      className="settings-form"
      aria-label="Display settings"
      onSubmit={(event) => event.preventDefault()}
      onChange={() => setMessage('')}
    >
      <p className="muted">Changes apply straight away and are kept in this browser.</p>
      <ThemeChoice />
      <TextSizeChoice />
      <LineWidthChoice />
      <TypefaceChoice />
      <RelayField />
      <p className="settings-reset">
        <button
          type="button"
          className="button"
          onClick={() => {
            reset();
            setMessage('The default settings are back.');
          }}
        >
          Reset to defaults
        </button>{' '}
        <span role="status">{message}</span>
      </p>
    </form>
  );
}
