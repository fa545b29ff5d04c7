// A case's photos: thumbnails from the attachment API that open the full picture in a dialog (fetched with the
// session and shown from a blob: address, since the API always answers downloads as attachments), and uploads of
// new photos for an action (POST /api/attachments, one file per request).
import { t } from '../i18n.js';
import { element, post, problemOf } from '../api.js';

/** Uploads the files in the role (BEFORE, AFTER, DOCUMENT); answers their attachment ids, or throws the problem. */
export async function upload(files, role) {
  const ids = [];
  for (const file of files) {
    const form = new FormData();
    form.append('file', file);
    form.append('role', role);
    const response = await post('/api/attachments', form);
    if (!response.ok) {
      throw await problemOf(response);
    }
    ids.push((await response.json()).id);
  }
  return ids;
}

let viewer;

/** The dialog that shows one picture at full size (made once per page). */
function dialog() {
  if (!viewer) {
    const picture = element('img', { class: 'photo-full', alt: '' });
    const close = element('button', { type: 'button', class: 'ghost photo-close' }, t('case.photo.close'));
    viewer = element('dialog', { class: 'photo-viewer', 'aria-label': t('case.photo.full') }, close, picture);
    close.addEventListener('click', () => viewer.close());
    viewer.addEventListener('click', (event) => { if (event.target === viewer) viewer.close(); });
    viewer.addEventListener('close', () => {
      URL.revokeObjectURL(picture.src);
      picture.removeAttribute('src');
    });
    document.body.append(viewer);
  }
  return viewer;
}

async function openFull(attachment, label) {
  const response = await fetch(`/api/attachments/${encodeURIComponent(attachment.id)}`);
  if (!response.ok) {
    throw await problemOf(response);
  }
  const shown = dialog();
  const picture = shown.querySelector('img');
  picture.src = URL.createObjectURL(await response.blob());
  picture.alt = label;
  shown.showModal();
}

/** A document without a picture (a PDF, say): a link that downloads it, with its name. */
function documentLink(attachment, label) {
  return element('li', {}, element('a', { class: 'document-link', href: `/api/attachments/${encodeURIComponent(
    attachment.id)}`, download: attachment.fileName || true }, attachment.fileName || t('case.photo.DOCUMENT')),
  element('span', { class: 'photo-caption' }, label));
}

/**
 * A list of thumbnails of the case's attachments, each a button opening the full picture; attachments without a
 * thumbnail are links that download them.
 */
export function gallery(attachments, describe) {
  if (!attachments.length) {
    return element('p', { class: 'empty' }, t('case.photo.none'));
  }
  return element('ul', { class: 'photo-list' }, attachments.map((attachment) => {
    const label = describe(attachment);
    if (attachment.thumbnail === false) {
      return documentLink(attachment, label);
    }
    const button = element('button', { type: 'button', class: 'photo-thumb', 'data-attachment': attachment.id,
      title: t('case.photo.open') },
    element('img', { src: `/api/attachments/${encodeURIComponent(attachment.id)}/thumbnail`, alt: label,
      loading: 'lazy' }));
    const failure = element('p', { class: 'field-error', role: 'alert', hidden: true });
    button.addEventListener('click', () => openFull(attachment, label).catch((problem) => {
      failure.textContent = problem.message;
      failure.hidden = false;
    }));
    return element('li', {}, button, element('span', { class: 'photo-caption' }, label), failure);
  }));
}
