// The regions an indicator page offers: the user's own region (for the whole platform, its city) and the regions
// directly below it, limited to the levels the indicator is published for.
import { getJson } from '../api.js';

const LEVELS = ['PROVINCE', 'CITY', 'DISTRICT', 'STREET', 'COMMUNITY', 'GRID'];

let home = null;

/** The user's region {code, name, level} and its children, read once per page. */
export function scopeRegions(me) {
  home ??= (async () => {
    const region = me.scope.level ? { code: me.scope.code, name: me.scope.name, level: me.scope.level }
      : (await getJson('/api/regions?level=CITY'))[0];
    const children = region ? await getJson(`/api/regions/${encodeURIComponent(region.code)}/children`) : [];
    return { region, children };
  })();
  return home;
}

/** The regions [{code, name, level}] an indicator published down to the level has values for, the user's first. */
export async function regionsFor(me, level) {
  const { region, children } = await scopeRegions(me);
  const finest = LEVELS.indexOf(level ?? 'GRID');
  return [region, ...children].filter((each) => each && LEVELS.indexOf(each.level) <= finest);
}

/** The level just below the region's, whose regions a map fills. */
export function childLevel(level) {
  return LEVELS[Math.min(LEVELS.indexOf(level ?? 'PROVINCE') + 1, LEVELS.length - 1)];
}
