export const id = 948;
export const ids = [948];
export const modules = {

/***/ 59948:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createGitHubArtifacts: () => (/* binding */ createGitHubArtifacts)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * Loaded on first use only: the artifact client pulls in an HTTP and Azure storage stack that
 * costs start-up time, and only clone-upstream and build-arch ever move artifacts.
 */
async function loadArtifactClient() {
    const { DefaultArtifactClient } = await __webpack_require__.e(/* import() */ 291).then(__webpack_require__.bind(__webpack_require__, 7291));
    return new DefaultArtifactClient();
}
/** The GitHub Actions artifact service (one artifact per name and run, kept one day). */
function createGitHubArtifacts(log, load = loadArtifactClient) {
    let client;
    const get = () => (client ??= load());
    return {
        async upload(name, dir, files) {
            if (files.length === 0)
                return;
            const absolute = files.map((file) => node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir, file));
            // The archives are gzip already; zipping them again would only cost time.
            const result = await (await get()).uploadArtifact(name, absolute, node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(dir), {
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


/***/ })

};
