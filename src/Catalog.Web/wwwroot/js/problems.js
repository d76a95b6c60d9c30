// Words for a failed call: the server's problem details when it sent them, or ours (offline, bare status).
import { ApiError } from './api.js';
import { t } from './i18n.js';

/** { title, detail } for an error; titleKey names the page's own title for it ("The queue could not be loaded"). */
export function describe(error, titleKey) {
  if (error instanceof ApiError) {
    if (error.status === 0) return { title: t(titleKey), detail: t('error.offline') };
    const fields = error.errors ? Object.values(error.errors).flat().join(' ') : '';
    return {
      title: error.title || t(titleKey),
      detail: [error.detail, fields].filter(Boolean).join(' ') || (error.title ? null : t('error.status', { status: error.status })),
    };
  }

  return { title: t(titleKey), detail: error?.message ?? null };
}
