/**
 * The login page shows the portal's own name under its emblem instead of Decap's logo. Decap draws the emblem
 * itself from the config's `logo.src` (src/content-model/to-decap.ts) but has no place for a name, so each backend's
 * login page is wrapped: the name and a subtitle join the page, src/styles/admin.css puts them under the emblem and
 * hides the small Decap logo Decap adds at the bottom. The admin page gives the name in `data-site-name`.
 */
import { createElement as h, type ComponentType } from 'react';
import { loginText } from '../src/i18n/cms-widgets';

interface Backend {
  authComponent(): ComponentType<Record<string, unknown>>;
}
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mixin's constructor must take any[]
type BackendClass = new (...args: any[]) => Backend;

/** A backend class whose login page carries the portal's name. */
export function brandedBackend<B extends BackendClass>(Base: B, siteName: () => string): B {
  return class extends Base {
    authComponent() {
      const Page = super.authComponent();
      const Branded = (props: Record<string, unknown>) =>
        h(
          'div',
          // Decap gives the emblem the alt text "Logo"; the name beside it already says what it is.
          {
            className: 'portal-login',
            ref: (el: HTMLElement | null) =>
              el?.querySelectorAll('img[alt="Logo"]').forEach((img) => img.setAttribute('alt', '')),
          },
          h(
            'h1',
            { className: 'portal-login-name' },
            siteName(),
            h('span', { className: 'portal-login-subtitle' }, loginText.subtitle),
          ),
          h(Page, props),
        );
      Branded.displayName = 'AuthenticationPage';
      return Branded;
    }
  };
}
