// Every UI string in French and English, the language choice, and Intl formatting for fr-CA / en-CA.

export const languages = ['fr', 'en'];
const storageKey = 'catalog.lang';
const locales = { fr: 'fr-CA', en: 'en-CA' };

const strings = {
  en: {
    'page.title': 'Catalog — Service catalogue',
    'brand.tagline': 'Service catalogue',
    'skip.results': 'Skip to results',
    'lang.group': 'Language',
    'lang.fr': 'Français',
    'lang.en': 'English',
    'nav.departments': 'Departments',
    'nav.all': 'All departments',
    'filters.label': 'Search the catalogue',
    'search.label': 'Search services',
    'search.placeholder': 'e.g. laptop, invoice…',
    'search.hint': 'Searches names and descriptions in French and English.',
    'category.label': 'Category',
    'category.all': 'All categories',
    'results.heading': 'Services',
    'results.headingIn': '{department}',
    'results.count.one': '{count} service',
    'results.count.other': '{count} services',
    'results.countFor.one': '{count} service matches “{q}”',
    'results.countFor.other': '{count} services match “{q}”',
    'results.loading': 'Loading services…',
    'empty.title': 'No service matches',
    'empty.detail': 'Try other words, another category, or all departments.',
    'empty.clear': 'Clear filters',
    'error.title': 'The catalogue could not be loaded',
    'error.offline': 'The server could not be reached. Check your connection and try again.',
    'error.status': 'The server answered with status {status}.',
    'error.retry': 'Try again',
    'card.turnaround': 'Turnaround',
    'card.cost': 'Cost',
    'detail.label': 'Service details',
    'detail.close': 'Close details',
    'detail.loading': 'Loading details…',
    'detail.error': 'The details of this service could not be loaded',
    'detail.turnaround': 'Turnaround target',
    'detail.cost': 'Cost',
    'detail.eligible': 'Who may request it',
    'detail.eligible.all': 'All departments',
    'detail.steps': 'Steps',
    'detail.equipment': 'Equipment available',
    'detail.supplies': 'What you supply',
    'detail.none': 'Nothing listed.',
    'detail.standards': 'Service standards',
    'detail.version': 'Version {version}',
    'detail.versions': 'Version history',
    'detail.versionCurrent': 'current',
    'detail.versionNoNote': 'No note.',
    'detail.retired': 'Retired',
    'detail.retiredOn': 'Retired on {date}. It can no longer be requested.',
    'detail.updated': 'Updated {date}',
    'clock.Acknowledgement': 'Acknowledgement',
    'clock.FirstAnswer': 'First answer',
    'clock.Resolution': 'Resolution',
    'unit.BusinessDays.one': '{count} business day',
    'unit.BusinessDays.other': '{count} business days',
    'unit.BusinessHours.one': '{count} business hour',
    'unit.BusinessHours.other': '{count} business hours',
    'cost.Free': 'Free',
    'cost.Fixed': '{amount}',
    'cost.PerHour': '{amount} per hour',
    'cost.PerUnit': '{amount} per {unit}',
    'cost.unit': 'unit',
  },
  fr: {
    'page.title': 'Catalog — Catalogue de services',
    'brand.tagline': 'Catalogue de services',
    'skip.results': 'Aller aux résultats',
    'lang.group': 'Langue',
    'lang.fr': 'Français',
    'lang.en': 'English',
    'nav.departments': 'Départements',
    'nav.all': 'Tous les départements',
    'filters.label': 'Rechercher dans le catalogue',
    'search.label': 'Rechercher un service',
    'search.placeholder': 'p. ex. ordinateur, facture…',
    'search.hint': 'Cherche dans les noms et descriptions, en français et en anglais.',
    'category.label': 'Catégorie',
    'category.all': 'Toutes les catégories',
    'results.heading': 'Services',
    'results.headingIn': '{department}',
    'results.count.one': '{count} service',
    'results.count.other': '{count} services',
    'results.countFor.one': '{count} service correspond à « {q} »',
    'results.countFor.other': '{count} services correspondent à « {q} »',
    'results.loading': 'Chargement des services…',
    'empty.title': 'Aucun service ne correspond',
    'empty.detail': 'Essayez d’autres mots, une autre catégorie ou tous les départements.',
    'empty.clear': 'Effacer les filtres',
    'error.title': 'Le catalogue n’a pas pu être chargé',
    'error.offline': 'Le serveur est injoignable. Vérifiez votre connexion et réessayez.',
    'error.status': 'Le serveur a répondu avec le code {status}.',
    'error.retry': 'Réessayer',
    'card.turnaround': 'Délai',
    'card.cost': 'Coût',
    'detail.label': 'Détail du service',
    'detail.close': 'Fermer le détail',
    'detail.loading': 'Chargement du détail…',
    'detail.error': 'Le détail de ce service n’a pas pu être chargé',
    'detail.turnaround': 'Délai de réalisation',
    'detail.cost': 'Coût',
    'detail.eligible': 'Qui peut en faire la demande',
    'detail.eligible.all': 'Tous les départements',
    'detail.steps': 'Étapes à suivre',
    'detail.equipment': 'Équipements disponibles',
    'detail.supplies': 'Ce que vous fournissez',
    'detail.none': 'Rien d’indiqué.',
    'detail.standards': 'Normes de service',
    'detail.version': 'Version {version}',
    'detail.versions': 'Historique des versions',
    'detail.versionCurrent': 'en vigueur',
    'detail.versionNoNote': 'Aucune note.',
    'detail.retired': 'Retiré',
    'detail.retiredOn': 'Retiré le {date}. Il ne peut plus être demandé.',
    'detail.updated': 'Mis à jour le {date}',
    'clock.Acknowledgement': 'Accusé de réception',
    'clock.FirstAnswer': 'Première réponse',
    'clock.Resolution': 'Résolution',
    'unit.BusinessDays.one': '{count} jour ouvrable',
    'unit.BusinessDays.other': '{count} jours ouvrables',
    'unit.BusinessHours.one': '{count} heure ouvrable',
    'unit.BusinessHours.other': '{count} heures ouvrables',
    'cost.Free': 'Gratuit',
    'cost.Fixed': '{amount}',
    'cost.PerHour': '{amount} l’heure',
    'cost.PerUnit': '{amount} par {unit}',
    'cost.unit': 'unité',
  },
};

let current = initialLanguage();

function initialLanguage() {
  let saved = null;
  try {
    saved = localStorage.getItem(storageKey);
  } catch {
    // Storage can be disabled by policy; the browser's language then decides each visit.
    saved = null;
  }

  if (languages.includes(saved)) return saved;
  const preferred = (navigator.languages?.length ? navigator.languages : [navigator.language ?? 'en']);
  for (const tag of preferred) {
    const base = String(tag).slice(0, 2).toLowerCase();
    if (languages.includes(base)) return base;
  }

  return 'en';
}

/** The current language: 'fr' or 'en'. */
export const lang = () => current;

/** The Intl locale of the current language: 'fr-CA' or 'en-CA'. */
export const locale = () => locales[current];

/** Switches language, remembers it, and sets <html lang> and the title. */
export function setLang(next) {
  if (!languages.includes(next)) return;
  current = next;
  try {
    localStorage.setItem(storageKey, next);
  } catch {
    // Not persisted when storage is unavailable; the page still switches.
  }

  applyDocumentLanguage();
}

export function applyDocumentLanguage() {
  document.documentElement.lang = locale();
  document.title = t('page.title');
}

/** A UI string with {placeholders} filled in. Falls back to English, then to the key itself. */
export function t(key, params = {}) {
  const template = strings[current][key] ?? strings.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (match, name) => (name in params ? String(params[name]) : match));
}

/** A plural-aware UI string: key.one / key.other chosen by Intl.PluralRules (in French 0 and 1 are singular). */
export function plural(key, count, params = {}) {
  const category = new Intl.PluralRules(locale()).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${category}`, { ...params, count: formatNumber(count) });
}

/** The current language's text of a LocalizedText { fr, en }, falling back to the other language. */
export function pick(text) {
  if (text === null || text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[current] || text[current === 'fr' ? 'en' : 'fr'] || '';
}

export const formatNumber = (value) => new Intl.NumberFormat(locale()).format(value);

/** A Target { value, unit } as "10 business days" / "10 jours ouvrables". */
export function formatTarget(target) {
  if (!target) return '';
  return plural(`unit.${target.unit}`, target.value);
}

/** A Cost as "Free" / "$45.00 per hour" / "45,00 $ l'heure". */
export function formatCost(cost) {
  if (!cost || cost.unit === 'Free' || !cost.amount) return t('cost.Free');
  const amount = new Intl.NumberFormat(locale(), { style: 'currency', currency: cost.currency || 'CAD' }).format(cost.amount);
  const unit = pick(cost.unitLabel) || t('cost.unit');
  return t(`cost.${cost.unit}`, { amount, unit });
}

/** An ISO-8601 instant as a date in the reader's locale, e.g. "12 mars 2025" / "Mar 12, 2025". */
export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long' }).format(date);
}

/** A collator for sorting names the way readers of the current language expect. */
export const collator = () => new Intl.Collator(locale(), { sensitivity: 'base', numeric: true });

/** Fills every [data-i18n] element's text and [data-i18n-attr="attr:key;attr:key"] attributes under root. */
export function translate(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }

  for (const element of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':').map((part) => part.trim());
      if (attribute && key) element.setAttribute(attribute, t(key));
    }
  }
}
