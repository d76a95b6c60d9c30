// The breach forecast on the provider queue (issue 12): each open row gets its probability of breaching its next
// clock, coloured (high at or above the configured threshold, medium from half of it), and a toggle sorts the
// queue by it. The figures come from GET /api/forecasts/queues/{department}, read when the queue is followed and
// every 30 s (not per live event: an event costs the page no HTTP call, issue 11); a breachLikely live event is
// announced and colours its row at once. The queue page calls forecastCompare in
// its sort, forecastKey in its row key, decorateRow after filling a row, and mountForecast when it follows a queue.
import './forecast-strings.js';
import { getJson } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { onEvents } from './live.js';
import { announce } from './page-common.js';
import { percent } from './forecast.js';

const refreshEveryMs = 30_000;
const state = { department: null, threshold: 0.7, items: new Map(), sortByRisk: false, onChange: null, timer: 0, button: null };

onEvents((events) => {
  const mine = events.filter((e) => e.providerDepartmentId === state.department);
  if (!mine.length) return;
  let changed = false;
  for (const e of mine.filter((x) => x.type === 'breachLikely')) {
    announce(t('forecast.announce.likely', { id: e.requestId, clock: t(`clock.${e.clock}`) }));
    const known = state.items.get(e.requestId);
    if (!known || (known.breachProbability ?? 0) < (e.probability ?? state.threshold)) {
      state.items.set(e.requestId, { ...known, requestId: e.requestId, clock: e.clock, breachProbability: e.probability ?? state.threshold });
      changed = true;
    }
  }
  if (changed) state.onChange?.();
});

/** Follows department's forecast; tools gets the sort toggle; onChange() redraws the queue. */
export function mountForecast(department, tools, onChange) {
  state.onChange = onChange;
  if (!state.button && tools) {
    state.button = h('button', { type: 'button', class: 'button button-small button-secondary', 'aria-pressed': 'false', dataset: { testid: 'sort-by-risk' } });
    state.button.addEventListener('click', () => {
      state.sortByRisk = !state.sortByRisk;
      label();
      onChange?.();
    });
    label();
    tools.append(state.button);
  }
  if (department === state.department) return;
  state.department = department;
  state.items.clear();
  clearInterval(state.timer);
  state.timer = setInterval(refresh, refreshEveryMs);
  refresh();
}

/** With the toggle on, higher breach probability first (then the page's own order). */
export function forecastCompare(a, b) {
  if (!state.sortByRisk) return 0;
  return probability(b.id) - probability(a.id);
}

/** What of the forecast a row shows: part of the row's redraw key. */
export function forecastKey(id) {
  const item = state.items.get(id);
  return `${item?.breachProbability ?? ''}|${state.sortByRisk}`;
}

/** Colours row body and adds the probability badge to cell. */
export function decorateRow(body, cell, id) {
  const item = state.items.get(id);
  const p = item?.breachProbability;
  if (p == null) {
    delete body.dataset.forecast;
    return;
  }
  const band = p >= state.threshold ? 'high' : p >= state.threshold / 2 ? 'medium' : 'low';
  body.dataset.forecast = band;
  body.dataset.breachProbability = String(p);
  body.classList.add(`forecast-row-${band}`);
  cell.append(h('span', {
    class: `forecast-badge forecast-${band}`,
    title: t('forecast.queue.badgeTitle', { clock: t(`clock.${item.clock}`) }),
    dataset: { testid: 'forecast-badge', band },
  }, t('forecast.queue.badge', { percent: percent(p) })));
}

const probability = (id) => state.items.get(id)?.breachProbability ?? -1;

function label() {
  state.button.textContent = t(state.sortByRisk ? 'forecast.queue.sorted' : 'forecast.queue.sort');
  state.button.setAttribute('aria-pressed', String(state.sortByRisk));
}

async function refresh() {
  const department = state.department;
  if (!department) return;
  try {
    const forecast = await getJson(`/api/forecasts/queues/${encodeURIComponent(department)}`);
    if (department !== state.department) return;
    state.threshold = forecast.threshold;
    state.items = new Map(forecast.items.map((item) => [item.requestId, item]));
    state.onChange?.();
  } catch {
    // The queue works without its forecast; the next refresh tries again.
  }
}
