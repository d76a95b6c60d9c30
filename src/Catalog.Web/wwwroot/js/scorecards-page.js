// Published scorecards: pick a subject (a provider department, one of its services, or a provider → client pair)
// and a period; the page shows the server's figures (nothing is recomputed here), a weekly trend chart (Chart.js,
// served by us) and links the CSV of the same figures. The choice lives in the address, so a scorecard can be shared.
import './scorecards-strings.js';
import { h, icon } from './dom.js';
import { formatNumber, locale, pick, t } from './i18n.js';
import { getJson, searchCatalogue } from './api.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { department as myDepartment, me } from './identity.js';
import { describe } from './problems.js';
import { fill } from './page-common.js';
import { forecastScorecard } from './forecast-scorecard.js';

const kinds = ['provider', 'service', 'pair'];
const $ = (id) => document.getElementById(id);
const elements = {
  form: $('subject'), kind: $('kind'), provider: $('provider'), client: $('client'), service: $('service'),
  clientField: $('client-field'), serviceField: $('service-field'), from: $('from'), to: $('to'),
  message: $('message'), status: $('status'), scorecard: $('scorecard'), tiles: $('tiles'), trend: $('trend'),
  exportLink: $('export'), reviewLink: $('review-link'),
};

const state = { ...readChoice(), services: [], view: null, error: null };
let chart = null;
let loading = null;

function readChoice() {
  const query = new URLSearchParams(location.search);
  const kind = query.get('kind');
  return {
    kind: kinds.includes(kind) ? kind : 'provider',
    provider: query.get('provider') ?? '',
    client: query.get('client') ?? '',
    service: query.get('service') ?? '',
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
  };
}

function writeChoice() {
  const query = new URLSearchParams();
  for (const key of ['kind', 'provider', 'client', 'service', 'from', 'to']) if (state[key]) query.set(key, state[key]);
  history.replaceState(null, '', `${location.pathname}?${query}`);
}

/** The API path of the chosen scorecard, without the period. */
function apiPath() {
  const e = encodeURIComponent;
  if (state.kind === 'service') return `/api/scorecards/services/${e(state.service)}`;
  if (state.kind === 'pair') return `/api/scorecards/pairs/${e(state.provider)}/${e(state.client)}`;
  return `/api/scorecards/providers/${e(state.provider)}`;
}

function periodQuery() {
  const query = new URLSearchParams();
  if (state.from) query.set('from', state.from);
  if (state.to) query.set('to', state.to);
  return query.size ? `?${query}` : '';
}

// ---- rendering -------------------------------------------------------------------------------------------

const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;
const number = (value, digits = 2) => (value === null || value === undefined ? t('scorecards.none')
  : new Intl.NumberFormat(locale(), { maximumFractionDigits: digits }).format(value));
const percent = (value) => (value === null || value === undefined ? t('scorecards.none') : `${number(value, 1)} %`);
const money = (amount, currency) => new Intl.NumberFormat(locale(), { style: 'currency', currency: currency || 'CAD' }).format(amount);
const dateText = (iso) => new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));

function renderChoice() {
  const list = knownDepartments();
  fill(elements.kind, kinds.map((kind) => h('option', { value: kind }, t(`scorecards.kind.${kind}`))));
  elements.kind.value = state.kind;
  fill(elements.provider, list.map((d) => h('option', { value: d.id }, pick(d.name))));
  elements.provider.value = state.provider;
  fill(elements.client, list.map((d) => h('option', { value: d.id }, pick(d.name))));
  elements.client.value = state.client;
  fill(elements.service, state.services.map((s) => h('option', { value: s.id }, pick(s.name))));
  elements.service.value = state.service;
  elements.clientField.hidden = state.kind !== 'pair';
  elements.serviceField.hidden = state.kind !== 'service';
  elements.from.value = state.from;
  elements.to.value = state.to;
  elements.exportLink.href = `${apiPath()}/export${periodQuery()}`;
  elements.reviewLink.href = `review.html?department=${encodeURIComponent(state.provider)}`;
}

function tile(name, label, value, sub) {
  return h('div', { class: 'score-tile', dataset: { testid: `tile-${name}` } },
    h('span', { class: 'score-tile-label' }, label),
    h('span', { class: 'score-tile-value', dataset: { testid: 'tile-value' } }, value),
    sub ? h('span', { class: 'score-tile-sub' }, sub) : null);
}

function row(cells, testid) {
  return h('tr', { dataset: testid ? { testid } : {} }, cells.map((cell, i) =>
    i === 0 ? h('th', { scope: 'row' }, cell) : h('td', { class: 'num' }, cell)));
}

const head = (id, keys) => fill($(id), h('tr', {}, keys.map((key, i) => h('th', { scope: 'col', class: i ? 'num' : '' }, t(key)))));

function render() {
  renderChoice();
  renderMessage();
  const view = state.view;
  elements.scorecard.hidden = !view;
  if (!view) {
    elements.status.textContent = state.error ? '' : t('scorecards.loading');
    return;
  }

  const f = view.figures;
  const subject = view.subject === 'service' ? pick(view.serviceName)
    : view.subject === 'pair' ? `${departmentName(view.providerDepartmentId)} → ${departmentName(view.clientDepartmentId)}`
      : departmentName(view.providerDepartmentId);
  elements.status.textContent = t('scorecards.period', { subject, from: dateText(view.from), to: dateText(view.to), zone: view.timeZone });

  const total = f.costTotals[0];
  fill(elements.tiles,
    tile('filed', t('scorecards.tile.filed'), formatNumber(f.filed)),
    tile('resolved', t('scorecards.tile.resolved'), formatNumber(f.resolved)),
    f.clocks.map((c) => tile(`percent-${c.clock}`, t('scorecards.tile.percentMet', { clock: t(`clock.${c.clock}`) }), percent(c.percentMet))),
    tile('median', t('scorecards.tile.median'), t('scorecards.hours', { value: number(f.turnaround.medianHours) })),
    tile('p90', t('scorecards.tile.p90'), t('scorecards.hours', { value: number(f.turnaround.percentile90Hours) })),
    tile('breaches', t('scorecards.tile.breaches'), formatNumber(f.breaches), t('scorecards.breachedRequests', { count: formatNumber(f.breachedRequests) })),
    tile('transfers', t('scorecards.tile.transfers'), formatNumber(f.transfers.beyondOne)),
    tile('complaints', t('scorecards.tile.complaints'), formatNumber(f.complaints.count)),
    tile('satisfaction', t('scorecards.tile.satisfaction'), number(f.satisfaction.mean), t('scorecards.surveys', { count: formatNumber(f.satisfaction.count) })),
    tile('cost', t('scorecards.tile.cost'), total ? money(total.amount, total.currency) : money(0, 'CAD')));

  head('clocks-head', ['scorecards.col.clock', 'scorecards.col.met', 'scorecards.col.breached', 'scorecards.col.running', 'scorecards.col.percent']);
  fill($('clocks'), f.clocks.map((c) => row([t(`clock.${c.clock}`), formatNumber(c.met), formatNumber(c.breached), formatNumber(c.running), percent(c.percentMet)], 'clock-row')));
  head('held-head', ['scorecards.col.department', 'scorecards.col.requests', 'scorecards.col.hours']);
  fill($('held'), f.held.map((x) => row([departmentName(x.departmentId), formatNumber(x.requests), number(x.hours)], 'held-row')));
  head('cost-head', ['scorecards.col.client', 'scorecards.col.quotes', 'scorecards.col.amount']);
  fill($('cost'),
    f.costByClient.map((c) => row([departmentName(c.clientDepartmentId), formatNumber(c.quotes), money(c.amount, c.currency)], 'cost-row')),
    f.costTotals.map((c) => row([t('scorecards.total'), formatNumber(c.quotes), money(c.amount, c.currency)], 'cost-total')));
  head('satisfaction-head', ['scorecards.col.score', 'scorecards.col.answers']);
  fill($('satisfaction'), f.satisfaction.distribution.map((count, i) => row([String(i + 1), formatNumber(count)], 'satisfaction-row')));
  head('complaints-head', ['scorecards.col.cause', 'scorecards.col.count']);
  fill($('complaints'),
    f.complaints.byCause.map((c) => row([c.key, formatNumber(c.count)], 'complaint-row')),
    row([t('scorecards.answeredInTime'), formatNumber(f.complaints.answeredInTime)]),
    row([t('scorecards.answeredLate'), formatNumber(f.complaints.answeredLate)]));
  renderChart(f.weeks);
  forecastScorecard(elements.scorecard, view);
}

function renderChart(weeks) {
  if (!window.Chart) return; // the chart script failed to load: the figures above still stand
  const data = {
    labels: weeks.map((w) => dateText(w.weekStart)),
    datasets: [
      { type: 'bar', label: t('scorecards.chart.filed'), data: weeks.map((w) => w.filed), backgroundColor: '#8fb3e0', yAxisID: 'count', order: 2 },
      { type: 'line', label: t('scorecards.chart.percentMet'), data: weeks.map((w) => w.percentMet), borderColor: '#1f8a3f', backgroundColor: '#1f8a3f', yAxisID: 'percent', spanGaps: true, order: 1 },
      { type: 'line', label: t('scorecards.chart.median'), data: weeks.map((w) => w.medianHours), borderColor: '#b7791f', backgroundColor: '#b7791f', yAxisID: 'count', spanGaps: true, borderDash: [4, 4], order: 0 },
    ],
  };
  if (chart) {
    chart.data = data;
    chart.update();
    return;
  }

  chart = new window.Chart(elements.trend, {
    data,
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: locale(),
      interaction: { mode: 'index', intersect: false },
      scales: {
        count: { type: 'linear', position: 'left', beginAtZero: true },
        percent: { type: 'linear', position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } },
      },
    },
  });
  elements.trend.dataset.rendered = 'true';
}

function renderMessage() {
  if (!state.error) {
    elements.message.hidden = true;
    elements.message.replaceChildren();
    return;
  }

  const { title, detail } = describe(state.error, 'scorecards.error');
  elements.message.hidden = false;
  fill(elements.message, icon('alert'),
    h('div', { class: 'message-text' }, h('p', { class: 'message-title' }, title), detail ? h('p', {}, detail) : null),
    h('button', { type: 'button', class: 'button button-secondary', onclick: load }, t('error.retry')));
}

// ---- loading ---------------------------------------------------------------------------------------------

async function loadServices() {
  if (!state.provider) return;
  try {
    const result = await searchCatalogue({ department: state.provider });
    state.services = result.items ?? [];
  } catch {
    state.services = [];
  }

  if (!state.services.some((s) => s.id === state.service)) state.service = state.services[0]?.id ?? '';
}

async function load() {
  loading?.abort();
  const controller = new AbortController();
  loading = controller;
  state.view = null;
  state.error = null;
  render();
  if (state.kind === 'service' && !state.service) {
    state.error = new Error(t('scorecards.noService'));
    render();
    return;
  }

  try {
    state.view = await getJson(`${apiPath()}${periodQuery()}`, controller.signal);
    state.from = state.view.from;
    state.to = state.view.to;
    writeChoice();
  } catch (error) {
    if (error.name === 'AbortError') return;
    state.error = error;
  }

  render();
}

// ---- events ----------------------------------------------------------------------------------------------

elements.form.addEventListener('submit', async (event) => {
  event.preventDefault();
  state.kind = elements.kind.value;
  state.client = elements.client.value;
  state.service = elements.service.value;
  state.from = elements.from.value;
  state.to = elements.to.value;
  writeChoice();
  await load();
});

elements.kind.addEventListener('change', () => {
  state.kind = elements.kind.value;
  renderChoice();
});

elements.provider.addEventListener('change', async () => {
  state.provider = elements.provider.value;
  await loadServices();
  renderChoice();
});

// ---- start -----------------------------------------------------------------------------------------------

mountShell({ onLanguage: () => { chart?.destroy(); chart = null; render(); } });
render();
Promise.all([departments(), me().catch(() => null)]).then(async ([list]) => {
  if (!list.some((d) => d.id === state.provider)) state.provider = list.some((d) => d.id === myDepartment()) ? myDepartment() : list[0]?.id ?? '';
  if (!list.some((d) => d.id === state.client)) state.client = list.find((d) => d.id !== state.provider)?.id ?? state.provider;
  await loadServices();
  await load();
}, (error) => {
  state.error = error;
  render();
});
