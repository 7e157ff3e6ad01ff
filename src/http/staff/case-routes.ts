import type { FastifyInstance } from 'fastify';
import type { Workspace } from './workspace.js';

export function caseRoutes(_app: FastifyInstance, _ws: Workspace): void {}
