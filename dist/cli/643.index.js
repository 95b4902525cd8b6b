export const id = 643;
export const ids = [643];
export const modules = {

/***/ 4681:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readCommandInputs)
/* harmony export */ });
/* harmony import */ var _hephy_builder_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2121);
/* harmony import */ var _hephy_builder_core_inputs_table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6475);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8835);




/**
 * A command's options as the step's typed inputs, through the step's table with its CLI defaults;
 * a wrong value is a wrong command line (usage, exit 2), named by its flag.
 */
function readCommandInputs(table, values, { readStdin, ...options } = {}) {
    try {
        return (0,_hephy_builder_core_inputs_table__WEBPACK_IMPORTED_MODULE_2__/* .readInputs */ .Ko)(table, (0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_1__/* .cliReader */ .kY)(table, values, readStdin), { ...options, surface: 'cli' });
    }
    catch (error) {
        if (!(error instanceof _hephy_builder_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo))
            throw error;
        const name = /^input (\S+)$/.exec(error.field ?? '')?.[1];
        if (name && Object.hasOwn(table, name))
            throw new _command_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--${(0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_1__/* .cliFlag */ .vM)(table, name)} ${error.message}`);
        throw error;
    }
}


/***/ }),

/***/ 7643:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mergeManifest: () => (/* binding */ mergeManifest)
/* harmony export */ });
/* harmony import */ var _hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2121);
/* harmony import */ var _hephy_builder_core_inputs_merge_manifest__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1473);
/* harmony import */ var _hephy_builder_core_steps_merge_manifest_run__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6777);
/* harmony import */ var _hephy_builder_core_steps_common_partial__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5038);
/* harmony import */ var _registry_options_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2496);





/** `hephy-builder merge-manifest`: the per-arch images of each image as one OCI index. */
const mergeManifest = {
    summary: 'Join the per-architecture images of each image into one OCI index <image>-<date>.',
    usage: `hephy-builder merge-manifest ${(0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__/* .cliUsage */ .eq)(_hephy_builder_core_inputs_merge_manifest__WEBPACK_IMPORTED_MODULE_1__/* .MERGE_MANIFEST_INPUTS */ .X)} [--json]`,
    help: `${(0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__/* .cliHelp */ .Qy)(_hephy_builder_core_inputs_merge_manifest__WEBPACK_IMPORTED_MODULE_1__/* .MERGE_MANIFEST_INPUTS */ .X)}\n  --json  Print the indexes as JSON.`,
    options: { ...(0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_0__/* .cliOptions */ .$D)(_hephy_builder_core_inputs_merge_manifest__WEBPACK_IMPORTED_MODULE_1__/* .MERGE_MANIFEST_INPUTS */ .X), json: { type: 'boolean' } },
    async run(context) {
        const { values, platform, ports, out } = context;
        const inputs = (0,_registry_options_js__WEBPACK_IMPORTED_MODULE_4__/* .readRegistryInputs */ .r)(_hephy_builder_core_inputs_merge_manifest__WEBPACK_IMPORTED_MODULE_1__/* .MERGE_MANIFEST_INPUTS */ .X, context);
        const event = await platform.event();
        // An image lacking an arch gets no index: the others are printed, then the command fails.
        await (0,_hephy_builder_core_steps_common_partial__WEBPACK_IMPORTED_MODULE_3__/* .reportingPartial */ .AY)(() => (0,_hephy_builder_core_steps_merge_manifest_run__WEBPACK_IMPORTED_MODULE_2__/* .runMergeManifest */ .h)(inputs, ports, { event }), async (result) => out(values.json
            ? `${JSON.stringify(result.manifests, null, 2)}\n`
            : `${(0,_hephy_builder_core_steps_merge_manifest_run__WEBPACK_IMPORTED_MODULE_2__/* .mergeManifestSummary */ ._)(result)}\n`));
        return 0;
    },
};


/***/ }),

/***/ 2496:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ DEFAULT_TARGET),
/* harmony export */   r: () => (/* binding */ readRegistryInputs)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2121);
/* harmony import */ var _hephy_builder_core_inputs_image_set__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3251);
/* harmony import */ var _hephy_builder_core_steps_common_registry__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7588);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8835);
/* harmony import */ var _command_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4681);






/** Where the CLI keeps images when no repository is given: image-set's CLI default, an OCI layout. */
const DEFAULT_TARGET = (0,_hephy_builder_core_inputs_cli__WEBPACK_IMPORTED_MODULE_1__/* .cliDefault */ .CZ)(_hephy_builder_core_inputs_image_set__WEBPACK_IMPORTED_MODULE_2__/* .IMAGE_SET_INPUTS */ .Fh, 'repository');
/**
 * The inputs of a step that works on a set of images (merge-manifest, retag), from its table's
 * CLI flags; the password comes from standard input (--password-stdin), never from argv.
 */
function readRegistryInputs(table, context, readStdin = () => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(0, 'utf8')) {
    const { values, positionals, platform } = context;
    if (positionals.length > 0)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`unexpected argument ${positionals[0]}`);
    const inputs = (0,_command_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readCommandInputs */ .F)(table, values, {
        readStdin,
        addSecret: (secret) => platform.log.addSecret(secret),
    });
    const { password, username } = inputs;
    if (password && !username)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb('--password-stdin needs --username');
    // Parsed once, here: a bad repository fails before any other work, naming the option.
    const { repository } = inputs;
    return { ...inputs, target: (0,_hephy_builder_core_steps_common_registry__WEBPACK_IMPORTED_MODULE_3__/* .parseTarget */ .hu)(repository, 'option repository') };
}


/***/ })

};
