export const id = 809;
export const ids = [809];
export const modules = {

/***/ 809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   version: () => (/* binding */ version)
/* harmony export */ });
const version = {
    summary: 'Print the version of hephy-builder.',
    usage: 'hephy-builder version',
    options: {},
    async run({ out }) {
        out(`hephy-builder ${typeof HEPHY_VERSION === 'string' ? HEPHY_VERSION : '0.1.0'}\n`);
        return 0;
    },
};


/***/ })

};
