// Promised dates (issue 12): the range the filing form shows for a service, and a request's promise (recorded at
// filing, and as the queue stands now) with its chance of breaching, in the request panel. The figures come from
// GET /api/forecasts/…; nothing is computed here.
import './forecast-strings.js';
import { getJson } from './api.js';
import { h, icon } from './dom.js';
import { formatNumber, t } from './i18n.js';
import { formatInstant } from './clocks.js';

const requestRefreshMs = 60_000;

// The page's CSP allows our own style sheets only: the forecast's lives in css/forecast.css.
if (!document.getElementById('forecast-style')) {
  document.head.append(h('link', { id: 'forecast-style', rel: 'stylesheet', href: '/css/forecast.css' }));
}

const promiseTtlMs = 30_000;
const promises = new Map(); // service id → { at, answer, pending }
const requests = new Map(); // request id → { key, answer, pending }

/** A share as "73 %" / "73 %" in the page's language. */
export const percent = (p) => `${formatNumber(Math.round(p * 100))} %`;

/** The promise line of the filing form for serviceId: filled when the answer arrives, kept across redraws. */
export function promiseNote(serviceId) {
  const note = h('div', { class: 'forecast-promise', role: 'status', dataset: { testid: 'file-promise' } });
  const cached = promises.get(serviceId);
  const show = (answer) => {
    note.replaceChildren(...promiseLines(answer));
    note.dataset.state = answer?.promise ? 'promised' : 'none';
  };
  if (cached?.answer && Date.now() - cached.at < promiseTtlMs) {
    show(cached.answer);
    return note;
  }

  note.append(h('p', { class: 'muted' }, t('forecast.promise.loading')));
  const entry = cached?.pending && Date.now() - cached.at < promiseTtlMs ? cached
    : { at: Date.now(), pending: getJson(`/api/forecasts/promise?service=${encodeURIComponent(serviceId)}`) };
  promises.set(serviceId, entry);
  entry.pending.then((answer) => {
    entry.answer = answer;
    show(answer);
  }, () => {
    promises.delete(serviceId);
    note.hidden = true; // a forecast that fails never stands in the way of filing
  });
  return note;
}

function promiseLines(answer) {
  const promise = answer?.promise;
  if (!promise) return [h('p', { class: 'muted' }, icon('clock'), h('span', {}, t('forecast.promise.none')))];
  return [
    h('p', { class: 'forecast-range' }, icon('clock'), h('strong', {}, t('forecast.promise.title')), ' ',
      h('span', { dataset: { testid: 'promise-range' } }, t('forecast.promise.range', { likely: formatInstant(promise.likely), latest: formatInstant(promise.latest) }))),
    h('p', { class: 'hint' }, t('forecast.promise.queue', { count: formatNumber(promise.queueAhead) })),
  ];
}

/**
 * The promise section of a request panel for view (a RequestView): read when the panel first shows the request, then
 * at most once a minute as it is redrawn (never per live event: an event costs the page no HTTP call, issue 11).
 */
export function requestPromise(view) {
  const section = h('div', { class: 'forecast-request', dataset: { testid: 'request-promise' } });
  let entry = requests.get(view.id);
  if (!entry || Date.now() - entry.readAt > requestRefreshMs) {
    entry = { readAt: Date.now(), pending: getJson(`/api/forecasts/requests/${encodeURIComponent(view.id)}`) };
    requests.set(view.id, entry);
    entry.pending.then((answer) => { entry.answer = answer; }, () => { requests.delete(view.id); });
  }

  const show = (answer) => section.replaceChildren(...requestLines(answer));
  if (entry.answer) show(entry.answer);
  else entry.pending.then(show, () => { section.hidden = true; });
  return section;
}

function requestLines(answer) {
  const lines = [h('h4', {}, t('forecast.request.title'))];
  const filed = answer.atFiling;
  lines.push(h('p', { dataset: { testid: 'promise-at-filing' } }, filed
    ? t('forecast.request.atFiling', { likely: formatInstant(filed.likely), latest: formatInstant(filed.latest) })
    : t('forecast.request.none')));
  if (answer.now?.promise) {
    lines.push(h('p', { dataset: { testid: 'promise-now' } },
      t('forecast.request.now', { likely: formatInstant(answer.now.promise.likely), latest: formatInstant(answer.now.promise.latest) })));
  }
  if (answer.now?.breachProbability != null && answer.now.clock) {
    lines.push(h('p', { class: answer.now.aboveThreshold ? 'forecast-high' : '', dataset: { testid: 'request-breach' } },
      t('forecast.request.breach', { clock: t(`clock.${answer.now.clock}`), percent: percent(answer.now.breachProbability) })));
  }
  if (filed && answer.resolvedAt) {
    const held = new Date(answer.resolvedAt) <= new Date(filed.latest);
    lines.push(h('p', { dataset: { testid: 'promise-held', held: String(held) } },
      t(held ? 'forecast.request.held' : 'forecast.request.missed', { resolved: formatInstant(answer.resolvedAt) })));
  }
  return lines;
}
