/**
 * The text of every inline `<script>` the layout writes into pages. The Content-Security-Policy
 * allows exactly these by their sha256, so the headers can be written without building; the
 * build then checks that the pages hold no other inline script (src/integrations/deploy-output.ts).
 */
import { SEARCH_SHORTCUT_SCRIPT } from '../../search/build/shortcut-script.ts';
import { THEME_SCRIPT } from '../theme/theme-script.ts';

export const INLINE_SCRIPTS: readonly string[] = [THEME_SCRIPT, SEARCH_SHORTCUT_SCRIPT];
