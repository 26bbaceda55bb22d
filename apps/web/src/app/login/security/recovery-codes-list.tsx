/** Recovery codes as they are shown, once: in a grid that is easy to copy or write down. */
export function RecoveryCodesList({ codes }: { codes: readonly string[] }) {
  return (
    <ul className="grid grid-cols-2 gap-2 rounded-lg bg-surface-muted p-3 font-mono text-sm">
      {codes.map((code) => (
        <li key={code}>{code}</li>
      ))}
    </ul>
  );
}
