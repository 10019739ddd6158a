// Fixture of tests/unit/i18n.test.ts: the UI-text check must find every string below.
export function Probe({ saved }: { saved: boolean }) {
  return (
    <p>
      Save
      <button title="Close">×</button>
      {saved ? 'Saved' : 'Not saved'}
    </p>
  );
}
