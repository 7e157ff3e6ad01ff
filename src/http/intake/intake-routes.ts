import type { FastifyInstance } from 'fastify';
import type { Workspace } from '../staff/workspace.js';

export function intakeRoutes(_app: FastifyInstance, _ws: Workspace): void {}
