// Small helpers the request pages share: the hash state (#request=IT-000001), a polite live region that reads
// out what changed live (a new request, a status, a breach) without moving focus, and null-safe child replacement.
import { append } from './dom.js';

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
