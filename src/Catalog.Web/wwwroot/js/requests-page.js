// My requests: what the signed-in person's department filed as an internal client, each with its live SLA clocks, and a panel
// to follow one request (history, comments) and act on it as its client (answer, cancel, reopen, close).
import { h, icon } from './dom.js';
import { pick, plural, t, tParts } from './i18n.js';
import { clockItem, formatInstant, syncServerClock, visibleClocks } from './clocks.js';
import { departments, knownDepartments, mountShell } from './shell.js';
import { me } from './identity.js';
import { followLive } from './live-page.js';
import { listQueue, openStatuses, queueExportUrl } from './requests-api.js';
import { createRequestStore } from './request-store.js';
import { createRequestPanel, slaFlag, statusBadge } from './request-detail.js';
import { describe } from './problems.js';
import { announce, exportLink as pointExportLink, fill, loadSelectedView, readHash, renderLoadError, renderSelected, setupAnnouncer } from './page-common.js';
import { nameOf, onNames, person } from './names.js';
import { mountWaitingSurveys } from './survey-panel.js';

const elements = {
  title: document.getElementById('page-title'),
  subtitle: document.getElementById('page-subtitle'),
  tools: document.getElementById('page-tools'),
  show: document.getElementById('show'),
  count: document.getElementById('request-count'),
  message: document.getElementById('message'),
  list: document.getElementById('request-list'),
  detail: document.getElementById('detail'),
  workspace: document.getElementById('workspace'),
};

const state = {
  department: null, // the signed-in person's, once GET /api/me answers
  show: new URLSearchParams(location.search).get('show') === 'all' ? 'all' : 'open',
  selected: readHash('request'),
  error: null,
  loaded: false,
  truncated: false,
  detailError: null,
};

const departmentName = (id) => pick(knownDepartments().find((d) => d.id === id)?.name) || id;
const cards = new Map(); // id → { element, key }

/** What the person may do on a request their department filed: the client's actions the server sent with it. */
const actionsFor = (summary) => summary.clientActions ?? [];
/** The summary as a reading of its clocks, when the server read them (hub snapshots and events), else null. */
const readingOf = (summary) => (summary.asOf && summary.clocks ? summary : null);

const store = createRequestStore({ onChange: () => scheduleRender(), role: 'client', actionsFor });
const panel = createRequestPanel(elements.detail, {
  role: 'client',
  departmentName,
  describe,
  onClose: () => select(null),
  onChanged: (view) => store.applyView(view),
});

// ---- rendering -------------------------------------------------------------------------------------------

let renderQueued = false;
function scheduleRender() {
  if (renderQueued) return;
  renderQueued = true;
  queueMicrotask(() => {
    renderQueued = false;
    render();
  });
}

const rank = (s) => (s.status === 'WaitingOnClient' ? 0 : s.status === 'Resolved' ? 2 : openStatuses.includes(s.status) ? 1 : 3);
const time = (iso) => (iso ? Date.parse(iso) : Infinity);

function visible() {
  return [...store.summaries.values()]
    .filter((s) => s.clientDepartmentId === state.department && (state.show === 'all' || openStatuses.includes(s.status)))
    .sort((a, b) => rank(a) - rank(b)
      || (rank(a) === 3 ? time(b.updatedAt) - time(a.updatedAt) : time(a.nextDueAt) - time(b.nextDueAt))
      || time(a.filedAt) - time(b.filedAt)
      || a.id.localeCompare(b.id));
}

function render() {
  elements.title.textContent = t('requests.heading');
  elements.subtitle.textContent = state.department ? t('requests.subtitle', { department: departmentName(state.department) }) : '';
  renderExport();
  renderMessage();
  const items = visible();
  const waiting = items.filter((s) => s.status === 'WaitingOnClient').length;
  elements.count.textContent = !state.loaded ? t('requests.loading')
    : [plural(state.show === 'all' ? 'requests.count' : 'requests.countOpen', items.length),
      waiting ? plural('requests.countWaiting', waiting) : null].filter(Boolean).join(' · ');

  if (state.loaded && items.length === 0 && !state.error) {
    cards.clear();
    fill(elements.list, h('li', { class: 'empty', dataset: { testid: 'empty-state' } },
      icon('inbox'),
      h('p', { class: 'empty-title' }, t(state.show === 'all' ? 'requests.empty' : 'requests.emptyOpen')),
      h('p', { class: 'empty-detail' }, t('requests.emptyDetail', { department: departmentName(state.department) })),
      h('a', { class: 'button', href: './' }, t('requests.browse'))));
  } else {
    const seen = new Set();
    const ordered = items.map((summary) => {
      seen.add(summary.id);
      const view = readingOf(summary);
      const key = [summary.updatedAt, summary.status, summary.atRisk, summary.breached, summary.asOf ?? '', summary.pauseReason ?? '', state.selected === summary.id, document.documentElement.lang, knownDepartments().length, nameOf(summary.requester)].join('|');
      let entry = cards.get(summary.id);
      if (!entry || entry.key !== key) {
        const element = card(summary, view);
        entry?.element.replaceWith(element);
        entry = { element, key };
        cards.set(summary.id, entry);
      }
      return entry.element;
    });
    for (const id of cards.keys()) if (!seen.has(id)) { cards.get(id).element.remove(); cards.delete(id); }
    if (elements.list.querySelector('.empty')) elements.list.replaceChildren();
    ordered.forEach((element, index) => {
      if (elements.list.children[index] !== element) elements.list.insertBefore(element, elements.list.children[index] ?? null);
    });
  }

  renderPanel();
}

function card(summary, view) {
  const selected = state.selected === summary.id;
  const clocks = view ? visibleClocks(view, { compact: true }) : [];
  const open = openStatuses.includes(summary.status);
  return h('li', {
    class: `request-card${selected ? ' is-open' : ''}`,
    dataset: { testid: 'request-card', requestId: summary.id, status: summary.status },
  },
  h('div', { class: 'request-card-head' },
    h('h2', { class: 'request-title' },
      h('a', { class: 'card-link', href: `#request=${encodeURIComponent(summary.id)}`, 'aria-current': selected ? 'true' : null, dataset: { requestId: summary.id } }, summary.title)),
    h('p', { class: 'request-badges' }, statusBadge(summary.status), slaFlag(summary, view))),
  h('p', { class: 'request-meta' },
    h('span', { class: 'request-id' }, summary.id), ' · ',
    pick(summary.serviceName), ' · ',
    h('span', {}, departmentName(summary.providerDepartmentId)), ' · ',
    summary.requester
      ? tParts('requests.filedBy', { date: formatInstant(summary.filedAt), name: person(summary.requester, { dataset: { testid: 'requester' } }) })
      : t('requests.filedOn', { date: formatInstant(summary.filedAt) })),
  summary.status === 'WaitingOnClient'
    ? h('p', { class: 'request-waiting', dataset: { testid: 'request-waiting' } }, icon('pause'),
      h('span', {}, summary.pauseReason ? t('requests.waitingReason', { reason: t(`pause.${summary.pauseReason}`) }) : t('requests.waiting')))
    : null,
  open && clocks.length ? h('ul', { class: 'clock-list clock-list-compact', 'aria-label': t('request.clocks') }, clocks.map((c) => clockItem(c, view, { role: 'client', compact: true }))) : null,
  open && !view ? h('p', { class: 'muted request-clocks-loading' }, t('requests.clocksLoading')) : null);
}

/** "Export CSV": the department's requests as the list shows them (open, or all). */
function renderExport() {
  if (!state.department) return;
  exportLink = pointExportLink(elements.tools, exportLink,
    queueExportUrl('client', state.department, { status: state.show === 'all' ? undefined : openStatuses }));
}

let exportLink = null;

function renderMessage() {
  renderLoadError(elements.message, state.error, 'requests.error', () => load());
}

function renderPanel() {
  renderSelected(elements, state.selected, { store, panel, detailError: state.detailError });
}

// ---- loading ---------------------------------------------------------------------------------------------

/**
 * Reads the list over HTTP: while the hub is away (every few seconds, replacing what is shown), or to add what a
 * snapshot left out (more requests than it holds, closed ones on "all"; merged). A listing's rows carry no clock
 * reading: they wait for the next snapshot or event to count down.
 */
async function load({ merge = false } = {}) {
  if (!state.department) return;
  try {
    const page = await listQueue('client', state.department, { status: state.show === 'all' ? undefined : openStatuses, limit: 200 });
    state.error = null;
    state.loaded = true;
    if (merge) store.merge(page.items ?? []);
    else store.replace(page.items ?? []);
    if (state.selected && !store.views.has(state.selected)) loadSelected();
  } catch (error) {
    state.error = error;
    state.loaded = true;
    render();
  }
}

/** The hub's snapshot: the department's requests, their clocks read by the server; completed over HTTP only when it is cut short. */
function applySnapshot(snapshot) {
  if (!snapshot) return;
  const items = snapshot.items ?? [];
  state.loaded = true;
  state.error = null;
  state.truncated = snapshot.total > items.length;
  store.replace(items);
  if (state.truncated) load({ merge: true });
  if (state.selected && !store.views.has(state.selected)) loadSelected();
}

function loadSelected() {
  loadSelectedView(store, state, renderPanel);
}

function onEvents(events) {
  const notes = [];
  for (const event of events) {
    if (event.clientDepartmentId !== state.department) continue;
    store.applyEvent(event);
    const note = describeEvent(event);
    if (note) notes.push(note);
  }

  if (notes.length) announce(notes.join(' '));
  scheduleRender();
}

function describeEvent(event) {
  switch (event.type) {
    case 'filed': return t('announce.filed', { id: event.requestId });
    case 'transitioned':
      return event.action === 'Comment' ? t('announce.comment', { id: event.requestId, by: nameOf(event.by) })
        : t('announce.status', { id: event.requestId, status: t(`status.${event.to}`) });
    case 'atRisk': return t('announce.atRisk', { id: event.requestId, clock: t(`clock.${event.clock}`) });
    case 'breached': return t('announce.breached', { id: event.requestId, clock: t(`clock.${event.clock}`) });
    default: return null;
  }
}

// ---- actions ---------------------------------------------------------------------------------------------

function select(id, { focus = true } = {}) {
  const previous = state.selected;
  state.selected = id;
  const url = `${location.pathname}${location.search}${id ? `#request=${encodeURIComponent(id)}` : ''}`;
  if (`${location.pathname}${location.search}${location.hash}` !== url) history.pushState(null, '', url);
  if (id) loadSelected();
  render();
  if (id && focus) panel.focusTitle();
  if (!id && focus) (elements.list.querySelector(`.card-link[data-request-id="${CSS.escape(previous ?? '')}"]`) ?? elements.list.querySelector('.card-link'))?.focus();
}

elements.list.addEventListener('click', (event) => {
  const link = event.target.closest('.card-link');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  select(link.dataset.requestId);
});

elements.show.addEventListener('change', () => {
  state.show = elements.show.querySelector('input:checked')?.value === 'all' ? 'all' : 'open';
  const query = state.show === 'all' ? '?show=all' : '';
  history.replaceState(null, '', `${location.pathname}${query}${location.hash}`);
  if (state.truncated) load({ merge: true });
  else render();
});

window.addEventListener('popstate', () => {
  state.selected = readHash('request');
  if (state.selected) loadSelected();
  render();
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && state.selected && !event.defaultPrevented && !(event.target instanceof HTMLTextAreaElement)) {
    event.preventDefault();
    select(null);
  }
});

// ---- start -----------------------------------------------------------------------------------------------

mountShell({
  onLanguage: () => {
    cards.clear();
    elements.list.replaceChildren();
    panel.reset();
    live?.rerender();
    surveys?.render();
    render();
  },
});
setupAnnouncer();
onNames(scheduleRender); // cards and the panel showing ids get their people's names
for (const input of elements.show.querySelectorAll('input')) input.checked = input.value === state.show;

let live = null;
let surveys = null;
render();
syncServerClock().catch(() => {});
departments().then(render, () => {});
me().then((person) => {
  state.department = person.departmentId;
  if (!state.department) {
    state.loaded = true;
    state.error = new Error(t('account.noDepartmentDetail'));
    render();
    return;
  }

  live = followLive({
    target: { department: state.department, role: 'client' },
    onSnapshot: applySnapshot,
    onEvents,
    refresh: () => load(),
  });
  elements.tools.append(live.status);
  surveys = mountWaitingSurveys(elements.show.closest('.toolbar'));
}, (error) => {
  state.error = error;
  state.loaded = true;
  render();
});
