/** Addresses of a letter's staff page; a reference holds a slash and spaces, so it is encoded whole. */
export const letterHref = (reference: string) => `/staff/letters/${encodeURIComponent(reference)}`;
