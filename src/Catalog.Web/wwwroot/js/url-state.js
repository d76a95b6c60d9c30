// The page state lives in the URL so a link can be shared and a reload keeps it:
//   /?department=it&category=hardware&q=laptop#service=it.laptop-setup

/** Reads { q, department, category, service } from the current location. */
export function readState(location = window.location) {
  const query = new URLSearchParams(location.search);
  const hash = new URLSearchParams(location.hash.replace(/^#/, ''));
  return {
    q: query.get('q') ?? '',
    department: query.get('department') ?? '',
    category: query.get('category') ?? '',
    service: hash.get('service') ?? '',
  };
}

/** The relative URL of a state: only the filters that are set, and the open service in the hash. */
export function urlFor(state) {
  const query = new URLSearchParams();
  if (state.department) query.set('department', state.department);
  if (state.category) query.set('category', state.category);
  if (state.q) query.set('q', state.q);
  const search = query.toString();
  const hash = state.service ? `#service=${encodeURIComponent(state.service)}` : '';
  return `${window.location.pathname}${search ? `?${search}` : ''}${hash}`;
}

/**
 * Writes the state to the address bar. `push` adds a history entry (a department or a service opened, so
 * Back returns to the previous view); otherwise the current entry is replaced (each keystroke of a search).
 */
export function writeState(state, { push = false } = {}) {
  const url = urlFor(state);
  const here = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (url === here) return;
  if (push) {
    history.pushState(null, '', url);
  } else {
    history.replaceState(null, '', url);
  }
}
