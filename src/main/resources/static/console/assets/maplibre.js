// MapLibre GL JS for the console's maps: its UMD bundle (vendored, see scripts/refresh-vendor.sh) sets
// globalThis.maplibregl when imported; its stylesheet is added to the page once.

export const MAPLIBRE = '/vendor/maplibre-gl/5.24.1';

/** The font families MapLibre draws Chinese labels with (no glyph server: the browser's own fonts). */
export const IDEOGRAPH_FONTS = '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif';

/** Loads MapLibre GL JS and its stylesheet once; answers the library. */
export async function maplibre() {
  if (!document.querySelector(`link[href="${MAPLIBRE}/maplibre-gl.css"]`)) {
    document.head.append(Object.assign(document.createElement('link'),
      { rel: 'stylesheet', href: `${MAPLIBRE}/maplibre-gl.css` }));
  }
  await import(`${MAPLIBRE}/maplibre-gl.js`);
  return globalThis.maplibregl;
}
