/** Addresses of the installable app and the offline mode (one place, used by the pages, the build and the tests). */
export const offlinePaths = {
  /** The service worker: at the site root, so that its scope is the whole site. */
  worker: '/sw.js',
  /** The one script reader pages load: registers the worker (public/sw-register.js). */
  register: '/sw-register.js',
  manifest: '/manifest.webmanifest',
  /** An app icon made from the emblem (src/pages/icon-[size].png.ts). */
  icon: (size: number) => `/icon-${size}.png`,
  /** Shown for a page the phone has not saved, when there is no signal. */
  page: '/ngoai-tuyen/',
} as const;

/** The icon sizes phones ask for. */
export const ICON_SIZES = [192, 512] as const;

/** The brand colour: the header band, the browser bar, the icon's background (src/styles/global.css). */
export const THEME_COLOR = '#0b3d91';
