// People (managers of a department, catalogue administrators): who belongs to the department and with which role.
// A manager works on their own department; an administrator picks any. Changing a role, adding a person and
// removing one go straight to the directory (PUT / DELETE /api/directory/people/{id}); the server decides what each
// may do (a manager may not touch the organisation-wide roles, for one) and its refusal is shown as it words it.
// Nobody removes, demotes or moves themselves (the server refuses with a 409): the signed-in person's own row offers
// neither the role select nor "Remove".
import { h, icon } from './dom.js';
import { collator, pick, plural, t } from './i18n.js';
import { deleteJson, getJson, putJson } from './api.js';
import { current, me } from './identity.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { describe } from './problems.js';
import { announce, fill, setupAnnouncer } from './page-common.js';

const roles = ['Requester', 'Agent', 'Manager'];

const elements = {
  title: document.getElementById('page-title'),
  picker: document.getElementById('filters'),
  department: document.getElementById('department'),
  message: document.getElementById('message'),
  status: document.getElementById('status'),
  count: document.getElementById('people-count'),
  caption: document.getElementById('people-caption'),
  table: document.getElementById('people'),
  rows: document.getElementById('people-rows'),
  add: document.getElementById('add'),
  addId: document.getElementById('add-id'),
  addName: document.getElementById('add-name'),
  addRole: document.getElementById('add-role'),
};

const state = {
  department: new URLSearchParams(location.search).get('department') || null,
  people: null,
  error: null,
  done: null, // the last change, in words
  confirming: null, // the id whose removal awaits confirmation
  busy: false,
};

const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;
const administrator = () => Boolean(current()?.catalogueAdministrator);
const isMe = (person) => Boolean(current()?.userId) && person.id.toLowerCase() === current().userId.toLowerCase();

// ---- rendering -------------------------------------------------------------------------------------------

function roleOptions(select, value) {
  fill(select, roles.map((role) => h('option', { value: role }, t(`role.${role}`))));
  select.value = value;
}

function renderPicker() {
  elements.picker.hidden = !administrator();
  if (!administrator()) return;
  const sorted = [...knownDepartments()].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));
  fill(elements.department, sorted.map((d) => h('option', { value: d.id }, pick(d.name))));
  if (state.department && !sorted.some((d) => d.id === state.department)) elements.department.append(h('option', { value: state.department }, state.department));
  elements.department.value = state.department ?? '';
}

function render() {
  const name = state.department ? departmentName(state.department) : '…';
  elements.title.textContent = t('people.heading', { department: name });
  elements.caption.textContent = t('people.caption', { department: name });
  renderMessages();
  const people = state.people ?? [];
  elements.count.textContent = state.people === null ? (state.error ? '' : t('people.loading')) : plural('people.count', people.length);
  elements.table.hidden = state.people !== null && people.length === 0;
  const sorted = [...people].sort((a, b) => roles.indexOf(b.role) - roles.indexOf(a.role) || collator().compare(a.displayName, b.displayName));
  const focusedId = document.activeElement?.closest?.('[data-person-id]')?.dataset.personId;
  fill(elements.rows, sorted.map(row));
  if (focusedId) elements.rows.querySelector(`[data-person-id="${CSS.escape(focusedId)}"] select`)?.focus();
  roleOptions(elements.addRole, elements.addRole.value || 'Requester');
  elements.add.hidden = !state.department || state.people === null;
}

function row(person) {
  if (isMe(person)) return ownRow(person);
  const select = h('select', { 'aria-label': t('people.roleOf', { name: person.displayName }), dataset: { testid: 'person-role' }, disabled: state.busy });
  roleOptions(select, person.role);
  select.addEventListener('change', () => setRole(person, select.value, select));

  const confirming = state.confirming === person.id;
  const actions = confirming
    ? [h('span', { class: 'people-confirm' }, t('people.removeConfirm', { name: person.displayName })),
      h('button', { type: 'button', class: 'button button-small button-danger', dataset: { testid: 'person-remove-confirm' }, disabled: state.busy, onclick: () => remove(person) }, t('people.remove')),
      h('button', { type: 'button', class: 'button button-small button-secondary', onclick: () => { state.confirming = null; render(); } }, t('people.keep'))]
    : [h('button', {
      type: 'button', class: 'button button-small button-secondary', dataset: { testid: 'person-remove' }, disabled: state.busy,
      'aria-label': t('people.removeWho', { name: person.displayName }),
      onclick: () => { state.confirming = person.id; render(); elements.rows.querySelector('[data-testid="person-remove-confirm"]')?.focus(); },
    }, icon('close'), h('span', {}, t('people.remove')))];

  return h('tr', { dataset: { testid: 'person-row', personId: person.id, role: person.role } },
    h('th', { scope: 'row' }, h('span', { class: 'cell-strong' }, person.displayName), h('span', { class: 'cell-sub' }, person.id)),
    h('td', {}, select),
    h('td', {}, organisationBadges(person)),
    h('td', {}, h('div', { class: 'people-actions' }, actions)));
}

/** The signed-in person's own row: their role in words and why they cannot change it here. */
function ownRow(person) {
  const noteId = `person-self-note-${person.id}`;
  return h('tr', { class: 'person-self', dataset: { testid: 'person-row', personId: person.id, role: person.role, self: 'true' } },
    h('th', { scope: 'row' },
      h('span', { class: 'cell-strong' }, person.displayName, ' ', h('span', { class: 'badge badge-self', dataset: { testid: 'person-self' } }, t('people.you'))),
      h('span', { class: 'cell-sub' }, person.id)),
    h('td', {}, h('span', { class: 'person-role-text', 'aria-describedby': noteId, dataset: { testid: 'person-role-text' } }, t(`role.${person.role}`))),
    h('td', {}, organisationBadges(person)),
    h('td', {}, h('p', { class: 'people-self-note muted', id: noteId }, t('people.selfNote'))));
}

function organisationBadges(person) {
  const organisation = [
    person.catalogueAdministrator ? h('span', { class: 'badge' }, t('role.catalogueAdministrator')) : null,
    person.auditor ? h('span', { class: 'badge' }, t('role.auditor')) : null,
  ].filter(Boolean);
  return organisation.length ? organisation : h('span', { class: 'muted' }, '—');
}

function renderMessages() {
  if (state.error) {
    const { title, detail } = describe(state.error, 'people.error');
    elements.message.hidden = false;
    fill(elements.message, icon('alert'),
      h('div', { class: 'message-text' },
        h('p', { class: 'message-title', dataset: { testid: 'message-title' } }, title),
        detail ? h('p', { dataset: { testid: 'message-detail' } }, detail) : null));
  } else {
    elements.message.hidden = true;
    elements.message.replaceChildren();
  }

  elements.status.hidden = !state.done;
  fill(elements.status, state.done ? [icon('check'), h('div', { class: 'message-text' }, h('p', {}, state.done))] : []);
}

// ---- loading and changes ---------------------------------------------------------------------------------

async function load() {
  if (!state.department) return;
  try {
    state.people = await getJson(`/api/directory/people?department=${encodeURIComponent(state.department)}`);
    state.error = null;
  } catch (error) {
    state.people = null;
    state.error = error;
  }

  render();
}

/** PUT the person with their name and organisation-wide roles unchanged and the new role. */
async function save(person, changes) {
  const body = {
    displayName: person.displayName,
    departmentId: person.departmentId ?? state.department,
    role: person.role,
    catalogueAdministrator: person.catalogueAdministrator ?? false,
    auditor: person.auditor ?? false,
    ...changes,
  };
  return putJson(`/api/directory/people/${encodeURIComponent(person.id)}`, body);
}

async function act(work, success) {
  state.busy = true;
  state.done = null;
  try {
    await work();
    state.error = null;
    state.done = success();
    announce(state.done);
    await load();
  } catch (error) {
    state.error = error;
    await load().catch(() => {});
    state.error = error; // load() clears it on success: keep the refusal on screen
    render();
  } finally {
    state.busy = false;
    render();
  }
}

function setRole(person, role, select) {
  if (role === person.role) return;
  select.disabled = true;
  act(() => save(person, { role }),
    () => t('people.roleChanged', { name: person.displayName, before: t(`role.${person.role}`), after: t(`role.${role}`) }));
}

function remove(person) {
  state.confirming = null;
  act(() => deleteJson(`/api/directory/people/${encodeURIComponent(person.id)}`), () => t('people.removed', { name: person.displayName }));
}

elements.add.addEventListener('submit', (event) => {
  event.preventDefault();
  const id = elements.addId.value.trim().toLowerCase();
  const name = elements.addName.value.trim();
  for (const [input, ok] of [[elements.addId, id], [elements.addName, name]]) {
    if (ok) input.removeAttribute('aria-invalid'); else input.setAttribute('aria-invalid', 'true');
  }
  if (!id || !name) {
    (id ? elements.addName : elements.addId).focus();
    return;
  }

  const role = elements.addRole.value;
  act(async () => {
    await save({ id, displayName: name, departmentId: state.department, role }, {});
    elements.addId.value = '';
    elements.addName.value = '';
  }, () => t('people.added', { name, role: t(`role.${role}`) }));
});

elements.department.addEventListener('change', () => {
  state.department = elements.department.value;
  state.people = null;
  state.done = null;
  history.replaceState(null, '', `${location.pathname}?department=${encodeURIComponent(state.department)}`);
  render();
  load();
});

// ---- start -----------------------------------------------------------------------------------------------

mountShell({ onLanguage: () => { renderPicker(); render(); } });
setupAnnouncer();
render();
departments().then(() => { renderPicker(); render(); }, () => {});
me().then((person) => {
  // Managers manage their own department; only administrators may pick another.
  if (!person.catalogueAdministrator || !state.department) state.department = person.departmentId;
  renderPicker();
  render();
  load();
}, (error) => {
  state.error = error;
  render();
});
