export const id = 137;
export const ids = [137];
export const modules = {

/***/ 137:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   registerAll: () => (/* binding */ registerAll)
/* harmony export */ });
/* harmony import */ var _cli_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8552);

/** Every command, loaded lazily so that `hephy-builder validate` does not load the registry client. */
function registerAll() {
    (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .registerCommand */ .Lb)('version', async () => (await __webpack_require__.e(/* import() */ 574).then(__webpack_require__.bind(__webpack_require__, 7574))).version);
    (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .registerCommand */ .Lb)('plan', async () => (await Promise.all(/* import() */[__webpack_require__.e(689), __webpack_require__.e(410), __webpack_require__.e(606)]).then(__webpack_require__.bind(__webpack_require__, 4246))).plan);
    (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .registerCommand */ .Lb)('validate', async () => (await Promise.all(/* import() */[__webpack_require__.e(689), __webpack_require__.e(715)]).then(__webpack_require__.bind(__webpack_require__, 96))).validate);
    (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .registerCommand */ .Lb)('merge-manifest', async () => (await Promise.all(/* import() */[__webpack_require__.e(689), __webpack_require__.e(777), __webpack_require__.e(643)]).then(__webpack_require__.bind(__webpack_require__, 7643))).mergeManifest);
    (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .registerCommand */ .Lb)('retag', async () => (await Promise.all(/* import() */[__webpack_require__.e(689), __webpack_require__.e(777), __webpack_require__.e(306)]).then(__webpack_require__.bind(__webpack_require__, 306))).retag);
    (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .registerCommand */ .Lb)('ls', async () => (await Promise.all(/* import() */[__webpack_require__.e(689), __webpack_require__.e(777), __webpack_require__.e(508)]).then(__webpack_require__.bind(__webpack_require__, 6508))).ls);
    (0,_cli_js__WEBPACK_IMPORTED_MODULE_0__/* .registerCommand */ .Lb)('build', async () => (await Promise.all(/* import() */[__webpack_require__.e(689), __webpack_require__.e(777), __webpack_require__.e(410), __webpack_require__.e(997)]).then(__webpack_require__.bind(__webpack_require__, 9997))).build);
}


/***/ })

};
