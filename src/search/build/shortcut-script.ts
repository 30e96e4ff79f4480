/**
 * The search shortcut, inline on every page (no file is fetched): «/» or Ctrl+K (⌘K) moves
 * focus to the search box — the page's main one if it has one, else the header's. «/» obeys
 * the reader's switch on the search page (slash-shortcut.ts). Kept as source text so the
 * Content-Security-Policy can allow it by its hash (src/lib/deploy/inline-scripts.ts).
 */
import { SLASH_SHORTCUT_STORAGE_KEY } from '../shared/slash-shortcut.ts';

export const SEARCH_SHORTCUT_SCRIPT = `document.addEventListener('keydown', (e) => {
  const t = e.target;
  const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
  const slashOn = () => { try { return localStorage.getItem(${JSON.stringify(SLASH_SHORTCUT_STORAGE_KEY)}) !== 'off'; } catch { return true; } };
  if (!((e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey && slashOn()) || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k'))) return;
  const boxes = document.querySelectorAll('[data-search-focus]');
  const box = boxes[boxes.length - 1];
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});`;
