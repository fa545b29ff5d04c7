// 周边视频 on 一张图: a clicked point's popup offers the cameras in use within 500 m of it (GET /api/sensing/cameras,
// nearest first, within the user's data scope), each with its distance and a link to its device page.
import { t } from '../i18n.js';
import { getJson, element } from '../api.js';
import { deviceLink } from './popups.js';

export const CAMERA_RADIUS_M = 500;

/** The "cameras nearby" action for a point: a button that lists the cameras below itself when pressed. */
export function camerasNearby(lngLat) {
  const list = element('div', { class: 'cameras', 'aria-live': 'polite' });
  const button = element('button', { type: 'button', class: 'secondary cameras-button' },
    t('map.cameras.find', { radius: CAMERA_RADIUS_M }));
  button.addEventListener('click', async () => {
    button.disabled = true;
    const query = new URLSearchParams({ longitude: lngLat.lng.toFixed(6), latitude: lngLat.lat.toFixed(6),
      radius: CAMERA_RADIUS_M });
    try {
      const cameras = await getJson(`/api/sensing/cameras?${query}`);
      list.replaceChildren(cameras.length
        ? element('ol', { class: 'camera-list' }, cameras.map((camera) => element('li', {},
          element('a', { href: deviceLink(camera.code) }, camera.name || camera.code),
          ` ${t('map.cameras.distance', { metres: Math.round(camera.distanceMeters) })}`)))
        : element('p', {}, t('map.cameras.none', { radius: CAMERA_RADIUS_M })));
      list.dataset.cameras = String(cameras.length);
    } catch (error) {
      list.replaceChildren(element('p', { class: 'failed' }, t('map.cameras.failed', { reason: error.message })));
    } finally {
      button.disabled = false;
    }
  });
  return element('div', { class: 'cameras-nearby' }, button, list);
}
