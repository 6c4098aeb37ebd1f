import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, mainWindowOptions } from '../../../electron/main/window';

type WindowCtor = Parameters<typeof createMainWindow>[0];

/** Just enough of BrowserWindow for createMainWindow: events, show and loadURL. */
class FakeWindow extends EventEmitter {
  static created: FakeWindow[] = [];
  readonly show = vi.fn();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeWindow.created.push(this);
  }
}

describe('mainWindowOptions', () => {
  const options = mainWindowOptions('/app/out/preload/index.cjs');
  const prefs = options.webPreferences ?? {};

  it('turns on every renderer isolation switch', () => {
    expect(prefs.contextIsolation).toBe(true);
    expect(prefs.sandbox).toBe(true);
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
    expect(prefs.webSecurity).toBe(true);
    expect(prefs.webviewTag).toBe(false);
    expect(prefs.allowRunningInsecureContent).toBe(false);
    expect(prefs.experimentalFeatures).toBe(false);
  });

  it('uses the given preload and starts hidden', () => {
    expect(prefs.preload).toBe('/app/out/preload/index.cjs');
    expect(options.show).toBe(false);
  });
});

describe('createMainWindow', () => {
  it('builds the window from mainWindowOptions, loads app://lockstep/index.html, and shows it only on ready-to-show', () => {
    FakeWindow.created = [];
    // FakeWindow implements only what createMainWindow touches; the cast is the injection seam.
    const win = createMainWindow(FakeWindow as unknown as WindowCtor, '/preload.cjs');
    const fake = FakeWindow.created[0];
    expect(FakeWindow.created).toHaveLength(1);
    expect(win).toBe(fake);
    if (!fake) throw new Error('no window was created');

    expect(fake.options).toEqual(mainWindowOptions('/preload.cjs'));
    expect(fake.loadURL).toHaveBeenCalledTimes(1);
    expect(fake.loadURL).toHaveBeenCalledWith('app://lockstep/index.html');
    expect(fake.show).not.toHaveBeenCalled();

    fake.emit('ready-to-show');
    expect(fake.show).toHaveBeenCalledTimes(1);
  });
});
