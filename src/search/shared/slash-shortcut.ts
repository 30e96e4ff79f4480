/**
 * The reader's switch for the «/» search shortcut. WCAG 2.1.4 (Character Key Shortcuts) asks
 * that a shortcut of one printable key can be turned off: speech input types «/» as text, and
 * a stray key press would move focus. Ctrl+K (⌘K) has a modifier and always works.
 * The inline shortcut script (shortcut-script.ts) reads the same key.
 */

/** The localStorage key: `off` when the reader turned «/» off; absent = on. */
export const SLASH_SHORTCUT_STORAGE_KEY = 'letopis-search-slash';

/** Whether «/» moves focus to search; on where storage is missing or refuses to be read. */
export function slashShortcutOn(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(SLASH_SHORTCUT_STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

/** Stores the reader's choice; false when the browser refused it (private mode, quota). */
export function storeSlashShortcut(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | undefined,
  on: boolean,
): boolean {
  try {
    if (!storage) return false;
    if (on) storage.removeItem(SLASH_SHORTCUT_STORAGE_KEY);
    else storage.setItem(SLASH_SHORTCUT_STORAGE_KEY, 'off');
    return true;
  } catch {
    return false;
  }
}
