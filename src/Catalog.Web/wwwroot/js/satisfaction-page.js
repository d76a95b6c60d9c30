// Satisfaction: what internal clients said of the services they received, per service, per team (the provider
// department that resolved the requests) and per department pair, over a period, from GET /api/satisfaction. Every
// signed-in person reads the figures; the comments shown are those the server let this reader read.
import './surveys-strings.js';
import { getJson } from './api.js';
import { h } from './dom.js';
import { formatNumber, locale, pick, t } from './i18n.js';
import { formatInstant } from './clocks.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { fill, renderLoadError, setupAnnouncer } from './page-common.js';

const day = 86_400_000;
const params = new URLSearchParams(location.search);
const elements = {
  provider: document.getElementById('provider'),
  period: document.getElementById('period'),
  summary: document.getElementById('summary'),
  message: document.getElementById('message'),
  figures: document.getElementById('figures'),
};
const state = {
  provider: params.get('provider') ?? '',
  days: ['30', '90', '365'].includes(params.get('days')) ? params.get('days') : '90',
  report: null,
  error: null,
  services: new Map(), // service id → name, from the catalogue
};

const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;
const serviceName = (id) => state.services.get(id) ? pick(state.services.get(id)) : id;
const percent = (value) => (value === null || value === undefined ? '—'
  : new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(value));
const mean = (value) => (value === null || value === undefined ? '—'
  : new Intl.NumberFormat(locale(), { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value));

function table(titleKey, groups, label, testid) {
  return h('section', { class: 'detail-section', dataset: { testid } },
    h('h2', { class: 'panel-title' }, t(titleKey)),
    groups.length === 0 ? h('p', { class: 'muted' }, t('satisfaction.none')) : h('div', { class: 'table-wrap' },
      h('table', { class: 'data-table' },
        h('thead', {}, h('tr', {},
          ['satisfaction.col.group', 'satisfaction.col.mean', 'satisfaction.col.answered', 'satisfaction.col.offered', 'satisfaction.col.rate', 'satisfaction.col.distribution']
            .map((key) => h('th', { scope: 'col' }, t(key))))),
        h('tbody', {}, groups.map((group) => h('tr', { dataset: { testid: 'satisfaction-row', key: group.key } },
          h('th', { scope: 'row', class: 'cell-strong' }, label(group.key), h('span', { class: 'cell-sub' }, group.key)),
          h('td', { dataset: { testid: 'satisfaction-mean' } }, mean(group.mean)),
          h('td', { dataset: { testid: 'satisfaction-answered' } }, formatNumber(group.answered)),
          h('td', { dataset: { testid: 'satisfaction-offered' } }, formatNumber(group.offered)),
          h('td', {}, percent(group.responseRate)),
          h('td', {}, group.distribution.map(formatNumber).join(' · '))))))));
}

function render() {
  renderLoadError(elements.message, state.error, 'satisfaction.error', load);
  const report = state.report;
  if (!report) {
    elements.summary.textContent = state.error ? '' : t('satisfaction.loading');
    return;
  }

  const overall = report.overall;
  elements.summary.textContent = overall.offered === 0 ? t('satisfaction.none')
    : `${t('satisfaction.overall')} ${mean(overall.mean)} / 5 · ${t('satisfaction.col.answered')} ${formatNumber(overall.answered)} / ${formatNumber(overall.offered)} (${percent(overall.responseRate)})`;
  const pair = (key) => key.split('→').map(departmentName).join(' → ');
  fill(elements.figures,
    table('satisfaction.byService', report.byService, serviceName, 'satisfaction-by-service'),
    table('satisfaction.byTeam', report.byTeam, departmentName, 'satisfaction-by-team'),
    table('satisfaction.byPair', report.byPair, pair, 'satisfaction-by-pair'),
    h('section', { class: 'detail-section', dataset: { testid: 'satisfaction-comments' } },
      h('h2', { class: 'panel-title' }, t('satisfaction.comments')),
      report.comments.length === 0 ? h('p', { class: 'muted' }, t('satisfaction.noComments'))
        : h('ul', { class: 'timeline' }, report.comments.map((c) => h('li', { class: 'timeline-item' },
          h('p', { class: 'timeline-head' }, h('strong', {}, `${'★'.repeat(c.score)} ${serviceName(c.serviceId)}`),
            h('time', { datetime: c.answeredAt }, formatInstant(c.answeredAt))),
          h('p', { class: 'timeline-note' }, `${c.requestId} · ${pair(`${c.providerDepartmentId}→${c.clientDepartmentId}`)}`),
          h('blockquote', { class: 'comment' }, c.comment))))));
}

function renderProviders() {
  const options = [h('option', { value: '' }, t('satisfaction.allProviders')),
    ...knownDepartments().map((d) => h('option', { value: d.id }, pick(d.name)))];
  fill(elements.provider, ...options);
  elements.provider.value = state.provider;
}

async function load() {
  const to = new Date();
  const from = new Date(to.getTime() - Number(state.days) * day);
  const query = new URLSearchParams({ from: from.toISOString(), to: to.toISOString() });
  if (state.provider) query.set('provider', state.provider);
  try {
    state.report = await getJson(`/api/satisfaction?${query}`);
    state.error = null;
  } catch (error) {
    state.error = error;
  }
  render();
}

function remember() {
  const query = new URLSearchParams();
  if (state.provider) query.set('provider', state.provider);
  if (state.days !== '90') query.set('days', state.days);
  history.replaceState(null, '', `${location.pathname}${query.size ? `?${query}` : ''}`);
}

elements.provider.addEventListener('change', () => {
  state.provider = elements.provider.value;
  remember();
  load();
});
elements.period.addEventListener('change', () => {
  state.days = elements.period.querySelector('input:checked')?.value ?? '90';
  remember();
  load();
});

mountShell({ onLanguage: () => { renderProviders(); render(); } });
setupAnnouncer();
for (const input of elements.period.querySelectorAll('input')) input.checked = input.value === state.days;
renderProviders();
render();
departments().then(() => { renderProviders(); render(); }, () => {});
getJson('/api/catalogue').then((page) => {
  for (const item of page.items ?? []) state.services.set(item.id, item.name);
  render();
}, () => {});
load();
