// Who is using the page, until sign-in exists: a department and a name, both kept in localStorage and shown in a
// strip under the header that says plainly it is a stand-in. Requests are filed for this department, and the name
// signs every request and action (requester / by).
import { h, icon } from './dom.js';
import { collator, pick, t } from './i18n.js';

const departmentKey = 'catalog.department';
const nameKey = 'catalog.name';
const defaultDepartment = 'hr';

const handlers = new Set();
let bar = null;
let knownDepartments = [];

function read(key) {
  try {
    return localStorage.getItem(key);
  } catch {
    return null; // storage disabled by policy: the choice lasts for the page
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Not persisted; the page still uses it.
  }
}

let current = { department: read(departmentKey) || defaultDepartment, name: read(nameKey) ?? '' };

/** The chosen department's id ("hr" until someone picks another). */
export const department = () => current.department;

/** The name typed in "Your name" (may be empty). */
export const name = () => current.name.trim();

/** Calls handler({ department, name }, what) when the department or the name changes; returns a remover. */
export function onIdentityChange(handler) {
  handlers.add(handler);
  return () => handlers.delete(handler);
}

function change(next, what) {
  current = { ...current, ...next };
  for (const handler of handlers) handler(current, what);
}

/** Picks a department (and remembers it). */
export function setDepartment(id) {
  if (!id || id === current.department) return;
  write(departmentKey, id);
  change({ department: id }, 'department');
  if (bar) bar.querySelector('select').value = id;
}

/** Sets the name (and remembers it). */
export function setName(value) {
  write(nameKey, value);
  change({ name: value }, 'name');
}

/**
 * The name to sign an action with, or null after pointing the user at the empty "Your name" field (focused, marked
 * invalid, with its message read out).
 */
export function requireName() {
  const value = name();
  const input = bar?.querySelector('input');
  if (value) return value;
  if (input) {
    input.setAttribute('aria-invalid', 'true');
    bar.classList.add('needs-name');
    bar.querySelector('.identity-error').hidden = false;
    input.focus();
  }
  return null;
}

/** The strip under the header: "Temporary — no sign-in yet · Your department [..] · Your name [..]". */
export function renderIdentityBar(container, departments = knownDepartments) {
  knownDepartments = departments;
  bar = container;
  const selectId = 'identity-department';
  const inputId = 'identity-name';
  const sorted = [...departments].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));
  const select = h('select', { id: selectId, name: 'department', dataset: { testid: 'identity-department' } },
    sorted.map((d) => h('option', { value: d.id }, pick(d.name))));
  if (!sorted.some((d) => d.id === current.department)) {
    select.append(h('option', { value: current.department }, current.department));
  }
  select.value = current.department;
  select.addEventListener('change', () => setDepartment(select.value));

  const input = h('input', {
    id: inputId, name: 'name', type: 'text', autocomplete: 'name', spellcheck: 'false', maxlength: '200',
    placeholder: t('identity.namePlaceholder'), value: current.name, 'aria-describedby': 'identity-name-hint',
    dataset: { testid: 'identity-name' },
  });
  let saveTimer = 0;
  input.addEventListener('input', () => {
    input.removeAttribute('aria-invalid');
    container.classList.remove('needs-name');
    container.querySelector('.identity-error').hidden = true;
    clearTimeout(saveTimer);
    saveTimer = setTimeout(() => setName(input.value), 250);
  });
  input.addEventListener('change', () => {
    clearTimeout(saveTimer);
    setName(input.value);
  });

  const wasInvalid = container.classList.contains('needs-name');
  if (wasInvalid) input.setAttribute('aria-invalid', 'true');
  container.replaceChildren(
    h('div', { class: 'identity-inner' },
      h('p', { class: 'identity-badge', id: 'identity-badge' }, icon('info'), h('span', {}, t('identity.badge'))),
      h('div', { class: 'identity-field' },
        h('label', { for: selectId }, icon('building'), h('span', {}, t('identity.department'))),
        select),
      h('div', { class: 'identity-field' },
        h('label', { for: inputId }, icon('user'), h('span', {}, t('identity.name'))),
        input),
      h('p', { class: 'identity-hint', id: 'identity-name-hint' },
        h('span', { class: 'identity-hint-text' }, t('identity.hint')),
        h('span', { class: 'identity-error', role: 'alert', hidden: !wasInvalid, dataset: { testid: 'identity-error' } }, t('identity.nameRequired')))));
  container.setAttribute('aria-labelledby', 'identity-badge');
}
