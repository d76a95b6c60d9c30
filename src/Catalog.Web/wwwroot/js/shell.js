// What every page shares around its content: the icons and the header. Each page holds an empty
// <header class="app-header" id="app-header" data-page="…">; the shell draws the brand, the page links (the current
// one marked aria-current="page"; People and Audit only for those who may follow them), the FR/EN switch and the
// signed-in person with "Sign out" (identity.js). The header's height is reserved in the CSS, so the page does not
// move when it appears.
import { getDepartments, putJson } from './api.js';
import './messages-strings.js';
import { h, icon } from './dom.js';
import { ensureIcons } from './icons.js';
import { current, me, nameIn, renderAccount, seesPeople } from './identity.js';
import './surveys-strings.js';
import './complaints-strings.js';
import { applyDocumentLanguage, lang, languages, localeOf, setLang, t, translate } from './i18n.js';
import './scorecards-strings.js';
import './approvals-strings.js';
import './whatif-strings.js';
import './notifications-count.js';

/** The page links, in header order. `only` names the links shown to some people alone (see refreshShell). */
const pages = [
  { page: 'catalogue', href: './', key: 'nav.catalogue' },
  { page: 'requests', href: 'requests.html', key: 'nav.requests' },
  { page: 'queue', href: 'queue.html', key: 'nav.queue' },
  { page: 'board', href: 'board.html', key: 'nav.board' },
  { page: 'satisfaction', href: 'satisfaction.html', key: 'nav.satisfaction' },
  { page: 'messages', href: 'messages.html', key: 'nav.messages', only: 'messages' },
  { page: 'approvals', href: 'approvals.html', key: 'nav.approvals', only: 'approvals' },
  { page: 'scorecards', href: 'scorecards.html', key: 'nav.scorecards' },
  { page: 'complaints', href: 'complaints.html', key: 'nav.complaints' },
  { page: 'whatif', href: 'agreements.html', key: 'nav.whatif', only: 'whatif' },
  { page: 'people', href: 'people.html', key: 'nav.people', only: 'people' },
  { page: 'audit', href: 'audit.html', key: 'nav.audit', only: 'audit' },
  { page: 'notifications', href: 'notifications.html', key: 'nav.notifications' },
];

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
 * Draws the shared parts. With onLanguage, the shell also handles the FR/EN buttons: it switches, refreshes itself
 * and calls onLanguage() so the page redraws its own texts.
 */
export function mountShell({ onLanguage } = {}) {
  ensureIcons();
  renderHeader(document.getElementById('app-header'));

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
        // Signed in, the choice is the person's: their pages start in it and what the server tells them comes in it.
        if (current()) {
          putJson('/api/me/language', { language: button.dataset.lang })
            .then(() => { current().language = button.dataset.lang; },
              (error) => console.warn('Could not save the language', error));
        }
      });
    }
  }

  refreshShell();
  me().then((person) => {
    // The language the person chose wins over this browser's: the page switches to it once it knows who is here.
    if (person?.language && person.language !== lang() && languages.includes(person.language)) {
      setLang(person.language);
      refreshShell();
      onLanguage?.();
      return;
    }

    refreshShell();
  }, (error) => console.warn('Could not load the signed-in person', error));
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
  for (const item of document.querySelectorAll('[data-nav="people"]')) item.hidden = !seesPeople(person);
  for (const item of document.querySelectorAll('[data-nav="audit"]')) item.hidden = !person?.auditor;
  for (const item of document.querySelectorAll('[data-nav="messages"]')) item.hidden = !readsMessages(person);
  // The approvals page is for the same people (ApprovalSettingsApi reads: the department's people, administrators, auditors).
  for (const item of document.querySelectorAll('[data-nav="approvals"]')) item.hidden = !readsMessages(person);
  for (const item of document.querySelectorAll('[data-nav="whatif"]')) item.hidden = !(person?.catalogueAdministrator || person?.role === 'Manager');
}

/** Whether the person may read a library of standard messages (MessageAccess.CanRead): agents, managers, administrators, auditors. */
const readsMessages = (person) => Boolean(person && ((person.departmentId && person.role !== 'Requester') || person.catalogueAdministrator || person.auditor));

/** Fills the page's empty header (once). Its data-page names the current page. */
function renderHeader(header) {
  if (!header || header.childElementCount) return;

  // On the catalogue the department rail is the page's navigation: its links sit in the banner as a plain list,
  // and the brand carries the tagline.
  const here = header.dataset.page;
  const catalogue = here === 'catalogue';
  const label = { 'aria-label': t('nav.pages'), dataset: { i18nAttr: 'aria-label:nav.pages' } };
  const list = h('ul', { class: 'app-nav-list', ...(catalogue ? label : {}) }, pages.map((entry) =>
    h('li', { dataset: entry.only ? { nav: entry.only } : {}, hidden: Boolean(entry.only) },
      h('a', {
        class: 'app-nav-link',
        href: entry.href,
        'aria-current': entry.page === here ? 'page' : null,
        dataset: { i18n: entry.key, testid: `nav-${entry.page}` },
      }, t(entry.key)))));

  header.replaceChildren(
    h('a', { class: 'brand', href: './', 'aria-describedby': catalogue ? 'brand-tagline' : null },
      icon('logo', 'brand-logo'),
      h('span', { class: 'brand-name' }, 'Catalog')),
    catalogue ? h('span', { class: 'brand-tagline', id: 'brand-tagline', dataset: { i18n: 'brand.tagline' } }, t('brand.tagline')) : '',
    catalogue ? h('div', { class: 'app-nav' }, list) : h('nav', { class: 'app-nav', ...label }, list),
    h('div', { class: 'lang-switch', role: 'group', 'aria-label': t('lang.group'), dataset: { i18nAttr: 'aria-label:lang.group' } },
      languages.map((code) => h('button', {
        type: 'button',
        class: 'lang-button',
        lang: localeOf(code),
        'aria-pressed': String(code === lang()),
        title: t(`lang.${code}`),
        dataset: { lang: code, testid: `lang-${code}` },
      },
      h('span', { 'aria-hidden': 'true' }, code.toUpperCase()),
      h('span', { class: 'visually-hidden' }, t(`lang.${code}`))))),
    h('div', { class: 'account', id: 'account', role: 'group', dataset: { testid: 'account' } }));
}
