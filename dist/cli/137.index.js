export const id = 137;
export const ids = [137];
export const modules = {

/***/ 137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerAll: () => (/* binding */ registerAll)
/* harmony export */ });
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(340);

/** Every command, loaded lazily so that `hephy-builder validate` does not load the registry client. */
function registerAll() {
    (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .registerCommand */ .Lb)('version', async () => (await __webpack_require__.e(/* import() */ 809).then(__webpack_require__.bind(__webpack_require__, 809))).version);
}


/***/ })

};
