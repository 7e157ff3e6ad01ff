/**
 * People and organisations in case files: the forms of the case page's people section, the
 * match decisions and undo, and the staff person page. Each change runs in one transaction
 * through services/case-people-edit.ts, person-matches.ts or case-organizations.ts and answers
 * 303 back to the page with a notice; a form with a mistake answers 400 with the form again,
 * naming the field.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { h, type VNode } from 'preact';
import { isRapError } from '../../domain/errors.js';
import { addPersonToCase, addSpelling, removePersonFromCase, updateCasePerson } from '../../services/case-people-edit.js';
import { loadPersonFile } from '../../services/case-people-view.js';
import { confirmMatch, rejectMatch, undoMerge } from '../../services/person-matches.js';
import { addOrganizationToCase, removeOrganizationFromCase } from '../../services/case-organizations.js';
import { personsByIds } from '../../store/case-people.repo.js';
import type { Queryable } from '../../store/database.js';
import { actorOf, requirePermission, staffOf } from './guard.js';
import { signedNoticeOf } from './notice.js';
import { caseHref, staffPersonHref, withNotice } from './people/people-hrefs.js';
import {
  checkAddPerson,
  checkEditPerson,
  checkOrganization,
  fieldIdOf,
  idOf,
  organizationDraftOf,
  personDraftOf,
  spellingDraftOf,
  type Problem,
} from './people/people-forms.js';
import { PeopleProblemPage } from './people/people-problem-page.js';
import { PersonFilePage } from './people/person-file-page.js';
import {
  ADD_ORGANIZATION_PREFIX,
  ADD_PERSON_PREFIX,
  AddOrganizationForm,
  AddPersonForm,
  EditPersonForm,
  editPersonPrefix,
  SpellingForm,
  spellingPrefix,
} from './people/person-forms.js';
import { sendStaffPage, seeOther } from './send.js';
import type { Workspace } from './workspace.js';

type Params = Record<string, string>;

const STATUS: Record<string, number> = { RAP_ERR_INVALID: 400, RAP_ERR_NOT_FOUND: 404, RAP_ERR_CONFLICT: 409, RAP_ERR_FORBIDDEN: 403 };

/** An expected failure as problems of a form; anything else is not ours to describe and is thrown again. */
function problemsOf(e: unknown): { status: number; problems: Problem[] } {
  if (!isRapError(e) || !(e.code in STATUS)) throw e;
  const message = e.detail ? e.detail.charAt(0).toUpperCase() + e.detail.slice(1) : e.message;
  const status = STATUS[e.code]!;
  return { status, problems: [{ field: e.location.field ?? 'form', message: status === 404 ? `Not found: ${e.detail ?? ''}` : message }] };
}

interface ProblemView {
  title: string;
  problems: Problem[];
  status: number;
  back: { href: string; label: string };
  /** The form again, with the field ids' prefix. */
  form?: { prefix: string; node: VNode<any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- any form component
}

function sendProblem(req: FastifyRequest, reply: FastifyReply, v: ProblemView) {
  const page = h(PeopleProblemPage, { staff: staffOf(req), title: v.title, problems: v.problems, prefix: v.form?.prefix, back: v.back }, v.form?.node);
  return sendStaffPage(reply, page, v.status);
}

const notFound = (req: FastifyRequest, reply: FastifyReply, what: string) =>
  sendProblem(req, reply, { title: 'Not found', status: 404, problems: [{ field: 'form', message: `There is no ${what}.` }], back: { href: '/staff/cases', label: 'Back to the cases' } });

const backToCase = (caseId: number) => ({ href: caseHref(caseId), label: 'Back to the case' });

/** Where a match, keep-apart or undo form returns: the case it was sent from, else the person. */
const returnTo = (body: unknown, personId: number) => {
  const caseId = fieldIdOf(body, 'case_id');
  return caseId ? caseHref(caseId) : staffPersonHref(personId);
};

async function nameOf(db: Queryable, personId: number): Promise<string> {
  return (await personsByIds(db, [personId]))[0]?.display_name ?? `person #${personId}`;
}

export function peopleRoutes(app: FastifyInstance, ws: Workspace): void {
  const write = { preHandler: requirePermission('case.write') };
  const merge = { preHandler: requirePermission('person.merge') };

  app.get<{ Params: Params; Querystring: Record<string, string> }>('/staff/people/:id', { preHandler: requirePermission('case.read') }, async (req, reply) => {
    const id = idOf(req.params.id);
    if (!id) return notFound(req, reply, 'such person');
    try {
      const person = await loadPersonFile(ws.db, id);
      if (person.personId !== id) return seeOther(reply, staffPersonHref(person.personId));
      const staff = staffOf(req);
      return sendStaffPage(reply, h(PersonFilePage, { staff, person, notice: signedNoticeOf(req.query, staff.csrfToken) }));
    } catch (e) {
      problemsOf(e);
      return notFound(req, reply, `person #${id}`);
    }
  });

  app.post<{ Params: Params }>('/staff/cases/:id/people', write, async (req, reply) => {
    const caseId = idOf(req.params.id);
    if (!caseId) return notFound(req, reply, 'such case');
    const draft = personDraftOf(req.body);
    const checked = checkAddPerson(draft);
    const again = (problems: Problem[], status = 400) =>
      sendProblem(req, reply, {
        title: 'The person could not be added',
        problems,
        status,
        back: backToCase(caseId),
        form: { prefix: ADD_PERSON_PREFIX, node: h(AddPersonForm, { caseId, csrf: staffOf(req).csrfToken, draft, problems }) },
      });
    if (!checked.ok) return again(checked.problems);
    const v = checked.value;
    try {
      const { personId } = await ws.db.transaction((tx) => addPersonToCase(tx, { caseId, ...v, sourceSubmissionId: null }, actorOf(req)));
      return seeOther(reply, withNotice(caseHref(caseId), `${await nameOf(ws.db, personId)} is in the case.`, staffOf(req).csrfToken) + `#person-${personId}`);
    } catch (e) {
      const { status, problems } = problemsOf(e);
      return status === 404 ? notFound(req, reply, `case #${caseId}`) : again(problems, status);
    }
  });

  app.post<{ Params: Params }>('/staff/cases/:id/people/:personId', write, async (req, reply) => {
    const caseId = idOf(req.params.id);
    const personId = idOf(req.params.personId);
    if (!caseId || !personId) return notFound(req, reply, 'such person in a case');
    const draft = personDraftOf(req.body);
    const checked = checkEditPerson(draft);
    const again = (problems: Problem[], status = 400) =>
      sendProblem(req, reply, {
        title: 'The changes could not be saved',
        problems,
        status,
        back: backToCase(caseId),
        form: { prefix: editPersonPrefix(personId), node: h(EditPersonForm, { caseId, personId, csrf: staffOf(req).csrfToken, draft, problems }) },
      });
    if (!checked.ok) return again(checked.problems);
    try {
      await ws.db.transaction((tx) => updateCasePerson(tx, caseId, personId, checked.value, actorOf(req)));
      return seeOther(reply, withNotice(caseHref(caseId), `The changes to ${await nameOf(ws.db, personId)} are saved.`, staffOf(req).csrfToken) + `#person-${personId}`);
    } catch (e) {
      const { status, problems } = problemsOf(e);
      return status === 404 ? notFound(req, reply, `person #${personId} in case #${caseId}`) : again(problems, status);
    }
  });

  app.post<{ Params: Params }>('/staff/cases/:id/people/:personId/spellings', write, async (req, reply) => {
    const caseId = idOf(req.params.id);
    const personId = idOf(req.params.personId);
    if (!caseId || !personId) return notFound(req, reply, 'such person in a case');
    const draft = spellingDraftOf(req.body);
    try {
      await ws.db.transaction((tx) => addSpelling(tx, caseId, personId, draft.name, actorOf(req)));
      return seeOther(reply, withNotice(caseHref(caseId), `The spelling is added to ${await nameOf(ws.db, personId)}.`, staffOf(req).csrfToken) + `#person-${personId}`);
    } catch (e) {
      const { status, problems } = problemsOf(e);
      if (status === 404) return notFound(req, reply, `person #${personId} in case #${caseId}`);
      return sendProblem(req, reply, {
        title: 'The spelling could not be added',
        problems,
        status,
        back: backToCase(caseId),
        form: { prefix: spellingPrefix(personId), node: h(SpellingForm, { caseId, personId, csrf: staffOf(req).csrfToken, draft, problems }) },
      });
    }
  });

  app.post<{ Params: Params }>('/staff/cases/:id/people/:personId/remove', write, async (req, reply) => {
    const caseId = idOf(req.params.id);
    const personId = idOf(req.params.personId);
    if (!caseId || !personId) return notFound(req, reply, 'such person in a case');
    const name = await nameOf(ws.db, personId);
    try {
      await ws.db.transaction((tx) => removePersonFromCase(tx, caseId, personId, actorOf(req)));
      return seeOther(reply, withNotice(caseHref(caseId), `${name} is no longer in the case.`, staffOf(req).csrfToken));
    } catch (e) {
      problemsOf(e);
      return notFound(req, reply, `person #${personId} in case #${caseId}`);
    }
  });

  app.post<{ Params: Params }>('/staff/people/:id/match', merge, async (req, reply) => {
    const personId = idOf(req.params.id);
    const otherId = fieldIdOf(req.body, 'other_id');
    if (!personId) return notFound(req, reply, 'such person');
    const back = returnTo(req.body, personId);
    if (!otherId) return sendProblem(req, reply, { title: 'The match could not be confirmed', status: 400, problems: [{ field: 'other_id', message: 'The form does not say which person to merge with (other_id).' }], back: { href: back, label: 'Go back' } });
    // The older record is kept: it is the one letters and other cases already point to.
    const [keptId, mergedId] = personId < otherId ? [personId, otherId] : [otherId, personId];
    try {
      const names = [await nameOf(ws.db, keptId), await nameOf(ws.db, mergedId)];
      await ws.db.transaction((tx) => confirmMatch(tx, keptId, mergedId, actorOf(req)));
      const to = back === staffPersonHref(personId) ? staffPersonHref(keptId) : back;
      return seeOther(reply, withNotice(to, `${names[1]} and ${names[0]} are now one person. The merge can be undone.`, staffOf(req).csrfToken));
    } catch (e) {
      const { status, problems } = problemsOf(e);
      return sendProblem(req, reply, { title: 'The match could not be confirmed', status, problems, back: { href: back, label: 'Go back' } });
    }
  });

  app.post<{ Params: Params }>('/staff/people/:id/keep-apart', merge, async (req, reply) => {
    const personId = idOf(req.params.id);
    const otherId = fieldIdOf(req.body, 'other_id');
    if (!personId) return notFound(req, reply, 'such person');
    const back = returnTo(req.body, personId);
    if (!otherId) return sendProblem(req, reply, { title: 'The persons could not be kept apart', status: 400, problems: [{ field: 'other_id', message: 'The form does not say which other person (other_id).' }], back: { href: back, label: 'Go back' } });
    try {
      await ws.db.transaction((tx) => rejectMatch(tx, personId, otherId, actorOf(req)));
      return seeOther(reply, withNotice(back, `${await nameOf(ws.db, personId)} and ${await nameOf(ws.db, otherId)} are kept apart and will not be offered as a match again.`, staffOf(req).csrfToken));
    } catch (e) {
      const { status, problems } = problemsOf(e);
      return sendProblem(req, reply, { title: 'The persons could not be kept apart', status, problems, back: { href: back, label: 'Go back' } });
    }
  });

  app.post<{ Params: Params }>('/staff/people/merges/:mergeId/undo', merge, async (req, reply) => {
    const mergeId = idOf(req.params.mergeId);
    if (!mergeId) return notFound(req, reply, 'such merge');
    try {
      const { keptId, mergedId } = await ws.db.transaction((tx) => undoMerge(tx, mergeId, actorOf(req)));
      const back = returnTo(req.body, keptId);
      return seeOther(reply, withNotice(back, `The merge is undone: ${await nameOf(ws.db, mergedId)} and ${await nameOf(ws.db, keptId)} are two persons again.`, staffOf(req).csrfToken));
    } catch (e) {
      const { status, problems } = problemsOf(e);
      const caseId = fieldIdOf(req.body, 'case_id');
      return sendProblem(req, reply, { title: 'The merge could not be undone', status, problems, back: caseId ? backToCase(caseId) : { href: '/staff/cases', label: 'Back to the cases' } });
    }
  });

  app.post<{ Params: Params }>('/staff/cases/:id/organizations', write, async (req, reply) => {
    const caseId = idOf(req.params.id);
    if (!caseId) return notFound(req, reply, 'such case');
    const draft = organizationDraftOf(req.body);
    const checked = checkOrganization(draft);
    const again = (problems: Problem[], status = 400) =>
      sendProblem(req, reply, {
        title: 'The organisation could not be added',
        problems,
        status,
        back: backToCase(caseId),
        form: { prefix: ADD_ORGANIZATION_PREFIX, node: h(AddOrganizationForm, { caseId, csrf: staffOf(req).csrfToken, draft, problems }) },
      });
    if (!checked.ok) return again(checked.problems);
    try {
      await ws.db.transaction((tx) => addOrganizationToCase(tx, caseId, checked.value, actorOf(req)));
      return seeOther(reply, withNotice(caseHref(caseId), `${checked.value.name.trim()} is in the case.`, staffOf(req).csrfToken));
    } catch (e) {
      const { status, problems } = problemsOf(e);
      return status === 404 ? notFound(req, reply, `case #${caseId}`) : again(problems, status);
    }
  });

  app.post<{ Params: Params }>('/staff/cases/:id/organizations/:orgId/remove', write, async (req, reply) => {
    const caseId = idOf(req.params.id);
    const orgId = idOf(req.params.orgId);
    if (!caseId || !orgId) return notFound(req, reply, 'such organisation in a case');
    try {
      await ws.db.transaction((tx) => removeOrganizationFromCase(tx, caseId, orgId, actorOf(req)));
      return seeOther(reply, withNotice(caseHref(caseId), 'The organisation is no longer in the case.', staffOf(req).csrfToken));
    } catch (e) {
      problemsOf(e);
      return notFound(req, reply, `organisation #${orgId} in case #${caseId}`);
    }
  });
}

