/**
 * The REST API of case attachments: uploads and downloads under {@code /api/attachments} for signed-in users, the
 * citizens' report photos under {@code /api/public/attachments}, and the problem details of a refused upload.
 */
package org.tongguan.casework.attachment.web;
