import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY, guardNavigation, isAppUrl, windowOptions } from './security.js';

describe('the hardened window', () => {
  it('isolates and sandboxes the page, with no Node', () => {
    expect(windowOptions('/app/preload.cjs', { width: 800, height: 600 }).webPreferences).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('allows scripts only from the app, no eval, no remote connections', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toContain("connect-src 'self'");
  });

  it('denies window.open and navigation away from the app; external links go to the browser', () => {
    const handlers: Record<string, (e: { preventDefault(): void }, url: string) => void> = {};
    let openHandler: ((d: { url: string }) => { action: string }) | undefined;
    const contents = {
      on: (event: string, f: (e: { preventDefault(): void }, url: string) => void) => ((handlers[event] = f), contents),
      setWindowOpenHandler: (f: (d: { url: string }) => { action: string }) => (openHandler = f),
    };
    const external = vi.fn();
    guardNavigation(contents as never, 'file:///app/index.html', external);
    expect(openHandler!({ url: 'https://example.org/' })).toEqual({ action: 'deny' });
    expect(external).toHaveBeenCalledWith('https://example.org/');
    const prevent = vi.fn();
    handlers['will-navigate']!({ preventDefault: prevent }, 'file:///etc/passwd');
    expect(prevent).toHaveBeenCalledTimes(1);
    handlers['will-navigate']!({ preventDefault: prevent }, 'file:///app/index.html?x=1');
    expect(prevent).toHaveBeenCalledTimes(1);
    expect(isAppUrl('javascript:alert(1)', 'file:///app/index.html')).toBe(false);
  });
});
