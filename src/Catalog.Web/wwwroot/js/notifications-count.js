// The unread count beside the Notifications link of every page's header (GET /api/me/notifications?limit=1).
// Beside the link, not inside it: the shell re-translates the link's text on a language switch. The notifications
// page fires 'catalog:notifications' after marking read, and the count follows.
import { h } from './dom.js';
import { getJson } from './api.js';
import { me } from './identity.js';
import { t } from './i18n.js';
import './notifications-strings.js';

let unread = 0;

function draw() {
  const link = document.querySelector('[data-testid="nav-notifications"]');
  if (!link) return;
  let badge = link.parentElement.querySelector('[data-testid="notifications-count"]');
  if (!unread) {
    badge?.remove();
    return;
  }

  if (!badge) {
    badge = h('span', { class: 'badge nav-count', dataset: { testid: 'notifications-count' } });
    link.after(badge);
  }

  badge.textContent = String(unread);
  badge.title = t('notifications.count', { count: unread });
  badge.setAttribute('aria-label', badge.title);
}

/** Reloads the count (after a change, or on start). */
export async function refreshNotificationCount() {
  try {
    unread = (await getJson('/api/me/notifications?limit=1')).unread ?? 0;
  } catch {
    // Signed out or offline: no count rather than a wrong one.
    unread = 0;
  }

  draw();
}

window.addEventListener('catalog:notifications', refreshNotificationCount);
me().then((person) => { if (person) refreshNotificationCount(); }, () => {});
