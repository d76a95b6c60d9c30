// Agreements and calendar (the department's managers and catalogue administrators): pick one of the department's
// agreements in force, change its clock targets, Preview (POST /api/agreements/{d}/{id}/preview: the open requests on
// it whose due dates or standing would move if migrated, and last quarter's compliance replayed under it), Publish
// (PUT: a new version for new requests), then Migrate open requests onto it (POST …/migrate, after a confirmation).
// The calendar: hours per day, holidays; Preview (POST /api/departments/{d}/calendar/preview), then Publish (POST
// …/calendar/publish), which needs the confirmation box ticked when the preview listed requests that move.
import { h } from './dom.js';
import { collator, pick, t, locale } from './i18n.js';
import { getJson, postJson, putJson } from './api.js';
import { me } from './identity.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { describe } from './problems.js';
import { formatInstant } from './clocks.js';
import { announce, fill, setupAnnouncer } from './page-common.js';
import './whatif-strings.js';

const enc = encodeURIComponent;
const kinds = ['Acknowledgement', 'FirstAnswer', 'Resolution', 'ClientResponse'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const elements = {
  title: document.getElementById('page-title'),
  picker: document.getElementById('filters'),
  department: document.getElementById('department'),
  message: document.getElementById('message'),
  status: document.getElementById('status'),
  agreement: document.getElementById('agreement'),
  agreementResult: document.getElementById('agreement-result'),
  calendar: document.getElementById('calendar'),
  calendarResult: document.getElementById('calendar-result'),
};

const state = {
  who: null,
  department: new URLSearchParams(location.search).get('department') || null,
  agreements: null, // the agreements in force
  selected: null, // the agreement id being edited
  draft: null, // { clocks: { kind: { value, unit } }, note }
  agreementPreview: null,
  published: null, // the version just published, offered for migration
  confirmingMigration: false,
  calendar: null, // { timeZoneId, hours: { day: "08:30-12:00, …" }, holidays: "…", yearly: "…" }
  calendarPreview: null,
  confirmCalendar: false,
  error: null,
  done: null,
  failure: null, // { where, text }
};

const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;
const mayEdit = () => Boolean(state.who && (state.who.catalogueAdministrator || (state.who.role === 'Manager' && state.who.departmentId === state.department)));
const dayName = (day) => new Intl.DateTimeFormat(locale(), { weekday: 'long' }).format(new Date(Date.UTC(2026, 0, 5 + days.indexOf(day))));
const percent = (rate) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(rate);

function failureText(error, key) {
  const { title, detail } = describe(error, key);
  return detail ? `${title} ${detail}` : title;
}

function failureFor(where) {
  return state.failure?.where === where
    ? h('p', { class: 'action-error', role: 'alert', dataset: { testid: `${where}-error` } }, state.failure.text)
    : null;
}

async function act(where, run, done, failKey) {
  state.failure = null;
  state.done = null;
  try {
    const result = await run();
    const text = done(result);
    if (text) {
      state.done = text;
      announce(text);
    }
  } catch (error) {
    state.failure = { where, text: failureText(error, failKey) };
  }

  render();
}

// ---- agreements ----------------------------------------------------------------------------------------------

function current() {
  return state.agreements?.find((a) => a.id === state.selected) ?? null;
}

function startDraft(agreement) {
  state.draft = { clocks: {}, note: '' };
  for (const kind of kinds) {
    const set = agreement?.clocks.find((c) => c.kind === kind);
    state.draft.clocks[kind] = set ? { value: String(set.target.value), unit: set.target.unit } : { value: '', unit: 'BusinessDays' };
  }
}

function draftBody() {
  const agreement = current();
  return {
    clientDepartmentId: agreement.clientDepartmentId,
    scope: agreement.scope,
    scopeValue: agreement.scopeValue,
    title: agreement.title,
    quoteWait: agreement.quoteWait,
    changeNote: state.draft.note || null,
    expectedVersion: agreement.version,
    clocks: kinds.filter((k) => state.draft.clocks[k].value !== '')
      .map((kind) => ({ kind, target: { value: Number(state.draft.clocks[kind].value), unit: state.draft.clocks[kind].unit } })),
  };
}

function renderAgreement() {
  elements.agreement.setAttribute('aria-busy', String(!state.agreements && !state.error));
  if (!state.agreements) {
    fill(elements.agreement);
    return;
  }

  const inForce = state.agreements.filter((a) => !a.retired);
  if (!inForce.length) {
    fill(elements.agreement, h('p', { class: 'hint' }, t('whatif.agreements.none')));
    return;
  }

  const select = h('select', { id: 'agreement-select', dataset: { testid: 'agreement-select' } },
    inForce.map((a) => h('option', { value: a.id }, t('whatif.agreement.option', { id: a.id, version: a.version }))));
  select.value = state.selected;
  select.addEventListener('change', () => {
    state.selected = select.value;
    startDraft(current());
    state.agreementPreview = null;
    state.published = null;
    state.confirmingMigration = false;
    render();
  });

  const rows = kinds.map((kind) => {
    const clock = state.draft.clocks[kind];
    const value = h('input', { id: `target-${kind}`, type: 'number', min: '0', step: '1', value: clock.value, placeholder: t('whatif.clock.unset'), dataset: { testid: `target-${kind}` } });
    value.addEventListener('input', () => { clock.value = value.value; });
    const unit = h('select', { 'aria-label': t('whatif.clock.value'), dataset: { testid: `unit-${kind}` } },
      ['BusinessHours', 'BusinessDays'].map((u) => h('option', { value: u }, t(`whatif.unit.${u}`))));
    unit.value = clock.unit;
    unit.addEventListener('change', () => { clock.unit = unit.value; });
    return h('div', { class: 'field' }, h('label', { for: `target-${kind}` }, t(`clock.${kind}`)), h('div', {}, value, ' ', unit));
  });
  const note = h('input', { id: 'change-note', type: 'text', maxlength: '500', value: state.draft.note, dataset: { testid: 'change-note' } });
  note.addEventListener('input', () => { state.draft.note = note.value; });
  const preview = h('button', { type: 'button', class: 'button button-small button-secondary', dataset: { testid: 'agreement-preview-button' } }, t('whatif.preview'));
  preview.addEventListener('click', () => act('agreement',
    () => postJson(`/api/agreements/${enc(state.department)}/${enc(state.selected)}/preview`, draftBody()),
    (result) => { state.agreementPreview = result; return null; }, 'whatif.previewFailed'));
  const publish = h('button', { type: 'button', class: 'button button-small', dataset: { testid: 'agreement-publish' } }, t('whatif.publish'));
  publish.addEventListener('click', () => act('agreement',
    () => putJson(`/api/agreements/${enc(state.department)}/${enc(state.selected)}`, draftBody()),
    (saved) => {
      state.agreements = state.agreements.map((a) => (a.id === saved.id ? saved : a));
      state.published = saved.version;
      state.agreementPreview = null;
      startDraft(saved);
      return t('whatif.published', { version: saved.version });
    }, 'whatif.publishFailed'));

  fill(elements.agreement,
    h('div', { class: 'field' }, h('label', { for: 'agreement-select' }, t('whatif.agreement')), select),
    h('div', { class: 'toolbar' }, rows),
    h('div', { class: 'field' }, h('label', { for: 'change-note' }, t('whatif.note')), note),
    h('div', { class: 'toolbar' }, preview, publish),
    renderMigration(),
    failureFor('agreement'));
}

function renderMigration() {
  const agreement = current();
  if (!agreement || agreement.version < 2) return null;
  const version = agreement.version;
  if (!state.confirmingMigration) {
    const button = h('button', { type: 'button', class: 'button button-small button-secondary', dataset: { testid: 'migrate' } }, t('whatif.migrate', { version }));
    button.addEventListener('click', () => { state.confirmingMigration = true; render(); });
    return h('div', { class: 'toolbar' }, button);
  }

  const yes = h('button', { type: 'button', class: 'button button-small', dataset: { testid: 'migrate-confirm' } }, t('whatif.migrate.yes'));
  yes.addEventListener('click', () => act('agreement',
    () => postJson(`/api/agreements/${enc(state.department)}/${enc(state.selected)}/migrate`, { version }),
    (result) => { state.confirmingMigration = false; return t('whatif.migrated', { count: result.changed.length, version }); },
    'whatif.migrateFailed'));
  const no = h('button', { type: 'button', class: 'button button-small button-secondary' }, t('whatif.cancel'));
  no.addEventListener('click', () => { state.confirmingMigration = false; render(); });
  return h('div', { class: 'message', role: 'group', dataset: { testid: 'migrate-confirmation' } },
    h('p', {}, t('whatif.migrate.confirm', { version })), h('div', { class: 'toolbar' }, yes, no));
}

// ---- a preview's tables --------------------------------------------------------------------------------------

function standing(value, due) {
  return [t(`whatif.standing.${value}`), due ? ` · ${t('whatif.due', { date: formatInstant(due) })}` : ''].join('');
}

function renderPreview(preview, testid) {
  if (!preview) return [];
  const rows = preview.changes.flatMap((request) => request.clocks.filter((c) => c.changed).map((clock, i) =>
    h('tr', { dataset: { testid: `${testid}-row`, id: request.requestId, clock: clock.kind } },
      h('td', {}, i === 0 ? h('a', { href: `queue.html#request=${enc(request.requestId)}` }, `${request.requestId} — ${request.title}`) : ''),
      h('td', {}, t(`clock.${clock.kind}`)),
      h('td', { dataset: { testid: 'before' } }, standing(clock.before, clock.beforeDueAt)),
      h('td', { dataset: { testid: 'after' } }, standing(clock.after, clock.afterDueAt)))));
  const changes = preview.changes.length
    ? [h('p', { dataset: { testid: `${testid}-summary` } }, t('whatif.result.changes', { count: preview.changes.length, examined: preview.openExamined })),
      h('div', { class: 'table-wrap' }, h('table', { class: 'data-table', dataset: { testid: `${testid}-changes` } },
        h('thead', {}, h('tr', {}, ['request', 'clock', 'before', 'after'].map((c) => h('th', { scope: 'col' }, t(`whatif.col.${c}`))))),
        h('tbody', {}, rows)))]
    : [h('p', { dataset: { testid: `${testid}-summary` } }, t('whatif.result.none'))];
  const rate = (rateValue, met, decided) => (rateValue === null || rateValue === undefined
    ? t('whatif.rate.none')
    : t('whatif.rate', { rate: percent(rateValue), met, decided }));
  const compliance = h('div', { class: 'table-wrap' }, h('table', { class: 'data-table', dataset: { testid: `${testid}-compliance` } },
    h('caption', {}, t('whatif.compliance', { from: formatInstant(preview.quarterFrom), count: preview.quarterRequests })),
    h('thead', {}, h('tr', {}, ['clock', 'now', 'draft'].map((c) => h('th', { scope: 'col' }, t(`whatif.col.${c}`))))),
    h('tbody', {}, preview.compliance.map((c) => h('tr', { dataset: { testid: 'compliance-row', clock: c.kind } },
      h('th', { scope: 'row' }, t(`clock.${c.kind}`)),
      h('td', { dataset: { testid: 'compliance-now' } }, rate(c.rateNow, c.metNow, c.decidedNow)),
      h('td', { dataset: { testid: 'compliance-draft' } }, rate(c.rateDraft, c.metDraft, c.decidedDraft)))))));
  return [...changes, compliance];
}

// ---- calendar ------------------------------------------------------------------------------------------------

function calendarDraft(settings) {
  const hours = {};
  for (const day of days) {
    hours[day] = settings.hours.filter((x) => x.day === day).map((x) => `${x.start.slice(0, 5)}-${x.end.slice(0, 5)}`).join(', ');
  }

  return {
    timeZoneId: settings.timeZoneId,
    hours,
    holidays: settings.holidays.join('\n'),
    yearly: settings.yearlyHolidays.map((y) => `${String(y.month).padStart(2, '0')}-${String(y.day).padStart(2, '0')}`).join('\n'),
  };
}

function calendarBody() {
  const c = state.calendar;
  const hours = [];
  for (const day of days) {
    for (const part of c.hours[day].split(',').map((x) => x.trim()).filter(Boolean)) {
      const match = /^(\d{1,2}:\d{2})\s*-\s*(\d{1,2}:\d{2})$/.exec(part);
      if (!match) throw new Error(t('whatif.calendar.badHours', { day: dayName(day) }));
      const pad = (x) => x.padStart(5, '0');
      hours.push({ day, start: pad(match[1]), end: pad(match[2]) });
    }
  }

  const lines = (text) => text.split('\n').map((x) => x.trim()).filter(Boolean);
  return {
    timeZoneId: c.timeZoneId,
    hours,
    holidays: lines(c.holidays),
    yearlyHolidays: lines(c.yearly).map((x) => { const [month, day] = x.split('-').map(Number); return { month, day }; }),
  };
}

function renderCalendar() {
  elements.calendar.setAttribute('aria-busy', String(!state.calendar && !state.error));
  if (!state.calendar) {
    fill(elements.calendar);
    return;
  }

  const c = state.calendar;
  const dayFields = days.map((day) => {
    const input = h('input', { id: `hours-${day}`, type: 'text', value: c.hours[day], dataset: { testid: `hours-${day}` } });
    input.addEventListener('input', () => { c.hours[day] = input.value; });
    return h('div', { class: 'field' }, h('label', { for: `hours-${day}` }, dayName(day)), input);
  });
  const holidays = h('textarea', { id: 'holidays', rows: '4', dataset: { testid: 'holidays' } }, c.holidays);
  holidays.addEventListener('input', () => { c.holidays = holidays.value; });
  const yearly = h('textarea', { id: 'yearly', rows: '4', dataset: { testid: 'yearly-holidays' } }, c.yearly);
  yearly.addEventListener('input', () => { c.yearly = yearly.value; });
  const preview = h('button', { type: 'button', class: 'button button-small button-secondary', dataset: { testid: 'calendar-preview-button' } }, t('whatif.preview'));
  preview.addEventListener('click', () => act('calendar',
    () => postJson(`/api/departments/${enc(state.department)}/calendar/preview`, calendarBody()),
    (result) => { state.calendarPreview = result; state.confirmCalendar = false; return null; }, 'whatif.previewFailed'));
  const moving = state.calendarPreview?.changes.length ?? 0;
  const confirm = moving
    ? h('label', { class: 'checkbox' },
      h('input', { type: 'checkbox', checked: state.confirmCalendar, dataset: { testid: 'calendar-confirm' }, onchange: (event) => { state.confirmCalendar = event.target.checked; } }),
      ' ', t('whatif.calendar.confirm', { count: moving }))
    : null;
  const publish = h('button', { type: 'button', class: 'button button-small', dataset: { testid: 'calendar-publish' } }, t('whatif.publish'));
  publish.addEventListener('click', () => act('calendar',
    () => postJson(`/api/departments/${enc(state.department)}/calendar/publish`, { calendar: calendarBody(), confirm: state.confirmCalendar }),
    (result) => {
      state.calendar = calendarDraft(result.calendar);
      state.calendarPreview = null;
      state.confirmCalendar = false;
      return t('whatif.calendar.published', { count: result.retimed.length });
    }, 'whatif.publishFailed'));

  fill(elements.calendar,
    h('p', { class: 'hint' }, t('whatif.calendar.zone', { zone: c.timeZoneId }), ' ', t('whatif.calendar.hours.hint')),
    h('div', { class: 'toolbar' }, dayFields),
    h('div', { class: 'toolbar' },
      h('div', { class: 'field' }, h('label', { for: 'holidays' }, t('whatif.calendar.holidays')), holidays),
      h('div', { class: 'field' }, h('label', { for: 'yearly' }, t('whatif.calendar.yearly')), yearly)),
    h('div', { class: 'toolbar' }, preview, confirm, publish),
    failureFor('calendar'));
}

// ---- the page ------------------------------------------------------------------------------------------------

function renderPicker() {
  const all = Boolean(state.who?.catalogueAdministrator);
  elements.picker.hidden = !all;
  if (!all) return;
  const sorted = [...knownDepartments()].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));
  fill(elements.department, sorted.map((d) => h('option', { value: d.id }, pick(d.name))));
  elements.department.value = state.department ?? '';
}

function render() {
  elements.title.textContent = state.department ? t('whatif.heading', { department: departmentName(state.department) }) : t('page.title.whatif');
  const problem = state.error ? failureText(state.error, 'whatif.loadError') : state.who && !mayEdit() ? t('whatif.forbidden') : null;
  elements.message.hidden = !problem;
  elements.message.textContent = problem ?? '';
  elements.status.hidden = !state.done;
  elements.status.textContent = state.done ?? '';
  if (state.who && !mayEdit()) {
    fill(elements.agreement);
    fill(elements.calendar);
    return;
  }

  renderAgreement();
  fill(elements.agreementResult, ...renderPreview(state.agreementPreview, 'agreement-preview'));
  renderCalendar();
  fill(elements.calendarResult, ...renderPreview(state.calendarPreview, 'calendar-preview'));
}

async function load() {
  if (!state.department || !mayEdit()) {
    render();
    return;
  }

  Object.assign(state, { agreements: null, calendar: null, agreementPreview: null, calendarPreview: null, published: null, error: null });
  render();
  try {
    const [agreements, calendar] = await Promise.all([
      getJson(`/api/agreements/${enc(state.department)}`),
      getJson(`/api/departments/${enc(state.department)}/calendar`),
    ]);
    state.agreements = agreements;
    state.selected = agreements.find((a) => !a.retired)?.id ?? null;
    startDraft(current());
    state.calendar = calendarDraft(calendar);
  } catch (error) {
    state.error = error;
  }

  render();
}

elements.department.addEventListener('change', () => {
  state.department = elements.department.value;
  state.done = null;
  state.failure = null;
  history.replaceState(null, '', `${location.pathname}?department=${enc(state.department)}`);
  load();
});

mountShell({ onLanguage: () => { renderPicker(); render(); } });
setupAnnouncer();
departments().then(() => { renderPicker(); render(); }, () => {});
me().then((who) => {
  state.who = who;
  if (!who.catalogueAdministrator || !state.department) state.department = who.departmentId ?? knownDepartments()[0]?.id ?? null;
  renderPicker();
  load();
}, (error) => {
  state.error = error;
  render();
});
