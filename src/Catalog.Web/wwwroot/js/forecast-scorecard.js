// The scorecard's forecast figures (issue 12): how often the provider's promised dates held (published, like every
// scorecard figure), and for its managers and auditors how good the breach forecast was on replayed history (Brier
// scores against the base rate and the share-of-target rule). The scorecards page calls forecastScorecard after
// drawing a scorecard; the figures come from GET /api/forecasts/promises/… and /quality/….
import './forecast-strings.js';
import { getJson } from './api.js';
import { h } from './dom.js';
import { formatNumber, t } from './i18n.js';
import { percent } from './forecast.js';

const dayMs = 86_400_000;
let shown = ''; // what the section shows: department|days|language

/** Adds (or refreshes) the forecast section of container for view (a scorecard view). */
export function forecastScorecard(container, view) {
  const department = view.providerDepartmentId;
  if (!department) return;
  const days = Math.min(366, Math.max(1, Math.ceil((Date.now() - new Date(view.from).getTime()) / dayMs)));
  const key = `${department}|${days}|${document.documentElement.lang}`;
  let section = container.querySelector('#forecast-scorecard');
  if (section && key === shown) return;
  shown = key;
  if (!section) {
    section = h('section', { class: 'panel score-panel', id: 'forecast-scorecard', dataset: { testid: 'forecast-scorecard' } });
    container.append(section);
  }

  section.replaceChildren(h('h3', {}, t('forecast.quality.title')));
  const held = h('p', { dataset: { testid: 'promises-held' } });
  section.append(held);
  const e = encodeURIComponent;
  getJson(`/api/forecasts/promises/${e(department)}?days=${days}`).then((figures) => {
    held.textContent = `${t('forecast.quality.held')}: ${figures.recorded
      ? t('forecast.quality.heldValue', { share: percent(figures.latestHeld / figures.recorded), count: formatNumber(figures.recorded) })
      : t('forecast.quality.none')}`;
  }, () => { held.hidden = true; });

  // Managers and auditors only: anyone else is refused and sees nothing more.
  getJson(`/api/forecasts/quality/${e(department)}?days=${days}`).then((quality) => {
    const score = (value) => (value == null ? '—' : formatNumber(Math.round(value * 10_000) / 10_000));
    const line = (label, value, testid) => h('tr', { dataset: { testid } }, h('th', { scope: 'row' }, label), h('td', {}, value));
    section.append(
      h('p', { class: 'hint' }, t('forecast.quality.explain', { days: formatNumber(days) })),
      h('table', { class: 'table', dataset: { testid: 'forecast-quality' } }, h('tbody', {},
        line(t('forecast.quality.replayedHeld'), quality.replayedPromises ? percent(quality.replayedLatestHeld / quality.replayedPromises) : '—', 'replayed-held'),
        line(t('forecast.quality.scored'), formatNumber(quality.scored), 'scored'),
        line(t('forecast.quality.brier'), score(quality.brier), 'brier'),
        line(t('forecast.quality.base'), score(quality.brierBaseRate), 'brier-base'),
        line(t('forecast.quality.share'), score(quality.brierShareOfTarget), 'brier-share'))));
  }, () => {});
}
