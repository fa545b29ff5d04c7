// The cockpit's fixed canvas for video walls (大屏): ?wall=3840x1080 or ?wall=7680x2160 (any width×height) lays
// the cockpit out at that design size and scales it with a CSS transform to fit the window exactly, centred with
// dark bars where the window's shape differs (letterbox), without scroll bars or the console's header.

/** The wall's design size the address asks for, {width, height}, or null for the desktop mode. */
export function wallSize() {
  const match = /^(\d{3,5})x(\d{3,5})$/.exec(new URLSearchParams(location.search).get('wall') ?? '');
  return match ? { width: Number(match[1]), height: Number(match[2]) } : null;
}

/** Seconds between the rotating panels' turns (?rotate=, default 15, at least 3). */
export function rotationSeconds() {
  const asked = Number(new URLSearchParams(location.search).get('rotate'));
  return Number.isFinite(asked) && asked >= 3 ? asked : 15;
}

/**
 * Makes the canvas a wall of the size: design size and text scale as custom properties (the Content-Security-Policy
 * forbids style attributes, not properties set from a script), and the scale kept in step with the window.
 */
export function mountWall(canvas, size) {
  document.documentElement.classList.add('cockpit-wall-page');
  document.body.classList.add('cockpit-wall');
  canvas.classList.add('wall');
  canvas.style.setProperty('--wall-width', `${size.width}px`);
  canvas.style.setProperty('--wall-height', `${size.height}px`);
  canvas.style.setProperty('--wall-unit', String(size.height / 1080));
  canvas.style.setProperty('--map-zoom', String(size.height / 1080));
  const fit = () => {
    const scale = Math.min(window.innerWidth / size.width, window.innerHeight / size.height);
    canvas.style.setProperty('--wall-scale', String(scale));
    canvas.style.setProperty('--wall-left', `${(window.innerWidth - size.width * scale) / 2}px`);
    canvas.style.setProperty('--wall-top', `${(window.innerHeight - size.height * scale) / 2}px`);
  };
  fit();
  window.addEventListener('resize', fit);
}
