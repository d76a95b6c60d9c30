// The breach forecast on the provider queue and the board (issue 12): each open row gets its probability of
// breaching its next clock, coloured (high at or above its department's threshold, medium from half of it), and a
// toggle sorts the rows by it. The figures come from GET /api/forecasts/queues/{department}, one read per followed
// provider department when followed and every 30 s (not per live event: an event costs the page no HTTP call,
// issue 11); a breachLikely live event is announced and colours its row at once. A page calls forecastCompare in
// its sort, forecastKey in its row key, decorateRow after filling a row, and mountForecast with the provider
// department(s) it shows (the queue one, the board several).
import './forecast-strings.js';
import { getJson } from './api.js';
import { h } from './dom.js';
import { t } from './i18n.js';
import { onEvents } from './live.js';
import { announce } from './page-common.js';
import { percent } from './forecast.js';

const refreshEveryMs = 30_000;
const defaultThreshold = 0.7;
// items: requestId → forecast item with its department's threshold; byDepartment: the last read of each department.
const state = { departments: [], key: '', items: new Map(), byDepartment: new Map(), sortByRisk: false, onChange: null, timer: 0, button: null };

onEvents((events) => {
  const mine = events.filter((e) => state.departments.includes(e.providerDepartmentId));
  if (!mine.length) return;
  let changed = false;
  for (const e of mine.filter((x) => x.type === 'breachLikely')) {
    announce(t('forecast.announce.likely', { id: e.requestId, clock: t(`clock.${e.clock}`) }));
    const known = state.items.get(e.requestId);
    const threshold = known?.threshold ?? state.byDepartment.get(e.providerDepartmentId)?.threshold ?? defaultThreshold;
    if (!known || (known.breachProbability ?? 0) < (e.probability ?? threshold)) {
      state.items.set(e.requestId, { ...known, requestId: e.requestId, clock: e.clock, threshold, breachProbability: e.probability ?? threshold });
      changed = true;
    }
  }
  if (changed) state.onChange?.();
});

/**
 * Follows the forecast of departments (one provider department's id, or several); tools gets the sort toggle;
 * onChange() redraws the rows. Cheap to call on every redraw: the same departments change nothing.
 */
export function mountForecast(departments, tools, onChange) {
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
  const followed = [...new Set([departments].flat().filter(Boolean))].sort();
  const key = followed.join('|');
  if (key === state.key) return;
  state.key = key;
  state.departments = followed;
  state.items.clear();
  for (const department of state.byDepartment.keys()) if (!followed.includes(department)) state.byDepartment.delete(department);
  clearInterval(state.timer);
  state.timer = followed.length ? setInterval(refresh, refreshEveryMs) : 0;
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
  const threshold = item.threshold ?? defaultThreshold;
  const band = p >= threshold ? 'high' : p >= threshold / 2 ? 'medium' : 'low';
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
  const key = state.key;
  if (!key) return;
  const reads = await Promise.allSettled(state.departments.map((department) =>
    getJson(`/api/forecasts/queues/${encodeURIComponent(department)}`).then((forecast) => [department, forecast])));
  if (key !== state.key) return;
  // The rows work without their forecast: a department whose read failed keeps its last figures until the next one.
  for (const read of reads) if (read.status === 'fulfilled') state.byDepartment.set(...read.value);
  state.items = new Map();
  for (const forecast of state.byDepartment.values()) {
    for (const item of forecast.items) state.items.set(item.requestId, { ...item, threshold: forecast.threshold });
  }
  state.onChange?.();
}
