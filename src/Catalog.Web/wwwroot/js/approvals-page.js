// Approvals (agents, managers, administrators, auditors): a provider department's approval rule (GET
// /api/departments/{id}/approvals), which its managers and administrators change (PUT …/rule); the substitutes named,
// current and planned, with a form where a manager names one for themselves (POST …/substitutes) and an End button
// (DELETE …/substitutes/{number}); and the department's requests with an approval waiting for a decision (the
// provider queue's awaitingApproval filter, then each request's view for its pending approvals), each linking to the
// queue's request panel, where a manager or their substitute approves or rejects. People pick their own department;
// administrators and auditors pick any.
import { h, icon } from './dom.js';
import { collator, pick, t } from './i18n.js';
import { deleteJson, getJson, postJson, putJson } from './api.js';
import { current, me } from './identity.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { describe } from './problems.js';
import { formatInstant } from './clocks.js';
import { announce, fill, setupAnnouncer } from './page-common.js';
import { onNames, person } from './names.js';
import './approvals-strings.js';

const enc = encodeURIComponent;
const elements = {
  title: document.getElementById('page-title'),
  picker: document.getElementById('filters'),
  department: document.getElementById('department'),
  message: document.getElementById('message'),
  status: document.getElementById('status'),
  rule: document.getElementById('rule'),
  substitutes: document.getElementById('substitutes'),
  name: document.getElementById('name-substitute'),
  pending: document.getElementById('pending'),
};

const state = {
  department: new URLSearchParams(location.search).get('department') || null,
  settings: null,
  people: [], // the department's people, for a manager naming a substitute
  pending: null, // [{ summary, approvals }] or null while loading
  error: null,
  pendingError: null,
  done: null,
  failure: null, // the last change refused, shown where it was made: { where, text }
  drafts: {}, // what is being typed in the forms (input id → value), kept across redraws (names arriving, language)
};

/** Keeps what the person types in <paramref name="input"/> across redraws: restores it, then follows it. */
function kept(input) {
  if (input.id in state.drafts) input.value = state.drafts[input.id];
  const follow = () => { state.drafts[input.id] = input.value; };
  input.addEventListener('input', follow);
  input.addEventListener('change', follow);
  return input;
}

const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;
const seesEveryDepartment = (who = current()) => Boolean(who?.catalogueAdministrator || who?.auditor);
const isManagerHere = () => current()?.role === 'Manager' && current()?.departmentId === state.department;
const mayEditRule = () => Boolean(current()?.catalogueAdministrator || isManagerHere());
const seesRequests = () => Boolean(current()?.auditor || current()?.departmentId === state.department);
const money = (amount, currency) => `${Number(amount).toFixed(2)} ${currency}`;

/** A date as a datetime-local input's value, in the browser's zone. */
function localInput(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

function failureText(error, key) {
  const { title, detail } = describe(error, key);
  return detail ? `${title} ${detail}` : title;
}

function failureFor(where) {
  return state.failure?.where === where
    ? h('p', { class: 'action-error', role: 'alert', dataset: { testid: `${where}-error` } }, state.failure.text)
    : null;
}

// ---- the picker ----------------------------------------------------------------------------------------------

function renderPicker() {
  elements.picker.hidden = !seesEveryDepartment();
  if (!seesEveryDepartment()) return;
  const sorted = [...knownDepartments()].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));
  fill(elements.department, sorted.map((d) => h('option', { value: d.id }, pick(d.name))));
  elements.department.value = state.department ?? '';
}

// ---- the rule ------------------------------------------------------------------------------------------------

function renderRule() {
  const s = state.settings;
  elements.rule.setAttribute('aria-busy', String(!s && !state.error));
  if (!s) {
    fill(elements.rule);
    return;
  }

  const value = h('p', { dataset: { testid: 'rule-value' } },
    t('approvals.rule.value', { amount: Number(s.threshold).toFixed(2), currency: s.currency, hours: s.decisionHours }));
  if (!mayEditRule()) {
    fill(elements.rule, value);
    return;
  }

  const threshold = kept(h('input', { id: 'rule-threshold', type: 'number', min: '0', step: '0.01', required: true, value: String(s.threshold), dataset: { testid: 'rule-threshold' } }));
  const currency = kept(h('input', { id: 'rule-currency', type: 'text', minlength: '3', maxlength: '3', required: true, value: s.currency, dataset: { testid: 'rule-currency' } }));
  const hours = kept(h('input', { id: 'rule-hours', type: 'number', min: '0.5', step: '0.5', required: true, value: String(s.decisionHours), dataset: { testid: 'rule-hours' } }));
  const form = h('form', { class: 'toolbar', dataset: { testid: 'rule-form' } },
    h('div', { class: 'field' }, h('label', { for: 'rule-threshold' }, t('approvals.threshold')), threshold),
    h('div', { class: 'field' }, h('label', { for: 'rule-currency' }, t('approvals.currency')), currency),
    h('div', { class: 'field' }, h('label', { for: 'rule-hours' }, t('approvals.hours')), hours),
    h('button', { type: 'submit', class: 'button button-small', dataset: { testid: 'rule-save' } }, t('approvals.rule.save')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    change('rule', () => putJson(`/api/departments/${enc(state.department)}/approvals/rule`, {
      threshold: Number(threshold.value), currency: currency.value.trim().toUpperCase(), decisionHours: Number(hours.value),
    }), (saved) => t('approvals.rule.saved', { amount: Number(saved.threshold).toFixed(2), currency: saved.currency, hours: saved.decisionHours }), 'approvals.rule.failed');
  });
  fill(elements.rule, value, form, failureFor('rule'));
}

// ---- the substitutes -----------------------------------------------------------------------------------------

function renderSubstitutes() {
  const s = state.settings;
  if (!s) {
    fill(elements.substitutes);
    fill(elements.name);
    return;
  }

  const now = new Date();
  const listed = s.substitutes.filter((x) => new Date(x.until) > now);
  const who = current();
  fill(elements.substitutes, listed.length
    ? h('div', { class: 'table-wrap' }, h('table', { class: 'data-table', dataset: { testid: 'substitute-table' } },
      h('thead', {}, h('tr', {}, ['manager', 'substitute', 'from', 'until', 'state'].map((c) => h('th', { scope: 'col' }, t(`approvals.col.${c}`))), h('td', {}))),
      h('tbody', {}, listed.map((x) => {
        const active = new Date(x.from) <= now;
        const ends = who && (who.catalogueAdministrator || x.managerId === who.userId);
        return h('tr', { dataset: { testid: 'substitute-row', number: String(x.number), substitute: x.substituteId } },
          h('td', {}, person(x.managerId)),
          h('td', {}, person(x.substituteId, { dataset: { testid: 'substitute-name' } })),
          h('td', {}, formatInstant(x.from)),
          h('td', {}, formatInstant(x.until)),
          h('td', {}, h('span', { class: `badge ${active ? 'badge-current' : ''}`, dataset: { testid: 'substitute-state' } }, t(active ? 'approvals.state.current' : 'approvals.state.planned'))),
          h('td', {}, ends
            ? h('button', { type: 'button', class: 'button button-small button-secondary', dataset: { testid: 'substitute-end' }, onclick: () => endSubstitute(x.number) }, t('approvals.end'))
            : null));
      }))))
    : h('p', { class: 'muted', dataset: { testid: 'substitutes-none' } }, t('approvals.substitutes.none')),
  failureFor('end'));
  renderNameForm();
}

function renderNameForm() {
  if (!isManagerHere()) {
    fill(elements.name);
    return;
  }

  const people = state.people
    .filter((p) => p.id !== current().userId)
    .sort((a, b) => collator().compare(a.displayName, b.displayName));
  const who = kept(h('select', { id: 'substitute-person', required: true, dataset: { testid: 'substitute-person' } },
    h('option', { value: '' }, t('approvals.name.choose')),
    people.map((p) => h('option', { value: p.id }, `${p.displayName} (${p.id})`))));
  const start = new Date();
  const from = kept(h('input', { id: 'substitute-from', type: 'datetime-local', required: true, value: localInput(start), dataset: { testid: 'substitute-from' } }));
  const until = kept(h('input', { id: 'substitute-until', type: 'datetime-local', required: true, value: localInput(new Date(start.getTime() + 7 * 86_400_000)), dataset: { testid: 'substitute-until' } }));
  const form = h('form', { class: 'toolbar', dataset: { testid: 'substitute-form' } },
    h('div', { class: 'field' }, h('label', { for: 'substitute-person' }, t('approvals.name.person')), who),
    h('div', { class: 'field' }, h('label', { for: 'substitute-from' }, t('approvals.name.from')), from),
    h('div', { class: 'field' }, h('label', { for: 'substitute-until' }, t('approvals.name.until')), until),
    h('button', { type: 'submit', class: 'button button-small', dataset: { testid: 'substitute-submit' } }, t('approvals.name.submit')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const fromAt = new Date(from.value);
    const untilAt = new Date(until.value);
    if (!who.value || Number.isNaN(fromAt.getTime()) || Number.isNaN(untilAt.getTime()) || untilAt <= fromAt) {
      state.failure = { where: 'name', text: t('approvals.name.required') };
      render();
      return;
    }

    const substituteId = who.value;
    change('name', () => postJson(`/api/departments/${enc(state.department)}/approvals/substitutes`, {
      substituteId, from: fromAt.toISOString(), until: untilAt.toISOString(),
    }), () => t('approvals.named', { person: people.find((p) => p.id === substituteId)?.displayName ?? substituteId, until: formatInstant(untilAt.toISOString()) }), 'approvals.name.failed');
  });
  fill(elements.name, h('h3', {}, t('approvals.name')), form, failureFor('name'));
}

function endSubstitute(number) {
  change('end', () => deleteJson(`/api/departments/${enc(state.department)}/approvals/substitutes/${number}`), () => t('approvals.ended'), 'approvals.end.failed');
}

/** Sends a change; the settings it answers replace the page's, and the outcome is shown and read out. */
async function change(where, send, said, failedKey) {
  state.failure = null;
  state.done = null;
  try {
    const settings = await send();
    state.settings = settings;
    state.drafts = {};
    state.done = said(settings);
    announce(state.done);
  } catch (error) {
    state.failure = { where, text: failureText(error, failedKey) };
  }

  render();
}

// ---- waiting for a decision ----------------------------------------------------------------------------------

function renderPending() {
  elements.pending.setAttribute('aria-busy', String(seesRequests() && !state.pending && !state.pendingError));
  if (!seesRequests()) {
    fill(elements.pending, h('p', { class: 'muted', dataset: { testid: 'pending-hidden' } }, t('approvals.pending.hidden')));
    return;
  }

  if (state.pendingError) {
    fill(elements.pending, h('p', { class: 'action-error', role: 'alert' }, failureText(state.pendingError, 'approvals.pending.error')));
    return;
  }

  if (!state.pending) {
    fill(elements.pending);
    return;
  }

  if (!state.pending.length) {
    fill(elements.pending, h('p', { class: 'muted', dataset: { testid: 'pending-none' } }, t('approvals.pending.none')));
    return;
  }

  const now = new Date();
  fill(elements.pending, h('div', { class: 'table-wrap' }, h('table', { class: 'data-table', dataset: { testid: 'pending-table' } },
    h('thead', {}, h('tr', {}, ['request', 'client', 'approvals'].map((c) => h('th', { scope: 'col' }, t(`approvals.col.${c}`))))),
    h('tbody', {}, state.pending.map(({ summary, approvals }) => h('tr', { dataset: { testid: 'pending-row', id: summary.id } },
      h('td', {},
        h('a', { class: 'cell-strong', href: `queue.html#request=${enc(summary.id)}`, title: t('approvals.open', { id: summary.id }), dataset: { testid: 'pending-open' } }, summary.id),
        h('span', { class: 'cell-sub' }, summary.title)),
      h('td', {}, departmentName(summary.clientDepartmentId), h('span', { class: 'cell-sub' }, person(summary.requester))),
      h('td', {}, h('ul', { class: 'plain-list' }, approvals.map((a) => {
        const overdue = new Date(a.dueAt) <= now;
        return h('li', { dataset: { testid: 'pending-approval', overdue: String(overdue) } },
          h('strong', {}, `${t(`approvals.subject.${a.subject}`)} · ${money(a.amount, a.currency)}`), ' — ', a.description, ' ',
          h('span', { class: 'muted' }, t('approvals.due', { date: formatInstant(a.dueAt) })),
          overdue ? [' ', h('span', { class: 'badge flag-breached', dataset: { testid: 'pending-overdue' } }, icon('alert'), t('approvals.overdue'))] : null);
      })))))))));
}

async function loadPending() {
  state.pending = null;
  state.pendingError = null;
  if (!seesRequests()) return;
  try {
    const page = await getJson(`/api/queues/provider/${enc(state.department)}?awaitingApproval=true`);
    // The index says which requests wait; each request's view says for what, how much and until when.
    const views = await Promise.all(page.items.map((summary) => getJson(`/api/requests/${enc(summary.id)}`).catch(() => null)));
    state.pending = page.items
      .map((summary, i) => ({ summary, approvals: (views[i]?.approvals ?? []).filter((a) => a.status === 'Pending') }))
      .filter((x) => x.approvals.length);
  } catch (error) {
    state.pendingError = error;
  }
}

// ---- the page ------------------------------------------------------------------------------------------------

function render() {
  elements.title.textContent = t('approvals.heading', { department: state.department ? departmentName(state.department) : '…' });
  elements.message.hidden = !state.error;
  if (state.error) {
    const { title, detail } = describe(state.error, 'approvals.loadError');
    fill(elements.message, h('p', { class: 'message-title' }, title), detail ? h('p', {}, detail) : null);
  }

  elements.status.hidden = !state.done;
  elements.status.textContent = state.done ?? '';
  renderRule();
  renderSubstitutes();
  renderPending();
}

async function load() {
  if (!state.department) return;
  state.settings = null;
  state.error = null;
  state.pending = null;
  render();
  const department = state.department;
  const people = isManagerHere()
    ? getJson(`/api/directory/people?department=${enc(department)}`).catch(() => [])
    : Promise.resolve([]);
  try {
    state.settings = await getJson(`/api/departments/${enc(department)}/approvals`);
  } catch (error) {
    state.error = error;
  }

  render();
  [state.people] = await Promise.all([people, loadPending()]);
  if (state.department === department) render();
}

elements.department.addEventListener('change', () => {
  state.department = elements.department.value;
  state.done = null;
  state.failure = null;
  state.drafts = {};
  history.replaceState(null, '', `${location.pathname}?department=${enc(state.department)}`);
  load();
});

mountShell({ onLanguage: () => { renderPicker(); render(); } });
setupAnnouncer();
onNames(render);
render();
departments().then(() => { renderPicker(); render(); }, () => {});
me().then(async (who) => {
  if (!seesEveryDepartment(who) || !state.department) state.department = who.departmentId;
  // An administrator or auditor placed in no department starts on the first one.
  if (!state.department && seesEveryDepartment(who)) {
    const all = await departments().catch(() => []);
    state.department = [...all].sort((a, b) => collator().compare(pick(a.name), pick(b.name)))[0]?.id ?? null;
  }

  renderPicker();
  load();
}, (error) => {
  state.error = error;
  render();
});
