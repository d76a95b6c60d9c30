// The icon sprite every page shares, the only place the icons are drawn: built with DOM calls (no markup strings)
// when the shell mounts, so dom.js's icon(name) and the pages' <use href="#icon-…"> work the same on every page.

const svgNs = 'http://www.w3.org/2000/svg';

/** A stroked outline path, the style of every icon in the sprite. */
const line = (d, width = 2) => ['path', { d, fill: 'none', stroke: 'currentColor', 'stroke-width': width, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' }];
const dot = (cx, cy, r = 1.2) => ['circle', { cx, cy, r, fill: 'currentColor' }];

const shapes = {
  logo: { viewBox: '0 0 32 32', parts: [['rect', { width: 32, height: 32, rx: 8, fill: 'currentColor' }], ['path', { d: 'M9 10h14M9 16h14M9 22h9', stroke: '#fff', 'stroke-width': 3, 'stroke-linecap': 'round', fill: 'none' }]] },
  search: { parts: [['circle', { cx: 11, cy: 11, r: 7, fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }], line('m20 20-4-4')] },
  clock: { parts: [['circle', { cx: 12, cy: 12, r: 9, fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }], line('M12 7v5l3 2')] },
  cost: { parts: [['rect', { x: 3, y: 6, width: 18, height: 12, rx: 2, fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }], ['circle', { cx: 12, cy: 12, r: 2.5, fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }]] },
  users: { parts: [['circle', { cx: 9, cy: 8, r: 3.5, fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }], line('M2.5 20c.8-3.6 3.4-5.5 6.5-5.5s5.7 1.9 6.5 5.5M16 4.8a3.5 3.5 0 0 1 0 6.4M18.5 14.8c1.6.8 2.6 2.5 3 5.2')] },
  close: { parts: [line('M6 6l12 12M18 6 6 18', 2.2)] },
  alert: { parts: [line('M12 3 2 20h20L12 3Z'), line('M12 10v4'), dot(12, 17)] },
  check: { parts: [line('m5 12.5 4.5 4.5L19 7.5', 2.4)] },
  user: { parts: [['circle', { cx: 12, cy: 8, r: 4, fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }], line('M4 21c1-4.5 4.2-7 8-7s7 2.5 8 7')] },
  building: { parts: [line('M4 21V5a1 1 0 0 1 1-1h9a1 1 0 0 1 1 1v16M15 9h4a1 1 0 0 1 1 1v11M3 21h18M8 8h3M8 12h3M8 16h3')] },
  inbox: { parts: [line('M3 13l3-8h12l3 8v6a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1v-6Z'), line('M3 13h5l1.5 3h5L16 13h5')] },
  queue: { parts: [line('M9 6h12M9 12h12M9 18h12'), dot(4.5, 6, 1.5), dot(4.5, 12, 1.5), dot(4.5, 18, 1.5)] },
  board: { parts: [line('M4 4h7v7H4zM13 4h7v7h-7zM4 13h7v7H4zM13 13h7v7h-7z')] },
  pause: { parts: [line('M9 5v14M15 5v14', 2.6)] },
  play: { parts: [['path', { d: 'M7 5l12 7-12 7V5Z', fill: 'currentColor' }]] },
  breach: { parts: [line('M8.2 3h7.6L21 8.2v7.6L15.8 21H8.2L3 15.8V8.2Z'), line('M9.5 9.5l5 5M14.5 9.5l-5 5')] },
  send: { parts: [line('M4 12 20 4l-6 16-2.5-6.5L4 12Z')] },
  arrow: { parts: [line('M5 12h14M13 6l6 6-6 6')] },
  chat: { parts: [line('M4 5h16v11H9l-5 4V5Z')] },
  history: { parts: [line('M3.5 12a8.5 8.5 0 1 0 2.6-6.1M3.5 4v4h4'), line('M12 7.5V12l3 2')] },
  plus: { parts: [line('M12 5v14M5 12h14')] },
  info: { parts: [['circle', { cx: 12, cy: 12, r: 9, fill: 'none', stroke: 'currentColor', 'stroke-width': 2 }], line('M12 11v6'), dot(12, 7.6)] },
  minus: { parts: [line('M6 12h12')] },
};

function symbol(name, { viewBox = '0 0 24 24', parts }) {
  const element = document.createElementNS(svgNs, 'symbol');
  element.setAttribute('id', `icon-${name}`);
  element.setAttribute('viewBox', viewBox);
  for (const [tag, attributes] of parts) {
    const part = document.createElementNS(svgNs, tag);
    for (const [key, value] of Object.entries(attributes)) part.setAttribute(key, String(value));
    element.append(part);
  }
  return element;
}

/** Adds the shared sprite to the page (once; safe to call again). */
export function ensureIcons() {
  let sprite = document.getElementById('shared-sprite');
  if (!sprite) {
    sprite = document.createElementNS(svgNs, 'svg');
    sprite.setAttribute('id', 'shared-sprite');
    sprite.setAttribute('class', 'sprite');
    sprite.setAttribute('aria-hidden', 'true');
    sprite.setAttribute('focusable', 'false');
    document.body.prepend(sprite);
  }

  for (const [name, shape] of Object.entries(shapes)) {
    if (!document.getElementById(`icon-${name}`)) sprite.append(symbol(name, shape));
  }
}
