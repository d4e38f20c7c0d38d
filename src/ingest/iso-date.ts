/** @module What a report date given by a user or a dataset must look like: ISO 8601, a day or a full timestamp. */

/** `2016-12-13`, `2016-12-13T10:00`, `2016-12-13T10:00:00.5+02:00`: a report's date anchors its relative dates, so nothing looser. */
export const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
