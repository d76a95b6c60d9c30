// What every page shares around its content: the icons, the navigation's language switch, and the "who am I"
// stand-in strip under the header (identity.js). The navigation itself is plain markup in each page, so it works
// before any script runs.
import { getDepartments } from './api.js';
import { ensureIcons } from './icons.js';
import { renderIdentityBar } from './identity.js';
import { applyDocumentLanguage, lang, setLang, translate } from './i18n.js';

let departmentsLoading = null;
let departmentList = [];

/** Every department (loaded once per page; a failure is retried on the next call). */
export function departments() {
  departmentsLoading ??= getDepartments().then(
    (list) => (departmentList = list),
    (error) => {
      departmentsLoading = null;
      throw error;
    });
  return departmentsLoading;
}

/** The departments loaded so far (empty until departments() resolves). */
export const knownDepartments = () => departmentList;

/**
 * Draws the shared parts. With onLanguage, the shell also handles the FR/EN buttons and calls onLanguage() after
 * switching (the catalogue page handles its buttons itself).
 */
export function mountShell({ onLanguage } = {}) {
  ensureIcons();
  const bar = document.getElementById('identity');
  if (bar) {
    renderIdentityBar(bar, []);
    departments().then((list) => renderIdentityBar(bar, list)).catch(() => {});
  }

  // The pages keep their state in the hash (#request=…): the skip link moves focus without touching it.
  for (const link of document.querySelectorAll('.skip-link[href="#main"]')) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      document.getElementById('main')?.focus();
    });
  }

  if (onLanguage) {
    for (const button of document.querySelectorAll('[data-lang]')) {
      button.addEventListener('click', () => {
        if (button.dataset.lang === lang()) return;
        setLang(button.dataset.lang);
        refreshShell();
        onLanguage();
      });
    }
  }

  refreshShell();
}

/** Re-applies the language to the document and the shared parts. */
export function refreshShell() {
  applyDocumentLanguage();
  translate();
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang()));
  }

  const bar = document.getElementById('identity');
  if (bar) renderIdentityBar(bar, departmentList);
}
