// The layer order of packages/*/src (docs/architecture.md), bottom first. A file may import its
// own layer and the layers below it; every other import, and every cycle, fails `npm test`.
const C = '^packages/core/src/';
const L = '^packages/cli/src/';
const LAYERS = [
  ['shared', [`${C}shared/`, `${C}version\\.ts$`]],
  ['util', [`${C}util/`, `${C}markdown\\.ts$`]],
  ['kernel', [`${C}(ports|errors|exec|repo-file)\\.ts$`]],
  ['config', [`${C}config/`]],
  ['source', [`${C}source/`]],
  ['git', [`${C}git/`]],
  ['registry', [`${C}registry/`]],
  ['plan', [`${C}plan/`]],
  ['backends', [`${C}backends/`]],
  ['inputs', [`${C}inputs/`]],
  ['platform', [`${C}platform/`]],
  ['action', [`${C}action\\.ts$`]],
  ['steps-common', [`${C}steps/common/`]],
  ['steps', [`${C}steps/`]],
  ['core-index', [`${C}index\\.ts$`]],
  ['cli-base', [`${L}(command|command-inputs|registry-options)\\.ts$`]],
  ['cli-lib', [`${L}progress\\.ts$`, `${L}build/`]],
  ['cli-commands', [`${L}commands/(?!index\\.ts$)`]],
  ['cli-top', [`${L}commands/index\\.ts$`, `${L}cli\\.ts$`, `${L}main\\.ts$`]],
];
const any = (paths) => `(${paths.join('|')})`;
// A file belongs to the first layer whose pattern it matches; so a layer's `from` excludes the
// layers listed before it (steps/common/ is matched before steps/).
const layerRules = LAYERS.slice(0, -1).map(([name, paths], i) => ({
  name: `layer-${name}`,
  comment: `${name} imports only itself and the layers below it (docs/architecture.md)`,
  severity: 'error',
  from: {
    path: any(paths),
    // (an empty `()` would match every path: the bottom layer has nothing below it)
    ...(i > 0 ? {pathNot: any(LAYERS.slice(0, i).flatMap(([, p]) => p))} : {}),
  },
  to: {
    path: any(LAYERS.slice(i + 1).flatMap(([, p]) => p)),
    pathNot: any(LAYERS.slice(0, i + 1).flatMap(([, p]) => p)),
  },
}));

export default {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'No import cycle between files, type-only and dynamic imports included',
      severity: 'error',
      from: {path: '^packages/'},
      to: {circular: true},
    },
    ...layerRules,
    {
      name: 'no-sibling-steps',
      comment: 'A step imports steps/common/, never another step',
      severity: 'error',
      from: {path: `${C}steps/([^/]+)/`},
      to: {
        path: `${C}steps/`,
        pathNot: [`${C}steps/common/`, `${C}steps/$1/`],
      },
    },
    {
      name: 'layer-unassigned',
      comment: 'Every source file belongs to a layer: add a new folder to LAYERS',
      severity: 'error',
      from: {
        path: '^packages/[^/]+/src/',
        pathNot: any(LAYERS.flatMap(([, p]) => p)),
      },
      to: {},
    },
  ],
  options: {
    includeOnly: '^packages/[^/]+/src/',
    doNotFollow: {path: 'node_modules'},
    tsPreCompilationDeps: true,
    tsConfig: {fileName: 'tsconfig.json'},
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
