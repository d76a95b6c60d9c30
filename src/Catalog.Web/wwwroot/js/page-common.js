// Small helpers the request pages share: the hash state (#request=IT-000001), a polite live region that reads
// out what changed live (a new request, a status, a breach) without moving focus, and null-safe child replacement.
import { append, h, icon } from './dom.js';
import { t } from './i18n.js';
import { describe } from './problems.js';

/** A value from the hash, e.g. readHash('request') for #request=IT-000001. */
export function readHash(name) {
  return new URLSearchParams(location.hash.replace(/^#/, '')).get(name) || null;
}

let region = null;
let clearTimer = 0;

/** Creates the page's polite announcer (once). */
export function setupAnnouncer() {
  region ??= document.getElementById('announcer');
  if (!region) {
    region = document.createElement('p');
    region.id = 'announcer';
    region.className = 'visually-hidden';
    region.setAttribute('aria-live', 'polite');
    region.setAttribute('aria-atomic', 'true');
    document.body.append(region);
  }
}

/** Reads a short text out to screen readers (replacing the previous one). */
export function announce(text) {
  setupAnnouncer();
  clearTimeout(clearTimer);
  region.textContent = text;
  clearTimer = setTimeout(() => { region.textContent = ''; }, 10_000);
}

/** Replaces an element's children with the given nodes, strings and arrays of them; null and false are skipped. */
export function fill(element, ...children) {
  element.replaceChildren();
  return append(element, children);
}

/**
 * The page's message strip: a failed load's title and detail with a Retry button, or nothing (hidden) when there
 * is no error. fallbackKey names the error in the page's words when the server gave none.
 */
export function renderLoadError(element, error, fallbackKey, retry) {
  if (!error) {
    element.hidden = true;
    element.replaceChildren();
    return;
  }

  const { title, detail } = describe(error, fallbackKey);
  element.hidden = false;
  fill(element, icon('alert'),
    h('div', { class: 'message-text' }, h('p', { class: 'message-title' }, title), detail ? h('p', {}, detail) : null),
    h('button', { type: 'button', class: 'button button-secondary', onclick: retry }, t('error.retry')));
}

/** Opens the detail panel on the selected request (id), or closes it when none is selected. */
export function renderSelected({ detail, workspace }, id, { store, panel, detailError }) {
  detail.hidden = !id;
  workspace.classList.toggle('has-detail', Boolean(id));
  if (!id) return;
  const view = store.views.get(id);
  panel.render(id, { view: view ?? null, error: view ? null : detailError });
}

/** The "Export CSV" link at the start of the page tools: made on first use (link null), then pointed at href. */
export function exportLink(tools, link, href) {
  link ??= tools.insertBefore(
    h('a', { class: 'button button-small button-secondary', download: '', dataset: { testid: 'export-csv' } }),
    tools.firstChild);
  link.href = href;
  fill(link, icon('arrow'), h('span', {}, t('export.csv')));
  return link;
}

/** Loads the selected request's view (state.selected); a failure shows in the panel unless another was chosen since. */
export function loadSelectedView(store, state, renderPanel) {
  const id = state.selected;
  state.detailError = null;
  store.load(id).catch((error) => {
    if (state.selected !== id) return;
    state.detailError = error;
    renderPanel();
  });
}
