import type { Banner } from './use-document-session.js';

/** What just happened (saved, exported, changed on disk, an error), with what the writer can do about it. */
export function MessageBanner({ banner, onDismiss }: { banner: Banner | undefined; onDismiss: () => void }) {
  if (!banner) return null;
  return (
    <div className={`rl-banner rl-banner-${banner.kind}`} role={banner.kind === 'info' ? 'status' : 'alert'}>
      {banner.text}
      {banner.actions?.map((a) => (
        <button key={a.label} onClick={a.run}>
          {a.label}
        </button>
      ))}
      <button className="rl-icon" onClick={onDismiss} aria-label="Dismiss">×</button>
    </div>
  );
}
