/**
 * The dependency direction of the code (docs/architecture.md): no two folders of src/ import each other, directly
 * or around a loop, and the site (src/) never imports the CMS (cms/) or the tooling (tools/), which build on it.
 */
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../helpers/build';
import { folderCycles, folderGraph, importsOfAstro, type FolderEdge } from '../helpers/folder-graph';

const edges = folderGraph(projectRoot);

/** A cycle with the imports behind each of its steps, as a maintainer needs it to cut the loop. */
function describeCycle(cycle: string[]): string {
  const steps = cycle.slice(1).map((to, i) => {
    const edge = edges.get(`${cycle[i]}→${to}`) as FolderEdge;
    return `  ${edge.from} → ${edge.to}:\n${edge.files.map((f) => `    ${f}`).join('\n')}`;
  });
  return `${cycle.join(' → ')}\n${steps.join('\n')}`;
}

describe('the folder graph', () => {
  it('reads .astro front matter, inline scripts and script sources', () => {
    const page = `---\nimport A from '../components/A.astro';\nconst x = await import('../data/x');\n---\n<p/>\n<script>\n  import '../../cms/index.ts';\n</script>\n<script src="../search/client/main.ts"></script>\n`;
    expect(importsOfAstro(page)).toEqual([
      '../components/A.astro',
      '../data/x',
      '../../cms/index.ts',
      '../search/client/main.ts',
    ]);
  });

  it('sees the imports of the real code (pages use data and components, the CMS uses the content model)', () => {
    for (const edge of ['pages→data', 'pages→components', 'cms→content-model', 'tools→utils'])
      expect(edges.has(edge), edge).toBe(true);
  });
});

describe('dependency direction', () => {
  it('has no cycle between folders', () => {
    const cycles = folderCycles(edges).map(describeCycle);
    expect(cycles, `Folder cycles:\n\n${cycles.join('\n\n')}`).toEqual([]);
  });

  it('keeps cms/ and tools/ out of src/', () => {
    const upward = [...edges.values()].filter(
      (e) => e.from !== 'cms' && e.from !== 'tools' && (e.to === 'cms' || e.to === 'tools'),
    );
    const lines = upward.flatMap((e) => e.files);
    expect(lines, `src/ imports cms/ or tools/:\n${lines.join('\n')}`).toEqual([]);
  });
});
