/** Where the commune's content lives: `content/` by default, or the folder named by CONTENT_DIR. */
import { resolve } from 'node:path';

export function contentDir(): string {
  return resolve(process.env.CONTENT_DIR || 'content');
}

/** Uploaded images and files, served at /media/. */
export function mediaDir(): string {
  return resolve(contentDir(), 'media');
}
