// The annual review of a provider department (printable): the server's figures for one year, in sections; the
// CSV link carries the same figures. What clients wrote on "Other request" comes only to those the server shows it to.
import './scorecards-strings.js';
import { h, icon } from './dom.js';
import { formatNumber, locale, pick, t } from './i18n.js';
import { getJson } from './api.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { department as myDepartment, me } from './identity.js';
import { describe } from './problems.js';
import { fill } from './page-common.js';

const $ = (id) => document.getElementById(id);
const elements = { form: $('choice'), department: $('department'), year: $('year'), message: $('message'), status: $('status'), review: $('review'), exportLink: $('export') };
const query = new URLSearchParams(location.search);
const thisYear = new Date().getFullYear();
const state = { department: query.get('department') ?? '', year: Number(query.get('year')) || thisYear, view: null, error: null };

const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;
const number = (value, digits = 2) => (value === null || value === undefined ? '—'
  : new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value));
const percent = (value) => (value === null || value === undefined ? '—' : `${number(value, 1)} %`);
const money = (amount, currency) => new Intl.NumberFormat(locale(), { style: 'currency', currency: currency || 'CAD' }).format(amount);
const monthName = (month) => new Intl.DateTimeFormat(locale(), { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2000, month - 1, 1)));

function apiPath() {
  return `/api/reviews/${encodeURIComponent(state.department)}/${state.year}`;
}

function table(testid, headKeys, rows) {
  return h('table', { class: 'data-table', dataset: { testid } },
    h('thead', {}, h('tr', {}, headKeys.map((key, i) => h('th', { scope: 'col', class: i ? 'num' : '' }, t(key))))),
    h('tbody', {}, rows.map((cells) => h('tr', { dataset: { testid: `${testid}-row` } }, cells.map((cell, i) =>
      i === 0 ? h('th', { scope: 'row' }, cell) : h('td', { class: 'num' }, cell))))));
}

const section = (titleKey, testid, ...content) =>
  h('section', { class: 'panel review-section', dataset: { testid } }, h('h2', { class: 'panel-title' }, t(titleKey)), ...content);

function render() {
  fill(elements.department, knownDepartments().map((d) => h('option', { value: d.id }, pick(d.name))));
  elements.department.value = state.department;
  fill(elements.year, Array.from({ length: 6 }, (_, i) => thisYear - i).map((y) => h('option', { value: String(y) }, String(y))));
  elements.year.value = String(state.year);
  elements.exportLink.href = `${apiPath()}/export`;
  renderMessage();
  const view = state.view;
  if (!view) {
    elements.status.textContent = state.error ? '' : t('review.loading');
    elements.review.replaceChildren();
    return;
  }

  const f = view.figures;
  const name = (id) => pick(view.serviceNames[id]) || id;
  elements.status.textContent = t('review.period', { department: departmentName(view.providerDepartmentId), year: view.year, zone: view.timeZone, filed: formatNumber(f.filed) });
  fill(elements.review,
    section('review.demand', 'review-demand', table('demand', ['review.col.service', 'scorecards.col.requests', 'scorecards.col.percent', 'review.col.median'],
      f.demandByService.map((s) => [name(s.serviceId), formatNumber(s.requests), percent(s.percentMet), number(s.medianHours)]))),
    section('review.clients', 'review-clients', table('clients', ['scorecards.col.client', 'scorecards.col.requests'],
      f.demandByClient.map((c) => [departmentName(c.key), formatNumber(c.count)]))),
    section('review.unused', 'review-unused', f.unusedServices.length
      ? h('ul', {}, f.unusedServices.map((id) => h('li', { dataset: { testid: 'unused-service' } }, name(id))))
      : h('p', { class: 'muted' }, t('review.unusedNone'))),
    section('review.other', 'review-other',
      h('p', { dataset: { testid: 'other-count' } }, t('review.otherCount', { count: formatNumber(f.otherRequests) })),
      view.showsOtherRequestTexts
        ? h('ul', {}, f.otherRequestGroups.map((g) => h('li', { dataset: { testid: 'other-group' } },
          h('span', { class: 'review-keywords' }, g.keywords.join(', ') || '—'), ` (${formatNumber(g.count)})`,
          h('ul', { class: 'review-texts' }, g.texts.map((text) => h('li', {}, text))))))
        : h('p', { class: 'muted' }, t('review.otherHidden'))),
    section('review.missed', 'review-missed', f.mostMissed.length
      ? table('missed', ['review.col.service', 'scorecards.col.breached', 'scorecards.col.percent'],
        f.mostMissed.map((s) => [name(s.serviceId), formatNumber(s.breached), percent(s.percentMet)]))
      : h('p', { class: 'muted' }, t('review.missedNone'))),
    section('review.costs', 'review-costs', table('costs', ['scorecards.col.client', 'scorecards.col.quotes', 'scorecards.col.amount'], [
      ...f.costByClient.map((c) => [departmentName(c.clientDepartmentId), formatNumber(c.quotes), money(c.amount, c.currency)]),
      ...f.costTotals.map((c) => [t('scorecards.total'), formatNumber(c.quotes), money(c.amount, c.currency)])])),
    section('review.complaints', 'review-complaints', table('complaints', ['scorecards.col.cause', 'scorecards.col.count'], [
      ...f.complaints.byCause.map((c) => [c.key, formatNumber(c.count)]),
      [t('scorecards.answeredInTime'), formatNumber(f.complaints.answeredInTime)],
      [t('scorecards.answeredLate'), formatNumber(f.complaints.answeredLate)],
      [t('scorecards.total'), formatNumber(f.complaints.count)]])),
    section('review.satisfaction', 'review-satisfaction',
      h('p', {}, `${number(f.satisfaction.mean)} / 5 — ${t('scorecards.surveys', { count: formatNumber(f.satisfaction.count) })}`),
      table('satisfaction', ['scorecards.col.score', 'scorecards.col.answers'], f.satisfaction.distribution.map((count, i) => [String(i + 1), formatNumber(count)]))),
    section('review.months', 'review-months', table('months',
      ['review.col.month', 'scorecards.col.requests', 'scorecards.col.percent', 'review.col.complaints', 'review.col.surveys', 'review.col.satisfaction'],
      f.months.map((m) => [monthName(m.month), formatNumber(m.filed), percent(m.percentMet), formatNumber(m.complaints), formatNumber(m.surveys), number(m.satisfactionMean)]))));
}

function renderMessage() {
  if (!state.error) {
    elements.message.hidden = true;
    elements.message.replaceChildren();
    return;
  }

  const { title, detail } = describe(state.error, 'review.error');
  elements.message.hidden = false;
  fill(elements.message, icon('alert'), h('div', { class: 'message-text' }, h('p', { class: 'message-title' }, title), detail ? h('p', {}, detail) : null));
}

async function load() {
  state.view = null;
  state.error = null;
  history.replaceState(null, '', `${location.pathname}?department=${encodeURIComponent(state.department)}&year=${state.year}`);
  render();
  try {
    state.view = await getJson(apiPath());
  } catch (error) {
    state.error = error;
  }

  render();
}

elements.department.addEventListener('change', () => { state.department = elements.department.value; load(); });
elements.year.addEventListener('change', () => { state.year = Number(elements.year.value); load(); });
elements.form.addEventListener('submit', (event) => event.preventDefault());
$('print').addEventListener('click', () => window.print());

mountShell({ onLanguage: render });
render();
Promise.all([departments(), me().catch(() => null)]).then(async ([list]) => {
  if (!list.some((d) => d.id === state.department)) state.department = list.some((d) => d.id === myDepartment()) ? myDepartment() : list[0]?.id ?? '';
  await load();
}, (error) => {
  state.error = error;
  render();
});
