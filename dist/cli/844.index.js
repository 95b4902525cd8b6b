export const id = 844;
export const ids = [844];
export const modules = {

/***/ 96:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   validate: () => (/* binding */ validate)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _hephy_builder_core__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4976);
/* harmony import */ var _hephy_builder_core_config_load__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9689);
/* harmony import */ var _command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8835);






/** `hephy-builder validate [paths...]`: the same checks prepare-diff makes, for a person at a terminal. */
const validate = {
    summary: 'Check build-config.yaml files: every field, the paths and symlinks, the directory names.',
    usage: 'hephy-builder validate [paths...]  (image directories, config files of any name, or roots whose direct children hold build-config.yaml; default: the current directory)',
    options: {},
    async run({ positionals, out }) {
        const cwd = process.cwd();
        const files = await findConfigFiles(positionals.length > 0 ? positionals : ['.'], cwd);
        if (files.length === 0) {
            out(`no build-config.yaml in ${positionals.join(', ') || '.'} or its direct children\n`);
            return _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_INVALID */ .jL;
        }
        let invalid = 0;
        for (const file of files) {
            const shown = node_path__WEBPACK_IMPORTED_MODULE_2___default().relative(cwd, node_path__WEBPACK_IMPORTED_MODULE_2___default().join(file.root, file.dir, file.fileName)) || file.fileName;
            const problems = await problemsOf(file);
            if (problems.length > 0)
                invalid++;
            out(problems.length === 0
                ? `ok   ${shown}\n`
                : `FAIL ${shown}\n${problems.map((p) => `  ${relabel(p, shown)}\n`).join('')}`);
        }
        out(invalid === 0
            ? `${plural(files.length, 'config')} valid\n`
            : `${invalid} of ${plural(files.length, 'config')} invalid\n`);
        return invalid === 0 ? _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_OK */ .Ij : _command_js__WEBPACK_IMPORTED_MODULE_5__/* .EXIT_INVALID */ .jL;
    },
};
async function problemsOf(file) {
    try {
        await (0,_hephy_builder_core_config_load__WEBPACK_IMPORTED_MODULE_4__/* .loadBuildConfig */ .rL)(file.root, file.dir, { fileName: file.fileName });
        return [];
    }
    catch (error) {
        if (error instanceof _hephy_builder_core__WEBPACK_IMPORTED_MODULE_3__/* .UserErrors */ .tQ)
            return [...error.errors];
        if (error instanceof _hephy_builder_core__WEBPACK_IMPORTED_MODULE_3__/* .UserError */ .yo)
            return [error];
        throw error;
    }
}
/** The error as the user can open it from here: its file named relative to the current directory. */
function relabel(error, shown) {
    return (0,_hephy_builder_core__WEBPACK_IMPORTED_MODULE_3__/* .formatLocated */ .Cc)(error.message, error.location && { ...error.location, file: shown }, error.field);
}
/** Each path is a config file, an image directory, or a root whose direct children are scanned. */
async function findConfigFiles(paths, cwd) {
    const found = new Map();
    for (const given of paths) {
        for (const file of await configFilesAt(node_path__WEBPACK_IMPORTED_MODULE_2___default().resolve(cwd, given), given)) {
            found.set(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(file.root, file.dir, file.fileName), file);
        }
    }
    return [...found.values()];
}
async function configFilesAt(absolute, given) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(absolute).catch(() => undefined);
    if (!info)
        throw new _command_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`${given}: no such file or directory`);
    if (info.isFile())
        return [at(node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(absolute), node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(absolute))];
    if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absolute, _hephy_builder_core_config_load__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILE_NAME */ .au)))
        return [at(absolute, _hephy_builder_core_config_load__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILE_NAME */ .au)];
    const children = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(absolute, { withFileTypes: true });
    return children
        .filter((child) => (child.isDirectory() || child.isSymbolicLink()) && !child.name.startsWith('.'))
        .map((child) => child.name)
        .sort()
        .filter((name) => (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absolute, name, _hephy_builder_core_config_load__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILE_NAME */ .au)))
        .map((name) => at(node_path__WEBPACK_IMPORTED_MODULE_2___default().join(absolute, name), _hephy_builder_core_config_load__WEBPACK_IMPORTED_MODULE_4__/* .CONFIG_FILE_NAME */ .au));
}
function at(imageDir, fileName) {
    return { root: node_path__WEBPACK_IMPORTED_MODULE_2___default().dirname(imageDir), dir: node_path__WEBPACK_IMPORTED_MODULE_2___default().basename(imageDir), fileName };
}
function plural(count, noun) {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}


/***/ }),

/***/ 618:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ formatPlatform),
/* harmony export */   l: () => (/* binding */ archLabel)
/* harmony export */ });
/**
 * The label of a platform inside tag names and file names (`need_<arch>.txt`, `<image>-<arch>.tag`):
 * the architecture, with the variant appended when it is not the architecture's default
 * (`linux/arm/v7` -> `armv7`, `linux/arm64/v8` -> `arm64`).
 */
function archLabel(platform) {
    const variant = platform.variant && !(platform.architecture === 'arm64' && platform.variant === 'v8')
        ? platform.variant
        : '';
    return `${platform.architecture}${variant}`;
}
function formatPlatform(platform) {
    return [platform.os, platform.architecture, platform.variant].filter(Boolean).join('/');
}


/***/ })

};
