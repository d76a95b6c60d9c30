// What every page shares around its content: the icons, the navigation's language switch, the signed-in person in
// the header with "Sign out" (identity.js), and the links only some people may follow (People, Audit). The
// navigation itself is plain markup in each page, so it works before any script runs.
import { getDepartments } from './api.js';
import { ensureIcons } from './icons.js';
import { current, managesPeople, me, nameIn, renderAccount } from './identity.js';
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
  me().then(refreshShell, (error) => console.warn('Could not load the signed-in person', error));
  departments().then(refreshShell, () => {});
}

/** Re-applies the language to the document and the shared parts. */
export function refreshShell() {
  applyDocumentLanguage();
  translate();
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang()));
  }

  const person = current();
  const account = document.getElementById('account');
  if (account) renderAccount(account, nameIn(departmentList));
  for (const item of document.querySelectorAll('[data-nav="people"]')) item.hidden = !managesPeople(person);
  for (const item of document.querySelectorAll('[data-nav="audit"]')) item.hidden = !person?.auditor;
}
