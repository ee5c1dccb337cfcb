import { useSetAsideNotice } from '../store/safe-storage';

/** Told once: saved comments this version could not read were moved aside, not destroyed. */
export function SetAsideNotice() {
  const shown = useSetAsideNotice((state) => state.shown);
  if (!shown) return null;
  return (
    <div role="alert" className="notice notice-error comment-notice">
      <p>Saved comments could not be read; they were set aside.</p>
      <button
        type="button"
        className="button"
        onClick={() => useSetAsideNotice.setState({ shown: false })}
      >
        Dismiss
      </button>
    </div>
  );
}
