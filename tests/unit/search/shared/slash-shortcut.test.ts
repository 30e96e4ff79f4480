import { describe, expect, test } from 'vitest';
import {
  SLASH_SHORTCUT_STORAGE_KEY,
  slashShortcutOn,
  storeSlashShortcut,
} from '../../../../src/search/shared/slash-shortcut.ts';
import { SEARCH_SHORTCUT_SCRIPT } from '../../../../src/search/build/shortcut-script.ts';

function memoryStorage(): Storage {
  const items = new Map<string, string>();
  return {
    get length() {
      return items.size;
    },
    clear: () => items.clear(),
    getItem: (key) => items.get(key) ?? null,
    key: (index) => [...items.keys()][index] ?? null,
    removeItem: (key) => void items.delete(key),
    setItem: (key, value) => void items.set(key, value),
  };
}

const refusing = {
  getItem: () => {
    throw new Error('SecurityError');
  },
  setItem: () => {
    throw new Error('QuotaExceededError');
  },
  removeItem: () => {
    throw new Error('SecurityError');
  },
};

describe('the «/» shortcut switch', () => {
  test('is on until the reader turns it off, and on again after', () => {
    const storage = memoryStorage();
    expect(slashShortcutOn(storage)).toBe(true);
    expect(storeSlashShortcut(storage, false)).toBe(true);
    expect(storage.getItem(SLASH_SHORTCUT_STORAGE_KEY)).toBe('off');
    expect(slashShortcutOn(storage)).toBe(false);
    expect(storeSlashShortcut(storage, true)).toBe(true);
    expect(storage.length).toBe(0);
    expect(slashShortcutOn(storage)).toBe(true);
  });

  test('stays on, and says the choice was not kept, where storage is missing or refuses', () => {
    expect(slashShortcutOn(undefined)).toBe(true);
    expect(slashShortcutOn(refusing)).toBe(true);
    expect(storeSlashShortcut(undefined, false)).toBe(false);
    expect(storeSlashShortcut(refusing, false)).toBe(false);
  });

  test('the inline shortcut script reads the same key', () => {
    expect(SEARCH_SHORTCUT_SCRIPT).toContain(JSON.stringify(SLASH_SHORTCUT_STORAGE_KEY));
  });
});
