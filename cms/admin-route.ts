/** The CMS page at /admin/, added to the site by the CMS itself: the site (src/) never imports cms/, which builds on it. */
import type { AstroIntegration } from 'astro';

/** The integration that serves cms/admin.astro at /admin/. */
export function cmsAdmin(): AstroIntegration {
  return {
    name: 'cms-admin',
    hooks: {
      'astro:config:setup': ({ injectRoute }) =>
        injectRoute({ pattern: '/admin', entrypoint: new URL('./admin.astro', import.meta.url) }),
    },
  };
}
