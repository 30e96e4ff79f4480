/**
 * The one inline script of every page. It runs in `<head>`, before the body is parsed, so
 * the reader's stored theme is on `<html data-theme>` before the first paint (no flash).
 * It also defines `<theme-toggle>`; with JavaScript off the toggle stays hidden
 * (`:not(:defined)`) and the page follows the system through `prefers-color-scheme`.
 * Kept as source text, not a bundled module: article pages load no script files.
 */

/** The localStorage key of the reader's choice: `light` or `dark`; absent = the system's. */
export const THEME_STORAGE_KEY = 'letopis-theme';

/** The choices the toggle offers. */
export const THEME_CHOICES = ['light', 'dark', 'system'] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];

/** The script text, for `<script is:inline set:html>`. */
export const THEME_SCRIPT = `(() => {
  const key = ${JSON.stringify(THEME_STORAGE_KEY)};
  const root = document.documentElement;
  const apply = (choice) => {
    if (choice === 'light' || choice === 'dark') root.dataset.theme = choice;
    else delete root.dataset.theme;
  };
  try { apply(localStorage.getItem(key)); } catch {}
  if (!window.customElements || customElements.get('theme-toggle')) return;
  customElements.define('theme-toggle', class extends HTMLElement {
    connectedCallback() {
      if (this.ready) return;
      this.ready = true;
      this.addEventListener('click', (event) => {
        const button = event.target.closest('button[data-theme-choice]');
        if (!button) return;
        const choice = button.dataset.themeChoice;
        try {
          if (choice === 'system') localStorage.removeItem(key);
          else localStorage.setItem(key, choice);
        } catch {}
        apply(choice);
        this.sync();
      });
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => this.sync());
      else this.sync();
    }
    sync() {
      const current = root.dataset.theme || 'system';
      for (const button of this.querySelectorAll('button[data-theme-choice]')) {
        button.setAttribute('aria-pressed', String(button.dataset.themeChoice === current));
      }
    }
  });
})();`;
