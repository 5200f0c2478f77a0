/** A data version's name: the date it was recorded and the data's content hash, `2026-12-03-1a2b3c4d`. */
export const VERSION_NAME = /^(\d{4}-\d{2}-\d{2})-([0-9a-f]{8})$/;

/** Where a version's files are published. */
export const versionFolder = (version: string) => `/data/v/${version}/`;
