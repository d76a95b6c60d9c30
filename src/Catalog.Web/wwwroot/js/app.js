// Wires the page: state from the URL, data from the API, rendering in the chosen language.
import { ApiError, getCategories, getDepartments, getService, searchCatalogue } from './api.js';
import { assignAccents, countText, renderCategories, renderDepartments, renderEmpty, renderResults } from './catalogue.js';
import { renderDetail, renderDetailError, renderDetailLoading } from './detail.js';
import { lang, pick, t } from './i18n.js';
import { readState, urlFor, writeState } from './url-state.js';
import { h, icon } from './dom.js';
import { mountShell, refreshShell } from './shell.js';

const searchDelayMs = 250;

const elements = {
  departments: document.getElementById('departments'),
  form: document.getElementById('filters'),
  search: document.getElementById('search'),
  category: document.getElementById('category'),
  heading: document.getElementById('results-heading'),
  count: document.getElementById('result-count'),
  message: document.getElementById('message'),
  list: document.getElementById('service-list'),
  detail: document.getElementById('detail'),
  layout: document.querySelector('.layout'),
};

let state = readState();
const data = { departments: [], categories: [], items: null, total: 0, details: null, detailsError: null, referenceError: null, searchError: null };
const requests = { search: null, detail: null };
let searchTimer = 0;
let revealOpenCard = Boolean(state.service); // a shared link may open a card far down the list

const departmentName = (id) => pick(data.departments.find((department) => department.id === id)?.name) || id;
const categoryName = (id) => pick(data.categories.find((category) => category.id === id)?.name) || id;
const hrefFor = (id) => urlFor({ ...state, service: id });

/** The title and detail to show for a failed call: the server's problem details, or our own words. */
function describe(error, titleKey) {
  if (error instanceof ApiError) {
    if (error.status === 0) return { title: t(titleKey), detail: t('error.offline') };
    return { title: error.title || t(titleKey), detail: error.detail || (error.title ? null : t('error.status', { status: error.status })) };
  }

  return { title: t(titleKey), detail: error?.message ?? null };
}

// ---- rendering -------------------------------------------------------------------------------------------

function renderFilters() {
  renderDepartments(elements.departments, data.departments, state.department);
  revealSelectedDepartment();
  renderCategories(elements.category, data.categories, state.category);
  if (elements.search.value.trim() !== state.q) elements.search.value = state.q;
  elements.heading.textContent = state.department
    ? t('results.headingIn', { department: departmentName(state.department) })
    : t('results.heading');
}

/** On narrow screens the rail scrolls sideways: keep the chosen department in sight. */
function revealSelectedDepartment() {
  const list = elements.departments;
  const selected = list.querySelector('[aria-current="true"]');
  if (!selected || list.scrollWidth <= list.clientWidth) return;
  list.scrollLeft += selected.getBoundingClientRect().left - list.getBoundingClientRect().left - 16;
}

function renderMessage() {
  const error = data.referenceError ?? data.searchError;
  if (!error) {
    elements.message.hidden = true;
    elements.message.replaceChildren();
    return;
  }

  const { title, detail } = describe(error, 'error.title');
  elements.message.hidden = false;
  elements.message.replaceChildren(
    icon('alert'),
    h('div', { class: 'message-text' },
      h('p', { class: 'message-title', dataset: { testid: 'message-title' } }, title),
      detail ? h('p', { class: 'message-detail', dataset: { testid: 'message-detail' } }, detail) : null),
    h('button', { type: 'button', class: 'button button-secondary', onclick: retry }, t('error.retry')));
}

function renderList() {
  renderMessage();
  if (data.searchError || data.items === null) {
    elements.count.textContent = data.searchError ? '' : t('results.loading');
    if (data.searchError) elements.list.replaceChildren();
    return;
  }

  elements.count.textContent = countText(data.total, state.q);
  if (data.items.length === 0) {
    renderEmpty(elements.list, clearFilters);
  } else {
    renderResults(elements.list, data.items, { departmentName, categoryName, hrefFor, openId: state.service });
    if (revealOpenCard) {
      elements.list.querySelector('.card.is-open')?.scrollIntoView({ block: 'center' });
      revealOpenCard = false;
    }
  }
}

function renderPanel() {
  const open = Boolean(state.service);
  elements.detail.hidden = !open;
  elements.layout.classList.toggle('has-detail', open);
  if (!open) return;
  if (data.detailsError) {
    renderDetailError(elements.detail, data.detailsError, closeDetail, describe);
  } else if (!data.details || data.details.id !== state.service) {
    renderDetailLoading(elements.detail, closeDetail);
  } else {
    renderDetail(elements.detail, data.details, { departmentName, categoryName, onClose: closeDetail });
  }
}

function renderAll() {
  refreshShell(); // the language of the document and the header
  renderFilters();
  renderList();
  renderPanel();
}

// ---- loading ---------------------------------------------------------------------------------------------

async function loadReference() {
  try {
    const [departments, categories] = await Promise.all([getDepartments(), getCategories()]);
    data.departments = departments;
    assignAccents(departments);
    data.categories = categories;
    data.referenceError = null;
  } catch (error) {
    data.referenceError = error;
  }

  renderFilters();
  renderMessage();
}

async function loadResults() {
  requests.search?.abort();
  const controller = new AbortController();
  requests.search = controller;
  elements.list.setAttribute('aria-busy', 'true');
  try {
    const result = await searchCatalogue({ ...state, lang: lang() }, controller.signal);
    data.items = result.items ?? [];
    data.total = result.total ?? data.items.length;
    data.searchError = null;
  } catch (error) {
    if (error.name === 'AbortError') return;
    data.searchError = error;
  } finally {
    if (requests.search === controller) elements.list.removeAttribute('aria-busy');
  }

  renderList();
}

async function loadDetail({ focus }) {
  requests.detail?.abort();
  const id = state.service;
  if (!id) return;
  const controller = new AbortController();
  requests.detail = controller;
  if (data.details?.id !== id) {
    data.details = null;
    data.detailsError = null;
    renderPanel();
  }

  if (focus) focusDetail();
  try {
    data.details = await getService(id, controller.signal);
    data.detailsError = null;
  } catch (error) {
    if (error.name === 'AbortError') return;
    data.detailsError = error;
  }

  renderPanel();
  if (focus) focusDetail();
}

function focusDetail() {
  elements.detail.querySelector('#detail-title')?.focus({ preventScroll: false });
}

async function retry() {
  if (data.referenceError) await loadReference();
  await loadResults();
}

// ---- actions ---------------------------------------------------------------------------------------------

function update(changes, { push }) {
  state = { ...state, ...changes };
  writeState(state, { push });
  renderFilters();
  loadResults();
}

function clearFilters() {
  update({ q: '', department: '', category: '' }, { push: true });
  elements.search.focus();
}

function openDetail(id) {
  state = { ...state, service: id };
  writeState(state, { push: true });
  markOpenCard();
  loadDetail({ focus: true });
}

function closeDetail() {
  const id = state.service;
  requests.detail?.abort();
  state = { ...state, service: '' };
  data.detailsError = null;
  writeState(state, { push: true });
  renderPanel();
  markOpenCard();
  const link = [...elements.list.querySelectorAll('.card-link')].find((a) => a.dataset.serviceId === id);
  (link ?? elements.search).focus();
}

function markOpenCard() {
  for (const card of elements.list.querySelectorAll('.card')) {
    const open = card.dataset.serviceId === state.service;
    card.classList.toggle('is-open', open);
    const link = card.querySelector('.card-link');
    if (open) link.setAttribute('aria-current', 'true'); else link.removeAttribute('aria-current');
  }

  // The links carry the filters, so "open in a new tab" shares the exact view.
  for (const link of elements.list.querySelectorAll('.card-link')) link.href = hrefFor(link.dataset.serviceId);
}

// ---- events ----------------------------------------------------------------------------------------------

elements.search.addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(() => update({ q: elements.search.value.trim() }, { push: false }), searchDelayMs);
});

elements.form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(searchTimer);
  update({ q: elements.search.value.trim() }, { push: false });
});

elements.category.addEventListener('change', () => update({ category: elements.category.value }, { push: true }));

elements.departments.addEventListener('click', (event) => {
  const button = event.target.closest('[data-department]');
  if (button) update({ department: button.dataset.department }, { push: true });
});

elements.list.addEventListener('click', (event) => {
  const link = event.target.closest('.card-link');
  if (!link || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  openDetail(link.dataset.serviceId);
});

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || !state.service || event.defaultPrevented) return;
  if (event.target === elements.search && elements.search.value) return; // Escape clears the search box first
  if (event.target instanceof HTMLSelectElement) return;
  event.preventDefault();
  closeDetail();
});

window.addEventListener('popstate', () => {
  const previous = state;
  state = readState();
  renderFilters();
  if (previous.q !== state.q || previous.department !== state.department || previous.category !== state.category) {
    loadResults();
  } else {
    markOpenCard();
  }

  if (previous.service !== state.service) {
    data.detailsError = null;
    renderPanel();
    loadDetail({ focus: false });
  }
});

// ---- start -----------------------------------------------------------------------------------------------

mountShell({ onLanguage: renderAll });
renderAll();
elements.list.setAttribute('aria-busy', 'true');
loadReference().then(() => {
  renderList();
  renderPanel();
});
loadResults();
if (state.service) loadDetail({ focus: false });
