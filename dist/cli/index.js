#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2463:
/***/ ((module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.MissingRefError = exports.ValidationError = exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = exports.Ajv = void 0;
const core_1 = __nccwpck_require__(3893);
const draft7_1 = __nccwpck_require__(9941);
const discriminator_1 = __nccwpck_require__(8886);
const draft7MetaSchema = __nccwpck_require__(2079);
const META_SUPPORT_DATA = ["/properties"];
const META_SCHEMA_ID = "http://json-schema.org/draft-07/schema";
class Ajv extends core_1.default {
    _addVocabularies() {
        super._addVocabularies();
        draft7_1.default.forEach((v) => this.addVocabulary(v));
        if (this.opts.discriminator)
            this.addKeyword(discriminator_1.default);
    }
    _addDefaultMetaSchema() {
        super._addDefaultMetaSchema();
        if (!this.opts.meta)
            return;
        const metaSchema = this.opts.$data
            ? this.$dataMetaSchema(draft7MetaSchema, META_SUPPORT_DATA)
            : draft7MetaSchema;
        this.addMetaSchema(metaSchema, META_SCHEMA_ID, false);
        this.refs["http://json-schema.org/schema"] = META_SCHEMA_ID;
    }
    defaultMeta() {
        return (this.opts.defaultMeta =
            super.defaultMeta() || (this.getSchema(META_SCHEMA_ID) ? META_SCHEMA_ID : undefined));
    }
}
exports.Ajv = Ajv;
module.exports = exports = Ajv;
module.exports.Ajv = Ajv;
Object.defineProperty(exports, "__esModule", ({ value: true }));
exports["default"] = Ajv;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
var validation_error_1 = __nccwpck_require__(3021);
Object.defineProperty(exports, "ValidationError", ({ enumerable: true, get: function () { return validation_error_1.default; } }));
var ref_error_1 = __nccwpck_require__(3162);
Object.defineProperty(exports, "MissingRefError", ({ enumerable: true, get: function () { return ref_error_1.default; } }));
//# sourceMappingURL=ajv.js.map

/***/ }),

/***/ 567:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.regexpCode = exports.getEsmExportName = exports.getProperty = exports.safeStringify = exports.stringify = exports.strConcat = exports.addCodeArg = exports.str = exports._ = exports.nil = exports._Code = exports.Name = exports.IDENTIFIER = exports._CodeOrName = void 0;
// eslint-disable-next-line @typescript-eslint/no-extraneous-class
class _CodeOrName {
}
exports._CodeOrName = _CodeOrName;
exports.IDENTIFIER = /^[a-z$_][a-z$_0-9]*$/i;
class Name extends _CodeOrName {
    constructor(s) {
        super();
        if (!exports.IDENTIFIER.test(s))
            throw new Error("CodeGen: name must be a valid identifier");
        this.str = s;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        return false;
    }
    get names() {
        return { [this.str]: 1 };
    }
}
exports.Name = Name;
class _Code extends _CodeOrName {
    constructor(code) {
        super();
        this._items = typeof code === "string" ? [code] : code;
    }
    toString() {
        return this.str;
    }
    emptyStr() {
        if (this._items.length > 1)
            return false;
        const item = this._items[0];
        return item === "" || item === '""';
    }
    get str() {
        var _a;
        return ((_a = this._str) !== null && _a !== void 0 ? _a : (this._str = this._items.reduce((s, c) => `${s}${c}`, "")));
    }
    get names() {
        var _a;
        return ((_a = this._names) !== null && _a !== void 0 ? _a : (this._names = this._items.reduce((names, c) => {
            if (c instanceof Name)
                names[c.str] = (names[c.str] || 0) + 1;
            return names;
        }, {})));
    }
}
exports._Code = _Code;
exports.nil = new _Code("");
function _(strs, ...args) {
    const code = [strs[0]];
    let i = 0;
    while (i < args.length) {
        addCodeArg(code, args[i]);
        code.push(strs[++i]);
    }
    return new _Code(code);
}
exports._ = _;
const plus = new _Code("+");
function str(strs, ...args) {
    const expr = [safeStringify(strs[0])];
    let i = 0;
    while (i < args.length) {
        expr.push(plus);
        addCodeArg(expr, args[i]);
        expr.push(plus, safeStringify(strs[++i]));
    }
    optimize(expr);
    return new _Code(expr);
}
exports.str = str;
function addCodeArg(code, arg) {
    if (arg instanceof _Code)
        code.push(...arg._items);
    else if (arg instanceof Name)
        code.push(arg);
    else
        code.push(interpolate(arg));
}
exports.addCodeArg = addCodeArg;
function optimize(expr) {
    let i = 1;
    while (i < expr.length - 1) {
        if (expr[i] === plus) {
            const res = mergeExprItems(expr[i - 1], expr[i + 1]);
            if (res !== undefined) {
                expr.splice(i - 1, 3, res);
                continue;
            }
            expr[i++] = "+";
        }
        i++;
    }
}
function mergeExprItems(a, b) {
    if (b === '""')
        return a;
    if (a === '""')
        return b;
    if (typeof a == "string") {
        if (b instanceof Name || a[a.length - 1] !== '"')
            return;
        if (typeof b != "string")
            return `${a.slice(0, -1)}${b}"`;
        if (b[0] === '"')
            return a.slice(0, -1) + b.slice(1);
        return;
    }
    if (typeof b == "string" && b[0] === '"' && !(a instanceof Name))
        return `"${a}${b.slice(1)}`;
    return;
}
function strConcat(c1, c2) {
    return c2.emptyStr() ? c1 : c1.emptyStr() ? c2 : str `${c1}${c2}`;
}
exports.strConcat = strConcat;
// TODO do not allow arrays here
function interpolate(x) {
    return typeof x == "number" || typeof x == "boolean" || x === null
        ? x
        : safeStringify(Array.isArray(x) ? x.join(",") : x);
}
function stringify(x) {
    return new _Code(safeStringify(x));
}
exports.stringify = stringify;
function safeStringify(x) {
    return JSON.stringify(x)
        .replace(/\u2028/g, "\\u2028")
        .replace(/\u2029/g, "\\u2029");
}
exports.safeStringify = safeStringify;
function getProperty(key) {
    return typeof key == "string" && exports.IDENTIFIER.test(key) ? new _Code(`.${key}`) : _ `[${key}]`;
}
exports.getProperty = getProperty;
//Does best effort to format the name properly
function getEsmExportName(key) {
    if (typeof key == "string" && exports.IDENTIFIER.test(key)) {
        return new _Code(`${key}`);
    }
    throw new Error(`CodeGen: invalid export name: ${key}, use explicit $id name mapping`);
}
exports.getEsmExportName = getEsmExportName;
function regexpCode(rx) {
    return new _Code(rx.toString());
}
exports.regexpCode = regexpCode;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 1436:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.or = exports.and = exports.not = exports.CodeGen = exports.operators = exports.varKinds = exports.ValueScopeName = exports.ValueScope = exports.Scope = exports.Name = exports.regexpCode = exports.stringify = exports.getProperty = exports.nil = exports.strConcat = exports.str = exports._ = void 0;
const code_1 = __nccwpck_require__(567);
const scope_1 = __nccwpck_require__(7788);
var code_2 = __nccwpck_require__(567);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return code_2._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return code_2.str; } }));
Object.defineProperty(exports, "strConcat", ({ enumerable: true, get: function () { return code_2.strConcat; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return code_2.nil; } }));
Object.defineProperty(exports, "getProperty", ({ enumerable: true, get: function () { return code_2.getProperty; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return code_2.stringify; } }));
Object.defineProperty(exports, "regexpCode", ({ enumerable: true, get: function () { return code_2.regexpCode; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return code_2.Name; } }));
var scope_2 = __nccwpck_require__(7788);
Object.defineProperty(exports, "Scope", ({ enumerable: true, get: function () { return scope_2.Scope; } }));
Object.defineProperty(exports, "ValueScope", ({ enumerable: true, get: function () { return scope_2.ValueScope; } }));
Object.defineProperty(exports, "ValueScopeName", ({ enumerable: true, get: function () { return scope_2.ValueScopeName; } }));
Object.defineProperty(exports, "varKinds", ({ enumerable: true, get: function () { return scope_2.varKinds; } }));
exports.operators = {
    GT: new code_1._Code(">"),
    GTE: new code_1._Code(">="),
    LT: new code_1._Code("<"),
    LTE: new code_1._Code("<="),
    EQ: new code_1._Code("==="),
    NEQ: new code_1._Code("!=="),
    NOT: new code_1._Code("!"),
    OR: new code_1._Code("||"),
    AND: new code_1._Code("&&"),
    ADD: new code_1._Code("+"),
};
class Node {
    optimizeNodes() {
        return this;
    }
    optimizeNames(_names, _constants) {
        return this;
    }
}
class Def extends Node {
    constructor(varKind, name, rhs) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.rhs = rhs;
    }
    render({ es5, _n }) {
        const varKind = es5 ? scope_1.varKinds.var : this.varKind;
        const rhs = this.rhs === undefined ? "" : ` = ${this.rhs}`;
        return `${varKind} ${this.name}${rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (!names[this.name.str])
            return;
        if (this.rhs)
            this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        return this.rhs instanceof code_1._CodeOrName ? this.rhs.names : {};
    }
}
class Assign extends Node {
    constructor(lhs, rhs, sideEffects) {
        super();
        this.lhs = lhs;
        this.rhs = rhs;
        this.sideEffects = sideEffects;
    }
    render({ _n }) {
        return `${this.lhs} = ${this.rhs};` + _n;
    }
    optimizeNames(names, constants) {
        if (this.lhs instanceof code_1.Name && !names[this.lhs.str] && !this.sideEffects)
            return;
        this.rhs = optimizeExpr(this.rhs, names, constants);
        return this;
    }
    get names() {
        const names = this.lhs instanceof code_1.Name ? {} : { ...this.lhs.names };
        return addExprNames(names, this.rhs);
    }
}
class AssignOp extends Assign {
    constructor(lhs, op, rhs, sideEffects) {
        super(lhs, rhs, sideEffects);
        this.op = op;
    }
    render({ _n }) {
        return `${this.lhs} ${this.op}= ${this.rhs};` + _n;
    }
}
class Label extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        return `${this.label}:` + _n;
    }
}
class Break extends Node {
    constructor(label) {
        super();
        this.label = label;
        this.names = {};
    }
    render({ _n }) {
        const label = this.label ? ` ${this.label}` : "";
        return `break${label};` + _n;
    }
}
class Throw extends Node {
    constructor(error) {
        super();
        this.error = error;
    }
    render({ _n }) {
        return `throw ${this.error};` + _n;
    }
    get names() {
        return this.error.names;
    }
}
class AnyCode extends Node {
    constructor(code) {
        super();
        this.code = code;
    }
    render({ _n }) {
        return `${this.code};` + _n;
    }
    optimizeNodes() {
        return `${this.code}` ? this : undefined;
    }
    optimizeNames(names, constants) {
        this.code = optimizeExpr(this.code, names, constants);
        return this;
    }
    get names() {
        return this.code instanceof code_1._CodeOrName ? this.code.names : {};
    }
}
class ParentNode extends Node {
    constructor(nodes = []) {
        super();
        this.nodes = nodes;
    }
    render(opts) {
        return this.nodes.reduce((code, n) => code + n.render(opts), "");
    }
    optimizeNodes() {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            const n = nodes[i].optimizeNodes();
            if (Array.isArray(n))
                nodes.splice(i, 1, ...n);
            else if (n)
                nodes[i] = n;
            else
                nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    optimizeNames(names, constants) {
        const { nodes } = this;
        let i = nodes.length;
        while (i--) {
            // iterating backwards improves 1-pass optimization
            const n = nodes[i];
            if (n.optimizeNames(names, constants))
                continue;
            subtractNames(names, n.names);
            nodes.splice(i, 1);
        }
        return nodes.length > 0 ? this : undefined;
    }
    get names() {
        return this.nodes.reduce((names, n) => addNames(names, n.names), {});
    }
}
class BlockNode extends ParentNode {
    render(opts) {
        return "{" + opts._n + super.render(opts) + "}" + opts._n;
    }
}
class Root extends ParentNode {
}
class Else extends BlockNode {
}
Else.kind = "else";
class If extends BlockNode {
    constructor(condition, nodes) {
        super(nodes);
        this.condition = condition;
    }
    render(opts) {
        let code = `if(${this.condition})` + super.render(opts);
        if (this.else)
            code += "else " + this.else.render(opts);
        return code;
    }
    optimizeNodes() {
        super.optimizeNodes();
        const cond = this.condition;
        if (cond === true)
            return this.nodes; // else is ignored here
        let e = this.else;
        if (e) {
            const ns = e.optimizeNodes();
            e = this.else = Array.isArray(ns) ? new Else(ns) : ns;
        }
        if (e) {
            if (cond === false)
                return e instanceof If ? e : e.nodes;
            if (this.nodes.length)
                return this;
            return new If(not(cond), e instanceof If ? [e] : e.nodes);
        }
        if (cond === false || !this.nodes.length)
            return undefined;
        return this;
    }
    optimizeNames(names, constants) {
        var _a;
        this.else = (_a = this.else) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        if (!(super.optimizeNames(names, constants) || this.else))
            return;
        this.condition = optimizeExpr(this.condition, names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        addExprNames(names, this.condition);
        if (this.else)
            addNames(names, this.else.names);
        return names;
    }
}
If.kind = "if";
class For extends BlockNode {
}
For.kind = "for";
class ForLoop extends For {
    constructor(iteration) {
        super();
        this.iteration = iteration;
    }
    render(opts) {
        return `for(${this.iteration})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iteration = optimizeExpr(this.iteration, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iteration.names);
    }
}
class ForRange extends For {
    constructor(varKind, name, from, to) {
        super();
        this.varKind = varKind;
        this.name = name;
        this.from = from;
        this.to = to;
    }
    render(opts) {
        const varKind = opts.es5 ? scope_1.varKinds.var : this.varKind;
        const { name, from, to } = this;
        return `for(${varKind} ${name}=${from}; ${name}<${to}; ${name}++)` + super.render(opts);
    }
    get names() {
        const names = addExprNames(super.names, this.from);
        return addExprNames(names, this.to);
    }
}
class ForIter extends For {
    constructor(loop, varKind, name, iterable) {
        super();
        this.loop = loop;
        this.varKind = varKind;
        this.name = name;
        this.iterable = iterable;
    }
    render(opts) {
        return `for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})` + super.render(opts);
    }
    optimizeNames(names, constants) {
        if (!super.optimizeNames(names, constants))
            return;
        this.iterable = optimizeExpr(this.iterable, names, constants);
        return this;
    }
    get names() {
        return addNames(super.names, this.iterable.names);
    }
}
class Func extends BlockNode {
    constructor(name, args, async) {
        super();
        this.name = name;
        this.args = args;
        this.async = async;
    }
    render(opts) {
        const _async = this.async ? "async " : "";
        return `${_async}function ${this.name}(${this.args})` + super.render(opts);
    }
}
Func.kind = "func";
class Return extends ParentNode {
    render(opts) {
        return "return " + super.render(opts);
    }
}
Return.kind = "return";
class Try extends BlockNode {
    render(opts) {
        let code = "try" + super.render(opts);
        if (this.catch)
            code += this.catch.render(opts);
        if (this.finally)
            code += this.finally.render(opts);
        return code;
    }
    optimizeNodes() {
        var _a, _b;
        super.optimizeNodes();
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNodes();
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNodes();
        return this;
    }
    optimizeNames(names, constants) {
        var _a, _b;
        super.optimizeNames(names, constants);
        (_a = this.catch) === null || _a === void 0 ? void 0 : _a.optimizeNames(names, constants);
        (_b = this.finally) === null || _b === void 0 ? void 0 : _b.optimizeNames(names, constants);
        return this;
    }
    get names() {
        const names = super.names;
        if (this.catch)
            addNames(names, this.catch.names);
        if (this.finally)
            addNames(names, this.finally.names);
        return names;
    }
}
class Catch extends BlockNode {
    constructor(error) {
        super();
        this.error = error;
    }
    render(opts) {
        return `catch(${this.error})` + super.render(opts);
    }
}
Catch.kind = "catch";
class Finally extends BlockNode {
    render(opts) {
        return "finally" + super.render(opts);
    }
}
Finally.kind = "finally";
class CodeGen {
    constructor(extScope, opts = {}) {
        this._values = {};
        this._blockStarts = [];
        this._constants = {};
        this.opts = { ...opts, _n: opts.lines ? "\n" : "" };
        this._extScope = extScope;
        this._scope = new scope_1.Scope({ parent: extScope });
        this._nodes = [new Root()];
    }
    toString() {
        return this._root.render(this.opts);
    }
    // returns unique name in the internal scope
    name(prefix) {
        return this._scope.name(prefix);
    }
    // reserves unique name in the external scope
    scopeName(prefix) {
        return this._extScope.name(prefix);
    }
    // reserves unique name in the external scope and assigns value to it
    scopeValue(prefixOrName, value) {
        const name = this._extScope.value(prefixOrName, value);
        const vs = this._values[name.prefix] || (this._values[name.prefix] = new Set());
        vs.add(name);
        return name;
    }
    getScopeValue(prefix, keyOrRef) {
        return this._extScope.getValue(prefix, keyOrRef);
    }
    // return code that assigns values in the external scope to the names that are used internally
    // (same names that were returned by gen.scopeName or gen.scopeValue)
    scopeRefs(scopeName) {
        return this._extScope.scopeRefs(scopeName, this._values);
    }
    scopeCode() {
        return this._extScope.scopeCode(this._values);
    }
    _def(varKind, nameOrPrefix, rhs, constant) {
        const name = this._scope.toName(nameOrPrefix);
        if (rhs !== undefined && constant)
            this._constants[name.str] = rhs;
        this._leafNode(new Def(varKind, name, rhs));
        return name;
    }
    // `const` declaration (`var` in es5 mode)
    const(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.const, nameOrPrefix, rhs, _constant);
    }
    // `let` declaration with optional assignment (`var` in es5 mode)
    let(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.let, nameOrPrefix, rhs, _constant);
    }
    // `var` declaration with optional assignment
    var(nameOrPrefix, rhs, _constant) {
        return this._def(scope_1.varKinds.var, nameOrPrefix, rhs, _constant);
    }
    // assignment code
    assign(lhs, rhs, sideEffects) {
        return this._leafNode(new Assign(lhs, rhs, sideEffects));
    }
    // `+=` code
    add(lhs, rhs) {
        return this._leafNode(new AssignOp(lhs, exports.operators.ADD, rhs));
    }
    // appends passed SafeExpr to code or executes Block
    code(c) {
        if (typeof c == "function")
            c();
        else if (c !== code_1.nil)
            this._leafNode(new AnyCode(c));
        return this;
    }
    // returns code for object literal for the passed argument list of key-value pairs
    object(...keyValues) {
        const code = ["{"];
        for (const [key, value] of keyValues) {
            if (code.length > 1)
                code.push(",");
            code.push(key);
            if (key !== value || this.opts.es5) {
                code.push(":");
                (0, code_1.addCodeArg)(code, value);
            }
        }
        code.push("}");
        return new code_1._Code(code);
    }
    // `if` clause (or statement if `thenBody` and, optionally, `elseBody` are passed)
    if(condition, thenBody, elseBody) {
        this._blockNode(new If(condition));
        if (thenBody && elseBody) {
            this.code(thenBody).else().code(elseBody).endIf();
        }
        else if (thenBody) {
            this.code(thenBody).endIf();
        }
        else if (elseBody) {
            throw new Error('CodeGen: "else" body without "then" body');
        }
        return this;
    }
    // `else if` clause - invalid without `if` or after `else` clauses
    elseIf(condition) {
        return this._elseNode(new If(condition));
    }
    // `else` clause - only valid after `if` or `else if` clauses
    else() {
        return this._elseNode(new Else());
    }
    // end `if` statement (needed if gen.if was used only with condition)
    endIf() {
        return this._endBlockNode(If, Else);
    }
    _for(node, forBody) {
        this._blockNode(node);
        if (forBody)
            this.code(forBody).endFor();
        return this;
    }
    // a generic `for` clause (or statement if `forBody` is passed)
    for(iteration, forBody) {
        return this._for(new ForLoop(iteration), forBody);
    }
    // `for` statement for a range of values
    forRange(nameOrPrefix, from, to, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.let) {
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForRange(varKind, name, from, to), () => forBody(name));
    }
    // `for-of` statement (in es5 mode replace with a normal for loop)
    forOf(nameOrPrefix, iterable, forBody, varKind = scope_1.varKinds.const) {
        const name = this._scope.toName(nameOrPrefix);
        if (this.opts.es5) {
            const arr = iterable instanceof code_1.Name ? iterable : this.var("_arr", iterable);
            return this.forRange("_i", 0, (0, code_1._) `${arr}.length`, (i) => {
                this.var(name, (0, code_1._) `${arr}[${i}]`);
                forBody(name);
            });
        }
        return this._for(new ForIter("of", varKind, name, iterable), () => forBody(name));
    }
    // `for-in` statement.
    // With option `ownProperties` replaced with a `for-of` loop for object keys
    forIn(nameOrPrefix, obj, forBody, varKind = this.opts.es5 ? scope_1.varKinds.var : scope_1.varKinds.const) {
        if (this.opts.ownProperties) {
            return this.forOf(nameOrPrefix, (0, code_1._) `Object.keys(${obj})`, forBody);
        }
        const name = this._scope.toName(nameOrPrefix);
        return this._for(new ForIter("in", varKind, name, obj), () => forBody(name));
    }
    // end `for` loop
    endFor() {
        return this._endBlockNode(For);
    }
    // `label` statement
    label(label) {
        return this._leafNode(new Label(label));
    }
    // `break` statement
    break(label) {
        return this._leafNode(new Break(label));
    }
    // `return` statement
    return(value) {
        const node = new Return();
        this._blockNode(node);
        this.code(value);
        if (node.nodes.length !== 1)
            throw new Error('CodeGen: "return" should have one node');
        return this._endBlockNode(Return);
    }
    // `try` statement
    try(tryBody, catchCode, finallyCode) {
        if (!catchCode && !finallyCode)
            throw new Error('CodeGen: "try" without "catch" and "finally"');
        const node = new Try();
        this._blockNode(node);
        this.code(tryBody);
        if (catchCode) {
            const error = this.name("e");
            this._currNode = node.catch = new Catch(error);
            catchCode(error);
        }
        if (finallyCode) {
            this._currNode = node.finally = new Finally();
            this.code(finallyCode);
        }
        return this._endBlockNode(Catch, Finally);
    }
    // `throw` statement
    throw(error) {
        return this._leafNode(new Throw(error));
    }
    // start self-balancing block
    block(body, nodeCount) {
        this._blockStarts.push(this._nodes.length);
        if (body)
            this.code(body).endBlock(nodeCount);
        return this;
    }
    // end the current self-balancing block
    endBlock(nodeCount) {
        const len = this._blockStarts.pop();
        if (len === undefined)
            throw new Error("CodeGen: not in self-balancing block");
        const toClose = this._nodes.length - len;
        if (toClose < 0 || (nodeCount !== undefined && toClose !== nodeCount)) {
            throw new Error(`CodeGen: wrong number of nodes: ${toClose} vs ${nodeCount} expected`);
        }
        this._nodes.length = len;
        return this;
    }
    // `function` heading (or definition if funcBody is passed)
    func(name, args = code_1.nil, async, funcBody) {
        this._blockNode(new Func(name, args, async));
        if (funcBody)
            this.code(funcBody).endFunc();
        return this;
    }
    // end function definition
    endFunc() {
        return this._endBlockNode(Func);
    }
    optimize(n = 1) {
        while (n-- > 0) {
            this._root.optimizeNodes();
            this._root.optimizeNames(this._root.names, this._constants);
        }
    }
    _leafNode(node) {
        this._currNode.nodes.push(node);
        return this;
    }
    _blockNode(node) {
        this._currNode.nodes.push(node);
        this._nodes.push(node);
    }
    _endBlockNode(N1, N2) {
        const n = this._currNode;
        if (n instanceof N1 || (N2 && n instanceof N2)) {
            this._nodes.pop();
            return this;
        }
        throw new Error(`CodeGen: not in block "${N2 ? `${N1.kind}/${N2.kind}` : N1.kind}"`);
    }
    _elseNode(node) {
        const n = this._currNode;
        if (!(n instanceof If)) {
            throw new Error('CodeGen: "else" without "if"');
        }
        this._currNode = n.else = node;
        return this;
    }
    get _root() {
        return this._nodes[0];
    }
    get _currNode() {
        const ns = this._nodes;
        return ns[ns.length - 1];
    }
    set _currNode(node) {
        const ns = this._nodes;
        ns[ns.length - 1] = node;
    }
}
exports.CodeGen = CodeGen;
function addNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) + (from[n] || 0);
    return names;
}
function addExprNames(names, from) {
    return from instanceof code_1._CodeOrName ? addNames(names, from.names) : names;
}
function optimizeExpr(expr, names, constants) {
    if (expr instanceof code_1.Name)
        return replaceName(expr);
    if (!canOptimize(expr))
        return expr;
    return new code_1._Code(expr._items.reduce((items, c) => {
        if (c instanceof code_1.Name)
            c = replaceName(c);
        if (c instanceof code_1._Code)
            items.push(...c._items);
        else
            items.push(c);
        return items;
    }, []));
    function replaceName(n) {
        const c = constants[n.str];
        if (c === undefined || names[n.str] !== 1)
            return n;
        delete names[n.str];
        return c;
    }
    function canOptimize(e) {
        return (e instanceof code_1._Code &&
            e._items.some((c) => c instanceof code_1.Name && names[c.str] === 1 && constants[c.str] !== undefined));
    }
}
function subtractNames(names, from) {
    for (const n in from)
        names[n] = (names[n] || 0) - (from[n] || 0);
}
function not(x) {
    return typeof x == "boolean" || typeof x == "number" || x === null ? !x : (0, code_1._) `!${par(x)}`;
}
exports.not = not;
const andCode = mappend(exports.operators.AND);
// boolean AND (&&) expression with the passed arguments
function and(...args) {
    return args.reduce(andCode);
}
exports.and = and;
const orCode = mappend(exports.operators.OR);
// boolean OR (||) expression with the passed arguments
function or(...args) {
    return args.reduce(orCode);
}
exports.or = or;
function mappend(op) {
    return (x, y) => (x === code_1.nil ? y : y === code_1.nil ? x : (0, code_1._) `${par(x)} ${op} ${par(y)}`);
}
function par(x) {
    return x instanceof code_1.Name ? x : (0, code_1._) `(${x})`;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.ValueScope = exports.ValueScopeName = exports.Scope = exports.varKinds = exports.UsedValueState = void 0;
const code_1 = __nccwpck_require__(567);
class ValueError extends Error {
    constructor(name) {
        super(`CodeGen: "code" for ${name} not defined`);
        this.value = name.value;
    }
}
var UsedValueState;
(function (UsedValueState) {
    UsedValueState[UsedValueState["Started"] = 0] = "Started";
    UsedValueState[UsedValueState["Completed"] = 1] = "Completed";
})(UsedValueState || (exports.UsedValueState = UsedValueState = {}));
exports.varKinds = {
    const: new code_1.Name("const"),
    let: new code_1.Name("let"),
    var: new code_1.Name("var"),
};
class Scope {
    constructor({ prefixes, parent } = {}) {
        this._names = {};
        this._prefixes = prefixes;
        this._parent = parent;
    }
    toName(nameOrPrefix) {
        return nameOrPrefix instanceof code_1.Name ? nameOrPrefix : this.name(nameOrPrefix);
    }
    name(prefix) {
        return new code_1.Name(this._newName(prefix));
    }
    _newName(prefix) {
        const ng = this._names[prefix] || this._nameGroup(prefix);
        return `${prefix}${ng.index++}`;
    }
    _nameGroup(prefix) {
        var _a, _b;
        if (((_b = (_a = this._parent) === null || _a === void 0 ? void 0 : _a._prefixes) === null || _b === void 0 ? void 0 : _b.has(prefix)) || (this._prefixes && !this._prefixes.has(prefix))) {
            throw new Error(`CodeGen: prefix "${prefix}" is not allowed in this scope`);
        }
        return (this._names[prefix] = { prefix, index: 0 });
    }
}
exports.Scope = Scope;
class ValueScopeName extends code_1.Name {
    constructor(prefix, nameStr) {
        super(nameStr);
        this.prefix = prefix;
    }
    setValue(value, { property, itemIndex }) {
        this.value = value;
        this.scopePath = (0, code_1._) `.${new code_1.Name(property)}[${itemIndex}]`;
    }
}
exports.ValueScopeName = ValueScopeName;
const line = (0, code_1._) `\n`;
class ValueScope extends Scope {
    constructor(opts) {
        super(opts);
        this._values = {};
        this._scope = opts.scope;
        this.opts = { ...opts, _n: opts.lines ? line : code_1.nil };
    }
    get() {
        return this._scope;
    }
    name(prefix) {
        return new ValueScopeName(prefix, this._newName(prefix));
    }
    value(nameOrPrefix, value) {
        var _a;
        if (value.ref === undefined)
            throw new Error("CodeGen: ref must be passed in value");
        const name = this.toName(nameOrPrefix);
        const { prefix } = name;
        const valueKey = (_a = value.key) !== null && _a !== void 0 ? _a : value.ref;
        let vs = this._values[prefix];
        if (vs) {
            const _name = vs.get(valueKey);
            if (_name)
                return _name;
        }
        else {
            vs = this._values[prefix] = new Map();
        }
        vs.set(valueKey, name);
        const s = this._scope[prefix] || (this._scope[prefix] = []);
        const itemIndex = s.length;
        s[itemIndex] = value.ref;
        name.setValue(value, { property: prefix, itemIndex });
        return name;
    }
    getValue(prefix, keyOrRef) {
        const vs = this._values[prefix];
        if (!vs)
            return;
        return vs.get(keyOrRef);
    }
    scopeRefs(scopeName, values = this._values) {
        return this._reduceValues(values, (name) => {
            if (name.scopePath === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return (0, code_1._) `${scopeName}${name.scopePath}`;
        });
    }
    scopeCode(values = this._values, usedValues, getCode) {
        return this._reduceValues(values, (name) => {
            if (name.value === undefined)
                throw new Error(`CodeGen: name "${name}" has no value`);
            return name.value.code;
        }, usedValues, getCode);
    }
    _reduceValues(values, valueCode, usedValues = {}, getCode) {
        let code = code_1.nil;
        for (const prefix in values) {
            const vs = values[prefix];
            if (!vs)
                continue;
            const nameSet = (usedValues[prefix] = usedValues[prefix] || new Map());
            vs.forEach((name) => {
                if (nameSet.has(name))
                    return;
                nameSet.set(name, UsedValueState.Started);
                let c = valueCode(name);
                if (c) {
                    const def = this.opts.es5 ? exports.varKinds.var : exports.varKinds.const;
                    code = (0, code_1._) `${code}${def} ${name} = ${c};${this.opts._n}`;
                }
                else if ((c = getCode === null || getCode === void 0 ? void 0 : getCode(name))) {
                    code = (0, code_1._) `${code}${c}${this.opts._n}`;
                }
                else {
                    throw new ValueError(name);
                }
                nameSet.set(name, UsedValueState.Completed);
            });
        }
        return code;
    }
}
exports.ValueScope = ValueScope;
//# sourceMappingURL=scope.js.map

/***/ }),

/***/ 1283:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendErrors = exports.resetErrorsCount = exports.reportExtraError = exports.reportError = exports.keyword$DataError = exports.keywordError = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
exports.keywordError = {
    message: ({ keyword }) => (0, codegen_1.str) `must pass "${keyword}" keyword validation`,
};
exports.keyword$DataError = {
    message: ({ keyword, schemaType }) => schemaType
        ? (0, codegen_1.str) `"${keyword}" keyword must be ${schemaType} ($data)`
        : (0, codegen_1.str) `"${keyword}" keyword is invalid ($data)`,
};
function reportError(cxt, error = exports.keywordError, errorPaths, overrideAllErrors) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    if (overrideAllErrors !== null && overrideAllErrors !== void 0 ? overrideAllErrors : (compositeRule || allErrors)) {
        addError(gen, errObj);
    }
    else {
        returnErrors(it, (0, codegen_1._) `[${errObj}]`);
    }
}
exports.reportError = reportError;
function reportExtraError(cxt, error = exports.keywordError, errorPaths) {
    const { it } = cxt;
    const { gen, compositeRule, allErrors } = it;
    const errObj = errorObjectCode(cxt, error, errorPaths);
    addError(gen, errObj);
    if (!(compositeRule || allErrors)) {
        returnErrors(it, names_1.default.vErrors);
    }
}
exports.reportExtraError = reportExtraError;
function resetErrorsCount(gen, errsCount) {
    gen.assign(names_1.default.errors, errsCount);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} !== null`, () => gen.if(errsCount, () => gen.assign((0, codegen_1._) `${names_1.default.vErrors}.length`, errsCount), () => gen.assign(names_1.default.vErrors, null)));
}
exports.resetErrorsCount = resetErrorsCount;
function extendErrors({ gen, keyword, schemaValue, data, errsCount, it, }) {
    /* istanbul ignore if */
    if (errsCount === undefined)
        throw new Error("ajv implementation error");
    const err = gen.name("err");
    gen.forRange("i", errsCount, names_1.default.errors, (i) => {
        gen.const(err, (0, codegen_1._) `${names_1.default.vErrors}[${i}]`);
        gen.if((0, codegen_1._) `${err}.instancePath === undefined`, () => gen.assign((0, codegen_1._) `${err}.instancePath`, (0, codegen_1.strConcat)(names_1.default.instancePath, it.errorPath)));
        gen.assign((0, codegen_1._) `${err}.schemaPath`, (0, codegen_1.str) `${it.errSchemaPath}/${keyword}`);
        if (it.opts.verbose) {
            gen.assign((0, codegen_1._) `${err}.schema`, schemaValue);
            gen.assign((0, codegen_1._) `${err}.data`, data);
        }
    });
}
exports.extendErrors = extendErrors;
function addError(gen, errObj) {
    const err = gen.const("err", errObj);
    gen.if((0, codegen_1._) `${names_1.default.vErrors} === null`, () => gen.assign(names_1.default.vErrors, (0, codegen_1._) `[${err}]`), (0, codegen_1._) `${names_1.default.vErrors}.push(${err})`);
    gen.code((0, codegen_1._) `${names_1.default.errors}++`);
}
function returnErrors(it, errs) {
    const { gen, validateName, schemaEnv } = it;
    if (schemaEnv.$async) {
        gen.throw((0, codegen_1._) `new ${it.ValidationError}(${errs})`);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, errs);
        gen.return(false);
    }
}
const E = {
    keyword: new codegen_1.Name("keyword"),
    schemaPath: new codegen_1.Name("schemaPath"), // also used in JTD errors
    params: new codegen_1.Name("params"),
    propertyName: new codegen_1.Name("propertyName"),
    message: new codegen_1.Name("message"),
    schema: new codegen_1.Name("schema"),
    parentSchema: new codegen_1.Name("parentSchema"),
};
function errorObjectCode(cxt, error, errorPaths) {
    const { createErrors } = cxt.it;
    if (createErrors === false)
        return (0, codegen_1._) `{}`;
    return errorObject(cxt, error, errorPaths);
}
function errorObject(cxt, error, errorPaths = {}) {
    const { gen, it } = cxt;
    const keyValues = [
        errorInstancePath(it, errorPaths),
        errorSchemaPath(cxt, errorPaths),
    ];
    extraErrorProps(cxt, error, keyValues);
    return gen.object(...keyValues);
}
function errorInstancePath({ errorPath }, { instancePath }) {
    const instPath = instancePath
        ? (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(instancePath, util_1.Type.Str)}`
        : errorPath;
    return [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, instPath)];
}
function errorSchemaPath({ keyword, it: { errSchemaPath } }, { schemaPath, parentSchema }) {
    let schPath = parentSchema ? errSchemaPath : (0, codegen_1.str) `${errSchemaPath}/${keyword}`;
    if (schemaPath) {
        schPath = (0, codegen_1.str) `${schPath}${(0, util_1.getErrorPath)(schemaPath, util_1.Type.Str)}`;
    }
    return [E.schemaPath, schPath];
}
function extraErrorProps(cxt, { params, message }, keyValues) {
    const { keyword, data, schemaValue, it } = cxt;
    const { opts, propertyName, topSchemaRef, schemaPath } = it;
    keyValues.push([E.keyword, keyword], [E.params, typeof params == "function" ? params(cxt) : params || (0, codegen_1._) `{}`]);
    if (opts.messages) {
        keyValues.push([E.message, typeof message == "function" ? message(cxt) : message]);
    }
    if (opts.verbose) {
        keyValues.push([E.schema, schemaValue], [E.parentSchema, (0, codegen_1._) `${topSchemaRef}${schemaPath}`], [names_1.default.data, data]);
    }
    if (propertyName)
        keyValues.push([E.propertyName, propertyName]);
}
//# sourceMappingURL=errors.js.map

/***/ }),

/***/ 2718:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.resolveSchema = exports.getCompilingSchema = exports.resolveRef = exports.compileSchema = exports.SchemaEnv = void 0;
const codegen_1 = __nccwpck_require__(1436);
const validation_error_1 = __nccwpck_require__(3021);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const validate_1 = __nccwpck_require__(7881);
class SchemaEnv {
    constructor(env) {
        var _a;
        this.refs = {};
        this.dynamicAnchors = {};
        let schema;
        if (typeof env.schema == "object")
            schema = env.schema;
        this.schema = env.schema;
        this.schemaId = env.schemaId;
        this.root = env.root || this;
        this.baseId = (_a = env.baseId) !== null && _a !== void 0 ? _a : (0, resolve_1.normalizeId)(schema === null || schema === void 0 ? void 0 : schema[env.schemaId || "$id"]);
        this.schemaPath = env.schemaPath;
        this.localRefs = env.localRefs;
        this.meta = env.meta;
        this.$async = schema === null || schema === void 0 ? void 0 : schema.$async;
        this.refs = {};
    }
}
exports.SchemaEnv = SchemaEnv;
// let codeSize = 0
// let nodeCount = 0
// Compiles schema in SchemaEnv
function compileSchema(sch) {
    // TODO refactor - remove compilations
    const _sch = getCompilingSchema.call(this, sch);
    if (_sch)
        return _sch;
    const rootId = (0, resolve_1.getFullPath)(this.opts.uriResolver, sch.root.baseId); // TODO if getFullPath removed 1 tests fails
    const { es5, lines } = this.opts.code;
    const { ownProperties } = this.opts;
    const gen = new codegen_1.CodeGen(this.scope, { es5, lines, ownProperties });
    let _ValidationError;
    if (sch.$async) {
        _ValidationError = gen.scopeValue("Error", {
            ref: validation_error_1.default,
            code: (0, codegen_1._) `require("ajv/dist/runtime/validation_error").default`,
        });
    }
    const validateName = gen.scopeName("validate");
    sch.validateName = validateName;
    const schemaCxt = {
        gen,
        allErrors: this.opts.allErrors,
        data: names_1.default.data,
        parentData: names_1.default.parentData,
        parentDataProperty: names_1.default.parentDataProperty,
        dataNames: [names_1.default.data],
        dataPathArr: [codegen_1.nil], // TODO can its length be used as dataLevel if nil is removed?
        dataLevel: 0,
        dataTypes: [],
        definedProperties: new Set(),
        topSchemaRef: gen.scopeValue("schema", this.opts.code.source === true
            ? { ref: sch.schema, code: (0, codegen_1.stringify)(sch.schema) }
            : { ref: sch.schema }),
        validateName,
        ValidationError: _ValidationError,
        schema: sch.schema,
        schemaEnv: sch,
        rootId,
        baseId: sch.baseId || rootId,
        schemaPath: codegen_1.nil,
        errSchemaPath: sch.schemaPath || (this.opts.jtd ? "" : "#"),
        errorPath: (0, codegen_1._) `""`,
        opts: this.opts,
        self: this,
    };
    let sourceCode;
    try {
        this._compilations.add(sch);
        (0, validate_1.validateFunctionCode)(schemaCxt);
        gen.optimize(this.opts.code.optimize);
        // gen.optimize(1)
        const validateCode = gen.toString();
        sourceCode = `${gen.scopeRefs(names_1.default.scope)}return ${validateCode}`;
        // console.log((codeSize += sourceCode.length), (nodeCount += gen.nodeCount))
        if (this.opts.code.process)
            sourceCode = this.opts.code.process(sourceCode, sch);
        // console.log("\n\n\n *** \n", sourceCode)
        const makeValidate = new Function(`${names_1.default.self}`, `${names_1.default.scope}`, sourceCode);
        const validate = makeValidate(this, this.scope.get());
        this.scope.value(validateName, { ref: validate });
        validate.errors = null;
        validate.schema = sch.schema;
        validate.schemaEnv = sch;
        if (sch.$async)
            validate.$async = true;
        if (this.opts.code.source === true) {
            validate.source = { validateName, validateCode, scopeValues: gen._values };
        }
        if (this.opts.unevaluated) {
            const { props, items } = schemaCxt;
            validate.evaluated = {
                props: props instanceof codegen_1.Name ? undefined : props,
                items: items instanceof codegen_1.Name ? undefined : items,
                dynamicProps: props instanceof codegen_1.Name,
                dynamicItems: items instanceof codegen_1.Name,
            };
            if (validate.source)
                validate.source.evaluated = (0, codegen_1.stringify)(validate.evaluated);
        }
        sch.validate = validate;
        return sch;
    }
    catch (e) {
        delete sch.validate;
        delete sch.validateName;
        if (sourceCode)
            this.logger.error("Error compiling schema, function code:", sourceCode);
        // console.log("\n\n\n *** \n", sourceCode, this.opts)
        throw e;
    }
    finally {
        this._compilations.delete(sch);
    }
}
exports.compileSchema = compileSchema;
function resolveRef(root, baseId, ref) {
    var _a;
    ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, ref);
    const schOrFunc = root.refs[ref];
    if (schOrFunc)
        return schOrFunc;
    let _sch = resolve.call(this, root, ref);
    if (_sch === undefined) {
        const schema = (_a = root.localRefs) === null || _a === void 0 ? void 0 : _a[ref]; // TODO maybe localRefs should hold SchemaEnv
        const { schemaId } = this.opts;
        if (schema)
            _sch = new SchemaEnv({ schema, schemaId, root, baseId });
    }
    if (_sch === undefined)
        return;
    return (root.refs[ref] = inlineOrCompile.call(this, _sch));
}
exports.resolveRef = resolveRef;
function inlineOrCompile(sch) {
    if ((0, resolve_1.inlineRef)(sch.schema, this.opts.inlineRefs))
        return sch.schema;
    return sch.validate ? sch : compileSchema.call(this, sch);
}
// Index of schema compilation in the currently compiled list
function getCompilingSchema(schEnv) {
    for (const sch of this._compilations) {
        if (sameSchemaEnv(sch, schEnv))
            return sch;
    }
}
exports.getCompilingSchema = getCompilingSchema;
function sameSchemaEnv(s1, s2) {
    return s1.schema === s2.schema && s1.root === s2.root && s1.baseId === s2.baseId;
}
// resolve and compile the references ($ref)
// TODO returns AnySchemaObject (if the schema can be inlined) or validation function
function resolve(root, // information about the root schema for the current schema
ref // reference to resolve
) {
    let sch;
    while (typeof (sch = this.refs[ref]) == "string")
        ref = sch;
    return sch || this.schemas[ref] || resolveSchema.call(this, root, ref);
}
// Resolve schema, its root and baseId
function resolveSchema(root, // root object with properties schema, refs TODO below SchemaEnv is assigned to it
ref // reference to resolve
) {
    const p = this.opts.uriResolver.parse(ref);
    const refPath = (0, resolve_1._getFullPath)(this.opts.uriResolver, p);
    let baseId = (0, resolve_1.getFullPath)(this.opts.uriResolver, root.baseId, undefined);
    // TODO `Object.keys(root.schema).length > 0` should not be needed - but removing breaks 2 tests
    if (Object.keys(root.schema).length > 0 && refPath === baseId) {
        return getJsonPointer.call(this, p, root);
    }
    const id = (0, resolve_1.normalizeId)(refPath);
    const schOrRef = this.refs[id] || this.schemas[id];
    if (typeof schOrRef == "string") {
        const sch = resolveSchema.call(this, root, schOrRef);
        if (typeof (sch === null || sch === void 0 ? void 0 : sch.schema) !== "object")
            return;
        return getJsonPointer.call(this, p, sch);
    }
    if (typeof (schOrRef === null || schOrRef === void 0 ? void 0 : schOrRef.schema) !== "object")
        return;
    if (!schOrRef.validate)
        compileSchema.call(this, schOrRef);
    if (id === (0, resolve_1.normalizeId)(ref)) {
        const { schema } = schOrRef;
        const { schemaId } = this.opts;
        const schId = schema[schemaId];
        if (schId)
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        return new SchemaEnv({ schema, schemaId, root, baseId });
    }
    return getJsonPointer.call(this, p, schOrRef);
}
exports.resolveSchema = resolveSchema;
const PREVENT_SCOPE_CHANGE = new Set([
    "properties",
    "patternProperties",
    "enum",
    "dependencies",
    "definitions",
]);
function getJsonPointer(parsedRef, { baseId, schema, root }) {
    var _a;
    if (((_a = parsedRef.fragment) === null || _a === void 0 ? void 0 : _a[0]) !== "/")
        return;
    for (const part of parsedRef.fragment.slice(1).split("/")) {
        if (typeof schema === "boolean")
            return;
        const partSchema = schema[(0, util_1.unescapeFragment)(part)];
        if (partSchema === undefined)
            return;
        schema = partSchema;
        // TODO PREVENT_SCOPE_CHANGE could be defined in keyword def?
        const schId = typeof schema === "object" && schema[this.opts.schemaId];
        if (!PREVENT_SCOPE_CHANGE.has(part) && schId) {
            baseId = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schId);
        }
    }
    let env;
    if (typeof schema != "boolean" && schema.$ref && !(0, util_1.schemaHasRulesButRef)(schema, this.RULES)) {
        const $ref = (0, resolve_1.resolveUrl)(this.opts.uriResolver, baseId, schema.$ref);
        env = resolveSchema.call(this, root, $ref);
    }
    // even though resolution failed we need to return SchemaEnv to throw exception
    // so that compileAsync loads missing schema.
    const { schemaId } = this.opts;
    env = env || new SchemaEnv({ schema, schemaId, root, baseId });
    if (env.schema !== env.root.schema)
        return env;
    return undefined;
}
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 630:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const names = {
    // validation function arguments
    data: new codegen_1.Name("data"), // data passed to validation function
    // args passed from referencing schema
    valCxt: new codegen_1.Name("valCxt"), // validation/data context - should not be used directly, it is destructured to the names below
    instancePath: new codegen_1.Name("instancePath"),
    parentData: new codegen_1.Name("parentData"),
    parentDataProperty: new codegen_1.Name("parentDataProperty"),
    rootData: new codegen_1.Name("rootData"), // root data - same as the data passed to the first/top validation function
    dynamicAnchors: new codegen_1.Name("dynamicAnchors"), // used to support recursiveRef and dynamicRef
    // function scoped variables
    vErrors: new codegen_1.Name("vErrors"), // null or array of validation errors
    errors: new codegen_1.Name("errors"), // counter of validation errors
    this: new codegen_1.Name("this"),
    // "globals"
    self: new codegen_1.Name("self"),
    scope: new codegen_1.Name("scope"),
    // JTD serialize/parse name for JSON string and position
    json: new codegen_1.Name("json"),
    jsonPos: new codegen_1.Name("jsonPos"),
    jsonLen: new codegen_1.Name("jsonLen"),
    jsonPart: new codegen_1.Name("jsonPart"),
};
exports["default"] = names;
//# sourceMappingURL=names.js.map

/***/ }),

/***/ 3162:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const resolve_1 = __nccwpck_require__(4090);
class MissingRefError extends Error {
    constructor(resolver, baseId, ref, msg) {
        super(msg || `can't resolve reference ${ref} from id ${baseId}`);
        this.missingRef = (0, resolve_1.resolveUrl)(resolver, baseId, ref);
        this.missingSchema = (0, resolve_1.normalizeId)((0, resolve_1.getFullPath)(resolver, this.missingRef));
    }
}
exports["default"] = MissingRefError;
//# sourceMappingURL=ref_error.js.map

/***/ }),

/***/ 4090:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getSchemaRefs = exports.resolveUrl = exports.normalizeId = exports._getFullPath = exports.getFullPath = exports.inlineRef = void 0;
const util_1 = __nccwpck_require__(4464);
const equal = __nccwpck_require__(3430);
const traverse = __nccwpck_require__(1167);
// TODO refactor to use keyword definitions
const SIMPLE_INLINED = new Set([
    "type",
    "format",
    "pattern",
    "maxLength",
    "minLength",
    "maxProperties",
    "minProperties",
    "maxItems",
    "minItems",
    "maximum",
    "minimum",
    "uniqueItems",
    "multipleOf",
    "required",
    "enum",
    "const",
]);
function inlineRef(schema, limit = true) {
    if (typeof schema == "boolean")
        return true;
    if (limit === true)
        return !hasRef(schema);
    if (!limit)
        return false;
    return countKeys(schema) <= limit;
}
exports.inlineRef = inlineRef;
const REF_KEYWORDS = new Set([
    "$ref",
    "$recursiveRef",
    "$recursiveAnchor",
    "$dynamicRef",
    "$dynamicAnchor",
]);
function hasRef(schema) {
    for (const key in schema) {
        if (REF_KEYWORDS.has(key))
            return true;
        const sch = schema[key];
        if (Array.isArray(sch) && sch.some(hasRef))
            return true;
        if (typeof sch == "object" && hasRef(sch))
            return true;
    }
    return false;
}
function countKeys(schema) {
    let count = 0;
    for (const key in schema) {
        if (key === "$ref")
            return Infinity;
        count++;
        if (SIMPLE_INLINED.has(key))
            continue;
        if (typeof schema[key] == "object") {
            (0, util_1.eachItem)(schema[key], (sch) => (count += countKeys(sch)));
        }
        if (count === Infinity)
            return Infinity;
    }
    return count;
}
function getFullPath(resolver, id = "", normalize) {
    if (normalize !== false)
        id = normalizeId(id);
    const p = resolver.parse(id);
    return _getFullPath(resolver, p);
}
exports.getFullPath = getFullPath;
function _getFullPath(resolver, p) {
    const serialized = resolver.serialize(p);
    return serialized.split("#")[0] + "#";
}
exports._getFullPath = _getFullPath;
const TRAILING_SLASH_HASH = /#\/?$/;
function normalizeId(id) {
    return id ? id.replace(TRAILING_SLASH_HASH, "") : "";
}
exports.normalizeId = normalizeId;
function resolveUrl(resolver, baseId, id) {
    id = normalizeId(id);
    return resolver.resolve(baseId, id);
}
exports.resolveUrl = resolveUrl;
const ANCHOR = /^[a-z_][-a-z0-9._]*$/i;
function getSchemaRefs(schema, baseId) {
    if (typeof schema == "boolean")
        return {};
    const { schemaId, uriResolver } = this.opts;
    const schId = normalizeId(schema[schemaId] || baseId);
    const baseIds = { "": schId };
    const pathPrefix = getFullPath(uriResolver, schId, false);
    const localRefs = {};
    const schemaRefs = new Set();
    traverse(schema, { allKeys: true }, (sch, jsonPtr, _, parentJsonPtr) => {
        if (parentJsonPtr === undefined)
            return;
        const fullPath = pathPrefix + jsonPtr;
        let innerBaseId = baseIds[parentJsonPtr];
        if (typeof sch[schemaId] == "string")
            innerBaseId = addRef.call(this, sch[schemaId]);
        addAnchor.call(this, sch.$anchor);
        addAnchor.call(this, sch.$dynamicAnchor);
        baseIds[jsonPtr] = innerBaseId;
        function addRef(ref) {
            // eslint-disable-next-line @typescript-eslint/unbound-method
            const _resolve = this.opts.uriResolver.resolve;
            ref = normalizeId(innerBaseId ? _resolve(innerBaseId, ref) : ref);
            if (schemaRefs.has(ref))
                throw ambiguos(ref);
            schemaRefs.add(ref);
            let schOrRef = this.refs[ref];
            if (typeof schOrRef == "string")
                schOrRef = this.refs[schOrRef];
            if (typeof schOrRef == "object") {
                checkAmbiguosRef(sch, schOrRef.schema, ref);
            }
            else if (ref !== normalizeId(fullPath)) {
                if (ref[0] === "#") {
                    checkAmbiguosRef(sch, localRefs[ref], ref);
                    localRefs[ref] = sch;
                }
                else {
                    this.refs[ref] = fullPath;
                }
            }
            return ref;
        }
        function addAnchor(anchor) {
            if (typeof anchor == "string") {
                if (!ANCHOR.test(anchor))
                    throw new Error(`invalid anchor "${anchor}"`);
                addRef.call(this, `#${anchor}`);
            }
        }
    });
    return localRefs;
    function checkAmbiguosRef(sch1, sch2, ref) {
        if (sch2 !== undefined && !equal(sch1, sch2))
            throw ambiguos(ref);
    }
    function ambiguos(ref) {
        return new Error(`reference "${ref}" resolves to more than one schema`);
    }
}
exports.getSchemaRefs = getSchemaRefs;
//# sourceMappingURL=resolve.js.map

/***/ }),

/***/ 7353:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getRules = exports.isJSONType = void 0;
const _jsonTypes = ["string", "number", "integer", "boolean", "null", "object", "array"];
const jsonTypes = new Set(_jsonTypes);
function isJSONType(x) {
    return typeof x == "string" && jsonTypes.has(x);
}
exports.isJSONType = isJSONType;
function getRules() {
    const groups = {
        number: { type: "number", rules: [] },
        string: { type: "string", rules: [] },
        array: { type: "array", rules: [] },
        object: { type: "object", rules: [] },
    };
    return {
        types: { ...groups, integer: true, boolean: true, null: true },
        rules: [{ rules: [] }, groups.number, groups.string, groups.array, groups.object],
        post: { rules: [] },
        all: {},
        keywords: {},
    };
}
exports.getRules = getRules;
//# sourceMappingURL=rules.js.map

/***/ }),

/***/ 4464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.checkStrictMode = exports.getErrorPath = exports.Type = exports.useFunc = exports.setEvaluated = exports.evaluatedPropsToName = exports.mergeEvaluated = exports.eachItem = exports.unescapeJsonPointer = exports.escapeJsonPointer = exports.escapeFragment = exports.unescapeFragment = exports.schemaRefOrVal = exports.schemaHasRulesButRef = exports.schemaHasRules = exports.checkUnknownRules = exports.alwaysValidSchema = exports.toHash = void 0;
const codegen_1 = __nccwpck_require__(1436);
const code_1 = __nccwpck_require__(567);
// TODO refactor to use Set
function toHash(arr) {
    const hash = {};
    for (const item of arr)
        hash[item] = true;
    return hash;
}
exports.toHash = toHash;
function alwaysValidSchema(it, schema) {
    if (typeof schema == "boolean")
        return schema;
    if (Object.keys(schema).length === 0)
        return true;
    checkUnknownRules(it, schema);
    return !schemaHasRules(schema, it.self.RULES.all);
}
exports.alwaysValidSchema = alwaysValidSchema;
function checkUnknownRules(it, schema = it.schema) {
    const { opts, self } = it;
    if (!opts.strictSchema)
        return;
    if (typeof schema === "boolean")
        return;
    const rules = self.RULES.keywords;
    for (const key in schema) {
        if (!rules[key])
            checkStrictMode(it, `unknown keyword: "${key}"`);
    }
}
exports.checkUnknownRules = checkUnknownRules;
function schemaHasRules(schema, rules) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (rules[key])
            return true;
    return false;
}
exports.schemaHasRules = schemaHasRules;
function schemaHasRulesButRef(schema, RULES) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (key !== "$ref" && RULES.all[key])
            return true;
    return false;
}
exports.schemaHasRulesButRef = schemaHasRulesButRef;
function schemaRefOrVal({ topSchemaRef, schemaPath }, schema, keyword, $data) {
    if (!$data) {
        if (typeof schema == "number" || typeof schema == "boolean")
            return schema;
        if (typeof schema == "string")
            return (0, codegen_1._) `${schema}`;
    }
    return (0, codegen_1._) `${topSchemaRef}${schemaPath}${(0, codegen_1.getProperty)(keyword)}`;
}
exports.schemaRefOrVal = schemaRefOrVal;
function unescapeFragment(str) {
    return unescapeJsonPointer(decodeURIComponent(str));
}
exports.unescapeFragment = unescapeFragment;
function escapeFragment(str) {
    return encodeURIComponent(escapeJsonPointer(str));
}
exports.escapeFragment = escapeFragment;
function escapeJsonPointer(str) {
    if (typeof str == "number")
        return `${str}`;
    return str.replace(/~/g, "~0").replace(/\//g, "~1");
}
exports.escapeJsonPointer = escapeJsonPointer;
function unescapeJsonPointer(str) {
    return str.replace(/~1/g, "/").replace(/~0/g, "~");
}
exports.unescapeJsonPointer = unescapeJsonPointer;
function eachItem(xs, f) {
    if (Array.isArray(xs)) {
        for (const x of xs)
            f(x);
    }
    else {
        f(xs);
    }
}
exports.eachItem = eachItem;
function makeMergeEvaluated({ mergeNames, mergeToName, mergeValues, resultToName, }) {
    return (gen, from, to, toName) => {
        const res = to === undefined
            ? from
            : to instanceof codegen_1.Name
                ? (from instanceof codegen_1.Name ? mergeNames(gen, from, to) : mergeToName(gen, from, to), to)
                : from instanceof codegen_1.Name
                    ? (mergeToName(gen, to, from), from)
                    : mergeValues(from, to);
        return toName === codegen_1.Name && !(res instanceof codegen_1.Name) ? resultToName(gen, res) : res;
    };
}
exports.mergeEvaluated = {
    props: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => {
            gen.if((0, codegen_1._) `${from} === true`, () => gen.assign(to, true), () => gen.assign(to, (0, codegen_1._) `${to} || {}`).code((0, codegen_1._) `Object.assign(${to}, ${from})`));
        }),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => {
            if (from === true) {
                gen.assign(to, true);
            }
            else {
                gen.assign(to, (0, codegen_1._) `${to} || {}`);
                setEvaluated(gen, to, from);
            }
        }),
        mergeValues: (from, to) => (from === true ? true : { ...from, ...to }),
        resultToName: evaluatedPropsToName,
    }),
    items: makeMergeEvaluated({
        mergeNames: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true && ${from} !== undefined`, () => gen.assign(to, (0, codegen_1._) `${from} === true ? true : ${to} > ${from} ? ${to} : ${from}`)),
        mergeToName: (gen, from, to) => gen.if((0, codegen_1._) `${to} !== true`, () => gen.assign(to, from === true ? true : (0, codegen_1._) `${to} > ${from} ? ${to} : ${from}`)),
        mergeValues: (from, to) => (from === true ? true : Math.max(from, to)),
        resultToName: (gen, items) => gen.var("items", items),
    }),
};
function evaluatedPropsToName(gen, ps) {
    if (ps === true)
        return gen.var("props", true);
    const props = gen.var("props", (0, codegen_1._) `{}`);
    if (ps !== undefined)
        setEvaluated(gen, props, ps);
    return props;
}
exports.evaluatedPropsToName = evaluatedPropsToName;
function setEvaluated(gen, props, ps) {
    Object.keys(ps).forEach((p) => gen.assign((0, codegen_1._) `${props}${(0, codegen_1.getProperty)(p)}`, true));
}
exports.setEvaluated = setEvaluated;
const snippets = {};
function useFunc(gen, f) {
    return gen.scopeValue("func", {
        ref: f,
        code: snippets[f.code] || (snippets[f.code] = new code_1._Code(f.code)),
    });
}
exports.useFunc = useFunc;
var Type;
(function (Type) {
    Type[Type["Num"] = 0] = "Num";
    Type[Type["Str"] = 1] = "Str";
})(Type || (exports.Type = Type = {}));
function getErrorPath(dataProp, dataPropType, jsPropertySyntax) {
    // let path
    if (dataProp instanceof codegen_1.Name) {
        const isNumber = dataPropType === Type.Num;
        return jsPropertySyntax
            ? isNumber
                ? (0, codegen_1._) `"[" + ${dataProp} + "]"`
                : (0, codegen_1._) `"['" + ${dataProp} + "']"`
            : isNumber
                ? (0, codegen_1._) `"/" + ${dataProp}`
                : (0, codegen_1._) `"/" + ${dataProp}.replace(/~/g, "~0").replace(/\\//g, "~1")`; // TODO maybe use global escapePointer
    }
    return jsPropertySyntax ? (0, codegen_1.getProperty)(dataProp).toString() : "/" + escapeJsonPointer(dataProp);
}
exports.getErrorPath = getErrorPath;
function checkStrictMode(it, msg, mode = it.opts.strictSchema) {
    if (!mode)
        return;
    msg = `strict mode: ${msg}`;
    if (mode === true)
        throw new Error(msg);
    it.self.logger.warn(msg);
}
exports.checkStrictMode = checkStrictMode;
//# sourceMappingURL=util.js.map

/***/ }),

/***/ 7692:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.shouldUseRule = exports.shouldUseGroup = exports.schemaHasRulesForType = void 0;
function schemaHasRulesForType({ schema, self }, type) {
    const group = self.RULES.types[type];
    return group && group !== true && shouldUseGroup(schema, group);
}
exports.schemaHasRulesForType = schemaHasRulesForType;
function shouldUseGroup(schema, group) {
    return group.rules.some((rule) => shouldUseRule(schema, rule));
}
exports.shouldUseGroup = shouldUseGroup;
function shouldUseRule(schema, rule) {
    var _a;
    return (schema[rule.keyword] !== undefined ||
        ((_a = rule.definition.implements) === null || _a === void 0 ? void 0 : _a.some((kwd) => schema[kwd] !== undefined)));
}
exports.shouldUseRule = shouldUseRule;
//# sourceMappingURL=applicability.js.map

/***/ }),

/***/ 5346:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.boolOrEmptySchema = exports.topBoolOrEmptySchema = void 0;
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const boolError = {
    message: "boolean schema is false",
};
function topBoolOrEmptySchema(it) {
    const { gen, schema, validateName } = it;
    if (schema === false) {
        falseSchemaError(it, false);
    }
    else if (typeof schema == "object" && schema.$async === true) {
        gen.return(names_1.default.data);
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, null);
        gen.return(true);
    }
}
exports.topBoolOrEmptySchema = topBoolOrEmptySchema;
function boolOrEmptySchema(it, valid) {
    const { gen, schema } = it;
    if (schema === false) {
        gen.var(valid, false); // TODO var
        falseSchemaError(it);
    }
    else {
        gen.var(valid, true); // TODO var
    }
}
exports.boolOrEmptySchema = boolOrEmptySchema;
function falseSchemaError(it, overrideAllErrors) {
    const { gen, data } = it;
    // TODO maybe some other interface should be used for non-keyword validation errors...
    const cxt = {
        gen,
        keyword: "false schema",
        data,
        schema: false,
        schemaCode: false,
        schemaValue: false,
        params: {},
        it,
    };
    (0, errors_1.reportError)(cxt, boolError, undefined, overrideAllErrors);
}
//# sourceMappingURL=boolSchema.js.map

/***/ }),

/***/ 6685:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.reportTypeError = exports.checkDataTypes = exports.checkDataType = exports.coerceAndCheckDataType = exports.getJSONTypes = exports.getSchemaTypes = exports.DataType = void 0;
const rules_1 = __nccwpck_require__(7353);
const applicability_1 = __nccwpck_require__(7692);
const errors_1 = __nccwpck_require__(1283);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
var DataType;
(function (DataType) {
    DataType[DataType["Correct"] = 0] = "Correct";
    DataType[DataType["Wrong"] = 1] = "Wrong";
})(DataType || (exports.DataType = DataType = {}));
function getSchemaTypes(schema) {
    const types = getJSONTypes(schema.type);
    const hasNull = types.includes("null");
    if (hasNull) {
        if (schema.nullable === false)
            throw new Error("type: null contradicts nullable: false");
    }
    else {
        if (!types.length && schema.nullable !== undefined) {
            throw new Error('"nullable" cannot be used without "type"');
        }
        if (schema.nullable === true)
            types.push("null");
    }
    return types;
}
exports.getSchemaTypes = getSchemaTypes;
// eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
function getJSONTypes(ts) {
    const types = Array.isArray(ts) ? ts : ts ? [ts] : [];
    if (types.every(rules_1.isJSONType))
        return types;
    throw new Error("type must be JSONType or JSONType[]: " + types.join(","));
}
exports.getJSONTypes = getJSONTypes;
function coerceAndCheckDataType(it, types) {
    const { gen, data, opts } = it;
    const coerceTo = coerceToTypes(types, opts.coerceTypes);
    const checkTypes = types.length > 0 &&
        !(coerceTo.length === 0 && types.length === 1 && (0, applicability_1.schemaHasRulesForType)(it, types[0]));
    if (checkTypes) {
        const wrongType = checkDataTypes(types, data, opts.strictNumbers, DataType.Wrong);
        gen.if(wrongType, () => {
            if (coerceTo.length)
                coerceData(it, types, coerceTo);
            else
                reportTypeError(it);
        });
    }
    return checkTypes;
}
exports.coerceAndCheckDataType = coerceAndCheckDataType;
const COERCIBLE = new Set(["string", "number", "integer", "boolean", "null"]);
function coerceToTypes(types, coerceTypes) {
    return coerceTypes
        ? types.filter((t) => COERCIBLE.has(t) || (coerceTypes === "array" && t === "array"))
        : [];
}
function coerceData(it, types, coerceTo) {
    const { gen, data, opts } = it;
    const dataType = gen.let("dataType", (0, codegen_1._) `typeof ${data}`);
    const coerced = gen.let("coerced", (0, codegen_1._) `undefined`);
    if (opts.coerceTypes === "array") {
        gen.if((0, codegen_1._) `${dataType} == 'object' && Array.isArray(${data}) && ${data}.length == 1`, () => gen
            .assign(data, (0, codegen_1._) `${data}[0]`)
            .assign(dataType, (0, codegen_1._) `typeof ${data}`)
            .if(checkDataTypes(types, data, opts.strictNumbers), () => gen.assign(coerced, data)));
    }
    gen.if((0, codegen_1._) `${coerced} !== undefined`);
    for (const t of coerceTo) {
        if (COERCIBLE.has(t) || (t === "array" && opts.coerceTypes === "array")) {
            coerceSpecificType(t);
        }
    }
    gen.else();
    reportTypeError(it);
    gen.endIf();
    gen.if((0, codegen_1._) `${coerced} !== undefined`, () => {
        gen.assign(data, coerced);
        assignParentData(it, coerced);
    });
    function coerceSpecificType(t) {
        switch (t) {
            case "string":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "number" || ${dataType} == "boolean"`)
                    .assign(coerced, (0, codegen_1._) `"" + ${data}`)
                    .elseIf((0, codegen_1._) `${data} === null`)
                    .assign(coerced, (0, codegen_1._) `""`);
                return;
            case "number":
                gen
                    .elseIf((0, codegen_1._) `${dataType} == "boolean" || ${data} === null
              || (${dataType} == "string" && ${data} && ${data} == +${data})`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "integer":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "boolean" || ${data} === null
              || (${dataType} === "string" && ${data} && ${data} == +${data} && !(${data} % 1))`)
                    .assign(coerced, (0, codegen_1._) `+${data}`);
                return;
            case "boolean":
                gen
                    .elseIf((0, codegen_1._) `${data} === "false" || ${data} === 0 || ${data} === null`)
                    .assign(coerced, false)
                    .elseIf((0, codegen_1._) `${data} === "true" || ${data} === 1`)
                    .assign(coerced, true);
                return;
            case "null":
                gen.elseIf((0, codegen_1._) `${data} === "" || ${data} === 0 || ${data} === false`);
                gen.assign(coerced, null);
                return;
            case "array":
                gen
                    .elseIf((0, codegen_1._) `${dataType} === "string" || ${dataType} === "number"
              || ${dataType} === "boolean" || ${data} === null`)
                    .assign(coerced, (0, codegen_1._) `[${data}]`);
        }
    }
}
function assignParentData({ gen, parentData, parentDataProperty }, expr) {
    // TODO use gen.property
    gen.if((0, codegen_1._) `${parentData} !== undefined`, () => gen.assign((0, codegen_1._) `${parentData}[${parentDataProperty}]`, expr));
}
function checkDataType(dataType, data, strictNums, correct = DataType.Correct) {
    const EQ = correct === DataType.Correct ? codegen_1.operators.EQ : codegen_1.operators.NEQ;
    let cond;
    switch (dataType) {
        case "null":
            return (0, codegen_1._) `${data} ${EQ} null`;
        case "array":
            cond = (0, codegen_1._) `Array.isArray(${data})`;
            break;
        case "object":
            cond = (0, codegen_1._) `${data} && typeof ${data} == "object" && !Array.isArray(${data})`;
            break;
        case "integer":
            cond = numCond((0, codegen_1._) `!(${data} % 1) && !isNaN(${data})`);
            break;
        case "number":
            cond = numCond();
            break;
        default:
            return (0, codegen_1._) `typeof ${data} ${EQ} ${dataType}`;
    }
    return correct === DataType.Correct ? cond : (0, codegen_1.not)(cond);
    function numCond(_cond = codegen_1.nil) {
        return (0, codegen_1.and)((0, codegen_1._) `typeof ${data} == "number"`, _cond, strictNums ? (0, codegen_1._) `isFinite(${data})` : codegen_1.nil);
    }
}
exports.checkDataType = checkDataType;
function checkDataTypes(dataTypes, data, strictNums, correct) {
    if (dataTypes.length === 1) {
        return checkDataType(dataTypes[0], data, strictNums, correct);
    }
    let cond;
    const types = (0, util_1.toHash)(dataTypes);
    if (types.array && types.object) {
        const notObj = (0, codegen_1._) `typeof ${data} != "object"`;
        cond = types.null ? notObj : (0, codegen_1._) `!${data} || ${notObj}`;
        delete types.null;
        delete types.array;
        delete types.object;
    }
    else {
        cond = codegen_1.nil;
    }
    if (types.number)
        delete types.integer;
    for (const t in types)
        cond = (0, codegen_1.and)(cond, checkDataType(t, data, strictNums, correct));
    return cond;
}
exports.checkDataTypes = checkDataTypes;
const typeError = {
    message: ({ schema }) => `must be ${schema}`,
    params: ({ schema, schemaValue }) => typeof schema == "string" ? (0, codegen_1._) `{type: ${schema}}` : (0, codegen_1._) `{type: ${schemaValue}}`,
};
function reportTypeError(it) {
    const cxt = getTypeErrorContext(it);
    (0, errors_1.reportError)(cxt, typeError);
}
exports.reportTypeError = reportTypeError;
function getTypeErrorContext(it) {
    const { gen, data, schema } = it;
    const schemaCode = (0, util_1.schemaRefOrVal)(it, schema, "type");
    return {
        gen,
        keyword: "type",
        data,
        schema: schema.type,
        schemaCode,
        schemaValue: schemaCode,
        parentSchema: schema,
        params: {},
        it,
    };
}
//# sourceMappingURL=dataType.js.map

/***/ }),

/***/ 1699:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.assignDefaults = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function assignDefaults(it, ty) {
    const { properties, items } = it.schema;
    if (ty === "object" && properties) {
        for (const key in properties) {
            assignDefault(it, key, properties[key].default);
        }
    }
    else if (ty === "array" && Array.isArray(items)) {
        items.forEach((sch, i) => assignDefault(it, i, sch.default));
    }
}
exports.assignDefaults = assignDefaults;
function assignDefault(it, prop, defaultValue) {
    const { gen, compositeRule, data, opts } = it;
    if (defaultValue === undefined)
        return;
    const childData = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(prop)}`;
    if (compositeRule) {
        (0, util_1.checkStrictMode)(it, `default is ignored for: ${childData}`);
        return;
    }
    let condition = (0, codegen_1._) `${childData} === undefined`;
    if (opts.useDefaults === "empty") {
        condition = (0, codegen_1._) `${condition} || ${childData} === null || ${childData} === ""`;
    }
    // `${childData} === undefined` +
    // (opts.useDefaults === "empty" ? ` || ${childData} === null || ${childData} === ""` : "")
    gen.if(condition, (0, codegen_1._) `${childData} = ${(0, codegen_1.stringify)(defaultValue)}`);
}
//# sourceMappingURL=defaults.js.map

/***/ }),

/***/ 7881:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.getData = exports.KeywordCxt = exports.validateFunctionCode = void 0;
const boolSchema_1 = __nccwpck_require__(5346);
const dataType_1 = __nccwpck_require__(6685);
const applicability_1 = __nccwpck_require__(7692);
const dataType_2 = __nccwpck_require__(6685);
const defaults_1 = __nccwpck_require__(1699);
const keyword_1 = __nccwpck_require__(5202);
const subschema_1 = __nccwpck_require__(6200);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const resolve_1 = __nccwpck_require__(4090);
const util_1 = __nccwpck_require__(4464);
const errors_1 = __nccwpck_require__(1283);
// schema compilation - generates validation function, subschemaCode (below) is used for subschemas
function validateFunctionCode(it) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            topSchemaObjCode(it);
            return;
        }
    }
    validateFunction(it, () => (0, boolSchema_1.topBoolOrEmptySchema)(it));
}
exports.validateFunctionCode = validateFunctionCode;
function validateFunction({ gen, validateName, schema, schemaEnv, opts }, body) {
    if (opts.code.es5) {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${names_1.default.valCxt}`, schemaEnv.$async, () => {
            gen.code((0, codegen_1._) `"use strict"; ${funcSourceUrl(schema, opts)}`);
            destructureValCxtES5(gen, opts);
            gen.code(body);
        });
    }
    else {
        gen.func(validateName, (0, codegen_1._) `${names_1.default.data}, ${destructureValCxt(opts)}`, schemaEnv.$async, () => gen.code(funcSourceUrl(schema, opts)).code(body));
    }
}
function destructureValCxt(opts) {
    return (0, codegen_1._) `{${names_1.default.instancePath}="", ${names_1.default.parentData}, ${names_1.default.parentDataProperty}, ${names_1.default.rootData}=${names_1.default.data}${opts.dynamicRef ? (0, codegen_1._) `, ${names_1.default.dynamicAnchors}={}` : codegen_1.nil}}={}`;
}
function destructureValCxtES5(gen, opts) {
    gen.if(names_1.default.valCxt, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.instancePath}`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentData}`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.parentDataProperty}`);
        gen.var(names_1.default.rootData, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.rootData}`);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `${names_1.default.valCxt}.${names_1.default.dynamicAnchors}`);
    }, () => {
        gen.var(names_1.default.instancePath, (0, codegen_1._) `""`);
        gen.var(names_1.default.parentData, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.parentDataProperty, (0, codegen_1._) `undefined`);
        gen.var(names_1.default.rootData, names_1.default.data);
        if (opts.dynamicRef)
            gen.var(names_1.default.dynamicAnchors, (0, codegen_1._) `{}`);
    });
}
function topSchemaObjCode(it) {
    const { schema, opts, gen } = it;
    validateFunction(it, () => {
        if (opts.$comment && schema.$comment)
            commentKeyword(it);
        checkNoDefault(it);
        gen.let(names_1.default.vErrors, null);
        gen.let(names_1.default.errors, 0);
        if (opts.unevaluated)
            resetEvaluated(it);
        typeAndKeywords(it);
        returnResults(it);
    });
    return;
}
function resetEvaluated(it) {
    // TODO maybe some hook to execute it in the end to check whether props/items are Name, as in assignEvaluated
    const { gen, validateName } = it;
    it.evaluated = gen.const("evaluated", (0, codegen_1._) `${validateName}.evaluated`);
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicProps`, () => gen.assign((0, codegen_1._) `${it.evaluated}.props`, (0, codegen_1._) `undefined`));
    gen.if((0, codegen_1._) `${it.evaluated}.dynamicItems`, () => gen.assign((0, codegen_1._) `${it.evaluated}.items`, (0, codegen_1._) `undefined`));
}
function funcSourceUrl(schema, opts) {
    const schId = typeof schema == "object" && schema[opts.schemaId];
    return schId && (opts.code.source || opts.code.process) ? (0, codegen_1._) `/*# sourceURL=${schId} */` : codegen_1.nil;
}
// schema compilation - this function is used recursively to generate code for sub-schemas
function subschemaCode(it, valid) {
    if (isSchemaObj(it)) {
        checkKeywords(it);
        if (schemaCxtHasRules(it)) {
            subSchemaObjCode(it, valid);
            return;
        }
    }
    (0, boolSchema_1.boolOrEmptySchema)(it, valid);
}
function schemaCxtHasRules({ schema, self }) {
    if (typeof schema == "boolean")
        return !schema;
    for (const key in schema)
        if (self.RULES.all[key])
            return true;
    return false;
}
function isSchemaObj(it) {
    return typeof it.schema != "boolean";
}
function subSchemaObjCode(it, valid) {
    const { schema, gen, opts } = it;
    if (opts.$comment && schema.$comment)
        commentKeyword(it);
    updateContext(it);
    checkAsyncSchema(it);
    const errsCount = gen.const("_errs", names_1.default.errors);
    typeAndKeywords(it, errsCount);
    // TODO var
    gen.var(valid, (0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
}
function checkKeywords(it) {
    (0, util_1.checkUnknownRules)(it);
    checkRefsAndKeywords(it);
}
function typeAndKeywords(it, errsCount) {
    if (it.opts.jtd)
        return schemaKeywords(it, [], false, errsCount);
    const types = (0, dataType_1.getSchemaTypes)(it.schema);
    const checkedTypes = (0, dataType_1.coerceAndCheckDataType)(it, types);
    schemaKeywords(it, types, !checkedTypes, errsCount);
}
function checkRefsAndKeywords(it) {
    const { schema, errSchemaPath, opts, self } = it;
    if (schema.$ref && opts.ignoreKeywordsWithRef && (0, util_1.schemaHasRulesButRef)(schema, self.RULES)) {
        self.logger.warn(`$ref: keywords ignored in schema at path "${errSchemaPath}"`);
    }
}
function checkNoDefault(it) {
    const { schema, opts } = it;
    if (schema.default !== undefined && opts.useDefaults && opts.strictSchema) {
        (0, util_1.checkStrictMode)(it, "default is ignored in the schema root");
    }
}
function updateContext(it) {
    const schId = it.schema[it.opts.schemaId];
    if (schId)
        it.baseId = (0, resolve_1.resolveUrl)(it.opts.uriResolver, it.baseId, schId);
}
function checkAsyncSchema(it) {
    if (it.schema.$async && !it.schemaEnv.$async)
        throw new Error("async schema in sync schema");
}
function commentKeyword({ gen, schemaEnv, schema, errSchemaPath, opts }) {
    const msg = schema.$comment;
    if (opts.$comment === true) {
        gen.code((0, codegen_1._) `${names_1.default.self}.logger.log(${msg})`);
    }
    else if (typeof opts.$comment == "function") {
        const schemaPath = (0, codegen_1.str) `${errSchemaPath}/$comment`;
        const rootName = gen.scopeValue("root", { ref: schemaEnv.root });
        gen.code((0, codegen_1._) `${names_1.default.self}.opts.$comment(${msg}, ${schemaPath}, ${rootName}.schema)`);
    }
}
function returnResults(it) {
    const { gen, schemaEnv, validateName, ValidationError, opts } = it;
    if (schemaEnv.$async) {
        // TODO assign unevaluated
        gen.if((0, codegen_1._) `${names_1.default.errors} === 0`, () => gen.return(names_1.default.data), () => gen.throw((0, codegen_1._) `new ${ValidationError}(${names_1.default.vErrors})`));
    }
    else {
        gen.assign((0, codegen_1._) `${validateName}.errors`, names_1.default.vErrors);
        if (opts.unevaluated)
            assignEvaluated(it);
        gen.return((0, codegen_1._) `${names_1.default.errors} === 0`);
    }
}
function assignEvaluated({ gen, evaluated, props, items }) {
    if (props instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.props`, props);
    if (items instanceof codegen_1.Name)
        gen.assign((0, codegen_1._) `${evaluated}.items`, items);
}
function schemaKeywords(it, types, typeErrors, errsCount) {
    const { gen, schema, data, allErrors, opts, self } = it;
    const { RULES } = self;
    if (schema.$ref && (opts.ignoreKeywordsWithRef || !(0, util_1.schemaHasRulesButRef)(schema, RULES))) {
        gen.block(() => keywordCode(it, "$ref", RULES.all.$ref.definition)); // TODO typecast
        return;
    }
    if (!opts.jtd)
        checkStrictTypes(it, types);
    gen.block(() => {
        for (const group of RULES.rules)
            groupKeywords(group);
        groupKeywords(RULES.post);
    });
    function groupKeywords(group) {
        if (!(0, applicability_1.shouldUseGroup)(schema, group))
            return;
        if (group.type) {
            gen.if((0, dataType_2.checkDataType)(group.type, data, opts.strictNumbers));
            iterateKeywords(it, group);
            if (types.length === 1 && types[0] === group.type && typeErrors) {
                gen.else();
                (0, dataType_2.reportTypeError)(it);
            }
            gen.endIf();
        }
        else {
            iterateKeywords(it, group);
        }
        // TODO make it "ok" call?
        if (!allErrors)
            gen.if((0, codegen_1._) `${names_1.default.errors} === ${errsCount || 0}`);
    }
}
function iterateKeywords(it, group) {
    const { gen, schema, opts: { useDefaults }, } = it;
    if (useDefaults)
        (0, defaults_1.assignDefaults)(it, group.type);
    gen.block(() => {
        for (const rule of group.rules) {
            if ((0, applicability_1.shouldUseRule)(schema, rule)) {
                keywordCode(it, rule.keyword, rule.definition, group.type);
            }
        }
    });
}
function checkStrictTypes(it, types) {
    if (it.schemaEnv.meta || !it.opts.strictTypes)
        return;
    checkContextTypes(it, types);
    if (!it.opts.allowUnionTypes)
        checkMultipleTypes(it, types);
    checkKeywordTypes(it, it.dataTypes);
}
function checkContextTypes(it, types) {
    if (!types.length)
        return;
    if (!it.dataTypes.length) {
        it.dataTypes = types;
        return;
    }
    types.forEach((t) => {
        if (!includesType(it.dataTypes, t)) {
            strictTypesError(it, `type "${t}" not allowed by context "${it.dataTypes.join(",")}"`);
        }
    });
    narrowSchemaTypes(it, types);
}
function checkMultipleTypes(it, ts) {
    if (ts.length > 1 && !(ts.length === 2 && ts.includes("null"))) {
        strictTypesError(it, "use allowUnionTypes to allow union type keyword");
    }
}
function checkKeywordTypes(it, ts) {
    const rules = it.self.RULES.all;
    for (const keyword in rules) {
        const rule = rules[keyword];
        if (typeof rule == "object" && (0, applicability_1.shouldUseRule)(it.schema, rule)) {
            const { type } = rule.definition;
            if (type.length && !type.some((t) => hasApplicableType(ts, t))) {
                strictTypesError(it, `missing type "${type.join(",")}" for keyword "${keyword}"`);
            }
        }
    }
}
function hasApplicableType(schTs, kwdT) {
    return schTs.includes(kwdT) || (kwdT === "number" && schTs.includes("integer"));
}
function includesType(ts, t) {
    return ts.includes(t) || (t === "integer" && ts.includes("number"));
}
function narrowSchemaTypes(it, withTypes) {
    const ts = [];
    for (const t of it.dataTypes) {
        if (includesType(withTypes, t))
            ts.push(t);
        else if (withTypes.includes("integer") && t === "number")
            ts.push("integer");
    }
    it.dataTypes = ts;
}
function strictTypesError(it, msg) {
    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
    msg += ` at "${schemaPath}" (strictTypes)`;
    (0, util_1.checkStrictMode)(it, msg, it.opts.strictTypes);
}
class KeywordCxt {
    constructor(it, def, keyword) {
        (0, keyword_1.validateKeywordUsage)(it, def, keyword);
        this.gen = it.gen;
        this.allErrors = it.allErrors;
        this.keyword = keyword;
        this.data = it.data;
        this.schema = it.schema[keyword];
        this.$data = def.$data && it.opts.$data && this.schema && this.schema.$data;
        this.schemaValue = (0, util_1.schemaRefOrVal)(it, this.schema, keyword, this.$data);
        this.schemaType = def.schemaType;
        this.parentSchema = it.schema;
        this.params = {};
        this.it = it;
        this.def = def;
        if (this.$data) {
            this.schemaCode = it.gen.const("vSchema", getData(this.$data, it));
        }
        else {
            this.schemaCode = this.schemaValue;
            if (!(0, keyword_1.validSchemaType)(this.schema, def.schemaType, def.allowUndefined)) {
                throw new Error(`${keyword} value must be ${JSON.stringify(def.schemaType)}`);
            }
        }
        if ("code" in def ? def.trackErrors : def.errors !== false) {
            this.errsCount = it.gen.const("_errs", names_1.default.errors);
        }
    }
    result(condition, successAction, failAction) {
        this.failResult((0, codegen_1.not)(condition), successAction, failAction);
    }
    failResult(condition, successAction, failAction) {
        this.gen.if(condition);
        if (failAction)
            failAction();
        else
            this.error();
        if (successAction) {
            this.gen.else();
            successAction();
            if (this.allErrors)
                this.gen.endIf();
        }
        else {
            if (this.allErrors)
                this.gen.endIf();
            else
                this.gen.else();
        }
    }
    pass(condition, failAction) {
        this.failResult((0, codegen_1.not)(condition), undefined, failAction);
    }
    fail(condition) {
        if (condition === undefined) {
            this.error();
            if (!this.allErrors)
                this.gen.if(false); // this branch will be removed by gen.optimize
            return;
        }
        this.gen.if(condition);
        this.error();
        if (this.allErrors)
            this.gen.endIf();
        else
            this.gen.else();
    }
    fail$data(condition) {
        if (!this.$data)
            return this.fail(condition);
        const { schemaCode } = this;
        this.fail((0, codegen_1._) `${schemaCode} !== undefined && (${(0, codegen_1.or)(this.invalid$data(), condition)})`);
    }
    error(append, errorParams, errorPaths) {
        if (errorParams) {
            this.setParams(errorParams);
            this._error(append, errorPaths);
            this.setParams({});
            return;
        }
        this._error(append, errorPaths);
    }
    _error(append, errorPaths) {
        ;
        (append ? errors_1.reportExtraError : errors_1.reportError)(this, this.def.error, errorPaths);
    }
    $dataError() {
        (0, errors_1.reportError)(this, this.def.$dataError || errors_1.keyword$DataError);
    }
    reset() {
        if (this.errsCount === undefined)
            throw new Error('add "trackErrors" to keyword definition');
        (0, errors_1.resetErrorsCount)(this.gen, this.errsCount);
    }
    ok(cond) {
        if (!this.allErrors)
            this.gen.if(cond);
    }
    setParams(obj, assign) {
        if (assign)
            Object.assign(this.params, obj);
        else
            this.params = obj;
    }
    block$data(valid, codeBlock, $dataValid = codegen_1.nil) {
        this.gen.block(() => {
            this.check$data(valid, $dataValid);
            codeBlock();
        });
    }
    check$data(valid = codegen_1.nil, $dataValid = codegen_1.nil) {
        if (!this.$data)
            return;
        const { gen, schemaCode, schemaType, def } = this;
        gen.if((0, codegen_1.or)((0, codegen_1._) `${schemaCode} === undefined`, $dataValid));
        if (valid !== codegen_1.nil)
            gen.assign(valid, true);
        if (schemaType.length || def.validateSchema) {
            gen.elseIf(this.invalid$data());
            this.$dataError();
            if (valid !== codegen_1.nil)
                gen.assign(valid, false);
        }
        gen.else();
    }
    invalid$data() {
        const { gen, schemaCode, schemaType, def, it } = this;
        return (0, codegen_1.or)(wrong$DataType(), invalid$DataSchema());
        function wrong$DataType() {
            if (schemaType.length) {
                /* istanbul ignore if */
                if (!(schemaCode instanceof codegen_1.Name))
                    throw new Error("ajv implementation error");
                const st = Array.isArray(schemaType) ? schemaType : [schemaType];
                return (0, codegen_1._) `${(0, dataType_2.checkDataTypes)(st, schemaCode, it.opts.strictNumbers, dataType_2.DataType.Wrong)}`;
            }
            return codegen_1.nil;
        }
        function invalid$DataSchema() {
            if (def.validateSchema) {
                const validateSchemaRef = gen.scopeValue("validate$data", { ref: def.validateSchema }); // TODO value.code for standalone
                return (0, codegen_1._) `!${validateSchemaRef}(${schemaCode})`;
            }
            return codegen_1.nil;
        }
    }
    subschema(appl, valid) {
        const subschema = (0, subschema_1.getSubschema)(this.it, appl);
        (0, subschema_1.extendSubschemaData)(subschema, this.it, appl);
        (0, subschema_1.extendSubschemaMode)(subschema, appl);
        const nextContext = { ...this.it, ...subschema, items: undefined, props: undefined };
        subschemaCode(nextContext, valid);
        return nextContext;
    }
    mergeEvaluated(schemaCxt, toName) {
        const { it, gen } = this;
        if (!it.opts.unevaluated)
            return;
        if (it.props !== true && schemaCxt.props !== undefined) {
            it.props = util_1.mergeEvaluated.props(gen, schemaCxt.props, it.props, toName);
        }
        if (it.items !== true && schemaCxt.items !== undefined) {
            it.items = util_1.mergeEvaluated.items(gen, schemaCxt.items, it.items, toName);
        }
    }
    mergeValidEvaluated(schemaCxt, valid) {
        const { it, gen } = this;
        if (it.opts.unevaluated && (it.props !== true || it.items !== true)) {
            gen.if(valid, () => this.mergeEvaluated(schemaCxt, codegen_1.Name));
            return true;
        }
    }
}
exports.KeywordCxt = KeywordCxt;
function keywordCode(it, keyword, def, ruleType) {
    const cxt = new KeywordCxt(it, def, keyword);
    if ("code" in def) {
        def.code(cxt, ruleType);
    }
    else if (cxt.$data && def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
    else if ("macro" in def) {
        (0, keyword_1.macroKeywordCode)(cxt, def);
    }
    else if (def.compile || def.validate) {
        (0, keyword_1.funcKeywordCode)(cxt, def);
    }
}
const JSON_POINTER = /^\/(?:[^~]|~0|~1)*$/;
const RELATIVE_JSON_POINTER = /^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;
function getData($data, { dataLevel, dataNames, dataPathArr }) {
    let jsonPointer;
    let data;
    if ($data === "")
        return names_1.default.rootData;
    if ($data[0] === "/") {
        if (!JSON_POINTER.test($data))
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        jsonPointer = $data;
        data = names_1.default.rootData;
    }
    else {
        const matches = RELATIVE_JSON_POINTER.exec($data);
        if (!matches)
            throw new Error(`Invalid JSON-pointer: ${$data}`);
        const up = +matches[1];
        jsonPointer = matches[2];
        if (jsonPointer === "#") {
            if (up >= dataLevel)
                throw new Error(errorMsg("property/index", up));
            return dataPathArr[dataLevel - up];
        }
        if (up > dataLevel)
            throw new Error(errorMsg("data", up));
        data = dataNames[dataLevel - up];
        if (!jsonPointer)
            return data;
    }
    let expr = data;
    const segments = jsonPointer.split("/");
    for (const segment of segments) {
        if (segment) {
            data = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)((0, util_1.unescapeJsonPointer)(segment))}`;
            expr = (0, codegen_1._) `${expr} && ${data}`;
        }
    }
    return expr;
    function errorMsg(pointerType, up) {
        return `Cannot access ${pointerType} ${up} levels up, current level is ${dataLevel}`;
    }
}
exports.getData = getData;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5202:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateKeywordUsage = exports.validSchemaType = exports.funcKeywordCode = exports.macroKeywordCode = void 0;
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const code_1 = __nccwpck_require__(8484);
const errors_1 = __nccwpck_require__(1283);
function macroKeywordCode(cxt, def) {
    const { gen, keyword, schema, parentSchema, it } = cxt;
    const macroSchema = def.macro.call(it.self, schema, parentSchema, it);
    const schemaRef = useKeyword(gen, keyword, macroSchema);
    if (it.opts.validateSchema !== false)
        it.self.validateSchema(macroSchema, true);
    const valid = gen.name("valid");
    cxt.subschema({
        schema: macroSchema,
        schemaPath: codegen_1.nil,
        errSchemaPath: `${it.errSchemaPath}/${keyword}`,
        topSchemaRef: schemaRef,
        compositeRule: true,
    }, valid);
    cxt.pass(valid, () => cxt.error(true));
}
exports.macroKeywordCode = macroKeywordCode;
function funcKeywordCode(cxt, def) {
    var _a;
    const { gen, keyword, schema, parentSchema, $data, it } = cxt;
    checkAsyncKeyword(it, def);
    const validate = !$data && def.compile ? def.compile.call(it.self, schema, parentSchema, it) : def.validate;
    const validateRef = useKeyword(gen, keyword, validate);
    const valid = gen.let("valid");
    cxt.block$data(valid, validateKeyword);
    cxt.ok((_a = def.valid) !== null && _a !== void 0 ? _a : valid);
    function validateKeyword() {
        if (def.errors === false) {
            assignValid();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => cxt.error());
        }
        else {
            const ruleErrs = def.async ? validateAsync() : validateSync();
            if (def.modifying)
                modifyData(cxt);
            reportErrs(() => addErrs(cxt, ruleErrs));
        }
    }
    function validateAsync() {
        const ruleErrs = gen.let("ruleErrs", null);
        gen.try(() => assignValid((0, codegen_1._) `await `), (e) => gen.assign(valid, false).if((0, codegen_1._) `${e} instanceof ${it.ValidationError}`, () => gen.assign(ruleErrs, (0, codegen_1._) `${e}.errors`), () => gen.throw(e)));
        return ruleErrs;
    }
    function validateSync() {
        const validateErrs = (0, codegen_1._) `${validateRef}.errors`;
        gen.assign(validateErrs, null);
        assignValid(codegen_1.nil);
        return validateErrs;
    }
    function assignValid(_await = def.async ? (0, codegen_1._) `await ` : codegen_1.nil) {
        const passCxt = it.opts.passContext ? names_1.default.this : names_1.default.self;
        const passSchema = !(("compile" in def && !$data) || def.schema === false);
        gen.assign(valid, (0, codegen_1._) `${_await}${(0, code_1.callValidateCode)(cxt, validateRef, passCxt, passSchema)}`, def.modifying);
    }
    function reportErrs(errors) {
        var _a;
        gen.if((0, codegen_1.not)((_a = def.valid) !== null && _a !== void 0 ? _a : valid), errors);
    }
}
exports.funcKeywordCode = funcKeywordCode;
function modifyData(cxt) {
    const { gen, data, it } = cxt;
    gen.if(it.parentData, () => gen.assign(data, (0, codegen_1._) `${it.parentData}[${it.parentDataProperty}]`));
}
function addErrs(cxt, errs) {
    const { gen } = cxt;
    gen.if((0, codegen_1._) `Array.isArray(${errs})`, () => {
        gen
            .assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`)
            .assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
        (0, errors_1.extendErrors)(cxt);
    }, () => cxt.error());
}
function checkAsyncKeyword({ schemaEnv }, def) {
    if (def.async && !schemaEnv.$async)
        throw new Error("async keyword in sync schema");
}
function useKeyword(gen, keyword, result) {
    if (result === undefined)
        throw new Error(`keyword "${keyword}" failed to compile`);
    return gen.scopeValue("keyword", typeof result == "function" ? { ref: result } : { ref: result, code: (0, codegen_1.stringify)(result) });
}
function validSchemaType(schema, schemaType, allowUndefined = false) {
    // TODO add tests
    return (!schemaType.length ||
        schemaType.some((st) => st === "array"
            ? Array.isArray(schema)
            : st === "object"
                ? schema && typeof schema == "object" && !Array.isArray(schema)
                : typeof schema == st || (allowUndefined && typeof schema == "undefined")));
}
exports.validSchemaType = validSchemaType;
function validateKeywordUsage({ schema, opts, self, errSchemaPath }, def, keyword) {
    /* istanbul ignore if */
    if (Array.isArray(def.keyword) ? !def.keyword.includes(keyword) : def.keyword !== keyword) {
        throw new Error("ajv implementation error");
    }
    const deps = def.dependencies;
    if (deps === null || deps === void 0 ? void 0 : deps.some((kwd) => !Object.prototype.hasOwnProperty.call(schema, kwd))) {
        throw new Error(`parent schema must have dependencies of ${keyword}: ${deps.join(",")}`);
    }
    if (def.validateSchema) {
        const valid = def.validateSchema(schema[keyword]);
        if (!valid) {
            const msg = `keyword "${keyword}" value is invalid at path "${errSchemaPath}": ` +
                self.errorsText(def.validateSchema.errors);
            if (opts.validateSchema === "log")
                self.logger.error(msg);
            else
                throw new Error(msg);
        }
    }
}
exports.validateKeywordUsage = validateKeywordUsage;
//# sourceMappingURL=keyword.js.map

/***/ }),

/***/ 6200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.extendSubschemaMode = exports.extendSubschemaData = exports.getSubschema = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
function getSubschema(it, { keyword, schemaProp, schema, schemaPath, errSchemaPath, topSchemaRef }) {
    if (keyword !== undefined && schema !== undefined) {
        throw new Error('both "keyword" and "schema" passed, only one allowed');
    }
    if (keyword !== undefined) {
        const sch = it.schema[keyword];
        return schemaProp === undefined
            ? {
                schema: sch,
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}`,
            }
            : {
                schema: sch[schemaProp],
                schemaPath: (0, codegen_1._) `${it.schemaPath}${(0, codegen_1.getProperty)(keyword)}${(0, codegen_1.getProperty)(schemaProp)}`,
                errSchemaPath: `${it.errSchemaPath}/${keyword}/${(0, util_1.escapeFragment)(schemaProp)}`,
            };
    }
    if (schema !== undefined) {
        if (schemaPath === undefined || errSchemaPath === undefined || topSchemaRef === undefined) {
            throw new Error('"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"');
        }
        return {
            schema,
            schemaPath,
            topSchemaRef,
            errSchemaPath,
        };
    }
    throw new Error('either "keyword" or "schema" must be passed');
}
exports.getSubschema = getSubschema;
function extendSubschemaData(subschema, it, { dataProp, dataPropType: dpType, data, dataTypes, propertyName }) {
    if (data !== undefined && dataProp !== undefined) {
        throw new Error('both "data" and "dataProp" passed, only one allowed');
    }
    const { gen } = it;
    if (dataProp !== undefined) {
        const { errorPath, dataPathArr, opts } = it;
        const nextData = gen.let("data", (0, codegen_1._) `${it.data}${(0, codegen_1.getProperty)(dataProp)}`, true);
        dataContextProps(nextData);
        subschema.errorPath = (0, codegen_1.str) `${errorPath}${(0, util_1.getErrorPath)(dataProp, dpType, opts.jsPropertySyntax)}`;
        subschema.parentDataProperty = (0, codegen_1._) `${dataProp}`;
        subschema.dataPathArr = [...dataPathArr, subschema.parentDataProperty];
    }
    if (data !== undefined) {
        const nextData = data instanceof codegen_1.Name ? data : gen.let("data", data, true); // replaceable if used once?
        dataContextProps(nextData);
        if (propertyName !== undefined)
            subschema.propertyName = propertyName;
        // TODO something is possibly wrong here with not changing parentDataProperty and not appending dataPathArr
    }
    if (dataTypes)
        subschema.dataTypes = dataTypes;
    function dataContextProps(_nextData) {
        subschema.data = _nextData;
        subschema.dataLevel = it.dataLevel + 1;
        subschema.dataTypes = [];
        it.definedProperties = new Set();
        subschema.parentData = it.data;
        subschema.dataNames = [...it.dataNames, _nextData];
    }
}
exports.extendSubschemaData = extendSubschemaData;
function extendSubschemaMode(subschema, { jtdDiscriminator, jtdMetadata, compositeRule, createErrors, allErrors }) {
    if (compositeRule !== undefined)
        subschema.compositeRule = compositeRule;
    if (createErrors !== undefined)
        subschema.createErrors = createErrors;
    if (allErrors !== undefined)
        subschema.allErrors = allErrors;
    subschema.jtdDiscriminator = jtdDiscriminator; // not inherited
    subschema.jtdMetadata = jtdMetadata; // not inherited
}
exports.extendSubschemaMode = extendSubschemaMode;
//# sourceMappingURL=subschema.js.map

/***/ }),

/***/ 3893:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.CodeGen = exports.Name = exports.nil = exports.stringify = exports.str = exports._ = exports.KeywordCxt = void 0;
var validate_1 = __nccwpck_require__(7881);
Object.defineProperty(exports, "KeywordCxt", ({ enumerable: true, get: function () { return validate_1.KeywordCxt; } }));
var codegen_1 = __nccwpck_require__(1436);
Object.defineProperty(exports, "_", ({ enumerable: true, get: function () { return codegen_1._; } }));
Object.defineProperty(exports, "str", ({ enumerable: true, get: function () { return codegen_1.str; } }));
Object.defineProperty(exports, "stringify", ({ enumerable: true, get: function () { return codegen_1.stringify; } }));
Object.defineProperty(exports, "nil", ({ enumerable: true, get: function () { return codegen_1.nil; } }));
Object.defineProperty(exports, "Name", ({ enumerable: true, get: function () { return codegen_1.Name; } }));
Object.defineProperty(exports, "CodeGen", ({ enumerable: true, get: function () { return codegen_1.CodeGen; } }));
const validation_error_1 = __nccwpck_require__(3021);
const ref_error_1 = __nccwpck_require__(3162);
const rules_1 = __nccwpck_require__(7353);
const compile_1 = __nccwpck_require__(2718);
const codegen_2 = __nccwpck_require__(1436);
const resolve_1 = __nccwpck_require__(4090);
const dataType_1 = __nccwpck_require__(6685);
const util_1 = __nccwpck_require__(4464);
const $dataRefSchema = __nccwpck_require__(3837);
const uri_1 = __nccwpck_require__(6285);
const defaultRegExp = (str, flags) => new RegExp(str, flags);
defaultRegExp.code = "new RegExp";
const META_IGNORE_OPTIONS = ["removeAdditional", "useDefaults", "coerceTypes"];
const EXT_SCOPE_NAMES = new Set([
    "validate",
    "serialize",
    "parse",
    "wrapper",
    "root",
    "schema",
    "keyword",
    "pattern",
    "formats",
    "validate$data",
    "func",
    "obj",
    "Error",
]);
const removedOptions = {
    errorDataPath: "",
    format: "`validateFormats: false` can be used instead.",
    nullable: '"nullable" keyword is supported by default.',
    jsonPointers: "Deprecated jsPropertySyntax can be used instead.",
    extendRefs: "Deprecated ignoreKeywordsWithRef can be used instead.",
    missingRefs: "Pass empty schema with $id that should be ignored to ajv.addSchema.",
    processCode: "Use option `code: {process: (code, schemaEnv: object) => string}`",
    sourceCode: "Use option `code: {source: true}`",
    strictDefaults: "It is default now, see option `strict`.",
    strictKeywords: "It is default now, see option `strict`.",
    uniqueItems: '"uniqueItems" keyword is always validated.',
    unknownFormats: "Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",
    cache: "Map is used as cache, schema object as key.",
    serialize: "Map is used as cache, schema object as key.",
    ajvErrors: "It is default now.",
};
const deprecatedOptions = {
    ignoreKeywordsWithRef: "",
    jsPropertySyntax: "",
    unicode: '"minLength"/"maxLength" account for unicode characters by default.',
};
const MAX_EXPRESSION = 200;
// eslint-disable-next-line complexity
function requiredOptions(o) {
    var _a, _b, _c, _d, _e, _f, _g, _h, _j, _k, _l, _m, _o, _p, _q, _r, _s, _t, _u, _v, _w, _x, _y, _z, _0;
    const s = o.strict;
    const _optz = (_a = o.code) === null || _a === void 0 ? void 0 : _a.optimize;
    const optimize = _optz === true || _optz === undefined ? 1 : _optz || 0;
    const regExp = (_c = (_b = o.code) === null || _b === void 0 ? void 0 : _b.regExp) !== null && _c !== void 0 ? _c : defaultRegExp;
    const uriResolver = (_d = o.uriResolver) !== null && _d !== void 0 ? _d : uri_1.default;
    return {
        strictSchema: (_f = (_e = o.strictSchema) !== null && _e !== void 0 ? _e : s) !== null && _f !== void 0 ? _f : true,
        strictNumbers: (_h = (_g = o.strictNumbers) !== null && _g !== void 0 ? _g : s) !== null && _h !== void 0 ? _h : true,
        strictTypes: (_k = (_j = o.strictTypes) !== null && _j !== void 0 ? _j : s) !== null && _k !== void 0 ? _k : "log",
        strictTuples: (_m = (_l = o.strictTuples) !== null && _l !== void 0 ? _l : s) !== null && _m !== void 0 ? _m : "log",
        strictRequired: (_p = (_o = o.strictRequired) !== null && _o !== void 0 ? _o : s) !== null && _p !== void 0 ? _p : false,
        code: o.code ? { ...o.code, optimize, regExp } : { optimize, regExp },
        loopRequired: (_q = o.loopRequired) !== null && _q !== void 0 ? _q : MAX_EXPRESSION,
        loopEnum: (_r = o.loopEnum) !== null && _r !== void 0 ? _r : MAX_EXPRESSION,
        meta: (_s = o.meta) !== null && _s !== void 0 ? _s : true,
        messages: (_t = o.messages) !== null && _t !== void 0 ? _t : true,
        inlineRefs: (_u = o.inlineRefs) !== null && _u !== void 0 ? _u : true,
        schemaId: (_v = o.schemaId) !== null && _v !== void 0 ? _v : "$id",
        addUsedSchema: (_w = o.addUsedSchema) !== null && _w !== void 0 ? _w : true,
        validateSchema: (_x = o.validateSchema) !== null && _x !== void 0 ? _x : true,
        validateFormats: (_y = o.validateFormats) !== null && _y !== void 0 ? _y : true,
        unicodeRegExp: (_z = o.unicodeRegExp) !== null && _z !== void 0 ? _z : true,
        int32range: (_0 = o.int32range) !== null && _0 !== void 0 ? _0 : true,
        uriResolver: uriResolver,
    };
}
class Ajv {
    constructor(opts = {}) {
        this.schemas = {};
        this.refs = {};
        this.formats = Object.create(null);
        this._compilations = new Set();
        this._loading = {};
        this._cache = new Map();
        opts = this.opts = { ...opts, ...requiredOptions(opts) };
        const { es5, lines } = this.opts.code;
        this.scope = new codegen_2.ValueScope({ scope: {}, prefixes: EXT_SCOPE_NAMES, es5, lines });
        this.logger = getLogger(opts.logger);
        const formatOpt = opts.validateFormats;
        opts.validateFormats = false;
        this.RULES = (0, rules_1.getRules)();
        checkOptions.call(this, removedOptions, opts, "NOT SUPPORTED");
        checkOptions.call(this, deprecatedOptions, opts, "DEPRECATED", "warn");
        this._metaOpts = getMetaSchemaOptions.call(this);
        if (opts.formats)
            addInitialFormats.call(this);
        this._addVocabularies();
        this._addDefaultMetaSchema();
        if (opts.keywords)
            addInitialKeywords.call(this, opts.keywords);
        if (typeof opts.meta == "object")
            this.addMetaSchema(opts.meta);
        addInitialSchemas.call(this);
        opts.validateFormats = formatOpt;
    }
    _addVocabularies() {
        this.addKeyword("$async");
    }
    _addDefaultMetaSchema() {
        const { $data, meta, schemaId } = this.opts;
        let _dataRefSchema = $dataRefSchema;
        if (schemaId === "id") {
            _dataRefSchema = { ...$dataRefSchema };
            _dataRefSchema.id = _dataRefSchema.$id;
            delete _dataRefSchema.$id;
        }
        if (meta && $data)
            this.addMetaSchema(_dataRefSchema, _dataRefSchema[schemaId], false);
    }
    defaultMeta() {
        const { meta, schemaId } = this.opts;
        return (this.opts.defaultMeta = typeof meta == "object" ? meta[schemaId] || meta : undefined);
    }
    validate(schemaKeyRef, // key, ref or schema object
    // eslint-disable-next-line @typescript-eslint/no-redundant-type-constituents
    data // to be validated
    ) {
        let v;
        if (typeof schemaKeyRef == "string") {
            v = this.getSchema(schemaKeyRef);
            if (!v)
                throw new Error(`no schema with key or ref "${schemaKeyRef}"`);
        }
        else {
            v = this.compile(schemaKeyRef);
        }
        const valid = v(data);
        if (!("$async" in v))
            this.errors = v.errors;
        return valid;
    }
    compile(schema, _meta) {
        const sch = this._addSchema(schema, _meta);
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    compileAsync(schema, meta) {
        if (typeof this.opts.loadSchema != "function") {
            throw new Error("options.loadSchema should be a function");
        }
        const { loadSchema } = this.opts;
        return runCompileAsync.call(this, schema, meta);
        async function runCompileAsync(_schema, _meta) {
            await loadMetaSchema.call(this, _schema.$schema);
            const sch = this._addSchema(_schema, _meta);
            return sch.validate || _compileAsync.call(this, sch);
        }
        async function loadMetaSchema($ref) {
            if ($ref && !this.getSchema($ref)) {
                await runCompileAsync.call(this, { $ref }, true);
            }
        }
        async function _compileAsync(sch) {
            try {
                return this._compileSchemaEnv(sch);
            }
            catch (e) {
                if (!(e instanceof ref_error_1.default))
                    throw e;
                checkLoaded.call(this, e);
                await loadMissingSchema.call(this, e.missingSchema);
                return _compileAsync.call(this, sch);
            }
        }
        function checkLoaded({ missingSchema: ref, missingRef }) {
            if (this.refs[ref]) {
                throw new Error(`AnySchema ${ref} is loaded but ${missingRef} cannot be resolved`);
            }
        }
        async function loadMissingSchema(ref) {
            const _schema = await _loadSchema.call(this, ref);
            if (!this.refs[ref])
                await loadMetaSchema.call(this, _schema.$schema);
            if (!this.refs[ref])
                this.addSchema(_schema, ref, meta);
        }
        async function _loadSchema(ref) {
            const p = this._loading[ref];
            if (p)
                return p;
            try {
                return await (this._loading[ref] = loadSchema(ref));
            }
            finally {
                delete this._loading[ref];
            }
        }
    }
    // Adds schema to the instance
    addSchema(schema, // If array is passed, `key` will be ignored
    key, // Optional schema key. Can be passed to `validate` method instead of schema object or id/ref. One schema per instance can have empty `id` and `key`.
    _meta, // true if schema is a meta-schema. Used internally, addMetaSchema should be used instead.
    _validateSchema = this.opts.validateSchema // false to skip schema validation. Used internally, option validateSchema should be used instead.
    ) {
        if (Array.isArray(schema)) {
            for (const sch of schema)
                this.addSchema(sch, undefined, _meta, _validateSchema);
            return this;
        }
        let id;
        if (typeof schema === "object") {
            const { schemaId } = this.opts;
            id = schema[schemaId];
            if (id !== undefined && typeof id != "string") {
                throw new Error(`schema ${schemaId} must be string`);
            }
        }
        key = (0, resolve_1.normalizeId)(key || id);
        this._checkUnique(key);
        this.schemas[key] = this._addSchema(schema, _meta, key, _validateSchema, true);
        return this;
    }
    // Add schema that will be used to validate other schemas
    // options in META_IGNORE_OPTIONS are alway set to false
    addMetaSchema(schema, key, // schema key
    _validateSchema = this.opts.validateSchema // false to skip schema validation, can be used to override validateSchema option for meta-schema
    ) {
        this.addSchema(schema, key, true, _validateSchema);
        return this;
    }
    //  Validate schema against its meta-schema
    validateSchema(schema, throwOrLogError) {
        if (typeof schema == "boolean")
            return true;
        let $schema;
        $schema = schema.$schema;
        if ($schema !== undefined && typeof $schema != "string") {
            throw new Error("$schema must be a string");
        }
        $schema = $schema || this.opts.defaultMeta || this.defaultMeta();
        if (!$schema) {
            this.logger.warn("meta-schema not available");
            this.errors = null;
            return true;
        }
        const valid = this.validate($schema, schema);
        if (!valid && throwOrLogError) {
            const message = "schema is invalid: " + this.errorsText();
            if (this.opts.validateSchema === "log")
                this.logger.error(message);
            else
                throw new Error(message);
        }
        return valid;
    }
    // Get compiled schema by `key` or `ref`.
    // (`key` that was passed to `addSchema` or full schema reference - `schema.$id` or resolved id)
    getSchema(keyRef) {
        let sch;
        while (typeof (sch = getSchEnv.call(this, keyRef)) == "string")
            keyRef = sch;
        if (sch === undefined) {
            const { schemaId } = this.opts;
            const root = new compile_1.SchemaEnv({ schema: {}, schemaId });
            sch = compile_1.resolveSchema.call(this, root, keyRef);
            if (!sch)
                return;
            this.refs[keyRef] = sch;
        }
        return (sch.validate || this._compileSchemaEnv(sch));
    }
    // Remove cached schema(s).
    // If no parameter is passed all schemas but meta-schemas are removed.
    // If RegExp is passed all schemas with key/id matching pattern but meta-schemas are removed.
    // Even if schema is referenced by other schemas it still can be removed as other schemas have local references.
    removeSchema(schemaKeyRef) {
        if (schemaKeyRef instanceof RegExp) {
            this._removeAllSchemas(this.schemas, schemaKeyRef);
            this._removeAllSchemas(this.refs, schemaKeyRef);
            return this;
        }
        switch (typeof schemaKeyRef) {
            case "undefined":
                this._removeAllSchemas(this.schemas);
                this._removeAllSchemas(this.refs);
                this._cache.clear();
                return this;
            case "string": {
                const sch = getSchEnv.call(this, schemaKeyRef);
                if (typeof sch == "object")
                    this._cache.delete(sch.schema);
                delete this.schemas[schemaKeyRef];
                delete this.refs[schemaKeyRef];
                return this;
            }
            case "object": {
                const cacheKey = schemaKeyRef;
                this._cache.delete(cacheKey);
                let id = schemaKeyRef[this.opts.schemaId];
                if (id) {
                    id = (0, resolve_1.normalizeId)(id);
                    delete this.schemas[id];
                    delete this.refs[id];
                }
                return this;
            }
            default:
                throw new Error("ajv.removeSchema: invalid parameter");
        }
    }
    // add "vocabulary" - a collection of keywords
    addVocabulary(definitions) {
        for (const def of definitions)
            this.addKeyword(def);
        return this;
    }
    addKeyword(kwdOrDef, def // deprecated
    ) {
        let keyword;
        if (typeof kwdOrDef == "string") {
            keyword = kwdOrDef;
            if (typeof def == "object") {
                this.logger.warn("these parameters are deprecated, see docs for addKeyword");
                def.keyword = keyword;
            }
        }
        else if (typeof kwdOrDef == "object" && def === undefined) {
            def = kwdOrDef;
            keyword = def.keyword;
            if (Array.isArray(keyword) && !keyword.length) {
                throw new Error("addKeywords: keyword must be string or non-empty array");
            }
        }
        else {
            throw new Error("invalid addKeywords parameters");
        }
        checkKeyword.call(this, keyword, def);
        if (!def) {
            (0, util_1.eachItem)(keyword, (kwd) => addRule.call(this, kwd));
            return this;
        }
        keywordMetaschema.call(this, def);
        const definition = {
            ...def,
            type: (0, dataType_1.getJSONTypes)(def.type),
            schemaType: (0, dataType_1.getJSONTypes)(def.schemaType),
        };
        (0, util_1.eachItem)(keyword, definition.type.length === 0
            ? (k) => addRule.call(this, k, definition)
            : (k) => definition.type.forEach((t) => addRule.call(this, k, definition, t)));
        return this;
    }
    getKeyword(keyword) {
        const rule = this.RULES.all[keyword];
        return typeof rule == "object" ? rule.definition : !!rule;
    }
    // Remove keyword
    removeKeyword(keyword) {
        // TODO return type should be Ajv
        const { RULES } = this;
        delete RULES.keywords[keyword];
        delete RULES.all[keyword];
        for (const group of RULES.rules) {
            const i = group.rules.findIndex((rule) => rule.keyword === keyword);
            if (i >= 0)
                group.rules.splice(i, 1);
        }
        return this;
    }
    // Add format
    addFormat(name, format) {
        if (typeof format == "string")
            format = new RegExp(format);
        this.formats[name] = format;
        return this;
    }
    errorsText(errors = this.errors, // optional array of validation errors
    { separator = ", ", dataVar = "data" } = {} // optional options with properties `separator` and `dataVar`
    ) {
        if (!errors || errors.length === 0)
            return "No errors";
        return errors
            .map((e) => `${dataVar}${e.instancePath} ${e.message}`)
            .reduce((text, msg) => text + separator + msg);
    }
    $dataMetaSchema(metaSchema, keywordsJsonPointers) {
        const rules = this.RULES.all;
        metaSchema = JSON.parse(JSON.stringify(metaSchema));
        for (const jsonPointer of keywordsJsonPointers) {
            const segments = jsonPointer.split("/").slice(1); // first segment is an empty string
            let keywords = metaSchema;
            for (const seg of segments)
                keywords = keywords[seg];
            for (const key in rules) {
                const rule = rules[key];
                if (typeof rule != "object")
                    continue;
                const { $data } = rule.definition;
                const schema = keywords[key];
                if ($data && schema)
                    keywords[key] = schemaOrData(schema);
            }
        }
        return metaSchema;
    }
    _removeAllSchemas(schemas, regex) {
        for (const keyRef in schemas) {
            const sch = schemas[keyRef];
            if (!regex || regex.test(keyRef)) {
                if (typeof sch == "string") {
                    delete schemas[keyRef];
                }
                else if (sch && !sch.meta) {
                    this._cache.delete(sch.schema);
                    delete schemas[keyRef];
                }
            }
        }
    }
    _addSchema(schema, meta, baseId, validateSchema = this.opts.validateSchema, addSchema = this.opts.addUsedSchema) {
        let id;
        const { schemaId } = this.opts;
        if (typeof schema == "object") {
            id = schema[schemaId];
        }
        else {
            if (this.opts.jtd)
                throw new Error("schema must be object");
            else if (typeof schema != "boolean")
                throw new Error("schema must be object or boolean");
        }
        let sch = this._cache.get(schema);
        if (sch !== undefined)
            return sch;
        baseId = (0, resolve_1.normalizeId)(id || baseId);
        const localRefs = resolve_1.getSchemaRefs.call(this, schema, baseId);
        sch = new compile_1.SchemaEnv({ schema, schemaId, meta, baseId, localRefs });
        this._cache.set(sch.schema, sch);
        if (addSchema && !baseId.startsWith("#")) {
            // TODO atm it is allowed to overwrite schemas without id (instead of not adding them)
            if (baseId)
                this._checkUnique(baseId);
            this.refs[baseId] = sch;
        }
        if (validateSchema)
            this.validateSchema(schema, true);
        return sch;
    }
    _checkUnique(id) {
        if (this.schemas[id] || this.refs[id]) {
            throw new Error(`schema with key or id "${id}" already exists`);
        }
    }
    _compileSchemaEnv(sch) {
        if (sch.meta)
            this._compileMetaSchema(sch);
        else
            compile_1.compileSchema.call(this, sch);
        /* istanbul ignore if */
        if (!sch.validate)
            throw new Error("ajv implementation error");
        return sch.validate;
    }
    _compileMetaSchema(sch) {
        const currentOpts = this.opts;
        this.opts = this._metaOpts;
        try {
            compile_1.compileSchema.call(this, sch);
        }
        finally {
            this.opts = currentOpts;
        }
    }
}
Ajv.ValidationError = validation_error_1.default;
Ajv.MissingRefError = ref_error_1.default;
exports["default"] = Ajv;
function checkOptions(checkOpts, options, msg, log = "error") {
    for (const key in checkOpts) {
        const opt = key;
        if (opt in options)
            this.logger[log](`${msg}: option ${key}. ${checkOpts[opt]}`);
    }
}
function getSchEnv(keyRef) {
    keyRef = (0, resolve_1.normalizeId)(keyRef); // TODO tests fail without this line
    return this.schemas[keyRef] || this.refs[keyRef];
}
function addInitialSchemas() {
    const optsSchemas = this.opts.schemas;
    if (!optsSchemas)
        return;
    if (Array.isArray(optsSchemas))
        this.addSchema(optsSchemas);
    else
        for (const key in optsSchemas)
            this.addSchema(optsSchemas[key], key);
}
function addInitialFormats() {
    for (const name in this.opts.formats) {
        const format = this.opts.formats[name];
        if (format)
            this.addFormat(name, format);
    }
}
function addInitialKeywords(defs) {
    if (Array.isArray(defs)) {
        this.addVocabulary(defs);
        return;
    }
    this.logger.warn("keywords option as map is deprecated, pass array");
    for (const keyword in defs) {
        const def = defs[keyword];
        if (!def.keyword)
            def.keyword = keyword;
        this.addKeyword(def);
    }
}
function getMetaSchemaOptions() {
    const metaOpts = { ...this.opts };
    for (const opt of META_IGNORE_OPTIONS)
        delete metaOpts[opt];
    return metaOpts;
}
const noLogs = { log() { }, warn() { }, error() { } };
function getLogger(logger) {
    if (logger === false)
        return noLogs;
    if (logger === undefined)
        return console;
    if (logger.log && logger.warn && logger.error)
        return logger;
    throw new Error("logger must implement log, warn and error methods");
}
const KEYWORD_NAME = /^[a-z_$][a-z0-9_$:-]*$/i;
function checkKeyword(keyword, def) {
    const { RULES } = this;
    (0, util_1.eachItem)(keyword, (kwd) => {
        if (RULES.keywords[kwd])
            throw new Error(`Keyword ${kwd} is already defined`);
        if (!KEYWORD_NAME.test(kwd))
            throw new Error(`Keyword ${kwd} has invalid name`);
    });
    if (!def)
        return;
    if (def.$data && !("code" in def || "validate" in def)) {
        throw new Error('$data keyword must have "code" or "validate" function');
    }
}
function addRule(keyword, definition, dataType) {
    var _a;
    const post = definition === null || definition === void 0 ? void 0 : definition.post;
    if (dataType && post)
        throw new Error('keyword with "post" flag cannot have "type"');
    const { RULES } = this;
    let ruleGroup = post ? RULES.post : RULES.rules.find(({ type: t }) => t === dataType);
    if (!ruleGroup) {
        ruleGroup = { type: dataType, rules: [] };
        RULES.rules.push(ruleGroup);
    }
    RULES.keywords[keyword] = true;
    if (!definition)
        return;
    const rule = {
        keyword,
        definition: {
            ...definition,
            type: (0, dataType_1.getJSONTypes)(definition.type),
            schemaType: (0, dataType_1.getJSONTypes)(definition.schemaType),
        },
    };
    if (definition.before)
        addBeforeRule.call(this, ruleGroup, rule, definition.before);
    else
        ruleGroup.rules.push(rule);
    RULES.all[keyword] = rule;
    (_a = definition.implements) === null || _a === void 0 ? void 0 : _a.forEach((kwd) => this.addKeyword(kwd));
}
function addBeforeRule(ruleGroup, rule, before) {
    const i = ruleGroup.rules.findIndex((_rule) => _rule.keyword === before);
    if (i >= 0) {
        ruleGroup.rules.splice(i, 0, rule);
    }
    else {
        ruleGroup.rules.push(rule);
        this.logger.warn(`rule ${before} is not defined`);
    }
}
function keywordMetaschema(def) {
    let { metaSchema } = def;
    if (metaSchema === undefined)
        return;
    if (def.$data && this.opts.$data)
        metaSchema = schemaOrData(metaSchema);
    def.validateSchema = this.compile(metaSchema, true);
}
const $dataRef = {
    $ref: "https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#",
};
function schemaOrData(schema) {
    return { anyOf: [schema, $dataRef] };
}
//# sourceMappingURL=core.js.map

/***/ }),

/***/ 4951:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://github.com/ajv-validator/ajv/issues/889
const equal = __nccwpck_require__(3430);
equal.code = 'require("ajv/dist/runtime/equal").default';
exports["default"] = equal;
//# sourceMappingURL=equal.js.map

/***/ }),

/***/ 6214:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
// https://mathiasbynens.be/notes/javascript-encoding
// https://github.com/bestiejs/punycode.js - punycode.ucs2.decode
function ucs2length(str) {
    const len = str.length;
    let length = 0;
    let pos = 0;
    let value;
    while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 0xd800 && value <= 0xdbff && pos < len) {
            // high surrogate, and there is a next character
            value = str.charCodeAt(pos);
            if ((value & 0xfc00) === 0xdc00)
                pos++; // low surrogate
        }
    }
    return length;
}
exports["default"] = ucs2length;
ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
//# sourceMappingURL=ucs2length.js.map

/***/ }),

/***/ 6285:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const uri = __nccwpck_require__(4352);
uri.code = 'require("ajv/dist/runtime/uri").default';
exports["default"] = uri;
//# sourceMappingURL=uri.js.map

/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
class ValidationError extends Error {
    constructor(errors) {
        super("validation failed");
        this.errors = errors;
        this.ajv = this.validation = true;
    }
}
exports["default"] = ValidationError;
//# sourceMappingURL=validation_error.js.map

/***/ }),

/***/ 3448:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateAdditionalItems = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "additionalItems",
    type: "array",
    schemaType: ["boolean", "object"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { parentSchema, it } = cxt;
        const { items } = parentSchema;
        if (!Array.isArray(items)) {
            (0, util_1.checkStrictMode)(it, '"additionalItems" is ignored when "items" is not an array of schemas');
            return;
        }
        validateAdditionalItems(cxt, items);
    },
};
function validateAdditionalItems(cxt, items) {
    const { gen, schema, data, keyword, it } = cxt;
    it.items = true;
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    if (schema === false) {
        cxt.setParams({ len: items.length });
        cxt.pass((0, codegen_1._) `${len} <= ${items.length}`);
    }
    else if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
        const valid = gen.var("valid", (0, codegen_1._) `${len} <= ${items.length}`); // TODO var
        gen.if((0, codegen_1.not)(valid), () => validateItems(valid));
        cxt.ok(valid);
    }
    function validateItems(valid) {
        gen.forRange("i", items.length, len, (i) => {
            cxt.subschema({ keyword, dataProp: i, dataPropType: util_1.Type.Num }, valid);
            if (!it.allErrors)
                gen.if((0, codegen_1.not)(valid), () => gen.break());
        });
    }
}
exports.validateAdditionalItems = validateAdditionalItems;
exports["default"] = def;
//# sourceMappingURL=additionalItems.js.map

/***/ }),

/***/ 2431:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must NOT have additional properties",
    params: ({ params }) => (0, codegen_1._) `{additionalProperty: ${params.additionalProperty}}`,
};
const def = {
    keyword: "additionalProperties",
    type: ["object"],
    schemaType: ["boolean", "object"],
    allowUndefined: true,
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, errsCount, it } = cxt;
        /* istanbul ignore if */
        if (!errsCount)
            throw new Error("ajv implementation error");
        const { allErrors, opts } = it;
        it.props = true;
        if (opts.removeAdditional !== "all" && (0, util_1.alwaysValidSchema)(it, schema))
            return;
        const props = (0, code_1.allSchemaProperties)(parentSchema.properties);
        const patProps = (0, code_1.allSchemaProperties)(parentSchema.patternProperties);
        checkAdditionalProperties();
        cxt.ok((0, codegen_1._) `${errsCount} === ${names_1.default.errors}`);
        function checkAdditionalProperties() {
            gen.forIn("key", data, (key) => {
                if (!props.length && !patProps.length)
                    additionalPropertyCode(key);
                else
                    gen.if(isAdditional(key), () => additionalPropertyCode(key));
            });
        }
        function isAdditional(key) {
            let definedProp;
            if (props.length > 8) {
                // TODO maybe an option instead of hard-coded 8?
                const propsSchema = (0, util_1.schemaRefOrVal)(it, parentSchema.properties, "properties");
                definedProp = (0, code_1.isOwnProperty)(gen, propsSchema, key);
            }
            else if (props.length) {
                definedProp = (0, codegen_1.or)(...props.map((p) => (0, codegen_1._) `${key} === ${p}`));
            }
            else {
                definedProp = codegen_1.nil;
            }
            if (patProps.length) {
                definedProp = (0, codegen_1.or)(definedProp, ...patProps.map((p) => (0, codegen_1._) `${(0, code_1.usePattern)(cxt, p)}.test(${key})`));
            }
            return (0, codegen_1.not)(definedProp);
        }
        function deleteAdditional(key) {
            gen.code((0, codegen_1._) `delete ${data}[${key}]`);
        }
        function additionalPropertyCode(key) {
            if (opts.removeAdditional === "all" || (opts.removeAdditional && schema === false)) {
                deleteAdditional(key);
                return;
            }
            if (schema === false) {
                cxt.setParams({ additionalProperty: key });
                cxt.error();
                if (!allErrors)
                    gen.break();
                return;
            }
            if (typeof schema == "object" && !(0, util_1.alwaysValidSchema)(it, schema)) {
                const valid = gen.name("valid");
                if (opts.removeAdditional === "failing") {
                    applyAdditionalSchema(key, valid, false);
                    gen.if((0, codegen_1.not)(valid), () => {
                        cxt.reset();
                        deleteAdditional(key);
                    });
                }
                else {
                    applyAdditionalSchema(key, valid);
                    if (!allErrors)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                }
            }
        }
        function applyAdditionalSchema(key, valid, errors) {
            const subschema = {
                keyword: "additionalProperties",
                dataProp: key,
                dataPropType: util_1.Type.Str,
            };
            if (errors === false) {
                Object.assign(subschema, {
                    compositeRule: true,
                    createErrors: false,
                    allErrors: false,
                });
            }
            cxt.subschema(subschema, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=additionalProperties.js.map

/***/ }),

/***/ 9205:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "allOf",
    schemaType: "array",
    code(cxt) {
        const { gen, schema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        const valid = gen.name("valid");
        schema.forEach((sch, i) => {
            if ((0, util_1.alwaysValidSchema)(it, sch))
                return;
            const schCxt = cxt.subschema({ keyword: "allOf", schemaProp: i }, valid);
            cxt.ok(valid);
            cxt.mergeEvaluated(schCxt);
        });
    },
};
exports["default"] = def;
//# sourceMappingURL=allOf.js.map

/***/ }),

/***/ 9380:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "anyOf",
    schemaType: "array",
    trackErrors: true,
    code: code_1.validateUnion,
    error: { message: "must match a schema in anyOf" },
};
exports["default"] = def;
//# sourceMappingURL=anyOf.js.map

/***/ }),

/***/ 6182:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { min, max } }) => max === undefined
        ? (0, codegen_1.str) `must contain at least ${min} valid item(s)`
        : (0, codegen_1.str) `must contain at least ${min} and no more than ${max} valid item(s)`,
    params: ({ params: { min, max } }) => max === undefined ? (0, codegen_1._) `{minContains: ${min}}` : (0, codegen_1._) `{minContains: ${min}, maxContains: ${max}}`,
};
const def = {
    keyword: "contains",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        let min;
        let max;
        const { minContains, maxContains } = parentSchema;
        if (it.opts.next) {
            min = minContains === undefined ? 1 : minContains;
            max = maxContains;
        }
        else {
            min = 1;
        }
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        cxt.setParams({ min, max });
        if (max === undefined && min === 0) {
            (0, util_1.checkStrictMode)(it, `"minContains" == 0 without "maxContains": "contains" keyword ignored`);
            return;
        }
        if (max !== undefined && min > max) {
            (0, util_1.checkStrictMode)(it, `"minContains" > "maxContains" is always invalid`);
            cxt.fail();
            return;
        }
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            let cond = (0, codegen_1._) `${len} >= ${min}`;
            if (max !== undefined)
                cond = (0, codegen_1._) `${cond} && ${len} <= ${max}`;
            cxt.pass(cond);
            return;
        }
        it.items = true;
        const valid = gen.name("valid");
        if (max === undefined && min === 1) {
            validateItems(valid, () => gen.if(valid, () => gen.break()));
        }
        else if (min === 0) {
            gen.let(valid, true);
            if (max !== undefined)
                gen.if((0, codegen_1._) `${data}.length > 0`, validateItemsWithCount);
        }
        else {
            gen.let(valid, false);
            validateItemsWithCount();
        }
        cxt.result(valid, () => cxt.reset());
        function validateItemsWithCount() {
            const schValid = gen.name("_valid");
            const count = gen.let("count", 0);
            validateItems(schValid, () => gen.if(schValid, () => checkLimits(count)));
        }
        function validateItems(_valid, block) {
            gen.forRange("i", 0, len, (i) => {
                cxt.subschema({
                    keyword: "contains",
                    dataProp: i,
                    dataPropType: util_1.Type.Num,
                    compositeRule: true,
                }, _valid);
                block();
            });
        }
        function checkLimits(count) {
            gen.code((0, codegen_1._) `${count}++`);
            if (max === undefined) {
                gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true).break());
            }
            else {
                gen.if((0, codegen_1._) `${count} > ${max}`, () => gen.assign(valid, false).break());
                if (min === 1)
                    gen.assign(valid, true);
                else
                    gen.if((0, codegen_1._) `${count} >= ${min}`, () => gen.assign(valid, true));
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=contains.js.map

/***/ }),

/***/ 5826:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateSchemaDeps = exports.validatePropertyDeps = exports.error = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
exports.error = {
    message: ({ params: { property, depsCount, deps } }) => {
        const property_ies = depsCount === 1 ? "property" : "properties";
        return (0, codegen_1.str) `must have ${property_ies} ${deps} when property ${property} is present`;
    },
    params: ({ params: { property, depsCount, deps, missingProperty } }) => (0, codegen_1._) `{property: ${property},
    missingProperty: ${missingProperty},
    depsCount: ${depsCount},
    deps: ${deps}}`, // TODO change to reference
};
const def = {
    keyword: "dependencies",
    type: "object",
    schemaType: "object",
    error: exports.error,
    code(cxt) {
        const [propDeps, schDeps] = splitDependencies(cxt);
        validatePropertyDeps(cxt, propDeps);
        validateSchemaDeps(cxt, schDeps);
    },
};
function splitDependencies({ schema }) {
    const propertyDeps = {};
    const schemaDeps = {};
    for (const key in schema) {
        if (key === "__proto__")
            continue;
        const deps = Array.isArray(schema[key]) ? propertyDeps : schemaDeps;
        deps[key] = schema[key];
    }
    return [propertyDeps, schemaDeps];
}
function validatePropertyDeps(cxt, propertyDeps = cxt.schema) {
    const { gen, data, it } = cxt;
    if (Object.keys(propertyDeps).length === 0)
        return;
    const missing = gen.let("missing");
    for (const prop in propertyDeps) {
        const deps = propertyDeps[prop];
        if (deps.length === 0)
            continue;
        const hasProperty = (0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties);
        cxt.setParams({
            property: prop,
            depsCount: deps.length,
            deps: deps.join(", "),
        });
        if (it.allErrors) {
            gen.if(hasProperty, () => {
                for (const depProp of deps) {
                    (0, code_1.checkReportMissingProp)(cxt, depProp);
                }
            });
        }
        else {
            gen.if((0, codegen_1._) `${hasProperty} && (${(0, code_1.checkMissingProp)(cxt, deps, missing)})`);
            (0, code_1.reportMissingProp)(cxt, missing);
            gen.else();
        }
    }
}
exports.validatePropertyDeps = validatePropertyDeps;
function validateSchemaDeps(cxt, schemaDeps = cxt.schema) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    for (const prop in schemaDeps) {
        if ((0, util_1.alwaysValidSchema)(it, schemaDeps[prop]))
            continue;
        gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties), () => {
            const schCxt = cxt.subschema({ keyword, schemaProp: prop }, valid);
            cxt.mergeValidEvaluated(schCxt, valid);
        }, () => gen.var(valid, true) // TODO var
        );
        cxt.ok(valid);
    }
}
exports.validateSchemaDeps = validateSchemaDeps;
exports["default"] = def;
//# sourceMappingURL=dependencies.js.map

/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params }) => (0, codegen_1.str) `must match "${params.ifClause}" schema`,
    params: ({ params }) => (0, codegen_1._) `{failingKeyword: ${params.ifClause}}`,
};
const def = {
    keyword: "if",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, parentSchema, it } = cxt;
        if (parentSchema.then === undefined && parentSchema.else === undefined) {
            (0, util_1.checkStrictMode)(it, '"if" without "then" and "else" is ignored');
        }
        const hasThen = hasSchema(it, "then");
        const hasElse = hasSchema(it, "else");
        if (!hasThen && !hasElse)
            return;
        const valid = gen.let("valid", true);
        const schValid = gen.name("_valid");
        validateIf();
        cxt.reset();
        if (hasThen && hasElse) {
            const ifClause = gen.let("ifClause");
            cxt.setParams({ ifClause });
            gen.if(schValid, validateClause("then", ifClause), validateClause("else", ifClause));
        }
        else if (hasThen) {
            gen.if(schValid, validateClause("then"));
        }
        else {
            gen.if((0, codegen_1.not)(schValid), validateClause("else"));
        }
        cxt.pass(valid, () => cxt.error(true));
        function validateIf() {
            const schCxt = cxt.subschema({
                keyword: "if",
                compositeRule: true,
                createErrors: false,
                allErrors: false,
            }, schValid);
            cxt.mergeEvaluated(schCxt);
        }
        function validateClause(keyword, ifClause) {
            return () => {
                const schCxt = cxt.subschema({ keyword }, schValid);
                gen.assign(valid, schValid);
                cxt.mergeValidEvaluated(schCxt, valid);
                if (ifClause)
                    gen.assign(ifClause, (0, codegen_1._) `${keyword}`);
                else
                    cxt.setParams({ ifClause: keyword });
            };
        }
    },
};
function hasSchema(it, keyword) {
    const schema = it.schema[keyword];
    return schema !== undefined && !(0, util_1.alwaysValidSchema)(it, schema);
}
exports["default"] = def;
//# sourceMappingURL=if.js.map

/***/ }),

/***/ 8775:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const additionalItems_1 = __nccwpck_require__(3448);
const prefixItems_1 = __nccwpck_require__(6467);
const items_1 = __nccwpck_require__(5791);
const items2020_1 = __nccwpck_require__(2959);
const contains_1 = __nccwpck_require__(6182);
const dependencies_1 = __nccwpck_require__(5826);
const propertyNames_1 = __nccwpck_require__(1372);
const additionalProperties_1 = __nccwpck_require__(2431);
const properties_1 = __nccwpck_require__(8778);
const patternProperties_1 = __nccwpck_require__(664);
const not_1 = __nccwpck_require__(8350);
const anyOf_1 = __nccwpck_require__(9380);
const oneOf_1 = __nccwpck_require__(2490);
const allOf_1 = __nccwpck_require__(9205);
const if_1 = __nccwpck_require__(8584);
const thenElse_1 = __nccwpck_require__(6829);
function getApplicator(draft2020 = false) {
    const applicator = [
        // any
        not_1.default,
        anyOf_1.default,
        oneOf_1.default,
        allOf_1.default,
        if_1.default,
        thenElse_1.default,
        // object
        propertyNames_1.default,
        additionalProperties_1.default,
        dependencies_1.default,
        properties_1.default,
        patternProperties_1.default,
    ];
    // array
    if (draft2020)
        applicator.push(prefixItems_1.default, items2020_1.default);
    else
        applicator.push(additionalItems_1.default, items_1.default);
    applicator.push(contains_1.default);
    return applicator;
}
exports["default"] = getApplicator;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 5791:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateTuple = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "array", "boolean"],
    before: "uniqueItems",
    code(cxt) {
        const { schema, it } = cxt;
        if (Array.isArray(schema))
            return validateTuple(cxt, "additionalItems", schema);
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        cxt.ok((0, code_1.validateArray)(cxt));
    },
};
function validateTuple(cxt, extraItems, schArr = cxt.schema) {
    const { gen, parentSchema, data, keyword, it } = cxt;
    checkStrictTuple(parentSchema);
    if (it.opts.unevaluated && schArr.length && it.items !== true) {
        it.items = util_1.mergeEvaluated.items(gen, schArr.length, it.items);
    }
    const valid = gen.name("valid");
    const len = gen.const("len", (0, codegen_1._) `${data}.length`);
    schArr.forEach((sch, i) => {
        if ((0, util_1.alwaysValidSchema)(it, sch))
            return;
        gen.if((0, codegen_1._) `${len} > ${i}`, () => cxt.subschema({
            keyword,
            schemaProp: i,
            dataProp: i,
        }, valid));
        cxt.ok(valid);
    });
    function checkStrictTuple(sch) {
        const { opts, errSchemaPath } = it;
        const l = schArr.length;
        const fullTuple = l === sch.minItems && (l === sch.maxItems || sch[extraItems] === false);
        if (opts.strictTuples && !fullTuple) {
            const msg = `"${keyword}" is ${l}-tuple, but minItems or maxItems/${extraItems} are not specified or different at path "${errSchemaPath}"`;
            (0, util_1.checkStrictMode)(it, msg, opts.strictTuples);
        }
    }
}
exports.validateTuple = validateTuple;
exports["default"] = def;
//# sourceMappingURL=items.js.map

/***/ }),

/***/ 2959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const code_1 = __nccwpck_require__(8484);
const additionalItems_1 = __nccwpck_require__(3448);
const error = {
    message: ({ params: { len } }) => (0, codegen_1.str) `must NOT have more than ${len} items`,
    params: ({ params: { len } }) => (0, codegen_1._) `{limit: ${len}}`,
};
const def = {
    keyword: "items",
    type: "array",
    schemaType: ["object", "boolean"],
    before: "uniqueItems",
    error,
    code(cxt) {
        const { schema, parentSchema, it } = cxt;
        const { prefixItems } = parentSchema;
        it.items = true;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        if (prefixItems)
            (0, additionalItems_1.validateAdditionalItems)(cxt, prefixItems);
        else
            cxt.ok((0, code_1.validateArray)(cxt));
    },
};
exports["default"] = def;
//# sourceMappingURL=items2020.js.map

/***/ }),

/***/ 8350:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "not",
    schemaType: ["object", "boolean"],
    trackErrors: true,
    code(cxt) {
        const { gen, schema, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema)) {
            cxt.fail();
            return;
        }
        const valid = gen.name("valid");
        cxt.subschema({
            keyword: "not",
            compositeRule: true,
            createErrors: false,
            allErrors: false,
        }, valid);
        cxt.failResult(valid, () => cxt.reset(), () => cxt.error());
    },
    error: { message: "must NOT be valid" },
};
exports["default"] = def;
//# sourceMappingURL=not.js.map

/***/ }),

/***/ 2490:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "must match exactly one schema in oneOf",
    params: ({ params }) => (0, codegen_1._) `{passingSchemas: ${params.passing}}`,
};
const def = {
    keyword: "oneOf",
    schemaType: "array",
    trackErrors: true,
    error,
    code(cxt) {
        const { gen, schema, parentSchema, it } = cxt;
        /* istanbul ignore if */
        if (!Array.isArray(schema))
            throw new Error("ajv implementation error");
        if (it.opts.discriminator && parentSchema.discriminator)
            return;
        const schArr = schema;
        const valid = gen.let("valid", false);
        const passing = gen.let("passing", null);
        const schValid = gen.name("_valid");
        cxt.setParams({ passing });
        // TODO possibly fail straight away (with warning or exception) if there are two empty always valid schemas
        gen.block(validateOneOf);
        cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
        function validateOneOf() {
            schArr.forEach((sch, i) => {
                let schCxt;
                if ((0, util_1.alwaysValidSchema)(it, sch)) {
                    gen.var(schValid, true);
                }
                else {
                    schCxt = cxt.subschema({
                        keyword: "oneOf",
                        schemaProp: i,
                        compositeRule: true,
                    }, schValid);
                }
                if (i > 0) {
                    gen
                        .if((0, codegen_1._) `${schValid} && ${valid}`)
                        .assign(valid, false)
                        .assign(passing, (0, codegen_1._) `[${passing}, ${i}]`)
                        .else();
                }
                gen.if(schValid, () => {
                    gen.assign(valid, true);
                    gen.assign(passing, i);
                    if (schCxt)
                        cxt.mergeEvaluated(schCxt, codegen_1.Name);
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=oneOf.js.map

/***/ }),

/***/ 664:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const util_2 = __nccwpck_require__(4464);
const def = {
    keyword: "patternProperties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, data, parentSchema, it } = cxt;
        const { opts } = it;
        const patterns = (0, code_1.allSchemaProperties)(schema);
        const alwaysValidPatterns = patterns.filter((p) => (0, util_1.alwaysValidSchema)(it, schema[p]));
        if (patterns.length === 0 ||
            (alwaysValidPatterns.length === patterns.length &&
                (!it.opts.unevaluated || it.props === true))) {
            return;
        }
        const checkProperties = opts.strictSchema && !opts.allowMatchingProperties && parentSchema.properties;
        const valid = gen.name("valid");
        if (it.props !== true && !(it.props instanceof codegen_1.Name)) {
            it.props = (0, util_2.evaluatedPropsToName)(gen, it.props);
        }
        const { props } = it;
        validatePatternProperties();
        function validatePatternProperties() {
            for (const pat of patterns) {
                if (checkProperties)
                    checkMatchingProperties(pat);
                if (it.allErrors) {
                    validateProperties(pat);
                }
                else {
                    gen.var(valid, true); // TODO var
                    validateProperties(pat);
                    gen.if(valid);
                }
            }
        }
        function checkMatchingProperties(pat) {
            for (const prop in checkProperties) {
                if (new RegExp(pat).test(prop)) {
                    (0, util_1.checkStrictMode)(it, `property ${prop} matches pattern ${pat} (use allowMatchingProperties)`);
                }
            }
        }
        function validateProperties(pat) {
            gen.forIn("key", data, (key) => {
                gen.if((0, codegen_1._) `${(0, code_1.usePattern)(cxt, pat)}.test(${key})`, () => {
                    const alwaysValid = alwaysValidPatterns.includes(pat);
                    if (!alwaysValid) {
                        cxt.subschema({
                            keyword: "patternProperties",
                            schemaProp: pat,
                            dataProp: key,
                            dataPropType: util_2.Type.Str,
                        }, valid);
                    }
                    if (it.opts.unevaluated && props !== true) {
                        gen.assign((0, codegen_1._) `${props}[${key}]`, true);
                    }
                    else if (!alwaysValid && !it.allErrors) {
                        // can short-circuit if `unevaluatedProperties` is not supported (opts.next === false)
                        // or if all properties were evaluated (props === true)
                        gen.if((0, codegen_1.not)(valid), () => gen.break());
                    }
                });
            });
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=patternProperties.js.map

/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const items_1 = __nccwpck_require__(5791);
const def = {
    keyword: "prefixItems",
    type: "array",
    schemaType: ["array"],
    before: "uniqueItems",
    code: (cxt) => (0, items_1.validateTuple)(cxt, "items"),
};
exports["default"] = def;
//# sourceMappingURL=prefixItems.js.map

/***/ }),

/***/ 8778:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const validate_1 = __nccwpck_require__(7881);
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const additionalProperties_1 = __nccwpck_require__(2431);
const def = {
    keyword: "properties",
    type: "object",
    schemaType: "object",
    code(cxt) {
        const { gen, schema, parentSchema, data, it } = cxt;
        if (it.opts.removeAdditional === "all" && parentSchema.additionalProperties === undefined) {
            additionalProperties_1.default.code(new validate_1.KeywordCxt(it, additionalProperties_1.default, "additionalProperties"));
        }
        const allProps = (0, code_1.allSchemaProperties)(schema);
        for (const prop of allProps) {
            it.definedProperties.add(prop);
        }
        if (it.opts.unevaluated && allProps.length && it.props !== true) {
            it.props = util_1.mergeEvaluated.props(gen, (0, util_1.toHash)(allProps), it.props);
        }
        const properties = allProps.filter((p) => !(0, util_1.alwaysValidSchema)(it, schema[p]));
        if (properties.length === 0)
            return;
        const valid = gen.name("valid");
        for (const prop of properties) {
            if (hasDefault(prop)) {
                applyPropertySchema(prop);
            }
            else {
                gen.if((0, code_1.propertyInData)(gen, data, prop, it.opts.ownProperties));
                applyPropertySchema(prop);
                if (!it.allErrors)
                    gen.else().var(valid, true);
                gen.endIf();
            }
            cxt.it.definedProperties.add(prop);
            cxt.ok(valid);
        }
        function hasDefault(prop) {
            return it.opts.useDefaults && !it.compositeRule && schema[prop].default !== undefined;
        }
        function applyPropertySchema(prop) {
            cxt.subschema({
                keyword: "properties",
                schemaProp: prop,
                dataProp: prop,
            }, valid);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=properties.js.map

/***/ }),

/***/ 1372:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: "property name must be valid",
    params: ({ params }) => (0, codegen_1._) `{propertyName: ${params.propertyName}}`,
};
const def = {
    keyword: "propertyNames",
    type: "object",
    schemaType: ["object", "boolean"],
    error,
    code(cxt) {
        const { gen, schema, data, it } = cxt;
        if ((0, util_1.alwaysValidSchema)(it, schema))
            return;
        const valid = gen.name("valid");
        gen.forIn("key", data, (key) => {
            cxt.setParams({ propertyName: key });
            cxt.subschema({
                keyword: "propertyNames",
                data: key,
                dataTypes: ["string"],
                propertyName: key,
                compositeRule: true,
            }, valid);
            gen.if((0, codegen_1.not)(valid), () => {
                cxt.error(true);
                if (!it.allErrors)
                    gen.break();
            });
        });
        cxt.ok(valid);
    },
};
exports["default"] = def;
//# sourceMappingURL=propertyNames.js.map

/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: ["then", "else"],
    schemaType: ["object", "boolean"],
    code({ keyword, parentSchema, it }) {
        if (parentSchema.if === undefined)
            (0, util_1.checkStrictMode)(it, `"${keyword}" without "if" is ignored`);
    },
};
exports["default"] = def;
//# sourceMappingURL=thenElse.js.map

/***/ }),

/***/ 8484:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.validateUnion = exports.validateArray = exports.usePattern = exports.callValidateCode = exports.schemaProperties = exports.allSchemaProperties = exports.noPropertyInData = exports.propertyInData = exports.isOwnProperty = exports.hasPropFunc = exports.reportMissingProp = exports.checkMissingProp = exports.checkReportMissingProp = void 0;
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const names_1 = __nccwpck_require__(630);
const util_2 = __nccwpck_require__(4464);
function checkReportMissingProp(cxt, prop) {
    const { gen, data, it } = cxt;
    gen.if(noPropertyInData(gen, data, prop, it.opts.ownProperties), () => {
        cxt.setParams({ missingProperty: (0, codegen_1._) `${prop}` }, true);
        cxt.error();
    });
}
exports.checkReportMissingProp = checkReportMissingProp;
function checkMissingProp({ gen, data, it: { opts } }, properties, missing) {
    return (0, codegen_1.or)(...properties.map((prop) => (0, codegen_1.and)(noPropertyInData(gen, data, prop, opts.ownProperties), (0, codegen_1._) `${missing} = ${prop}`)));
}
exports.checkMissingProp = checkMissingProp;
function reportMissingProp(cxt, missing) {
    cxt.setParams({ missingProperty: missing }, true);
    cxt.error();
}
exports.reportMissingProp = reportMissingProp;
function hasPropFunc(gen) {
    return gen.scopeValue("func", {
        // eslint-disable-next-line @typescript-eslint/unbound-method
        ref: Object.prototype.hasOwnProperty,
        code: (0, codegen_1._) `Object.prototype.hasOwnProperty`,
    });
}
exports.hasPropFunc = hasPropFunc;
function isOwnProperty(gen, data, property) {
    return (0, codegen_1._) `${hasPropFunc(gen)}.call(${data}, ${property})`;
}
exports.isOwnProperty = isOwnProperty;
function propertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} !== undefined`;
    return ownProperties ? (0, codegen_1._) `${cond} && ${isOwnProperty(gen, data, property)}` : cond;
}
exports.propertyInData = propertyInData;
function noPropertyInData(gen, data, property, ownProperties) {
    const cond = (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(property)} === undefined`;
    return ownProperties ? (0, codegen_1.or)(cond, (0, codegen_1.not)(isOwnProperty(gen, data, property))) : cond;
}
exports.noPropertyInData = noPropertyInData;
function allSchemaProperties(schemaMap) {
    return schemaMap ? Object.keys(schemaMap).filter((p) => p !== "__proto__") : [];
}
exports.allSchemaProperties = allSchemaProperties;
function schemaProperties(it, schemaMap) {
    return allSchemaProperties(schemaMap).filter((p) => !(0, util_1.alwaysValidSchema)(it, schemaMap[p]));
}
exports.schemaProperties = schemaProperties;
function callValidateCode({ schemaCode, data, it: { gen, topSchemaRef, schemaPath, errorPath }, it }, func, context, passSchema) {
    const dataAndSchema = passSchema ? (0, codegen_1._) `${schemaCode}, ${data}, ${topSchemaRef}${schemaPath}` : data;
    const valCxt = [
        [names_1.default.instancePath, (0, codegen_1.strConcat)(names_1.default.instancePath, errorPath)],
        [names_1.default.parentData, it.parentData],
        [names_1.default.parentDataProperty, it.parentDataProperty],
        [names_1.default.rootData, names_1.default.rootData],
    ];
    if (it.opts.dynamicRef)
        valCxt.push([names_1.default.dynamicAnchors, names_1.default.dynamicAnchors]);
    const args = (0, codegen_1._) `${dataAndSchema}, ${gen.object(...valCxt)}`;
    return context !== codegen_1.nil ? (0, codegen_1._) `${func}.call(${context}, ${args})` : (0, codegen_1._) `${func}(${args})`;
}
exports.callValidateCode = callValidateCode;
const newRegExp = (0, codegen_1._) `new RegExp`;
function usePattern({ gen, it: { opts } }, pattern) {
    const u = opts.unicodeRegExp ? "u" : "";
    const { regExp } = opts.code;
    const rx = regExp(pattern, u);
    return gen.scopeValue("pattern", {
        key: rx.toString(),
        ref: rx,
        code: (0, codegen_1._) `${regExp.code === "new RegExp" ? newRegExp : (0, util_2.useFunc)(gen, regExp)}(${pattern}, ${u})`,
    });
}
exports.usePattern = usePattern;
function validateArray(cxt) {
    const { gen, data, keyword, it } = cxt;
    const valid = gen.name("valid");
    if (it.allErrors) {
        const validArr = gen.let("valid", true);
        validateItems(() => gen.assign(validArr, false));
        return validArr;
    }
    gen.var(valid, true);
    validateItems(() => gen.break());
    return valid;
    function validateItems(notValid) {
        const len = gen.const("len", (0, codegen_1._) `${data}.length`);
        gen.forRange("i", 0, len, (i) => {
            cxt.subschema({
                keyword,
                dataProp: i,
                dataPropType: util_1.Type.Num,
            }, valid);
            gen.if((0, codegen_1.not)(valid), notValid);
        });
    }
}
exports.validateArray = validateArray;
function validateUnion(cxt) {
    const { gen, schema, keyword, it } = cxt;
    /* istanbul ignore if */
    if (!Array.isArray(schema))
        throw new Error("ajv implementation error");
    const alwaysValid = schema.some((sch) => (0, util_1.alwaysValidSchema)(it, sch));
    if (alwaysValid && !it.opts.unevaluated)
        return;
    const valid = gen.let("valid", false);
    const schValid = gen.name("_valid");
    gen.block(() => schema.forEach((_sch, i) => {
        const schCxt = cxt.subschema({
            keyword,
            schemaProp: i,
            compositeRule: true,
        }, schValid);
        gen.assign(valid, (0, codegen_1._) `${valid} || ${schValid}`);
        const merged = cxt.mergeValidEvaluated(schCxt, schValid);
        // can short-circuit if `unevaluatedProperties/Items` not supported (opts.unevaluated !== true)
        // or if all properties and items were evaluated (it.props === true && it.items === true)
        if (!merged)
            gen.if((0, codegen_1.not)(valid));
    }));
    cxt.result(valid, () => cxt.reset(), () => cxt.error(true));
}
exports.validateUnion = validateUnion;
//# sourceMappingURL=code.js.map

/***/ }),

/***/ 9872:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const def = {
    keyword: "id",
    code() {
        throw new Error('NOT SUPPORTED: keyword "id", use "$id" for schema ID');
    },
};
exports["default"] = def;
//# sourceMappingURL=id.js.map

/***/ }),

/***/ 7397:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const id_1 = __nccwpck_require__(9872);
const ref_1 = __nccwpck_require__(2996);
const core = [
    "$schema",
    "$id",
    "$defs",
    "$vocabulary",
    { keyword: "$comment" },
    "definitions",
    id_1.default,
    ref_1.default,
];
exports["default"] = core;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 2996:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.callRef = exports.getValidate = void 0;
const ref_error_1 = __nccwpck_require__(3162);
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const names_1 = __nccwpck_require__(630);
const compile_1 = __nccwpck_require__(2718);
const util_1 = __nccwpck_require__(4464);
const def = {
    keyword: "$ref",
    schemaType: "string",
    code(cxt) {
        const { gen, schema: $ref, it } = cxt;
        const { baseId, schemaEnv: env, validateName, opts, self } = it;
        const { root } = env;
        if (($ref === "#" || $ref === "#/") && baseId === root.baseId)
            return callRootRef();
        const schOrEnv = compile_1.resolveRef.call(self, root, baseId, $ref);
        if (schOrEnv === undefined)
            throw new ref_error_1.default(it.opts.uriResolver, baseId, $ref);
        if (schOrEnv instanceof compile_1.SchemaEnv)
            return callValidate(schOrEnv);
        return inlineRefSchema(schOrEnv);
        function callRootRef() {
            if (env === root)
                return callRef(cxt, validateName, env, env.$async);
            const rootName = gen.scopeValue("root", { ref: root });
            return callRef(cxt, (0, codegen_1._) `${rootName}.validate`, root, root.$async);
        }
        function callValidate(sch) {
            const v = getValidate(cxt, sch);
            callRef(cxt, v, sch, sch.$async);
        }
        function inlineRefSchema(sch) {
            const schName = gen.scopeValue("schema", opts.code.source === true ? { ref: sch, code: (0, codegen_1.stringify)(sch) } : { ref: sch });
            const valid = gen.name("valid");
            const schCxt = cxt.subschema({
                schema: sch,
                dataTypes: [],
                schemaPath: codegen_1.nil,
                topSchemaRef: schName,
                errSchemaPath: $ref,
            }, valid);
            cxt.mergeEvaluated(schCxt);
            cxt.ok(valid);
        }
    },
};
function getValidate(cxt, sch) {
    const { gen } = cxt;
    return sch.validate
        ? gen.scopeValue("validate", { ref: sch.validate })
        : (0, codegen_1._) `${gen.scopeValue("wrapper", { ref: sch })}.validate`;
}
exports.getValidate = getValidate;
function callRef(cxt, v, sch, $async) {
    const { gen, it } = cxt;
    const { allErrors, schemaEnv: env, opts } = it;
    const passCxt = opts.passContext ? names_1.default.this : codegen_1.nil;
    if ($async)
        callAsyncRef();
    else
        callSyncRef();
    function callAsyncRef() {
        if (!env.$async)
            throw new Error("async schema referenced by sync schema");
        const valid = gen.let("valid");
        gen.try(() => {
            gen.code((0, codegen_1._) `await ${(0, code_1.callValidateCode)(cxt, v, passCxt)}`);
            addEvaluatedFrom(v); // TODO will not work with async, it has to be returned with the result
            if (!allErrors)
                gen.assign(valid, true);
        }, (e) => {
            gen.if((0, codegen_1._) `!(${e} instanceof ${it.ValidationError})`, () => gen.throw(e));
            addErrorsFrom(e);
            if (!allErrors)
                gen.assign(valid, false);
        });
        cxt.ok(valid);
    }
    function callSyncRef() {
        cxt.result((0, code_1.callValidateCode)(cxt, v, passCxt), () => addEvaluatedFrom(v), () => addErrorsFrom(v));
    }
    function addErrorsFrom(source) {
        const errs = (0, codegen_1._) `${source}.errors`;
        gen.assign(names_1.default.vErrors, (0, codegen_1._) `${names_1.default.vErrors} === null ? ${errs} : ${names_1.default.vErrors}.concat(${errs})`); // TODO tagged
        gen.assign(names_1.default.errors, (0, codegen_1._) `${names_1.default.vErrors}.length`);
    }
    function addEvaluatedFrom(source) {
        var _a;
        if (!it.opts.unevaluated)
            return;
        const schEvaluated = (_a = sch === null || sch === void 0 ? void 0 : sch.validate) === null || _a === void 0 ? void 0 : _a.evaluated;
        // TODO refactor
        if (it.props !== true) {
            if (schEvaluated && !schEvaluated.dynamicProps) {
                if (schEvaluated.props !== undefined) {
                    it.props = util_1.mergeEvaluated.props(gen, schEvaluated.props, it.props);
                }
            }
            else {
                const props = gen.var("props", (0, codegen_1._) `${source}.evaluated.props`);
                it.props = util_1.mergeEvaluated.props(gen, props, it.props, codegen_1.Name);
            }
        }
        if (it.items !== true) {
            if (schEvaluated && !schEvaluated.dynamicItems) {
                if (schEvaluated.items !== undefined) {
                    it.items = util_1.mergeEvaluated.items(gen, schEvaluated.items, it.items);
                }
            }
            else {
                const items = gen.var("items", (0, codegen_1._) `${source}.evaluated.items`);
                it.items = util_1.mergeEvaluated.items(gen, items, it.items, codegen_1.Name);
            }
        }
    }
}
exports.callRef = callRef;
exports["default"] = def;
//# sourceMappingURL=ref.js.map

/***/ }),

/***/ 8886:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const types_1 = __nccwpck_require__(7115);
const compile_1 = __nccwpck_require__(2718);
const ref_error_1 = __nccwpck_require__(3162);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { discrError, tagName } }) => discrError === types_1.DiscrError.Tag
        ? `tag "${tagName}" must be string`
        : `value of tag "${tagName}" must be in oneOf`,
    params: ({ params: { discrError, tag, tagName } }) => (0, codegen_1._) `{error: ${discrError}, tag: ${tagName}, tagValue: ${tag}}`,
};
const def = {
    keyword: "discriminator",
    type: "object",
    schemaType: "object",
    error,
    code(cxt) {
        const { gen, data, schema, parentSchema, it } = cxt;
        const { oneOf } = parentSchema;
        if (!it.opts.discriminator) {
            throw new Error("discriminator: requires discriminator option");
        }
        const tagName = schema.propertyName;
        if (typeof tagName != "string")
            throw new Error("discriminator: requires propertyName");
        if (schema.mapping)
            throw new Error("discriminator: mapping is not supported");
        if (!oneOf)
            throw new Error("discriminator: requires oneOf keyword");
        const valid = gen.let("valid", false);
        const tag = gen.const("tag", (0, codegen_1._) `${data}${(0, codegen_1.getProperty)(tagName)}`);
        gen.if((0, codegen_1._) `typeof ${tag} == "string"`, () => validateMapping(), () => cxt.error(false, { discrError: types_1.DiscrError.Tag, tag, tagName }));
        cxt.ok(valid);
        function validateMapping() {
            const mapping = getMapping();
            gen.if(false);
            for (const tagValue in mapping) {
                gen.elseIf((0, codegen_1._) `${tag} === ${tagValue}`);
                gen.assign(valid, applyTagSchema(mapping[tagValue]));
            }
            gen.else();
            cxt.error(false, { discrError: types_1.DiscrError.Mapping, tag, tagName });
            gen.endIf();
        }
        function applyTagSchema(schemaProp) {
            const _valid = gen.name("valid");
            const schCxt = cxt.subschema({ keyword: "oneOf", schemaProp }, _valid);
            cxt.mergeEvaluated(schCxt, codegen_1.Name);
            return _valid;
        }
        function getMapping() {
            var _a;
            const oneOfMapping = {};
            const topRequired = hasRequired(parentSchema);
            let tagRequired = true;
            for (let i = 0; i < oneOf.length; i++) {
                let sch = oneOf[i];
                if ((sch === null || sch === void 0 ? void 0 : sch.$ref) && !(0, util_1.schemaHasRulesButRef)(sch, it.self.RULES)) {
                    const ref = sch.$ref;
                    sch = compile_1.resolveRef.call(it.self, it.schemaEnv.root, it.baseId, ref);
                    if (sch instanceof compile_1.SchemaEnv)
                        sch = sch.schema;
                    if (sch === undefined)
                        throw new ref_error_1.default(it.opts.uriResolver, it.baseId, ref);
                }
                const propSch = (_a = sch === null || sch === void 0 ? void 0 : sch.properties) === null || _a === void 0 ? void 0 : _a[tagName];
                if (typeof propSch != "object") {
                    throw new Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${tagName}"`);
                }
                tagRequired = tagRequired && (topRequired || hasRequired(sch));
                addMappings(propSch, i);
            }
            if (!tagRequired)
                throw new Error(`discriminator: "${tagName}" must be required`);
            return oneOfMapping;
            function hasRequired({ required }) {
                return Array.isArray(required) && required.includes(tagName);
            }
            function addMappings(sch, i) {
                if (sch.const) {
                    addMapping(sch.const, i);
                }
                else if (sch.enum) {
                    for (const tagValue of sch.enum) {
                        addMapping(tagValue, i);
                    }
                }
                else {
                    throw new Error(`discriminator: "properties/${tagName}" must have "const" or "enum"`);
                }
            }
            function addMapping(tagValue, i) {
                if (typeof tagValue != "string" || tagValue in oneOfMapping) {
                    throw new Error(`discriminator: "${tagName}" values must be unique strings`);
                }
                oneOfMapping[tagValue] = i;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 7115:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.DiscrError = void 0;
var DiscrError;
(function (DiscrError) {
    DiscrError["Tag"] = "tag";
    DiscrError["Mapping"] = "mapping";
})(DiscrError || (exports.DiscrError = DiscrError = {}));
//# sourceMappingURL=types.js.map

/***/ }),

/***/ 9941:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const core_1 = __nccwpck_require__(7397);
const validation_1 = __nccwpck_require__(5481);
const applicator_1 = __nccwpck_require__(8775);
const format_1 = __nccwpck_require__(2601);
const metadata_1 = __nccwpck_require__(6620);
const draft7Vocabularies = [
    core_1.default,
    validation_1.default,
    (0, applicator_1.default)(),
    format_1.default,
    metadata_1.metadataVocabulary,
    metadata_1.contentVocabulary,
];
exports["default"] = draft7Vocabularies;
//# sourceMappingURL=draft7.js.map

/***/ }),

/***/ 6402:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match format "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{format: ${schemaCode}}`,
};
const def = {
    keyword: "format",
    type: ["number", "string"],
    schemaType: "string",
    $data: true,
    error,
    code(cxt, ruleType) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const { opts, errSchemaPath, schemaEnv, self } = it;
        if (!opts.validateFormats)
            return;
        if ($data)
            validate$DataFormat();
        else
            validateFormat();
        function validate$DataFormat() {
            const fmts = gen.scopeValue("formats", {
                ref: self.formats,
                code: opts.code.formats,
            });
            const fDef = gen.const("fDef", (0, codegen_1._) `${fmts}[${schemaCode}]`);
            const fType = gen.let("fType");
            const format = gen.let("format");
            // TODO simplify
            gen.if((0, codegen_1._) `typeof ${fDef} == "object" && !(${fDef} instanceof RegExp)`, () => gen.assign(fType, (0, codegen_1._) `${fDef}.type || "string"`).assign(format, (0, codegen_1._) `${fDef}.validate`), () => gen.assign(fType, (0, codegen_1._) `"string"`).assign(format, fDef));
            cxt.fail$data((0, codegen_1.or)(unknownFmt(), invalidFmt()));
            function unknownFmt() {
                if (opts.strictSchema === false)
                    return codegen_1.nil;
                return (0, codegen_1._) `${schemaCode} && !${format}`;
            }
            function invalidFmt() {
                const callFormat = schemaEnv.$async
                    ? (0, codegen_1._) `(${fDef}.async ? await ${format}(${data}) : ${format}(${data}))`
                    : (0, codegen_1._) `${format}(${data})`;
                const validData = (0, codegen_1._) `(typeof ${format} == "function" ? ${callFormat} : ${format}.test(${data}))`;
                return (0, codegen_1._) `${format} && ${format} !== true && ${fType} === ${ruleType} && !${validData}`;
            }
        }
        function validateFormat() {
            const formatDef = self.formats[schema];
            if (!formatDef) {
                unknownFormat();
                return;
            }
            if (formatDef === true)
                return;
            const [fmtType, format, fmtRef] = getFormat(formatDef);
            if (fmtType === ruleType)
                cxt.pass(validCondition());
            function unknownFormat() {
                if (opts.strictSchema === false) {
                    self.logger.warn(unknownMsg());
                    return;
                }
                throw new Error(unknownMsg());
                function unknownMsg() {
                    return `unknown format "${schema}" ignored in schema at path "${errSchemaPath}"`;
                }
            }
            function getFormat(fmtDef) {
                const code = fmtDef instanceof RegExp
                    ? (0, codegen_1.regexpCode)(fmtDef)
                    : opts.code.formats
                        ? (0, codegen_1._) `${opts.code.formats}${(0, codegen_1.getProperty)(schema)}`
                        : undefined;
                const fmt = gen.scopeValue("formats", { key: schema, ref: fmtDef, code });
                if (typeof fmtDef == "object" && !(fmtDef instanceof RegExp)) {
                    return [fmtDef.type || "string", fmtDef.validate, (0, codegen_1._) `${fmt}.validate`];
                }
                return ["string", fmtDef, fmt];
            }
            function validCondition() {
                if (typeof formatDef == "object" && !(formatDef instanceof RegExp) && formatDef.async) {
                    if (!schemaEnv.$async)
                        throw new Error("async format in sync schema");
                    return (0, codegen_1._) `await ${fmtRef}(${data})`;
                }
                return typeof format == "function" ? (0, codegen_1._) `${fmtRef}(${data})` : (0, codegen_1._) `${fmtRef}.test(${data})`;
            }
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=format.js.map

/***/ }),

/***/ 2601:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const format_1 = __nccwpck_require__(6402);
const format = [format_1.default];
exports["default"] = format;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6620:
/***/ ((__unused_webpack_module, exports) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
exports.contentVocabulary = exports.metadataVocabulary = void 0;
exports.metadataVocabulary = [
    "title",
    "description",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
    "examples",
];
exports.contentVocabulary = [
    "contentMediaType",
    "contentEncoding",
    "contentSchema",
];
//# sourceMappingURL=metadata.js.map

/***/ }),

/***/ 8026:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to constant",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValue: ${schemaCode}}`,
};
const def = {
    keyword: "const",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schemaCode, schema } = cxt;
        if ($data || (schema && typeof schema == "object")) {
            cxt.fail$data((0, codegen_1._) `!${(0, util_1.useFunc)(gen, equal_1.default)}(${data}, ${schemaCode})`);
        }
        else {
            cxt.fail((0, codegen_1._) `${schema} !== ${data}`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=const.js.map

/***/ }),

/***/ 3200:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: "must be equal to one of the allowed values",
    params: ({ schemaCode }) => (0, codegen_1._) `{allowedValues: ${schemaCode}}`,
};
const def = {
    keyword: "enum",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        if (!$data && schema.length === 0)
            throw new Error("enum must have non-empty array");
        const useLoop = schema.length >= it.opts.loopEnum;
        let eql;
        const getEql = () => (eql !== null && eql !== void 0 ? eql : (eql = (0, util_1.useFunc)(gen, equal_1.default)));
        let valid;
        if (useLoop || $data) {
            valid = gen.let("valid");
            cxt.block$data(valid, loopEnum);
        }
        else {
            /* istanbul ignore if */
            if (!Array.isArray(schema))
                throw new Error("ajv implementation error");
            const vSchema = gen.const("vSchema", schemaCode);
            valid = (0, codegen_1.or)(...schema.map((_x, i) => equalCode(vSchema, i)));
        }
        cxt.pass(valid);
        function loopEnum() {
            gen.assign(valid, false);
            gen.forOf("v", schemaCode, (v) => gen.if((0, codegen_1._) `${getEql()}(${data}, ${v})`, () => gen.assign(valid, true).break()));
        }
        function equalCode(vSchema, i) {
            const sch = schema[i];
            return typeof sch === "object" && sch !== null
                ? (0, codegen_1._) `${getEql()}(${data}, ${vSchema}[${i}])`
                : (0, codegen_1._) `${data} === ${sch}`;
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=enum.js.map

/***/ }),

/***/ 5481:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const limitNumber_1 = __nccwpck_require__(3723);
const multipleOf_1 = __nccwpck_require__(8132);
const limitLength_1 = __nccwpck_require__(6962);
const pattern_1 = __nccwpck_require__(6023);
const limitProperties_1 = __nccwpck_require__(895);
const required_1 = __nccwpck_require__(4504);
const limitItems_1 = __nccwpck_require__(6296);
const uniqueItems_1 = __nccwpck_require__(5132);
const const_1 = __nccwpck_require__(8026);
const enum_1 = __nccwpck_require__(3200);
const validation = [
    // number
    limitNumber_1.default,
    multipleOf_1.default,
    // string
    limitLength_1.default,
    pattern_1.default,
    // object
    limitProperties_1.default,
    required_1.default,
    // array
    limitItems_1.default,
    uniqueItems_1.default,
    // any
    { keyword: "type", schemaType: ["string", "array"] },
    { keyword: "nullable", schemaType: "boolean" },
    const_1.default,
    enum_1.default,
];
exports["default"] = validation;
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 6296:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxItems" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} items`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxItems", "minItems"],
    type: "array",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxItems" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `${data}.length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitItems.js.map

/***/ }),

/***/ 6962:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const ucs2length_1 = __nccwpck_require__(6214);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxLength" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} characters`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxLength", "minLength"],
    type: "string",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode, it } = cxt;
        const op = keyword === "maxLength" ? codegen_1.operators.GT : codegen_1.operators.LT;
        const len = it.opts.unicode === false ? (0, codegen_1._) `${data}.length` : (0, codegen_1._) `${(0, util_1.useFunc)(cxt.gen, ucs2length_1.default)}(${data})`;
        cxt.fail$data((0, codegen_1._) `${len} ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitLength.js.map

/***/ }),

/***/ 3723:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const ops = codegen_1.operators;
const KWDs = {
    maximum: { okStr: "<=", ok: ops.LTE, fail: ops.GT },
    minimum: { okStr: ">=", ok: ops.GTE, fail: ops.LT },
    exclusiveMaximum: { okStr: "<", ok: ops.LT, fail: ops.GTE },
    exclusiveMinimum: { okStr: ">", ok: ops.GT, fail: ops.LTE },
};
const error = {
    message: ({ keyword, schemaCode }) => (0, codegen_1.str) `must be ${KWDs[keyword].okStr} ${schemaCode}`,
    params: ({ keyword, schemaCode }) => (0, codegen_1._) `{comparison: ${KWDs[keyword].okStr}, limit: ${schemaCode}}`,
};
const def = {
    keyword: Object.keys(KWDs),
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        cxt.fail$data((0, codegen_1._) `${data} ${KWDs[keyword].fail} ${schemaCode} || isNaN(${data})`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitNumber.js.map

/***/ }),

/***/ 895:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message({ keyword, schemaCode }) {
        const comp = keyword === "maxProperties" ? "more" : "fewer";
        return (0, codegen_1.str) `must NOT have ${comp} than ${schemaCode} properties`;
    },
    params: ({ schemaCode }) => (0, codegen_1._) `{limit: ${schemaCode}}`,
};
const def = {
    keyword: ["maxProperties", "minProperties"],
    type: "object",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { keyword, data, schemaCode } = cxt;
        const op = keyword === "maxProperties" ? codegen_1.operators.GT : codegen_1.operators.LT;
        cxt.fail$data((0, codegen_1._) `Object.keys(${data}).length ${op} ${schemaCode}`);
    },
};
exports["default"] = def;
//# sourceMappingURL=limitProperties.js.map

/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must be multiple of ${schemaCode}`,
    params: ({ schemaCode }) => (0, codegen_1._) `{multipleOf: ${schemaCode}}`,
};
const def = {
    keyword: "multipleOf",
    type: "number",
    schemaType: "number",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, schemaCode, it } = cxt;
        // const bdt = bad$DataType(schemaCode, <string>def.schemaType, $data)
        const prec = it.opts.multipleOfPrecision;
        const res = gen.let("res");
        const invalid = prec
            ? (0, codegen_1._) `Math.abs(Math.round(${res}) - ${res}) > 1e-${prec}`
            : (0, codegen_1._) `${res} !== parseInt(${res})`;
        cxt.fail$data((0, codegen_1._) `(${schemaCode} === 0 || (${res} = ${data}/${schemaCode}, ${invalid}))`);
    },
};
exports["default"] = def;
//# sourceMappingURL=multipleOf.js.map

/***/ }),

/***/ 6023:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const util_1 = __nccwpck_require__(4464);
const codegen_1 = __nccwpck_require__(1436);
const error = {
    message: ({ schemaCode }) => (0, codegen_1.str) `must match pattern "${schemaCode}"`,
    params: ({ schemaCode }) => (0, codegen_1._) `{pattern: ${schemaCode}}`,
};
const def = {
    keyword: "pattern",
    type: "string",
    schemaType: "string",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, schemaCode, it } = cxt;
        const u = it.opts.unicodeRegExp ? "u" : "";
        if ($data) {
            const { regExp } = it.opts.code;
            const regExpCode = regExp.code === "new RegExp" ? (0, codegen_1._) `new RegExp` : (0, util_1.useFunc)(gen, regExp);
            const valid = gen.let("valid");
            gen.try(() => gen.assign(valid, (0, codegen_1._) `${regExpCode}(${schemaCode}, ${u}).test(${data})`), () => gen.assign(valid, false));
            cxt.fail$data((0, codegen_1._) `!${valid}`);
        }
        else {
            const regExp = (0, code_1.usePattern)(cxt, schema);
            cxt.fail$data((0, codegen_1._) `!${regExp}.test(${data})`);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=pattern.js.map

/***/ }),

/***/ 4504:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const code_1 = __nccwpck_require__(8484);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const error = {
    message: ({ params: { missingProperty } }) => (0, codegen_1.str) `must have required property '${missingProperty}'`,
    params: ({ params: { missingProperty } }) => (0, codegen_1._) `{missingProperty: ${missingProperty}}`,
};
const def = {
    keyword: "required",
    type: "object",
    schemaType: "array",
    $data: true,
    error,
    code(cxt) {
        const { gen, schema, schemaCode, data, $data, it } = cxt;
        const { opts } = it;
        if (!$data && schema.length === 0)
            return;
        const useLoop = schema.length >= opts.loopRequired;
        if (it.allErrors)
            allErrorsMode();
        else
            exitOnErrorMode();
        if (opts.strictRequired) {
            const props = cxt.parentSchema.properties;
            const { definedProperties } = cxt.it;
            for (const requiredKey of schema) {
                if ((props === null || props === void 0 ? void 0 : props[requiredKey]) === undefined && !definedProperties.has(requiredKey)) {
                    const schemaPath = it.schemaEnv.baseId + it.errSchemaPath;
                    const msg = `required property "${requiredKey}" is not defined at "${schemaPath}" (strictRequired)`;
                    (0, util_1.checkStrictMode)(it, msg, it.opts.strictRequired);
                }
            }
        }
        function allErrorsMode() {
            if (useLoop || $data) {
                cxt.block$data(codegen_1.nil, loopAllRequired);
            }
            else {
                for (const prop of schema) {
                    (0, code_1.checkReportMissingProp)(cxt, prop);
                }
            }
        }
        function exitOnErrorMode() {
            const missing = gen.let("missing");
            if (useLoop || $data) {
                const valid = gen.let("valid", true);
                cxt.block$data(valid, () => loopUntilMissing(missing, valid));
                cxt.ok(valid);
            }
            else {
                gen.if((0, code_1.checkMissingProp)(cxt, schema, missing));
                (0, code_1.reportMissingProp)(cxt, missing);
                gen.else();
            }
        }
        function loopAllRequired() {
            gen.forOf("prop", schemaCode, (prop) => {
                cxt.setParams({ missingProperty: prop });
                gen.if((0, code_1.noPropertyInData)(gen, data, prop, opts.ownProperties), () => cxt.error());
            });
        }
        function loopUntilMissing(missing, valid) {
            cxt.setParams({ missingProperty: missing });
            gen.forOf(missing, schemaCode, () => {
                gen.assign(valid, (0, code_1.propertyInData)(gen, data, missing, opts.ownProperties));
                gen.if((0, codegen_1.not)(valid), () => {
                    cxt.error();
                    gen.break();
                });
            }, codegen_1.nil);
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=required.js.map

/***/ }),

/***/ 5132:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


Object.defineProperty(exports, "__esModule", ({ value: true }));
const dataType_1 = __nccwpck_require__(6685);
const codegen_1 = __nccwpck_require__(1436);
const util_1 = __nccwpck_require__(4464);
const equal_1 = __nccwpck_require__(4951);
const error = {
    message: ({ params: { i, j } }) => (0, codegen_1.str) `must NOT have duplicate items (items ## ${j} and ${i} are identical)`,
    params: ({ params: { i, j } }) => (0, codegen_1._) `{i: ${i}, j: ${j}}`,
};
const def = {
    keyword: "uniqueItems",
    type: "array",
    schemaType: "boolean",
    $data: true,
    error,
    code(cxt) {
        const { gen, data, $data, schema, parentSchema, schemaCode, it } = cxt;
        if (!$data && !schema)
            return;
        const valid = gen.let("valid");
        const itemTypes = parentSchema.items ? (0, dataType_1.getSchemaTypes)(parentSchema.items) : [];
        cxt.block$data(valid, validateUniqueItems, (0, codegen_1._) `${schemaCode} === false`);
        cxt.ok(valid);
        function validateUniqueItems() {
            const i = gen.let("i", (0, codegen_1._) `${data}.length`);
            const j = gen.let("j");
            cxt.setParams({ i, j });
            gen.assign(valid, true);
            gen.if((0, codegen_1._) `${i} > 1`, () => (canOptimize() ? loopN : loopN2)(i, j));
        }
        function canOptimize() {
            return itemTypes.length > 0 && !itemTypes.some((t) => t === "object" || t === "array");
        }
        function loopN(i, j) {
            const item = gen.name("item");
            const wrongType = (0, dataType_1.checkDataTypes)(itemTypes, item, it.opts.strictNumbers, dataType_1.DataType.Wrong);
            const indices = gen.const("indices", (0, codegen_1._) `{}`);
            gen.for((0, codegen_1._) `;${i}--;`, () => {
                gen.let(item, (0, codegen_1._) `${data}[${i}]`);
                gen.if(wrongType, (0, codegen_1._) `continue`);
                if (itemTypes.length > 1)
                    gen.if((0, codegen_1._) `typeof ${item} == "string"`, (0, codegen_1._) `${item} += "_"`);
                gen
                    .if((0, codegen_1._) `typeof ${indices}[${item}] == "number"`, () => {
                    gen.assign(j, (0, codegen_1._) `${indices}[${item}]`);
                    cxt.error();
                    gen.assign(valid, false).break();
                })
                    .code((0, codegen_1._) `${indices}[${item}] = ${i}`);
            });
        }
        function loopN2(i, j) {
            const eql = (0, util_1.useFunc)(gen, equal_1.default);
            const outer = gen.name("outer");
            gen.label(outer).for((0, codegen_1._) `;${i}--;`, () => gen.for((0, codegen_1._) `${j} = ${i}; ${j}--;`, () => gen.if((0, codegen_1._) `${eql}(${data}[${i}], ${data}[${j}])`, () => {
                cxt.error();
                gen.assign(valid, false).break(outer);
            })));
        }
    },
};
exports["default"] = def;
//# sourceMappingURL=uniqueItems.js.map

/***/ }),

/***/ 3430:
/***/ ((module) => {



// do not edit .js files directly - edit src/index.jst



module.exports = function equal(a, b) {
  if (a === b) return true;

  if (a && b && typeof a == 'object' && typeof b == 'object') {
    if (a.constructor !== b.constructor) return false;

    var length, i, keys;
    if (Array.isArray(a)) {
      length = a.length;
      if (length != b.length) return false;
      for (i = length; i-- !== 0;)
        if (!equal(a[i], b[i])) return false;
      return true;
    }



    if (a.constructor === RegExp) return a.source === b.source && a.flags === b.flags;
    if (a.valueOf !== Object.prototype.valueOf) return a.valueOf() === b.valueOf();
    if (a.toString !== Object.prototype.toString) return a.toString() === b.toString();

    keys = Object.keys(a);
    length = keys.length;
    if (length !== Object.keys(b).length) return false;

    for (i = length; i-- !== 0;)
      if (!Object.prototype.hasOwnProperty.call(b, keys[i])) return false;

    for (i = length; i-- !== 0;) {
      var key = keys[i];

      if (!equal(a[key], b[key])) return false;
    }

    return true;
  }

  // true if both NaN, false otherwise
  return a!==a && b!==b;
};


/***/ }),

/***/ 1167:
/***/ ((module) => {



var traverse = module.exports = function (schema, opts, cb) {
  // Legacy support for v0.3.1 and earlier.
  if (typeof opts == 'function') {
    cb = opts;
    opts = {};
  }

  cb = opts.cb || cb;
  var pre = (typeof cb == 'function') ? cb : cb.pre || function() {};
  var post = cb.post || function() {};

  _traverse(opts, pre, post, schema, '', schema);
};


traverse.keywords = {
  additionalItems: true,
  items: true,
  contains: true,
  additionalProperties: true,
  propertyNames: true,
  not: true,
  if: true,
  then: true,
  else: true
};

traverse.arrayKeywords = {
  items: true,
  allOf: true,
  anyOf: true,
  oneOf: true
};

traverse.propsKeywords = {
  $defs: true,
  definitions: true,
  properties: true,
  patternProperties: true,
  dependencies: true
};

traverse.skipKeywords = {
  default: true,
  enum: true,
  const: true,
  required: true,
  maximum: true,
  minimum: true,
  exclusiveMaximum: true,
  exclusiveMinimum: true,
  multipleOf: true,
  maxLength: true,
  minLength: true,
  pattern: true,
  format: true,
  maxItems: true,
  minItems: true,
  uniqueItems: true,
  maxProperties: true,
  minProperties: true
};


function _traverse(opts, pre, post, schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex) {
  if (schema && typeof schema == 'object' && !Array.isArray(schema)) {
    pre(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
    for (var key in schema) {
      var sch = schema[key];
      if (Array.isArray(sch)) {
        if (key in traverse.arrayKeywords) {
          for (var i=0; i<sch.length; i++)
            _traverse(opts, pre, post, sch[i], jsonPtr + '/' + key + '/' + i, rootSchema, jsonPtr, key, schema, i);
        }
      } else if (key in traverse.propsKeywords) {
        if (sch && typeof sch == 'object') {
          for (var prop in sch)
            _traverse(opts, pre, post, sch[prop], jsonPtr + '/' + key + '/' + escapeJsonPtr(prop), rootSchema, jsonPtr, key, schema, prop);
        }
      } else if (key in traverse.keywords || (opts.allKeys && !(key in traverse.skipKeywords))) {
        _traverse(opts, pre, post, sch, jsonPtr + '/' + key, rootSchema, jsonPtr, key, schema);
      }
    }
    post(schema, jsonPtr, rootSchema, parentJsonPtr, parentKeyword, parentSchema, keyIndex);
  }
}


function escapeJsonPtr(str) {
  return str.replace(/~/g, '~0').replace(/\//g, '~1');
}


/***/ }),

/***/ 4018:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  a: () => (/* binding */ rules),
  s: () => (/* binding */ rulesById)
});

// EXTERNAL MODULE: ./src/engine/define-rule.ts
var define_rule = __nccwpck_require__(3378);
// EXTERNAL MODULE: ./src/model/policy.ts
var model_policy = __nccwpck_require__(979);
;// CONCATENATED MODULE: ./src/model/exposure.ts

const BPA_FLAGS = ['blockPublicAcls', 'ignorePublicAcls', 'blockPublicPolicy', 'restrictPublicBuckets'];
const BPA_FLAG_NAMES = {
    blockPublicAcls: 'BlockPublicAcls',
    ignorePublicAcls: 'IgnorePublicAcls',
    blockPublicPolicy: 'BlockPublicPolicy',
    restrictPublicBuckets: 'RestrictPublicBuckets',
};
/** A flag is on when the bucket's block or an account-level block in the same unit turns it on. */
function effectiveFlag(bucketBlock, accountBlocks, flag) {
    const own = bucketBlock[flag];
    if (own.state !== 'unknown' && own.value)
        return { on: true, by: 'bucket', at: own.at };
    for (const a of accountBlocks) {
        const v = a.publicAccessBlock[flag];
        if (v.state !== 'unknown' && v.value)
            return { on: true, by: 'account', at: v.at };
    }
    if (own.state === 'unknown')
        return { on: 'unknown', unknown: own };
    const unknownAccount = accountBlocks.map((a) => a.publicAccessBlock[flag]).find((v) => v.state === 'unknown');
    if (unknownAccount)
        return { on: 'unknown', unknown: unknownAccount };
    return { on: false };
}
const CANNED_EXPOSURE = {
    'public-read': [{ grantee: 'AllUsers', permissions: ['READ'] }],
    'public-read-write': [{ grantee: 'AllUsers', permissions: ['READ', 'WRITE'] }],
    'authenticated-read': [{ grantee: 'AuthenticatedUsers', permissions: ['READ'] }],
};
/** Public grants the ACL makes, whether or not something neutralises them. */
function publicAclGrants(b) {
    const grants = [];
    let unknown;
    const canned = b.acl.canned;
    if (canned.state === 'unknown')
        unknown = canned;
    else
        for (const g of CANNED_EXPOSURE[canned.value] ?? [])
            grants.push({ ...g, at: canned.at, via: 'canned', canned: canned.value });
    const list = b.acl.grants;
    if (list.state === 'unknown')
        unknown ??= list;
    else {
        for (const g of list.value) {
            if (g.grantee.type === 'unknown')
                continue;
            if (g.grantee.type !== 'group' || (g.grantee.uri !== 'AllUsers' && g.grantee.uri !== 'AuthenticatedUsers'))
                continue;
            if (g.permission.state === 'unknown') {
                unknown ??= g.permission;
                continue;
            }
            grants.push({ grantee: g.grantee.uri, permissions: [g.permission.value], at: g.at, via: 'grant' });
        }
    }
    return { grants, unknown };
}
/** Why a public ACL has no effect, if it has none. */
function aclNeutraliser(b, accountBlocks) {
    if (b.ownership.state === 'set' && b.ownership.value === 'BucketOwnerEnforced') {
        return { reason: 'ACLs are disabled (ObjectOwnership BucketOwnerEnforced), so S3 rejects the ACL', at: b.ownership.at };
    }
    const ignore = effectiveFlag(b.publicAccessBlock, accountBlocks, 'ignorePublicAcls');
    if (ignore.on === true)
        return { reason: `IgnorePublicAcls is on (${ignore.by} block), so S3 ignores the public grant`, at: ignore.at };
    const block = effectiveFlag(b.publicAccessBlock, accountBlocks, 'blockPublicAcls');
    if (block.on === true)
        return { reason: `BlockPublicAcls is on (${block.by} block), so S3 rejects the public ACL when it is set`, at: block.at };
    if (ignore.on === 'unknown' || block.on === 'unknown')
        return 'unknown';
    return undefined;
}
/** Why a public policy has no effect, if it has none. */
function policyNeutraliser(block, accountBlocks) {
    const restrict = effectiveFlag(block, accountBlocks, 'restrictPublicBuckets');
    if (restrict.on === true)
        return { reason: `RestrictPublicBuckets is on (${restrict.by} block), so only AWS services and this account's principals can use it`, at: restrict.at };
    const bpp = effectiveFlag(block, accountBlocks, 'blockPublicPolicy');
    if (bpp.on === true)
        return { reason: `BlockPublicPolicy is on (${bpp.by} block), so S3 rejects the public policy when it is set`, at: bpp.at };
    if (restrict.on === 'unknown' || bpp.on === 'unknown')
        return 'unknown';
    return undefined;
}
/** Allow statements anyone can use (wildcard principal or NotPrincipal, no pinning condition). */
function publicStatements(statements) {
    const out = [];
    for (const s of statements) {
        const pub = (0,model_policy/* isPublicAllow */.fr)(s);
        if (pub === false)
            continue;
        const { granted, unknown } = (0,model_policy/* accessClasses */.vL)(s);
        const classes = [...granted, ...unknown];
        if (classes.length === 0)
            continue;
        out.push({ statement: s, classes, certain: pub === true && unknown.length === 0 });
    }
    return out;
}
const CLASS_WORDS = {
    objectRead: 'read objects',
    list: 'list objects',
    metadataRead: 'read its configuration',
    write: 'write or delete objects',
    permissions: 'change its permissions',
};
function describeClasses(classes) {
    return [...new Set(classes)].map((c) => CLASS_WORDS[c]).join(', ');
}
const isUnknown = (v) => v.state === 'unknown';
/** The tag that marks a bucket public on purpose; its value must say why. */
const PUBLIC_INTENT_TAG = 's3-gate:public';
/** The reason given by the `s3-gate:public` tag, when the bucket is public on purpose. */
function publicIntent(b) {
    const tag = b.tags[PUBLIC_INTENT_TAG];
    if (!tag || tag.state === 'unknown')
        return undefined;
    const reason = tag.value.trim();
    return reason || undefined;
}
// ---------------------------------------------------------------------------------------------
// The whole picture for one bucket (shared by public-exposure and the rules that ask "is this
// bucket public?", such as the CloudTrail bucket check).
const ACL_PERMISSION_WORDS = {
    READ: 'list objects',
    WRITE: 'write or delete objects',
    READ_ACP: 'read its ACL',
    WRITE_ACP: 'change its ACL',
    FULL_CONTROL: 'do anything',
};
/**
 * Every path by which anyone could reach the bucket (ACL grants, bucket policy statements,
 * access point policies), each with what neutralises it, if anything.
 */
function analyseExposure(bucket, accountBlocks, accessPoints) {
    const exposures = [];
    const unknowns = [];
    const acl = publicAclGrants(bucket);
    if (acl.unknown)
        unknowns.push({ why: acl.unknown.why, at: acl.unknown.at, what: 'ACL' });
    if (acl.grants.length) {
        const neutraliser = aclNeutraliser(bucket, accountBlocks);
        for (const g of acl.grants) {
            const words = g.permissions.map((p) => ACL_PERMISSION_WORDS[p] ?? p).join(', ');
            exposures.push({
                via: `the ACL (${g.canned ?? 'grant'}) lets ${g.grantee === 'AllUsers' ? 'anyone' : 'any AWS account'} ${words}`,
                access: words,
                classes: 'acl',
                at: g.at,
                neutraliser,
                remedy: 'IgnorePublicAcls',
            });
        }
    }
    const bucketPolicyNeutraliser = policyNeutraliser(bucket.publicAccessBlock, accountBlocks);
    for (const doc of bucket.policies) {
        if (doc.unknown)
            unknowns.push({ why: doc.unknown.why, at: doc.unknown.at, what: 'bucket policy' });
        for (const p of publicStatements(doc.statements)) {
            if (!p.certain) {
                unknowns.push({ why: 'a statement that allows everyone has parts only known at deploy time', at: p.statement.at, what: 'policy statement' });
                continue;
            }
            exposures.push({
                via: `the bucket policy (${p.statement.sid ? `statement "${p.statement.sid}"` : 'an Allow statement'}) lets anyone ${describeClasses(p.classes)}`,
                access: describeClasses(p.classes),
                classes: p.classes,
                at: p.statement.at,
                neutraliser: bucketPolicyNeutraliser,
                remedy: 'RestrictPublicBuckets',
            });
        }
    }
    for (const apId of bucket.links.accessPointIds) {
        const ap = accessPoints.find((a) => a.id === apId);
        if (!ap)
            continue;
        for (const doc of ap.policies) {
            for (const p of publicStatements(doc.statements)) {
                if (!p.certain)
                    continue;
                let neutraliser = policyNeutraliser(ap.publicAccessBlock, accountBlocks) ?? bucketPolicyNeutraliser;
                if (!neutraliser && ap.networkOrigin.state !== 'unknown' && ap.networkOrigin.value === 'VPC')
                    neutraliser = { reason: 'the access point accepts requests only from its VPC' };
                exposures.push({
                    via: `access point ${ap.id} lets anyone ${describeClasses(p.classes)}`,
                    access: describeClasses(p.classes),
                    classes: p.classes,
                    at: p.statement.at,
                    neutraliser,
                    remedy: 'RestrictPublicBuckets on the access point',
                });
            }
        }
    }
    return { exposures, unknowns };
}
/** Exposures that nothing neutralises. */
function activeExposures(a) {
    return a.exposures.filter((e) => e.neutraliser === undefined);
}

;// CONCATENATED MODULE: ./rules/access-logging-disabled.ts


/* harmony default export */ const access_logging_disabled = ((0,define_rule/* defineRule */.Km)({
    id: 'access-logging-disabled',
    meta: {
        title: 'S3 bucket has no server access logging',
        severity: 'medium',
        why: 'Server access logs record every request to the bucket (who, what, when, from where); without them an incident cannot be investigated or its scope bounded. ' +
            'Buckets that receive access logs are exempt, since logging a log bucket into itself loops. ' +
            'A bucket that stores CloudTrail logs from a trail in the same code is named as such (Security Hub CloudTrail.7 asks for access logging on the trail bucket in particular), and a bucket anyone can reach is reported as High.',
        concepts: ['access-logging-disabled'],
        profiles: ['baseline', 'default', 'strict'],
        securityHub: 'S3.9',
        peers: {
            checkov: ['CKV_AWS_18'],
            kics: ['ee9e50e8-b2ed-4176-ad42-8fc0cf7593f4'],
            cfn_nag: ['W35'],
            trivy: ['AVD-AWS-0089', 'aws-s3-enable-bucket-logging'],
            'cdk-nag': ['AwsSolutions-S1', 'S3BucketLoggingEnabled'],
            'cfn-guard': ['S3_BUCKET_LOGGING_ENABLED', 'CT.S3.PR.2'],
        },
        fix: {
            cloudformation: 'LoggingConfiguration:\n  DestinationBucketName: !Ref AccessLogsBucket\n  LogFilePrefix: data/',
            terraform: 'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.access_logs.id\n  target_prefix = "data/"\n}',
            cdk: 'serverAccessLogsBucket: accessLogs, serverAccessLogsPrefix: "data/"',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/ServerLogs.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-9',
        ],
    },
    messages: {
        noLogging: 'Bucket {{bucket}} has no server access logging{{context}}.',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
            good: [
                'Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LoggingConfiguration:\n        DestinationBucketName: !Ref Logs\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "logs" {\n  bucket = "example-logs"\n}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_logging" "data" {\n  bucket        = aws_s3_bucket.data.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "data/"\n}\n',
            ],
        },
        cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { serverAccessLogsBucket: logs })"] },
    },
    check(bucket, report, ctx) {
        const target = bucket.logging.targetBucket;
        if (target.state === 'unknown')
            return report.unknown(target, 'logging target');
        if (target.value !== null)
            return;
        if (bucket.links.isLogTarget)
            return;
        const neutral = policyNeutraliser(bucket.publicAccessBlock, ctx.accountPublicAccessBlocks());
        const isPublic = !neutral && bucket.policies.some((d) => publicStatements(d.statements).some((p) => p.certain));
        const isTrailBucket = bucket.links.trailIds.length > 0;
        const context = isPublic
            ? ' although anyone can reach it, so abuse would go unseen'
            : isTrailBucket
                ? ` although it stores CloudTrail logs (${bucket.links.trailIds.join(', ')}), so tampering with the audit trail would go unseen`
                : '';
        report({ messageId: 'noLogging', at: bucket.logging.at, data: { bucket: bucket.id, context }, severity: isPublic ? 'high' : undefined });
    },
}));

;// CONCATENATED MODULE: ./rules/access-point-bpa-incomplete.ts


/* harmony default export */ const access_point_bpa_incomplete = ((0,define_rule/* defineRule */.Km)({
    id: 'access-point-bpa-incomplete',
    target: 'accessPoint',
    meta: {
        title: 'S3 access point or Multi-Region Access Point does not block all public access',
        severity: 'critical',
        severityNote: 'Security Hub rates S3.19 (access points) Critical and S3.24 (Multi-Region Access Points) High; the finding uses High for Multi-Region Access Points, and Medium for an access point that accepts requests only from a VPC, which the internet cannot reach.',
        why: "An access point has its own Block Public Access settings, independent of the bucket's: with one of them off, a public access point policy exposes the bucket's objects even when the bucket itself blocks public access. " +
            'The settings are fixed when the access point is created and cannot be changed later, so they must be right in the code. Access points block everything unless told otherwise; only code that turns a flag off is reported.',
        concepts: ['access-point-bpa'],
        securityHub: 'S3.19',
        peers: { checkov: ['CKV_AWS_392'], 'cfn-guard': ['CT.S3.PR.12'] },
        profiles: ['baseline', 'default', 'strict'],
        fix: {
            cloudformation: 'PublicAccessBlockConfiguration:   # on the AWS::S3::AccessPoint / AWS::S3::MultiRegionAccessPoint\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true',
            terraform: 'public_access_block_configuration {   # aws_s3_access_point (public_access_block in aws_s3control_multi_region_access_point details)\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}',
            cdk: 'new s3.CfnAccessPoint(this, "Ap", { bucket: bucket.bucketName, publicAccessBlockConfiguration: { blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true } })',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-points-bpa-settings.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-19',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-24',
        ],
    },
    messages: {
        flagsOff: '{{kind}} {{accessPoint}} leaves {{flags}} off{{network}}; its settings cannot be changed after creation.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  DataAccessPoint:\n    Type: AWS::S3::AccessPoint\n    Properties:\n      Bucket: !Ref Data\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: false\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: false\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  DataAccessPoint:\n    Type: AWS::S3::AccessPoint\n    Properties:\n      Bucket: !Ref Data\n',
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  DataAccessPoint:\n    Type: AWS::S3::AccessPoint\n    Properties:\n      Bucket: !Ref Data\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_access_point" "data" {\n  bucket = aws_s3_bucket.data.id\n  name   = "data"\n\n  public_access_block_configuration {\n    block_public_acls       = true\n    block_public_policy     = false\n    ignore_public_acls      = true\n    restrict_public_buckets = false\n  }\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_access_point" "data" {\n  bucket = aws_s3_bucket.data.id\n  name   = "data"\n}\n',
            ],
        },
        cdk: {
            bad: [
                "new s3.CfnAccessPoint(this, 'Ap', { bucket: bucket.bucketName, publicAccessBlockConfiguration: { blockPublicPolicy: false, restrictPublicBuckets: false } })",
            ],
            good: ["new s3.CfnAccessPoint(this, 'Ap', { bucket: bucket.bucketName })"],
        },
    },
    check(ap, report) {
        const pab = ap.publicAccessBlock;
        for (const f of BPA_FLAGS) {
            const v = pab[f];
            if (v.state === 'unknown')
                report.unknown(v, BPA_FLAG_NAMES[f]);
        }
        const off = BPA_FLAGS.filter((f) => pab[f].state !== 'unknown' && pab[f].value === false);
        if (!off.length)
            return;
        const vpcOnly = ap.networkOrigin.state !== 'unknown' && ap.networkOrigin.value === 'VPC';
        const explicit = off.map((f) => pab[f]).find((v) => v.state === 'set');
        report({
            messageId: 'flagsOff',
            at: explicit?.at ?? pab.at,
            data: {
                kind: ap.multiRegion ? 'Multi-Region Access Point' : 'Access point',
                accessPoint: ap.id,
                flags: off.map((f) => BPA_FLAG_NAMES[f]).join(', '),
                network: vpcOnly ? ' (it only accepts requests from its VPC)' : '',
            },
            severity: vpcOnly ? 'medium' : ap.multiRegion ? 'high' : undefined,
            fix: { kind: 'set', field: 'publicAccessBlock', value: true },
        });
    },
}));

;// CONCATENATED MODULE: ./rules/account-public-access-block-incomplete.ts


/* harmony default export */ const account_public_access_block_incomplete = ((0,define_rule/* defineRule */.Km)({
    id: 'account-public-access-block-incomplete',
    target: 'accountPublicAccessBlock',
    meta: {
        title: 'Account-level S3 Block Public Access does not turn on all four settings',
        severity: 'medium',
        why: 'The account-level public access block applies to every bucket and access point in the account, including buckets created later by hand or by other stacks, so it is the one setting that stops any bucket from becoming public by accident. ' +
            "A declared block with a flag left off keeps that path open for the whole account. s3-gate also credits a complete account block when it judges each bucket's exposure (public-exposure, the ACL and policy rules). " +
            'An account without any declared block is not reported: the setting usually lives in a landing-zone or organization baseline outside the workload code, which a static scan cannot see.',
        concepts: ['account-bpa-missing'],
        securityHub: 'S3.1',
        peers: {},
        profiles: ['baseline', 'default', 'strict'],
        fix: {
            cloudformation: 'CloudFormation has no resource for the account-level block; set it once per account (S3 console, `aws s3control put-public-access-block`, AWS Organizations or Terraform).',
            terraform: 'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/configuring-block-public-access-account.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-1',
        ],
    },
    messages: {
        flagsOff: 'The account-level public access block {{block}} leaves {{flags}} off, so buckets in the account can still become public that way.',
    },
    examples: {
        cloudformation: { bad: [], good: [], note: 'CloudFormation has no resource type for the account-level public access block.' },
        terraform: {
            bad: ['resource "aws_s3_account_public_access_block" "account" {\n  block_public_acls   = true\n  block_public_policy = true\n}\n'],
            good: [
                'resource "aws_s3_account_public_access_block" "account" {\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n',
            ],
        },
    },
    check(block, report) {
        const pab = block.publicAccessBlock;
        for (const f of BPA_FLAGS) {
            const v = pab[f];
            if (v.state === 'unknown')
                report.unknown(v, BPA_FLAG_NAMES[f]);
        }
        const off = BPA_FLAGS.filter((f) => pab[f].state !== 'unknown' && pab[f].value === false);
        if (!off.length)
            return;
        const explicit = off.map((f) => pab[f]).find((v) => v.state === 'set');
        report({
            messageId: 'flagsOff',
            at: explicit?.at ?? pab.at,
            data: { block: block.id, flags: off.map((f) => BPA_FLAG_NAMES[f]).join(', ') },
            fix: { kind: 'set', field: 'publicAccessBlock', value: true },
        });
    },
}));

;// CONCATENATED MODULE: ./rules/acl-enabled.ts

/* harmony default export */ const acl_enabled = ((0,define_rule/* defineRule */.Km)({
    id: 'acl-enabled',
    meta: {
        title: 'S3 bucket keeps ACLs enabled (ObjectOwnership is not BucketOwnerEnforced)',
        severity: 'medium',
        why: 'With ACLs enabled, objects uploaded by other accounts can stay owned by them and carry their own ACLs, so access is no longer decided by the bucket policy alone. ' +
            'BucketOwnerEnforced disables ACLs and makes the bucket owner own every object; AWS recommends it for almost every bucket.',
        concepts: ['acl-enabled'],
        profiles: ['baseline', 'default', 'strict'],
        securityHub: 'S3.12',
        peers: { checkov: ['CKV2_AWS_65'], 'cfn-guard': ['CT.S3.PR.5'] },
        fix: {
            cloudformation: 'OwnershipControls:\n  Rules:\n    - ObjectOwnership: BucketOwnerEnforced',
            terraform: 'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
            cdk: 'objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/about-object-ownership.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-12',
        ],
    },
    messages: {
        aclsEnabled: 'Bucket {{bucket}} sets ObjectOwnership to {{ownership}}, which keeps ACLs enabled.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}\n',
            ],
        },
        cdk: {
            bad: ["new s3.Bucket(this, 'Data', { objectOwnership: s3.ObjectOwnership.OBJECT_WRITER })"],
            good: ["new s3.Bucket(this, 'Data', { objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED })"],
        },
    },
    check(bucket, report) {
        const o = bucket.ownership;
        if (o.state === 'unknown')
            return report.unknown(o, 'ObjectOwnership');
        // Left out, AWS uses BucketOwnerEnforced for new buckets (April 2023), so only an explicit other value counts.
        if (o.state === 'set' && o.value !== 'BucketOwnerEnforced') {
            report({
                messageId: 'aclsEnabled',
                at: o.at,
                data: { bucket: bucket.id, ownership: o.value },
                fix: { kind: 'set', field: 'ownership', value: 'BucketOwnerEnforced' },
            });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/acl-public-neutralised.ts


/* harmony default export */ const acl_public_neutralised = ((0,define_rule/* defineRule */.Km)({
    id: 'acl-public-neutralised',
    meta: {
        title: 'S3 bucket declares a public ACL that Block Public Access or disabled ACLs neutralise',
        severity: 'low',
        severityNote: 'KICS rates this High, but nothing is exposed: S3 either ignores the grant or rejects it at deploy time. It is a consistency problem (the code says public, the bucket is not), so Low.',
        why: 'The code asks for a public ACL while Block Public Access (IgnorePublicAcls/BlockPublicAcls) or ObjectOwnership BucketOwnerEnforced cancels it. ' +
            'Nothing is exposed, but the intent is contradictory: a deploy may fail, and removing the safety net later would make the bucket public at once.',
        concepts: ['other:public-acl-overridden-by-bpa'],
        profiles: ['default', 'strict'],
        peers: { kics: ['bf878b1a-7418-4de3-b13c-3a86cf894920'] },
        fix: {
            cloudformation: 'Remove the public `AccessControl` value; keep the Block Public Access settings.',
            terraform: 'Remove the public `acl` (or `aws_s3_bucket_acl`); keep `aws_s3_bucket_public_access_block`.',
            cdk: 'Remove `accessControl`.',
        },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
    },
    messages: {
        neutralised: 'Bucket {{bucket}} asks for a public ACL ({{via}}), but {{reason}}.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true\n',
            ],
            good: [
                'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n  acl    = "public-read"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n',
            ],
        },
    },
    check(bucket, report, ctx) {
        const { grants } = publicAclGrants(bucket);
        if (!grants.length)
            return;
        const neutral = aclNeutraliser(bucket, ctx.accountPublicAccessBlocks());
        if (!neutral || neutral === 'unknown')
            return;
        const g = grants[0];
        report({
            messageId: 'neutralised',
            at: g.at,
            data: { bucket: bucket.id, via: g.canned ?? `${g.permissions.join('/')} grant to ${g.grantee}`, reason: neutral.reason },
            fix: { kind: 'remove', field: 'acl.canned' },
        });
    },
}));

;// CONCATENATED MODULE: ./rules/acl-public-read.ts


const READS = new Set(['READ', 'READ_ACP']);
/* harmony default export */ const acl_public_read = ((0,define_rule/* defineRule */.Km)({
    id: 'acl-public-read',
    meta: {
        title: 'S3 bucket ACL lets anyone read',
        severity: 'critical',
        why: 'A canned ACL such as public-read or authenticated-read, or a READ/READ_ACP grant to the AllUsers or AuthenticatedUsers group, lets anyone on the internet (or any AWS account) list the bucket or read its ACL. ' +
            'ACLs are a legacy mechanism; bucket policies and Block Public Access make access explicit.',
        concepts: ['acl-public-read'],
        profiles: ['baseline', 'default', 'strict'],
        securityHub: 'S3.2',
        peers: {
            checkov: ['CKV_AWS_20', 'CKV_AWS_375', 'CKV2_AWS_43'],
            kics: ['219f4c95-aa50-44e0-97de-cf71f4641170', '57b9893d-33b1-4419-bcea-a717ea87e139'],
            trivy: ['AVD-AWS-0092', 'aws-s3-no-public-access-with-acl'],
            cfn_nag: ['W31'],
            'cdk-nag': ['S3BucketPublicReadProhibited'],
            'cfn-guard': ['S3_BUCKET_PUBLIC_READ_PROHIBITED'],
        },
        fix: {
            cloudformation: 'Remove `AccessControl` (or set it to `Private`) and add `OwnershipControls` with `ObjectOwnership: BucketOwnerEnforced`.',
            terraform: 'Remove the public `acl`/grant (delete `aws_s3_bucket_acl`) and add `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerEnforced"`.',
            cdk: 'Remove `accessControl` and set `objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED`.',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#canned-acl',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-2',
        ],
    },
    messages: {
        publicRead: 'Bucket {{bucket}} grants {{permissions}} to {{grantee}} through its ACL ({{via}}).',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n'],
            good: [
                'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n  acl    = "public-read"\n}\n'],
            good: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n'],
        },
    },
    check(bucket, report, ctx) {
        const { grants, unknown } = publicAclGrants(bucket);
        if (unknown)
            report.unknown(unknown, 'ACL');
        const reads = grants.filter((g) => g.permissions.some((p) => READS.has(p)) && !g.permissions.some((p) => p === 'WRITE' || p === 'WRITE_ACP' || p === 'FULL_CONTROL'));
        if (!reads.length)
            return;
        const neutral = aclNeutraliser(bucket, ctx.accountPublicAccessBlocks());
        // A neutralised ACL is reported by acl-public-neutralised instead; it exposes nothing.
        if (neutral && neutral !== 'unknown')
            return;
        for (const g of reads) {
            report({
                messageId: 'publicRead',
                at: g.at,
                data: {
                    bucket: bucket.id,
                    permissions: g.permissions.join('/'),
                    grantee: g.grantee === 'AllUsers' ? 'everyone (AllUsers)' : 'every AWS account (AuthenticatedUsers)',
                    via: g.canned ?? 'grant',
                },
                fix: { kind: 'remove', field: 'acl.canned' },
            });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/acl-public-write.ts


const WRITES = new Set(['WRITE', 'WRITE_ACP', 'FULL_CONTROL']);
/* harmony default export */ const acl_public_write = ((0,define_rule/* defineRule */.Km)({
    id: 'acl-public-write',
    meta: {
        title: 'S3 bucket ACL lets anyone write or change permissions',
        severity: 'critical',
        why: 'A public-read-write ACL, or a WRITE, WRITE_ACP or FULL_CONTROL grant to AllUsers or AuthenticatedUsers, lets anyone upload, overwrite or delete objects, or rewrite the ACL itself. ' +
            'Attackers use such buckets to host malware or to take over content served from them.',
        concepts: ['acl-public-write'],
        profiles: ['baseline', 'default', 'strict'],
        securityHub: 'S3.3',
        peers: {
            checkov: ['CKV_AWS_57'],
            kics: ['07dda8de-d90d-469e-9b37-1aca53526ced'],
            trivy: ['AVD-AWS-0092', 'aws-s3-no-public-access-with-acl'],
            cfn_nag: ['F14'],
            'cdk-nag': ['S3BucketPublicWriteProhibited'],
            'cfn-guard': ['S3_BUCKET_PUBLIC_WRITE_PROHIBITED'],
        },
        fix: {
            cloudformation: 'Remove `AccessControl: PublicReadWrite` and add `OwnershipControls` with `ObjectOwnership: BucketOwnerEnforced`.',
            terraform: 'Remove the `public-read-write` ACL or the public WRITE/WRITE_ACP/FULL_CONTROL grant, and add `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerEnforced"`.',
            cdk: 'Remove `accessControl` and set `objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED`.',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-3',
        ],
    },
    messages: {
        publicWrite: 'Bucket {{bucket}} grants {{permissions}} to {{grantee}} through its ACL ({{via}}).',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicReadWrite\n'],
            good: ['Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: Private\n'],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n  acl    = "public-read-write"\n}\n'],
            good: ['resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n  acl    = "private"\n}\n'],
        },
    },
    check(bucket, report, ctx) {
        const { grants } = publicAclGrants(bucket);
        const writes = grants.filter((g) => g.permissions.some((p) => WRITES.has(p)));
        if (!writes.length)
            return;
        const neutral = aclNeutraliser(bucket, ctx.accountPublicAccessBlocks());
        if (neutral && neutral !== 'unknown')
            return;
        for (const g of writes) {
            report({
                messageId: 'publicWrite',
                at: g.at,
                data: {
                    bucket: bucket.id,
                    permissions: g.permissions.join('/'),
                    grantee: g.grantee === 'AllUsers' ? 'everyone (AllUsers)' : 'every AWS account (AuthenticatedUsers)',
                    via: g.canned ?? 'grant',
                },
                fix: { kind: 'remove', field: 'acl.canned' },
            });
        }
    },
}));

// EXTERNAL MODULE: ./src/model/value.ts
var value = __nccwpck_require__(2904);
;// CONCATENATED MODULE: ./rules/acl-write-acp-grant.ts


/* harmony default export */ const acl_write_acp_grant = ((0,define_rule/* defineRule */.Km)({
    id: 'acl-write-acp-grant',
    meta: {
        title: 'S3 bucket ACL grants WRITE_ACP to another grantee',
        severity: 'high',
        severityNote: "KICS rates it Critical. The grantee is named (not everyone; public grants are acl-public-write's Critical finding), but it can rewrite the ACL to give itself or anyone full control, so High.",
        why: "WRITE_ACP lets the grantee rewrite the bucket's access control list, and so grant itself, or everyone, read and write access. " +
            'Nobody but the owner needs it; with ACLs disabled (ObjectOwnership BucketOwnerEnforced) the grant is rejected altogether.',
        concepts: ['other:acl-write-acp-grant'],
        peers: { kics: ['64a222aa-7793-4e40-915f-4b302c76e4d4'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: 'CloudFormation sets only canned ACLs on a bucket; remove `AccessControl` and set `OwnershipControls` to `BucketOwnerEnforced`.',
            terraform: 'Remove the `grant` with `permission = "WRITE_ACP"` from `aws_s3_bucket_acl`, or better, delete the ACL and add `aws_s3_bucket_ownership_controls` with `object_ownership = "BucketOwnerEnforced"`.',
            cdk: 'objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED',
        },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/acl-overview.html#permissions'],
    },
    messages: {
        writeAcp: 'Bucket {{bucket}} grants WRITE_ACP to {{grantee}}, which can then rewrite the ACL to give anyone access.',
    },
    examples: {
        cloudformation: {
            bad: [],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: BucketOwnerEnforced\n',
            ],
            note: 'CloudFormation sets only canned ACLs on a bucket, and none of them grants WRITE_ACP.',
        },
        terraform: {
            bad: [
                'data "aws_canonical_user_id" "current" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n\nresource "aws_s3_bucket_acl" "data" {\n  bucket = aws_s3_bucket.data.id\n  access_control_policy {\n    grant {\n      grantee {\n        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"\n      }\n      permission = "WRITE_ACP"\n    }\n    owner {\n      id = data.aws_canonical_user_id.current.id\n    }\n  }\n}\n',
            ],
            good: [
                'data "aws_canonical_user_id" "current" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_ownership_controls" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    object_ownership = "BucketOwnerPreferred"\n  }\n}\n\nresource "aws_s3_bucket_acl" "data" {\n  bucket = aws_s3_bucket.data.id\n  access_control_policy {\n    grant {\n      grantee {\n        type = "Group"\n        uri  = "http://acs.amazonaws.com/groups/s3/LogDelivery"\n      }\n      permission = "WRITE"\n    }\n    owner {\n      id = data.aws_canonical_user_id.current.id\n    }\n  }\n}\n',
            ],
        },
    },
    check(bucket, report) {
        const grants = bucket.acl.grants;
        if (grants.state === 'unknown')
            return report.unknown(grants, 'ACL grants');
        // With ACLs disabled S3 rejects the grant: nothing is granted.
        if (bucket.ownership.state === 'set' && bucket.ownership.value === 'BucketOwnerEnforced')
            return;
        for (const g of grants.value) {
            if (g.grantee.type === 'group' && (g.grantee.uri === 'AllUsers' || g.grantee.uri === 'AuthenticatedUsers'))
                continue;
            if (g.permission.state === 'unknown') {
                report.unknown(g.permission, 'ACL permission');
                continue;
            }
            if (g.permission.value !== 'WRITE_ACP')
                continue;
            const grantee = g.grantee.type === 'group'
                ? `the ${g.grantee.uri} group`
                : g.grantee.type === 'unknown'
                    ? 'a grantee'
                    : `${g.grantee.type} ${(0,value/* strToDisplay */.V2)(g.grantee.id)}`;
            report({ messageId: 'writeAcp', at: g.at, data: { bucket: bucket.id, grantee } });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/block-public-access-incomplete.ts


/* harmony default export */ const block_public_access_incomplete = ((0,define_rule/* defineRule */.Km)({
    id: 'block-public-access-incomplete',
    meta: {
        title: 'S3 bucket does not turn on all four Block Public Access settings',
        severity: 'high',
        why: 'Block Public Access is the safety net that stops a later ACL or policy change from exposing the bucket. ' +
            'AWS turns it on for buckets created since April 2023, but only code that declares it keeps it on for existing buckets and survives a console change.',
        concepts: ['bpa-missing'],
        profiles: ['baseline', 'default', 'strict'],
        securityHub: 'S3.8',
        peers: {
            checkov: ['CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56', 'CKV2_AWS_6'],
            kics: [
                'd0cc8694-fcad-43ff-ac86-32331d7e867f',
                '48f100d9-f499-4c6d-b2b8-deafe47ffb26',
                '6c8d51af-218d-4bfb-94a9-94eabaa0703a',
                '350cd468-0e2c-44ef-9d22-cfb73a62523c',
            ],
            trivy: [
                'AVD-AWS-0086',
                'AVD-AWS-0087',
                'AVD-AWS-0091',
                'AVD-AWS-0093',
                'AVD-AWS-0094',
                'aws-s3-block-public-acls',
                'aws-s3-block-public-policy',
                'aws-s3-ignore-public-acls',
                'aws-s3-no-public-buckets',
                'aws-s3-specify-public-access-block',
            ],
            'cdk-nag': ['AwsSolutions-S2', 'S3BucketLevelPublicAccessProhibited'],
            'cfn-guard': ['S3_BUCKET_LEVEL_PUBLIC_ACCESS_PROHIBITED', 'CT.S3.PR.1'],
        },
        fix: {
            cloudformation: 'PublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true',
            terraform: 'resource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}',
            cdk: 'blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-8',
        ],
    },
    messages: {
        notDeclared: 'Bucket {{bucket}} declares no Block Public Access configuration{{account}}.',
        flagsOff: 'Bucket {{bucket}} leaves {{flags}} off{{account}}.',
        intendedPublic: 'Bucket {{bucket}} leaves {{flags}} off so that its bucket policy can make it public, as its s3-gate:public tag says: "{{reason}}". The ACL flags stay on, as they should.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: false\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_public_access_block" "data" {\n  bucket                  = aws_s3_bucket.data.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n',
            ],
        },
        cdk: {
            bad: ["new s3.Bucket(this, 'Data', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS_ONLY })"],
            good: ["new s3.Bucket(this, 'Data', { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL })"],
        },
    },
    check(bucket, report, ctx) {
        const pab = bucket.publicAccessBlock;
        const accounts = ctx.accountPublicAccessBlocks();
        const coveredByAccount = accounts.length > 0 && BPA_FLAGS.every((f) => effectiveFlag(pab, accounts, f).on === true);
        const account = coveredByAccount ? ' (the account-level block in this code covers it, so this is defence in depth)' : '';
        const severity = coveredByAccount ? 'low' : undefined;
        if (pab.declared.state === 'unknown')
            return report.unknown(pab.declared);
        if (!pab.declared.value) {
            report({
                messageId: 'notDeclared',
                at: pab.at,
                data: { bucket: bucket.id, account },
                fix: { kind: 'set', field: 'publicAccessBlock', value: true },
                severity,
            });
            return;
        }
        const off = BPA_FLAGS.filter((f) => pab[f].state !== 'unknown' && pab[f].value === false);
        for (const f of BPA_FLAGS) {
            const v = pab[f];
            if (v.state === 'unknown')
                report.unknown(v, BPA_FLAG_NAMES[f]);
        }
        if (!off.length)
            return;
        const intent = publicIntent(bucket);
        // A public website needs its policy flags off; the guidance keeps the ACL flags on.
        if (intent && off.every((f) => f === 'blockPublicPolicy' || f === 'restrictPublicBuckets')) {
            report({
                messageId: 'intendedPublic',
                at: pab.at,
                data: { bucket: bucket.id, flags: off.map((f) => BPA_FLAG_NAMES[f]).join(', '), reason: intent },
                severity: 'info',
            });
            return;
        }
        // Point at an explicit `false` when there is one: that is the line to change.
        const explicit = off.map((f) => pab[f]).find((v) => v.state === 'set');
        report({
            messageId: 'flagsOff',
            at: explicit?.at ?? pab.at,
            data: { bucket: bucket.id, flags: off.map((f) => BPA_FLAG_NAMES[f]).join(', '), account },
            fix: { kind: 'set', field: 'publicAccessBlock', value: true },
            severity,
        });
    },
}));

;// CONCATENATED MODULE: ./rules/bucket-key-disabled.ts

/* harmony default export */ const bucket_key_disabled = ((0,define_rule/* defineRule */.Km)({
    id: 'bucket-key-disabled',
    meta: {
        title: 'S3 bucket uses SSE-KMS without an S3 Bucket Key',
        severity: 'low',
        why: 'Without a Bucket Key, S3 calls KMS for every object, which multiplies KMS cost and can hit KMS request quotas under load, tempting teams back to weaker encryption. ' +
            'A Bucket Key keeps SSE-KMS and cuts KMS requests by up to 99%.',
        concepts: ['bucket-key-disabled'],
        profiles: ['strict'],
        peers: {},
        fix: {
            cloudformation: 'BucketKeyEnabled: true   # in the ServerSideEncryptionConfiguration rule',
            terraform: 'bucket_key_enabled = true   # in the server_side_encryption_configuration rule',
            cdk: 'bucketKeyEnabled: true',
        },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-key.html'],
    },
    messages: {
        noBucketKey: 'Bucket {{bucket}} uses {{algorithm}} without BucketKeyEnabled.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n            BucketKeyEnabled: true\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n  }\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n    bucket_key_enabled = true\n  }\n}\n',
            ],
        },
        cdk: {
            bad: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.KMS })"],
            good: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.KMS, bucketKeyEnabled: true })"],
        },
    },
    check(bucket, report) {
        const e = bucket.encryption;
        if (e.algorithm.state === 'unknown' || (e.algorithm.value !== 'aws:kms' && e.algorithm.value !== 'aws:kms:dsse'))
            return;
        if (e.bucketKeyEnabled.state === 'unknown')
            return report.unknown(e.bucketKeyEnabled, 'BucketKeyEnabled');
        if (!e.bucketKeyEnabled.value) {
            report({
                messageId: 'noBucketKey',
                at: e.bucketKeyEnabled.state === 'set' ? e.bucketKeyEnabled.at : e.algorithm.at,
                data: { bucket: bucket.id, algorithm: e.algorithm.value },
                fix: { kind: 'set', field: 'encryption.bucketKeyEnabled', value: true },
            });
        }
    },
}));

// EXTERNAL MODULE: ./src/model/arn.ts
var arn = __nccwpck_require__(1534);
// EXTERNAL MODULE: ./src/model/link.ts
var model_link = __nccwpck_require__(1073);
;// CONCATENATED MODULE: ./rules/bucket-policy-missing.ts



/** Names of the buckets that have a policy, computed once per model. */
const namesWithPolicy = new WeakMap();
function policyNames(model) {
    let set = namesWithPolicy.get(model);
    if (!set) {
        const names = (0,model_link/* nameSource */.B)(model);
        set = new Set(model.buckets.filter((b) => b.policies.length > 0).map((b) => (0,arn/* bucketNameForMatch */.qw)(b, names)));
        namesWithPolicy.set(model, set);
    }
    return set;
}
/* harmony default export */ const bucket_policy_missing = ((0,define_rule/* defineRule */.Km)({
    id: 'bucket-policy-missing',
    meta: {
        title: 'S3 bucket has no bucket policy',
        severity: 'low',
        severityNote: 'cfn_nag (W51) warns and KICS rates it Low. A missing policy is not an exposure by itself; what it usually means is that nothing denies plain-HTTP requests, which tls-not-enforced reports at Medium.',
        why: 'A bucket policy is where a bucket states its own guard rails, whoever calls it: deny plain HTTP, deny requests from outside the organization or the expected VPC endpoint, deny uploads without the expected encryption. ' +
            "A bucket without one relies entirely on each caller's IAM policies.",
        concepts: ['other:bucket-policy-missing'],
        peers: { cfn_nag: ['W51'], kics: ['37fa8188-738b-42c8-bf82-6334ea567738'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: 'Policy:\n  Type: AWS::S3::BucketPolicy\n  Properties:\n    Bucket: !Ref Bucket\n    PolicyDocument:\n      Statement:\n        - Sid: DenyInsecureTransport\n          Effect: Deny\n          Principal: "*"\n          Action: "s3:*"\n          Resource: [!GetAtt Bucket.Arn, !Sub "${Bucket.Arn}/*"]\n          Condition:\n            Bool:\n              aws:SecureTransport: false',
            terraform: 'resource "aws_s3_bucket_policy" "this" {\n  bucket = aws_s3_bucket.this.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "DenyInsecureTransport"\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}',
            cdk: 'enforceSSL: true   // adds a bucket policy',
        },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucket-policies.html'],
    },
    messages: {
        none: 'Bucket {{bucket}} has no bucket policy.',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}\n',
            ],
        },
        cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { enforceSSL: true })"] },
    },
    check(bucket, report, ctx) {
        if (bucket.policies.length > 0)
            return;
        if (bucket.policyDefinedElsewhere)
            return report.unknown({ why: 'the bucket and its policy are defined outside this code', at: bucket.origin.at }, 'bucket policy');
        // Two buckets declared with the same literal name are one bucket once deployed: a policy
        // attached to either covers it.
        const name = bucket.name.state !== 'unknown' && typeof bucket.name.value === 'string' ? bucket.name.value : undefined;
        if (name !== undefined && policyNames(ctx.model).has(name))
            return;
        report({ messageId: 'none', at: bucket.origin.at, data: { bucket: bucket.id } });
    },
}));

;// CONCATENATED MODULE: ./rules/cloudtrail-bucket-public.ts


/* harmony default export */ const cloudtrail_bucket_public = ((0,define_rule/* defineRule */.Km)({
    id: 'cloudtrail-bucket-public',
    target: 'trail',
    meta: {
        title: 'CloudTrail trail writes its logs to a bucket anyone can reach',
        severity: 'critical',
        why: 'CloudTrail logs describe every API call in the account: who did what, from where, with which resources. In a bucket that anyone can read they give an attacker a map of the account; in one anyone can write, the audit record itself can be forged or destroyed. ' +
            "The bucket's exposure is judged the same way as public-exposure judges it (ACLs, bucket policy conditions, access points, bucket and account Block Public Access). Buckets not defined in the same code are not judged.",
        concepts: ['cloudtrail-other'],
        securityHub: 'CloudTrail.6',
        peers: { trivy: ['AVD-AWS-0161'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: "On the trail's bucket, remove the public grant or statement and add\nPublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true",
            terraform: "Remove the public grant or statement from the trail's bucket and add `aws_s3_bucket_public_access_block` with all four flags true.",
            cdk: 'blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL   // on the bucket passed to cloudtrail.Trail',
        },
        references: [
            'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/create-s3-bucket-policy-for-cloudtrail.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-6',
        ],
    },
    messages: {
        public: 'Trail {{trail}} writes its logs to bucket {{bucket}}, which is reachable by anyone: {{paths}}.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  AuditLogs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: example-audit-logs\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref AuditLogs\n',
            ],
            good: [
                'Resources:\n  AuditLogs:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketName: example-audit-logs\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        BlockPublicPolicy: true\n        IgnorePublicAcls: true\n        RestrictPublicBuckets: true\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: !Ref AuditLogs\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "audit" {\n  bucket = "example-audit-logs"\n  acl    = "public-read"\n}\n\nresource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.audit.id\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "audit" {\n  bucket = "example-audit-logs"\n}\n\nresource "aws_s3_bucket_public_access_block" "audit" {\n  bucket                  = aws_s3_bucket.audit.id\n  block_public_acls       = true\n  block_public_policy     = true\n  ignore_public_acls      = true\n  restrict_public_buckets = true\n}\n\nresource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = aws_s3_bucket.audit.id\n}\n',
            ],
        },
    },
    check(trail, report, ctx) {
        const name = trail.bucketName;
        if (name.state === 'unknown')
            return;
        const bucket = ctx.resolveBucket(name.value);
        if (bucket === undefined || bucket === 'unknown' || !bucket.managed)
            return;
        const analysis = analyseExposure(bucket, ctx.accountPublicAccessBlocks(), ctx.model.accessPoints);
        const active = activeExposures(analysis);
        if (!active.length) {
            const undecided = analysis.exposures.find((e) => e.neutraliser === 'unknown') ?? analysis.unknowns[0];
            if (undecided)
                report.unknown({ why: `whether bucket ${bucket.id} is public is not known statically`, at: undecided.at }, 'trail bucket exposure');
            return;
        }
        report({
            messageId: 'public',
            at: name.at,
            data: { trail: trail.id, bucket: bucket.id, paths: active.map((e) => e.via).join('; ') },
            related: active.map((e) => ({ message: e.via, at: e.at })),
        });
    },
}));

;// CONCATENATED MODULE: ./rules/cloudtrail-data-events-missing.ts

const isAll = (s) => s.readWriteType.state !== 'unknown' && s.readWriteType.value === 'All';
/* harmony default export */ const cloudtrail_data_events_missing = ((0,define_rule/* defineRule */.Km)({
    id: 'cloudtrail-data-events-missing',
    target: 'trail',
    meta: {
        title: 'CloudTrail trail does not record S3 data events (object reads and writes)',
        severity: 'medium',
        why: 'Management events show who changed a bucket, not who read or deleted its objects. Without S3 data events (GetObject, PutObject, DeleteObject) for both reads and writes, data theft or destruction leaves no trace in CloudTrail. ' +
            'Record ReadWriteType All for AWS::S3::Object on the buckets that matter (or all of them with arn:aws:s3).',
        concepts: ['cloudtrail-data-events-missing'],
        profiles: ['default', 'strict'],
        securityHub: 'S3.22',
        peers: {
            kics: ['a8fc2180-b3ac-4c93-bd0d-a55b974e4b07'],
            trivy: ['AVD-AWS-0171', 'AVD-AWS-0172'],
            'cfn-guard': ['CLOUDTRAIL_S3_DATAEVENTS_ENABLED'],
        },
        fix: {
            cloudformation: 'EventSelectors:\n  - ReadWriteType: All\n    IncludeManagementEvents: true\n    DataResources:\n      - Type: AWS::S3::Object\n        Values: [arn:aws:s3]',
            terraform: 'event_selector {\n  read_write_type           = "All"\n  include_management_events = true\n  data_resource {\n    type   = "AWS::S3::Object"\n    values = ["arn:aws:s3"]\n  }\n}',
            cdk: 'trail.addS3EventSelector([{ bucket }], { readWriteType: cloudtrail.ReadWriteType.ALL })',
        },
        references: [
            'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-data-events-with-cloudtrail.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-22',
        ],
    },
    messages: {
        none: 'Trail {{trail}} records no S3 data events, so object reads and deletes are not logged.',
        partial: 'Trail {{trail}} records only {{type}} S3 data events; use ReadWriteType All to log both reads and writes.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n',
            ],
            good: [
                'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      EventSelectors:\n        - ReadWriteType: All\n          DataResources:\n            - Type: AWS::S3::Object\n              Values: [arn:aws:s3]\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n}\n'],
            good: [
                'resource "aws_cloudtrail" "main" {\n  name           = "main"\n  s3_bucket_name = "audit-logs"\n  event_selector {\n    read_write_type = "All"\n    data_resource {\n      type   = "AWS::S3::Object"\n      values = ["arn:aws:s3"]\n    }\n  }\n}\n',
            ],
        },
    },
    check(trail, report, ctx) {
        const ev = trail.dataEvents;
        if (ev.state === 'unknown')
            return report.unknown(ev, 'event selectors');
        const s3 = ev.value.filter((s) => s.s3Resources.length > 0);
        if (s3.some(isAll))
            return;
        // Another trail in the same code that records everything covers this one's gap.
        const others = ctx.model.trails.filter((t) => t !== trail);
        if (others.some((t) => t.dataEvents.state !== 'unknown' && t.dataEvents.value.some((s) => s.s3Resources.length > 0 && isAll(s))))
            return;
        for (const s of s3)
            if (s.readWriteType.state === 'unknown')
                return report.unknown(s.readWriteType, 'ReadWriteType');
        if (s3.length) {
            const first = s3[0];
            const type = first.readWriteType.state === 'unknown' ? '?' : first.readWriteType.value;
            report({
                messageId: 'partial',
                at: first.readWriteType.state === 'set' ? first.readWriteType.at : first.at,
                data: { trail: trail.id, type },
            });
        }
        else
            report({ messageId: 'none', at: ev.state === 'set' ? ev.at : trail.origin.at, data: { trail: trail.id } });
    },
}));

;// CONCATENATED MODULE: ./rules/cloudtrail-log-file-validation-disabled.ts

/* harmony default export */ const cloudtrail_log_file_validation_disabled = ((0,define_rule/* defineRule */.Km)({
    id: 'cloudtrail-log-file-validation-disabled',
    target: 'trail',
    meta: {
        title: 'CloudTrail trail does not validate its log files',
        severity: 'low',
        why: 'With log file validation, CloudTrail writes signed, chained digest files next to the logs in S3, so anyone can prove later that no log file was changed or deleted. ' +
            'Without it, someone with write access to the log bucket can edit or remove the record of what they did, and nobody can tell.',
        concepts: ['cloudtrail-other'],
        securityHub: 'CloudTrail.4',
        peers: { checkov: ['CKV_AWS_36'], kics: ['2a3560fe-52ca-4443-b34f-bf0ed5eb74c8'], 'cdk-nag': ['CloudTrailLogFileValidationEnabled'] },
        profiles: ['baseline', 'default', 'strict'],
        fix: {
            cloudformation: 'EnableLogFileValidation: true',
            terraform: 'enable_log_file_validation = true',
            cdk: 'enableFileValidation: true   // the default of cloudtrail.Trail',
        },
        references: [
            'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/cloudtrail-log-file-validation-intro.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-4',
        ],
    },
    messages: {
        disabled: 'Trail {{trail}} does not validate its log files, so changes to or deletion of its logs would go unnoticed.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      S3BucketName: audit-logs\n',
            ],
            good: [
                'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      EnableLogFileValidation: true\n      S3BucketName: audit-logs\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_cloudtrail" "main" {\n  name                  = "main"\n  s3_bucket_name        = "audit-logs"\n  is_multi_region_trail = true\n}\n',
            ],
            good: [
                'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n}\n',
            ],
        },
        cdk: { bad: ["new cloudtrail.Trail(this, 'Trail', { enableFileValidation: false })"], good: ["new cloudtrail.Trail(this, 'Trail')"] },
    },
    check(trail, report) {
        const v = trail.logFileValidation;
        if (v.state === 'unknown')
            return report.unknown(v, 'log file validation');
        if (v.value)
            return;
        report({ messageId: 'disabled', at: v.at, data: { trail: trail.id }, fix: { kind: 'set', field: 'logFileValidation', value: true } });
    },
}));

;// CONCATENATED MODULE: ./rules/cloudtrail-multi-region-disabled.ts

/* harmony default export */ const cloudtrail_multi_region_disabled = ((0,define_rule/* defineRule */.Km)({
    id: 'cloudtrail-multi-region-disabled',
    target: 'trail',
    meta: {
        title: 'CloudTrail trail records only its own Region',
        severity: 'medium',
        severityNote: 'Security Hub CloudTrail.1 is High, but it judges the whole account ("at least one multi-Region trail"); a single-Region trail in this code is a gap only if no other trail covers the account, which a static scan cannot see. Another trail in the same code that is multi-Region silences the finding.',
        why: 'A single-Region trail misses API activity in every other Region, which is exactly where an attacker starts resources or exfiltrates data to avoid notice, and it misses global-service events recorded elsewhere. ' +
            'A multi-Region trail records all Regions, including ones enabled later, into one bucket.',
        concepts: ['cloudtrail-other'],
        securityHub: 'CloudTrail.1',
        peers: {
            checkov: ['CKV_AWS_67'],
            kics: ['058ac855-989f-4378-ba4d-52d004020da7', '8173d5eb-96b5-4aa6-a71b-ecfa153c123d'],
        },
        profiles: ['baseline', 'default', 'strict'],
        fix: {
            cloudformation: 'IsMultiRegionTrail: true\nIncludeGlobalServiceEvents: true',
            terraform: 'is_multi_region_trail         = true\ninclude_global_service_events = true',
            cdk: 'isMultiRegionTrail: true   // the default of cloudtrail.Trail',
        },
        references: [
            'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/receive-cloudtrail-log-files-from-multiple-regions.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudtrail-controls.html#cloudtrail-1',
        ],
    },
    messages: {
        singleRegion: 'Trail {{trail}} records only the Region it is deployed in; activity in other Regions goes unlogged.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      EnableLogFileValidation: true\n      S3BucketName: audit-logs\n',
            ],
            good: [
                'Resources:\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      IsMultiRegionTrail: true\n      EnableLogFileValidation: true\n      S3BucketName: audit-logs\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n  enable_log_file_validation = true\n}\n',
            ],
            good: [
                'resource "aws_cloudtrail" "main" {\n  name                       = "main"\n  s3_bucket_name             = "audit-logs"\n  is_multi_region_trail      = true\n  enable_log_file_validation = true\n}\n',
            ],
        },
        cdk: { bad: ["new cloudtrail.Trail(this, 'Trail', { isMultiRegionTrail: false })"], good: ["new cloudtrail.Trail(this, 'Trail')"] },
    },
    check(trail, report, ctx) {
        const v = trail.isMultiRegion;
        if (v.state === 'unknown')
            return report.unknown(v, 'multi-Region');
        if (v.value)
            return;
        // Another trail of the same code that records every Region covers this one's gap.
        if (ctx.model.trails.some((t) => t !== trail && t.isMultiRegion.state !== 'unknown' && t.isMultiRegion.value))
            return;
        report({ messageId: 'singleRegion', at: v.at, data: { trail: trail.id }, fix: { kind: 'set', field: 'isMultiRegion', value: true } });
    },
}));

;// CONCATENATED MODULE: ./src/model/metric-filter.ts

/** Parses `{ ... }`; `undefined` when the pattern is not a JSON pattern we can read. */
function parseJsonFilterPattern(pattern) {
    const text = pattern.trim();
    if (!text.startsWith('{') || !text.endsWith('}'))
        return undefined;
    const tokens = tokenize(text.slice(1, -1));
    if (!tokens)
        return undefined;
    let i = 0;
    const peek = () => tokens[i];
    const parseOr = () => {
        let left = parseAnd();
        while (left && peek() === '||') {
            i++;
            const right = parseAnd();
            if (!right)
                return undefined;
            left = { op: 'or', left, right };
        }
        return left;
    };
    const parseAnd = () => {
        let left = parseAtom();
        while (left && peek() === '&&') {
            i++;
            const right = parseAtom();
            if (!right)
                return undefined;
            left = { op: 'and', left, right };
        }
        return left;
    };
    const parseAtom = () => {
        const t = peek();
        if (t === '(') {
            i++;
            const e = parseOr();
            if (peek() !== ')')
                return undefined;
            i++;
            return e;
        }
        if (t === undefined || !t.startsWith('$.'))
            return undefined;
        i++;
        const op = peek();
        if (op === '=' || op === '!=') {
            i++;
            const value = peek();
            if (value === undefined || ['(', ')', '&&', '||', '=', '!='].includes(value))
                return undefined;
            i++;
            return { op: 'cmp', field: t.slice(2), negate: op === '!=', value: unquote(value) };
        }
        // `$.x > 5`, `$.x IS NULL`, `$.x NOT EXISTS`: skip to the end of the comparison.
        while (peek() !== undefined && !['&&', '||', ')'].includes(peek()))
            i++;
        return { op: 'opaque' };
    };
    const expr = parseOr();
    return expr && i === tokens.length ? expr : undefined;
}
function tokenize(s) {
    const out = [];
    let i = 0;
    while (i < s.length) {
        const c = s[i];
        if (/\s/.test(c))
            i++;
        else if (s.startsWith('&&', i) || s.startsWith('||', i) || s.startsWith('!=', i)) {
            out.push(s.slice(i, i + 2));
            i += 2;
        }
        else if (c === '(' || c === ')' || c === '=' || c === '<' || c === '>') {
            out.push(c);
            i++;
        }
        else if (c === '"') {
            const end = s.indexOf('"', i + 1);
            if (end < 0)
                return undefined;
            out.push(s.slice(i, end + 1));
            i = end + 1;
        }
        else {
            let j = i;
            while (j < s.length && !/[\s()=!<>&|"]/.test(s[j]))
                j++;
            if (j === i)
                return undefined;
            out.push(s.slice(i, j));
            i = j;
        }
    }
    return out;
}
const unquote = (v) => (v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v);
function valueMatches(pattern, actual) {
    const re = new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
    return re.test(actual);
}
/** Does the pattern match an event with these fields? Opaque comparisons count as matching. */
function matches(e, event) {
    switch (e.op) {
        case 'and':
            return matches(e.left, event) && matches(e.right, event);
        case 'or':
            return matches(e.left, event) || matches(e.right, event);
        case 'opaque':
            return true;
        case 'cmp': {
            const actual = event[e.field];
            const eq = actual !== undefined && valueMatches(e.value, actual);
            return e.negate ? !eq : eq;
        }
    }
}
/** The CloudTrail events of S3 bucket-policy and ACL changes a filter must catch. */
const POLICY_CHANGE_EVENTS = ['PutBucketAcl', 'PutBucketPolicy', 'DeleteBucketPolicy'];
/** S3 calls that change nothing; a filter that catches them alarms on ordinary reads. */
const UNRELATED_EVENTS = ['GetBucketAcl', 'GetBucketPolicy', 'ListBuckets', 'GetObject', 'PutObject'];
/** Does the filter pattern catch S3 bucket-policy and ACL changes, and only S3 changes? */
function judgePolicyChangePattern(pattern) {
    const expr = parseJsonFilterPattern(pattern);
    if (!expr)
        return { kind: 'not-understood' };
    const s3 = (eventName) => ({ eventSource: 's3.amazonaws.com', eventName });
    const missing = POLICY_CHANGE_EVENTS.filter((n) => !matches(expr, s3(n)));
    if (missing.length)
        return { kind: 'missing', events: missing };
    const broad = UNRELATED_EVENTS.find((n) => matches(expr, s3(n)));
    if (broad)
        return { kind: 'too-broad', example: broad };
    return { kind: 'ok' };
}
/** Whether a pattern is about S3 bucket changes at all (so a wrong one is worth reporting). */
function looksLikeS3ChangeFilter(pattern) {
    return /s3\.amazonaws\.com|(Put|Delete)Bucket(Acl|Policy)/i.test(pattern);
}
/** The resource a single-placeholder value refers to, if it is one. */
function placeholderResource(s) {
    const parts = (0,value/* strParts */.gy)(s);
    if (parts.length !== 1)
        return undefined;
    const p = parts[0];
    return typeof p !== 'string' && (p.kind === 'resource' || p.kind === 'bucket') ? p.id : undefined;
}
/** Alarms watching the filter's metric (by name and namespace, or by a reference to the filter). */
function alarmsOn(filter, alarms) {
    return alarms.filter((a) => {
        if (a.metricName.state === 'unknown')
            return false;
        const ref = placeholderResource(a.metricName.value);
        if (ref !== undefined)
            return ref === filter.id;
        if (filter.metricName.state === 'unknown')
            return false;
        if (typeof a.metricName.value !== 'string' || typeof filter.metricName.value !== 'string')
            return false;
        if (a.metricName.value !== filter.metricName.value)
            return false;
        const an = a.namespace.state === 'unknown' ? undefined : a.namespace.value;
        const fn = filter.metricNamespace.state === 'unknown' ? undefined : filter.metricNamespace.value;
        return typeof an !== 'string' || typeof fn !== 'string' || an === fn;
    });
}
/**
 * Does the trail's CloudWatch Logs group (an ARN or a reference) name the filter's log group (a
 * name or a reference)? `unknown` when either side cannot be compared.
 */
function sameLogGroup(trailGroup, filterGroup) {
    const a = placeholderResource(trailGroup);
    const b = placeholderResource(filterGroup);
    if (a !== undefined && b !== undefined)
        return a === b;
    const name = (s) => {
        if (typeof s !== 'string')
            return undefined;
        const m = /:log-group:([^:]+)/.exec(s);
        return m ? m[1] : s;
    };
    const na = name(trailGroup);
    const nb = name(filterGroup);
    if (na === undefined || nb === undefined)
        return 'unknown';
    return na === nb;
}

;// CONCATENATED MODULE: ./rules/cloudwatch-s3-policy-change-alarm-missing.ts


/* harmony default export */ const cloudwatch_s3_policy_change_alarm_missing = ((0,define_rule/* defineRule */.Km)({
    id: 'cloudwatch-s3-policy-change-alarm-missing',
    target: 'model',
    meta: {
        title: 'No CloudWatch alarm on S3 bucket policy and ACL changes',
        severity: 'low',
        why: 'When CloudTrail delivers to CloudWatch Logs, a metric filter on PutBucketPolicy, DeleteBucketPolicy and PutBucketAcl with an alarm on its metric tells you within minutes that someone changed who can reach a bucket, instead of at the next audit. ' +
            'The rule looks at trails in the code that send to CloudWatch Logs, and at metric filters in the code that watch S3 changes: a filter must catch those three events, only S3 write events (a filter joined with || alarms on every S3 call), and have an alarm on its metric.',
        concepts: ['other:cloudwatch-s3-policy-change-alarm'],
        securityHub: 'CloudWatch.8',
        peers: { kics: ['27c6a499-895a-4dc7-9617-5c485218db13'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: 'S3PolicyChanges:\n  Type: AWS::Logs::MetricFilter\n  Properties:\n    LogGroupName: !Ref TrailLogGroup\n    FilterPattern: \'{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication) || ($.eventName = DeleteBucketPolicy) || ($.eventName = DeleteBucketCors) || ($.eventName = DeleteBucketLifecycle) || ($.eventName = DeleteBucketReplication)) }\'\n    MetricTransformations:\n      - MetricName: S3BucketPolicyChanges\n        MetricNamespace: CISBenchmark\n        MetricValue: "1"\nS3PolicyChangesAlarm:\n  Type: AWS::CloudWatch::Alarm\n  Properties:\n    MetricName: S3BucketPolicyChanges\n    Namespace: CISBenchmark\n    Statistic: Sum\n    Period: 300\n    EvaluationPeriods: 1\n    Threshold: 1\n    ComparisonOperator: GreaterThanOrEqualToThreshold\n    AlarmActions: [!Ref SecurityAlerts]',
            terraform: 'resource "aws_cloudwatch_log_metric_filter" "s3_policy_changes" {\n  name           = "S3BucketPolicyChanges"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy) || ($.eventName = PutBucketCors) || ($.eventName = PutBucketLifecycle) || ($.eventName = PutBucketReplication)) }"\n  metric_transformation {\n    name      = "S3BucketPolicyChanges"\n    namespace = "CISBenchmark"\n    value     = "1"\n  }\n}\n\nresource "aws_cloudwatch_metric_alarm" "s3_policy_changes" {\n  alarm_name          = "s3-bucket-policy-changes"\n  metric_name         = aws_cloudwatch_log_metric_filter.s3_policy_changes.metric_transformation[0].name\n  namespace           = "CISBenchmark"\n  statistic           = "Sum"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n  alarm_actions       = [aws_sns_topic.security_alerts.arn]\n}',
        },
        references: [
            'https://docs.aws.amazon.com/securityhub/latest/userguide/cloudwatch-controls.html#cloudwatch-8',
            'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/FilterAndPatternSyntax.html',
        ],
    },
    messages: {
        trailUnwatched: 'Trail {{trail}} delivers to CloudWatch Logs, but no metric filter with an alarm watches it for S3 bucket policy and ACL changes.',
        missingEvents: 'Metric filter {{filter}} watches S3 changes but misses {{events}}.',
        tooBroad: 'Metric filter {{filter}} matches S3 calls that change nothing (such as {{example}}), so its alarm fires on ordinary use; join the event source and the event names with &&.',
        noAlarm: 'Metric filter {{filter}} catches S3 bucket policy and ACL changes, but no alarm watches its metric.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  TrailLogs:\n    Type: AWS::Logs::LogGroup\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn\n      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-logs\n',
            ],
            good: [
                'Resources:\n  TrailLogs:\n    Type: AWS::Logs::LogGroup\n  Trail:\n    Type: AWS::CloudTrail::Trail\n    Properties:\n      IsLogging: true\n      S3BucketName: audit-logs\n      CloudWatchLogsLogGroupArn: !GetAtt TrailLogs.Arn\n      CloudWatchLogsRoleArn: arn:aws:iam::111122223333:role/trail-logs\n  S3PolicyChanges:\n    Type: AWS::Logs::MetricFilter\n    Properties:\n      LogGroupName: !Ref TrailLogs\n      FilterPattern: \'{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }\'\n      MetricTransformations:\n        - MetricName: S3BucketPolicyChanges\n          MetricNamespace: Security\n          MetricValue: "1"\n  S3PolicyChangesAlarm:\n    Type: AWS::CloudWatch::Alarm\n    Properties:\n      MetricName: S3BucketPolicyChanges\n      Namespace: Security\n      Statistic: Sum\n      Period: 300\n      EvaluationPeriods: 1\n      Threshold: 1\n      ComparisonOperator: GreaterThanOrEqualToThreshold\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_cloudwatch_log_group" "trail" {\n  name = "trail"\n}\n\nresource "aws_cloudwatch_log_metric_filter" "s3_policy_changes" {\n  name           = "S3BucketPolicyChanges"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = "{ ($.eventSource = s3.amazonaws.com) || ($.eventName = PutBucketPolicy) }"\n  metric_transformation {\n    name      = "S3BucketPolicyChanges"\n    namespace = "Security"\n    value     = "1"\n  }\n}\n',
            ],
            good: [
                'resource "aws_cloudwatch_log_group" "trail" {\n  name = "trail"\n}\n\nresource "aws_cloudwatch_log_metric_filter" "s3_policy_changes" {\n  name           = "S3BucketPolicyChanges"\n  log_group_name = aws_cloudwatch_log_group.trail.name\n  pattern        = "{ ($.eventSource = s3.amazonaws.com) && (($.eventName = PutBucketAcl) || ($.eventName = PutBucketPolicy) || ($.eventName = DeleteBucketPolicy)) }"\n  metric_transformation {\n    name      = "S3BucketPolicyChanges"\n    namespace = "Security"\n    value     = "1"\n  }\n}\n\nresource "aws_cloudwatch_metric_alarm" "s3_policy_changes" {\n  alarm_name          = "s3-bucket-policy-changes"\n  metric_name         = "S3BucketPolicyChanges"\n  namespace           = "Security"\n  statistic           = "Sum"\n  period              = 300\n  evaluation_periods  = 1\n  threshold           = 1\n  comparison_operator = "GreaterThanOrEqualToThreshold"\n}\n',
            ],
        },
    },
    check(model, report) {
        const judged = new Map();
        for (const f of model.metricFilters) {
            judged.set(f, f.pattern.state === 'unknown' ? 'unknown' : judgePolicyChangePattern(f.pattern.value));
        }
        const isGood = (f) => {
            const j = judged.get(f);
            return j !== 'unknown' && j?.kind === 'ok' && alarmsOn(f, model.alarms).length > 0;
        };
        const good = model.metricFilters.filter(isGood);
        // Filters that are about S3 changes but would not raise the alarm they are meant for.
        for (const f of model.metricFilters) {
            if (f.pattern.state === 'unknown') {
                report.unknown(f.pattern, 'metric filter pattern');
                continue;
            }
            if (isGood(f) || !looksLikeS3ChangeFilter(f.pattern.value))
                continue;
            const j = judged.get(f);
            if (j === 'unknown' || j.kind === 'not-understood') {
                report.unknown({ why: 'the filter pattern is not a JSON pattern s3-gate can read', at: f.pattern.at }, 'metric filter pattern');
                continue;
            }
            const data = { filter: f.id };
            if (j.kind === 'missing')
                report({ messageId: 'missingEvents', at: f.pattern.at, resource: f.id, data: { ...data, events: j.events.join(', ') } });
            else if (j.kind === 'too-broad')
                report({ messageId: 'tooBroad', at: f.pattern.at, resource: f.id, data: { ...data, example: j.example } });
            else
                report({ messageId: 'noAlarm', at: f.origin.at, resource: f.id, data });
        }
        for (const trail of model.trails) {
            const group = trail.cloudWatchLogsGroup;
            if (group.state === 'unknown' || group.value === null)
                continue;
            const onGroup = (f) => f.logGroup.state === 'unknown' || sameLogGroup(group.value, f.logGroup.value) !== false;
            if (good.some(onGroup))
                continue;
            // A wrong filter on the trail's group was reported above, on the filter itself.
            if (model.metricFilters.some((f) => onGroup(f) && f.pattern.state !== 'unknown' && looksLikeS3ChangeFilter(f.pattern.value)))
                continue;
            report({ messageId: 'trailUnwatched', at: group.at, resource: trail.id, data: { trail: trail.id } });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/cors-wildcard-origin.ts


const WRITE_METHODS = new Set(['PUT', 'POST', 'DELETE']);
const isAnyOrigin = (o) => typeof o === 'string' && /^(https?:\/\/)?\*$/.test(o.trim());
/* harmony default export */ const cors_wildcard_origin = ((0,define_rule/* defineRule */.Km)({
    id: 'cors-wildcard-origin',
    meta: {
        title: 'S3 bucket CORS rule allows any origin',
        severity: 'low',
        severityNote: 'KICS rates it Medium. CORS only decides which web pages may call the bucket from a browser; it grants no access by itself. A rule that lets any site read is Low; one that lets any site write (PUT, POST, DELETE) is reported as Medium.',
        why: 'A CORS rule with AllowedOrigins "*" lets scripts on every website call the bucket from a visitor\'s browser. For a bucket that browsers also reach with credentials or presigned URLs, that lets a malicious page read or upload data on the visitor\'s behalf. ' +
            'List the origins of your own sites instead.',
        concepts: ['other:cors-unrestricted'],
        peers: { kics: ['3609d27c-3698-483a-9402-13af6ae80583'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: 'CorsConfiguration:\n  CorsRules:\n    - AllowedOrigins: [https://www.example.com]\n      AllowedMethods: [GET]\n      AllowedHeaders: [Authorization]',
            terraform: 'cors_rule {\n  allowed_origins = ["https://www.example.com"]\n  allowed_methods = ["GET"]\n  allowed_headers = ["Authorization"]\n}',
            cdk: "cors: [{ allowedOrigins: ['https://www.example.com'], allowedMethods: [s3.HttpMethods.GET] }]",
        },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/cors.html'],
    },
    messages: {
        anyOrigin: 'Bucket {{bucket}} has a CORS rule that lets any website call it with {{methods}}.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Assets:\n    Type: AWS::S3::Bucket\n    Properties:\n      CorsConfiguration:\n        CorsRules:\n          - AllowedOrigins: ["*"]\n            AllowedMethods: [GET, PUT]\n',
            ],
            good: [
                'Resources:\n  Assets:\n    Type: AWS::S3::Bucket\n    Properties:\n      CorsConfiguration:\n        CorsRules:\n          - AllowedOrigins: [https://www.example.com]\n            AllowedMethods: [GET]\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "assets" {\n  bucket = "example-assets"\n}\n\nresource "aws_s3_bucket_cors_configuration" "assets" {\n  bucket = aws_s3_bucket.assets.id\n  cors_rule {\n    allowed_origins = ["*"]\n    allowed_methods = ["GET", "PUT"]\n  }\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "assets" {\n  bucket = "example-assets"\n}\n\nresource "aws_s3_bucket_cors_configuration" "assets" {\n  bucket = aws_s3_bucket.assets.id\n  cors_rule {\n    allowed_origins = ["https://www.example.com"]\n    allowed_methods = ["GET"]\n  }\n}\n',
            ],
        },
        cdk: {
            bad: [
                "new s3.Bucket(this, 'Assets', { cors: [{ allowedOrigins: ['*'], allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.PUT] }] })",
            ],
            good: [
                "new s3.Bucket(this, 'Assets', { cors: [{ allowedOrigins: ['https://www.example.com'], allowedMethods: [s3.HttpMethods.GET] }] })",
            ],
        },
    },
    check(bucket, report) {
        const cors = bucket.cors;
        if (cors.state === 'unknown')
            return report.unknown(cors, 'CORS rules');
        for (const rule of cors.value) {
            if (!rule.allowedOrigins.some(isAnyOrigin))
                continue;
            const methods = rule.allowedMethods.map((m) => (0,value/* strToDisplay */.V2)(m).toUpperCase());
            const writes = methods.some((m) => WRITE_METHODS.has(m) || m === '*');
            report({
                messageId: 'anyOrigin',
                at: rule.at,
                data: { bucket: bucket.id, methods: methods.join(', ') || 'no methods' },
                severity: writes ? 'medium' : undefined,
            });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/encryption-missing.ts

/* harmony default export */ const encryption_missing = ((0,define_rule/* defineRule */.Km)({
    id: 'encryption-missing',
    meta: {
        title: 'S3 bucket does not declare default encryption',
        severity: 'info',
        severityNote: 'Since 5 January 2023 S3 encrypts every new object with SSE-S3 when nothing else is configured, so a missing configuration no longer leaves data unencrypted. KICS, cfn_nag and cfn-guard still flag it; checkov, trivy and cdk-nag retired the check. We keep it as Info; encryption-not-kms is the check that matters.',
        why: 'Declaring the encryption configuration documents the intent and keeps it under review. ' +
            'Without it the bucket still gets SSE-S3 by default, which is why this is informational.',
        concepts: ['encryption-missing'],
        profiles: ['default', 'strict'],
        securityHub: 'S3.4',
        peers: {
            checkov: ['CKV_AWS_19'],
            kics: ['b2e8752c-3497-4255-98d2-e4ae5b46bbf5'],
            cfn_nag: ['W41'],
            trivy: ['AVD-AWS-0088', 'aws-s3-enable-bucket-encryption'],
            'cfn-guard': ['S3_BUCKET_SERVER_SIDE_ENCRYPTION_ENABLED'],
        },
        fix: {
            cloudformation: 'BucketEncryption:\n  ServerSideEncryptionConfiguration:\n    - ServerSideEncryptionByDefault:\n        SSEAlgorithm: aws:kms\n      BucketKeyEnabled: true',
            terraform: 'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "aws:kms"\n    }\n    bucket_key_enabled = true\n  }\n}',
            cdk: 'encryption: s3.BucketEncryption.KMS',
        },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/default-encryption-faq.html'],
    },
    messages: {
        notDeclared: 'Bucket {{bucket}} declares no default encryption; S3 applies SSE-S3 by default.',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n  }\n}\n',
            ],
        },
    },
    check(bucket, report) {
        const d = bucket.encryption.declared;
        if (d.state === 'unknown')
            return report.unknown(d);
        if (!d.value)
            report({
                messageId: 'notDeclared',
                at: bucket.encryption.at,
                data: { bucket: bucket.id },
                fix: { kind: 'set', field: 'encryption', value: { algorithm: 'aws:kms', bucketKeyEnabled: true } },
            });
    },
}));

;// CONCATENATED MODULE: ./rules/encryption-not-kms.ts



const KMS = new Set(['aws:kms', 'aws:kms:dsse']);
/** `alias/aws/s3` (or no key at all) is the AWS managed key, whose key policy you cannot control. */
function isAwsManagedKey(key) {
    if (typeof key !== 'string')
        return (0,value/* strParts */.gy)(key).some((p) => typeof p === 'string' && /alias\/aws\/s3$/.test(p));
    return /(^|:)alias\/aws\/s3$/.test(key);
}
/* harmony default export */ const encryption_not_kms = ((0,define_rule/* defineRule */.Km)({
    id: 'encryption-not-kms',
    meta: {
        title: 'S3 bucket default encryption does not use a customer-managed KMS key',
        severity: 'medium',
        why: 'SSE-S3 (AES256) and the AWS managed aws/s3 key encrypt data, but you cannot restrict who may decrypt it, audit key use per principal, or revoke access by disabling the key. ' +
            'SSE-KMS or DSSE-KMS with a customer-managed key adds that second, independent layer of access control.',
        concepts: ['encryption-not-kms'],
        profiles: ['default', 'strict'],
        securityHub: 'S3.17',
        peers: {
            checkov: ['CKV_AWS_145'],
            trivy: ['AVD-AWS-0132', 'aws-s3-encryption-customer-key'],
            'cdk-nag': ['S3DefaultEncryptionKMS'],
            'cfn-guard': ['S3_DEFAULT_ENCRYPTION_KMS', 'CT.S3.PR.10'],
        },
        fix: {
            cloudformation: 'BucketEncryption:\n  ServerSideEncryptionConfiguration:\n    - ServerSideEncryptionByDefault:\n        SSEAlgorithm: aws:kms\n        KMSMasterKeyID: !GetAtt DataKey.Arn\n      BucketKeyEnabled: true',
            terraform: 'resource "aws_s3_bucket_server_side_encryption_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.data.arn\n    }\n    bucket_key_enabled = true\n  }\n}',
            cdk: 'encryption: s3.BucketEncryption.KMS, encryptionKey: key, bucketKeyEnabled: true',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-17',
        ],
    },
    messages: {
        notKms: 'Bucket {{bucket}} encrypts by default with {{algorithm}}, not SSE-KMS with a customer-managed key.',
        awsManagedKey: 'Bucket {{bucket}} uses SSE-KMS with the AWS managed key (aws/s3); use a customer-managed key to control who can decrypt.',
        publicObjects: 'Bucket {{bucket}} serves public objects on purpose; anonymous readers cannot use KMS keys, so SSE-S3 is the right choice here.',
        logTarget: 'Bucket {{bucket}} uses {{algorithm}}; it receives server access logs, which S3 can deliver only to SSE-S3 buckets, so this is expected.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n',
            ],
            good: [
                'Resources:\n  Key:\n    Type: AWS::KMS::Key\n    Properties:\n      KeyPolicy: {}\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: aws:kms\n              KMSMasterKeyID: !GetAtt Key.Arn\n            BucketKeyEnabled: true\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
            good: [
                'resource "aws_kms_key" "data" {}\n\nresource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.data.arn\n    }\n    bucket_key_enabled = true\n  }\n}\n',
            ],
        },
        cdk: {
            bad: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.S3_MANAGED })"],
            good: ["new s3.Bucket(this, 'Data', { encryption: s3.BucketEncryption.KMS, bucketKeyEnabled: true })"],
        },
    },
    check(bucket, report) {
        const e = bucket.encryption;
        if (e.algorithm.state === 'unknown')
            return report.unknown(e.algorithm, 'SSE algorithm');
        const fix = { kind: 'set', field: 'encryption', value: { algorithm: 'aws:kms', bucketKeyEnabled: true } };
        if (!KMS.has(e.algorithm.value)) {
            if (publicIntent(bucket)) {
                report({ messageId: 'publicObjects', at: e.algorithm.at, data: { bucket: bucket.id }, severity: 'info' });
                return;
            }
            if (bucket.links.isLogTarget) {
                report({ messageId: 'logTarget', at: e.algorithm.at, data: { bucket: bucket.id, algorithm: e.algorithm.value }, severity: 'info' });
                return;
            }
            report({
                messageId: 'notKms',
                at: e.algorithm.at,
                data: { bucket: bucket.id, algorithm: e.algorithm.state === 'default' ? 'SSE-S3 (the AWS default)' : e.algorithm.value },
                fix,
            });
            return;
        }
        if (e.kmsKeyId.state === 'unknown')
            return;
        if (e.kmsKeyId.value === null || isAwsManagedKey(e.kmsKeyId.value)) {
            report({
                messageId: 'awsManagedKey',
                at: e.kmsKeyId.state === 'set' ? e.kmsKeyId.at : e.algorithm.at,
                data: { bucket: bucket.id },
                severity: 'low',
            });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/iam-inline-policy-s3-access.ts


const PROBES = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:DeleteObject', 's3:PutBucketPolicy'];
/* harmony default export */ const iam_inline_policy_s3_access = ((0,define_rule/* defineRule */.Km)({
    id: 'iam-inline-policy-s3-access',
    target: 'iamPolicy',
    meta: {
        title: 'S3 access is granted through an inline IAM policy',
        severity: 'low',
        why: 'Inline policies live inside one role, user or group: they cannot be reused, versioned or rolled back, and they are easy to miss when auditing who can reach a bucket. ' +
            'A customer managed policy (or the bucket policy) keeps S3 access in one reviewable place and can be attached wherever it is needed.',
        concepts: ['other:iam-inline-policy'],
        peers: {},
        profiles: ['strict'],
        fix: {
            cloudformation: "Move the statement into an `AWS::IAM::ManagedPolicy` and list it in the role's `ManagedPolicyArns` (instead of `Policies` or `AWS::IAM::Policy`).",
            terraform: 'Move the statement into an `aws_iam_policy` and attach it with `aws_iam_role_policy_attachment` (instead of `aws_iam_role_policy` or `inline_policy`).',
            cdk: 'new iam.ManagedPolicy(this, "DataAccess", { statements: [...], roles: [role] })   // instead of role.addToPolicy',
        },
        references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_managed-vs-inline.html'],
    },
    messages: {
        inline: 'Inline IAM policy {{policy}} grants S3 access ({{statement}}); use a managed policy instead.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  AppRole:\n    Type: AWS::IAM::Role\n    Properties:\n      AssumeRolePolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              Service: lambda.amazonaws.com\n            Action: sts:AssumeRole\n      Policies:\n        - PolicyName: data\n          PolicyDocument:\n            Statement:\n              - Effect: Allow\n                Action: s3:GetObject\n                Resource: arn:aws:s3:::example-data/*\n',
            ],
            good: [
                'Resources:\n  DataAccess:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: arn:aws:s3:::example-data/*\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_iam_role_policy" "data" {\n  name = "data"\n  role = "app"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = "s3:GetObject"\n      Resource = "arn:aws:s3:::example-data/*"\n    }]\n  })\n}\n',
            ],
            good: [
                'resource "aws_iam_policy" "data" {\n  name = "data"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = "s3:GetObject"\n      Resource = "arn:aws:s3:::example-data/*"\n    }]\n  })\n}\n',
            ],
        },
        cdk: {
            bad: ["role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }))"],
            good: ["new iam.ManagedPolicy(this, 'DataAccess', { statements: [...], roles: [role] })"],
        },
    },
    check(policy, report) {
        if (policy.kind !== 'inline')
            return;
        for (const s of policy.document.statements) {
            if ((0,model_policy/* isAllow */.SV)(s) !== true)
                continue;
            if (!PROBES.some((a) => (0,model_policy/* statementAppliesToAction */.FQ)(s, a) === true))
                continue;
            report({
                messageId: 'inline',
                at: s.at,
                data: { policy: policy.id, statement: s.sid ? `statement "${s.sid}"` : 'an Allow statement' },
            });
            return;
        }
    },
}));

;// CONCATENATED MODULE: ./rules/iam-policy-s3-wildcard.ts




/** Does the statement's Resource cover every bucket (`*`, `arn:aws:s3:::*`)? */
function coversAllBuckets(stmt, model) {
    const f = stmt.resource;
    if (f.field === 'none')
        return f.values.state === 'unknown' ? 'unknown' : false;
    if (f.values.state === 'unknown')
        return 'unknown';
    const names = (0,model_link/* nameSource */.B)(model);
    const any = 'arn:aws:s3:::\u0002any-bucket';
    let hit = false;
    for (const v of f.values.value)
        hit = (0,model_policy.or)(hit, (0,arn/* patternCovers */.JQ)(v, any, names));
    if (f.field === 'plain')
        return hit;
    return hit === 'unknown' ? 'unknown' : !hit;
}
/* harmony default export */ const iam_policy_s3_wildcard = ((0,define_rule/* defineRule */.Km)({
    id: 'iam-policy-s3-wildcard',
    target: 'iamPolicy',
    meta: {
        title: 'IAM policy grants all S3 actions, or the right to change bucket permissions, on every bucket',
        severity: 'medium',
        severityNote: 'Security Hub IAM.21 (service-wide wildcard actions in customer managed policies) is Low. Granting s3:* on every bucket, or the right to rewrite any bucket\'s policy, ACLs or Block Public Access, lets a single compromised role expose all data in the account, so s3-gate uses Medium, and High for "s3:*" or "*" on "*".',
        why: 'An identity policy that allows "s3:*" (or "*") on Resource "*" lets its role or user read, delete and re-permission every bucket in the account, including buckets created later. ' +
            'Allowing s3:PutBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl, s3:DeleteBucketPolicy, s3:PutBucketPublicAccessBlock, s3:PutBucketOwnershipControls or s3:PutEncryptionConfiguration on every bucket is nearly as broad: whoever holds it can make any bucket public. ' +
            'Grant the actions a workload needs on the buckets it uses.',
        concepts: ['other:iam-s3-wildcard'],
        securityHub: 'IAM.21',
        peers: {},
        profiles: ['baseline', 'default', 'strict'],
        fix: {
            cloudformation: 'Action: [s3:GetObject, s3:PutObject]\nResource: !Sub "${DataBucket.Arn}/*"',
            terraform: 'actions   = ["s3:GetObject", "s3:PutObject"]\nresources = ["${aws_s3_bucket.data.arn}/*"]',
            cdk: 'dataBucket.grantReadWrite(role)   // instead of a PolicyStatement with s3:* on *',
        },
        references: [
            'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/iam-controls.html#iam-21',
        ],
    },
    messages: {
        allS3: 'IAM policy {{policy}} allows {{actions}} on every bucket ({{statement}}).',
        permissions: 'IAM policy {{policy}} allows {{actions}} on every bucket ({{statement}}), so its holder can make any bucket public.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  AppPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: "s3:*"\n            Resource: "*"\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  AppPolicy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: "2012-10-17"\n        Statement:\n          - Effect: Allow\n            Action: [s3:GetObject, s3:PutObject]\n            Resource: !Sub "${Data.Arn}/*"\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_iam_policy" "app" {\n  name = "app"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["s3:PutBucketPolicy", "s3:GetObject"]\n      Resource = "*"\n    }]\n  })\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_iam_policy" "app" {\n  name = "app"\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect   = "Allow"\n      Action   = ["s3:GetObject", "s3:PutObject"]\n      Resource = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
            ],
        },
        cdk: {
            bad: ["role.addToPolicy(new iam.PolicyStatement({ actions: ['s3:*'], resources: ['*'] }))"],
            good: ['dataBucket.grantReadWrite(role)'],
        },
    },
    check(policy, report, ctx) {
        const doc = policy.document;
        if (doc.unknown)
            report.unknown(doc.unknown, 'IAM policy document');
        for (const s of doc.statements) {
            const allow = (0,model_policy/* isAllow */.SV)(s);
            if (allow === false)
                continue;
            const everything = (0,model_policy/* statementAppliesToAction */.FQ)(s, 's3:PutBucketPolicy') === true &&
                (0,model_policy/* statementAppliesToAction */.FQ)(s, 's3:GetObject') === true &&
                (0,model_policy/* statementAppliesToAction */.FQ)(s, 's3:DeleteBucket') === true;
            const permissions = model_policy/* PERMISSION_ACTIONS */.g8.filter((a) => (0,model_policy/* statementAppliesToAction */.FQ)(s, a) === true);
            if (!everything && !permissions.length)
                continue;
            const all = coversAllBuckets(s, ctx.model);
            if (all === false)
                continue;
            if (all === 'unknown' || allow === 'unknown') {
                report.unknown({ why: "the statement's effect or resources are only known at deploy time", at: s.at }, 'IAM statement');
                continue;
            }
            const statement = s.sid ? `statement "${s.sid}"` : 'an Allow statement';
            if (everything)
                report({
                    messageId: 'allS3',
                    at: s.at,
                    data: {
                        policy: policy.id,
                        actions: s.action.field === 'not' ? 'every action but a few (NotAction)' : 'every S3 action',
                        statement,
                    },
                    severity: 'high',
                });
            else
                report({ messageId: 'permissions', at: s.at, data: { policy: policy.id, actions: permissions.join(', '), statement } });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/lifecycle-abort-incomplete-uploads-missing.ts

/* harmony default export */ const lifecycle_abort_incomplete_uploads_missing = ((0,define_rule/* defineRule */.Km)({
    id: 'lifecycle-abort-incomplete-uploads-missing',
    meta: {
        title: 'S3 lifecycle configuration does not abort incomplete multipart uploads',
        severity: 'low',
        why: 'Parts of multipart uploads that never complete stay in the bucket, invisible in object listings, and are billed until someone aborts them. ' +
            'An enabled lifecycle rule for the whole bucket with AbortIncompleteMultipartUpload cleans them up. A rule limited by a prefix or tags, or a disabled one, leaves the rest of the bucket uncovered. ' +
            'Buckets with no lifecycle configuration at all are reported by lifecycle-missing instead.',
        concepts: ['other:lifecycle-abort-incomplete-upload'],
        peers: { checkov: ['CKV_AWS_300'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: '- Id: abort-incomplete-uploads   # in LifecycleConfiguration.Rules, without Prefix or TagFilters\n  Status: Enabled\n  AbortIncompleteMultipartUpload:\n    DaysAfterInitiation: 7',
            terraform: 'rule {   # in aws_s3_bucket_lifecycle_configuration\n  id     = "abort-incomplete-uploads"\n  status = "Enabled"\n  filter {}\n  abort_incomplete_multipart_upload {\n    days_after_initiation = 7\n  }\n}',
            cdk: 'lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(7) }]',
        },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpu-abort-incomplete-mpu-lifecycle-config.html'],
    },
    messages: {
        noAbort: 'Bucket {{bucket}} has lifecycle rules, but none that is enabled for the whole bucket aborts incomplete multipart uploads.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire\n            Status: Enabled\n            ExpirationInDays: 365\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      LifecycleConfiguration:\n        Rules:\n          - Id: expire\n            Status: Enabled\n            ExpirationInDays: 365\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 7\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n  }\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "expire"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}\n',
            ],
        },
        cdk: {
            bad: ["new s3.Bucket(this, 'Data', { lifecycleRules: [{ expiration: Duration.days(365) }] })"],
            good: [
                "new s3.Bucket(this, 'Data', { lifecycleRules: [{ expiration: Duration.days(365), abortIncompleteMultipartUploadAfter: Duration.days(7) }] })",
            ],
        },
    },
    check(bucket, report) {
        const lc = bucket.lifecycle;
        if (lc.state === 'unknown')
            return report.unknown(lc, 'lifecycle rules');
        if (lc.value.length === 0)
            return;
        let undecided;
        for (const r of lc.value) {
            if (r.filtered)
                continue;
            if (r.enabled.state === 'unknown') {
                undecided ??= r.enabled;
                continue;
            }
            if (!r.enabled.value)
                continue;
            const abort = r.abortIncompleteMultipartUploadDays;
            // A rule that sets the days from a variable still aborts uploads; only the delay is unknown.
            if (abort.state === 'unknown' || abort.value !== null)
                return;
        }
        if (undecided)
            return report.unknown(undecided, 'lifecycle rule status');
        report({ messageId: 'noAbort', at: lc.at, data: { bucket: bucket.id } });
    },
}));

;// CONCATENATED MODULE: ./rules/lifecycle-missing.ts

/* harmony default export */ const lifecycle_missing = ((0,define_rule/* defineRule */.Km)({
    id: 'lifecycle-missing',
    meta: {
        title: 'S3 bucket has no lifecycle configuration (or keeps old versions forever)',
        severity: 'low',
        severityNote: 'Follows Security Hub: S3.13 (any bucket without lifecycle rules) is Low; S3.10 (a versioned bucket without lifecycle rules) is Medium, so that case is reported as Medium. A versioned bucket whose rules never expire noncurrent versions stays Low.',
        why: 'Without lifecycle rules, objects and (on versioned buckets) every overwritten or deleted version are kept and paid for forever, and data outlives its retention period, which is a compliance problem of its own. ' +
            'On a versioned bucket, at least one rule should expire noncurrent versions, or versioning quietly multiplies storage.',
        concepts: ['lifecycle-missing'],
        securityHub: 'S3.13',
        peers: { checkov: ['CKV2_AWS_61'], 'cfn-guard': ['CT.S3.PR.6', 'CT.S3.PR.3'] },
        profiles: ['baseline', 'default', 'strict'],
        fix: {
            cloudformation: 'LifecycleConfiguration:\n  Rules:\n    - Id: expire-old-data\n      Status: Enabled\n      ExpirationInDays: 365\n      NoncurrentVersionExpiration:\n        NoncurrentDays: 30\n      AbortIncompleteMultipartUpload:\n        DaysAfterInitiation: 7',
            terraform: 'resource "aws_s3_bucket_lifecycle_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    id     = "expire-old-data"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n    noncurrent_version_expiration {\n      noncurrent_days = 30\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}',
            cdk: 'lifecycleRules: [{ expiration: Duration.days(365), noncurrentVersionExpiration: Duration.days(30), abortIncompleteMultipartUploadAfter: Duration.days(7) }]',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-13',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-10',
        ],
    },
    messages: {
        none: 'Bucket {{bucket}} has no lifecycle rules{{versioned}}.',
        noncurrentKept: 'Bucket {{bucket}} is versioned, but none of its lifecycle rules expires noncurrent versions, so every old version is kept forever.',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n'],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      LifecycleConfiguration:\n        Rules:\n          - Id: tidy\n            Status: Enabled\n            NoncurrentVersionExpiration:\n              NoncurrentDays: 30\n            AbortIncompleteMultipartUpload:\n              DaysAfterInitiation: 7\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_lifecycle_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    id     = "tidy"\n    status = "Enabled"\n    filter {}\n    expiration {\n      days = 365\n    }\n    abort_incomplete_multipart_upload {\n      days_after_initiation = 7\n    }\n  }\n}\n',
            ],
        },
        cdk: {
            bad: ["new s3.Bucket(this, 'Data', { versioned: true })"],
            good: ["new s3.Bucket(this, 'Data', { versioned: true, lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }] })"],
        },
    },
    check(bucket, report) {
        const lc = bucket.lifecycle;
        if (lc.state === 'unknown')
            return report.unknown(lc, 'lifecycle rules');
        const status = bucket.versioning.status;
        const versioned = status.state !== 'unknown' && status.value === 'Enabled';
        if (lc.value.length === 0) {
            report({
                messageId: 'none',
                at: lc.at,
                data: { bucket: bucket.id, versioned: versioned ? ', although it is versioned, so old versions pile up forever' : '' },
                severity: versioned ? 'medium' : undefined,
            });
            return;
        }
        if (!versioned)
            return;
        const enabled = lc.value.filter((r) => r.enabled.state === 'unknown' || r.enabled.value);
        for (const r of enabled) {
            if (r.noncurrentVersionExpirationDays.state === 'unknown' || r.enabled.state === 'unknown')
                return;
        }
        if (enabled.some((r) => r.noncurrentVersionExpirationDays.state !== 'unknown' && r.noncurrentVersionExpirationDays.value !== null))
            return;
        report({ messageId: 'noncurrentKept', at: lc.at, data: { bucket: bucket.id } });
    },
}));

;// CONCATENATED MODULE: ./rules/mfa-delete-disabled.ts

/* harmony default export */ const mfa_delete_disabled = ((0,define_rule/* defineRule */.Km)({
    id: 'mfa-delete-disabled',
    meta: {
        title: 'S3 bucket versioning is configured without MFA delete',
        severity: 'low',
        why: "With MFA delete, permanently deleting an object version or changing the versioning state needs the root user's MFA code, so stolen credentials cannot destroy the version history. " +
            'It only applies to buckets whose code configures versioning. Two cases are deliberately not reported: buckets with lifecycle rules, because S3 does not allow lifecycle configuration on an MFA-delete bucket (the same choice KICS makes), and formats that cannot set MFA delete at all (CloudFormation and CDK). ' +
            'Turning it on needs the root user\'s MFA device (`mfa = "<serial> <code>"` in Terraform or the AWS CLI), so it suits buckets holding records that must not be lost.',
        concepts: ['mfa-delete-disabled'],
        securityHub: 'S3.20',
        peers: { kics: ['c5b31ab9-0f26-4a49-b8aa-4cc064392f4d'], trivy: ['AVD-AWS-0170'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: 'CloudFormation cannot set MFA delete; enable it with `aws s3api put-bucket-versioning --versioning-configuration Status=Enabled,MFADelete=Enabled --mfa "<serial> <code>"` as the root user.',
            terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  mfa    = "${var.root_mfa_serial} ${var.root_mfa_code}"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/MultiFactorAuthenticationDelete.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-20',
        ],
    },
    messages: {
        noMfaDelete: 'Bucket {{bucket}} configures versioning without MFA delete, so anyone allowed to delete object versions can erase the history.',
        ineffective: 'Bucket {{bucket}} asks for MFA delete but its versioning is {{status}}, so MFA delete is not in effect.',
    },
    examples: {
        cloudformation: {
            bad: [],
            good: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n'],
            note: 'CloudFormation has no MFA delete property, so the rule never fires on CloudFormation or CDK.',
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  mfa    = "arn:aws:iam::111122223333:mfa/root-account-mfa-device 123456"\n  versioning_configuration {\n    status     = "Enabled"\n    mfa_delete = "Enabled"\n  }\n}\n',
            ],
        },
    },
    check(bucket, report) {
        const v = bucket.versioning;
        if (!v.mfaDeleteConfigurable)
            return;
        // Only code that configures versioning is judged; a bucket without it is versioning-disabled's finding.
        if (v.status.state !== 'set')
            return;
        const lifecycle = bucket.lifecycle;
        if (lifecycle.state === 'unknown')
            return;
        if (lifecycle.value.length > 0)
            return;
        if (v.mfaDelete.state === 'unknown')
            return report.unknown(v.mfaDelete, 'MFA delete');
        const active = v.status.value === 'Enabled' || v.status.value === 'Suspended';
        if (v.mfaDelete.value && active)
            return;
        if (v.mfaDelete.value) {
            report({ messageId: 'ineffective', at: v.status.at, data: { bucket: bucket.id, status: String(v.status.value).toLowerCase() } });
            return;
        }
        report({
            messageId: 'noMfaDelete',
            at: v.mfaDelete.state === 'set' ? v.mfaDelete.at : v.at,
            data: { bucket: bucket.id },
            fix: { kind: 'set', field: 'versioning.mfaDelete', value: true },
        });
    },
}));

;// CONCATENATED MODULE: ./rules/notifications-missing.ts

/* harmony default export */ const notifications_missing = ((0,define_rule/* defineRule */.Km)({
    id: 'notifications-missing',
    meta: {
        title: 'S3 bucket sends no event notifications',
        severity: 'low',
        severityNote: 'Security Hub rates S3.11 Medium. Event notifications are a detection aid (new, deleted or restored objects reach a queue, topic, function or EventBridge), not a control that prevents exposure, and most buckets legitimately have none, so s3-gate defaults to Low.',
        why: 'Event notifications let you react to what happens to the data: scan uploads, alert on deletions, feed an audit pipeline. Without them, unexpected writes or deletions are noticed only when someone looks. ' +
            'Sending events to EventBridge is the cheapest way to have them available for any later rule.',
        concepts: ['notifications-missing'],
        securityHub: 'S3.11',
        peers: { checkov: ['CKV2_AWS_62'], 'cfn-guard': ['CT.S3.PR.4'] },
        profiles: ['strict'],
        fix: {
            cloudformation: 'NotificationConfiguration:\n  EventBridgeConfiguration:\n    EventBridgeEnabled: true',
            terraform: 'resource "aws_s3_bucket_notification" "this" {\n  bucket      = aws_s3_bucket.this.id\n  eventbridge = true\n}',
            cdk: 'eventBridgeEnabled: true',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/EventNotifications.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-11',
        ],
    },
    messages: {
        none: 'Bucket {{bucket}} sends no event notifications (no queue, topic, function or EventBridge).',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n'],
            good: [
                'Resources:\n  Uploads:\n    Type: AWS::S3::Bucket\n    Properties:\n      NotificationConfiguration:\n        EventBridgeConfiguration:\n          EventBridgeEnabled: true\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "uploads" {\n  bucket = "example-uploads"\n}\n\nresource "aws_s3_bucket_notification" "uploads" {\n  bucket      = aws_s3_bucket.uploads.id\n  eventbridge = true\n}\n',
            ],
        },
        cdk: { bad: ["new s3.Bucket(this, 'Uploads')"], good: ["new s3.Bucket(this, 'Uploads', { eventBridgeEnabled: true })"] },
    },
    check(bucket, report) {
        const n = bucket.notifications;
        if (n.state === 'unknown')
            return report.unknown(n, 'event notifications');
        if (n.value.length > 0)
            return;
        report({ messageId: 'none', at: n.at, data: { bucket: bucket.id } });
    },
}));

;// CONCATENATED MODULE: ./rules/object-lock-disabled.ts

/* harmony default export */ const object_lock_disabled = ((0,define_rule/* defineRule */.Km)({
    id: 'object-lock-disabled',
    meta: {
        title: 'S3 bucket does not enable Object Lock',
        severity: 'low',
        severityNote: 'Security Hub rates S3.15 Medium. Object Lock is a one-way, write-once (WORM) decision that suits records with a legal or regulatory retention period, not every bucket, so s3-gate defaults to Low; raise it in `.s3-gate.yml` for buckets holding regulated data.',
        why: 'Object Lock stops object versions from being deleted or overwritten until their retention period ends, even by an administrator or an attacker with full S3 permissions (in compliance mode, even by the root user). ' +
            'It protects audit logs, backups and records against ransomware and tampering. It can only be enabled on versioned buckets and cannot be turned off afterwards.',
        concepts: ['object-lock-disabled'],
        securityHub: 'S3.15',
        peers: {
            checkov: ['CKV_AWS_143'],
            'cdk-nag': ['S3BucketDefaultLockEnabled'],
            'cfn-guard': ['S3_BUCKET_DEFAULT_LOCK_ENABLED', 'CT.S3.PR.9'],
        },
        profiles: ['strict'],
        fix: {
            cloudformation: 'ObjectLockEnabled: true\nObjectLockConfiguration:\n  ObjectLockEnabled: Enabled\n  Rule:\n    DefaultRetention:\n      Mode: GOVERNANCE\n      Days: 30\nVersioningConfiguration:\n  Status: Enabled',
            terraform: 'resource "aws_s3_bucket" "this" {\n  bucket              = "example"\n  object_lock_enabled = true\n}\n\nresource "aws_s3_bucket_object_lock_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    default_retention {\n      mode = "GOVERNANCE"\n      days = 30\n    }\n  }\n}',
            cdk: 'objectLockEnabled: true, objectLockDefaultRetention: s3.ObjectLockRetention.governance(Duration.days(30))',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lock.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-15',
        ],
    },
    messages: {
        disabled: 'Bucket {{bucket}} {{state}} Object Lock, so its objects can be deleted or overwritten at any time.',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Audit:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n'],
            good: [
                'Resources:\n  Audit:\n    Type: AWS::S3::Bucket\n    Properties:\n      ObjectLockEnabled: true\n      VersioningConfiguration:\n        Status: Enabled\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "audit" {\n  bucket = "example-audit"\n}\n'],
            good: ['resource "aws_s3_bucket" "audit" {\n  bucket              = "example-audit"\n  object_lock_enabled = true\n}\n'],
        },
        cdk: {
            bad: ["new s3.Bucket(this, 'Audit', { versioned: true })"],
            good: ["new s3.Bucket(this, 'Audit', { versioned: true, objectLockEnabled: true })"],
        },
    },
    check(bucket, report) {
        const e = bucket.objectLock.enabled;
        if (e.state === 'unknown')
            return report.unknown(e, 'Object Lock');
        if (e.value)
            return;
        report({
            messageId: 'disabled',
            at: e.state === 'set' ? e.at : bucket.objectLock.at,
            data: { bucket: bucket.id, state: e.state === 'set' ? 'disables' : 'does not enable' },
            fix: { kind: 'set', field: 'objectLock.enabled', value: true },
        });
    },
}));

;// CONCATENATED MODULE: ./rules/object-not-encrypted-cmk.ts


const object_not_encrypted_cmk_KMS = new Set(['aws:kms', 'aws:kms:dsse']);
const object_not_encrypted_cmk_isAwsManagedKey = (key) => typeof key === 'string' ? /(^|:)alias\/aws\/s3$/.test(key) : (0,value/* strParts */.gy)(key).some((p) => typeof p === 'string' && /alias\/aws\/s3$/.test(p));
/* harmony default export */ const object_not_encrypted_cmk = ((0,define_rule/* defineRule */.Km)({
    id: 'object-not-encrypted-cmk',
    target: 'object',
    meta: {
        title: 'S3 object or object copy managed in code is not encrypted with a customer-managed KMS key',
        severity: 'low',
        severityNote: "No Security Hub control covers single objects; the bucket's default encryption (encryption-not-kms, S3.17, Medium) is the control that matters, so objects are Low. An object that sets nothing in a bucket of the same code whose default is a customer-managed key is not reported, since it inherits that key.",
        why: 'Objects written by infrastructure code (configuration, seed data, copies) are often sensitive. Encrypted with SSE-S3 or the AWS managed aws/s3 key, anyone with s3:GetObject can read them; a customer-managed key adds a second gate (kms:Decrypt) you control, audit and can revoke.',
        concepts: ['other:object-not-encrypted-cmk', 'other:object-copy-not-encrypted-cmk'],
        peers: { checkov: ['CKV_AWS_186', 'CKV_AWS_181'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: 'CloudFormation has no S3 object resource; give the bucket a customer-managed default key (`BucketEncryption` with `SSEAlgorithm: aws:kms` and `KMSMasterKeyID`).',
            terraform: 'server_side_encryption = "aws:kms"\nkms_key_id             = aws_kms_key.data.arn',
        },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingKMSEncryption.html'],
    },
    messages: {
        notCmk: '{{kind}} {{object}} is not encrypted with a customer-managed KMS key ({{how}}).',
    },
    examples: {
        cloudformation: { bad: [], good: [], note: 'CloudFormation has no resource for individual S3 objects.' },
        terraform: {
            bad: ['resource "aws_s3_object" "config" {\n  bucket  = "example-config"\n  key     = "app.json"\n  content = "{}"\n}\n'],
            good: [
                'resource "aws_kms_key" "config" {}\n\nresource "aws_s3_object" "config" {\n  bucket                 = "example-config"\n  key                    = "app.json"\n  content                = "{}"\n  server_side_encryption = "aws:kms"\n  kms_key_id             = aws_kms_key.config.arn\n}\n',
                'resource "aws_kms_key" "config" {}\n\nresource "aws_s3_bucket" "config" {\n  bucket = "example-config"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "config" {\n  bucket = aws_s3_bucket.config.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm     = "aws:kms"\n      kms_master_key_id = aws_kms_key.config.arn\n    }\n  }\n}\n\nresource "aws_s3_object" "config" {\n  bucket  = aws_s3_bucket.config.id\n  key     = "app.json"\n  content = "{}"\n}\n',
            ],
        },
    },
    check(object, report, ctx) {
        const kind = object.kind === 'object-copy' ? 'Object copy' : 'Object';
        const key = object.kmsKeyId;
        const sse = object.serverSideEncryption;
        if (key.state === 'unknown')
            return report.unknown(key, 'KMS key');
        if (sse.state === 'unknown')
            return report.unknown(sse, 'server-side encryption');
        if (key.value !== null) {
            if (!object_not_encrypted_cmk_isAwsManagedKey(key.value))
                return;
            report({ messageId: 'notCmk', at: key.at, data: { kind, object: object.id, how: 'it names the AWS managed key aws/s3' } });
            return;
        }
        if (sse.value !== null && !object_not_encrypted_cmk_KMS.has(sse.value)) {
            report({ messageId: 'notCmk', at: sse.at, data: { kind, object: object.id, how: `it uses ${sse.value}` } });
            return;
        }
        if (sse.value === null && object.bucket.state !== 'unknown') {
            // Nothing set on the object: it inherits the default encryption of its bucket, if we can see it.
            const bucket = ctx.resolveBucket(object.bucket.value);
            if (bucket && bucket !== 'unknown' && bucket.managed) {
                const e = bucket.encryption;
                if (e.algorithm.state === 'unknown' || e.kmsKeyId.state === 'unknown')
                    return;
                if (object_not_encrypted_cmk_KMS.has(e.algorithm.value) && e.kmsKeyId.value !== null && !object_not_encrypted_cmk_isAwsManagedKey(e.kmsKeyId.value))
                    return;
            }
        }
        report({
            messageId: 'notCmk',
            at: sse.state === 'set' ? sse.at : object.origin.at,
            data: { kind, object: object.id, how: sse.value === null ? 'it names no KMS key' : `${sse.value} without a key of your own` },
        });
    },
}));

;// CONCATENATED MODULE: ./rules/object-sse-missing.ts

/* harmony default export */ const object_sse_missing = ((0,define_rule/* defineRule */.Km)({
    id: 'object-sse-missing',
    target: 'object',
    meta: {
        title: 'S3 object managed in code does not set server-side encryption',
        severity: 'info',
        severityNote: "KICS rates it High, but since January 2023 S3 encrypts every new object (with the bucket's default encryption, SSE-S3 at least), so an object without the setting is still encrypted; informational, like encryption-missing. object-not-encrypted-cmk is the check that matters.",
        why: 'Stating the encryption of an object uploaded by infrastructure code documents the intent and keeps it under review. ' +
            "Without it the object gets the bucket's default encryption, which is why this is informational.",
        concepts: ['other:object-sse-missing'],
        peers: { kics: ['5fb49a69-8d46-4495-a2f8-9c8c622b2b6e'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: 'CloudFormation has no S3 object resource; set the encryption on the bucket (`BucketEncryption`).',
            terraform: 'server_side_encryption = "aws:kms"\nkms_key_id             = aws_kms_key.data.arn',
        },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/UsingServerSideEncryption.html'],
    },
    messages: {
        notSet: "Object {{object}} does not set server-side encryption; it gets the bucket's default encryption.",
    },
    examples: {
        cloudformation: { bad: [], good: [], note: 'CloudFormation has no resource for individual S3 objects.' },
        terraform: {
            bad: ['resource "aws_s3_object" "index" {\n  bucket  = "example-site"\n  key     = "index.html"\n  content = "<h1>hello</h1>"\n}\n'],
            good: [
                'resource "aws_s3_object" "index" {\n  bucket                 = "example-site"\n  key                    = "index.html"\n  content                = "<h1>hello</h1>"\n  server_side_encryption = "AES256"\n}\n',
            ],
        },
    },
    check(object, report) {
        const sse = object.serverSideEncryption;
        if (sse.state === 'unknown')
            return report.unknown(sse, 'server-side encryption');
        if (sse.value !== null)
            return;
        // A KMS key id on its own implies SSE-KMS.
        if (object.kmsKeyId.state !== 'unknown' && object.kmsKeyId.value !== null)
            return;
        report({ messageId: 'notSet', at: object.origin.at, data: { object: object.id } });
    },
}));

;// CONCATENATED MODULE: ./rules/policy-allow-not-action.ts


/* harmony default export */ const policy_allow_not_action = ((0,define_rule/* defineRule */.Km)({
    id: 'policy-allow-not-action',
    externalBuckets: true,
    meta: {
        title: 'S3 bucket policy combines Allow with NotAction',
        severity: 'medium',
        why: 'Allow with NotAction grants every action except the listed ones, including actions that do not exist yet and the ones that change the bucket policy, ACLs and encryption. ' +
            'It is almost always broader than intended; list the actions to allow instead. (Deny with NotAction, "deny everything except", is a normal pattern and is not reported.)',
        concepts: ['other:policy-allow-not-action'],
        peers: { cfn_nag: ['W20'], 'cfn-guard': ['S3_BUCKET_POLICY_NO_ALLOW_PLUS_NOT_ACTION'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: 'Replace `NotAction` with `Action` listing the actions to allow, e.g. `Action: [s3:GetObject]`.',
            terraform: 'Replace `not_actions` (or `NotAction`) with `actions` (`Action`) listing the actions to allow.',
            cdk: 'Use `actions: [...]` rather than `notActions` on an Allow statement.',
        },
        references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html'],
    },
    messages: {
        allowNotAction: 'Bucket {{bucket}} policy allows {{who}} every action except the listed ones ({{statement}} uses Allow with NotAction).',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            NotAction: s3:DeleteBucket\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            NotAction: [s3:GetObject, s3:ListBucket]\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      NotAction = "s3:DeleteBucket"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      Action    = ["s3:GetObject", "s3:ListBucket"]\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n',
            ],
        },
    },
    check(bucket, report) {
        for (const doc of bucket.policies) {
            for (const s of doc.statements) {
                if (s.action.field !== 'not')
                    continue;
                const allow = (0,model_policy/* isAllow */.SV)(s);
                if (allow === 'unknown') {
                    report.unknown(s.effect.state === 'unknown' ? s.effect : { why: 'Effect not known', at: s.at }, 'Effect');
                    continue;
                }
                if (!allow)
                    continue;
                const pub = (0,model_policy/* isPublicAllow */.fr)(s) === true;
                report({
                    messageId: 'allowNotAction',
                    resource: doc.owner,
                    at: s.at,
                    data: { bucket: bucket.id, who: pub ? 'everyone' : 'its principals', statement: s.sid ? `statement "${s.sid}"` : 'a statement' },
                    severity: pub ? 'critical' : undefined,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./rules/policy-allow-not-principal.ts


/* harmony default export */ const policy_allow_not_principal = ((0,define_rule/* defineRule */.Km)({
    id: 'policy-allow-not-principal',
    externalBuckets: true,
    meta: {
        title: 'S3 bucket policy combines Allow with NotPrincipal',
        severity: 'high',
        why: 'Allow with NotPrincipal grants access to every principal except the listed ones, which in practice means everyone on the internet. ' +
            'NotPrincipal belongs with Deny ("deny everyone except"); for Allow, name the principals.',
        concepts: ['other:policy-allow-not-principal'],
        profiles: ['default', 'strict'],
        peers: { cfn_nag: ['F9'], 'cfn-guard': ['S3_BUCKETPOLICY_NO_ALLOW_PLUS_NOTPRINCIPAL'] },
        fix: {
            cloudformation: 'Replace `NotPrincipal` with `Principal` listing the principals to allow.',
            terraform: 'Replace the `not_principals` block (or `NotPrincipal`) with `principals` listing the principals to allow.',
            cdk: 'Use `principals: [...]` rather than `notPrincipals` on an Allow statement.',
        },
        references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notprincipal.html'],
    },
    messages: {
        allowNotPrincipal: 'Bucket {{bucket}} policy allows everyone except the listed principals ({{statement}} uses Allow with NotPrincipal).',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            NotPrincipal:\n              AWS: arn:aws:iam::111122223333:root\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            NotPrincipal:\n              AWS: arn:aws:iam::111122223333:root\n            Action: s3:DeleteBucket\n            Resource: !GetAtt Data.Arn\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect       = "Allow"\n      NotPrincipal = { AWS = "arn:aws:iam::111122223333:root" }\n      Action       = "s3:GetObject"\n      Resource     = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:root" }\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
            ],
        },
    },
    check(bucket, report) {
        for (const doc of bucket.policies) {
            for (const s of doc.statements) {
                if (s.principal.field !== 'NotPrincipal')
                    continue;
                const allow = (0,model_policy/* isAllow */.SV)(s);
                if (allow === 'unknown')
                    report.unknown(s.effect.state === 'unknown' ? s.effect : { why: 'Effect not known', at: s.at }, 'Effect');
                else if (allow)
                    report({
                        messageId: 'allowNotPrincipal',
                        resource: doc.owner,
                        at: s.at,
                        data: { bucket: bucket.id, statement: s.sid ? `statement "${s.sid}"` : 'a statement' },
                    });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./rules/policy-cross-account-dangerous-actions.ts



/** `${AWS::AccountId}` / `data.aws_caller_identity...account_id`: the bucket owner's own account. */
function isOwnAccount(v) {
    if (typeof v === 'string')
        return false;
    const parts = (0,value/* strParts */.gy)(v);
    const literal = parts.filter((p) => typeof p === 'string').join('');
    return (parts.some((p) => typeof p !== 'string' && p.kind === 'pseudo' && p.name === 'account') &&
        /^(arn:[^:]*:iam::|)(:root)?$|^arn:[^:]*:(iam|sts)::/.test(literal));
}
/** Conditions that pin a wildcard principal to the owner's own account. */
function pinnedToOwnAccount(stmt) {
    const c = (0,model_policy/* restrictingConditions */.V0)(stmt);
    if (c.state === 'unknown')
        return false;
    return c.value.some((x) => /^aws:(principalaccount|sourceaccount)$/i.test(x.key) &&
        x.values.length > 0 &&
        x.values.every((v) => typeof v !== 'string' && (0,value/* strParts */.gy)(v).every((p) => typeof p !== 'string' && p.kind === 'pseudo' && p.name === 'account')));
}
/** Principals of an Allow that belong (or may belong) to another account. */
function otherAccountGrantees(stmt) {
    const p = stmt.principal;
    if (p.field !== 'Principal')
        return [];
    if (p.entries.state === 'unknown')
        return 'unknown';
    const out = [];
    for (const e of p.entries.value) {
        if (e.type === 'Service' || e.type === 'Federated')
            continue;
        if (e.type === '*' || (0,model_policy/* isWildcardPrincipalValue */.wB)(e.value) === true) {
            // A public statement is reported by policy-public-write; a wildcard pinned by a condition
            // (an organization, a list of accounts) still reaches other accounts.
            if ((0,model_policy/* isPublicAllow */.fr)(stmt) !== false || pinnedToOwnAccount(stmt))
                continue;
            const c = (0,model_policy/* restrictingConditions */.V0)(stmt);
            const keys = c.state === 'unknown' ? [] : [...new Set(c.value.map((x) => x.key))];
            out.push({ who: `"*" limited by ${keys.join(', ') || 'a condition'}` });
            continue;
        }
        if (isOwnAccount(e.value))
            continue;
        if ((0,value/* hasUnknownPart */.Uk)(e.value)) {
            out.push({ who: (0,value/* strToDisplay */.V2)(e.value), unknown: 'the principal is only known at deploy time' });
            continue;
        }
        const text = (0,value/* strToDisplay */.V2)(e.value);
        const m = /^(\d{12})$/.exec(text) ?? /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(text);
        out.push({ who: m ? `account ${m[1]} (${text})` : e.type === 'CanonicalUser' ? `canonical user ${text}` : text });
    }
    return out;
}
/* harmony default export */ const policy_cross_account_dangerous_actions = ((0,define_rule/* defineRule */.Km)({
    id: 'policy-cross-account-dangerous-actions',
    externalBuckets: true,
    meta: {
        title: 'S3 bucket policy lets other AWS accounts change its permissions or encryption',
        severity: 'high',
        why: 'A bucket policy that allows another account s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl or s3:PutEncryptionConfiguration hands that account control over who can read the data and how it is encrypted: it can make the bucket public, lock the owner out, or switch encryption to a key it controls. ' +
            "Grant other accounts only the data actions they need. Principals named as ${AWS::AccountId} (or the caller identity in Terraform) are the owner's own account and are not reported; a literal account id is reported, since s3-gate cannot know whether it is the owner's.",
        concepts: ['policy-cross-account'],
        securityHub: 'S3.6',
        peers: {},
        profiles: ['baseline', 'default', 'strict'],
        fix: {
            cloudformation: 'Remove s3:PutBucketPolicy, s3:DeleteBucketPolicy, s3:PutBucketAcl, s3:PutObjectAcl and s3:PutEncryptionConfiguration (and "s3:*") from statements whose Principal is another account; list only the data actions it needs, e.g. `[s3:GetObject, s3:PutObject]`.',
            terraform: 'Remove the permission-changing actions (and "s3:*") from statements whose principal is another account; grant only data actions such as `["s3:GetObject", "s3:PutObject"]`.',
            cdk: 'Use `bucket.grantRead(new iam.AccountPrincipal(...))` / `grantPut` instead of a `PolicyStatement` with `s3:*` or `s3:PutBucketPolicy`.',
        },
        references: [
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-6',
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/example-walkthroughs-managing-access-example2.html',
        ],
    },
    messages: {
        crossAccount: 'Bucket {{bucket}} policy lets {{who}} {{actions}} ({{statement}}), which lets another account control access to or encryption of the bucket.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::444455556666:root\n            Action: [s3:GetObject, s3:PutBucketPolicy]\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::444455556666:root\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n          - Effect: Allow\n            Principal:\n              AWS: !Sub arn:aws:iam::${AWS::AccountId}:root\n            Action: s3:PutBucketPolicy\n            Resource: !GetAtt Data.Arn\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::444455556666:root" }\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::444455556666:root" }\n      Action    = ["s3:GetObject", "s3:ListBucket"]\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n',
            ],
        },
        cdk: {
            bad: [
                "bucket.addToResourcePolicy(new iam.PolicyStatement({ principals: [new iam.AccountPrincipal('444455556666')], actions: ['s3:*'], resources: [bucket.arnForObjects('*')] }))",
            ],
            good: ["bucket.grantRead(new iam.AccountPrincipal('444455556666'))"],
        },
    },
    check(bucket, report) {
        for (const doc of bucket.policies) {
            for (const s of doc.statements) {
                const allow = (0,model_policy/* isAllow */.SV)(s);
                if (allow === false)
                    continue;
                const granted = model_policy/* CROSS_ACCOUNT_DANGEROUS_ACTIONS */._o.filter((a) => (0,model_policy/* statementAppliesToAction */.FQ)(s, a) === true);
                const maybe = model_policy/* CROSS_ACCOUNT_DANGEROUS_ACTIONS */._o.some((a) => (0,model_policy/* statementAppliesToAction */.FQ)(s, a) === 'unknown');
                if (!granted.length) {
                    if (maybe && otherAccountGrantees(s) !== 'unknown')
                        report.unknown({ why: "the statement's actions are only known at deploy time", at: s.at }, 'actions');
                    continue;
                }
                const grantees = otherAccountGrantees(s);
                if (grantees === 'unknown') {
                    report.unknown({ why: "the statement's principals are only known at deploy time", at: s.at }, 'principals');
                    continue;
                }
                const known = grantees.filter((g) => !g.unknown);
                for (const g of grantees)
                    if (g.unknown)
                        report.unknown({ why: g.unknown, at: s.at }, 'principal');
                if (!known.length)
                    continue;
                if (allow === 'unknown') {
                    report.unknown(s.effect.state === 'unknown' ? s.effect : { why: 'Effect not known', at: s.at }, 'Effect');
                    continue;
                }
                report({
                    messageId: 'crossAccount',
                    resource: doc.owner,
                    at: s.at,
                    data: {
                        bucket: bucket.id,
                        who: known.map((g) => g.who).join(', '),
                        actions: granted.length === model_policy/* CROSS_ACCOUNT_DANGEROUS_ACTIONS */._o.length ? 'change its policy, ACLs and encryption' : granted.join(', '),
                        statement: s.sid ? `statement "${s.sid}"` : 'an Allow statement',
                    },
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./rules/policy-lockout.ts


/* harmony default export */ const policy_lockout = ((0,define_rule/* defineRule */.Km)({
    id: 'policy-lockout',
    externalBuckets: true,
    meta: {
        title: 'S3 bucket policy denies everyone the right to change it (lockout)',
        severity: 'medium',
        why: 'A Deny for every principal ("*") that covers s3:PutBucketPolicy on the bucket, with no condition and no exception, stops every role and user, administrators included, from ever changing or deleting the policy again. ' +
            'Only the account root user can recover by deleting the policy. A Deny that carries a condition (for example aws:SecureTransport = false, or StringNotEquals on aws:PrincipalArn) or that exempts principals with NotPrincipal is not a lockout and is not reported.',
        concepts: ['other:policy-lockout'],
        peers: { checkov: ['CKV_AWS_93'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: 'Narrow the Deny: list the actions to block instead of "s3:*" (leave out s3:PutBucketPolicy and s3:DeleteBucketPolicy), or add a Condition that exempts an administrator role, e.g.\nCondition:\n  StringNotLike:\n    aws:PrincipalArn: !Sub arn:aws:iam::${AWS::AccountId}:role/Admin',
            terraform: 'Narrow the Deny to the actions to block (without s3:PutBucketPolicy and s3:DeleteBucketPolicy), or add a `condition` (e.g. `StringNotLike` on `aws:PrincipalArn`) that exempts an administrator role.',
            cdk: 'Add `conditions: { StringNotLike: { "aws:PrincipalArn": adminRole.roleArn } }` to the Deny statement, or list only the actions to block.',
        },
        references: ['https://repost.aws/knowledge-center/s3-accidentally-denied-access'],
    },
    messages: {
        lockout: 'Bucket {{bucket}} policy denies everyone s3:PutBucketPolicy on the bucket with no condition or exception ({{statement}}); only the root user could change the policy afterwards.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Deny"\n      Principal = { AWS = "*" }\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n    }]\n  })\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Deny"\n      Principal = { AWS = "*" }\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { StringNotLike = { "aws:PrincipalArn" = "arn:aws:iam::111122223333:role/Admin" } }\n    }]\n  })\n}\n',
            ],
        },
    },
    check(bucket, report, ctx) {
        for (const doc of bucket.policies) {
            for (const s of doc.statements) {
                const deny = (0,model_policy/* isDeny */.zc)(s);
                if (deny === false || s.principal.field !== 'Principal')
                    continue;
                const everyone = (0,model_policy/* principalIsEveryone */.wf)(s);
                if (everyone === false)
                    continue;
                const blocksPolicy = (0,model_policy/* statementAppliesToAction */.FQ)(s, 's3:PutBucketPolicy');
                if (blocksPolicy === false)
                    continue;
                if (s.conditions.state === 'unknown') {
                    report.unknown(s.conditions, 'Condition');
                    continue;
                }
                if (s.conditions.value.length > 0)
                    continue;
                // A statement without Resource is invalid, but its author meant "everything".
                const onBucket = s.resource.field === 'none' && s.resource.values.state !== 'unknown' ? true : ctx.statementCovers(s, bucket).bucket;
                if (onBucket === false)
                    continue;
                if (deny === 'unknown' || everyone === 'unknown' || blocksPolicy === 'unknown' || onBucket === 'unknown') {
                    report.unknown({ why: 'parts of a Deny statement that could lock everyone out are only known at deploy time', at: s.at }, 'Deny statement');
                    continue;
                }
                report({
                    messageId: 'lockout',
                    resource: doc.owner,
                    at: s.at,
                    data: { bucket: bucket.id, statement: s.sid ? `statement "${s.sid}"` : 'a Deny statement' },
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./rules/policy-public-read.ts



/* harmony default export */ const policy_public_read = ((0,define_rule/* defineRule */.Km)({
    id: 'policy-public-read',
    externalBuckets: true,
    meta: {
        title: 'S3 bucket policy lets anyone read or list the bucket',
        severity: 'critical',
        why: 'An Allow statement for Principal "*" (or NotPrincipal) without a condition that pins the caller down (source VPC/VPCE/IP, account, organization, ARN) lets anyone on the internet read or list objects. ' +
            'Conditions are read the way AWS decides what "public" means, so a statement limited to your organization or an endpoint is not reported.',
        concepts: ['policy-public-read', 'policy-wildcard-principal'],
        profiles: ['baseline', 'default', 'strict'],
        securityHub: 'S3.2',
        peers: {
            kics: [
                'f97b7d23-568f-4bcc-9ac9-02df0d57fbba',
                'faa8fddf-c0aa-4b2d-84ff-e993e233ebe9',
                '1df37f4b-7197-45ce-83f8-9994d2fcf885',
                '7772bb8c-c0f3-42d4-8e4e-f1b8939ad085',
                '7af43613-6bb9-4a0e-8c4d-1314b799425e',
            ],
            checkov: ['CKV_AWS_70'],
            cfn_nag: ['F16'],
            'cfn-guard': ['S3_BUCKET_POLICY_NO_WILDCARD_PRINCIPAL'],
            'cdk-nag': ['AwsSolutions-S5'],
        },
        fix: {
            cloudformation: 'Name the principals that need access (an account, role or CloudFront origin access control) instead of "*", or add a condition such as `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`.',
            terraform: 'Name the principals that need access instead of "*", or add a `condition` block on `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`.',
            cdk: 'Grant to specific principals (`bucket.grantRead(role)`) instead of `new iam.AnyPrincipal()`; serve public content through CloudFront with origin access control.',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
        ],
    },
    messages: {
        publicRead: 'Bucket {{bucket}} policy lets anyone {{access}} ({{statement}}){{neutralised}}.',
        intended: 'Bucket {{bucket}} policy lets anyone read objects ({{statement}}); the bucket is tagged public on purpose: "{{reason}}".',
        maybePublicRead: 'Bucket {{bucket}} policy may let anyone {{access}} ({{statement}}): part of the statement is only known at deploy time.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n            Condition:\n              StringEquals:\n                aws:SourceVpce: vpce-1a2b3c4d\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }\n    }]\n  })\n}\n',
            ],
        },
    },
    check(bucket, report, ctx) {
        const neutral = policyNeutraliser(bucket.publicAccessBlock, ctx.accountPublicAccessBlocks());
        for (const doc of bucket.policies) {
            if (doc.unknown)
                report.unknown(doc.unknown, 'bucket policy');
            for (const p of publicStatements(doc.statements)) {
                const reads = p.classes.filter((c) => model_policy/* READ_CLASSES */.oE.includes(c));
                if (!reads.length)
                    continue;
                const statement = p.statement.sid ? `statement "${p.statement.sid}"` : 'an Allow statement';
                if (!p.certain) {
                    report({
                        messageId: 'maybePublicRead',
                        resource: doc.owner,
                        at: p.statement.at,
                        data: { bucket: bucket.id, access: describeClasses(reads), statement },
                        severity: 'medium',
                    });
                    continue;
                }
                const intent = publicIntent(bucket);
                if (intent && reads.every((c) => c === 'objectRead')) {
                    report({
                        messageId: 'intended',
                        resource: doc.owner,
                        at: p.statement.at,
                        data: { bucket: bucket.id, statement, reason: intent },
                        severity: 'info',
                    });
                    continue;
                }
                const isNeutral = neutral && neutral !== 'unknown';
                report({
                    messageId: 'publicRead',
                    resource: doc.owner,
                    at: p.statement.at,
                    data: {
                        bucket: bucket.id,
                        access: describeClasses(reads),
                        statement,
                        neutralised: isNeutral ? `; ${neutral.reason}, so it has no effect today` : '',
                    },
                    severity: isNeutral ? 'low' : undefined,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./rules/policy-public-write.ts



/* harmony default export */ const policy_public_write = ((0,define_rule/* defineRule */.Km)({
    id: 'policy-public-write',
    externalBuckets: true,
    meta: {
        title: 'S3 bucket policy lets anyone write to the bucket or change its permissions',
        severity: 'critical',
        why: 'An Allow statement for Principal "*" (or NotPrincipal) without a condition that pins the caller down lets anyone on the internet upload, overwrite, restore or delete objects, or rewrite the bucket policy and ACLs. ' +
            'Conditions are read the way AWS decides what "public" means, so a statement limited to your organization or an endpoint is not reported.',
        concepts: ['policy-public-write', 'policy-wildcard-principal'],
        profiles: ['baseline', 'default', 'strict'],
        securityHub: 'S3.3',
        peers: {
            kics: [
                'f6397a20-4cf1-4540-a997-1d363c25ef58',
                '456b00a3-1072-4149-9740-6b8bb60251b0',
                'ffdf4b37-7703-4dfe-a682-9d2e99bc6c09',
                '7772bb8c-c0f3-42d4-8e4e-f1b8939ad085',
                '7af43613-6bb9-4a0e-8c4d-1314b799425e',
            ],
            checkov: ['CKV_AWS_70'],
            cfn_nag: ['F16'],
            'cfn-guard': ['S3_BUCKET_POLICY_NO_WILDCARD_PRINCIPAL'],
        },
        fix: {
            cloudformation: 'Name the principals that need access (an account, role or CloudFront origin access control) instead of "*", or add a condition such as `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`.',
            terraform: 'Name the principals that need access instead of "*", or add a `condition` block on `aws:SourceVpce`, `aws:PrincipalOrgID` or `aws:SourceArn`.',
            cdk: 'Grant to specific principals (`bucket.grantRead(role)`) instead of `new iam.AnyPrincipal()`; serve public content through CloudFront with origin access control.',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
        ],
    },
    messages: {
        publicWrite: 'Bucket {{bucket}} policy lets anyone {{access}} ({{statement}}){{neutralised}}.',
        maybePublicWrite: 'Bucket {{bucket}} policy may let anyone {{access}} ({{statement}}): part of the statement is only known at deploy time.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:PutObject\n            Resource: !Sub "${Data.Arn}/*"\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Data.Arn}/*"\n            Condition:\n              StringEquals:\n                aws:SourceVpce: vpce-1a2b3c4d\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:PutObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n      Condition = { StringEquals = { "aws:PrincipalOrgID" = "o-abc123" } }\n    }]\n  })\n}\n',
            ],
        },
    },
    check(bucket, report, ctx) {
        const neutral = policyNeutraliser(bucket.publicAccessBlock, ctx.accountPublicAccessBlocks());
        for (const doc of bucket.policies) {
            if (doc.unknown)
                report.unknown(doc.unknown, 'bucket policy');
            for (const p of publicStatements(doc.statements)) {
                const writes = p.classes.filter((c) => model_policy/* WRITE_CLASSES */.NB.includes(c));
                if (!writes.length)
                    continue;
                const statement = p.statement.sid ? `statement "${p.statement.sid}"` : 'an Allow statement';
                if (!p.certain) {
                    report({
                        messageId: 'maybePublicWrite',
                        resource: doc.owner,
                        at: p.statement.at,
                        data: { bucket: bucket.id, access: describeClasses(writes), statement },
                        severity: 'medium',
                    });
                    continue;
                }
                const isNeutral = neutral && neutral !== 'unknown';
                report({
                    messageId: 'publicWrite',
                    resource: doc.owner,
                    at: p.statement.at,
                    data: {
                        bucket: bucket.id,
                        access: describeClasses(writes),
                        statement,
                        neutralised: isNeutral ? `; ${neutral.reason}, so it has no effect today` : '',
                    },
                    severity: isNeutral ? 'low' : undefined,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./rules/policy-wildcard-action.ts


/* harmony default export */ const policy_wildcard_action = ((0,define_rule/* defineRule */.Km)({
    id: 'policy-wildcard-action',
    externalBuckets: true,
    meta: {
        title: 'S3 bucket policy allows every action ("*" or "s3:*")',
        severity: 'high',
        why: 'Allowing "s3:*" grants far more than any workload needs, including deleting the bucket, rewriting its policy and turning off encryption or versioning. ' +
            'List the actions the principal needs; granted to everyone it is critical.',
        concepts: ['policy-wildcard-action'],
        profiles: ['default', 'strict'],
        peers: { kics: ['a4966c4f-9141-48b8-a564-ffe9959945bc'], cfn_nag: ['F15'], 'cfn-guard': ['S3_BUCKET_POLICY_NO_WILDCARD_ACTION'] },
        fix: {
            cloudformation: 'Replace `Action: "s3:*"` with the actions needed, e.g. `[s3:GetObject, s3:PutObject]`.',
            terraform: 'Replace `"s3:*"` in the statement\'s actions with the actions needed, e.g. `["s3:GetObject", "s3:PutObject"]`.',
            cdk: 'Use `bucket.grantRead(principal)` / `grantReadWrite` instead of a `PolicyStatement` with `s3:*`.',
        },
        references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html#grant-least-privilege'],
    },
    messages: {
        wildcardAction: 'Bucket {{bucket}} policy allows {{who}} every S3 action ({{statement}}).',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            Action: "s3:*"\n            Resource: !Sub "${Data.Arn}/*"\n',
            ],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal:\n              AWS: arn:aws:iam::111122223333:role/app\n            Action: [s3:GetObject, s3:PutObject]\n            Resource: !Sub "${Data.Arn}/*"\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      Action    = "s3:*"\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Statement = [{\n      Effect    = "Allow"\n      Principal = { AWS = "arn:aws:iam::111122223333:role/app" }\n      Action    = ["s3:GetObject", "s3:PutObject"]\n      Resource  = "${aws_s3_bucket.data.arn}/*"\n    }]\n  })\n}\n',
            ],
        },
    },
    check(bucket, report) {
        for (const doc of bucket.policies) {
            for (const s of doc.statements) {
                if ((0,model_policy/* isAllow */.SV)(s) !== true || !(0,model_policy/* hasWildcardAction */.D6)(s))
                    continue;
                const pub = (0,model_policy/* isPublicAllow */.fr)(s) === true;
                report({
                    messageId: 'wildcardAction',
                    resource: doc.owner,
                    at: s.at,
                    data: {
                        bucket: bucket.id,
                        who: pub ? 'everyone' : 'its principals',
                        statement: s.sid ? `statement "${s.sid}"` : 'an Allow statement',
                    },
                    severity: pub ? 'critical' : undefined,
                });
            }
        }
    },
}));

;// CONCATENATED MODULE: ./rules/public-exposure.ts


/* harmony default export */ const public_exposure = ((0,define_rule/* defineRule */.Km)({
    id: 'public-exposure',
    externalBuckets: true,
    meta: {
        title: 'S3 bucket is reachable by anyone on the internet',
        severity: 'critical',
        why: 'This is the verdict that joins everything that decides public access: ACL grants, bucket policy statements (with their conditions), access point policies and website hosting, each weighed against the Block Public Access settings of the bucket and the account and against disabled ACLs. ' +
            'It fires only when something is actually reachable, explains through which path, and names the setting that would close it.',
        concepts: ['other:public-exposure'],
        profiles: ['baseline', 'default', 'strict'],
        securityHub: 'S3.2',
        peers: {
            'cfn-guard': ['S3_BUCKET_PUBLIC_READ_PROHIBITED', 'S3_BUCKET_PUBLIC_WRITE_PROHIBITED'],
            'cdk-nag': ['S3BucketPublicReadProhibited', 'S3BucketPublicWriteProhibited'],
        },
        fix: {
            cloudformation: 'Remove the public grant or statement, then close the door for good:\nPublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  BlockPublicPolicy: true\n  IgnorePublicAcls: true\n  RestrictPublicBuckets: true\nFor a bucket that must be public (a website), tag it `s3-gate:public` with the reason and grant only s3:GetObject.',
            terraform: 'Remove the public grant or statement and add `aws_s3_bucket_public_access_block` with all four flags true. For a bucket that must be public, tag it `"s3-gate:public" = "<reason>"` and grant only s3:GetObject.',
            cdk: 'blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL; for public content use CloudFront with origin access control.',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html#access-control-block-public-access-policy-status',
        ],
    },
    messages: {
        public: 'Bucket {{bucket}} is reachable by anyone: {{paths}}.{{website}} {{remedy}}',
        intendedPublic: 'Bucket {{bucket}} is public on purpose ("{{reason}}"): anyone can {{access}}, and nothing more.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      OwnershipControls:\n        Rules:\n          - ObjectOwnership: ObjectWriter\n',
            ],
            good: [
                'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: PublicRead\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: true\n        RestrictPublicBuckets: true\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n  acl    = "public-read-write"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_public_access_block" "site" {\n  bucket                  = aws_s3_bucket.site.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}\n',
            ],
        },
    },
    check(bucket, report, ctx) {
        const analysis = analyseExposure(bucket, ctx.accountPublicAccessBlocks(), ctx.model.accessPoints);
        for (const u of analysis.unknowns)
            report.unknown(u, u.what);
        const active = activeExposures(analysis);
        const undecided = analysis.exposures.filter((e) => e.neutraliser === 'unknown');
        if (!active.length) {
            if (undecided.length)
                report.unknown({ why: 'whether Block Public Access neutralises a public grant is not known statically', at: undecided[0].at });
            return;
        }
        const tag = bucket.tags['s3-gate:public'];
        const reason = tag && tag.state !== 'unknown' ? tag.value.trim() : '';
        const onlyObjectReads = active.every((e) => Array.isArray(e.classes) && e.classes.every((c) => c === 'objectRead'));
        if (reason && onlyObjectReads) {
            report({
                messageId: 'intendedPublic',
                at: active[0].at,
                data: { bucket: bucket.id, reason, access: 'read objects' },
                severity: 'info',
            });
            return;
        }
        const website = bucket.website.state !== 'unknown' && bucket.website.value !== null ? ' It also serves a static website endpoint.' : '';
        const remedies = [...new Set(active.map((e) => e.remedy))];
        report({
            messageId: 'public',
            at: active[0].at,
            data: {
                bucket: bucket.id,
                paths: active.map((e) => e.via).join('; '),
                website,
                remedy: `Remove the grant, or turn on ${remedies.join(' and ')} (Block Public Access) to neutralise it.${reason ? ' The s3-gate:public tag only covers buckets exposing object reads.' : ''}`,
            },
            fix: { kind: 'set', field: 'publicAccessBlock', value: true },
        });
    },
}));

;// CONCATENATED MODULE: ./rules/replication-missing.ts

/* harmony default export */ const replication_missing = ((0,define_rule/* defineRule */.Km)({
    id: 'replication-missing',
    meta: {
        title: 'S3 bucket is not replicated to another bucket',
        severity: 'low',
        why: 'Replication keeps a second copy in another bucket (ideally another Region and account), so the data survives a Regional outage, an accidental bucket deletion or an attacker who wipes the primary. ' +
            'Buckets that are themselves the destination of a replication rule in the same code are not reported. Whether the destination is in another Region cannot be read from most code, so any enabled rule counts.',
        concepts: ['replication-missing'],
        securityHub: 'S3.7',
        peers: { checkov: ['CKV_AWS_144'], 'cdk-nag': ['S3BucketReplicationEnabled'], 'cfn-guard': ['S3_BUCKET_REPLICATION_ENABLED'] },
        profiles: ['strict'],
        fix: {
            cloudformation: 'ReplicationConfiguration:\n  Role: !GetAtt ReplicationRole.Arn\n  Rules:\n    - Id: to-backup-region\n      Status: Enabled\n      Priority: 1\n      Filter: {}\n      DeleteMarkerReplication:\n        Status: Enabled\n      Destination:\n        Bucket: arn:aws:s3:::example-backup-eu-west-1',
            terraform: 'resource "aws_s3_bucket_replication_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  role   = aws_iam_role.replication.arn\n  rule {\n    id     = "to-backup-region"\n    status = "Enabled"\n    filter {}\n    delete_marker_replication {\n      status = "Enabled"\n    }\n    destination {\n      bucket = aws_s3_bucket.backup.arn\n    }\n  }\n  depends_on = [aws_s3_bucket_versioning.this]\n}',
            cdk: 'replicationRules: [{ destination: backupBucket, priority: 1 }]   // needs versioned: true',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/replication.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-7',
        ],
    },
    messages: {
        none: 'Bucket {{bucket}} is not replicated to another bucket.',
        allDisabled: 'Bucket {{bucket}} has replication rules, but all of them are disabled.',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n'],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n      ReplicationConfiguration:\n        Role: arn:aws:iam::111122223333:role/replication\n        Rules:\n          - Status: Enabled\n            Destination:\n              Bucket: arn:aws:s3:::example-backup\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_replication_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  role   = "arn:aws:iam::111122223333:role/replication"\n  rule {\n    id     = "backup"\n    status = "Enabled"\n    destination {\n      bucket = "arn:aws:s3:::example-backup"\n    }\n  }\n}\n',
            ],
        },
        cdk: {
            bad: ["new s3.Bucket(this, 'Data', { versioned: true })"],
            good: ["new s3.Bucket(this, 'Data', { versioned: true, replicationRules: [{ destination: backup, priority: 1 }] })"],
        },
    },
    check(bucket, report) {
        const r = bucket.replication;
        if (r.state === 'unknown')
            return report.unknown(r, 'replication');
        // A replica does not need its own replica (linkModel records who replicates into whom).
        if (bucket.links.replicaOf.length)
            return;
        if (r.value === null || r.value.rules.length === 0) {
            report({ messageId: 'none', at: r.value?.at ?? r.at, data: { bucket: bucket.id } });
            return;
        }
        const statuses = r.value.rules.map((x) => x.status);
        const unknown = statuses.find((s) => s.state === 'unknown');
        if (statuses.some((s) => s.state !== 'unknown' && s.value === 'Enabled'))
            return;
        if (unknown && unknown.state === 'unknown')
            return report.unknown(unknown, 'replication rule status');
        report({ messageId: 'allDisabled', at: r.value.rules[0].at, data: { bucket: bucket.id } });
    },
}));

;// CONCATENATED MODULE: ./rules/sse-c-not-blocked.ts

/* harmony default export */ const sse_c_not_blocked = ((0,define_rule/* defineRule */.Km)({
    id: 'sse-c-not-blocked',
    meta: {
        title: 'S3 bucket does not block SSE-C uploads',
        severity: 'low',
        why: "With SSE-C the caller supplies the encryption key. Attackers holding stolen write credentials have used it to re-encrypt a victim's objects with a key only they know and demand a ransom. " +
            'Blocking SSE-C (BlockedEncryptionTypes: SSE-C) removes that path for buckets that never need customer-provided keys.',
        concepts: ['other:sse-c-not-blocked'],
        profiles: ['strict'],
        peers: {},
        fix: {
            cloudformation: 'BlockedEncryptionTypes:\n  EncryptionType:\n    - SSE-C   # in the ServerSideEncryptionConfiguration rule',
            terraform: 'blocked_encryption_types = ["SSE-C"]   # in the server_side_encryption_configuration rule',
            cdk: 'blockedEncryptionTypes: [s3.BlockedEncryptionType.SSE_C]',
        },
        references: ['https://aws.amazon.com/blogs/security/preventing-unintended-encryption-of-amazon-s3-objects/'],
    },
    messages: {
        sseCAllowed: 'Bucket {{bucket}} accepts SSE-C uploads (customer-provided keys); block them unless the workload needs them.',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      BucketEncryption:\n        ServerSideEncryptionConfiguration:\n          - ServerSideEncryptionByDefault:\n              SSEAlgorithm: AES256\n            BlockedEncryptionTypes:\n              EncryptionType: [SSE-C]\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_server_side_encryption_configuration" "data" {\n  bucket = aws_s3_bucket.data.id\n  rule {\n    apply_server_side_encryption_by_default {\n      sse_algorithm = "AES256"\n    }\n    blocked_encryption_types = ["SSE-C"]\n  }\n}\n',
            ],
        },
    },
    check(bucket, report) {
        const b = bucket.encryption.blockedEncryptionTypes;
        if (b.state === 'unknown')
            return report.unknown(b, 'BlockedEncryptionTypes');
        if (!b.value.some((t) => t.toUpperCase() === 'SSE-C')) {
            report({
                messageId: 'sseCAllowed',
                at: b.state === 'set' ? b.at : bucket.encryption.at,
                data: { bucket: bucket.id },
                fix: { kind: 'set', field: 'encryption.blockedEncryptionTypes', value: ['SSE-C'] },
            });
        }
    },
}));

;// CONCATENATED MODULE: ./src/model/transport.ts

const COVERED_ACTIONS = ['s3:GetObject', 's3:PutObject', 's3:ListBucket', 's3:DeleteObject'];
function deniesEveryoneEverything(s) {
    if ((0,model_policy/* isDeny */.zc)(s) !== true)
        return (0,model_policy/* isDeny */.zc)(s) === 'unknown' ? 'unknown' : false;
    const who = (0,model_policy/* principalIsEveryone */.wf)(s);
    if (who !== true)
        return who;
    let all = true;
    for (const a of COVERED_ACTIONS) {
        const r = (0,model_policy/* statementAppliesToAction */.FQ)(s, a);
        if (r === false)
            return false;
        if (r === 'unknown')
            all = 'unknown';
    }
    return all;
}
const valueIs = (c, want) => c.values.some((v) => typeof v === 'string' && v.toLowerCase() === want);
function isInsecureTransportCondition(c) {
    const op = (0,model_policy/* parseOperator */.A$)(c.operator);
    return (0,model_policy/* conditionKey */.pq)(c) === 'aws:securetransport' && op.base === 'bool' && op.set === 'none' && valueIs(c, 'false');
}
function isOldTlsCondition(c, minimum = 1.2) {
    const op = (0,model_policy/* parseOperator */.A$)(c.operator);
    if ((0,model_policy/* conditionKey */.pq)(c) !== 's3:tlsversion' || op.base !== 'numericlessthan' || op.set !== 'none')
        return false;
    return c.values.some((v) => typeof v === 'string' && Number(v) >= minimum);
}
function transportCoverage(bucket, ctx, isRequirement) {
    const out = { bucket: false, objects: false };
    for (const doc of bucket.policies) {
        for (const s of doc.statements) {
            if (s.conditions.state === 'unknown') {
                out.bucket = (0,model_policy.or)(out.bucket, 'unknown');
                out.objects = (0,model_policy.or)(out.objects, 'unknown');
                continue;
            }
            if (!s.conditions.value.some(isRequirement))
                continue;
            const applies = deniesEveryoneEverything(s);
            if (applies === false)
                continue;
            const cov = ctx.statementCovers(s, bucket);
            const b = applies === true ? cov.bucket : cov.bucket === false ? false : 'unknown';
            const o = applies === true ? cov.objects : cov.objects === false ? false : 'unknown';
            if ((b === true) !== (o === true) && !out.partial)
                out.partial = s;
            out.bucket = (0,model_policy.or)(out.bucket, b);
            out.objects = (0,model_policy.or)(out.objects, o);
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./rules/tls-min-version.ts


/* harmony default export */ const tls_min_version = ((0,define_rule/* defineRule */.Km)({
    id: 'tls-min-version',
    externalBuckets: true,
    meta: {
        title: 'S3 bucket policy does not deny TLS versions below 1.2',
        severity: 'low',
        severityNote: 'No Security Hub control covers it, and AWS endpoints have required TLS 1.2 since 2024; a Deny on s3:TlsVersion still documents and enforces the requirement in the bucket itself (and lets you raise it to 1.3).',
        why: 'A Deny on s3:TlsVersion < 1.2 makes the bucket refuse clients that negotiate an outdated TLS version, whatever the endpoint defaults are. ' +
            'Like the HTTPS Deny, it must cover the bucket ARN and bucket/*.',
        concepts: ['tls-min-version'],
        profiles: ['strict'],
        peers: {},
        fix: {
            cloudformation: '- Sid: DenyOutdatedTls\n  Effect: Deny\n  Principal: "*"\n  Action: "s3:*"\n  Resource:\n    - !GetAtt Bucket.Arn\n    - !Sub "${Bucket.Arn}/*"\n  Condition:\n    NumericLessThan:\n      s3:TlsVersion: 1.2',
            terraform: '{\n  Sid       = "DenyOutdatedTls"\n  Effect    = "Deny"\n  Principal = "*"\n  Action    = "s3:*"\n  Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n  Condition = { NumericLessThan = { "s3:TlsVersion" = "1.2" } }\n}',
            cdk: 'minimumTLSVersion: 1.2',
        },
        references: ['https://docs.aws.amazon.com/AmazonS3/latest/userguide/amazon-s3-policy-keys.html#example-object-tls-version'],
    },
    messages: {
        noTlsDeny: 'Bucket {{bucket}} does not deny requests using TLS below 1.2 (no Deny on s3:TlsVersion covering the bucket and its objects).',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              NumericLessThan:\n                s3:TlsVersion: 1.2\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { NumericLessThan = { "s3:TlsVersion" = "1.2" } }\n    }]\n  })\n}\n',
            ],
        },
        cdk: {
            bad: ["new s3.Bucket(this, 'Data', { enforceSSL: true })"],
            good: ["new s3.Bucket(this, 'Data', { enforceSSL: true, minimumTLSVersion: 1.2 })"],
        },
    },
    check(bucket, report, ctx) {
        // A bucket defined elsewhere may have its policy defined elsewhere too: nothing to judge.
        if (bucket.policies.length === 0 && (!bucket.managed || bucket.policyDefinedElsewhere))
            return report.unknown({ why: 'the bucket and its policy are defined outside this code', at: bucket.origin.at }, 'bucket policy');
        const cov = transportCoverage(bucket, ctx, (c) => isOldTlsCondition(c));
        if (cov.bucket === true && cov.objects === true)
            return;
        if ((cov.bucket === 'unknown' || cov.objects === 'unknown') && (cov.bucket !== false || cov.objects !== false)) {
            return report.unknown({
                why: 'the policy statements that could deny old TLS are not fully known',
                at: bucket.policies[0]?.at ?? bucket.origin.at,
            });
        }
        report({
            messageId: 'noTlsDeny',
            at: cov.partial?.at ?? bucket.policies[0]?.at ?? bucket.origin.at,
            data: { bucket: bucket.id },
            fix: { kind: 'add-policy-statement', statement: 'deny-old-tls' },
        });
    },
}));

;// CONCATENATED MODULE: ./rules/tls-not-enforced.ts



/* harmony default export */ const tls_not_enforced = ((0,define_rule/* defineRule */.Km)({
    id: 'tls-not-enforced',
    externalBuckets: true,
    meta: {
        title: 'S3 bucket policy does not deny plain-HTTP requests to the bucket and its objects',
        severity: 'medium',
        why: 'Without a Deny on aws:SecureTransport = false, S3 accepts unencrypted HTTP requests, so credentials-signed requests and data can be read or altered on the network. ' +
            'The Deny must cover both the bucket ARN (ListBucket, GetBucketPolicy, PutBucketAcl...) and bucket/* (objects); a statement on bucket/* alone, as in some published snippets, leaves bucket-level calls open. ' +
            'A bucket that a public ACL opens to everyone is reported as High, on the ACL: anyone can read it over plain HTTP. A bucket that serves a static website is reported as Low without a suggested statement, because the S3 website endpoint only speaks HTTP and the Deny would take the site down; put CloudFront (HTTPS) in front of it instead.',
        concepts: ['tls-not-enforced', 'other:public-acl-without-tls-policy'],
        profiles: ['baseline', 'default', 'strict'],
        securityHub: 'S3.5',
        peers: {
            kics: ['4bc4dd4c-7d8d-405e-a0fb-57fa4c31b4d9'],
            checkov: ['CKV_AWS_379'],
            'cdk-nag': ['AwsSolutions-S10', 'S3BucketSSLRequestsOnly'],
            'cfn-guard': ['S3_BUCKET_SSL_REQUESTS_ONLY', 'CT.S3.PR.8'],
        },
        fix: {
            cloudformation: '- Sid: DenyInsecureTransport\n  Effect: Deny\n  Principal: "*"\n  Action: "s3:*"\n  Resource:\n    - !GetAtt Bucket.Arn\n    - !Sub "${Bucket.Arn}/*"\n  Condition:\n    Bool:\n      aws:SecureTransport: false',
            terraform: '{\n  Sid       = "DenyInsecureTransport"\n  Effect    = "Deny"\n  Principal = "*"\n  Action    = "s3:*"\n  Resource  = [aws_s3_bucket.this.arn, "${aws_s3_bucket.this.arn}/*"]\n  Condition = { Bool = { "aws:SecureTransport" = "false" } }\n}',
            cdk: 'enforceSSL: true',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html#transit',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-5',
        ],
    },
    messages: {
        noDeny: 'Bucket {{bucket}} accepts plain-HTTP requests: no policy statement denies aws:SecureTransport = false.',
        objectsOnly: 'Bucket {{bucket}} denies plain HTTP only for its objects (bucket/*); the bucket ARN itself is not covered, so bucket-level calls such as ListBucket or PutBucketPolicy still work over HTTP.',
        bucketOnly: 'Bucket {{bucket}} denies plain HTTP only for the bucket ARN; its objects (bucket/*) are not covered.',
        publicAclHttp: 'Bucket {{bucket}} is public through its ACL ({{via}}) and does not deny plain-HTTP requests{{partial}}, so anyone can read it unencrypted on the network.',
        websiteHttp: 'Bucket {{bucket}} serves a static website, and the S3 website endpoint only speaks plain HTTP; serve the site through CloudFront over HTTPS and deny plain HTTP on the bucket.',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n'],
            good: [
                'Resources:\n  Data:\n    Type: AWS::S3::Bucket\n  Policy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Data\n      PolicyDocument:\n        Statement:\n          - Effect: Deny\n            Principal: "*"\n            Action: "s3:*"\n            Resource: [!GetAtt Data.Arn, !Sub "${Data.Arn}/*"]\n            Condition:\n              Bool:\n                aws:SecureTransport: false\n',
            ],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_policy" "data" {\n  bucket = aws_s3_bucket.data.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Deny"\n      Principal = "*"\n      Action    = "s3:*"\n      Resource  = [aws_s3_bucket.data.arn, "${aws_s3_bucket.data.arn}/*"]\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}\n',
            ],
        },
        cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { enforceSSL: true })"] },
    },
    check(bucket, report, ctx) {
        // A bucket defined elsewhere may have its policy defined elsewhere too: nothing to judge.
        if (bucket.policies.length === 0 && (!bucket.managed || bucket.policyDefinedElsewhere))
            return report.unknown({ why: 'the bucket and its policy are defined outside this code', at: bucket.origin.at }, 'bucket policy');
        const cov = transportCoverage(bucket, ctx, isInsecureTransportCondition);
        if (cov.bucket === true && cov.objects === true)
            return;
        if (cov.bucket === 'unknown' || cov.objects === 'unknown') {
            if (cov.bucket !== false || cov.objects !== false) {
                const doc = bucket.policies[0];
                return report.unknown({
                    why: 'the policy statements that could deny plain HTTP are not fully known',
                    at: doc?.at ?? bucket.origin.at,
                });
            }
        }
        const w = bucket.website;
        if (w.state !== 'unknown' && w.value !== null && w.value.indexDocument !== undefined) {
            report({ messageId: 'websiteHttp', at: w.value.at, data: { bucket: bucket.id }, severity: 'low' });
            return;
        }
        const fix = { kind: 'add-policy-statement', statement: 'deny-insecure-transport' };
        const partial = cov.objects === true ? ' for the bucket ARN' : cov.bucket === true ? ' for its objects' : '';
        const acl = publicAclGrants(bucket).grants;
        if (acl.length && aclNeutraliser(bucket, ctx.accountPublicAccessBlocks()) === undefined) {
            const g = acl[0];
            report({
                messageId: 'publicAclHttp',
                at: g.at,
                data: { bucket: bucket.id, via: g.canned ?? `${g.permissions.join('/')} grant to ${g.grantee}`, partial },
                fix,
                severity: 'high',
            });
            return;
        }
        const at = cov.partial?.at ?? bucket.policies[0]?.at ?? bucket.origin.at;
        if (cov.objects === true)
            report({ messageId: 'objectsOnly', at, data: { bucket: bucket.id }, fix });
        else if (cov.bucket === true)
            report({ messageId: 'bucketOnly', at, data: { bucket: bucket.id }, fix });
        else
            report({ messageId: 'noDeny', at, data: { bucket: bucket.id }, fix });
    },
}));

;// CONCATENATED MODULE: ./rules/versioning-disabled.ts

/* harmony default export */ const versioning_disabled = ((0,define_rule/* defineRule */.Km)({
    id: 'versioning-disabled',
    meta: {
        title: 'S3 bucket versioning is not enabled',
        severity: 'medium',
        securityHub: 'S3.14',
        severityNote: 'Security Hub rates S3.14 Low; we use Medium because versioning is the only undo for an overwrite or delete (accidental or ransomware) and the prerequisite for replication and object lock.',
        why: 'Without versioning an overwrite or delete is permanent, whether by mistake, by a buggy deploy or by an attacker with write access. ' +
            'Versioning keeps prior versions so they can be restored; pair it with a noncurrent-version lifecycle rule to bound the cost.',
        concepts: ['versioning-disabled'],
        profiles: ['default', 'strict'],
        peers: {
            checkov: ['CKV_AWS_21'],
            trivy: ['AVD-AWS-0090', 'aws-s3-enable-versioning'],
            'cdk-nag': ['S3BucketVersioningEnabled'],
            'cfn-guard': ['S3_BUCKET_VERSIONING_ENABLED', 'CT.S3.PR.11'],
        },
        fix: {
            cloudformation: 'VersioningConfiguration:\n  Status: Enabled',
            terraform: 'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
            cdk: 'versioned: true',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/Versioning.html',
            'https://docs.aws.amazon.com/securityhub/latest/userguide/s3-controls.html#s3-14',
        ],
    },
    messages: {
        disabled: 'Bucket {{bucket}} has versioning {{state}}.',
    },
    examples: {
        cloudformation: {
            bad: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Suspended\n'],
            good: ['Resources:\n  Data:\n    Type: AWS::S3::Bucket\n    Properties:\n      VersioningConfiguration:\n        Status: Enabled\n'],
        },
        terraform: {
            bad: ['resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n'],
            good: [
                'resource "aws_s3_bucket" "data" {\n  bucket = "example-data"\n}\n\nresource "aws_s3_bucket_versioning" "data" {\n  bucket = aws_s3_bucket.data.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}\n',
            ],
        },
        cdk: { bad: ["new s3.Bucket(this, 'Data')"], good: ["new s3.Bucket(this, 'Data', { versioned: true })"] },
    },
    check(bucket, report) {
        const status = bucket.versioning.status;
        if (status.state === 'unknown')
            return report.unknown(status, 'versioning status');
        if (status.value !== 'Enabled') {
            report({
                messageId: 'disabled',
                at: status.at,
                data: { bucket: bucket.id, state: status.state === 'default' ? 'not configured' : String(status.value).toLowerCase() },
                fix: { kind: 'set', field: 'versioning.status', value: 'Enabled' },
            });
        }
    },
}));

;// CONCATENATED MODULE: ./rules/website-bucket-holds-private-objects.ts


const website_bucket_holds_private_objects_KMS = new Set(['aws:kms', 'aws:kms:dsse']);
/* harmony default export */ const website_bucket_holds_private_objects = ((0,define_rule/* defineRule */.Km)({
    id: 'website-bucket-holds-private-objects',
    meta: {
        title: 'S3 bucket serves a public website and also holds private objects',
        severity: 'medium',
        why: 'A bucket that serves a public website is one policy or ACL edit away from exposing everything in it. Keeping private data in the same bucket, whether behind a narrower Resource prefix, as delivered logs or as KMS-encrypted objects the public cannot decrypt, means one mistake publishes it. ' +
            'AWS recommends keeping public and private objects in separate buckets. The rule fires for a website bucket that anyone can read when the code shows private content: the public statements cover only part of the keys, the bucket receives access logs or CloudTrail logs, or its default encryption uses KMS.',
        concepts: ['other:website-private-objects'],
        peers: {},
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: 'Move the private objects (logs, KMS-encrypted data, non-public prefixes) to a separate private bucket; keep the website bucket for public assets only, ideally behind CloudFront with origin access control.',
            terraform: 'Move private objects to a separate private bucket (point `aws_s3_bucket_logging.target_bucket` or the trail elsewhere), and keep the website bucket for public assets only.',
            cdk: 'Create a separate private `s3.Bucket` for logs and private data; keep the website bucket for public assets.',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/security-best-practices.html',
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteAccessPermissionsReqd.html',
        ],
    },
    messages: {
        mixed: 'Bucket {{bucket}} serves a public website and also holds private objects: {{signals}}. Keep public and private objects in separate buckets.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      WebsiteConfiguration:\n        IndexDocument: index.html\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: false\n        RestrictPublicBuckets: false\n  SitePolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Site\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Site.Arn}/public/*"\n',
            ],
            good: [
                'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      WebsiteConfiguration:\n        IndexDocument: index.html\n      PublicAccessBlockConfiguration:\n        BlockPublicAcls: true\n        IgnorePublicAcls: true\n        BlockPublicPolicy: false\n        RestrictPublicBuckets: false\n  SitePolicy:\n    Type: AWS::S3::BucketPolicy\n    Properties:\n      Bucket: !Ref Site\n      PolicyDocument:\n        Statement:\n          - Effect: Allow\n            Principal: "*"\n            Action: s3:GetObject\n            Resource: !Sub "${Site.Arn}/*"\n',
            ],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_website_configuration" "site" {\n  bucket = aws_s3_bucket.site.id\n  index_document {\n    suffix = "index.html"\n  }\n}\n\nresource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.site.arn}/*"\n    }]\n  })\n}\n\nresource "aws_s3_bucket" "app" {\n  bucket = "example-app"\n}\n\nresource "aws_s3_bucket_logging" "app" {\n  bucket        = aws_s3_bucket.app.id\n  target_bucket = aws_s3_bucket.site.id\n  target_prefix = "logs/app/"\n}\n',
            ],
            good: [
                'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_website_configuration" "site" {\n  bucket = aws_s3_bucket.site.id\n  index_document {\n    suffix = "index.html"\n  }\n}\n\nresource "aws_s3_bucket_policy" "site" {\n  bucket = aws_s3_bucket.site.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Effect    = "Allow"\n      Principal = "*"\n      Action    = "s3:GetObject"\n      Resource  = "${aws_s3_bucket.site.arn}/*"\n    }]\n  })\n}\n\nresource "aws_s3_bucket" "logs" {\n  bucket = "example-logs"\n}\n\nresource "aws_s3_bucket" "app" {\n  bucket = "example-app"\n}\n\nresource "aws_s3_bucket_logging" "app" {\n  bucket        = aws_s3_bucket.app.id\n  target_bucket = aws_s3_bucket.logs.id\n  target_prefix = "logs/app/"\n}\n',
            ],
        },
    },
    check(bucket, report, ctx) {
        const w = bucket.website;
        if (w.state === 'unknown' || w.value === null)
            return;
        if (w.value.indexDocument === undefined && w.value.redirectAllRequestsTo !== undefined)
            return;
        const active = activeExposures(analyseExposure(bucket, ctx.accountPublicAccessBlocks(), ctx.model.accessPoints));
        const publicReads = active.filter((e) => Array.isArray(e.classes) && e.classes.includes('objectRead'));
        if (!publicReads.length)
            return;
        const signals = [];
        // Public statements that cover only some keys leave the rest private.
        const statements = bucket.policies.flatMap((d) => d.statements).filter((s) => publicReads.some((e) => e.at === s.at));
        if (statements.length && statements.every((s) => ctx.statementCovers(s, bucket).objects === false))
            signals.push('the public statements cover only part of its keys');
        if (bucket.links.logSourceOf.length)
            signals.push(`it receives server access logs from ${bucket.links.logSourceOf.join(', ')}`);
        if (bucket.links.trailIds.length)
            signals.push(`it receives CloudTrail logs from ${bucket.links.trailIds.join(', ')}`);
        const alg = bucket.encryption.algorithm;
        if (alg.state === 'set' && website_bucket_holds_private_objects_KMS.has(alg.value))
            signals.push(`its default encryption is ${alg.value}, which anonymous website visitors cannot decrypt`);
        if (!signals.length)
            return;
        report({
            messageId: 'mixed',
            at: w.value.at,
            data: { bucket: bucket.id, signals: signals.join('; ') },
            related: publicReads.map((e) => ({ message: e.via, at: e.at })),
        });
    },
}));

;// CONCATENATED MODULE: ./rules/website-enabled.ts

/* harmony default export */ const website_enabled = ((0,define_rule/* defineRule */.Km)({
    id: 'website-enabled',
    meta: {
        title: 'S3 bucket serves a static website endpoint',
        severity: 'medium',
        severityNote: 'KICS rates it High. No Security Hub control covers it, and the website endpoint itself exposes nothing unless the bucket is also public (public-exposure reports that, as Critical); it is Medium because it only works over plain HTTP and needs a public bucket to be useful. A redirect-only website is Low.',
        why: 'The S3 website endpoint speaks only plain HTTP, cannot use Block Public Access, origin access control or TLS, and only serves objects anyone can read, so the bucket has to be public. ' +
            'Serve static sites through CloudFront with origin access control (OAC) and a private bucket instead: HTTPS, caching and no public bucket.',
        concepts: ['website-enabled'],
        peers: { kics: ['42bb6b7f-6d54-4428-b707-666f669d94fb'] },
        profiles: ['default', 'strict'],
        fix: {
            cloudformation: 'Remove `WebsiteConfiguration` and serve the bucket through an `AWS::CloudFront::Distribution` with an `AWS::CloudFront::OriginAccessControl`; grant `cloudfront.amazonaws.com` s3:GetObject with an `aws:SourceArn` condition on the distribution.',
            terraform: 'Remove `aws_s3_bucket_website_configuration` (or the `website` block) and serve the bucket through `aws_cloudfront_distribution` with `aws_cloudfront_origin_access_control`.',
            cdk: 'Remove `websiteIndexDocument`; use `new cloudfront.Distribution(this, "Site", { defaultBehavior: { origin: origins.S3BucketOrigin.withOriginAccessControl(bucket) } })`.',
        },
        references: [
            'https://docs.aws.amazon.com/AmazonS3/latest/userguide/WebsiteEndpoints.html',
            'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html',
        ],
    },
    messages: {
        website: 'Bucket {{bucket}} serves a static website over plain HTTP; use CloudFront with origin access control and keep the bucket private.',
        redirectOnly: 'Bucket {{bucket}} has a website configuration that only redirects to {{target}}; it serves no objects.',
    },
    examples: {
        cloudformation: {
            bad: [
                'Resources:\n  Site:\n    Type: AWS::S3::Bucket\n    Properties:\n      WebsiteConfiguration:\n        IndexDocument: index.html\n',
            ],
            good: ['Resources:\n  Site:\n    Type: AWS::S3::Bucket\n'],
        },
        terraform: {
            bad: [
                'resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n\nresource "aws_s3_bucket_website_configuration" "site" {\n  bucket = aws_s3_bucket.site.id\n  index_document {\n    suffix = "index.html"\n  }\n}\n',
            ],
            good: ['resource "aws_s3_bucket" "site" {\n  bucket = "example-site"\n}\n'],
        },
        cdk: { bad: ["new s3.Bucket(this, 'Site', { websiteIndexDocument: 'index.html' })"], good: ["new s3.Bucket(this, 'Site')"] },
    },
    check(bucket, report) {
        const w = bucket.website;
        if (w.state === 'unknown')
            return report.unknown(w, 'website configuration');
        if (w.value === null)
            return;
        if (w.value.redirectAllRequestsTo !== undefined && w.value.indexDocument === undefined) {
            const t = w.value.redirectAllRequestsTo;
            report({
                messageId: 'redirectOnly',
                at: w.value.at,
                data: { bucket: bucket.id, target: typeof t === 'string' ? t : 'another host' },
                severity: 'low',
                fix: { kind: 'remove', field: 'website' },
            });
            return;
        }
        report({ messageId: 'website', at: w.value.at, data: { bucket: bucket.id }, fix: { kind: 'remove', field: 'website' } });
    },
}));

;// CONCATENATED MODULE: ./rules/index.ts











































const rules = [
    access_logging_disabled,
    access_point_bpa_incomplete,
    account_public_access_block_incomplete,
    acl_enabled,
    acl_public_neutralised,
    acl_public_read,
    acl_public_write,
    acl_write_acp_grant,
    block_public_access_incomplete,
    bucket_key_disabled,
    bucket_policy_missing,
    cloudtrail_bucket_public,
    cloudtrail_data_events_missing,
    cloudtrail_log_file_validation_disabled,
    cloudtrail_multi_region_disabled,
    cloudwatch_s3_policy_change_alarm_missing,
    cors_wildcard_origin,
    encryption_missing,
    encryption_not_kms,
    iam_inline_policy_s3_access,
    iam_policy_s3_wildcard,
    lifecycle_abort_incomplete_uploads_missing,
    lifecycle_missing,
    mfa_delete_disabled,
    notifications_missing,
    object_lock_disabled,
    object_not_encrypted_cmk,
    object_sse_missing,
    policy_allow_not_action,
    policy_allow_not_principal,
    policy_cross_account_dangerous_actions,
    policy_lockout,
    policy_public_read,
    policy_public_write,
    policy_wildcard_action,
    public_exposure,
    replication_missing,
    sse_c_not_blocked,
    tls_min_version,
    tls_not_enforced,
    versioning_disabled,
    website_bucket_holds_private_objects,
    website_enabled,
];
const rulesById = new Map(rules.map((r) => [r.id, r]));


/***/ }),

/***/ 1871:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ appendAll)
/* harmony export */ });
/**
 * Appends in place without spreading: `push(...list)` passes every element as an argument and
 * overflows the call stack past ~100k elements (a template with tens of thousands of buckets).
 */
function appendAll(target, items) {
    for (let i = 0; i < items.length; i++)
        target.push(items[i]);
    return target;
}


/***/ }),

/***/ 5581:
/***/ ((module, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rr: () => (/* binding */ exitCodeFor),
/* harmony export */   Zy: () => (/* binding */ parseArgs),
/* harmony export */   ak: () => (/* binding */ runCli)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _config_load_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1314);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_11__ = __nccwpck_require__(3916);
/* harmony import */ var _engine_severity_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4363);
/* harmony import */ var _logger_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(6999);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(8381);
/* harmony import */ var _report_render_json_js__WEBPACK_IMPORTED_MODULE_13__ = __nccwpck_require__(2705);
/* harmony import */ var _report_render_sarif_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(6031);
/* harmony import */ var _report_render_text_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(7315);
/* harmony import */ var _scan_js__WEBPACK_IMPORTED_MODULE_8__ = __nccwpck_require__(5488);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_12__ = __nccwpck_require__(311);
/* harmony import */ var _worker_pool_js__WEBPACK_IMPORTED_MODULE_9__ = __nccwpck_require__(4293);
/* harmony import */ var _rules_index_js__WEBPACK_IMPORTED_MODULE_10__ = __nccwpck_require__(4018);
/**
 * CLI shell: argv → options → scan() → text | json | sarif on stdout. Progress and logs go to
 * stderr. Exit codes: 0 clean, 1 findings at or above --fail-on, 2 usage or configuration error.
 */














const USAGE = `Usage:
  s3-gate scan [paths...] [options]   scan CloudFormation, Terraform and CDK output for insecure S3 buckets
  s3-gate rules [--format text|json]  list the rules

Options for scan:
  --format text|json|sarif   output format on stdout (default: text)
  --output FILE              write the output to FILE instead of stdout
  --fail-on SEVERITY         exit 1 when a finding is at or above: critical|high|medium|low|info|none (default: high)
  --config FILE              configuration file (default: .s3-gate.yml in the working directory, if present)
  --shard I/N                scan only shard I of N (stable split of the scan units)
  --workers N                worker threads (default: automatic; 0 = none)
  --max-file-size MB         skip larger files with an error (default: 32)
  --verbose                  list every unknown; debug logs on stderr
  --quiet                    no progress on stderr
  --no-color                 plain text output
  -h, --help                 this help
  -v, --version              print the version
`;
function stderrLogger(io, verbose, quiet) {
    return {
        debug: (m) => verbose && io.stderr(`debug: ${m}\n`),
        info: (m) => !quiet && io.stderr(`${m}\n`),
        warning: (m) => io.stderr(`warning: ${m}\n`),
        error: (m) => io.stderr(`error: ${m}\n`),
        group: (_n, fn) => fn(),
    };
}
const VALUE_FLAGS = new Set(['--format', '--output', '--fail-on', '--config', '--shard', '--workers', '--max-file-size']);
const BOOL_FLAGS = new Set(['--verbose', '--quiet', '--no-color', '--help', '-h', '--version', '-v']);
function parseArgs(argv) {
    const positional = [];
    const flags = new Map();
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--') {
            positional.push(...argv.slice(i + 1));
            break;
        }
        if (a.startsWith('-')) {
            const eq = a.indexOf('=');
            const name = eq > 0 ? a.slice(0, eq) : a;
            if (VALUE_FLAGS.has(name)) {
                const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
                if (v === undefined)
                    throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .ConfigurationError */ .j(`${name} needs a value.`);
                flags.set(name, v);
            }
            else if (BOOL_FLAGS.has(name))
                flags.set(name, true);
            else
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .ConfigurationError */ .j(`Unknown option ${a}. See s3-gate --help.`);
        }
        else
            positional.push(a);
    }
    return { command: positional.shift(), positional, flags };
}
function exitCodeFor(result, failOn) {
    return result.findings.some((f) => !f.suppressed && (0,_engine_severity_js__WEBPACK_IMPORTED_MODULE_3__/* .meetsThreshold */ .M0)(f.severity, failOn)) ? 1 : 0;
}
async function runCli(argv, io) {
    let args;
    try {
        args = parseArgs(argv);
    }
    catch (e) {
        io.stderr(`${(0,_logger_js__WEBPACK_IMPORTED_MODULE_4__/* .getErrorMessage */ .u1)(e)}\n`);
        return 2;
    }
    const flag = (k) => {
        const v = args.flags.get(k);
        return typeof v === 'string' ? v : undefined;
    };
    if (args.flags.has('--version') || args.flags.has('-v')) {
        io.stdout(`${_version_js__WEBPACK_IMPORTED_MODULE_12__/* .VERSION */ .x}\n`);
        return 0;
    }
    if (args.flags.has('--help') || args.flags.has('-h') || !args.command) {
        ;
        (args.command ? io.stdout : io.stderr)(USAGE);
        return args.command || args.flags.size ? 0 : 2;
    }
    try {
        if (args.command === 'rules') {
            const format = flag('--format') ?? 'text';
            if (format === 'json') {
                io.stdout(JSON.stringify(_rules_index_js__WEBPACK_IMPORTED_MODULE_10__/* .rules */ .a.map((r) => ({ id: r.id, title: r.meta.title, severity: r.meta.severity, concepts: r.meta.concepts, securityHub: r.meta.securityHub ?? null, target: r.target })), null, 2) + '\n');
            }
            else if (format === 'text') {
                for (const r of _rules_index_js__WEBPACK_IMPORTED_MODULE_10__/* .rules */ .a)
                    io.stdout(`${r.id.padEnd(34)}${r.meta.severity.padEnd(10)}${r.meta.title}\n`);
            }
            else
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .ConfigurationError */ .j(`Expected \`--format\` to be one of text, json; got "${format}".`);
            return 0;
        }
        if (args.command !== 'scan')
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .ConfigurationError */ .j(`Unknown command "${args.command}". See s3-gate --help.`);
        const format = flag('--format') ?? 'text';
        if (!['text', 'json', 'sarif'].includes(format))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .ConfigurationError */ .j(`Expected \`--format\` to be one of text, json, sarif; got "${format}".`);
        const failOn = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .parseThreshold */ .B7)(flag('--fail-on') ?? 'high', 'fail-on');
        const verbose = args.flags.has('--verbose');
        const logger = stderrLogger(io, verbose, args.flags.has('--quiet'));
        const config = (0,_config_load_js__WEBPACK_IMPORTED_MODULE_2__/* .loadConfig */ .Z9)(flag('--config'), io.cwd, new Set(_rules_index_js__WEBPACK_IMPORTED_MODULE_10__/* .rules */ .a.map((r) => r.id)));
        const workersFlag = flag('--workers');
        const workers = workersFlag === undefined ? undefined : Number(workersFlag);
        if (workers !== undefined && (!Number.isInteger(workers) || workers < 0))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .ConfigurationError */ .j(`Expected \`--workers\` to be a whole number; got "${workersFlag}".`);
        const maxMb = flag('--max-file-size');
        const maxFileBytes = maxMb === undefined ? undefined : Number(maxMb) * 1024 * 1024;
        if (maxFileBytes !== undefined && !(maxFileBytes > 0))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .ConfigurationError */ .j(`Expected \`--max-file-size\` to be a positive number of MB; got "${maxMb}".`);
        const shard = flag('--shard');
        const options = (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .makeScanOptions */ .Wm)({
            cwd: io.cwd,
            paths: args.positional,
            failOn,
            config,
            workers,
            shard: shard ? (0,_options_js__WEBPACK_IMPORTED_MODULE_5__/* .parseShard */ .uK)(shard) : undefined,
            limits: maxFileBytes ? { maxFileBytes } : undefined,
        });
        const result = await (0,_scan_js__WEBPACK_IMPORTED_MODULE_8__/* .scan */ .SQ)(options, logger);
        const color = io.isTTY && !args.flags.has('--no-color') && !io.env.NO_COLOR;
        const out = format === 'json' ? (0,_report_render_json_js__WEBPACK_IMPORTED_MODULE_13__/* .renderJson */ .h)(result) : format === 'sarif' ? (0,_report_render_sarif_js__WEBPACK_IMPORTED_MODULE_6__/* .renderSarif */ .W)(result, _rules_index_js__WEBPACK_IMPORTED_MODULE_10__/* .rules */ .a) : (0,_report_render_text_js__WEBPACK_IMPORTED_MODULE_7__/* .renderText */ .S)(result, { color, verbose });
        const output = flag('--output');
        if (output)
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().writeFileSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(io.cwd, output), out);
        else
            io.stdout(out);
        return exitCodeFor(result, failOn);
    }
    catch (e) {
        if (e instanceof _errors_js__WEBPACK_IMPORTED_MODULE_11__/* .ConfigurationError */ .j) {
            io.stderr(`error: ${e.message}\n`);
            return 2;
        }
        io.stderr(`s3-gate crashed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\nThis is a bug; please report it.\n`);
        return 2;
    }
}
if ((0,_worker_pool_js__WEBPACK_IMPORTED_MODULE_9__/* .isPoolWorker */ .Xx)())
    (0,_worker_pool_js__WEBPACK_IMPORTED_MODULE_9__/* .serveUnits */ .dn)();
else if (process.argv[1] && node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(process.argv[1]) === node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(new URL(import.meta.url).pathname)) {
    (0,_scan_js__WEBPACK_IMPORTED_MODULE_8__/* .setEntryUrl */ .Au)(import.meta.url);
    const code = await runCli(process.argv.slice(2), {
        stdout: (s) => void process.stdout.write(s),
        stderr: (s) => void process.stderr.write(s),
        cwd: process.cwd(),
        isTTY: Boolean(process.stdout.isTTY),
        env: process.env,
    });
    // Let stdout drain before exiting (large JSON to a pipe).
    process.exitCode = code;
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 1314:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z9: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_FILE, parseConfig

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/errors.ts
var errors = __nccwpck_require__(3916);
// EXTERNAL MODULE: ./src/parsers/shared/line-index.ts
var line_index = __nccwpck_require__(4617);
// EXTERNAL MODULE: ./src/parsers/shared/source-tree.ts
var source_tree = __nccwpck_require__(5680);
// EXTERNAL MODULE: ./src/parsers/shared/yaml-tree.ts + 1 modules
var yaml_tree = __nccwpck_require__(7999);
// EXTERNAL MODULE: ./src/parsers/shared/comment-suppressions.ts
var comment_suppressions = __nccwpck_require__(7434);
// EXTERNAL MODULE: ./node_modules/ajv/dist/ajv.js
var ajv = __nccwpck_require__(2463);
var ajv_default = /*#__PURE__*/__nccwpck_require__.n(ajv);
;// CONCATENATED MODULE: ./schema/s3-gate.schema.json
const s3_gate_schema_namespaceObject = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://github.com/s3-gate/s3-gate/blob/main/schema/s3-gate.schema.json","title":"s3-gate configuration (.s3-gate.yml)","description":"Which rules run, at what severity, on which files, and which findings are accepted (with a reason and an expiry). See the Configuration section of the README.","type":"object","additionalProperties":false,"properties":{"profile":{"description":"Rule set: baseline = rules mapped to AWS Security Hub FSBP controls; default (when omitted) = what peer tools and Security Hub check; strict = everything, including s3-gate low and info hardening rules.","enum":["baseline","default","strict"]},"rules":{"description":"Per-rule settings on top of the profile: off, on (add a rule the profile leaves out), or a severity (which also turns the rule on).","type":"object","propertyNames":{"$ref":"#/definitions/ruleId"},"additionalProperties":{"$ref":"#/definitions/ruleSetting"}},"disable":{"description":"Rules to switch off (same as rules: { id: off }).","$ref":"#/definitions/ruleIds"},"enable":{"description":"Run only these rules, whatever the profile says.","$ref":"#/definitions/ruleIds"},"include":{"description":"Only report findings in files matching one of these globs (** crosses directories).","$ref":"#/definitions/globs"},"exclude":{"description":"Never report findings in files matching one of these globs.","$ref":"#/definitions/globs"},"inline-suppressions":{"description":"allow (default): suppressions written in code (s3-gate:ignore, checkov:skip, cfn_nag Metadata...) apply. refuse: they are ignored and listed, so only exceptions in this file count.","enum":["allow","refuse",true,false]},"exceptions":{"description":"Findings accepted centrally. Each needs the rule and a reason; expires (YYYY-MM-DD) makes it stop applying after that day.","type":"array","items":{"$ref":"#/definitions/exception"}}},"definitions":{"ruleId":{"type":"string","enum":["access-logging-disabled","access-point-bpa-incomplete","account-public-access-block-incomplete","acl-enabled","acl-public-neutralised","acl-public-read","acl-public-write","acl-write-acp-grant","block-public-access-incomplete","bucket-key-disabled","bucket-policy-missing","cloudtrail-bucket-public","cloudtrail-data-events-missing","cloudtrail-log-file-validation-disabled","cloudtrail-multi-region-disabled","cloudwatch-s3-policy-change-alarm-missing","cors-wildcard-origin","encryption-missing","encryption-not-kms","iam-inline-policy-s3-access","iam-policy-s3-wildcard","lifecycle-abort-incomplete-uploads-missing","lifecycle-missing","mfa-delete-disabled","notifications-missing","object-lock-disabled","object-not-encrypted-cmk","object-sse-missing","policy-allow-not-action","policy-allow-not-principal","policy-cross-account-dangerous-actions","policy-lockout","policy-public-read","policy-public-write","policy-wildcard-action","public-exposure","replication-missing","sse-c-not-blocked","tls-min-version","tls-not-enforced","versioning-disabled","website-bucket-holds-private-objects","website-enabled"]},"ruleIds":{"anyOf":[{"$ref":"#/definitions/ruleId"},{"type":"array","items":{"$ref":"#/definitions/ruleId"}}]},"ruleSetting":{"enum":["on","off",true,false,"critical","high","medium","low","info"]},"globs":{"anyOf":[{"type":"string","minLength":1},{"type":"array","items":{"type":"string","minLength":1}}]},"date":{"type":"string","pattern":"^[0-9]{4}-[0-9]{2}-[0-9]{2}$"},"exception":{"type":"object","additionalProperties":false,"required":["rule","reason"],"properties":{"rule":{"$ref":"#/definitions/ruleId"},"resource":{"description":"Glob over the resource address (CloudFormation logical id, Terraform address, CDK construct path).","type":"string","minLength":1},"path":{"description":"Glob over the file path, relative to the working directory.","type":"string","minLength":1},"reason":{"description":"Why the finding is accepted; shown next to the suppressed finding.","type":"string","pattern":"\\\\S"},"expires":{"description":"Last day the exception applies (YYYY-MM-DD).","$ref":"#/definitions/date"}}}}}');
;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * Validates `.s3-gate.yml` against the JSON schema shipped in `schema/s3-gate.schema.json` and
 * turns the first violation into a message a person can act on, with the position of the
 * offending key or value.
 */


// ajv is CommonJS; depending on the loader the class is the default export or its `default`.
const Ajv = ((ajv_default())["default"] ?? (ajv_default()));
const CONFIG_SCHEMA = (/* unused pure expression or super */ null && (schema));
let validator;
function validate() {
    validator ??= new Ajv({ allErrors: true, strict: true, verbose: true }).compile(s3_gate_schema_namespaceObject);
    return validator;
}
/** Rule ids the schema knows (its `ruleId` enum). */
function schemaRuleIds() {
    return schema.definitions.ruleId.enum;
}
/** The first violation of the schema, if any, pointing at the node that causes it. */
function checkAgainstSchema(value, root, knownRules) {
    const v = validate();
    if (v(value))
        return undefined;
    const errors = v.errors ?? [];
    // Prefer the most specific error: the deepest path, and not the summary of an anyOf.
    const ranked = [...errors].sort((a, b) => depth(b) - depth(a) || rank(a) - rank(b));
    const e = ranked[0];
    return { message: describe(e, errors, knownRules), offset: locate(root, e) };
}
const depth = (e) => e.instancePath.split('/').length + (e.propertyName !== undefined || e.keyword === 'additionalProperties' ? 1 : 0);
const rank = (e) => (e.keyword === 'anyOf' ? 2 : e.keyword === 'type' ? 1 : 0);
function pathWords(instancePath) {
    const parts = instancePath.split('/').slice(1).map(schema_unescape);
    if (!parts.length)
        return 'the configuration';
    return parts.map((p, i) => (/^\d+$/.test(p) ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}
const schema_unescape = (s) => s.replace(/~1/g, '/').replace(/~0/g, '~');
function closest(word, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(word, c);
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    return best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    const dp = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let prev = dp[0];
        dp[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = dp[j];
            dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
            prev = tmp;
        }
    }
    return dp[b.length];
}
const TOP_LEVEL = Object.keys(s3_gate_schema_namespaceObject.properties);
const EXCEPTION_FIELDS = Object.keys(s3_gate_schema_namespaceObject.definitions.exception.properties);
function unknownRule(id, knownRules) {
    const text = String(id);
    const hint = closest(text, knownRules);
    return `unknown rule "${text}"${hint ? ` (did you mean "${hint}"?)` : ''}; \`s3-gate rules\` lists them.`;
}
function describe(e, all, knownRules) {
    const where = pathWords(e.instancePath);
    const isRuleId = (x) => x.schemaPath.includes('ruleId');
    switch (e.keyword) {
        case 'additionalProperties': {
            const key = String(e.params.additionalProperty);
            const known = e.instancePath === '' ? TOP_LEVEL : EXCEPTION_FIELDS;
            // Inline suppressions say `until=`; exceptions say `expires:`.
            const hint = key === 'until' && known.includes('expires') ? 'expires' : closest(key, known);
            return `unknown setting "${key}"${e.instancePath ? ` in ${where}` : ''}${hint ? ` (did you mean "${hint}"?)` : ''}. Expected one of: ${known.join(', ')}.`;
        }
        case 'required':
            return `${where} needs \`${e.params.missingProperty}\`${e.params.missingProperty === 'reason' ? ': every exception must say why it is accepted' : ''}.`;
        case 'enum': {
            if (e.propertyName !== undefined)
                return unknownRule(e.propertyName, knownRules);
            if (isRuleId(e))
                return unknownRule(e.data, knownRules);
            const allowed = e.params.allowedValues.filter((x) => typeof x === 'string');
            return `Expected \`${where}\` to be one of ${allowed.join(', ')}; got ${JSON.stringify(e.data)}.`;
        }
        case 'propertyNames':
            return unknownRule(e.params.propertyName, knownRules);
        case 'pattern':
            if (e.instancePath.endsWith('/expires'))
                return `\`${where}\`: "${String(e.data)}" is not a date (YYYY-MM-DD).`;
            if (e.instancePath.endsWith('/reason'))
                return `\`${where}\` is empty: every exception must say why it is accepted.`;
            return `\`${where}\`: "${String(e.data)}" does not match ${e.params.pattern}.`;
        case 'minLength':
            return `\`${where}\` must not be empty.`;
        case 'type':
            return `Expected \`${where}\` to be ${article(e.params.type)}; got ${describeValue(e.data)}.`;
        case 'anyOf': {
            // ruleIds / globs: a string or a list of them.
            const inner = all.find((x) => x.instancePath.startsWith(e.instancePath) && isRuleId(x) && x.keyword === 'enum');
            if (inner)
                return unknownRule(inner.data, knownRules);
            return `Expected \`${where}\` to be a string or a list of strings; got ${describeValue(e.data)}.`;
        }
        default:
            return `\`${where}\` ${e.message ?? 'is invalid'}.`;
    }
}
const article = (t) => (t === 'object' ? 'a mapping' : t === 'array' ? 'a list' : /^[aeiou]/.test(t) ? `an ${t}` : `a ${t}`);
function describeValue(v) {
    if (v === null)
        return 'nothing (null)';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    return `${typeof v} ${JSON.stringify(v)}`;
}
/** Offset of the node an error is about: the offending key for key errors, else the value. */
function locate(root, e) {
    let node = root;
    let keyStart;
    for (const seg of e.instancePath.split('/').slice(1).map(schema_unescape)) {
        if (node.kind === 'map') {
            const entry = node.entries.find((x) => x.key === seg);
            if (!entry)
                break;
            keyStart = entry.keyStart;
            node = entry.value;
        }
        else if (node.kind === 'seq') {
            const item = node.items[Number(seg)];
            if (!item)
                break;
            keyStart = undefined;
            node = item;
        }
        else
            break;
    }
    const key = e.keyword === 'additionalProperties'
        ? e.params.additionalProperty
        : (e.propertyName ?? (e.keyword === 'propertyNames' ? e.params.propertyName : undefined));
    if (key !== undefined && node.kind === 'map') {
        const entry = node.entries.find((x) => x.key === key);
        if (entry)
            return entry.keyStart;
    }
    return e.keyword === 'required' && keyStart !== undefined && node.kind !== 'map' ? keyStart : node.start;
}

// EXTERNAL MODULE: ./src/config/types.ts
var types = __nccwpck_require__(2143);
;// CONCATENATED MODULE: ./src/config/load.ts
/**
 * Reads `.s3-gate.yml`: YAML → schema check (`schema/s3-gate.schema.json`) → GateConfig.
 * Anything wrong is a ConfigurationError naming the file, line and column.
 */









const DEFAULT_CONFIG_FILE = '.s3-gate.yml';
function loadConfig(file, cwd, knownRules) {
    const explicit = file !== undefined && file !== '';
    const abs = external_node_path_default().resolve(cwd, explicit ? file : DEFAULT_CONFIG_FILE);
    if (!external_node_fs_default().existsSync(abs)) {
        if (explicit)
            throw new errors/* ConfigurationError */.j(`Config file "${file}" does not exist.`);
        const alt = external_node_path_default().resolve(cwd, '.s3-gate.yaml');
        if (!external_node_fs_default().existsSync(alt))
            return types/* EMPTY_CONFIG */.$;
        return parseConfig(external_node_fs_default().readFileSync(alt, 'utf8'), displayPath(alt, cwd), knownRules);
    }
    return parseConfig(external_node_fs_default().readFileSync(abs, 'utf8'), displayPath(abs, cwd), knownRules);
}
const displayPath = (abs, cwd) => (external_node_path_default().relative(cwd, abs) || abs).split((external_node_path_default()).sep).join('/');
function parseConfig(text, source, knownRules) {
    const lines = new line_index/* LineIndex */.r(text);
    const fail = (offset, message) => {
        const pos = lines.position(offset);
        throw new errors/* ConfigurationError */.j(`${source}:${pos.line}:${pos.column}: ${message}`);
    };
    const parsed = (0,yaml_tree/* parseYaml */.h)(text, { maxDepth: 50, maxAliasExpansion: 10_000 });
    const problem = parsed.issues.find((i) => i.level === 'error');
    if (problem) {
        const pos = problem.line !== undefined ? { line: problem.line + 1, column: (problem.column ?? 0) + 1 } : lines.position(problem.offset);
        throw new errors/* ConfigurationError */.j(`${source}:${pos.line}:${pos.column}: ${problem.message}`);
    }
    const config = { ...types/* EMPTY_CONFIG */.$, source, disable: [], on: [], severity: {}, include: [], exclude: [], exceptions: [] };
    if (parsed.documents.length > 1)
        fail(0, 'the configuration must be a single YAML document');
    const root = parsed.documents[0];
    if (!root || (root.kind === 'scalar' && root.value === null))
        return config;
    const value = (0,source_tree/* toPlain */.Ul)(root);
    const violation = checkAgainstSchema(value, root, knownRules);
    if (violation)
        fail(violation.offset, violation.message);
    // The schema knows the rules of the build it shipped with; the registry is the authority.
    const map = root;
    const entry = (key) => map.entries.find((e) => e.key === key);
    const checkRule = (id, offset) => {
        if (!knownRules.has(id))
            fail(offset, `unknown rule "${id}"; \`s3-gate rules\` lists them.`);
        return id;
    };
    const ruleList = (key) => {
        const e = entry(key);
        if (!e)
            return undefined;
        const nodes = e.value.kind === 'seq' ? e.value.items : [e.value];
        return nodes.map((n) => checkRule(String((0,source_tree/* toPlain */.Ul)(n)), n.start));
    };
    const strings = (v) => (v === undefined ? [] : Array.isArray(v) ? v.map(String) : [String(v)]);
    if (value.profile !== undefined)
        config.profile = value.profile;
    const rules = entry('rules');
    if (rules && rules.value.kind === 'map') {
        for (const r of rules.value.entries) {
            checkRule(r.key, r.keyStart);
            const setting = String((0,source_tree/* toPlain */.Ul)(r.value)).toLowerCase();
            if (setting === 'off' || setting === 'false')
                config.disable.push(r.key);
            else {
                config.on.push(r.key);
                if (setting !== 'on' && setting !== 'true')
                    config.severity[r.key] = setting;
            }
        }
    }
    config.disable.push(...(ruleList('disable') ?? []));
    const enable = ruleList('enable');
    if (enable)
        config.enable = enable;
    config.include = strings(value.include);
    config.exclude = strings(value.exclude);
    const inline = value['inline-suppressions'];
    if (inline !== undefined)
        config.allowInlineSuppressions = inline === true || inline === 'allow';
    const exceptions = entry('exceptions');
    if (exceptions && exceptions.value.kind === 'seq') {
        for (const item of exceptions.value.items)
            config.exceptions.push(readException(item, checkRule, fail, lines));
    }
    return config;
}
function readException(item, checkRule, fail, lines) {
    const map = item;
    const get = (k) => map.entries.find((e) => e.key === k);
    const plain = (0,source_tree/* toPlain */.Ul)(item);
    const ruleEntry = get('rule');
    const ex = { rule: checkRule(String(plain.rule), ruleEntry.value.start), reason: String(plain.reason).trim() };
    if (plain.resource !== undefined)
        ex.resource = String(plain.resource);
    if (plain.path !== undefined)
        ex.path = String(plain.path);
    if (plain.expires !== undefined) {
        const d = String(plain.expires);
        if (!(0,comment_suppressions/* isValidDate */.v)(d))
            fail(get('expires').value.start, `\`expires\`: "${d}" is not a date (YYYY-MM-DD).`);
        ex.expires = d;
    }
    const pos = lines.position(item.start);
    ex.line = pos.line;
    ex.column = pos.column;
    return ex;
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ EMPTY_CONFIG)
/* harmony export */ });
const EMPTY_CONFIG = {
    disable: [],
    on: [],
    severity: {},
    include: [],
    exclude: [],
    exceptions: [],
    allowInlineSuppressions: true,
};


/***/ }),

/***/ 9989:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CS: () => (/* binding */ listFiles),
/* harmony export */   FK: () => (/* binding */ isInside),
/* harmony export */   L5: () => (/* binding */ toDisplayPath),
/* harmony export */   gb: () => (/* binding */ resolveRoots),
/* harmony export */   k4: () => (/* binding */ discover)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3916);
/**
 * Finds the files to scan by walking the given paths on disk (not `git ls-files`: build outputs
 * such as `cdk.out` and plan files are usually git-ignored). Skips `node_modules`, `.git` and
 * `.terraform`, and never follows a symlink out of the scanned roots.
 */



const SKIP_DIRS = new Set(['node_modules', '.git', '.terraform', '.terragrunt-cache']);
const CANDIDATE = /\.(ya?ml|json|template|tf|tfvars)$/i;
const HEAD_BYTES = 4096;
function toDisplayPath(abs, cwd) {
    const rel = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(cwd, abs);
    return (rel === '' ? '.' : rel).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/');
}
function isInside(abs, roots) {
    return roots.some((r) => abs === r || abs.startsWith(r.endsWith((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)) ? r : r + (node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)));
}
function readHead(abs) {
    let fd;
    try {
        fd = node_fs__WEBPACK_IMPORTED_MODULE_0___default().openSync(abs, 'r');
        const buf = Buffer.alloc(HEAD_BYTES);
        const n = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readSync(fd, buf, 0, HEAD_BYTES, 0);
        return buf.subarray(0, n).toString('utf8');
    }
    catch {
        return '';
    }
    finally {
        if (fd !== undefined)
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().closeSync(fd);
    }
}
/** Resolves the scan roots; a missing path is a configuration error. */
function resolveRoots(paths, cwd) {
    const roots = [];
    for (const p of paths) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, p);
        let real;
        try {
            real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(abs);
        }
        catch {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j(`Path "${p}" does not exist.`);
        }
        if (!roots.includes(real))
            roots.push(real);
    }
    return roots;
}
function discover(roots, cwd, maxFileBytes, logger) {
    const files = [];
    const problems = [];
    const seen = new Set();
    const visitedDirs = new Set();
    const addFile = (real, size) => {
        if (seen.has(real))
            return;
        seen.add(real);
        const rel = toDisplayPath(real, cwd);
        if (size > maxFileBytes) {
            problems.push({
                code: 'FILE_TOO_LARGE',
                file: rel,
                line: 1,
                column: 1,
                message: `the file is ${(size / 1048576).toFixed(1)} MiB, above the ${(maxFileBytes / 1048576).toFixed(0)} MiB limit (limits.maxFileBytes); it was not scanned`,
                level: 'error',
            });
            return;
        }
        files.push({ abs: real, rel, size, head: /\.json$/i.test(real) ? readHead(real) : '' });
    };
    const walk = (dir, depth) => {
        if (visitedDirs.has(dir) || depth > 64)
            return;
        visitedDirs.add(dir);
        let entries;
        try {
            entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(dir, { withFileTypes: true });
        }
        catch (e) {
            logger.debug(`cannot read directory ${toDisplayPath(dir, cwd)}: ${e.message}`);
            return;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const ent of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, ent.name);
            if (ent.isDirectory()) {
                if (!SKIP_DIRS.has(ent.name))
                    walk(abs, depth + 1);
                continue;
            }
            if (ent.isSymbolicLink()) {
                let real;
                let st;
                try {
                    real = node_fs__WEBPACK_IMPORTED_MODULE_0___default().realpathSync(abs);
                    st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(real);
                }
                catch {
                    logger.debug(`skipped broken symlink ${toDisplayPath(abs, cwd)}`);
                    continue;
                }
                if (!isInside(real, roots)) {
                    logger.debug(`skipped symlink ${toDisplayPath(abs, cwd)}: it points outside the scanned paths`);
                    continue;
                }
                if (st.isDirectory()) {
                    if (!SKIP_DIRS.has(ent.name))
                        walk(real, depth + 1);
                }
                else if (st.isFile() && CANDIDATE.test(ent.name))
                    addFile(real, st.size);
                continue;
            }
            if (ent.isFile() && CANDIDATE.test(ent.name)) {
                try {
                    addFile(abs, node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(abs).size);
                }
                catch {
                    /* vanished while scanning */
                }
            }
        }
    };
    for (const root of roots) {
        const st = node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(root);
        if (st.isDirectory())
            walk(root, 0);
        else if (st.isFile())
            addFile(root, st.size);
    }
    return { roots, files, problems };
}
/** Lists files under `dir` (inside the roots) whose display path passes `filter`; same skip rules. */
function listFiles(dir, roots, cwd, filter, max = 20_000) {
    const out = [];
    const visited = new Set();
    const walk = (d, depth) => {
        if (visited.has(d) || depth > 64 || out.length >= max)
            return;
        visited.add(d);
        let entries;
        try {
            entries = node_fs__WEBPACK_IMPORTED_MODULE_0___default().readdirSync(d, { withFileTypes: true });
        }
        catch {
            return;
        }
        for (const ent of entries) {
            const abs = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(d, ent.name);
            if (ent.isDirectory()) {
                if (!SKIP_DIRS.has(ent.name))
                    walk(abs, depth + 1);
            }
            else if (ent.isFile() && isInside(abs, roots) && filter(toDisplayPath(abs, cwd)))
                out.push(abs);
        }
    };
    if (isInside(dir, roots))
        walk(dir, 0);
    return out;
}


/***/ }),

/***/ 3378:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Km: () => (/* binding */ defineRule),
/* harmony export */   hw: () => (/* binding */ formatMessage),
/* harmony export */   jI: () => (/* binding */ PROFILES)
/* harmony export */ });
/**
 * Rule sets a configuration can pick: `baseline` = rules mapped to Security Hub FSBP controls;
 * `default` = what the peers and Security Hub check (used when no profile is chosen);
 * `strict` = everything, including s3-gate's own low/info hardening rules.
 */
const PROFILES = ['baseline', 'default', 'strict'];
function defineRule(def) {
    return { ...def, target: (def.target ?? 'bucket'), externalBuckets: def.externalBuckets ?? false };
}
/** `{{name}}` placeholders filled from `data`; a missing key stays visible rather than vanishing. */
function formatMessage(template, data = {}) {
    return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (m, k) => (k in data ? String(data[k]) : m));
}


/***/ }),

/***/ 4363:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Av: () => (/* binding */ isThreshold),
/* harmony export */   M0: () => (/* binding */ meetsThreshold),
/* harmony export */   oC: () => (/* binding */ SEVERITIES)
/* harmony export */ });
/* unused harmony exports severityRank, isSeverity, compareSeverity */
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'info'];
const RANK = { critical: 4, high: 3, medium: 2, low: 1, info: 0 };
function severityRank(s) {
    return RANK[s];
}
/** Is `s` at or above `threshold`? */
function meetsThreshold(s, threshold) {
    return threshold !== 'none' && RANK[s] >= RANK[threshold];
}
function isSeverity(s) {
    return typeof s === 'string' && SEVERITIES.includes(s);
}
function isThreshold(s) {
    return s === 'none' || isSeverity(s);
}
/** Highest first. */
function compareSeverity(a, b) {
    return RANK[b] - RANK[a];
}


/***/ }),

/***/ 1068:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  M0: () => (/* binding */ applyInlineSuppressions),
  _d: () => (/* binding */ isExpired),
  Zs: () => (/* binding */ suppressionMatches)
});

// UNUSED EXPORTS: subjectSuppressions

;// CONCATENATED MODULE: ./src/model/location.ts
function locationAt(file, line, column, path) {
    return { file, line, column, endLine: line, endColumn: column, path };
}
/** Same place, different logical path (a missing child reported on its parent). */
function withPath(at, path) {
    return { ...at, path };
}
function formatLocation(at) {
    return `${at.file}:${at.line}:${at.column}`;
}

;// CONCATENATED MODULE: ./src/engine/suppressions.ts

function subjectSuppressions(model) {
    const out = new Map();
    const add = (id, list) => {
        if (!list.length)
            return;
        const cur = out.get(id) ?? [];
        for (const s of list)
            if (!cur.includes(s))
                cur.push(s);
        out.set(id, cur);
    };
    for (const b of model.buckets) {
        add(b.id, b.suppressions);
        // Policy rules report on the policy resource; what is written on the bucket (and, as parsers
        // copy it there, on the policy resource) applies to them too.
        for (const doc of b.policies)
            if (doc.owner !== b.id)
                add(doc.owner, b.suppressions);
    }
    for (const a of model.accessPoints)
        add(a.id, a.suppressions);
    for (const a of model.accountPublicAccessBlocks)
        add(a.id, a.suppressions);
    for (const t of model.trails)
        add(t.id, t.suppressions);
    for (const p of model.iamPolicies)
        add(p.id, p.suppressions);
    for (const o of model.objects)
        add(o.id, o.suppressions);
    for (const f of model.metricFilters)
        add(f.id, f.suppressions ?? []);
    for (const a of model.alarms)
        add(a.id, a.suppressions ?? []);
    return out;
}
const norm = (id) => id.trim().toLowerCase().replace(/^avd-/, '');
/** Does suppression id `id` (ours or a peer's) name this rule? */
function suppressionMatches(id, rule, ruleId) {
    if (id === '*')
        return true;
    const n = norm(id);
    if (n === ruleId.toLowerCase())
        return true;
    if (!rule)
        return false;
    return Object.values(rule.meta.peers).some((ids) => ids?.some((p) => norm(p) === n));
}
function isExpired(until, now) {
    if (!until)
        return false;
    return until < now.toISOString().slice(0, 10);
}
function applyInlineSuppressions(findings, model, opts) {
    const bySubject = subjectSuppressions(model);
    const used = new Set();
    const problems = [];
    const note = (s, code, message) => problems.push({ code, file: s.at.file, line: s.at.line, column: s.at.column, message, level: 'warning' });
    // The same comment can sit on several subjects (a module call covers everything inside it).
    const all = new Set([...bySubject.values()].flat());
    for (const s of all) {
        if (s.syntax === 's3-gate' && s.rule !== '*' && !opts.rulesById.has(s.rule)) {
            problems.push({
                code: 'BAD_SUPPRESSION',
                file: s.at.file,
                line: s.at.line,
                column: s.at.column,
                message: `s3-gate:ignore names an unknown rule "${s.rule}"; \`s3-gate rules\` lists them`,
                level: 'error',
            });
            used.add(s);
        }
    }
    const applied = new Set();
    for (const f of findings) {
        const list = bySubject.get(f.resource);
        if (!list)
            continue;
        for (const s of list) {
            if (!suppressionMatches(s.rule, opts.rulesById.get(f.ruleId), f.ruleId))
                continue;
            used.add(s);
            if (!opts.allowInline)
                continue;
            if (isExpired(s.until, opts.now))
                continue;
            f.suppressed = true;
            f.suppression = {
                kind: 'inline',
                syntax: s.syntax,
                reason: s.reason ?? `suppressed with ${s.syntax} (no reason given)`,
                until: s.until,
                at: s.at,
            };
            applied.add(s);
            break;
        }
    }
    for (const s of all) {
        if (!opts.allowInline) {
            if (used.has(s))
                note(s, 'SUPPRESSION_REFUSED', `inline suppression of ${s.rule} at ${formatLocation(s.at)} was not applied: the configuration refuses inline suppressions`);
            continue;
        }
        if (isExpired(s.until, opts.now)) {
            if (used.has(s) || namesOneOfOurRules(s, opts.rulesById, opts.active))
                note(s, 'SUPPRESSION_EXPIRED', `the suppression of ${s.rule} expired on ${s.until}; ${used.has(s) ? 'the finding is reported again' : 'it matches no finding either; remove it'}`);
        }
        else if (!used.has(s) && namesOneOfOurRules(s, opts.rulesById, opts.active))
            note(s, 'UNUSED_SUPPRESSION', `the suppression of ${s.rule} (${s.syntax}) matches no finding; remove it`);
        else if (applied.has(s) && !s.reason?.trim())
            note(s, 'SUPPRESSION_WITHOUT_REASON', `the ${s.syntax} suppression of ${s.rule} gives no reason; say why the finding is accepted (s3-gate:ignore requires it)`);
    }
    return problems;
}
/**
 * Does the suppression name a rule that ran? Peer suppressions for checks we do not have are none
 * of our business, and neither are suppressions for rules switched off here.
 */
function namesOneOfOurRules(s, rulesById, active) {
    if (s.rule === '*')
        return s.syntax === 's3-gate';
    if (s.syntax === 's3-gate')
        return !active || active.has(s.rule) || !rulesById.has(s.rule);
    for (const r of rulesById.values())
        if ((!active || active.has(r.id)) && suppressionMatches(s.rule, r, r.id))
            return true;
    return false;
}


/***/ }),

/***/ 3916:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ ConfigurationError)
/* harmony export */ });
/** The user must fix something (a flag, an input, the config file). Exit code 2 in the CLI. */
class ConfigurationError extends Error {
    name = 'ConfigurationError';
}


/***/ }),

/***/ 351:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ DEFAULT_LIMITS)
/* harmony export */ });
const DEFAULT_LIMITS = {
    maxFileBytes: 32 * 1024 * 1024,
    maxDepth: 200,
    maxAliasExpansion: 1_000_000,
    maxEvalSteps: 5_000_000,
    maxInstances: 1000,
    maxCollectionSize: 100_000,
};


/***/ }),

/***/ 6999:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   u1: () => (/* binding */ getErrorMessage)
/* harmony export */ });
/* unused harmony exports silentLogger, recordingLogger */
const silentLogger = {
    debug() { },
    info() { },
    warning() { },
    error() { },
    group: (_name, fn) => fn(),
};
function recordingLogger() {
    const records = [];
    return {
        records,
        debug: (message) => void records.push({ level: 'debug', message }),
        info: (message) => void records.push({ level: 'info', message }),
        warning: (message) => void records.push({ level: 'warning', message }),
        error: (message) => void records.push({ level: 'error', message }),
        group: (_name, fn) => fn(),
    };
}
function getErrorMessage(e) {
    if (e instanceof Error)
        return e.message;
    return typeof e === 'string' ? e : JSON.stringify(e);
}


/***/ }),

/***/ 1534:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JQ: () => (/* binding */ patternCovers),
/* harmony export */   Wh: () => (/* binding */ resolveBucketRef),
/* harmony export */   gW: () => (/* binding */ bucketArnForMatch),
/* harmony export */   qw: () => (/* binding */ bucketNameForMatch)
/* harmony export */ });
/* unused harmony export renderSubject */
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2904);

const TOKEN = '\u0001';
function placeholderText(p, names, seen) {
    switch (p.kind) {
        case 'pseudo':
            return p.name === 'partition' ? 'aws' : p.name === 'url-suffix' ? 'amazonaws.com' : `${TOKEN}${p.name}${TOKEN}`;
        case 'bucket': {
            const name = bucketNameText(p.id, names, seen);
            if (p.attr === 'name')
                return name;
            if (p.attr === 'arn')
                return `arn:aws:s3:::${name}`;
            return `${name}.s3.amazonaws.com`;
        }
        case 'resource':
            return `${TOKEN}${p.id}.${p.attr}${TOKEN}`;
        case 'unknown':
            return null;
    }
}
function bucketNameText(id, names, seen) {
    const b = names.bucket(id);
    if (!b || seen.has(id) || b.name.state === 'unknown')
        return `${TOKEN}bucket:${id}${TOKEN}`;
    seen.add(id);
    try {
        const r = renderSubject(b.name.value, names, seen);
        return r ?? `${TOKEN}bucket:${id}${TOKEN}`;
    }
    finally {
        seen.delete(id);
    }
}
/** Renders a concrete value (a bucket name); `null` when a part is unknowable. */
function renderSubject(s, names, seen = new Set()) {
    let out = '';
    for (const p of (0,_value_js__WEBPACK_IMPORTED_MODULE_0__/* .strParts */ .gy)(s)) {
        if (typeof p === 'string')
            out += p;
        else {
            const t = placeholderText(p, names, seen);
            if (t === null)
                return null;
            out += t;
        }
    }
    return out;
}
function bucketNameForMatch(b, names) {
    return bucketNameText(b.id, names, new Set());
}
function bucketArnForMatch(b, names) {
    return `arn:aws:s3:::${bucketNameForMatch(b, names)}`;
}
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * Does the wildcard pattern (IAM `*`/`?`, case-sensitive as ARNs are) cover `subject`?
 * `unknown` when only an unknowable part of the pattern could make it match.
 */
const patternCache = new Map();
/** Compiled wildcard patterns, shared across rules and buckets (the same policy is checked many times). */
function compiled(source) {
    let re = patternCache.get(source);
    if (!re) {
        if (patternCache.size > 50_000)
            patternCache.clear();
        re = new RegExp(`^${source}$`);
        patternCache.set(source, re);
    }
    return re;
}
/**
 * Does the wildcard pattern (IAM `*`/`?`, case-sensitive as ARNs are) cover `subject`?
 * `unknown` when only an unknowable part of the pattern could make it match.
 */
function patternCovers(pattern, subject, names) {
    let re = '';
    let hasUnknown = false;
    for (const p of (0,_value_js__WEBPACK_IMPORTED_MODULE_0__/* .strParts */ .gy)(pattern)) {
        if (typeof p === 'string')
            re += literalPattern(p);
        else {
            const t = placeholderText(p, names, new Set());
            if (t === null) {
                hasUnknown = true;
                re += '[\\s\\S]*';
            }
            else
                re += escapeRe(t);
        }
    }
    if (!compiled(re).test(subject))
        return false;
    return hasUnknown ? 'unknown' : true;
}
const literalCache = new Map();
function literalPattern(p) {
    let out = literalCache.get(p);
    if (out === undefined) {
        out = '';
        for (const c of p)
            out += c === '*' ? '[\\s\\S]*' : c === '?' ? '[\\s\\S]' : escapeRe(c);
        if (literalCache.size > 50_000)
            literalCache.clear();
        literalCache.set(p, out);
    }
    return out;
}
/** Resolves a name/ARN/placeholder to a bucket of the model. */
function resolveBucketRef(ref, buckets, names) {
    const parts = (0,_value_js__WEBPACK_IMPORTED_MODULE_0__/* .strParts */ .gy)(ref);
    if (parts.length === 1 && typeof parts[0] !== 'string' && parts[0].kind === 'bucket')
        return names.bucket(parts[0].id);
    const text = renderSubject(ref, names);
    if (text === null)
        return 'unknown';
    const name = text.startsWith('arn:aws:s3:::') ? text.slice('arn:aws:s3:::'.length).replace(/\/.*$/, '') : text;
    if (names.byName)
        return names.byName(name);
    return buckets.find((b) => bucketNameForMatch(b, names) === name);
}


/***/ }),

/***/ 1073:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ nameSource),
/* harmony export */   O: () => (/* binding */ linkModel)
/* harmony export */ });
/* harmony import */ var _arn_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1534);
/* harmony import */ var _policy_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(979);
/**
 * Cross-resource facts computed once per model, after a parser has filled it: which buckets
 * receive access logs, which trails and access points point at which bucket. Provider-neutral.
 */


const nameSources = new WeakMap();
/**
 * Lookups of buckets by id and by rendered name, built once per model (rules call this for every
 * bucket, so it must not cost a pass over all buckets each time).
 */
function nameSource(model) {
    const cached = nameSources.get(model);
    if (cached && cached.count === model.buckets.length)
        return cached.source;
    const byId = new Map(model.buckets.map((b) => [b.id, b]));
    let byName;
    const source = {
        bucket: (id) => byId.get(id),
        byName: (name) => {
            if (!byName) {
                byName = new Map();
                for (const b of model.buckets) {
                    const n = (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .bucketNameForMatch */ .qw)(b, source);
                    if (!byName.has(n))
                        byName.set(n, b);
                }
            }
            return byName.get(name);
        },
    };
    nameSources.set(model, { count: model.buckets.length, source });
    return source;
}
function linkModel(model) {
    const names = nameSource(model);
    const resolve = (s) => (0,_arn_js__WEBPACK_IMPORTED_MODULE_0__/* .resolveBucketRef */ .Wh)(s, model.buckets, names);
    for (const b of model.buckets) {
        b.links = { logSourceOf: [], isLogTarget: receivesLogsByAclOrPolicy(b), trailIds: [], accessPointIds: [], replicaOf: [] };
    }
    for (const b of model.buckets) {
        const t = b.logging.targetBucket;
        if (t.state === 'unknown' || t.value === null)
            continue;
        const target = resolve(t.value);
        if (target && target !== 'unknown') {
            target.links.logSourceOf.push(b.id);
            target.links.isLogTarget = true;
        }
    }
    for (const b of model.buckets) {
        const rep = b.replication;
        if (rep.state === 'unknown' || rep.value === null)
            continue;
        for (const rule of rep.value.rules) {
            if (rule.destinationBucket.state === 'unknown')
                continue;
            const target = resolve(rule.destinationBucket.value);
            if (target && target !== 'unknown' && target !== b && !target.links.replicaOf.includes(b.id))
                target.links.replicaOf.push(b.id);
        }
    }
    for (const trail of model.trails) {
        if (trail.bucketName.state === 'unknown')
            continue;
        const target = resolve(trail.bucketName.value);
        if (target && target !== 'unknown')
            target.links.trailIds.push(trail.id);
    }
    for (const ap of model.accessPoints) {
        for (const ref of ap.buckets) {
            if (ref.state === 'unknown')
                continue;
            const target = resolve(ref.value);
            if (target && target !== 'unknown')
                target.links.accessPointIds.push(ap.id);
        }
    }
}
/** The legacy log-delivery ACL, or a policy letting the S3 logging service write. */
function receivesLogsByAclOrPolicy(b) {
    if (b.acl.canned.state !== 'unknown' && b.acl.canned.value === 'log-delivery-write')
        return true;
    if (b.acl.grants.state !== 'unknown' && b.acl.grants.value.some((g) => g.grantee.type === 'group' && g.grantee.uri === 'LogDelivery'))
        return true;
    for (const doc of b.policies) {
        for (const s of doc.statements) {
            if ((0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .isAllow */ .SV)(s) !== true || (0,_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .principalIsEveryone */ .wf)(s) === true)
                continue;
            if (s.principal.entries.state === 'unknown')
                continue;
            if (s.principal.entries.value.some((e) => e.type === 'Service' && e.value === 'logging.s3.amazonaws.com'))
                return true;
        }
    }
    return false;
}


/***/ }),

/***/ 979:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   A$: () => (/* binding */ parseOperator),
/* harmony export */   D6: () => (/* binding */ hasWildcardAction),
/* harmony export */   FQ: () => (/* binding */ statementAppliesToAction),
/* harmony export */   NB: () => (/* binding */ WRITE_CLASSES),
/* harmony export */   SV: () => (/* binding */ isAllow),
/* harmony export */   V0: () => (/* binding */ restrictingConditions),
/* harmony export */   _o: () => (/* binding */ CROSS_ACCOUNT_DANGEROUS_ACTIONS),
/* harmony export */   fr: () => (/* binding */ isPublicAllow),
/* harmony export */   g8: () => (/* binding */ PERMISSION_ACTIONS),
/* harmony export */   oE: () => (/* binding */ READ_CLASSES),
/* harmony export */   or: () => (/* binding */ or),
/* harmony export */   pq: () => (/* binding */ conditionKey),
/* harmony export */   vL: () => (/* binding */ accessClasses),
/* harmony export */   wB: () => (/* binding */ isWildcardPrincipalValue),
/* harmony export */   wf: () => (/* binding */ principalIsEveryone),
/* harmony export */   zc: () => (/* binding */ isDeny)
/* harmony export */ });
/* unused harmony exports actionPatternMatches, matchingActions, OBJECT_READ_ACTIONS, LIST_ACTIONS, METADATA_READ_ACTIONS, WRITE_ACTIONS, ACCESS_CLASS_ACTIONS, principalAccounts, conditionRestrictsPrincipal, and */
/* harmony import */ var _value_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2904);

// ---------------------------------------------------------------------------------------------
// Actions
/** IAM action matching: case-insensitive, `*` and `?` wildcards. */
function actionPatternMatches(pattern, action) {
    const p = pattern.toLowerCase();
    const a = action.toLowerCase();
    // `GetObject` without a service prefix is invalid IAM, but the intent is plain; match it on the action name.
    if (!p.includes(':') && p !== '*')
        return wildcardRegex(p).test(a.slice(a.indexOf(':') + 1));
    return wildcardRegex(p).test(a);
}
const regexCache = new Map();
function wildcardRegex(pattern) {
    let re = regexCache.get(pattern);
    if (!re) {
        const src = pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\s\\S]*').replace(/\?/g, '[\\s\\S]');
        re = new RegExp(`^${src}$`);
        if (regexCache.size > 10_000)
            regexCache.clear();
        regexCache.set(pattern, re);
    }
    return re;
}
/** Does the statement's Action/NotAction cover `action`? */
function statementAppliesToAction(stmt, action) {
    const f = stmt.action;
    if (f.field === 'none')
        return f.values.state === 'unknown' ? 'unknown' : false;
    if (f.values.state === 'unknown')
        return 'unknown';
    let sawUnknown = false;
    let matched = false;
    for (const v of f.values.value) {
        if (typeof v !== 'string') {
            sawUnknown = true;
            continue;
        }
        if (actionPatternMatches(v, action)) {
            matched = true;
            break;
        }
    }
    if (f.field === 'plain')
        return matched ? true : sawUnknown ? 'unknown' : false;
    return matched ? false : sawUnknown ? 'unknown' : true;
}
/** The statement's actions that match any of `actions` (for messages). */
function matchingActions(stmt, actions) {
    return actions.filter((a) => statementAppliesToAction(stmt, a) === true);
}
/** Reading object content: what "public read" means to most people. */
const OBJECT_READ_ACTIONS = ['s3:GetObject', 's3:GetObjectVersion', 's3:GetObjectAttributes', 's3:GetObjectTagging', 's3:GetObjectTorrent'];
const LIST_ACTIONS = ['s3:ListBucket', 's3:ListBucketVersions', 's3:ListBucketMultipartUploads', 's3:ListMultipartUploadParts'];
/** Reading configuration: reveals policies, ACLs and layout. */
const METADATA_READ_ACTIONS = [
    's3:GetBucketPolicy',
    's3:GetBucketAcl',
    's3:GetObjectAcl',
    's3:GetBucketLocation',
    's3:GetBucketVersioning',
    's3:GetBucketWebsite',
    's3:GetLifecycleConfiguration',
    's3:GetEncryptionConfiguration',
    's3:GetBucketPublicAccessBlock',
];
const WRITE_ACTIONS = [
    's3:PutObject',
    's3:DeleteObject',
    's3:DeleteObjectVersion',
    's3:RestoreObject',
    's3:AbortMultipartUpload',
    's3:PutObjectTagging',
    's3:PutObjectRetention',
    's3:PutObjectLegalHold',
    's3:ReplicateObject',
    's3:DeleteBucket',
    's3:PutLifecycleConfiguration',
    's3:PutBucketVersioning',
    's3:PutBucketWebsite',
    's3:PutBucketCORS',
    's3:PutBucketLogging',
    's3:PutBucketNotification',
];
/** Actions that change who can access the bucket (S3.6's "dangerous" list plus BPA/ownership). */
const PERMISSION_ACTIONS = [
    's3:PutBucketPolicy',
    's3:DeleteBucketPolicy',
    's3:PutBucketAcl',
    's3:PutObjectAcl',
    's3:PutObjectVersionAcl',
    's3:PutEncryptionConfiguration',
    's3:PutBucketPublicAccessBlock',
    's3:PutBucketOwnershipControls',
];
/** Security Hub S3.6: actions that must not be granted to other accounts. */
const CROSS_ACCOUNT_DANGEROUS_ACTIONS = [
    's3:DeleteBucketPolicy',
    's3:PutBucketAcl',
    's3:PutBucketPolicy',
    's3:PutEncryptionConfiguration',
    's3:PutObjectAcl',
];
const ACCESS_CLASS_ACTIONS = {
    objectRead: OBJECT_READ_ACTIONS,
    list: LIST_ACTIONS,
    metadataRead: METADATA_READ_ACTIONS,
    write: WRITE_ACTIONS,
    permissions: PERMISSION_ACTIONS,
};
const READ_CLASSES = ['objectRead', 'list', 'metadataRead'];
const WRITE_CLASSES = ['write', 'permissions'];
/** Which access classes the statement grants; `unknown` classes when actions are unresolved. */
function accessClasses(stmt) {
    const granted = [];
    const unknown = [];
    for (const cls of Object.keys(ACCESS_CLASS_ACTIONS)) {
        let any = false;
        for (const a of ACCESS_CLASS_ACTIONS[cls]) {
            const r = statementAppliesToAction(stmt, a);
            if (r === true) {
                any = true;
                break;
            }
            if (r === 'unknown')
                any = 'unknown';
        }
        if (any === true)
            granted.push(cls);
        else if (any === 'unknown')
            unknown.push(cls);
    }
    return { granted, unknown };
}
/** `*` or `s3:*` in Action (not NotAction). */
function hasWildcardAction(stmt) {
    if (stmt.action.field !== 'plain' || stmt.action.values.state === 'unknown')
        return false;
    return stmt.action.values.value.some((v) => typeof v === 'string' && (v === '*' || v.toLowerCase() === 's3:*'));
}
// ---------------------------------------------------------------------------------------------
// Principals
/** A principal value that stands for "anyone": `*`, or an ARN whose account part is a wildcard. */
function isWildcardPrincipalValue(v) {
    if (typeof v !== 'string') {
        const parts = (0,_value_js__WEBPACK_IMPORTED_MODULE_0__/* .strParts */ .gy)(v);
        // `arn:aws:iam::${AWS::AccountId}:root` is a fixed principal; a fully unknown value is not.
        if (parts.some((p) => typeof p !== 'string' && p.kind === 'unknown'))
            return 'unknown';
        return parts.some((p) => typeof p === 'string' && /^\*$|^arn:[^:]*:iam::\*/.test(p)) ? true : false;
    }
    if (v === '*')
        return true;
    return /^arn:[^:]*:iam::\*?[*?][^:]*:/.test(v);
}
/**
 * Does the statement name everyone as its principal? `NotPrincipal` counts as everyone except
 * the listed ones (which, on an Allow, is public).
 */
function principalIsEveryone(stmt) {
    const p = stmt.principal;
    if (p.field === 'none')
        return false;
    if (p.entries.state === 'unknown')
        return 'unknown';
    if (p.field === 'NotPrincipal')
        return true;
    let result = false;
    for (const e of p.entries.value) {
        if (e.type === '*' || e.type === 'AWS' || e.type === 'Service' || e.type === 'CanonicalUser') {
            const w = isWildcardPrincipalValue(e.value);
            if (w === true)
                return true;
            if (w === 'unknown')
                result = 'unknown';
        }
    }
    return result;
}
/** 12-digit account ids named as principals (literal ones only). */
function principalAccounts(stmt) {
    const p = stmt.principal;
    if (p.field !== 'Principal' || p.entries.state === 'unknown')
        return [];
    const out = [];
    for (const e of p.entries.value) {
        if (e.type !== 'AWS' || typeof e.value !== 'string')
            continue;
        const m = /^(\d{12})$/.exec(e.value) ?? /^arn:[^:]+:(?:iam|sts)::(\d{12}):/.exec(e.value);
        if (m)
            out.push({ account: m[1], value: e.value });
    }
    return out;
}
// ---------------------------------------------------------------------------------------------
// Conditions
function conditionKey(c) {
    return c.key.toLowerCase();
}
function parseOperator(op) {
    let rest = op;
    let set = 'none';
    const lower = op.toLowerCase();
    if (lower.startsWith('foranyvalue:')) {
        set = 'any';
        rest = op.slice('ForAnyValue:'.length);
    }
    else if (lower.startsWith('forallvalues:')) {
        set = 'all';
        rest = op.slice('ForAllValues:'.length);
    }
    let ifExists = false;
    if (rest.toLowerCase().endsWith('ifexists')) {
        ifExists = true;
        rest = rest.slice(0, -'IfExists'.length);
    }
    return { base: rest.toLowerCase(), ifExists, set };
}
/** Keys that, pinned to fixed values, make a wildcard-principal statement non-public (AWS's list + org/principal keys). */
const RESTRICTING_KEYS = new Set([
    'aws:sourcearn',
    'aws:sourcevpc',
    'aws:sourcevpce',
    'aws:sourceowner',
    'aws:sourceaccount',
    'aws:sourceorgid',
    'aws:sourceorgpaths',
    'aws:sourceip',
    'aws:vpcsourceip',
    'aws:principalorgid',
    'aws:principalorgpaths',
    'aws:principalaccount',
    'aws:principalarn',
    'aws:userid',
    's3:x-amz-server-side-encryption-aws-kms-key-id',
    's3:dataaccesspointaccount',
    's3:dataaccesspointarn',
]);
const POSITIVE_OPERATORS = new Set([
    'stringequals',
    'stringequalsignorecase',
    'stringlike',
    'arnequals',
    'arnlike',
    'ipaddress',
]);
function isFixedValue(key, v) {
    if (typeof v !== 'string') {
        // A placeholder (parameter, account id...) is still one fixed value chosen at deploy time,
        // unless a literal part carries a wildcard.
        return !(0,_value_js__WEBPACK_IMPORTED_MODULE_0__/* .strParts */ .gy)(v).some((p) => typeof p === 'string' && /[*?]/.test(p));
    }
    if (key === 'aws:sourceip' || key === 'aws:vpcsourceip') {
        const m = /\/(\d+)$/.exec(v);
        return !(v === '0.0.0.0/0' || v === '::/0' || (m && Number(m[1]) === 0));
    }
    if (key === 'aws:userid')
        return !/^\*|^[^:]*\*$/.test(v) || /^AROA[A-Z0-9]+:\*$/.test(v);
    return !/[*?]/.test(v);
}
/** Does this single condition pin the caller to fixed values of a restricting key? */
function conditionRestrictsPrincipal(c) {
    const key = conditionKey(c);
    if (!RESTRICTING_KEYS.has(key))
        return false;
    const op = parseOperator(c.operator);
    // `...IfExists` and `ForAllValues:` pass when the key is absent from the request, so they restrict nothing.
    if (op.ifExists || op.set === 'all')
        return false;
    if (!POSITIVE_OPERATORS.has(op.base))
        return false;
    if (c.values.length === 0)
        return false;
    return c.values.every((v) => isFixedValue(key, v));
}
/** Restricting conditions of a statement (a statement is public only if none applies). */
function restrictingConditions(stmt) {
    if (stmt.conditions.state === 'unknown')
        return stmt.conditions;
    return { ...stmt.conditions, value: stmt.conditions.value.filter(conditionRestrictsPrincipal) };
}
// ---------------------------------------------------------------------------------------------
// Statement-level verdicts
function isAllow(stmt) {
    return stmt.effect.state === 'unknown' ? 'unknown' : stmt.effect.value === 'Allow';
}
function isDeny(stmt) {
    return stmt.effect.state === 'unknown' ? 'unknown' : stmt.effect.value === 'Deny';
}
/**
 * An Allow that anyone on the internet can use: wildcard principal (or NotPrincipal) and no
 * condition that pins the caller down.
 */
function isPublicAllow(stmt) {
    const allow = isAllow(stmt);
    if (allow === false)
        return false;
    const everyone = principalIsEveryone(stmt);
    if (everyone === false)
        return false;
    const restrict = restrictingConditions(stmt);
    if (restrict.state === 'unknown')
        return 'unknown';
    if (restrict.value.length > 0)
        return false;
    if (allow === 'unknown' || everyone === 'unknown')
        return 'unknown';
    return true;
}
function and(a, b) {
    if (a === false || b === false)
        return false;
    if (a === 'unknown' || b === 'unknown')
        return 'unknown';
    return true;
}
function or(a, b) {
    if (a === true || b === true)
        return true;
    if (a === 'unknown' || b === 'unknown')
        return 'unknown';
    return false;
}


/***/ }),

/***/ 2904:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ mapValue),
/* harmony export */   Jh: () => (/* binding */ defaultValue),
/* harmony export */   KY: () => (/* binding */ setValue),
/* harmony export */   Uk: () => (/* binding */ hasUnknownPart),
/* harmony export */   Uo: () => (/* binding */ unknownValue),
/* harmony export */   V2: () => (/* binding */ strToDisplay),
/* harmony export */   YG: () => (/* binding */ makeStr),
/* harmony export */   gy: () => (/* binding */ strParts)
/* harmony export */ });
/* unused harmony exports isKnown, isSymbolic, unknownStr */
function setValue(value, at) {
    return { state: 'set', value, at };
}
function defaultValue(value, at) {
    return { state: 'default', value, at };
}
function unknownValue(why, at) {
    return { state: 'unknown', why, at };
}
function isKnown(v) {
    return v.state !== 'unknown';
}
/** Maps a known value, keeping its state and location; unknown stays unknown. */
function mapValue(v, f) {
    return v.state === 'unknown' ? v : { state: v.state, value: f(v.value), at: v.at };
}
function isSymbolic(s) {
    return typeof s !== 'string';
}
/** Builds a Str, merging adjacent literal parts and collapsing to a plain string when fully known. */
function makeStr(parts) {
    const out = [];
    for (const p of parts) {
        if (typeof p === 'string') {
            if (p === '')
                continue;
            const last = out[out.length - 1];
            if (typeof last === 'string')
                out[out.length - 1] = last + p;
            else
                out.push(p);
        }
        else
            out.push(p);
    }
    if (out.length === 0)
        return '';
    if (out.length === 1 && typeof out[0] === 'string')
        return out[0];
    return { parts: out };
}
function strParts(s) {
    return typeof s === 'string' ? [s] : s.parts;
}
/** Human-readable form: placeholders as `${...}`. */
function strToDisplay(s) {
    if (typeof s === 'string')
        return s;
    return s.parts
        .map((p) => {
        if (typeof p === 'string')
            return p;
        switch (p.kind) {
            case 'bucket':
                return `\${${p.id}.${p.attr}}`;
            case 'resource':
                return `\${${p.id}.${p.attr}}`;
            case 'pseudo':
                return `\${${p.name}}`;
            case 'unknown':
                return '${?}';
        }
    })
        .join('');
}
/** True when any part is genuinely unknowable (not a bucket/resource/pseudo placeholder). */
function hasUnknownPart(s) {
    return typeof s !== 'string' && s.parts.some((p) => typeof p !== 'string' && p.kind === 'unknown');
}
function unknownStr(why) {
    return { parts: [{ kind: 'unknown', why }] };
}


/***/ }),

/***/ 8381:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B7: () => (/* binding */ parseThreshold),
/* harmony export */   Wm: () => (/* binding */ makeScanOptions),
/* harmony export */   uK: () => (/* binding */ parseShard)
/* harmony export */ });
/* harmony import */ var _config_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2143);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(3916);
/* harmony import */ var _engine_severity_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4363);
/* harmony import */ var _limits_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(351);




function parseThreshold(value, name) {
    const v = value.trim().toLowerCase();
    if (!(0,_engine_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .isThreshold */ .Av)(v))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`Expected \`${name}\` to be one of ${[..._engine_severity_js__WEBPACK_IMPORTED_MODULE_1__/* .SEVERITIES */ .oC, 'none'].join(', ')}; got "${value}".`);
    return v;
}
function parseShard(value) {
    const m = /^(\d+)\s*\/\s*(\d+)$/.exec(value.trim());
    if (!m)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`Expected \`shard\` to look like "1/4"; got "${value}".`);
    const index = Number(m[1]);
    const count = Number(m[2]);
    if (count < 1 || index < 1 || index > count)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .ConfigurationError */ .j(`Expected \`shard\` i/n with 1 ≤ i ≤ n; got "${value}".`);
    return { index, count };
}
function makeScanOptions(partial) {
    return {
        paths: partial.paths?.length ? partial.paths : ['.'],
        cwd: partial.cwd,
        failOn: partial.failOn ?? 'high',
        config: partial.config ?? _config_types_js__WEBPACK_IMPORTED_MODULE_0__/* .EMPTY_CONFIG */ .$,
        limits: { ..._limits_js__WEBPACK_IMPORTED_MODULE_2__/* .DEFAULT_LIMITS */ .d, ...partial.limits },
        workers: partial.workers,
        shard: partial.shard,
        now: partial.now ?? new Date(),
    };
}


/***/ }),

/***/ 2694:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u: () => (/* binding */ pluginByName),
  N: () => (/* binding */ plugins)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/append.ts
var append = __nccwpck_require__(1871);
// EXTERNAL MODULE: ./src/limits.ts
var limits = __nccwpck_require__(351);
// EXTERNAL MODULE: ./src/parsers/shared/source-tree.ts
var source_tree = __nccwpck_require__(5680);
;// CONCATENATED MODULE: ./src/parsers/shared/json-tree.ts
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
function parseJson(text, options) {
    const issues = [];
    const reportDuplicates = options.reportDuplicates ?? true;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    const n = text.length;
    const ws = () => {
        for (;;) {
            const c = text.charCodeAt(i);
            if (c === 32 || c === 10 || c === 13 || c === 9)
                i++;
            else
                return;
        }
    };
    const fail = (msg) => {
        throw new JsonSyntaxError(msg, Math.min(i, n));
    };
    const describe = () => (i >= n ? 'end of file' : JSON.stringify(text[i]));
    const parseString = () => {
        // i is at the opening quote
        const start = ++i;
        let hasEscape = false;
        for (;;) {
            if (i >= n)
                fail('unterminated string');
            const c = text.charCodeAt(i);
            if (c === 34)
                break;
            if (c === 92) {
                hasEscape = true;
                i += 2;
                continue;
            }
            if (c < 32)
                fail('control character in string');
            i++;
        }
        const raw = text.slice(start, i);
        i++;
        if (!hasEscape)
            return raw;
        try {
            return JSON.parse(`"${raw}"`);
        }
        catch {
            i = start;
            return fail('invalid escape in string');
        }
    };
    const NUM = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
    const parseValue = (depth) => {
        if (depth > options.maxDepth)
            fail(`nesting deeper than ${options.maxDepth}`);
        ws();
        const start = i;
        const c = text.charCodeAt(i);
        if (c === 123) {
            i++;
            const map = { kind: 'map', entries: [], start, end: start };
            let seen = null;
            ws();
            if (text.charCodeAt(i) === 125) {
                i++;
                map.end = i;
                return map;
            }
            for (;;) {
                ws();
                if (text.charCodeAt(i) !== 34)
                    fail(`expected a property name, found ${describe()}`);
                const keyStart = i;
                const key = parseString();
                const keyEnd = i;
                ws();
                if (text.charCodeAt(i) !== 58)
                    fail(`expected ":" after property name, found ${describe()}`);
                i++;
                const value = parseValue(depth + 1);
                const entry = { key, keyStart, keyEnd, value };
                if (seen === null && map.entries.length >= 8)
                    seen = new Set(map.entries.map((e) => e.key));
                const dup = seen ? seen.has(key) : map.entries.some((e) => e.key === key);
                if (dup) {
                    if (reportDuplicates)
                        issues.push({ code: 'DUPLICATE_KEY', offset: keyStart, message: `duplicate key "${key}"`, level: 'error' });
                    map.entries[map.entries.findIndex((e) => e.key === key)] = entry;
                }
                else {
                    map.entries.push(entry);
                    seen?.add(key);
                }
                ws();
                const d = text.charCodeAt(i);
                if (d === 44) {
                    i++;
                    continue;
                }
                if (d === 125) {
                    i++;
                    map.end = i;
                    return map;
                }
                fail(`expected "," or "}", found ${describe()}`);
            }
        }
        if (c === 91) {
            i++;
            const seq = { kind: 'seq', items: [], start, end: start };
            ws();
            if (text.charCodeAt(i) === 93) {
                i++;
                seq.end = i;
                return seq;
            }
            for (;;) {
                seq.items.push(parseValue(depth + 1));
                ws();
                const d = text.charCodeAt(i);
                if (d === 44) {
                    i++;
                    continue;
                }
                if (d === 93) {
                    i++;
                    seq.end = i;
                    return seq;
                }
                fail(`expected "," or "]", found ${describe()}`);
            }
        }
        if (c === 34) {
            const value = parseString();
            return { kind: 'scalar', value, quoted: true, start, end: i };
        }
        if (text.startsWith('true', i)) {
            i += 4;
            return { kind: 'scalar', value: true, quoted: false, start, end: i };
        }
        if (text.startsWith('false', i)) {
            i += 5;
            return { kind: 'scalar', value: false, quoted: false, start, end: i };
        }
        if (text.startsWith('null', i)) {
            i += 4;
            return { kind: 'scalar', value: null, quoted: false, start, end: i };
        }
        NUM.lastIndex = i;
        const m = NUM.exec(text);
        if (m && m[0].length > 0) {
            i += m[0].length;
            return { kind: 'scalar', value: Number(m[0]), quoted: false, start, end: i };
        }
        return fail(`unexpected ${describe()}`);
    };
    try {
        ws();
        if (i >= n)
            return { root: null, issues };
        const root = parseValue(0);
        ws();
        if (i < n)
            fail(`unexpected ${describe()} after the document`);
        return { root, issues };
    }
    catch (e) {
        if (e instanceof JsonSyntaxError)
            return { root: null, issues: [...issues, { code: 'JSON_SYNTAX', offset: e.offset, message: e.message, level: 'error' }] };
        throw e;
    }
}

// EXTERNAL MODULE: ./src/parsers/shared/line-index.ts
var line_index = __nccwpck_require__(4617);
// EXTERNAL MODULE: ./src/parsers/shared/yaml-tree.ts + 1 modules
var yaml_tree = __nccwpck_require__(7999);
;// CONCATENATED MODULE: ./src/parsers/cloudformation/parse.ts




const SHORT_TAGS = {
    '!Ref': 'Ref',
    '!Condition': 'Condition',
    '!Sub': 'Fn::Sub',
    '!GetAtt': 'Fn::GetAtt',
    '!Join': 'Fn::Join',
    '!If': 'Fn::If',
    '!Select': 'Fn::Select',
    '!Split': 'Fn::Split',
    '!FindInMap': 'Fn::FindInMap',
    '!ImportValue': 'Fn::ImportValue',
    '!Base64': 'Fn::Base64',
    '!Cidr': 'Fn::Cidr',
    '!GetAZs': 'Fn::GetAZs',
    '!Equals': 'Fn::Equals',
    '!And': 'Fn::And',
    '!Or': 'Fn::Or',
    '!Not': 'Fn::Not',
    '!Transform': 'Fn::Transform',
    '!Length': 'Fn::Length',
    '!ToJsonString': 'Fn::ToJsonString',
    '!ForEach': 'Fn::ForEach',
};
function convertTag(tag, node) {
    const fn = SHORT_TAGS[tag];
    if (!fn)
        return `unknown tag ${tag}; its value is read as written`;
    let value = node;
    if (fn === 'Fn::GetAtt' && node.kind === 'scalar' && typeof node.value === 'string') {
        // `!GetAtt Bucket.Arn` splits at the first dot only (attribute names may contain dots).
        const dot = node.value.indexOf('.');
        const valueStart = node.end - node.value.length;
        const parts = dot < 0 ? [node.value] : [node.value.slice(0, dot), node.value.slice(dot + 1)];
        value = {
            kind: 'seq',
            start: valueStart,
            end: node.end,
            items: parts.map((p, i) => ({
                kind: 'scalar',
                value: p,
                quoted: true,
                start: i === 0 ? valueStart : valueStart + dot + 1,
                end: i === 0 ? valueStart + p.length : node.end,
            })),
        };
    }
    return { kind: 'map', start: node.start, end: node.end, shortTag: tag, entries: [{ key: fn, keyStart: node.start, keyEnd: node.start + tag.length, value }] };
}
function looksLikeTemplateText(text) {
    return text.includes('AWSTemplateFormatVersion') || (/\bResources\b/.test(text) && /\b(AWS|Custom)::/.test(text));
}
/** A document is a template when it says so or its Resources carry `AWS::`/`Custom::` types. */
function isTemplate(root) {
    if (!root || root.kind !== 'map')
        return false;
    if ((0,source_tree/* get */.Jt)(root, 'AWSTemplateFormatVersion') !== undefined)
        return true;
    const res = (0,source_tree/* get */.Jt)(root, 'Resources');
    if (!res || res.kind !== 'map')
        return false;
    return res.entries.some((e) => {
        const t = (0,source_tree/* get */.Jt)(e.value, 'Type');
        return t?.kind === 'scalar' && typeof t.value === 'string' && /^(AWS|Custom|Alexa)::/.test(t.value);
    });
}
function isJsonText(text) {
    for (let i = 0; i < text.length && i < 4096; i++) {
        const c = text[i];
        if (c === '{' || c === '[')
            return true;
        if (c !== ' ' && c !== '\n' && c !== '\r' && c !== '\t' && c !== '\ufeff')
            return false;
    }
    return false;
}
function parseTemplateFile(text, file, limits) {
    const lines = new line_index/* LineIndex */.r(text);
    const problems = [];
    const problem = (code, offset, message, level, line, column) => {
        const pos = line !== undefined ? { line: line + 1, column: (column ?? 0) + 1 } : lines.position(offset);
        problems.push({ code, file, line: pos.line, column: pos.column, message, level });
    };
    let roots = [];
    let parsedAsJson = false;
    if (isJsonText(text)) {
        const r = parseJson(text, { maxDepth: limits.maxDepth });
        if (r.root || r.issues.every((i) => i.code !== 'JSON_SYNTAX')) {
            parsedAsJson = true;
            roots = [r.root];
            for (const i of r.issues)
                problem(i.code, i.offset, i.message, i.level);
        }
        else if (file.endsWith('.json')) {
            parsedAsJson = true;
            for (const i of r.issues)
                problem(i.code, i.offset, i.message, i.level);
        }
    }
    if (!parsedAsJson) {
        const r = (0,yaml_tree/* parseYaml */.h)(text, { maxDepth: limits.maxDepth, maxAliasExpansion: limits.maxAliasExpansion, convertTag });
        roots = r.documents;
        for (const i of r.issues)
            problem(i.code, i.offset, i.message, i.level, i.line, i.column);
    }
    const templates = [];
    roots.forEach((root, index) => {
        if (isTemplate(root))
            templates.push({ root, index });
    });
    if (templates.length > 1) {
        problem('MULTI_DOCUMENT', 0, `the file holds ${roots.length} YAML documents; each is scanned as a template, but CloudFormation itself rejects such a file`, 'warning');
    }
    const hasErrors = problems.some((p) => p.level === 'error');
    return { templates, problems, lines, notATemplate: templates.length === 0 && !hasErrors };
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/fix.ts



/** A small cache: the findings of one file are rendered one after the other. */
let cached;
function docFor(file, text) {
    if (cached && cached.file === file && cached.text === text)
        return cached.doc;
    const parsed = parseTemplateFile(text, file, limits/* DEFAULT_LIMITS */.d);
    const roots = parsed.templates.map((t) => t.root);
    const resources = roots.map((root) => {
        const res = (0,source_tree/* get */.Jt)(root, 'Resources');
        return new Map(res?.kind === 'map' ? res.entries.map((e) => [e.key, e]) : []);
    });
    const policies = resources.map((byId) => {
        const out = new Map();
        for (const e of byId.values()) {
            const t = (0,source_tree/* get */.Jt)(e.value, 'Type');
            const ref = (0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)(e.value, 'Properties'), 'Bucket'), 'Ref');
            if (t?.kind === 'scalar' && t.value === 'AWS::S3::BucketPolicy' && ref?.kind === 'scalar' && typeof ref.value === 'string' && !out.has(ref.value))
                out.set(ref.value, e);
        }
        return out;
    });
    const doc = { text, lines: text.split('\n'), index: parsed.lines, json: /^\s*[{[]/.test(text), roots, resources, policies };
    cached = { file, text, doc };
    return doc;
}
const lineOf = (doc, offset) => doc.index.position(offset).line;
const indentOf = (line) => /^\s*/.exec(line)[0];
/** Property blocks (YAML) and JSON objects for the model fields a fix may set. */
const BLOCKS = {
    publicAccessBlock: {
        key: 'PublicAccessBlockConfiguration',
        yaml: ['PublicAccessBlockConfiguration:', '  BlockPublicAcls: true', '  BlockPublicPolicy: true', '  IgnorePublicAcls: true', '  RestrictPublicBuckets: true'],
        json: '"PublicAccessBlockConfiguration": { "BlockPublicAcls": true, "BlockPublicPolicy": true, "IgnorePublicAcls": true, "RestrictPublicBuckets": true }',
    },
    ownership: {
        key: 'OwnershipControls',
        yaml: ['OwnershipControls:', '  Rules:', '    - ObjectOwnership: BucketOwnerEnforced'],
        json: '"OwnershipControls": { "Rules": [{ "ObjectOwnership": "BucketOwnerEnforced" }] }',
    },
    'versioning.status': {
        key: 'VersioningConfiguration',
        yaml: ['VersioningConfiguration:', '  Status: Enabled'],
        json: '"VersioningConfiguration": { "Status": "Enabled" }',
    },
    encryption: {
        key: 'BucketEncryption',
        yaml: ['BucketEncryption:', '  ServerSideEncryptionConfiguration:', '    - ServerSideEncryptionByDefault:', '        SSEAlgorithm: aws:kms', '      BucketKeyEnabled: true'],
        json: '"BucketEncryption": { "ServerSideEncryptionConfiguration": [{ "ServerSideEncryptionByDefault": { "SSEAlgorithm": "aws:kms" }, "BucketKeyEnabled": true }] }',
    },
    'encryption.blockedEncryptionTypes': {
        key: 'BucketEncryption',
        yaml: [
            'BucketEncryption:',
            '  ServerSideEncryptionConfiguration:',
            '    - ServerSideEncryptionByDefault:',
            '        SSEAlgorithm: AES256',
            '      BlockedEncryptionTypes:',
            '        EncryptionType: [SSE-C]',
        ],
        json: '"BucketEncryption": { "ServerSideEncryptionConfiguration": [{ "ServerSideEncryptionByDefault": { "SSEAlgorithm": "AES256" }, "BlockedEncryptionTypes": { "EncryptionType": ["SSE-C"] } }] }',
    },
    'objectLock.enabled': { key: 'ObjectLockEnabled', yaml: ['ObjectLockEnabled: true'], json: '"ObjectLockEnabled": true' },
    logFileValidation: { key: 'EnableLogFileValidation', yaml: ['EnableLogFileValidation: true'], json: '"EnableLogFileValidation": true' },
    isMultiRegion: { key: 'IsMultiRegionTrail', yaml: ['IsMultiRegionTrail: true'], json: '"IsMultiRegionTrail": true' },
};
/** Scalars a fix can set in place when the key is already written. */
const SCALARS = {
    'versioning.status': { path: ['VersioningConfiguration', 'Status'], value: 'Enabled' },
    ownership: { path: ['OwnershipControls', 'Rules', '0', 'ObjectOwnership'], value: 'BucketOwnerEnforced' },
    logFileValidation: { path: ['EnableLogFileValidation'], value: 'true' },
    isMultiRegion: { path: ['IsMultiRegionTrail'], value: 'true' },
    'encryption.bucketKeyEnabled': { path: ['BucketEncryption', 'ServerSideEncryptionConfiguration', '0', 'BucketKeyEnabled'], value: 'true' },
    'objectLock.enabled': { path: ['ObjectLockEnabled'], value: 'true' },
};
function resourceEntry(doc, finding) {
    let fallback;
    for (let template = 0; template < doc.roots.length; template++) {
        const entry = doc.resources[template].get(finding.resource);
        if (!entry)
            continue;
        if (lineOf(doc, entry.keyStart) <= finding.location.line && finding.location.line <= lineOf(doc, entry.value.end))
            return { template, entry };
        fallback ??= { template, entry };
    }
    return fallback;
}
function at(node, path) {
    let cur = node;
    let entry;
    for (const p of path) {
        if (!cur)
            return undefined;
        if (cur.kind === 'seq') {
            cur = cur.items[Number(p)];
            entry = undefined;
        }
        else {
            entry = (0,source_tree/* getEntry */.XJ)(cur, p);
            cur = entry?.value;
        }
    }
    return cur ? { node: cur, entry } : undefined;
}
function replaceScalar(doc, file, node, value, description) {
    if (node.kind !== 'scalar')
        return undefined;
    const line = lineOf(doc, node.start);
    if (line !== lineOf(doc, node.end))
        return undefined;
    const text = doc.lines[line - 1];
    const lineStart = doc.index.lineStart(line);
    const quoted = node.quoted && doc.text[node.start - 1] === (doc.json ? '"' : doc.text[node.start - 1]) && /["']/.test(doc.text[node.start - 1] ?? '');
    const from = node.start - lineStart - (quoted ? 1 : 0);
    const to = node.end - lineStart + (quoted ? 1 : 0);
    const literal = doc.json ? (value === 'true' || value === 'false' ? value : JSON.stringify(value)) : value;
    return { file, startLine: line, endLine: line, replacement: text.slice(0, from) + literal + text.slice(to), description };
}
/** Inserts property lines as the first entries of the resource's Properties (creating it if needed). */
function insertProperty(doc, file, resource, block, description) {
    const props = (0,source_tree/* getEntry */.XJ)(resource.value, 'Properties');
    if (doc.json) {
        if (!props || props.value.kind !== 'map')
            return undefined;
        const openLine = lineOf(doc, props.value.start);
        const text = doc.lines[openLine - 1];
        if (!text.trimEnd().endsWith('{'))
            return undefined;
        const first = props.value.entries[0];
        const indent = first ? indentOf(doc.lines[lineOf(doc, first.keyStart) - 1]) : indentOf(text) + '  ';
        return { file, startLine: openLine, endLine: openLine, replacement: `${text}\n${indent}${block.json}${first ? ',' : ''}`, description };
    }
    if (props) {
        if (props.value.kind !== 'map' || props.value.entries.length === 0)
            return undefined;
        const first = props.value.entries[0];
        const firstLine = lineOf(doc, first.keyStart);
        const propsLine = lineOf(doc, props.keyStart);
        if (firstLine === propsLine)
            return undefined; // flow style `Properties: {…}`
        const indent = indentOf(doc.lines[firstLine - 1]);
        const anchor = doc.lines[propsLine - 1];
        return { file, startLine: propsLine, endLine: propsLine, replacement: [anchor, ...block.yaml.map((l) => indent + l)].join('\n'), description };
    }
    const type = (0,source_tree/* getEntry */.XJ)(resource.value, 'Type');
    if (!type || resource.value.kind !== 'map')
        return undefined;
    const typeLine = lineOf(doc, type.keyStart);
    const indent = indentOf(doc.lines[typeLine - 1]);
    if (lineOf(doc, type.value.end) !== typeLine)
        return undefined;
    return { file, startLine: typeLine, endLine: typeLine, replacement: [doc.lines[typeLine - 1], `${indent}Properties:`, ...block.yaml.map((l) => `${indent}  ${l}`)].join('\n'), description };
}
/** Replaces a whole YAML property block (key line to last line) with `block`. */
function replaceBlock(doc, file, entry, block, description) {
    if (doc.json)
        return undefined;
    const start = lineOf(doc, entry.keyStart);
    const end = lineOf(doc, entry.value.end);
    const indent = indentOf(doc.lines[start - 1]);
    return { file, startLine: start, endLine: end, replacement: block.map((l) => indent + l).join('\n'), description };
}
function deleteLines(doc, file, entry, description) {
    const start = lineOf(doc, entry.keyStart);
    const end = lineOf(doc, entry.value.end);
    if (doc.json)
        return undefined;
    // A suggestion cannot delete to nothing: keep the line before and drop the entry.
    if (start < 2)
        return undefined;
    return { file, startLine: start - 1, endLine: end, replacement: doc.lines[start - 2], description };
}
/** Appends lines as new entries at the end of a block mapping (e.g. a sibling of ServerSideEncryptionByDefault). */
function appendToMap(doc, file, map, lines, description) {
    if (doc.json || map.kind !== 'map' || map.entries.length === 0)
        return undefined;
    const first = map.entries[0];
    const last = map.entries[map.entries.length - 1];
    const firstLine = lineOf(doc, first.keyStart);
    if (lineOf(doc, map.start) === lineOf(doc, map.end) && map.entries.length > 1)
        return undefined; // flow style
    const indent = ' '.repeat(doc.index.position(first.keyStart).column - 1);
    const endLine = lineOf(doc, last.value.end);
    if (firstLine > endLine)
        return undefined;
    return { file, startLine: endLine, endLine, replacement: [doc.lines[endLine - 1], ...lines.map((l) => indent + l)].join('\n'), description };
}
/** Settings that live inside the first server-side encryption rule. */
const RULE_SIBLINGS = {
    'encryption.bucketKeyEnabled': ['BucketKeyEnabled: true'],
    'encryption.blockedEncryptionTypes': ['BlockedEncryptionTypes:', '  EncryptionType: [SSE-C]'],
};
const DENY_STATEMENTS = {
    'deny-insecure-transport': (bucket) => [
        '- Sid: DenyInsecureTransport',
        '  Effect: Deny',
        '  Principal: "*"',
        '  Action: "s3:*"',
        '  Resource:',
        `    - !GetAtt ${bucket}.Arn`,
        `    - !Sub "\${${bucket}.Arn}/*"`,
        '  Condition:',
        '    Bool:',
        '      aws:SecureTransport: false',
    ],
    'deny-old-tls': (bucket) => [
        '- Sid: DenyOutdatedTls',
        '  Effect: Deny',
        '  Principal: "*"',
        '  Action: "s3:*"',
        '  Resource:',
        `    - !GetAtt ${bucket}.Arn`,
        `    - !Sub "\${${bucket}.Arn}/*"`,
        '  Condition:',
        '    NumericLessThan:',
        '      s3:TlsVersion: 1.2',
    ],
};
function addStatement(doc, file, template, resource, kind) {
    if (doc.json)
        return undefined;
    const lines = DENY_STATEMENTS[kind](resource.key);
    const description = kind === 'deny-insecure-transport' ? 'deny plain-HTTP requests to the bucket and its objects' : 'deny TLS versions below 1.2';
    const policy = doc.policies[template].get(resource.key);
    if (policy) {
        const statement = at(policy.value, ['Properties', 'PolicyDocument', 'Statement']);
        if (!statement || statement.node.kind !== 'seq' || statement.node.items.length === 0)
            return undefined;
        const last = statement.node.items[statement.node.items.length - 1];
        const lastLine = lineOf(doc, last.end);
        const firstItemLine = doc.lines[lineOf(doc, statement.node.items[0].start) - 1];
        const dash = firstItemLine.indexOf('-');
        if (dash < 0 || lineOf(doc, statement.node.start) === lineOf(doc, statement.node.end))
            return undefined;
        const indent = firstItemLine.slice(0, dash);
        return { file, startLine: lastLine, endLine: lastLine, replacement: [doc.lines[lastLine - 1], ...lines.map((l) => indent + l)].join('\n'), description };
    }
    const endLine = lineOf(doc, resource.value.end);
    const indent = indentOf(doc.lines[lineOf(doc, resource.keyStart) - 1]);
    const policyLines = [
        `${resource.key}Policy:`,
        '  Type: AWS::S3::BucketPolicy',
        '  Properties:',
        `    Bucket: !Ref ${resource.key}`,
        '    PolicyDocument:',
        '      Version: "2012-10-17"',
        '      Statement:',
        ...lines.map((l) => `        ${l}`),
    ];
    return { file, startLine: endLine, endLine, replacement: [doc.lines[endLine - 1], ...policyLines.map((l) => indent + l)].join('\n'), description: `add a bucket policy that will ${description}` };
}
function renderCloudFormationFix(finding, texts) {
    const fix = finding.fix;
    const file = finding.location.file;
    const text = texts.get(file);
    if (!fix || text === undefined)
        return undefined;
    const doc = docFor(file, text);
    const found = resourceEntry(doc, finding);
    if (!found)
        return undefined;
    const { template, entry } = found;
    const props = (0,source_tree/* getEntry */.XJ)(entry.value, 'Properties')?.value;
    if (fix.kind === 'add-policy-statement')
        return addStatement(doc, file, template, entry, fix.statement);
    if (fix.kind === 'remove') {
        const key = fix.field === 'acl.canned' ? 'AccessControl' : fix.field === 'website' ? 'WebsiteConfiguration' : undefined;
        const e = key ? (0,source_tree/* getEntry */.XJ)(props, key) : undefined;
        return e && key ? deleteLines(doc, file, e, `remove ${key}`) : undefined;
    }
    const scalar = SCALARS[fix.field];
    if (scalar) {
        const hit = at(props, scalar.path);
        if (hit)
            return replaceScalar(doc, file, hit.node, scalar.value, `set ${scalar.path.filter((p) => !/^\d+$/.test(p)).join('.')} to ${scalar.value}`);
    }
    const sibling = RULE_SIBLINGS[fix.field];
    const rule = sibling && at(props, ['BucketEncryption', 'ServerSideEncryptionConfiguration', '0']);
    if (sibling && rule)
        return appendToMap(doc, file, rule.node, sibling, `add ${sibling[0].replace(/:.*$/, '')} to the encryption rule`);
    const block = BLOCKS[fix.field];
    if (!block)
        return undefined;
    const existing = (0,source_tree/* getEntry */.XJ)(props, block.key);
    const description = `set ${block.key}${fix.field === 'publicAccessBlock' ? ' to block all public access' : ''}`;
    if (existing)
        return replaceBlock(doc, file, existing, block.yaml, description);
    return insertProperty(doc, file, entry, block, description);
}

// EXTERNAL MODULE: ./src/model/arn.ts
var arn = __nccwpck_require__(1534);
;// CONCATENATED MODULE: ./src/model/s3.ts
function emptyModel(unit, format) {
    return {
        unit,
        format,
        buckets: [],
        accessPoints: [],
        accountPublicAccessBlocks: [],
        trails: [],
        iamPolicies: [],
        metricFilters: [],
        alarms: [],
        objects: [],
        resourceTypes: {},
    };
}

// EXTERNAL MODULE: ./src/model/value.ts
var value = __nccwpck_require__(2904);
;// CONCATENATED MODULE: ./src/model/defaults.ts

/**
 * A public access block that the code does not declare. Flags are `default: false` because the
 * code does not enforce them (AWS turns them on for buckets created since April 2023, but the
 * code cannot guarantee that for an existing bucket, and the account may differ).
 */
function undeclaredPublicAccessBlock(at) {
    return {
        declared: (0,value/* defaultValue */.Jh)(false, at),
        blockPublicAcls: (0,value/* defaultValue */.Jh)(false, at),
        ignorePublicAcls: (0,value/* defaultValue */.Jh)(false, at),
        blockPublicPolicy: (0,value/* defaultValue */.Jh)(false, at),
        restrictPublicBuckets: (0,value/* defaultValue */.Jh)(false, at),
        at,
    };
}
/** A declared block whose omitted flags are false (CloudFormation and Terraform agree on that). */
function declaredPublicAccessBlock(at) {
    return { ...undeclaredPublicAccessBlock(at), declared: { state: 'set', value: true, at } };
}
function newBucket(id, origin) {
    const at = origin.at;
    return {
        id,
        origin,
        managed: true,
        name: (0,value/* defaultValue */.Jh)({ parts: [{ kind: 'bucket', id, attr: 'name' }] }, at),
        tags: {},
        publicAccessBlock: undeclaredPublicAccessBlock(at),
        acl: { canned: (0,value/* defaultValue */.Jh)('private', at), grants: (0,value/* defaultValue */.Jh)([], at) },
        // Since April 2023 new buckets get BucketOwnerEnforced (ACLs disabled) unless told otherwise.
        ownership: (0,value/* defaultValue */.Jh)('BucketOwnerEnforced', at),
        policies: [],
        encryption: {
            declared: (0,value/* defaultValue */.Jh)(false, at),
            // Since January 2023 S3 encrypts every new object with SSE-S3 when nothing else is set.
            algorithm: (0,value/* defaultValue */.Jh)('AES256', at),
            kmsKeyId: (0,value/* defaultValue */.Jh)(null, at),
            bucketKeyEnabled: (0,value/* defaultValue */.Jh)(false, at),
            blockedEncryptionTypes: (0,value/* defaultValue */.Jh)([], at),
            at,
        },
        versioning: { status: (0,value/* defaultValue */.Jh)('Disabled', at), mfaDelete: (0,value/* defaultValue */.Jh)(false, at), mfaDeleteConfigurable: true, at },
        logging: { targetBucket: (0,value/* defaultValue */.Jh)(null, at), targetPrefix: (0,value/* defaultValue */.Jh)(null, at), at },
        lifecycle: (0,value/* defaultValue */.Jh)([], at),
        objectLock: { enabled: (0,value/* defaultValue */.Jh)(false, at), defaultRetention: (0,value/* defaultValue */.Jh)(null, at), at },
        notifications: (0,value/* defaultValue */.Jh)([], at),
        replication: (0,value/* defaultValue */.Jh)(null, at),
        website: (0,value/* defaultValue */.Jh)(null, at),
        cors: (0,value/* defaultValue */.Jh)([], at),
        suppressions: [],
        links: { logSourceOf: [], isLogTarget: false, trailIds: [], accessPointIds: [], replicaOf: [] },
    };
}
function newAccessPoint(id, origin, multiRegion) {
    const at = origin.at;
    return {
        id,
        origin,
        multiRegion,
        buckets: [],
        // Unlike buckets, access points block all public access unless created otherwise (and it cannot change later).
        publicAccessBlock: {
            declared: (0,value/* defaultValue */.Jh)(false, at),
            blockPublicAcls: (0,value/* defaultValue */.Jh)(true, at),
            ignorePublicAcls: (0,value/* defaultValue */.Jh)(true, at),
            blockPublicPolicy: (0,value/* defaultValue */.Jh)(true, at),
            restrictPublicBuckets: (0,value/* defaultValue */.Jh)(true, at),
            at,
        },
        networkOrigin: (0,value/* defaultValue */.Jh)('Internet', origin.at),
        policies: [],
        suppressions: [],
    };
}
function newTrail(id, origin) {
    const at = origin.at;
    return {
        id,
        origin,
        bucketName: { state: 'unknown', why: 'the trail names no bucket', at },
        isMultiRegion: (0,value/* defaultValue */.Jh)(false, at),
        logFileValidation: (0,value/* defaultValue */.Jh)(false, at),
        isLogging: (0,value/* defaultValue */.Jh)(true, at),
        cloudWatchLogsGroup: (0,value/* defaultValue */.Jh)(null, at),
        kmsKeyId: (0,value/* defaultValue */.Jh)(null, at),
        dataEvents: (0,value/* defaultValue */.Jh)([], at),
        suppressions: [],
    };
}
/**
 * A bucket defined outside this code (e.g. a bucket policy for an existing bucket): its settings
 * are unknown, so no rule can pass or fail them by accident.
 */
function externalBucket(id, origin, name) {
    const b = newBucket(id, origin);
    const u = (0,value/* unknownValue */.Uo)('the bucket is defined outside this code', origin.at);
    b.managed = false;
    b.name = name;
    b.publicAccessBlock = { declared: u, blockPublicAcls: u, ignorePublicAcls: u, blockPublicPolicy: u, restrictPublicBuckets: u, at: origin.at };
    b.acl = { canned: u, grants: u };
    b.ownership = u;
    return b;
}

// EXTERNAL MODULE: ./src/parsers/shared/comment-suppressions.ts
var comment_suppressions = __nccwpck_require__(7434);
;// CONCATENATED MODULE: ./src/parsers/shared/policy-document.ts

function pget(node, key) {
    if (node.kind !== 'map')
        return undefined;
    for (const [k, v] of node.entries)
        if (k === key)
            return v;
    return undefined;
}
function scalarStr(n) {
    if (n.kind !== 'str' || n.value === null)
        return undefined;
    return typeof n.value === 'number' || typeof n.value === 'boolean' ? String(n.value) : n.value;
}
/** A string or a list of strings; unknown when the list itself cannot be known. */
function strList(n) {
    if (n.kind === 'unknown')
        return (0,value/* unknownValue */.Uo)(n.why, n.at);
    if (n.kind === 'list') {
        const out = [];
        for (const item of n.items) {
            if (item.kind === 'unknown')
                out.push({ parts: [{ kind: 'unknown', why: item.why }] });
            else {
                const s = scalarStr(item);
                if (s !== undefined)
                    out.push(s);
                else if (item.kind !== 'str')
                    return (0,value/* unknownValue */.Uo)('expected a string, found a structure', item.at);
            }
        }
        return (0,value/* setValue */.KY)(out, n.at);
    }
    const s = scalarStr(n);
    if (s === undefined)
        return n.kind === 'str' ? (0,value/* setValue */.KY)([], n.at) : (0,value/* unknownValue */.Uo)('expected a string or a list of strings', n.at);
    return (0,value/* setValue */.KY)([s], n.at);
}
function listField(stmt, plain, not) {
    const p = pget(stmt, plain);
    if (p)
        return { field: 'plain', values: strList(p) };
    const q = pget(stmt, not);
    if (q)
        return { field: 'not', values: strList(q) };
    return { field: 'none', values: (0,value/* defaultValue */.Jh)([], stmt.at) };
}
const PRINCIPAL_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
function principalField(stmt) {
    const p = pget(stmt, 'Principal');
    const np = p ? undefined : pget(stmt, 'NotPrincipal');
    const node = p ?? np;
    if (!node)
        return { field: 'none', entries: (0,value/* defaultValue */.Jh)([], stmt.at) };
    const field = p ? 'Principal' : 'NotPrincipal';
    if (node.kind === 'unknown')
        return { field, entries: (0,value/* unknownValue */.Uo)(node.why, node.at) };
    if (node.kind === 'str' || node.kind === 'list') {
        // `"Principal": "*"` is the only valid bare form; treat any bare string as written.
        const values = strList(node);
        if (values.state === 'unknown')
            return { field, entries: values };
        return { field, entries: (0,value/* setValue */.KY)(values.value.map((value) => ({ type: '*', value })), node.at) };
    }
    const entries = [];
    for (const [type, v] of node.entries) {
        const values = strList(v);
        if (values.state === 'unknown')
            return { field, entries: values };
        const t = PRINCIPAL_TYPES.has(type) ? type : 'AWS';
        for (const value of values.value)
            entries.push({ type: t, value });
    }
    return { field, entries: (0,value/* setValue */.KY)(entries, node.at) };
}
function conditions(stmt) {
    const c = pget(stmt, 'Condition');
    if (!c)
        return (0,value/* defaultValue */.Jh)([], stmt.at);
    if (c.kind === 'unknown')
        return (0,value/* unknownValue */.Uo)(c.why, c.at);
    if (c.kind !== 'map')
        return (0,value/* unknownValue */.Uo)('Condition is not a map', c.at);
    const out = [];
    for (const [operator, keys] of c.entries) {
        if (keys.kind === 'unknown')
            return (0,value/* unknownValue */.Uo)(keys.why, keys.at);
        if (keys.kind !== 'map')
            return (0,value/* unknownValue */.Uo)(`condition operator ${operator} does not hold a map`, keys.at);
        for (const [key, v] of keys.entries) {
            const values = strList(v);
            out.push({
                operator,
                key,
                values: values.state === 'unknown' ? [{ parts: [{ kind: 'unknown', why: values.why }] }] : values.value,
                at: v.at,
            });
        }
    }
    return (0,value/* setValue */.KY)(out, c.at);
}
function effect(stmt) {
    const e = pget(stmt, 'Effect');
    if (!e)
        return (0,value/* unknownValue */.Uo)('the statement has no Effect', stmt.at);
    if (e.kind === 'unknown')
        return (0,value/* unknownValue */.Uo)(e.why, e.at);
    const s = scalarStr(e);
    if (s === 'Allow' || s === 'Deny')
        return (0,value/* setValue */.KY)(s, e.at);
    return (0,value/* unknownValue */.Uo)(`Effect is ${typeof s === 'string' ? JSON.stringify(s) : 'not a known value'}`, e.at);
}
function readStatement(stmt) {
    if (stmt.kind !== 'map')
        return undefined;
    const sid = pget(stmt, 'Sid');
    const sidStr = sid && scalarStr(sid);
    return {
        sid: typeof sidStr === 'string' ? sidStr : undefined,
        at: stmt.at,
        effect: effect(stmt),
        principal: principalField(stmt),
        action: listField(stmt, 'Action', 'NotAction'),
        resource: listField(stmt, 'Resource', 'NotResource'),
        conditions: conditions(stmt),
    };
}
/** A statement whose content cannot be known at all (e.g. `Statement: !If [...]` on an unknown condition). */
function unknownStatement(why, at) {
    const u = (0,value/* unknownValue */.Uo)(why, at);
    return {
        at,
        effect: u,
        principal: { field: 'Principal', entries: u },
        action: { field: 'plain', values: u },
        resource: { field: 'plain', values: u },
        conditions: u,
    };
}
function readPolicyDocument(doc, owner) {
    if (doc.kind === 'unknown')
        return { owner, at: doc.at, statements: [], unknown: { why: doc.why, at: doc.at } };
    if (doc.kind !== 'map')
        return { owner, at: doc.at, statements: [], unknown: { why: 'the policy document is not an object', at: doc.at } };
    const st = pget(doc, 'Statement');
    if (!st)
        return { owner, at: doc.at, statements: [] };
    if (st.kind === 'unknown')
        return { owner, at: doc.at, statements: [unknownStatement(st.why, st.at)] };
    const items = st.kind === 'list' ? st.items : [st];
    const statements = [];
    for (const item of items) {
        if (item.kind === 'unknown')
            statements.push(unknownStatement(item.why, item.at));
        else {
            const s = readStatement(item);
            if (s)
                statements.push(s);
        }
    }
    return { owner, at: doc.at, statements };
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/intrinsics.ts


class Unknown {
    why;
    constructor(why) {
        this.why = why;
    }
}
const NO_VALUE = Symbol('AWS::NoValue');
const PSEUDO = {
    'AWS::Partition': 'partition',
    'AWS::AccountId': 'account',
    'AWS::Region': 'region',
    'AWS::StackName': 'stack',
    'AWS::StackId': 'stack',
    'AWS::URLSuffix': 'url-suffix',
};
const BUCKET_TYPES = new Set(['AWS::S3::Bucket']);
function isIntrinsic(node) {
    if (node.kind !== 'map' || node.entries.length !== 1)
        return false;
    const k = node.entries[0].key;
    return k === 'Ref' || k === 'Condition' || k.startsWith('Fn::');
}
function isStrObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Unknown) && Array.isArray(v.parts);
}
class TemplateEvaluator {
    root;
    maxSteps;
    parameters;
    mappings;
    conditions;
    resourceTypes = new Map();
    conditionCache = new Map();
    conditionsInProgress = new Set();
    steps = 0;
    constructor(root, maxSteps) {
        this.root = root;
        this.maxSteps = maxSteps;
        const p = (0,source_tree/* get */.Jt)(root, 'Parameters');
        this.parameters = p?.kind === 'map' ? p : undefined;
        const m = (0,source_tree/* get */.Jt)(root, 'Mappings');
        this.mappings = m?.kind === 'map' ? m : undefined;
        const c = (0,source_tree/* get */.Jt)(root, 'Conditions');
        this.conditions = c?.kind === 'map' ? c : undefined;
        const r = (0,source_tree/* get */.Jt)(root, 'Resources');
        if (r?.kind === 'map') {
            for (const e of r.entries) {
                const t = (0,source_tree/* get */.Jt)(e.value, 'Type');
                this.resourceTypes.set(e.key, t?.kind === 'scalar' && typeof t.value === 'string' ? t.value : 'unknown');
            }
        }
    }
    resourceType(id) {
        return this.resourceTypes.get(id);
    }
    /** Evaluates a whole subtree. */
    evaluate(node, depth = 0) {
        if (++this.steps > this.maxSteps)
            return new Unknown('evaluation budget exceeded');
        if (depth > 200)
            return new Unknown('nesting too deep to evaluate');
        switch (node.kind) {
            case 'scalar':
                return node.value;
            case 'seq': {
                const out = [];
                for (const item of node.items) {
                    const v = this.evaluate(item, depth + 1);
                    if (v !== NO_VALUE)
                        out.push(v);
                }
                return out;
            }
            case 'map': {
                if (isIntrinsic(node))
                    return this.intrinsic(node, depth);
                const out = {};
                for (const e of node.entries) {
                    const v = this.evaluate(e.value, depth + 1);
                    if (v !== NO_VALUE)
                        out[e.key] = v;
                }
                return out;
            }
        }
    }
    intrinsic(node, depth) {
        const { key: fn, value: arg } = node.entries[0];
        switch (fn) {
            case 'Ref':
                return this.ref(arg);
            case 'Fn::GetAtt':
                return this.getAtt(arg, depth);
            case 'Fn::Sub':
                return this.sub(arg, depth);
            case 'Fn::Join':
                return this.join(arg, depth);
            case 'Fn::If': {
                const branch = this.ifBranch(node);
                if (branch instanceof Unknown) {
                    if (arg.kind !== 'seq' || arg.items.length !== 3)
                        return branch;
                    const a = this.evaluate(arg.items[1], depth + 1);
                    const b = this.evaluate(arg.items[2], depth + 1);
                    return deepEqual(a, b) ? a : branch;
                }
                return this.evaluate(branch, depth + 1);
            }
            case 'Fn::Select': {
                if (arg.kind !== 'seq' || arg.items.length !== 2)
                    return new Unknown('malformed Fn::Select');
                const idx = this.evaluate(arg.items[0], depth + 1);
                const list = this.evaluate(arg.items[1], depth + 1);
                const i = typeof idx === 'number' ? idx : typeof idx === 'string' && /^\d+$/.test(idx) ? Number(idx) : NaN;
                if (Number.isNaN(i))
                    return idx instanceof Unknown ? idx : new Unknown('Fn::Select index is not known');
                if (!Array.isArray(list))
                    return list instanceof Unknown ? list : new Unknown('Fn::Select list is not known');
                return list[i] ?? new Unknown('Fn::Select index out of range');
            }
            case 'Fn::Split': {
                if (arg.kind !== 'seq' || arg.items.length !== 2)
                    return new Unknown('malformed Fn::Split');
                const d = this.evaluate(arg.items[0], depth + 1);
                const s = this.evaluate(arg.items[1], depth + 1);
                if (typeof d === 'string' && typeof s === 'string')
                    return s.split(d);
                return new Unknown('Fn::Split over a value not known statically');
            }
            case 'Fn::FindInMap':
                return this.findInMap(arg, depth);
            case 'Fn::ImportValue':
                return new Unknown('imported from another stack (Fn::ImportValue)');
            case 'Fn::Base64': {
                const v = this.evaluate(arg, depth + 1);
                return typeof v === 'string' ? Buffer.from(v, 'utf8').toString('base64') : new Unknown('Fn::Base64 of a value not known statically');
            }
            case 'Fn::GetAZs':
                return new Unknown('availability zones are only known at deploy time');
            case 'Fn::Cidr':
                return new Unknown('Fn::Cidr is computed at deploy time');
            case 'Fn::Transform':
                return new Unknown('produced by a CloudFormation macro (Fn::Transform)');
            case 'Fn::Length': {
                const v = this.evaluate(arg, depth + 1);
                return Array.isArray(v) ? v.length : new Unknown('Fn::Length of a value not known statically');
            }
            case 'Fn::ToJsonString': {
                const v = this.evaluate(arg, depth + 1);
                return isFullyKnown(v) ? JSON.stringify(v) : new Unknown('Fn::ToJsonString of a value not known statically');
            }
            case 'Condition': {
                const c = this.condition(typeof arg.value === 'string' ? String(arg.value) : '');
                return c === 'unknown' ? new Unknown('depends on a condition that is not known statically') : c;
            }
            default:
                return new Unknown(`${fn} is not evaluated statically`);
        }
    }
    ref(arg) {
        if (arg.kind !== 'scalar' || typeof arg.value !== 'string')
            return new Unknown('Ref to something not known statically');
        const name = arg.value;
        if (name === 'AWS::NoValue')
            return NO_VALUE;
        const pseudo = PSEUDO[name];
        if (pseudo)
            return { parts: [{ kind: 'pseudo', name: pseudo }] };
        if (name === 'AWS::NotificationARNs')
            return new Unknown('AWS::NotificationARNs is only known at deploy time');
        const param = (0,source_tree/* get */.Jt)(this.parameters, name);
        if (param)
            return this.parameterValue(name, param);
        const type = this.resourceTypes.get(name);
        if (type !== undefined) {
            if (BUCKET_TYPES.has(type))
                return { parts: [{ kind: 'bucket', id: name, attr: 'name' }] };
            return { parts: [{ kind: 'resource', id: name, type, attr: 'Ref' }] };
        }
        return new Unknown(`Ref to "${name}", which the template does not define`);
    }
    parameterValue(name, param) {
        const type = (0,source_tree/* get */.Jt)(param, 'Type');
        const typeName = type?.kind === 'scalar' ? String(type.value) : 'String';
        if (typeName.startsWith('AWS::SSM::Parameter::Value'))
            return new Unknown(`parameter ${name} is read from SSM at deploy time`);
        const def = (0,source_tree/* get */.Jt)(param, 'Default');
        if (!def)
            return new Unknown(`parameter ${name} has no default, so its value is only known at deploy time`);
        const v = this.evaluate(def);
        if (typeName === 'CommaDelimitedList' || typeName.startsWith('List<')) {
            return typeof v === 'string' ? v.split(',').map((s) => s.trim()) : v;
        }
        return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
    }
    getAtt(arg, depth) {
        let id;
        let attr;
        if (arg.kind === 'seq' && arg.items.length === 2) {
            id = this.evaluate(arg.items[0], depth + 1);
            attr = this.evaluate(arg.items[1], depth + 1);
        }
        else if (arg.kind === 'scalar' && typeof arg.value === 'string') {
            const dot = arg.value.indexOf('.');
            id = dot < 0 ? arg.value : arg.value.slice(0, dot);
            attr = dot < 0 ? '' : arg.value.slice(dot + 1);
        }
        else
            return new Unknown('malformed Fn::GetAtt');
        if (typeof id !== 'string' || typeof attr !== 'string')
            return new Unknown('Fn::GetAtt with a name not known statically');
        return this.attribute(id, attr);
    }
    attribute(id, attr) {
        const type = this.resourceTypes.get(id);
        if (type === undefined)
            return new Unknown(`Fn::GetAtt on "${id}", which the template does not define`);
        if (BUCKET_TYPES.has(type)) {
            if (attr === 'Arn')
                return { parts: [{ kind: 'bucket', id, attr: 'arn' }] };
            if (attr === 'DomainName' || attr === 'RegionalDomainName' || attr === 'DualStackDomainName')
                return { parts: [{ kind: 'bucket', id, attr: 'domain' }] };
        }
        return { parts: [{ kind: 'resource', id, type, attr }] };
    }
    sub(arg, depth) {
        let template;
        const vars = new Map();
        if (arg.kind === 'seq') {
            if (arg.items.length < 1)
                return new Unknown('malformed Fn::Sub');
            template = this.evaluate(arg.items[0], depth + 1);
            const m = arg.items[1];
            if (m?.kind === 'map')
                for (const e of m.entries)
                    vars.set(e.key, this.evaluate(e.value, depth + 1));
        }
        else
            template = this.evaluate(arg, depth + 1);
        if (typeof template !== 'string')
            return new Unknown('Fn::Sub template not known statically');
        const parts = [];
        const re = /\$\{([^}]*)\}/g;
        let last = 0;
        for (let m = re.exec(template); m; m = re.exec(template)) {
            parts.push(template.slice(last, m.index));
            last = re.lastIndex;
            const name = m[1].trim();
            if (name.startsWith('!')) {
                parts.push(`\${${name.slice(1)}}`);
                continue;
            }
            let v;
            if (vars.has(name))
                v = vars.get(name);
            else if (name.includes('.') && !PSEUDO[name]) {
                const dot = name.indexOf('.');
                v = this.attribute(name.slice(0, dot), name.slice(dot + 1));
            }
            else
                v = this.ref({ kind: 'scalar', value: name, quoted: true, start: 0, end: 0 });
            parts.push(...toParts(v));
        }
        parts.push(template.slice(last));
        return strToEv((0,value/* makeStr */.YG)(parts));
    }
    join(arg, depth) {
        if (arg.kind !== 'seq' || arg.items.length !== 2)
            return new Unknown('malformed Fn::Join');
        const d = this.evaluate(arg.items[0], depth + 1);
        const list = this.evaluate(arg.items[1], depth + 1);
        if (typeof d !== 'string')
            return new Unknown('Fn::Join delimiter not known statically');
        if (!Array.isArray(list))
            return list instanceof Unknown ? list : new Unknown('Fn::Join list not known statically');
        const parts = [];
        list.forEach((item, i) => {
            if (i > 0)
                parts.push(d);
            parts.push(...toParts(item));
        });
        return strToEv((0,value/* makeStr */.YG)(parts));
    }
    findInMap(arg, depth) {
        if (arg.kind !== 'seq' || arg.items.length < 3)
            return new Unknown('malformed Fn::FindInMap');
        const keys = arg.items.slice(0, 3).map((k) => this.evaluate(k, depth + 1));
        if (!keys.every((k) => typeof k === 'string' || typeof k === 'number'))
            return new Unknown('Fn::FindInMap keys not known statically');
        const [a, b, c] = keys.map(String);
        const node = (0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)(this.mappings, a), b), c);
        if (node)
            return this.evaluate(node, depth + 1);
        const fallback = arg.items[3];
        const dv = fallback?.kind === 'map' ? (0,source_tree/* get */.Jt)(fallback, 'DefaultValue') : undefined;
        return dv ? this.evaluate(dv, depth + 1) : new Unknown(`Fn::FindInMap: no entry ${a}.${b}.${c}`);
    }
    /** The chosen branch node of an `Fn::If`, or Unknown when the condition is not known. */
    ifBranch(node) {
        const arg = node.entries[0].value;
        if (arg.kind !== 'seq' || arg.items.length !== 3)
            return new Unknown('malformed Fn::If');
        const name = arg.items[0];
        const c = name.kind === 'scalar' ? this.condition(String(name.value)) : 'unknown';
        if (c === 'unknown')
            return new Unknown(`depends on condition ${name.kind === 'scalar' ? String(name.value) : '?'}, which is not known statically`);
        return c ? arg.items[1] : arg.items[2];
    }
    /** A named condition from the Conditions section. */
    condition(name) {
        const cached = this.conditionCache.get(name);
        if (cached !== undefined)
            return cached;
        if (this.conditionsInProgress.has(name))
            return 'unknown';
        const node = (0,source_tree/* get */.Jt)(this.conditions, name);
        if (!node)
            return 'unknown';
        this.conditionsInProgress.add(name);
        const r = this.conditionValue(node, 0);
        this.conditionsInProgress.delete(name);
        this.conditionCache.set(name, r);
        return r;
    }
    conditionValue(node, depth) {
        if (depth > 100 || ++this.steps > this.maxSteps)
            return 'unknown';
        if (node.kind === 'scalar')
            return node.value === true || node.value === 'true' ? true : node.value === false || node.value === 'false' ? false : 'unknown';
        if (node.kind !== 'map' || !isIntrinsic(node))
            return 'unknown';
        const { key, value } = node.entries[0];
        const items = value.kind === 'seq' ? value.items : [value];
        switch (key) {
            case 'Condition':
                return value.kind === 'scalar' ? this.condition(String(value.value)) : 'unknown';
            case 'Fn::Not': {
                const r = this.conditionValue(items[0], depth + 1);
                return r === 'unknown' ? r : !r;
            }
            case 'Fn::And': {
                let out = true;
                for (const i of items) {
                    const r = this.conditionValue(i, depth + 1);
                    if (r === false)
                        return false;
                    if (r === 'unknown')
                        out = 'unknown';
                }
                return out;
            }
            case 'Fn::Or': {
                let out = false;
                for (const i of items) {
                    const r = this.conditionValue(i, depth + 1);
                    if (r === true)
                        return true;
                    if (r === 'unknown')
                        out = 'unknown';
                }
                return out;
            }
            case 'Fn::Equals': {
                if (items.length !== 2)
                    return 'unknown';
                const a = this.evaluate(items[0], depth + 1);
                const b = this.evaluate(items[1], depth + 1);
                if (!isFullyKnown(a) || !isFullyKnown(b))
                    return 'unknown';
                return JSON.stringify(normalise(a)) === JSON.stringify(normalise(b));
            }
            default:
                return 'unknown';
        }
    }
}
function normalise(v) {
    return typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
}
function isFullyKnown(v) {
    if (v instanceof Unknown || v === NO_VALUE)
        return false;
    if (v === null || typeof v !== 'object')
        return true;
    if (isStrObject(v))
        return false;
    if (Array.isArray(v))
        return v.every(isFullyKnown);
    return Object.values(v).every(isFullyKnown);
}
function toParts(v) {
    if (typeof v === 'string')
        return [v];
    if (typeof v === 'number' || typeof v === 'boolean')
        return [String(v)];
    if (v instanceof Unknown)
        return [{ kind: 'unknown', why: v.why }];
    if (isStrObject(v))
        return v.parts;
    return [{ kind: 'unknown', why: 'a list or map where a string was expected' }];
}
function strToEv(s) {
    return typeof s === 'string' ? s : { parts: s.parts };
}
function deepEqual(a, b) {
    if (a instanceof Unknown || b instanceof Unknown)
        return false;
    try {
        return JSON.stringify(a) === JSON.stringify(b);
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/public-access-block.ts

/**
 * `PublicAccessBlockConfiguration`: a flag missing from a declared block is false (CloudFormation
 * and the S3 API agree); an absent block keeps the caller's defaults.
 */
function readPublicAccessBlock(r, cur, absent, fallback) {
    if (!cur)
        return absent;
    const at = r.loc(cur);
    if (cur.unknown) {
        const u = { state: 'unknown', why: cur.unknown, at };
        return { declared: u, blockPublicAcls: u, ignorePublicAcls: u, blockPublicPolicy: u, restrictPublicBuckets: u, at };
    }
    const flag = (k) => r.bool(r.child(cur, k), false, { ...at, path: `${cur.path}.${k}` });
    return {
        declared: (0,value/* setValue */.KY)(true, at),
        blockPublicAcls: flag('BlockPublicAcls'),
        ignorePublicAcls: flag('IgnorePublicAcls'),
        blockPublicPolicy: flag('BlockPublicPolicy'),
        restrictPublicBuckets: flag('RestrictPublicBuckets'),
        at: at ?? fallback,
    };
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/bucket.ts
/** `AWS::S3::Bucket` properties → the neutral Bucket. */




const CANNED_ACLS = {
    Private: 'private',
    PublicRead: 'public-read',
    PublicReadWrite: 'public-read-write',
    AuthenticatedRead: 'authenticated-read',
    LogDeliveryWrite: 'log-delivery-write',
    BucketOwnerRead: 'bucket-owner-read',
    BucketOwnerFullControl: 'bucket-owner-full-control',
    AwsExecRead: 'aws-exec-read',
};
/** First item of a list property, the way S3 applies single-rule lists (ownership, encryption). */
function first(r, cur) {
    const items = r.items(cur);
    if (items instanceof Unknown)
        return cur && { ...cur, unknown: items.why };
    return items[0];
}
function listOf(r, cur, fallback, read) {
    if (!cur)
        return (0,value/* defaultValue */.Jh)([], fallback);
    const items = r.items(cur);
    if (items instanceof Unknown)
        return (0,value/* unknownValue */.Uo)(items.why, r.loc(cur));
    const out = [];
    for (const item of items) {
        const v = read(item);
        if (v !== undefined)
            out.push(v);
    }
    return (0,value/* setValue */.KY)(out, r.loc(cur));
}
const strings = (r, cur, at) => {
    const v = r.strList(cur, at);
    return v.state === 'unknown' ? [{ parts: [{ kind: 'unknown', why: v.why }] }] : v.value;
};
function readBucket(r, id, props, origin) {
    const b = newBucket(id, origin);
    const at = origin.at;
    b.versioning.mfaDeleteConfigurable = false;
    if (!props)
        return b;
    const p = (k) => r.child(props, k);
    const name = r.str(p('BucketName'), at);
    if (name.state === 'unknown' || name.value !== null)
        b.name = name;
    const tags = r.items(p('Tags'));
    if (!(tags instanceof Unknown)) {
        for (const t of tags) {
            const k = r.string(r.child(t, 'Key'), null, at);
            if (k.state === 'set' && k.value !== null) {
                const v = r.string(r.child(t, 'Value'), '', at);
                b.tags[k.value] = v;
            }
        }
    }
    const acl = r.string(p('AccessControl'), 'private', at);
    b.acl.canned = (0,value/* mapValue */.IS)(acl, (v) => CANNED_ACLS[v] ?? v);
    b.publicAccessBlock = readPublicAccessBlock(r, p('PublicAccessBlockConfiguration'), b.publicAccessBlock, at);
    const ownershipRule = first(r, r.child(p('OwnershipControls'), 'Rules'));
    if (ownershipRule)
        b.ownership = r.string(r.child(ownershipRule, 'ObjectOwnership'), 'BucketOwnerEnforced', r.loc(ownershipRule));
    readEncryption(r, b, p('BucketEncryption'));
    const versioning = p('VersioningConfiguration');
    if (versioning) {
        b.versioning.at = r.loc(versioning);
        b.versioning.status = r.string(r.child(versioning, 'Status'), 'Disabled', b.versioning.at);
    }
    const logging = p('LoggingConfiguration');
    if (logging) {
        const lat = r.loc(logging);
        b.logging.at = lat;
        // Without DestinationBucketName, S3 delivers the logs to the bucket itself.
        const target = r.str(r.child(logging, 'DestinationBucketName'), lat);
        b.logging.targetBucket = target.state === 'default' ? (0,value/* setValue */.KY)({ parts: [{ kind: 'bucket', id, attr: 'name' }] }, lat) : target;
        b.logging.targetPrefix = r.str(r.child(logging, 'LogFilePrefix'), lat);
    }
    const lifecycle = p('LifecycleConfiguration');
    if (lifecycle)
        b.lifecycle = listOf(r, r.child(lifecycle, 'Rules'), r.loc(lifecycle), (rule) => readLifecycleRule(r, rule));
    const olEnabled = p('ObjectLockEnabled');
    const olConfig = p('ObjectLockConfiguration');
    if (olEnabled || olConfig) {
        b.objectLock.at = r.loc((olConfig ?? olEnabled));
        const fromConfig = r.string(r.child(olConfig, 'ObjectLockEnabled'), null, b.objectLock.at);
        b.objectLock.enabled = olEnabled ? r.bool(olEnabled, false, at) : (0,value/* mapValue */.IS)(fromConfig, (v) => v === 'Enabled');
        const retention = r.child(r.child(olConfig, 'Rule'), 'DefaultRetention');
        if (retention) {
            const mode = r.string(r.child(retention, 'Mode'), 'GOVERNANCE', r.loc(retention));
            const days = r.num(r.child(retention, 'Days'), r.loc(retention));
            const years = r.num(r.child(retention, 'Years'), r.loc(retention));
            b.objectLock.defaultRetention =
                mode.state === 'unknown'
                    ? mode
                    : (0,value/* setValue */.KY)({
                        mode: String(mode.value),
                        days: days.state !== 'unknown' && days.value !== null ? days.value : undefined,
                        years: years.state !== 'unknown' && years.value !== null ? years.value : undefined,
                    }, r.loc(retention));
        }
    }
    const notifications = p('NotificationConfiguration');
    if (notifications)
        b.notifications = readNotifications(r, notifications);
    const replication = p('ReplicationConfiguration');
    if (replication) {
        const rat = r.loc(replication);
        const rules = listOf(r, r.child(replication, 'Rules'), rat, (rule) => ({
            status: r.string(r.child(rule, 'Status'), 'Enabled', r.loc(rule)),
            destinationBucket: r.str(r.child(r.child(rule, 'Destination'), 'Bucket'), r.loc(rule)),
            at: r.loc(rule),
        }));
        b.replication = rules.state === 'unknown' ? rules : (0,value/* setValue */.KY)({ rules: rules.value, at: rat }, rat);
    }
    const website = p('WebsiteConfiguration');
    if (website) {
        const wat = r.loc(website);
        if (website.unknown)
            b.website = (0,value/* unknownValue */.Uo)(website.unknown, wat);
        else {
            const index = r.str(r.child(website, 'IndexDocument'), wat);
            const redirect = r.str(r.child(r.child(website, 'RedirectAllRequestsTo'), 'HostName'), wat);
            b.website = (0,value/* setValue */.KY)({
                indexDocument: index.state !== 'unknown' && index.value !== null ? index.value : undefined,
                redirectAllRequestsTo: redirect.state !== 'unknown' && redirect.value !== null ? redirect.value : undefined,
                at: wat,
            }, wat);
        }
    }
    const cors = p('CorsConfiguration');
    if (cors) {
        b.cors = listOf(r, r.child(cors, 'CorsRules'), r.loc(cors), (rule) => {
            const rat = r.loc(rule);
            return {
                allowedOrigins: strings(r, r.child(rule, 'AllowedOrigins'), rat),
                allowedMethods: strings(r, r.child(rule, 'AllowedMethods'), rat),
                allowedHeaders: strings(r, r.child(rule, 'AllowedHeaders'), rat),
                at: rat,
            };
        });
    }
    return b;
}
function readEncryption(r, b, enc) {
    if (!enc)
        return;
    const at = r.loc(enc);
    b.encryption.at = at;
    b.encryption.declared = (0,value/* setValue */.KY)(true, at);
    const rule = first(r, r.child(enc, 'ServerSideEncryptionConfiguration'));
    if (!rule)
        return;
    if (rule.unknown) {
        const u = (0,value/* unknownValue */.Uo)(rule.unknown, r.loc(rule));
        b.encryption.algorithm = u;
        b.encryption.kmsKeyId = u;
        b.encryption.bucketKeyEnabled = u;
        return;
    }
    const rat = r.loc(rule);
    const byDefault = r.child(rule, 'ServerSideEncryptionByDefault');
    if (byDefault) {
        b.encryption.algorithm = r.string(r.child(byDefault, 'SSEAlgorithm'), 'AES256', r.loc(byDefault));
        b.encryption.kmsKeyId = r.str(r.child(byDefault, 'KMSMasterKeyID'), r.loc(byDefault));
    }
    b.encryption.bucketKeyEnabled = r.bool(r.child(rule, 'BucketKeyEnabled'), false, rat);
    const blocked = r.child(rule, 'BlockedEncryptionTypes') ?? r.child(enc, 'BlockedEncryptionTypes');
    if (blocked) {
        const types = r.strList(r.child(blocked, 'EncryptionType'), r.loc(blocked));
        b.encryption.blockedEncryptionTypes = (0,value/* mapValue */.IS)(types, (list) => list.filter((t) => typeof t === 'string'));
    }
}
function readLifecycleRule(r, rule) {
    const at = r.loc(rule);
    const status = r.string(r.child(rule, 'Status'), 'Enabled', at);
    const noncurrent = r.child(rule, 'NoncurrentVersionExpiration');
    const transitions = r.child(rule, 'Transitions') ?? r.child(rule, 'Transition');
    const expirationDate = r.child(rule, 'ExpirationDate');
    const expiration = r.num(r.child(rule, 'ExpirationInDays'), at);
    return {
        id: (() => {
            const v = r.string(r.child(rule, 'Id'), null, at);
            return v.state === 'set' && v.value !== null ? v.value : undefined;
        })(),
        enabled: (0,value/* mapValue */.IS)(status, (s) => s === 'Enabled'),
        // An ExpirationDate also expires objects; the exact day count does not matter to the rules.
        expirationDays: expiration.state === 'default' && expirationDate ? (0,value/* setValue */.KY)(0, r.loc(expirationDate)) : expiration,
        hasTransitions: transitions !== undefined,
        noncurrentVersionExpirationDays: noncurrent
            ? r.num(r.child(noncurrent, 'NoncurrentDays'), r.loc(noncurrent))
            : r.num(r.child(rule, 'NoncurrentVersionExpirationInDays'), at),
        abortIncompleteMultipartUploadDays: r.num(r.child(r.child(rule, 'AbortIncompleteMultipartUpload'), 'DaysAfterInitiation'), at),
        // A prefix, tag filter or size bound limits the rule to part of the bucket.
        filtered: (() => {
            const prefix = r.string(r.child(rule, 'Prefix'), '', at);
            return (prefix.state === 'unknown' || prefix.value !== '') || ['TagFilters', 'ObjectSizeGreaterThan', 'ObjectSizeLessThan'].some((k) => r.child(rule, k) !== undefined);
        })(),
        at,
    };
}
function readNotifications(r, cur) {
    const at = r.loc(cur);
    if (cur.unknown)
        return (0,value/* unknownValue */.Uo)(cur.unknown, at);
    const out = [];
    const kinds = [
        ['LambdaConfigurations', 'lambda'],
        ['QueueConfigurations', 'queue'],
        ['TopicConfigurations', 'topic'],
    ];
    for (const [key, type] of kinds) {
        const items = r.items(r.child(cur, key));
        if (items instanceof Unknown)
            return (0,value/* unknownValue */.Uo)(items.why, at);
        for (const item of items) {
            const ev = r.string(r.child(item, 'Event'), '', r.loc(item));
            out.push({ type, events: ev.state !== 'unknown' && ev.value ? [ev.value] : [], at: r.loc(item) });
        }
    }
    const eb = r.child(cur, 'EventBridgeConfiguration');
    if (eb) {
        const enabled = r.bool(r.child(eb, 'EventBridgeEnabled'), true, r.loc(eb));
        if (enabled.state === 'unknown')
            return (0,value/* unknownValue */.Uo)(enabled.why, enabled.at);
        if (enabled.value)
            out.push({ type: 'eventbridge', events: ['*'], at: r.loc(eb) });
    }
    return (0,value/* setValue */.KY)(out, at);
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/metadata-suppressions.ts


function readMetadataSuppressions(r, metadata, problems) {
    if (!metadata)
        return [];
    const out = [];
    const text = (c) => {
        if (!c)
            return undefined;
        const v = r.string(c, null, r.loc(c));
        return v.state === 'set' && v.value !== null ? v.value : undefined;
    };
    const each = (list, f) => {
        const items = r.items(list);
        if (!(items instanceof Unknown))
            items.forEach(f);
    };
    each(r.child(r.child(metadata, 's3-gate'), 'ignore'), (item) => {
        const at = r.loc(item);
        const rule = text(r.child(item, 'rule'));
        const reason = text(r.child(item, 'reason'));
        const until = text(r.child(item, 'until'));
        const bad = (message) => problems.push({ code: 'BAD_SUPPRESSION', file: at.file, line: at.line, column: at.column, message, level: 'error' });
        if (!rule)
            return bad('an s3-gate ignore entry needs a rule');
        if (!reason)
            return bad(`the s3-gate ignore entry for ${rule} needs a reason`);
        if (until !== undefined && !(0,comment_suppressions/* isValidDate */.v)(until))
            return bad(`until: ${until} is not a date (YYYY-MM-DD)`);
        out.push({ rule, reason, until, syntax: 's3-gate', at });
    });
    for (const [ns, syntax] of [
        ['cfn_nag', 'cfn_nag'],
        ['cdk_nag', 'cdk-nag'],
    ]) {
        each(r.child(r.child(metadata, ns), 'rules_to_suppress'), (item) => {
            const rule = text(r.child(item, 'id'));
            if (rule)
                out.push({ rule, reason: text(r.child(item, 'reason')), syntax, at: r.loc(item) });
        });
    }
    each(r.child(r.child(metadata, 'checkov'), 'skip'), (item) => {
        const rule = text(r.child(item, 'id'));
        if (rule)
            out.push({ rule, reason: text(r.child(item, 'comment')), syntax: 'checkov', at: r.loc(item) });
    });
    each(r.child(r.child(metadata, 'guard'), 'SuppressedRules'), (item) => {
        const rule = text(item);
        if (rule)
            out.push({ rule, syntax: 'cfn_nag', reason: 'cfn-guard SuppressedRules', at: r.loc(item) });
    });
    return out;
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/other-resources.ts
/** Access points, trails, IAM policies and CloudWatch resources → the neutral model. */





const asStr = (v, why) => v.state === 'unknown' ? v : v.value === null ? (0,value/* unknownValue */.Uo)(why, v.at) : v;
function readAccessPoint(r, id, props, origin, multiRegion) {
    const ap = newAccessPoint(id, origin, multiRegion);
    if (!props)
        return ap;
    const at = origin.at;
    if (multiRegion) {
        const regions = r.items(r.child(props, 'Regions'));
        if (regions instanceof Unknown)
            ap.buckets.push((0,value/* unknownValue */.Uo)(regions.why, at));
        else
            for (const reg of regions)
                ap.buckets.push(asStr(r.str(r.child(reg, 'Bucket'), r.loc(reg)), 'the region names no bucket'));
    }
    else
        ap.buckets.push(asStr(r.str(r.child(props, 'Bucket'), at), 'the access point names no bucket'));
    ap.publicAccessBlock = readPublicAccessBlock(r, r.child(props, 'PublicAccessBlockConfiguration'), ap.publicAccessBlock, at);
    const vpc = r.child(props, 'VpcConfiguration');
    if (vpc)
        ap.networkOrigin = (0,value/* setValue */.KY)('VPC', r.loc(vpc));
    const policy = r.child(props, 'Policy');
    if (policy)
        ap.policies.push(readPolicyDocument(r.pnode(policy), id));
    return ap;
}
function readTrail(r, id, props, origin) {
    const t = newTrail(id, origin);
    if (!props)
        return t;
    const at = origin.at;
    const p = (k) => r.child(props, k);
    t.bucketName = asStr(r.str(p('S3BucketName'), at), 'the trail names no bucket');
    t.isMultiRegion = r.bool(p('IsMultiRegionTrail'), false, at);
    t.logFileValidation = r.bool(p('EnableLogFileValidation'), false, at);
    t.isLogging = r.bool(p('IsLogging'), true, at);
    t.cloudWatchLogsGroup = r.str(p('CloudWatchLogsLogGroupArn'), at);
    t.kmsKeyId = r.str(p('KMSKeyId'), at);
    const selectors = [];
    const basic = r.items(p('EventSelectors'));
    const advanced = r.items(p('AdvancedEventSelectors'));
    if (basic instanceof Unknown) {
        t.dataEvents = (0,value/* unknownValue */.Uo)(basic.why, r.loc(p('EventSelectors')));
        return t;
    }
    if (advanced instanceof Unknown) {
        t.dataEvents = (0,value/* unknownValue */.Uo)(advanced.why, r.loc(p('AdvancedEventSelectors')));
        return t;
    }
    for (const sel of basic) {
        const sat = r.loc(sel);
        const rw = r.string(r.child(sel, 'ReadWriteType'), 'All', sat);
        const resources = r.items(r.child(sel, 'DataResources'));
        if (resources instanceof Unknown) {
            selectors.push({ readWriteType: rw, s3Resources: [{ parts: [{ kind: 'unknown', why: resources.why }] }], advanced: false, at: sat });
            continue;
        }
        for (const dr of resources) {
            const type = r.string(r.child(dr, 'Type'), '', r.loc(dr));
            if (type.state === 'set' && type.value !== 'AWS::S3::Object')
                continue;
            const values = r.strList(r.child(dr, 'Values'), r.loc(dr));
            selectors.push({
                readWriteType: rw,
                s3Resources: values.state === 'unknown' ? [{ parts: [{ kind: 'unknown', why: values.why }] }] : values.value,
                advanced: false,
                at: r.loc(dr),
            });
        }
    }
    for (const sel of advanced) {
        const s = readAdvancedSelector(r, sel);
        if (s)
            selectors.push(s);
    }
    if (basic.length || advanced.length)
        t.dataEvents = (0,value/* setValue */.KY)(selectors, r.loc((p('EventSelectors') ?? p('AdvancedEventSelectors'))));
    return t;
}
function readAdvancedSelector(r, sel) {
    const at = r.loc(sel);
    const fields = r.items(r.child(sel, 'FieldSelectors'));
    if (fields instanceof Unknown)
        return { readWriteType: (0,value/* unknownValue */.Uo)(fields.why, at), s3Resources: [], advanced: true, at };
    let isS3 = false;
    let rw = (0,value/* defaultValue */.Jh)('All', at);
    let arns = ['arn:aws:s3'];
    for (const f of fields) {
        const name = r.string(r.child(f, 'Field'), '', r.loc(f));
        if (name.state !== 'set')
            continue;
        const equals = r.strList(r.child(f, 'Equals'), r.loc(f));
        const startsWith = r.strList(r.child(f, 'StartsWith'), r.loc(f));
        if (name.value === 'resources.type' && equals.state !== 'unknown' && equals.value.includes('AWS::S3::Object'))
            isS3 = true;
        if (name.value === 'readOnly' && equals.state !== 'unknown') {
            const v = equals.value[0];
            rw = (0,value/* setValue */.KY)(v === 'true' ? 'ReadOnly' : v === 'false' ? 'WriteOnly' : 'All', r.loc(f));
        }
        if (name.value === 'resources.ARN' && startsWith.state !== 'unknown' && startsWith.value.length)
            arns = startsWith.value;
    }
    return isS3 ? { readWriteType: rw, s3Resources: arns, advanced: true, at } : undefined;
}
/** Policies embedded in roles/users/groups (`Policies: [{PolicyName, PolicyDocument}]`). */
function readEmbeddedPolicies(r, id, props, origin) {
    const items = r.items(r.child(props, 'Policies'));
    if (items instanceof Unknown)
        return [];
    const out = [];
    for (const item of items) {
        const doc = r.child(item, 'PolicyDocument');
        if (!doc)
            continue;
        out.push({ id, origin: { ...origin, at: r.loc(item) }, kind: 'inline', document: readPolicyDocument(r.pnode(doc), id), suppressions: [] });
    }
    return out;
}
function readIamPolicy(r, id, props, origin, kind) {
    const doc = r.child(props, 'PolicyDocument');
    if (!doc)
        return undefined;
    return { id, origin, kind, document: readPolicyDocument(r.pnode(doc), id), suppressions: [] };
}
function readMetricFilter(r, id, props, origin) {
    const at = origin.at;
    const transform = (() => {
        const items = r.items(r.child(props, 'MetricTransformations'));
        return items instanceof Unknown ? undefined : items[0];
    })();
    const need = (v) => asStr(v, 'not set');
    return {
        id,
        origin,
        logGroup: need(r.str(r.child(props, 'LogGroupName'), at)),
        pattern: r.string(r.child(props, 'FilterPattern'), '', at),
        metricName: need(r.str(r.child(transform, 'MetricName'), at)),
        metricNamespace: need(r.str(r.child(transform, 'MetricNamespace'), at)),
    };
}
function readAlarm(r, id, props, origin) {
    const at = origin.at;
    return {
        id,
        origin,
        metricName: asStr(r.str(r.child(props, 'MetricName'), at), 'the alarm names no metric'),
        namespace: asStr(r.str(r.child(props, 'Namespace'), at), 'the alarm names no namespace'),
    };
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/reader.ts



class TemplateReader {
    ev;
    lines;
    file;
    constructor(ev, lines, file) {
        this.ev = ev;
        this.lines = lines;
        this.file = file;
    }
    loc(cur) {
        const s = this.lines.position(cur.keyStart ?? cur.node.start);
        const e = this.lines.position(cur.node.end);
        return { file: this.file, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, path: cur.path };
    }
    /** Steps through `Fn::If`; `NO_VALUE` for `AWS::NoValue`; Unknown when a condition is not known. */
    resolve(node, depth = 0) {
        if (depth > 50 || node.kind !== 'map' || !isIntrinsic(node))
            return node;
        const fn = node.entries[0].key;
        if (fn === 'Fn::If') {
            const branch = this.ev.ifBranch(node);
            return branch instanceof Unknown ? branch : this.resolve(branch, depth + 1);
        }
        if (fn === 'Ref' && node.entries[0].value.kind === 'scalar' && node.entries[0].value.value === 'AWS::NoValue')
            return NO_VALUE;
        return node;
    }
    child(cur, key) {
        if (!cur)
            return undefined;
        if (cur.unknown)
            return { ...cur, path: `${cur.path}.${key}` };
        const r = this.resolve(cur.node);
        if (r === NO_VALUE)
            return undefined;
        if (r instanceof Unknown)
            return { node: cur.node, path: `${cur.path}.${key}`, keyStart: cur.keyStart, unknown: r.why };
        if (r.kind !== 'map')
            return undefined;
        if (isIntrinsic(r))
            return { node: r, path: `${cur.path}.${key}`, keyStart: cur.keyStart, unknown: `${r.entries[0].key} is not known statically` };
        const entry = (0,source_tree/* getEntry */.XJ)(r, key);
        if (!entry)
            return undefined;
        if (this.resolve(entry.value) === NO_VALUE)
            return undefined;
        return { node: entry.value, path: `${cur.path}.${key}`, keyStart: entry.keyStart };
    }
    /** Items of a list; Unknown when the list itself cannot be known. A single map counts as one item. */
    items(cur) {
        if (!cur)
            return [];
        if (cur.unknown)
            return new Unknown(cur.unknown);
        const r = this.resolve(cur.node);
        if (r === NO_VALUE)
            return [];
        if (r instanceof Unknown)
            return r;
        if (r.kind === 'seq') {
            const out = [];
            r.items.forEach((item, i) => {
                const ri = this.resolve(item);
                if (ri === NO_VALUE)
                    return;
                if (ri instanceof Unknown)
                    out.push({ node: item, path: `${cur.path}[${i}]`, unknown: ri.why });
                else
                    out.push({ node: ri, path: `${cur.path}[${i}]` });
            });
            return out;
        }
        if (r.kind === 'map' && isIntrinsic(r)) {
            const v = this.ev.evaluate(r);
            return v instanceof Unknown ? v : new Unknown('a list built by an intrinsic function');
        }
        return [{ node: r, path: cur.path, keyStart: cur.keyStart }];
    }
    evaluate(cur) {
        if (cur.unknown)
            return new Unknown(cur.unknown);
        return this.ev.evaluate(cur.node);
    }
    bool(cur, def, fallback) {
        if (!cur)
            return (0,value/* defaultValue */.Jh)(def, fallback);
        const at = this.loc(cur);
        const v = this.evaluate(cur);
        if (v === NO_VALUE)
            return (0,value/* defaultValue */.Jh)(def, fallback);
        if (v instanceof Unknown)
            return (0,value/* unknownValue */.Uo)(v.why, at);
        if (v === true || (typeof v === 'string' && v.toLowerCase() === 'true'))
            return (0,value/* setValue */.KY)(true, at);
        if (v === false || (typeof v === 'string' && v.toLowerCase() === 'false'))
            return (0,value/* setValue */.KY)(false, at);
        if (isStrObject(v))
            return (0,value/* unknownValue */.Uo)(`depends on ${(0,value/* strToDisplay */.V2)(v)}`, at);
        return (0,value/* unknownValue */.Uo)(`expected true or false, found ${JSON.stringify(v)}`, at);
    }
    string(cur, def, fallback) {
        if (!cur)
            return (0,value/* defaultValue */.Jh)(def, fallback);
        const at = this.loc(cur);
        const v = this.evaluate(cur);
        if (v === NO_VALUE)
            return (0,value/* defaultValue */.Jh)(def, fallback);
        if (v instanceof Unknown)
            return (0,value/* unknownValue */.Uo)(v.why, at);
        if (typeof v === 'string')
            return (0,value/* setValue */.KY)(v, at);
        if (typeof v === 'number' || typeof v === 'boolean')
            return (0,value/* setValue */.KY)(String(v), at);
        if (isStrObject(v))
            return (0,value/* unknownValue */.Uo)(`depends on ${(0,value/* strToDisplay */.V2)(v)}`, at);
        return (0,value/* unknownValue */.Uo)('expected a string', at);
    }
    /** A string that may hold placeholders (names, ARNs). */
    str(cur, fallback) {
        if (!cur)
            return (0,value/* defaultValue */.Jh)(null, fallback);
        const at = this.loc(cur);
        const v = this.evaluate(cur);
        if (v === NO_VALUE)
            return (0,value/* defaultValue */.Jh)(null, fallback);
        if (v instanceof Unknown)
            return (0,value/* unknownValue */.Uo)(v.why, at);
        if (typeof v === 'string')
            return (0,value/* setValue */.KY)(v, at);
        if (typeof v === 'number' || typeof v === 'boolean')
            return (0,value/* setValue */.KY)(String(v), at);
        if (isStrObject(v))
            return (0,value/* setValue */.KY)({ parts: v.parts }, at);
        return (0,value/* unknownValue */.Uo)('expected a string', at);
    }
    num(cur, fallback) {
        if (!cur)
            return (0,value/* defaultValue */.Jh)(null, fallback);
        const at = this.loc(cur);
        const v = this.evaluate(cur);
        if (v === NO_VALUE)
            return (0,value/* defaultValue */.Jh)(null, fallback);
        if (v instanceof Unknown)
            return (0,value/* unknownValue */.Uo)(v.why, at);
        const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
        return Number.isFinite(n) ? (0,value/* setValue */.KY)(n, at) : (0,value/* unknownValue */.Uo)('expected a number', at);
    }
    /** A list of strings (each may hold placeholders). */
    strList(cur, fallback) {
        if (!cur)
            return (0,value/* defaultValue */.Jh)([], fallback);
        const at = this.loc(cur);
        const v = this.evaluate(cur);
        if (v === NO_VALUE)
            return (0,value/* defaultValue */.Jh)([], fallback);
        if (v instanceof Unknown)
            return (0,value/* unknownValue */.Uo)(v.why, at);
        const list = Array.isArray(v) ? v : [v];
        const out = [];
        for (const item of list) {
            if (typeof item === 'string')
                out.push(item);
            else if (typeof item === 'number' || typeof item === 'boolean')
                out.push(String(item));
            else if (isStrObject(item))
                out.push({ parts: item.parts });
            else if (item instanceof Unknown)
                out.push({ parts: [{ kind: 'unknown', why: item.why }] });
        }
        return (0,value/* setValue */.KY)(out, at);
    }
    /** The neutral JSON-like view of a subtree (for policy documents). */
    pnode(cur) {
        const at = this.loc(cur);
        if (cur.unknown)
            return { kind: 'unknown', why: cur.unknown, at };
        const r = this.resolve(cur.node);
        if (r === NO_VALUE)
            return { kind: 'unknown', why: 'AWS::NoValue', at };
        if (r instanceof Unknown)
            return { kind: 'unknown', why: r.why, at };
        switch (r.kind) {
            case 'scalar':
                return { kind: 'str', value: r.value, at };
            case 'seq': {
                const items = [];
                r.items.forEach((item, i) => {
                    if (this.resolve(item) !== NO_VALUE)
                        items.push(this.pnode({ node: item, path: `${cur.path}[${i}]` }));
                });
                return { kind: 'list', items, at };
            }
            case 'map': {
                if (isIntrinsic(r))
                    return evToPNode(this.ev.evaluate(r), at);
                const entries = [];
                for (const e of r.entries) {
                    if (this.resolve(e.value) === NO_VALUE)
                        continue;
                    entries.push([e.key, this.pnode({ node: e.value, path: `${cur.path}.${e.key}`, keyStart: e.keyStart })]);
                }
                return { kind: 'map', entries, at };
            }
        }
    }
}
function evToPNode(v, at) {
    if (v instanceof Unknown)
        return { kind: 'unknown', why: v.why, at };
    if (v === NO_VALUE)
        return { kind: 'unknown', why: 'AWS::NoValue', at };
    if (v === null || typeof v !== 'object')
        return { kind: 'str', value: v, at };
    if (isStrObject(v))
        return { kind: 'str', value: { parts: v.parts }, at };
    if (Array.isArray(v))
        return { kind: 'list', items: v.map((x) => evToPNode(x, at)), at };
    return { kind: 'map', entries: Object.entries(v).map(([k, x]) => [k, evToPNode(x, at)]), at };
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/to-model.ts
/**
 * One CloudFormation template → the neutral S3 model. Links (bucket policies, notifications,
 * trails, access points) are resolved within this template only, never across templates.
 */













function templateToModel(src, limits) {
    const problems = [];
    const ev = new TemplateEvaluator(src.root, limits.maxEvalSteps);
    const r = new TemplateReader(ev, src.lines, src.file);
    const model = emptyModel(src.unit, src.format);
    const resourceRanges = new Map();
    const subjects = new Map();
    const pendingPolicies = [];
    const pendingNotifications = [];
    const resources = (0,source_tree/* get */.Jt)(src.root, 'Resources');
    if (!resources || resources.kind !== 'map')
        return { model, problems, resourceRanges, reader: r };
    for (const entry of resources.entries) {
        const id = entry.key;
        const cur = { node: entry.value, path: `Resources.${id}`, keyStart: entry.keyStart };
        const typeV = r.string(r.child(cur, 'Type'), '', r.loc(cur));
        const type = typeV.state === 'set' ? typeV.value : '';
        const start = src.lines.position(entry.keyStart).line;
        resourceRanges.set(id, { startLine: start, endLine: src.lines.position(entry.value.end).line });
        const cond = r.child(cur, 'Condition');
        if (cond && !cond.unknown) {
            const name = r.string(cond, '', r.loc(cond));
            if (name.state === 'set' && ev.condition(name.value) === false)
                continue;
        }
        const headerAt = { ...r.loc({ node: entry.value, path: cur.path, keyStart: entry.keyStart }) };
        headerAt.endLine = headerAt.line;
        headerAt.endColumn = headerAt.column + id.length;
        const origin = { format: src.format, type, address: src.addressOf?.(id) ?? id, at: headerAt };
        const props = r.child(cur, 'Properties');
        const suppressions = readMetadataSuppressions(r, r.child(cur, 'Metadata'), problems);
        const track = (s) => {
            (0,append/* appendAll */.u)(s.suppressions, suppressions);
            const list = subjects.get(id) ?? [];
            list.push(s);
            subjects.set(id, list);
            return s;
        };
        const address = origin.address;
        switch (type) {
            case 'AWS::S3::Bucket':
                model.buckets.push(track(readBucket(r, address, props, origin)));
                break;
            case 'AWS::S3::BucketPolicy': {
                const ref = r.child(props, 'Bucket');
                const doc = r.child(props, 'PolicyDocument');
                if (ref && doc)
                    pendingPolicies.push({ ref, doc, owner: address, origin, subject: track({ suppressions: [] }) });
                break;
            }
            case 'AWS::S3::AccessPoint':
                model.accessPoints.push(track(readAccessPoint(r, address, props, origin, false)));
                break;
            case 'AWS::S3::MultiRegionAccessPoint':
                model.accessPoints.push(track(readAccessPoint(r, address, props, origin, true)));
                break;
            case 'AWS::CloudTrail::Trail':
                model.trails.push(track(readTrail(r, address, props, origin)));
                break;
            case 'AWS::IAM::Policy': {
                const p = readIamPolicy(r, address, props, origin, 'inline');
                if (p)
                    model.iamPolicies.push(track(p));
                break;
            }
            case 'AWS::IAM::ManagedPolicy': {
                const p = readIamPolicy(r, address, props, origin, 'managed');
                if (p)
                    model.iamPolicies.push(track(p));
                break;
            }
            case 'AWS::IAM::Role':
            case 'AWS::IAM::User':
            case 'AWS::IAM::Group':
                for (const p of readEmbeddedPolicies(r, address, props, origin))
                    model.iamPolicies.push(track(p));
                break;
            case 'AWS::Logs::MetricFilter':
                model.metricFilters.push(readMetricFilter(r, address, props, origin));
                break;
            case 'AWS::CloudWatch::Alarm':
                model.alarms.push(readAlarm(r, address, props, origin));
                break;
            case 'Custom::S3BucketNotifications': {
                // CDK configures notifications through this custom resource instead of the bucket.
                const ref = r.child(props, 'BucketName');
                const config = r.child(props, 'NotificationConfiguration');
                if (ref && config)
                    pendingNotifications.push({ ref, config });
                break;
            }
        }
    }
    const comments = (0,comment_suppressions/* findCommentSuppressions */.V)(src.text, src.file);
    (0,append/* appendAll */.u)(problems, comments.problems);
    for (const c of comments.found) {
        for (const [id, range] of resourceRanges) {
            // A comment belongs to the resource it sits in, or to the one right below it.
            if (c.line >= range.startLine - 1 && c.line <= range.endLine) {
                for (const s of subjects.get(id) ?? [])
                    s.suppressions.push(c.suppression);
                break;
            }
        }
    }
    // Links need every bucket first: a policy may come before its bucket in the file.
    const byId = new Map(model.buckets.map((b) => [b.id, b]));
    const logicalToBucket = new Map();
    for (const logical of resourceRanges.keys()) {
        const b = byId.get(src.addressOf?.(logical) ?? logical);
        if (b)
            logicalToBucket.set(logical, b);
    }
    const names = { bucket: (id) => byId.get(id) ?? logicalToBucket.get(id) };
    const findBucket = (ref) => {
        const v = r.str(ref, r.loc(ref));
        if (v.state === 'unknown' || v.value === null)
            return undefined;
        const found = (0,arn/* resolveBucketRef */.Wh)(v.value, model.buckets, names);
        return found === 'unknown' ? undefined : found;
    };
    for (const p of pendingPolicies) {
        const found = findBucket(p.ref);
        const bucket = found ?? externalFor(p);
        // Suppressions written on the policy resource apply to what the policy does to the bucket.
        if (found)
            (0,append/* appendAll */.u)(found.suppressions, p.subject.suppressions);
        bucket.policies.push(readPolicyDocument(r.pnode(p.doc), p.owner));
    }
    // A policy for a bucket defined elsewhere still gets its statements checked, on the policy resource.
    function externalFor(p) {
        const name = r.str(p.ref, r.loc(p.ref));
        const b = externalBucket(p.owner, p.origin, name.state === 'unknown' || name.value === null ? (0,value/* unknownValue */.Uo)('the bucket is named at deploy time', r.loc(p.ref)) : (0,value/* setValue */.KY)(name.value, name.at));
        b.suppressions = p.subject.suppressions;
        model.buckets.push(b);
        return b;
    }
    for (const n of pendingNotifications) {
        const bucket = findBucket(n.ref);
        if (!bucket)
            continue;
        const found = readNotifications(r, n.config);
        bucket.notifications = found.state === 'unknown' ? found : (0,value/* setValue */.KY)(found.value, found.at);
    }
    renamePlaceholders(model, src, logicalToBucket);
    return { model, problems, resourceRanges, reader: r };
}
/**
 * Placeholders name buckets by logical id; when CDK gives buckets their construct path as id,
 * rewrite them so every reference in the model uses the bucket's model id.
 */
function renamePlaceholders(model, src, logicalToBucket) {
    if (!src.addressOf)
        return;
    const seen = new WeakSet();
    const visit = (v, depth) => {
        if (depth > 60 || v === null || typeof v !== 'object' || seen.has(v))
            return;
        seen.add(v);
        const o = v;
        if (o.kind === 'bucket' && typeof o.id === 'string' && logicalToBucket.has(o.id)) {
            o.id = logicalToBucket.get(o.id).id;
            return;
        }
        for (const x of Object.values(o))
            visit(x, depth + 1);
    };
    visit(model, 0);
}

;// CONCATENATED MODULE: ./src/parsers/cloudformation/index.ts
/** The CloudFormation format plugin: YAML/JSON templates (SAM included), recognised by content. */




const EXTENSIONS = /\.(ya?ml|json|template)$/i;
/**
 * Parses one template file and builds a model per template document. Exposed for the CDK plugin,
 * which reads stack templates through the same code.
 */
function loadTemplateText(text, file, limits, options = {}) {
    const problems = [];
    if (text.includes('\u0000')) {
        if (looksLikeTemplateText(text))
            problems.push({ code: 'BINARY_FILE', file, line: 1, column: 1, message: 'the file holds binary data (NUL bytes)', level: 'error' });
        else
            options.debug?.(`${file}: skipped, binary content`);
        return { models: [], problems, templates: [], isTemplate: problems.length > 0 };
    }
    const bad = text.indexOf('\ufffd');
    if (bad >= 0 && looksLikeTemplateText(text)) {
        const line = text.slice(0, bad).split('\n').length;
        problems.push({ code: 'INVALID_UTF8', file, line, column: 1, message: 'the file is not valid UTF-8; invalid bytes were replaced', level: 'warning' });
    }
    const parsed = parseTemplateFile(text, file, limits);
    const hasErrors = parsed.problems.some((p) => p.level === 'error');
    if (parsed.templates.length === 0) {
        if (hasErrors && looksLikeTemplateText(text))
            return { models: [], problems: [...problems, ...parsed.problems], templates: [], isTemplate: true };
        options.debug?.(`${file}: skipped, ${hasErrors ? 'does not parse and does not look like a template' : 'not a CloudFormation template'}`);
        return { models: [], problems: [], templates: [], isTemplate: false };
    }
    (0,append/* appendAll */.u)(problems, parsed.problems);
    const templates = [];
    for (const t of parsed.templates) {
        const unit = parsed.templates.length > 1 ? `${file}#${t.index + 1}` : file;
        const tm = templateToModel({ root: t.root, text, file, lines: parsed.lines, unit, format: options.format ?? 'cloudformation', addressOf: options.addressOf }, limits);
        templates.push(tm);
        (0,append/* appendAll */.u)(problems, tm.problems);
    }
    return { models: templates.map((t) => t.model), problems, templates, isTemplate: true };
}
const cloudFormationPlugin = {
    name: 'cloudformation',
    format: 'cloudformation',
    plan(files) {
        const units = [];
        for (let i = files.length - 1; i >= 0; i--) {
            const f = files[i];
            if (!EXTENSIONS.test(f.rel))
                continue;
            files.splice(i, 1);
            units.push({ plugin: 'cloudformation', id: f.rel, files: [f] });
        }
        return units.reverse();
    },
    load(unit, ctx) {
        const f = unit.files[0];
        const text = ctx.readFile(f.abs);
        const texts = new Map();
        if (text === undefined)
            return { models: [], problems: [], notes: [], texts };
        const loaded = loadTemplateText(text, f.rel, ctx.limits, { debug: ctx.debug });
        if (loaded.isTemplate)
            texts.set(f.rel, text);
        return { models: loaded.models, problems: loaded.problems, notes: [], texts };
    },
    renderFix: renderCloudFormationFix,
};

;// CONCATENATED MODULE: ./src/parsers/cdk/json-file.ts


/**
 * Reads and parses a JSON file of the assembly. A missing file or a syntax error is reported under
 * `code` (`<code>_MISSING`, `<code>_SYNTAX`) at `declaredAt` (where the manifest names the file) or
 * at the broken offset.
 */
function readJsonFile(abs, ctx, code, what, report, declaredAt) {
    const file = ctx.displayPath(abs);
    const text = ctx.readFile(abs);
    if (text === undefined) {
        const at = declaredAt ?? { file, line: 1, column: 1 };
        report({
            code: `${code}_MISSING`,
            file: at.file,
            line: at.line,
            column: at.column,
            message: `${what} ${file} is missing or unreadable; re-run \`cdk synth\` so the cloud assembly is complete`,
            level: 'error',
        });
        return undefined;
    }
    const parsed = parseJson(text, { maxDepth: ctx.limits.maxDepth, reportDuplicates: false });
    const lines = new line_index/* LineIndex */.r(text);
    if (!parsed.root) {
        const issue = parsed.issues[0];
        const pos = lines.position(issue?.offset ?? 0);
        report({
            code: `${code}_SYNTAX`,
            file,
            line: pos.line,
            column: pos.column,
            message: `${what} is not valid JSON (${issue?.message ?? 'empty file'}); it may be truncated, re-run \`cdk synth\``,
            level: 'error',
        });
        return undefined;
    }
    return { abs, file, text, root: parsed.root, lines };
}
/** Location of a node (its key when given) in a JSON file. */
function nodeAt(f, offset, path = '') {
    const p = f.lines.position(offset);
    return { file: f.file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, path };
}
function scalarString(node) {
    return node?.kind === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

;// CONCATENATED MODULE: ./src/parsers/cdk/metadata.ts


const LOGICAL_ID = 'aws:cdk:logicalId';
const CREATION_STACK = 'aws:cdk:creationStack';
const TEMPLATE_FILE = 'aws:cdk:templateFile';
const ACKNOWLEDGED_RULES = 'aws:cdk:acknowledged-rules';
/** Construct paths without the leading `/` the assembly writes (`/App/Stack/X` → `App/Stack/X`). */
function normaliseConstructPath(p) {
    return p.replace(/^\/+/, '').replace(/\/+$/, '');
}
class ConstructMetadata {
    byPath = new Map();
    /** Reads a `{ "/path": [ { type, data, trace? } ] }` map (artifact `metadata` or a metadata file). */
    addMap(node, file) {
        if (node.kind !== 'map')
            return;
        for (const e of node.entries) {
            if (e.value.kind !== 'seq')
                continue;
            const path = normaliseConstructPath(e.key);
            for (const item of e.value.items) {
                const type = scalarString((0,source_tree/* get */.Jt)(item, 'type'));
                if (!type)
                    continue;
                const dataNode = (0,source_tree/* get */.Jt)(item, 'data');
                const traceNode = (0,source_tree/* get */.Jt)(item, 'trace');
                const entry = {
                    type,
                    data: dataNode ? plain(dataNode) : undefined,
                    at: nodeAt(file, item.start, path),
                };
                if (traceNode?.kind === 'seq')
                    entry.trace = traceNode.items.map((t) => scalarString(t)).filter((t) => t !== undefined);
                this.add(path, entry);
            }
        }
    }
    add(path, entry) {
        const list = this.byPath.get(path);
        if (list)
            list.push(entry);
        else
            this.byPath.set(path, [entry]);
    }
    entries(path) {
        return this.byPath.get(path) ?? [];
    }
    paths() {
        return this.byPath.keys();
    }
    /** Every `[path, entry]` of a type. */
    *ofType(type) {
        for (const [path, list] of this.byPath)
            for (const e of list)
                if (e.type === type)
                    yield [path, e];
    }
    /**
     * The creation trace recorded for exactly this path: the `aws:cdk:creationStack` entry, else
     * the `trace` of the `aws:cdk:logicalId` entry (older CDK, `--debug`). Traces of other entries
     * (an acknowledgement, a warning) point at the code that added them, not at the construct.
     */
    traceOf(path) {
        const list = this.entries(path);
        for (const e of list) {
            if (e.type === CREATION_STACK && Array.isArray(e.data))
                return { trace: e.data.filter((x) => typeof x === 'string'), at: e.at };
        }
        for (const e of list)
            if (e.type === LOGICAL_ID && e.trace && e.trace.length > 0)
                return { trace: e.trace, at: e.at };
        return undefined;
    }
}
function plain(node) {
    try {
        return (0,source_tree/* toPlain */.Ul)(node, { left: 100_000 });
    }
    catch {
        return undefined;
    }
}
/**
 * Paths of nested stacks as construct paths: from `aws:cdk:templateFile` entries (current CDK), and
 * from the `X/Name.NestedStack/Name.NestedStackResource` resource every nested stack leaves in
 * its parent (all versions).
 */
function nestedStackPathFromResource(path) {
    const m = /^(.*)\/([^/]+)\.NestedStack\/\2\.NestedStackResource$/.exec(path);
    return m ? `${m[1]}/${m[2]}` : undefined;
}

;// CONCATENATED MODULE: ./src/parsers/cdk/tree.ts



function readTree(root) {
    const out = new Map();
    const top = (0,source_tree/* get */.Jt)(root, 'tree');
    if (!top)
        return out;
    const stack = [{ node: top, depth: 0 }];
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if (node.kind !== 'map' || depth > 500)
            continue;
        const path = scalarString((0,source_tree/* get */.Jt)(node, 'path'));
        const id = scalarString((0,source_tree/* get */.Jt)(node, 'id')) ?? '';
        if (path !== undefined)
            out.set(normaliseConstructPath(path), { id, fqn: scalarString((0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)(node, 'constructInfo'), 'fqn')) });
        const children = (0,source_tree/* get */.Jt)(node, 'children');
        if (children?.kind === 'map')
            for (const c of children.entries)
                stack.push({ node: c.value, depth: depth + 1 });
    }
    return out;
}
/** `aws-cdk-lib.aws_s3.Bucket` → `Bucket`; `undefined` for the generic `constructs.Construct`. */
function classOf(fqn) {
    if (!fqn || fqn === 'constructs.Construct')
        return undefined;
    const last = fqn.slice(fqn.lastIndexOf('.') + 1);
    return last || undefined;
}

;// CONCATENATED MODULE: ./src/parsers/cdk/assembly.ts
/**
 * Reads a cloud assembly: `manifest.json`, the stack artifacts it lists, the nested cloud
 * assemblies of Stages (`cdk:cloud-assembly` artifacts, read recursively), the construct
 * metadata (inline or in `additionalMetadataFile`) and `tree.json`. Every broken piece becomes a
 * Problem for that artifact; the other artifacts are still read.
 */





/** Newest cloud assembly schema major this reader was checked against (aws-cdk-lib 2.276 writes 55.0.0). */
const KNOWN_SCHEMA_MAJOR = 55;
/** Stages inside Stages inside Stages...: deeper than this is not a real app. */
const MAX_ASSEMBLY_DEPTH = 16;
function readAssembly(manifestAbs, ctx) {
    const out = { stacks: [], metadata: new ConstructMetadata(), problems: [], usable: false };
    const seen = new Set();
    const report = (p) => out.problems.push(p);
    const readManifest = (abs, depth, declaredAt) => {
        if (seen.has(abs) || depth > MAX_ASSEMBLY_DEPTH)
            return false;
        seen.add(abs);
        const manifest = readJsonFile(abs, ctx, declaredAt ? 'CDK_ASSEMBLY' : 'CDK_MANIFEST', 'cloud assembly manifest', report, declaredAt);
        if (!manifest)
            return false;
        const version = scalarString((0,source_tree/* get */.Jt)(manifest.root, 'version'));
        if (depth === 0)
            out.version = version;
        const artifacts = (0,source_tree/* get */.Jt)(manifest.root, 'artifacts');
        if (manifest.root.kind !== 'map' || !artifacts || artifacts.kind !== 'map') {
            const at = nodeAt(manifest, (artifacts ?? manifest.root).start);
            report({
                code: 'CDK_MANIFEST_SCHEMA',
                file: manifest.file,
                line: at.line,
                column: at.column,
                message: `manifest.json (schema ${version ?? 'unknown'}) has no \`artifacts\` object; s3-gate reads cloud assembly schemas that list artifacts by id (checked up to ${KNOWN_SCHEMA_MAJOR}.x)`,
                level: 'error',
            });
            return false;
        }
        const dir = external_node_path_default().dirname(abs);
        const assetManifests = new Map();
        for (const a of artifacts.entries) {
            if (scalarString((0,source_tree/* get */.Jt)(a.value, 'type')) !== 'cdk:asset-manifest')
                continue;
            const f = scalarString((0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)(a.value, 'properties'), 'file'));
            if (f)
                assetManifests.set(a.key, external_node_path_default().join(dir, f));
        }
        for (const a of artifacts.entries) {
            const type = scalarString((0,source_tree/* get */.Jt)(a.value, 'type'));
            const at = nodeAt(manifest, a.keyStart, `artifacts.${a.key}`);
            const invalid = (message) => report({ code: 'CDK_ARTIFACT_INVALID', file: at.file, line: at.line, column: at.column, message, level: 'error' });
            switch (type) {
                case 'aws:cloudformation:stack':
                    readStack(manifest, dir, a.key, a.value, at, assetManifests, invalid);
                    break;
                case 'cdk:cloud-assembly': {
                    const sub = scalarString((0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)(a.value, 'properties'), 'directoryName'));
                    if (!sub)
                        invalid(`nested cloud assembly ${a.key} names no \`properties.directoryName\`; it was not scanned`);
                    else if (!inside(dir, external_node_path_default().join(dir, sub)))
                        invalid(`nested cloud assembly ${a.key} points outside the assembly (${sub}); it was not scanned`);
                    else
                        readManifest(external_node_path_default().join(dir, sub, 'manifest.json'), depth + 1, at);
                    break;
                }
                case 'cdk:tree': {
                    const f = scalarString((0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)(a.value, 'properties'), 'file'));
                    if (!f || !inside(dir, external_node_path_default().join(dir, f))) {
                        invalid(`tree artifact ${a.key} names no file inside the assembly`);
                        break;
                    }
                    const tree = readJsonFile(external_node_path_default().join(dir, f), ctx, 'CDK_TREE', 'construct tree', report, at);
                    if (tree) {
                        const t = readTree(tree.root);
                        out.tree = out.tree ? new Map([...out.tree, ...t]) : t;
                    }
                    break;
                }
                default:
                    if (type === undefined)
                        invalid(`artifact ${a.key} has no \`type\`; it was skipped`);
            }
        }
        return true;
    };
    const readStack = (manifest, dir, id, art, at, assetManifests, invalid) => {
        const props = (0,source_tree/* get */.Jt)(art, 'properties');
        const templateFile = scalarString((0,source_tree/* get */.Jt)(props, 'templateFile'));
        // Metadata first: even a stack whose template is missing contributes construct paths.
        const inline = (0,source_tree/* get */.Jt)(art, 'metadata');
        if (inline)
            out.metadata.addMap(inline, manifest);
        const extraName = scalarString((0,source_tree/* get */.Jt)(art, 'additionalMetadataFile'));
        const own = new ConstructMetadata();
        if (inline)
            own.addMap(inline, manifest);
        if (extraName) {
            const extraAt = nodeAt(manifest, (0,source_tree/* get */.Jt)(art, 'additionalMetadataFile').start);
            const extra = inside(dir, external_node_path_default().join(dir, extraName))
                ? readJsonFile(external_node_path_default().join(dir, extraName), ctx, 'CDK_METADATA', `metadata file of stack ${id}`, report, extraAt)
                : undefined;
            if (extra) {
                out.metadata.addMap(extra.root, extra);
                own.addMap(extra.root, extra);
            }
        }
        if (!templateFile) {
            invalid(`stack artifact ${id} names no \`properties.templateFile\` (a cloud assembly schema this s3-gate does not know); the stack was not scanned`);
            return;
        }
        const abs = external_node_path_default().join(dir, templateFile);
        if (!inside(dir, abs)) {
            invalid(`stack artifact ${id} points outside the assembly (${templateFile}); the stack was not scanned`);
            return;
        }
        const templateAt = nodeAt(manifest, (0,source_tree/* get */.Jt)(props, 'templateFile').start, `artifacts.${id}.properties.templateFile`);
        let stackPath = '';
        for (const [p, e] of own.ofType(TEMPLATE_FILE)) {
            if (e.data === templateFile) {
                stackPath = p;
                break;
            }
        }
        // CDK 2.x writes the stack's construct path as its display name.
        if (!stackPath)
            stackPath = scalarString((0,source_tree/* get */.Jt)(art, 'displayName')) ?? '';
        let assetsManifest;
        const deps = (0,source_tree/* get */.Jt)(art, 'dependencies');
        if (deps?.kind === 'seq') {
            for (const d of deps.items) {
                const f = assetManifests.get(scalarString(d) ?? '');
                if (f)
                    assetsManifest = f;
            }
        }
        out.stacks.push({
            abs,
            file: ctx.displayPath(abs),
            stackName: scalarString((0,source_tree/* get */.Jt)(props, 'stackName')) ?? id,
            stackPath,
            declaredAt: templateAt,
            assemblyDir: dir,
            assetsManifest,
            nested: false,
            artifactId: id,
        });
    };
    out.usable = readManifest(manifestAbs, 0, undefined);
    return out;
}
/** Is `p` inside `dir` (or `dir` itself)? Guards against `../` in names the manifest gives. */
function inside(dir, p) {
    const rel = external_node_path_default().relative(dir, p);
    return rel === '' || (!rel.startsWith('..') && !external_node_path_default().isAbsolute(rel));
}

;// CONCATENATED MODULE: ./src/parsers/cdk/call-syntax.ts
/**
 * Just enough TypeScript/JavaScript and Python syntax to find a construct call on a line
 * (`new s3.Bucket(this, 'Logs', { ... })`, `s3.Bucket(self, "Logs", versioned=True)`), its
 * arguments and the properties of its props object or keyword arguments, with offsets, so a fix
 * can edit one property and leave the rest of the file as written. Strings, template literals
 * and comments are skipped; anything more exotic makes the lookup give up (no edit).
 */
function langOf(file) {
    if (/\.py$/.test(file))
        return 'py';
    if (/\.(m|c)?[jt]sx?$/.test(file))
        return 'ts';
    return undefined;
}
/** Skips a string, template literal or comment starting at `i`; returns the offset after it, or `i`. */
function skipAtom(text, i, lang) {
    const c = text[i];
    if (lang === 'py') {
        if (c === '#') {
            const nl = text.indexOf('\n', i);
            return nl < 0 ? text.length : nl;
        }
        if (c === '"' || c === "'") {
            const triple = text.startsWith(c.repeat(3), i);
            const q = triple ? c.repeat(3) : c;
            let j = i + q.length;
            while (j < text.length) {
                if (text[j] === '\\')
                    j += 2;
                else if (text.startsWith(q, j))
                    return j + q.length;
                else if (!triple && text[j] === '\n')
                    return j;
                else
                    j++;
            }
            return text.length;
        }
        return i;
    }
    if (c === '/' && text[i + 1] === '/') {
        const nl = text.indexOf('\n', i);
        return nl < 0 ? text.length : nl;
    }
    if (c === '/' && text[i + 1] === '*') {
        const end = text.indexOf('*/', i + 2);
        return end < 0 ? text.length : end + 2;
    }
    if (c === '"' || c === "'") {
        let j = i + 1;
        while (j < text.length) {
            if (text[j] === '\\')
                j += 2;
            else if (text[j] === c || text[j] === '\n')
                return j + 1;
            else
                j++;
        }
        return text.length;
    }
    if (c === '`') {
        let j = i + 1;
        while (j < text.length) {
            if (text[j] === '\\')
                j += 2;
            else if (text[j] === '`')
                return j + 1;
            else if (text[j] === '$' && text[j + 1] === '{') {
                const end = scanBalanced(text, j + 1, lang);
                if (!end)
                    return text.length;
                j = end.close + 1;
            }
            else
                j++;
        }
        return text.length;
    }
    return i;
}
const OPEN = { '(': ')', '[': ']', '{': '}' };
/** From an opening bracket at `open`: its closing bracket and the top-level commas in between. */
function scanBalanced(text, open, lang) {
    const stack = [OPEN[text[open]]];
    const commas = [];
    let i = open + 1;
    while (i < text.length) {
        const skipped = skipAtom(text, i, lang);
        if (skipped !== i) {
            i = skipped;
            continue;
        }
        const c = text[i];
        if (c in OPEN)
            stack.push(OPEN[c]);
        else if (c === ')' || c === ']' || c === '}') {
            if (stack.pop() !== c)
                return undefined;
            if (stack.length === 0)
                return { close: i, commas };
        }
        else if (c === ',' && stack.length === 1)
            commas.push(i);
        i++;
    }
    return undefined;
}
function trimSpan(text, s, lang) {
    let { start, end } = s;
    for (;;) {
        while (start < end && /\s/.test(text[start]))
            start++;
        const skipped = skipAtom(text, start, lang);
        // Leading comments belong to the property's line, not to its key.
        if (skipped !== start && (text[start] === '/' || text[start] === '#'))
            start = skipped;
        else
            break;
    }
    while (end > start && /\s/.test(text[end - 1]))
        end--;
    return { start, end };
}
function splitAt(open, close, commas) {
    const out = [];
    let from = open + 1;
    for (const c of [...commas, close]) {
        out.push({ start: from, end: c });
        from = c + 1;
    }
    return out;
}
function readProperty(text, span, lang) {
    const s = trimSpan(text, span, lang);
    if (s.start >= s.end)
        return undefined;
    const body = text.slice(s.start, s.end);
    if (lang === 'ts' && body.startsWith('...'))
        return { key: '', spread: true, start: s.start, end: s.end, value: { start: s.start + 3, end: s.end } };
    if (lang === 'py' && body.startsWith('**'))
        return { key: '', spread: true, start: s.start, end: s.end, value: { start: s.start + 2, end: s.end } };
    const m = lang === 'ts' ? /^(?:([A-Za-z_$][\w$]*)|'([^']*)'|"([^"]*)")\s*(:)?/.exec(body) : /^([A-Za-z_]\w*)\s*(=)(?!=)/.exec(body);
    if (!m)
        return undefined;
    const key = m[1] ?? m[2] ?? m[3] ?? '';
    const hasValue = lang === 'ts' ? m[4] !== undefined : true;
    if (!hasValue) {
        // `{ versioned }` shorthand; anything else (a method, a getter) is not a plain property.
        if (body !== key)
            return undefined;
        return { key, spread: false, start: s.start, end: s.end, value: { start: s.start, end: s.end } };
    }
    const value = trimSpan(text, { start: s.start + m[0].length, end: s.end }, lang);
    return { key, spread: false, start: s.start, end: s.end, value };
}
const CALL_HEAD = /(?:\bnew\s+)?([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*(?:<[^()<>]*>\s*)?\(/g;
/**
 * The construct call that starts on `line` (1-based), closest to `column`: `new X(scope, 'id', ...)`
 * in TypeScript/JavaScript, `X(scope, "id", ...)` in Python.
 */
function findConstructCallOnLine(text, lineStart, lineEnd, column, lang) {
    const lineText = text.slice(lineStart, lineEnd);
    const candidates = [];
    CALL_HEAD.lastIndex = 0;
    for (let m = CALL_HEAD.exec(lineText); m; m = CALL_HEAD.exec(lineText)) {
        const isNew = /^new\s/.test(m[0]);
        candidates.push({ start: lineStart + m.index, callee: m[1].replace(/\s+/g, ''), open: lineStart + m.index + m[0].length - 1, isNew });
    }
    const usable = candidates.filter((c) => (lang === 'ts' ? c.isNew : true));
    if (usable.length === 0)
        return undefined;
    // The trace column points at `new` (or at the callee); prefer the call that starts there.
    const target = lineStart + Math.max(0, column - 1);
    usable.sort((a, b) => Math.abs(a.start - target) - Math.abs(b.start - target));
    for (const c of usable) {
        const call = readCall(text, c.start, c.callee, c.open, lang);
        if (call)
            return call;
    }
    return undefined;
}
function readCall(text, start, callee, open, lang) {
    const scanned = scanBalanced(text, open, lang);
    if (!scanned)
        return undefined;
    const args = splitAt(open, scanned.close, scanned.commas)
        .map((a) => trimSpan(text, a, lang))
        .filter((a, i, all) => a.start < a.end || i < all.length - 1);
    // A construct call passes a scope and an id first.
    if (args.length < 2)
        return undefined;
    const call = { callee, start, open, close: scanned.close, args, opaqueProps: false };
    if (lang === 'py') {
        const properties = args
            .slice(2)
            .map((a) => readProperty(text, a, lang))
            .filter((p) => p !== undefined);
        if (properties.length !== args.length - 2)
            call.opaqueProps = true;
        call.props = { start: open, end: scanned.close, properties };
        return call;
    }
    const third = args[2];
    if (!third)
        return call;
    if (args.length > 3 || text[third.start] !== '{') {
        call.opaqueProps = true;
        return call;
    }
    const obj = scanBalanced(text, third.start, lang);
    if (!obj || obj.close !== third.end - 1) {
        call.opaqueProps = true;
        return call;
    }
    const properties = [];
    for (const span of splitAt(third.start, obj.close, obj.commas)) {
        const t = trimSpan(text, span, lang);
        if (t.start >= t.end)
            continue;
        const p = readProperty(text, span, lang);
        if (!p) {
            call.opaqueProps = true;
            return call;
        }
        properties.push(p);
    }
    call.props = { start: third.start, end: obj.close, properties };
    return call;
}

;// CONCATENATED MODULE: ./src/parsers/cdk/fix-intents.ts
function kindOf(callee) {
    const last = callee.slice(callee.lastIndexOf('.') + 1);
    if (last === 'Bucket')
        return 'bucket';
    if (last === 'CfnBucket')
        return 'cfn-bucket';
    if (last === 'Trail')
        return 'trail';
    return undefined;
}
const PY_NAMES = {
    blockPublicAccess: 'block_public_access',
    publicReadAccess: 'public_read_access',
    objectOwnership: 'object_ownership',
    accessControl: 'access_control',
    encryption: 'encryption',
    bucketKeyEnabled: 'bucket_key_enabled',
    blockedEncryptionTypes: 'blocked_encryption_types',
    versioned: 'versioned',
    objectLockEnabled: 'object_lock_enabled',
    enforceSSL: 'enforce_ssl',
    minimumTLSVersion: 'minimum_tls_version',
    websiteIndexDocument: 'website_index_document',
    websiteErrorDocument: 'website_error_document',
    websiteRedirect: 'website_redirect',
    websiteRoutingRules: 'website_routing_rules',
    enableFileValidation: 'enable_file_validation',
    isMultiRegionTrail: 'is_multi_region_trail',
};
const ALGORITHM_MEMBER = { 'aws:kms': 'KMS', 'aws:kms:dsse': 'DSSE', AES256: 'S3_MANAGED' };
/** The change an intent asks of an L2 `Bucket`/`Trail` (CDK prop names, values still symbolic). */
function l2Change(kind, fix) {
    const none = { set: [], remove: [], ensure: [] };
    if (kind === 'trail') {
        if (fix.kind === 'set' && fix.field === 'logFileValidation' && fix.value === true)
            return { ...none, set: [['enableFileValidation', 'true']] };
        if (fix.kind === 'set' && fix.field === 'isMultiRegion' && fix.value === true)
            return { ...none, set: [['isMultiRegionTrail', 'true']] };
        return undefined;
    }
    if (fix.kind === 'add-policy-statement') {
        if (fix.statement === 'deny-insecure-transport')
            return { ...none, set: [['enforceSSL', 'true']] };
        // CDK only writes the TLS statement next to the HTTPS one (it throws without `enforceSSL`).
        return { ...none, set: [['minimumTLSVersion', '1.2']], ensure: [['enforceSSL', 'true']] };
    }
    if (fix.kind === 'remove') {
        if (fix.field === 'acl.canned')
            return { ...none, remove: ['accessControl'] };
        if (fix.field === 'website')
            return { ...none, remove: ['websiteIndexDocument', 'websiteErrorDocument', 'websiteRedirect', 'websiteRoutingRules'] };
        return undefined;
    }
    switch (fix.field) {
        case 'publicAccessBlock':
            // `publicReadAccess: true` next to BLOCK_ALL makes the CDK throw at synth.
            return fix.value === true
                ? { ...none, set: [['blockPublicAccess', { enum: 'BlockPublicAccess', member: 'BLOCK_ALL' }]], remove: ['publicReadAccess'] }
                : undefined;
        case 'ownership':
            return fix.value === 'BucketOwnerEnforced'
                ? { ...none, set: [['objectOwnership', { enum: 'ObjectOwnership', member: 'BUCKET_OWNER_ENFORCED' }]] }
                : undefined;
        case 'acl.canned':
            return fix.value === 'private' ? { ...none, set: [['accessControl', { enum: 'BucketAccessControl', member: 'PRIVATE' }]] } : undefined;
        case 'encryption': {
            const v = (fix.value ?? {});
            const member = ALGORITHM_MEMBER[v.algorithm ?? ''];
            if (!member)
                return undefined;
            const set = [['encryption', { enum: 'BucketEncryption', member }]];
            if (v.bucketKeyEnabled === true)
                set.push(['bucketKeyEnabled', 'true']);
            return { ...none, set };
        }
        case 'encryption.bucketKeyEnabled':
            return fix.value === true ? { ...none, set: [['bucketKeyEnabled', 'true']] } : undefined;
        case 'encryption.blockedEncryptionTypes':
            return Array.isArray(fix.value) && fix.value.length === 1 && fix.value[0] === 'SSE-C'
                ? { ...none, set: [['blockedEncryptionTypes', { enum: 'BlockedEncryptionType', member: 'SSE_C', list: true }]] }
                : undefined;
        case 'versioning.status':
            return fix.value === 'Enabled' ? { ...none, set: [['versioned', 'true']] } : undefined;
        case 'objectLock.enabled':
            return fix.value === true ? { ...none, set: [['objectLockEnabled', 'true']] } : undefined;
    }
    return undefined;
}
/** The same intents on an L1 `CfnBucket`, whose props mirror CloudFormation. */
function l1Change(fix) {
    if (fix.kind === 'remove') {
        if (fix.field === 'acl.canned')
            return { set: [], remove: ['accessControl'] };
        if (fix.field === 'website')
            return { set: [], remove: ['websiteConfiguration'] };
        return undefined;
    }
    if (fix.kind !== 'set')
        return undefined;
    switch (fix.field) {
        case 'publicAccessBlock':
            return fix.value === true
                ? {
                    set: [
                        [
                            'publicAccessBlockConfiguration',
                            '{ blockPublicAcls: true, blockPublicPolicy: true, ignorePublicAcls: true, restrictPublicBuckets: true }',
                        ],
                    ],
                    remove: [],
                }
                : undefined;
        case 'ownership':
            return fix.value === 'BucketOwnerEnforced'
                ? { set: [['ownershipControls', "{ rules: [{ objectOwnership: 'BucketOwnerEnforced' }] }"]], remove: [] }
                : undefined;
        case 'acl.canned':
            return fix.value === 'private' ? { set: [['accessControl', "'Private'"]], remove: [] } : undefined;
        case 'encryption': {
            const v = (fix.value ?? {});
            if (!v.algorithm || !ALGORITHM_MEMBER[v.algorithm])
                return undefined;
            const key = v.bucketKeyEnabled === true ? ', bucketKeyEnabled: true' : '';
            return {
                set: [
                    [
                        'bucketEncryption',
                        `{ serverSideEncryptionConfiguration: [{ serverSideEncryptionByDefault: { sseAlgorithm: '${v.algorithm}' }${key} }] }`,
                    ],
                ],
                remove: [],
            };
        }
        case 'versioning.status':
            return fix.value === 'Enabled' ? { set: [['versioningConfiguration', "{ status: 'Enabled' }"]], remove: [] } : undefined;
        case 'objectLock.enabled':
            return fix.value === true ? { set: [['objectLockEnabled', 'true']], remove: [] } : undefined;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parsers/cdk/props-edit.ts
/** Turns a props change into splices of the call's text, then into one whole-line edit. */
function editCall(text, lines, file, call, change, lang) {
    if (call.opaqueProps)
        return undefined;
    const props = call.props?.properties ?? [];
    const find = (key) => props.find((p) => !p.spread && p.key === key);
    const splices = [];
    const inserts = [];
    for (const s of change.set) {
        const p = find(s.key);
        if (!p)
            inserts.push(s);
        else if (lang === 'ts' && p.value.start === p.start)
            splices.push({ start: p.start, end: p.end, text: `${s.key}: ${s.value}` });
        else if (text.slice(p.value.start, p.value.end) !== s.value)
            splices.push({ start: p.value.start, end: p.value.end, text: s.value });
    }
    for (const s of change.ensure) {
        const p = find(s.key);
        if (!p)
            inserts.push(s);
        else if (text.slice(p.value.start, p.value.end) !== s.value)
            splices.push({ start: p.value.start, end: p.value.end, text: s.value });
    }
    for (const key of change.remove) {
        const p = find(key);
        if (p)
            splices.push(removal(text, props, p));
    }
    if (inserts.length > 0) {
        const ins = insertion(text, lines, call, inserts, lang);
        if (!ins)
            return undefined;
        splices.push(ins);
    }
    if (splices.length === 0)
        return undefined;
    return toLineEdit(text, lines, file, splices, change.description);
}
/** Deletes a property: its whole line(s) when it stands alone, else the property and one comma. */
function removal(text, props, p) {
    const lineStart = text.lastIndexOf('\n', p.start - 1) + 1;
    let end = p.end;
    while (end < text.length && /[ \t]/.test(text[end]))
        end++;
    if (text[end] === ',')
        end++;
    while (end < text.length && /[ \t]/.test(text[end]))
        end++;
    const aloneBefore = /^[ \t]*$/.test(text.slice(lineStart, p.start));
    const aloneAfter = end >= text.length || text[end] === '\n' || text.startsWith('\r\n', end);
    if (aloneBefore && aloneAfter) {
        const nl = text.indexOf('\n', end);
        return { start: lineStart, end: nl < 0 ? text.length : nl + 1, text: '' };
    }
    const i = props.indexOf(p);
    if (text[end - 1] !== ',' && i > 0) {
        // The last property: drop the comma before it instead.
        const prev = props[i - 1];
        return { start: prev.end, end: p.end, text: '' };
    }
    return { start: p.start, end, text: '' };
}
/**
 * Where new properties go: right after the props object's `{` (so the suggestion sits on the
 * construct's own line), or at its end when it holds a spread (`{ ...props }`), which would
 * otherwise override them. Multi-line objects get one property per line at their indentation.
 */
function insertion(text, lines, call, add, lang) {
    if (lang === 'py') {
        const kw = add.map((a) => `${a.key}=${a.value}`);
        const last = call.args[call.args.length - 1];
        const multiLine = lines.position(call.open).line !== lines.position(call.close).line;
        if (multiLine) {
            // One keyword per line after the last argument; a trailing comma, if any, now follows ours.
            const indent = props_edit_indentOf(text, last.start);
            return { start: last.end, end: last.end, text: `,\n${kw.map((k) => `${indent}${k}`).join(',\n')}` };
        }
        return { start: last.end, end: last.end, text: `, ${kw.join(', ')}` };
    }
    const pairs = add.map((a) => `${a.key}: ${a.value}`);
    const props = call.props;
    if (!props) {
        const last = call.args[call.args.length - 1];
        return { start: last.end, end: last.end, text: `, { ${pairs.join(', ')} }` };
    }
    const openLine = lines.position(props.start).line;
    const closeLine = lines.position(props.end).line;
    const hasSpread = props.properties.some((p) => p.spread);
    if (openLine === closeLine) {
        if (props.properties.length === 0)
            return { start: props.start + 1, end: props.end, text: ` ${pairs.join(', ')} ` };
        if (hasSpread) {
            const last = props.properties[props.properties.length - 1];
            return { start: last.end, end: last.end, text: `, ${pairs.join(', ')}` };
        }
        const first = props.properties[0];
        return { start: first.start, end: first.start, text: `${pairs.join(', ')}, ` };
    }
    const first = props.properties[0];
    const indent = first ? props_edit_indentOf(text, first.start) : `${props_edit_indentOf(text, props.start)}${indentUnit(text)}`;
    if (hasSpread || !first) {
        const last = props.properties[props.properties.length - 1];
        if (!last) {
            const eol = endOfLine(text, props.start);
            return { start: eol, end: eol, text: `\n${pairs.map((p) => `${indent}${p},`).join('\n')}` };
        }
        const comma = text[last.end] === ',' ? 1 : 0;
        return { start: last.end + comma, end: last.end + comma, text: `${comma ? '' : ','}\n${pairs.map((p) => `${indent}${p},`).join('\n')}` };
    }
    if (lines.position(first.start).line === openLine) {
        // `{ a: 1,` on the brace's line: keep that style.
        return { start: first.start, end: first.start, text: `${pairs.join(', ')}, ` };
    }
    const eol = endOfLine(text, props.start);
    return { start: eol, end: eol, text: `\n${pairs.map((p) => `${indent}${p},`).join('\n')}` };
}
function endOfLine(text, offset) {
    const nl = text.indexOf('\n', offset);
    const end = nl < 0 ? text.length : nl;
    return text[end - 1] === '\r' ? end - 1 : end;
}
function props_edit_indentOf(text, offset) {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart, offset))[0];
}
/** The file's indentation step (2 spaces unless the file shows otherwise). */
function indentUnit(text) {
    if (/^\t/m.test(text))
        return '\t';
    const m = /^( +)\S/m.exec(text);
    return m && m[1].length <= 8 ? m[1] : '  ';
}
/** Applies splices and returns the whole lines they touch, before and after. */
function toLineEdit(text, lines, file, splices, description) {
    const sorted = [...splices].sort((a, b) => a.start - b.start);
    for (let i = 1; i < sorted.length; i++)
        if (sorted[i].start < sorted[i - 1].end)
            return undefined;
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const startLine = lines.position(first.start).line;
    // A splice ending right after a newline does not touch the next line.
    const endOffset = last.end > last.start && text[last.end - 1] === '\n' ? last.end - 1 : last.end;
    const endLine = lines.position(Math.max(endOffset, first.start)).line;
    const regionStart = lines.lineStart(startLine);
    const regionEnd = endOfLine(text, lines.lineStart(endLine));
    let out = '';
    let at = regionStart;
    for (const s of sorted) {
        out += text.slice(at, s.start) + s.text;
        at = s.end;
    }
    if (at <= regionEnd)
        out += text.slice(at, regionEnd);
    else if (out.endsWith('\n'))
        out = out.slice(0, -1);
    return { file, startLine, endLine, replacement: out.replace(/\r?\n$/, ''), description };
}

;// CONCATENATED MODULE: ./src/parsers/cdk/fix.ts




/** The namespace this file imports aws-cdk-lib/aws-s3 under (`s3.`), when it has one. */
function s3Namespace(text, lang) {
    const ns = lang === 'py'
        ? (/^\s*import\s+aws_cdk\.aws_s3\s+as\s+(\w+)/m.exec(text) ?? /^\s*from\s+aws_cdk\s+import\s+[^\n]*\baws_s3\s+as\s+(\w+)/m.exec(text))
        : (/import\s*\*\s*as\s+([A-Za-z_$][\w$]*)\s*from\s*['"]aws-cdk-lib\/aws-s3['"]/.exec(text) ??
            /import\s*\{[^}]*\baws_s3\s+as\s+([A-Za-z_$][\w$]*)[^}]*\}\s*from\s*['"]aws-cdk-lib['"]/.exec(text) ??
            /\b(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*require\(\s*['"]aws-cdk-lib\/aws-s3['"]\s*\)/.exec(text));
    return ns ? `${ns[1]}.` : undefined;
}
/** The name a file uses for an enum it imported by name (`BlockPublicAccess as BPA` → `BPA`). */
function importedEnumName(text, enumName, lang) {
    const re = lang === 'py'
        ? /from\s+aws_cdk\.aws_s3\s+import\s+\(?([^)]*?)\)?\s*(?:\n|$)/g
        : /import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*['"]aws-cdk-lib\/aws-s3['"]/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        for (const spec of m[1].split(',')) {
            const [name, alias] = spec
                .trim()
                .replace(/^type\s+/, '')
                .split(/\s+as\s+/);
            if (name === enumName)
                return alias ?? name;
        }
    }
    return undefined;
}
function renderValue(v, text, callee, lang) {
    if (typeof v === 'string')
        return lang === 'py' ? ({ true: 'True', false: 'False' }[v] ?? v) : v;
    const ref = enumRef(v, text, callee, lang);
    return ref === undefined ? undefined : v.list ? `[${ref}]` : ref;
}
function enumRef(v, text, callee, lang) {
    const dot = callee.lastIndexOf('.');
    if (dot > 0)
        return `${callee.slice(0, dot + 1)}${v.enum}.${v.member}`;
    const named = importedEnumName(text, v.enum, lang);
    if (named)
        return `${named}.${v.member}`;
    // The call uses a named import (`new Bucket(...)`) but the enum is not imported: only a
    // namespace import of the module can name it without adding an import (not a local edit).
    const prefix = s3Namespace(text, lang);
    return prefix === undefined ? undefined : `${prefix}${v.enum}.${v.member}`;
}
function renderCdkFix(finding, texts) {
    const fix = finding.fix;
    if (!fix || finding.format !== 'cdk')
        return undefined;
    const file = finding.location.file;
    const lang = langOf(file);
    const text = texts.get(file);
    if (!lang || text === undefined)
        return undefined;
    const lines = new line_index/* LineIndex */.r(text);
    const line = finding.location.line;
    if (line < 1 || line > lines.lineCount())
        return undefined;
    const lineStart = lines.lineStart(line);
    const nl = text.indexOf('\n', lineStart);
    const call = findConstructCallOnLine(text, lineStart, nl < 0 ? text.length : nl, finding.location.column, lang);
    if (!call)
        return undefined;
    const kind = kindOf(call.callee);
    if (!kind)
        return undefined;
    let change;
    if (kind === 'cfn-bucket') {
        if (lang === 'py')
            return undefined;
        const c = l1Change(fix);
        if (!c)
            return undefined;
        change = { set: c.set.map(([key, value]) => ({ key, value })), remove: c.remove, ensure: [], description: '' };
    }
    else {
        const c = l2Change(kind, fix);
        if (!c)
            return undefined;
        const resolve = (pairs) => {
            const out = [];
            for (const [key, v] of pairs) {
                const value = renderValue(v, text, call.callee, lang);
                if (value === undefined)
                    return undefined;
                out.push({ key: lang === 'py' ? (PY_NAMES[key] ?? key) : key, value });
            }
            return out;
        };
        const set = resolve(c.set);
        const ensure = resolve(c.ensure);
        if (!set || !ensure)
            return undefined;
        change = { set, ensure, remove: c.remove.map((k) => (lang === 'py' ? (PY_NAMES[k] ?? k) : k)), description: '' };
    }
    change.description = describe(change, lang, `${call.callee} ${text.slice(call.args[1].start, call.args[1].end)}`);
    return editCall(text, lines, file, call, change, lang);
}
function describe(c, lang, construct) {
    const sep = lang === 'py' ? '=' : ': ';
    const parts = [...c.set, ...c.ensure].map((s) => `\`${s.key}${sep}${s.value}\``);
    let d = `Set ${parts.join(' and ')}`;
    if (c.set.length === 0 && c.ensure.length === 0)
        d = `Remove ${c.remove.map((k) => `\`${k}\``).join(', ')}`;
    else if (c.remove.length > 0)
        d += ` (dropping ${c.remove.map((k) => `\`${k}\``).join(', ')} if set)`;
    return `${d} on ${construct}`;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./src/parsers/cdk/source-index.ts
/**
 * The CDK app's own source files inside the scan roots: where creation-stack traces are mapped to
 * and where construct ids are looked up when an assembly holds no usable trace. Only listed here;
 * each file is read (through the scan's `readFile`) when a lookup needs it.
 */


/** Extensions of CDK app sources (TypeScript, JavaScript, Python). */
const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.mjs', '.cjs', '.py'];
/**
 * Folders that never hold the app's own constructs: dependencies, virtualenvs, caches, VCS data.
 * Cloud assemblies are skipped by content (a `manifest.json` next to a `cdk.out` marker) rather
 * than by name, since their asset folders carry bundled copies of the app's code.
 */
const SKIPPED_DIRS = new Set([
    'node_modules',
    '.git',
    '.hg',
    '.svn',
    '.venv',
    'venv',
    '.tox',
    '__pycache__',
    '.mypy_cache',
    '.pytest_cache',
    '.cache',
    'coverage',
    '.next',
    '.turbo',
    '.yarn',
]);
const TS_TWINS = ['.ts', '.tsx', '.mts', '.cts'];
/** Upper bounds so a huge monorepo cannot make the fallback search unbounded. */
const MAX_FILES = 20_000;
const MAX_DEPTH = 40;
function isSourceFile(name) {
    if (name.endsWith('.d.ts') || name.endsWith('.d.mts') || name.endsWith('.d.cts'))
        return false;
    return SOURCE_EXTENSIONS.some((e) => name.endsWith(e));
}
/** Lists the source files under `roots` (each root a directory or a file). Symlinks are not followed. */
function indexSources(roots) {
    const files = [];
    let truncated = false;
    const seen = new Set();
    const walk = (dir, depth) => {
        if (truncated || depth > MAX_DEPTH || seen.has(dir))
            return;
        seen.add(dir);
        let entries;
        try {
            entries = external_node_fs_default().readdirSync(dir, { withFileTypes: true });
        }
        catch {
            return;
        }
        if (entries.some((e) => e.isFile() && e.name === 'manifest.json') && entries.some((e) => e.isFile() && e.name === 'cdk.out'))
            return;
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const e of entries) {
            if (truncated)
                return;
            const abs = `${dir}/${e.name}`;
            if (e.isDirectory()) {
                if (!SKIPPED_DIRS.has(e.name) && e.name !== 'cdk.out' && !e.name.startsWith('asset.'))
                    walk(abs, depth + 1);
            }
            else if (e.isFile() && isSourceFile(e.name)) {
                if (files.length >= MAX_FILES)
                    truncated = true;
                else
                    files.push(abs);
            }
        }
    };
    for (const root of roots) {
        const r = toSlash(external_node_path_default().resolve(root));
        let stat;
        try {
            stat = external_node_fs_default().statSync(r);
        }
        catch {
            continue;
        }
        if (stat.isDirectory())
            walk(r, 0);
        else if (stat.isFile() && isSourceFile(r))
            files.push(r);
    }
    const all = new Set(files);
    // `tsc` output next to its source repeats every construct id; the TypeScript is what users edit.
    const unique = [...all].filter((f) => !/\.(m|c)?js$/.test(f) || !TS_TWINS.some((ext) => all.has(f.replace(/\.(m|c)?js$/, ext)))).sort();
    const byBase = new Map();
    for (const f of unique) {
        const base = f.slice(f.lastIndexOf('/') + 1);
        const list = byBase.get(base);
        if (list)
            list.push(f);
        else
            byBase.set(base, [f]);
    }
    return { files: unique, byBase, truncated };
}
function toSlash(p) {
    return p.replace(/\\/g, '/');
}

;// CONCATENATED MODULE: ./src/parsers/cdk/construct-calls.ts
/**
 * Construct calls in the app's sources, by construct id: the fallback when an assembly holds no
 * usable creation trace. Each source is read once, app folder first, and only the calls are kept.
 */


/** Sources larger than this are generated bundles, not the app's constructs. */
const MAX_INDEXED_SOURCE_BYTES = 1024 * 1024;
/**
 * Every call in a source that passes a string literal as construct id: `new X(this, 'id'`,
 * `X(self, "id"`, `X(self, id="id"` (the id is the second argument in every CDK language).
 */
const CALL_RE = new RegExp(String.raw `(?:\bnew\s+)?([A-Za-z_$][\w$]*(?:\s*\.\s*[A-Za-z_$][\w$]*)*)\s*\(\s*[A-Za-z_$][\w$.]*\s*,\s*(?:id\s*=\s*)?(['"\x60])([^'"\x60\\\n]*)\2`, 'g');
const KEYWORDS = new Set(['if', 'for', 'while', 'switch', 'return', 'function', 'catch', 'typeof', 'await', 'print', 'super']);
function findConstructCalls(text) {
    const out = [];
    CALL_RE.lastIndex = 0;
    for (let m = CALL_RE.exec(text); m; m = CALL_RE.exec(text)) {
        const callee = m[1].replace(/\s+/g, '');
        const id = m[3];
        if (KEYWORDS.has(callee) || id === '' || id.includes('${'))
            continue;
        out.push({ offset: m.index, callee, id });
    }
    return out;
}
/** Construct calls by id, over a set of files read once (built lazily, app folder first). */
class ConstructCallIndex {
    sources;
    read;
    appDir;
    app;
    rest;
    constructor(sources, read, appDir) {
        this.sources = sources;
        this.read = read;
        this.appDir = appDir;
    }
    /** Calls with this id in the app folder; when there are none, in the rest of the scan roots. */
    calls(id) {
        const prefix = `${toSlash(this.appDir).replace(/\/+$/, '')}/`;
        this.app ??= this.build(this.sources.files.filter((f) => f.startsWith(prefix)));
        const inApp = this.app.get(id);
        if (inApp && inApp.length > 0)
            return inApp;
        this.rest ??= this.build(this.sources.files.filter((f) => !f.startsWith(prefix)));
        return this.rest.get(id) ?? [];
    }
    build(files) {
        const out = new Map();
        for (const abs of files) {
            const text = this.read(abs);
            if (text === undefined || text.length > MAX_INDEXED_SOURCE_BYTES)
                continue;
            let lines;
            for (const c of findConstructCalls(text)) {
                lines ??= new line_index/* LineIndex */.r(text);
                const pos = lines.position(c.offset);
                const call = { abs, line: pos.line, column: pos.column, callee: c.callee };
                const list = out.get(c.id);
                if (list)
                    list.push(call);
                else
                    out.set(c.id, [call]);
            }
        }
        return out;
    }
}

;// CONCATENATED MODULE: ./src/parsers/cdk/trace-paths.ts

/**
 * The repository file a trace path names: the same file when it is inside the scan roots, else
 * the file sharing the longest path suffix (`/home/runner/work/app/app/lib/storage.ts` →
 * `lib/storage.ts`). Ties go to files inside the app folder; a remaining tie is no answer.
 */
function mapTracePath(traceFile, sources, appDir) {
    const file = toSlash(traceFile);
    const base = file.slice(file.lastIndexOf('/') + 1);
    const candidates = sources.byBase.get(base);
    if (!candidates || candidates.length === 0)
        return undefined;
    if (candidates.includes(file))
        return file;
    const want = file.split('/').filter((s) => s !== '');
    const app = toSlash(appDir).replace(/\/+$/, '');
    // A trace from Windows names files in any case; POSIX paths are compared exactly.
    const same = /^[A-Za-z]:\//.test(file) ? (a, b) => a.toLowerCase() === b.toLowerCase() : (a, b) => a === b;
    let best = [];
    let bestScore = 0;
    for (const c of candidates) {
        const have = c.split('/').filter((s) => s !== '');
        let score = 0;
        while (score < want.length && score < have.length && same(want[want.length - 1 - score], have[have.length - 1 - score]))
            score++;
        if (score > bestScore) {
            bestScore = score;
            best = [c];
        }
        else if (score === bestScore)
            best.push(c);
    }
    if (best.length === 1)
        return best[0];
    const inApp = best.filter((c) => c.startsWith(`${app}/`));
    return inApp.length === 1 ? inApp[0] : undefined;
}

;// CONCATENATED MODULE: ./src/parsers/cdk/stack-trace.ts
/**
 * Frames of the `aws:cdk:creationStack` traces (and the `trace` arrays of older metadata entries)
 * that the CDK writes into the cloud assembly. Current aws-cdk-lib writes "just my code" traces
 * (`...new Bucket2 in aws-cdk-lib...`, `new StorageStack (/abs/lib/storage.ts:12:5)`); older
 * versions and `--debug` write raw V8 frames (`at new Bucket (/abs/node_modules/...)`), ESM apps
 * write `file://` URLs, and Python apps (through jsii) append host frames without a column.
 */
/** Parses one trace entry; `undefined` for collapsed library runs, notes and unreadable lines. */
function parseFrame(entry) {
    let text = entry.trim();
    if (text.startsWith('at '))
        text = text.slice(3).trim();
    // `...new Bucket2 in aws-cdk-lib...`, `...node internals...`, `(no user code in 10 frames, ...)`
    if (text === '' || text.startsWith('...') || text.startsWith('(no user code'))
        return undefined;
    let fn = '';
    let location = text;
    if (text.endsWith(')')) {
        // The location is the last balanced parenthesised group: paths may themselves hold parentheses.
        let depth = 0;
        let open = -1;
        for (let i = text.length - 1; i >= 0; i--) {
            const c = text[i];
            if (c === ')')
                depth++;
            else if (c === '(' && --depth === 0) {
                open = i;
                break;
            }
        }
        if (open < 0)
            return undefined;
        fn = text.slice(0, open).trim();
        location = text.slice(open + 1, -1).trim();
    }
    if (location.startsWith('eval at ') || location === 'native' || location.startsWith('index '))
        return undefined;
    const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(location);
    if (!m)
        return undefined;
    const file = normalisePath(m[1]);
    if (file === '' || file === '<anonymous>')
        return undefined;
    return { fn, file, line: Number(m[2]), column: m[3] === undefined ? 0 : Number(m[3]) };
}
/** `file:///C:/x/y.ts` → `C:/x/y.ts`, `C:\x\y.ts` → `C:/x/y.ts`, `%20` decoded in URLs. */
function normalisePath(raw) {
    let p = raw.trim();
    if (p.startsWith('file://')) {
        p = p.slice('file://'.length);
        try {
            p = decodeURIComponent(p);
        }
        catch {
            // A malformed escape stays as written; the path simply will not match a file.
        }
        if (/^\/[A-Za-z]:\//.test(p))
            p = p.slice(1);
    }
    return p.replace(/\\/g, '/');
}
const LIBRARY_SEGMENTS = ['/node_modules/', '/site-packages/', '/dist-packages/', '/jsii-kernel-', '/jsii-runtime/', '/.jsii/'];
/**
 * A frame of a library, the runtime or the toolchain rather than of the app: frames in
 * node_modules (aws-cdk-lib, constructs, any L3 package), Node internals, Python packages and
 * the jsii runtime are skipped so that the first remaining frame is the user's own line.
 */
function isLibraryFrame(frame) {
    const f = frame.file;
    if (f.startsWith('node:') || f.startsWith('internal/') || f.startsWith('<'))
        return true;
    const slashed = f.startsWith('/') ? f : `/${f}`;
    return LIBRARY_SEGMENTS.some((s) => slashed.includes(s));
}
/** The frames of a trace that belong to the app, innermost first. */
function userFrames(trace) {
    const out = [];
    for (const entry of trace) {
        if (typeof entry !== 'string')
            continue;
        const frame = parseFrame(entry);
        if (frame && !isLibraryFrame(frame))
            out.push(frame);
    }
    return out;
}

;// CONCATENATED MODULE: ./src/parsers/cdk/locate.ts
/**
 * Finds the line of the app's source that created a construct:
 * 1. from creation-stack traces: the resource's own trace first, then its parents' (whose traces
 *    may point at code that merely used the construct), skipping library frames and mapping the
 *    absolute paths of the synth machine to repository files by the longest matching suffix;
 * 2. else by looking up the construct id in the app's sources (`new s3.Bucket(this, 'Logs'`,
 *    `s3.Bucket(self, "Logs"`), deepest id first, so a construct made inside a library L3 lands
 *    on the line that created the L3.
 */





/** Library-made children that stand for their parent construct (`Bucket/Resource`). */
const DEFAULT_CHILDREN = ['Resource', 'Default'];
function locateConstruct(constructPath, stackPath, ctx) {
    return locateByTrace(constructPath, stackPath, ctx) ?? locateByConstructId(constructPath, stackPath, ctx);
}
/** Paths whose traces may tell where `constructPath` was made, own path first, never the stack itself. */
function tracePathsFor(constructPath, stackPath) {
    const out = [constructPath];
    let p = constructPath;
    for (;;) {
        const slash = p.lastIndexOf('/');
        if (slash <= 0)
            break;
        p = p.slice(0, slash);
        if (stackPath && (p === stackPath || !p.startsWith(`${stackPath}/`)))
            break;
        out.push(p);
        for (const c of DEFAULT_CHILDREN)
            if (`${p}/${c}` !== constructPath)
                out.push(`${p}/${c}`);
    }
    return [...new Set(out)];
}
function locateByTrace(constructPath, stackPath, ctx) {
    // Frames the stack's own creation shares with every resource (`new StorageStack(app, ...)`):
    // reaching one means no frame specific to the resource was found.
    const stackTrace = stackPath ? ctx.metadata.traceOf(stackPath) : undefined;
    const shared = new Set(userFrames(stackTrace?.trace ?? []).map(frameKey));
    for (const p of tracePathsFor(constructPath, stackPath)) {
        const t = ctx.metadata.traceOf(p);
        if (!t)
            continue;
        const mapped = [];
        let skipped = false;
        for (const frame of userFrames(t.trace)) {
            // After skipping unknown frames, the module's top level is the app entry, not the construct.
            if (shared.has(frameKey(frame)) || (skipped && isTopLevel(frame)))
                break;
            const abs = mapTracePath(frame.file, ctx.sources, ctx.appDir);
            if (!abs) {
                // The app ran from compiled JavaScript (`lib/stack.js`) whose TypeScript is in the repo:
                // its line numbers are not the TypeScript's, so look the id up in that file instead.
                const twin = typeScriptTwin(frame.file, ctx);
                if (twin)
                    return mapped.length === 0 ? locateByConstructId(constructPath, stackPath, ctx, twin) : undefined;
                // A frame outside the scan roots (a shared package): the next user line is the nearest.
                skipped = true;
                continue;
            }
            const file = ctx.reader.get(abs);
            // A line that is gone or holds no call: the sources changed since synth; trust no frame.
            if (!file || !holdsCall(file, frame.line)) {
                if (mapped.length === 0)
                    return undefined;
                break;
            }
            mapped.push({ frame, abs });
        }
        const first = mapped[0];
        if (!first)
            continue;
        const at = lineAt(ctx, first.abs, first.frame.line, first.frame.column);
        const related = [];
        const via = mapped[1];
        if (via && insideUserConstruct(constructPath, stackPath, ctx.tree)) {
            related.push({ message: 'the construct that created it', at: lineAt(ctx, via.abs, via.frame.line, via.frame.column) });
        }
        return { abs: first.abs, at, confidence: 'trace', related };
    }
    return undefined;
}
/**
 * The app line a trace was recorded at (an acknowledgement, for instance): its first user frame
 * that maps to a repository file and holds a call.
 */
function locateCall(trace, ctx) {
    for (const frame of userFrames(trace ?? [])) {
        const abs = mapTracePath(frame.file, ctx.sources, ctx.appDir);
        const file = abs ? ctx.reader.get(abs) : undefined;
        if (abs && file && holdsCall(file, frame.line))
            return lineAt(ctx, abs, frame.line, frame.column);
    }
    return undefined;
}
/** Module top-level code: `Object.<anonymous>` (CommonJS), `<anonymous>` (ESM), `<module>` (Python). */
function isTopLevel(f) {
    return f.fn === '' || f.fn === '<anonymous>' || f.fn === 'Object.<anonymous>' || f.fn === '<module>';
}
function frameKey(f) {
    return `${f.file}:${f.line}:${f.column}`;
}
/** `…/lib/stack.ts` in the repository for a trace frame in `…/lib/stack.js`. */
function typeScriptTwin(file, ctx) {
    if (!/\.(m|c)?js$/.test(file))
        return undefined;
    for (const ext of ['.ts', '.tsx', '.mts', '.cts']) {
        const twin = mapTracePath(file.replace(/\.(m|c)?js$/, ext), ctx.sources, ctx.appDir);
        if (twin)
            return twin;
    }
    return undefined;
}
/** Does the path pass through a construct that is neither the stack nor an aws-cdk-lib class (an L3)? */
function insideUserConstruct(constructPath, stackPath, tree) {
    const rel = relativeIds(constructPath, stackPath);
    let p = stackPath;
    for (const id of rel.slice(0, -1)) {
        p = p ? `${p}/${id}` : id;
        const fqn = tree?.get(p)?.fqn;
        if (fqn === undefined)
            return rel.length > 2;
        if (!fqn.startsWith('aws-cdk-lib.'))
            return true;
    }
    return false;
}
/** Does line `line` exist and hold a call (where a trace frame must point)? */
function holdsCall(file, line) {
    if (line < 1 || line > file.lineCount)
        return false;
    const start = file.lines.lineStart(line);
    const end = file.text.indexOf('\n', start);
    return file.text.slice(start, end < 0 ? undefined : end).includes('(');
}
function lineAt(ctx, abs, line, column) {
    const col = Math.max(1, column);
    return { file: ctx.reader.displayPath(abs), line, column: col, endLine: line, endColumn: col, path: '' };
}
/** Construct ids below the stack: `Prod/Data/Analytics/Results/Resource` under `Prod/Data/Analytics` → `[Results, Resource]`. */
function relativeIds(constructPath, stackPath) {
    const rel = stackPath && constructPath.startsWith(`${stackPath}/`) ? constructPath.slice(stackPath.length + 1) : constructPath;
    return rel.split('/').filter((s) => s !== '');
}
/**
 * Looks the construct's ids up in the app's sources, deepest id first. An id found exactly once
 * (after preferring calls of the class tree.json names) is the answer; an ambiguous or missing
 * id moves the search to its parent, whose line is then the nearest certain one.
 */
function locateByConstructId(constructPath, stackPath, ctx, only) {
    const ids = relativeIds(constructPath, stackPath);
    for (let i = ids.length - 1; i >= 0; i--) {
        const id = ids[i];
        if (DEFAULT_CHILDREN.includes(id) && i === ids.length - 1)
            continue;
        // `Analytics.NestedStack`: a name the CDK made, not one the app wrote.
        if (id.includes('.NestedStack'))
            continue;
        const pathHere = [stackPath, ...ids.slice(0, i + 1)].filter((s) => s !== '').join('/');
        const cls = classOf(ctx.tree?.get(pathHere)?.fqn);
        let calls = ctx.calls.calls(id);
        if (only !== undefined)
            calls = calls.filter((c) => c.abs === only);
        if (cls && calls.length > 1) {
            const byClass = calls.filter((c) => c.callee === cls || c.callee.endsWith(`.${cls}`));
            if (byClass.length > 0)
                calls = byClass;
        }
        if (calls.length !== 1)
            continue;
        const c = calls[0];
        ctx.reader.get(c.abs);
        return { abs: c.abs, at: lineAt(ctx, c.abs, c.line, c.column), confidence: 'construct-id', related: [] };
    }
    return undefined;
}
/** The folder a cloud assembly's app lives in: the assembly's parent (nested assemblies: the root's). */
function appDirOf(assemblyDir) {
    return toSlash(external_node_path_default().dirname(assemblyDir));
}

;// CONCATENATED MODULE: ./src/parsers/cdk/nested-stacks.ts
/**
 * Nested stacks: an `AWS::CloudFormation::Stack` resource in a stack template whose template is
 * an asset of the same assembly (`ProdDataAnalytics269EE93A.nested.template.json`). The file is
 * found, in order, from the resource's `aws:asset:path` metadata, the `aws:cdk:templateFile`
 * entry of the nested stack's construct path, or the asset hash in its `TemplateURL`.
 */






function templateResources(root) {
    const res = (0,source_tree/* get */.Jt)(root, 'Resources');
    if (res?.kind !== 'map')
        return [];
    return res.entries.map((e) => ({ logicalId: e.key, type: scalarString((0,source_tree/* get */.Jt)(e.value, 'Type')) ?? '', keyStart: e.keyStart, node: e.value }));
}
function findNestedStacks(parent, root, text, pathOf, metadata, ctx, report) {
    const out = [];
    const lines = new line_index/* LineIndex */.r(text);
    let assetsByHash;
    const assetFiles = () => {
        if (assetsByHash)
            return assetsByHash;
        assetsByHash = new Map();
        if (!parent.assetsManifest)
            return assetsByHash;
        const f = readJsonFile(parent.assetsManifest, ctx, 'CDK_ASSETS', 'asset manifest', report);
        const files = (0,source_tree/* get */.Jt)(f?.root, 'files');
        if (files?.kind === 'map') {
            for (const e of files.entries) {
                const p = scalarString((0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)(e.value, 'source'), 'path'));
                if (p)
                    assetsByHash.set(e.key, p);
            }
        }
        return assetsByHash;
    };
    for (const r of templateResources(root)) {
        if (r.type !== 'AWS::CloudFormation::Stack')
            continue;
        const resourcePath = pathOf(r.logicalId);
        const nestedPath = resourcePath ? nestedStackPathFromResource(resourcePath) : undefined;
        let file = scalarString((0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)(r.node, 'Metadata'), 'aws:asset:path'));
        if (!file && nestedPath) {
            const e = metadata.entries(nestedPath).find((x) => x.type === TEMPLATE_FILE && typeof x.data === 'string');
            if (e)
                file = e.data;
        }
        if (!file) {
            const urlNode = (0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)(r.node, 'Properties'), 'TemplateURL');
            const url = urlNode ? text.slice(urlNode.start, urlNode.end) : '';
            const hash = /([0-9a-f]{64})\.json/.exec(url)?.[1];
            if (hash)
                file = assetFiles().get(hash);
        }
        const pos = lines.position(r.keyStart);
        if (!file) {
            ctx.debug(`${parent.file}: ${r.logicalId} is a nested stack whose template is not in the assembly; skipped`);
            continue;
        }
        const abs = external_node_path_default().join(parent.assemblyDir, file);
        if (!inside(parent.assemblyDir, abs)) {
            report({
                code: 'CDK_ARTIFACT_INVALID',
                file: parent.file,
                line: pos.line,
                column: pos.column,
                message: `nested stack ${r.logicalId} points outside the assembly (${file}); it was not scanned`,
                level: 'error',
            });
            continue;
        }
        let stackPath = nestedPath ?? '';
        if (!stackPath) {
            for (const [p, e] of metadata.ofType(TEMPLATE_FILE))
                if (e.data === file)
                    stackPath = p;
        }
        const below = stackPath && parent.stackPath && stackPath.startsWith(`${parent.stackPath}/`)
            ? stackPath.slice(parent.stackPath.length + 1)
            : r.logicalId;
        out.push({
            abs,
            file: ctx.displayPath(abs),
            stackName: `${parent.stackName}/${below}`,
            stackPath,
            declaredAt: {
                file: parent.file,
                line: pos.line,
                column: pos.column,
                endLine: pos.line,
                endColumn: pos.column,
                path: `Resources.${r.logicalId}`,
            },
            assemblyDir: parent.assemblyDir,
            assetsManifest: parent.assetsManifest,
            nested: true,
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/parsers/cdk/plan.ts
function dirOf(p) {
    const i = Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\'));
    return i < 0 ? '' : p.slice(0, i);
}
function baseOf(p) {
    return p.slice(Math.max(p.lastIndexOf('/'), p.lastIndexOf('\\')) + 1);
}
/**
 * A cloud assembly manifest: `manifest.json` that starts with a `version` and lists `artifacts`,
 * or (a schema that lists them otherwise) sits next to files only an assembly has: the `cdk.out`
 * marker, `tree.json`, `*.template.json`, `*.assets.json`.
 */
function isAssemblyManifest(file, siblings) {
    if (baseOf(file.abs) !== 'manifest.json')
        return false;
    if (!/"version"\s*:/.test(file.head))
        return false;
    if (/"artifacts"\s*:/.test(file.head))
        return true;
    for (const name of siblings) {
        if (name === 'cdk.out' || name === 'tree.json' || name.endsWith('.template.json') || name.endsWith('.assets.json'))
            return true;
    }
    return false;
}
function planAssemblies(files, debug = () => { }) {
    const namesByDir = new Map();
    for (const f of files) {
        const d = dirOf(f.abs);
        const set = namesByDir.get(d);
        if (set)
            set.add(baseOf(f.abs));
        else
            namesByDir.set(d, new Set([baseOf(f.abs)]));
    }
    const manifests = files.filter((f) => isAssemblyManifest(f, namesByDir.get(dirOf(f.abs)) ?? new Set()));
    // A Stage's assembly lives inside its parent's folder and is read through the parent's manifest.
    manifests.sort((a, b) => a.abs.length - b.abs.length);
    const roots = [];
    for (const m of manifests) {
        const dir = dirOf(m.abs);
        if (!roots.some((r) => under(dirOf(r.abs), dir)))
            roots.push(m);
    }
    const units = [];
    for (const root of roots.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0))) {
        const dir = dirOf(root.abs);
        const claimed = [];
        for (let i = files.length - 1; i >= 0; i--) {
            if (under(dir, dirOf(files[i].abs)))
                claimed.push(...files.splice(i, 1));
        }
        claimed.reverse();
        const id = dirOf(root.rel) || '.';
        debug(`cdk: cloud assembly ${id} (${claimed.length} files)`);
        const data = { manifest: root.abs };
        units.push({ plugin: 'cdk', id, files: claimed, data });
    }
    return units;
}
function under(dir, p) {
    return p === dir || p.startsWith(`${dir}/`) || p.startsWith(`${dir}\\`);
}

;// CONCATENATED MODULE: ./src/parsers/cdk/relocate.ts
/** Every resource-like object of a model that carries an origin. */
function subjectsOf(model) {
    return [
        ...model.buckets,
        ...model.accessPoints,
        ...model.accountPublicAccessBlocks,
        ...model.trails,
        ...model.iamPolicies,
        ...model.metricFilters,
        ...model.alarms,
        ...model.objects,
    ];
}
const RESOURCE_PATH = /^Resources\.([^.[\]]+)/;
/** Logical id a location belongs to, from its logical path (`Resources.Logs.Properties...` → `Logs`). */
function logicalIdOf(at) {
    return RESOURCE_PATH.exec(at.path)?.[1];
}
function isLocation(v) {
    if (v === null || typeof v !== 'object')
        return false;
    const o = v;
    return (typeof o.file === 'string' &&
        typeof o.line === 'number' &&
        typeof o.column === 'number' &&
        typeof o.path === 'string' &&
        typeof o.endLine === 'number');
}
/**
 * Replaces, in place, every location of `templateFile` whose resource `target` maps elsewhere.
 * Location objects are replaced, never mutated, so callers may keep the originals.
 */
function relocate(model, templateFile, target) {
    const memo = new Map();
    const seen = new WeakSet();
    const move = (at) => {
        const done = memo.get(at);
        if (done)
            return done;
        let out = at;
        if (at.file === templateFile) {
            const id = logicalIdOf(at);
            const to = id === undefined ? undefined : target(id);
            if (to)
                out = { file: to.file, line: to.line, column: to.column, endLine: to.endLine, endColumn: to.endColumn, path: at.path };
        }
        memo.set(at, out);
        return out;
    };
    const visit = (o, depth) => {
        if (depth > 80 || seen.has(o))
            return;
        seen.add(o);
        if (Array.isArray(o)) {
            for (let i = 0; i < o.length; i++) {
                const v = o[i];
                if (isLocation(v))
                    o[i] = move(v);
                else if (v !== null && typeof v === 'object')
                    visit(v, depth + 1);
            }
            return;
        }
        for (const k of Object.keys(o)) {
            const v = o[k];
            if (isLocation(v))
                o[k] = move(v);
            else if (v !== null && typeof v === 'object')
                visit(v, depth + 1);
        }
    };
    for (const s of subjectsOf(model))
        visit(s, 0);
}

;// CONCATENATED MODULE: ./src/parsers/cdk/source-reader.ts
/** The app's source files, read on demand through the scan's `readFile` and kept for the unit. */

/** Reads sources on demand and remembers them for the rest of the unit. */
class SourceReader {
    read;
    displayPath;
    cache = new Map();
    constructor(read, displayPath) {
        this.read = read;
        this.displayPath = displayPath;
    }
    get(abs) {
        let f = this.cache.get(abs);
        if (f === undefined) {
            const text = this.read(abs);
            if (text === undefined)
                f = null;
            else {
                const lines = new line_index/* LineIndex */.r(text);
                f = { text, lines, lineCount: lines.lineCount() };
            }
            this.cache.set(abs, f);
        }
        return f ?? undefined;
    }
    /** Texts read so far, by display path (for suppressions and fixes). */
    texts() {
        const out = new Map();
        for (const [abs, f] of this.cache)
            if (f)
                out.set(this.displayPath(abs), f.text);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/parsers/cdk/stack-paths.ts




/** Construct paths of every stack and nested stack the metadata knows of. */
function knownStackPaths(metadata, stacks) {
    const out = new Set();
    for (const s of stacks)
        if (s.stackPath)
            out.add(s.stackPath);
    for (const [p] of metadata.ofType(TEMPLATE_FILE))
        out.add(p);
    for (const [p] of metadata.ofType(LOGICAL_ID)) {
        const nested = nestedStackPathFromResource(p);
        if (nested)
            out.add(nested);
    }
    return out;
}
/**
 * The `aws:cdk:logicalId` entries of one stack: those whose path is under `stackPath` and under
 * no deeper (nested) stack. Logical ids are unique only within a template, so a nested stack's
 * ids must not leak into its parent's.
 */
function logicalIdsOf(metadata, stackPath, stackPaths) {
    const deeper = [...stackPaths].filter((s) => s !== stackPath && (stackPath === '' || s.startsWith(`${stackPath}/`)));
    const out = new Map();
    for (const [p, e] of metadata.ofType(LOGICAL_ID)) {
        if (typeof e.data !== 'string' || out.has(e.data))
            continue;
        if (stackPath !== '' && !p.startsWith(`${stackPath}/`))
            continue;
        if (deeper.some((d) => p.startsWith(`${d}/`)))
            continue;
        out.set(e.data, p);
    }
    return out;
}
/**
 * The stack's construct path. Current manifests say it (`aws:cdk:templateFile`, display name);
 * for older ones it is the artifact id (top-level stacks of CDK v1) or the first segment all the
 * template's `aws:cdk:path` values share.
 */
function settleStackPath(st, fromTemplate, metadata) {
    if (st.stackPath)
        return st.stackPath;
    const paths = [...fromTemplate.values()];
    if (st.artifactId) {
        const prefix = `${st.artifactId}/`;
        if (paths.some((p) => p.startsWith(prefix)))
            return st.artifactId;
        for (const [p] of metadata.ofType(LOGICAL_ID))
            if (p.startsWith(prefix))
                return st.artifactId;
    }
    const first = paths[0]?.split('/')[0];
    return first && paths.every((p) => p.startsWith(`${first}/`)) ? first : '';
}
/**
 * The stack's construct path and the construct path of each of its resources: from the
 * template's `aws:cdk:path` metadata (path metadata on), else from the assembly metadata.
 */
function constructPathsOf(st, root, metadata, stackPaths) {
    const pathByLogicalId = new Map();
    for (const r of root ? templateResources(root) : []) {
        const p = scalarString((0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)(r.node, 'Metadata'), 'aws:cdk:path'));
        if (p)
            pathByLogicalId.set(r.logicalId, p);
    }
    const stackPath = settleStackPath(st, pathByLogicalId, metadata);
    for (const [lid, p] of logicalIdsOf(metadata, stackPath, stackPaths))
        if (!pathByLogicalId.has(lid))
            pathByLogicalId.set(lid, p);
    return { stackPath, pathByLogicalId };
}

;// CONCATENATED MODULE: ./src/parsers/cdk/suppressions.ts



/**
 * `Annotation::AwsSolutions-S1` → `AwsSolutions-S1`; `AwsSolutions-IAM5[Action::s3:*]` stays whole
 * (the `::` inside the brackets is part of the finding id).
 */
function ruleFromAcknowledgedId(key) {
    const m = /^[\w.-]+::(.+)$/.exec(key);
    return m ? m[1] : key;
}
function readAcknowledgements(metadata, locate) {
    const out = [];
    for (const [scope, entry] of metadata.ofType(ACKNOWLEDGED_RULES)) {
        if (entry.data === null || typeof entry.data !== 'object' || Array.isArray(entry.data))
            continue;
        const at = locate(entry.trace) ?? entry.at;
        for (const [key, reason] of Object.entries(entry.data)) {
            out.push({
                scope,
                suppression: {
                    rule: ruleFromAcknowledgedId(key),
                    reason: typeof reason === 'string' && reason !== '' ? reason : undefined,
                    syntax: 'cdk-nag',
                    at,
                },
            });
        }
    }
    return out;
}
/** Does an acknowledgement made on `scope` cover the construct at `path`? */
function covers(scope, path) {
    return scope === '' || path === scope || path.startsWith(`${scope}/`);
}
/** v2 stack-wide suppressions: `Metadata.cdk_nag.rules_to_suppress` at the root of the template. */
function readStackSuppressions(template, file) {
    const list = (0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)((0,source_tree/* get */.Jt)(template, 'Metadata'), 'cdk_nag'), 'rules_to_suppress');
    if (list?.kind !== 'seq')
        return [];
    const out = [];
    list.items.forEach((item, i) => {
        const rule = scalarString((0,source_tree/* get */.Jt)(item, 'id'));
        if (!rule)
            return;
        const reason = scalarString((0,source_tree/* get */.Jt)(item, 'reason'));
        out.push({ rule, reason, syntax: 'cdk-nag', at: nodeAt(file, item.start, `Metadata.cdk_nag.rules_to_suppress[${i}]`) });
    });
    return out;
}
/** Adds `add` to `list` unless the same rule is already suppressed there with the same syntax. */
function addSuppression(list, add) {
    if (!list.some((s) => s.syntax === add.syntax && s.rule === add.rule))
        list.push(add);
}

;// CONCATENATED MODULE: ./src/parsers/cdk/index.ts
/**
 * The AWS CDK format plugin: reads cloud assemblies (`cdk.out`), runs every stack template,
 * nested stacks included, through the CloudFormation loader, and moves each resource from the
 * generated template to the line of the app that created its construct. Nothing from the
 * scanned repository is executed: the assembly must have been synthesised by an earlier step.
 */















const cdkPlugin = {
    name: 'cdk',
    format: 'cdk',
    plan(files, ctx) {
        return planAssemblies(files, ctx.debug);
    },
    load: loadAssembly,
    renderFix: renderCdkFix,
};
function loadAssembly(unit, ctx) {
    const data = unit.data;
    const manifest = data?.manifest ?? unit.files.find((f) => external_node_path_default().basename(f.abs) === 'manifest.json')?.abs;
    const problems = [];
    const models = [];
    const notes = [];
    const texts = new Map();
    if (!manifest)
        return { models, problems, notes, texts };
    const asm = readAssembly(manifest, ctx);
    problems.push(...asm.problems);
    let stacks = asm.stacks;
    if (!asm.usable) {
        // No usable manifest: still scan the templates the folder holds, without construct paths,
        // rather than let a broken assembly pass the gate silently.
        stacks = unit.files
            .filter((f) => f.abs.endsWith('.template.json'))
            .map((f) => ({
            abs: f.abs,
            file: f.rel,
            stackName: external_node_path_default().basename(f.abs).replace(/\.(nested\.)?template\.json$/, ''),
            stackPath: '',
            declaredAt: { file: f.rel, line: 1, column: 1, endLine: 1, endColumn: 1, path: '' },
            assemblyDir: external_node_path_default().dirname(f.abs),
            nested: f.abs.endsWith('.nested.template.json'),
        }));
    }
    const rootDir = external_node_path_default().dirname(manifest);
    const appDir = appDirOf(rootDir);
    const sources = indexSources(ctx.roots);
    const reader = new SourceReader((abs) => ctx.readFile(abs), (abs) => ctx.displayPath(abs));
    const lctx = {
        metadata: asm.metadata,
        tree: asm.tree,
        sources,
        reader,
        calls: new ConstructCallIndex(sources, (abs) => ctx.readFile(abs), appDir),
        appDir,
    };
    const stackPaths = knownStackPaths(asm.metadata, stacks);
    const acknowledgements = readAcknowledgements(asm.metadata, (trace) => locateCall(trace, lctx));
    const seenTemplates = new Set();
    let mapped = 0;
    let byId = 0;
    let unmapped = 0;
    const queue = [...stacks];
    while (queue.length > 0) {
        const st = queue.shift();
        if (seenTemplates.has(st.abs))
            continue;
        seenTemplates.add(st.abs);
        const text = ctx.readFile(st.abs);
        if (text === undefined) {
            problems.push({
                code: 'CDK_TEMPLATE_MISSING',
                file: st.declaredAt.file,
                line: st.declaredAt.line,
                column: st.declaredAt.column,
                message: `the template of ${st.nested ? 'nested stack' : 'stack'} ${st.stackName} (${st.file}) is missing or unreadable; the stack was not scanned, re-run \`cdk synth\``,
                level: 'error',
            });
            continue;
        }
        texts.set(st.file, text);
        // The loader below parses the template again for the model; this parse reads CDK metadata.
        const root = parseJson(text, { maxDepth: ctx.limits.maxDepth, reportDuplicates: false }).root;
        const { stackPath, pathByLogicalId } = constructPathsOf(st, root, asm.metadata, stackPaths);
        if (root) {
            for (const child of findNestedStacks({ ...st, stackPath }, root, text, (lid) => pathByLogicalId.get(lid), asm.metadata, ctx, (p) => problems.push(p))) {
                queue.push(child);
            }
        }
        const loaded = loadTemplateText(text, st.file, ctx.limits, {
            format: 'cdk',
            addressOf: (lid) => pathByLogicalId.get(lid) ?? lid,
            debug: ctx.debug,
        });
        problems.push(...loaded.problems);
        if (!loaded.isTemplate) {
            ctx.debug(`${st.file}: holds no CloudFormation resources`);
            continue;
        }
        const hits = new Map();
        const hitFor = (lid) => {
            let h = hits.get(lid);
            if (h === undefined) {
                const p = pathByLogicalId.get(lid);
                h = (p ? locateConstruct(p, stackPath, lctx) : undefined) ?? null;
                hits.set(lid, h);
            }
            return h ?? undefined;
        };
        const stackSuppressions = root ? readStackSuppressions(root, { file: st.file, lines: new line_index/* LineIndex */.r(text) }) : [];
        for (const model of loaded.models) {
            const origins = new Map(subjectsOf(model).map((s) => [s, s.origin.at]));
            relocate(model, st.file, (lid) => hitFor(lid)?.at);
            for (const [s, templateAt] of origins) {
                const lid = logicalIdOf(templateAt);
                const constructPath = lid === undefined ? undefined : pathByLogicalId.get(lid);
                const hit = lid === undefined ? undefined : hitFor(lid);
                if (constructPath) {
                    s.origin.cdk = { stack: st.stackName, constructPath, confidence: hit?.confidence ?? 'none' };
                    if (hit?.confidence === 'trace')
                        mapped++;
                    else if (hit)
                        byId++;
                    else
                        unmapped++;
                }
                if (hit) {
                    s.origin.related = [
                        ...(s.origin.related ?? []),
                        { message: `synthesised template (logical id ${lid})`, at: templateAt },
                        ...hit.related,
                    ];
                }
                const list = s.suppressions;
                if (!list)
                    continue;
                for (const sup of stackSuppressions)
                    addSuppression(list, sup);
                if (constructPath)
                    for (const a of acknowledgements)
                        if (covers(a.scope, constructPath))
                            addSuppression(list, a.suppression);
            }
            models.push(model);
        }
    }
    // The sources findings and suppressions now point at, for inline suppressions and fixes.
    for (const [file, text] of reader.texts())
        texts.set(file, text);
    ctx.debug(`cdk: ${unit.id}: ${models.length} stack models; resources mapped by trace ${mapped}, by construct id ${byId}, not mapped ${unmapped}`);
    if (unmapped > 0 && mapped + byId === 0) {
        notes.push(`${unit.id}: no resource could be mapped to the CDK app's source, so findings point at the synthesised templates; scan the app's folder (not only the assembly) and synthesise with creation traces (\`cdk synth --debug\` on older aws-cdk-lib)`);
    }
    return { models, problems, notes, texts };
}

;// CONCATENATED MODULE: ./src/parsers/registry.ts


/**
 * Every format plugin, in the order they claim files: more specific readers first (a cloud
 * assembly's templates belong to CDK, a plan's JSON to Terraform), plain CloudFormation last.
 */
const plugins = [cdkPlugin, cloudFormationPlugin];
function pluginByName(name) {
    const p = plugins.find((x) => x.name === name);
    if (!p)
        throw new Error(`unknown format plugin ${name}`);
    return p;
}


/***/ }),

/***/ 7434:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ findCommentSuppressions),
/* harmony export */   v: () => (/* binding */ isValidDate)
/* harmony export */ });
const DATE = /^\d{4}-\d{2}-\d{2}$/;
function isValidDate(s) {
    if (!DATE.test(s))
        return false;
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(s);
}
const QUICK = /s3-gate:ignore|checkov:skip|tfsec:ignore|trivy:ignore|kics-scan/;
function findCommentSuppressions(text, file) {
    const found = [];
    const problems = [];
    if (!QUICK.test(text))
        return { found, problems };
    const lines = text.split('\n');
    lines.forEach((raw, i) => {
        const line = i + 1;
        const hash = raw.search(/(#|\/\/)\s*(s3-gate:ignore|checkov:skip|tfsec:ignore|trivy:ignore|kics-scan)/);
        if (hash < 0)
            return;
        const comment = raw.slice(hash).replace(/^(#|\/\/)\s*/, '');
        const column = hash + 1;
        const at = { file, line, column, endLine: line, endColumn: raw.length + 1, path: `#L${line}` };
        const push = (s) => found.push({ line, suppression: { ...s, at } });
        let m;
        if ((m = /^s3-gate:ignore\s+([\w,-]+)(.*)$/.exec(comment))) {
            const rest = m[2] ?? '';
            const reason = /reason\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(rest);
            const until = /until\s*=\s*(\S+)/.exec(rest);
            const reasonText = reason ? (reason[1] ?? reason[2] ?? '').trim() : '';
            if (!reasonText) {
                problems.push({ code: 'BAD_SUPPRESSION', file, line, column, message: 's3-gate:ignore needs a reason="…"', level: 'error' });
                return;
            }
            if (until && !isValidDate(until[1])) {
                problems.push({ code: 'BAD_SUPPRESSION', file, line, column, message: `until=${until[1]} is not a date (YYYY-MM-DD)`, level: 'error' });
                return;
            }
            for (const rule of m[1].split(',').filter(Boolean))
                push({ rule, reason: reasonText, until: until?.[1], syntax: 's3-gate' });
        }
        else if ((m = /^checkov:skip=([\w-]+)(?::(.*))?$/.exec(comment))) {
            push({ rule: m[1], reason: m[2]?.trim() || undefined, syntax: 'checkov' });
        }
        else if ((m = /^tfsec:ignore:([\w-]+)(?::exp:(\d{4}-\d{2}-\d{2}))?/.exec(comment))) {
            push({ rule: m[1], until: m[2], syntax: 'tfsec' });
        }
        else if ((m = /^trivy:ignore:([\w-]+)(?::exp:(\d{4}-\d{2}-\d{2}))?/.exec(comment))) {
            push({ rule: m[1], until: m[2], syntax: 'trivy' });
        }
        else if ((m = /^kics-scan\s+(ignore-line|ignore-block|ignore)\b/.exec(comment))) {
            push({ rule: '*', reason: `kics-scan ${m[1]}`, syntax: 'kics' });
        }
        else if (/^s3-gate:ignore\s*$/.test(comment)) {
            problems.push({ code: 'BAD_SUPPRESSION', file, line, column, message: 's3-gate:ignore needs a rule id and a reason="…"', level: 'error' });
        }
    });
    return { found, problems };
}


/***/ }),

/***/ 4617:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/** Converts offsets to 1-based line/column, lazily and in O(log n) per lookup. */
class LineIndex {
    text;
    starts;
    constructor(text) {
        this.text = text;
    }
    lineStarts() {
        if (!this.starts) {
            const s = [0];
            const t = this.text;
            let i = t.indexOf('\n');
            while (i !== -1) {
                s.push(i + 1);
                i = t.indexOf('\n', i + 1);
            }
            this.starts = s;
        }
        return this.starts;
    }
    /** 1-based line and column of an offset. */
    position(offset) {
        const s = this.lineStarts();
        let lo = 0;
        let hi = s.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (s[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return { line: lo + 1, column: offset - s[lo] + 1 };
    }
    lineCount() {
        return this.lineStarts().length;
    }
    /** Offset of the start of a 1-based line. */
    lineStart(line) {
        const s = this.lineStarts();
        return s[Math.max(0, Math.min(line - 1, s.length - 1))];
    }
}


/***/ }),

/***/ 5680:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jt: () => (/* binding */ get),
/* harmony export */   Ul: () => (/* binding */ toPlain),
/* harmony export */   XJ: () => (/* binding */ getEntry)
/* harmony export */ });
/**
 * A format-neutral tree of a YAML or JSON document in which every node knows its source offsets.
 * CloudFormation short tags are already rewritten into their long form (`!Ref X` is a map with
 * one key `Ref`), so evaluators see one shape whatever the file used.
 */
function getEntry(node, key) {
    if (!node || node.kind !== 'map')
        return undefined;
    for (const e of node.entries)
        if (e.key === key)
            return e;
    return undefined;
}
function get(node, key) {
    return getEntry(node, key)?.value;
}
/** Plain JS value of a subtree (intrinsics stay as their long-form objects). */
function toPlain(node, budget = { left: 1_000_000 }) {
    if (--budget.left < 0)
        throw new RangeError('document too large to convert');
    switch (node.kind) {
        case 'scalar':
            return node.value;
        case 'seq':
            return node.items.map((n) => toPlain(n, budget));
        case 'map': {
            const o = {};
            for (const e of node.entries)
                o[e.key] = toPlain(e.value, budget);
            return o;
        }
    }
}


/***/ }),

/***/ 7999:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  h: () => (/* binding */ parseYaml)
});

;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
/*! js-yaml 5.5.0 https://github.com/nodeca/js-yaml @license MIT */
//#region src/tag.ts
/**
* Returned by a scalar resolver when the source does not match its tag.
*
* @category Tags
*/
var NOT_RESOLVED = Symbol("NOT_RESOLVED");
/**
* Create a normalized scalar tag definition.
*
* @category Tags
*/
function defineScalarTag(tagName, options) {
	return {
		tagName,
		nodeKind: "scalar",
		implicit: options.implicit ?? false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		implicitFirstChars: options.implicitFirstChars ?? null,
		resolve: options.resolve,
		identify: options.identify,
		represent: options.represent ?? ((data) => String(data)),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized sequence tag definition.
*
* @category Tags
*/
function defineSequenceTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "sequence",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addItem: options.addItem,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
/**
* Create a normalized mapping tag definition.
*
* @category Tags
*/
function defineMappingTag(tagName, options) {
	const carrierIsResult = options.finalize === void 0;
	return {
		tagName,
		nodeKind: "mapping",
		implicit: false,
		matchByTagPrefix: options.matchByTagPrefix ?? false,
		create: options.create,
		addPair: options.addPair,
		has: options.has,
		keys: options.keys,
		get: options.get,
		finalize: options.finalize ?? ((carrier) => carrier),
		carrierIsResult,
		identify: options.identify,
		represent: options.represent ?? ((data) => data),
		representTagName: options.representTagName ?? (() => tagName)
	};
}
//#endregion
//#region src/tag/scalar/str.ts
/** @category Tags */
var strTag = defineScalarTag("tag:yaml.org,2002:str", {
	resolve: (source) => source,
	identify: (data) => typeof data === "string"
});
//#endregion
//#region src/tag/scalar/null_core.ts
var NULL_VALUES$1 = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullCoreTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES$1.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_json.ts
/** @category Tags */
var nullJsonTag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: ["n"],
	resolve: (source, isExplicit) => {
		if (source === "null" || isExplicit && source === "") return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/null_yaml11.ts
var NULL_VALUES = [
	"",
	"~",
	"null",
	"Null",
	"NULL"
];
/** @category Tags */
var nullYaml11Tag = defineScalarTag("tag:yaml.org,2002:null", {
	implicit: true,
	implicitFirstChars: [
		"",
		"~",
		"n",
		"N"
	],
	resolve: (source) => {
		if (NULL_VALUES.indexOf(source) !== -1) return null;
		return NOT_RESOLVED;
	},
	identify: (object) => object === null,
	represent: () => "null"
});
//#endregion
//#region src/tag/scalar/bool_core.ts
var TRUE_VALUES$2 = [
	"true",
	"True",
	"TRUE"
];
var FALSE_VALUES$2 = [
	"false",
	"False",
	"FALSE"
];
/** @category Tags */
var boolCoreTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"t",
		"T",
		"f",
		"F"
	],
	resolve: (source) => {
		if (TRUE_VALUES$2.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$2.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_json.ts
var TRUE_VALUES$1 = ["true"];
var FALSE_VALUES$1 = ["false"];
/** @category Tags */
var boolJsonTag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: ["t", "f"],
	resolve: (source) => {
		if (TRUE_VALUES$1.indexOf(source) !== -1) return true;
		if (FALSE_VALUES$1.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/bool_yaml11.ts
var TRUE_VALUES = [
	"true",
	"True",
	"TRUE",
	"y",
	"Y",
	"yes",
	"Yes",
	"YES",
	"on",
	"On",
	"ON"
];
var FALSE_VALUES = [
	"false",
	"False",
	"FALSE",
	"n",
	"N",
	"no",
	"No",
	"NO",
	"off",
	"Off",
	"OFF"
];
/** @category Tags */
var boolYaml11Tag = defineScalarTag("tag:yaml.org,2002:bool", {
	implicit: true,
	implicitFirstChars: [
		"y",
		"Y",
		"n",
		"N",
		"t",
		"T",
		"f",
		"F",
		"o",
		"O"
	],
	resolve: (source) => {
		if (TRUE_VALUES.indexOf(source) !== -1) return true;
		if (FALSE_VALUES.indexOf(source) !== -1) return false;
		return NOT_RESOLVED;
	},
	identify: (object) => Object.prototype.toString.call(object) === "[object Boolean]",
	represent: (object) => object ? "true" : "false"
});
//#endregion
//#region src/tag/scalar/int_core.ts
var YAML_INTEGER_IMPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:0o[0-7]+|0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
var YAML_INTEGER_EXPLICIT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$2(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$2(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN$1.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$2(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intCoreTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger$2,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_json.ts
var YAML_INTEGER_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)$");
var YAML_INTEGER_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1]+|[-+]?0o[0-7]+|[-+]?0x[0-9a-fA-F]+|[-+]?[0-9]+)$");
function parseYamlInteger$1(source) {
	let value = source;
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0o")) return sign * parseInt(value.slice(2), 8);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_INTEGER_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	} else if (!YAML_INTEGER_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger$1(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intJsonTag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlInteger$1,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/int_yaml11.ts
var YAML_INTEGER_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?0x[0-9a-fA-F_]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+|[-+]?(?:0|[1-9][0-9_]*))$");
function parseYamlInteger(source) {
	let value = source.replace(/_/g, "");
	let sign = 1;
	if (value[0] === "-" || value[0] === "+") {
		if (value[0] === "-") sign = -1;
		value = value.slice(1);
	}
	if (value.startsWith("0b")) return sign * parseInt(value.slice(2), 2);
	if (value.startsWith("0x")) return sign * parseInt(value.slice(2), 16);
	if (value.includes(":")) {
		let result = 0;
		for (const part of value.split(":")) result = result * 60 + Number(part);
		return sign * result;
	}
	if (value !== "0" && value[0] === "0") return sign * parseInt(value, 8);
	return sign * parseInt(value, 10);
}
function resolveYamlInteger(source) {
	if (!YAML_INTEGER_PATTERN.test(source)) return NOT_RESOLVED;
	const result = parseYamlInteger(source);
	return Number.isFinite(result) ? result : NOT_RESOLVED;
}
/** @category Tags */
var intYaml11Tag = defineScalarTag("tag:yaml.org,2002:int", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		..."0123456789"
	],
	resolve: resolveYamlInteger,
	identify: (object) => Number.isInteger(object) && !Object.is(object, -0) && object.toString(10).indexOf("e") < 0,
	represent: (object) => object.toString(10)
});
//#endregion
//#region src/tag/scalar/float_core.ts
var YAML_FLOAT_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN$1 = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$2(source) {
	if (!YAML_FLOAT_PATTERN$1.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase();
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	const result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN$1.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$2(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatCoreTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat$2,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$2
});
//#endregion
//#region src/tag/scalar/float_json.ts
var YAML_FLOAT_IMPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^-?(?:0|[1-9][0-9]*)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$");
var YAML_FLOAT_EXPLICIT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?[0-9]+(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|[-+]?\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat$1(source, isExplicit) {
	if (isExplicit) {
		if (!YAML_FLOAT_EXPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
		let value = source.toLowerCase();
		const sign = value[0] === "-" ? -1 : 1;
		if ("+-".includes(value[0])) value = value.slice(1);
		if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
		if (value === ".nan") return NaN;
		const result = sign * parseFloat(value);
		return Number.isFinite(result) ? result : NOT_RESOLVED;
	}
	if (!YAML_FLOAT_IMPLICIT_PATTERN.test(source)) return NOT_RESOLVED;
	const result = Number(source);
	if (Number.isFinite(result)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat$1(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatJsonTag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: ["-", ..."0123456789"],
	resolve: resolveYamlFloat$1,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat$1
});
//#endregion
//#region src/tag/scalar/float_yaml11.ts
var YAML_FLOAT_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?(?:(?:[0-9][0-9_]*)?\\.[0-9_]*)(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
var YAML_FLOAT_SPECIAL_PATTERN = /* @__PURE__ */ new RegExp("^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$");
function resolveYamlFloat(source) {
	if (!YAML_FLOAT_PATTERN.test(source)) return NOT_RESOLVED;
	let value = source.toLowerCase().replace(/_/g, "");
	const sign = value[0] === "-" ? -1 : 1;
	if ("+-".includes(value[0])) value = value.slice(1);
	if (value === ".inf") return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
	if (value === ".nan") return NaN;
	let result = 0;
	if (value.includes(":")) {
		for (const part of value.split(":")) result = result * 60 + Number(part);
		result *= sign;
	} else result = sign * parseFloat(value);
	if (Number.isFinite(result) || YAML_FLOAT_SPECIAL_PATTERN.test(source)) return result;
	return NOT_RESOLVED;
}
function representYamlFloat(object) {
	if (isNaN(object)) return ".nan";
	if (object === Number.POSITIVE_INFINITY) return ".inf";
	if (object === Number.NEGATIVE_INFINITY) return "-.inf";
	if (Object.is(object, -0)) return "-0.0";
	const result = object.toString(10);
	return /^[-+]?[0-9]+e/.test(result) ? result.replace("e", ".e") : result;
}
/** @category Tags */
var floatYaml11Tag = defineScalarTag("tag:yaml.org,2002:float", {
	implicit: true,
	implicitFirstChars: [
		"-",
		"+",
		".",
		..."0123456789"
	],
	resolve: resolveYamlFloat,
	identify: (object) => typeof object === "number" && (!Number.isInteger(object) || Object.is(object, -0) || object.toString(10).indexOf("e") >= 0),
	represent: representYamlFloat
});
//#endregion
//#region src/tag/scalar/merge.ts
/**
* Enables merge keys in {@link CORE_SCHEMA} when added with
* {@link Schema.withTags}.
*
* @category Tags
*/
var mergeTag = defineScalarTag("tag:yaml.org,2002:merge", {
	implicit: true,
	implicitFirstChars: ["<"],
	resolve: (source, isExplicit) => {
		if (source === "<<" || isExplicit && source === "") return "<<";
		return NOT_RESOLVED;
	},
	identify: () => false
});
//#endregion
//#region src/tag/scalar/binary.ts
var BASE64_PATTERN = /^[A-Za-z0-9+/]*={0,2}$/;
function resolveYamlBinary(source) {
	const input = source.replace(/\s/g, "");
	if (input.length % 4 !== 0 || !BASE64_PATTERN.test(input)) return NOT_RESOLVED;
	const binary = atob(input);
	const result = new Uint8Array(binary.length);
	for (let index = 0; index < binary.length; index++) result[index] = binary.charCodeAt(index);
	return result;
}
function representYamlBinary(object) {
	let binary = "";
	for (let index = 0; index < object.length; index++) binary += String.fromCharCode(object[index]);
	return btoa(binary);
}
/**
* The `!!binary` tag, represented as a `Uint8Array`.
*
* @category Tags
*/
var binaryTag = defineScalarTag("tag:yaml.org,2002:binary", {
	resolve: resolveYamlBinary,
	identify: (object) => Object.prototype.toString.call(object) === "[object Uint8Array]",
	represent: representYamlBinary
});
//#endregion
//#region src/tag/scalar/timestamp.ts
var YAML_DATE_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$");
var YAML_TIMESTAMP_REGEXP = /* @__PURE__ */ new RegExp("^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$");
function makeUtcDate(year, month, day, hour = 0, minute = 0, second = 0, fraction = 0) {
	const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
	date.setUTCFullYear(year, month, day);
	return date;
}
function resolveYamlTimestamp(source) {
	let match = YAML_DATE_REGEXP.exec(source);
	if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(source);
	if (match === null) return NOT_RESOLVED;
	const year = +match[1];
	const month = +match[2] - 1;
	const day = +match[3];
	if (!match[4]) {
		const date = makeUtcDate(year, month, day);
		if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
		return date;
	}
	const hour = +match[4];
	const minute = +match[5];
	const second = +match[6];
	let fraction = 0;
	if (hour > 23 || minute > 59 || second > 59) return NOT_RESOLVED;
	if (match[7]) {
		let value = match[7].slice(0, 3);
		while (value.length < 3) value += "0";
		fraction = +value;
	}
	const date = makeUtcDate(year, month, day, hour, minute, second, fraction);
	if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return NOT_RESOLVED;
	if (match[9]) {
		const offsetHour = +match[10];
		const offsetMinute = +(match[11] || 0);
		if (offsetHour > 23 || offsetMinute > 59) return NOT_RESOLVED;
		const offset = (offsetHour * 60 + offsetMinute) * 6e4;
		date.setTime(date.getTime() - (match[9] === "-" ? -offset : offset));
	}
	return date;
}
/**
* The YAML 1.1 `!!timestamp` tag, represented as a JavaScript `Date`.
*
* @category Tags
*/
var timestampTag = defineScalarTag("tag:yaml.org,2002:timestamp", {
	implicit: true,
	implicitFirstChars: [..."0123456789"],
	resolve: resolveYamlTimestamp,
	identify: (object) => object instanceof Date,
	represent: (object) => object.toISOString()
});
//#endregion
//#region src/tag/sequence/seq.ts
/** @category Tags */
var seqTag = defineSequenceTag("tag:yaml.org,2002:seq", {
	create: () => [],
	addItem: (container, item) => {
		container.push(item);
	},
	identify: Array.isArray
});
//#endregion
//#region src/common/object.ts
function isPlainObject(data) {
	if (data === null || typeof data !== "object" || Array.isArray(data)) return false;
	const prototype = Object.getPrototypeOf(data);
	return prototype === null || prototype === Object.prototype;
}
function pick(object, keys) {
	const result = {};
	for (const key of keys) if (object[key] !== void 0) result[key] = object[key];
	return result;
}
//#endregion
//#region src/tag/sequence/omap.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!omap
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   { one: 1 },
*   { two: 2 }
* ]
* ```
*
* @category Tags
*/
var omapTag = defineSequenceTag("tag:yaml.org,2002:omap", {
	create: () => ({
		list: [],
		seen: /* @__PURE__ */ new Set()
	}),
	addItem: (carrier, item) => {
		let key;
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve an ordered map item";
			key = item.keys().next().value;
		} else if (isPlainObject(item)) {
			const itemKeys = Object.keys(item);
			if (itemKeys.length !== 1) return "cannot resolve an ordered map item";
			key = itemKeys[0];
		} else return "cannot resolve an ordered map item";
		if (carrier.seen.has(key)) return "duplicate key in ordered map";
		carrier.seen.add(key);
		carrier.list.push(item);
		return "";
	},
	finalize: (carrier) => carrier.list,
	identify: () => false
});
//#endregion
//#region src/tag/sequence/pairs.ts
/**
* Provided only for YAML 1.1 compatibility and supported by the loader only.
* JavaScript has no dedicated class to represent this type, so it cannot be
* identified and dumped.
*
* ```yaml
* !!pairs
*   - one: 1
*   - two: 2
* ```
*
* is loaded as
*
* ```javascript
* [
*   ['one', 1],
*   ['two', 2]
* ]
* ```
*
* @category Tags
*/
var pairsTag = defineSequenceTag("tag:yaml.org,2002:pairs", {
	create: () => [],
	addItem: (container, item) => {
		if (item instanceof Map) {
			if (item.size !== 1) return "cannot resolve a pairs item";
			container.push(item.entries().next().value);
			return "";
		}
		if (Object.prototype.toString.call(item) !== "[object Object]") return "cannot resolve a pairs item";
		const object = item;
		const keys = Object.keys(object);
		if (keys.length !== 1) return "cannot resolve a pairs item";
		container.push([keys[0], object[keys[0]]]);
		return "";
	},
	identify: () => false
});
//#endregion
//#region src/tag/mapping/map.ts
/**
* This is the default mapping implementation. It uses `{}` objects and has only
* partial functionality due to language limitations. This choice was made
* because users expect to get JavaScript objects, and it was left unchanged to
* avoid too many breaking changes in the v5 release.
*
* Side effects:
*
* - `Object.hasOwn()` checks or `for...of` loops are required for safe use (to
*   avoid falling through to prototypes).
* - Only scalar string keys are supported properly.
* - Other scalar keys, such as `null` and numbers, are converted to strings.
*   This is historical behaviour, and it can cause side effects such as
*   problems with `!!merge`.
*
* Note that non-string scalar keys may be deprecated in future versions.
*
* Ideally, use {@link realMapTag} instead.
*
* @category Tags
*/
var mapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		if (key !== null && typeof key === "object") return "object-based map does not support complex keys";
		const normalizedKey = String(key);
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		if (key !== null && typeof key === "object") return false;
		return Object.prototype.hasOwnProperty.call(container, String(key));
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/tag/mapping/set.ts
/**
* The YAML 1.1 `!!set` tag, represented as a JavaScript `Set`.
*
* @category Tags
*/
var setTag = defineMappingTag("tag:yaml.org,2002:set", {
	create: () => /* @__PURE__ */ new Set(),
	identify: (data) => data instanceof Set,
	represent: (data) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of data) map.set(key, null);
		return map;
	},
	addPair: (container, key, value) => {
		if (value !== null) return "cannot resolve a set item";
		container.add(key);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: () => null
});
//#endregion
//#region src/schema.ts
function createTagDefinitionMap() {
	return {
		scalar: Object.create(null),
		sequence: Object.create(null),
		mapping: Object.create(null)
	};
}
function createTagDefinitionListMap() {
	return {
		scalar: [],
		sequence: [],
		mapping: []
	};
}
function compileTags(tags) {
	const result = [];
	for (const tag of tags) {
		let index = result.length;
		for (let previousIndex = 0; previousIndex < result.length; previousIndex++) {
			const previous = result[previousIndex];
			if (previous.nodeKind === tag.nodeKind && previous.tagName === tag.tagName && previous.matchByTagPrefix === tag.matchByTagPrefix) {
				index = previousIndex;
				break;
			}
		}
		result[index] = tag;
	}
	return result;
}
/**
* Controls tag resolution when loading and type selection when dumping.
*
* @category Schemas
*/
var Schema = class Schema {
	tags;
	/** @internal */
	implicitScalarTags;
	/**
	* Dispatch implicit scalar resolvers by `source.charAt(0)`. Each bucket holds
	* the resolvers that may match that key, in schema order; a key absent from
	* the map uses
	* {@link Schema.implicitScalarAnyFirstChar}
	* (resolvers that declared no first-char constraint, so they apply to any
	* first character).
	*/
	implicitScalarByFirstChar;
	implicitScalarAnyFirstChar;
	/**
	* The default scalar tag (`!!str`), resolved once so the composer's fallback
	* for unresolved plain scalars avoids a keyed lookup per scalar.
	*
	* @internal
	*/
	defaultScalarTag;
	/**
	* The default container tags (`!!seq` / `!!map`), used by the dumper: when a
	* value is identified by its default tag, the tag is implicit and not
	* printed. Undefined if the schema does not define them (then such values
	* can't be dumped).
	*
	* @internal
	*/
	defaultSequenceTag;
	/** @internal */
	defaultMappingTag;
	exact;
	prefix;
	constructor(tags) {
		const compiledTags = compileTags(tags);
		const implicitScalarTags = [];
		const exact = createTagDefinitionMap();
		const prefix = createTagDefinitionListMap();
		for (const tag of compiledTags) {
			if (tag.nodeKind === "scalar" && tag.implicit) {
				if (tag.matchByTagPrefix) throw new Error("Implicit scalar tags cannot match by tag prefix");
				implicitScalarTags.push(tag);
			}
			switch (tag.nodeKind) {
				case "scalar":
					if (tag.matchByTagPrefix) prefix.scalar.push(tag);
					else exact.scalar[tag.tagName] = tag;
					break;
				case "sequence":
					if (tag.matchByTagPrefix) prefix.sequence.push(tag);
					else exact.sequence[tag.tagName] = tag;
					break;
				case "mapping": if (tag.matchByTagPrefix) prefix.mapping.push(tag);
				else exact.mapping[tag.tagName] = tag;
			}
		}
		const implicitScalarAnyFirstChar = implicitScalarTags.filter((tag) => tag.implicitFirstChars === null);
		const keys = /* @__PURE__ */ new Set();
		for (const tag of implicitScalarTags) if (tag.implicitFirstChars !== null) for (const key of tag.implicitFirstChars) keys.add(key);
		const implicitScalarByFirstChar = /* @__PURE__ */ new Map();
		for (const key of keys) implicitScalarByFirstChar.set(key, implicitScalarTags.filter((tag) => tag.implicitFirstChars === null || tag.implicitFirstChars.indexOf(key) !== -1));
		const defaultScalarTag = exact.scalar["tag:yaml.org,2002:str"];
		if (!defaultScalarTag) throw new Error("schema does not define the default scalar tag (tag:yaml.org,2002:str)");
		this.tags = compiledTags;
		this.implicitScalarTags = implicitScalarTags;
		this.implicitScalarByFirstChar = implicitScalarByFirstChar;
		this.implicitScalarAnyFirstChar = implicitScalarAnyFirstChar;
		this.defaultScalarTag = defaultScalarTag;
		this.defaultSequenceTag = exact.sequence["tag:yaml.org,2002:seq"];
		this.defaultMappingTag = exact.mapping["tag:yaml.org,2002:map"];
		this.exact = exact;
		this.prefix = prefix;
	}
	/** @internal */
	lookupScalarTag(tagName) {
		const exactTag = this.exact.scalar[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.scalar) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupSequenceTag(tagName) {
		const exactTag = this.exact.sequence[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.sequence) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	lookupMappingTag(tagName) {
		const exactTag = this.exact.mapping[tagName];
		if (exactTag) return exactTag;
		for (const tag of this.prefix.mapping) if (tagName.startsWith(tag.tagName)) return tag;
	}
	/** @internal */
	resolveImplicitScalarTag(source) {
		const candidates = this.implicitScalarByFirstChar.get(source.charAt(0)) ?? this.implicitScalarAnyFirstChar;
		for (const tag of candidates) {
			const value = tag.resolve(source, false, tag.tagName);
			if (value !== NOT_RESOLVED) return {
				value,
				tag
			};
		}
		const tag = this.defaultScalarTag;
		return {
			value: tag.resolve(source, false, tag.tagName),
			tag
		};
	}
	/**
	* Creates a new schema with the specified tags added. If a tag already
	* exists, it is replaced by the specified tag.
	*
	* @example
	*
	* ```javascript
	* import { CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
	*
	* const schema = CORE_SCHEMA.withTags(mergeTag, realMapTag)
	* ```
	*/
	withTags(...tags) {
		let flatTags = [];
		for (const tag of tags) flatTags = flatTags.concat(tag);
		return new Schema([...this.tags, ...flatTags]);
	}
};
/**
* The YAML 1.2 Failsafe Schema: strings, sequences, and mappings.
*
* @category Schemas
*/
var FAILSAFE_SCHEMA = new Schema([
	strTag,
	seqTag,
	mapTag
]);
/**
* The YAML 1.2 JSON Schema. It uses JSON scalar forms while retaining YAML
* collection syntax.
*
* @category Schemas
*/
var JSON_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullJsonTag,
	boolJsonTag,
	intJsonTag,
	floatJsonTag
]);
/**
* The default schema for the loaders. Note, {@link CORE_SCHEMA} comes
* without the `!!merge` tag. You can easily enable it if needed.
*
* @example
* Enable {@link mergeTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Schemas
*/
var CORE_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullCoreTag,
	boolCoreTag,
	intCoreTag,
	floatCoreTag
]);
/**
* YAML 1.1-compatible schema.
*
* @category Schemas
*/
var YAML11_SCHEMA = new Schema([
	...FAILSAFE_SCHEMA.tags,
	nullYaml11Tag,
	boolYaml11Tag,
	intYaml11Tag,
	floatYaml11Tag,
	timestampTag,
	mergeTag,
	binaryTag,
	omapTag,
	pairsTag,
	setTag
]);
/**
* The dumper schema for maximum compatibility. It combines all supported type
* variants from YAML 1.1 and YAML 1.2 so strings matching any of them are
* quoted. This makes the generated YAML more compatible with other parsers.
*
* The schema is based on YAML 1.1, but extends `!!int` and `!!float` to accept
* both YAML 1.1 and Core Schema forms, since Core Schema supports some forms
* that YAML 1.1 does not.
*
* @category Schemas
*/
var DUMP_SCHEMA = YAML11_SCHEMA.withTags({
	...intYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = intYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? intCoreTag.resolve(source, isExplicit, tagName) : result;
	}
}, {
	...floatYaml11Tag,
	resolve: (source, isExplicit, tagName) => {
		const result = floatYaml11Tag.resolve(source, isExplicit, tagName);
		return result === NOT_RESOLVED ? floatCoreTag.resolve(source, isExplicit, tagName) : result;
	}
});
//#endregion
//#region src/tag/mapping/real_map.ts
/**
* Recommended when non-string keys are actually needed. It uses native
* JavaScript `Map` objects, so keys keep their constructed types instead of
* being converted to strings.
*
* It is not the default to avoid widespread breaking changes in existing
* projects. `Map` has a different access API and does not pass deep equality
* checks against `{}`-based fixtures. Alongside the other changes in v5,
* making it the default was considered too disruptive.
*
* If these differences are acceptable for your project, we recommend using
* {@link realMapTag} to guarantee the absence of problems and side effects.
*
* @example
* Enable {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Tags
*/
var realMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => /* @__PURE__ */ new Map(),
	addPair: (container, key, value) => {
		container.set(key, value);
		return "";
	},
	has: (container, key) => container.has(key),
	keys: (container) => container.keys(),
	get: (container, key) => container.get(key),
	identify: (data) => data instanceof Map || isPlainObject(data),
	represent: (data) => {
		if (data instanceof Map) return data;
		const map = /* @__PURE__ */ new Map();
		const obj = data;
		for (const key of Object.keys(obj)) map.set(key, obj[key]);
		return map;
	}
});
//#endregion
//#region src/tag/mapping/legacy_map.ts
function normalizeKey(key) {
	if (Array.isArray(key)) {
		const array = Array.prototype.slice.call(key);
		for (let index = 0; index < array.length; index++) {
			if (Array.isArray(array[index])) return null;
			if (typeof array[index] === "object" && Object.prototype.toString.call(array[index]) === "[object Object]") array[index] = "[object Object]";
		}
		return String(array);
	}
	if (typeof key === "object" && Object.prototype.toString.call(key) === "[object Object]") return "[object Object]";
	return String(key);
}
/**
* This implementation exists solely to reproduce v4 behavior exactly. Its use
* is strongly discouraged. If complex or non-string keys are needed, use
* {@link realMapTag} instead.
*
* @category Tags
*/
var legacyMapTag = defineMappingTag("tag:yaml.org,2002:map", {
	create: () => ({}),
	identify: isPlainObject,
	represent: (o) => {
		const map = /* @__PURE__ */ new Map();
		for (const key of Object.keys(o)) map.set(key, o[key]);
		return map;
	},
	addPair: (container, key, value) => {
		const normalizedKey = normalizeKey(key);
		if (normalizedKey === null) return "nested arrays are not supported inside keys";
		if (normalizedKey === "__proto__") Object.defineProperty(container, normalizedKey, {
			value,
			enumerable: true,
			configurable: true,
			writable: true
		});
		else container[normalizedKey] = value;
		return "";
	},
	has: (container, key) => {
		const normalizedKey = normalizeKey(key);
		return normalizedKey !== null && Object.prototype.hasOwnProperty.call(container, normalizedKey);
	},
	keys: (container) => Object.keys(container),
	get: (container, key) => {
		const normalizedKey = String(key);
		if (!Object.prototype.hasOwnProperty.call(container, normalizedKey)) return null;
		return container[normalizedKey];
	}
});
//#endregion
//#region src/common/snippet.ts
var DEFAULT_SNIPPET_OPTIONS = {
	maxLength: 79,
	indent: 1,
	linesBefore: 3,
	linesAfter: 2
};
function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
	let head = "";
	let tail = "";
	const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
	if (position - lineStart > maxHalfLength) {
		head = " ... ";
		lineStart = position - maxHalfLength + head.length;
	}
	if (lineEnd - position > maxHalfLength) {
		tail = " ...";
		lineEnd = position + maxHalfLength - tail.length;
	}
	return {
		str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
		pos: position - lineStart + head.length
	};
}
function padStart(string, max) {
	return " ".repeat(Math.max(max - string.length, 0)) + string;
}
function makeSnippet(mark, options) {
	if (!mark.buffer) return null;
	const opts = {
		...DEFAULT_SNIPPET_OPTIONS,
		...options
	};
	const re = /\r?\n|\r|\0/g;
	const lineStarts = [0];
	const lineEnds = [];
	let match;
	let foundLineNo = -1;
	while (match = re.exec(mark.buffer)) {
		lineEnds.push(match.index);
		lineStarts.push(match.index + match[0].length);
		if (mark.position <= match.index && foundLineNo < 0) foundLineNo = lineStarts.length - 2;
	}
	if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
	let result = "";
	const lineNoLength = Math.min(mark.line + opts.linesAfter, lineEnds.length).toString().length;
	const maxLineLength = opts.maxLength - (opts.indent + lineNoLength + 3);
	for (let i = 1; i <= opts.linesBefore; i++) {
		if (foundLineNo - i < 0) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo - i], lineEnds[foundLineNo - i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]), maxLineLength);
		result = `${" ".repeat(opts.indent)}${padStart((mark.line - i + 1).toString(), lineNoLength)} | ${line.str}\n${result}`;
	}
	const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
	result += `${" ".repeat(opts.indent)}${padStart((mark.line + 1).toString(), lineNoLength)} | ${line.str}\n`;
	result += `${"-".repeat(opts.indent + lineNoLength + 3 + line.pos)}^\n`;
	for (let i = 1; i <= opts.linesAfter; i++) {
		if (foundLineNo + i >= lineEnds.length) break;
		const line = getLine(mark.buffer, lineStarts[foundLineNo + i], lineEnds[foundLineNo + i], mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]), maxLineLength);
		result += `${" ".repeat(opts.indent)}${padStart((mark.line + i + 1).toString(), lineNoLength)} | ${line.str}\n`;
	}
	return result.replace(/\n$/, "");
}
//#endregion
//#region src/common/exception.ts
function formatError(exception, compact) {
	let where = "";
	if (!exception.mark) return exception.reason;
	if (exception.mark.name) where += `in "${exception.mark.name}" `;
	where += `(${exception.mark.line + 1}:${exception.mark.column + 1})`;
	if (!compact && exception.mark.snippet) where += `\n\n${exception.mark.snippet}`;
	return `${exception.reason} ${where}`;
}
/**
* A YAML error. Unlike an ordinary `Error`, it adds a source snippet showing
* the location of the problem to the error message, when available.
*
* @category Main
*/
var YAMLException = class YAMLException extends Error {
	reason;
	mark;
	/**
	* Optional `mark` contains source snippet data. Usually, use
	* {@link YAMLException.throwAt} instead of passing it directly.
	*/
	constructor(reason, mark) {
		super();
		this.name = "YAMLException";
		this.reason = reason;
		this.mark = mark;
		this.message = formatError(this, false);
		if (Error.captureStackTrace) Error.captureStackTrace(this, this.constructor);
	}
	/**
	* Returns the formatted error, omitting the source snippet in compact mode.
	*/
	toString(compact) {
		return `${this.name}: ${formatError(this, compact)}`;
	}
	/**
	* Builds a YAMLException with a source snippet and throws it. `source` is
	* the raw input text; `position` is an offset into it.
	*/
	static throwAt(source, position, message, filename = "") {
		let line = 0;
		let lineStart = 0;
		for (let index = 0; index < position; index++) {
			const ch = source.charCodeAt(index);
			if (ch === 10) {
				line++;
				lineStart = index + 1;
			} else if (ch === 13) {
				line++;
				if (source.charCodeAt(index + 1) === 10) index++;
				lineStart = index + 1;
			}
		}
		const mark = {
			name: filename,
			buffer: source,
			position,
			line,
			column: position - lineStart
		};
		mark.snippet = makeSnippet(mark);
		throw new YAMLException(message, mark);
	}
};
//#endregion
//#region src/parser/events.ts
/** @category Events */
var EVENT_ID = {
	DOCUMENT: 1,
	SEQUENCE: 2,
	MAPPING: 3,
	SCALAR: 4,
	ALIAS: 5,
	POP: 6
};
/** @category Nodes */
var SCALAR_STYLE = {
	PLAIN: 1,
	SINGLE_QUOTED: 2,
	DOUBLE_QUOTED: 3,
	LITERAL_BLOCK: 4,
	FOLDED_BLOCK: 5
};
/** @category Nodes */
var COLLECTION_STYLE = {
	BLOCK: 1,
	FLOW: 2
};
/** @category Nodes */
var CHOMPING_MODE = {
	CLIP: 1,
	STRIP: 2,
	KEEP: 3
};
//#endregion
//#region src/parser/parser_scalar.ts
var NO_RANGE$3 = -1;
function simpleEscapeSequence(c) {
	switch (c) {
		case 48: return "\0";
		case 97: return "\x07";
		case 98: return "\b";
		case 116: return "	";
		case 9: return "	";
		case 110: return "\n";
		case 118: return "\v";
		case 102: return "\f";
		case 114: return "\r";
		case 101: return "\x1B";
		case 32: return " ";
		case 34: return "\"";
		case 47: return "/";
		case 92: return "\\";
		case 78: return "";
		case 95: return "\xA0";
		case 76: return "\u2028";
		case 80: return "\u2029";
		default: return "";
	}
}
var simpleEscapeCheck = new Array(256);
var simpleEscapeMap = new Array(256);
for (let i = 0; i < 256; i++) {
	simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
	simpleEscapeMap[i] = simpleEscapeSequence(i);
}
function charFromCodepoint(c) {
	if (c <= 65535) return String.fromCharCode(c);
	return String.fromCharCode((c - 65536 >> 10) + 55296, (c - 65536 & 1023) + 56320);
}
function fromHexCode$1(c) {
	if (c >= 48 && c <= 57) return c - 48;
	return (c | 32) - 97 + 10;
}
function escapedHexLen$1(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	return 8;
}
function skipFoldedBreaks(input, position, end) {
	let breaks = 0;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10) {
			breaks++;
			position++;
		} else if (ch === 13) {
			breaks++;
			position++;
			if (input.charCodeAt(position) === 10) position++;
		} else if (ch === 32 || ch === 9) position++;
		else break;
	}
	return {
		position,
		breaks
	};
}
function foldedBreaks(count) {
	if (count === 1) return " ";
	return "\n".repeat(count - 1);
}
function getPlainValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, captureEnd);
}
function getSingleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 39) {
			result += input.slice(captureStart, position) + "'";
			position += 2;
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getDoubleQuotedValue(input, start, end) {
	let result = "";
	let position = start;
	let captureStart = start;
	let captureEnd = start;
	while (position < end) {
		const ch = input.charCodeAt(position);
		if (ch === 92) {
			result += input.slice(captureStart, position);
			position++;
			const escaped = input.charCodeAt(position);
			if (escaped === 10 || escaped === 13) position = skipFoldedBreaks(input, position, end).position;
			else if (escaped < 256 && simpleEscapeCheck[escaped]) {
				result += simpleEscapeMap[escaped];
				position++;
			} else {
				let hexLength = escapedHexLen$1(escaped);
				let hexResult = 0;
				for (; hexLength > 0; hexLength--) {
					position++;
					const digit = fromHexCode$1(input.charCodeAt(position));
					hexResult = (hexResult << 4) + digit;
				}
				result += charFromCodepoint(hexResult);
				position++;
			}
			captureStart = captureEnd = position;
		} else if (ch === 10 || ch === 13) {
			result += input.slice(captureStart, captureEnd);
			const fold = skipFoldedBreaks(input, position, end);
			result += foldedBreaks(fold.breaks);
			position = captureStart = captureEnd = fold.position;
		} else {
			position++;
			if (ch !== 32 && ch !== 9) captureEnd = position;
		}
	}
	return result + input.slice(captureStart, end);
}
function getBlockValue(input, start, end, indent, chomping, folded) {
	const textIndent = indent < 0 ? 0 : indent;
	const region = input.slice(start, end).replace(/\r\n?/g, "\n");
	const lines = region === "" ? [] : (region.endsWith("\n") ? region.slice(0, -1) : region).split("\n");
	let result = "";
	let didReadContent = false;
	let emptyLines = 0;
	let atMoreIndented = false;
	for (const line of lines) {
		let column = 0;
		while (column < textIndent && line.charCodeAt(column) === 32) column++;
		if (indent < 0 || column >= line.length) {
			emptyLines++;
			continue;
		}
		const content = line.slice(textIndent);
		const first = content.charCodeAt(0);
		if (folded) {
			if (first === 32 || first === 9) {
				atMoreIndented = true;
				result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
			} else if (atMoreIndented) {
				atMoreIndented = false;
				result += "\n".repeat(emptyLines + 1);
			} else if (emptyLines === 0) {
				if (didReadContent) result += " ";
			} else result += "\n".repeat(emptyLines);
		} else result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
		result += content;
		didReadContent = true;
		emptyLines = 0;
	}
	if (chomping === CHOMPING_MODE.KEEP) result += "\n".repeat(didReadContent ? 1 + emptyLines : emptyLines);
	else if (chomping !== CHOMPING_MODE.STRIP) {
		if (didReadContent) result += "\n";
	}
	return result;
}
/**
* Decodes the scalar referenced by event offsets in `input`.
*
* @category Events
*/
function getScalarValue(input, scalar) {
	if (scalar.valueStart === NO_RANGE$3) return "";
	const { valueStart, valueEnd } = scalar;
	if (scalar.fast) return input.slice(valueStart, valueEnd);
	switch (scalar.style) {
		case SCALAR_STYLE.SINGLE_QUOTED: return getSingleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.DOUBLE_QUOTED: return getDoubleQuotedValue(input, valueStart, valueEnd);
		case SCALAR_STYLE.LITERAL_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, false);
		case SCALAR_STYLE.FOLDED_BLOCK: return getBlockValue(input, valueStart, valueEnd, scalar.indent, scalar.chomping, true);
		default: return getPlainValue(input, valueStart, valueEnd);
	}
}
//#endregion
//#region src/common/tagname.ts
var DEFAULT_TAG_HANDLERS = Object.assign(Object.create(null), {
	"!": "!",
	"!!": "tag:yaml.org,2002:"
});
var TAG_SUFFIX_CHARS = "-#;/?:@&=+$_.~*'()";
var TAG_URI_CHARS = TAG_SUFFIX_CHARS + "!,[]";
var HEX = "0123456789ABCDEF";
function percentByte(byte) {
	return "%" + HEX[byte >> 4] + HEX[byte & 15];
}
function tagPercentEncode(source, isSuffix) {
	const allowed = isSuffix ? TAG_SUFFIX_CHARS : TAG_URI_CHARS;
	let result = "";
	for (let index = 0; index < source.length; index++) {
		let ch = source.charCodeAt(index);
		if (ch >= 48 && ch <= 57 || ch >= 65 && ch <= 90 || ch >= 97 && ch <= 122 || allowed.includes(source[index])) {
			result += source[index];
			continue;
		}
		if (ch >= 55296 && ch <= 56319) ch = 65536 + ((ch & 1023) << 10) + (source.charCodeAt(++index) & 1023);
		if (ch < 128) result += percentByte(ch);
		else if (ch < 2048) result += percentByte(192 | ch >> 6) + percentByte(128 | ch & 63);
		else if (ch < 65536) result += percentByte(224 | ch >> 12) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
		else result += percentByte(240 | ch >> 18) + percentByte(128 | ch >> 12 & 63) + percentByte(128 | ch >> 6 & 63) + percentByte(128 | ch & 63);
	}
	return result;
}
function tagPercentDecode(source) {
	let result = "";
	let index = 0;
	while (index < source.length) {
		if (source.charCodeAt(index) !== 37) {
			result += source[index++];
			continue;
		}
		let ch = parseInt(source.slice(index + 1, index + 3), 16);
		index += 3;
		if (ch >= 192) {
			let remaining = ch < 224 ? 1 : ch < 240 ? 2 : 3;
			ch &= (1 << 6 - remaining) - 1;
			while (remaining-- > 0) {
				ch = ch << 6 | parseInt(source.slice(index + 1, index + 3), 16) & 63;
				index += 3;
			}
		}
		if (ch < 65536) result += String.fromCharCode(ch);
		else {
			ch -= 65536;
			result += String.fromCharCode(55296 | ch >> 10, 56320 | ch & 1023);
		}
	}
	return result;
}
function tagNameFull(rawTag, tagHandlers) {
	if (rawTag.startsWith("!<") && rawTag.endsWith(">")) return tagPercentDecode(rawTag.slice(2, -1));
	const handleEnd = rawTag.indexOf("!", 1);
	const handle = handleEnd === -1 ? "!" : rawTag.slice(0, handleEnd + 1);
	return tagPercentDecode(tagHandlers?.[handle] ?? DEFAULT_TAG_HANDLERS[handle] ?? handle) + tagPercentDecode(rawTag.slice(handle.length));
}
function tagNameShort(fullTag) {
	let tag = fullTag;
	if (tag.charCodeAt(0) === 33) {
		tag = tag.slice(1);
		return `!${tagPercentEncode(tag, true)}`;
	}
	if (tag.slice(0, 18) === "tag:yaml.org,2002:") return `!!${tagPercentEncode(tag.slice(18), true)}`;
	return `!<${tagPercentEncode(tag, false)}>`;
}
//#endregion
//#region src/parser/constructor.ts
var NO_RANGE$2 = (/* unused pure expression or super */ null && (-1));
var MERGE_TAG_NAME = "tag:yaml.org,2002:merge";
var DEFAULT_CONSTRUCTOR_OPTIONS = {
	filename: "",
	schema: CORE_SCHEMA,
	json: false,
	maxTotalMergeKeys: 1e4,
	maxAliases: -1
};
function eventPosition$1(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE$2) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE$2) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE$2) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function throwError$1(state, message) {
	YAMLException.throwAt(state.source, state.position, message, state.filename);
}
function finalizeCollection(state, position, tag, carrier) {
	try {
		return tag.finalize(carrier);
	} catch (error) {
		if (error instanceof YAMLException) throw error;
		YAMLException.throwAt(state.source, position, error instanceof Error ? error.message : String(error), state.filename);
	}
}
function constructScalar(state, event) {
	const source = getScalarValue(state.source, event);
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	const strTag = state.schema.defaultScalarTag;
	if (rawTag !== "") {
		if (rawTag === "!") return {
			value: source,
			tag: strTag
		};
		const tagName = tagNameFull(rawTag, state.tagHandlers);
		const scalarTag = state.schema.lookupScalarTag(tagName);
		if (scalarTag) {
			const result = scalarTag.resolve(source, true, tagName);
			if (result === NOT_RESOLVED) throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			return {
				value: result,
				tag: scalarTag
			};
		}
		const collectionTagDef = state.schema.lookupMappingTag(tagName) ?? state.schema.lookupSequenceTag(tagName);
		if (collectionTagDef) {
			if (source !== "") throwError$1(state, `cannot resolve a node with !<${tagName}> explicit tag`);
			const carrier = collectionTagDef.create(tagName);
			return {
				value: collectionTagDef.carrierIsResult ? carrier : finalizeCollection(state, state.position, collectionTagDef, carrier),
				tag: collectionTagDef
			};
		}
		throwError$1(state, `unknown scalar tag !<${tagName}>`);
	}
	if (event.style === SCALAR_STYLE.PLAIN) return state.schema.resolveImplicitScalarTag(source);
	return {
		value: strTag.resolve(source, false, strTag.tagName),
		tag: strTag
	};
}
function collectionTagName(state, event, defaultTagName) {
	const rawTag = event.tagStart === NO_RANGE$2 ? "" : state.source.slice(event.tagStart, event.tagEnd);
	return rawTag === "" || rawTag === "!" ? defaultTagName : tagNameFull(rawTag, state.tagHandlers);
}
function isMappingTag(tag) {
	return tag.nodeKind === "mapping";
}
function chargeMergeWork(state) {
	state.totalMergeKeys++;
	if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) throwError$1(state, `merge keys exceeded maxTotalMergeKeys (${state.maxTotalMergeKeys})`);
}
function mergeKeys(state, frame, source, sourceTag) {
	chargeMergeWork(state);
	for (const sourceKey of sourceTag.keys(source)) {
		chargeMergeWork(state);
		if (frame.tag.has(frame.value, sourceKey)) continue;
		const err = frame.tag.addPair(frame.value, sourceKey, sourceTag.get(source, sourceKey));
		if (err) throwError$1(state, err);
		frame.overridable ??= /* @__PURE__ */ new Set();
		frame.overridable.add(sourceKey);
	}
}
function mergeSource(state, frame, source, sourceTag) {
	state.position = frame.keyPosition;
	if (isMappingTag(sourceTag)) mergeKeys(state, frame, source, sourceTag);
	else if (sourceTag.nodeKind === "sequence" && Array.isArray(source)) {
		if (source.length > 100) throwError$1(state, "abnormal merge sequence size");
		for (const element of source) {
			const elementTag = state.nodeTags.get(element);
			if (!elementTag) throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
			mergeKeys(state, frame, element, elementTag);
		}
	} else throwError$1(state, "cannot merge mappings; the provided source object is unacceptable");
}
function addMappingValue(state, frame, key, value, tag) {
	state.position = frame.keyPosition;
	if (frame.keyIsMerge) {
		mergeSource(state, frame, value, tag);
		return;
	}
	if (!state.json && frame.tag.has(frame.value, key) && !frame.overridable?.has(key)) throwError$1(state, "duplicated mapping key");
	const err = frame.tag.addPair(frame.value, key, value);
	if (err) throwError$1(state, err);
	frame.overridable?.delete(key);
}
function addValue(state, value, tag) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") {
		frame.value = value;
		frame.hasValue = true;
	} else if (frame.kind === "sequence") {
		if (isMappingTag(tag)) state.nodeTags.set(value, tag);
		const err = frame.tag.addItem(frame.value, value, frame.index++);
		if (err) throwError$1(state, err);
	} else if (frame.hasKey) {
		const key = frame.key;
		frame.key = void 0;
		frame.hasKey = false;
		addMappingValue(state, frame, key, value, tag);
	} else {
		frame.key = value;
		frame.keyPosition = state.position;
		frame.hasKey = true;
		frame.keyIsMerge = tag.tagName === MERGE_TAG_NAME;
	}
}
function storeAnchor(state, event, value, tag, isValueFinal) {
	if (event.anchorStart !== NO_RANGE$2) {
		const anchor = {
			value,
			tag,
			isValueFinal
		};
		state.anchors.set(state.source.slice(event.anchorStart, event.anchorEnd), anchor);
		return anchor;
	}
	return null;
}
/**
* Constructs JavaScript documents directly from parser events, without an
* intermediate AST.
*
* @category Events
*/
function constructFromEvents(events, options) {
	const state = {
		...DEFAULT_CONSTRUCTOR_OPTIONS,
		...options,
		events,
		documents: [],
		eventIndex: 0,
		position: 0,
		frames: [],
		anchors: /* @__PURE__ */ new Map(),
		nodeTags: /* @__PURE__ */ new Map(),
		tagHandlers: Object.create(null),
		totalMergeKeys: 0,
		aliasCount: 0
	};
	while (state.eventIndex < state.events.length) {
		const event = state.events[state.eventIndex++];
		state.position = eventPosition$1(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT:
				state.anchors = /* @__PURE__ */ new Map();
				state.nodeTags = /* @__PURE__ */ new Map();
				state.aliasCount = 0;
				state.tagHandlers = Object.create(null);
				for (const directive of event.directives) if (directive.kind === "tag") state.tagHandlers[directive.handle] = directive.prefix;
				state.frames.push({
					kind: "document",
					position: state.position,
					value: void 0,
					hasValue: false
				});
				break;
			case EVENT_ID.SCALAR: {
				const { value, tag } = constructScalar(state, event);
				storeAnchor(state, event, value, tag, true);
				addValue(state, value, tag);
				break;
			}
			case EVENT_ID.SEQUENCE: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:seq");
				const tag = state.schema.lookupSequenceTag(tagName);
				if (!tag) throwError$1(state, `unknown sequence tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "sequence",
					position: state.position,
					value,
					tag,
					anchor,
					index: 0
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const tagName = collectionTagName(state, event, "tag:yaml.org,2002:map");
				const tag = state.schema.lookupMappingTag(tagName);
				if (!tag) throwError$1(state, `unknown mapping tag !<${tagName}>`);
				const value = tag.create(tagName);
				const anchor = storeAnchor(state, event, value, tag, tag.carrierIsResult);
				state.frames.push({
					kind: "mapping",
					position: state.position,
					value,
					tag,
					anchor,
					key: void 0,
					keyPosition: state.position,
					hasKey: false,
					keyIsMerge: false,
					overridable: null
				});
				break;
			}
			case EVENT_ID.ALIAS: {
				if (state.maxAliases !== -1 && ++state.aliasCount > state.maxAliases) throwError$1(state, `aliases exceeded maxAliases (${state.maxAliases})`);
				const name = state.source.slice(event.anchorStart, event.anchorEnd);
				const anchor = state.anchors.get(name);
				if (!anchor) throwError$1(state, `unidentified alias "${name}"`);
				if (!anchor.isValueFinal) throwError$1(state, `recursive alias "${name}" is not supported for tag ${anchor.tag.tagName} because it uses finalize()`);
				addValue(state, anchor.value, anchor.tag);
				break;
			}
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.hasKey) {
					state.position = frame.keyPosition;
					throwError$1(state, "incomplete mapping pair in event stream");
				}
				if (frame.kind === "document") state.documents.push(frame.value);
				else {
					const value = frame.tag.carrierIsResult ? frame.value : finalizeCollection(state, frame.position, frame.tag, frame.value);
					if (frame.anchor) {
						frame.anchor.value = value;
						frame.anchor.isValueFinal = true;
					}
					addValue(state, value, frame.tag);
				}
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/parser/parser.ts
var NO_RANGE$1 = -1;
var HAS_OWN = Object.prototype.hasOwnProperty;
var CONTEXT_FLOW_IN = 1;
var CONTEXT_FLOW_OUT = 2;
var CONTEXT_BLOCK_IN = 3;
var CONTEXT_BLOCK_OUT = 4;
var PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
var PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
var PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
var NS_URI_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$,_.!~*'()\[\]])`;
var NS_TAG_CHAR = String.raw`(?:%[0-9A-Fa-f]{2}|[0-9A-Za-z\-#;/?:@&=+$.~*'()_])`;
var PATTERN_TAG_URI = new RegExp(`^(?:${NS_URI_CHAR})*$`);
var PATTERN_TAG_SUFFIX = new RegExp(`^(?:${NS_TAG_CHAR})+$`);
var PATTERN_TAG_PREFIX = new RegExp(`^(?:!(?:${NS_URI_CHAR})*|${NS_TAG_CHAR}(?:${NS_URI_CHAR})*)$`);
var DEFAULT_PARSER_OPTIONS = {
	filename: "",
	maxDepth: 100
};
function addDocumentEvent(state, explicitStart, explicitEnd) {
	state.events.push({
		type: EVENT_ID.DOCUMENT,
		explicitStart,
		explicitEnd,
		directives: state.directives
	});
}
function addSequenceEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.SEQUENCE,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function addMappingEvent(state, start, anchorStart, anchorEnd, tagStart, tagEnd, style) {
	state.events.push({
		type: EVENT_ID.MAPPING,
		start,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style
	});
}
function insertFlowPairMappingEvent(state, snapshot) {
	state.events.splice(snapshot.eventsLength, 0, {
		type: EVENT_ID.MAPPING,
		start: snapshot.position,
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1,
		style: COLLECTION_STYLE.FLOW
	});
}
function addScalarEvent(state, valueStart, valueEnd, anchorStart, anchorEnd, tagStart, tagEnd, style, chomping = CHOMPING_MODE.CLIP, indent = -1, fast = false) {
	state.events.push({
		type: EVENT_ID.SCALAR,
		valueStart,
		valueEnd,
		anchorStart,
		anchorEnd,
		tagStart,
		tagEnd,
		style,
		chomping,
		indent,
		fast
	});
}
function addAliasEvent(state, anchorStart, anchorEnd) {
	state.events.push({
		type: EVENT_ID.ALIAS,
		anchorStart,
		anchorEnd
	});
}
function addPopEvent(state) {
	state.events.push({ type: EVENT_ID.POP });
}
function addEmptyScalarEvent(state) {
	addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, NO_RANGE$1, SCALAR_STYLE.PLAIN);
}
function emptyProperties() {
	return {
		anchorStart: NO_RANGE$1,
		anchorEnd: NO_RANGE$1,
		tagStart: NO_RANGE$1,
		tagEnd: NO_RANGE$1
	};
}
function snapshotState(state) {
	return {
		position: state.position,
		line: state.line,
		lineStart: state.lineStart,
		lineIndent: state.lineIndent,
		firstTabInLine: state.firstTabInLine,
		eventsLength: state.events.length
	};
}
function restoreState(state, snapshot) {
	state.position = snapshot.position;
	state.line = snapshot.line;
	state.lineStart = snapshot.lineStart;
	state.lineIndent = snapshot.lineIndent;
	state.firstTabInLine = snapshot.firstTabInLine;
	state.events.length = snapshot.eventsLength;
}
function throwError(state, message) {
	YAMLException.throwAt(state.input.slice(0, state.length), state.position, message, state.filename);
}
function isEol(c) {
	return c === 10 || c === 13;
}
function isWhiteSpace(c) {
	return c === 9 || c === 32;
}
function isWsOrEol(c) {
	return isWhiteSpace(c) || isEol(c);
}
function isWsOrEolOrEnd(c) {
	return c === 0 || isWsOrEol(c);
}
function isFlowIndicator(c) {
	return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
}
function fromDecimalCode(c) {
	return c >= 48 && c <= 57 ? c - 48 : -1;
}
function fromHexCode(c) {
	if (c >= 48 && c <= 57) return c - 48;
	const lc = c | 32;
	if (lc >= 97 && lc <= 102) return lc - 97 + 10;
	return -1;
}
function escapedHexLen(c) {
	if (c === 120) return 2;
	if (c === 117) return 4;
	if (c === 85) return 8;
	return 0;
}
function isSimpleEscape(c) {
	return c === 48 || c === 97 || c === 98 || c === 116 || c === 9 || c === 110 || c === 118 || c === 102 || c === 114 || c === 101 || c === 32 || c === 34 || c === 47 || c === 92 || c === 78 || c === 95 || c === 76 || c === 80;
}
function consumeLineBreak(state) {
	if (state.input.charCodeAt(state.position) === 10) state.position++;
	else {
		state.position++;
		if (state.input.charCodeAt(state.position) === 10) state.position++;
	}
	state.line++;
	state.lineStart = state.position;
	state.lineIndent = 0;
	state.firstTabInLine = -1;
}
function skipSeparationSpace(state, allowComments) {
	let lineBreaks = 0;
	let ch = state.input.charCodeAt(state.position);
	let hasSeparation = state.position === state.lineStart || isWsOrEol(state.input.charCodeAt(state.position - 1));
	while (ch !== 0) {
		while (isWhiteSpace(ch)) {
			hasSeparation = true;
			if (ch === 9 && state.firstTabInLine === -1) state.firstTabInLine = state.position;
			ch = state.input.charCodeAt(++state.position);
		}
		if (allowComments && hasSeparation && ch === 35) do
			ch = state.input.charCodeAt(++state.position);
		while (!isEol(ch) && ch !== 0);
		if (!isEol(ch)) break;
		consumeLineBreak(state);
		lineBreaks++;
		hasSeparation = true;
		ch = state.input.charCodeAt(state.position);
		while (ch === 32) {
			state.lineIndent++;
			ch = state.input.charCodeAt(++state.position);
		}
	}
	return lineBreaks;
}
function testDocumentSeparator(state, position = state.position) {
	const ch = state.input.charCodeAt(position);
	if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(position + 1) && ch === state.input.charCodeAt(position + 2)) {
		const following = state.input.charCodeAt(position + 3);
		return following === 0 || isWsOrEol(following);
	}
	return false;
}
function skipByteOrderMark(state) {
	if (state.position === state.lineStart && state.input.charCodeAt(state.position) === 65279) {
		state.position++;
		state.lineStart = state.position;
	}
}
function testDocumentBoundary(state) {
	if (state.position !== state.lineStart) return false;
	if (testDocumentSeparator(state)) return true;
	if (state.input.charCodeAt(state.position) !== 65279) return false;
	const snapshot = snapshotState(state);
	skipByteOrderMark(state);
	skipSeparationSpace(state, true);
	const ch = state.input.charCodeAt(state.position);
	const result = state.position === state.lineStart && (ch === 37 || ch === 45 && testDocumentSeparator(state));
	restoreState(state, snapshot);
	return result;
}
function skipUntilLineEnd(state) {
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0 && !isEol(ch)) ch = state.input.charCodeAt(++state.position);
}
function checkPrintable(state, start, end) {
	const match = PATTERN_NON_PRINTABLE.exec(state.input.slice(start, end));
	if (match !== null) {
		state.position = start + match.index + match[0].length - 1;
		throwError(state, "the stream contains non-printable characters");
	}
}
function readTagProperty(state, props, inFlow) {
	if (state.input.charCodeAt(state.position) !== 33) return false;
	if (props.tagStart !== NO_RANGE$1) throwError(state, "duplication of a tag property");
	const start = state.position;
	let isVerbatim = false;
	let isNamed = false;
	let tagHandle = "!";
	let ch = state.input.charCodeAt(++state.position);
	if (ch === 60) {
		isVerbatim = true;
		ch = state.input.charCodeAt(++state.position);
	} else if (ch === 33) {
		isNamed = true;
		tagHandle = "!!";
		ch = state.input.charCodeAt(++state.position);
	}
	let suffixStart = state.position;
	let tagName;
	if (isVerbatim) {
		while (ch !== 0 && ch !== 62) ch = state.input.charCodeAt(++state.position);
		if (ch !== 62) throwError(state, "unexpected end of the stream within a verbatim tag");
		tagName = state.input.slice(suffixStart, state.position);
		state.position++;
	} else {
		while (ch !== 0 && !isWsOrEol(ch) && !(inFlow && isFlowIndicator(ch))) {
			if (ch === 33) {
				if (!isNamed) {
					tagHandle = state.input.slice(suffixStart - 1, state.position + 1);
					if (!PATTERN_TAG_HANDLE.test(tagHandle)) throwError(state, "named tag handle cannot contain such characters");
					isNamed = true;
					suffixStart = state.position + 1;
				} else throwError(state, "tag suffix cannot contain exclamation marks");
			}
			ch = state.input.charCodeAt(++state.position);
		}
		tagName = state.input.slice(suffixStart, state.position);
		if (PATTERN_FLOW_INDICATORS.test(tagName)) throwError(state, "tag suffix cannot contain flow indicator characters");
	}
	if (tagName && !(isVerbatim ? PATTERN_TAG_URI.test(tagName) : PATTERN_TAG_SUFFIX.test(tagName))) throwError(state, `tag name cannot contain such characters: ${tagName}`);
	if (!isVerbatim && tagHandle !== "!" && tagHandle !== "!!" && !HAS_OWN.call(state.tagHandlers, tagHandle)) throwError(state, `undeclared tag handle "${tagHandle}"`);
	props.tagStart = start;
	props.tagEnd = state.position;
	return true;
}
function readAnchorProperty(state, props) {
	if (state.input.charCodeAt(state.position) !== 38) return false;
	if (props.anchorStart !== NO_RANGE$1) throwError(state, "duplication of an anchor property");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an anchor node must contain at least one character");
	props.anchorStart = start;
	props.anchorEnd = state.position;
	return true;
}
function readAlias(state, props) {
	if (state.input.charCodeAt(state.position) !== 42) return false;
	if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) throwError(state, "alias node should not have any properties");
	state.position++;
	const start = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position)) && !isFlowIndicator(state.input.charCodeAt(state.position))) state.position++;
	if (state.position === start) throwError(state, "name of an alias node must contain at least one character");
	addAliasEvent(state, start, state.position);
	return true;
}
function readFlowScalarBreak(state, nodeIndent) {
	skipSeparationSpace(state, false);
	if (state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readSingleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 39) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 39) {
			if (state.input.charCodeAt(state.position + 1) === 39) {
				simple = false;
				state.position += 2;
				continue;
			}
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.SINGLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a single quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a single quoted scalar");
}
function readDoubleQuotedScalar(state, nodeIndent, props) {
	if (state.input.charCodeAt(state.position) !== 34) return false;
	state.position++;
	const start = state.position;
	let simple = true;
	while (state.input.charCodeAt(state.position) !== 0) {
		const ch = state.input.charCodeAt(state.position);
		if (ch === 34) {
			const end = state.position;
			state.position++;
			addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.DOUBLE_QUOTED, CHOMPING_MODE.CLIP, -1, simple);
			return true;
		}
		if (ch === 92) {
			simple = false;
			const escaped = state.input.charCodeAt(++state.position);
			if (isEol(escaped)) readFlowScalarBreak(state, nodeIndent);
			else if (isSimpleEscape(escaped)) state.position++;
			else {
				let hexLength = escapedHexLen(escaped);
				if (hexLength === 0) throwError(state, "unknown escape sequence");
				while (hexLength-- > 0) {
					state.position++;
					if (fromHexCode(state.input.charCodeAt(state.position)) < 0) throwError(state, "expected hexadecimal character");
				}
				state.position++;
			}
		} else if (isEol(ch)) {
			simple = false;
			readFlowScalarBreak(state, nodeIndent);
		} else if (state.position === state.lineStart && testDocumentSeparator(state)) throwError(state, "unexpected end of the document within a double quoted scalar");
		else if (ch !== 9 && ch < 32) throwError(state, "expected valid JSON character");
		else state.position++;
	}
	throwError(state, "unexpected end of the stream within a double quoted scalar");
}
function readBlockScalar(state, parentIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	let chomping = CHOMPING_MODE.CLIP;
	let indent = -1;
	let detectedIndent = false;
	if (ch !== 124 && ch !== 62) return false;
	const style = ch === 124 ? SCALAR_STYLE.LITERAL_BLOCK : SCALAR_STYLE.FOLDED_BLOCK;
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		const current = state.input.charCodeAt(state.position);
		const digit = fromDecimalCode(current);
		if (current === 43 || current === 45) {
			if (chomping !== CHOMPING_MODE.CLIP) throwError(state, "repeat of a chomping mode identifier");
			chomping = current === 43 ? CHOMPING_MODE.KEEP : CHOMPING_MODE.STRIP;
			state.position++;
		} else if (digit >= 0) {
			if (digit === 0) throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
			if (detectedIndent) throwError(state, "repeat of an indentation width identifier");
			indent = parentIndent + digit - 1;
			detectedIndent = true;
			state.position++;
		} else break;
	}
	let hadWhitespace = false;
	while (isWhiteSpace(state.input.charCodeAt(state.position))) {
		hadWhitespace = true;
		state.position++;
	}
	if (hadWhitespace && state.input.charCodeAt(state.position) === 35) skipUntilLineEnd(state);
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	else if (state.input.charCodeAt(state.position) !== 0) throwError(state, "a line break is expected");
	let contentIndent = detectedIndent ? indent : -1;
	let maxLeadingIndent = 0;
	const valueStart = state.position;
	let valueEnd = state.position;
	while (state.input.charCodeAt(state.position) !== 0) {
		const linePosition = state.position;
		let column = 0;
		while (state.input.charCodeAt(linePosition + column) === 32) column++;
		const first = state.input.charCodeAt(linePosition + column);
		if (first === 0) {
			if (contentIndent >= 0) {
				if (column > contentIndent) valueEnd = linePosition + column;
			} else if (column > 0) valueEnd = linePosition + column;
			break;
		}
		if (testDocumentBoundary(state)) break;
		if (!detectedIndent && contentIndent === -1 && isEol(first)) maxLeadingIndent = Math.max(maxLeadingIndent, column);
		if (!detectedIndent && contentIndent === -1 && !isEol(first)) {
			if (first === 9 && column < parentIndent) {
				state.position = linePosition + column;
				throwError(state, "tab characters must not be used in indentation");
			}
			if (column >= parentIndent && column < maxLeadingIndent) {
				state.position = linePosition + column;
				throwError(state, "bad indentation of a mapping entry");
			}
		}
		if (contentIndent === -1 && first !== 0 && !isEol(first) && column < parentIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		if (!detectedIndent && first !== 0 && !isEol(first) && contentIndent === -1) contentIndent = column;
		const requiredIndent = contentIndent === -1 ? parentIndent + 1 : contentIndent;
		if (first !== 0 && !isEol(first) && column < requiredIndent) {
			state.lineIndent = column;
			state.position = linePosition + column;
			break;
		}
		skipUntilLineEnd(state);
		valueEnd = state.position;
		if (isEol(state.input.charCodeAt(state.position))) {
			consumeLineBreak(state);
			valueEnd = state.position;
		}
	}
	checkPrintable(state, valueStart, valueEnd);
	addScalarEvent(state, valueStart, valueEnd, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, style, chomping, contentIndent);
	return true;
}
function canStartPlainScalar(state, nodeContext) {
	const ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	if (ch === 0 || isWsOrEol(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96 || isFlowIndicator(ch)) return false;
	if (ch === 63 || ch === 45) {
		const following = state.input.charCodeAt(state.position + 1);
		if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) return false;
	}
	return true;
}
function readPlainScalar(state, nodeIndent, nodeContext, props) {
	if (!canStartPlainScalar(state, nodeContext)) return false;
	const start = state.position;
	let end = state.position;
	let ch = state.input.charCodeAt(state.position);
	const inFlow = nodeContext === CONTEXT_FLOW_IN;
	let multiline = false;
	while (ch !== 0) {
		if (testDocumentBoundary(state)) break;
		if (ch === 58) {
			const following = state.input.charCodeAt(state.position + 1);
			if (isWsOrEolOrEnd(following) || inFlow && isFlowIndicator(following)) break;
		} else if (ch === 35) {
			if (isWsOrEol(state.input.charCodeAt(state.position - 1))) break;
		} else if (inFlow && isFlowIndicator(ch)) break;
		else if (isEol(ch)) {
			const savedPosition = state.position;
			const savedLine = state.line;
			const savedLineStart = state.lineStart;
			const savedLineIndent = state.lineIndent;
			skipSeparationSpace(state, false);
			if (state.lineIndent >= nodeIndent) {
				multiline = true;
				ch = state.input.charCodeAt(state.position);
				continue;
			}
			state.position = savedPosition;
			state.line = savedLine;
			state.lineStart = savedLineStart;
			state.lineIndent = savedLineIndent;
			break;
		}
		if (!isWhiteSpace(ch)) end = state.position + 1;
		ch = state.input.charCodeAt(++state.position);
	}
	if (end === start) return false;
	checkPrintable(state, start, end);
	addScalarEvent(state, start, end, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN, CHOMPING_MODE.CLIP, -1, !multiline);
	return true;
}
function skipFlowSeparationSpace(state, nodeIndent) {
	const startLine = state.line;
	skipSeparationSpace(state, true);
	if (state.line > startLine && state.lineIndent < nodeIndent || state.firstTabInLine !== -1 && state.lineIndent < nodeIndent) throwError(state, "deficient indentation");
}
function readFlowCollection(state, nodeIndent, props) {
	const ch = state.input.charCodeAt(state.position);
	const isMapping = ch === 123;
	const start = state.position;
	let readNext = true;
	if (ch !== 91 && ch !== 123) return false;
	const terminator = isMapping ? 125 : 93;
	if (isMapping) addMappingEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	else addSequenceEvent(state, start, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.FLOW);
	state.position++;
	while (state.input.charCodeAt(state.position) !== 0) {
		skipFlowSeparationSpace(state, nodeIndent);
		let ch = state.input.charCodeAt(state.position);
		if (ch === terminator) {
			state.position++;
			addPopEvent(state);
			return true;
		} else if (!readNext) throwError(state, "missed comma between flow collection entries");
		else if (ch === 44) throwError(state, "expected the node content, but found ','");
		let isPair = false;
		let isExplicitPair = false;
		if (ch === 63 && isWsOrEol(state.input.charCodeAt(state.position + 1))) {
			isPair = isExplicitPair = true;
			state.position += 1;
			skipFlowSeparationSpace(state, nodeIndent);
		}
		const entryLine = state.line;
		const entryStart = snapshotState(state);
		const keyWasRead = parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
		skipFlowSeparationSpace(state, nodeIndent);
		ch = state.input.charCodeAt(state.position);
		if ((isMapping || isExplicitPair || state.line === entryLine) && ch === 58) {
			isPair = true;
			state.position++;
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) {
				insertFlowPairMappingEvent(state, entryStart);
				if (!keyWasRead) addEmptyScalarEvent(state);
			} else if (!keyWasRead) addEmptyScalarEvent(state);
			if (!parseNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true)) addEmptyScalarEvent(state);
			skipFlowSeparationSpace(state, nodeIndent);
			if (!isMapping) addPopEvent(state);
		} else if (isMapping && isPair) {
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
		} else if (isMapping) addEmptyScalarEvent(state);
		else if (isPair) {
			insertFlowPairMappingEvent(state, entryStart);
			if (!keyWasRead) addEmptyScalarEvent(state);
			addEmptyScalarEvent(state);
			addPopEvent(state);
		}
		ch = state.input.charCodeAt(state.position);
		if (ch === 44) {
			readNext = true;
			state.position++;
		} else readNext = false;
	}
	throwError(state, "unexpected end of the stream within a flow collection");
}
function readBlockSequence(state, nodeIndent, props) {
	if (state.firstTabInLine !== -1 || state.input.charCodeAt(state.position) !== 45 || !isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) return false;
	addSequenceEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
	while (state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) {
		if (state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const entryLine = state.line;
		state.position++;
		const hadBreak = skipSeparationSpace(state, true) > 0;
		if (state.firstTabInLine !== -1 && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
		if (hadBreak && state.lineIndent <= nodeIndent) addEmptyScalarEvent(state);
		else parseNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
		skipSeparationSpace(state, true);
		if (state.lineIndent < nodeIndent || state.position >= state.length) break;
		if (state.lineIndent > nodeIndent) throwError(state, "bad indentation of a sequence entry");
		if (state.line === entryLine && state.input.charCodeAt(state.position) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 1))) throwError(state, "bad indentation of a sequence entry");
	}
	addPopEvent(state);
	return true;
}
function readBlockMapping(state, nodeIndent, flowIndent, props) {
	let atExplicitKey = false;
	let detected = false;
	let mappingOpened = false;
	let pendingExplicitKey = false;
	if (state.firstTabInLine !== -1) return false;
	let ch = state.input.charCodeAt(state.position);
	while (ch !== 0) {
		if (!atExplicitKey && state.firstTabInLine !== -1) {
			state.position = state.firstTabInLine;
			throwError(state, "tab characters must not be used in indentation");
		}
		const following = state.input.charCodeAt(state.position + 1);
		const entryLine = state.line;
		if ((ch === 63 || ch === 58) && isWsOrEolOrEnd(following)) {
			if (!mappingOpened) {
				addMappingEvent(state, state.position, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, COLLECTION_STYLE.BLOCK);
				mappingOpened = true;
			}
			if (ch === 63) {
				if (atExplicitKey) addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = true;
			} else if (atExplicitKey) atExplicitKey = false;
			else {
				addEmptyScalarEvent(state);
				detected = true;
				atExplicitKey = false;
			}
			state.position += 1;
			pendingExplicitKey = true;
		} else {
			if (atExplicitKey) {
				addEmptyScalarEvent(state);
				atExplicitKey = false;
			}
			const beforeKey = snapshotState(state);
			if (!parseNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) break;
			if (state.line === entryLine) {
				ch = state.input.charCodeAt(state.position);
				while (isWhiteSpace(ch)) ch = state.input.charCodeAt(++state.position);
				if (ch === 58) {
					ch = state.input.charCodeAt(++state.position);
					if (!isWsOrEolOrEnd(ch)) throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
					if (!mappingOpened) {
						state.events.splice(beforeKey.eventsLength, 0, {
							type: EVENT_ID.MAPPING,
							start: beforeKey.position,
							anchorStart: props.anchorStart,
							anchorEnd: props.anchorEnd,
							tagStart: props.tagStart,
							tagEnd: props.tagEnd,
							style: COLLECTION_STYLE.BLOCK
						});
						mappingOpened = true;
					}
					detected = true;
					atExplicitKey = false;
					pendingExplicitKey = false;
				} else if (detected) throwError(state, "expected ':' after a mapping key");
				else {
					if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
						restoreState(state, beforeKey);
						return false;
					}
					return true;
				}
			} else if (detected) throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
			else {
				if (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1) {
					restoreState(state, beforeKey);
					return false;
				}
				return true;
			}
		}
		if (parseNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, pendingExplicitKey)) pendingExplicitKey = false;
		if (!atExplicitKey) {
			if (pendingExplicitKey) {
				addEmptyScalarEvent(state);
				pendingExplicitKey = false;
			}
		}
		skipSeparationSpace(state, true);
		ch = state.input.charCodeAt(state.position);
		if ((state.line === entryLine || state.lineIndent > nodeIndent) && ch !== 0) throwError(state, "bad indentation of a mapping entry");
		else if (state.lineIndent < nodeIndent) break;
	}
	if (!detected) return false;
	if (atExplicitKey) addEmptyScalarEvent(state);
	if (mappingOpened) addPopEvent(state);
	return true;
}
function parseNode(state, parentIndent, nodeContext, allowToSeek, allowCompact, allowPropertyMapping = true) {
	if (state.depth >= state.maxDepth) throwError(state, `nesting exceeded maxDepth (${state.maxDepth})`);
	state.depth++;
	let indentStatus = 1;
	let atNewLine = false;
	let hasContent = false;
	let propertyStart = null;
	const props = emptyProperties();
	let allowBlockScalars = nodeContext === CONTEXT_BLOCK_OUT || nodeContext === CONTEXT_BLOCK_IN;
	let allowBlockCollections = allowBlockScalars;
	const allowBlockStyles = allowBlockScalars;
	if (allowToSeek && skipSeparationSpace(state, true)) {
		atNewLine = true;
		if (state.lineIndent > parentIndent) indentStatus = 1;
		else if (state.lineIndent === parentIndent) indentStatus = 0;
		else indentStatus = -1;
	}
	if (indentStatus === 1) while (true) {
		const ch = state.input.charCodeAt(state.position);
		const propertyState = snapshotState(state);
		if (atNewLine && indentStatus !== 1 && (ch === 33 || ch === 38)) break;
		if (atNewLine && allowBlockStyles && (props.tagStart !== NO_RANGE$1 || props.anchorStart !== NO_RANGE$1) && (ch === 33 || ch === 38)) {
			const fallbackState = snapshotState(state);
			const flowIndent = parentIndent + 1;
			if (readBlockMapping(state, state.position - state.lineStart, flowIndent, props) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) {
				state.depth--;
				return true;
			}
			restoreState(state, fallbackState);
		}
		if (atNewLine && (ch === 33 && props.tagStart !== NO_RANGE$1 || ch === 38 && props.anchorStart !== NO_RANGE$1)) break;
		if (!readTagProperty(state, props, nodeContext === CONTEXT_FLOW_IN) && !readAnchorProperty(state, props)) break;
		if (propertyStart === null) propertyStart = propertyState;
		if (skipSeparationSpace(state, true)) {
			atNewLine = true;
			allowBlockCollections = allowBlockStyles;
			if (state.lineIndent > parentIndent) indentStatus = 1;
			else if (state.lineIndent === parentIndent) indentStatus = 0;
			else indentStatus = -1;
		} else allowBlockCollections = false;
	}
	if (allowBlockCollections) allowBlockCollections = atNewLine || allowCompact;
	if (indentStatus === 1 || nodeContext === CONTEXT_BLOCK_OUT) {
		const flowIndent = nodeContext === CONTEXT_FLOW_IN || nodeContext === CONTEXT_FLOW_OUT ? parentIndent : parentIndent + 1;
		const blockIndent = state.position - state.lineStart;
		if (indentStatus === 1) {
			if (allowBlockCollections && (readBlockSequence(state, blockIndent, props) || readBlockMapping(state, blockIndent, flowIndent, props)) || readFlowCollection(state, flowIndent, props)) hasContent = true;
			else {
				const ch = state.input.charCodeAt(state.position);
				if (propertyStart !== null && allowPropertyMapping && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62) {
					const fallbackState = snapshotState(state);
					const propertyIndent = propertyStart.position - propertyStart.lineStart;
					restoreState(state, propertyStart);
					if (readBlockMapping(state, propertyIndent, flowIndent, emptyProperties()) && state.events[fallbackState.eventsLength]?.type === EVENT_ID.MAPPING) hasContent = true;
					else restoreState(state, fallbackState);
				}
				if (!hasContent && (allowBlockScalars && readBlockScalar(state, flowIndent, props) || readSingleQuotedScalar(state, flowIndent, props) || readDoubleQuotedScalar(state, flowIndent, props) || readAlias(state, props) || readPlainScalar(state, flowIndent, nodeContext, props))) hasContent = true;
			}
		} else if (indentStatus === 0) hasContent = allowBlockCollections && readBlockSequence(state, blockIndent, props);
	}
	allowBlockScalars = allowBlockScalars && !hasContent;
	if (!hasContent && (props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1 || allowBlockScalars)) {
		addScalarEvent(state, NO_RANGE$1, NO_RANGE$1, props.anchorStart, props.anchorEnd, props.tagStart, props.tagEnd, SCALAR_STYLE.PLAIN);
		hasContent = true;
	}
	state.depth--;
	return hasContent || props.anchorStart !== NO_RANGE$1 || props.tagStart !== NO_RANGE$1;
}
function readDirective(state) {
	if (state.lineIndent > 0 || state.input.charCodeAt(state.position) !== 37) return false;
	state.position++;
	const nameStart = state.position;
	while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
	const name = state.input.slice(nameStart, state.position);
	const args = [];
	if (name.length === 0) throwError(state, "directive name must not be less than one character in length");
	while (state.input.charCodeAt(state.position) !== 0 && !isEol(state.input.charCodeAt(state.position))) {
		while (isWhiteSpace(state.input.charCodeAt(state.position))) state.position++;
		if (state.input.charCodeAt(state.position) === 35 || isEol(state.input.charCodeAt(state.position)) || state.input.charCodeAt(state.position) === 0) break;
		const start = state.position;
		while (state.input.charCodeAt(state.position) !== 0 && !isWsOrEol(state.input.charCodeAt(state.position))) state.position++;
		args.push(state.input.slice(start, state.position));
	}
	if (isEol(state.input.charCodeAt(state.position))) consumeLineBreak(state);
	if (name === "YAML") {
		if (state.directives.some((directive) => directive.kind === "yaml")) throwError(state, "duplication of %YAML directive");
		if (args.length !== 1) throwError(state, "YAML directive accepts exactly one argument");
		const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
		if (match === null) throwError(state, "ill-formed argument of the YAML directive");
		if (parseInt(match[1], 10) !== 1) throwError(state, "unacceptable YAML version of the document");
		state.directives.push({
			kind: "yaml",
			version: args[0]
		});
	} else if (name === "TAG") {
		if (args.length !== 2) throwError(state, "TAG directive accepts exactly two arguments");
		const [handle, prefix] = args;
		if (!PATTERN_TAG_HANDLE.test(handle)) throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
		if (HAS_OWN.call(state.tagHandlers, handle)) throwError(state, `there is a previously declared suffix for "${handle}" tag handle`);
		if (!PATTERN_TAG_PREFIX.test(prefix)) throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
		state.tagHandlers[handle] = prefix;
		state.directives.push({
			kind: "tag",
			handle,
			prefix
		});
	}
	return true;
}
function readDocument(state) {
	state.directives = [];
	state.tagHandlers = Object.create(null);
	let hasDirectives = false;
	skipSeparationSpace(state, true);
	while (readDirective(state)) {
		hasDirectives = true;
		skipSeparationSpace(state, true);
	}
	let explicitStart = false;
	let explicitEnd = false;
	let allowCompact = true;
	if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45 && isWsOrEolOrEnd(state.input.charCodeAt(state.position + 3))) {
		explicitStart = true;
		const markerLine = state.line;
		state.position += 3;
		skipSeparationSpace(state, true);
		allowCompact = state.line > markerLine;
	} else if (hasDirectives) throwError(state, "directives end mark is expected");
	const documentEventIndex = state.events.length;
	if (!explicitStart && state.position === state.lineStart && state.input.charCodeAt(state.position) === 46 && testDocumentSeparator(state)) {
		state.position += 3;
		skipSeparationSpace(state, true);
		return;
	}
	addDocumentEvent(state, explicitStart, false);
	if (!parseNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, allowCompact, allowCompact)) addEmptyScalarEvent(state);
	skipSeparationSpace(state, true);
	if (state.position === state.lineStart && testDocumentSeparator(state)) {
		explicitEnd = state.input.charCodeAt(state.position) === 46;
		if (explicitEnd) {
			const markerLine = state.line;
			state.position += 3;
			skipSeparationSpace(state, true);
			if (state.line === markerLine && state.position < state.length) throwError(state, "end of the stream or a document separator is expected");
		}
	}
	const documentEvent = state.events[documentEventIndex];
	if (documentEvent?.type === EVENT_ID.DOCUMENT) documentEvent.explicitEnd = explicitEnd;
	addPopEvent(state);
	if (!explicitEnd && state.position < state.length && !testDocumentBoundary(state)) throwError(state, "end of the stream or a document separator is expected");
}
/**
* Parses YAML into a flat event stream referencing source text by offsets.
*
* @category Events
*/
function parseEvents(input, options) {
	const length = input.length;
	const state = {
		...DEFAULT_PARSER_OPTIONS,
		...options,
		input: `${input}\0`,
		length,
		position: 0,
		line: 0,
		lineStart: 0,
		lineIndent: 0,
		firstTabInLine: -1,
		depth: 0,
		directives: [],
		tagHandlers: Object.create(null),
		events: []
	};
	const nullpos = input.indexOf("\0");
	if (nullpos !== -1) YAMLException.throwAt(input, nullpos, "null byte is not allowed in input", state.filename);
	while (state.position < state.length) {
		skipByteOrderMark(state);
		skipSeparationSpace(state, true);
		if (state.position >= state.length) break;
		const documentStart = state.position;
		readDocument(state);
		if (state.position === documentStart)
 /* c8 ignore next */
		throwError(state, "can not read a document");
	}
	return state.events;
}
//#endregion
//#region src/load.ts
var DEFAULT_LOAD_OPTIONS = {
	...DEFAULT_PARSER_OPTIONS,
	...DEFAULT_CONSTRUCTOR_OPTIONS
};
function loadDocuments(input, options = {}) {
	const opts = {
		...DEFAULT_LOAD_OPTIONS,
		...options
	};
	const source = String(input);
	const PARSER_OPT_KEYS = Object.keys(DEFAULT_PARSER_OPTIONS);
	const CONSTRUCTOR_OPT_KEYS = Object.keys(DEFAULT_CONSTRUCTOR_OPTIONS);
	return constructFromEvents(parseEvents(source, pick(opts, PARSER_OPT_KEYS)), {
		...pick(opts, CONSTRUCTOR_OPT_KEYS),
		source
	});
}
function loadAll(input, iteratorOrOptions, options) {
	let iterator = null;
	if (typeof iteratorOrOptions === "function") iterator = iteratorOrOptions;
	else if (iteratorOrOptions !== null && typeof iteratorOrOptions === "object") options = iteratorOrOptions;
	const documents = loadDocuments(input, options);
	if (iterator === null) return documents;
	for (const document of documents) iterator(document);
}
/**
* Parses `string` as a single YAML document. Throws {@link YAMLException} on
* error. This function does not understand multi-document or empty sources; it
* throws an exception on those.
*
* > [!NOTE]
* > 1. When processing untrusted input, see the
* >    [security considerations](../docs/safety.md).
* > 2. All exceptions MUST be caught, not just {@link YAMLException}.
* > 3. The default {@link CORE_SCHEMA} comes without the `!!merge` tag. You can
* >    easily enable it if needed.
* > 4. The default {@link mapTag} is `{}`-object based, with known limitations
* >    (see description). For full compatibility use {@link realMapTag}
* >    instead (it uses native JS `Map`).
*
* @example
* Enable {@link mergeTag} and {@link realMapTag}:
*
* ```javascript
* import { load, CORE_SCHEMA, mergeTag, realMapTag } from 'js-yaml'
*
* try {
*   load(data, { schema: CORE_SCHEMA.withTags(mergeTag, realMapTag) })
* } catch (e) {
*   console.error(e)
* }
* ```
*
* @category Main
*/
function load(input, options) {
	const documents = loadDocuments(input, options);
	if (documents.length === 0) throw new YAMLException("expected a document, but the input is empty");
	if (documents.length === 1) return documents[0];
	throw new YAMLException("expected a single document in the stream, but found more");
}
//#endregion
//#region src/ast/from_js.ts
var INVALID = Symbol("INVALID");
function buildRepresentTypes(schema) {
	const defaultTags = new Set([
		schema.defaultScalarTag,
		schema.defaultSequenceTag,
		schema.defaultMappingTag
	].filter((t) => t !== void 0));
	const implicitScalars = schema.implicitScalarTags;
	const explicitTags = schema.tags.filter((t) => !(t.nodeKind === "scalar" && t.implicit) && !defaultTags.has(t));
	const defaultTagsLast = schema.tags.filter((t) => defaultTags.has(t));
	return [
		...implicitScalars.map((tag) => ({
			tag,
			implicitTag: true
		})),
		...explicitTags.map((tag) => ({
			tag,
			implicitTag: false
		})),
		...defaultTagsLast.map((tag) => ({
			tag,
			implicitTag: true
		}))
	];
}
function matchTag(state, object) {
	for (let index = 0, length = state.representTypes.length; index < length; index += 1) {
		const { tag, implicitTag } = state.representTypes[index];
		if (tag.identify(object)) {
			let tagName;
			if (tag.matchByTagPrefix) tagName = tag.representTagName(object);
			else tagName = tag.tagName;
			return {
				tag,
				tagName,
				implicitTag
			};
		}
	}
	return null;
}
function build(state, object) {
	if (!state.noRefs && object !== null && typeof object === "object") {
		const existing = state.refs.get(object);
		if (existing) {
			if (existing.anchor === void 0) existing.anchor = `ref_${state.refCounter++}`;
			return {
				kind: "alias",
				anchor: existing.anchor
			};
		}
	}
	const matched = matchTag(state, object);
	if (!matched) {
		if (object === void 0) return INVALID;
		if (state.skipInvalid) return INVALID;
		throw new YAMLException(`unacceptable kind of an object to dump ${Object.prototype.toString.call(object)}`);
	}
	const { tag, tagName, implicitTag } = matched;
	const nodeTagName = implicitTag ? tagName : tagNameShort(tagName);
	if (tag.nodeKind === "scalar") return {
		kind: "scalar",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: SCALAR_STYLE.PLAIN,
		value: tag.represent(object)
	};
	if (tag.nodeKind === "sequence") {
		const container = tag.represent(object);
		const node = {
			kind: "sequence",
			tag: nodeTagName,
			tagged: !implicitTag,
			style: COLLECTION_STYLE.BLOCK,
			items: []
		};
		if (!state.noRefs) state.refs.set(object, node);
		for (let index = 0, length = container.length; index < length; index += 1) {
			let item = build(state, container[index]);
			if (item === INVALID && container[index] === void 0) item = build(state, null);
			if (item === INVALID) continue;
			node.items.push(item);
		}
		return node;
	}
	const map = tag.represent(object);
	const node = {
		kind: "mapping",
		tag: nodeTagName,
		tagged: !implicitTag,
		style: COLLECTION_STYLE.BLOCK,
		items: []
	};
	if (!state.noRefs) state.refs.set(object, node);
	for (const [objectKey, objectValue] of map) {
		const key = build(state, objectKey);
		if (key === INVALID) continue;
		const value = build(state, objectValue);
		if (value === INVALID) continue;
		node.items.push({
			key,
			value
		});
	}
	return node;
}
/**
* Convert JS object to AST. A JS value is one YAML document. An unrepresentable
* root becomes an empty document, which the presenter renders as an empty
* string.
*
* @category AST
*/
function jsToAst(input, schema, options = {}) {
	const root = build({
		representTypes: buildRepresentTypes(schema),
		noRefs: options.noRefs ?? false,
		skipInvalid: options.skipInvalid ?? false,
		refs: /* @__PURE__ */ new Map(),
		refCounter: 0
	}, input);
	return [{
		contents: root === INVALID ? null : root,
		directives: []
	}];
}
//#endregion
//#region src/ast/visit.ts
/**
* Return from a visitor to stop the whole traversal.
*
* @category AST
*/
var VISIT_BREAK = Symbol("visit:break");
/**
* Return from a visitor to skip the current node's children.
*
* @category AST
*/
var VISIT_SKIP = Symbol("visit:skip");
function visitNode(node, visitor, ctx) {
	const control = visitor(node, ctx);
	if (control === VISIT_BREAK) return true;
	if (control === VISIT_SKIP) return false;
	const depth = ctx.depth + 1;
	switch (node.kind) {
		case "sequence":
			for (const item of node.items) if (visitNode(item, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
			break;
		case "mapping": for (const { key, value } of node.items) {
			if (visitNode(key, visitor, {
				depth,
				parent: node,
				isKey: true
			})) return true;
			if (visitNode(value, visitor, {
				depth,
				parent: node,
				isKey: false
			})) return true;
		}
	}
	return false;
}
/**
* Walk every node in the documents, calling {@link Visitor} once per
* node (pre-order).
*
* @category AST
*/
function visit(documents, visitor) {
	for (const doc of documents) if (doc.contents && visitNode(doc.contents, visitor, {
		depth: 0,
		parent: null,
		isKey: false
	})) return;
}
//#endregion
//#region src/ast/styler_defaults.ts
function hasBit(mask, bit) {
	return (mask & 1 << bit) !== 0;
}
/**
* Default scalar styling rules in application order.
* See [Scalar styling](../../docs/scalar_styling.md) for usage details.
*
* @category AST
*/
var DEFAULT_SCALAR_STYLE_RULES = {
	applyQuoteFlowKeysOption,
	doubleQuoteForInvisibles,
	doubleQuoteWhitespaceOnly,
	applyForceQuotesOption,
	tryLongOrMultilineAsBlock,
	quoteInvalidPlain,
	fallbackToDoubleQuoted
};
function _preferredQuotedStyle(layout) {
	if (layout.presenterOptions.quoteStyle === "single" && hasBit(layout.allowedStylesMask, SCALAR_STYLE.SINGLE_QUOTED)) return SCALAR_STYLE.SINGLE_QUOTED;
	return SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyQuoteFlowKeysOption(layout) {
	if (!layout.presenterOptions.quoteFlowKeys) return;
	if (!layout.isKey || !layout.flowOnly || layout.style !== SCALAR_STYLE.PLAIN) return;
	layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteForInvisibles(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /[\t\x7F-\xA0\u2028\u2029\uFEFF\uFFFE\uFFFF]/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function doubleQuoteWhitespaceOnly(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && /^\s+$/.test(layout.node.value)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
function applyForceQuotesOption(layout) {
	if (!layout.presenterOptions.forceQuotes) return;
	if (layout.isKey || layout.style !== SCALAR_STYLE.PLAIN) return;
	if (layout.node.tag !== layout.presenterOptions.schema.defaultScalarTag.tagName) return;
	layout.style = layout.node.value.includes("\n") ? SCALAR_STYLE.DOUBLE_QUOTED : _preferredQuotedStyle(layout);
}
function tryLongOrMultilineAsBlock(layout) {
	if (layout.style !== SCALAR_STYLE.PLAIN || layout.isKey) return;
	const value = layout.node.value;
	const multiline = value.indexOf("\n") !== -1;
	if (!hasBit(layout.allowedStylesMask, SCALAR_STYLE.LITERAL_BLOCK)) {
		if (multiline) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
		return;
	}
	const w = layout.presenterOptions.lineWidth;
	if (w === -1) {
		if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
		return;
	}
	const availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	let position = 0;
	let shouldFold = false;
	while (position <= value.length) {
		let lineEnd = value.length;
		const nextLineBreak = value.indexOf("\n", position);
		if (nextLineBreak !== -1) lineEnd = nextLineBreak;
		const line = value.slice(position, lineEnd);
		if (line.length > availableWidth && line[0] !== " " && / [^ \t]/.test(line)) shouldFold = true;
		if (nextLineBreak === -1) break;
		position = nextLineBreak + 1;
	}
	if (shouldFold) layout.style = SCALAR_STYLE.FOLDED_BLOCK;
	else if (multiline) layout.style = SCALAR_STYLE.LITERAL_BLOCK;
}
function quoteInvalidPlain(layout) {
	if (layout.style === SCALAR_STYLE.PLAIN && !hasBit(layout.allowedStylesMask, SCALAR_STYLE.PLAIN)) layout.style = _preferredQuotedStyle(layout);
}
function fallbackToDoubleQuoted(layout) {
	if (!hasBit(layout.allowedStylesMask, layout.style)) layout.style = SCALAR_STYLE.DOUBLE_QUOTED;
}
//#endregion
//#region src/ast/scalar_styler.ts
function setBit(mask, bit) {
	return mask | 1 << bit;
}
var SRC_C_PRINTABLE = "[\\x09\\x0A\\x0D\\x20-\\x7E\\x85\\xA0-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]";
var SRC_B_CHAR = "[\\n\\r]";
var SRC_C_BYTE_ORDER_MARK = "\\uFEFF";
var SRC_S_WHITE = "[ \\t]";
var SRC_NB_CHAR = `(?:(?!(?:${SRC_B_CHAR}|${SRC_C_BYTE_ORDER_MARK}))${SRC_C_PRINTABLE})`;
var SRC_NS_CHAR = `(?:(?!${SRC_S_WHITE})${SRC_NB_CHAR})`;
var SRC_NB_JSON = "[\\x09\\x20-\\uD7FF\\uE000-\\uFFFF\\u{10000}-\\u{10FFFF}]";
var SRC_C_INDICATOR = "[-?:,\\[\\]{}#&*!|>'\"%@`]";
var SRC_C_FLOW_INDICATOR = "[,\\[\\]{}]";
var SRC_NS_PLAIN_SAFE_FLOW_OUT = SRC_NS_CHAR;
var SRC_NS_PLAIN_SAFE_FLOW_IN = `(?:(?!${SRC_C_FLOW_INDICATOR})${SRC_NS_CHAR})`;
var SRC_NS_PLAIN_FIRST_FLOW_OUT = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))`;
var SRC_NS_PLAIN_FIRST_FLOW_IN = `(?:(?:(?!${SRC_C_INDICATOR})${SRC_NS_CHAR})|[?:-](?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))`;
var SRC_NS_PLAIN_CHAR_FLOW_OUT = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_OUT})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_OUT}))#*`;
var SRC_NS_PLAIN_CHAR_FLOW_IN = `(?:(?:(?![:#])${SRC_NS_PLAIN_SAFE_FLOW_IN})|:(?=${SRC_NS_PLAIN_SAFE_FLOW_IN}))#*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_OUT})*`;
var SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN = `(?:${SRC_S_WHITE}*${SRC_NS_PLAIN_CHAR_FLOW_IN})*`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_OUT = `${SRC_NS_PLAIN_FIRST_FLOW_OUT}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_NS_PLAIN_ONE_LINE_FLOW_IN = `${SRC_NS_PLAIN_FIRST_FLOW_IN}#*${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_OUT;
var SRC_NS_PLAIN_ONE_LINE_FLOW_KEY = SRC_NS_PLAIN_ONE_LINE_FLOW_IN;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_OUT}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_OUT}`;
var SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN = `\\n+${SRC_NS_PLAIN_CHAR_FLOW_IN}${SRC_NB_NS_PLAIN_IN_LINE_FLOW_IN}`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT = `${SRC_NS_PLAIN_ONE_LINE_FLOW_OUT}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_OUT})*`;
var SRC_NS_PLAIN_MULTI_LINE_FLOW_IN = `${SRC_NS_PLAIN_ONE_LINE_FLOW_IN}(?:${SRC_S_NS_PLAIN_NEXT_LINE_FLOW_IN})*`;
var NS_PLAIN_FLOW_OUT = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_OUT})$`, "u");
var NS_PLAIN_FLOW_IN = new RegExp(`^(?:${SRC_NS_PLAIN_MULTI_LINE_FLOW_IN})$`, "u");
var NS_PLAIN_BLOCK_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_BLOCK_KEY})$`, "u");
var NS_PLAIN_FLOW_KEY = new RegExp(`^(?:${SRC_NS_PLAIN_ONE_LINE_FLOW_KEY})$`, "u");
var NB_SINGLE_ONE_LINE = new RegExp(`^(?:${SRC_NB_JSON})*$`, "u");
var NB_SINGLE_MULTI_LINE = new RegExp(`^(?:${SRC_NB_JSON}|\\n)*$`, "u");
var BLOCK_SCALAR_CONTENT = new RegExp(`^(?:${SRC_NB_CHAR}|\\n)*$`, "u");
var C_FORBIDDEN_FIRST_LINE = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/;
var C_FORBIDDEN_CONTENT = /^(?:---|\.\.\.)(?=$|[ \t\n\r])/m;
function canUsePlain(layout) {
	const str = layout.node.value;
	if (str !== "") {
		if (!(layout.isKey ? layout.flowOnly ? NS_PLAIN_FLOW_KEY : NS_PLAIN_BLOCK_KEY : layout.flowOnly ? NS_PLAIN_FLOW_IN : NS_PLAIN_FLOW_OUT).test(str)) return false;
		if (layout.shiftOfFirstLine === 0 && C_FORBIDDEN_FIRST_LINE.test(str)) return false;
		if (layout.shiftOfContent === 0) {
			const firstLineBreak = str.indexOf("\n");
			if (firstLineBreak !== -1) {
				const content = str.slice(firstLineBreak + 1);
				if (C_FORBIDDEN_CONTENT.test(content)) return false;
			}
		}
	}
	const resolvedTag = layout.presenterOptions.schema.resolveImplicitScalarTag(str).tag.tagName;
	if (!layout.node.tagged && resolvedTag !== layout.node.tag) return false;
	if (!layout.node.tagged && str === "=" && resolvedTag === layout.presenterOptions.schema.defaultScalarTag.tagName) return false;
	return true;
}
function canUseSingleQuoted(layout) {
	const str = layout.node.value;
	if (!(layout.isKey ? NB_SINGLE_ONE_LINE : NB_SINGLE_MULTI_LINE).test(str)) return false;
	if (/[ \t]\n|\n[ \t]/.test(str)) return false;
	if (!layout.isKey && layout.shiftOfContent === 0) {
		const firstLineBreak = str.indexOf("\n");
		if (firstLineBreak !== -1 && C_FORBIDDEN_CONTENT.test(str.slice(firstLineBreak + 1))) return false;
	}
	return true;
}
function canUseBlock(layout) {
	if (layout.flowOnly || !BLOCK_SCALAR_CONTENT.test(layout.node.value)) return false;
	const contentIndent = layout.shiftOfContent - layout.shiftOfParent;
	if (contentIndent < 1) return false;
	if (contentIndent > 9 && /^\n* /.test(layout.node.value)) return false;
	if (layout.shiftOfContent === 0 && C_FORBIDDEN_CONTENT.test(layout.node.value)) return false;
	return true;
}
function detectAllowedStyles(layout) {
	let mask = setBit(0, SCALAR_STYLE.DOUBLE_QUOTED);
	if (canUsePlain(layout)) mask = setBit(mask, SCALAR_STYLE.PLAIN);
	if (canUseSingleQuoted(layout)) mask = setBit(mask, SCALAR_STYLE.SINGLE_QUOTED);
	if (canUseBlock(layout)) mask = setBit(setBit(mask, SCALAR_STYLE.LITERAL_BLOCK), SCALAR_STYLE.FOLDED_BLOCK);
	layout.allowedStylesMask = mask;
}
function renderScalar(layout) {
	switch (layout.style) {
		case SCALAR_STYLE.PLAIN: return renderPlain(layout);
		case SCALAR_STYLE.SINGLE_QUOTED: return renderSingleQuoted(layout);
		case SCALAR_STYLE.LITERAL_BLOCK: return renderLiteralBlock(layout);
		case SCALAR_STYLE.FOLDED_BLOCK: return renderFoldedBlock(layout);
		case SCALAR_STYLE.DOUBLE_QUOTED: return renderDoubleQuoted(layout);
	}
}
function renderPlain(layout) {
	return encodeFlowBreaks(layout.node.value, layout.shiftOfContent);
}
function renderSingleQuoted(layout) {
	return `'${encodeFlowBreaks(layout.node.value, layout.shiftOfContent).replace(/'/g, "''")}'`;
}
function renderLiteralBlock(layout) {
	const value = layout.node.value;
	return "|" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(value, layout.shiftOfContent));
}
function renderFoldedBlock(layout) {
	const value = layout.node.value;
	const w = layout.presenterOptions.lineWidth;
	let availableWidth = Infinity;
	if (w !== -1) availableWidth = Math.max(Math.min(w, 40), w - layout.shiftOfContent);
	return ">" + blockHeader(value, layout.shiftOfParent, layout.shiftOfContent) + dropEndingNewline(indentString(foldBlockScalar(value, availableWidth), layout.shiftOfContent));
}
function renderDoubleQuoted(layout) {
	return `"${escapeString(layout.node.value)}"`;
}
function encodeFlowBreaks(string, shiftOfContent) {
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) return string;
	const pad = " ".repeat(shiftOfContent);
	let result = string.slice(0, nextLF);
	const lineRe = /(\n+)([^\n]*)/g;
	lineRe.lastIndex = nextLF;
	let match;
	while (match = lineRe.exec(string)) {
		const breaks = match[1].length;
		const line = match[2];
		result += "\n".repeat(breaks + 1) + pad + line;
	}
	return result;
}
function indentString(string, spaces) {
	const indent = " ".repeat(spaces);
	let position = 0;
	let result = "";
	const length = string.length;
	while (position < length) {
		let line;
		const next = string.indexOf("\n", position);
		if (next === -1) {
			line = string.slice(position);
			position = length;
		} else {
			line = string.slice(position, next + 1);
			position = next + 1;
		}
		if (line.length && line !== "\n") result += indent;
		result += line;
	}
	return result;
}
function needIndentIndicator(string) {
	return /^\n* /.test(string);
}
function blockHeader(string, shiftOfParent, shiftOfContent) {
	const indentIndicator = needIndentIndicator(string) ? String(shiftOfContent - shiftOfParent) : "";
	const clip = string[string.length - 1] === "\n";
	return `${indentIndicator}${clip && (string[string.length - 2] === "\n" || string === "\n") ? "+" : clip ? "" : "-"}\n`;
}
function dropEndingNewline(string) {
	return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
}
function isMoreIndented(char) {
	return char === " " || char === "	";
}
function foldLine(line, width) {
	if (line === "" || isMoreIndented(line[0])) return line;
	const breakRe = / [^ \t]/g;
	let match;
	let start = 0;
	let end;
	let curr = 0;
	let next = 0;
	let result = "";
	while (match = breakRe.exec(line)) {
		next = match.index;
		if (next - start > width) {
			end = curr > start ? curr : next;
			result += `\n${line.slice(start, end)}`;
			start = end + 1;
		}
		curr = next;
	}
	result += "\n";
	if (line.length - start > width && curr > start) result += `${line.slice(start, curr)}\n${line.slice(curr + 1)}`;
	else result += line.slice(start);
	return result.slice(1);
}
function foldBlockScalar(string, width) {
	const lineRe = /(\n+)([^\n]*)/g;
	let nextLF = string.indexOf("\n");
	if (nextLF === -1) nextLF = string.length;
	lineRe.lastIndex = nextLF;
	let result = foldLine(string.slice(0, nextLF), width);
	let prevMoreIndented = string[0] === "\n" || isMoreIndented(string[0]);
	let moreIndented;
	let match;
	while (match = lineRe.exec(string)) {
		const prefix = match[1];
		const line = match[2];
		moreIndented = line !== "" && isMoreIndented(line[0]);
		result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
		prevMoreIndented = moreIndented;
	}
	return result;
}
var CHARACTERS_TO_ESCAPE = /["\\\x00-\x1F\x7F-\xA0\u2028\u2029\uD800-\uDFFF\uFEFF\uFFFE\uFFFF]/gu;
function escapeCharacter(character) {
	switch (character) {
		case "\0": return "\\0";
		case "\x07": return "\\a";
		case "\b": return "\\b";
		case "	": return "\\t";
		case "\n": return "\\n";
		case "\v": return "\\v";
		case "\f": return "\\f";
		case "\r": return "\\r";
		case "\x1B": return "\\e";
		case "\"": return "\\\"";
		case "\\": return "\\\\";
		case "": return "\\N";
		case "\xA0": return "\\_";
		case "\u2028": return "\\L";
		case "\u2029": return "\\P";
	}
	const code = character.charCodeAt(0);
	const hex = code.toString(16).toUpperCase();
	if (code <= 255) return `\\x${"0".repeat(2 - hex.length)}${hex}`;
	return `\\u${"0".repeat(4 - hex.length)}${hex}`;
}
function escapeString(string) {
	return string.replace(CHARACTERS_TO_ESCAPE, escapeCharacter);
}
//#endregion
//#region src/ast/presenter.ts
var CHAR_LINE_FEED = 10;
var DEFAULT_PRESENTER_OPTIONS = {
	indent: 2,
	seqNoIndent: false,
	seqInlineFirst: true,
	lineWidth: 80,
	flowBracketPadding: false,
	flowSkipCommaSpace: false,
	flowSkipColonSpace: false,
	quoteFlowKeys: false,
	quoteStyle: "single",
	forceQuotes: false,
	scalarStyleRules: Object.keys(DEFAULT_SCALAR_STYLE_RULES).map((name) => Reflect.get(DEFAULT_SCALAR_STYLE_RULES, name)),
	tagBeforeAnchor: false
};
function nodeTagShort(node) {
	return node.tagged ? node.tag : tagNameShort(node.tag);
}
function createPresenterState(options) {
	const opts = {
		...DEFAULT_PRESENTER_OPTIONS,
		...options
	};
	if (opts.flowSkipColonSpace) opts.quoteFlowKeys = true;
	return {
		...opts,
		defaultScalarTagName: opts.schema.defaultScalarTag.tagName,
		openEnded: false
	};
}
function generateNextLine(state, level) {
	return `\n${" ".repeat(state.indent * level)}`;
}
function scalarLayout(state, node, parent, level, isKey, flowOnly) {
	return {
		node,
		parent,
		level,
		isKey,
		flowOnly,
		shiftOfParent: level === 0 ? -1 : state.indent * (level - 1),
		shiftOfContent: state.indent * Math.max(1, level),
		shiftOfFirstLine: level === 0 ? 0 : state.indent * level,
		presenterOptions: state,
		allowedStylesMask: 0,
		style: node.style
	};
}
function writeFlowSequence(state, level, node) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level, node.items[index], node, {}).text;
		if (index > 0) result += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		result += item;
	}
	const pad = state.flowBracketPadding && node.items.length > 0 ? " " : "";
	return `[${pad}${result}${pad}]`;
}
function writeBlockSequence(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		const item = writeNode(state, level + 1, node.items[index], node, {
			block: true,
			compact: state.seqInlineFirst,
			isblockseq: true
		}).text;
		if (!compact || result !== "") result += generateNextLine(state, level);
		if (item === "" || CHAR_LINE_FEED === item.charCodeAt(0)) result += "-";
		else result += "- ";
		result += item;
	}
	return result;
}
function writeFlowMapping(state, level, node) {
	let result = "";
	for (const { key, value } of node.items) {
		let pairBuffer = "";
		if (result !== "") pairBuffer += `,${!state.flowSkipCommaSpace ? " " : ""}`;
		const keyRender = writeNode(state, level, key, node, { iskey: true });
		const keyText = keyRender.text;
		const valueText = writeNode(state, level, value, node, {}).text;
		const sep = state.flowSkipColonSpace || valueText === "" ? "" : " ";
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = key.kind === "alias" || keyIsBareProps ? " " : "";
		pairBuffer += `${keyText}${keyColonSep}:${sep}${valueText}`;
		result += pairBuffer;
	}
	const pad = state.flowBracketPadding && result !== "" ? " " : "";
	return `{${pad}${result}${pad}}`;
}
function writeBlockMapping(state, level, node, compact) {
	let result = "";
	for (let index = 0, length = node.items.length; index < length; index += 1) {
		let pairBuffer = "";
		if (!compact || result !== "") pairBuffer += generateNextLine(state, level);
		const { key, value } = node.items[index];
		const keyIsBlock = (key.kind === "mapping" || key.kind === "sequence") && key.style === COLLECTION_STYLE.BLOCK && key.items.length !== 0 || key.kind === "scalar" && (key.style === SCALAR_STYLE.LITERAL_BLOCK || key.style === SCALAR_STYLE.FOLDED_BLOCK);
		const keyRender = keyIsBlock ? writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			isblockseq: !cannotBeCompact(state, key, level + 1)
		}) : writeNode(state, level + 1, key, node, {
			block: true,
			compact: true,
			iskey: true
		});
		const keyText = keyRender.text;
		const keyHasLineBreak = key.kind === "scalar" && key.value.indexOf("\n") !== -1;
		const keyIsTooLong = keyText.length > 1024 && /^[\s\S]{1025}/u.test(keyText);
		const explicitPair = keyIsBlock || keyHasLineBreak || keyIsTooLong;
		if (explicitPair) {
			if (keyText && CHAR_LINE_FEED === keyText.charCodeAt(0)) pairBuffer += "?";
			else pairBuffer += "? ";
		}
		pairBuffer += keyText;
		if (explicitPair) pairBuffer += generateNextLine(state, level);
		const valueText = writeNode(state, level + 1, value, node, {
			block: true,
			compact: explicitPair,
			isblockseq: explicitPair && !cannotBeCompact(state, value, level + 1)
		}).text;
		const keyIsBareProps = key.kind === "scalar" && keyRender.noBody && (key.tagged || key.anchor !== void 0);
		const keyColonSep = !explicitPair && (key.kind === "alias" || keyIsBareProps) ? " " : "";
		if (valueText === "" || CHAR_LINE_FEED === valueText.charCodeAt(0)) pairBuffer += `${keyColonSep}:`;
		else pairBuffer += `${keyColonSep}: `;
		pairBuffer += valueText;
		result += pairBuffer;
	}
	return result;
}
function cannotBeCompact(state, node, level) {
	if (node.kind === "alias") return true;
	return node.tagged || node.anchor !== void 0 || state.indent < 2 && level > 0;
}
function writeNode(state, level, node, parent, ctx) {
	if (node.kind === "alias") {
		state.openEnded = false;
		return {
			text: `*${node.anchor}`,
			noBody: false
		};
	}
	const { block = false, iskey = false, isblockseq = false } = ctx;
	let compact = ctx.compact ?? false;
	const hasAnchor = node.anchor !== void 0;
	if (cannotBeCompact(state, node, level)) compact = false;
	let body;
	let shouldPrintTag = node.tagged;
	const useBlockCollection = block && (node.kind === "mapping" || node.kind === "sequence") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0;
	if (node.kind === "mapping") {
		if (useBlockCollection) body = writeBlockMapping(state, level, node, compact);
		else body = writeFlowMapping(state, level, node);
	} else if (node.kind === "sequence") {
		if (useBlockCollection) {
			if (state.seqNoIndent && !isblockseq && level > 0) body = writeBlockSequence(state, level - 1, node, compact);
			else body = writeBlockSequence(state, level, node, compact);
		} else body = writeFlowSequence(state, level, node);
	} else {
		const layout = scalarLayout(state, node, parent, level, iskey, !block);
		detectAllowedStyles(layout);
		for (const rule of state.scalarStyleRules) rule(layout);
		body = renderScalar(layout);
		state.openEnded = (layout.style === SCALAR_STYLE.LITERAL_BLOCK || layout.style === SCALAR_STYLE.FOLDED_BLOCK) && (node.value === "\n" || node.value.endsWith("\n\n"));
		shouldPrintTag = node.tagged || body === "" && layout.flowOnly && parent?.kind === "sequence" && !hasAnchor || layout.style !== SCALAR_STYLE.PLAIN && node.tag !== state.defaultScalarTagName;
	}
	if ((node.kind === "mapping" || node.kind === "sequence") && !useBlockCollection) state.openEnded = false;
	if (useBlockCollection && compact && level > 0 && state.indent > 2) body = `${" ".repeat(state.indent - 2)}${body}`;
	const noBody = body === "";
	let text = body;
	if (shouldPrintTag || hasAnchor) {
		const props = [];
		const tag = shouldPrintTag ? nodeTagShort(node) : null;
		const anchor = hasAnchor ? `&${node.anchor}` : null;
		if (state.tagBeforeAnchor) {
			if (tag !== null) props.push(tag);
			if (anchor !== null) props.push(anchor);
		} else {
			if (anchor !== null) props.push(anchor);
			if (tag !== null) props.push(tag);
		}
		const sep = body === "" || body.charCodeAt(0) === CHAR_LINE_FEED ? "" : " ";
		text = `${props.join(" ")}${sep}${body}`;
	}
	return {
		text,
		noBody
	};
}
function rootStartsOwnLine(node) {
	return (node.kind === "sequence" || node.kind === "mapping") && node.style === COLLECTION_STYLE.BLOCK && node.items.length !== 0 && !node.tagged && node.anchor === void 0;
}
function writeDocumentDirectives(doc) {
	let result = "";
	for (const directive of doc.directives) {
		if (directive.kind === "yaml") {
			result += `%YAML ${directive.version}\n`;
			continue;
		}
		const { handle, prefix } = directive;
		result += `%TAG ${handle} ${prefix}\n`;
	}
	return result;
}
/**
* Build YAML from AST.
*
* @category AST
*/
function present(documents, options) {
	const state = createPresenterState(options);
	let result = "";
	let previousEnded = false;
	for (let index = 0; index < documents.length; index += 1) {
		const doc = documents[index];
		state.openEnded = false;
		const directives = writeDocumentDirectives(doc);
		const hasDirectives = directives !== "";
		const marker = doc.explicitStart || hasDirectives || index > 0 && !previousEnded;
		result += directives;
		if (doc.contents === null) {
			if (marker) result += "---\n";
		} else if (marker) {
			const body = writeNode(state, 0, doc.contents, null, {
				block: true,
				compact: true
			}).text;
			const sep = body === "" ? "" : hasDirectives || rootStartsOwnLine(doc.contents) ? "\n" : " ";
			result += `---${sep}${body}\n`;
		} else result += writeNode(state, 0, doc.contents, null, {
			block: true,
			compact: true
		}).text + "\n";
		previousEnded = doc.explicitEnd || state.openEnded;
		if (previousEnded) result += "...\n";
	}
	return result;
}
//#endregion
//#region src/dump.ts
var DEFAULT_DUMP_OPTIONS = {
	...DEFAULT_PRESENTER_OPTIONS,
	schema: DUMP_SCHEMA,
	skipInvalid: false,
	noRefs: false,
	flowLevel: -1,
	sortKeys: false,
	transform: () => {}
};
function defaultCompareFn(a, b) {
	const x = String(a);
	const y = String(b);
	if (x < y) return -1;
	if (x > y) return 1;
	return 0;
}
/**
* Serializes JS object as a YAML document. By default it can dump every
* supported YAML type, so it throws an exception if you try to dump regexps or
* functions. However, you can disable exceptions by setting the
* {@link DumpOptions.skipInvalid} option to `true`.
*
* @category Main
*/
function dump(input, options = {}) {
	const opts = {
		...DEFAULT_DUMP_OPTIONS,
		...options
	};
	const documents = jsToAst(input, opts.schema, {
		noRefs: opts.noRefs,
		skipInvalid: opts.skipInvalid
	});
	if (opts.flowLevel >= 0) visit(documents, (node, ctx) => {
		if (ctx.depth < opts.flowLevel) return;
		if (node.kind === "sequence" || node.kind === "mapping") node.style = COLLECTION_STYLE.FLOW;
		return VISIT_SKIP;
	});
	if (opts.sortKeys) {
		const compareFn = opts.sortKeys === true ? defaultCompareFn : opts.sortKeys;
		visit(documents, (node) => {
			if (node.kind !== "mapping") return;
			node.items.sort((a, b) => compareFn(a.key.kind === "scalar" ? a.key.value : "", b.key.kind === "scalar" ? b.key.value : ""));
		});
	}
	opts.transform(documents);
	return present(documents, {
		...pick(opts, Object.keys(DEFAULT_PRESENTER_OPTIONS)),
		schema: opts.schema
	});
}
//#endregion
//#region src/ast/from_events.ts
var NO_RANGE = (/* unused pure expression or super */ null && (-1));
function eventPosition(event) {
	if ("tagStart" in event && event.tagStart !== NO_RANGE) return event.tagStart;
	if ("anchorStart" in event && event.anchorStart !== NO_RANGE) return event.anchorStart;
	if ("valueStart" in event && event.valueStart !== NO_RANGE) return event.valueStart;
	if ("start" in event) return event.start;
	return 0;
}
function rawTag(state, event) {
	return event.tagStart === NO_RANGE ? "" : state.source.slice(event.tagStart, event.tagEnd);
}
function anchorName(state, event) {
	return event.anchorStart === NO_RANGE ? void 0 : state.source.slice(event.anchorStart, event.anchorEnd);
}
function buildScalar(state, event) {
	const value = getScalarValue(state.source, event);
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw !== "") {
		tagged = true;
		tag = raw;
	} else if (event.style === SCALAR_STYLE.PLAIN) tag = state.schema.resolveImplicitScalarTag(value).tag.tagName;
	else tag = state.schema.defaultScalarTag.tagName;
	return {
		kind: "scalar",
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event),
		value
	};
}
function buildCollection(state, event, defaultTagName) {
	const raw = rawTag(state, event);
	let tag;
	let tagged = false;
	if (raw === "") tag = defaultTagName;
	else {
		tag = raw;
		tagged = true;
	}
	return {
		tag,
		tagged,
		style: event.style,
		anchor: anchorName(state, event)
	};
}
function addNode(state, node) {
	const frame = state.frames[state.frames.length - 1];
	if (frame.kind === "document") frame.doc.contents = node;
	else if (frame.kind === "sequence") frame.node.items.push(node);
	else if (frame.key) {
		frame.node.items.push({
			key: frame.key,
			value: node
		});
		frame.key = null;
	} else frame.key = node;
}
/**
* Builds an AST from parser events
*
* @category AST
*/
function eventsToAst(events, options) {
	const state = {
		source: options.source,
		schema: options.schema,
		eventIndex: 0,
		position: 0,
		frames: [],
		documents: []
	};
	while (state.eventIndex < events.length) {
		const event = events[state.eventIndex++];
		state.position = eventPosition(event);
		switch (event.type) {
			case EVENT_ID.DOCUMENT: {
				const doc = {
					contents: null,
					explicitStart: event.explicitStart,
					explicitEnd: event.explicitEnd,
					directives: event.directives
				};
				state.frames.push({
					kind: "document",
					doc
				});
				break;
			}
			case EVENT_ID.SCALAR:
				addNode(state, buildScalar(state, event));
				break;
			case EVENT_ID.SEQUENCE: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:seq");
				const node = {
					kind: "sequence",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "sequence",
					node
				});
				break;
			}
			case EVENT_ID.MAPPING: {
				const { tag, tagged, style, anchor } = buildCollection(state, event, "tag:yaml.org,2002:map");
				const node = {
					kind: "mapping",
					tag,
					tagged,
					style,
					anchor,
					items: []
				};
				state.frames.push({
					kind: "mapping",
					node,
					key: null
				});
				break;
			}
			case EVENT_ID.ALIAS:
				addNode(state, {
					kind: "alias",
					anchor: state.source.slice(event.anchorStart, event.anchorEnd)
				});
				break;
			case EVENT_ID.POP: {
				const frame = state.frames.pop();
				if (frame.kind === "mapping" && frame.key) throw new Error("incomplete mapping pair in event stream");
				if (frame.kind === "document") state.documents.push(frame.doc);
				else addNode(state, frame.node);
				break;
			}
		}
	}
	return state.documents;
}
//#endregion
//#region src/index.ts
/** @deprecated Use `EVENT_ID.DOCUMENT` instead. @internal */
var EVENT_DOCUMENT = EVENT_ID.DOCUMENT;
/** @deprecated Use `EVENT_ID.SEQUENCE` instead. @internal */
var EVENT_SEQUENCE = EVENT_ID.SEQUENCE;
/** @deprecated Use `EVENT_ID.MAPPING` instead. @internal */
var EVENT_MAPPING = EVENT_ID.MAPPING;
/** @deprecated Use `EVENT_ID.SCALAR` instead. @internal */
var EVENT_SCALAR = EVENT_ID.SCALAR;
/** @deprecated Use `EVENT_ID.ALIAS` instead. @internal */
var EVENT_ALIAS = EVENT_ID.ALIAS;
/** @deprecated Use `EVENT_ID.POP` instead. @internal */
var EVENT_POP = EVENT_ID.POP;
/** @deprecated Use `SCALAR_STYLE.PLAIN` instead. @internal */
var SCALAR_STYLE_PLAIN = SCALAR_STYLE.PLAIN;
/** @deprecated Use `SCALAR_STYLE.SINGLE_QUOTED` instead. @internal */
var SCALAR_STYLE_SINGLE_QUOTED = SCALAR_STYLE.SINGLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.DOUBLE_QUOTED` instead. @internal */
var SCALAR_STYLE_DOUBLE_QUOTED = SCALAR_STYLE.DOUBLE_QUOTED;
/** @deprecated Use `SCALAR_STYLE.LITERAL_BLOCK` instead. @internal */
var SCALAR_STYLE_LITERAL_BLOCK = SCALAR_STYLE.LITERAL_BLOCK;
/** @deprecated Use `SCALAR_STYLE.FOLDED_BLOCK` instead. @internal */
var SCALAR_STYLE_FOLDED_BLOCK = SCALAR_STYLE.FOLDED_BLOCK;
/** @deprecated Use `COLLECTION_STYLE.BLOCK` instead. @internal */
var COLLECTION_STYLE_BLOCK = COLLECTION_STYLE.BLOCK;
/** @deprecated Use `COLLECTION_STYLE.FLOW` instead. @internal */
var COLLECTION_STYLE_FLOW = COLLECTION_STYLE.FLOW;
/** @deprecated Use `CHOMPING_MODE.CLIP` instead. @internal */
var CHOMPING_CLIP = CHOMPING_MODE.CLIP;
/** @deprecated Use `CHOMPING_MODE.STRIP` instead. @internal */
var CHOMPING_STRIP = CHOMPING_MODE.STRIP;
/** @deprecated Use `CHOMPING_MODE.KEEP` instead. @internal */
var CHOMPING_KEEP = CHOMPING_MODE.KEEP;
//#endregion


//# sourceMappingURL=js-yaml.mjs.map
;// CONCATENATED MODULE: ./src/parsers/shared/yaml-tree.ts
/**
 * YAML → SNode with source offsets, built from js-yaml's event stream (`parseEvents`), which
 * measured 17–28 MB/s here against 1.9 MB/s for the `yaml` package (see bench/README.md).
 * Aliases are shared, never copied, and their expanded size is bounded so that an alias bomb is
 * an error instead of an out-of-memory crash.
 */

function parseYaml(text, options) {
    let events;
    try {
        events = parseEvents(text, { maxDepth: options.maxDepth });
    }
    catch (e) {
        return { documents: [], issues: [syntaxIssue(e)] };
    }
    try {
        return yaml_tree_build(text, events, options);
    }
    catch (e) {
        if (e instanceof BuildError)
            return { documents: [], issues: [e.issue] };
        throw e;
    }
}
class BuildError extends Error {
    issue;
    constructor(issue) {
        super(issue.message);
        this.issue = issue;
    }
}
function syntaxIssue(e) {
    const err = e;
    return {
        code: 'YAML_SYNTAX',
        offset: err.mark?.position ?? 0,
        line: err.mark?.line,
        column: err.mark?.column,
        message: err.reason ?? err.message ?? String(e),
        level: 'error',
    };
}
const NULLS = new Set(['', '~', 'null', 'Null', 'NULL']);
const TRUES = new Set(['true', 'True', 'TRUE']);
const FALSES = new Set(['false', 'False', 'FALSE']);
const INT = /^[-+]?[0-9]+$/;
const FLOAT = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;
/** YAML 1.2 core schema for plain scalars; numbers only when they round-trip (account ids keep their zeros). */
function resolvePlain(s) {
    if (NULLS.has(s))
        return null;
    if (TRUES.has(s))
        return true;
    if (FALSES.has(s))
        return false;
    if (INT.test(s) || FLOAT.test(s)) {
        const n = Number(s);
        if (Number.isFinite(n) && String(n) === s)
            return n;
    }
    return s;
}
function yaml_tree_build(text, events, options) {
    const documents = [];
    const issues = [];
    const anchors = new Map();
    const stack = [];
    let docSize = 0;
    const frame = (node, tag, anchor) => ({
        node,
        key: null,
        keysSeen: null,
        size: 1,
        tag,
        anchor,
        root: null,
    });
    const attach = (node, size) => {
        const parent = stack[stack.length - 1];
        parent.size += size;
        if (parent.node === null) {
            parent.root = node;
            return;
        }
        if (parent.node.kind === 'seq') {
            parent.node.items.push(node);
            if (node.end > parent.node.end)
                parent.node.end = node.end;
            return;
        }
        const map = parent.node;
        if (parent.key === null) {
            if (node.kind !== 'scalar') {
                issues.push({ code: 'COMPLEX_KEY', offset: node.start, message: 'a mapping key must be a plain value', level: 'error' });
                parent.key = { key: '<complex key>', start: node.start, end: node.end, isMerge: false };
                return;
            }
            const key = node.value === null ? '' : String(node.value);
            parent.key = { key, start: node.start, end: node.end, isMerge: key === '<<' && !node.quoted };
            return;
        }
        const k = parent.key;
        parent.key = null;
        if (k.isMerge) {
            mergeInto(map, parent, node);
            return;
        }
        addEntry(map, parent, { key: k.key, keyStart: k.start, keyEnd: k.end, value: node });
    };
    const addEntry = (map, f, entry) => {
        // A Set only once the map is big enough to matter; small maps stay a linear scan.
        if (f.keysSeen === null && map.entries.length >= 8)
            f.keysSeen = new Set(map.entries.map((e) => e.key));
        const dup = f.keysSeen ? f.keysSeen.has(entry.key) : map.entries.some((e) => e.key === entry.key);
        if (dup) {
            issues.push({
                code: 'DUPLICATE_KEY',
                offset: entry.keyStart,
                message: `duplicate key "${entry.key}" (CloudFormation rejects templates with duplicate keys)`,
                level: 'error',
            });
            const i = map.entries.findIndex((e) => e.key === entry.key);
            map.entries[i] = entry;
        }
        else {
            map.entries.push(entry);
            f.keysSeen?.add(entry.key);
        }
        if (entry.value.end > map.end)
            map.end = entry.value.end;
    };
    const mergeInto = (map, f, src) => {
        const sources = src.kind === 'seq' ? src.items : [src];
        for (const s of sources) {
            if (s.kind !== 'map')
                continue;
            for (const e of s.entries)
                if (!map.entries.some((x) => x.key === e.key))
                    addEntry(map, f, e);
        }
    };
    /** `added`: nodes an alias adds to the expanded document (fresh nodes are bounded by the file size). */
    const finish = (node, size, tag, anchor, added) => {
        let out = node;
        if (tag !== null && options.convertTag) {
            const converted = options.convertTag(tag, node);
            if (typeof converted === 'string') {
                issues.push({ code: 'UNKNOWN_TAG', offset: node.start, message: converted, level: 'warning' });
            }
            else
                out = converted;
        }
        docSize += added;
        if (docSize > options.maxAliasExpansion) {
            throw new BuildError({
                code: 'ALIAS_EXPANSION',
                offset: node.start,
                message: `aliases expand the document by more than ${options.maxAliasExpansion} nodes (limits.maxAliasExpansion); is it an alias bomb?`,
                level: 'error',
            });
        }
        if (anchor !== null)
            anchors.set(anchor, { node: out, size });
        attach(out, size);
    };
    for (const ev of events) {
        switch (ev.type) {
            case EVENT_ID.DOCUMENT:
                anchors.clear();
                docSize = 0;
                stack.push(frame(null, null, null));
                break;
            case EVENT_ID.MAPPING:
            case EVENT_ID.SEQUENCE: {
                const start = ev.tagStart >= 0 ? Math.min(ev.tagStart, ev.start) : ev.start;
                const node = ev.type === EVENT_ID.MAPPING ? { kind: 'map', entries: [], start, end: ev.start + 1 } : { kind: 'seq', items: [], start, end: ev.start + 1 };
                stack.push(frame(node, ev.tagStart >= 0 ? text.slice(ev.tagStart, ev.tagEnd) : null, ev.anchorStart >= 0 ? text.slice(ev.anchorStart, ev.anchorEnd) : null));
                break;
            }
            case EVENT_ID.SCALAR: {
                const raw = getScalarValue(text, ev);
                const tag = ev.tagStart >= 0 ? text.slice(ev.tagStart, ev.tagEnd) : null;
                const quoted = ev.style !== SCALAR_STYLE.PLAIN || tag !== null;
                const start = ev.tagStart >= 0 ? Math.min(ev.tagStart, ev.valueStart) : ev.valueStart;
                const node = { kind: 'scalar', value: quoted ? raw : resolvePlain(raw), quoted, start, end: Math.max(ev.valueEnd, start) };
                finish(node, 1, tag === '!' || tag === '!!str' ? null : tag, ev.anchorStart >= 0 ? text.slice(ev.anchorStart, ev.anchorEnd) : null, 0);
                break;
            }
            case EVENT_ID.ALIAS: {
                const name = text.slice(ev.anchorStart, ev.anchorEnd);
                const target = anchors.get(name);
                if (!target) {
                    issues.push({ code: 'YAML_SYNTAX', offset: ev.anchorStart, message: `unknown alias *${name}`, level: 'error' });
                    const node = { kind: 'scalar', value: null, quoted: false, start: ev.anchorStart, end: ev.anchorEnd };
                    attach(node, 1);
                }
                else
                    finish(target.node, target.size, null, null, target.size);
                break;
            }
            case EVENT_ID.POP: {
                const f = stack.pop();
                if (f.node === null) {
                    documents.push(f.root);
                    break;
                }
                finish(f.node, f.size, f.tag, f.anchor, 0);
                break;
            }
        }
    }
    return { documents, issues };
}


/***/ }),

/***/ 1361:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  t: () => (/* binding */ parseErrorFinding),
  y: () => (/* binding */ processUnit)
});

// EXTERNAL MODULE: ./src/append.ts
var append = __nccwpck_require__(1871);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
var external_node_fs_default = /*#__PURE__*/__nccwpck_require__.n(external_node_fs_);
// EXTERNAL MODULE: ./src/engine/define-rule.ts
var define_rule = __nccwpck_require__(3378);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/engine/fingerprint.ts

/**
 * Stable identity of a finding across commits: rule, resource, file and logical path. Line numbers
 * are deliberately left out so that moving code does not re-post review comments.
 */
function fingerprint(ruleId, resource, file, logicalPath) {
    return (0,external_node_crypto_.createHash)('sha256')
        .update(`${ruleId}\u0000${resource}\u0000${file}\u0000${logicalPath}`)
        .digest('hex')
        .slice(0, 24);
}

// EXTERNAL MODULE: ./src/model/arn.ts
var model_arn = __nccwpck_require__(1534);
// EXTERNAL MODULE: ./src/model/link.ts
var model_link = __nccwpck_require__(1073);
// EXTERNAL MODULE: ./src/model/policy.ts
var policy = __nccwpck_require__(979);
;// CONCATENATED MODULE: ./src/engine/rule-context.ts



function createRuleContext(model) {
    const names = (0,model_link/* nameSource */.B)(model);
    return {
        model,
        bucket: (id) => names.bucket(id),
        resolveBucket: (ref) => (0,model_arn/* resolveBucketRef */.Wh)(ref, model.buckets, names),
        accountPublicAccessBlocks: () => model.accountPublicAccessBlocks,
        statementCovers: (stmt, bucket) => {
            const arn = (0,model_arn/* bucketArnForMatch */.gW)(bucket, names);
            return { bucket: covers(stmt, arn, names), objects: covers(stmt, `${arn}/\u0002any-object-key`, names) };
        },
    };
}
function covers(stmt, arn, names) {
    const f = stmt.resource;
    if (f.field === 'none')
        return f.values.state === 'unknown' ? 'unknown' : false;
    if (f.values.state === 'unknown')
        return 'unknown';
    let any = false;
    for (const v of f.values.value)
        any = (0,policy.or)(any, (0,model_arn/* patternCovers */.JQ)(v, arn, names));
    if (f.field === 'plain')
        return any;
    return any === 'unknown' ? 'unknown' : !any;
}

;// CONCATENATED MODULE: ./src/engine/evaluate.ts



/** Every subject a rule of the given target runs against. */
function subjectsOf(model, target) {
    const lists = {
        bucket: model.buckets,
        accessPoint: model.accessPoints,
        accountPublicAccessBlock: model.accountPublicAccessBlocks,
        trail: model.trails,
        iamPolicy: model.iamPolicies,
        object: model.objects,
        model: [model],
    };
    return lists[target];
}
function subjectInfo(model, subject, target) {
    if (target === 'model') {
        const at = { file: model.unit, line: 1, column: 1, endLine: 1, endColumn: 1, path: '' };
        return { id: model.unit, origin: { format: model.format, type: 'unit', address: model.unit, at }, suppressions: [] };
    }
    return subject;
}
/**
 * Runs every rule over the model. A rule that throws yields a `rule-error` finding for that
 * subject and the other rules still run.
 */
function evaluateRules(model, rules, severityOverrides = {}) {
    const ctx = createRuleContext(model);
    const findings = [];
    const unknowns = [];
    for (const rule of rules) {
        for (const subject of subjectsOf(model, rule.target)) {
            if (rule.target === 'bucket' && !rule.externalBuckets && !subject.managed)
                continue;
            const info = subjectInfo(model, subject, rule.target);
            const report = Object.assign((d) => {
                const template = rule.messages[d.messageId];
                if (template === undefined)
                    throw new Error(`rule ${rule.id} has no message "${d.messageId}"`);
                const resource = d.resource ?? info.id;
                findings.push({
                    ruleId: rule.id,
                    severity: severityOverrides[rule.id] ?? d.severity ?? rule.meta.severity,
                    messageId: d.messageId,
                    message: (0,define_rule/* formatMessage */.hw)(template, d.data),
                    location: d.at,
                    resource,
                    format: info.origin.format,
                    related: [...(d.related ?? []), ...(info.origin.related ?? [])],
                    fix: d.fix,
                    fingerprint: fingerprint(rule.id, resource, d.at.file, d.at.path),
                    suppressed: false,
                });
            }, {
                unknown(value, what) {
                    unknowns.push({
                        ruleId: rule.id,
                        message: `${rule.meta.title}: cannot tell${what ? ` (${what})` : ''}`,
                        why: value.why,
                        location: value.at,
                        resource: info.id,
                        fingerprint: fingerprint(rule.id, info.id, value.at.file, value.at.path),
                    });
                },
            });
            try {
                rule.check(subject, report, ctx);
            }
            catch (e) {
                const at = info.origin.at;
                findings.push({
                    ruleId: 'rule-error',
                    severity: 'high',
                    messageId: 'ruleError',
                    message: `Rule ${rule.id} failed on ${info.id}: ${e instanceof Error ? e.message : String(e)}. This is a bug in s3-gate; please report it.`,
                    location: at,
                    resource: info.id,
                    format: info.origin.format,
                    related: [],
                    fingerprint: fingerprint('rule-error', info.id, at.file, `${rule.id}:${at.path}`),
                    suppressed: false,
                });
            }
        }
    }
    return { findings, unknowns };
}

// EXTERNAL MODULE: ./src/engine/suppressions.ts + 1 modules
var suppressions = __nccwpck_require__(1068);
// EXTERNAL MODULE: ./src/discovery.ts
var discovery = __nccwpck_require__(9989);
// EXTERNAL MODULE: ./src/parsers/registry.ts + 34 modules
var registry = __nccwpck_require__(2694);
// EXTERNAL MODULE: ./rules/index.ts + 46 modules
var rules = __nccwpck_require__(4018);
;// CONCATENATED MODULE: ./src/process-unit.ts
/**
 * Everything done for one scan unit, in whichever thread runs it: read and parse its files,
 * build and link the model, run the rules, apply inline suppressions, render local fixes.
 * Input and output are plain data so that the unit can run in a worker thread.
 */









function parseErrorFinding(p, format) {
    const at = { file: p.file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, path: p.code };
    return {
        ruleId: 'parse-error',
        severity: 'high',
        messageId: 'parseError',
        message: `${p.code}: ${p.message}`,
        location: at,
        resource: p.file,
        format,
        related: [],
        fingerprint: fingerprint('parse-error', p.file, p.file, `${p.code}:${p.message}`),
        suppressed: false,
    };
}
function processUnit(unit, job) {
    const plugin = (0,registry/* pluginByName */.u)(unit.plugin);
    const debug = [];
    const ctx = {
        roots: job.roots,
        cwd: job.cwd,
        limits: job.limits,
        debug: (m) => void debug.push(m),
        readFile(abs) {
            try {
                const real = external_node_fs_default().realpathSync(abs);
                if (!(0,discovery/* isInside */.FK)(real, job.roots)) {
                    debug.push(`refused to read ${abs}: outside the scanned paths`);
                    return undefined;
                }
                const st = external_node_fs_default().statSync(real);
                if (!st.isFile() || st.size > job.limits.maxFileBytes)
                    return undefined;
                return external_node_fs_default().readFileSync(real, 'utf8');
            }
            catch {
                return undefined;
            }
        },
        displayPath: (abs) => (0,discovery/* toDisplayPath */.L5)(abs, job.cwd),
        listFiles: (dir, filter) => (0,discovery/* listFiles */.CS)(dir, job.roots, job.cwd, filter),
    };
    const result = {
        unit: unit.id,
        format: plugin.format,
        findings: [],
        unknowns: [],
        problems: [],
        notes: [],
        debug,
        files: unit.files.length,
        bytes: unit.files.reduce((n, f) => n + f.size, 0),
        buckets: 0,
    };
    let load;
    try {
        load = plugin.load(unit, ctx);
    }
    catch (e) {
        const p = {
            code: 'INTERNAL_ERROR',
            file: unit.id,
            line: 1,
            column: 1,
            message: `s3-gate failed to read this ${plugin.name} input: ${e instanceof Error ? e.message : String(e)}. This is a bug; please report it.`,
            level: 'error',
        };
        result.problems.push(p);
        result.findings.push(parseErrorFinding(p, plugin.format));
        return result;
    }
    (0,append/* appendAll */.u)(result.problems, load.problems);
    (0,append/* appendAll */.u)(result.notes, load.notes);
    const active = rules/* rules */.a.filter((r) => !job.disabled.includes(r.id) && (!job.enabled || job.enabled.includes(r.id)));
    const now = new Date(job.now);
    const activeIds = new Set(active.map((r) => r.id));
    for (const model of load.models) {
        (0,model_link/* linkModel */.O)(model);
        result.buckets += model.buckets.length;
        const outcome = evaluateRules(model, active, job.severity);
        (0,append/* appendAll */.u)(result.problems, (0,suppressions/* applyInlineSuppressions */.M0)(outcome.findings, model, { now, allowInline: job.allowInline, rulesById: rules/* rulesById */.s, active: activeIds }));
        if (plugin.renderFix) {
            for (const f of outcome.findings) {
                if (!f.fix)
                    continue;
                try {
                    f.edit = plugin.renderFix(f, load.texts);
                }
                catch (e) {
                    debug.push(`fix for ${f.ruleId} on ${f.resource} not rendered: ${e instanceof Error ? e.message : String(e)}`);
                }
            }
        }
        (0,append/* appendAll */.u)(result.findings, outcome.findings);
        (0,append/* appendAll */.u)(result.unknowns, outcome.unknowns);
    }
    for (const p of result.problems)
        if (p.level === 'error')
            result.findings.push(parseErrorFinding(p, plugin.format));
    return result;
}


/***/ }),

/***/ 2705:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ renderJson)
/* harmony export */ });
/**
 * The CLI's JSON output. `file` is relative to the working directory with `/`; `resource` is the
 * CloudFormation logical id, the Terraform address with instance key, or the CDK construct path.
 */
function renderJson(result) {
    const out = {
        tool: result.tool,
        findings: result.findings.map((f) => ({
            ruleId: f.ruleId,
            severity: f.severity,
            message: f.message,
            messageId: f.messageId,
            file: f.location.file,
            line: f.location.line,
            column: f.location.column,
            endLine: f.location.endLine,
            endColumn: f.location.endColumn,
            resource: f.resource,
            format: f.format,
            fingerprint: f.fingerprint,
            suppressed: f.suppressed,
            ...(f.suppression ? { suppression: f.suppression } : {}),
            ...(f.related.length ? { related: f.related.map((r) => ({ message: r.message, file: r.at.file, line: r.at.line, column: r.at.column })) } : {}),
            ...(f.edit ? { edit: f.edit } : {}),
        })),
        unknowns: result.unknowns.map((u) => ({
            ruleId: u.ruleId,
            message: u.message,
            why: u.why,
            file: u.location.file,
            line: u.location.line,
            column: u.location.column,
            resource: u.resource,
            fingerprint: u.fingerprint,
        })),
        errors: result.problems.filter((p) => p.level === 'error').map((p) => ({ file: p.file, line: p.line, column: p.column, code: p.code, message: p.message })),
        warnings: result.problems.filter((p) => p.level === 'warning').map((p) => ({ file: p.file, line: p.line, column: p.column, code: p.code, message: p.message })),
        notes: result.notes,
        stats: result.stats,
    };
    return JSON.stringify(out, null, 2) + '\n';
}


/***/ }),

/***/ 6031:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  W: () => (/* binding */ renderSarif)
});

// UNUSED EXPORTS: sarifRuleDescriptor

;// CONCATENATED MODULE: ./src/report/render/rule-docs-url.ts
/** Where a rule's generated documentation lives; comments, SARIF and text output all link here. */
const DOCS_BASE = 'https://github.com/s3-gate/s3-gate/blob/main/rules';
function ruleDocUrl(ruleId, base = DOCS_BASE) {
    return `${base.replace(/\/$/, '')}/${ruleId}.md`;
}

;// CONCATENATED MODULE: ./src/report/render/sarif.ts

const LEVEL = { critical: 'error', high: 'error', medium: 'warning', low: 'note', info: 'note' };
/** GitHub code scanning reads `security-severity` (0–10) to rank alerts. */
const SECURITY_SEVERITY = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0', info: '1.0' };
const BUILTIN = [
    {
        id: 'parse-error',
        meta: {
            title: 'Infrastructure file could not be read',
            severity: 'high',
            why: 'A file that does not parse is not checked at all; the gate fails closed rather than pass it silently.',
            concepts: [],
            peers: {},
            fix: { cloudformation: 'Fix the syntax error at the reported line.', terraform: 'Fix the syntax error at the reported line.' },
            references: [],
        },
    },
    {
        id: 'rule-error',
        meta: {
            title: 's3-gate rule failed',
            severity: 'high',
            why: 'A rule threw an error on this resource; the other rules still ran. This is a bug in s3-gate.',
            concepts: [],
            peers: {},
            fix: { cloudformation: 'Please report it.', terraform: 'Please report it.' },
            references: [],
        },
    },
];
function sarifRuleDescriptor(rule) {
    return {
        id: rule.id,
        name: rule.id.replace(/(^|-)([a-z])/g, (_m, _d, ch) => ch.toUpperCase()),
        shortDescription: { text: rule.meta.title },
        fullDescription: { text: rule.meta.why },
        helpUri: ruleDocUrl(rule.id),
        help: {
            text: `${rule.meta.why}\n\nCloudFormation:\n${rule.meta.fix.cloudformation}\n\nTerraform:\n${rule.meta.fix.terraform}`,
            markdown: `${rule.meta.why}\n\n**CloudFormation**\n\n\`\`\`yaml\n${rule.meta.fix.cloudformation}\n\`\`\`\n\n**Terraform**\n\n\`\`\`hcl\n${rule.meta.fix.terraform}\n\`\`\`\n\n[Rule documentation](${ruleDocUrl(rule.id)})`,
        },
        defaultConfiguration: { level: LEVEL[rule.meta.severity] },
        properties: {
            tags: ['security', 's3', ...(rule.meta.securityHub ? [`securityhub/${rule.meta.securityHub}`] : [])],
            precision: 'high',
            'security-severity': SECURITY_SEVERITY[rule.meta.severity],
        },
    };
}
function sarif_location(f) {
    return {
        physicalLocation: {
            artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
            region: { startLine: f.line, startColumn: f.column, endLine: Math.max(f.endLine, f.line), endColumn: f.endLine > f.line || f.endColumn > f.column ? f.endColumn : f.column + 1 },
        },
    };
}
function renderSarif(result, rules) {
    const all = [...rules, ...BUILTIN];
    const index = new Map(all.map((r, i) => [r.id, i]));
    const sarif = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [
            {
                tool: {
                    driver: {
                        name: 's3-gate',
                        version: result.tool.version,
                        semanticVersion: result.tool.version,
                        informationUri: 'https://github.com/s3-gate/s3-gate',
                        rules: all.map(sarifRuleDescriptor),
                    },
                },
                automationDetails: { id: 's3-gate/' },
                originalUriBaseIds: { '%SRCROOT%': { uri: `file://${encodeURI(result.cwd.endsWith('/') ? result.cwd : result.cwd + '/')}` } },
                results: result.findings.map((f) => ({
                    ruleId: f.ruleId,
                    ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
                    level: LEVEL[f.severity],
                    message: { text: f.message },
                    locations: [sarif_location(f.location)],
                    ...(f.related.length ? { relatedLocations: f.related.map((r, i) => ({ id: i + 1, message: { text: r.message }, ...sarif_location(r.at) })) } : {}),
                    partialFingerprints: { 's3-gate/v1': f.fingerprint },
                    properties: { resource: f.resource, severity: f.severity, 'security-severity': SECURITY_SEVERITY[f.severity] },
                    ...(f.suppressed
                        ? { suppressions: [{ kind: f.suppression?.kind === 'config' ? 'external' : 'inSource', justification: f.suppression?.reason ?? '' }] }
                        : {}),
                })),
                invocations: [
                    {
                        executionSuccessful: true,
                        toolExecutionNotifications: result.problems.map((p) => ({
                            level: p.level === 'error' ? 'error' : 'warning',
                            message: { text: `${p.code}: ${p.message}` },
                            locations: [sarif_location({ file: p.file, line: p.line, column: p.column, endLine: p.line, endColumn: p.column, path: '' })],
                        })),
                    },
                ],
            },
        ],
    };
    return JSON.stringify(sarif, null, 2) + '\n';
}


/***/ }),

/***/ 7315:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S: () => (/* binding */ renderText)
});

// EXTERNAL MODULE: ./src/engine/severity.ts
var severity = __nccwpck_require__(4363);
;// CONCATENATED MODULE: ./src/report/render/counts.ts

function countBySeverity(findings) {
    const out = Object.fromEntries(severity/* SEVERITIES */.oC.map((s) => [s, 0]));
    for (const f of findings)
        if (!f.suppressed)
            out[f.severity]++;
    return out;
}
function describeCounts(counts) {
    const parts = severity/* SEVERITIES */.oC.filter((s) => counts[s] > 0).map((s) => `${counts[s]} ${s}`);
    return parts.length ? parts.join(', ') : 'none';
}

;// CONCATENATED MODULE: ./src/report/render/text.ts

const COLORS = { critical: '\x1b[1;31m', high: '\x1b[31m', medium: '\x1b[33m', low: '\x1b[36m', info: '\x1b[2m' };
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
const BOLD = '\x1b[1m';
function renderText(result, opts) {
    const c = (code, s) => (opts.color ? `${code}${s}${RESET}` : s);
    const lines = [];
    const active = result.findings.filter((f) => !f.suppressed);
    const byFile = new Map();
    for (const f of active) {
        const list = byFile.get(f.location.file) ?? [];
        list.push(f);
        byFile.set(f.location.file, list);
    }
    for (const [file, list] of byFile) {
        lines.push(c(BOLD, file));
        for (const f of list) {
            const pos = `${f.location.line}:${f.location.column}`.padEnd(8);
            lines.push(`  ${pos}${c(COLORS[f.severity] ?? '', f.severity.padEnd(9))}${f.ruleId.padEnd(32)}${f.message}${c(DIM, `  [${f.resource}]`)}`);
            for (const r of f.related)
                lines.push(c(DIM, `          ↳ ${r.message}: ${r.at.file}:${r.at.line}`));
        }
        lines.push('');
    }
    const suppressed = result.findings.filter((f) => f.suppressed);
    if (suppressed.length) {
        lines.push(c(BOLD, `Suppressed (${suppressed.length})`));
        for (const f of suppressed)
            lines.push(`  ${f.location.file}:${f.location.line}  ${f.ruleId}  [${f.resource}]  ${c(DIM, f.suppression?.reason ?? '')}`);
        lines.push('');
    }
    if (result.unknowns.length) {
        lines.push(c(BOLD, `Could not evaluate (${result.unknowns.length})`));
        const shown = opts.verbose ? result.unknowns : result.unknowns.slice(0, 20);
        for (const u of shown)
            lines.push(`  ${u.location.file}:${u.location.line}  ${u.ruleId}  [${u.resource}]  ${c(DIM, u.why)}`);
        if (shown.length < result.unknowns.length)
            lines.push(c(DIM, `  … ${result.unknowns.length - shown.length} more (--verbose)`));
        lines.push('');
    }
    const warnings = result.problems.filter((p) => p.level === 'warning');
    if (warnings.length) {
        lines.push(c(BOLD, `Warnings (${warnings.length})`));
        for (const p of warnings)
            lines.push(`  ${p.file}:${p.line}:${p.column}  ${p.code}  ${p.message}`);
        lines.push('');
    }
    for (const n of result.notes)
        lines.push(c(DIM, `note: ${n}`));
    const errors = result.problems.filter((p) => p.level === 'error').length;
    const counts = countBySeverity(result.findings);
    const summary = `${active.length} finding${active.length === 1 ? '' : 's'} (${describeCounts(counts)})` +
        `${suppressed.length ? `, ${suppressed.length} suppressed` : ''}` +
        `${errors ? `, ${errors} input error${errors === 1 ? '' : 's'}` : ''}` +
        `${result.unknowns.length ? `, ${result.unknowns.length} could not be evaluated` : ''}` +
        ` in ${result.stats.files} file${result.stats.files === 1 ? '' : 's'} (${result.stats.buckets} bucket${result.stats.buckets === 1 ? '' : 's'}), ${result.stats.durationMs} ms`;
    lines.push(result.stats.files === 0 ? c(COLORS.high, `No infrastructure files found under ${result.roots.join(', ')}. ${summary}`) : summary);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 5488:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  SQ: () => (/* binding */ scan),
  Au: () => (/* binding */ setEntryUrl)
});

// UNUSED EXPORTS: compareFindings, shardOf

// EXTERNAL MODULE: ./src/append.ts
var append = __nccwpck_require__(1871);
;// CONCATENATED MODULE: external "node:perf_hooks"
const external_node_perf_hooks_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
// EXTERNAL MODULE: ./src/engine/suppressions.ts + 1 modules
var suppressions = __nccwpck_require__(1068);
;// CONCATENATED MODULE: ./src/config/glob.ts
/** `**` crosses directories, `*` and `?` do not; everything else is literal. */
function globToRegExp(glob) {
    let re = '';
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '*') {
            if (glob[i + 1] === '*') {
                re += '.*';
                i++;
                if (glob[i + 1] === '/')
                    i++;
            }
            else
                re += '[^/]*';
        }
        else if (c === '?')
            re += '[^/]';
        else
            re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
    }
    return new RegExp(`^${re}$`);
}

// EXTERNAL MODULE: ./src/engine/define-rule.ts
var define_rule = __nccwpck_require__(3378);
;// CONCATENATED MODULE: ./src/config/profiles.ts
/**
 * Profiles pick the rules that run: each rule lists its profiles in its metadata (`meta.profiles`),
 * and the configuration adds (`rules: { id: on }`), removes (`off`) or replaces (`enable`) them.
 */

/** The profile used when the configuration names none. */
const DEFAULT_PROFILE = 'default';
/** Profiles of a rule; a rule that names none is in `default` and `strict`. */
function ruleProfiles(rule) {
    const p = rule.meta.profiles ?? ['default', 'strict'];
    return define_rule/* PROFILES */.jI.filter((x) => p.includes(x));
}
/** Ids of the rules that run under the configuration, in registry order. */
function activeRuleIds(config, rules) {
    const off = new Set(config.disable);
    if (config.enable)
        return rules.filter((r) => config.enable.includes(r.id) && !off.has(r.id)).map((r) => r.id);
    const profile = config.profile ?? DEFAULT_PROFILE;
    const on = new Set(config.on);
    return rules.filter((r) => !off.has(r.id) && (ruleProfiles(r).includes(profile) || on.has(r.id))).map((r) => r.id);
}

;// CONCATENATED MODULE: ./src/config/apply.ts



function applyConfig(result, config, rules, now) {
    const include = config.include.map(globToRegExp);
    const exclude = config.exclude.map(globToRegExp);
    const keep = (file) => (!include.length || include.some((re) => re.test(file))) && !exclude.some((re) => re.test(file));
    if (include.length || exclude.length) {
        result.findings = result.findings.filter((f) => keep(f.location.file));
        result.unknowns = result.unknowns.filter((u) => keep(u.location.file));
        result.problems = result.problems.filter((p) => keep(p.file));
    }
    const byId = new Map(rules.map((r) => [r.id, r]));
    const used = new Set();
    const file = config.source ?? '.s3-gate.yml';
    config.exceptions.forEach((ex, i) => {
        const resource = ex.resource ? globToRegExp(ex.resource) : undefined;
        const path = ex.path ? globToRegExp(ex.path) : undefined;
        for (const f of result.findings) {
            if (f.suppressed || !(0,suppressions/* suppressionMatches */.Zs)(ex.rule, byId.get(f.ruleId), f.ruleId))
                continue;
            if (resource && !resource.test(f.resource))
                continue;
            if (path && !path.test(f.location.file))
                continue;
            used.add(i);
            if ((0,suppressions/* isExpired */._d)(ex.expires, now))
                continue;
            f.suppressed = true;
            f.suppression = {
                kind: 'config',
                syntax: file,
                reason: ex.reason,
                until: ex.expires,
                at: {
                    file,
                    line: ex.line ?? 1,
                    column: ex.column ?? 1,
                    endLine: ex.line ?? 1,
                    endColumn: ex.column ?? 1,
                    path: `exceptions[${i}]`,
                },
            };
        }
    });
    const active = new Set(activeRuleIds(config, rules));
    config.exceptions.forEach((ex, i) => {
        const where = { file, line: ex.line ?? 1, column: ex.column ?? 1 };
        const what = `the exception for ${ex.rule}${ex.resource ? ` on ${ex.resource}` : ''}${ex.path ? ` in ${ex.path}` : ''}`;
        if ((0,suppressions/* isExpired */._d)(ex.expires, now))
            result.problems.push({
                code: 'EXCEPTION_EXPIRED',
                ...where,
                message: `${what} expired on ${ex.expires}${used.has(i) ? '; matching findings are reported again' : ''}`,
                level: 'warning',
            });
        else if (!used.has(i) && active.has(ex.rule))
            result.problems.push({ code: 'UNUSED_EXCEPTION', ...where, message: `${what} matches no finding; remove it`, level: 'warning' });
    });
}

// EXTERNAL MODULE: ./src/discovery.ts
var discovery = __nccwpck_require__(9989);
// EXTERNAL MODULE: ./src/parsers/registry.ts + 34 modules
var registry = __nccwpck_require__(2694);
// EXTERNAL MODULE: ./src/process-unit.ts + 3 modules
var process_unit = __nccwpck_require__(1361);
// EXTERNAL MODULE: ./src/version.ts
var version = __nccwpck_require__(311);
// EXTERNAL MODULE: ./src/worker-pool.ts + 3 modules
var worker_pool = __nccwpck_require__(4293);
// EXTERNAL MODULE: ./rules/index.ts + 46 modules
var rules = __nccwpck_require__(4018);
;// CONCATENATED MODULE: ./src/scan.ts
/**
 * The pure core both shells call: discover files, group them into units per format, process the
 * units (in worker threads when it pays), then apply the configuration. No process.env, no network.
 */











/** The module URL of the running bundle, set by the entry point so workers can load it. */
let entryUrl;
function setEntryUrl(url) {
    entryUrl = url;
}
function shardOf(unitId, count) {
    const h = (0,external_node_crypto_.createHash)('sha1').update(unitId).digest();
    return (h.readUInt32BE(0) % count) + 1;
}
function compareFindings(a, b) {
    return ((a.location.file < b.location.file ? -1 : a.location.file > b.location.file ? 1 : 0) ||
        a.location.line - b.location.line ||
        a.location.column - b.location.column ||
        (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
        (a.fingerprint < b.fingerprint ? -1 : 1));
}
async function scan(options, logger) {
    const t0 = external_node_perf_hooks_namespaceObject.performance.now();
    const roots = (0,discovery/* resolveRoots */.gb)(options.paths, options.cwd);
    const found = await logger.group('Finding files', async () => (0,discovery/* discover */.k4)(roots, options.cwd, options.limits.maxFileBytes, logger));
    const candidates = [...found.files];
    const units = [];
    for (const plugin of registry/* plugins */.N) {
        (0,append/* appendAll */.u)(units, plugin.plan(candidates, { roots, cwd: options.cwd, debug: (m) => logger.debug(m) }));
    }
    let selected = units;
    if (options.shard) {
        const { index, count } = options.shard;
        selected = units.filter((u) => shardOf(u.id, count) === index);
        logger.info(`shard ${index}/${count}: ${selected.length} of ${units.length} units`);
    }
    const job = {
        roots,
        cwd: options.cwd,
        limits: options.limits,
        severity: options.config.severity,
        disabled: options.config.disable,
        // The profile (default when none) decides which rules run; `rules:`/`disable:`/`enable:` adjust it.
        enabled: activeRuleIds(options.config, rules/* rules */.a),
        allowInline: options.config.allowInlineSuppressions,
        now: options.now.toISOString(),
    };
    const workers = options.workers ?? (0,worker_pool/* autoWorkerCount */.Jd)(selected, entryUrl);
    const t1 = external_node_perf_hooks_namespaceObject.performance.now();
    const results = await logger.group('Scanning', () => (0,worker_pool/* runUnits */.v7)(selected, job, workers, entryUrl));
    const result = {
        tool: { name: 's3-gate', version: version/* VERSION */.x },
        cwd: options.cwd,
        roots,
        findings: [],
        unknowns: [],
        problems: [...found.problems],
        notes: [],
        stats: { files: 0, bytes: 0, units: selected.length, byFormat: {}, buckets: 0, durationMs: 0 },
    };
    for (const p of found.problems)
        result.findings.push((0,process_unit/* parseErrorFinding */.t)(p, 'cloudformation'));
    for (const r of results) {
        for (const d of r.debug)
            logger.debug(d);
        (0,append/* appendAll */.u)(result.findings, r.findings);
        (0,append/* appendAll */.u)(result.unknowns, r.unknowns);
        (0,append/* appendAll */.u)(result.problems, r.problems);
        (0,append/* appendAll */.u)(result.notes, r.notes);
        result.stats.files += r.files;
        result.stats.bytes += r.bytes;
        result.stats.buckets += r.buckets;
        result.stats.byFormat[r.format] = (result.stats.byFormat[r.format] ?? 0) + r.files;
    }
    applyConfig(result, options.config, rules/* rules */.a, options.now);
    result.findings.sort(compareFindings);
    result.stats.durationMs = Math.round(external_node_perf_hooks_namespaceObject.performance.now() - t0);
    logger.info(`scanned ${result.stats.files} files (${selected.length} units, ${result.stats.buckets} buckets) in ${result.stats.durationMs} ms` +
        ` (discovery ${Math.round(t1 - t0)} ms${workers ? `, ${workers} workers` : ''}); ${result.findings.filter((f) => !f.suppressed).length} findings`);
    return result;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
const VERSION = '0.1.0';


/***/ }),

/***/ 4293:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Jd: () => (/* binding */ autoWorkerCount),
  Xx: () => (/* binding */ isPoolWorker),
  v7: () => (/* binding */ runUnits),
  dn: () => (/* binding */ serveUnits)
});

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
var external_node_os_default = /*#__PURE__*/__nccwpck_require__.n(external_node_os_namespaceObject);
;// CONCATENATED MODULE: external "node:url"
const external_node_url_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");
;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/process-unit.ts + 3 modules
var process_unit = __nccwpck_require__(1361);
;// CONCATENATED MODULE: ./src/worker-pool.ts
/**
 * Runs scan units on worker threads when there is enough input to pay for them (each worker
 * loads the bundle once, ~50–100 ms). Works only from the bundled `.js` file, whose own module
 * doubles as the worker script; from TypeScript sources (tests) units run in-process.
 */




const ROLE = 's3-gate-worker';
/** True inside a worker started by this pool; the entry point must then call `serveUnits()`. */
function isPoolWorker() {
    return !external_node_worker_threads_namespaceObject.isMainThread && external_node_worker_threads_namespaceObject.workerData?.role === ROLE;
}
function serveUnits() {
    const job = external_node_worker_threads_namespaceObject.workerData.job;
    external_node_worker_threads_namespaceObject.parentPort.on('message', (msg) => {
        let result;
        try {
            result = (0,process_unit/* processUnit */.y)(msg.unit, job);
        }
        catch (e) {
            external_node_worker_threads_namespaceObject.parentPort.postMessage({ index: msg.index, error: e instanceof Error ? e.stack ?? e.message : String(e) });
            return;
        }
        external_node_worker_threads_namespaceObject.parentPort.postMessage({ index: msg.index, result });
    });
}
function autoWorkerCount(units, entryUrl) {
    if (!entryUrl || !entryUrl.endsWith('.js'))
        return 0;
    const bytes = units.reduce((n, u) => n + u.files.reduce((m, f) => m + f.size, 0), 0);
    if (units.length < 8 || bytes < 4 * 1024 * 1024)
        return 0;
    return Math.max(0, Math.min(external_node_os_default().availableParallelism(), 4, units.length));
}
/**
 * Processes every unit; results come back in input order. Largest units go first so that one big
 * template does not finish last on an otherwise idle pool.
 */
async function runUnits(units, job, workers, entryUrl) {
    if (workers <= 0 || !entryUrl)
        return units.map((u) => (0,process_unit/* processUnit */.y)(u, job));
    const results = new Array(units.length);
    const order = units.map((u, i) => ({ i, bytes: u.files.reduce((n, f) => n + f.size, 0) })).sort((a, b) => b.bytes - a.bytes);
    let next = 0;
    const script = (0,external_node_url_namespaceObject.fileURLToPath)(entryUrl);
    await Promise.all(Array.from({ length: workers }, () => new Promise((resolve, reject) => {
        const w = new external_node_worker_threads_namespaceObject.Worker(script, { workerData: { role: ROLE, job } });
        const feed = () => {
            const item = order[next++];
            if (!item) {
                void w.terminate().then(() => resolve());
                return;
            }
            w.postMessage({ index: item.i, unit: units[item.i] });
        };
        w.on('message', (msg) => {
            if (msg.error) {
                // A crash in one unit must not lose the others: run it again in-process for a proper error.
                try {
                    results[msg.index] = (0,process_unit/* processUnit */.y)(units[msg.index], job);
                }
                catch (e) {
                    reject(e);
                    return;
                }
            }
            else
                results[msg.index] = msg.result;
            feed();
        });
        w.on('error', reject);
        feed();
    })));
    return results;
}


/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 4352:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { normalizeIPv6, removeDotSegments, removeDotSegmentsRelative, recomposeAuthority, normalizePercentEncoding, normalizePathEncoding, serializePathEncoding, normalizeQueryFragmentEncoding, encodeQuery, encodeFragment, reescapeHostDelimiters, isIPv4, nonSimpleDomain } = __nccwpck_require__(5077)
const { SCHEMES, getSchemeHandler } = __nccwpck_require__(5300)

const VALID_SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*$/u
const MALFORMED_SCHEME_ERROR = 'URI scheme is malformed.'
const MALFORMED_HOST_ERROR = 'URI host is malformed.'
// ASCII characters outside the RFC 3986 reg-name set (unreserved, sub-delims
// and "%" for pct-encoded): C0 controls, space, DEL, and "#/:<>?@[\]^`{|}.
const FORBIDDEN_DOMAIN_HOST_CHARACTER = /[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u

/**
 * RFC 3986 section 3.1 does not allow percent-encoding in a scheme, so the
 * scheme is validated as-is and never decoded. Decoding would let inert input
 * such as `%6Aavascript:` become a live `javascript:` scheme.
 *
 * @param {string} scheme
 * @returns {string}
 */
function validateScheme (scheme) {
  const stringScheme = String(scheme)
  if (!VALID_SCHEME.test(stringScheme)) {
    throw new TypeError(MALFORMED_SCHEME_ERROR)
  }
  return stringScheme
}

/**
 * @template {import('./types/index').URIComponent|string} T
 * @param {T} uri
 * @param {import('./types/index').Options} [options]
 * @returns {T}
 */
function normalize (uri, options) {
  if (typeof uri === 'string') {
    uri = /** @type {T} */ (normalizeString(uri, options))
  } else if (typeof uri === 'object') {
    uri = /** @type {T} */ (parse(serialize(uri, options), options))
  }
  return uri
}

/**
 * @param {string} baseURI
 * @param {string} relativeURI
 * @param {import('./types/index').Options} [options]
 * @returns {string}
 */
function resolve (baseURI, relativeURI, options) {
  const schemelessOptions = options ? Object.assign({ scheme: 'null' }, options) : { scheme: 'null' }
  const {
    parsed: baseParsed,
    malformedAuthorityOrPort: baseMalformed,
    malformedPercentEncoding: baseMalformedPercentEncoding,
    malformedSchemeSpecific: baseMalformedSchemeSpecific,
    malformedHost: baseMalformedHost,
    malformedScheme: baseMalformedScheme
  } = parseWithStatus(baseURI, schemelessOptions)
  const {
    parsed: relativeParsed,
    malformedAuthorityOrPort: relativeMalformed,
    malformedPercentEncoding: relativeMalformedPercentEncoding,
    malformedSchemeSpecific: relativeMalformedSchemeSpecific,
    malformedHost: relativeMalformedHost,
    malformedScheme: relativeMalformedScheme
  } = parseWithStatus(relativeURI, schemelessOptions)
  if (
    baseMalformed ||
    relativeMalformed ||
    baseMalformedPercentEncoding ||
    relativeMalformedPercentEncoding ||
    baseMalformedSchemeSpecific ||
    relativeMalformedSchemeSpecific ||
    baseMalformedHost ||
    relativeMalformedHost ||
    baseMalformedScheme ||
    relativeMalformedScheme
  ) {
    throw new Error(baseParsed.error || relativeParsed.error || 'URI is malformed.')
  }
  const resolved = resolveComponent(baseParsed, relativeParsed, schemelessOptions, true)
  const resolvedSchemeHandler = getSchemeHandler((options && options.scheme) || resolved.scheme)
  const resolvedHost = resolved.host
  const resolvedHostIsIP = resolvedHost !== undefined && resolvedHost !== '' &&
    (isIPv4(resolvedHost) || normalizeIPv6(resolvedHost).isIPV6)
  // Inputs are parsed scheme-neutrally, so delimiters and controls in a domain
  // host are only detected here, once the final scheme is known. They always
  // fail closed, including in percent-encoded hosts.
  if (hasForbiddenDomainHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)) {
    throw new Error(MALFORMED_HOST_ERROR)
  }
  canonicalizeHost(resolved, options || {}, resolvedSchemeHandler, resolvedHostIsIP)
  // Percent escapes in an ASCII reg-name are encoded data. The WHATWG hostname
  // parser can reject them even though fast-uri preserves them safely as RFC
  // 3986 data. A raw non-ASCII host must still fail closed if conversion fails.
  const encodedASCIIHost = resolvedHost && resolvedHost.indexOf('%') !== -1 &&
    !/\P{ASCII}/u.test(resolvedHost)
  if (resolved.error && !encodedASCIIHost) {
    throw new Error(resolved.error)
  }
  schemelessOptions.skipEscape = true
  return serialize(resolved, schemelessOptions)
}

/**
 * @param {import ('./types/index').URIComponent} base
 * @param {import ('./types/index').URIComponent} relative
 * @param {import('./types/index').Options} [options]
 * @param {boolean} [skipNormalization=false]
 * @returns {import ('./types/index').URIComponent}
 */
function resolveComponent (base, relative, options, skipNormalization) {
  /** @type {import('./types/index').URIComponent} */
  const target = {}
  if (!skipNormalization) {
    base = parse(serialize(base, options), options) // normalize base component
    relative = parse(serialize(relative, options), options) // normalize relative component
  }
  options = options || {}

  if (!options.tolerant && relative.scheme) {
    target.scheme = relative.scheme
    // target.authority = relative.authority;
    target.userinfo = relative.userinfo
    target.host = relative.host
    target.port = relative.port
    target.path = removeDotSegments(relative.path || '')
    target.query = relative.query
  } else {
    if (relative.userinfo !== undefined || relative.host !== undefined || relative.port !== undefined) {
      // target.authority = relative.authority;
      target.userinfo = relative.userinfo
      target.host = relative.host
      target.port = relative.port
      target.path = removeDotSegments(relative.path || '')
      target.query = relative.query
    } else {
      if (!relative.path) {
        target.path = base.path
        if (relative.query !== undefined) {
          target.query = relative.query
        } else {
          target.query = base.query
        }
      } else {
        if (relative.path[0] === '/') {
          target.path = removeDotSegments(relative.path)
        } else {
          const baseHasAuthority = base.userinfo !== undefined || base.host !== undefined || base.port !== undefined
          if (baseHasAuthority && !base.path) {
            target.path = '/' + relative.path
          } else if (!base.path) {
            target.path = relative.path
          } else {
            target.path = base.path.slice(0, base.path.lastIndexOf('/') + 1) + relative.path
          }
          target.path = base.scheme === undefined && !baseHasAuthority && target.path[0] !== '/'
            ? removeDotSegmentsRelative(target.path)
            : removeDotSegments(target.path)
        }
        target.query = relative.query
      }
      // target.authority = base.authority;
      target.userinfo = base.userinfo
      target.host = base.host
      target.port = base.port
    }
    target.scheme = base.scheme
  }

  target.fragment = relative.fragment

  return target
}

/**
 * @param {import ('./types/index').URIComponent|string} uriA
 * @param {import ('./types/index').URIComponent|string} uriB
 * @param {import ('./types/index').Options} options
 * @returns {boolean}
 */
function equal (uriA, uriB, options) {
  const normalizedA = normalizeComparableURI(uriA, options)
  const normalizedB = normalizeComparableURI(uriB, options)

  return normalizedA !== undefined && normalizedB !== undefined && normalizedA === normalizedB
}

/**
 * @param {Readonly<import('./types/index').URIComponent>} cmpts
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function serialize (cmpts, opts) {
  const component = {
    host: cmpts.host,
    scheme: cmpts.scheme,
    userinfo: cmpts.userinfo,
    port: cmpts.port,
    path: cmpts.path,
    query: cmpts.query,
    nid: cmpts.nid,
    nss: cmpts.nss,
    uuid: cmpts.uuid,
    fragment: cmpts.fragment,
    reference: cmpts.reference,
    resourceName: cmpts.resourceName,
    secure: cmpts.secure,
    error: ''
  }
  const options = Object.assign({}, opts)
  const uriTokens = []

  if (component.scheme) {
    component.scheme = validateScheme(component.scheme)
  }

  // find scheme handler
  const schemeHandler = getSchemeHandler(options.scheme || component.scheme)

  // perform scheme specific serialization
  if (schemeHandler && schemeHandler.serialize) schemeHandler.serialize(component, options)

  const hasAuthority = component.userinfo !== undefined || component.host !== undefined || component.port !== undefined
  // A reference with no emitted scheme is path-noscheme: a bare ':' in its
  // first path segment would reparse as a scheme (RFC 3986 3.3/4.2). Enforced
  // under skipEscape too (resolve()), so the reapply below gates on this flag.
  const schemelessReference = (component.scheme === undefined || options.reference === 'suffix') && !hasAuthority
  const pathNoScheme = !options.skipEscape && schemelessReference

  if (component.path !== undefined) {
    if (!options.skipEscape) {
      component.path = serializePathEncoding(component.path, pathNoScheme)
    } else {
      component.path = normalizePercentEncoding(component.path)
    }
  }

  if (options.reference !== 'suffix' && component.scheme) {
    // Scheme handlers may replace the scheme during serialization.
    component.scheme = validateScheme(component.scheme)
    uriTokens.push(component.scheme, ':')
  }

  const authority = recomposeAuthority(component)
  if (authority !== undefined) {
    if (options.reference !== 'suffix') {
      uriTokens.push('//')
    }

    uriTokens.push(authority)

    if (component.path && component.path[0] !== '/') {
      uriTokens.push('/')
    }
  }
  if (component.path !== undefined) {
    let s = component.path

    if (!options.absolutePath && (!schemeHandler || !schemeHandler.absolutePath)) {
      // A relative-path reference keeps its unresolvable leading ".." segments
      // and must never become root-relative (RFC 3986 section 5.2.4 applies to
      // merged target paths, not to the reference itself).
      s = schemelessReference && s[0] !== '/'
        ? removeDotSegmentsRelative(s)
        : removeDotSegments(s)
    }

    // Dot-segment removal can expose a colon that was not originally in the
    // first segment (for example, "./a:b"). Reapply path-noscheme encoding so
    // the serialized relative reference cannot be reparsed as a URI scheme.
    if (schemelessReference) {
      s = serializePathEncoding(s, true)
    }

    if (
      authority === undefined &&
      s[0] === '/' &&
      s[1] === '/'
    ) {
      // don't allow the path to start with "//"
      s = '/%2F' + s.slice(2)
    }

    uriTokens.push(s)
  }

  if (component.query !== undefined) {
    uriTokens.push('?', encodeQuery(component.query))
  }

  if (component.fragment !== undefined) {
    uriTokens.push('#', encodeFragment(component.fragment))
  }
  return uriTokens.join('')
}

const URI_PARSE = /^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u

// Captures the authority component (between "//" and the next "/", "?" or "#"),
// with or without a scheme prefix, for the literal-backslash rejection below.
const AUTHORITY_PREFIX = /^(?:[^#/:?]+:)?\/\/([^/?#]*)/

// Captures the leading authority-introducer region after an optional scheme: a
// run of forward slashes, backslashes, and the characters the WHATWG URL parser
// removes before parsing (TAB U+0009, LF U+000A, CR U+000D). A valid introducer
// is exactly "//". Node treats "\" as "/" on special schemes and strips those
// characters first, so forms like "\\", "/\", "\/", "/<TAB>/", or a leading
// "<TAB>//" reach an authority in Node while fast-uri's URI_PARSE folds them into
// the path group (host confusion / SSRF / redirect bypass).
const AUTHORITY_INTRODUCER_REGION = /^(?:[^#/:?]+:)?([/\\\t\n\r]*)/

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {RegExpMatchArray} matches
 * @returns {string|undefined}
 */
function getParseError (parsed, matches) {
  if (matches[2] !== undefined && parsed.path && parsed.path[0] !== '/') {
    return 'URI path must start with "/" when authority is present.'
  }

  if (typeof parsed.port === 'number' && (parsed.port < 0 || parsed.port > 65535)) {
    return 'URI port is malformed.'
  }

  return undefined
}

/**
 * Checks percent syntax without decoding the represented octets. RFC 3986
 * percent-encoding is byte-oriented, so sequences such as `%FF` are valid even
 * though they are not independently valid UTF-8.
 *
 * @param {string|undefined} component
 * @returns {boolean}
 */
function hasMalformedPercentEncoding (component) {
  if (component === undefined) return false

  let percent = component.indexOf('%')
  while (percent !== -1) {
    if (percent + 2 >= component.length || !/^[\da-f]{2}$/iu.test(component.slice(percent + 1, percent + 3))) {
      return true
    }
    percent = component.indexOf('%', percent + 3)
  }

  return false
}

/**
 * Whether the host is a bracketed IP literal (RFC 3986 `IP-literal`).
 * An unterminated `[` is not a literal, so it must still be validated as a
 * reg-name instead of being waved through as an IP.
 *
 * @param {string} host
 * @returns {boolean}
 */
function isIPLiteral (host) {
  return host[0] === '[' && host[host.length - 1] === ']'
}

/**
 * @param {RegExpMatchArray} matches
 * @returns {boolean}
 */
function hasMalformedComponentPercentEncoding (matches) {
  // Bracketed IP literals use a raw "%" as the zone separator for historical
  // compatibility. Their parsing is intentionally left to normalizeIPv6.
  const host = matches[4]
  return hasMalformedPercentEncoding(matches[3]) ||
    (host !== undefined && !isIPLiteral(host) && hasMalformedPercentEncoding(host)) ||
    hasMalformedPercentEncoding(matches[6]) ||
    hasMalformedPercentEncoding(matches[7]) ||
    hasMalformedPercentEncoding(matches[8])
}

/**
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean, unicodeSupport?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean} whether host conversion failed
 */
function canonicalizeHost (parsed, options, schemeHandler, isIP) {
  if (hasForbiddenDomainHost(parsed, options, schemeHandler, isIP)) {
    parsed.error = parsed.error || MALFORMED_HOST_ERROR
    return true
  }

  if (
    !options.unicodeSupport &&
    (!schemeHandler || !schemeHandler.unicodeSupport) &&
    parsed.host &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    isIP === false &&
    nonSimpleDomain(parsed.host)
  ) {
    let url
    try {
      url = new URL('http://' + parsed.host)
    } catch (e) {
      parsed.error = parsed.error || "Host's domain name can not be converted to ASCII: " + e
      return true
    }
    // The WHATWG parser must have read the whole input as a host. Anything
    // else means it found a delimiter fast-uri did not, so its hostname would
    // describe a different authority.
    if (!isHostOnlyURL(url)) {
      parsed.error = parsed.error || MALFORMED_HOST_ERROR
      return true
    }
    parsed.host = url.hostname
  }
  return false
}

/**
 * Whether a domain host contains an ASCII character that RFC 3986 does not
 * allow in a reg-name (unreserved, sub-delims, or pct-encoded). Such a host is
 * rejected instead of being handed to the WHATWG URL parser, which would treat
 * "@" as a userinfo delimiter (silently dropping the data before it) and strip
 * TAB, LF, and CR. Non-ASCII characters remain allowed for IDNs.
 *
 * @param {import('./types/index').URIComponent} parsed
 * @param {import('./types/index').Options} options
 * @param {{ domainHost?: boolean }|undefined} schemeHandler
 * @param {boolean} isIP
 * @returns {boolean}
 */
function hasForbiddenDomainHost (parsed, options, schemeHandler, isIP) {
  return Boolean(
    parsed.host &&
    isIP === false &&
    !isIPLiteral(parsed.host) &&
    (options.domainHost || (schemeHandler && schemeHandler.domainHost)) &&
    FORBIDDEN_DOMAIN_HOST_CHARACTER.test(parsed.host)
  )
}

/**
 * @param {URL} url
 * @returns {boolean}
 */
function isHostOnlyURL (url) {
  return url.username === '' &&
    url.password === '' &&
    url.port === '' &&
    url.pathname === '/' &&
    url.search === '' &&
    url.hash === '' &&
    url.hostname !== ''
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ parsed: import('./types/index').URIComponent, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function parseWithStatus (uri, opts) {
  const options = Object.assign({}, opts)
  /** @type {import('./types/index').URIComponent} */
  const parsed = {
    scheme: undefined,
    userinfo: undefined,
    host: '',
    port: undefined,
    path: '',
    query: undefined,
    fragment: undefined
  }

  let malformedAuthorityOrPort = false
  let malformedPercentEncoding = false
  let malformedSchemeSpecific = false
  let malformedHost = false
  let malformedIPLiteral = false
  let malformedScheme = false

  let isIP = false
  if (options.reference === 'suffix') {
    if (options.scheme) {
      uri = options.scheme + ':' + uri
    } else {
      uri = '//' + uri
    }
  }

  // A literal backslash (U+005C) is not a valid RFC 3986 URI character and is
  // not an authority delimiter. Reject it in the authority rather than
  // rewriting it: normalizing "\" -> "/" (WHATWG error recovery) could silently
  // change the resource identified by an otherwise-invalid input, and lets "\"
  // act as a host delimiter here while Node's native URL parses a different
  // host (SSRF / redirect / origin-allowlist bypass). Percent-encoded %5C is
  // untouched and remains valid encoded data.
  const authorityMatch = uri.match(AUTHORITY_PREFIX)
  if (authorityMatch !== null && authorityMatch[1].indexOf('\\') !== -1) {
    parsed.error = 'URI authority must not contain a literal backslash.'
    malformedAuthorityOrPort = true
  }

  // Reject a malformed or whitespace-smuggled authority introducer. fast-uri
  // only recognizes a literal "//"; anything else in the leading separator run
  // (a backslash, or a "//" that appears only after removing the TAB/LF/CR that
  // Node strips) means the authority fast-uri parses differs from the one Node's
  // URL resolves. Reject rather than rewrite, mirroring the literal-backslash
  // guard above. Percent-encoded forms (%5C, %09) are untouched, valid data.
  const introducerMatch = uri.match(AUTHORITY_INTRODUCER_REGION)
  if (introducerMatch !== null) {
    const region = introducerMatch[1]
    const normalizedRegion = region.replace(/[\t\n\r]/g, '')
    // Two or more leading separators introduce an authority.
    if (normalizedRegion.length >= 2) {
      if (normalizedRegion.slice(0, 2) !== '//') {
        parsed.error = parsed.error || 'URI authority must not contain a literal backslash.'
        malformedAuthorityOrPort = true
      } else if (region.length !== normalizedRegion.length) {
        parsed.error = parsed.error || 'URI authority introducer must not contain whitespace.'
        malformedAuthorityOrPort = true
      }
    }
  }

  const matches = uri.match(URI_PARSE)

  if (matches) {
    // store each component
    parsed.scheme = matches[1]
    parsed.userinfo = matches[3]
    parsed.host = matches[4]
    parsed.port = parseInt(matches[5], 10)
    parsed.path = matches[6] || ''
    parsed.query = matches[7]
    parsed.fragment = matches[8]

    if (parsed.scheme !== undefined) {
      if (VALID_SCHEME.test(parsed.scheme)) {
        parsed.scheme = parsed.scheme.toLowerCase()
      } else {
        parsed.error = parsed.error || MALFORMED_SCHEME_ERROR
        malformedScheme = true
      }
    }

    malformedPercentEncoding = hasMalformedComponentPercentEncoding(matches)
    if (malformedPercentEncoding) {
      parsed.error = parsed.error || 'URI contains malformed percent-encoding.'
    }

    // fix port number
    if (isNaN(parsed.port)) {
      parsed.port = matches[5]
    }

    const parseError = getParseError(parsed, matches)
    if (parseError !== undefined) {
      parsed.error = parsed.error || parseError
      malformedAuthorityOrPort = true
    }

    if (parsed.host) {
      const ipv4result = isIPv4(parsed.host)
      if (ipv4result === false) {
        const bracketedIPLiteral = isIPLiteral(parsed.host)
        const hasIPLiteralBracket = parsed.host.indexOf('[') !== -1 || parsed.host.indexOf(']') !== -1
        const ipv6result = normalizeIPv6(parsed.host)
        isIP = ipv6result.isIPV6 || ipv6result.isIPVFuture === true
        malformedIPLiteral = hasIPLiteralBracket && (!bracketedIPLiteral || ipv6result.error === true)
        parsed.host = isIP ? ipv6result.host : ipv6result.host.toLowerCase()

        if (malformedIPLiteral) {
          parsed.error = parsed.error || MALFORMED_HOST_ERROR
          malformedAuthorityOrPort = true
        }
      } else {
        isIP = true
      }
    }
    if (parsed.scheme === undefined && parsed.userinfo === undefined && parsed.host === undefined && parsed.port === undefined && parsed.query === undefined && !parsed.path) {
      parsed.reference = 'same-document'
    } else if (parsed.scheme === undefined) {
      parsed.reference = 'relative'
    } else if (parsed.fragment === undefined) {
      parsed.reference = 'absolute'
    } else {
      parsed.reference = 'uri'
    }

    // check for reference errors
    if (options.reference && options.reference !== 'suffix' && options.reference !== parsed.reference) {
      parsed.error = parsed.error || 'URI is not a ' + options.reference + ' reference.'
    }

    // find scheme handler
    const schemeHandler = getSchemeHandler(options.scheme || parsed.scheme)

    // convert Unicode IDN -> ASCII IDN when the effective scheme uses domain hosts
    if (!malformedIPLiteral) {
      malformedHost = canonicalizeHost(parsed, options, schemeHandler, isIP)
    }

    if (uri.indexOf('%') !== -1 && parsed.host !== undefined && !malformedIPLiteral) {
      let host = isIP ? parsed.host : normalizePercentEncoding(parsed.host, true)
      if (!isIP) {
        // Fold reg-name case after decoding unreserved octets. The second
        // pass only restores uppercase hex in escapes that remain encoded.
        host = normalizePercentEncoding(host.toLowerCase())
      }
      // Resolution parses both inputs with the internal `null` scheme before
      // the effective scheme is known. Keep raw host delimiters for that step
      // so resolve() can reject them for domain-host schemes; the resolved
      // authority is encoded when it is serialized.
      parsed.host = isIP || options.scheme !== 'null' ? reescapeHostDelimiters(host, isIP) : host
    }

    if (!schemeHandler || (schemeHandler && !schemeHandler.skipNormalize)) {
      if (parsed.path) {
        parsed.path = normalizePathEncoding(parsed.path)
      }
      if (parsed.query) {
        parsed.query = normalizeQueryFragmentEncoding(parsed.query)
      }
      if (parsed.fragment) {
        parsed.fragment = normalizeQueryFragmentEncoding(parsed.fragment)
      }
    }

    // perform scheme specific parsing
    if (schemeHandler && schemeHandler.parse) {
      schemeHandler.parse(parsed, options)
      if (schemeHandler === SCHEMES.urn && parsed.nid === undefined) {
        malformedSchemeSpecific = true
      }
    }
  } else {
    parsed.error = parsed.error || 'URI can not be parsed.'
  }
  return { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme }
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns
 */
function parse (uri, opts) {
  return parseWithStatus(uri, opts).parsed
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string}
 */
function normalizeString (uri, opts) {
  return normalizeStringWithStatus(uri, opts).normalized
}

/**
 * @param {string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {{ normalized: string, malformedAuthorityOrPort: boolean, malformedPercentEncoding: boolean, malformedSchemeSpecific: boolean, malformedHost: boolean, malformedScheme: boolean }}
 */
function normalizeStringWithStatus (uri, opts) {
  const { parsed, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = parseWithStatus(uri, opts)
  return {
    normalized: malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? uri : serialize(parsed, opts),
    malformedAuthorityOrPort,
    malformedPercentEncoding,
    malformedSchemeSpecific,
    malformedHost,
    malformedScheme
  }
}

/**
 * @param {import ('./types/index').URIComponent|string} uri
 * @param {import('./types/index').Options} [opts]
 * @returns {string|undefined}
 */
function normalizeComparableURI (uri, opts) {
  if (typeof uri !== 'string' && typeof uri !== 'object') {
    return undefined
  }

  let value
  try {
    value = typeof uri === 'string' ? uri : serialize(uri, opts)
  } catch {
    return undefined
  }
  const { normalized, malformedAuthorityOrPort, malformedPercentEncoding, malformedSchemeSpecific, malformedHost, malformedScheme } = normalizeStringWithStatus(value, opts)
  return malformedAuthorityOrPort || malformedPercentEncoding || malformedSchemeSpecific || malformedHost || malformedScheme ? undefined : normalized
}

const fastUri = {
  SCHEMES,
  normalize,
  resolve,
  resolveComponent,
  equal,
  serialize,
  parse
}

module.exports = fastUri
module.exports["default"] = fastUri
module.exports.fastUri = fastUri


/***/ }),

/***/ 5300:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const { isUUID } = __nccwpck_require__(5077)
const URN_REG = /^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu

const supportedSchemeNames = /** @type {const} */ (['http', 'https', 'ws',
  'wss', 'urn', 'urn:uuid'])

/** @typedef {supportedSchemeNames[number]} SchemeName */

/**
 * @param {string} name
 * @returns {name is SchemeName}
 */
function isValidSchemeName (name) {
  return supportedSchemeNames.indexOf(/** @type {*} */ (name)) !== -1
}

/**
 * @callback SchemeFn
 * @param {import('../types/index').URIComponent} component
 * @param {import('../types/index').Options} options
 * @returns {import('../types/index').URIComponent}
 */

/**
 * @typedef {Object} SchemeHandler
 * @property {SchemeName} scheme - The scheme name.
 * @property {boolean} [domainHost] - Indicates if the scheme supports domain hosts.
 * @property {SchemeFn} parse - Function to parse the URI component for this scheme.
 * @property {SchemeFn} serialize - Function to serialize the URI component for this scheme.
 * @property {boolean} [skipNormalize] - Indicates if normalization should be skipped for this scheme.
 * @property {boolean} [absolutePath] - Indicates if the scheme uses absolute paths.
 * @property {boolean} [unicodeSupport] - Indicates if the scheme supports Unicode.
 */

/**
 * @param {import('../types/index').URIComponent} wsComponent
 * @returns {boolean}
 */
function wsIsSecure (wsComponent) {
  if (wsComponent.secure === true) {
    return true
  } else if (wsComponent.secure === false) {
    return false
  } else if (wsComponent.scheme) {
    return (
      wsComponent.scheme.length === 3 &&
      (wsComponent.scheme[0] === 'w' || wsComponent.scheme[0] === 'W') &&
      (wsComponent.scheme[1] === 's' || wsComponent.scheme[1] === 'S') &&
      (wsComponent.scheme[2] === 's' || wsComponent.scheme[2] === 'S')
    )
  } else {
    return false
  }
}

/** @type {SchemeFn} */
function httpParse (component) {
  if (!component.host) {
    component.error = component.error || 'HTTP URIs must have a host.'
  }

  return component
}

/** @type {SchemeFn} */
function httpSerialize (component) {
  const secure = String(component.scheme).toLowerCase() === 'https'

  // normalize the default port
  if (component.port === (secure ? 443 : 80) || component.port === '') {
    component.port = undefined
  }

  // normalize the empty path
  if (!component.path) {
    component.path = '/'
  }

  // NOTE: We do not parse query strings for HTTP URIs
  // as WWW Form Url Encoded query strings are part of the HTML4+ spec,
  // and not the HTTP spec.

  return component
}

/** @type {SchemeFn} */
function wsParse (wsComponent) {
// indicate if the secure flag is set
  wsComponent.secure = wsIsSecure(wsComponent)

  // construct resouce name
  wsComponent.resourceName = (wsComponent.path || '/') + (wsComponent.query ? '?' + wsComponent.query : '')
  wsComponent.path = undefined
  wsComponent.query = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function wsSerialize (wsComponent) {
// normalize the default port
  if (wsComponent.port === (wsIsSecure(wsComponent) ? 443 : 80) || wsComponent.port === '') {
    wsComponent.port = undefined
  }

  // ensure scheme matches secure flag
  if (typeof wsComponent.secure === 'boolean') {
    wsComponent.scheme = (wsComponent.secure ? 'wss' : 'ws')
    wsComponent.secure = undefined
  }

  // reconstruct path from resource name
  if (wsComponent.resourceName) {
    const queryIndex = wsComponent.resourceName.indexOf('?')
    const path = queryIndex === -1
      ? wsComponent.resourceName
      : wsComponent.resourceName.slice(0, queryIndex)
    wsComponent.path = (path && path !== '/' ? path : undefined)
    wsComponent.query = queryIndex === -1
      ? undefined
      : wsComponent.resourceName.slice(queryIndex + 1)
    wsComponent.resourceName = undefined
  }

  // forbid fragment component
  wsComponent.fragment = undefined

  return wsComponent
}

/** @type {SchemeFn} */
function urnParse (urnComponent, options) {
  if (!urnComponent.path) {
    urnComponent.error = 'URN can not be parsed'
    return urnComponent
  }
  const matches = urnComponent.path.match(URN_REG)
  if (matches && matches[0] === urnComponent.path) {
    const scheme = options.scheme || urnComponent.scheme || 'urn'
    urnComponent.nid = matches[1].toLowerCase()
    urnComponent.nss = matches[2]
    const urnScheme = `${scheme}:${options.nid || urnComponent.nid}`
    const schemeHandler = getSchemeHandler(urnScheme)
    urnComponent.path = undefined

    if (schemeHandler) {
      urnComponent = schemeHandler.parse(urnComponent, options)
    }
  } else {
    urnComponent.error = urnComponent.error || 'URN can not be parsed.'
  }

  return urnComponent
}

/** @type {SchemeFn} */
function urnSerialize (urnComponent, options) {
  if (urnComponent.nid === undefined) {
    throw new Error('URN without nid cannot be serialized')
  }
  const scheme = options.scheme || urnComponent.scheme || 'urn'
  const nid = urnComponent.nid.toLowerCase()
  const urnScheme = `${scheme}:${options.nid || nid}`
  const schemeHandler = getSchemeHandler(urnScheme)

  if (schemeHandler) {
    urnComponent = schemeHandler.serialize(urnComponent, options)
  }

  const uriComponent = urnComponent
  const nss = urnComponent.nss
  uriComponent.path = `${nid || options.nid}:${nss}`

  options.skipEscape = true
  return uriComponent
}

/** @type {SchemeFn} */
function urnuuidParse (urnComponent, options) {
  const uuidComponent = urnComponent
  uuidComponent.uuid = uuidComponent.nss
  uuidComponent.nss = undefined

  if (!options.tolerant && (!uuidComponent.uuid || !isUUID(uuidComponent.uuid))) {
    uuidComponent.error = uuidComponent.error || 'UUID is not valid.'
  }

  return uuidComponent
}

/** @type {SchemeFn} */
function urnuuidSerialize (uuidComponent) {
  const urnComponent = uuidComponent
  // normalize UUID
  urnComponent.nss = (uuidComponent.uuid || '').toLowerCase()
  return urnComponent
}

const http = /** @type {SchemeHandler} */ ({
  scheme: 'http',
  domainHost: true,
  parse: httpParse,
  serialize: httpSerialize
})

const https = /** @type {SchemeHandler} */ ({
  scheme: 'https',
  domainHost: http.domainHost,
  parse: httpParse,
  serialize: httpSerialize
})

const ws = /** @type {SchemeHandler} */ ({
  scheme: 'ws',
  domainHost: true,
  parse: wsParse,
  serialize: wsSerialize
})

const wss = /** @type {SchemeHandler} */ ({
  scheme: 'wss',
  domainHost: ws.domainHost,
  parse: ws.parse,
  serialize: ws.serialize
})

const urn = /** @type {SchemeHandler} */ ({
  scheme: 'urn',
  parse: urnParse,
  serialize: urnSerialize,
  skipNormalize: true
})

const urnuuid = /** @type {SchemeHandler} */ ({
  scheme: 'urn:uuid',
  parse: urnuuidParse,
  serialize: urnuuidSerialize,
  skipNormalize: true
})

const SCHEMES = /** @type {Record<SchemeName, SchemeHandler>} */ ({
  http,
  https,
  ws,
  wss,
  urn,
  'urn:uuid': urnuuid
})

Object.setPrototypeOf(SCHEMES, null)

/**
 * @param {string|undefined} scheme
 * @returns {SchemeHandler|undefined}
 */
function getSchemeHandler (scheme) {
  return (
    scheme && (
      SCHEMES[/** @type {SchemeName} */ (scheme)] ||
      SCHEMES[/** @type {SchemeName} */(scheme.toLowerCase())])
  ) ||
    undefined
}

module.exports = {
  wsIsSecure,
  SCHEMES,
  isValidSchemeName,
  getSchemeHandler,
}


/***/ }),

/***/ 5077:
/***/ ((module) => {



/** @type {(value: string) => boolean} */
const isUUID = RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu)

/** @type {(value: string) => boolean} */
const isIPv4 = RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u)

/** @type {(value: string) => boolean} */
const isPort = RegExp.prototype.test.bind(/^\d*$/u)

/** @type {(value: string) => boolean} */
const isHexPair = RegExp.prototype.test.bind(/^[\da-f]{2}$/iu)

/** @type {(value: string) => boolean} */
const isUnreserved = RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu)

/** @type {(value: string) => boolean} */
const isPathCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u)

/** @type {(value: string) => boolean} */
const isQueryFragmentCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u)

/** @type {(value: string) => boolean} */
const isUserinfoCharacter = RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u)

const BYTE_HEX = new Array(256)
{
  const HEX_DIGITS = '0123456789ABCDEF'
  for (let i = 0; i < 256; i++) {
    BYTE_HEX[i] = '%' + HEX_DIGITS[i >> 4] + HEX_DIGITS[i & 0xF]
  }
}
function percentEncodeNonAscii (cp) {
  if (cp < 0x800) {
    return BYTE_HEX[0xC0 | (cp >> 6)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  if (cp < 0x10000) {
    return BYTE_HEX[0xE0 | (cp >> 12)] +
           BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
           BYTE_HEX[0x80 | (cp & 0x3F)]
  }
  return BYTE_HEX[0xF0 | (cp >> 18)] +
         BYTE_HEX[0x80 | ((cp >> 12) & 0x3F)] +
         BYTE_HEX[0x80 | ((cp >> 6) & 0x3F)] +
         BYTE_HEX[0x80 | (cp & 0x3F)]
}

/**
 * @param {Array<string>} input
 * @returns {string}
 */
function stringArrayToHexStripped (input) {
  let acc = ''
  let code = 0
  let i = 0

  for (i = 0; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (code === 48) {
      continue
    }
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
    break
  }

  for (i += 1; i < input.length; i++) {
    code = input[i].charCodeAt(0)
    if (!((code >= 48 && code <= 57) || (code >= 65 && code <= 70) || (code >= 97 && code <= 102))) {
      return ''
    }
    acc += input[i]
  }
  return acc
}

/** @type {(value: string) => boolean} */
const isHextet = RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/)

/** @type {(value: string) => boolean} */
const isIPvFuture = RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/)

/** @type {(value: string) => boolean} */
const isZoneCharacter = RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/)

/**
 * @param {string} value
 * @returns {boolean}
 */
const nonSimpleDomain = RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u)

/**
 * @param {string} zone
 * @returns {boolean}
 */
function isZoneIdentifier (zone) {
  if (zone.length === 0) return false

  for (let i = 0; i < zone.length; i++) {
    if (isZoneCharacter(zone[i])) continue
    if (zone[i] === '%' && i + 2 < zone.length && isHexPair(zone.slice(i + 1, i + 3))) {
      i += 2
      continue
    }
    return false
  }

  return true
}

/**
 * Compresses the longest run of zero hextets to "::" per RFC 5952. A run of a
 * single zero hextet is left uncompressed. On ties the leftmost run wins.
 *
 * @param {string[]} hextets
 * @returns {string}
 */
function compressIPv6ZeroRun (hextets) {
  let bestStart = -1
  let bestLength = 0
  let runStart = -1
  let runLength = 0
  for (let i = 0; i < hextets.length; i++) {
    if (hextets[i] === '0') {
      if (runStart === -1) runStart = i
      runLength++
      if (runLength > bestLength) {
        bestLength = runLength
        bestStart = runStart
      }
    } else {
      runStart = -1
      runLength = 0
    }
  }

  if (bestLength < 2) return hextets.join(':')

  const head = hextets.slice(0, bestStart).join(':')
  const tail = hextets.slice(bestStart + bestLength).join(':')
  return head + '::' + tail
}

/**
 * Validates an IPv6 address against the alternatives in RFC 3986 section
 * 3.2.2 and returns the same address with leading hextet zeroes removed.
 * An embedded IPv4 address counts as two hextets and is only valid at the end.
 *
 * @param {string} input
 * @returns {string|undefined}
 */
function normalizeIPv6Address (input) {
  const compression = input.indexOf('::')
  if (compression !== -1 && input.indexOf('::', compression + 1) !== -1) return undefined

  const left = compression === -1 ? input.split(':') : input.slice(0, compression).split(':')
  const right = compression === -1 ? [] : input.slice(compression + 2).split(':')
  if (compression !== -1) {
    if (left.length === 1 && left[0] === '') left.length = 0
    if (right.length === 1 && right[0] === '') right.length = 0
  }

  const parts = left.concat(right)
  let hextetCount = 0
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]
    if (part === '') return undefined

    if (part.indexOf('.') !== -1) {
      if (i !== parts.length - 1 || (compression !== -1 && right.length === 0) || !isIPv4(part)) return undefined
      hextetCount += 2
      continue
    }

    if (!isHextet(part)) return undefined
    parts[i] = parseInt(part, 16).toString(16)
    hextetCount++
  }

  if (compression === -1) {
    if (hextetCount !== 8) return undefined
    return compressIPv6ZeroRun(parts)
  }
  if (hextetCount >= 8) return undefined

  // expand "::" then re-compress the longest run for a canonical result
  const expanded = parts.slice(0, left.length)
  for (let i = hextetCount; i < 8; i++) expanded.push('0')
  for (let i = left.length; i < parts.length; i++) expanded.push(parts[i])
  return compressIPv6ZeroRun(expanded)
}

/**
 * @typedef {Object} NormalizeIPv6Result
 * @property {string} host - The normalized host.
 * @property {string} [escapedHost] - The escaped host.
 * @property {boolean} isIPV6 - Indicates if the host is an IPv6 address.
 * @property {boolean} [isIPVFuture] - Indicates if the host is an IPvFuture literal.
 * @property {boolean} [error] - Indicates if a bracketed IP literal is malformed.
 */

/**
 * Validates and normalizes a bracketed IP literal. Raw zone separators remain
 * accepted for backwards compatibility, while encoded separators and zone
 * contents follow RFC 6874.
 *
 * @param {string} host
 * @returns {NormalizeIPv6Result}
 */
function normalizeIPv6 (host) {
  const bracketed = host[0] === '[' && host[host.length - 1] === ']'
  const hasBracket = host[0] === '[' || host[host.length - 1] === ']'
  if (hasBracket && !bracketed) return { host, isIPV6: false, error: true }

  let input = bracketed ? host.slice(1, -1) : host
  if (bracketed && isIPvFuture(input)) {
    input = input.toLowerCase()
    return { host: `[${input}]`, escapedHost: input, isIPV6: false, isIPVFuture: true }
  }

  if (findToken(input, ':') < 2) {
    return { host, isIPV6: false, error: bracketed }
  }

  let zoneIdentifier = ''
  const zoneSeparator = input.indexOf('%')
  if (zoneSeparator !== -1) {
    const separatorLength = input.slice(zoneSeparator, zoneSeparator + 3).toLowerCase() === '%25' ? 3 : 1
    zoneIdentifier = input.slice(zoneSeparator + separatorLength)
    if (!isZoneIdentifier(zoneIdentifier)) return { host, isIPV6: false, error: true }
    input = input.slice(0, zoneSeparator)
  }

  const address = normalizeIPv6Address(input)
  if (address === undefined) return { host, isIPV6: false, error: true }

  return {
    host: address + (zoneIdentifier ? '%' + zoneIdentifier : ''),
    escapedHost: address + (zoneIdentifier ? '%25' + zoneIdentifier : ''),
    isIPV6: true
  }
}

/**
 * @param {string} str
 * @param {string} token
 * @returns {number}
 */
function findToken (str, token) {
  let ind = 0
  for (let i = 0; i < str.length; i++) {
    if (str[i] === token) ind++
  }
  return ind
}

/**
 * @param {string} path
 * @returns {string}
 *
 * @see https://datatracker.ietf.org/doc/html/rfc3986#section-5.2.4
 */
function removeDotSegments (path) {
  let input = path
  const output = []
  let nextSlash = -1
  let len = 0

  // eslint-disable-next-line no-cond-assign
  while (len = input.length) {
    if (len === 1) {
      if (input === '.') {
        break
      } else if (input === '/') {
        output.push('/')
        break
      } else {
        output.push(input)
        break
      }
    } else if (len === 2) {
      if (input[0] === '.') {
        if (input[1] === '.') {
          break
        } else if (input[1] === '/') {
          input = input.slice(2)
          continue
        }
      } else if (input[0] === '/') {
        if (input[1] === '.' || input[1] === '/') {
          output.push('/')
          break
        }
      }
    } else if (len === 3) {
      if (input === '/..') {
        if (output.length !== 0) {
          output.pop()
        }
        output.push('/')
        break
      }
    }
    if (input[0] === '.') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(3)
          continue
        }
      } else if (input[1] === '/') {
        input = input.slice(2)
        continue
      }
    } else if (input[0] === '/') {
      if (input[1] === '.') {
        if (input[2] === '/') {
          input = input.slice(2)
          continue
        } else if (input[2] === '.') {
          if (input[3] === '/') {
            input = input.slice(3)
            if (output.length !== 0) {
              output.pop()
            }
            continue
          }
        }
      }
    }

    // Rule 2E: Move normal path segment to output
    if ((nextSlash = input.indexOf('/', 1)) === -1) {
      output.push(input)
      break
    } else {
      output.push(input.slice(0, nextSlash))
      input = input.slice(nextSlash)
    }
  }

  return output.join('')
}

/**
 * Removes dot segments from the path of a relative reference (a path that does
 * not start with "/") without changing what it resolves to against any base.
 * Unlike `removeDotSegments`, leading ".." segments that cannot be collapsed
 * are kept, the result never becomes root-relative, and a result that would be
 * empty or start with an empty segment is prefixed with "." (an empty path
 * means "same document" and a leading "//" would introduce an authority).
 *
 * @param {string} path
 * @returns {string}
 */
function removeDotSegmentsRelative (path) {
  if (path === '' || path[0] === '/') {
    return removeDotSegments(path)
  }

  const segments = path.split('/')
  const last = segments.length - 1
  /** @type {string[]} */
  const output = []
  let trailingDirectory = false

  for (let i = 0; i <= last; i++) {
    const segment = segments[i]
    if (segment === '.' || segment === '..') {
      if (segment === '..') {
        if (output.length !== 0 && output[output.length - 1] !== '..') {
          output.pop()
        } else {
          output.push('..')
        }
      }
      trailingDirectory = i === last
    } else {
      output.push(segment)
    }
  }

  if (trailingDirectory && output[output.length - 1] !== '..') {
    output.push('')
  }
  if (output.length === 0 || output[0] === '' || output[0].includes(':')) {
    // An empty path, a leading empty segment ("//"), or a first segment
    // containing ":" (which would be mistaken for a scheme, RFC 3986 section
    // 4.2) must stay behind a "." segment so the reference keeps its meaning.
    output.unshift('.')
  }

  return output.join('/')
}

/**
 * Re-escape RFC 3986 gen-delims that must not appear literally in the host.
 * After the URI regex parses, these characters cannot be literal in the host
 * field, so any that appear after decoding came from percent-encoding and
 * must be restored to prevent authority structure changes.
 *
 * @param {string} host
 * @param {boolean} isIP - true for IPv4/IPv6 hosts (skip colon re-escaping)
 * @returns {string}
 */
const HOST_DELIMS = { '@': '%40', '/': '%2F', '?': '%3F', '#': '%23', ':': '%3A' }
const HOST_DELIM_RE = /[@/?#:]/g
const HOST_DELIM_NO_COLON_RE = /[@/?#]/g

function reescapeHostDelimiters (host, isIP) {
  const re = isIP ? HOST_DELIM_NO_COLON_RE : HOST_DELIM_RE
  re.lastIndex = 0
  return host.replace(re, (ch) => HOST_DELIMS[ch])
}

/**
 * Normalizes percent escapes and optionally decodes only unreserved ASCII bytes.
 * Reserved delimiters such as `%2F` stay escaped; `%2E` is unreserved.
 *
 * @param {string} input
 * @param {boolean} [decodeUnreserved=false]
 * @returns {string}
 */
function normalizePercentEncoding (input, decodeUnreserved = false) {
  if (input.indexOf('%') === -1) {
    return input
  }

  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decodeUnreserved && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    output += input[i]
  }

  return output
}

/**
 * Normalizes path data without turning reserved escapes into live path syntax.
 * Valid escapes are uppercased, raw unsafe characters are escaped, and only
 * unreserved bytes that are not `.` are decoded.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizePathEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (decoded !== '.' && isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isPathCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Serializes a path without rewriting reserved data. Raw RFC 3986 path
 * characters remain literal, valid escapes are preserved and uppercased, and
 * everything else is UTF-8 percent-encoded. In a path-noscheme, a colon in the
 * first segment must be escaped so the result cannot be parsed as a scheme.
 *
 * @param {string} input
 * @param {boolean} [pathNoScheme=false]
 * @returns {string}
 */
function serializePathEncoding (input, pathNoScheme = false) {
  let output = ''
  let firstSegment = pathNoScheme && input[0] !== '/'

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (ch === '/') {
      firstSegment = false
    }

    if (isPathCharacter(ch) && (ch !== ':' || !firstSegment)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Percent-encodes a URI component using its RFC 3986 literal character set.
 * Existing valid escapes are preserved and normalized to uppercase hex.
 *
 * @param {string} input
 * @param {(value: string) => boolean} isAllowed
 * @returns {string}
 */
function encodeComponent (input, isAllowed) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    if (isAllowed(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Encodes userinfo while preserving its RFC 3986 §3.2.1 literal characters.
 * In particular, authority delimiters such as `@`, `/`, `?`, and `#` are data.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeUserinfo (input) {
  return encodeComponent(input, isUserinfoCharacter)
}

/**
 * Encodes query data using the RFC 3986 §3.4 grammar. A literal `#` must be
 * escaped because it would otherwise begin the fragment component.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeQuery (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

/**
 * Encodes fragment data using the RFC 3986 §3.5 grammar.
 *
 * @param {string} input
 * @returns {string}
 */
function encodeFragment (input) {
  return encodeComponent(input, isQueryFragmentCharacter)
}

function isEscapeSafe (cp) {
  return (
    (cp >= 0x30 && cp <= 0x39) ||
    (cp >= 0x41 && cp <= 0x5A) ||
    (cp >= 0x61 && cp <= 0x7A) ||
    cp === 0x2A || cp === 0x2B || cp === 0x2D || cp === 0x2E ||
    cp === 0x2F || cp === 0x40 || cp === 0x5F
  )
}

/**
 * Normalizes the percent-encoding of a query or fragment component.
 *
 * Like `normalizePathEncoding`, but uses the query/fragment character set
 * (which additionally allows `?`) and decodes `.` since it has no dot-segment
 * meaning outside of a path.
 *
 * @param {string} input
 * @returns {string}
 */
function normalizeQueryFragmentEncoding (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    const ch = input[i]
    if (ch === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        const normalizedHex = hex.toUpperCase()
        const decoded = String.fromCharCode(parseInt(normalizedHex, 16))

        if (isUnreserved(decoded)) {
          output += decoded
        } else {
          output += '%' + normalizedHex
        }

        i += 2
        continue
      }
    }

    if (isQueryFragmentCharacter(ch)) {
      output += ch
    } else {
      const code = input.charCodeAt(i)
      if (code < 0x80) {
        output += isEscapeSafe(code) ? ch : BYTE_HEX[code]
      } else if (code < 0xD800 || code > 0xDFFF) {
        output += percentEncodeNonAscii(code)
      } else if (code <= 0xDBFF && i + 1 < input.length) {
        const low = input.charCodeAt(i + 1)
        if (low >= 0xDC00 && low <= 0xDFFF) {
          output += percentEncodeNonAscii(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00))
          i++
        } else {
          output += percentEncodeNonAscii(0xFFFD)
        }
      } else {
        output += percentEncodeNonAscii(0xFFFD)
      }
    }
  }

  return output
}

/**
 * Escapes a component while preserving existing valid percent escapes.
 *
 * @param {string} input
 * @returns {string}
 */
function escapePreservingEscapes (input) {
  let output = ''

  for (let i = 0; i < input.length; i++) {
    if (input[i] === '%' && i + 2 < input.length) {
      const hex = input.slice(i + 1, i + 3)
      if (isHexPair(hex)) {
        output += '%' + hex.toUpperCase()
        i += 2
        continue
      }
    }

    output += escape(input[i])
  }

  return output
}

/**
 * @param {import('../types/index').URIComponent} component
 * @returns {string|undefined}
 */
function recomposeAuthority (component) {
  const uriTokens = []

  if (component.userinfo !== undefined) {
    uriTokens.push(encodeUserinfo(component.userinfo))
    uriTokens.push('@')
  }

  if (component.host !== undefined) {
    let host = component.host
    if (!isIPv4(host)) {
      let ipV6res = normalizeIPv6(host)
      if (ipV6res.isIPV6 !== true && ipV6res.isIPVFuture !== true) {
        // Decode only unreserved bytes, once. In particular, keep %25 encoded
        // so it cannot introduce a second escape during recomposition.
        host = normalizePercentEncoding(host, true)
        ipV6res = normalizeIPv6(host)
      }
      if (ipV6res.isIPV6 === true || ipV6res.isIPVFuture === true) {
        host = `[${ipV6res.escapedHost}]`
      } else {
        host = reescapeHostDelimiters(host, false)
      }
    }
    uriTokens.push(host)
  }

  if (typeof component.port === 'number' || typeof component.port === 'string') {
    const port = String(component.port)
    if (!isPort(port)) {
      throw new TypeError('URI port is malformed.')
    }
    uriTokens.push(':')
    uriTokens.push(port)
  }

  return uriTokens.length ? uriTokens.join('') : undefined
};

module.exports = {
  nonSimpleDomain,
  recomposeAuthority,
  reescapeHostDelimiters,
  normalizePercentEncoding,
  normalizePathEncoding,
  serializePathEncoding,
  normalizeQueryFragmentEncoding,
  encodeUserinfo,
  encodeQuery,
  encodeFragment,
  escapePreservingEscapes,
  removeDotSegments,
  removeDotSegmentsRelative,
  isIPv4,
  isUUID,
  normalizeIPv6,
  stringArrayToHexStripped
}


/***/ }),

/***/ 3837:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$id":"https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#","description":"Meta-schema for $data reference (JSON AnySchema extension proposal)","type":"object","required":["$data"],"properties":{"$data":{"type":"string","anyOf":[{"format":"relative-json-pointer"},{"format":"json-pointer"}]}},"additionalProperties":false}');

/***/ }),

/***/ 2079:
/***/ ((module) => {

module.exports = /*#__PURE__*/JSON.parse('{"$schema":"http://json-schema.org/draft-07/schema#","$id":"http://json-schema.org/draft-07/schema#","title":"Core schema meta-schema","definitions":{"schemaArray":{"type":"array","minItems":1,"items":{"$ref":"#"}},"nonNegativeInteger":{"type":"integer","minimum":0},"nonNegativeIntegerDefault0":{"allOf":[{"$ref":"#/definitions/nonNegativeInteger"},{"default":0}]},"simpleTypes":{"enum":["array","boolean","integer","null","number","object","string"]},"stringArray":{"type":"array","items":{"type":"string"},"uniqueItems":true,"default":[]}},"type":["object","boolean"],"properties":{"$id":{"type":"string","format":"uri-reference"},"$schema":{"type":"string","format":"uri"},"$ref":{"type":"string","format":"uri-reference"},"$comment":{"type":"string"},"title":{"type":"string"},"description":{"type":"string"},"default":true,"readOnly":{"type":"boolean","default":false},"examples":{"type":"array","items":true},"multipleOf":{"type":"number","exclusiveMinimum":0},"maximum":{"type":"number"},"exclusiveMaximum":{"type":"number"},"minimum":{"type":"number"},"exclusiveMinimum":{"type":"number"},"maxLength":{"$ref":"#/definitions/nonNegativeInteger"},"minLength":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"pattern":{"type":"string","format":"regex"},"additionalItems":{"$ref":"#"},"items":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/schemaArray"}],"default":true},"maxItems":{"$ref":"#/definitions/nonNegativeInteger"},"minItems":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"uniqueItems":{"type":"boolean","default":false},"contains":{"$ref":"#"},"maxProperties":{"$ref":"#/definitions/nonNegativeInteger"},"minProperties":{"$ref":"#/definitions/nonNegativeIntegerDefault0"},"required":{"$ref":"#/definitions/stringArray"},"additionalProperties":{"$ref":"#"},"definitions":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"properties":{"type":"object","additionalProperties":{"$ref":"#"},"default":{}},"patternProperties":{"type":"object","additionalProperties":{"$ref":"#"},"propertyNames":{"format":"regex"},"default":{}},"dependencies":{"type":"object","additionalProperties":{"anyOf":[{"$ref":"#"},{"$ref":"#/definitions/stringArray"}]}},"propertyNames":{"$ref":"#"},"const":true,"enum":{"type":"array","items":true,"minItems":1,"uniqueItems":true},"type":{"anyOf":[{"$ref":"#/definitions/simpleTypes"},{"type":"array","items":{"$ref":"#/definitions/simpleTypes"},"minItems":1,"uniqueItems":true}]},"format":{"type":"string"},"contentMediaType":{"type":"string"},"contentEncoding":{"type":"string"},"if":{"$ref":"#"},"then":{"$ref":"#"},"else":{"$ref":"#"},"allOf":{"$ref":"#/definitions/schemaArray"},"anyOf":{"$ref":"#/definitions/schemaArray"},"oneOf":{"$ref":"#/definitions/schemaArray"},"not":{"$ref":"#"}},"default":true}');

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(5581);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ var __webpack_exports__exitCodeFor = __webpack_exports__.Rr;
/******/ var __webpack_exports__parseArgs = __webpack_exports__.Zy;
/******/ var __webpack_exports__runCli = __webpack_exports__.ak;
/******/ export { __webpack_exports__exitCodeFor as exitCodeFor, __webpack_exports__parseArgs as parseArgs, __webpack_exports__runCli as runCli };
/******/ 
