import { useId, useState } from 'react';
import { isRelayTemplate } from '../../../lib/relay';
import { useSettingsStore } from '../store/settings-store';

const INVALID =
  'Enter an address that starts with https:// or http://, such as https://relay.example/feed?url={url}, or leave it empty.';

/**
 * The relay address, saved when the reader leaves the field or presses Enter: a half-typed
 * address is never used. While they type, the field shows their text, not the stored one.
 */
export function RelayField() {
  const relay = useSettingsStore((state) => state.relay);
  const change = useSettingsStore((state) => state.change);
  const id = useId();
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [message, setMessage] = useState('');

  const save = () => {
    if (draft === null) return;
    const value = draft.trim();
    if (!isRelayTemplate(value)) {
      setError(INVALID);
      return;
    }
    setDraft(null);
    setError('');
    if (value === relay) return;
    change('relay', value);
    setMessage(
      value
        ? 'Saved: feeds from other sites now go through this address.'
        : 'Saved: feeds are fetched directly again.',
    );
  };

  return (
    <div className="settings-field">
      <label htmlFor={`${id}-relay`}>Fetch feeds through</label>
      <p id={`${id}-hint`} className="muted">
        For sites that do not let other sites read their feeds: the address of a relay you run, with{' '}
        <code>{'{url}'}</code> where the feed’s address goes. Leave it empty to fetch feeds
        directly.
      </p>
      <input
        id={`${id}-relay`}
        type="text"
        inputMode="url"
        autoComplete="off"
        spellCheck={false}
        placeholder="https://relay.example/feed?url={url}"
        value={draft ?? relay}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error ${id}-hint` : `${id}-hint`}
        onChange={(event) => {
          setDraft(event.target.value);
          setMessage('');
        }}
        onBlur={save}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          event.preventDefault();
          save();
        }}
      />
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
      <p aria-live="polite" className="settings-field-status">
        {message}
      </p>
    </div>
  );
}
