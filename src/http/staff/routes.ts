/** Every module of workspace routes, in the order they are registered. */
import { intakeRoutes } from '../intake/intake-routes.js';
import { auditRoutes } from './audit-routes.js';
import { authRoutes } from './auth-routes.js';
import { caseRoutes } from './case-routes.js';
import { deadlineRoutes } from './deadline-routes.js';
import { draftRoutes } from './draft-routes.js';
import type { WorkspaceRoutes } from './index.js';
import { letterFileRoutes } from './letter-file-routes.js';
import { letterRoutes } from './letter-routes.js';
import { mandateSettingsRoutes } from './mandate-settings-routes.js';
import { overviewRoutes } from './overview-routes.js';
import { peopleRoutes } from './people-routes.js';
import { searchRoutes } from './search-routes.js';
import { submissionRoutes } from './submission-routes.js';
import { usersRoutes } from './users-routes.js';

export const WORKSPACE_ROUTES: WorkspaceRoutes[] = [
  intakeRoutes,
  authRoutes,
  overviewRoutes,
  usersRoutes,
  mandateSettingsRoutes,
  submissionRoutes,
  caseRoutes,
  peopleRoutes,
  draftRoutes,
  letterRoutes,
  letterFileRoutes,
  deadlineRoutes,
  searchRoutes,
  auditRoutes,
];
