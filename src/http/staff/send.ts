import type { FastifyReply } from 'fastify';
import type { VNode } from 'preact';
import { renderPage } from '../render.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any page component's props
export function sendStaffPage(reply: FastifyReply, page: VNode<any>, status = 200) {
  return reply.code(status).type('text/html; charset=utf-8').send(renderPage(page));
}

/** After a change: back to a page with GET, so that reloading does not send the form again. */
export const seeOther = (reply: FastifyReply, url: string) => reply.redirect(url, 303);
