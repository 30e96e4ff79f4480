/**
 * The search page's checkbox for the «/» shortcut (src/search/shared/slash-shortcut.ts). It is
 * hidden in the HTML and shown here, since without JavaScript there is no shortcut to turn off.
 */
import { slashShortcutOn, storeSlashShortcut } from '../shared/slash-shortcut.ts';

/** Wires the checkbox inside `setting` to the stored choice and shows it. */
export function connectSlashSetting(setting: HTMLElement): void {
  const toggle = setting.querySelector<HTMLInputElement>('input[type="checkbox"]');
  if (!toggle) throw new Error('[data-search-slash-setting] holds no checkbox');
  toggle.checked = slashShortcutOn(browserStorage());
  toggle.addEventListener('change', () => {
    // Refused storage (private mode): the box shows what the shortcut will still do.
    if (!storeSlashShortcut(browserStorage(), toggle.checked)) toggle.checked = true;
  });
  setting.hidden = false;
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
