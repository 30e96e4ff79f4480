import { describe, expect, it } from 'vitest';
import { runInNewContext } from 'node:vm';
import { THEME_SCRIPT, THEME_STORAGE_KEY } from '../../../src/lib/theme/theme-script.ts';

/** Just enough of a browser for the script: a root element, storage and custom elements. */
function fakeBrowser(stored: Record<string, string> = {}, storageThrows = false) {
  const storage = { ...stored };
  const root = { dataset: {} as Record<string, string> };
  const defined = new Map<string, new () => FakeToggle>();
  class FakeElement {
    listeners: ((event: unknown) => void)[] = [];
    buttons: {
      dataset: { themeChoice: string };
      attributes: Record<string, string>;
      setAttribute(name: string, value: string): void;
      closest(): unknown;
    }[] = [];
    addEventListener(_type: string, listener: (event: unknown) => void) {
      this.listeners.push(listener);
    }
    querySelectorAll() {
      return this.buttons;
    }
  }
  type FakeToggle = FakeElement & { connectedCallback(): void };
  const localStorage = {
    getItem: (key: string) => {
      if (storageThrows) throw new Error('SecurityError');
      return storage[key] ?? null;
    },
    setItem: (key: string, value: string) => void (storage[key] = value),
    removeItem: (key: string) => void delete storage[key],
  };
  const window = {
    document: { documentElement: root, readyState: 'complete', addEventListener() {} },
    localStorage,
    HTMLElement: FakeElement,
    customElements: {
      get: (name: string) => defined.get(name),
      define: (name: string, element: new () => FakeToggle) => defined.set(name, element),
    },
  };
  runInNewContext(THEME_SCRIPT, { ...window, window });
  return { root, storage, defined };
}

function toggle(browser: ReturnType<typeof fakeBrowser>) {
  const Toggle = browser.defined.get('theme-toggle')!;
  const element = new Toggle();
  element.buttons = ['light', 'dark', 'system'].map((choice) => {
    const button = {
      dataset: { themeChoice: choice },
      attributes: {} as Record<string, string>,
      setAttribute(name: string, value: string) {
        this.attributes[name] = value;
      },
      closest: () => button,
    };
    return button;
  });
  element.connectedCallback();
  const click = (choice: string) => {
    const button = element.buttons.find((candidate) => candidate.dataset.themeChoice === choice)!;
    for (const listener of element.listeners) listener({ target: button });
  };
  const pressed = () =>
    element.buttons
      .filter((button) => button.attributes['aria-pressed'] === 'true')
      .map((button) => button.dataset.themeChoice);
  return { click, pressed };
}

describe('the theme script', () => {
  it('follows the system when nothing is stored', () => {
    expect(fakeBrowser().root.dataset).toEqual({});
  });

  it('applies a stored choice to <html data-theme>', () => {
    expect(fakeBrowser({ [THEME_STORAGE_KEY]: 'dark' }).root.dataset).toEqual({ theme: 'dark' });
    expect(fakeBrowser({ [THEME_STORAGE_KEY]: 'light' }).root.dataset).toEqual({ theme: 'light' });
  });

  it('ignores a stored value it does not know, and storage that refuses access', () => {
    expect(fakeBrowser({ [THEME_STORAGE_KEY]: 'sepia' }).root.dataset).toEqual({});
    expect(fakeBrowser({}, true).root.dataset).toEqual({});
  });

  it('defines a toggle that stores the choice, applies it and marks the pressed button', () => {
    const browser = fakeBrowser();
    const { click, pressed } = toggle(browser);
    expect(pressed()).toEqual(['system']);
    click('dark');
    expect(browser.root.dataset).toEqual({ theme: 'dark' });
    expect(browser.storage).toEqual({ [THEME_STORAGE_KEY]: 'dark' });
    expect(pressed()).toEqual(['dark']);
    click('system');
    expect(browser.root.dataset).toEqual({});
    expect(browser.storage).toEqual({});
    expect(pressed()).toEqual(['system']);
  });
});
