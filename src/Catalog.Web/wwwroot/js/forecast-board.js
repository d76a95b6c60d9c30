// The board's open requests coloured and sortable by breach risk (issue 12): the same helpers as the provider queue
// (forecast-queue.js), following every provider department the person's board shows that they may read the
// forecast of, re-read every 30 s and never per live event. The board page calls boardRisk on each redraw with its
// requests; the rows come from the requests it already holds (listings and live events), so drawing costs no call.
import './forecast-strings.js';
import './forecast.js';
import { h } from './dom.js';
import { fill } from './page-common.js';
import { formatNumber, t } from './i18n.js';
import { formatInstant } from './clocks.js';
import { decorateRow, forecastCompare, mountForecast } from './forecast-queue.js';

const shownRows = 100;
// Without the toggle, the latest activity first: the board is where one watches what just moved.
const latest = (a, b) => (Date.parse(b.updatedAt) || 0) - (Date.parse(a.updatedAt) || 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Draws the open requests into table (and the sort toggle into tools).
 * requests: the board's request summaries; departments: the provider departments whose forecast to follow;
 * nameOf(id): a department's name; hrefOf(summary): where a request leads, or null; redraw(): the board's render.
 */
export function boardRisk({ table, tools, summary }, { requests, departments, nameOf, hrefOf, isOpen, redraw }) {
  mountForecast(departments, tools, redraw);
  const open = requests.filter(isOpen)
    .sort((a, b) => forecastCompare(a, b) || latest(a, b));
  summary.textContent = open.length > shownRows
    ? t('forecast.board.more', { shown: formatNumber(shownRows), count: formatNumber(open.length) })
    : open.length ? '' : t('forecast.board.none');
  fill(table,
    h('caption', { class: 'visually-hidden' }, t('forecast.board.caption')),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col' }, t('forecast.board.request')),
      h('th', { scope: 'col' }, t('forecast.board.pair')),
      h('th', { scope: 'col' }, t('forecast.board.due')),
      h('th', { scope: 'col' }, t('forecast.board.risk')))),
    h('tbody', {}, open.slice(0, shownRows).map((request) => row(request, nameOf, hrefOf))));
}

function row(request, nameOf, hrefOf) {
  const href = hrefOf(request);
  const risk = h('td', { class: 'board-risk' });
  const tr = h('tr', { class: 'board-risk-row', dataset: { testid: 'board-row', requestId: request.id } },
    h('th', { scope: 'row' }, href ? h('a', { href }, request.id) : request.id, request.title ? h('span', { class: 'muted' }, ` · ${request.title}`) : null),
    h('td', {}, t('forecast.board.pairValue', { provider: nameOf(request.providerDepartmentId), client: nameOf(request.clientDepartmentId) })),
    h('td', {}, request.nextDueAt ? formatInstant(request.nextDueAt) : '—'),
    risk);
  decorateRow(tr, risk, request.id);
  return tr;
}
