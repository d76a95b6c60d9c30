// People (managers of a department, catalogue administrators, auditors): who belongs to the department and with
// which role. A manager works on their own department; administrators and auditors pick any (AccessPolicy.CanSeePeople)
// and auditors only read (AccessPolicy.CanAssign). Changing a role, adding a person and removing one go straight to
// the directory (PUT / DELETE /api/directory/people/{id}); administrators also move people to another department and
// grant or remove the organisation-wide roles there, which managers may not. The server decides what each may do
// and its refusal is shown as it words it. Nobody removes, demotes or moves themselves (the server refuses with a
// 409): the signed-in person's own row offers neither the role select, nor a move, nor "Remove"; an administrator's
// own row keeps the organisation-wide toggles, and the server answers for the one it refuses.
import { h, icon } from './dom.js';
import { collator, pick, plural, t } from './i18n.js';
import { deleteJson, getJson, putJson } from './api.js';
import { current, me, roleLabel } from './identity.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { describe } from './problems.js';
import { announce, fill, setupAnnouncer } from './page-common.js';

const roles = ['Requester', 'Agent', 'Manager'];

const elements = {
  title: document.getElementById('page-title'),
  subtitle: document.getElementById('page-subtitle'),
  picker: document.getElementById('filters'),
  department: document.getElementById('department'),
  message: document.getElementById('message'),
  status: document.getElementById('status'),
  count: document.getElementById('people-count'),
  caption: document.getElementById('people-caption'),
  table: document.getElementById('people'),
  rows: document.getElementById('people-rows'),
  actionsHeader: document.getElementById('people-actions-header'),
  add: document.getElementById('add'),
  addId: document.getElementById('add-id'),
  addName: document.getElementById('add-name'),
  addRole: document.getElementById('add-role'),
  addOrganisation: document.getElementById('add-organisation'),
  addAdministrator: document.getElementById('add-administrator'),
  addAuditor: document.getElementById('add-auditor'),
};

const state = {
  department: new URLSearchParams(location.search).get('department') || null,
  people: null,
  error: null,
  done: null, // the last change, in words
  confirming: null, // the id whose removal awaits confirmation
  busy: false,
  refocus: null, // { id, control }: what to focus once a change is done and the rows are drawn again
};

const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;
const administrator = () => Boolean(current()?.catalogueAdministrator);
/** Whether the signed-in person may list any department (administrators and auditors), not only their own. */
const seesEveryDepartment = (who = current()) => Boolean(who?.catalogueAdministrator || who?.auditor);
/** Whether they may change the people shown: administrators anywhere, managers in their own department. */
const mayChange = () => administrator() || (current()?.role === 'Manager' && current().departmentId === state.department);
/** Known and read-only (an auditor, or a manager looking at another department): no controls at all. */
const readOnly = () => current() !== null && !mayChange();
const isMe = (person) => Boolean(current()?.userId) && person.id.toLowerCase() === current().userId.toLowerCase();

// ---- rendering -------------------------------------------------------------------------------------------

function roleOptions(select, value) {
  fill(select, roles.map((role) => h('option', { value: role }, t(`role.${role}`))));
  select.value = value;
}

const sortedDepartments = () => [...knownDepartments()].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));

function renderPicker() {
  elements.picker.hidden = !seesEveryDepartment();
  if (!seesEveryDepartment()) return;
  const sorted = sortedDepartments();
  fill(elements.department, sorted.map((d) => h('option', { value: d.id }, pick(d.name))));
  if (state.department && !sorted.some((d) => d.id === state.department)) elements.department.append(h('option', { value: state.department }, state.department));
  elements.department.value = state.department ?? '';
}

function render() {
  const name = state.department ? departmentName(state.department) : '…';
  elements.title.textContent = t('people.heading', { department: name });
  elements.caption.textContent = t('people.caption', { department: name });
  elements.subtitle.textContent = t(readOnly() ? 'people.subtitleReadOnly' : 'people.subtitle');
  elements.actionsHeader.hidden = readOnly();
  renderMessages();
  const people = state.people ?? [];
  elements.count.textContent = state.people === null ? (state.error ? '' : t('people.loading')) : plural('people.count', people.length);
  elements.table.hidden = state.people !== null && people.length === 0;
  const sorted = [...people].sort((a, b) => roles.indexOf(b.role) - roles.indexOf(a.role) || collator().compare(a.displayName, b.displayName));
  const focus = state.refocus ?? focusIn(document.activeElement);
  fill(elements.rows, sorted.map(row));
  if (!state.busy && focus) {
    state.refocus = null;
    restoreFocus(focus);
  }

  roleOptions(elements.addRole, elements.addRole.value || 'Requester');
  elements.add.hidden = !mayChange() || !state.department || state.people === null;
  elements.addOrganisation.hidden = !administrator();
  elements.add.classList.toggle('people-add-administrator', administrator());
}

/** Which control of which row holds focus (to find it again once the rows are drawn anew), or null. */
function focusIn(element) {
  const id = elements.rows.contains(element) ? element.closest('[data-person-id]')?.dataset.personId : null;
  return id ? { id, control: element.dataset.testid } : null;
}

/**
 * Focuses the same control of the same row again; when the row left the list (moved, removed), the status or
 * error strip instead, so keyboard users go on from where they were rather than from the top of the page.
 */
function restoreFocus({ id, control }) {
  const row = elements.rows.querySelector(`[data-person-id="${CSS.escape(id)}"]`);
  const target = row?.querySelector(`[data-testid="${CSS.escape(control ?? '')}"]:not(:disabled)`) ?? row?.querySelector('select, input, button');
  if (target) {
    target.focus();
    return;
  }

  const strip = [elements.message, elements.status].find((e) => !e.hidden);
  if (strip) {
    strip.tabIndex = -1;
    strip.focus();
  }
}

function row(person) {
  if (readOnly()) return readOnlyRow(person);
  if (isMe(person)) return ownRow(person);
  if (!administrator() && (person.catalogueAdministrator || person.auditor)) return organisationRow(person);
  const select = h('select', { 'aria-label': t('people.roleOf', { name: person.displayName }), dataset: { testid: 'person-role' }, disabled: state.busy });
  roleOptions(select, person.role);
  select.addEventListener('change', () => setRole(person, select.value, select));

  const confirming = state.confirming === person.id;
  const actions = confirming
    ? [h('span', { class: 'people-confirm' }, t('people.removeConfirm', { name: person.displayName })),
      h('button', { type: 'button', class: 'button button-small button-danger', dataset: { testid: 'person-remove-confirm' }, disabled: state.busy, onclick: (event) => remove(person, event.currentTarget) }, t('people.remove')),
      h('button', {
        type: 'button', class: 'button button-small button-secondary',
        onclick: () => { state.confirming = null; render(); elements.rows.querySelector(`[data-person-id="${CSS.escape(person.id)}"] [data-testid="person-remove"]`)?.focus(); },
      }, t('people.keep'))]
    : [h('button', {
      type: 'button', class: 'button button-small button-secondary', dataset: { testid: 'person-remove' }, disabled: state.busy,
      'aria-label': t('people.removeWho', { name: person.displayName }),
      onclick: () => { state.confirming = person.id; render(); elements.rows.querySelector('[data-testid="person-remove-confirm"]')?.focus(); },
    }, icon('close'), h('span', {}, t('people.remove')))];

  return h('tr', { dataset: { testid: 'person-row', personId: person.id, role: person.role } },
    h('th', { scope: 'row' }, h('span', { class: 'cell-strong' }, person.displayName), h('span', { class: 'cell-sub' }, person.id)),
    h('td', {}, select),
    h('td', {}, administrator() ? organisationToggles(person) : organisationBadges(person)),
    h('td', {}, h('div', { class: 'people-actions' }, administrator() && !confirming ? moveControl(person) : null, actions)));
}

/** The signed-in person's own row: their role in words and why they cannot change it here. */
function ownRow(person) {
  const noteId = `person-self-note-${person.id}`;
  return h('tr', { class: 'person-self', dataset: { testid: 'person-row', personId: person.id, role: person.role, self: 'true' } },
    nameCell(person),
    h('td', {}, h('span', { class: 'person-role-text', 'aria-describedby': noteId, dataset: { testid: 'person-role-text' } }, t(`role.${person.role}`))),
    h('td', {}, administrator() ? organisationToggles(person) : organisationBadges(person)),
    h('td', {}, h('p', { class: 'people-self-note muted', id: noteId }, t('people.selfNote'))));
}

/**
 * A manager's view of someone holding an organisation-wide role: the server lets only administrators change or
 * remove them (AccessPolicy.CanAssign), so the row offers nothing that would be refused.
 */
function organisationRow(person) {
  const noteId = `person-organisation-note-${person.id}`;
  return h('tr', { dataset: { testid: 'person-row', personId: person.id, role: person.role, organisation: 'true' } },
    nameCell(person),
    h('td', {}, h('span', { class: 'person-role-text', 'aria-describedby': noteId, dataset: { testid: 'person-role-text' } }, t(`role.${person.role}`))),
    h('td', {}, organisationBadges(person)),
    h('td', {}, h('p', { class: 'people-self-note muted', id: noteId }, t('people.organisationNote'))));
}

/** A row for someone who may only read (an auditor): the roles in words, no actions column. */
function readOnlyRow(person) {
  const data = { testid: 'person-row', personId: person.id, role: person.role, ...(isMe(person) ? { self: 'true' } : {}) };
  return h('tr', { dataset: data },
    nameCell(person),
    h('td', {}, h('span', { class: 'person-role-text', dataset: { testid: 'person-role-text' } }, t(`role.${person.role}`))),
    h('td', {}, organisationBadges(person)));
}

function nameCell(person) {
  return h('th', { scope: 'row' },
    h('span', { class: 'cell-strong' }, person.displayName, isMe(person) ? [' ', h('span', { class: 'badge badge-self', dataset: { testid: 'person-self' } }, t('people.you'))] : null),
    h('span', { class: 'cell-sub' }, person.id));
}

/** Administrators: a checkbox per organisation-wide role, saved as soon as it changes. */
function organisationToggles(person) {
  return h('div', { class: 'people-organisation', role: 'group', 'aria-label': t('people.organisationOf', { name: person.displayName }) },
    organisationToggle(person, 'catalogueAdministrator', 'person-administrator'),
    organisationToggle(person, 'auditor', 'person-auditor'));
}

function organisationToggle(person, role, testid) {
  const input = h('input', {
    type: 'checkbox', checked: Boolean(person[role]), disabled: state.busy, dataset: { testid },
    'aria-label': t(`people.${role}Of`, { name: person.displayName }),
  });
  input.addEventListener('change', () => setOrganisationRole(person, role, input));
  return h('label', { class: 'check' }, input, h('span', {}, t(`role.${role}`)));
}

/** Administrators: another department to move the person to, and "Move" (a select alone would move on an arrow key). */
function moveControl(person) {
  const from = person.departmentId ?? state.department;
  const select = h('select', { 'aria-label': t('people.moveWhere', { name: person.displayName }), dataset: { testid: 'person-move' }, disabled: state.busy },
    h('option', { value: '' }, t('people.moveTo')),
    sortedDepartments().filter((d) => d.id !== from).map((d) => h('option', { value: d.id }, pick(d.name))));
  const button = h('button', {
    type: 'button', class: 'button button-small button-secondary', disabled: true, dataset: { testid: 'person-move-submit' },
    'aria-label': t('people.moveWho', { name: person.displayName }),
  }, icon('arrow'), h('span', {}, t('people.move')));
  select.addEventListener('change', () => { button.disabled = state.busy || !select.value; });
  button.addEventListener('click', () => move(person, select.value, select));
  return h('div', { class: 'people-move' }, select, button);
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

/** Runs a change, then shows how it went and the list as it is now; focus returns to `control`'s row (see restoreFocus). */
async function act(work, success, control = null) {
  state.busy = true;
  state.done = null;
  state.refocus = focusIn(control);
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
    () => t('people.roleChanged', { name: person.displayName, before: t(`role.${person.role}`), after: t(`role.${role}`) }),
    select);
}

/** Grants or removes an organisation-wide role (administrators; the server refuses an administrator's own). */
function setOrganisationRole(person, role, input) {
  const granted = input.checked;
  input.disabled = true;
  act(() => save(person, { [role]: granted }),
    () => t(`people.${granted ? 'granted' : 'revoked'}.${role}`, { name: person.displayName }),
    input);
}

/** Moves the person to another department (administrators): they leave this list. */
function move(person, departmentId, select) {
  if (!departmentId) return;
  act(() => save(person, { departmentId }),
    () => t('people.moved', { name: person.displayName, department: departmentName(departmentId) }),
    select);
}

function remove(person, button) {
  state.confirming = null;
  act(() => deleteJson(`/api/directory/people/${encodeURIComponent(person.id)}`), () => t('people.removed', { name: person.displayName }), button);
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

  // Only administrators see (and may send) the organisation-wide roles.
  const added = {
    role: elements.addRole.value,
    catalogueAdministrator: administrator() && elements.addAdministrator.checked,
    auditor: administrator() && elements.addAuditor.checked,
  };
  act(async () => {
    await save({ id, displayName: name, departmentId: state.department, ...added }, {});
    elements.addId.value = '';
    elements.addName.value = '';
    elements.addAdministrator.checked = false;
    elements.addAuditor.checked = false;
  }, () => t('people.added', { name, role: roleLabel(added) }));
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
  // Managers manage their own department; only administrators (and auditors, to read) may pick another.
  if (!seesEveryDepartment(person) || !state.department) state.department = person.departmentId;
  renderPicker();
  render();
  load();
}, (error) => {
  state.error = error;
  render();
});
