/** Signing in and out, the second factor, and a person's own account. */
import type { FastifyInstance } from 'fastify';
import { createRateLimiter } from '../rate-limit.js';
import { accountRoutes } from './auth/account-routes.js';
import { loginRoutes } from './auth/login-routes.js';
import { logoutRoutes } from './auth/logout-routes.js';
import { secondFactorRoutes } from './auth/second-factor-routes.js';
import type { Workspace } from './workspace.js';

/** Attempts per address: enough for a person who mistypes, far too few for guessing. */
export const SIGN_IN_ATTEMPTS = { limit: 10, windowMs: 5 * 60_000 };

export function authRoutes(app: FastifyInstance, ws: Workspace): void {
  loginRoutes(app, ws, createRateLimiter(SIGN_IN_ATTEMPTS));
  secondFactorRoutes(app, ws, createRateLimiter(SIGN_IN_ATTEMPTS));
  logoutRoutes(app, ws);
  accountRoutes(app, ws);
}
