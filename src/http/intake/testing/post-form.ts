/** Driving the public submission form in tests: open it (cookie and token), fill it, post it as a browser would. Test support only. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export interface OpenedForm {
  cookie: string;
  token: string;
}

export async function openForm(app: FastifyInstance, language: string, remoteAddress = '127.0.0.1'): Promise<OpenedForm> {
  const res = await app.inject({ method: 'GET', url: `/submit/${language}`, remoteAddress });
  const token = /name="_form" value="([^"]+)"/.exec(res.body)?.[1];
  const cookie = res.cookies.find((c) => c.name === 'rap_form');
  if (!token || !cookie) throw new Error(`no form token on /submit/${language} (${res.statusCode})`);
  return { cookie: `rap_form=${cookie.value}`, token };
}

/** The fields of a complete, valid submission, as the form names them. */
export function validFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    victimCount: '1',
    'victims.0.name': 'Ilona Varga',
    'victims.0.otherNames': 'Ilona Warga',
    'victims.0.gender': 'female',
    'victims.0.role': 'human rights defender',
    'victims.0.consentToState': 'yes',
    'victims.0.consentPublic': 'no',
    summary: 'Ilona Varga was detained at the Zarkov checkpoint on 3 March 2025 and has been held incommunicado since.',
    perpetrators: 'Border police, northern district',
    place: 'Zarkov checkpoint',
    countryCode: 'XAA',
    incidentYear: '2025',
    incidentMonth: '3',
    incidentDay: '3',
    'submitter.name': 'Tomas Berg',
    'submitter.organization': 'Aldovia Watch',
    'submitter.email': 'tomas.berg@example.org',
    'submitter.phone': '',
    'submitter.relation': 'colleague',
    website: '',
    action: 'send',
    ...overrides,
  };
}

export interface PostOptions {
  form?: OpenedForm | null;
  /** The token sent in the body, when not the form's own. */
  token?: string | null;
  files?: Array<{ name: string; bytes: Buffer; type?: string }>;
  remoteAddress?: string;
  headers?: Record<string, string>;
}

/** Posts the form as multipart/form-data, the token first and the files last, as a browser does. */
export async function postForm(
  app: FastifyInstance,
  language: string,
  fields: Record<string, string>,
  { form = null, token, files = [], remoteAddress = '127.0.0.1', headers = {} }: PostOptions = {},
): Promise<LightMyRequestResponse> {
  const data = new FormData();
  const sentToken = token === undefined ? form?.token : token;
  if (sentToken) data.append('_form', sentToken);
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  for (const f of files) data.append('attachments', new Blob([new Uint8Array(f.bytes)], { type: f.type ?? 'application/octet-stream' }), f.name);
  const body = new Response(data);
  return app.inject({
    method: 'POST',
    url: `/submit/${language}`,
    remoteAddress,
    headers: { 'content-type': body.headers.get('content-type')!, ...(form ? { cookie: form.cookie } : {}), ...headers },
    payload: Buffer.from(await body.arrayBuffer()),
  });
}
