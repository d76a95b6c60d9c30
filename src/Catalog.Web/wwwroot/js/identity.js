// Who is signed in: GET /api/me, loaded once per page. It gives the person's department (the pages work in it),
// their role and organisation-wide roles (which links and tools the pages offer; the server checks every call
// anyway), and the anti-forgery token every change sends in the X-XSRF-TOKEN header. The header shows the person
// with a "Sign out" button: a plain form post to /signout carrying the same token.
import { h, icon } from './dom.js';
import { pick, t } from './i18n.js';

const signInPath = '/signin';
const signOutPath = '/signout';

let loading = null;
let person = null;

/** Sends the browser to the sign-in page, to come back here afterwards. */
export function redirectToSignIn() {
  const here = `${location.pathname}${location.search}${location.hash}`;
  location.assign(`${signInPath}?returnUrl=${encodeURIComponent(here)}`);
}

/** A promise that never settles: what a call returns while the browser leaves for the sign-in page. */
export const leaving = () => new Promise(() => {});

/**
 * The signed-in person (GET /api/me, once per page): { userId, name, departmentId, role, catalogueAdministrator,
 * auditor, managesDepartment, seesOrganisationBoard, antiforgeryToken }. Not signed in: off to the sign-in page.
 * A failure (server unreachable) rejects, and the next call tries again.
 */
export function me() {
  loading ??= (async () => {
    const response = await fetch('/api/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
    if (response.status === 401) {
      redirectToSignIn();
      return leaving();
    }

    if (!response.ok) throw new Error(`GET /api/me answered ${response.status}`);
    person = await response.json();
    return person;
  })();
  loading.catch(() => { loading = null; });
  return loading;
}

/** The signed-in person once me() has resolved, else null. */
export const current = () => person;

/** The signed-in person's department id (null before me() resolves, or for someone the directory places nowhere). */
export const department = () => person?.departmentId ?? null;

/** The anti-forgery token for X-XSRF-TOKEN (after me() resolves). */
export const antiforgeryToken = () => person?.antiforgeryToken ?? '';

/** "Requester" / "Demandeur", plus the organisation-wide roles. */
export function roleLabel(who = person) {
  if (!who) return '';
  const roles = [t(`role.${who.role}`)];
  if (who.catalogueAdministrator) roles.push(t('role.catalogueAdministrator'));
  if (who.auditor) roles.push(t('role.auditor'));
  return roles.join(', ');
}

/**
 * Whether the person may use the people page (AccessPolicy.CanSeePeople): managers of their department, catalogue
 * administrators, and auditors, who only read it.
 */
export const seesPeople = (who = person) => Boolean(who && (who.role === 'Manager' || who.catalogueAdministrator || who.auditor));

/**
 * The account part of the header: name, department and role, and "Sign out". departmentName(id) names a
 * department (the id until the departments are loaded).
 */
export function renderAccount(container, departmentName) {
  if (!person) {
    container.replaceChildren();
    return;
  }

  const token = h('input', { type: 'hidden', name: '__RequestVerificationToken', value: person.antiforgeryToken });
  const form = h('form', { class: 'account-signout', method: 'post', action: signOutPath },
    token,
    h('button', { type: 'submit', class: 'account-button', dataset: { testid: 'sign-out' } }, t('account.signOut')));
  const where = person.departmentId ? departmentName(person.departmentId) : t('account.noDepartment');
  container.replaceChildren(
    h('p', { class: 'account-who', dataset: { testid: 'account-who' } },
      icon('user'),
      h('span', { class: 'account-text' },
        h('strong', { class: 'account-name', dataset: { testid: 'account-name' } }, person.name),
        h('span', { class: 'account-meta', dataset: { testid: 'account-meta' } },
          h('span', { dataset: { testid: 'account-department' } }, where), ' · ',
          h('span', { dataset: { testid: 'account-role' } }, roleLabel())))),
    form);
  container.setAttribute('aria-label', t('account.label'));
}

/** The department's name from a list of departments ({ id, name }), or its id. */
export const nameIn = (departments) => (id) => pick(departments.find((d) => d.id === id)?.name) || id;
