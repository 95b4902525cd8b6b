export const id = 643;
export const ids = [643];
export const modules = {

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeManifest: () => (/* binding */ mergeManifest)
/* harmony export */ });
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2496);
/* harmony import */ var _hephy_builder_core_steps_merge_manifest_run__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6777);


/** `hephy-builder merge-manifest`: the per-arch images of each image as one OCI index. */
const mergeManifest = {
    summary: 'Join the per-architecture images of each image into one OCI index <image>-<date>.',
    usage: `hephy-builder merge-manifest ${_registry_options_js__WEBPACK_IMPORTED_MODULE_0__/* .REGISTRY_USAGE */ .q5} [--no-verify-platforms] [--source-url URL] [--revision SHA]`,
    options: {
        ..._registry_options_js__WEBPACK_IMPORTED_MODULE_0__/* .registryOptions */ ._A,
        'no-verify-platforms': { type: 'boolean' },
        'source-url': { type: 'string' },
        revision: { type: 'string' },
    },
    async run(context) {
        const { values, platform, ports, out } = context;
        const inputs = {
            ...(0,_registry_options_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegistryOptions */ .GO)(context),
            verifyPlatforms: values['no-verify-platforms'] !== true,
            sourceUrl: String(values['source-url'] ?? ''),
            revision: String(values.revision ?? ''),
        };
        const { manifests } = await (0,_hephy_builder_core_steps_merge_manifest_run__WEBPACK_IMPORTED_MODULE_1__/* .runMergeManifest */ .h)(inputs, ports, { event: await platform.event() });
        out(values.json ? `${JSON.stringify(manifests, null, 2)}\n` : `${(0,_hephy_builder_core_steps_merge_manifest_run__WEBPACK_IMPORTED_MODULE_1__/* .mergeManifestSummary */ ._)(manifests)}\n`);
        return 0;
    },
};


/***/ }),

/***/ 2496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GO: () => (/* binding */ readRegistryOptions),
/* harmony export */   Kv: () => (/* binding */ DEFAULT_TARGET),
/* harmony export */   _A: () => (/* binding */ registryOptions),
/* harmony export */   q5: () => (/* binding */ REGISTRY_USAGE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hephy_builder_core_plan_names__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2373);
/* harmony import */ var _hephy_builder_core_inputs_read__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2239);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8835);




/** Where the CLI keeps images when no --repository is given: an OCI image layout, no server needed. */
const DEFAULT_TARGET = 'oci:.hephy/images';
/** The options merge-manifest and retag share. */
const registryOptions = {
    repository: { type: 'string' },
    naming: { type: 'string' },
    date: { type: 'string' },
    dirs: { type: 'string' },
    root: { type: 'string' },
    'output-dir': { type: 'string' },
    'insecure-registry': { type: 'string', multiple: true },
    username: { type: 'string' },
    'password-stdin': { type: 'boolean' },
    json: { type: 'boolean' },
};
const REGISTRY_USAGE = '[--repository HOST/PATH|oci:DIR] [--naming tag-prefix|repository] [--date YYYYMMDD] [--dirs DIRS] [--root DIR] [--output-dir DIR] [--insecure-registry HOST]... [--username USER --password-stdin] [--json]';
/** The shared options as step inputs; the password comes from standard input, never from argv. */
function readRegistryOptions(context, readStdin = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0, 'utf8')) {
    const { values, positionals, platform } = context;
    if (positionals.length > 0)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`unexpected argument ${positionals[0]}`);
    const naming = String(values.naming ?? 'tag-prefix');
    if (!_hephy_builder_core_plan_names__WEBPACK_IMPORTED_MODULE_1__/* .NAMINGS */ .ON.includes(naming))
        throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--naming "${naming}" is not one of ${_hephy_builder_core_plan_names__WEBPACK_IMPORTED_MODULE_1__/* .NAMINGS */ .ON.join(', ')}`);
    const password = values['password-stdin'] ? readStdin().replace(/\r?\n$/, '') : '';
    if (password)
        platform.log.addSecret(password);
    if (password && !values.username)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb('--password-stdin needs --username');
    return {
        repository: String(values.repository ?? DEFAULT_TARGET),
        naming: naming,
        date: String(values.date ?? ''),
        dirs: String(values.dirs ?? ''),
        root: String(values.root ?? '.'),
        outputDir: String(values['output-dir'] ?? '.'),
        insecureRegistries: (values['insecure-registry'] ?? []).flatMap(_hephy_builder_core_inputs_read__WEBPACK_IMPORTED_MODULE_2__/* .parseListInput */ .UF),
        username: String(values.username ?? ''),
        password,
    };
}


/***/ })

};
