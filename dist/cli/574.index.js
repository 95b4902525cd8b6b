export const id = 574;
export const ids = [574];
export const modules = {

/***/ 7574:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  version: () => (/* binding */ version)
});

;// CONCATENATED MODULE: ./packages/core/src/version.ts
/** hephy-builder's release version; the runner image and the GitLab components are tagged with it. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./packages/cli/src/commands/version.ts

const version = {
    summary: 'Print the version of hephy-builder.',
    usage: 'hephy-builder version',
    options: {},
    async run({ out }) {
        out(`hephy-builder ${VERSION}\n`);
        return 0;
    },
};


/***/ })

};
