export const id = 948;
export const ids = [948];
export const modules = {

/***/ 59948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubArtifacts: () => (/* binding */ createGitHubArtifacts),
/* harmony export */   loadArtifactClient: () => (/* binding */ loadArtifactClient)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);


/**
 * Loaded on first use only: the artifact client pulls in an HTTP and Azure storage stack that
 * costs start-up time, and only clone-upstream and build-arch ever move artifacts.
 */
async function loadArtifactClient(env) {
    if (!env.ACTIONS_RUNTIME_TOKEN)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo("the artifact service needs ACTIONS_RUNTIME_TOKEN, which the runner gives a node action but not the run: steps of a composite action (actions/runner#3046); when clone-upstream and build-arch run in one job, set artifact-name to '' (the archives stay in output-dir)", { field: 'input artifact-name' });
    const { DefaultArtifactClient } = await Promise.all(/* import() */[__webpack_require__.e(659), __webpack_require__.e(44)]).then(__webpack_require__.bind(__webpack_require__, 19044));
    return new DefaultArtifactClient();
}
/** The GitHub Actions artifact service (one artifact per name and run, kept one day). */
function createGitHubArtifacts(log, load) {
    let client;
    const get = () => (client ??= load());
    return {
        async upload(name, dir, files) {
            if (files.length === 0)
                return;
            const absolute = files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir, file));
            const artifacts = await get();
            await deleteIfThere(artifacts, name, log);
            // The archives are gzip already; zipping them again would only cost time.
            const result = await artifacts.uploadArtifact(name, absolute, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir), {
                retentionDays: 1,
                compressionLevel: 0,
            });
            log.info(`uploaded artifact ${name} (${files.length} files, ${result.size ?? 0} bytes)`);
        },
        async download(name, dir) {
            const artifacts = await get();
            let id;
            try {
                id = (await artifacts.getArtifact(name)).artifact.id;
            }
            catch (error) {
                if (error instanceof Error && error.name === 'ArtifactNotFoundError')
                    return false;
                throw error;
            }
            await artifacts.downloadArtifact(id, { path: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir) });
            log.info(`downloaded artifact ${name} into ${dir}`);
            return true;
        },
    };
}
/**
 * An artifact name is unique in a run, across its attempts: re-running a job whose first attempt
 * uploaded `name` would fail on CreateArtifact with 409 Conflict. Delete-then-upload, as
 * actions/upload-artifact does with `overwrite: true`; a name suffixed with GITHUB_RUN_ATTEMPT
 * would instead hide the archives from build-arch jobs re-run alone in a later attempt.
 */
async function deleteIfThere(artifacts, name, log) {
    try {
        const { id } = await artifacts.deleteArtifact(name);
        log.info(`deleted artifact ${name} (id ${id}) of an earlier attempt of this run`);
    }
    catch (error) {
        if (error instanceof Error && error.name === 'ArtifactNotFoundError')
            return;
        // The upload that follows reports what is really wrong (a conflict, no token, no service).
        log.warning(`could not delete artifact ${name} before uploading it again: ${String(error)}`);
    }
}


/***/ })

};
