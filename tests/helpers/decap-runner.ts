/**
 * Runs the local CMS backend (tools/cms-local/server.ts, the code npm start runs) in a process of its own for the tests,
 * so that a test's synchronous build never blocks it. Options come as JSON in the first argument.
 */
import { startLocalCms, type LocalCmsOptions } from '../../tools/cms-local/server.ts';

const cms = await startLocalCms(JSON.parse(process.argv[2]!) as LocalCmsOptions);
console.log(`listening ${cms.url}`);
process.on('SIGTERM', () => void cms.close().then(() => process.exit(0)));
