/** Prints the nginx configuration sending the site's headers (src/safety/header-table.ts), as docs/deploying.md shows it. */
import { nginxConfig } from '../../src/safety/header-table';

process.stdout.write(nginxConfig());
