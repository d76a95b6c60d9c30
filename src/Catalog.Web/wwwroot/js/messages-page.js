// Standard messages (agents and managers of a department, catalogue administrators, auditors): the department's
// library, one message per situation in French and English (GET /api/departments/{id}/messages). Managers of the
// department and catalogue administrators edit and save a message (PUT …/{situation}/{language}), which the
// server keeps as a new version and audits; an unknown placeholder is refused (422) and shown under the message.
// Agents and auditors read. Administrators and auditors pick the department.
import { h } from './dom.js';
import { collator, pick, t } from './i18n.js';
import { getJson, putJson } from './api.js';
import { current, me } from './identity.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { describe } from './problems.js';
import { announce, fill, setupAnnouncer } from './page-common.js';
import { situationNames } from './messages-strings.js';

const enc = encodeURIComponent;
const elements = {
  title: document.getElementById('page-title'),
  picker: document.getElementById('filters'),
  department: document.getElementById('department'),
  message: document.getElementById('message'),
  status: document.getElementById('status'),
  readOnly: document.getElementById('read-only'),
  placeholders: document.getElementById('placeholders'),
  library: document.getElementById('library'),
};

const state = {
  department: new URLSearchParams(location.search).get('department') || null,
  library: null,
  error: null,
  done: null,
  drafts: new Map(), // "Situation/lang" → text being edited, kept across redraws
  errors: new Map(), // "Situation/lang" → the refusal of the last save
};

const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;
const seesEveryDepartment = (who = current()) => Boolean(who?.catalogueAdministrator || who?.auditor);
const mayEdit = () => Boolean(current()?.catalogueAdministrator || (current()?.role === 'Manager' && current().departmentId === state.department));
const key = (situation, language) => `${situation}/${language}`;

function renderPicker() {
  elements.picker.hidden = !seesEveryDepartment();
  if (!seesEveryDepartment()) return;
  const sorted = [...knownDepartments()].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));
  fill(elements.department, sorted.map((d) => h('option', { value: d.id }, pick(d.name))));
  elements.department.value = state.department ?? '';
}

function template(situation, language) {
  return state.library?.templates.find((x) => x.situation === situation && x.language === language);
}

function templateEditor(situation, language) {
  const saved = template(situation, language);
  const id = `template-${situation}-${language}`;
  const editable = mayEdit();
  const textarea = h('textarea', {
    id, rows: '9', maxlength: '3000', readonly: !editable, lang: language === 'fr' ? 'fr-CA' : 'en-CA',
    dataset: { testid: 'template-text', situation, language },
  });
  textarea.value = state.drafts.get(key(situation, language)) ?? saved?.text ?? '';
  textarea.addEventListener('input', () => state.drafts.set(key(situation, language), textarea.value));
  const refusal = state.errors.get(key(situation, language));
  const version = saved?.version ? t('messages.version', { version: saved.version }) : t('messages.standard');
  return h('div', { class: 'message-template field', dataset: { testid: 'template', situation, language } },
    h('label', { for: id }, t(`messages.lang.${language}`)),
    textarea,
    refusal ? h('p', { class: 'action-error', role: 'alert', dataset: { testid: 'template-error' } }, refusal) : null,
    h('div', { class: 'message-template-foot' },
      h('span', { class: 'muted', dataset: { testid: 'template-version' } }, version),
      editable
        ? h('button', { type: 'button', class: 'button button-small', dataset: { testid: 'template-save' }, onclick: () => save(situation, language, textarea.value) }, t('messages.save'))
        : null));
}

function render() {
  elements.title.textContent = t('messages.heading', { department: state.department ? departmentName(state.department) : '…' });
  elements.readOnly.hidden = !state.library || mayEdit();
  fill(elements.placeholders, state.library
    ? [t('messages.placeholders'), ' ', h('span', { class: 'placeholder-list' }, state.library.placeholders.map((p) => h('code', {}, `{${p}}`)))]
    : []);
  elements.message.hidden = !state.error;
  if (state.error) {
    const { title, detail } = describe(state.error, 'messages.loadError');
    fill(elements.message, h('p', { class: 'message-title' }, title), detail ? h('p', {}, detail) : null);
  }

  elements.status.hidden = !state.done;
  elements.status.textContent = state.done ?? '';
  elements.library.setAttribute('aria-busy', String(!state.library && !state.error));
  if (!state.library) {
    fill(elements.library);
    return;
  }

  fill(elements.library, situationNames.map((situation) =>
    h('section', { class: 'panel message-situation', 'aria-labelledby': `situation-${situation}`, dataset: { testid: 'situation', situation } },
      h('h2', { id: `situation-${situation}` }, t(`situation.${situation}`)),
      h('div', { class: 'message-languages' }, ['fr', 'en'].map((language) => templateEditor(situation, language))))));
}

async function load() {
  if (!state.department) return;
  state.library = null;
  state.error = null;
  render();
  try {
    state.library = await getJson(`/api/departments/${enc(state.department)}/messages`);
  } catch (error) {
    state.error = error;
  }

  render();
}

async function save(situation, language, text) {
  state.done = null;
  state.errors.delete(key(situation, language));
  try {
    const saved = await putJson(`/api/departments/${enc(state.department)}/messages/${enc(situation)}/${language}`, { text });
    state.library = { ...state.library, templates: state.library.templates.map((x) => (x.situation === situation && x.language === language ? saved : x)) };
    state.drafts.delete(key(situation, language));
    state.done = t('messages.saved', { situation: t(`situation.${situation}`), language: t(`messages.lang.${language}`), version: saved.version });
    announce(state.done);
  } catch (error) {
    const { title, detail } = describe(error, 'messages.saveError');
    state.errors.set(key(situation, language), detail ? `${title} ${detail}` : title);
  }

  render();
}

elements.department.addEventListener('change', () => {
  state.department = elements.department.value;
  state.drafts.clear();
  state.errors.clear();
  state.done = null;
  history.replaceState(null, '', `${location.pathname}?department=${enc(state.department)}`);
  load();
});

mountShell({ onLanguage: () => { renderPicker(); render(); } });
setupAnnouncer();
render();
departments().then(() => { renderPicker(); render(); }, () => {});
me().then((person) => {
  if (!seesEveryDepartment(person) || !state.department) state.department = person.departmentId;
  renderPicker();
  load();
}, (error) => {
  state.error = error;
  render();
});
