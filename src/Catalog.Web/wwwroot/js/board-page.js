// SLA board: provider × client department pairs with their open, at-risk and breached requests and their compliance
// (1 − breached / filed) over a period. The figures are the silo's (GET /api/board/figures, counted over every
// request, never a capped listing); each live event carries what it changes in them (its `board` shares, counted
// in C# by the web host: BoardShare), which the page adds to its cells without asking anything. The figures are
// read again on a rejoin, when an event cannot tell its change (a web host that restarted), and once a minute as
// a safety net (and so requests leave a period as it slides). The open requests by breach risk come from a page of
// each queue, breach-first, kept current by the events. A live feed of breaches and warnings. Whose board it is comes from the hub's snapshot: an auditor sees the
// organisation's (every provider's queue), anyone else their own department's (what it provides and what it filed).
// A cell leads to the provider's queue for that client when the person may see it, or to My requests.
import { fill } from './page-common.js';
import { h, icon } from './dom.js';
import { collator, formatNumber, locale, pick, plural, t } from './i18n.js';
import { formatTime, syncServerClock } from './clocks.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { me } from './identity.js';
import { followLive } from './live-page.js';
import { listQueue, openStatuses } from './requests-api.js';
import { getJson } from './api.js';
import { describe } from './problems.js';
import { boardRisk } from './forecast-board.js';

const riskRows = 100; // a page of each queue, breach-first: the risk table shows at most this many
const feedLength = 50;
const safetyReadMs = 60_000;
const unknownReadMs = 2_000; // events whose change the server could not tell: one read for a burst of them
const requestEvents = new Set(['filed', 'transitioned', 'atRisk', 'breached']);
const noFigures = () => ({ filed: 0, open: 0, atRisk: 0, breached: 0 });

const elements = {
  title: document.getElementById('page-title'),
  subtitle: document.getElementById('page-subtitle'),
  tools: document.getElementById('page-tools'),
  period: document.getElementById('period'),
  summary: document.getElementById('board-summary'),
  message: document.getElementById('message'),
  matrix: document.getElementById('matrix'),
  legend: document.getElementById('legend'),
  feed: document.getElementById('feed'),
  feedEmpty: document.getElementById('feed-empty'),
  risk: { table: document.getElementById('risk-table'), tools: document.getElementById('risk-tools'), summary: document.getElementById('risk-summary') },
};

const periodParam = new URLSearchParams(location.search).get('days');
const state = {
  days: periodParam === '7' || periodParam === 'all' ? periodParam : '30',
  scope: undefined, // the department whose board this is, null for the organisation's, undefined until known
  requests: new Map(), // id → RequestSummary: the open requests the risk table draws from
  pairs: new Map(), // "provider|client" → { filed, open, atRisk, breached } over the period, as the server counts
  since: null, // the period's start (ms) the figures were counted from, null for all time
  loaded: false,
  error: null,
  feed: [], // newest first: { event, key }
  changed: new Set(), // "provider|client" cells that changed live, highlighted briefly
};

const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;

// ---- figures ---------------------------------------------------------------------------------------------

/** The figures of every pair over the period, with each provider's total ("p|*") and the board's ("*|*"). */
function figures() {
  const cells = new Map();
  const add = (key, figure) => {
    const cell = cells.get(key) ?? noFigures();
    for (const name of Object.keys(cell)) cell[name] += figure[name];
    cells.set(key, cell);
  };

  for (const [key, figure] of state.pairs) {
    if (figure.filed <= 0) continue;
    add(key, figure);
    add(`${key.split('|')[0]}|*`, figure);
    add('*|*', figure);
  }

  return cells;
}

/** Adds what a live event changed (a share of the server's BoardShare) to its pair, if the board counts it. */
function addShare(share) {
  if (state.since !== null && Date.parse(share.filedAt) < state.since) return;
  if (typeof state.scope === 'string' && share.providerDepartmentId !== state.scope && share.clientDepartmentId !== state.scope) return;
  const key = `${share.providerDepartmentId}|${share.clientDepartmentId}`;
  const figure = state.pairs.get(key) ?? noFigures();
  for (const name of Object.keys(figure)) figure[name] += share[name];
  if (figure.filed > 0) state.pairs.set(key, figure);
  else state.pairs.delete(key);
}

const compliance = (figure) => (figure.filed ? 1 - figure.breached / figure.filed : null);
const percent = (value) => new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 0 }).format(value);

// ---- rendering -------------------------------------------------------------------------------------------

function renderTitle() {
  const scoped = typeof state.scope === 'string';
  elements.title.textContent = scoped ? t('board.headingFor', { department: departmentName(state.scope) })
    : state.scope === null ? t('board.headingOrganisation') : t('board.heading');
  elements.subtitle.textContent = t(scoped ? 'board.subtitleFor' : 'board.subtitle', { department: scoped ? departmentName(state.scope) : '' });
}

/** Where a cell leads: the provider's queue when the person may see it, My requests for what their department filed. */
function cellHref(providerId, clientId, requestId) {
  const hash = requestId ? `#request=${encodeURIComponent(requestId)}` : '';
  if (state.scope === null || providerId === state.scope) {
    const query = new URLSearchParams({ department: providerId, status: 'all' });
    if (clientId) query.set('counterpart', clientId);
    return `queue.html?${query}${hash}`;
  }

  return clientId === state.scope || !clientId ? `requests.html?show=all${hash}` : null;
}

function render() {
  renderTitle();
  renderMessage();
  const all = knownDepartments();
  const byName = (a, b) => collator().compare(pick(a.name), pick(b.name));
  const cells = figures();
  const providers = all.filter((d) => (typeof state.scope === 'string'
    ? d.id === state.scope || cells.has(`${d.id}|*`)
    : (d.serviceCount ?? 0) > 0 || cells.has(`${d.id}|*`))).sort(byName);
  const clients = [...all].sort(byName);
  const total = cells.get('*|*') ?? { filed: 0, open: 0, atRisk: 0, breached: 0 };

  elements.summary.textContent = !state.loaded ? t('board.loading')
    : total.filed === 0 ? t('board.summary.none')
      : t('board.summary', {
        filed: plural('board.filed', total.filed),
        compliance: percent(compliance(total)),
        breached: plural('board.breached', total.breached),
      });

  fill(elements.legend,
    legendItem('onTrack', 'check', t('board.legend.met')),
    legendItem('atRisk', 'alert', t('board.legend.atRisk')),
    legendItem('breached', 'breach', t('board.legend.breached')));

  const head = h('thead', {},
    h('tr', {},
      h('th', { scope: 'col', class: 'matrix-corner' },
        h('span', { class: 'corner-rows' }, t('board.providers')), h('span', { 'aria-hidden': 'true' }, ' \\ '), h('span', { class: 'corner-cols' }, t('board.clients'))),
      clients.map((client) => h('th', { scope: 'col', class: 'matrix-client', dataset: { client: client.id } }, h('span', {}, pick(client.name)))),
      h('th', { scope: 'col', class: 'matrix-total' }, t('board.allClients'))));
  const body = h('tbody', {},
    providers.map((provider) => h('tr', { dataset: { provider: provider.id } },
      h('th', { scope: 'row', class: 'matrix-provider' }, pick(provider.name)),
      clients.map((client) => matrixCell(provider, client, cells.get(`${provider.id}|${client.id}`))),
      matrixCell(provider, null, cells.get(`${provider.id}|*`)))));
  const focused = elements.matrix.contains(document.activeElement) ? document.activeElement.closest('[data-testid="cell"]') : null;
  fill(elements.matrix,
    h('caption', { class: 'visually-hidden' }, t('board.caption', { period: t(`board.period.${state.days}`) })),
    head, body);
  if (focused) {
    // A live update redraws the matrix: keep the keyboard where it was.
    elements.matrix.querySelector(`[data-testid="cell"][data-provider="${focused.dataset.provider}"][data-client="${focused.dataset.client}"] a`)?.focus();
  }
  renderFeed();
  renderRisk(providers);
}

/** The open requests by breach risk: the forecasts of the providers shown whose queue the person may read. */
function renderRisk(providers) {
  if (state.scope === undefined) return;
  boardRisk(elements.risk, {
    requests: [...state.requests.values()],
    departments: state.scope === null ? providers.map((d) => d.id) : [state.scope],
    nameOf: departmentName,
    hrefOf: (r) => cellHref(r.providerDepartmentId, state.scope === null || r.providerDepartmentId === state.scope ? null : r.clientDepartmentId, r.id),
    isOpen: (r) => openStatuses.includes(r.status),
    redraw: render,
  });
}

function legendItem(status, iconName, text) {
  return h('li', { class: `legend-item cell-${status}` }, h('span', { class: 'legend-swatch' }, icon(iconName)), h('span', {}, text));
}

function matrixCell(provider, client, figure) {
  const key = `${provider.id}|${client?.id ?? '*'}`;
  const changed = state.changed.has(key);
  const attributes = {
    class: `cell${client ? '' : ' cell-total'}${changed ? ' cell-changed' : ''}`,
    dataset: { testid: 'cell', provider: provider.id, client: client?.id ?? '*' },
  };
  if (!figure?.filed) {
    return h('td', { ...attributes, class: `${attributes.class} cell-empty`, dataset: { ...attributes.dataset, status: 'empty' } },
      h('span', { 'aria-hidden': 'true' }, '—'), h('span', { class: 'visually-hidden' }, t('board.cell.none')));
  }

  const status = figure.breached ? 'breached' : figure.atRisk ? 'atRisk' : 'onTrack';
  const href = cellHref(provider.id, client?.id ?? null);
  const description = t('board.cell.full', {
    provider: pick(provider.name),
    client: client ? pick(client.name) : t('board.allClients'),
    compliance: percent(compliance(figure)),
    filed: plural('board.filed', figure.filed),
    open: plural('board.open', figure.open),
    atRisk: plural('board.atRisk', figure.atRisk),
    breached: plural('board.breached', figure.breached),
  });

  return h('td', { ...attributes, class: `${attributes.class} cell-${status}`, dataset: { ...attributes.dataset, status, breached: String(figure.breached), atRisk: String(figure.atRisk), open: String(figure.open), filed: String(figure.filed) } },
    h(href ? 'a' : 'span', { class: 'cell-link', href, dataset: { testid: 'cell-link' } },
      h('span', { class: 'visually-hidden' }, description),
      h('span', { class: 'cell-compliance', 'aria-hidden': 'true' },
        icon(status === 'breached' ? 'breach' : status === 'atRisk' ? 'alert' : 'check'),
        h('span', { dataset: { testid: 'cell-compliance' } }, percent(compliance(figure)))),
      h('span', { class: 'cell-counts', 'aria-hidden': 'true' },
        h('span', { class: 'count count-open', title: plural('board.open', figure.open) }, t('board.cell.open', { count: formatNumber(figure.open) })),
        figure.atRisk ? h('span', { class: 'count count-atRisk', title: plural('board.atRisk', figure.atRisk) }, icon('alert'), formatNumber(figure.atRisk)) : null,
        figure.breached ? h('span', { class: 'count count-breached', title: plural('board.breached', figure.breached), dataset: { testid: 'cell-breached' } }, icon('breach'), formatNumber(figure.breached)) : null)));
}

function renderFeed() {
  elements.feedEmpty.hidden = state.feed.length > 0;
  // New entries only ever arrive at the top: prepend them and leave the others in place, so the live region reads
  // just the additions and nothing already shown moves (or replays its entrance).
  const shown = new Set([...elements.feed.children].map((li) => li.dataset.key));
  const fresh = state.feed.filter(({ key }) => !shown.has(key));
  for (const { event, key } of fresh.reverse()) elements.feed.prepend(feedItem(event, key));
  while (elements.feed.children.length > state.feed.length) elements.feed.lastElementChild.remove();
}

function feedItem(event, key) {
  const breached = event.type === 'breached';
  const provider = departmentName(event.providerDepartmentId);
  const client = departmentName(event.clientDepartmentId);
  const link = cellHref(event.providerDepartmentId, state.scope === null || event.providerDepartmentId === state.scope ? null : event.clientDepartmentId, event.requestId);
  return h('li', { class: `feed-item feed-${event.type}`, dataset: { key, testid: 'feed-item', requestId: event.requestId, type: event.type } },
    h('span', { class: 'feed-icon' }, icon(breached ? 'breach' : 'alert')),
    h('div', { class: 'feed-text' },
      h('p', { class: 'feed-title' },
        h('strong', {}, t(breached ? 'feed.breached' : 'feed.atRisk')), ' ',
        link ? h('a', { href: link }, event.requestId) : event.requestId, ' · ',
        t(`clock.${event.clock}`)),
      h('p', { class: 'feed-meta' },
        t('feed.pair', { provider, client }),
        event.summary?.title ? h('span', { class: 'feed-request' }, ` · ${event.summary.title}`) : null),
      h('p', { class: 'feed-time' }, h('time', { datetime: event.at }, formatTime(event.at)))));
}

function renderMessage() {
  if (!state.error) {
    elements.message.hidden = true;
    elements.message.replaceChildren();
    return;
  }

  const { title, detail } = describe(state.error, 'board.error');
  elements.message.hidden = false;
  fill(elements.message, icon('alert'),
    h('div', { class: 'message-text' }, h('p', { class: 'message-title' }, title), detail ? h('p', {}, detail) : null),
    h('button', { type: 'button', class: 'button button-secondary', onclick: load }, t('error.retry')));
}

// ---- loading ---------------------------------------------------------------------------------------------

async function ensureScope() {
  if (state.scope === undefined) {
    const person = await me();
    state.scope ??= person.seesOrganisationBoard ? null : person.departmentId;
  }
}

/** The period's figures as the silo counts them; whose board it is comes with them. */
async function loadFigures() {
  const days = state.days;
  const answer = await getJson(`/api/board/figures?days=${encodeURIComponent(days)}`);
  if (days !== state.days) return; // the period changed meanwhile: its own read draws it
  state.scope = answer.departmentId ?? null;
  state.since = answer.filedSince ? Date.parse(answer.filedSince) : null;
  state.pairs = new Map(answer.pairs.map((p) => [`${p.providerDepartmentId}|${p.clientDepartmentId}`,
    { filed: p.filed, open: p.open, atRisk: p.atRisk, breached: p.breached }]));
  figuresReadAt = Date.now();
}

/** The open requests the risk table draws: the first page of each queue the board covers, breach-first. */
async function loadRows() {
  const filters = { status: openStatuses, limit: riskRows };
  const pages = typeof state.scope === 'string'
    ? await Promise.all([listQueue('provider', state.scope, filters), listQueue('client', state.scope, filters)])
    : await Promise.all((await departments()).map((d) => listQueue('provider', d.id, filters)));
  const requests = new Map();
  for (const page of pages) for (const item of page.items) requests.set(item.id, item);
  // Events newer than the listing win.
  for (const [id, known] of state.requests) {
    const listed = requests.get(id);
    if ((!listed && openStatuses.includes(known.status)) || (listed && Date.parse(known.updatedAt) > Date.parse(listed.updatedAt))) requests.set(id, known);
  }
  state.requests = requests;
}

async function load() {
  try {
    await ensureScope();
    await Promise.all([loadFigures(), loadRows()]);
    state.error = null;
  } catch (error) {
    state.error = error;
  }

  state.loaded = true;
  render();
}

let figuresReadAt = 0;
let unknownRead = 0;

/** Reads the figures again (not the rows), then redraws; a failure leaves the figures as they were. */
function rereadFigures() {
  loadFigures().then(render, (error) => console.warn('board: could not read the figures', error));
}

function onEvents(events) {
  let unknown = false;
  for (const event of events) {
    if (requestEvents.has(event.type)) {
      if (Array.isArray(event.board)) for (const share of event.board) addShare(share);
      else unknown = true;
    }

    if (event.summary) {
      const known = state.requests.get(event.requestId);
      if (!known || Date.parse(event.summary.updatedAt) >= Date.parse(known.updatedAt) || event.type === 'breached' || event.type === 'atRisk') {
        state.requests.set(event.requestId, event.summary);
      }
      markChanged(event.providerDepartmentId, event.clientDepartmentId);
    }

    if (event.type === 'breached' || event.type === 'atRisk') {
      state.feed.unshift({ event, key: `${event.requestId}#${event.sequence}` });
    }
  }

  state.feed.length = Math.min(state.feed.length, feedLength);
  if (unknown && !unknownRead) {
    // The web host could not tell what these events changed (it restarted since): one read for the burst.
    unknownRead = setTimeout(() => { unknownRead = 0; rereadFigures(); }, unknownReadMs);
  }
  render();
}

function markChanged(provider, client) {
  for (const key of [`${provider}|${client}`, `${provider}|*`]) {
    state.changed.add(key);
    setTimeout(() => { state.changed.delete(key); render(); }, 4000);
  }
}

// ---- start -----------------------------------------------------------------------------------------------

for (const input of elements.period.querySelectorAll('input')) input.checked = input.value === state.days;
elements.period.addEventListener('change', () => {
  state.days = elements.period.querySelector('input:checked')?.value ?? '30';
  history.replaceState(null, '', `${location.pathname}${state.days === '30' ? '' : `?days=${state.days}`}`);
  render();
  rereadFigures();
});

// The safety net: events keep the figures, a read once a minute catches what they cannot (the period sliding).
setInterval(() => {
  if (document.visibilityState === 'visible' && Date.now() - figuresReadAt >= safetyReadMs - 1000) rereadFigures();
}, safetyReadMs);

mountShell({ onLanguage: () => { elements.feed.replaceChildren(); live.rerender(); render(); } });

let snapshots = 0;
const live = followLive({
  target: { board: true },
  onSnapshot: (snapshot) => {
    // The hub says whose board this is: null for the organisation's. Its requests (the open ones at risk or
    // breached) are newer than a listing that started before: they are kept. The figures are read when the page
    // opens: only a rejoin, after which events may have been missed, reads them (and the rows) again.
    state.scope = snapshot?.departmentId ?? null;
    for (const summary of snapshot?.requests ?? []) {
      const known = state.requests.get(summary.id);
      if (!known || Date.parse(summary.updatedAt) >= Date.parse(known.updatedAt)) state.requests.set(summary.id, summary);
    }
    if (snapshots++ > 0) load();
    else render();
  },
  onEvents,
  refresh: load,
});
elements.tools.append(live.status);

render();
syncServerClock().then(render, () => {});
departments().then(render, () => {});
load();
