/** Driving the sign-in pages in tests as a browser would: a cookie jar, the forms' hidden tokens. */
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';

export class Browser {
  readonly cookies = new Map<string, string>();

  constructor(
    private readonly app: FastifyInstance,
    private readonly remoteAddress = '198.51.100.20',
  ) {}

  private header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  private keep(res: LightMyRequestResponse): LightMyRequestResponse {
    for (const c of res.cookies as Array<{ name: string; value: string; maxAge?: number; expires?: Date }>) {
      const gone = c.value === '' || c.maxAge === 0 || (c.expires && c.expires.getTime() < Date.now());
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  async get(url: string): Promise<LightMyRequestResponse> {
    return this.keep(await this.app.inject({ method: 'GET', url, remoteAddress: this.remoteAddress, headers: { cookie: this.header() } }));
  }

  async post(url: string, form: Record<string, string>, headers: Record<string, string> = {}): Promise<LightMyRequestResponse> {
    return this.keep(
      await this.app.inject({
        method: 'POST', url, remoteAddress: this.remoteAddress,
        headers: { cookie: this.header(), 'content-type': 'application/x-www-form-urlencoded', ...headers },
        payload: new URLSearchParams(form).toString(),
      }),
    );
  }

  /** Opens the sign-in page and posts the form with its token. */
  async signIn(email: string, password: string, next?: string): Promise<LightMyRequestResponse> {
    const page = await this.get('/staff/login');
    return this.post('/staff/login', { _csrf: hiddenValue(page.body, '_csrf'), email, password, ...(next ? { next } : {}) });
  }
}

/** The value of a hidden field of a page. */
export function hiddenValue(html: string, name: string): string {
  const m = new RegExp(`<input type="hidden" name="${name}" value="([^"]*)"`).exec(html);
  if (!m) throw new Error(`no hidden field ${name}`);
  return m[1]!;
}

/** The TOTP key shown on the setup page. */
export function shownSecret(html: string): string {
  const m = /<code class="secret">([A-Z2-7 ]+)<\/code>/.exec(html);
  if (!m) throw new Error('no key on the page');
  return m[1]!.replace(/ /g, '');
}
