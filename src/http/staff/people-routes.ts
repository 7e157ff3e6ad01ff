import type { FastifyInstance } from 'fastify';
import type { Workspace } from './workspace.js';

export function peopleRoutes(_app: FastifyInstance, _ws: Workspace): void {}
