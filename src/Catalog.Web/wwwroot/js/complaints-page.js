// Complaints: the complaints the signed-in person may follow or work (their own as a client; their department's as
// its agents, managers or head; all of them as complaints officer, auditor or administrator), one at a time in a
// side panel with its progress and the holder's actions, and the complaints report with its CSV. A live connection
// to /hubs/complaints reloads the list when a complaint is filed, worked or escalates by itself.
import { getJson, postJson, putJson } from './api.js';
import { h, icon } from './dom.js';
import { pick, plural, t, tParts } from './i18n.js';
import { formatInstant } from './clocks.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { describe } from './problems.js';
import { me } from './identity.js';
import { announce, fill, readHash, renderLoadError, setupAnnouncer } from './page-common.js';
import { onNames, person } from './names.js';
import { resolutionKinds } from './complaints-strings.js';
import { mountComplaintRoles } from './complaint-roles.js';

const elements = {
  show: document.getElementById('show'),
  count: document.getElementById('complaint-count'),
  message: document.getElementById('message'),
  rows: document.getElementById('complaint-rows'),
  detail: document.getElementById('detail'),
  workspace: document.getElementById('workspace'),
  report: document.getElementById('report'),
  reportBy: document.getElementById('report-by'),
  reportEvery: document.getElementById('report-every'),
  reportTools: document.getElementById('report-tools'),
  reportPeriod: document.getElementById('report-period'),
  reportRows: document.getElementById('report-rows'),
};

const state = { show: 'open', complaints: [], selected: readHash('complaint'), view: null, error: null, report: null, by: 'Service', every: 'Week' };
const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;

// ---- the list ---------------------------------------------------------------------------------------------

async function load() {
  try {
    state.complaints = await getJson(`/api/complaints?status=${state.show}`);
    state.error = null;
  } catch (error) {
    state.error = error;
  }

  renderList();
  if (state.selected) await loadSelected();
}

function renderList() {
  renderLoadError(elements.message, state.error, 'complaints.error', load);
  elements.count.textContent = plural('complaints.count', state.complaints.length);
  fill(elements.rows, state.complaints.length
    ? state.complaints.map(row)
    : h('tr', {}, h('td', { colspan: '7', class: 'muted' }, t('complaints.empty'))));
}

function row(c) {
  return h('tr', { dataset: { testid: 'complaint-row', id: c.id }, class: c.id === state.selected ? 'is-selected' : null },
    h('td', {}, h('a', { href: `#complaint=${encodeURIComponent(c.id)}`, class: 'cell-strong', onclick: (e) => { e.preventDefault(); select(c.id); } }, c.id)),
    h('td', {}, pick(c.serviceName), h('span', { class: 'cell-sub' }, departmentName(c.providerDepartmentId))),
    h('td', {}, t(`complaint.cause.${c.cause}`)),
    h('td', { dataset: { testid: 'complaint-status' } }, t(`complaint.status.${c.status}`)),
    h('td', { dataset: { testid: 'complaint-level' } }, t(`complaint.level.${c.level}`)),
    h('td', {}, formatInstant(c.filedAt)),
    h('td', {}, c.levelDueAt ? formatInstant(c.levelDueAt) : '—'));
}

// ---- one complaint ----------------------------------------------------------------------------------------

function select(id) {
  state.selected = id;
  state.view = null;
  history.replaceState(null, '', id ? `#complaint=${encodeURIComponent(id)}` : location.pathname + location.search);
  renderList();
  renderDetail();
  if (id) loadSelected();
}

async function loadSelected() {
  const id = state.selected;
  try {
    const view = await getJson(`/api/complaints/${encodeURIComponent(id)}`);
    if (state.selected === id) state.view = view;
  } catch (error) {
    if (state.selected === id) state.view = { error };
  }

  renderDetail();
}

function renderDetail() {
  const { detail, workspace } = elements;
  detail.hidden = !state.selected;
  workspace.classList.toggle('has-detail', Boolean(state.selected));
  if (!state.selected) return;
  const v = state.view;
  const header = h('header', { class: 'detail-header' },
    h('div', { class: 'detail-heading' },
      h('p', { class: 'detail-kicker' }, h('span', { dataset: { testid: 'complaint-id' } }, state.selected), v?.serviceName ? [' · ', pick(v.serviceName)] : null),
      h('h2', { id: 'detail-title', class: 'detail-title', tabindex: '-1' },
        v?.status ? [t(`complaint.cause.${v.cause}`), ' — ', h('span', { dataset: { testid: 'detail-status' } }, t(`complaint.status.${v.status}`))] : t('detail.loading'))),
    h('button', { type: 'button', class: 'icon-button detail-close', 'aria-label': t('complaints.close'), title: t('complaints.close'), onclick: () => select(null) }, icon('close')));
  if (!v || v.error) {
    const problem = v?.error ? describe(v.error, 'complaints.error') : null;
    fill(detail, header, problem ? h('div', { class: 'message message-error', role: 'alert' }, icon('alert'), h('p', {}, [problem.title, problem.detail].filter(Boolean).join(' '))) : null);
    return;
  }

  const fact = (label, value, testId) => h('div', { class: 'detail-fact' }, h('dt', {}, label), h('dd', { dataset: testId ? { testid: testId } : {} }, value));
  fill(detail, header, h('div', { class: 'detail-body' },
    actions(v),
    h('section', { class: 'detail-section' }, h('h3', {}, t('complaints.text')), h('blockquote', { class: 'comment' }, v.text)),
    v.answer ? h('section', { class: 'detail-section' }, h('h3', {}, t('complaints.answer')), h('blockquote', { class: 'comment', dataset: { testid: 'complaint-answer' } }, v.answer)) : null,
    v.resolution ? h('section', { class: 'detail-section' }, h('h3', {}, t('complaints.resolution')),
      h('p', { dataset: { testid: 'complaint-resolution' } }, t(`complaint.kind.${v.resolution}`)), h('blockquote', { class: 'comment' }, v.resolutionText)) : null,
    h('dl', { class: 'detail-facts' },
      fact(t('complaints.provider'), departmentName(v.providerDepartmentId)),
      fact(t('complaints.client'), departmentName(v.clientDepartmentId)),
      fact(t('complaints.filedBy'), person(v.filedBy)),
      v.requestId ? fact(t('complaints.request'), v.requestId) : null,
      fact(t('complaints.col.level'), t(`complaint.level.${v.level}`), 'detail-level'),
      fact(t('complaints.col.due'), v.levelDueAt ? formatInstant(v.levelDueAt) : '—'),
      fact(t('complaints.ackDue'), formatInstant(v.acknowledgeDueAt)),
      fact(t('complaints.answerDue'), formatInstant(v.answerDueAt)),
      fact(t('complaints.standard'), t('complaints.standard.value', { ack: v.acknowledgeDays, answer: v.answerDays }))),
    h('section', { class: 'detail-section' }, h('h3', {}, t('complaints.history')), progress(v))));
}

function progress(v) {
  const items = [{ at: v.filedAt, text: tParts('complaints.history.filed', { by: person(v.filedBy) }) }];
  if (v.acknowledgedAt) items.push({ at: v.acknowledgedAt, text: tParts('complaints.history.acknowledged', { by: person(v.acknowledgedBy) }) });
  for (const step of v.escalations) {
    items.push({ at: step.at, text: t('complaints.history.escalated', { level: t(`complaint.level.${step.to}`), missed: t(`complaint.missed.${step.missed}`) }), testId: 'complaint-escalation' });
  }
  if (v.answeredAt) items.push({ at: v.answeredAt, text: tParts('complaints.history.answered', { by: person(v.answeredBy) }) });
  if (v.resolvedAt) items.push({ at: v.resolvedAt, text: tParts('complaints.history.resolved', { by: person(v.resolvedBy), kind: t(`complaint.kind.${v.resolution}`) }) });
  items.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return h('ol', { class: 'timeline' }, items.map((i) => h('li', { class: 'timeline-item', dataset: i.testId ? { testid: i.testId } : {} },
    h('p', { class: 'timeline-head' }, h('strong', {}, i.text), h('time', { datetime: i.at }, formatInstant(i.at))))));
}

// The answer and resolve forms of the open complaint, kept across redraws (names arriving, live events) so what a
// person types or picks is never reset under them; dropped once a step went through.
const drafts = new Map();

function actions(v) {
  if (!v.allowedActions.length) return null;
  // Kept with the forms: a kept form's failure must show where the person is looking.
  const errorKey = `${v.id}/error`;
  if (!drafts.has(errorKey)) drafts.set(errorKey, h('p', { class: 'action-error', role: 'alert', hidden: true }));
  const error = drafts.get(errorKey);
  const run = async (verb, body) => {
    error.hidden = true;
    try {
      state.view = await postJson(`/api/complaints/${encodeURIComponent(v.id)}/${verb}`, body);
      drafts.clear();
      renderDetail();
      load();
    } catch (failure) {
      const { title, detail } = describe(failure, 'complaints.failed');
      error.hidden = false;
      error.textContent = detail ? `${title} ${detail}` : title;
    }
  };
  const textForm = (verb, labelKey, submitKey, withKind) => {
    const key = `${v.id}/${verb}`;
    if (drafts.has(key)) return drafts.get(key);
    const id = `complaint-${verb}-text`;
    const text = h('textarea', { id, rows: '3', maxlength: '4000', dataset: { testid: `complaint-${verb}-text` } });
    const kind = withKind ? h('select', { id: 'complaint-kind', dataset: { testid: 'complaint-kind' } }, resolutionKinds.map((k) => h('option', { value: k }, t(`complaint.kind.${k}`)))) : null;
    const form = h('form', { class: 'action-form', dataset: { testid: `complaint-${verb}-form` } },
      kind ? h('div', { class: 'field' }, h('label', { for: 'complaint-kind' }, t('complaints.resolve.kind')), kind) : null,
      h('div', { class: 'field' }, h('label', { for: id }, t(labelKey)), text),
      h('div', { class: 'action-form-buttons' }, h('button', { type: 'submit', class: 'button button-small', dataset: { testid: `complaint-${verb}` } }, t(submitKey))));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!text.value.trim()) {
        text.setAttribute('aria-invalid', 'true');
        text.focus();
        return;
      }
      run(verb, withKind ? { kind: kind.value, text: text.value.trim() } : { text: text.value.trim() });
    });
    drafts.set(key, form);
    return form;
  };
  return h('section', { class: 'detail-section', dataset: { testid: 'complaint-actions' } },
    h('h3', {}, t('complaints.actions')),
    v.allowedActions.includes('Acknowledge')
      ? h('div', { class: 'action-form-buttons' }, h('button', { type: 'button', class: 'button button-small', dataset: { testid: 'complaint-acknowledge' }, onclick: () => run('acknowledge', {}) }, t('complaints.acknowledge')))
      : null,
    v.allowedActions.includes('Answer') ? textForm('answer', 'complaints.answer.label', 'complaints.answer.submit', false) : null,
    v.allowedActions.includes('Resolve') ? textForm('resolve', 'complaints.resolve.label', 'complaints.resolve.submit', true) : null,
    error);
}

// ---- the report -------------------------------------------------------------------------------------------

const reportQuery = () => `by=${state.by.toLowerCase()}&every=${state.every.toLowerCase()}`;

let readsReport = null;

/**
 * Whether to ask for the report at all (the server decides, with 403 for others; asking only when it would answer
 * keeps the browser's console free of refusals): managers, department heads, officers, auditors, administrators.
 */
function mayReadReport() {
  readsReport ??= Promise.all([me(), getJson('/api/complaints/roles')]).then(([who, roles]) =>
    who.auditor || who.catalogueAdministrator || who.role === 'Manager'
    || roles.officers.includes(who.userId) || Object.values(roles.heads).includes(who.userId), () => false);
  return readsReport;
}

async function loadReport() {
  if (!(await mayReadReport())) return;
  try {
    state.report = await getJson(`/api/complaints/report?${reportQuery()}`);
  } catch {
    state.report = null;
  }

  renderReport();
}

function renderReport() {
  const r = state.report;
  elements.report.hidden = !r;
  if (!r) return;
  fill(elements.reportBy, ['Service', 'Provider', 'Cause'].map((v) => h('option', { value: v, selected: v === state.by }, t(`complaints.report.by.${v}`))));
  fill(elements.reportEvery, ['Week', 'Month'].map((v) => h('option', { value: v, selected: v === state.every }, t(`complaints.report.every.${v}`))));
  fill(elements.reportTools, h('a', { class: 'button button-small button-secondary', download: '', href: `/api/complaints/report/export?${reportQuery()}`, dataset: { testid: 'report-csv' } },
    icon('arrow'), h('span', {}, t('export.csv'))));
  elements.reportPeriod.textContent = t('complaints.report.period.value', { from: formatInstant(r.from), to: formatInstant(r.to) });
  const label = (key) => (r.by === 'Cause' ? t(`complaint.cause.${key}`) : r.by === 'Provider' ? departmentName(key) : key);
  const line = (f) => h('tr', { dataset: { testid: f.periodStart ? 'report-row' : 'report-total', key: f.key } },
    h('th', { scope: 'row' }, label(f.key)),
    h('td', {}, f.periodStart ?? t('complaints.report.total')),
    [f.filed, f.acknowledgedInTime, f.answeredInTime, f.escalated, f.explanation, f.redo, f.credit, f.changeOfPractice].map((n) => h('td', {}, String(n))));
  fill(elements.reportRows, r.rows.length
    ? [...r.totals.map(line), ...r.rows.map(line)]
    : h('tr', {}, h('td', { colspan: '10', class: 'muted' }, t('complaints.report.empty'))));
}

// ---- live -------------------------------------------------------------------------------------------------

function loadSignalR() {
  if (globalThis.signalR) return Promise.resolve(globalThis.signalR);
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/lib/signalr/signalr.min.js';
    script.onload = () => resolve(globalThis.signalR);
    script.onerror = reject;
    document.head.append(script);
  });
}

async function followLive() {
  const signalR = await loadSignalR();
  const connection = new signalR.HubConnectionBuilder().withUrl('/hubs/complaints').withAutomaticReconnect().build();
  connection.on('complaint', (event) => {
    announce(event.type === 'filed' ? t('complaints.live.filed', { id: event.complaintId })
      : event.type === 'escalated' ? t('complaints.live.escalated', { id: event.complaintId, level: t(`complaint.level.${event.level}`) })
      : t('complaints.live.changed', { id: event.complaintId, status: t(`complaint.status.${event.status}`) }));
    load();
    loadReport();
  });
  connection.onreconnected(() => connection.invoke('Follow').then(load));
  await connection.start();
  await connection.invoke('Follow');
  document.body.dataset.live = 'connected';
}

// ---- the department's standard (its managers) ---------------------------------------------------------------

async function loadStandard() {
  const who = await me();
  if (!who.managesDepartment || !who.departmentId) return;
  const section = document.getElementById('standard');
  const ack = document.getElementById('standard-ack');
  const answer = document.getElementById('standard-answer');
  const status = document.getElementById('standard-status');
  const path = `/api/complaints/standards/${encodeURIComponent(who.departmentId)}`;
  const standard = await getJson(path);
  ack.value = standard.acknowledgeDays;
  answer.value = standard.answerDays;
  section.hidden = false;
  document.getElementById('standard-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    try {
      await putJson(path, { acknowledgeDays: Number(ack.value), answerDays: Number(answer.value) });
      status.textContent = t('complaints.standard.saved');
    } catch (failure) {
      const { title, detail } = describe(failure, 'complaints.failed');
      status.textContent = detail ? `${title} ${detail}` : title;
    }
  });
}

// ---- start ------------------------------------------------------------------------------------------------

let roles = null; // the roles section, once mounted

function redraw() {
  renderList();
  renderDetail();
  renderReport();
  roles?.render();
}

setupAnnouncer();
mountShell({ onLanguage: redraw });
onNames(redraw);
departments().then(redraw, () => {});
elements.show.addEventListener('change', (event) => {
  state.show = event.target.value;
  load();
});
elements.reportBy.addEventListener('change', () => { state.by = elements.reportBy.value; loadReport(); });
elements.reportEvery.addEventListener('change', () => { state.every = elements.reportEvery.value; loadReport(); });
window.addEventListener('hashchange', () => { if (readHash('complaint') !== state.selected) select(readHash('complaint')); });
load();
loadReport();
loadStandard().catch((error) => console.warn('Complaints: the standard could not be loaded', error));
me().then((who) => mountComplaintRoles(document.getElementById('roles'), who, departments))
  .then((mounted) => { roles = mounted; }, (error) => console.warn('Complaints: the roles could not be loaded', error));
followLive().catch((error) => console.warn('Complaints: live updates unavailable', error));
