// The browsing side of the page: the department rail, the category filter and the result cards.
import { h, icon } from './dom.js';
import { collator, formatCost, formatNumber, formatTarget, pick, plural, t } from './i18n.js';

const accents = 8; // css/app.css defines --accent-0 … --accent-7
let accentIndex = new Map();

/** Gives each department its own accent, by the order of their ids (the same in both languages). */
export function assignAccents(departments) {
  const ids = departments.map((department) => department.id).sort();
  accentIndex = new Map(ids.map((id, index) => [id, index % accents]));
}

/** A department's accent class, so its dot and its cards' edge match everywhere on the page. */
export function accentOf(departmentId) {
  if (accentIndex.has(departmentId)) return `accent-${accentIndex.get(departmentId)}`;
  let hash = 0;
  for (const char of departmentId ?? '') hash = (hash * 31 + char.codePointAt(0)) >>> 0;
  return `accent-${hash % accents}`;
}

/** The rail: "All departments" then each department with its service count; the selected one is aria-current. */
export function renderDepartments(list, departments, selected) {
  const sorted = [...departments].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));
  const total = departments.reduce((sum, department) => sum + (department.serviceCount ?? 0), 0);
  const item = (id, name, count, testId) =>
    h('li', {},
      h('button', {
        type: 'button',
        class: `rail-item ${id ? accentOf(id) : 'accent-all'}`,
        'aria-current': (selected ?? '') === id ? 'true' : null,
        dataset: { department: id, testid: testId },
      },
      h('span', { class: 'rail-dot', 'aria-hidden': 'true' }),
      h('span', { class: 'rail-name' }, name),
      h('span', { class: 'rail-count' },
        h('span', { 'aria-hidden': 'true' }, formatNumber(count)),
        h('span', { class: 'visually-hidden' }, ` (${plural('results.count', count)})`))));

  list.replaceChildren(
    item('', t('nav.all'), total, 'department-all'),
    ...sorted.map((department) =>
      item(department.id, pick(department.name), department.serviceCount ?? 0, `department-${department.id}`)));
}

/** The category <select>: "All categories" then each category by name. */
export function renderCategories(select, categories, selected) {
  const sorted = [...categories].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));
  select.replaceChildren(
    h('option', { value: '' }, t('category.all')),
    ...sorted.map((category) => h('option', { value: category.id }, pick(category.name))));
  select.value = sorted.some((category) => category.id === selected) ? selected : '';
}

/** The live result count: "12 services" or "3 services match “laptop”". */
export function countText(total, q) {
  return q ? plural('results.countFor', total, { q }) : plural('results.count', total);
}

/**
 * The result cards. Each card's title is a real link to the shareable URL of the open service, stretched over
 * the whole card, so a click anywhere, Enter on the focused link, or "open in a new tab" all work.
 */
export function renderResults(list, items, context) {
  const sorted = [...items].sort((a, b) => collator().compare(pick(a.name), pick(b.name)));
  list.replaceChildren(...sorted.map((service) => card(service, context)));
}

function card(service, { departmentName, categoryName, hrefFor, openId }) {
  const name = pick(service.name);
  const isOpen = service.id === openId;
  return h('li', {
    class: `card ${accentOf(service.departmentId)}${isOpen ? ' is-open' : ''}`,
    dataset: { testid: 'service-card', serviceId: service.id },
  },
  h('h3', { class: 'card-title' },
    h('a', {
      class: 'card-link',
      href: hrefFor(service.id),
      'aria-current': isOpen ? 'true' : null,
      dataset: { serviceId: service.id },
    }, name)),
  h('p', { class: 'card-meta' },
    h('span', { class: 'card-department' }, h('span', { class: 'meta-dot', 'aria-hidden': 'true' }, '●'), '\u00a0', departmentName(service.departmentId)),
    separator(),
    h('span', { class: 'card-category' }, categoryName(service.category)),
    service.retired ? h('span', { class: 'badge badge-retired' }, t('detail.retired')) : null),
  h('p', { class: 'card-description' }, pick(service.description)),
  h('dl', { class: 'card-facts' },
    h('div', { class: 'fact' },
      h('dt', {}, icon('clock'), h('span', { class: 'visually-hidden' }, t('card.turnaround'))),
      h('dd', { dataset: { testid: 'card-turnaround' } }, formatTarget(service.turnaround))),
    h('div', { class: 'fact' },
      h('dt', {}, icon('cost'), h('span', { class: 'visually-hidden' }, t('card.cost'))),
      h('dd', { dataset: { testid: 'card-cost' } }, formatCost(service.cost)))));
}

/** " · " between department and category (a line may break there); screen readers hear a comma. */
export function separator() {
  return h('span', { class: 'card-sep' }, ' ', h('span', { 'aria-hidden': 'true' }, '·'), h('span', { class: 'visually-hidden' }, ','), ' ');
}

/** The empty state, in place of the cards. */
export function renderEmpty(list, onClear) {
  list.replaceChildren(
    h('li', { class: 'empty', dataset: { testid: 'empty-state' } },
      icon('search'),
      h('p', { class: 'empty-title' }, t('empty.title')),
      h('p', { class: 'empty-detail' }, t('empty.detail')),
      h('button', { type: 'button', class: 'button', onclick: onClear }, t('empty.clear'))));
}
