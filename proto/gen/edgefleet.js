/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-mixed-operators, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars, default-case, jsdoc/require-param*/
import $protobuf from "protobufjs/minimal.js";

// Common aliases
const $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;
const $Object = $util.global.Object, $undefined = $util.global.undefined, $Error = $util.global.Error, $RangeError = $util.global.RangeError, $TypeError = $util.global.TypeError, $String = $util.global.String, $Number = $util.global.Number, $parseInt = $util.global.parseInt, $BigInt = $util.global.BigInt, $Array = $util.global.Array, $Boolean = $util.global.Boolean, $isFinite = $util.global.isFinite;

// Exported root namespace
const $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

export const edgefleet = $root.edgefleet = (() => {

    /**
     * Namespace edgefleet.
     * @exports edgefleet
     * @namespace
     */
    const edgefleet = {};

    edgefleet.v1 = (function() {

        /**
         * Namespace v1.
         * @memberof edgefleet
         * @namespace
         */
        const v1 = {};

        v1.Hello = (function() {

            /**
             * Properties of a Hello.
             * @typedef {Object} edgefleet.v1.Hello.$Properties
             * @property {string|null} [nodeId] Hello nodeId
             * @property {Object.<string,string>|null} [labels] Hello labels
             * @property {edgefleet.v1.Capacity.$Properties|null} [capacity] Hello capacity
             * @property {string|null} [arch] Hello arch
             * @property {string|null} [os] Hello os
             * @property {edgefleet.v1.Runtime.$Properties|null} [runtime] Hello runtime
             * @property {string|null} [agentVersion] Hello agentVersion
             * @property {string|null} [bootId] Hello bootId
             * @property {number|null} [appliedEpoch] Hello appliedEpoch
             * @property {number|null} [appliedGeneration] Hello appliedGeneration
             * @property {string|null} [hostname] Hello hostname
             * @property {number|null} [startedAtMs] Hello startedAtMs
             * @property {edgefleet.v1.SecurityPolicy.$Properties|null} [securityPolicy] Hello securityPolicy
             * @property {number|null} [certNotAfterMs] Hello certNotAfterMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Hello.
             * @memberof edgefleet.v1
             * @interface IHello
             * @augments edgefleet.v1.Hello.$Properties
             * @deprecated Use edgefleet.v1.Hello.$Properties instead.
             */

            /**
             * Shape of a Hello.
             * @typedef {edgefleet.v1.Hello.$Properties} edgefleet.v1.Hello.$Shape
             */

            /**
             * Constructs a new Hello.
             * @memberof edgefleet.v1
             * @classdesc Represents a Hello.
             * @constructor
             * @param {edgefleet.v1.Hello.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Hello = function (properties) {
                this.labels = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Hello nodeId.
             * @member {string} nodeId
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.nodeId = "";

            /**
             * Hello labels.
             * @member {Object.<string,string>} labels
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.labels = $util.emptyObject;

            /**
             * Hello capacity.
             * @member {edgefleet.v1.Capacity.$Properties|null|undefined} capacity
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.capacity = null;

            /**
             * Hello arch.
             * @member {string} arch
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.arch = "";

            /**
             * Hello os.
             * @member {string} os
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.os = "";

            /**
             * Hello runtime.
             * @member {edgefleet.v1.Runtime.$Properties|null|undefined} runtime
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.runtime = null;

            /**
             * Hello agentVersion.
             * @member {string} agentVersion
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.agentVersion = "";

            /**
             * Hello bootId.
             * @member {string} bootId
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.bootId = "";

            /**
             * Hello appliedEpoch.
             * @member {number} appliedEpoch
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.appliedEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello appliedGeneration.
             * @member {number} appliedGeneration
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.appliedGeneration = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello hostname.
             * @member {string} hostname
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.hostname = "";

            /**
             * Hello startedAtMs.
             * @member {number} startedAtMs
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Hello securityPolicy.
             * @member {edgefleet.v1.SecurityPolicy.$Properties|null|undefined} securityPolicy
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.securityPolicy = null;

            /**
             * Hello certNotAfterMs.
             * @member {number} certNotAfterMs
             * @memberof edgefleet.v1.Hello
             * @instance
             */
            Hello.prototype.certNotAfterMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Hello instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.Hello
             * @static
             * @param {edgefleet.v1.Hello.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.Hello} Hello instance
             * @type {{
             *   (properties: edgefleet.v1.Hello.$Shape): edgefleet.v1.Hello & edgefleet.v1.Hello.$Shape;
             *   (properties?: edgefleet.v1.Hello.$Properties): edgefleet.v1.Hello;
             * }}
             */
            Hello.create = function(properties) {
                return new Hello(properties);
            };

            /**
             * Encodes the specified Hello message. Does not implicitly {@link edgefleet.v1.Hello.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.Hello
             * @static
             * @param {edgefleet.v1.Hello.$Properties} message Hello message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Hello.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    $root.edgefleet.v1.Capacity.encode(message.capacity, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.arch != null && $Object.hasOwnProperty.call(message, "arch") && message.arch !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.arch);
                if (message.os != null && $Object.hasOwnProperty.call(message, "os") && message.os !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.os);
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime"))
                    $root.edgefleet.v1.Runtime.encode(message.runtime, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion") && message.agentVersion !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.agentVersion);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.bootId);
                if (message.appliedEpoch != null && $Object.hasOwnProperty.call(message, "appliedEpoch") && (typeof message.appliedEpoch === "object" ? message.appliedEpoch.low || message.appliedEpoch.high : message.appliedEpoch !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.appliedEpoch);
                if (message.appliedGeneration != null && $Object.hasOwnProperty.call(message, "appliedGeneration") && (typeof message.appliedGeneration === "object" ? message.appliedGeneration.low || message.appliedGeneration.high : message.appliedGeneration !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.appliedGeneration);
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname") && message.hostname !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.hostname);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.startedAtMs);
                if (message.securityPolicy != null && $Object.hasOwnProperty.call(message, "securityPolicy"))
                    $root.edgefleet.v1.SecurityPolicy.encode(message.securityPolicy, writer.uint32(/* id 13, wireType 2 =*/106).fork(), _depth + 1).ldelim();
                if (message.certNotAfterMs != null && $Object.hasOwnProperty.call(message, "certNotAfterMs") && (typeof message.certNotAfterMs === "object" ? message.certNotAfterMs.low || message.certNotAfterMs.high : message.certNotAfterMs !== 0))
                    writer.uint32(/* id 15, wireType 0 =*/120).uint64(message.certNotAfterMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Hello message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.Hello
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.Hello & edgefleet.v1.Hello.$Shape} Hello
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Hello.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.Hello();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.capacity = $root.edgefleet.v1.Capacity.decode(reader, reader.size(), $undefined, _depth + 1, message.capacity);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.arch = value;
                            else
                                delete message.arch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.os = value;
                            else
                                delete message.os;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.runtime = $root.edgefleet.v1.Runtime.decode(reader, reader.size(), $undefined, _depth + 1, message.runtime);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.agentVersion = value;
                            else
                                delete message.agentVersion;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedEpoch = value;
                            else
                                delete message.appliedEpoch;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedGeneration = value;
                            else
                                delete message.appliedGeneration;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostname = value;
                            else
                                delete message.hostname;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            message.securityPolicy = $root.edgefleet.v1.SecurityPolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.securityPolicy);
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.certNotAfterMs = value;
                            else
                                delete message.certNotAfterMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Hello message.
             * @function verify
             * @memberof edgefleet.v1.Hello
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Hello.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$util.isObject(message.labels))
                        return "labels: object expected";
                    let key = $Object.keys(message.labels);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labels[key[i]]))
                            return "labels: string{k:string} expected";
                }
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity")) {
                    let error = $root.edgefleet.v1.Capacity.verify(message.capacity, _depth + 1);
                    if (error)
                        return "capacity." + error;
                }
                if (message.arch != null && $Object.hasOwnProperty.call(message, "arch"))
                    if (!$util.isString(message.arch))
                        return "arch: string expected";
                if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                    if (!$util.isString(message.os))
                        return "os: string expected";
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime")) {
                    let error = $root.edgefleet.v1.Runtime.verify(message.runtime, _depth + 1);
                    if (error)
                        return "runtime." + error;
                }
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    if (!$util.isString(message.agentVersion))
                        return "agentVersion: string expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isString(message.bootId))
                        return "bootId: string expected";
                if (message.appliedEpoch != null && $Object.hasOwnProperty.call(message, "appliedEpoch"))
                    if (!$util.isInteger(message.appliedEpoch) && !(message.appliedEpoch && $util.isInteger(message.appliedEpoch.low) && $util.isInteger(message.appliedEpoch.high)))
                        return "appliedEpoch: integer|Long expected";
                if (message.appliedGeneration != null && $Object.hasOwnProperty.call(message, "appliedGeneration"))
                    if (!$util.isInteger(message.appliedGeneration) && !(message.appliedGeneration && $util.isInteger(message.appliedGeneration.low) && $util.isInteger(message.appliedGeneration.high)))
                        return "appliedGeneration: integer|Long expected";
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    if (!$util.isString(message.hostname))
                        return "hostname: string expected";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.securityPolicy != null && $Object.hasOwnProperty.call(message, "securityPolicy")) {
                    let error = $root.edgefleet.v1.SecurityPolicy.verify(message.securityPolicy, _depth + 1);
                    if (error)
                        return "securityPolicy." + error;
                }
                if (message.certNotAfterMs != null && $Object.hasOwnProperty.call(message, "certNotAfterMs"))
                    if (!$util.isInteger(message.certNotAfterMs) && !(message.certNotAfterMs && $util.isInteger(message.certNotAfterMs.low) && $util.isInteger(message.certNotAfterMs.high)))
                        return "certNotAfterMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Hello message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.Hello
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.Hello} Hello
             */
            Hello.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.Hello)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.Hello: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.Hello();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".edgefleet.v1.Hello.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.capacity != null) {
                    if (!$util.isObject(object.capacity))
                        throw $TypeError(".edgefleet.v1.Hello.capacity: object expected");
                    message.capacity = $root.edgefleet.v1.Capacity.fromObject(object.capacity, _depth + 1);
                }
                if (object.arch != null)
                    if (typeof object.arch !== "string" || object.arch.length)
                        message.arch = $String(object.arch);
                if (object.os != null)
                    if (typeof object.os !== "string" || object.os.length)
                        message.os = $String(object.os);
                if (object.runtime != null) {
                    if (!$util.isObject(object.runtime))
                        throw $TypeError(".edgefleet.v1.Hello.runtime: object expected");
                    message.runtime = $root.edgefleet.v1.Runtime.fromObject(object.runtime, _depth + 1);
                }
                if (object.agentVersion != null)
                    if (typeof object.agentVersion !== "string" || object.agentVersion.length)
                        message.agentVersion = $String(object.agentVersion);
                if (object.bootId != null)
                    if (typeof object.bootId !== "string" || object.bootId.length)
                        message.bootId = $String(object.bootId);
                if (object.appliedEpoch != null)
                    if (typeof object.appliedEpoch === "object" ? object.appliedEpoch.low || object.appliedEpoch.high : $Number(object.appliedEpoch) !== 0)
                        if ($util.Long)
                            message.appliedEpoch = $util.Long.fromValue(object.appliedEpoch, true);
                        else if (typeof object.appliedEpoch === "string")
                            message.appliedEpoch = $parseInt(object.appliedEpoch, 10);
                        else if (typeof object.appliedEpoch === "number")
                            message.appliedEpoch = object.appliedEpoch;
                        else if (typeof object.appliedEpoch === "object")
                            message.appliedEpoch = new $util.LongBits(object.appliedEpoch.low >>> 0, object.appliedEpoch.high >>> 0).toNumber(true);
                if (object.appliedGeneration != null)
                    if (typeof object.appliedGeneration === "object" ? object.appliedGeneration.low || object.appliedGeneration.high : $Number(object.appliedGeneration) !== 0)
                        if ($util.Long)
                            message.appliedGeneration = $util.Long.fromValue(object.appliedGeneration, true);
                        else if (typeof object.appliedGeneration === "string")
                            message.appliedGeneration = $parseInt(object.appliedGeneration, 10);
                        else if (typeof object.appliedGeneration === "number")
                            message.appliedGeneration = object.appliedGeneration;
                        else if (typeof object.appliedGeneration === "object")
                            message.appliedGeneration = new $util.LongBits(object.appliedGeneration.low >>> 0, object.appliedGeneration.high >>> 0).toNumber(true);
                if (object.hostname != null)
                    if (typeof object.hostname !== "string" || object.hostname.length)
                        message.hostname = $String(object.hostname);
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, true);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber(true);
                if (object.securityPolicy != null) {
                    if (!$util.isObject(object.securityPolicy))
                        throw $TypeError(".edgefleet.v1.Hello.securityPolicy: object expected");
                    message.securityPolicy = $root.edgefleet.v1.SecurityPolicy.fromObject(object.securityPolicy, _depth + 1);
                }
                if (object.certNotAfterMs != null)
                    if (typeof object.certNotAfterMs === "object" ? object.certNotAfterMs.low || object.certNotAfterMs.high : $Number(object.certNotAfterMs) !== 0)
                        if ($util.Long)
                            message.certNotAfterMs = $util.Long.fromValue(object.certNotAfterMs, true);
                        else if (typeof object.certNotAfterMs === "string")
                            message.certNotAfterMs = $parseInt(object.certNotAfterMs, 10);
                        else if (typeof object.certNotAfterMs === "number")
                            message.certNotAfterMs = object.certNotAfterMs;
                        else if (typeof object.certNotAfterMs === "object")
                            message.certNotAfterMs = new $util.LongBits(object.certNotAfterMs.low >>> 0, object.certNotAfterMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Hello message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.Hello
             * @static
             * @param {edgefleet.v1.Hello} message Hello
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Hello.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.nodeId = "";
                    object.capacity = null;
                    object.arch = "";
                    object.os = "";
                    object.runtime = null;
                    object.agentVersion = "";
                    object.bootId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.appliedEpoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.appliedEpoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.appliedGeneration = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.appliedGeneration = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.hostname = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.securityPolicy = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.certNotAfterMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.certNotAfterMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.capacity != null && $Object.hasOwnProperty.call(message, "capacity"))
                    object.capacity = $root.edgefleet.v1.Capacity.toObject(message.capacity, options, _depth + 1);
                if (message.arch != null && $Object.hasOwnProperty.call(message, "arch"))
                    object.arch = message.arch;
                if (message.os != null && $Object.hasOwnProperty.call(message, "os"))
                    object.os = message.os;
                if (message.runtime != null && $Object.hasOwnProperty.call(message, "runtime"))
                    object.runtime = $root.edgefleet.v1.Runtime.toObject(message.runtime, options, _depth + 1);
                if (message.agentVersion != null && $Object.hasOwnProperty.call(message, "agentVersion"))
                    object.agentVersion = message.agentVersion;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.appliedEpoch != null && $Object.hasOwnProperty.call(message, "appliedEpoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.appliedEpoch = typeof message.appliedEpoch === "number" ? $BigInt(message.appliedEpoch) : $util.Long.fromBits(message.appliedEpoch.low >>> 0, message.appliedEpoch.high >>> 0, true).toBigInt();
                    else if (typeof message.appliedEpoch === "number")
                        object.appliedEpoch = options.longs === $String ? $String(message.appliedEpoch) : message.appliedEpoch;
                    else
                        object.appliedEpoch = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedEpoch) : options.longs === $Number ? new $util.LongBits(message.appliedEpoch.low >>> 0, message.appliedEpoch.high >>> 0).toNumber(true) : message.appliedEpoch;
                if (message.appliedGeneration != null && $Object.hasOwnProperty.call(message, "appliedGeneration"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.appliedGeneration = typeof message.appliedGeneration === "number" ? $BigInt(message.appliedGeneration) : $util.Long.fromBits(message.appliedGeneration.low >>> 0, message.appliedGeneration.high >>> 0, true).toBigInt();
                    else if (typeof message.appliedGeneration === "number")
                        object.appliedGeneration = options.longs === $String ? $String(message.appliedGeneration) : message.appliedGeneration;
                    else
                        object.appliedGeneration = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedGeneration) : options.longs === $Number ? new $util.LongBits(message.appliedGeneration.low >>> 0, message.appliedGeneration.high >>> 0).toNumber(true) : message.appliedGeneration;
                if (message.hostname != null && $Object.hasOwnProperty.call(message, "hostname"))
                    object.hostname = message.hostname;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
                if (message.securityPolicy != null && $Object.hasOwnProperty.call(message, "securityPolicy"))
                    object.securityPolicy = $root.edgefleet.v1.SecurityPolicy.toObject(message.securityPolicy, options, _depth + 1);
                if (message.certNotAfterMs != null && $Object.hasOwnProperty.call(message, "certNotAfterMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.certNotAfterMs = typeof message.certNotAfterMs === "number" ? $BigInt(message.certNotAfterMs) : $util.Long.fromBits(message.certNotAfterMs.low >>> 0, message.certNotAfterMs.high >>> 0, true).toBigInt();
                    else if (typeof message.certNotAfterMs === "number")
                        object.certNotAfterMs = options.longs === $String ? $String(message.certNotAfterMs) : message.certNotAfterMs;
                    else
                        object.certNotAfterMs = options.longs === $String ? $util.Long.prototype.toString.call(message.certNotAfterMs) : options.longs === $Number ? new $util.LongBits(message.certNotAfterMs.low >>> 0, message.certNotAfterMs.high >>> 0).toNumber(true) : message.certNotAfterMs;
                return object;
            };

            /**
             * Converts this Hello to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.Hello
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Hello.prototype.toJSON = function() {
                return Hello.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Hello
             * @function getTypeUrl
             * @memberof edgefleet.v1.Hello
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Hello.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.Hello";
            };

            return Hello;
        })();

        v1.SecurityPolicy = (function() {

            /**
             * Properties of a SecurityPolicy.
             * @typedef {Object} edgefleet.v1.SecurityPolicy.$Properties
             * @property {boolean|null} [allowPrivileged] SecurityPolicy allowPrivileged
             * @property {Array.<string>|null} [allowedCapabilities] SecurityPolicy allowedCapabilities
             * @property {boolean|null} [allowHostPid] SecurityPolicy allowHostPid
             * @property {boolean|null} [allowHostIpc] SecurityPolicy allowHostIpc
             * @property {Array.<string>|null} [allowedDevices] SecurityPolicy allowedDevices
             * @property {Array.<string>|null} [allowedHostPaths] SecurityPolicy allowedHostPaths
             * @property {Array.<string>|null} [allowedRegistries] SecurityPolicy allowedRegistries
             * @property {boolean|null} [requireDigest] SecurityPolicy requireDigest
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a SecurityPolicy.
             * @memberof edgefleet.v1
             * @interface ISecurityPolicy
             * @augments edgefleet.v1.SecurityPolicy.$Properties
             * @deprecated Use edgefleet.v1.SecurityPolicy.$Properties instead.
             */

            /**
             * Shape of a SecurityPolicy.
             * @typedef {edgefleet.v1.SecurityPolicy.$Properties} edgefleet.v1.SecurityPolicy.$Shape
             */

            /**
             * Constructs a new SecurityPolicy.
             * @memberof edgefleet.v1
             * @classdesc Represents a SecurityPolicy.
             * @constructor
             * @param {edgefleet.v1.SecurityPolicy.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const SecurityPolicy = function (properties) {
                this.allowedCapabilities = [];
                this.allowedDevices = [];
                this.allowedHostPaths = [];
                this.allowedRegistries = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * SecurityPolicy allowPrivileged.
             * @member {boolean} allowPrivileged
             * @memberof edgefleet.v1.SecurityPolicy
             * @instance
             */
            SecurityPolicy.prototype.allowPrivileged = false;

            /**
             * SecurityPolicy allowedCapabilities.
             * @member {Array.<string>} allowedCapabilities
             * @memberof edgefleet.v1.SecurityPolicy
             * @instance
             */
            SecurityPolicy.prototype.allowedCapabilities = $util.emptyArray;

            /**
             * SecurityPolicy allowHostPid.
             * @member {boolean} allowHostPid
             * @memberof edgefleet.v1.SecurityPolicy
             * @instance
             */
            SecurityPolicy.prototype.allowHostPid = false;

            /**
             * SecurityPolicy allowHostIpc.
             * @member {boolean} allowHostIpc
             * @memberof edgefleet.v1.SecurityPolicy
             * @instance
             */
            SecurityPolicy.prototype.allowHostIpc = false;

            /**
             * SecurityPolicy allowedDevices.
             * @member {Array.<string>} allowedDevices
             * @memberof edgefleet.v1.SecurityPolicy
             * @instance
             */
            SecurityPolicy.prototype.allowedDevices = $util.emptyArray;

            /**
             * SecurityPolicy allowedHostPaths.
             * @member {Array.<string>} allowedHostPaths
             * @memberof edgefleet.v1.SecurityPolicy
             * @instance
             */
            SecurityPolicy.prototype.allowedHostPaths = $util.emptyArray;

            /**
             * SecurityPolicy allowedRegistries.
             * @member {Array.<string>} allowedRegistries
             * @memberof edgefleet.v1.SecurityPolicy
             * @instance
             */
            SecurityPolicy.prototype.allowedRegistries = $util.emptyArray;

            /**
             * SecurityPolicy requireDigest.
             * @member {boolean} requireDigest
             * @memberof edgefleet.v1.SecurityPolicy
             * @instance
             */
            SecurityPolicy.prototype.requireDigest = false;

            /**
             * Creates a new SecurityPolicy instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.SecurityPolicy
             * @static
             * @param {edgefleet.v1.SecurityPolicy.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.SecurityPolicy} SecurityPolicy instance
             * @type {{
             *   (properties: edgefleet.v1.SecurityPolicy.$Shape): edgefleet.v1.SecurityPolicy & edgefleet.v1.SecurityPolicy.$Shape;
             *   (properties?: edgefleet.v1.SecurityPolicy.$Properties): edgefleet.v1.SecurityPolicy;
             * }}
             */
            SecurityPolicy.create = function(properties) {
                return new SecurityPolicy(properties);
            };

            /**
             * Encodes the specified SecurityPolicy message. Does not implicitly {@link edgefleet.v1.SecurityPolicy.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.SecurityPolicy
             * @static
             * @param {edgefleet.v1.SecurityPolicy.$Properties} message SecurityPolicy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            SecurityPolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.allowPrivileged != null && $Object.hasOwnProperty.call(message, "allowPrivileged") && message.allowPrivileged !== false)
                    writer.uint32(/* id 1, wireType 0 =*/8).bool(message.allowPrivileged);
                if (message.allowedCapabilities != null && message.allowedCapabilities.length)
                    for (let i = 0; i < message.allowedCapabilities.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.allowedCapabilities[i]);
                if (message.allowHostPid != null && $Object.hasOwnProperty.call(message, "allowHostPid") && message.allowHostPid !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.allowHostPid);
                if (message.allowHostIpc != null && $Object.hasOwnProperty.call(message, "allowHostIpc") && message.allowHostIpc !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.allowHostIpc);
                if (message.allowedDevices != null && message.allowedDevices.length)
                    for (let i = 0; i < message.allowedDevices.length; ++i)
                        writer.uint32(/* id 5, wireType 2 =*/42).string(message.allowedDevices[i]);
                if (message.allowedHostPaths != null && message.allowedHostPaths.length)
                    for (let i = 0; i < message.allowedHostPaths.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.allowedHostPaths[i]);
                if (message.allowedRegistries != null && message.allowedRegistries.length)
                    for (let i = 0; i < message.allowedRegistries.length; ++i)
                        writer.uint32(/* id 7, wireType 2 =*/58).string(message.allowedRegistries[i]);
                if (message.requireDigest != null && $Object.hasOwnProperty.call(message, "requireDigest") && message.requireDigest !== false)
                    writer.uint32(/* id 8, wireType 0 =*/64).bool(message.requireDigest);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a SecurityPolicy message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.SecurityPolicy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.SecurityPolicy & edgefleet.v1.SecurityPolicy.$Shape} SecurityPolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            SecurityPolicy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.SecurityPolicy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allowPrivileged = value;
                            else
                                delete message.allowPrivileged;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.allowedCapabilities && message.allowedCapabilities.length))
                                message.allowedCapabilities = [];
                            message.allowedCapabilities.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allowHostPid = value;
                            else
                                delete message.allowHostPid;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.allowHostIpc = value;
                            else
                                delete message.allowHostIpc;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.allowedDevices && message.allowedDevices.length))
                                message.allowedDevices = [];
                            message.allowedDevices.push(reader.stringVerify());
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.allowedHostPaths && message.allowedHostPaths.length))
                                message.allowedHostPaths = [];
                            message.allowedHostPaths.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.allowedRegistries && message.allowedRegistries.length))
                                message.allowedRegistries = [];
                            message.allowedRegistries.push(reader.stringVerify());
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.requireDigest = value;
                            else
                                delete message.requireDigest;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a SecurityPolicy message.
             * @function verify
             * @memberof edgefleet.v1.SecurityPolicy
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            SecurityPolicy.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.allowPrivileged != null && $Object.hasOwnProperty.call(message, "allowPrivileged"))
                    if (typeof message.allowPrivileged !== "boolean")
                        return "allowPrivileged: boolean expected";
                if (message.allowedCapabilities != null && $Object.hasOwnProperty.call(message, "allowedCapabilities")) {
                    if (!$Array.isArray(message.allowedCapabilities))
                        return "allowedCapabilities: array expected";
                    for (let i = 0; i < message.allowedCapabilities.length; ++i)
                        if (!$util.isString(message.allowedCapabilities[i]))
                            return "allowedCapabilities: string[] expected";
                }
                if (message.allowHostPid != null && $Object.hasOwnProperty.call(message, "allowHostPid"))
                    if (typeof message.allowHostPid !== "boolean")
                        return "allowHostPid: boolean expected";
                if (message.allowHostIpc != null && $Object.hasOwnProperty.call(message, "allowHostIpc"))
                    if (typeof message.allowHostIpc !== "boolean")
                        return "allowHostIpc: boolean expected";
                if (message.allowedDevices != null && $Object.hasOwnProperty.call(message, "allowedDevices")) {
                    if (!$Array.isArray(message.allowedDevices))
                        return "allowedDevices: array expected";
                    for (let i = 0; i < message.allowedDevices.length; ++i)
                        if (!$util.isString(message.allowedDevices[i]))
                            return "allowedDevices: string[] expected";
                }
                if (message.allowedHostPaths != null && $Object.hasOwnProperty.call(message, "allowedHostPaths")) {
                    if (!$Array.isArray(message.allowedHostPaths))
                        return "allowedHostPaths: array expected";
                    for (let i = 0; i < message.allowedHostPaths.length; ++i)
                        if (!$util.isString(message.allowedHostPaths[i]))
                            return "allowedHostPaths: string[] expected";
                }
                if (message.allowedRegistries != null && $Object.hasOwnProperty.call(message, "allowedRegistries")) {
                    if (!$Array.isArray(message.allowedRegistries))
                        return "allowedRegistries: array expected";
                    for (let i = 0; i < message.allowedRegistries.length; ++i)
                        if (!$util.isString(message.allowedRegistries[i]))
                            return "allowedRegistries: string[] expected";
                }
                if (message.requireDigest != null && $Object.hasOwnProperty.call(message, "requireDigest"))
                    if (typeof message.requireDigest !== "boolean")
                        return "requireDigest: boolean expected";
                return null;
            };

            /**
             * Creates a SecurityPolicy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.SecurityPolicy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.SecurityPolicy} SecurityPolicy
             */
            SecurityPolicy.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.SecurityPolicy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.SecurityPolicy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.SecurityPolicy();
                if (object.allowPrivileged != null)
                    if (object.allowPrivileged)
                        message.allowPrivileged = $Boolean(object.allowPrivileged);
                if (object.allowedCapabilities) {
                    if (!$Array.isArray(object.allowedCapabilities))
                        throw $TypeError(".edgefleet.v1.SecurityPolicy.allowedCapabilities: array expected");
                    message.allowedCapabilities = $Array(object.allowedCapabilities.length);
                    for (let i = 0; i < object.allowedCapabilities.length; ++i)
                        message.allowedCapabilities[i] = $String(object.allowedCapabilities[i]);
                }
                if (object.allowHostPid != null)
                    if (object.allowHostPid)
                        message.allowHostPid = $Boolean(object.allowHostPid);
                if (object.allowHostIpc != null)
                    if (object.allowHostIpc)
                        message.allowHostIpc = $Boolean(object.allowHostIpc);
                if (object.allowedDevices) {
                    if (!$Array.isArray(object.allowedDevices))
                        throw $TypeError(".edgefleet.v1.SecurityPolicy.allowedDevices: array expected");
                    message.allowedDevices = $Array(object.allowedDevices.length);
                    for (let i = 0; i < object.allowedDevices.length; ++i)
                        message.allowedDevices[i] = $String(object.allowedDevices[i]);
                }
                if (object.allowedHostPaths) {
                    if (!$Array.isArray(object.allowedHostPaths))
                        throw $TypeError(".edgefleet.v1.SecurityPolicy.allowedHostPaths: array expected");
                    message.allowedHostPaths = $Array(object.allowedHostPaths.length);
                    for (let i = 0; i < object.allowedHostPaths.length; ++i)
                        message.allowedHostPaths[i] = $String(object.allowedHostPaths[i]);
                }
                if (object.allowedRegistries) {
                    if (!$Array.isArray(object.allowedRegistries))
                        throw $TypeError(".edgefleet.v1.SecurityPolicy.allowedRegistries: array expected");
                    message.allowedRegistries = $Array(object.allowedRegistries.length);
                    for (let i = 0; i < object.allowedRegistries.length; ++i)
                        message.allowedRegistries[i] = $String(object.allowedRegistries[i]);
                }
                if (object.requireDigest != null)
                    if (object.requireDigest)
                        message.requireDigest = $Boolean(object.requireDigest);
                return message;
            };

            /**
             * Creates a plain object from a SecurityPolicy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.SecurityPolicy
             * @static
             * @param {edgefleet.v1.SecurityPolicy} message SecurityPolicy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            SecurityPolicy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.allowedCapabilities = [];
                    object.allowedDevices = [];
                    object.allowedHostPaths = [];
                    object.allowedRegistries = [];
                }
                if (options.defaults) {
                    object.allowPrivileged = false;
                    object.allowHostPid = false;
                    object.allowHostIpc = false;
                    object.requireDigest = false;
                }
                if (message.allowPrivileged != null && $Object.hasOwnProperty.call(message, "allowPrivileged"))
                    object.allowPrivileged = message.allowPrivileged;
                if (message.allowedCapabilities && message.allowedCapabilities.length) {
                    object.allowedCapabilities = $Array(message.allowedCapabilities.length);
                    for (let j = 0; j < message.allowedCapabilities.length; ++j)
                        object.allowedCapabilities[j] = message.allowedCapabilities[j];
                }
                if (message.allowHostPid != null && $Object.hasOwnProperty.call(message, "allowHostPid"))
                    object.allowHostPid = message.allowHostPid;
                if (message.allowHostIpc != null && $Object.hasOwnProperty.call(message, "allowHostIpc"))
                    object.allowHostIpc = message.allowHostIpc;
                if (message.allowedDevices && message.allowedDevices.length) {
                    object.allowedDevices = $Array(message.allowedDevices.length);
                    for (let j = 0; j < message.allowedDevices.length; ++j)
                        object.allowedDevices[j] = message.allowedDevices[j];
                }
                if (message.allowedHostPaths && message.allowedHostPaths.length) {
                    object.allowedHostPaths = $Array(message.allowedHostPaths.length);
                    for (let j = 0; j < message.allowedHostPaths.length; ++j)
                        object.allowedHostPaths[j] = message.allowedHostPaths[j];
                }
                if (message.allowedRegistries && message.allowedRegistries.length) {
                    object.allowedRegistries = $Array(message.allowedRegistries.length);
                    for (let j = 0; j < message.allowedRegistries.length; ++j)
                        object.allowedRegistries[j] = message.allowedRegistries[j];
                }
                if (message.requireDigest != null && $Object.hasOwnProperty.call(message, "requireDigest"))
                    object.requireDigest = message.requireDigest;
                return object;
            };

            /**
             * Converts this SecurityPolicy to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.SecurityPolicy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            SecurityPolicy.prototype.toJSON = function() {
                return SecurityPolicy.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for SecurityPolicy
             * @function getTypeUrl
             * @memberof edgefleet.v1.SecurityPolicy
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            SecurityPolicy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.SecurityPolicy";
            };

            return SecurityPolicy;
        })();

        v1.Capacity = (function() {

            /**
             * Properties of a Capacity.
             * @typedef {Object} edgefleet.v1.Capacity.$Properties
             * @property {number|null} [cpuMillis] Capacity cpuMillis
             * @property {number|null} [memoryBytes] Capacity memoryBytes
             * @property {number|null} [diskBytes] Capacity diskBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Capacity.
             * @memberof edgefleet.v1
             * @interface ICapacity
             * @augments edgefleet.v1.Capacity.$Properties
             * @deprecated Use edgefleet.v1.Capacity.$Properties instead.
             */

            /**
             * Shape of a Capacity.
             * @typedef {edgefleet.v1.Capacity.$Properties} edgefleet.v1.Capacity.$Shape
             */

            /**
             * Constructs a new Capacity.
             * @memberof edgefleet.v1
             * @classdesc Represents a Capacity.
             * @constructor
             * @param {edgefleet.v1.Capacity.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Capacity = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Capacity cpuMillis.
             * @member {number} cpuMillis
             * @memberof edgefleet.v1.Capacity
             * @instance
             */
            Capacity.prototype.cpuMillis = 0;

            /**
             * Capacity memoryBytes.
             * @member {number} memoryBytes
             * @memberof edgefleet.v1.Capacity
             * @instance
             */
            Capacity.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Capacity diskBytes.
             * @member {number} diskBytes
             * @memberof edgefleet.v1.Capacity
             * @instance
             */
            Capacity.prototype.diskBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Capacity instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.Capacity
             * @static
             * @param {edgefleet.v1.Capacity.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.Capacity} Capacity instance
             * @type {{
             *   (properties: edgefleet.v1.Capacity.$Shape): edgefleet.v1.Capacity & edgefleet.v1.Capacity.$Shape;
             *   (properties?: edgefleet.v1.Capacity.$Properties): edgefleet.v1.Capacity;
             * }}
             */
            Capacity.create = function(properties) {
                return new Capacity(properties);
            };

            /**
             * Encodes the specified Capacity message. Does not implicitly {@link edgefleet.v1.Capacity.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.Capacity
             * @static
             * @param {edgefleet.v1.Capacity.$Properties} message Capacity message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Capacity.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis") && message.cpuMillis !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.cpuMillis);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.memoryBytes);
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes") && (typeof message.diskBytes === "object" ? message.diskBytes.low || message.diskBytes.high : message.diskBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.diskBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Capacity message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.Capacity
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.Capacity & edgefleet.v1.Capacity.$Shape} Capacity
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Capacity.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.Capacity();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cpuMillis = value;
                            else
                                delete message.cpuMillis;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.diskBytes = value;
                            else
                                delete message.diskBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Capacity message.
             * @function verify
             * @memberof edgefleet.v1.Capacity
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Capacity.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis"))
                    if (!$util.isInteger(message.cpuMillis))
                        return "cpuMillis: integer expected";
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    if (!$util.isInteger(message.diskBytes) && !(message.diskBytes && $util.isInteger(message.diskBytes.low) && $util.isInteger(message.diskBytes.high)))
                        return "diskBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a Capacity message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.Capacity
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.Capacity} Capacity
             */
            Capacity.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.Capacity)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.Capacity: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.Capacity();
                if (object.cpuMillis != null)
                    if ($Number(object.cpuMillis) !== 0)
                        message.cpuMillis = object.cpuMillis >>> 0;
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                if (object.diskBytes != null)
                    if (typeof object.diskBytes === "object" ? object.diskBytes.low || object.diskBytes.high : $Number(object.diskBytes) !== 0)
                        if ($util.Long)
                            message.diskBytes = $util.Long.fromValue(object.diskBytes, true);
                        else if (typeof object.diskBytes === "string")
                            message.diskBytes = $parseInt(object.diskBytes, 10);
                        else if (typeof object.diskBytes === "number")
                            message.diskBytes = object.diskBytes;
                        else if (typeof object.diskBytes === "object")
                            message.diskBytes = new $util.LongBits(object.diskBytes.low >>> 0, object.diskBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Capacity message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.Capacity
             * @static
             * @param {edgefleet.v1.Capacity} message Capacity
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Capacity.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cpuMillis = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.diskBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.diskBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis"))
                    object.cpuMillis = message.cpuMillis;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                if (message.diskBytes != null && $Object.hasOwnProperty.call(message, "diskBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.diskBytes = typeof message.diskBytes === "number" ? $BigInt(message.diskBytes) : $util.Long.fromBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.diskBytes === "number")
                        object.diskBytes = options.longs === $String ? $String(message.diskBytes) : message.diskBytes;
                    else
                        object.diskBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.diskBytes) : options.longs === $Number ? new $util.LongBits(message.diskBytes.low >>> 0, message.diskBytes.high >>> 0).toNumber(true) : message.diskBytes;
                return object;
            };

            /**
             * Converts this Capacity to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.Capacity
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Capacity.prototype.toJSON = function() {
                return Capacity.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Capacity
             * @function getTypeUrl
             * @memberof edgefleet.v1.Capacity
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Capacity.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.Capacity";
            };

            return Capacity;
        })();

        v1.Runtime = (function() {

            /**
             * Properties of a Runtime.
             * @typedef {Object} edgefleet.v1.Runtime.$Properties
             * @property {string|null} [name] Runtime name
             * @property {string|null} [version] Runtime version
             * @property {string|null} [apiVersion] Runtime apiVersion
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Runtime.
             * @memberof edgefleet.v1
             * @interface IRuntime
             * @augments edgefleet.v1.Runtime.$Properties
             * @deprecated Use edgefleet.v1.Runtime.$Properties instead.
             */

            /**
             * Shape of a Runtime.
             * @typedef {edgefleet.v1.Runtime.$Properties} edgefleet.v1.Runtime.$Shape
             */

            /**
             * Constructs a new Runtime.
             * @memberof edgefleet.v1
             * @classdesc Represents a Runtime.
             * @constructor
             * @param {edgefleet.v1.Runtime.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Runtime = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Runtime name.
             * @member {string} name
             * @memberof edgefleet.v1.Runtime
             * @instance
             */
            Runtime.prototype.name = "";

            /**
             * Runtime version.
             * @member {string} version
             * @memberof edgefleet.v1.Runtime
             * @instance
             */
            Runtime.prototype.version = "";

            /**
             * Runtime apiVersion.
             * @member {string} apiVersion
             * @memberof edgefleet.v1.Runtime
             * @instance
             */
            Runtime.prototype.apiVersion = "";

            /**
             * Creates a new Runtime instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.Runtime
             * @static
             * @param {edgefleet.v1.Runtime.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.Runtime} Runtime instance
             * @type {{
             *   (properties: edgefleet.v1.Runtime.$Shape): edgefleet.v1.Runtime & edgefleet.v1.Runtime.$Shape;
             *   (properties?: edgefleet.v1.Runtime.$Properties): edgefleet.v1.Runtime;
             * }}
             */
            Runtime.create = function(properties) {
                return new Runtime(properties);
            };

            /**
             * Encodes the specified Runtime message. Does not implicitly {@link edgefleet.v1.Runtime.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.Runtime
             * @static
             * @param {edgefleet.v1.Runtime.$Properties} message Runtime message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Runtime.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.version != null && $Object.hasOwnProperty.call(message, "version") && message.version !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.version);
                if (message.apiVersion != null && $Object.hasOwnProperty.call(message, "apiVersion") && message.apiVersion !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.apiVersion);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Runtime message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.Runtime
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.Runtime & edgefleet.v1.Runtime.$Shape} Runtime
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Runtime.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.Runtime();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.version = value;
                            else
                                delete message.version;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.apiVersion = value;
                            else
                                delete message.apiVersion;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Runtime message.
             * @function verify
             * @memberof edgefleet.v1.Runtime
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Runtime.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    if (!$util.isString(message.version))
                        return "version: string expected";
                if (message.apiVersion != null && $Object.hasOwnProperty.call(message, "apiVersion"))
                    if (!$util.isString(message.apiVersion))
                        return "apiVersion: string expected";
                return null;
            };

            /**
             * Creates a Runtime message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.Runtime
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.Runtime} Runtime
             */
            Runtime.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.Runtime)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.Runtime: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.Runtime();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.version != null)
                    if (typeof object.version !== "string" || object.version.length)
                        message.version = $String(object.version);
                if (object.apiVersion != null)
                    if (typeof object.apiVersion !== "string" || object.apiVersion.length)
                        message.apiVersion = $String(object.apiVersion);
                return message;
            };

            /**
             * Creates a plain object from a Runtime message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.Runtime
             * @static
             * @param {edgefleet.v1.Runtime} message Runtime
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Runtime.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.version = "";
                    object.apiVersion = "";
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.version != null && $Object.hasOwnProperty.call(message, "version"))
                    object.version = message.version;
                if (message.apiVersion != null && $Object.hasOwnProperty.call(message, "apiVersion"))
                    object.apiVersion = message.apiVersion;
                return object;
            };

            /**
             * Converts this Runtime to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.Runtime
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Runtime.prototype.toJSON = function() {
                return Runtime.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Runtime
             * @function getTypeUrl
             * @memberof edgefleet.v1.Runtime
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Runtime.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.Runtime";
            };

            return Runtime;
        })();

        v1.NodeState = (function() {

            /**
             * Properties of a NodeState.
             * @typedef {Object} edgefleet.v1.NodeState.$Properties
             * @property {string|null} [nodeId] NodeState nodeId
             * @property {string|null} [bootId] NodeState bootId
             * @property {boolean|null} [online] NodeState online
             * @property {number|null} [appliedEpoch] NodeState appliedEpoch
             * @property {number|null} [appliedGeneration] NodeState appliedGeneration
             * @property {Array.<edgefleet.v1.WorkloadStatus.$Properties>|null} [workloads] NodeState workloads
             * @property {Array.<edgefleet.v1.Condition.$Properties>|null} [conditions] NodeState conditions
             * @property {number|null} [reportedAtMs] NodeState reportedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodeState.
             * @memberof edgefleet.v1
             * @interface INodeState
             * @augments edgefleet.v1.NodeState.$Properties
             * @deprecated Use edgefleet.v1.NodeState.$Properties instead.
             */

            /**
             * Shape of a NodeState.
             * @typedef {edgefleet.v1.NodeState.$Properties} edgefleet.v1.NodeState.$Shape
             */

            /**
             * Constructs a new NodeState.
             * @memberof edgefleet.v1
             * @classdesc Represents a NodeState.
             * @constructor
             * @param {edgefleet.v1.NodeState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodeState = function (properties) {
                this.workloads = [];
                this.conditions = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodeState nodeId.
             * @member {string} nodeId
             * @memberof edgefleet.v1.NodeState
             * @instance
             */
            NodeState.prototype.nodeId = "";

            /**
             * NodeState bootId.
             * @member {string} bootId
             * @memberof edgefleet.v1.NodeState
             * @instance
             */
            NodeState.prototype.bootId = "";

            /**
             * NodeState online.
             * @member {boolean} online
             * @memberof edgefleet.v1.NodeState
             * @instance
             */
            NodeState.prototype.online = false;

            /**
             * NodeState appliedEpoch.
             * @member {number} appliedEpoch
             * @memberof edgefleet.v1.NodeState
             * @instance
             */
            NodeState.prototype.appliedEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeState appliedGeneration.
             * @member {number} appliedGeneration
             * @memberof edgefleet.v1.NodeState
             * @instance
             */
            NodeState.prototype.appliedGeneration = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * NodeState workloads.
             * @member {Array.<edgefleet.v1.WorkloadStatus.$Properties>} workloads
             * @memberof edgefleet.v1.NodeState
             * @instance
             */
            NodeState.prototype.workloads = $util.emptyArray;

            /**
             * NodeState conditions.
             * @member {Array.<edgefleet.v1.Condition.$Properties>} conditions
             * @memberof edgefleet.v1.NodeState
             * @instance
             */
            NodeState.prototype.conditions = $util.emptyArray;

            /**
             * NodeState reportedAtMs.
             * @member {number} reportedAtMs
             * @memberof edgefleet.v1.NodeState
             * @instance
             */
            NodeState.prototype.reportedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new NodeState instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.NodeState
             * @static
             * @param {edgefleet.v1.NodeState.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.NodeState} NodeState instance
             * @type {{
             *   (properties: edgefleet.v1.NodeState.$Shape): edgefleet.v1.NodeState & edgefleet.v1.NodeState.$Shape;
             *   (properties?: edgefleet.v1.NodeState.$Properties): edgefleet.v1.NodeState;
             * }}
             */
            NodeState.create = function(properties) {
                return new NodeState(properties);
            };

            /**
             * Encodes the specified NodeState message. Does not implicitly {@link edgefleet.v1.NodeState.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.NodeState
             * @static
             * @param {edgefleet.v1.NodeState.$Properties} message NodeState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodeState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bootId);
                if (message.online != null && $Object.hasOwnProperty.call(message, "online") && message.online !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.online);
                if (message.appliedEpoch != null && $Object.hasOwnProperty.call(message, "appliedEpoch") && (typeof message.appliedEpoch === "object" ? message.appliedEpoch.low || message.appliedEpoch.high : message.appliedEpoch !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.appliedEpoch);
                if (message.appliedGeneration != null && $Object.hasOwnProperty.call(message, "appliedGeneration") && (typeof message.appliedGeneration === "object" ? message.appliedGeneration.low || message.appliedGeneration.high : message.appliedGeneration !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.appliedGeneration);
                if (message.workloads != null && message.workloads.length)
                    for (let i = 0; i < message.workloads.length; ++i)
                        $root.edgefleet.v1.WorkloadStatus.encode(message.workloads[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.conditions != null && message.conditions.length)
                    for (let i = 0; i < message.conditions.length; ++i)
                        $root.edgefleet.v1.Condition.encode(message.conditions[i], writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.reportedAtMs != null && $Object.hasOwnProperty.call(message, "reportedAtMs") && (typeof message.reportedAtMs === "object" ? message.reportedAtMs.low || message.reportedAtMs.high : message.reportedAtMs !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.reportedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodeState message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.NodeState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.NodeState & edgefleet.v1.NodeState.$Shape} NodeState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodeState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.NodeState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.online = value;
                            else
                                delete message.online;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedEpoch = value;
                            else
                                delete message.appliedEpoch;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.appliedGeneration = value;
                            else
                                delete message.appliedGeneration;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.workloads && message.workloads.length))
                                message.workloads = [];
                            message.workloads.push($root.edgefleet.v1.WorkloadStatus.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if (!(message.conditions && message.conditions.length))
                                message.conditions = [];
                            message.conditions.push($root.edgefleet.v1.Condition.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.reportedAtMs = value;
                            else
                                delete message.reportedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a NodeState message.
             * @function verify
             * @memberof edgefleet.v1.NodeState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodeState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isString(message.bootId))
                        return "bootId: string expected";
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    if (typeof message.online !== "boolean")
                        return "online: boolean expected";
                if (message.appliedEpoch != null && $Object.hasOwnProperty.call(message, "appliedEpoch"))
                    if (!$util.isInteger(message.appliedEpoch) && !(message.appliedEpoch && $util.isInteger(message.appliedEpoch.low) && $util.isInteger(message.appliedEpoch.high)))
                        return "appliedEpoch: integer|Long expected";
                if (message.appliedGeneration != null && $Object.hasOwnProperty.call(message, "appliedGeneration"))
                    if (!$util.isInteger(message.appliedGeneration) && !(message.appliedGeneration && $util.isInteger(message.appliedGeneration.low) && $util.isInteger(message.appliedGeneration.high)))
                        return "appliedGeneration: integer|Long expected";
                if (message.workloads != null && $Object.hasOwnProperty.call(message, "workloads")) {
                    if (!$Array.isArray(message.workloads))
                        return "workloads: array expected";
                    for (let i = 0; i < message.workloads.length; ++i) {
                        let error = $root.edgefleet.v1.WorkloadStatus.verify(message.workloads[i], _depth + 1);
                        if (error)
                            return "workloads." + error;
                    }
                }
                if (message.conditions != null && $Object.hasOwnProperty.call(message, "conditions")) {
                    if (!$Array.isArray(message.conditions))
                        return "conditions: array expected";
                    for (let i = 0; i < message.conditions.length; ++i) {
                        let error = $root.edgefleet.v1.Condition.verify(message.conditions[i], _depth + 1);
                        if (error)
                            return "conditions." + error;
                    }
                }
                if (message.reportedAtMs != null && $Object.hasOwnProperty.call(message, "reportedAtMs"))
                    if (!$util.isInteger(message.reportedAtMs) && !(message.reportedAtMs && $util.isInteger(message.reportedAtMs.low) && $util.isInteger(message.reportedAtMs.high)))
                        return "reportedAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a NodeState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.NodeState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.NodeState} NodeState
             */
            NodeState.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.NodeState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.NodeState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.NodeState();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.bootId != null)
                    if (typeof object.bootId !== "string" || object.bootId.length)
                        message.bootId = $String(object.bootId);
                if (object.online != null)
                    if (object.online)
                        message.online = $Boolean(object.online);
                if (object.appliedEpoch != null)
                    if (typeof object.appliedEpoch === "object" ? object.appliedEpoch.low || object.appliedEpoch.high : $Number(object.appliedEpoch) !== 0)
                        if ($util.Long)
                            message.appliedEpoch = $util.Long.fromValue(object.appliedEpoch, true);
                        else if (typeof object.appliedEpoch === "string")
                            message.appliedEpoch = $parseInt(object.appliedEpoch, 10);
                        else if (typeof object.appliedEpoch === "number")
                            message.appliedEpoch = object.appliedEpoch;
                        else if (typeof object.appliedEpoch === "object")
                            message.appliedEpoch = new $util.LongBits(object.appliedEpoch.low >>> 0, object.appliedEpoch.high >>> 0).toNumber(true);
                if (object.appliedGeneration != null)
                    if (typeof object.appliedGeneration === "object" ? object.appliedGeneration.low || object.appliedGeneration.high : $Number(object.appliedGeneration) !== 0)
                        if ($util.Long)
                            message.appliedGeneration = $util.Long.fromValue(object.appliedGeneration, true);
                        else if (typeof object.appliedGeneration === "string")
                            message.appliedGeneration = $parseInt(object.appliedGeneration, 10);
                        else if (typeof object.appliedGeneration === "number")
                            message.appliedGeneration = object.appliedGeneration;
                        else if (typeof object.appliedGeneration === "object")
                            message.appliedGeneration = new $util.LongBits(object.appliedGeneration.low >>> 0, object.appliedGeneration.high >>> 0).toNumber(true);
                if (object.workloads) {
                    if (!$Array.isArray(object.workloads))
                        throw $TypeError(".edgefleet.v1.NodeState.workloads: array expected");
                    message.workloads = $Array(object.workloads.length);
                    for (let i = 0; i < object.workloads.length; ++i) {
                        if (!$util.isObject(object.workloads[i]))
                            throw $TypeError(".edgefleet.v1.NodeState.workloads: object expected");
                        message.workloads[i] = $root.edgefleet.v1.WorkloadStatus.fromObject(object.workloads[i], _depth + 1);
                    }
                }
                if (object.conditions) {
                    if (!$Array.isArray(object.conditions))
                        throw $TypeError(".edgefleet.v1.NodeState.conditions: array expected");
                    message.conditions = $Array(object.conditions.length);
                    for (let i = 0; i < object.conditions.length; ++i) {
                        if (!$util.isObject(object.conditions[i]))
                            throw $TypeError(".edgefleet.v1.NodeState.conditions: object expected");
                        message.conditions[i] = $root.edgefleet.v1.Condition.fromObject(object.conditions[i], _depth + 1);
                    }
                }
                if (object.reportedAtMs != null)
                    if (typeof object.reportedAtMs === "object" ? object.reportedAtMs.low || object.reportedAtMs.high : $Number(object.reportedAtMs) !== 0)
                        if ($util.Long)
                            message.reportedAtMs = $util.Long.fromValue(object.reportedAtMs, true);
                        else if (typeof object.reportedAtMs === "string")
                            message.reportedAtMs = $parseInt(object.reportedAtMs, 10);
                        else if (typeof object.reportedAtMs === "number")
                            message.reportedAtMs = object.reportedAtMs;
                        else if (typeof object.reportedAtMs === "object")
                            message.reportedAtMs = new $util.LongBits(object.reportedAtMs.low >>> 0, object.reportedAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a NodeState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.NodeState
             * @static
             * @param {edgefleet.v1.NodeState} message NodeState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodeState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.workloads = [];
                    object.conditions = [];
                }
                if (options.defaults) {
                    object.nodeId = "";
                    object.bootId = "";
                    object.online = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.appliedEpoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.appliedEpoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.appliedGeneration = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.appliedGeneration = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.reportedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.reportedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.online != null && $Object.hasOwnProperty.call(message, "online"))
                    object.online = message.online;
                if (message.appliedEpoch != null && $Object.hasOwnProperty.call(message, "appliedEpoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.appliedEpoch = typeof message.appliedEpoch === "number" ? $BigInt(message.appliedEpoch) : $util.Long.fromBits(message.appliedEpoch.low >>> 0, message.appliedEpoch.high >>> 0, true).toBigInt();
                    else if (typeof message.appliedEpoch === "number")
                        object.appliedEpoch = options.longs === $String ? $String(message.appliedEpoch) : message.appliedEpoch;
                    else
                        object.appliedEpoch = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedEpoch) : options.longs === $Number ? new $util.LongBits(message.appliedEpoch.low >>> 0, message.appliedEpoch.high >>> 0).toNumber(true) : message.appliedEpoch;
                if (message.appliedGeneration != null && $Object.hasOwnProperty.call(message, "appliedGeneration"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.appliedGeneration = typeof message.appliedGeneration === "number" ? $BigInt(message.appliedGeneration) : $util.Long.fromBits(message.appliedGeneration.low >>> 0, message.appliedGeneration.high >>> 0, true).toBigInt();
                    else if (typeof message.appliedGeneration === "number")
                        object.appliedGeneration = options.longs === $String ? $String(message.appliedGeneration) : message.appliedGeneration;
                    else
                        object.appliedGeneration = options.longs === $String ? $util.Long.prototype.toString.call(message.appliedGeneration) : options.longs === $Number ? new $util.LongBits(message.appliedGeneration.low >>> 0, message.appliedGeneration.high >>> 0).toNumber(true) : message.appliedGeneration;
                if (message.workloads && message.workloads.length) {
                    object.workloads = $Array(message.workloads.length);
                    for (let j = 0; j < message.workloads.length; ++j)
                        object.workloads[j] = $root.edgefleet.v1.WorkloadStatus.toObject(message.workloads[j], options, _depth + 1);
                }
                if (message.conditions && message.conditions.length) {
                    object.conditions = $Array(message.conditions.length);
                    for (let j = 0; j < message.conditions.length; ++j)
                        object.conditions[j] = $root.edgefleet.v1.Condition.toObject(message.conditions[j], options, _depth + 1);
                }
                if (message.reportedAtMs != null && $Object.hasOwnProperty.call(message, "reportedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.reportedAtMs = typeof message.reportedAtMs === "number" ? $BigInt(message.reportedAtMs) : $util.Long.fromBits(message.reportedAtMs.low >>> 0, message.reportedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.reportedAtMs === "number")
                        object.reportedAtMs = options.longs === $String ? $String(message.reportedAtMs) : message.reportedAtMs;
                    else
                        object.reportedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.reportedAtMs) : options.longs === $Number ? new $util.LongBits(message.reportedAtMs.low >>> 0, message.reportedAtMs.high >>> 0).toNumber(true) : message.reportedAtMs;
                return object;
            };

            /**
             * Converts this NodeState to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.NodeState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodeState.prototype.toJSON = function() {
                return NodeState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodeState
             * @function getTypeUrl
             * @memberof edgefleet.v1.NodeState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodeState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.NodeState";
            };

            return NodeState;
        })();

        /**
         * Phase enum.
         * @name edgefleet.v1.Phase
         * @enum {number}
         * @property {number} PHASE_UNSPECIFIED=0 PHASE_UNSPECIFIED value
         * @property {number} PHASE_PENDING=1 PHASE_PENDING value
         * @property {number} PHASE_PULLING=2 PHASE_PULLING value
         * @property {number} PHASE_CREATED=3 PHASE_CREATED value
         * @property {number} PHASE_RUNNING=4 PHASE_RUNNING value
         * @property {number} PHASE_EXITED=5 PHASE_EXITED value
         * @property {number} PHASE_FAILED=6 PHASE_FAILED value
         * @property {number} PHASE_STOPPED=7 PHASE_STOPPED value
         * @property {number} PHASE_BACKOFF=8 PHASE_BACKOFF value
         */
        v1.Phase = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "PHASE_UNSPECIFIED"] = 0;
            values[valuesById[1] = "PHASE_PENDING"] = 1;
            values[valuesById[2] = "PHASE_PULLING"] = 2;
            values[valuesById[3] = "PHASE_CREATED"] = 3;
            values[valuesById[4] = "PHASE_RUNNING"] = 4;
            values[valuesById[5] = "PHASE_EXITED"] = 5;
            values[valuesById[6] = "PHASE_FAILED"] = 6;
            values[valuesById[7] = "PHASE_STOPPED"] = 7;
            values[valuesById[8] = "PHASE_BACKOFF"] = 8;
            return values;
        })();

        /**
         * Health enum.
         * @name edgefleet.v1.Health
         * @enum {number}
         * @property {number} HEALTH_UNSPECIFIED=0 HEALTH_UNSPECIFIED value
         * @property {number} HEALTH_STARTING=1 HEALTH_STARTING value
         * @property {number} HEALTH_HEALTHY=2 HEALTH_HEALTHY value
         * @property {number} HEALTH_UNHEALTHY=3 HEALTH_UNHEALTHY value
         */
        v1.Health = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "HEALTH_UNSPECIFIED"] = 0;
            values[valuesById[1] = "HEALTH_STARTING"] = 1;
            values[valuesById[2] = "HEALTH_HEALTHY"] = 2;
            values[valuesById[3] = "HEALTH_UNHEALTHY"] = 3;
            return values;
        })();

        v1.WorkloadStatus = (function() {

            /**
             * Properties of a WorkloadStatus.
             * @typedef {Object} edgefleet.v1.WorkloadStatus.$Properties
             * @property {string|null} [name] WorkloadStatus name
             * @property {string|null} [specHash] WorkloadStatus specHash
             * @property {edgefleet.v1.Phase|null} [phase] WorkloadStatus phase
             * @property {string|null} [containerId] WorkloadStatus containerId
             * @property {number|null} [restartCount] WorkloadStatus restartCount
             * @property {number|null} [exitCode] WorkloadStatus exitCode
             * @property {boolean|null} [hasExitCode] WorkloadStatus hasExitCode
             * @property {edgefleet.v1.Health|null} [health] WorkloadStatus health
             * @property {string|null} [lastError] WorkloadStatus lastError
             * @property {number|null} [startedAtMs] WorkloadStatus startedAtMs
             * @property {string|null} [message] WorkloadStatus message
             * @property {number|null} [readySinceMs] WorkloadStatus readySinceMs
             * @property {number|null} [revision] WorkloadStatus revision
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkloadStatus.
             * @memberof edgefleet.v1
             * @interface IWorkloadStatus
             * @augments edgefleet.v1.WorkloadStatus.$Properties
             * @deprecated Use edgefleet.v1.WorkloadStatus.$Properties instead.
             */

            /**
             * Shape of a WorkloadStatus.
             * @typedef {edgefleet.v1.WorkloadStatus.$Properties} edgefleet.v1.WorkloadStatus.$Shape
             */

            /**
             * Constructs a new WorkloadStatus.
             * @memberof edgefleet.v1
             * @classdesc Represents a WorkloadStatus.
             * @constructor
             * @param {edgefleet.v1.WorkloadStatus.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkloadStatus = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkloadStatus name.
             * @member {string} name
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.name = "";

            /**
             * WorkloadStatus specHash.
             * @member {string} specHash
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.specHash = "";

            /**
             * WorkloadStatus phase.
             * @member {edgefleet.v1.Phase} phase
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.phase = 0;

            /**
             * WorkloadStatus containerId.
             * @member {string} containerId
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.containerId = "";

            /**
             * WorkloadStatus restartCount.
             * @member {number} restartCount
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.restartCount = 0;

            /**
             * WorkloadStatus exitCode.
             * @member {number} exitCode
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.exitCode = 0;

            /**
             * WorkloadStatus hasExitCode.
             * @member {boolean} hasExitCode
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.hasExitCode = false;

            /**
             * WorkloadStatus health.
             * @member {edgefleet.v1.Health} health
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.health = 0;

            /**
             * WorkloadStatus lastError.
             * @member {string} lastError
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.lastError = "";

            /**
             * WorkloadStatus startedAtMs.
             * @member {number} startedAtMs
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WorkloadStatus message.
             * @member {string} message
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.message = "";

            /**
             * WorkloadStatus readySinceMs.
             * @member {number} readySinceMs
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.readySinceMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WorkloadStatus revision.
             * @member {number} revision
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             */
            WorkloadStatus.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new WorkloadStatus instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.WorkloadStatus
             * @static
             * @param {edgefleet.v1.WorkloadStatus.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.WorkloadStatus} WorkloadStatus instance
             * @type {{
             *   (properties: edgefleet.v1.WorkloadStatus.$Shape): edgefleet.v1.WorkloadStatus & edgefleet.v1.WorkloadStatus.$Shape;
             *   (properties?: edgefleet.v1.WorkloadStatus.$Properties): edgefleet.v1.WorkloadStatus;
             * }}
             */
            WorkloadStatus.create = function(properties) {
                return new WorkloadStatus(properties);
            };

            /**
             * Encodes the specified WorkloadStatus message. Does not implicitly {@link edgefleet.v1.WorkloadStatus.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.WorkloadStatus
             * @static
             * @param {edgefleet.v1.WorkloadStatus.$Properties} message WorkloadStatus message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkloadStatus.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.specHash != null && $Object.hasOwnProperty.call(message, "specHash") && message.specHash !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.specHash);
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase") && message.phase !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).int32(message.phase);
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.containerId);
                if (message.restartCount != null && $Object.hasOwnProperty.call(message, "restartCount") && message.restartCount !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.restartCount);
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode") && message.exitCode !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).int32(message.exitCode);
                if (message.hasExitCode != null && $Object.hasOwnProperty.call(message, "hasExitCode") && message.hasExitCode !== false)
                    writer.uint32(/* id 7, wireType 0 =*/56).bool(message.hasExitCode);
                if (message.health != null && $Object.hasOwnProperty.call(message, "health") && message.health !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.health);
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError") && message.lastError !== "")
                    writer.uint32(/* id 9, wireType 2 =*/74).string(message.lastError);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.startedAtMs);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 11, wireType 2 =*/90).string(message.message);
                if (message.readySinceMs != null && $Object.hasOwnProperty.call(message, "readySinceMs") && (typeof message.readySinceMs === "object" ? message.readySinceMs.low || message.readySinceMs.high : message.readySinceMs !== 0))
                    writer.uint32(/* id 12, wireType 0 =*/96).uint64(message.readySinceMs);
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                    writer.uint32(/* id 13, wireType 0 =*/104).uint64(message.revision);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkloadStatus message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.WorkloadStatus
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.WorkloadStatus & edgefleet.v1.WorkloadStatus.$Shape} WorkloadStatus
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkloadStatus.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.WorkloadStatus();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.specHash = value;
                            else
                                delete message.specHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.phase = value;
                            else
                                delete message.phase;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restartCount = value;
                            else
                                delete message.restartCount;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.exitCode = value;
                            else
                                delete message.exitCode;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasExitCode = value;
                            else
                                delete message.hasExitCode;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.health = value;
                            else
                                delete message.health;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.lastError = value;
                            else
                                delete message.lastError;
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.readySinceMs = value;
                            else
                                delete message.readySinceMs;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a WorkloadStatus message.
             * @function verify
             * @memberof edgefleet.v1.WorkloadStatus
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkloadStatus.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.specHash != null && $Object.hasOwnProperty.call(message, "specHash"))
                    if (!$util.isString(message.specHash))
                        return "specHash: string expected";
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    if (typeof message.phase !== "number" || (message.phase | 0) !== message.phase)
                        return "phase: enum value expected";
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    if (!$util.isString(message.containerId))
                        return "containerId: string expected";
                if (message.restartCount != null && $Object.hasOwnProperty.call(message, "restartCount"))
                    if (!$util.isInteger(message.restartCount))
                        return "restartCount: integer expected";
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    if (!$util.isInteger(message.exitCode))
                        return "exitCode: integer expected";
                if (message.hasExitCode != null && $Object.hasOwnProperty.call(message, "hasExitCode"))
                    if (typeof message.hasExitCode !== "boolean")
                        return "hasExitCode: boolean expected";
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    if (typeof message.health !== "number" || (message.health | 0) !== message.health)
                        return "health: enum value expected";
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                    if (!$util.isString(message.lastError))
                        return "lastError: string expected";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.readySinceMs != null && $Object.hasOwnProperty.call(message, "readySinceMs"))
                    if (!$util.isInteger(message.readySinceMs) && !(message.readySinceMs && $util.isInteger(message.readySinceMs.low) && $util.isInteger(message.readySinceMs.high)))
                        return "readySinceMs: integer|Long expected";
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (!$util.isInteger(message.revision) && !(message.revision && $util.isInteger(message.revision.low) && $util.isInteger(message.revision.high)))
                        return "revision: integer|Long expected";
                return null;
            };

            /**
             * Creates a WorkloadStatus message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.WorkloadStatus
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.WorkloadStatus} WorkloadStatus
             */
            WorkloadStatus.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.WorkloadStatus)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.WorkloadStatus: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.WorkloadStatus();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.specHash != null)
                    if (typeof object.specHash !== "string" || object.specHash.length)
                        message.specHash = $String(object.specHash);
                if (object.phase !== 0 && (typeof object.phase !== "string" || $root.edgefleet.v1.Phase[object.phase] !== 0))
                    switch (object.phase) {
                    case "PHASE_UNSPECIFIED":
                    case 0:
                        message.phase = 0;
                        break;
                    case "PHASE_PENDING":
                    case 1:
                        message.phase = 1;
                        break;
                    case "PHASE_PULLING":
                    case 2:
                        message.phase = 2;
                        break;
                    case "PHASE_CREATED":
                    case 3:
                        message.phase = 3;
                        break;
                    case "PHASE_RUNNING":
                    case 4:
                        message.phase = 4;
                        break;
                    case "PHASE_EXITED":
                    case 5:
                        message.phase = 5;
                        break;
                    case "PHASE_FAILED":
                    case 6:
                        message.phase = 6;
                        break;
                    case "PHASE_STOPPED":
                    case 7:
                        message.phase = 7;
                        break;
                    case "PHASE_BACKOFF":
                    case 8:
                        message.phase = 8;
                        break;
                    default:
                        if (typeof object.phase === "number" && (object.phase | 0) === object.phase)
                            message.phase = object.phase;
                    }
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.restartCount != null)
                    if ($Number(object.restartCount) !== 0)
                        message.restartCount = object.restartCount >>> 0;
                if (object.exitCode != null)
                    if ($Number(object.exitCode) !== 0)
                        message.exitCode = object.exitCode | 0;
                if (object.hasExitCode != null)
                    if (object.hasExitCode)
                        message.hasExitCode = $Boolean(object.hasExitCode);
                if (object.health !== 0 && (typeof object.health !== "string" || $root.edgefleet.v1.Health[object.health] !== 0))
                    switch (object.health) {
                    case "HEALTH_UNSPECIFIED":
                    case 0:
                        message.health = 0;
                        break;
                    case "HEALTH_STARTING":
                    case 1:
                        message.health = 1;
                        break;
                    case "HEALTH_HEALTHY":
                    case 2:
                        message.health = 2;
                        break;
                    case "HEALTH_UNHEALTHY":
                    case 3:
                        message.health = 3;
                        break;
                    default:
                        if (typeof object.health === "number" && (object.health | 0) === object.health)
                            message.health = object.health;
                    }
                if (object.lastError != null)
                    if (typeof object.lastError !== "string" || object.lastError.length)
                        message.lastError = $String(object.lastError);
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, true);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber(true);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.readySinceMs != null)
                    if (typeof object.readySinceMs === "object" ? object.readySinceMs.low || object.readySinceMs.high : $Number(object.readySinceMs) !== 0)
                        if ($util.Long)
                            message.readySinceMs = $util.Long.fromValue(object.readySinceMs, true);
                        else if (typeof object.readySinceMs === "string")
                            message.readySinceMs = $parseInt(object.readySinceMs, 10);
                        else if (typeof object.readySinceMs === "number")
                            message.readySinceMs = object.readySinceMs;
                        else if (typeof object.readySinceMs === "object")
                            message.readySinceMs = new $util.LongBits(object.readySinceMs.low >>> 0, object.readySinceMs.high >>> 0).toNumber(true);
                if (object.revision != null)
                    if (typeof object.revision === "object" ? object.revision.low || object.revision.high : $Number(object.revision) !== 0)
                        if ($util.Long)
                            message.revision = $util.Long.fromValue(object.revision, true);
                        else if (typeof object.revision === "string")
                            message.revision = $parseInt(object.revision, 10);
                        else if (typeof object.revision === "number")
                            message.revision = object.revision;
                        else if (typeof object.revision === "object")
                            message.revision = new $util.LongBits(object.revision.low >>> 0, object.revision.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a WorkloadStatus message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.WorkloadStatus
             * @static
             * @param {edgefleet.v1.WorkloadStatus} message WorkloadStatus
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkloadStatus.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.specHash = "";
                    object.phase = options.enums === $String ? "PHASE_UNSPECIFIED" : 0;
                    object.containerId = "";
                    object.restartCount = 0;
                    object.exitCode = 0;
                    object.hasExitCode = false;
                    object.health = options.enums === $String ? "HEALTH_UNSPECIFIED" : 0;
                    object.lastError = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.message = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.readySinceMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.readySinceMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.revision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.specHash != null && $Object.hasOwnProperty.call(message, "specHash"))
                    object.specHash = message.specHash;
                if (message.phase != null && $Object.hasOwnProperty.call(message, "phase"))
                    object.phase = options.enums === $String ? $root.edgefleet.v1.Phase[message.phase] === $undefined ? message.phase : $root.edgefleet.v1.Phase[message.phase] : message.phase;
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.restartCount != null && $Object.hasOwnProperty.call(message, "restartCount"))
                    object.restartCount = message.restartCount;
                if (message.exitCode != null && $Object.hasOwnProperty.call(message, "exitCode"))
                    object.exitCode = message.exitCode;
                if (message.hasExitCode != null && $Object.hasOwnProperty.call(message, "hasExitCode"))
                    object.hasExitCode = message.hasExitCode;
                if (message.health != null && $Object.hasOwnProperty.call(message, "health"))
                    object.health = options.enums === $String ? $root.edgefleet.v1.Health[message.health] === $undefined ? message.health : $root.edgefleet.v1.Health[message.health] : message.health;
                if (message.lastError != null && $Object.hasOwnProperty.call(message, "lastError"))
                    object.lastError = message.lastError;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.readySinceMs != null && $Object.hasOwnProperty.call(message, "readySinceMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.readySinceMs = typeof message.readySinceMs === "number" ? $BigInt(message.readySinceMs) : $util.Long.fromBits(message.readySinceMs.low >>> 0, message.readySinceMs.high >>> 0, true).toBigInt();
                    else if (typeof message.readySinceMs === "number")
                        object.readySinceMs = options.longs === $String ? $String(message.readySinceMs) : message.readySinceMs;
                    else
                        object.readySinceMs = options.longs === $String ? $util.Long.prototype.toString.call(message.readySinceMs) : options.longs === $Number ? new $util.LongBits(message.readySinceMs.low >>> 0, message.readySinceMs.high >>> 0).toNumber(true) : message.readySinceMs;
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revision = typeof message.revision === "number" ? $BigInt(message.revision) : $util.Long.fromBits(message.revision.low >>> 0, message.revision.high >>> 0, true).toBigInt();
                    else if (typeof message.revision === "number")
                        object.revision = options.longs === $String ? $String(message.revision) : message.revision;
                    else
                        object.revision = options.longs === $String ? $util.Long.prototype.toString.call(message.revision) : options.longs === $Number ? new $util.LongBits(message.revision.low >>> 0, message.revision.high >>> 0).toNumber(true) : message.revision;
                return object;
            };

            /**
             * Converts this WorkloadStatus to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.WorkloadStatus
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkloadStatus.prototype.toJSON = function() {
                return WorkloadStatus.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkloadStatus
             * @function getTypeUrl
             * @memberof edgefleet.v1.WorkloadStatus
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkloadStatus.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.WorkloadStatus";
            };

            return WorkloadStatus;
        })();

        v1.Condition = (function() {

            /**
             * Properties of a Condition.
             * @typedef {Object} edgefleet.v1.Condition.$Properties
             * @property {string|null} [type] Condition type
             * @property {boolean|null} [status] Condition status
             * @property {string|null} [reason] Condition reason
             * @property {string|null} [message] Condition message
             * @property {number|null} [sinceMs] Condition sinceMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Condition.
             * @memberof edgefleet.v1
             * @interface ICondition
             * @augments edgefleet.v1.Condition.$Properties
             * @deprecated Use edgefleet.v1.Condition.$Properties instead.
             */

            /**
             * Shape of a Condition.
             * @typedef {edgefleet.v1.Condition.$Properties} edgefleet.v1.Condition.$Shape
             */

            /**
             * Constructs a new Condition.
             * @memberof edgefleet.v1
             * @classdesc Represents a Condition.
             * @constructor
             * @param {edgefleet.v1.Condition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Condition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Condition type.
             * @member {string} type
             * @memberof edgefleet.v1.Condition
             * @instance
             */
            Condition.prototype.type = "";

            /**
             * Condition status.
             * @member {boolean} status
             * @memberof edgefleet.v1.Condition
             * @instance
             */
            Condition.prototype.status = false;

            /**
             * Condition reason.
             * @member {string} reason
             * @memberof edgefleet.v1.Condition
             * @instance
             */
            Condition.prototype.reason = "";

            /**
             * Condition message.
             * @member {string} message
             * @memberof edgefleet.v1.Condition
             * @instance
             */
            Condition.prototype.message = "";

            /**
             * Condition sinceMs.
             * @member {number} sinceMs
             * @memberof edgefleet.v1.Condition
             * @instance
             */
            Condition.prototype.sinceMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Condition instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.Condition
             * @static
             * @param {edgefleet.v1.Condition.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.Condition} Condition instance
             * @type {{
             *   (properties: edgefleet.v1.Condition.$Shape): edgefleet.v1.Condition & edgefleet.v1.Condition.$Shape;
             *   (properties?: edgefleet.v1.Condition.$Properties): edgefleet.v1.Condition;
             * }}
             */
            Condition.create = function(properties) {
                return new Condition(properties);
            };

            /**
             * Encodes the specified Condition message. Does not implicitly {@link edgefleet.v1.Condition.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.Condition
             * @static
             * @param {edgefleet.v1.Condition.$Properties} message Condition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Condition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.type);
                if (message.status != null && $Object.hasOwnProperty.call(message, "status") && message.status !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.status);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.message);
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs") && (typeof message.sinceMs === "object" ? message.sinceMs.low || message.sinceMs.high : message.sinceMs !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.sinceMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Condition message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.Condition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.Condition & edgefleet.v1.Condition.$Shape} Condition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Condition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.Condition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.status = value;
                            else
                                delete message.status;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceMs = value;
                            else
                                delete message.sinceMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Condition message.
             * @function verify
             * @memberof edgefleet.v1.Condition
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Condition.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    if (typeof message.status !== "boolean")
                        return "status: boolean expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs"))
                    if (!$util.isInteger(message.sinceMs) && !(message.sinceMs && $util.isInteger(message.sinceMs.low) && $util.isInteger(message.sinceMs.high)))
                        return "sinceMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Condition message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.Condition
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.Condition} Condition
             */
            Condition.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.Condition)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.Condition: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.Condition();
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.status != null)
                    if (object.status)
                        message.status = $Boolean(object.status);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.sinceMs != null)
                    if (typeof object.sinceMs === "object" ? object.sinceMs.low || object.sinceMs.high : $Number(object.sinceMs) !== 0)
                        if ($util.Long)
                            message.sinceMs = $util.Long.fromValue(object.sinceMs, true);
                        else if (typeof object.sinceMs === "string")
                            message.sinceMs = $parseInt(object.sinceMs, 10);
                        else if (typeof object.sinceMs === "number")
                            message.sinceMs = object.sinceMs;
                        else if (typeof object.sinceMs === "object")
                            message.sinceMs = new $util.LongBits(object.sinceMs.low >>> 0, object.sinceMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Condition message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.Condition
             * @static
             * @param {edgefleet.v1.Condition} message Condition
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Condition.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.type = "";
                    object.status = false;
                    object.reason = "";
                    object.message = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sinceMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.status != null && $Object.hasOwnProperty.call(message, "status"))
                    object.status = message.status;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceMs = typeof message.sinceMs === "number" ? $BigInt(message.sinceMs) : $util.Long.fromBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0, true).toBigInt();
                    else if (typeof message.sinceMs === "number")
                        object.sinceMs = options.longs === $String ? $String(message.sinceMs) : message.sinceMs;
                    else
                        object.sinceMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceMs) : options.longs === $Number ? new $util.LongBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0).toNumber(true) : message.sinceMs;
                return object;
            };

            /**
             * Converts this Condition to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.Condition
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Condition.prototype.toJSON = function() {
                return Condition.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Condition
             * @function getTypeUrl
             * @memberof edgefleet.v1.Condition
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Condition.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.Condition";
            };

            return Condition;
        })();

        v1.TelemetryBatch = (function() {

            /**
             * Properties of a TelemetryBatch.
             * @typedef {Object} edgefleet.v1.TelemetryBatch.$Properties
             * @property {string|null} [nodeId] TelemetryBatch nodeId
             * @property {string|null} [bootId] TelemetryBatch bootId
             * @property {Array.<edgefleet.v1.TelemetrySample.$Properties>|null} [samples] TelemetryBatch samples
             * @property {number|null} [dropped] TelemetryBatch dropped
             * @property {edgefleet.v1.TelemetryColumns.$Properties|null} [columns] TelemetryBatch columns
             * @property {number|null} [outboxBacklog] TelemetryBatch outboxBacklog
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TelemetryBatch.
             * @memberof edgefleet.v1
             * @interface ITelemetryBatch
             * @augments edgefleet.v1.TelemetryBatch.$Properties
             * @deprecated Use edgefleet.v1.TelemetryBatch.$Properties instead.
             */

            /**
             * Shape of a TelemetryBatch.
             * @typedef {edgefleet.v1.TelemetryBatch.$Properties} edgefleet.v1.TelemetryBatch.$Shape
             */

            /**
             * Constructs a new TelemetryBatch.
             * @memberof edgefleet.v1
             * @classdesc Represents a TelemetryBatch.
             * @constructor
             * @param {edgefleet.v1.TelemetryBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TelemetryBatch = function (properties) {
                this.samples = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TelemetryBatch nodeId.
             * @member {string} nodeId
             * @memberof edgefleet.v1.TelemetryBatch
             * @instance
             */
            TelemetryBatch.prototype.nodeId = "";

            /**
             * TelemetryBatch bootId.
             * @member {string} bootId
             * @memberof edgefleet.v1.TelemetryBatch
             * @instance
             */
            TelemetryBatch.prototype.bootId = "";

            /**
             * TelemetryBatch samples.
             * @member {Array.<edgefleet.v1.TelemetrySample.$Properties>} samples
             * @memberof edgefleet.v1.TelemetryBatch
             * @instance
             */
            TelemetryBatch.prototype.samples = $util.emptyArray;

            /**
             * TelemetryBatch dropped.
             * @member {number} dropped
             * @memberof edgefleet.v1.TelemetryBatch
             * @instance
             */
            TelemetryBatch.prototype.dropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetryBatch columns.
             * @member {edgefleet.v1.TelemetryColumns.$Properties|null|undefined} columns
             * @memberof edgefleet.v1.TelemetryBatch
             * @instance
             */
            TelemetryBatch.prototype.columns = null;

            /**
             * TelemetryBatch outboxBacklog.
             * @member {number} outboxBacklog
             * @memberof edgefleet.v1.TelemetryBatch
             * @instance
             */
            TelemetryBatch.prototype.outboxBacklog = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new TelemetryBatch instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.TelemetryBatch
             * @static
             * @param {edgefleet.v1.TelemetryBatch.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.TelemetryBatch} TelemetryBatch instance
             * @type {{
             *   (properties: edgefleet.v1.TelemetryBatch.$Shape): edgefleet.v1.TelemetryBatch & edgefleet.v1.TelemetryBatch.$Shape;
             *   (properties?: edgefleet.v1.TelemetryBatch.$Properties): edgefleet.v1.TelemetryBatch;
             * }}
             */
            TelemetryBatch.create = function(properties) {
                return new TelemetryBatch(properties);
            };

            /**
             * Encodes the specified TelemetryBatch message. Does not implicitly {@link edgefleet.v1.TelemetryBatch.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.TelemetryBatch
             * @static
             * @param {edgefleet.v1.TelemetryBatch.$Properties} message TelemetryBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TelemetryBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bootId);
                if (message.samples != null && message.samples.length)
                    for (let i = 0; i < message.samples.length; ++i)
                        $root.edgefleet.v1.TelemetrySample.encode(message.samples[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped") && (typeof message.dropped === "object" ? message.dropped.low || message.dropped.high : message.dropped !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.dropped);
                if (message.columns != null && $Object.hasOwnProperty.call(message, "columns"))
                    $root.edgefleet.v1.TelemetryColumns.encode(message.columns, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.outboxBacklog != null && $Object.hasOwnProperty.call(message, "outboxBacklog") && (typeof message.outboxBacklog === "object" ? message.outboxBacklog.low || message.outboxBacklog.high : message.outboxBacklog !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.outboxBacklog);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TelemetryBatch message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.TelemetryBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.TelemetryBatch & edgefleet.v1.TelemetryBatch.$Shape} TelemetryBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TelemetryBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.TelemetryBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.samples && message.samples.length))
                                message.samples = [];
                            message.samples.push($root.edgefleet.v1.TelemetrySample.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dropped = value;
                            else
                                delete message.dropped;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.columns = $root.edgefleet.v1.TelemetryColumns.decode(reader, reader.size(), $undefined, _depth + 1, message.columns);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.outboxBacklog = value;
                            else
                                delete message.outboxBacklog;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TelemetryBatch message.
             * @function verify
             * @memberof edgefleet.v1.TelemetryBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TelemetryBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isString(message.bootId))
                        return "bootId: string expected";
                if (message.samples != null && $Object.hasOwnProperty.call(message, "samples")) {
                    if (!$Array.isArray(message.samples))
                        return "samples: array expected";
                    for (let i = 0; i < message.samples.length; ++i) {
                        let error = $root.edgefleet.v1.TelemetrySample.verify(message.samples[i], _depth + 1);
                        if (error)
                            return "samples." + error;
                    }
                }
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                    if (!$util.isInteger(message.dropped) && !(message.dropped && $util.isInteger(message.dropped.low) && $util.isInteger(message.dropped.high)))
                        return "dropped: integer|Long expected";
                if (message.columns != null && $Object.hasOwnProperty.call(message, "columns")) {
                    let error = $root.edgefleet.v1.TelemetryColumns.verify(message.columns, _depth + 1);
                    if (error)
                        return "columns." + error;
                }
                if (message.outboxBacklog != null && $Object.hasOwnProperty.call(message, "outboxBacklog"))
                    if (!$util.isInteger(message.outboxBacklog) && !(message.outboxBacklog && $util.isInteger(message.outboxBacklog.low) && $util.isInteger(message.outboxBacklog.high)))
                        return "outboxBacklog: integer|Long expected";
                return null;
            };

            /**
             * Creates a TelemetryBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.TelemetryBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.TelemetryBatch} TelemetryBatch
             */
            TelemetryBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.TelemetryBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.TelemetryBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.TelemetryBatch();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.bootId != null)
                    if (typeof object.bootId !== "string" || object.bootId.length)
                        message.bootId = $String(object.bootId);
                if (object.samples) {
                    if (!$Array.isArray(object.samples))
                        throw $TypeError(".edgefleet.v1.TelemetryBatch.samples: array expected");
                    message.samples = $Array(object.samples.length);
                    for (let i = 0; i < object.samples.length; ++i) {
                        if (!$util.isObject(object.samples[i]))
                            throw $TypeError(".edgefleet.v1.TelemetryBatch.samples: object expected");
                        message.samples[i] = $root.edgefleet.v1.TelemetrySample.fromObject(object.samples[i], _depth + 1);
                    }
                }
                if (object.dropped != null)
                    if (typeof object.dropped === "object" ? object.dropped.low || object.dropped.high : $Number(object.dropped) !== 0)
                        if ($util.Long)
                            message.dropped = $util.Long.fromValue(object.dropped, true);
                        else if (typeof object.dropped === "string")
                            message.dropped = $parseInt(object.dropped, 10);
                        else if (typeof object.dropped === "number")
                            message.dropped = object.dropped;
                        else if (typeof object.dropped === "object")
                            message.dropped = new $util.LongBits(object.dropped.low >>> 0, object.dropped.high >>> 0).toNumber(true);
                if (object.columns != null) {
                    if (!$util.isObject(object.columns))
                        throw $TypeError(".edgefleet.v1.TelemetryBatch.columns: object expected");
                    message.columns = $root.edgefleet.v1.TelemetryColumns.fromObject(object.columns, _depth + 1);
                }
                if (object.outboxBacklog != null)
                    if (typeof object.outboxBacklog === "object" ? object.outboxBacklog.low || object.outboxBacklog.high : $Number(object.outboxBacklog) !== 0)
                        if ($util.Long)
                            message.outboxBacklog = $util.Long.fromValue(object.outboxBacklog, true);
                        else if (typeof object.outboxBacklog === "string")
                            message.outboxBacklog = $parseInt(object.outboxBacklog, 10);
                        else if (typeof object.outboxBacklog === "number")
                            message.outboxBacklog = object.outboxBacklog;
                        else if (typeof object.outboxBacklog === "object")
                            message.outboxBacklog = new $util.LongBits(object.outboxBacklog.low >>> 0, object.outboxBacklog.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a TelemetryBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.TelemetryBatch
             * @static
             * @param {edgefleet.v1.TelemetryBatch} message TelemetryBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TelemetryBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.samples = [];
                if (options.defaults) {
                    object.nodeId = "";
                    object.bootId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.dropped = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.dropped = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.columns = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.outboxBacklog = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.outboxBacklog = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.samples && message.samples.length) {
                    object.samples = $Array(message.samples.length);
                    for (let j = 0; j < message.samples.length; ++j)
                        object.samples[j] = $root.edgefleet.v1.TelemetrySample.toObject(message.samples[j], options, _depth + 1);
                }
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dropped = typeof message.dropped === "number" ? $BigInt(message.dropped) : $util.Long.fromBits(message.dropped.low >>> 0, message.dropped.high >>> 0, true).toBigInt();
                    else if (typeof message.dropped === "number")
                        object.dropped = options.longs === $String ? $String(message.dropped) : message.dropped;
                    else
                        object.dropped = options.longs === $String ? $util.Long.prototype.toString.call(message.dropped) : options.longs === $Number ? new $util.LongBits(message.dropped.low >>> 0, message.dropped.high >>> 0).toNumber(true) : message.dropped;
                if (message.columns != null && $Object.hasOwnProperty.call(message, "columns"))
                    object.columns = $root.edgefleet.v1.TelemetryColumns.toObject(message.columns, options, _depth + 1);
                if (message.outboxBacklog != null && $Object.hasOwnProperty.call(message, "outboxBacklog"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.outboxBacklog = typeof message.outboxBacklog === "number" ? $BigInt(message.outboxBacklog) : $util.Long.fromBits(message.outboxBacklog.low >>> 0, message.outboxBacklog.high >>> 0, true).toBigInt();
                    else if (typeof message.outboxBacklog === "number")
                        object.outboxBacklog = options.longs === $String ? $String(message.outboxBacklog) : message.outboxBacklog;
                    else
                        object.outboxBacklog = options.longs === $String ? $util.Long.prototype.toString.call(message.outboxBacklog) : options.longs === $Number ? new $util.LongBits(message.outboxBacklog.low >>> 0, message.outboxBacklog.high >>> 0).toNumber(true) : message.outboxBacklog;
                return object;
            };

            /**
             * Converts this TelemetryBatch to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.TelemetryBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TelemetryBatch.prototype.toJSON = function() {
                return TelemetryBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TelemetryBatch
             * @function getTypeUrl
             * @memberof edgefleet.v1.TelemetryBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TelemetryBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.TelemetryBatch";
            };

            return TelemetryBatch;
        })();

        v1.TelemetryColumns = (function() {

            /**
             * Properties of a TelemetryColumns.
             * @typedef {Object} edgefleet.v1.TelemetryColumns.$Properties
             * @property {number|null} [count] TelemetryColumns count
             * @property {Array.<number>|null} [seq] TelemetryColumns seq
             * @property {Array.<number>|null} [tsMs] TelemetryColumns tsMs
             * @property {Array.<number>|null} [cpuPermille] TelemetryColumns cpuPermille
             * @property {Array.<number>|null} [load1Centi] TelemetryColumns load1Centi
             * @property {Array.<number>|null} [memoryUsed] TelemetryColumns memoryUsed
             * @property {Array.<number>|null} [memoryTotal] TelemetryColumns memoryTotal
             * @property {Array.<number>|null} [swapUsed] TelemetryColumns swapUsed
             * @property {Array.<number>|null} [swapTotal] TelemetryColumns swapTotal
             * @property {Array.<number>|null} [netRxBytesPerS] TelemetryColumns netRxBytesPerS
             * @property {Array.<number>|null} [netTxBytesPerS] TelemetryColumns netTxBytesPerS
             * @property {Array.<number>|null} [temperatureDeciC] TelemetryColumns temperatureDeciC
             * @property {Array.<number>|null} [noTemperature] TelemetryColumns noTemperature
             * @property {Array.<number>|null} [uptimeS] TelemetryColumns uptimeS
             * @property {Array.<edgefleet.v1.TelemetrySeries.$Properties>|null} [disks] TelemetryColumns disks
             * @property {Array.<edgefleet.v1.TelemetrySeries.$Properties>|null} [workloads] TelemetryColumns workloads
             * @property {number|null} [memoryUsedShift] TelemetryColumns memoryUsedShift
             * @property {number|null} [memoryTotalShift] TelemetryColumns memoryTotalShift
             * @property {number|null} [swapUsedShift] TelemetryColumns swapUsedShift
             * @property {number|null} [swapTotalShift] TelemetryColumns swapTotalShift
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TelemetryColumns.
             * @memberof edgefleet.v1
             * @interface ITelemetryColumns
             * @augments edgefleet.v1.TelemetryColumns.$Properties
             * @deprecated Use edgefleet.v1.TelemetryColumns.$Properties instead.
             */

            /**
             * Shape of a TelemetryColumns.
             * @typedef {edgefleet.v1.TelemetryColumns.$Properties} edgefleet.v1.TelemetryColumns.$Shape
             */

            /**
             * Constructs a new TelemetryColumns.
             * @memberof edgefleet.v1
             * @classdesc Represents a TelemetryColumns.
             * @constructor
             * @param {edgefleet.v1.TelemetryColumns.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TelemetryColumns = function (properties) {
                this.seq = [];
                this.tsMs = [];
                this.cpuPermille = [];
                this.load1Centi = [];
                this.memoryUsed = [];
                this.memoryTotal = [];
                this.swapUsed = [];
                this.swapTotal = [];
                this.netRxBytesPerS = [];
                this.netTxBytesPerS = [];
                this.temperatureDeciC = [];
                this.noTemperature = [];
                this.uptimeS = [];
                this.disks = [];
                this.workloads = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TelemetryColumns count.
             * @member {number} count
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.count = 0;

            /**
             * TelemetryColumns seq.
             * @member {Array.<number>} seq
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.seq = $util.emptyArray;

            /**
             * TelemetryColumns tsMs.
             * @member {Array.<number>} tsMs
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.tsMs = $util.emptyArray;

            /**
             * TelemetryColumns cpuPermille.
             * @member {Array.<number>} cpuPermille
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.cpuPermille = $util.emptyArray;

            /**
             * TelemetryColumns load1Centi.
             * @member {Array.<number>} load1Centi
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.load1Centi = $util.emptyArray;

            /**
             * TelemetryColumns memoryUsed.
             * @member {Array.<number>} memoryUsed
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.memoryUsed = $util.emptyArray;

            /**
             * TelemetryColumns memoryTotal.
             * @member {Array.<number>} memoryTotal
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.memoryTotal = $util.emptyArray;

            /**
             * TelemetryColumns swapUsed.
             * @member {Array.<number>} swapUsed
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.swapUsed = $util.emptyArray;

            /**
             * TelemetryColumns swapTotal.
             * @member {Array.<number>} swapTotal
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.swapTotal = $util.emptyArray;

            /**
             * TelemetryColumns netRxBytesPerS.
             * @member {Array.<number>} netRxBytesPerS
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.netRxBytesPerS = $util.emptyArray;

            /**
             * TelemetryColumns netTxBytesPerS.
             * @member {Array.<number>} netTxBytesPerS
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.netTxBytesPerS = $util.emptyArray;

            /**
             * TelemetryColumns temperatureDeciC.
             * @member {Array.<number>} temperatureDeciC
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.temperatureDeciC = $util.emptyArray;

            /**
             * TelemetryColumns noTemperature.
             * @member {Array.<number>} noTemperature
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.noTemperature = $util.emptyArray;

            /**
             * TelemetryColumns uptimeS.
             * @member {Array.<number>} uptimeS
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.uptimeS = $util.emptyArray;

            /**
             * TelemetryColumns disks.
             * @member {Array.<edgefleet.v1.TelemetrySeries.$Properties>} disks
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.disks = $util.emptyArray;

            /**
             * TelemetryColumns workloads.
             * @member {Array.<edgefleet.v1.TelemetrySeries.$Properties>} workloads
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.workloads = $util.emptyArray;

            /**
             * TelemetryColumns memoryUsedShift.
             * @member {number} memoryUsedShift
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.memoryUsedShift = 0;

            /**
             * TelemetryColumns memoryTotalShift.
             * @member {number} memoryTotalShift
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.memoryTotalShift = 0;

            /**
             * TelemetryColumns swapUsedShift.
             * @member {number} swapUsedShift
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.swapUsedShift = 0;

            /**
             * TelemetryColumns swapTotalShift.
             * @member {number} swapTotalShift
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             */
            TelemetryColumns.prototype.swapTotalShift = 0;

            /**
             * Creates a new TelemetryColumns instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.TelemetryColumns
             * @static
             * @param {edgefleet.v1.TelemetryColumns.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.TelemetryColumns} TelemetryColumns instance
             * @type {{
             *   (properties: edgefleet.v1.TelemetryColumns.$Shape): edgefleet.v1.TelemetryColumns & edgefleet.v1.TelemetryColumns.$Shape;
             *   (properties?: edgefleet.v1.TelemetryColumns.$Properties): edgefleet.v1.TelemetryColumns;
             * }}
             */
            TelemetryColumns.create = function(properties) {
                return new TelemetryColumns(properties);
            };

            /**
             * Encodes the specified TelemetryColumns message. Does not implicitly {@link edgefleet.v1.TelemetryColumns.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.TelemetryColumns
             * @static
             * @param {edgefleet.v1.TelemetryColumns.$Properties} message TelemetryColumns message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TelemetryColumns.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.count != null && $Object.hasOwnProperty.call(message, "count") && message.count !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.count);
                if (message.seq != null && message.seq.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).sint64s(message.seq);
                if (message.tsMs != null && message.tsMs.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).sint64s(message.tsMs);
                if (message.cpuPermille != null && message.cpuPermille.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).sint64s(message.cpuPermille);
                if (message.load1Centi != null && message.load1Centi.length)
                    writer.uint32(/* id 5, wireType 2 =*/42).sint64s(message.load1Centi);
                if (message.memoryUsed != null && message.memoryUsed.length)
                    writer.uint32(/* id 6, wireType 2 =*/50).sint64s(message.memoryUsed);
                if (message.memoryTotal != null && message.memoryTotal.length)
                    writer.uint32(/* id 7, wireType 2 =*/58).sint64s(message.memoryTotal);
                if (message.swapUsed != null && message.swapUsed.length)
                    writer.uint32(/* id 8, wireType 2 =*/66).sint64s(message.swapUsed);
                if (message.swapTotal != null && message.swapTotal.length)
                    writer.uint32(/* id 9, wireType 2 =*/74).sint64s(message.swapTotal);
                if (message.netRxBytesPerS != null && message.netRxBytesPerS.length)
                    writer.uint32(/* id 10, wireType 2 =*/82).sint64s(message.netRxBytesPerS);
                if (message.netTxBytesPerS != null && message.netTxBytesPerS.length)
                    writer.uint32(/* id 11, wireType 2 =*/90).sint64s(message.netTxBytesPerS);
                if (message.temperatureDeciC != null && message.temperatureDeciC.length)
                    writer.uint32(/* id 12, wireType 2 =*/98).sint64s(message.temperatureDeciC);
                if (message.noTemperature != null && message.noTemperature.length)
                    writer.uint32(/* id 13, wireType 2 =*/106).uint32s(message.noTemperature);
                if (message.uptimeS != null && message.uptimeS.length)
                    writer.uint32(/* id 14, wireType 2 =*/114).sint64s(message.uptimeS);
                if (message.disks != null && message.disks.length)
                    for (let i = 0; i < message.disks.length; ++i)
                        $root.edgefleet.v1.TelemetrySeries.encode(message.disks[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.workloads != null && message.workloads.length)
                    for (let i = 0; i < message.workloads.length; ++i)
                        $root.edgefleet.v1.TelemetrySeries.encode(message.workloads[i], writer.uint32(/* id 16, wireType 2 =*/130).fork(), _depth + 1).ldelim();
                if (message.memoryUsedShift != null && $Object.hasOwnProperty.call(message, "memoryUsedShift") && message.memoryUsedShift !== 0)
                    writer.uint32(/* id 17, wireType 0 =*/136).uint32(message.memoryUsedShift);
                if (message.memoryTotalShift != null && $Object.hasOwnProperty.call(message, "memoryTotalShift") && message.memoryTotalShift !== 0)
                    writer.uint32(/* id 18, wireType 0 =*/144).uint32(message.memoryTotalShift);
                if (message.swapUsedShift != null && $Object.hasOwnProperty.call(message, "swapUsedShift") && message.swapUsedShift !== 0)
                    writer.uint32(/* id 19, wireType 0 =*/152).uint32(message.swapUsedShift);
                if (message.swapTotalShift != null && $Object.hasOwnProperty.call(message, "swapTotalShift") && message.swapTotalShift !== 0)
                    writer.uint32(/* id 20, wireType 0 =*/160).uint32(message.swapTotalShift);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TelemetryColumns message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.TelemetryColumns
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.TelemetryColumns & edgefleet.v1.TelemetryColumns.$Shape} TelemetryColumns
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TelemetryColumns.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.TelemetryColumns();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.count = value;
                            else
                                delete message.count;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.seq && message.seq.length))
                                    message.seq = [];
                                reader.sint64s(message.seq);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.seq && message.seq.length))
                                message.seq = [];
                            message.seq.push(reader.sint64());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.tsMs && message.tsMs.length))
                                    message.tsMs = [];
                                reader.sint64s(message.tsMs);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.tsMs && message.tsMs.length))
                                message.tsMs = [];
                            message.tsMs.push(reader.sint64());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.cpuPermille && message.cpuPermille.length))
                                    message.cpuPermille = [];
                                reader.sint64s(message.cpuPermille);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.cpuPermille && message.cpuPermille.length))
                                message.cpuPermille = [];
                            message.cpuPermille.push(reader.sint64());
                            continue;
                        }
                    case 5: {
                            if (wireType === 2) {
                                if (!(message.load1Centi && message.load1Centi.length))
                                    message.load1Centi = [];
                                reader.sint64s(message.load1Centi);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.load1Centi && message.load1Centi.length))
                                message.load1Centi = [];
                            message.load1Centi.push(reader.sint64());
                            continue;
                        }
                    case 6: {
                            if (wireType === 2) {
                                if (!(message.memoryUsed && message.memoryUsed.length))
                                    message.memoryUsed = [];
                                reader.sint64s(message.memoryUsed);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.memoryUsed && message.memoryUsed.length))
                                message.memoryUsed = [];
                            message.memoryUsed.push(reader.sint64());
                            continue;
                        }
                    case 7: {
                            if (wireType === 2) {
                                if (!(message.memoryTotal && message.memoryTotal.length))
                                    message.memoryTotal = [];
                                reader.sint64s(message.memoryTotal);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.memoryTotal && message.memoryTotal.length))
                                message.memoryTotal = [];
                            message.memoryTotal.push(reader.sint64());
                            continue;
                        }
                    case 8: {
                            if (wireType === 2) {
                                if (!(message.swapUsed && message.swapUsed.length))
                                    message.swapUsed = [];
                                reader.sint64s(message.swapUsed);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.swapUsed && message.swapUsed.length))
                                message.swapUsed = [];
                            message.swapUsed.push(reader.sint64());
                            continue;
                        }
                    case 9: {
                            if (wireType === 2) {
                                if (!(message.swapTotal && message.swapTotal.length))
                                    message.swapTotal = [];
                                reader.sint64s(message.swapTotal);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.swapTotal && message.swapTotal.length))
                                message.swapTotal = [];
                            message.swapTotal.push(reader.sint64());
                            continue;
                        }
                    case 10: {
                            if (wireType === 2) {
                                if (!(message.netRxBytesPerS && message.netRxBytesPerS.length))
                                    message.netRxBytesPerS = [];
                                reader.sint64s(message.netRxBytesPerS);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.netRxBytesPerS && message.netRxBytesPerS.length))
                                message.netRxBytesPerS = [];
                            message.netRxBytesPerS.push(reader.sint64());
                            continue;
                        }
                    case 11: {
                            if (wireType === 2) {
                                if (!(message.netTxBytesPerS && message.netTxBytesPerS.length))
                                    message.netTxBytesPerS = [];
                                reader.sint64s(message.netTxBytesPerS);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.netTxBytesPerS && message.netTxBytesPerS.length))
                                message.netTxBytesPerS = [];
                            message.netTxBytesPerS.push(reader.sint64());
                            continue;
                        }
                    case 12: {
                            if (wireType === 2) {
                                if (!(message.temperatureDeciC && message.temperatureDeciC.length))
                                    message.temperatureDeciC = [];
                                reader.sint64s(message.temperatureDeciC);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.temperatureDeciC && message.temperatureDeciC.length))
                                message.temperatureDeciC = [];
                            message.temperatureDeciC.push(reader.sint64());
                            continue;
                        }
                    case 13: {
                            if (wireType === 2) {
                                if (!(message.noTemperature && message.noTemperature.length))
                                    message.noTemperature = [];
                                reader.uint32s(message.noTemperature);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.noTemperature && message.noTemperature.length))
                                message.noTemperature = [];
                            message.noTemperature.push(reader.uint32());
                            continue;
                        }
                    case 14: {
                            if (wireType === 2) {
                                if (!(message.uptimeS && message.uptimeS.length))
                                    message.uptimeS = [];
                                reader.sint64s(message.uptimeS);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.uptimeS && message.uptimeS.length))
                                message.uptimeS = [];
                            message.uptimeS.push(reader.sint64());
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disks && message.disks.length))
                                message.disks = [];
                            message.disks.push($root.edgefleet.v1.TelemetrySeries.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.workloads && message.workloads.length))
                                message.workloads = [];
                            message.workloads.push($root.edgefleet.v1.TelemetrySeries.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memoryUsedShift = value;
                            else
                                delete message.memoryUsedShift;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.memoryTotalShift = value;
                            else
                                delete message.memoryTotalShift;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.swapUsedShift = value;
                            else
                                delete message.swapUsedShift;
                            continue;
                        }
                    case 20: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.swapTotalShift = value;
                            else
                                delete message.swapTotalShift;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TelemetryColumns message.
             * @function verify
             * @memberof edgefleet.v1.TelemetryColumns
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TelemetryColumns.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    if (!$util.isInteger(message.count))
                        return "count: integer expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq")) {
                    if (!$Array.isArray(message.seq))
                        return "seq: array expected";
                    for (let i = 0; i < message.seq.length; ++i)
                        if (!$util.isInteger(message.seq[i]) && !(message.seq[i] && $util.isInteger(message.seq[i].low) && $util.isInteger(message.seq[i].high)))
                            return "seq: integer|Long[] expected";
                }
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs")) {
                    if (!$Array.isArray(message.tsMs))
                        return "tsMs: array expected";
                    for (let i = 0; i < message.tsMs.length; ++i)
                        if (!$util.isInteger(message.tsMs[i]) && !(message.tsMs[i] && $util.isInteger(message.tsMs[i].low) && $util.isInteger(message.tsMs[i].high)))
                            return "tsMs: integer|Long[] expected";
                }
                if (message.cpuPermille != null && $Object.hasOwnProperty.call(message, "cpuPermille")) {
                    if (!$Array.isArray(message.cpuPermille))
                        return "cpuPermille: array expected";
                    for (let i = 0; i < message.cpuPermille.length; ++i)
                        if (!$util.isInteger(message.cpuPermille[i]) && !(message.cpuPermille[i] && $util.isInteger(message.cpuPermille[i].low) && $util.isInteger(message.cpuPermille[i].high)))
                            return "cpuPermille: integer|Long[] expected";
                }
                if (message.load1Centi != null && $Object.hasOwnProperty.call(message, "load1Centi")) {
                    if (!$Array.isArray(message.load1Centi))
                        return "load1Centi: array expected";
                    for (let i = 0; i < message.load1Centi.length; ++i)
                        if (!$util.isInteger(message.load1Centi[i]) && !(message.load1Centi[i] && $util.isInteger(message.load1Centi[i].low) && $util.isInteger(message.load1Centi[i].high)))
                            return "load1Centi: integer|Long[] expected";
                }
                if (message.memoryUsed != null && $Object.hasOwnProperty.call(message, "memoryUsed")) {
                    if (!$Array.isArray(message.memoryUsed))
                        return "memoryUsed: array expected";
                    for (let i = 0; i < message.memoryUsed.length; ++i)
                        if (!$util.isInteger(message.memoryUsed[i]) && !(message.memoryUsed[i] && $util.isInteger(message.memoryUsed[i].low) && $util.isInteger(message.memoryUsed[i].high)))
                            return "memoryUsed: integer|Long[] expected";
                }
                if (message.memoryTotal != null && $Object.hasOwnProperty.call(message, "memoryTotal")) {
                    if (!$Array.isArray(message.memoryTotal))
                        return "memoryTotal: array expected";
                    for (let i = 0; i < message.memoryTotal.length; ++i)
                        if (!$util.isInteger(message.memoryTotal[i]) && !(message.memoryTotal[i] && $util.isInteger(message.memoryTotal[i].low) && $util.isInteger(message.memoryTotal[i].high)))
                            return "memoryTotal: integer|Long[] expected";
                }
                if (message.swapUsed != null && $Object.hasOwnProperty.call(message, "swapUsed")) {
                    if (!$Array.isArray(message.swapUsed))
                        return "swapUsed: array expected";
                    for (let i = 0; i < message.swapUsed.length; ++i)
                        if (!$util.isInteger(message.swapUsed[i]) && !(message.swapUsed[i] && $util.isInteger(message.swapUsed[i].low) && $util.isInteger(message.swapUsed[i].high)))
                            return "swapUsed: integer|Long[] expected";
                }
                if (message.swapTotal != null && $Object.hasOwnProperty.call(message, "swapTotal")) {
                    if (!$Array.isArray(message.swapTotal))
                        return "swapTotal: array expected";
                    for (let i = 0; i < message.swapTotal.length; ++i)
                        if (!$util.isInteger(message.swapTotal[i]) && !(message.swapTotal[i] && $util.isInteger(message.swapTotal[i].low) && $util.isInteger(message.swapTotal[i].high)))
                            return "swapTotal: integer|Long[] expected";
                }
                if (message.netRxBytesPerS != null && $Object.hasOwnProperty.call(message, "netRxBytesPerS")) {
                    if (!$Array.isArray(message.netRxBytesPerS))
                        return "netRxBytesPerS: array expected";
                    for (let i = 0; i < message.netRxBytesPerS.length; ++i)
                        if (!$util.isInteger(message.netRxBytesPerS[i]) && !(message.netRxBytesPerS[i] && $util.isInteger(message.netRxBytesPerS[i].low) && $util.isInteger(message.netRxBytesPerS[i].high)))
                            return "netRxBytesPerS: integer|Long[] expected";
                }
                if (message.netTxBytesPerS != null && $Object.hasOwnProperty.call(message, "netTxBytesPerS")) {
                    if (!$Array.isArray(message.netTxBytesPerS))
                        return "netTxBytesPerS: array expected";
                    for (let i = 0; i < message.netTxBytesPerS.length; ++i)
                        if (!$util.isInteger(message.netTxBytesPerS[i]) && !(message.netTxBytesPerS[i] && $util.isInteger(message.netTxBytesPerS[i].low) && $util.isInteger(message.netTxBytesPerS[i].high)))
                            return "netTxBytesPerS: integer|Long[] expected";
                }
                if (message.temperatureDeciC != null && $Object.hasOwnProperty.call(message, "temperatureDeciC")) {
                    if (!$Array.isArray(message.temperatureDeciC))
                        return "temperatureDeciC: array expected";
                    for (let i = 0; i < message.temperatureDeciC.length; ++i)
                        if (!$util.isInteger(message.temperatureDeciC[i]) && !(message.temperatureDeciC[i] && $util.isInteger(message.temperatureDeciC[i].low) && $util.isInteger(message.temperatureDeciC[i].high)))
                            return "temperatureDeciC: integer|Long[] expected";
                }
                if (message.noTemperature != null && $Object.hasOwnProperty.call(message, "noTemperature")) {
                    if (!$Array.isArray(message.noTemperature))
                        return "noTemperature: array expected";
                    for (let i = 0; i < message.noTemperature.length; ++i)
                        if (!$util.isInteger(message.noTemperature[i]))
                            return "noTemperature: integer[] expected";
                }
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS")) {
                    if (!$Array.isArray(message.uptimeS))
                        return "uptimeS: array expected";
                    for (let i = 0; i < message.uptimeS.length; ++i)
                        if (!$util.isInteger(message.uptimeS[i]) && !(message.uptimeS[i] && $util.isInteger(message.uptimeS[i].low) && $util.isInteger(message.uptimeS[i].high)))
                            return "uptimeS: integer|Long[] expected";
                }
                if (message.disks != null && $Object.hasOwnProperty.call(message, "disks")) {
                    if (!$Array.isArray(message.disks))
                        return "disks: array expected";
                    for (let i = 0; i < message.disks.length; ++i) {
                        let error = $root.edgefleet.v1.TelemetrySeries.verify(message.disks[i], _depth + 1);
                        if (error)
                            return "disks." + error;
                    }
                }
                if (message.workloads != null && $Object.hasOwnProperty.call(message, "workloads")) {
                    if (!$Array.isArray(message.workloads))
                        return "workloads: array expected";
                    for (let i = 0; i < message.workloads.length; ++i) {
                        let error = $root.edgefleet.v1.TelemetrySeries.verify(message.workloads[i], _depth + 1);
                        if (error)
                            return "workloads." + error;
                    }
                }
                if (message.memoryUsedShift != null && $Object.hasOwnProperty.call(message, "memoryUsedShift"))
                    if (!$util.isInteger(message.memoryUsedShift))
                        return "memoryUsedShift: integer expected";
                if (message.memoryTotalShift != null && $Object.hasOwnProperty.call(message, "memoryTotalShift"))
                    if (!$util.isInteger(message.memoryTotalShift))
                        return "memoryTotalShift: integer expected";
                if (message.swapUsedShift != null && $Object.hasOwnProperty.call(message, "swapUsedShift"))
                    if (!$util.isInteger(message.swapUsedShift))
                        return "swapUsedShift: integer expected";
                if (message.swapTotalShift != null && $Object.hasOwnProperty.call(message, "swapTotalShift"))
                    if (!$util.isInteger(message.swapTotalShift))
                        return "swapTotalShift: integer expected";
                return null;
            };

            /**
             * Creates a TelemetryColumns message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.TelemetryColumns
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.TelemetryColumns} TelemetryColumns
             */
            TelemetryColumns.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.TelemetryColumns)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.TelemetryColumns: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.TelemetryColumns();
                if (object.count != null)
                    if ($Number(object.count) !== 0)
                        message.count = object.count >>> 0;
                if (object.seq) {
                    if (!$Array.isArray(object.seq))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.seq: array expected");
                    message.seq = $Array(object.seq.length);
                    for (let i = 0; i < object.seq.length; ++i)
                        if ($util.Long)
                            message.seq[i] = $util.Long.fromValue(object.seq[i], false);
                        else if (typeof object.seq[i] === "string")
                            message.seq[i] = $parseInt(object.seq[i], 10);
                        else if (typeof object.seq[i] === "number")
                            message.seq[i] = object.seq[i];
                        else if (typeof object.seq[i] === "object")
                            message.seq[i] = new $util.LongBits(object.seq[i].low >>> 0, object.seq[i].high >>> 0).toNumber();
                }
                if (object.tsMs) {
                    if (!$Array.isArray(object.tsMs))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.tsMs: array expected");
                    message.tsMs = $Array(object.tsMs.length);
                    for (let i = 0; i < object.tsMs.length; ++i)
                        if ($util.Long)
                            message.tsMs[i] = $util.Long.fromValue(object.tsMs[i], false);
                        else if (typeof object.tsMs[i] === "string")
                            message.tsMs[i] = $parseInt(object.tsMs[i], 10);
                        else if (typeof object.tsMs[i] === "number")
                            message.tsMs[i] = object.tsMs[i];
                        else if (typeof object.tsMs[i] === "object")
                            message.tsMs[i] = new $util.LongBits(object.tsMs[i].low >>> 0, object.tsMs[i].high >>> 0).toNumber();
                }
                if (object.cpuPermille) {
                    if (!$Array.isArray(object.cpuPermille))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.cpuPermille: array expected");
                    message.cpuPermille = $Array(object.cpuPermille.length);
                    for (let i = 0; i < object.cpuPermille.length; ++i)
                        if ($util.Long)
                            message.cpuPermille[i] = $util.Long.fromValue(object.cpuPermille[i], false);
                        else if (typeof object.cpuPermille[i] === "string")
                            message.cpuPermille[i] = $parseInt(object.cpuPermille[i], 10);
                        else if (typeof object.cpuPermille[i] === "number")
                            message.cpuPermille[i] = object.cpuPermille[i];
                        else if (typeof object.cpuPermille[i] === "object")
                            message.cpuPermille[i] = new $util.LongBits(object.cpuPermille[i].low >>> 0, object.cpuPermille[i].high >>> 0).toNumber();
                }
                if (object.load1Centi) {
                    if (!$Array.isArray(object.load1Centi))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.load1Centi: array expected");
                    message.load1Centi = $Array(object.load1Centi.length);
                    for (let i = 0; i < object.load1Centi.length; ++i)
                        if ($util.Long)
                            message.load1Centi[i] = $util.Long.fromValue(object.load1Centi[i], false);
                        else if (typeof object.load1Centi[i] === "string")
                            message.load1Centi[i] = $parseInt(object.load1Centi[i], 10);
                        else if (typeof object.load1Centi[i] === "number")
                            message.load1Centi[i] = object.load1Centi[i];
                        else if (typeof object.load1Centi[i] === "object")
                            message.load1Centi[i] = new $util.LongBits(object.load1Centi[i].low >>> 0, object.load1Centi[i].high >>> 0).toNumber();
                }
                if (object.memoryUsed) {
                    if (!$Array.isArray(object.memoryUsed))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.memoryUsed: array expected");
                    message.memoryUsed = $Array(object.memoryUsed.length);
                    for (let i = 0; i < object.memoryUsed.length; ++i)
                        if ($util.Long)
                            message.memoryUsed[i] = $util.Long.fromValue(object.memoryUsed[i], false);
                        else if (typeof object.memoryUsed[i] === "string")
                            message.memoryUsed[i] = $parseInt(object.memoryUsed[i], 10);
                        else if (typeof object.memoryUsed[i] === "number")
                            message.memoryUsed[i] = object.memoryUsed[i];
                        else if (typeof object.memoryUsed[i] === "object")
                            message.memoryUsed[i] = new $util.LongBits(object.memoryUsed[i].low >>> 0, object.memoryUsed[i].high >>> 0).toNumber();
                }
                if (object.memoryTotal) {
                    if (!$Array.isArray(object.memoryTotal))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.memoryTotal: array expected");
                    message.memoryTotal = $Array(object.memoryTotal.length);
                    for (let i = 0; i < object.memoryTotal.length; ++i)
                        if ($util.Long)
                            message.memoryTotal[i] = $util.Long.fromValue(object.memoryTotal[i], false);
                        else if (typeof object.memoryTotal[i] === "string")
                            message.memoryTotal[i] = $parseInt(object.memoryTotal[i], 10);
                        else if (typeof object.memoryTotal[i] === "number")
                            message.memoryTotal[i] = object.memoryTotal[i];
                        else if (typeof object.memoryTotal[i] === "object")
                            message.memoryTotal[i] = new $util.LongBits(object.memoryTotal[i].low >>> 0, object.memoryTotal[i].high >>> 0).toNumber();
                }
                if (object.swapUsed) {
                    if (!$Array.isArray(object.swapUsed))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.swapUsed: array expected");
                    message.swapUsed = $Array(object.swapUsed.length);
                    for (let i = 0; i < object.swapUsed.length; ++i)
                        if ($util.Long)
                            message.swapUsed[i] = $util.Long.fromValue(object.swapUsed[i], false);
                        else if (typeof object.swapUsed[i] === "string")
                            message.swapUsed[i] = $parseInt(object.swapUsed[i], 10);
                        else if (typeof object.swapUsed[i] === "number")
                            message.swapUsed[i] = object.swapUsed[i];
                        else if (typeof object.swapUsed[i] === "object")
                            message.swapUsed[i] = new $util.LongBits(object.swapUsed[i].low >>> 0, object.swapUsed[i].high >>> 0).toNumber();
                }
                if (object.swapTotal) {
                    if (!$Array.isArray(object.swapTotal))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.swapTotal: array expected");
                    message.swapTotal = $Array(object.swapTotal.length);
                    for (let i = 0; i < object.swapTotal.length; ++i)
                        if ($util.Long)
                            message.swapTotal[i] = $util.Long.fromValue(object.swapTotal[i], false);
                        else if (typeof object.swapTotal[i] === "string")
                            message.swapTotal[i] = $parseInt(object.swapTotal[i], 10);
                        else if (typeof object.swapTotal[i] === "number")
                            message.swapTotal[i] = object.swapTotal[i];
                        else if (typeof object.swapTotal[i] === "object")
                            message.swapTotal[i] = new $util.LongBits(object.swapTotal[i].low >>> 0, object.swapTotal[i].high >>> 0).toNumber();
                }
                if (object.netRxBytesPerS) {
                    if (!$Array.isArray(object.netRxBytesPerS))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.netRxBytesPerS: array expected");
                    message.netRxBytesPerS = $Array(object.netRxBytesPerS.length);
                    for (let i = 0; i < object.netRxBytesPerS.length; ++i)
                        if ($util.Long)
                            message.netRxBytesPerS[i] = $util.Long.fromValue(object.netRxBytesPerS[i], false);
                        else if (typeof object.netRxBytesPerS[i] === "string")
                            message.netRxBytesPerS[i] = $parseInt(object.netRxBytesPerS[i], 10);
                        else if (typeof object.netRxBytesPerS[i] === "number")
                            message.netRxBytesPerS[i] = object.netRxBytesPerS[i];
                        else if (typeof object.netRxBytesPerS[i] === "object")
                            message.netRxBytesPerS[i] = new $util.LongBits(object.netRxBytesPerS[i].low >>> 0, object.netRxBytesPerS[i].high >>> 0).toNumber();
                }
                if (object.netTxBytesPerS) {
                    if (!$Array.isArray(object.netTxBytesPerS))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.netTxBytesPerS: array expected");
                    message.netTxBytesPerS = $Array(object.netTxBytesPerS.length);
                    for (let i = 0; i < object.netTxBytesPerS.length; ++i)
                        if ($util.Long)
                            message.netTxBytesPerS[i] = $util.Long.fromValue(object.netTxBytesPerS[i], false);
                        else if (typeof object.netTxBytesPerS[i] === "string")
                            message.netTxBytesPerS[i] = $parseInt(object.netTxBytesPerS[i], 10);
                        else if (typeof object.netTxBytesPerS[i] === "number")
                            message.netTxBytesPerS[i] = object.netTxBytesPerS[i];
                        else if (typeof object.netTxBytesPerS[i] === "object")
                            message.netTxBytesPerS[i] = new $util.LongBits(object.netTxBytesPerS[i].low >>> 0, object.netTxBytesPerS[i].high >>> 0).toNumber();
                }
                if (object.temperatureDeciC) {
                    if (!$Array.isArray(object.temperatureDeciC))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.temperatureDeciC: array expected");
                    message.temperatureDeciC = $Array(object.temperatureDeciC.length);
                    for (let i = 0; i < object.temperatureDeciC.length; ++i)
                        if ($util.Long)
                            message.temperatureDeciC[i] = $util.Long.fromValue(object.temperatureDeciC[i], false);
                        else if (typeof object.temperatureDeciC[i] === "string")
                            message.temperatureDeciC[i] = $parseInt(object.temperatureDeciC[i], 10);
                        else if (typeof object.temperatureDeciC[i] === "number")
                            message.temperatureDeciC[i] = object.temperatureDeciC[i];
                        else if (typeof object.temperatureDeciC[i] === "object")
                            message.temperatureDeciC[i] = new $util.LongBits(object.temperatureDeciC[i].low >>> 0, object.temperatureDeciC[i].high >>> 0).toNumber();
                }
                if (object.noTemperature) {
                    if (!$Array.isArray(object.noTemperature))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.noTemperature: array expected");
                    message.noTemperature = $Array(object.noTemperature.length);
                    for (let i = 0; i < object.noTemperature.length; ++i)
                        message.noTemperature[i] = object.noTemperature[i] >>> 0;
                }
                if (object.uptimeS) {
                    if (!$Array.isArray(object.uptimeS))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.uptimeS: array expected");
                    message.uptimeS = $Array(object.uptimeS.length);
                    for (let i = 0; i < object.uptimeS.length; ++i)
                        if ($util.Long)
                            message.uptimeS[i] = $util.Long.fromValue(object.uptimeS[i], false);
                        else if (typeof object.uptimeS[i] === "string")
                            message.uptimeS[i] = $parseInt(object.uptimeS[i], 10);
                        else if (typeof object.uptimeS[i] === "number")
                            message.uptimeS[i] = object.uptimeS[i];
                        else if (typeof object.uptimeS[i] === "object")
                            message.uptimeS[i] = new $util.LongBits(object.uptimeS[i].low >>> 0, object.uptimeS[i].high >>> 0).toNumber();
                }
                if (object.disks) {
                    if (!$Array.isArray(object.disks))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.disks: array expected");
                    message.disks = $Array(object.disks.length);
                    for (let i = 0; i < object.disks.length; ++i) {
                        if (!$util.isObject(object.disks[i]))
                            throw $TypeError(".edgefleet.v1.TelemetryColumns.disks: object expected");
                        message.disks[i] = $root.edgefleet.v1.TelemetrySeries.fromObject(object.disks[i], _depth + 1);
                    }
                }
                if (object.workloads) {
                    if (!$Array.isArray(object.workloads))
                        throw $TypeError(".edgefleet.v1.TelemetryColumns.workloads: array expected");
                    message.workloads = $Array(object.workloads.length);
                    for (let i = 0; i < object.workloads.length; ++i) {
                        if (!$util.isObject(object.workloads[i]))
                            throw $TypeError(".edgefleet.v1.TelemetryColumns.workloads: object expected");
                        message.workloads[i] = $root.edgefleet.v1.TelemetrySeries.fromObject(object.workloads[i], _depth + 1);
                    }
                }
                if (object.memoryUsedShift != null)
                    if ($Number(object.memoryUsedShift) !== 0)
                        message.memoryUsedShift = object.memoryUsedShift >>> 0;
                if (object.memoryTotalShift != null)
                    if ($Number(object.memoryTotalShift) !== 0)
                        message.memoryTotalShift = object.memoryTotalShift >>> 0;
                if (object.swapUsedShift != null)
                    if ($Number(object.swapUsedShift) !== 0)
                        message.swapUsedShift = object.swapUsedShift >>> 0;
                if (object.swapTotalShift != null)
                    if ($Number(object.swapTotalShift) !== 0)
                        message.swapTotalShift = object.swapTotalShift >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TelemetryColumns message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.TelemetryColumns
             * @static
             * @param {edgefleet.v1.TelemetryColumns} message TelemetryColumns
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TelemetryColumns.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.seq = [];
                    object.tsMs = [];
                    object.cpuPermille = [];
                    object.load1Centi = [];
                    object.memoryUsed = [];
                    object.memoryTotal = [];
                    object.swapUsed = [];
                    object.swapTotal = [];
                    object.netRxBytesPerS = [];
                    object.netTxBytesPerS = [];
                    object.temperatureDeciC = [];
                    object.noTemperature = [];
                    object.uptimeS = [];
                    object.disks = [];
                    object.workloads = [];
                }
                if (options.defaults) {
                    object.count = 0;
                    object.memoryUsedShift = 0;
                    object.memoryTotalShift = 0;
                    object.swapUsedShift = 0;
                    object.swapTotalShift = 0;
                }
                if (message.count != null && $Object.hasOwnProperty.call(message, "count"))
                    object.count = message.count;
                if (message.seq && message.seq.length) {
                    object.seq = $Array(message.seq.length);
                    for (let j = 0; j < message.seq.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.seq[j] = typeof message.seq[j] === "number" ? $BigInt(message.seq[j]) : $util.Long.fromBits(message.seq[j].low >>> 0, message.seq[j].high >>> 0, false).toBigInt();
                        else if (typeof message.seq[j] === "number")
                            object.seq[j] = options.longs === $String ? $String(message.seq[j]) : message.seq[j];
                        else
                            object.seq[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.seq[j]) : options.longs === $Number ? new $util.LongBits(message.seq[j].low >>> 0, message.seq[j].high >>> 0).toNumber() : message.seq[j];
                }
                if (message.tsMs && message.tsMs.length) {
                    object.tsMs = $Array(message.tsMs.length);
                    for (let j = 0; j < message.tsMs.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.tsMs[j] = typeof message.tsMs[j] === "number" ? $BigInt(message.tsMs[j]) : $util.Long.fromBits(message.tsMs[j].low >>> 0, message.tsMs[j].high >>> 0, false).toBigInt();
                        else if (typeof message.tsMs[j] === "number")
                            object.tsMs[j] = options.longs === $String ? $String(message.tsMs[j]) : message.tsMs[j];
                        else
                            object.tsMs[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.tsMs[j]) : options.longs === $Number ? new $util.LongBits(message.tsMs[j].low >>> 0, message.tsMs[j].high >>> 0).toNumber() : message.tsMs[j];
                }
                if (message.cpuPermille && message.cpuPermille.length) {
                    object.cpuPermille = $Array(message.cpuPermille.length);
                    for (let j = 0; j < message.cpuPermille.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.cpuPermille[j] = typeof message.cpuPermille[j] === "number" ? $BigInt(message.cpuPermille[j]) : $util.Long.fromBits(message.cpuPermille[j].low >>> 0, message.cpuPermille[j].high >>> 0, false).toBigInt();
                        else if (typeof message.cpuPermille[j] === "number")
                            object.cpuPermille[j] = options.longs === $String ? $String(message.cpuPermille[j]) : message.cpuPermille[j];
                        else
                            object.cpuPermille[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.cpuPermille[j]) : options.longs === $Number ? new $util.LongBits(message.cpuPermille[j].low >>> 0, message.cpuPermille[j].high >>> 0).toNumber() : message.cpuPermille[j];
                }
                if (message.load1Centi && message.load1Centi.length) {
                    object.load1Centi = $Array(message.load1Centi.length);
                    for (let j = 0; j < message.load1Centi.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.load1Centi[j] = typeof message.load1Centi[j] === "number" ? $BigInt(message.load1Centi[j]) : $util.Long.fromBits(message.load1Centi[j].low >>> 0, message.load1Centi[j].high >>> 0, false).toBigInt();
                        else if (typeof message.load1Centi[j] === "number")
                            object.load1Centi[j] = options.longs === $String ? $String(message.load1Centi[j]) : message.load1Centi[j];
                        else
                            object.load1Centi[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.load1Centi[j]) : options.longs === $Number ? new $util.LongBits(message.load1Centi[j].low >>> 0, message.load1Centi[j].high >>> 0).toNumber() : message.load1Centi[j];
                }
                if (message.memoryUsed && message.memoryUsed.length) {
                    object.memoryUsed = $Array(message.memoryUsed.length);
                    for (let j = 0; j < message.memoryUsed.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryUsed[j] = typeof message.memoryUsed[j] === "number" ? $BigInt(message.memoryUsed[j]) : $util.Long.fromBits(message.memoryUsed[j].low >>> 0, message.memoryUsed[j].high >>> 0, false).toBigInt();
                        else if (typeof message.memoryUsed[j] === "number")
                            object.memoryUsed[j] = options.longs === $String ? $String(message.memoryUsed[j]) : message.memoryUsed[j];
                        else
                            object.memoryUsed[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryUsed[j]) : options.longs === $Number ? new $util.LongBits(message.memoryUsed[j].low >>> 0, message.memoryUsed[j].high >>> 0).toNumber() : message.memoryUsed[j];
                }
                if (message.memoryTotal && message.memoryTotal.length) {
                    object.memoryTotal = $Array(message.memoryTotal.length);
                    for (let j = 0; j < message.memoryTotal.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.memoryTotal[j] = typeof message.memoryTotal[j] === "number" ? $BigInt(message.memoryTotal[j]) : $util.Long.fromBits(message.memoryTotal[j].low >>> 0, message.memoryTotal[j].high >>> 0, false).toBigInt();
                        else if (typeof message.memoryTotal[j] === "number")
                            object.memoryTotal[j] = options.longs === $String ? $String(message.memoryTotal[j]) : message.memoryTotal[j];
                        else
                            object.memoryTotal[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryTotal[j]) : options.longs === $Number ? new $util.LongBits(message.memoryTotal[j].low >>> 0, message.memoryTotal[j].high >>> 0).toNumber() : message.memoryTotal[j];
                }
                if (message.swapUsed && message.swapUsed.length) {
                    object.swapUsed = $Array(message.swapUsed.length);
                    for (let j = 0; j < message.swapUsed.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.swapUsed[j] = typeof message.swapUsed[j] === "number" ? $BigInt(message.swapUsed[j]) : $util.Long.fromBits(message.swapUsed[j].low >>> 0, message.swapUsed[j].high >>> 0, false).toBigInt();
                        else if (typeof message.swapUsed[j] === "number")
                            object.swapUsed[j] = options.longs === $String ? $String(message.swapUsed[j]) : message.swapUsed[j];
                        else
                            object.swapUsed[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.swapUsed[j]) : options.longs === $Number ? new $util.LongBits(message.swapUsed[j].low >>> 0, message.swapUsed[j].high >>> 0).toNumber() : message.swapUsed[j];
                }
                if (message.swapTotal && message.swapTotal.length) {
                    object.swapTotal = $Array(message.swapTotal.length);
                    for (let j = 0; j < message.swapTotal.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.swapTotal[j] = typeof message.swapTotal[j] === "number" ? $BigInt(message.swapTotal[j]) : $util.Long.fromBits(message.swapTotal[j].low >>> 0, message.swapTotal[j].high >>> 0, false).toBigInt();
                        else if (typeof message.swapTotal[j] === "number")
                            object.swapTotal[j] = options.longs === $String ? $String(message.swapTotal[j]) : message.swapTotal[j];
                        else
                            object.swapTotal[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.swapTotal[j]) : options.longs === $Number ? new $util.LongBits(message.swapTotal[j].low >>> 0, message.swapTotal[j].high >>> 0).toNumber() : message.swapTotal[j];
                }
                if (message.netRxBytesPerS && message.netRxBytesPerS.length) {
                    object.netRxBytesPerS = $Array(message.netRxBytesPerS.length);
                    for (let j = 0; j < message.netRxBytesPerS.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.netRxBytesPerS[j] = typeof message.netRxBytesPerS[j] === "number" ? $BigInt(message.netRxBytesPerS[j]) : $util.Long.fromBits(message.netRxBytesPerS[j].low >>> 0, message.netRxBytesPerS[j].high >>> 0, false).toBigInt();
                        else if (typeof message.netRxBytesPerS[j] === "number")
                            object.netRxBytesPerS[j] = options.longs === $String ? $String(message.netRxBytesPerS[j]) : message.netRxBytesPerS[j];
                        else
                            object.netRxBytesPerS[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.netRxBytesPerS[j]) : options.longs === $Number ? new $util.LongBits(message.netRxBytesPerS[j].low >>> 0, message.netRxBytesPerS[j].high >>> 0).toNumber() : message.netRxBytesPerS[j];
                }
                if (message.netTxBytesPerS && message.netTxBytesPerS.length) {
                    object.netTxBytesPerS = $Array(message.netTxBytesPerS.length);
                    for (let j = 0; j < message.netTxBytesPerS.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.netTxBytesPerS[j] = typeof message.netTxBytesPerS[j] === "number" ? $BigInt(message.netTxBytesPerS[j]) : $util.Long.fromBits(message.netTxBytesPerS[j].low >>> 0, message.netTxBytesPerS[j].high >>> 0, false).toBigInt();
                        else if (typeof message.netTxBytesPerS[j] === "number")
                            object.netTxBytesPerS[j] = options.longs === $String ? $String(message.netTxBytesPerS[j]) : message.netTxBytesPerS[j];
                        else
                            object.netTxBytesPerS[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.netTxBytesPerS[j]) : options.longs === $Number ? new $util.LongBits(message.netTxBytesPerS[j].low >>> 0, message.netTxBytesPerS[j].high >>> 0).toNumber() : message.netTxBytesPerS[j];
                }
                if (message.temperatureDeciC && message.temperatureDeciC.length) {
                    object.temperatureDeciC = $Array(message.temperatureDeciC.length);
                    for (let j = 0; j < message.temperatureDeciC.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.temperatureDeciC[j] = typeof message.temperatureDeciC[j] === "number" ? $BigInt(message.temperatureDeciC[j]) : $util.Long.fromBits(message.temperatureDeciC[j].low >>> 0, message.temperatureDeciC[j].high >>> 0, false).toBigInt();
                        else if (typeof message.temperatureDeciC[j] === "number")
                            object.temperatureDeciC[j] = options.longs === $String ? $String(message.temperatureDeciC[j]) : message.temperatureDeciC[j];
                        else
                            object.temperatureDeciC[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.temperatureDeciC[j]) : options.longs === $Number ? new $util.LongBits(message.temperatureDeciC[j].low >>> 0, message.temperatureDeciC[j].high >>> 0).toNumber() : message.temperatureDeciC[j];
                }
                if (message.noTemperature && message.noTemperature.length) {
                    object.noTemperature = $Array(message.noTemperature.length);
                    for (let j = 0; j < message.noTemperature.length; ++j)
                        object.noTemperature[j] = message.noTemperature[j];
                }
                if (message.uptimeS && message.uptimeS.length) {
                    object.uptimeS = $Array(message.uptimeS.length);
                    for (let j = 0; j < message.uptimeS.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.uptimeS[j] = typeof message.uptimeS[j] === "number" ? $BigInt(message.uptimeS[j]) : $util.Long.fromBits(message.uptimeS[j].low >>> 0, message.uptimeS[j].high >>> 0, false).toBigInt();
                        else if (typeof message.uptimeS[j] === "number")
                            object.uptimeS[j] = options.longs === $String ? $String(message.uptimeS[j]) : message.uptimeS[j];
                        else
                            object.uptimeS[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeS[j]) : options.longs === $Number ? new $util.LongBits(message.uptimeS[j].low >>> 0, message.uptimeS[j].high >>> 0).toNumber() : message.uptimeS[j];
                }
                if (message.disks && message.disks.length) {
                    object.disks = $Array(message.disks.length);
                    for (let j = 0; j < message.disks.length; ++j)
                        object.disks[j] = $root.edgefleet.v1.TelemetrySeries.toObject(message.disks[j], options, _depth + 1);
                }
                if (message.workloads && message.workloads.length) {
                    object.workloads = $Array(message.workloads.length);
                    for (let j = 0; j < message.workloads.length; ++j)
                        object.workloads[j] = $root.edgefleet.v1.TelemetrySeries.toObject(message.workloads[j], options, _depth + 1);
                }
                if (message.memoryUsedShift != null && $Object.hasOwnProperty.call(message, "memoryUsedShift"))
                    object.memoryUsedShift = message.memoryUsedShift;
                if (message.memoryTotalShift != null && $Object.hasOwnProperty.call(message, "memoryTotalShift"))
                    object.memoryTotalShift = message.memoryTotalShift;
                if (message.swapUsedShift != null && $Object.hasOwnProperty.call(message, "swapUsedShift"))
                    object.swapUsedShift = message.swapUsedShift;
                if (message.swapTotalShift != null && $Object.hasOwnProperty.call(message, "swapTotalShift"))
                    object.swapTotalShift = message.swapTotalShift;
                return object;
            };

            /**
             * Converts this TelemetryColumns to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.TelemetryColumns
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TelemetryColumns.prototype.toJSON = function() {
                return TelemetryColumns.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TelemetryColumns
             * @function getTypeUrl
             * @memberof edgefleet.v1.TelemetryColumns
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TelemetryColumns.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.TelemetryColumns";
            };

            return TelemetryColumns;
        })();

        v1.TelemetrySeries = (function() {

            /**
             * Properties of a TelemetrySeries.
             * @typedef {Object} edgefleet.v1.TelemetrySeries.$Properties
             * @property {string|null} [name] TelemetrySeries name
             * @property {Array.<number>|null} [absent] TelemetrySeries absent
             * @property {Array.<number>|null} [first] TelemetrySeries first
             * @property {Array.<number>|null} [second] TelemetrySeries second
             * @property {number|null} [firstShift] TelemetrySeries firstShift
             * @property {number|null} [secondShift] TelemetrySeries secondShift
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TelemetrySeries.
             * @memberof edgefleet.v1
             * @interface ITelemetrySeries
             * @augments edgefleet.v1.TelemetrySeries.$Properties
             * @deprecated Use edgefleet.v1.TelemetrySeries.$Properties instead.
             */

            /**
             * Shape of a TelemetrySeries.
             * @typedef {edgefleet.v1.TelemetrySeries.$Properties} edgefleet.v1.TelemetrySeries.$Shape
             */

            /**
             * Constructs a new TelemetrySeries.
             * @memberof edgefleet.v1
             * @classdesc Represents a TelemetrySeries.
             * @constructor
             * @param {edgefleet.v1.TelemetrySeries.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TelemetrySeries = function (properties) {
                this.absent = [];
                this.first = [];
                this.second = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TelemetrySeries name.
             * @member {string} name
             * @memberof edgefleet.v1.TelemetrySeries
             * @instance
             */
            TelemetrySeries.prototype.name = "";

            /**
             * TelemetrySeries absent.
             * @member {Array.<number>} absent
             * @memberof edgefleet.v1.TelemetrySeries
             * @instance
             */
            TelemetrySeries.prototype.absent = $util.emptyArray;

            /**
             * TelemetrySeries first.
             * @member {Array.<number>} first
             * @memberof edgefleet.v1.TelemetrySeries
             * @instance
             */
            TelemetrySeries.prototype.first = $util.emptyArray;

            /**
             * TelemetrySeries second.
             * @member {Array.<number>} second
             * @memberof edgefleet.v1.TelemetrySeries
             * @instance
             */
            TelemetrySeries.prototype.second = $util.emptyArray;

            /**
             * TelemetrySeries firstShift.
             * @member {number} firstShift
             * @memberof edgefleet.v1.TelemetrySeries
             * @instance
             */
            TelemetrySeries.prototype.firstShift = 0;

            /**
             * TelemetrySeries secondShift.
             * @member {number} secondShift
             * @memberof edgefleet.v1.TelemetrySeries
             * @instance
             */
            TelemetrySeries.prototype.secondShift = 0;

            /**
             * Creates a new TelemetrySeries instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.TelemetrySeries
             * @static
             * @param {edgefleet.v1.TelemetrySeries.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.TelemetrySeries} TelemetrySeries instance
             * @type {{
             *   (properties: edgefleet.v1.TelemetrySeries.$Shape): edgefleet.v1.TelemetrySeries & edgefleet.v1.TelemetrySeries.$Shape;
             *   (properties?: edgefleet.v1.TelemetrySeries.$Properties): edgefleet.v1.TelemetrySeries;
             * }}
             */
            TelemetrySeries.create = function(properties) {
                return new TelemetrySeries(properties);
            };

            /**
             * Encodes the specified TelemetrySeries message. Does not implicitly {@link edgefleet.v1.TelemetrySeries.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.TelemetrySeries
             * @static
             * @param {edgefleet.v1.TelemetrySeries.$Properties} message TelemetrySeries message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TelemetrySeries.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.absent != null && message.absent.length)
                    writer.uint32(/* id 2, wireType 2 =*/18).uint32s(message.absent);
                if (message.first != null && message.first.length)
                    writer.uint32(/* id 3, wireType 2 =*/26).sint64s(message.first);
                if (message.second != null && message.second.length)
                    writer.uint32(/* id 4, wireType 2 =*/34).sint64s(message.second);
                if (message.firstShift != null && $Object.hasOwnProperty.call(message, "firstShift") && message.firstShift !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.firstShift);
                if (message.secondShift != null && $Object.hasOwnProperty.call(message, "secondShift") && message.secondShift !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.secondShift);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TelemetrySeries message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.TelemetrySeries
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.TelemetrySeries & edgefleet.v1.TelemetrySeries.$Shape} TelemetrySeries
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TelemetrySeries.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.TelemetrySeries();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType === 2) {
                                if (!(message.absent && message.absent.length))
                                    message.absent = [];
                                reader.uint32s(message.absent);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.absent && message.absent.length))
                                message.absent = [];
                            message.absent.push(reader.uint32());
                            continue;
                        }
                    case 3: {
                            if (wireType === 2) {
                                if (!(message.first && message.first.length))
                                    message.first = [];
                                reader.sint64s(message.first);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.first && message.first.length))
                                message.first = [];
                            message.first.push(reader.sint64());
                            continue;
                        }
                    case 4: {
                            if (wireType === 2) {
                                if (!(message.second && message.second.length))
                                    message.second = [];
                                reader.sint64s(message.second);
                                continue;
                            }
                            if (wireType !== 0)
                                break;
                            if (!(message.second && message.second.length))
                                message.second = [];
                            message.second.push(reader.sint64());
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.firstShift = value;
                            else
                                delete message.firstShift;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.secondShift = value;
                            else
                                delete message.secondShift;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TelemetrySeries message.
             * @function verify
             * @memberof edgefleet.v1.TelemetrySeries
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TelemetrySeries.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.absent != null && $Object.hasOwnProperty.call(message, "absent")) {
                    if (!$Array.isArray(message.absent))
                        return "absent: array expected";
                    for (let i = 0; i < message.absent.length; ++i)
                        if (!$util.isInteger(message.absent[i]))
                            return "absent: integer[] expected";
                }
                if (message.first != null && $Object.hasOwnProperty.call(message, "first")) {
                    if (!$Array.isArray(message.first))
                        return "first: array expected";
                    for (let i = 0; i < message.first.length; ++i)
                        if (!$util.isInteger(message.first[i]) && !(message.first[i] && $util.isInteger(message.first[i].low) && $util.isInteger(message.first[i].high)))
                            return "first: integer|Long[] expected";
                }
                if (message.second != null && $Object.hasOwnProperty.call(message, "second")) {
                    if (!$Array.isArray(message.second))
                        return "second: array expected";
                    for (let i = 0; i < message.second.length; ++i)
                        if (!$util.isInteger(message.second[i]) && !(message.second[i] && $util.isInteger(message.second[i].low) && $util.isInteger(message.second[i].high)))
                            return "second: integer|Long[] expected";
                }
                if (message.firstShift != null && $Object.hasOwnProperty.call(message, "firstShift"))
                    if (!$util.isInteger(message.firstShift))
                        return "firstShift: integer expected";
                if (message.secondShift != null && $Object.hasOwnProperty.call(message, "secondShift"))
                    if (!$util.isInteger(message.secondShift))
                        return "secondShift: integer expected";
                return null;
            };

            /**
             * Creates a TelemetrySeries message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.TelemetrySeries
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.TelemetrySeries} TelemetrySeries
             */
            TelemetrySeries.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.TelemetrySeries)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.TelemetrySeries: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.TelemetrySeries();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.absent) {
                    if (!$Array.isArray(object.absent))
                        throw $TypeError(".edgefleet.v1.TelemetrySeries.absent: array expected");
                    message.absent = $Array(object.absent.length);
                    for (let i = 0; i < object.absent.length; ++i)
                        message.absent[i] = object.absent[i] >>> 0;
                }
                if (object.first) {
                    if (!$Array.isArray(object.first))
                        throw $TypeError(".edgefleet.v1.TelemetrySeries.first: array expected");
                    message.first = $Array(object.first.length);
                    for (let i = 0; i < object.first.length; ++i)
                        if ($util.Long)
                            message.first[i] = $util.Long.fromValue(object.first[i], false);
                        else if (typeof object.first[i] === "string")
                            message.first[i] = $parseInt(object.first[i], 10);
                        else if (typeof object.first[i] === "number")
                            message.first[i] = object.first[i];
                        else if (typeof object.first[i] === "object")
                            message.first[i] = new $util.LongBits(object.first[i].low >>> 0, object.first[i].high >>> 0).toNumber();
                }
                if (object.second) {
                    if (!$Array.isArray(object.second))
                        throw $TypeError(".edgefleet.v1.TelemetrySeries.second: array expected");
                    message.second = $Array(object.second.length);
                    for (let i = 0; i < object.second.length; ++i)
                        if ($util.Long)
                            message.second[i] = $util.Long.fromValue(object.second[i], false);
                        else if (typeof object.second[i] === "string")
                            message.second[i] = $parseInt(object.second[i], 10);
                        else if (typeof object.second[i] === "number")
                            message.second[i] = object.second[i];
                        else if (typeof object.second[i] === "object")
                            message.second[i] = new $util.LongBits(object.second[i].low >>> 0, object.second[i].high >>> 0).toNumber();
                }
                if (object.firstShift != null)
                    if ($Number(object.firstShift) !== 0)
                        message.firstShift = object.firstShift >>> 0;
                if (object.secondShift != null)
                    if ($Number(object.secondShift) !== 0)
                        message.secondShift = object.secondShift >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TelemetrySeries message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.TelemetrySeries
             * @static
             * @param {edgefleet.v1.TelemetrySeries} message TelemetrySeries
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TelemetrySeries.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.absent = [];
                    object.first = [];
                    object.second = [];
                }
                if (options.defaults) {
                    object.name = "";
                    object.firstShift = 0;
                    object.secondShift = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.absent && message.absent.length) {
                    object.absent = $Array(message.absent.length);
                    for (let j = 0; j < message.absent.length; ++j)
                        object.absent[j] = message.absent[j];
                }
                if (message.first && message.first.length) {
                    object.first = $Array(message.first.length);
                    for (let j = 0; j < message.first.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.first[j] = typeof message.first[j] === "number" ? $BigInt(message.first[j]) : $util.Long.fromBits(message.first[j].low >>> 0, message.first[j].high >>> 0, false).toBigInt();
                        else if (typeof message.first[j] === "number")
                            object.first[j] = options.longs === $String ? $String(message.first[j]) : message.first[j];
                        else
                            object.first[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.first[j]) : options.longs === $Number ? new $util.LongBits(message.first[j].low >>> 0, message.first[j].high >>> 0).toNumber() : message.first[j];
                }
                if (message.second && message.second.length) {
                    object.second = $Array(message.second.length);
                    for (let j = 0; j < message.second.length; ++j)
                        if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                            object.second[j] = typeof message.second[j] === "number" ? $BigInt(message.second[j]) : $util.Long.fromBits(message.second[j].low >>> 0, message.second[j].high >>> 0, false).toBigInt();
                        else if (typeof message.second[j] === "number")
                            object.second[j] = options.longs === $String ? $String(message.second[j]) : message.second[j];
                        else
                            object.second[j] = options.longs === $String ? $util.Long.prototype.toString.call(message.second[j]) : options.longs === $Number ? new $util.LongBits(message.second[j].low >>> 0, message.second[j].high >>> 0).toNumber() : message.second[j];
                }
                if (message.firstShift != null && $Object.hasOwnProperty.call(message, "firstShift"))
                    object.firstShift = message.firstShift;
                if (message.secondShift != null && $Object.hasOwnProperty.call(message, "secondShift"))
                    object.secondShift = message.secondShift;
                return object;
            };

            /**
             * Converts this TelemetrySeries to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.TelemetrySeries
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TelemetrySeries.prototype.toJSON = function() {
                return TelemetrySeries.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TelemetrySeries
             * @function getTypeUrl
             * @memberof edgefleet.v1.TelemetrySeries
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TelemetrySeries.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.TelemetrySeries";
            };

            return TelemetrySeries;
        })();

        v1.TelemetrySample = (function() {

            /**
             * Properties of a TelemetrySample.
             * @typedef {Object} edgefleet.v1.TelemetrySample.$Properties
             * @property {number|null} [seq] TelemetrySample seq
             * @property {number|null} [tsMs] TelemetrySample tsMs
             * @property {number|null} [cpuPercent] TelemetrySample cpuPercent
             * @property {number|null} [load1] TelemetrySample load1
             * @property {number|null} [memoryUsedBytes] TelemetrySample memoryUsedBytes
             * @property {number|null} [memoryTotalBytes] TelemetrySample memoryTotalBytes
             * @property {number|null} [swapUsedBytes] TelemetrySample swapUsedBytes
             * @property {number|null} [swapTotalBytes] TelemetrySample swapTotalBytes
             * @property {Array.<edgefleet.v1.DiskUsage.$Properties>|null} [disks] TelemetrySample disks
             * @property {number|null} [netRxBytesPerS] TelemetrySample netRxBytesPerS
             * @property {number|null} [netTxBytesPerS] TelemetrySample netTxBytesPerS
             * @property {number|null} [temperatureC] TelemetrySample temperatureC
             * @property {boolean|null} [hasTemperature] TelemetrySample hasTemperature
             * @property {number|null} [uptimeS] TelemetrySample uptimeS
             * @property {Array.<edgefleet.v1.WorkloadUsage.$Properties>|null} [workloads] TelemetrySample workloads
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TelemetrySample.
             * @memberof edgefleet.v1
             * @interface ITelemetrySample
             * @augments edgefleet.v1.TelemetrySample.$Properties
             * @deprecated Use edgefleet.v1.TelemetrySample.$Properties instead.
             */

            /**
             * Shape of a TelemetrySample.
             * @typedef {edgefleet.v1.TelemetrySample.$Properties} edgefleet.v1.TelemetrySample.$Shape
             */

            /**
             * Constructs a new TelemetrySample.
             * @memberof edgefleet.v1
             * @classdesc Represents a TelemetrySample.
             * @constructor
             * @param {edgefleet.v1.TelemetrySample.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TelemetrySample = function (properties) {
                this.disks = [];
                this.workloads = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TelemetrySample seq.
             * @member {number} seq
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetrySample tsMs.
             * @member {number} tsMs
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.tsMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetrySample cpuPercent.
             * @member {number} cpuPercent
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.cpuPercent = 0;

            /**
             * TelemetrySample load1.
             * @member {number} load1
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.load1 = 0;

            /**
             * TelemetrySample memoryUsedBytes.
             * @member {number} memoryUsedBytes
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.memoryUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetrySample memoryTotalBytes.
             * @member {number} memoryTotalBytes
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.memoryTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetrySample swapUsedBytes.
             * @member {number} swapUsedBytes
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.swapUsedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetrySample swapTotalBytes.
             * @member {number} swapTotalBytes
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.swapTotalBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetrySample disks.
             * @member {Array.<edgefleet.v1.DiskUsage.$Properties>} disks
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.disks = $util.emptyArray;

            /**
             * TelemetrySample netRxBytesPerS.
             * @member {number} netRxBytesPerS
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.netRxBytesPerS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetrySample netTxBytesPerS.
             * @member {number} netTxBytesPerS
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.netTxBytesPerS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetrySample temperatureC.
             * @member {number} temperatureC
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.temperatureC = 0;

            /**
             * TelemetrySample hasTemperature.
             * @member {boolean} hasTemperature
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.hasTemperature = false;

            /**
             * TelemetrySample uptimeS.
             * @member {number} uptimeS
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.uptimeS = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * TelemetrySample workloads.
             * @member {Array.<edgefleet.v1.WorkloadUsage.$Properties>} workloads
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             */
            TelemetrySample.prototype.workloads = $util.emptyArray;

            /**
             * Creates a new TelemetrySample instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.TelemetrySample
             * @static
             * @param {edgefleet.v1.TelemetrySample.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.TelemetrySample} TelemetrySample instance
             * @type {{
             *   (properties: edgefleet.v1.TelemetrySample.$Shape): edgefleet.v1.TelemetrySample & edgefleet.v1.TelemetrySample.$Shape;
             *   (properties?: edgefleet.v1.TelemetrySample.$Properties): edgefleet.v1.TelemetrySample;
             * }}
             */
            TelemetrySample.create = function(properties) {
                return new TelemetrySample(properties);
            };

            /**
             * Encodes the specified TelemetrySample message. Does not implicitly {@link edgefleet.v1.TelemetrySample.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.TelemetrySample
             * @static
             * @param {edgefleet.v1.TelemetrySample.$Properties} message TelemetrySample message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TelemetrySample.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs") && (typeof message.tsMs === "object" ? message.tsMs.low || message.tsMs.high : message.tsMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.tsMs);
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent") && !$Object.is(message.cpuPercent, 0))
                    writer.uint32(/* id 3, wireType 5 =*/29).float(message.cpuPercent);
                if (message.load1 != null && $Object.hasOwnProperty.call(message, "load1") && !$Object.is(message.load1, 0))
                    writer.uint32(/* id 4, wireType 5 =*/37).float(message.load1);
                if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes") && (typeof message.memoryUsedBytes === "object" ? message.memoryUsedBytes.low || message.memoryUsedBytes.high : message.memoryUsedBytes !== 0))
                    writer.uint32(/* id 5, wireType 0 =*/40).uint64(message.memoryUsedBytes);
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes") && (typeof message.memoryTotalBytes === "object" ? message.memoryTotalBytes.low || message.memoryTotalBytes.high : message.memoryTotalBytes !== 0))
                    writer.uint32(/* id 6, wireType 0 =*/48).uint64(message.memoryTotalBytes);
                if (message.swapUsedBytes != null && $Object.hasOwnProperty.call(message, "swapUsedBytes") && (typeof message.swapUsedBytes === "object" ? message.swapUsedBytes.low || message.swapUsedBytes.high : message.swapUsedBytes !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.swapUsedBytes);
                if (message.swapTotalBytes != null && $Object.hasOwnProperty.call(message, "swapTotalBytes") && (typeof message.swapTotalBytes === "object" ? message.swapTotalBytes.low || message.swapTotalBytes.high : message.swapTotalBytes !== 0))
                    writer.uint32(/* id 8, wireType 0 =*/64).uint64(message.swapTotalBytes);
                if (message.disks != null && message.disks.length)
                    for (let i = 0; i < message.disks.length; ++i)
                        $root.edgefleet.v1.DiskUsage.encode(message.disks[i], writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.netRxBytesPerS != null && $Object.hasOwnProperty.call(message, "netRxBytesPerS") && (typeof message.netRxBytesPerS === "object" ? message.netRxBytesPerS.low || message.netRxBytesPerS.high : message.netRxBytesPerS !== 0))
                    writer.uint32(/* id 10, wireType 0 =*/80).uint64(message.netRxBytesPerS);
                if (message.netTxBytesPerS != null && $Object.hasOwnProperty.call(message, "netTxBytesPerS") && (typeof message.netTxBytesPerS === "object" ? message.netTxBytesPerS.low || message.netTxBytesPerS.high : message.netTxBytesPerS !== 0))
                    writer.uint32(/* id 11, wireType 0 =*/88).uint64(message.netTxBytesPerS);
                if (message.temperatureC != null && $Object.hasOwnProperty.call(message, "temperatureC") && !$Object.is(message.temperatureC, 0))
                    writer.uint32(/* id 12, wireType 5 =*/101).float(message.temperatureC);
                if (message.hasTemperature != null && $Object.hasOwnProperty.call(message, "hasTemperature") && message.hasTemperature !== false)
                    writer.uint32(/* id 13, wireType 0 =*/104).bool(message.hasTemperature);
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS") && (typeof message.uptimeS === "object" ? message.uptimeS.low || message.uptimeS.high : message.uptimeS !== 0))
                    writer.uint32(/* id 14, wireType 0 =*/112).uint64(message.uptimeS);
                if (message.workloads != null && message.workloads.length)
                    for (let i = 0; i < message.workloads.length; ++i)
                        $root.edgefleet.v1.WorkloadUsage.encode(message.workloads[i], writer.uint32(/* id 15, wireType 2 =*/122).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TelemetrySample message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.TelemetrySample
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.TelemetrySample & edgefleet.v1.TelemetrySample.$Shape} TelemetrySample
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TelemetrySample.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.TelemetrySample();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tsMs = value;
                            else
                                delete message.tsMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.cpuPercent = value;
                            else
                                delete message.cpuPercent;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.load1 = value;
                            else
                                delete message.load1;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryUsedBytes = value;
                            else
                                delete message.memoryUsedBytes;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryTotalBytes = value;
                            else
                                delete message.memoryTotalBytes;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.swapUsedBytes = value;
                            else
                                delete message.swapUsedBytes;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.swapTotalBytes = value;
                            else
                                delete message.swapTotalBytes;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            if (!(message.disks && message.disks.length))
                                message.disks = [];
                            message.disks.push($root.edgefleet.v1.DiskUsage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 10: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.netRxBytesPerS = value;
                            else
                                delete message.netRxBytesPerS;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.netTxBytesPerS = value;
                            else
                                delete message.netTxBytesPerS;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.temperatureC = value;
                            else
                                delete message.temperatureC;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hasTemperature = value;
                            else
                                delete message.hasTemperature;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.uptimeS = value;
                            else
                                delete message.uptimeS;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 2)
                                break;
                            if (!(message.workloads && message.workloads.length))
                                message.workloads = [];
                            message.workloads.push($root.edgefleet.v1.WorkloadUsage.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TelemetrySample message.
             * @function verify
             * @memberof edgefleet.v1.TelemetrySample
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TelemetrySample.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (!$util.isInteger(message.tsMs) && !(message.tsMs && $util.isInteger(message.tsMs.low) && $util.isInteger(message.tsMs.high)))
                        return "tsMs: integer|Long expected";
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                    if (typeof message.cpuPercent !== "number")
                        return "cpuPercent: number expected";
                if (message.load1 != null && $Object.hasOwnProperty.call(message, "load1"))
                    if (typeof message.load1 !== "number")
                        return "load1: number expected";
                if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes"))
                    if (!$util.isInteger(message.memoryUsedBytes) && !(message.memoryUsedBytes && $util.isInteger(message.memoryUsedBytes.low) && $util.isInteger(message.memoryUsedBytes.high)))
                        return "memoryUsedBytes: integer|Long expected";
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                    if (!$util.isInteger(message.memoryTotalBytes) && !(message.memoryTotalBytes && $util.isInteger(message.memoryTotalBytes.low) && $util.isInteger(message.memoryTotalBytes.high)))
                        return "memoryTotalBytes: integer|Long expected";
                if (message.swapUsedBytes != null && $Object.hasOwnProperty.call(message, "swapUsedBytes"))
                    if (!$util.isInteger(message.swapUsedBytes) && !(message.swapUsedBytes && $util.isInteger(message.swapUsedBytes.low) && $util.isInteger(message.swapUsedBytes.high)))
                        return "swapUsedBytes: integer|Long expected";
                if (message.swapTotalBytes != null && $Object.hasOwnProperty.call(message, "swapTotalBytes"))
                    if (!$util.isInteger(message.swapTotalBytes) && !(message.swapTotalBytes && $util.isInteger(message.swapTotalBytes.low) && $util.isInteger(message.swapTotalBytes.high)))
                        return "swapTotalBytes: integer|Long expected";
                if (message.disks != null && $Object.hasOwnProperty.call(message, "disks")) {
                    if (!$Array.isArray(message.disks))
                        return "disks: array expected";
                    for (let i = 0; i < message.disks.length; ++i) {
                        let error = $root.edgefleet.v1.DiskUsage.verify(message.disks[i], _depth + 1);
                        if (error)
                            return "disks." + error;
                    }
                }
                if (message.netRxBytesPerS != null && $Object.hasOwnProperty.call(message, "netRxBytesPerS"))
                    if (!$util.isInteger(message.netRxBytesPerS) && !(message.netRxBytesPerS && $util.isInteger(message.netRxBytesPerS.low) && $util.isInteger(message.netRxBytesPerS.high)))
                        return "netRxBytesPerS: integer|Long expected";
                if (message.netTxBytesPerS != null && $Object.hasOwnProperty.call(message, "netTxBytesPerS"))
                    if (!$util.isInteger(message.netTxBytesPerS) && !(message.netTxBytesPerS && $util.isInteger(message.netTxBytesPerS.low) && $util.isInteger(message.netTxBytesPerS.high)))
                        return "netTxBytesPerS: integer|Long expected";
                if (message.temperatureC != null && $Object.hasOwnProperty.call(message, "temperatureC"))
                    if (typeof message.temperatureC !== "number")
                        return "temperatureC: number expected";
                if (message.hasTemperature != null && $Object.hasOwnProperty.call(message, "hasTemperature"))
                    if (typeof message.hasTemperature !== "boolean")
                        return "hasTemperature: boolean expected";
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                    if (!$util.isInteger(message.uptimeS) && !(message.uptimeS && $util.isInteger(message.uptimeS.low) && $util.isInteger(message.uptimeS.high)))
                        return "uptimeS: integer|Long expected";
                if (message.workloads != null && $Object.hasOwnProperty.call(message, "workloads")) {
                    if (!$Array.isArray(message.workloads))
                        return "workloads: array expected";
                    for (let i = 0; i < message.workloads.length; ++i) {
                        let error = $root.edgefleet.v1.WorkloadUsage.verify(message.workloads[i], _depth + 1);
                        if (error)
                            return "workloads." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a TelemetrySample message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.TelemetrySample
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.TelemetrySample} TelemetrySample
             */
            TelemetrySample.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.TelemetrySample)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.TelemetrySample: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.TelemetrySample();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.tsMs != null)
                    if (typeof object.tsMs === "object" ? object.tsMs.low || object.tsMs.high : $Number(object.tsMs) !== 0)
                        if ($util.Long)
                            message.tsMs = $util.Long.fromValue(object.tsMs, true);
                        else if (typeof object.tsMs === "string")
                            message.tsMs = $parseInt(object.tsMs, 10);
                        else if (typeof object.tsMs === "number")
                            message.tsMs = object.tsMs;
                        else if (typeof object.tsMs === "object")
                            message.tsMs = new $util.LongBits(object.tsMs.low >>> 0, object.tsMs.high >>> 0).toNumber(true);
                if (object.cpuPercent != null)
                    if (!$Object.is($Number(object.cpuPercent), 0))
                        message.cpuPercent = $Number(object.cpuPercent);
                if (object.load1 != null)
                    if (!$Object.is($Number(object.load1), 0))
                        message.load1 = $Number(object.load1);
                if (object.memoryUsedBytes != null)
                    if (typeof object.memoryUsedBytes === "object" ? object.memoryUsedBytes.low || object.memoryUsedBytes.high : $Number(object.memoryUsedBytes) !== 0)
                        if ($util.Long)
                            message.memoryUsedBytes = $util.Long.fromValue(object.memoryUsedBytes, true);
                        else if (typeof object.memoryUsedBytes === "string")
                            message.memoryUsedBytes = $parseInt(object.memoryUsedBytes, 10);
                        else if (typeof object.memoryUsedBytes === "number")
                            message.memoryUsedBytes = object.memoryUsedBytes;
                        else if (typeof object.memoryUsedBytes === "object")
                            message.memoryUsedBytes = new $util.LongBits(object.memoryUsedBytes.low >>> 0, object.memoryUsedBytes.high >>> 0).toNumber(true);
                if (object.memoryTotalBytes != null)
                    if (typeof object.memoryTotalBytes === "object" ? object.memoryTotalBytes.low || object.memoryTotalBytes.high : $Number(object.memoryTotalBytes) !== 0)
                        if ($util.Long)
                            message.memoryTotalBytes = $util.Long.fromValue(object.memoryTotalBytes, true);
                        else if (typeof object.memoryTotalBytes === "string")
                            message.memoryTotalBytes = $parseInt(object.memoryTotalBytes, 10);
                        else if (typeof object.memoryTotalBytes === "number")
                            message.memoryTotalBytes = object.memoryTotalBytes;
                        else if (typeof object.memoryTotalBytes === "object")
                            message.memoryTotalBytes = new $util.LongBits(object.memoryTotalBytes.low >>> 0, object.memoryTotalBytes.high >>> 0).toNumber(true);
                if (object.swapUsedBytes != null)
                    if (typeof object.swapUsedBytes === "object" ? object.swapUsedBytes.low || object.swapUsedBytes.high : $Number(object.swapUsedBytes) !== 0)
                        if ($util.Long)
                            message.swapUsedBytes = $util.Long.fromValue(object.swapUsedBytes, true);
                        else if (typeof object.swapUsedBytes === "string")
                            message.swapUsedBytes = $parseInt(object.swapUsedBytes, 10);
                        else if (typeof object.swapUsedBytes === "number")
                            message.swapUsedBytes = object.swapUsedBytes;
                        else if (typeof object.swapUsedBytes === "object")
                            message.swapUsedBytes = new $util.LongBits(object.swapUsedBytes.low >>> 0, object.swapUsedBytes.high >>> 0).toNumber(true);
                if (object.swapTotalBytes != null)
                    if (typeof object.swapTotalBytes === "object" ? object.swapTotalBytes.low || object.swapTotalBytes.high : $Number(object.swapTotalBytes) !== 0)
                        if ($util.Long)
                            message.swapTotalBytes = $util.Long.fromValue(object.swapTotalBytes, true);
                        else if (typeof object.swapTotalBytes === "string")
                            message.swapTotalBytes = $parseInt(object.swapTotalBytes, 10);
                        else if (typeof object.swapTotalBytes === "number")
                            message.swapTotalBytes = object.swapTotalBytes;
                        else if (typeof object.swapTotalBytes === "object")
                            message.swapTotalBytes = new $util.LongBits(object.swapTotalBytes.low >>> 0, object.swapTotalBytes.high >>> 0).toNumber(true);
                if (object.disks) {
                    if (!$Array.isArray(object.disks))
                        throw $TypeError(".edgefleet.v1.TelemetrySample.disks: array expected");
                    message.disks = $Array(object.disks.length);
                    for (let i = 0; i < object.disks.length; ++i) {
                        if (!$util.isObject(object.disks[i]))
                            throw $TypeError(".edgefleet.v1.TelemetrySample.disks: object expected");
                        message.disks[i] = $root.edgefleet.v1.DiskUsage.fromObject(object.disks[i], _depth + 1);
                    }
                }
                if (object.netRxBytesPerS != null)
                    if (typeof object.netRxBytesPerS === "object" ? object.netRxBytesPerS.low || object.netRxBytesPerS.high : $Number(object.netRxBytesPerS) !== 0)
                        if ($util.Long)
                            message.netRxBytesPerS = $util.Long.fromValue(object.netRxBytesPerS, true);
                        else if (typeof object.netRxBytesPerS === "string")
                            message.netRxBytesPerS = $parseInt(object.netRxBytesPerS, 10);
                        else if (typeof object.netRxBytesPerS === "number")
                            message.netRxBytesPerS = object.netRxBytesPerS;
                        else if (typeof object.netRxBytesPerS === "object")
                            message.netRxBytesPerS = new $util.LongBits(object.netRxBytesPerS.low >>> 0, object.netRxBytesPerS.high >>> 0).toNumber(true);
                if (object.netTxBytesPerS != null)
                    if (typeof object.netTxBytesPerS === "object" ? object.netTxBytesPerS.low || object.netTxBytesPerS.high : $Number(object.netTxBytesPerS) !== 0)
                        if ($util.Long)
                            message.netTxBytesPerS = $util.Long.fromValue(object.netTxBytesPerS, true);
                        else if (typeof object.netTxBytesPerS === "string")
                            message.netTxBytesPerS = $parseInt(object.netTxBytesPerS, 10);
                        else if (typeof object.netTxBytesPerS === "number")
                            message.netTxBytesPerS = object.netTxBytesPerS;
                        else if (typeof object.netTxBytesPerS === "object")
                            message.netTxBytesPerS = new $util.LongBits(object.netTxBytesPerS.low >>> 0, object.netTxBytesPerS.high >>> 0).toNumber(true);
                if (object.temperatureC != null)
                    if (!$Object.is($Number(object.temperatureC), 0))
                        message.temperatureC = $Number(object.temperatureC);
                if (object.hasTemperature != null)
                    if (object.hasTemperature)
                        message.hasTemperature = $Boolean(object.hasTemperature);
                if (object.uptimeS != null)
                    if (typeof object.uptimeS === "object" ? object.uptimeS.low || object.uptimeS.high : $Number(object.uptimeS) !== 0)
                        if ($util.Long)
                            message.uptimeS = $util.Long.fromValue(object.uptimeS, true);
                        else if (typeof object.uptimeS === "string")
                            message.uptimeS = $parseInt(object.uptimeS, 10);
                        else if (typeof object.uptimeS === "number")
                            message.uptimeS = object.uptimeS;
                        else if (typeof object.uptimeS === "object")
                            message.uptimeS = new $util.LongBits(object.uptimeS.low >>> 0, object.uptimeS.high >>> 0).toNumber(true);
                if (object.workloads) {
                    if (!$Array.isArray(object.workloads))
                        throw $TypeError(".edgefleet.v1.TelemetrySample.workloads: array expected");
                    message.workloads = $Array(object.workloads.length);
                    for (let i = 0; i < object.workloads.length; ++i) {
                        if (!$util.isObject(object.workloads[i]))
                            throw $TypeError(".edgefleet.v1.TelemetrySample.workloads: object expected");
                        message.workloads[i] = $root.edgefleet.v1.WorkloadUsage.fromObject(object.workloads[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a TelemetrySample message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.TelemetrySample
             * @static
             * @param {edgefleet.v1.TelemetrySample} message TelemetrySample
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TelemetrySample.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.disks = [];
                    object.workloads = [];
                }
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.tsMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tsMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.cpuPercent = 0;
                    object.load1 = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryUsedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryUsedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.swapUsedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.swapUsedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.swapTotalBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.swapTotalBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.netRxBytesPerS = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.netRxBytesPerS = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.netTxBytesPerS = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.netTxBytesPerS = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.temperatureC = 0;
                    object.hasTemperature = false;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.uptimeS = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.uptimeS = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tsMs = typeof message.tsMs === "number" ? $BigInt(message.tsMs) : $util.Long.fromBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0, true).toBigInt();
                    else if (typeof message.tsMs === "number")
                        object.tsMs = options.longs === $String ? $String(message.tsMs) : message.tsMs;
                    else
                        object.tsMs = options.longs === $String ? $util.Long.prototype.toString.call(message.tsMs) : options.longs === $Number ? new $util.LongBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0).toNumber(true) : message.tsMs;
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                    object.cpuPercent = options.json && !$isFinite(message.cpuPercent) ? $String(message.cpuPercent) : message.cpuPercent;
                if (message.load1 != null && $Object.hasOwnProperty.call(message, "load1"))
                    object.load1 = options.json && !$isFinite(message.load1) ? $String(message.load1) : message.load1;
                if (message.memoryUsedBytes != null && $Object.hasOwnProperty.call(message, "memoryUsedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryUsedBytes = typeof message.memoryUsedBytes === "number" ? $BigInt(message.memoryUsedBytes) : $util.Long.fromBits(message.memoryUsedBytes.low >>> 0, message.memoryUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryUsedBytes === "number")
                        object.memoryUsedBytes = options.longs === $String ? $String(message.memoryUsedBytes) : message.memoryUsedBytes;
                    else
                        object.memoryUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryUsedBytes) : options.longs === $Number ? new $util.LongBits(message.memoryUsedBytes.low >>> 0, message.memoryUsedBytes.high >>> 0).toNumber(true) : message.memoryUsedBytes;
                if (message.memoryTotalBytes != null && $Object.hasOwnProperty.call(message, "memoryTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryTotalBytes = typeof message.memoryTotalBytes === "number" ? $BigInt(message.memoryTotalBytes) : $util.Long.fromBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryTotalBytes === "number")
                        object.memoryTotalBytes = options.longs === $String ? $String(message.memoryTotalBytes) : message.memoryTotalBytes;
                    else
                        object.memoryTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryTotalBytes) : options.longs === $Number ? new $util.LongBits(message.memoryTotalBytes.low >>> 0, message.memoryTotalBytes.high >>> 0).toNumber(true) : message.memoryTotalBytes;
                if (message.swapUsedBytes != null && $Object.hasOwnProperty.call(message, "swapUsedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.swapUsedBytes = typeof message.swapUsedBytes === "number" ? $BigInt(message.swapUsedBytes) : $util.Long.fromBits(message.swapUsedBytes.low >>> 0, message.swapUsedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.swapUsedBytes === "number")
                        object.swapUsedBytes = options.longs === $String ? $String(message.swapUsedBytes) : message.swapUsedBytes;
                    else
                        object.swapUsedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.swapUsedBytes) : options.longs === $Number ? new $util.LongBits(message.swapUsedBytes.low >>> 0, message.swapUsedBytes.high >>> 0).toNumber(true) : message.swapUsedBytes;
                if (message.swapTotalBytes != null && $Object.hasOwnProperty.call(message, "swapTotalBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.swapTotalBytes = typeof message.swapTotalBytes === "number" ? $BigInt(message.swapTotalBytes) : $util.Long.fromBits(message.swapTotalBytes.low >>> 0, message.swapTotalBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.swapTotalBytes === "number")
                        object.swapTotalBytes = options.longs === $String ? $String(message.swapTotalBytes) : message.swapTotalBytes;
                    else
                        object.swapTotalBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.swapTotalBytes) : options.longs === $Number ? new $util.LongBits(message.swapTotalBytes.low >>> 0, message.swapTotalBytes.high >>> 0).toNumber(true) : message.swapTotalBytes;
                if (message.disks && message.disks.length) {
                    object.disks = $Array(message.disks.length);
                    for (let j = 0; j < message.disks.length; ++j)
                        object.disks[j] = $root.edgefleet.v1.DiskUsage.toObject(message.disks[j], options, _depth + 1);
                }
                if (message.netRxBytesPerS != null && $Object.hasOwnProperty.call(message, "netRxBytesPerS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.netRxBytesPerS = typeof message.netRxBytesPerS === "number" ? $BigInt(message.netRxBytesPerS) : $util.Long.fromBits(message.netRxBytesPerS.low >>> 0, message.netRxBytesPerS.high >>> 0, true).toBigInt();
                    else if (typeof message.netRxBytesPerS === "number")
                        object.netRxBytesPerS = options.longs === $String ? $String(message.netRxBytesPerS) : message.netRxBytesPerS;
                    else
                        object.netRxBytesPerS = options.longs === $String ? $util.Long.prototype.toString.call(message.netRxBytesPerS) : options.longs === $Number ? new $util.LongBits(message.netRxBytesPerS.low >>> 0, message.netRxBytesPerS.high >>> 0).toNumber(true) : message.netRxBytesPerS;
                if (message.netTxBytesPerS != null && $Object.hasOwnProperty.call(message, "netTxBytesPerS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.netTxBytesPerS = typeof message.netTxBytesPerS === "number" ? $BigInt(message.netTxBytesPerS) : $util.Long.fromBits(message.netTxBytesPerS.low >>> 0, message.netTxBytesPerS.high >>> 0, true).toBigInt();
                    else if (typeof message.netTxBytesPerS === "number")
                        object.netTxBytesPerS = options.longs === $String ? $String(message.netTxBytesPerS) : message.netTxBytesPerS;
                    else
                        object.netTxBytesPerS = options.longs === $String ? $util.Long.prototype.toString.call(message.netTxBytesPerS) : options.longs === $Number ? new $util.LongBits(message.netTxBytesPerS.low >>> 0, message.netTxBytesPerS.high >>> 0).toNumber(true) : message.netTxBytesPerS;
                if (message.temperatureC != null && $Object.hasOwnProperty.call(message, "temperatureC"))
                    object.temperatureC = options.json && !$isFinite(message.temperatureC) ? $String(message.temperatureC) : message.temperatureC;
                if (message.hasTemperature != null && $Object.hasOwnProperty.call(message, "hasTemperature"))
                    object.hasTemperature = message.hasTemperature;
                if (message.uptimeS != null && $Object.hasOwnProperty.call(message, "uptimeS"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.uptimeS = typeof message.uptimeS === "number" ? $BigInt(message.uptimeS) : $util.Long.fromBits(message.uptimeS.low >>> 0, message.uptimeS.high >>> 0, true).toBigInt();
                    else if (typeof message.uptimeS === "number")
                        object.uptimeS = options.longs === $String ? $String(message.uptimeS) : message.uptimeS;
                    else
                        object.uptimeS = options.longs === $String ? $util.Long.prototype.toString.call(message.uptimeS) : options.longs === $Number ? new $util.LongBits(message.uptimeS.low >>> 0, message.uptimeS.high >>> 0).toNumber(true) : message.uptimeS;
                if (message.workloads && message.workloads.length) {
                    object.workloads = $Array(message.workloads.length);
                    for (let j = 0; j < message.workloads.length; ++j)
                        object.workloads[j] = $root.edgefleet.v1.WorkloadUsage.toObject(message.workloads[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this TelemetrySample to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.TelemetrySample
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TelemetrySample.prototype.toJSON = function() {
                return TelemetrySample.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TelemetrySample
             * @function getTypeUrl
             * @memberof edgefleet.v1.TelemetrySample
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TelemetrySample.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.TelemetrySample";
            };

            return TelemetrySample;
        })();

        v1.DiskUsage = (function() {

            /**
             * Properties of a DiskUsage.
             * @typedef {Object} edgefleet.v1.DiskUsage.$Properties
             * @property {string|null} [mount] DiskUsage mount
             * @property {number|null} [usedBytes] DiskUsage usedBytes
             * @property {number|null} [sizeBytes] DiskUsage sizeBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DiskUsage.
             * @memberof edgefleet.v1
             * @interface IDiskUsage
             * @augments edgefleet.v1.DiskUsage.$Properties
             * @deprecated Use edgefleet.v1.DiskUsage.$Properties instead.
             */

            /**
             * Shape of a DiskUsage.
             * @typedef {edgefleet.v1.DiskUsage.$Properties} edgefleet.v1.DiskUsage.$Shape
             */

            /**
             * Constructs a new DiskUsage.
             * @memberof edgefleet.v1
             * @classdesc Represents a DiskUsage.
             * @constructor
             * @param {edgefleet.v1.DiskUsage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DiskUsage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DiskUsage mount.
             * @member {string} mount
             * @memberof edgefleet.v1.DiskUsage
             * @instance
             */
            DiskUsage.prototype.mount = "";

            /**
             * DiskUsage usedBytes.
             * @member {number} usedBytes
             * @memberof edgefleet.v1.DiskUsage
             * @instance
             */
            DiskUsage.prototype.usedBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DiskUsage sizeBytes.
             * @member {number} sizeBytes
             * @memberof edgefleet.v1.DiskUsage
             * @instance
             */
            DiskUsage.prototype.sizeBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new DiskUsage instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.DiskUsage
             * @static
             * @param {edgefleet.v1.DiskUsage.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.DiskUsage} DiskUsage instance
             * @type {{
             *   (properties: edgefleet.v1.DiskUsage.$Shape): edgefleet.v1.DiskUsage & edgefleet.v1.DiskUsage.$Shape;
             *   (properties?: edgefleet.v1.DiskUsage.$Properties): edgefleet.v1.DiskUsage;
             * }}
             */
            DiskUsage.create = function(properties) {
                return new DiskUsage(properties);
            };

            /**
             * Encodes the specified DiskUsage message. Does not implicitly {@link edgefleet.v1.DiskUsage.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.DiskUsage
             * @static
             * @param {edgefleet.v1.DiskUsage.$Properties} message DiskUsage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DiskUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.mount != null && $Object.hasOwnProperty.call(message, "mount") && message.mount !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.mount);
                if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes") && (typeof message.usedBytes === "object" ? message.usedBytes.low || message.usedBytes.high : message.usedBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.usedBytes);
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes") && (typeof message.sizeBytes === "object" ? message.sizeBytes.low || message.sizeBytes.high : message.sizeBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sizeBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DiskUsage message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.DiskUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.DiskUsage & edgefleet.v1.DiskUsage.$Shape} DiskUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DiskUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.DiskUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mount = value;
                            else
                                delete message.mount;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.usedBytes = value;
                            else
                                delete message.usedBytes;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sizeBytes = value;
                            else
                                delete message.sizeBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DiskUsage message.
             * @function verify
             * @memberof edgefleet.v1.DiskUsage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DiskUsage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.mount != null && $Object.hasOwnProperty.call(message, "mount"))
                    if (!$util.isString(message.mount))
                        return "mount: string expected";
                if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes"))
                    if (!$util.isInteger(message.usedBytes) && !(message.usedBytes && $util.isInteger(message.usedBytes.low) && $util.isInteger(message.usedBytes.high)))
                        return "usedBytes: integer|Long expected";
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (!$util.isInteger(message.sizeBytes) && !(message.sizeBytes && $util.isInteger(message.sizeBytes.low) && $util.isInteger(message.sizeBytes.high)))
                        return "sizeBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a DiskUsage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.DiskUsage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.DiskUsage} DiskUsage
             */
            DiskUsage.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.DiskUsage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.DiskUsage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.DiskUsage();
                if (object.mount != null)
                    if (typeof object.mount !== "string" || object.mount.length)
                        message.mount = $String(object.mount);
                if (object.usedBytes != null)
                    if (typeof object.usedBytes === "object" ? object.usedBytes.low || object.usedBytes.high : $Number(object.usedBytes) !== 0)
                        if ($util.Long)
                            message.usedBytes = $util.Long.fromValue(object.usedBytes, true);
                        else if (typeof object.usedBytes === "string")
                            message.usedBytes = $parseInt(object.usedBytes, 10);
                        else if (typeof object.usedBytes === "number")
                            message.usedBytes = object.usedBytes;
                        else if (typeof object.usedBytes === "object")
                            message.usedBytes = new $util.LongBits(object.usedBytes.low >>> 0, object.usedBytes.high >>> 0).toNumber(true);
                if (object.sizeBytes != null)
                    if (typeof object.sizeBytes === "object" ? object.sizeBytes.low || object.sizeBytes.high : $Number(object.sizeBytes) !== 0)
                        if ($util.Long)
                            message.sizeBytes = $util.Long.fromValue(object.sizeBytes, true);
                        else if (typeof object.sizeBytes === "string")
                            message.sizeBytes = $parseInt(object.sizeBytes, 10);
                        else if (typeof object.sizeBytes === "number")
                            message.sizeBytes = object.sizeBytes;
                        else if (typeof object.sizeBytes === "object")
                            message.sizeBytes = new $util.LongBits(object.sizeBytes.low >>> 0, object.sizeBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a DiskUsage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.DiskUsage
             * @static
             * @param {edgefleet.v1.DiskUsage} message DiskUsage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DiskUsage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.mount = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.usedBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.usedBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sizeBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sizeBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.mount != null && $Object.hasOwnProperty.call(message, "mount"))
                    object.mount = message.mount;
                if (message.usedBytes != null && $Object.hasOwnProperty.call(message, "usedBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.usedBytes = typeof message.usedBytes === "number" ? $BigInt(message.usedBytes) : $util.Long.fromBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.usedBytes === "number")
                        object.usedBytes = options.longs === $String ? $String(message.usedBytes) : message.usedBytes;
                    else
                        object.usedBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.usedBytes) : options.longs === $Number ? new $util.LongBits(message.usedBytes.low >>> 0, message.usedBytes.high >>> 0).toNumber(true) : message.usedBytes;
                if (message.sizeBytes != null && $Object.hasOwnProperty.call(message, "sizeBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sizeBytes = typeof message.sizeBytes === "number" ? $BigInt(message.sizeBytes) : $util.Long.fromBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.sizeBytes === "number")
                        object.sizeBytes = options.longs === $String ? $String(message.sizeBytes) : message.sizeBytes;
                    else
                        object.sizeBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.sizeBytes) : options.longs === $Number ? new $util.LongBits(message.sizeBytes.low >>> 0, message.sizeBytes.high >>> 0).toNumber(true) : message.sizeBytes;
                return object;
            };

            /**
             * Converts this DiskUsage to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.DiskUsage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DiskUsage.prototype.toJSON = function() {
                return DiskUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DiskUsage
             * @function getTypeUrl
             * @memberof edgefleet.v1.DiskUsage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DiskUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.DiskUsage";
            };

            return DiskUsage;
        })();

        v1.WorkloadUsage = (function() {

            /**
             * Properties of a WorkloadUsage.
             * @typedef {Object} edgefleet.v1.WorkloadUsage.$Properties
             * @property {string|null} [name] WorkloadUsage name
             * @property {number|null} [cpuPercent] WorkloadUsage cpuPercent
             * @property {number|null} [memoryBytes] WorkloadUsage memoryBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkloadUsage.
             * @memberof edgefleet.v1
             * @interface IWorkloadUsage
             * @augments edgefleet.v1.WorkloadUsage.$Properties
             * @deprecated Use edgefleet.v1.WorkloadUsage.$Properties instead.
             */

            /**
             * Shape of a WorkloadUsage.
             * @typedef {edgefleet.v1.WorkloadUsage.$Properties} edgefleet.v1.WorkloadUsage.$Shape
             */

            /**
             * Constructs a new WorkloadUsage.
             * @memberof edgefleet.v1
             * @classdesc Represents a WorkloadUsage.
             * @constructor
             * @param {edgefleet.v1.WorkloadUsage.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkloadUsage = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkloadUsage name.
             * @member {string} name
             * @memberof edgefleet.v1.WorkloadUsage
             * @instance
             */
            WorkloadUsage.prototype.name = "";

            /**
             * WorkloadUsage cpuPercent.
             * @member {number} cpuPercent
             * @memberof edgefleet.v1.WorkloadUsage
             * @instance
             */
            WorkloadUsage.prototype.cpuPercent = 0;

            /**
             * WorkloadUsage memoryBytes.
             * @member {number} memoryBytes
             * @memberof edgefleet.v1.WorkloadUsage
             * @instance
             */
            WorkloadUsage.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new WorkloadUsage instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.WorkloadUsage
             * @static
             * @param {edgefleet.v1.WorkloadUsage.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.WorkloadUsage} WorkloadUsage instance
             * @type {{
             *   (properties: edgefleet.v1.WorkloadUsage.$Shape): edgefleet.v1.WorkloadUsage & edgefleet.v1.WorkloadUsage.$Shape;
             *   (properties?: edgefleet.v1.WorkloadUsage.$Properties): edgefleet.v1.WorkloadUsage;
             * }}
             */
            WorkloadUsage.create = function(properties) {
                return new WorkloadUsage(properties);
            };

            /**
             * Encodes the specified WorkloadUsage message. Does not implicitly {@link edgefleet.v1.WorkloadUsage.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.WorkloadUsage
             * @static
             * @param {edgefleet.v1.WorkloadUsage.$Properties} message WorkloadUsage message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkloadUsage.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent") && !$Object.is(message.cpuPercent, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.cpuPercent);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.memoryBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkloadUsage message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.WorkloadUsage
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.WorkloadUsage & edgefleet.v1.WorkloadUsage.$Shape} WorkloadUsage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkloadUsage.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.WorkloadUsage();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.cpuPercent = value;
                            else
                                delete message.cpuPercent;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a WorkloadUsage message.
             * @function verify
             * @memberof edgefleet.v1.WorkloadUsage
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkloadUsage.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                    if (typeof message.cpuPercent !== "number")
                        return "cpuPercent: number expected";
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a WorkloadUsage message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.WorkloadUsage
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.WorkloadUsage} WorkloadUsage
             */
            WorkloadUsage.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.WorkloadUsage)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.WorkloadUsage: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.WorkloadUsage();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.cpuPercent != null)
                    if (!$Object.is($Number(object.cpuPercent), 0))
                        message.cpuPercent = $Number(object.cpuPercent);
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a WorkloadUsage message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.WorkloadUsage
             * @static
             * @param {edgefleet.v1.WorkloadUsage} message WorkloadUsage
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkloadUsage.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.cpuPercent = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.cpuPercent != null && $Object.hasOwnProperty.call(message, "cpuPercent"))
                    object.cpuPercent = options.json && !$isFinite(message.cpuPercent) ? $String(message.cpuPercent) : message.cpuPercent;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                return object;
            };

            /**
             * Converts this WorkloadUsage to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.WorkloadUsage
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkloadUsage.prototype.toJSON = function() {
                return WorkloadUsage.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkloadUsage
             * @function getTypeUrl
             * @memberof edgefleet.v1.WorkloadUsage
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkloadUsage.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.WorkloadUsage";
            };

            return WorkloadUsage;
        })();

        v1.EventBatch = (function() {

            /**
             * Properties of an EventBatch.
             * @typedef {Object} edgefleet.v1.EventBatch.$Properties
             * @property {string|null} [nodeId] EventBatch nodeId
             * @property {string|null} [bootId] EventBatch bootId
             * @property {Array.<edgefleet.v1.Event.$Properties>|null} [events] EventBatch events
             * @property {number|null} [dropped] EventBatch dropped
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EventBatch.
             * @memberof edgefleet.v1
             * @interface IEventBatch
             * @augments edgefleet.v1.EventBatch.$Properties
             * @deprecated Use edgefleet.v1.EventBatch.$Properties instead.
             */

            /**
             * Shape of an EventBatch.
             * @typedef {edgefleet.v1.EventBatch.$Properties} edgefleet.v1.EventBatch.$Shape
             */

            /**
             * Constructs a new EventBatch.
             * @memberof edgefleet.v1
             * @classdesc Represents an EventBatch.
             * @constructor
             * @param {edgefleet.v1.EventBatch.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EventBatch = function (properties) {
                this.events = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EventBatch nodeId.
             * @member {string} nodeId
             * @memberof edgefleet.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.nodeId = "";

            /**
             * EventBatch bootId.
             * @member {string} bootId
             * @memberof edgefleet.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.bootId = "";

            /**
             * EventBatch events.
             * @member {Array.<edgefleet.v1.Event.$Properties>} events
             * @memberof edgefleet.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.events = $util.emptyArray;

            /**
             * EventBatch dropped.
             * @member {number} dropped
             * @memberof edgefleet.v1.EventBatch
             * @instance
             */
            EventBatch.prototype.dropped = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new EventBatch instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.EventBatch
             * @static
             * @param {edgefleet.v1.EventBatch.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.EventBatch} EventBatch instance
             * @type {{
             *   (properties: edgefleet.v1.EventBatch.$Shape): edgefleet.v1.EventBatch & edgefleet.v1.EventBatch.$Shape;
             *   (properties?: edgefleet.v1.EventBatch.$Properties): edgefleet.v1.EventBatch;
             * }}
             */
            EventBatch.create = function(properties) {
                return new EventBatch(properties);
            };

            /**
             * Encodes the specified EventBatch message. Does not implicitly {@link edgefleet.v1.EventBatch.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.EventBatch
             * @static
             * @param {edgefleet.v1.EventBatch.$Properties} message EventBatch message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EventBatch.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId") && message.bootId !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.bootId);
                if (message.events != null && message.events.length)
                    for (let i = 0; i < message.events.length; ++i)
                        $root.edgefleet.v1.Event.encode(message.events[i], writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped") && (typeof message.dropped === "object" ? message.dropped.low || message.dropped.high : message.dropped !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.dropped);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EventBatch message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.EventBatch
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.EventBatch & edgefleet.v1.EventBatch.$Shape} EventBatch
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EventBatch.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.EventBatch();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.bootId = value;
                            else
                                delete message.bootId;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.events && message.events.length))
                                message.events = [];
                            message.events.push($root.edgefleet.v1.Event.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.dropped = value;
                            else
                                delete message.dropped;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an EventBatch message.
             * @function verify
             * @memberof edgefleet.v1.EventBatch
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EventBatch.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    if (!$util.isString(message.bootId))
                        return "bootId: string expected";
                if (message.events != null && $Object.hasOwnProperty.call(message, "events")) {
                    if (!$Array.isArray(message.events))
                        return "events: array expected";
                    for (let i = 0; i < message.events.length; ++i) {
                        let error = $root.edgefleet.v1.Event.verify(message.events[i], _depth + 1);
                        if (error)
                            return "events." + error;
                    }
                }
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                    if (!$util.isInteger(message.dropped) && !(message.dropped && $util.isInteger(message.dropped.low) && $util.isInteger(message.dropped.high)))
                        return "dropped: integer|Long expected";
                return null;
            };

            /**
             * Creates an EventBatch message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.EventBatch
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.EventBatch} EventBatch
             */
            EventBatch.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.EventBatch)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.EventBatch: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.EventBatch();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.bootId != null)
                    if (typeof object.bootId !== "string" || object.bootId.length)
                        message.bootId = $String(object.bootId);
                if (object.events) {
                    if (!$Array.isArray(object.events))
                        throw $TypeError(".edgefleet.v1.EventBatch.events: array expected");
                    message.events = $Array(object.events.length);
                    for (let i = 0; i < object.events.length; ++i) {
                        if (!$util.isObject(object.events[i]))
                            throw $TypeError(".edgefleet.v1.EventBatch.events: object expected");
                        message.events[i] = $root.edgefleet.v1.Event.fromObject(object.events[i], _depth + 1);
                    }
                }
                if (object.dropped != null)
                    if (typeof object.dropped === "object" ? object.dropped.low || object.dropped.high : $Number(object.dropped) !== 0)
                        if ($util.Long)
                            message.dropped = $util.Long.fromValue(object.dropped, true);
                        else if (typeof object.dropped === "string")
                            message.dropped = $parseInt(object.dropped, 10);
                        else if (typeof object.dropped === "number")
                            message.dropped = object.dropped;
                        else if (typeof object.dropped === "object")
                            message.dropped = new $util.LongBits(object.dropped.low >>> 0, object.dropped.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from an EventBatch message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.EventBatch
             * @static
             * @param {edgefleet.v1.EventBatch} message EventBatch
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EventBatch.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.events = [];
                if (options.defaults) {
                    object.nodeId = "";
                    object.bootId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.dropped = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.dropped = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.bootId != null && $Object.hasOwnProperty.call(message, "bootId"))
                    object.bootId = message.bootId;
                if (message.events && message.events.length) {
                    object.events = $Array(message.events.length);
                    for (let j = 0; j < message.events.length; ++j)
                        object.events[j] = $root.edgefleet.v1.Event.toObject(message.events[j], options, _depth + 1);
                }
                if (message.dropped != null && $Object.hasOwnProperty.call(message, "dropped"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.dropped = typeof message.dropped === "number" ? $BigInt(message.dropped) : $util.Long.fromBits(message.dropped.low >>> 0, message.dropped.high >>> 0, true).toBigInt();
                    else if (typeof message.dropped === "number")
                        object.dropped = options.longs === $String ? $String(message.dropped) : message.dropped;
                    else
                        object.dropped = options.longs === $String ? $util.Long.prototype.toString.call(message.dropped) : options.longs === $Number ? new $util.LongBits(message.dropped.low >>> 0, message.dropped.high >>> 0).toNumber(true) : message.dropped;
                return object;
            };

            /**
             * Converts this EventBatch to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.EventBatch
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EventBatch.prototype.toJSON = function() {
                return EventBatch.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EventBatch
             * @function getTypeUrl
             * @memberof edgefleet.v1.EventBatch
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EventBatch.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.EventBatch";
            };

            return EventBatch;
        })();

        /**
         * Severity enum.
         * @name edgefleet.v1.Severity
         * @enum {number}
         * @property {number} SEVERITY_UNSPECIFIED=0 SEVERITY_UNSPECIFIED value
         * @property {number} SEVERITY_INFO=1 SEVERITY_INFO value
         * @property {number} SEVERITY_WARNING=2 SEVERITY_WARNING value
         * @property {number} SEVERITY_ERROR=3 SEVERITY_ERROR value
         */
        v1.Severity = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "SEVERITY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "SEVERITY_INFO"] = 1;
            values[valuesById[2] = "SEVERITY_WARNING"] = 2;
            values[valuesById[3] = "SEVERITY_ERROR"] = 3;
            return values;
        })();

        v1.Event = (function() {

            /**
             * Properties of an Event.
             * @typedef {Object} edgefleet.v1.Event.$Properties
             * @property {number|null} [seq] Event seq
             * @property {number|null} [tsMs] Event tsMs
             * @property {string|null} [type] Event type
             * @property {edgefleet.v1.Severity|null} [severity] Event severity
             * @property {string|null} [workload] Event workload
             * @property {string|null} [reason] Event reason
             * @property {string|null} [message] Event message
             * @property {Object.<string,string>|null} [attributes] Event attributes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an Event.
             * @memberof edgefleet.v1
             * @interface IEvent
             * @augments edgefleet.v1.Event.$Properties
             * @deprecated Use edgefleet.v1.Event.$Properties instead.
             */

            /**
             * Shape of an Event.
             * @typedef {edgefleet.v1.Event.$Properties} edgefleet.v1.Event.$Shape
             */

            /**
             * Constructs a new Event.
             * @memberof edgefleet.v1
             * @classdesc Represents an Event.
             * @constructor
             * @param {edgefleet.v1.Event.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Event = function (properties) {
                this.attributes = {};
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Event seq.
             * @member {number} seq
             * @memberof edgefleet.v1.Event
             * @instance
             */
            Event.prototype.seq = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event tsMs.
             * @member {number} tsMs
             * @memberof edgefleet.v1.Event
             * @instance
             */
            Event.prototype.tsMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Event type.
             * @member {string} type
             * @memberof edgefleet.v1.Event
             * @instance
             */
            Event.prototype.type = "";

            /**
             * Event severity.
             * @member {edgefleet.v1.Severity} severity
             * @memberof edgefleet.v1.Event
             * @instance
             */
            Event.prototype.severity = 0;

            /**
             * Event workload.
             * @member {string} workload
             * @memberof edgefleet.v1.Event
             * @instance
             */
            Event.prototype.workload = "";

            /**
             * Event reason.
             * @member {string} reason
             * @memberof edgefleet.v1.Event
             * @instance
             */
            Event.prototype.reason = "";

            /**
             * Event message.
             * @member {string} message
             * @memberof edgefleet.v1.Event
             * @instance
             */
            Event.prototype.message = "";

            /**
             * Event attributes.
             * @member {Object.<string,string>} attributes
             * @memberof edgefleet.v1.Event
             * @instance
             */
            Event.prototype.attributes = $util.emptyObject;

            /**
             * Creates a new Event instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.Event
             * @static
             * @param {edgefleet.v1.Event.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.Event} Event instance
             * @type {{
             *   (properties: edgefleet.v1.Event.$Shape): edgefleet.v1.Event & edgefleet.v1.Event.$Shape;
             *   (properties?: edgefleet.v1.Event.$Properties): edgefleet.v1.Event;
             * }}
             */
            Event.create = function(properties) {
                return new Event(properties);
            };

            /**
             * Encodes the specified Event message. Does not implicitly {@link edgefleet.v1.Event.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.Event
             * @static
             * @param {edgefleet.v1.Event.$Properties} message Event message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Event.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && (typeof message.seq === "object" ? message.seq.low || message.seq.high : message.seq !== 0))
                    writer.uint32(/* id 1, wireType 0 =*/8).uint64(message.seq);
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs") && (typeof message.tsMs === "object" ? message.tsMs.low || message.tsMs.high : message.tsMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.tsMs);
                if (message.type != null && $Object.hasOwnProperty.call(message, "type") && message.type !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.type);
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity") && message.severity !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).int32(message.severity);
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.workload);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 6, wireType 2 =*/50).string(message.reason);
                if (message.message != null && $Object.hasOwnProperty.call(message, "message") && message.message !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.message);
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes"))
                    for (let keys = $Object.keys(message.attributes), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 8, wireType 2 =*/66).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.attributes[keys[i]]).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an Event message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.Event
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.Event & edgefleet.v1.Event.$Shape} Event
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Event.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.Event();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.tsMs = value;
                            else
                                delete message.tsMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.type = value;
                            else
                                delete message.type;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.severity = value;
                            else
                                delete message.severity;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.message = value;
                            else
                                delete message.message;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if (message.attributes === $util.emptyObject)
                                message.attributes = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.attributes, key);
                            message.attributes[key] = value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an Event message.
             * @function verify
             * @memberof edgefleet.v1.Event
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Event.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq) && !(message.seq && $util.isInteger(message.seq.low) && $util.isInteger(message.seq.high)))
                        return "seq: integer|Long expected";
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (!$util.isInteger(message.tsMs) && !(message.tsMs && $util.isInteger(message.tsMs.low) && $util.isInteger(message.tsMs.high)))
                        return "tsMs: integer|Long expected";
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    if (!$util.isString(message.type))
                        return "type: string expected";
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    if (typeof message.severity !== "number" || (message.severity | 0) !== message.severity)
                        return "severity: enum value expected";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    if (!$util.isString(message.message))
                        return "message: string expected";
                if (message.attributes != null && $Object.hasOwnProperty.call(message, "attributes")) {
                    if (!$util.isObject(message.attributes))
                        return "attributes: object expected";
                    let key = $Object.keys(message.attributes);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.attributes[key[i]]))
                            return "attributes: string{k:string} expected";
                }
                return null;
            };

            /**
             * Creates an Event message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.Event
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.Event} Event
             */
            Event.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.Event)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.Event: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.Event();
                if (object.seq != null)
                    if (typeof object.seq === "object" ? object.seq.low || object.seq.high : $Number(object.seq) !== 0)
                        if ($util.Long)
                            message.seq = $util.Long.fromValue(object.seq, true);
                        else if (typeof object.seq === "string")
                            message.seq = $parseInt(object.seq, 10);
                        else if (typeof object.seq === "number")
                            message.seq = object.seq;
                        else if (typeof object.seq === "object")
                            message.seq = new $util.LongBits(object.seq.low >>> 0, object.seq.high >>> 0).toNumber(true);
                if (object.tsMs != null)
                    if (typeof object.tsMs === "object" ? object.tsMs.low || object.tsMs.high : $Number(object.tsMs) !== 0)
                        if ($util.Long)
                            message.tsMs = $util.Long.fromValue(object.tsMs, true);
                        else if (typeof object.tsMs === "string")
                            message.tsMs = $parseInt(object.tsMs, 10);
                        else if (typeof object.tsMs === "number")
                            message.tsMs = object.tsMs;
                        else if (typeof object.tsMs === "object")
                            message.tsMs = new $util.LongBits(object.tsMs.low >>> 0, object.tsMs.high >>> 0).toNumber(true);
                if (object.type != null)
                    if (typeof object.type !== "string" || object.type.length)
                        message.type = $String(object.type);
                if (object.severity !== 0 && (typeof object.severity !== "string" || $root.edgefleet.v1.Severity[object.severity] !== 0))
                    switch (object.severity) {
                    case "SEVERITY_UNSPECIFIED":
                    case 0:
                        message.severity = 0;
                        break;
                    case "SEVERITY_INFO":
                    case 1:
                        message.severity = 1;
                        break;
                    case "SEVERITY_WARNING":
                    case 2:
                        message.severity = 2;
                        break;
                    case "SEVERITY_ERROR":
                    case 3:
                        message.severity = 3;
                        break;
                    default:
                        if (typeof object.severity === "number" && (object.severity | 0) === object.severity)
                            message.severity = object.severity;
                    }
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                if (object.message != null)
                    if (typeof object.message !== "string" || object.message.length)
                        message.message = $String(object.message);
                if (object.attributes) {
                    if (!$util.isObject(object.attributes))
                        throw $TypeError(".edgefleet.v1.Event.attributes: object expected");
                    message.attributes = {};
                    for (let keys = $Object.keys(object.attributes), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.attributes, keys[i]);
                        message.attributes[keys[i]] = $String(object.attributes[keys[i]]);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from an Event message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.Event
             * @static
             * @param {edgefleet.v1.Event} message Event
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Event.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.objects || options.defaults)
                    object.attributes = {};
                if (options.defaults) {
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.seq = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.seq = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.tsMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.tsMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.type = "";
                    object.severity = options.enums === $String ? "SEVERITY_UNSPECIFIED" : 0;
                    object.workload = "";
                    object.reason = "";
                    object.message = "";
                }
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.seq = typeof message.seq === "number" ? $BigInt(message.seq) : $util.Long.fromBits(message.seq.low >>> 0, message.seq.high >>> 0, true).toBigInt();
                    else if (typeof message.seq === "number")
                        object.seq = options.longs === $String ? $String(message.seq) : message.seq;
                    else
                        object.seq = options.longs === $String ? $util.Long.prototype.toString.call(message.seq) : options.longs === $Number ? new $util.LongBits(message.seq.low >>> 0, message.seq.high >>> 0).toNumber(true) : message.seq;
                if (message.tsMs != null && $Object.hasOwnProperty.call(message, "tsMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.tsMs = typeof message.tsMs === "number" ? $BigInt(message.tsMs) : $util.Long.fromBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0, true).toBigInt();
                    else if (typeof message.tsMs === "number")
                        object.tsMs = options.longs === $String ? $String(message.tsMs) : message.tsMs;
                    else
                        object.tsMs = options.longs === $String ? $util.Long.prototype.toString.call(message.tsMs) : options.longs === $Number ? new $util.LongBits(message.tsMs.low >>> 0, message.tsMs.high >>> 0).toNumber(true) : message.tsMs;
                if (message.type != null && $Object.hasOwnProperty.call(message, "type"))
                    object.type = message.type;
                if (message.severity != null && $Object.hasOwnProperty.call(message, "severity"))
                    object.severity = options.enums === $String ? $root.edgefleet.v1.Severity[message.severity] === $undefined ? message.severity : $root.edgefleet.v1.Severity[message.severity] : message.severity;
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                if (message.message != null && $Object.hasOwnProperty.call(message, "message"))
                    object.message = message.message;
                let keys2;
                if (message.attributes && (keys2 = $Object.keys(message.attributes)).length) {
                    object.attributes = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.attributes, keys2[j]);
                        object.attributes[keys2[j]] = message.attributes[keys2[j]];
                    }
                }
                return object;
            };

            /**
             * Converts this Event to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.Event
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Event.prototype.toJSON = function() {
                return Event.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Event
             * @function getTypeUrl
             * @memberof edgefleet.v1.Event
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Event.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.Event";
            };

            return Event;
        })();

        v1.DesiredState = (function() {

            /**
             * Properties of a DesiredState.
             * @typedef {Object} edgefleet.v1.DesiredState.$Properties
             * @property {string|null} [nodeId] DesiredState nodeId
             * @property {number|null} [controllerEpoch] DesiredState controllerEpoch
             * @property {number|null} [generation] DesiredState generation
             * @property {Array.<edgefleet.v1.WorkloadInstance.$Properties>|null} [workloads] DesiredState workloads
             * @property {edgefleet.v1.NodePolicy.$Properties|null} [policy] DesiredState policy
             * @property {number|null} [telemetryIntervalMs] DesiredState telemetryIntervalMs
             * @property {number|null} [issuedAtMs] DesiredState issuedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DesiredState.
             * @memberof edgefleet.v1
             * @interface IDesiredState
             * @augments edgefleet.v1.DesiredState.$Properties
             * @deprecated Use edgefleet.v1.DesiredState.$Properties instead.
             */

            /**
             * Shape of a DesiredState.
             * @typedef {{
             *   nodeId?: string|null;
             *   controllerEpoch?: number|null;
             *   generation?: number|null;
             *   workloads?: Array.<edgefleet.v1.WorkloadInstance.$Shape>|null;
             *   policy?: edgefleet.v1.NodePolicy.$Shape|null;
             *   telemetryIntervalMs?: number|null;
             *   issuedAtMs?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} edgefleet.v1.DesiredState.$Shape
             */

            /**
             * Constructs a new DesiredState.
             * @memberof edgefleet.v1
             * @classdesc Represents a DesiredState.
             * @constructor
             * @param {edgefleet.v1.DesiredState.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DesiredState = function (properties) {
                this.workloads = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DesiredState nodeId.
             * @member {string} nodeId
             * @memberof edgefleet.v1.DesiredState
             * @instance
             */
            DesiredState.prototype.nodeId = "";

            /**
             * DesiredState controllerEpoch.
             * @member {number} controllerEpoch
             * @memberof edgefleet.v1.DesiredState
             * @instance
             */
            DesiredState.prototype.controllerEpoch = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DesiredState generation.
             * @member {number} generation
             * @memberof edgefleet.v1.DesiredState
             * @instance
             */
            DesiredState.prototype.generation = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * DesiredState workloads.
             * @member {Array.<edgefleet.v1.WorkloadInstance.$Properties>} workloads
             * @memberof edgefleet.v1.DesiredState
             * @instance
             */
            DesiredState.prototype.workloads = $util.emptyArray;

            /**
             * DesiredState policy.
             * @member {edgefleet.v1.NodePolicy.$Properties|null|undefined} policy
             * @memberof edgefleet.v1.DesiredState
             * @instance
             */
            DesiredState.prototype.policy = null;

            /**
             * DesiredState telemetryIntervalMs.
             * @member {number} telemetryIntervalMs
             * @memberof edgefleet.v1.DesiredState
             * @instance
             */
            DesiredState.prototype.telemetryIntervalMs = 0;

            /**
             * DesiredState issuedAtMs.
             * @member {number} issuedAtMs
             * @memberof edgefleet.v1.DesiredState
             * @instance
             */
            DesiredState.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new DesiredState instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.DesiredState
             * @static
             * @param {edgefleet.v1.DesiredState.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.DesiredState} DesiredState instance
             * @type {{
             *   (properties: edgefleet.v1.DesiredState.$Shape): edgefleet.v1.DesiredState & edgefleet.v1.DesiredState.$Shape;
             *   (properties?: edgefleet.v1.DesiredState.$Properties): edgefleet.v1.DesiredState;
             * }}
             */
            DesiredState.create = function(properties) {
                return new DesiredState(properties);
            };

            /**
             * Encodes the specified DesiredState message. Does not implicitly {@link edgefleet.v1.DesiredState.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.DesiredState
             * @static
             * @param {edgefleet.v1.DesiredState.$Properties} message DesiredState message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DesiredState.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId") && message.nodeId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.nodeId);
                if (message.controllerEpoch != null && $Object.hasOwnProperty.call(message, "controllerEpoch") && (typeof message.controllerEpoch === "object" ? message.controllerEpoch.low || message.controllerEpoch.high : message.controllerEpoch !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.controllerEpoch);
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation") && (typeof message.generation === "object" ? message.generation.low || message.generation.high : message.generation !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.generation);
                if (message.workloads != null && message.workloads.length)
                    for (let i = 0; i < message.workloads.length; ++i)
                        $root.edgefleet.v1.WorkloadInstance.encode(message.workloads[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    $root.edgefleet.v1.NodePolicy.encode(message.policy, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.telemetryIntervalMs != null && $Object.hasOwnProperty.call(message, "telemetryIntervalMs") && message.telemetryIntervalMs !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.telemetryIntervalMs);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 7, wireType 0 =*/56).uint64(message.issuedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DesiredState message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.DesiredState
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.DesiredState & edgefleet.v1.DesiredState.$Shape} DesiredState
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DesiredState.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.DesiredState();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.nodeId = value;
                            else
                                delete message.nodeId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.controllerEpoch = value;
                            else
                                delete message.controllerEpoch;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.generation = value;
                            else
                                delete message.generation;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.workloads && message.workloads.length))
                                message.workloads = [];
                            message.workloads.push($root.edgefleet.v1.WorkloadInstance.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.policy = $root.edgefleet.v1.NodePolicy.decode(reader, reader.size(), $undefined, _depth + 1, message.policy);
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.telemetryIntervalMs = value;
                            else
                                delete message.telemetryIntervalMs;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DesiredState message.
             * @function verify
             * @memberof edgefleet.v1.DesiredState
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DesiredState.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    if (!$util.isString(message.nodeId))
                        return "nodeId: string expected";
                if (message.controllerEpoch != null && $Object.hasOwnProperty.call(message, "controllerEpoch"))
                    if (!$util.isInteger(message.controllerEpoch) && !(message.controllerEpoch && $util.isInteger(message.controllerEpoch.low) && $util.isInteger(message.controllerEpoch.high)))
                        return "controllerEpoch: integer|Long expected";
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (!$util.isInteger(message.generation) && !(message.generation && $util.isInteger(message.generation.low) && $util.isInteger(message.generation.high)))
                        return "generation: integer|Long expected";
                if (message.workloads != null && $Object.hasOwnProperty.call(message, "workloads")) {
                    if (!$Array.isArray(message.workloads))
                        return "workloads: array expected";
                    for (let i = 0; i < message.workloads.length; ++i) {
                        let error = $root.edgefleet.v1.WorkloadInstance.verify(message.workloads[i], _depth + 1);
                        if (error)
                            return "workloads." + error;
                    }
                }
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy")) {
                    let error = $root.edgefleet.v1.NodePolicy.verify(message.policy, _depth + 1);
                    if (error)
                        return "policy." + error;
                }
                if (message.telemetryIntervalMs != null && $Object.hasOwnProperty.call(message, "telemetryIntervalMs"))
                    if (!$util.isInteger(message.telemetryIntervalMs))
                        return "telemetryIntervalMs: integer expected";
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (!$util.isInteger(message.issuedAtMs) && !(message.issuedAtMs && $util.isInteger(message.issuedAtMs.low) && $util.isInteger(message.issuedAtMs.high)))
                        return "issuedAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a DesiredState message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.DesiredState
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.DesiredState} DesiredState
             */
            DesiredState.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.DesiredState)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.DesiredState: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.DesiredState();
                if (object.nodeId != null)
                    if (typeof object.nodeId !== "string" || object.nodeId.length)
                        message.nodeId = $String(object.nodeId);
                if (object.controllerEpoch != null)
                    if (typeof object.controllerEpoch === "object" ? object.controllerEpoch.low || object.controllerEpoch.high : $Number(object.controllerEpoch) !== 0)
                        if ($util.Long)
                            message.controllerEpoch = $util.Long.fromValue(object.controllerEpoch, true);
                        else if (typeof object.controllerEpoch === "string")
                            message.controllerEpoch = $parseInt(object.controllerEpoch, 10);
                        else if (typeof object.controllerEpoch === "number")
                            message.controllerEpoch = object.controllerEpoch;
                        else if (typeof object.controllerEpoch === "object")
                            message.controllerEpoch = new $util.LongBits(object.controllerEpoch.low >>> 0, object.controllerEpoch.high >>> 0).toNumber(true);
                if (object.generation != null)
                    if (typeof object.generation === "object" ? object.generation.low || object.generation.high : $Number(object.generation) !== 0)
                        if ($util.Long)
                            message.generation = $util.Long.fromValue(object.generation, true);
                        else if (typeof object.generation === "string")
                            message.generation = $parseInt(object.generation, 10);
                        else if (typeof object.generation === "number")
                            message.generation = object.generation;
                        else if (typeof object.generation === "object")
                            message.generation = new $util.LongBits(object.generation.low >>> 0, object.generation.high >>> 0).toNumber(true);
                if (object.workloads) {
                    if (!$Array.isArray(object.workloads))
                        throw $TypeError(".edgefleet.v1.DesiredState.workloads: array expected");
                    message.workloads = $Array(object.workloads.length);
                    for (let i = 0; i < object.workloads.length; ++i) {
                        if (!$util.isObject(object.workloads[i]))
                            throw $TypeError(".edgefleet.v1.DesiredState.workloads: object expected");
                        message.workloads[i] = $root.edgefleet.v1.WorkloadInstance.fromObject(object.workloads[i], _depth + 1);
                    }
                }
                if (object.policy != null) {
                    if (!$util.isObject(object.policy))
                        throw $TypeError(".edgefleet.v1.DesiredState.policy: object expected");
                    message.policy = $root.edgefleet.v1.NodePolicy.fromObject(object.policy, _depth + 1);
                }
                if (object.telemetryIntervalMs != null)
                    if ($Number(object.telemetryIntervalMs) !== 0)
                        message.telemetryIntervalMs = object.telemetryIntervalMs >>> 0;
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, true);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a DesiredState message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.DesiredState
             * @static
             * @param {edgefleet.v1.DesiredState} message DesiredState
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DesiredState.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.workloads = [];
                if (options.defaults) {
                    object.nodeId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.controllerEpoch = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.controllerEpoch = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.generation = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.generation = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.policy = null;
                    object.telemetryIntervalMs = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.nodeId != null && $Object.hasOwnProperty.call(message, "nodeId"))
                    object.nodeId = message.nodeId;
                if (message.controllerEpoch != null && $Object.hasOwnProperty.call(message, "controllerEpoch"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.controllerEpoch = typeof message.controllerEpoch === "number" ? $BigInt(message.controllerEpoch) : $util.Long.fromBits(message.controllerEpoch.low >>> 0, message.controllerEpoch.high >>> 0, true).toBigInt();
                    else if (typeof message.controllerEpoch === "number")
                        object.controllerEpoch = options.longs === $String ? $String(message.controllerEpoch) : message.controllerEpoch;
                    else
                        object.controllerEpoch = options.longs === $String ? $util.Long.prototype.toString.call(message.controllerEpoch) : options.longs === $Number ? new $util.LongBits(message.controllerEpoch.low >>> 0, message.controllerEpoch.high >>> 0).toNumber(true) : message.controllerEpoch;
                if (message.generation != null && $Object.hasOwnProperty.call(message, "generation"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.generation = typeof message.generation === "number" ? $BigInt(message.generation) : $util.Long.fromBits(message.generation.low >>> 0, message.generation.high >>> 0, true).toBigInt();
                    else if (typeof message.generation === "number")
                        object.generation = options.longs === $String ? $String(message.generation) : message.generation;
                    else
                        object.generation = options.longs === $String ? $util.Long.prototype.toString.call(message.generation) : options.longs === $Number ? new $util.LongBits(message.generation.low >>> 0, message.generation.high >>> 0).toNumber(true) : message.generation;
                if (message.workloads && message.workloads.length) {
                    object.workloads = $Array(message.workloads.length);
                    for (let j = 0; j < message.workloads.length; ++j)
                        object.workloads[j] = $root.edgefleet.v1.WorkloadInstance.toObject(message.workloads[j], options, _depth + 1);
                }
                if (message.policy != null && $Object.hasOwnProperty.call(message, "policy"))
                    object.policy = $root.edgefleet.v1.NodePolicy.toObject(message.policy, options, _depth + 1);
                if (message.telemetryIntervalMs != null && $Object.hasOwnProperty.call(message, "telemetryIntervalMs"))
                    object.telemetryIntervalMs = message.telemetryIntervalMs;
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber(true) : message.issuedAtMs;
                return object;
            };

            /**
             * Converts this DesiredState to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.DesiredState
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DesiredState.prototype.toJSON = function() {
                return DesiredState.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DesiredState
             * @function getTypeUrl
             * @memberof edgefleet.v1.DesiredState
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DesiredState.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.DesiredState";
            };

            return DesiredState;
        })();

        v1.WorkloadInstance = (function() {

            /**
             * Properties of a WorkloadInstance.
             * @typedef {Object} edgefleet.v1.WorkloadInstance.$Properties
             * @property {string|null} [name] WorkloadInstance name
             * @property {string|null} [specHash] WorkloadInstance specHash
             * @property {edgefleet.v1.ContainerSpec.$Properties|null} [container] WorkloadInstance container
             * @property {number|null} [revision] WorkloadInstance revision
             * @property {number|null} [priority] WorkloadInstance priority
             * @property {Array.<string>|null} [dependsOn] WorkloadInstance dependsOn
             * @property {edgefleet.v1.RunWhen|null} [runWhen] WorkloadInstance runWhen
             * @property {edgefleet.v1.UpdateStrategy|null} [updateStrategy] WorkloadInstance updateStrategy
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a WorkloadInstance.
             * @memberof edgefleet.v1
             * @interface IWorkloadInstance
             * @augments edgefleet.v1.WorkloadInstance.$Properties
             * @deprecated Use edgefleet.v1.WorkloadInstance.$Properties instead.
             */

            /**
             * Shape of a WorkloadInstance.
             * @typedef {{
             *   name?: string|null;
             *   specHash?: string|null;
             *   container?: edgefleet.v1.ContainerSpec.$Shape|null;
             *   revision?: number|null;
             *   priority?: number|null;
             *   dependsOn?: Array.<string>|null;
             *   runWhen?: edgefleet.v1.RunWhen|null;
             *   updateStrategy?: edgefleet.v1.UpdateStrategy|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} edgefleet.v1.WorkloadInstance.$Shape
             */

            /**
             * Constructs a new WorkloadInstance.
             * @memberof edgefleet.v1
             * @classdesc Represents a WorkloadInstance.
             * @constructor
             * @param {edgefleet.v1.WorkloadInstance.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const WorkloadInstance = function (properties) {
                this.dependsOn = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * WorkloadInstance name.
             * @member {string} name
             * @memberof edgefleet.v1.WorkloadInstance
             * @instance
             */
            WorkloadInstance.prototype.name = "";

            /**
             * WorkloadInstance specHash.
             * @member {string} specHash
             * @memberof edgefleet.v1.WorkloadInstance
             * @instance
             */
            WorkloadInstance.prototype.specHash = "";

            /**
             * WorkloadInstance container.
             * @member {edgefleet.v1.ContainerSpec.$Properties|null|undefined} container
             * @memberof edgefleet.v1.WorkloadInstance
             * @instance
             */
            WorkloadInstance.prototype.container = null;

            /**
             * WorkloadInstance revision.
             * @member {number} revision
             * @memberof edgefleet.v1.WorkloadInstance
             * @instance
             */
            WorkloadInstance.prototype.revision = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * WorkloadInstance priority.
             * @member {number} priority
             * @memberof edgefleet.v1.WorkloadInstance
             * @instance
             */
            WorkloadInstance.prototype.priority = 0;

            /**
             * WorkloadInstance dependsOn.
             * @member {Array.<string>} dependsOn
             * @memberof edgefleet.v1.WorkloadInstance
             * @instance
             */
            WorkloadInstance.prototype.dependsOn = $util.emptyArray;

            /**
             * WorkloadInstance runWhen.
             * @member {edgefleet.v1.RunWhen} runWhen
             * @memberof edgefleet.v1.WorkloadInstance
             * @instance
             */
            WorkloadInstance.prototype.runWhen = 0;

            /**
             * WorkloadInstance updateStrategy.
             * @member {edgefleet.v1.UpdateStrategy} updateStrategy
             * @memberof edgefleet.v1.WorkloadInstance
             * @instance
             */
            WorkloadInstance.prototype.updateStrategy = 0;

            /**
             * Creates a new WorkloadInstance instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.WorkloadInstance
             * @static
             * @param {edgefleet.v1.WorkloadInstance.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.WorkloadInstance} WorkloadInstance instance
             * @type {{
             *   (properties: edgefleet.v1.WorkloadInstance.$Shape): edgefleet.v1.WorkloadInstance & edgefleet.v1.WorkloadInstance.$Shape;
             *   (properties?: edgefleet.v1.WorkloadInstance.$Properties): edgefleet.v1.WorkloadInstance;
             * }}
             */
            WorkloadInstance.create = function(properties) {
                return new WorkloadInstance(properties);
            };

            /**
             * Encodes the specified WorkloadInstance message. Does not implicitly {@link edgefleet.v1.WorkloadInstance.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.WorkloadInstance
             * @static
             * @param {edgefleet.v1.WorkloadInstance.$Properties} message WorkloadInstance message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            WorkloadInstance.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.specHash != null && $Object.hasOwnProperty.call(message, "specHash") && message.specHash !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.specHash);
                if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                    $root.edgefleet.v1.ContainerSpec.encode(message.container, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision") && (typeof message.revision === "object" ? message.revision.low || message.revision.high : message.revision !== 0))
                    writer.uint32(/* id 4, wireType 0 =*/32).uint64(message.revision);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).int32(message.priority);
                if (message.dependsOn != null && message.dependsOn.length)
                    for (let i = 0; i < message.dependsOn.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.dependsOn[i]);
                if (message.runWhen != null && $Object.hasOwnProperty.call(message, "runWhen") && message.runWhen !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).int32(message.runWhen);
                if (message.updateStrategy != null && $Object.hasOwnProperty.call(message, "updateStrategy") && message.updateStrategy !== 0)
                    writer.uint32(/* id 8, wireType 0 =*/64).int32(message.updateStrategy);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a WorkloadInstance message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.WorkloadInstance
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.WorkloadInstance & edgefleet.v1.WorkloadInstance.$Shape} WorkloadInstance
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            WorkloadInstance.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.WorkloadInstance();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.specHash = value;
                            else
                                delete message.specHash;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.container = $root.edgefleet.v1.ContainerSpec.decode(reader, reader.size(), $undefined, _depth + 1, message.container);
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.revision = value;
                            else
                                delete message.revision;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.dependsOn && message.dependsOn.length))
                                message.dependsOn = [];
                            message.dependsOn.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.runWhen = value;
                            else
                                delete message.runWhen;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.updateStrategy = value;
                            else
                                delete message.updateStrategy;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a WorkloadInstance message.
             * @function verify
             * @memberof edgefleet.v1.WorkloadInstance
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            WorkloadInstance.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.specHash != null && $Object.hasOwnProperty.call(message, "specHash"))
                    if (!$util.isString(message.specHash))
                        return "specHash: string expected";
                if (message.container != null && $Object.hasOwnProperty.call(message, "container")) {
                    let error = $root.edgefleet.v1.ContainerSpec.verify(message.container, _depth + 1);
                    if (error)
                        return "container." + error;
                }
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (!$util.isInteger(message.revision) && !(message.revision && $util.isInteger(message.revision.low) && $util.isInteger(message.revision.high)))
                        return "revision: integer|Long expected";
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (!$util.isInteger(message.priority))
                        return "priority: integer expected";
                if (message.dependsOn != null && $Object.hasOwnProperty.call(message, "dependsOn")) {
                    if (!$Array.isArray(message.dependsOn))
                        return "dependsOn: array expected";
                    for (let i = 0; i < message.dependsOn.length; ++i)
                        if (!$util.isString(message.dependsOn[i]))
                            return "dependsOn: string[] expected";
                }
                if (message.runWhen != null && $Object.hasOwnProperty.call(message, "runWhen"))
                    if (typeof message.runWhen !== "number" || (message.runWhen | 0) !== message.runWhen)
                        return "runWhen: enum value expected";
                if (message.updateStrategy != null && $Object.hasOwnProperty.call(message, "updateStrategy"))
                    if (typeof message.updateStrategy !== "number" || (message.updateStrategy | 0) !== message.updateStrategy)
                        return "updateStrategy: enum value expected";
                return null;
            };

            /**
             * Creates a WorkloadInstance message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.WorkloadInstance
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.WorkloadInstance} WorkloadInstance
             */
            WorkloadInstance.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.WorkloadInstance)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.WorkloadInstance: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.WorkloadInstance();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.specHash != null)
                    if (typeof object.specHash !== "string" || object.specHash.length)
                        message.specHash = $String(object.specHash);
                if (object.container != null) {
                    if (!$util.isObject(object.container))
                        throw $TypeError(".edgefleet.v1.WorkloadInstance.container: object expected");
                    message.container = $root.edgefleet.v1.ContainerSpec.fromObject(object.container, _depth + 1);
                }
                if (object.revision != null)
                    if (typeof object.revision === "object" ? object.revision.low || object.revision.high : $Number(object.revision) !== 0)
                        if ($util.Long)
                            message.revision = $util.Long.fromValue(object.revision, true);
                        else if (typeof object.revision === "string")
                            message.revision = $parseInt(object.revision, 10);
                        else if (typeof object.revision === "number")
                            message.revision = object.revision;
                        else if (typeof object.revision === "object")
                            message.revision = new $util.LongBits(object.revision.low >>> 0, object.revision.high >>> 0).toNumber(true);
                if (object.priority != null)
                    if ($Number(object.priority) !== 0)
                        message.priority = object.priority | 0;
                if (object.dependsOn) {
                    if (!$Array.isArray(object.dependsOn))
                        throw $TypeError(".edgefleet.v1.WorkloadInstance.dependsOn: array expected");
                    message.dependsOn = $Array(object.dependsOn.length);
                    for (let i = 0; i < object.dependsOn.length; ++i)
                        message.dependsOn[i] = $String(object.dependsOn[i]);
                }
                if (object.runWhen !== 0 && (typeof object.runWhen !== "string" || $root.edgefleet.v1.RunWhen[object.runWhen] !== 0))
                    switch (object.runWhen) {
                    case "RUN_WHEN_UNSPECIFIED":
                    case 0:
                        message.runWhen = 0;
                        break;
                    case "RUN_WHEN_ALWAYS":
                    case 1:
                        message.runWhen = 1;
                        break;
                    case "RUN_WHEN_ONLINE":
                    case 2:
                        message.runWhen = 2;
                        break;
                    case "RUN_WHEN_OFFLINE":
                    case 3:
                        message.runWhen = 3;
                        break;
                    default:
                        if (typeof object.runWhen === "number" && (object.runWhen | 0) === object.runWhen)
                            message.runWhen = object.runWhen;
                    }
                if (object.updateStrategy !== 0 && (typeof object.updateStrategy !== "string" || $root.edgefleet.v1.UpdateStrategy[object.updateStrategy] !== 0))
                    switch (object.updateStrategy) {
                    case "UPDATE_STRATEGY_UNSPECIFIED":
                    case 0:
                        message.updateStrategy = 0;
                        break;
                    case "UPDATE_STRATEGY_STOP_FIRST":
                    case 1:
                        message.updateStrategy = 1;
                        break;
                    case "UPDATE_STRATEGY_START_FIRST":
                    case 2:
                        message.updateStrategy = 2;
                        break;
                    default:
                        if (typeof object.updateStrategy === "number" && (object.updateStrategy | 0) === object.updateStrategy)
                            message.updateStrategy = object.updateStrategy;
                    }
                return message;
            };

            /**
             * Creates a plain object from a WorkloadInstance message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.WorkloadInstance
             * @static
             * @param {edgefleet.v1.WorkloadInstance} message WorkloadInstance
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            WorkloadInstance.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.dependsOn = [];
                if (options.defaults) {
                    object.name = "";
                    object.specHash = "";
                    object.container = null;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.revision = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.revision = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.priority = 0;
                    object.runWhen = options.enums === $String ? "RUN_WHEN_UNSPECIFIED" : 0;
                    object.updateStrategy = options.enums === $String ? "UPDATE_STRATEGY_UNSPECIFIED" : 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.specHash != null && $Object.hasOwnProperty.call(message, "specHash"))
                    object.specHash = message.specHash;
                if (message.container != null && $Object.hasOwnProperty.call(message, "container"))
                    object.container = $root.edgefleet.v1.ContainerSpec.toObject(message.container, options, _depth + 1);
                if (message.revision != null && $Object.hasOwnProperty.call(message, "revision"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.revision = typeof message.revision === "number" ? $BigInt(message.revision) : $util.Long.fromBits(message.revision.low >>> 0, message.revision.high >>> 0, true).toBigInt();
                    else if (typeof message.revision === "number")
                        object.revision = options.longs === $String ? $String(message.revision) : message.revision;
                    else
                        object.revision = options.longs === $String ? $util.Long.prototype.toString.call(message.revision) : options.longs === $Number ? new $util.LongBits(message.revision.low >>> 0, message.revision.high >>> 0).toNumber(true) : message.revision;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = message.priority;
                if (message.dependsOn && message.dependsOn.length) {
                    object.dependsOn = $Array(message.dependsOn.length);
                    for (let j = 0; j < message.dependsOn.length; ++j)
                        object.dependsOn[j] = message.dependsOn[j];
                }
                if (message.runWhen != null && $Object.hasOwnProperty.call(message, "runWhen"))
                    object.runWhen = options.enums === $String ? $root.edgefleet.v1.RunWhen[message.runWhen] === $undefined ? message.runWhen : $root.edgefleet.v1.RunWhen[message.runWhen] : message.runWhen;
                if (message.updateStrategy != null && $Object.hasOwnProperty.call(message, "updateStrategy"))
                    object.updateStrategy = options.enums === $String ? $root.edgefleet.v1.UpdateStrategy[message.updateStrategy] === $undefined ? message.updateStrategy : $root.edgefleet.v1.UpdateStrategy[message.updateStrategy] : message.updateStrategy;
                return object;
            };

            /**
             * Converts this WorkloadInstance to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.WorkloadInstance
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            WorkloadInstance.prototype.toJSON = function() {
                return WorkloadInstance.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for WorkloadInstance
             * @function getTypeUrl
             * @memberof edgefleet.v1.WorkloadInstance
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            WorkloadInstance.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.WorkloadInstance";
            };

            return WorkloadInstance;
        })();

        /**
         * UpdateStrategy enum.
         * @name edgefleet.v1.UpdateStrategy
         * @enum {number}
         * @property {number} UPDATE_STRATEGY_UNSPECIFIED=0 UPDATE_STRATEGY_UNSPECIFIED value
         * @property {number} UPDATE_STRATEGY_STOP_FIRST=1 UPDATE_STRATEGY_STOP_FIRST value
         * @property {number} UPDATE_STRATEGY_START_FIRST=2 UPDATE_STRATEGY_START_FIRST value
         */
        v1.UpdateStrategy = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "UPDATE_STRATEGY_UNSPECIFIED"] = 0;
            values[valuesById[1] = "UPDATE_STRATEGY_STOP_FIRST"] = 1;
            values[valuesById[2] = "UPDATE_STRATEGY_START_FIRST"] = 2;
            return values;
        })();

        /**
         * RunWhen enum.
         * @name edgefleet.v1.RunWhen
         * @enum {number}
         * @property {number} RUN_WHEN_UNSPECIFIED=0 RUN_WHEN_UNSPECIFIED value
         * @property {number} RUN_WHEN_ALWAYS=1 RUN_WHEN_ALWAYS value
         * @property {number} RUN_WHEN_ONLINE=2 RUN_WHEN_ONLINE value
         * @property {number} RUN_WHEN_OFFLINE=3 RUN_WHEN_OFFLINE value
         */
        v1.RunWhen = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "RUN_WHEN_UNSPECIFIED"] = 0;
            values[valuesById[1] = "RUN_WHEN_ALWAYS"] = 1;
            values[valuesById[2] = "RUN_WHEN_ONLINE"] = 2;
            values[valuesById[3] = "RUN_WHEN_OFFLINE"] = 3;
            return values;
        })();

        v1.ContainerSpec = (function() {

            /**
             * Properties of a ContainerSpec.
             * @typedef {Object} edgefleet.v1.ContainerSpec.$Properties
             * @property {string|null} [image] ContainerSpec image
             * @property {Array.<string>|null} [command] ContainerSpec command
             * @property {Array.<string>|null} [args] ContainerSpec args
             * @property {Array.<edgefleet.v1.EnvVar.$Properties>|null} [env] ContainerSpec env
             * @property {Array.<edgefleet.v1.PortMapping.$Properties>|null} [ports] ContainerSpec ports
             * @property {Array.<edgefleet.v1.VolumeMount.$Properties>|null} [volumes] ContainerSpec volumes
             * @property {edgefleet.v1.Resources.$Properties|null} [resources] ContainerSpec resources
             * @property {string|null} [restartPolicy] ContainerSpec restartPolicy
             * @property {edgefleet.v1.HealthCheck.$Properties|null} [healthCheck] ContainerSpec healthCheck
             * @property {string|null} [networkMode] ContainerSpec networkMode
             * @property {Object.<string,string>|null} [labels] ContainerSpec labels
             * @property {string|null} [workingDir] ContainerSpec workingDir
             * @property {string|null} [user] ContainerSpec user
             * @property {number|null} [stopTimeoutS] ContainerSpec stopTimeoutS
             * @property {boolean|null} [privileged] ContainerSpec privileged
             * @property {Array.<string>|null} [capAdd] ContainerSpec capAdd
             * @property {boolean|null} [hostPid] ContainerSpec hostPid
             * @property {boolean|null} [hostIpc] ContainerSpec hostIpc
             * @property {Array.<edgefleet.v1.DeviceMapping.$Properties>|null} [devices] ContainerSpec devices
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a ContainerSpec.
             * @memberof edgefleet.v1
             * @interface IContainerSpec
             * @augments edgefleet.v1.ContainerSpec.$Properties
             * @deprecated Use edgefleet.v1.ContainerSpec.$Properties instead.
             */

            /**
             * Shape of a ContainerSpec.
             * @typedef {{
             *   image?: string|null;
             *   command?: Array.<string>|null;
             *   args?: Array.<string>|null;
             *   env?: Array.<edgefleet.v1.EnvVar.$Shape>|null;
             *   ports?: Array.<edgefleet.v1.PortMapping.$Shape>|null;
             *   volumes?: Array.<edgefleet.v1.VolumeMount.$Shape>|null;
             *   resources?: edgefleet.v1.Resources.$Shape|null;
             *   restartPolicy?: string|null;
             *   healthCheck?: edgefleet.v1.HealthCheck.$Shape|null;
             *   networkMode?: string|null;
             *   labels?: Object.<string,string>|null;
             *   workingDir?: string|null;
             *   user?: string|null;
             *   stopTimeoutS?: number|null;
             *   privileged?: boolean|null;
             *   capAdd?: Array.<string>|null;
             *   hostPid?: boolean|null;
             *   hostIpc?: boolean|null;
             *   devices?: Array.<edgefleet.v1.DeviceMapping.$Shape>|null;
             *   $unknowns?: Array.<Uint8Array>;
             * }} edgefleet.v1.ContainerSpec.$Shape
             */

            /**
             * Constructs a new ContainerSpec.
             * @memberof edgefleet.v1
             * @classdesc Represents a ContainerSpec.
             * @constructor
             * @param {edgefleet.v1.ContainerSpec.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ContainerSpec = function (properties) {
                this.command = [];
                this.args = [];
                this.env = [];
                this.ports = [];
                this.volumes = [];
                this.labels = {};
                this.capAdd = [];
                this.devices = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ContainerSpec image.
             * @member {string} image
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.image = "";

            /**
             * ContainerSpec command.
             * @member {Array.<string>} command
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.command = $util.emptyArray;

            /**
             * ContainerSpec args.
             * @member {Array.<string>} args
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.args = $util.emptyArray;

            /**
             * ContainerSpec env.
             * @member {Array.<edgefleet.v1.EnvVar.$Properties>} env
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.env = $util.emptyArray;

            /**
             * ContainerSpec ports.
             * @member {Array.<edgefleet.v1.PortMapping.$Properties>} ports
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.ports = $util.emptyArray;

            /**
             * ContainerSpec volumes.
             * @member {Array.<edgefleet.v1.VolumeMount.$Properties>} volumes
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.volumes = $util.emptyArray;

            /**
             * ContainerSpec resources.
             * @member {edgefleet.v1.Resources.$Properties|null|undefined} resources
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.resources = null;

            /**
             * ContainerSpec restartPolicy.
             * @member {string} restartPolicy
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.restartPolicy = "";

            /**
             * ContainerSpec healthCheck.
             * @member {edgefleet.v1.HealthCheck.$Properties|null|undefined} healthCheck
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.healthCheck = null;

            /**
             * ContainerSpec networkMode.
             * @member {string} networkMode
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.networkMode = "";

            /**
             * ContainerSpec labels.
             * @member {Object.<string,string>} labels
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.labels = $util.emptyObject;

            /**
             * ContainerSpec workingDir.
             * @member {string} workingDir
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.workingDir = "";

            /**
             * ContainerSpec user.
             * @member {string} user
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.user = "";

            /**
             * ContainerSpec stopTimeoutS.
             * @member {number} stopTimeoutS
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.stopTimeoutS = 0;

            /**
             * ContainerSpec privileged.
             * @member {boolean} privileged
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.privileged = false;

            /**
             * ContainerSpec capAdd.
             * @member {Array.<string>} capAdd
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.capAdd = $util.emptyArray;

            /**
             * ContainerSpec hostPid.
             * @member {boolean} hostPid
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.hostPid = false;

            /**
             * ContainerSpec hostIpc.
             * @member {boolean} hostIpc
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.hostIpc = false;

            /**
             * ContainerSpec devices.
             * @member {Array.<edgefleet.v1.DeviceMapping.$Properties>} devices
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             */
            ContainerSpec.prototype.devices = $util.emptyArray;

            /**
             * Creates a new ContainerSpec instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.ContainerSpec
             * @static
             * @param {edgefleet.v1.ContainerSpec.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.ContainerSpec} ContainerSpec instance
             * @type {{
             *   (properties: edgefleet.v1.ContainerSpec.$Shape): edgefleet.v1.ContainerSpec & edgefleet.v1.ContainerSpec.$Shape;
             *   (properties?: edgefleet.v1.ContainerSpec.$Properties): edgefleet.v1.ContainerSpec;
             * }}
             */
            ContainerSpec.create = function(properties) {
                return new ContainerSpec(properties);
            };

            /**
             * Encodes the specified ContainerSpec message. Does not implicitly {@link edgefleet.v1.ContainerSpec.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.ContainerSpec
             * @static
             * @param {edgefleet.v1.ContainerSpec.$Properties} message ContainerSpec message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ContainerSpec.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.image != null && $Object.hasOwnProperty.call(message, "image") && message.image !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.image);
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(/* id 2, wireType 2 =*/18).string(message.command[i]);
                if (message.args != null && message.args.length)
                    for (let i = 0; i < message.args.length; ++i)
                        writer.uint32(/* id 3, wireType 2 =*/26).string(message.args[i]);
                if (message.env != null && message.env.length)
                    for (let i = 0; i < message.env.length; ++i)
                        $root.edgefleet.v1.EnvVar.encode(message.env[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.ports != null && message.ports.length)
                    for (let i = 0; i < message.ports.length; ++i)
                        $root.edgefleet.v1.PortMapping.encode(message.ports[i], writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.volumes != null && message.volumes.length)
                    for (let i = 0; i < message.volumes.length; ++i)
                        $root.edgefleet.v1.VolumeMount.encode(message.volumes[i], writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    $root.edgefleet.v1.Resources.encode(message.resources, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.restartPolicy != null && $Object.hasOwnProperty.call(message, "restartPolicy") && message.restartPolicy !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.restartPolicy);
                if (message.healthCheck != null && $Object.hasOwnProperty.call(message, "healthCheck"))
                    $root.edgefleet.v1.HealthCheck.encode(message.healthCheck, writer.uint32(/* id 9, wireType 2 =*/74).fork(), _depth + 1).ldelim();
                if (message.networkMode != null && $Object.hasOwnProperty.call(message, "networkMode") && message.networkMode !== "")
                    writer.uint32(/* id 10, wireType 2 =*/82).string(message.networkMode);
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels"))
                    for (let keys = $Object.keys(message.labels), i = 0; i < keys.length; ++i)
                        writer.uint32(/* id 11, wireType 2 =*/90).fork().uint32(/* id 1, wireType 2 =*/10).string(keys[i]).uint32(/* id 2, wireType 2 =*/18).string(message.labels[keys[i]]).ldelim();
                if (message.workingDir != null && $Object.hasOwnProperty.call(message, "workingDir") && message.workingDir !== "")
                    writer.uint32(/* id 12, wireType 2 =*/98).string(message.workingDir);
                if (message.user != null && $Object.hasOwnProperty.call(message, "user") && message.user !== "")
                    writer.uint32(/* id 13, wireType 2 =*/106).string(message.user);
                if (message.stopTimeoutS != null && $Object.hasOwnProperty.call(message, "stopTimeoutS") && message.stopTimeoutS !== 0)
                    writer.uint32(/* id 14, wireType 0 =*/112).uint32(message.stopTimeoutS);
                if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged") && message.privileged !== false)
                    writer.uint32(/* id 15, wireType 0 =*/120).bool(message.privileged);
                if (message.capAdd != null && message.capAdd.length)
                    for (let i = 0; i < message.capAdd.length; ++i)
                        writer.uint32(/* id 16, wireType 2 =*/130).string(message.capAdd[i]);
                if (message.hostPid != null && $Object.hasOwnProperty.call(message, "hostPid") && message.hostPid !== false)
                    writer.uint32(/* id 17, wireType 0 =*/136).bool(message.hostPid);
                if (message.hostIpc != null && $Object.hasOwnProperty.call(message, "hostIpc") && message.hostIpc !== false)
                    writer.uint32(/* id 18, wireType 0 =*/144).bool(message.hostIpc);
                if (message.devices != null && message.devices.length)
                    for (let i = 0; i < message.devices.length; ++i)
                        $root.edgefleet.v1.DeviceMapping.encode(message.devices[i], writer.uint32(/* id 19, wireType 2 =*/154).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a ContainerSpec message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.ContainerSpec
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.ContainerSpec & edgefleet.v1.ContainerSpec.$Shape} ContainerSpec
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ContainerSpec.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, key, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.ContainerSpec();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.image = value;
                            else
                                delete message.image;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.stringVerify());
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if (!(message.args && message.args.length))
                                message.args = [];
                            message.args.push(reader.stringVerify());
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.env && message.env.length))
                                message.env = [];
                            message.env.push($root.edgefleet.v1.EnvVar.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if (!(message.ports && message.ports.length))
                                message.ports = [];
                            message.ports.push($root.edgefleet.v1.PortMapping.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.volumes && message.volumes.length))
                                message.volumes = [];
                            message.volumes.push($root.edgefleet.v1.VolumeMount.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.resources = $root.edgefleet.v1.Resources.decode(reader, reader.size(), $undefined, _depth + 1, message.resources);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.restartPolicy = value;
                            else
                                delete message.restartPolicy;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 2)
                                break;
                            message.healthCheck = $root.edgefleet.v1.HealthCheck.decode(reader, reader.size(), $undefined, _depth + 1, message.healthCheck);
                            continue;
                        }
                    case 10: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.networkMode = value;
                            else
                                delete message.networkMode;
                            continue;
                        }
                    case 11: {
                            if (wireType !== 2)
                                break;
                            if (message.labels === $util.emptyObject)
                                message.labels = {};
                            let end2 = reader.size() + reader.pos;
                            if (end2 > reader.len)
                                throw $RangeError("index out of range");
                            reader.len = end2;
                            key = "";
                            value = "";
                            while (reader.pos < end2) {
                                let tag2 = reader.tag();
                                wireType = tag2 & 7;
                                switch (tag2 >>>= 3) {
                                case 1:
                                    if (wireType !== 2)
                                        break;
                                    key = reader.stringVerify();
                                    continue;
                                case 2:
                                    if (wireType !== 2)
                                        break;
                                    value = reader.stringVerify();
                                    continue;
                                }
                                reader.skipType(wireType, _depth, tag2);
                            }
                            if (reader.pos !== end2)
                                throw $RangeError("index out of range");
                            reader.len = end;
                            if (key === "__proto__")
                                $util.makeProp(message.labels, key);
                            message.labels[key] = value;
                            continue;
                        }
                    case 12: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workingDir = value;
                            else
                                delete message.workingDir;
                            continue;
                        }
                    case 13: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.user = value;
                            else
                                delete message.user;
                            continue;
                        }
                    case 14: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.stopTimeoutS = value;
                            else
                                delete message.stopTimeoutS;
                            continue;
                        }
                    case 15: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.privileged = value;
                            else
                                delete message.privileged;
                            continue;
                        }
                    case 16: {
                            if (wireType !== 2)
                                break;
                            if (!(message.capAdd && message.capAdd.length))
                                message.capAdd = [];
                            message.capAdd.push(reader.stringVerify());
                            continue;
                        }
                    case 17: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hostPid = value;
                            else
                                delete message.hostPid;
                            continue;
                        }
                    case 18: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.hostIpc = value;
                            else
                                delete message.hostIpc;
                            continue;
                        }
                    case 19: {
                            if (wireType !== 2)
                                break;
                            if (!(message.devices && message.devices.length))
                                message.devices = [];
                            message.devices.push($root.edgefleet.v1.DeviceMapping.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a ContainerSpec message.
             * @function verify
             * @memberof edgefleet.v1.ContainerSpec
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ContainerSpec.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    if (!$util.isString(message.image))
                        return "image: string expected";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                    if (!$Array.isArray(message.command))
                        return "command: array expected";
                    for (let i = 0; i < message.command.length; ++i)
                        if (!$util.isString(message.command[i]))
                            return "command: string[] expected";
                }
                if (message.args != null && $Object.hasOwnProperty.call(message, "args")) {
                    if (!$Array.isArray(message.args))
                        return "args: array expected";
                    for (let i = 0; i < message.args.length; ++i)
                        if (!$util.isString(message.args[i]))
                            return "args: string[] expected";
                }
                if (message.env != null && $Object.hasOwnProperty.call(message, "env")) {
                    if (!$Array.isArray(message.env))
                        return "env: array expected";
                    for (let i = 0; i < message.env.length; ++i) {
                        let error = $root.edgefleet.v1.EnvVar.verify(message.env[i], _depth + 1);
                        if (error)
                            return "env." + error;
                    }
                }
                if (message.ports != null && $Object.hasOwnProperty.call(message, "ports")) {
                    if (!$Array.isArray(message.ports))
                        return "ports: array expected";
                    for (let i = 0; i < message.ports.length; ++i) {
                        let error = $root.edgefleet.v1.PortMapping.verify(message.ports[i], _depth + 1);
                        if (error)
                            return "ports." + error;
                    }
                }
                if (message.volumes != null && $Object.hasOwnProperty.call(message, "volumes")) {
                    if (!$Array.isArray(message.volumes))
                        return "volumes: array expected";
                    for (let i = 0; i < message.volumes.length; ++i) {
                        let error = $root.edgefleet.v1.VolumeMount.verify(message.volumes[i], _depth + 1);
                        if (error)
                            return "volumes." + error;
                    }
                }
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources")) {
                    let error = $root.edgefleet.v1.Resources.verify(message.resources, _depth + 1);
                    if (error)
                        return "resources." + error;
                }
                if (message.restartPolicy != null && $Object.hasOwnProperty.call(message, "restartPolicy"))
                    if (!$util.isString(message.restartPolicy))
                        return "restartPolicy: string expected";
                if (message.healthCheck != null && $Object.hasOwnProperty.call(message, "healthCheck")) {
                    let error = $root.edgefleet.v1.HealthCheck.verify(message.healthCheck, _depth + 1);
                    if (error)
                        return "healthCheck." + error;
                }
                if (message.networkMode != null && $Object.hasOwnProperty.call(message, "networkMode"))
                    if (!$util.isString(message.networkMode))
                        return "networkMode: string expected";
                if (message.labels != null && $Object.hasOwnProperty.call(message, "labels")) {
                    if (!$util.isObject(message.labels))
                        return "labels: object expected";
                    let key = $Object.keys(message.labels);
                    for (let i = 0; i < key.length; ++i)
                        if (!$util.isString(message.labels[key[i]]))
                            return "labels: string{k:string} expected";
                }
                if (message.workingDir != null && $Object.hasOwnProperty.call(message, "workingDir"))
                    if (!$util.isString(message.workingDir))
                        return "workingDir: string expected";
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    if (!$util.isString(message.user))
                        return "user: string expected";
                if (message.stopTimeoutS != null && $Object.hasOwnProperty.call(message, "stopTimeoutS"))
                    if (!$util.isInteger(message.stopTimeoutS))
                        return "stopTimeoutS: integer expected";
                if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged"))
                    if (typeof message.privileged !== "boolean")
                        return "privileged: boolean expected";
                if (message.capAdd != null && $Object.hasOwnProperty.call(message, "capAdd")) {
                    if (!$Array.isArray(message.capAdd))
                        return "capAdd: array expected";
                    for (let i = 0; i < message.capAdd.length; ++i)
                        if (!$util.isString(message.capAdd[i]))
                            return "capAdd: string[] expected";
                }
                if (message.hostPid != null && $Object.hasOwnProperty.call(message, "hostPid"))
                    if (typeof message.hostPid !== "boolean")
                        return "hostPid: boolean expected";
                if (message.hostIpc != null && $Object.hasOwnProperty.call(message, "hostIpc"))
                    if (typeof message.hostIpc !== "boolean")
                        return "hostIpc: boolean expected";
                if (message.devices != null && $Object.hasOwnProperty.call(message, "devices")) {
                    if (!$Array.isArray(message.devices))
                        return "devices: array expected";
                    for (let i = 0; i < message.devices.length; ++i) {
                        let error = $root.edgefleet.v1.DeviceMapping.verify(message.devices[i], _depth + 1);
                        if (error)
                            return "devices." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a ContainerSpec message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.ContainerSpec
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.ContainerSpec} ContainerSpec
             */
            ContainerSpec.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.ContainerSpec)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.ContainerSpec: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.ContainerSpec();
                if (object.image != null)
                    if (typeof object.image !== "string" || object.image.length)
                        message.image = $String(object.image);
                if (object.command) {
                    if (!$Array.isArray(object.command))
                        throw $TypeError(".edgefleet.v1.ContainerSpec.command: array expected");
                    message.command = $Array(object.command.length);
                    for (let i = 0; i < object.command.length; ++i)
                        message.command[i] = $String(object.command[i]);
                }
                if (object.args) {
                    if (!$Array.isArray(object.args))
                        throw $TypeError(".edgefleet.v1.ContainerSpec.args: array expected");
                    message.args = $Array(object.args.length);
                    for (let i = 0; i < object.args.length; ++i)
                        message.args[i] = $String(object.args[i]);
                }
                if (object.env) {
                    if (!$Array.isArray(object.env))
                        throw $TypeError(".edgefleet.v1.ContainerSpec.env: array expected");
                    message.env = $Array(object.env.length);
                    for (let i = 0; i < object.env.length; ++i) {
                        if (!$util.isObject(object.env[i]))
                            throw $TypeError(".edgefleet.v1.ContainerSpec.env: object expected");
                        message.env[i] = $root.edgefleet.v1.EnvVar.fromObject(object.env[i], _depth + 1);
                    }
                }
                if (object.ports) {
                    if (!$Array.isArray(object.ports))
                        throw $TypeError(".edgefleet.v1.ContainerSpec.ports: array expected");
                    message.ports = $Array(object.ports.length);
                    for (let i = 0; i < object.ports.length; ++i) {
                        if (!$util.isObject(object.ports[i]))
                            throw $TypeError(".edgefleet.v1.ContainerSpec.ports: object expected");
                        message.ports[i] = $root.edgefleet.v1.PortMapping.fromObject(object.ports[i], _depth + 1);
                    }
                }
                if (object.volumes) {
                    if (!$Array.isArray(object.volumes))
                        throw $TypeError(".edgefleet.v1.ContainerSpec.volumes: array expected");
                    message.volumes = $Array(object.volumes.length);
                    for (let i = 0; i < object.volumes.length; ++i) {
                        if (!$util.isObject(object.volumes[i]))
                            throw $TypeError(".edgefleet.v1.ContainerSpec.volumes: object expected");
                        message.volumes[i] = $root.edgefleet.v1.VolumeMount.fromObject(object.volumes[i], _depth + 1);
                    }
                }
                if (object.resources != null) {
                    if (!$util.isObject(object.resources))
                        throw $TypeError(".edgefleet.v1.ContainerSpec.resources: object expected");
                    message.resources = $root.edgefleet.v1.Resources.fromObject(object.resources, _depth + 1);
                }
                if (object.restartPolicy != null)
                    if (typeof object.restartPolicy !== "string" || object.restartPolicy.length)
                        message.restartPolicy = $String(object.restartPolicy);
                if (object.healthCheck != null) {
                    if (!$util.isObject(object.healthCheck))
                        throw $TypeError(".edgefleet.v1.ContainerSpec.healthCheck: object expected");
                    message.healthCheck = $root.edgefleet.v1.HealthCheck.fromObject(object.healthCheck, _depth + 1);
                }
                if (object.networkMode != null)
                    if (typeof object.networkMode !== "string" || object.networkMode.length)
                        message.networkMode = $String(object.networkMode);
                if (object.labels) {
                    if (!$util.isObject(object.labels))
                        throw $TypeError(".edgefleet.v1.ContainerSpec.labels: object expected");
                    message.labels = {};
                    for (let keys = $Object.keys(object.labels), i = 0; i < keys.length; ++i) {
                        if (keys[i] === "__proto__")
                            $util.makeProp(message.labels, keys[i]);
                        message.labels[keys[i]] = $String(object.labels[keys[i]]);
                    }
                }
                if (object.workingDir != null)
                    if (typeof object.workingDir !== "string" || object.workingDir.length)
                        message.workingDir = $String(object.workingDir);
                if (object.user != null)
                    if (typeof object.user !== "string" || object.user.length)
                        message.user = $String(object.user);
                if (object.stopTimeoutS != null)
                    if ($Number(object.stopTimeoutS) !== 0)
                        message.stopTimeoutS = object.stopTimeoutS >>> 0;
                if (object.privileged != null)
                    if (object.privileged)
                        message.privileged = $Boolean(object.privileged);
                if (object.capAdd) {
                    if (!$Array.isArray(object.capAdd))
                        throw $TypeError(".edgefleet.v1.ContainerSpec.capAdd: array expected");
                    message.capAdd = $Array(object.capAdd.length);
                    for (let i = 0; i < object.capAdd.length; ++i)
                        message.capAdd[i] = $String(object.capAdd[i]);
                }
                if (object.hostPid != null)
                    if (object.hostPid)
                        message.hostPid = $Boolean(object.hostPid);
                if (object.hostIpc != null)
                    if (object.hostIpc)
                        message.hostIpc = $Boolean(object.hostIpc);
                if (object.devices) {
                    if (!$Array.isArray(object.devices))
                        throw $TypeError(".edgefleet.v1.ContainerSpec.devices: array expected");
                    message.devices = $Array(object.devices.length);
                    for (let i = 0; i < object.devices.length; ++i) {
                        if (!$util.isObject(object.devices[i]))
                            throw $TypeError(".edgefleet.v1.ContainerSpec.devices: object expected");
                        message.devices[i] = $root.edgefleet.v1.DeviceMapping.fromObject(object.devices[i], _depth + 1);
                    }
                }
                return message;
            };

            /**
             * Creates a plain object from a ContainerSpec message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.ContainerSpec
             * @static
             * @param {edgefleet.v1.ContainerSpec} message ContainerSpec
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ContainerSpec.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults) {
                    object.command = [];
                    object.args = [];
                    object.env = [];
                    object.ports = [];
                    object.volumes = [];
                    object.capAdd = [];
                    object.devices = [];
                }
                if (options.objects || options.defaults)
                    object.labels = {};
                if (options.defaults) {
                    object.image = "";
                    object.resources = null;
                    object.restartPolicy = "";
                    object.healthCheck = null;
                    object.networkMode = "";
                    object.workingDir = "";
                    object.user = "";
                    object.stopTimeoutS = 0;
                    object.privileged = false;
                    object.hostPid = false;
                    object.hostIpc = false;
                }
                if (message.image != null && $Object.hasOwnProperty.call(message, "image"))
                    object.image = message.image;
                if (message.command && message.command.length) {
                    object.command = $Array(message.command.length);
                    for (let j = 0; j < message.command.length; ++j)
                        object.command[j] = message.command[j];
                }
                if (message.args && message.args.length) {
                    object.args = $Array(message.args.length);
                    for (let j = 0; j < message.args.length; ++j)
                        object.args[j] = message.args[j];
                }
                if (message.env && message.env.length) {
                    object.env = $Array(message.env.length);
                    for (let j = 0; j < message.env.length; ++j)
                        object.env[j] = $root.edgefleet.v1.EnvVar.toObject(message.env[j], options, _depth + 1);
                }
                if (message.ports && message.ports.length) {
                    object.ports = $Array(message.ports.length);
                    for (let j = 0; j < message.ports.length; ++j)
                        object.ports[j] = $root.edgefleet.v1.PortMapping.toObject(message.ports[j], options, _depth + 1);
                }
                if (message.volumes && message.volumes.length) {
                    object.volumes = $Array(message.volumes.length);
                    for (let j = 0; j < message.volumes.length; ++j)
                        object.volumes[j] = $root.edgefleet.v1.VolumeMount.toObject(message.volumes[j], options, _depth + 1);
                }
                if (message.resources != null && $Object.hasOwnProperty.call(message, "resources"))
                    object.resources = $root.edgefleet.v1.Resources.toObject(message.resources, options, _depth + 1);
                if (message.restartPolicy != null && $Object.hasOwnProperty.call(message, "restartPolicy"))
                    object.restartPolicy = message.restartPolicy;
                if (message.healthCheck != null && $Object.hasOwnProperty.call(message, "healthCheck"))
                    object.healthCheck = $root.edgefleet.v1.HealthCheck.toObject(message.healthCheck, options, _depth + 1);
                if (message.networkMode != null && $Object.hasOwnProperty.call(message, "networkMode"))
                    object.networkMode = message.networkMode;
                let keys2;
                if (message.labels && (keys2 = $Object.keys(message.labels)).length) {
                    object.labels = {};
                    for (let j = 0; j < keys2.length; ++j) {
                        if (keys2[j] === "__proto__")
                            $util.makeProp(object.labels, keys2[j]);
                        object.labels[keys2[j]] = message.labels[keys2[j]];
                    }
                }
                if (message.workingDir != null && $Object.hasOwnProperty.call(message, "workingDir"))
                    object.workingDir = message.workingDir;
                if (message.user != null && $Object.hasOwnProperty.call(message, "user"))
                    object.user = message.user;
                if (message.stopTimeoutS != null && $Object.hasOwnProperty.call(message, "stopTimeoutS"))
                    object.stopTimeoutS = message.stopTimeoutS;
                if (message.privileged != null && $Object.hasOwnProperty.call(message, "privileged"))
                    object.privileged = message.privileged;
                if (message.capAdd && message.capAdd.length) {
                    object.capAdd = $Array(message.capAdd.length);
                    for (let j = 0; j < message.capAdd.length; ++j)
                        object.capAdd[j] = message.capAdd[j];
                }
                if (message.hostPid != null && $Object.hasOwnProperty.call(message, "hostPid"))
                    object.hostPid = message.hostPid;
                if (message.hostIpc != null && $Object.hasOwnProperty.call(message, "hostIpc"))
                    object.hostIpc = message.hostIpc;
                if (message.devices && message.devices.length) {
                    object.devices = $Array(message.devices.length);
                    for (let j = 0; j < message.devices.length; ++j)
                        object.devices[j] = $root.edgefleet.v1.DeviceMapping.toObject(message.devices[j], options, _depth + 1);
                }
                return object;
            };

            /**
             * Converts this ContainerSpec to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.ContainerSpec
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ContainerSpec.prototype.toJSON = function() {
                return ContainerSpec.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ContainerSpec
             * @function getTypeUrl
             * @memberof edgefleet.v1.ContainerSpec
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ContainerSpec.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.ContainerSpec";
            };

            return ContainerSpec;
        })();

        v1.DeviceMapping = (function() {

            /**
             * Properties of a DeviceMapping.
             * @typedef {Object} edgefleet.v1.DeviceMapping.$Properties
             * @property {string|null} [hostPath] DeviceMapping hostPath
             * @property {string|null} [containerPath] DeviceMapping containerPath
             * @property {string|null} [permissions] DeviceMapping permissions
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a DeviceMapping.
             * @memberof edgefleet.v1
             * @interface IDeviceMapping
             * @augments edgefleet.v1.DeviceMapping.$Properties
             * @deprecated Use edgefleet.v1.DeviceMapping.$Properties instead.
             */

            /**
             * Shape of a DeviceMapping.
             * @typedef {edgefleet.v1.DeviceMapping.$Properties} edgefleet.v1.DeviceMapping.$Shape
             */

            /**
             * Constructs a new DeviceMapping.
             * @memberof edgefleet.v1
             * @classdesc Represents a DeviceMapping.
             * @constructor
             * @param {edgefleet.v1.DeviceMapping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const DeviceMapping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * DeviceMapping hostPath.
             * @member {string} hostPath
             * @memberof edgefleet.v1.DeviceMapping
             * @instance
             */
            DeviceMapping.prototype.hostPath = "";

            /**
             * DeviceMapping containerPath.
             * @member {string} containerPath
             * @memberof edgefleet.v1.DeviceMapping
             * @instance
             */
            DeviceMapping.prototype.containerPath = "";

            /**
             * DeviceMapping permissions.
             * @member {string} permissions
             * @memberof edgefleet.v1.DeviceMapping
             * @instance
             */
            DeviceMapping.prototype.permissions = "";

            /**
             * Creates a new DeviceMapping instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.DeviceMapping
             * @static
             * @param {edgefleet.v1.DeviceMapping.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.DeviceMapping} DeviceMapping instance
             * @type {{
             *   (properties: edgefleet.v1.DeviceMapping.$Shape): edgefleet.v1.DeviceMapping & edgefleet.v1.DeviceMapping.$Shape;
             *   (properties?: edgefleet.v1.DeviceMapping.$Properties): edgefleet.v1.DeviceMapping;
             * }}
             */
            DeviceMapping.create = function(properties) {
                return new DeviceMapping(properties);
            };

            /**
             * Encodes the specified DeviceMapping message. Does not implicitly {@link edgefleet.v1.DeviceMapping.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.DeviceMapping
             * @static
             * @param {edgefleet.v1.DeviceMapping.$Properties} message DeviceMapping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            DeviceMapping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath") && message.hostPath !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.hostPath);
                if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath") && message.containerPath !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.containerPath);
                if (message.permissions != null && $Object.hasOwnProperty.call(message, "permissions") && message.permissions !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.permissions);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a DeviceMapping message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.DeviceMapping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.DeviceMapping & edgefleet.v1.DeviceMapping.$Shape} DeviceMapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            DeviceMapping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.DeviceMapping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostPath = value;
                            else
                                delete message.hostPath;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerPath = value;
                            else
                                delete message.containerPath;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.permissions = value;
                            else
                                delete message.permissions;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a DeviceMapping message.
             * @function verify
             * @memberof edgefleet.v1.DeviceMapping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            DeviceMapping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath"))
                    if (!$util.isString(message.hostPath))
                        return "hostPath: string expected";
                if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath"))
                    if (!$util.isString(message.containerPath))
                        return "containerPath: string expected";
                if (message.permissions != null && $Object.hasOwnProperty.call(message, "permissions"))
                    if (!$util.isString(message.permissions))
                        return "permissions: string expected";
                return null;
            };

            /**
             * Creates a DeviceMapping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.DeviceMapping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.DeviceMapping} DeviceMapping
             */
            DeviceMapping.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.DeviceMapping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.DeviceMapping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.DeviceMapping();
                if (object.hostPath != null)
                    if (typeof object.hostPath !== "string" || object.hostPath.length)
                        message.hostPath = $String(object.hostPath);
                if (object.containerPath != null)
                    if (typeof object.containerPath !== "string" || object.containerPath.length)
                        message.containerPath = $String(object.containerPath);
                if (object.permissions != null)
                    if (typeof object.permissions !== "string" || object.permissions.length)
                        message.permissions = $String(object.permissions);
                return message;
            };

            /**
             * Creates a plain object from a DeviceMapping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.DeviceMapping
             * @static
             * @param {edgefleet.v1.DeviceMapping} message DeviceMapping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            DeviceMapping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.hostPath = "";
                    object.containerPath = "";
                    object.permissions = "";
                }
                if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath"))
                    object.hostPath = message.hostPath;
                if (message.containerPath != null && $Object.hasOwnProperty.call(message, "containerPath"))
                    object.containerPath = message.containerPath;
                if (message.permissions != null && $Object.hasOwnProperty.call(message, "permissions"))
                    object.permissions = message.permissions;
                return object;
            };

            /**
             * Converts this DeviceMapping to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.DeviceMapping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            DeviceMapping.prototype.toJSON = function() {
                return DeviceMapping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for DeviceMapping
             * @function getTypeUrl
             * @memberof edgefleet.v1.DeviceMapping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            DeviceMapping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.DeviceMapping";
            };

            return DeviceMapping;
        })();

        v1.EnvVar = (function() {

            /**
             * Properties of an EnvVar.
             * @typedef {Object} edgefleet.v1.EnvVar.$Properties
             * @property {string|null} [name] EnvVar name
             * @property {string|null} [value] EnvVar value
             * @property {boolean|null} [secret] EnvVar secret
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an EnvVar.
             * @memberof edgefleet.v1
             * @interface IEnvVar
             * @augments edgefleet.v1.EnvVar.$Properties
             * @deprecated Use edgefleet.v1.EnvVar.$Properties instead.
             */

            /**
             * Shape of an EnvVar.
             * @typedef {edgefleet.v1.EnvVar.$Properties} edgefleet.v1.EnvVar.$Shape
             */

            /**
             * Constructs a new EnvVar.
             * @memberof edgefleet.v1
             * @classdesc Represents an EnvVar.
             * @constructor
             * @param {edgefleet.v1.EnvVar.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const EnvVar = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * EnvVar name.
             * @member {string} name
             * @memberof edgefleet.v1.EnvVar
             * @instance
             */
            EnvVar.prototype.name = "";

            /**
             * EnvVar value.
             * @member {string} value
             * @memberof edgefleet.v1.EnvVar
             * @instance
             */
            EnvVar.prototype.value = "";

            /**
             * EnvVar secret.
             * @member {boolean} secret
             * @memberof edgefleet.v1.EnvVar
             * @instance
             */
            EnvVar.prototype.secret = false;

            /**
             * Creates a new EnvVar instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.EnvVar
             * @static
             * @param {edgefleet.v1.EnvVar.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.EnvVar} EnvVar instance
             * @type {{
             *   (properties: edgefleet.v1.EnvVar.$Shape): edgefleet.v1.EnvVar & edgefleet.v1.EnvVar.$Shape;
             *   (properties?: edgefleet.v1.EnvVar.$Properties): edgefleet.v1.EnvVar;
             * }}
             */
            EnvVar.create = function(properties) {
                return new EnvVar(properties);
            };

            /**
             * Encodes the specified EnvVar message. Does not implicitly {@link edgefleet.v1.EnvVar.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.EnvVar
             * @static
             * @param {edgefleet.v1.EnvVar.$Properties} message EnvVar message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            EnvVar.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && message.value !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.value);
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret") && message.secret !== false)
                    writer.uint32(/* id 3, wireType 0 =*/24).bool(message.secret);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an EnvVar message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.EnvVar
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.EnvVar & edgefleet.v1.EnvVar.$Shape} EnvVar
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            EnvVar.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.EnvVar();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.secret = value;
                            else
                                delete message.secret;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an EnvVar message.
             * @function verify
             * @memberof edgefleet.v1.EnvVar
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            EnvVar.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (!$util.isString(message.value))
                        return "value: string expected";
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    if (typeof message.secret !== "boolean")
                        return "secret: boolean expected";
                return null;
            };

            /**
             * Creates an EnvVar message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.EnvVar
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.EnvVar} EnvVar
             */
            EnvVar.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.EnvVar)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.EnvVar: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.EnvVar();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.value != null)
                    if (typeof object.value !== "string" || object.value.length)
                        message.value = $String(object.value);
                if (object.secret != null)
                    if (object.secret)
                        message.secret = $Boolean(object.secret);
                return message;
            };

            /**
             * Creates a plain object from an EnvVar message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.EnvVar
             * @static
             * @param {edgefleet.v1.EnvVar} message EnvVar
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            EnvVar.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.value = "";
                    object.secret = false;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = message.value;
                if (message.secret != null && $Object.hasOwnProperty.call(message, "secret"))
                    object.secret = message.secret;
                return object;
            };

            /**
             * Converts this EnvVar to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.EnvVar
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            EnvVar.prototype.toJSON = function() {
                return EnvVar.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for EnvVar
             * @function getTypeUrl
             * @memberof edgefleet.v1.EnvVar
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            EnvVar.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.EnvVar";
            };

            return EnvVar;
        })();

        v1.PortMapping = (function() {

            /**
             * Properties of a PortMapping.
             * @typedef {Object} edgefleet.v1.PortMapping.$Properties
             * @property {number|null} [containerPort] PortMapping containerPort
             * @property {number|null} [hostPort] PortMapping hostPort
             * @property {string|null} [protocol] PortMapping protocol
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PortMapping.
             * @memberof edgefleet.v1
             * @interface IPortMapping
             * @augments edgefleet.v1.PortMapping.$Properties
             * @deprecated Use edgefleet.v1.PortMapping.$Properties instead.
             */

            /**
             * Shape of a PortMapping.
             * @typedef {edgefleet.v1.PortMapping.$Properties} edgefleet.v1.PortMapping.$Shape
             */

            /**
             * Constructs a new PortMapping.
             * @memberof edgefleet.v1
             * @classdesc Represents a PortMapping.
             * @constructor
             * @param {edgefleet.v1.PortMapping.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PortMapping = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PortMapping containerPort.
             * @member {number} containerPort
             * @memberof edgefleet.v1.PortMapping
             * @instance
             */
            PortMapping.prototype.containerPort = 0;

            /**
             * PortMapping hostPort.
             * @member {number} hostPort
             * @memberof edgefleet.v1.PortMapping
             * @instance
             */
            PortMapping.prototype.hostPort = 0;

            /**
             * PortMapping protocol.
             * @member {string} protocol
             * @memberof edgefleet.v1.PortMapping
             * @instance
             */
            PortMapping.prototype.protocol = "";

            /**
             * Creates a new PortMapping instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.PortMapping
             * @static
             * @param {edgefleet.v1.PortMapping.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.PortMapping} PortMapping instance
             * @type {{
             *   (properties: edgefleet.v1.PortMapping.$Shape): edgefleet.v1.PortMapping & edgefleet.v1.PortMapping.$Shape;
             *   (properties?: edgefleet.v1.PortMapping.$Properties): edgefleet.v1.PortMapping;
             * }}
             */
            PortMapping.create = function(properties) {
                return new PortMapping(properties);
            };

            /**
             * Encodes the specified PortMapping message. Does not implicitly {@link edgefleet.v1.PortMapping.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.PortMapping
             * @static
             * @param {edgefleet.v1.PortMapping.$Properties} message PortMapping message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PortMapping.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.containerPort != null && $Object.hasOwnProperty.call(message, "containerPort") && message.containerPort !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.containerPort);
                if (message.hostPort != null && $Object.hasOwnProperty.call(message, "hostPort") && message.hostPort !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.hostPort);
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol") && message.protocol !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.protocol);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PortMapping message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.PortMapping
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.PortMapping & edgefleet.v1.PortMapping.$Shape} PortMapping
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PortMapping.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.PortMapping();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.containerPort = value;
                            else
                                delete message.containerPort;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.hostPort = value;
                            else
                                delete message.hostPort;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.protocol = value;
                            else
                                delete message.protocol;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PortMapping message.
             * @function verify
             * @memberof edgefleet.v1.PortMapping
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PortMapping.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.containerPort != null && $Object.hasOwnProperty.call(message, "containerPort"))
                    if (!$util.isInteger(message.containerPort))
                        return "containerPort: integer expected";
                if (message.hostPort != null && $Object.hasOwnProperty.call(message, "hostPort"))
                    if (!$util.isInteger(message.hostPort))
                        return "hostPort: integer expected";
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    if (!$util.isString(message.protocol))
                        return "protocol: string expected";
                return null;
            };

            /**
             * Creates a PortMapping message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.PortMapping
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.PortMapping} PortMapping
             */
            PortMapping.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.PortMapping)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.PortMapping: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.PortMapping();
                if (object.containerPort != null)
                    if ($Number(object.containerPort) !== 0)
                        message.containerPort = object.containerPort >>> 0;
                if (object.hostPort != null)
                    if ($Number(object.hostPort) !== 0)
                        message.hostPort = object.hostPort >>> 0;
                if (object.protocol != null)
                    if (typeof object.protocol !== "string" || object.protocol.length)
                        message.protocol = $String(object.protocol);
                return message;
            };

            /**
             * Creates a plain object from a PortMapping message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.PortMapping
             * @static
             * @param {edgefleet.v1.PortMapping} message PortMapping
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PortMapping.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.containerPort = 0;
                    object.hostPort = 0;
                    object.protocol = "";
                }
                if (message.containerPort != null && $Object.hasOwnProperty.call(message, "containerPort"))
                    object.containerPort = message.containerPort;
                if (message.hostPort != null && $Object.hasOwnProperty.call(message, "hostPort"))
                    object.hostPort = message.hostPort;
                if (message.protocol != null && $Object.hasOwnProperty.call(message, "protocol"))
                    object.protocol = message.protocol;
                return object;
            };

            /**
             * Converts this PortMapping to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.PortMapping
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PortMapping.prototype.toJSON = function() {
                return PortMapping.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PortMapping
             * @function getTypeUrl
             * @memberof edgefleet.v1.PortMapping
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PortMapping.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.PortMapping";
            };

            return PortMapping;
        })();

        v1.VolumeMount = (function() {

            /**
             * Properties of a VolumeMount.
             * @typedef {Object} edgefleet.v1.VolumeMount.$Properties
             * @property {string|null} [name] VolumeMount name
             * @property {string|null} [mountPath] VolumeMount mountPath
             * @property {string|null} [hostPath] VolumeMount hostPath
             * @property {boolean|null} [readOnly] VolumeMount readOnly
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a VolumeMount.
             * @memberof edgefleet.v1
             * @interface IVolumeMount
             * @augments edgefleet.v1.VolumeMount.$Properties
             * @deprecated Use edgefleet.v1.VolumeMount.$Properties instead.
             */

            /**
             * Shape of a VolumeMount.
             * @typedef {edgefleet.v1.VolumeMount.$Properties} edgefleet.v1.VolumeMount.$Shape
             */

            /**
             * Constructs a new VolumeMount.
             * @memberof edgefleet.v1
             * @classdesc Represents a VolumeMount.
             * @constructor
             * @param {edgefleet.v1.VolumeMount.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const VolumeMount = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * VolumeMount name.
             * @member {string} name
             * @memberof edgefleet.v1.VolumeMount
             * @instance
             */
            VolumeMount.prototype.name = "";

            /**
             * VolumeMount mountPath.
             * @member {string} mountPath
             * @memberof edgefleet.v1.VolumeMount
             * @instance
             */
            VolumeMount.prototype.mountPath = "";

            /**
             * VolumeMount hostPath.
             * @member {string} hostPath
             * @memberof edgefleet.v1.VolumeMount
             * @instance
             */
            VolumeMount.prototype.hostPath = "";

            /**
             * VolumeMount readOnly.
             * @member {boolean} readOnly
             * @memberof edgefleet.v1.VolumeMount
             * @instance
             */
            VolumeMount.prototype.readOnly = false;

            /**
             * Creates a new VolumeMount instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.VolumeMount
             * @static
             * @param {edgefleet.v1.VolumeMount.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.VolumeMount} VolumeMount instance
             * @type {{
             *   (properties: edgefleet.v1.VolumeMount.$Shape): edgefleet.v1.VolumeMount & edgefleet.v1.VolumeMount.$Shape;
             *   (properties?: edgefleet.v1.VolumeMount.$Properties): edgefleet.v1.VolumeMount;
             * }}
             */
            VolumeMount.create = function(properties) {
                return new VolumeMount(properties);
            };

            /**
             * Encodes the specified VolumeMount message. Does not implicitly {@link edgefleet.v1.VolumeMount.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.VolumeMount
             * @static
             * @param {edgefleet.v1.VolumeMount.$Properties} message VolumeMount message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            VolumeMount.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.mountPath != null && $Object.hasOwnProperty.call(message, "mountPath") && message.mountPath !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.mountPath);
                if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath") && message.hostPath !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.hostPath);
                if (message.readOnly != null && $Object.hasOwnProperty.call(message, "readOnly") && message.readOnly !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.readOnly);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a VolumeMount message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.VolumeMount
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.VolumeMount & edgefleet.v1.VolumeMount.$Shape} VolumeMount
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            VolumeMount.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.VolumeMount();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.mountPath = value;
                            else
                                delete message.mountPath;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.hostPath = value;
                            else
                                delete message.hostPath;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.readOnly = value;
                            else
                                delete message.readOnly;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a VolumeMount message.
             * @function verify
             * @memberof edgefleet.v1.VolumeMount
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            VolumeMount.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.mountPath != null && $Object.hasOwnProperty.call(message, "mountPath"))
                    if (!$util.isString(message.mountPath))
                        return "mountPath: string expected";
                if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath"))
                    if (!$util.isString(message.hostPath))
                        return "hostPath: string expected";
                if (message.readOnly != null && $Object.hasOwnProperty.call(message, "readOnly"))
                    if (typeof message.readOnly !== "boolean")
                        return "readOnly: boolean expected";
                return null;
            };

            /**
             * Creates a VolumeMount message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.VolumeMount
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.VolumeMount} VolumeMount
             */
            VolumeMount.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.VolumeMount)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.VolumeMount: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.VolumeMount();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.mountPath != null)
                    if (typeof object.mountPath !== "string" || object.mountPath.length)
                        message.mountPath = $String(object.mountPath);
                if (object.hostPath != null)
                    if (typeof object.hostPath !== "string" || object.hostPath.length)
                        message.hostPath = $String(object.hostPath);
                if (object.readOnly != null)
                    if (object.readOnly)
                        message.readOnly = $Boolean(object.readOnly);
                return message;
            };

            /**
             * Creates a plain object from a VolumeMount message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.VolumeMount
             * @static
             * @param {edgefleet.v1.VolumeMount} message VolumeMount
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            VolumeMount.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.mountPath = "";
                    object.hostPath = "";
                    object.readOnly = false;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.mountPath != null && $Object.hasOwnProperty.call(message, "mountPath"))
                    object.mountPath = message.mountPath;
                if (message.hostPath != null && $Object.hasOwnProperty.call(message, "hostPath"))
                    object.hostPath = message.hostPath;
                if (message.readOnly != null && $Object.hasOwnProperty.call(message, "readOnly"))
                    object.readOnly = message.readOnly;
                return object;
            };

            /**
             * Converts this VolumeMount to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.VolumeMount
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            VolumeMount.prototype.toJSON = function() {
                return VolumeMount.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for VolumeMount
             * @function getTypeUrl
             * @memberof edgefleet.v1.VolumeMount
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            VolumeMount.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.VolumeMount";
            };

            return VolumeMount;
        })();

        v1.Resources = (function() {

            /**
             * Properties of a Resources.
             * @typedef {Object} edgefleet.v1.Resources.$Properties
             * @property {number|null} [cpuMillis] Resources cpuMillis
             * @property {number|null} [memoryBytes] Resources memoryBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Resources.
             * @memberof edgefleet.v1
             * @interface IResources
             * @augments edgefleet.v1.Resources.$Properties
             * @deprecated Use edgefleet.v1.Resources.$Properties instead.
             */

            /**
             * Shape of a Resources.
             * @typedef {edgefleet.v1.Resources.$Properties} edgefleet.v1.Resources.$Shape
             */

            /**
             * Constructs a new Resources.
             * @memberof edgefleet.v1
             * @classdesc Represents a Resources.
             * @constructor
             * @param {edgefleet.v1.Resources.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Resources = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Resources cpuMillis.
             * @member {number} cpuMillis
             * @memberof edgefleet.v1.Resources
             * @instance
             */
            Resources.prototype.cpuMillis = 0;

            /**
             * Resources memoryBytes.
             * @member {number} memoryBytes
             * @memberof edgefleet.v1.Resources
             * @instance
             */
            Resources.prototype.memoryBytes = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Resources instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.Resources
             * @static
             * @param {edgefleet.v1.Resources.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.Resources} Resources instance
             * @type {{
             *   (properties: edgefleet.v1.Resources.$Shape): edgefleet.v1.Resources & edgefleet.v1.Resources.$Shape;
             *   (properties?: edgefleet.v1.Resources.$Properties): edgefleet.v1.Resources;
             * }}
             */
            Resources.create = function(properties) {
                return new Resources(properties);
            };

            /**
             * Encodes the specified Resources message. Does not implicitly {@link edgefleet.v1.Resources.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.Resources
             * @static
             * @param {edgefleet.v1.Resources.$Properties} message Resources message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Resources.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis") && message.cpuMillis !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.cpuMillis);
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes") && (typeof message.memoryBytes === "object" ? message.memoryBytes.low || message.memoryBytes.high : message.memoryBytes !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.memoryBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Resources message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.Resources
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.Resources & edgefleet.v1.Resources.$Shape} Resources
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Resources.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.Resources();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cpuMillis = value;
                            else
                                delete message.cpuMillis;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.memoryBytes = value;
                            else
                                delete message.memoryBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Resources message.
             * @function verify
             * @memberof edgefleet.v1.Resources
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Resources.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis"))
                    if (!$util.isInteger(message.cpuMillis))
                        return "cpuMillis: integer expected";
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (!$util.isInteger(message.memoryBytes) && !(message.memoryBytes && $util.isInteger(message.memoryBytes.low) && $util.isInteger(message.memoryBytes.high)))
                        return "memoryBytes: integer|Long expected";
                return null;
            };

            /**
             * Creates a Resources message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.Resources
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.Resources} Resources
             */
            Resources.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.Resources)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.Resources: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.Resources();
                if (object.cpuMillis != null)
                    if ($Number(object.cpuMillis) !== 0)
                        message.cpuMillis = object.cpuMillis >>> 0;
                if (object.memoryBytes != null)
                    if (typeof object.memoryBytes === "object" ? object.memoryBytes.low || object.memoryBytes.high : $Number(object.memoryBytes) !== 0)
                        if ($util.Long)
                            message.memoryBytes = $util.Long.fromValue(object.memoryBytes, true);
                        else if (typeof object.memoryBytes === "string")
                            message.memoryBytes = $parseInt(object.memoryBytes, 10);
                        else if (typeof object.memoryBytes === "number")
                            message.memoryBytes = object.memoryBytes;
                        else if (typeof object.memoryBytes === "object")
                            message.memoryBytes = new $util.LongBits(object.memoryBytes.low >>> 0, object.memoryBytes.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Resources message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.Resources
             * @static
             * @param {edgefleet.v1.Resources} message Resources
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Resources.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.cpuMillis = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.memoryBytes = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.memoryBytes = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis"))
                    object.cpuMillis = message.cpuMillis;
                if (message.memoryBytes != null && $Object.hasOwnProperty.call(message, "memoryBytes"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.memoryBytes = typeof message.memoryBytes === "number" ? $BigInt(message.memoryBytes) : $util.Long.fromBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0, true).toBigInt();
                    else if (typeof message.memoryBytes === "number")
                        object.memoryBytes = options.longs === $String ? $String(message.memoryBytes) : message.memoryBytes;
                    else
                        object.memoryBytes = options.longs === $String ? $util.Long.prototype.toString.call(message.memoryBytes) : options.longs === $Number ? new $util.LongBits(message.memoryBytes.low >>> 0, message.memoryBytes.high >>> 0).toNumber(true) : message.memoryBytes;
                return object;
            };

            /**
             * Converts this Resources to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.Resources
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Resources.prototype.toJSON = function() {
                return Resources.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Resources
             * @function getTypeUrl
             * @memberof edgefleet.v1.Resources
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Resources.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.Resources";
            };

            return Resources;
        })();

        v1.HealthCheck = (function() {

            /**
             * Properties of a HealthCheck.
             * @typedef {Object} edgefleet.v1.HealthCheck.$Properties
             * @property {edgefleet.v1.HttpProbe.$Properties|null} [http] HealthCheck http
             * @property {edgefleet.v1.TcpProbe.$Properties|null} [tcp] HealthCheck tcp
             * @property {edgefleet.v1.ExecProbe.$Properties|null} [exec] HealthCheck exec
             * @property {number|null} [intervalMs] HealthCheck intervalMs
             * @property {number|null} [timeoutMs] HealthCheck timeoutMs
             * @property {number|null} [retries] HealthCheck retries
             * @property {number|null} [startPeriodMs] HealthCheck startPeriodMs
             * @property {"http"|"tcp"|"exec"} [probe] HealthCheck probe
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HealthCheck.
             * @memberof edgefleet.v1
             * @interface IHealthCheck
             * @augments edgefleet.v1.HealthCheck.$Properties
             * @deprecated Use edgefleet.v1.HealthCheck.$Properties instead.
             */

            /**
             * Narrowed shape of a HealthCheck.
             * @typedef {{
             *   http?: edgefleet.v1.HttpProbe.$Shape|null;
             *   tcp?: edgefleet.v1.TcpProbe.$Shape|null;
             *   exec?: edgefleet.v1.ExecProbe.$Shape|null;
             *   intervalMs?: number|null;
             *   timeoutMs?: number|null;
             *   retries?: number|null;
             *   startPeriodMs?: number|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ probe?: undefined; http?: null; tcp?: null; exec?: null }|{ probe?: "http"; http: edgefleet.v1.HttpProbe.$Shape; tcp?: null; exec?: null }|{ probe?: "tcp"; http?: null; tcp: edgefleet.v1.TcpProbe.$Shape; exec?: null }|{ probe?: "exec"; http?: null; tcp?: null; exec: edgefleet.v1.ExecProbe.$Shape })
             * )} edgefleet.v1.HealthCheck.$Shape
             */

            /**
             * Constructs a new HealthCheck.
             * @memberof edgefleet.v1
             * @classdesc Represents a HealthCheck.
             * @constructor
             * @param {edgefleet.v1.HealthCheck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HealthCheck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HealthCheck http.
             * @member {edgefleet.v1.HttpProbe.$Properties|null|undefined} http
             * @memberof edgefleet.v1.HealthCheck
             * @instance
             */
            HealthCheck.prototype.http = null;

            /**
             * HealthCheck tcp.
             * @member {edgefleet.v1.TcpProbe.$Properties|null|undefined} tcp
             * @memberof edgefleet.v1.HealthCheck
             * @instance
             */
            HealthCheck.prototype.tcp = null;

            /**
             * HealthCheck exec.
             * @member {edgefleet.v1.ExecProbe.$Properties|null|undefined} exec
             * @memberof edgefleet.v1.HealthCheck
             * @instance
             */
            HealthCheck.prototype.exec = null;

            /**
             * HealthCheck intervalMs.
             * @member {number} intervalMs
             * @memberof edgefleet.v1.HealthCheck
             * @instance
             */
            HealthCheck.prototype.intervalMs = 0;

            /**
             * HealthCheck timeoutMs.
             * @member {number} timeoutMs
             * @memberof edgefleet.v1.HealthCheck
             * @instance
             */
            HealthCheck.prototype.timeoutMs = 0;

            /**
             * HealthCheck retries.
             * @member {number} retries
             * @memberof edgefleet.v1.HealthCheck
             * @instance
             */
            HealthCheck.prototype.retries = 0;

            /**
             * HealthCheck startPeriodMs.
             * @member {number} startPeriodMs
             * @memberof edgefleet.v1.HealthCheck
             * @instance
             */
            HealthCheck.prototype.startPeriodMs = 0;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * HealthCheck probe.
             * @member {"http"|"tcp"|"exec"|undefined} probe
             * @memberof edgefleet.v1.HealthCheck
             * @instance
             */
            $Object.defineProperty(HealthCheck.prototype, "probe", {
                get: $util.oneOfGetter($oneOfFields = ["http", "tcp", "exec"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new HealthCheck instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.HealthCheck
             * @static
             * @param {edgefleet.v1.HealthCheck.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.HealthCheck} HealthCheck instance
             * @type {{
             *   (properties: edgefleet.v1.HealthCheck.$Shape): edgefleet.v1.HealthCheck & edgefleet.v1.HealthCheck.$Shape;
             *   (properties?: edgefleet.v1.HealthCheck.$Properties): edgefleet.v1.HealthCheck;
             * }}
             */
            HealthCheck.create = function(properties) {
                return new HealthCheck(properties);
            };

            /**
             * Encodes the specified HealthCheck message. Does not implicitly {@link edgefleet.v1.HealthCheck.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.HealthCheck
             * @static
             * @param {edgefleet.v1.HealthCheck.$Properties} message HealthCheck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HealthCheck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.http != null && $Object.hasOwnProperty.call(message, "http"))
                    $root.edgefleet.v1.HttpProbe.encode(message.http, writer.uint32(/* id 1, wireType 2 =*/10).fork(), _depth + 1).ldelim();
                if (message.tcp != null && $Object.hasOwnProperty.call(message, "tcp"))
                    $root.edgefleet.v1.TcpProbe.encode(message.tcp, writer.uint32(/* id 2, wireType 2 =*/18).fork(), _depth + 1).ldelim();
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec"))
                    $root.edgefleet.v1.ExecProbe.encode(message.exec, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs") && message.intervalMs !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.intervalMs);
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs") && message.timeoutMs !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.timeoutMs);
                if (message.retries != null && $Object.hasOwnProperty.call(message, "retries") && message.retries !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.retries);
                if (message.startPeriodMs != null && $Object.hasOwnProperty.call(message, "startPeriodMs") && message.startPeriodMs !== 0)
                    writer.uint32(/* id 7, wireType 0 =*/56).uint32(message.startPeriodMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HealthCheck message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.HealthCheck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.HealthCheck & edgefleet.v1.HealthCheck.$Shape} HealthCheck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HealthCheck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.HealthCheck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            message.http = $root.edgefleet.v1.HttpProbe.decode(reader, reader.size(), $undefined, _depth + 1, message.http);
                            message.probe = "http";
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            message.tcp = $root.edgefleet.v1.TcpProbe.decode(reader, reader.size(), $undefined, _depth + 1, message.tcp);
                            message.probe = "tcp";
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.exec = $root.edgefleet.v1.ExecProbe.decode(reader, reader.size(), $undefined, _depth + 1, message.exec);
                            message.probe = "exec";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.intervalMs = value;
                            else
                                delete message.intervalMs;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.timeoutMs = value;
                            else
                                delete message.timeoutMs;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.retries = value;
                            else
                                delete message.retries;
                            continue;
                        }
                    case 7: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.startPeriodMs = value;
                            else
                                delete message.startPeriodMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a HealthCheck message.
             * @function verify
             * @memberof edgefleet.v1.HealthCheck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HealthCheck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.http != null && $Object.hasOwnProperty.call(message, "http")) {
                    properties.probe = 1;
                    {
                        let error = $root.edgefleet.v1.HttpProbe.verify(message.http, _depth + 1);
                        if (error)
                            return "http." + error;
                    }
                }
                if (message.tcp != null && $Object.hasOwnProperty.call(message, "tcp")) {
                    if (properties.probe === 1)
                        return "probe: multiple values";
                    properties.probe = 1;
                    {
                        let error = $root.edgefleet.v1.TcpProbe.verify(message.tcp, _depth + 1);
                        if (error)
                            return "tcp." + error;
                    }
                }
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec")) {
                    if (properties.probe === 1)
                        return "probe: multiple values";
                    properties.probe = 1;
                    {
                        let error = $root.edgefleet.v1.ExecProbe.verify(message.exec, _depth + 1);
                        if (error)
                            return "exec." + error;
                    }
                }
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs"))
                    if (!$util.isInteger(message.intervalMs))
                        return "intervalMs: integer expected";
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs"))
                    if (!$util.isInteger(message.timeoutMs))
                        return "timeoutMs: integer expected";
                if (message.retries != null && $Object.hasOwnProperty.call(message, "retries"))
                    if (!$util.isInteger(message.retries))
                        return "retries: integer expected";
                if (message.startPeriodMs != null && $Object.hasOwnProperty.call(message, "startPeriodMs"))
                    if (!$util.isInteger(message.startPeriodMs))
                        return "startPeriodMs: integer expected";
                return null;
            };

            /**
             * Creates a HealthCheck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.HealthCheck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.HealthCheck} HealthCheck
             */
            HealthCheck.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.HealthCheck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.HealthCheck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.HealthCheck();
                if (object.http != null) {
                    if (!$util.isObject(object.http))
                        throw $TypeError(".edgefleet.v1.HealthCheck.http: object expected");
                    message.http = $root.edgefleet.v1.HttpProbe.fromObject(object.http, _depth + 1);
                }
                if (object.tcp != null) {
                    if (!$util.isObject(object.tcp))
                        throw $TypeError(".edgefleet.v1.HealthCheck.tcp: object expected");
                    message.tcp = $root.edgefleet.v1.TcpProbe.fromObject(object.tcp, _depth + 1);
                }
                if (object.exec != null) {
                    if (!$util.isObject(object.exec))
                        throw $TypeError(".edgefleet.v1.HealthCheck.exec: object expected");
                    message.exec = $root.edgefleet.v1.ExecProbe.fromObject(object.exec, _depth + 1);
                }
                if (object.intervalMs != null)
                    if ($Number(object.intervalMs) !== 0)
                        message.intervalMs = object.intervalMs >>> 0;
                if (object.timeoutMs != null)
                    if ($Number(object.timeoutMs) !== 0)
                        message.timeoutMs = object.timeoutMs >>> 0;
                if (object.retries != null)
                    if ($Number(object.retries) !== 0)
                        message.retries = object.retries >>> 0;
                if (object.startPeriodMs != null)
                    if ($Number(object.startPeriodMs) !== 0)
                        message.startPeriodMs = object.startPeriodMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a HealthCheck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.HealthCheck
             * @static
             * @param {edgefleet.v1.HealthCheck} message HealthCheck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HealthCheck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.intervalMs = 0;
                    object.timeoutMs = 0;
                    object.retries = 0;
                    object.startPeriodMs = 0;
                }
                if (message.http != null && $Object.hasOwnProperty.call(message, "http")) {
                    object.http = $root.edgefleet.v1.HttpProbe.toObject(message.http, options, _depth + 1);
                    if (options.oneofs)
                        object.probe = "http";
                }
                if (message.tcp != null && $Object.hasOwnProperty.call(message, "tcp")) {
                    object.tcp = $root.edgefleet.v1.TcpProbe.toObject(message.tcp, options, _depth + 1);
                    if (options.oneofs)
                        object.probe = "tcp";
                }
                if (message.exec != null && $Object.hasOwnProperty.call(message, "exec")) {
                    object.exec = $root.edgefleet.v1.ExecProbe.toObject(message.exec, options, _depth + 1);
                    if (options.oneofs)
                        object.probe = "exec";
                }
                if (message.intervalMs != null && $Object.hasOwnProperty.call(message, "intervalMs"))
                    object.intervalMs = message.intervalMs;
                if (message.timeoutMs != null && $Object.hasOwnProperty.call(message, "timeoutMs"))
                    object.timeoutMs = message.timeoutMs;
                if (message.retries != null && $Object.hasOwnProperty.call(message, "retries"))
                    object.retries = message.retries;
                if (message.startPeriodMs != null && $Object.hasOwnProperty.call(message, "startPeriodMs"))
                    object.startPeriodMs = message.startPeriodMs;
                return object;
            };

            /**
             * Converts this HealthCheck to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.HealthCheck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HealthCheck.prototype.toJSON = function() {
                return HealthCheck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HealthCheck
             * @function getTypeUrl
             * @memberof edgefleet.v1.HealthCheck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HealthCheck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.HealthCheck";
            };

            return HealthCheck;
        })();

        v1.HttpProbe = (function() {

            /**
             * Properties of a HttpProbe.
             * @typedef {Object} edgefleet.v1.HttpProbe.$Properties
             * @property {number|null} [port] HttpProbe port
             * @property {string|null} [path] HttpProbe path
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a HttpProbe.
             * @memberof edgefleet.v1
             * @interface IHttpProbe
             * @augments edgefleet.v1.HttpProbe.$Properties
             * @deprecated Use edgefleet.v1.HttpProbe.$Properties instead.
             */

            /**
             * Shape of a HttpProbe.
             * @typedef {edgefleet.v1.HttpProbe.$Properties} edgefleet.v1.HttpProbe.$Shape
             */

            /**
             * Constructs a new HttpProbe.
             * @memberof edgefleet.v1
             * @classdesc Represents a HttpProbe.
             * @constructor
             * @param {edgefleet.v1.HttpProbe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const HttpProbe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * HttpProbe port.
             * @member {number} port
             * @memberof edgefleet.v1.HttpProbe
             * @instance
             */
            HttpProbe.prototype.port = 0;

            /**
             * HttpProbe path.
             * @member {string} path
             * @memberof edgefleet.v1.HttpProbe
             * @instance
             */
            HttpProbe.prototype.path = "";

            /**
             * Creates a new HttpProbe instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.HttpProbe
             * @static
             * @param {edgefleet.v1.HttpProbe.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.HttpProbe} HttpProbe instance
             * @type {{
             *   (properties: edgefleet.v1.HttpProbe.$Shape): edgefleet.v1.HttpProbe & edgefleet.v1.HttpProbe.$Shape;
             *   (properties?: edgefleet.v1.HttpProbe.$Properties): edgefleet.v1.HttpProbe;
             * }}
             */
            HttpProbe.create = function(properties) {
                return new HttpProbe(properties);
            };

            /**
             * Encodes the specified HttpProbe message. Does not implicitly {@link edgefleet.v1.HttpProbe.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.HttpProbe
             * @static
             * @param {edgefleet.v1.HttpProbe.$Properties} message HttpProbe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            HttpProbe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.port);
                if (message.path != null && $Object.hasOwnProperty.call(message, "path") && message.path !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.path);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a HttpProbe message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.HttpProbe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.HttpProbe & edgefleet.v1.HttpProbe.$Shape} HttpProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            HttpProbe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.HttpProbe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.path = value;
                            else
                                delete message.path;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a HttpProbe message.
             * @function verify
             * @memberof edgefleet.v1.HttpProbe
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            HttpProbe.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    if (!$util.isInteger(message.port))
                        return "port: integer expected";
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    if (!$util.isString(message.path))
                        return "path: string expected";
                return null;
            };

            /**
             * Creates a HttpProbe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.HttpProbe
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.HttpProbe} HttpProbe
             */
            HttpProbe.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.HttpProbe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.HttpProbe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.HttpProbe();
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                if (object.path != null)
                    if (typeof object.path !== "string" || object.path.length)
                        message.path = $String(object.path);
                return message;
            };

            /**
             * Creates a plain object from a HttpProbe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.HttpProbe
             * @static
             * @param {edgefleet.v1.HttpProbe} message HttpProbe
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            HttpProbe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.port = 0;
                    object.path = "";
                }
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                if (message.path != null && $Object.hasOwnProperty.call(message, "path"))
                    object.path = message.path;
                return object;
            };

            /**
             * Converts this HttpProbe to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.HttpProbe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            HttpProbe.prototype.toJSON = function() {
                return HttpProbe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for HttpProbe
             * @function getTypeUrl
             * @memberof edgefleet.v1.HttpProbe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            HttpProbe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.HttpProbe";
            };

            return HttpProbe;
        })();

        v1.TcpProbe = (function() {

            /**
             * Properties of a TcpProbe.
             * @typedef {Object} edgefleet.v1.TcpProbe.$Properties
             * @property {number|null} [port] TcpProbe port
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a TcpProbe.
             * @memberof edgefleet.v1
             * @interface ITcpProbe
             * @augments edgefleet.v1.TcpProbe.$Properties
             * @deprecated Use edgefleet.v1.TcpProbe.$Properties instead.
             */

            /**
             * Shape of a TcpProbe.
             * @typedef {edgefleet.v1.TcpProbe.$Properties} edgefleet.v1.TcpProbe.$Shape
             */

            /**
             * Constructs a new TcpProbe.
             * @memberof edgefleet.v1
             * @classdesc Represents a TcpProbe.
             * @constructor
             * @param {edgefleet.v1.TcpProbe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const TcpProbe = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * TcpProbe port.
             * @member {number} port
             * @memberof edgefleet.v1.TcpProbe
             * @instance
             */
            TcpProbe.prototype.port = 0;

            /**
             * Creates a new TcpProbe instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.TcpProbe
             * @static
             * @param {edgefleet.v1.TcpProbe.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.TcpProbe} TcpProbe instance
             * @type {{
             *   (properties: edgefleet.v1.TcpProbe.$Shape): edgefleet.v1.TcpProbe & edgefleet.v1.TcpProbe.$Shape;
             *   (properties?: edgefleet.v1.TcpProbe.$Properties): edgefleet.v1.TcpProbe;
             * }}
             */
            TcpProbe.create = function(properties) {
                return new TcpProbe(properties);
            };

            /**
             * Encodes the specified TcpProbe message. Does not implicitly {@link edgefleet.v1.TcpProbe.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.TcpProbe
             * @static
             * @param {edgefleet.v1.TcpProbe.$Properties} message TcpProbe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            TcpProbe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.port != null && $Object.hasOwnProperty.call(message, "port") && message.port !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).uint32(message.port);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a TcpProbe message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.TcpProbe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.TcpProbe & edgefleet.v1.TcpProbe.$Shape} TcpProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            TcpProbe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.TcpProbe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.port = value;
                            else
                                delete message.port;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a TcpProbe message.
             * @function verify
             * @memberof edgefleet.v1.TcpProbe
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            TcpProbe.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    if (!$util.isInteger(message.port))
                        return "port: integer expected";
                return null;
            };

            /**
             * Creates a TcpProbe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.TcpProbe
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.TcpProbe} TcpProbe
             */
            TcpProbe.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.TcpProbe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.TcpProbe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.TcpProbe();
                if (object.port != null)
                    if ($Number(object.port) !== 0)
                        message.port = object.port >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a TcpProbe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.TcpProbe
             * @static
             * @param {edgefleet.v1.TcpProbe} message TcpProbe
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            TcpProbe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.port = 0;
                if (message.port != null && $Object.hasOwnProperty.call(message, "port"))
                    object.port = message.port;
                return object;
            };

            /**
             * Converts this TcpProbe to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.TcpProbe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            TcpProbe.prototype.toJSON = function() {
                return TcpProbe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for TcpProbe
             * @function getTypeUrl
             * @memberof edgefleet.v1.TcpProbe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            TcpProbe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.TcpProbe";
            };

            return TcpProbe;
        })();

        v1.ExecProbe = (function() {

            /**
             * Properties of an ExecProbe.
             * @typedef {Object} edgefleet.v1.ExecProbe.$Properties
             * @property {Array.<string>|null} [command] ExecProbe command
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of an ExecProbe.
             * @memberof edgefleet.v1
             * @interface IExecProbe
             * @augments edgefleet.v1.ExecProbe.$Properties
             * @deprecated Use edgefleet.v1.ExecProbe.$Properties instead.
             */

            /**
             * Shape of an ExecProbe.
             * @typedef {edgefleet.v1.ExecProbe.$Properties} edgefleet.v1.ExecProbe.$Shape
             */

            /**
             * Constructs a new ExecProbe.
             * @memberof edgefleet.v1
             * @classdesc Represents an ExecProbe.
             * @constructor
             * @param {edgefleet.v1.ExecProbe.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const ExecProbe = function (properties) {
                this.command = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * ExecProbe command.
             * @member {Array.<string>} command
             * @memberof edgefleet.v1.ExecProbe
             * @instance
             */
            ExecProbe.prototype.command = $util.emptyArray;

            /**
             * Creates a new ExecProbe instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.ExecProbe
             * @static
             * @param {edgefleet.v1.ExecProbe.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.ExecProbe} ExecProbe instance
             * @type {{
             *   (properties: edgefleet.v1.ExecProbe.$Shape): edgefleet.v1.ExecProbe & edgefleet.v1.ExecProbe.$Shape;
             *   (properties?: edgefleet.v1.ExecProbe.$Properties): edgefleet.v1.ExecProbe;
             * }}
             */
            ExecProbe.create = function(properties) {
                return new ExecProbe(properties);
            };

            /**
             * Encodes the specified ExecProbe message. Does not implicitly {@link edgefleet.v1.ExecProbe.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.ExecProbe
             * @static
             * @param {edgefleet.v1.ExecProbe.$Properties} message ExecProbe message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            ExecProbe.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.command != null && message.command.length)
                    for (let i = 0; i < message.command.length; ++i)
                        writer.uint32(/* id 1, wireType 2 =*/10).string(message.command[i]);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes an ExecProbe message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.ExecProbe
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.ExecProbe & edgefleet.v1.ExecProbe.$Shape} ExecProbe
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            ExecProbe.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.ExecProbe();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if (!(message.command && message.command.length))
                                message.command = [];
                            message.command.push(reader.stringVerify());
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies an ExecProbe message.
             * @function verify
             * @memberof edgefleet.v1.ExecProbe
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            ExecProbe.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.command != null && $Object.hasOwnProperty.call(message, "command")) {
                    if (!$Array.isArray(message.command))
                        return "command: array expected";
                    for (let i = 0; i < message.command.length; ++i)
                        if (!$util.isString(message.command[i]))
                            return "command: string[] expected";
                }
                return null;
            };

            /**
             * Creates an ExecProbe message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.ExecProbe
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.ExecProbe} ExecProbe
             */
            ExecProbe.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.ExecProbe)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.ExecProbe: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.ExecProbe();
                if (object.command) {
                    if (!$Array.isArray(object.command))
                        throw $TypeError(".edgefleet.v1.ExecProbe.command: array expected");
                    message.command = $Array(object.command.length);
                    for (let i = 0; i < object.command.length; ++i)
                        message.command[i] = $String(object.command[i]);
                }
                return message;
            };

            /**
             * Creates a plain object from an ExecProbe message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.ExecProbe
             * @static
             * @param {edgefleet.v1.ExecProbe} message ExecProbe
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            ExecProbe.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.command = [];
                if (message.command && message.command.length) {
                    object.command = $Array(message.command.length);
                    for (let j = 0; j < message.command.length; ++j)
                        object.command[j] = message.command[j];
                }
                return object;
            };

            /**
             * Converts this ExecProbe to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.ExecProbe
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            ExecProbe.prototype.toJSON = function() {
                return ExecProbe.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for ExecProbe
             * @function getTypeUrl
             * @memberof edgefleet.v1.ExecProbe
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            ExecProbe.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.ExecProbe";
            };

            return ExecProbe;
        })();

        v1.NodePolicy = (function() {

            /**
             * Properties of a NodePolicy.
             * @typedef {Object} edgefleet.v1.NodePolicy.$Properties
             * @property {number|null} [evictMemoryPercent] NodePolicy evictMemoryPercent
             * @property {number|null} [evictDiskPercent] NodePolicy evictDiskPercent
             * @property {number|null} [restartBackoffMaxMs] NodePolicy restartBackoffMaxMs
             * @property {Array.<edgefleet.v1.PolicyRule.$Properties>|null} [rules] NodePolicy rules
             * @property {string|null} [maintenanceWindow] NodePolicy maintenanceWindow
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a NodePolicy.
             * @memberof edgefleet.v1
             * @interface INodePolicy
             * @augments edgefleet.v1.NodePolicy.$Properties
             * @deprecated Use edgefleet.v1.NodePolicy.$Properties instead.
             */

            /**
             * Shape of a NodePolicy.
             * @typedef {edgefleet.v1.NodePolicy.$Properties} edgefleet.v1.NodePolicy.$Shape
             */

            /**
             * Constructs a new NodePolicy.
             * @memberof edgefleet.v1
             * @classdesc Represents a NodePolicy.
             * @constructor
             * @param {edgefleet.v1.NodePolicy.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const NodePolicy = function (properties) {
                this.rules = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * NodePolicy evictMemoryPercent.
             * @member {number} evictMemoryPercent
             * @memberof edgefleet.v1.NodePolicy
             * @instance
             */
            NodePolicy.prototype.evictMemoryPercent = 0;

            /**
             * NodePolicy evictDiskPercent.
             * @member {number} evictDiskPercent
             * @memberof edgefleet.v1.NodePolicy
             * @instance
             */
            NodePolicy.prototype.evictDiskPercent = 0;

            /**
             * NodePolicy restartBackoffMaxMs.
             * @member {number} restartBackoffMaxMs
             * @memberof edgefleet.v1.NodePolicy
             * @instance
             */
            NodePolicy.prototype.restartBackoffMaxMs = 0;

            /**
             * NodePolicy rules.
             * @member {Array.<edgefleet.v1.PolicyRule.$Properties>} rules
             * @memberof edgefleet.v1.NodePolicy
             * @instance
             */
            NodePolicy.prototype.rules = $util.emptyArray;

            /**
             * NodePolicy maintenanceWindow.
             * @member {string} maintenanceWindow
             * @memberof edgefleet.v1.NodePolicy
             * @instance
             */
            NodePolicy.prototype.maintenanceWindow = "";

            /**
             * Creates a new NodePolicy instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.NodePolicy
             * @static
             * @param {edgefleet.v1.NodePolicy.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.NodePolicy} NodePolicy instance
             * @type {{
             *   (properties: edgefleet.v1.NodePolicy.$Shape): edgefleet.v1.NodePolicy & edgefleet.v1.NodePolicy.$Shape;
             *   (properties?: edgefleet.v1.NodePolicy.$Properties): edgefleet.v1.NodePolicy;
             * }}
             */
            NodePolicy.create = function(properties) {
                return new NodePolicy(properties);
            };

            /**
             * Encodes the specified NodePolicy message. Does not implicitly {@link edgefleet.v1.NodePolicy.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.NodePolicy
             * @static
             * @param {edgefleet.v1.NodePolicy.$Properties} message NodePolicy message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            NodePolicy.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.evictMemoryPercent != null && $Object.hasOwnProperty.call(message, "evictMemoryPercent") && !$Object.is(message.evictMemoryPercent, 0))
                    writer.uint32(/* id 1, wireType 5 =*/13).float(message.evictMemoryPercent);
                if (message.evictDiskPercent != null && $Object.hasOwnProperty.call(message, "evictDiskPercent") && !$Object.is(message.evictDiskPercent, 0))
                    writer.uint32(/* id 2, wireType 5 =*/21).float(message.evictDiskPercent);
                if (message.restartBackoffMaxMs != null && $Object.hasOwnProperty.call(message, "restartBackoffMaxMs") && message.restartBackoffMaxMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.restartBackoffMaxMs);
                if (message.rules != null && message.rules.length)
                    for (let i = 0; i < message.rules.length; ++i)
                        $root.edgefleet.v1.PolicyRule.encode(message.rules[i], writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.maintenanceWindow != null && $Object.hasOwnProperty.call(message, "maintenanceWindow") && message.maintenanceWindow !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.maintenanceWindow);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a NodePolicy message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.NodePolicy
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.NodePolicy & edgefleet.v1.NodePolicy.$Shape} NodePolicy
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            NodePolicy.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.NodePolicy();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.evictMemoryPercent = value;
                            else
                                delete message.evictMemoryPercent;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 5)
                                break;
                            if (!$Object.is(value = reader.float(), 0))
                                message.evictDiskPercent = value;
                            else
                                delete message.evictDiskPercent;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.restartBackoffMaxMs = value;
                            else
                                delete message.restartBackoffMaxMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if (!(message.rules && message.rules.length))
                                message.rules = [];
                            message.rules.push($root.edgefleet.v1.PolicyRule.decode(reader, reader.size(), $undefined, _depth + 1));
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.maintenanceWindow = value;
                            else
                                delete message.maintenanceWindow;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a NodePolicy message.
             * @function verify
             * @memberof edgefleet.v1.NodePolicy
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            NodePolicy.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.evictMemoryPercent != null && $Object.hasOwnProperty.call(message, "evictMemoryPercent"))
                    if (typeof message.evictMemoryPercent !== "number")
                        return "evictMemoryPercent: number expected";
                if (message.evictDiskPercent != null && $Object.hasOwnProperty.call(message, "evictDiskPercent"))
                    if (typeof message.evictDiskPercent !== "number")
                        return "evictDiskPercent: number expected";
                if (message.restartBackoffMaxMs != null && $Object.hasOwnProperty.call(message, "restartBackoffMaxMs"))
                    if (!$util.isInteger(message.restartBackoffMaxMs))
                        return "restartBackoffMaxMs: integer expected";
                if (message.rules != null && $Object.hasOwnProperty.call(message, "rules")) {
                    if (!$Array.isArray(message.rules))
                        return "rules: array expected";
                    for (let i = 0; i < message.rules.length; ++i) {
                        let error = $root.edgefleet.v1.PolicyRule.verify(message.rules[i], _depth + 1);
                        if (error)
                            return "rules." + error;
                    }
                }
                if (message.maintenanceWindow != null && $Object.hasOwnProperty.call(message, "maintenanceWindow"))
                    if (!$util.isString(message.maintenanceWindow))
                        return "maintenanceWindow: string expected";
                return null;
            };

            /**
             * Creates a NodePolicy message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.NodePolicy
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.NodePolicy} NodePolicy
             */
            NodePolicy.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.NodePolicy)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.NodePolicy: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.NodePolicy();
                if (object.evictMemoryPercent != null)
                    if (!$Object.is($Number(object.evictMemoryPercent), 0))
                        message.evictMemoryPercent = $Number(object.evictMemoryPercent);
                if (object.evictDiskPercent != null)
                    if (!$Object.is($Number(object.evictDiskPercent), 0))
                        message.evictDiskPercent = $Number(object.evictDiskPercent);
                if (object.restartBackoffMaxMs != null)
                    if ($Number(object.restartBackoffMaxMs) !== 0)
                        message.restartBackoffMaxMs = object.restartBackoffMaxMs >>> 0;
                if (object.rules) {
                    if (!$Array.isArray(object.rules))
                        throw $TypeError(".edgefleet.v1.NodePolicy.rules: array expected");
                    message.rules = $Array(object.rules.length);
                    for (let i = 0; i < object.rules.length; ++i) {
                        if (!$util.isObject(object.rules[i]))
                            throw $TypeError(".edgefleet.v1.NodePolicy.rules: object expected");
                        message.rules[i] = $root.edgefleet.v1.PolicyRule.fromObject(object.rules[i], _depth + 1);
                    }
                }
                if (object.maintenanceWindow != null)
                    if (typeof object.maintenanceWindow !== "string" || object.maintenanceWindow.length)
                        message.maintenanceWindow = $String(object.maintenanceWindow);
                return message;
            };

            /**
             * Creates a plain object from a NodePolicy message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.NodePolicy
             * @static
             * @param {edgefleet.v1.NodePolicy} message NodePolicy
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            NodePolicy.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.rules = [];
                if (options.defaults) {
                    object.evictMemoryPercent = 0;
                    object.evictDiskPercent = 0;
                    object.restartBackoffMaxMs = 0;
                    object.maintenanceWindow = "";
                }
                if (message.evictMemoryPercent != null && $Object.hasOwnProperty.call(message, "evictMemoryPercent"))
                    object.evictMemoryPercent = options.json && !$isFinite(message.evictMemoryPercent) ? $String(message.evictMemoryPercent) : message.evictMemoryPercent;
                if (message.evictDiskPercent != null && $Object.hasOwnProperty.call(message, "evictDiskPercent"))
                    object.evictDiskPercent = options.json && !$isFinite(message.evictDiskPercent) ? $String(message.evictDiskPercent) : message.evictDiskPercent;
                if (message.restartBackoffMaxMs != null && $Object.hasOwnProperty.call(message, "restartBackoffMaxMs"))
                    object.restartBackoffMaxMs = message.restartBackoffMaxMs;
                if (message.rules && message.rules.length) {
                    object.rules = $Array(message.rules.length);
                    for (let j = 0; j < message.rules.length; ++j)
                        object.rules[j] = $root.edgefleet.v1.PolicyRule.toObject(message.rules[j], options, _depth + 1);
                }
                if (message.maintenanceWindow != null && $Object.hasOwnProperty.call(message, "maintenanceWindow"))
                    object.maintenanceWindow = message.maintenanceWindow;
                return object;
            };

            /**
             * Converts this NodePolicy to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.NodePolicy
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            NodePolicy.prototype.toJSON = function() {
                return NodePolicy.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for NodePolicy
             * @function getTypeUrl
             * @memberof edgefleet.v1.NodePolicy
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            NodePolicy.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.NodePolicy";
            };

            return NodePolicy;
        })();

        v1.PolicyRule = (function() {

            /**
             * Properties of a PolicyRule.
             * @typedef {Object} edgefleet.v1.PolicyRule.$Properties
             * @property {string|null} [name] PolicyRule name
             * @property {string|null} [when] PolicyRule when
             * @property {number|null} [forMs] PolicyRule forMs
             * @property {string|null} [then] PolicyRule then
             * @property {string|null} [until] PolicyRule until
             * @property {edgefleet.v1.PolicyCondition.$Properties|null} [condition] PolicyRule condition
             * @property {edgefleet.v1.PolicyAction.$Properties|null} [action] PolicyRule action
             * @property {edgefleet.v1.PolicyCondition.$Properties|null} [clear] PolicyRule clear
             * @property {number|null} [clearForMs] PolicyRule clearForMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PolicyRule.
             * @memberof edgefleet.v1
             * @interface IPolicyRule
             * @augments edgefleet.v1.PolicyRule.$Properties
             * @deprecated Use edgefleet.v1.PolicyRule.$Properties instead.
             */

            /**
             * Shape of a PolicyRule.
             * @typedef {edgefleet.v1.PolicyRule.$Properties} edgefleet.v1.PolicyRule.$Shape
             */

            /**
             * Constructs a new PolicyRule.
             * @memberof edgefleet.v1
             * @classdesc Represents a PolicyRule.
             * @constructor
             * @param {edgefleet.v1.PolicyRule.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PolicyRule = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PolicyRule name.
             * @member {string} name
             * @memberof edgefleet.v1.PolicyRule
             * @instance
             */
            PolicyRule.prototype.name = "";

            /**
             * PolicyRule when.
             * @member {string} when
             * @memberof edgefleet.v1.PolicyRule
             * @instance
             */
            PolicyRule.prototype.when = "";

            /**
             * PolicyRule forMs.
             * @member {number} forMs
             * @memberof edgefleet.v1.PolicyRule
             * @instance
             */
            PolicyRule.prototype.forMs = 0;

            /**
             * PolicyRule then.
             * @member {string} then
             * @memberof edgefleet.v1.PolicyRule
             * @instance
             */
            PolicyRule.prototype.then = "";

            /**
             * PolicyRule until.
             * @member {string} until
             * @memberof edgefleet.v1.PolicyRule
             * @instance
             */
            PolicyRule.prototype.until = "";

            /**
             * PolicyRule condition.
             * @member {edgefleet.v1.PolicyCondition.$Properties|null|undefined} condition
             * @memberof edgefleet.v1.PolicyRule
             * @instance
             */
            PolicyRule.prototype.condition = null;

            /**
             * PolicyRule action.
             * @member {edgefleet.v1.PolicyAction.$Properties|null|undefined} action
             * @memberof edgefleet.v1.PolicyRule
             * @instance
             */
            PolicyRule.prototype.action = null;

            /**
             * PolicyRule clear.
             * @member {edgefleet.v1.PolicyCondition.$Properties|null|undefined} clear
             * @memberof edgefleet.v1.PolicyRule
             * @instance
             */
            PolicyRule.prototype.clear = null;

            /**
             * PolicyRule clearForMs.
             * @member {number} clearForMs
             * @memberof edgefleet.v1.PolicyRule
             * @instance
             */
            PolicyRule.prototype.clearForMs = 0;

            /**
             * Creates a new PolicyRule instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.PolicyRule
             * @static
             * @param {edgefleet.v1.PolicyRule.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.PolicyRule} PolicyRule instance
             * @type {{
             *   (properties: edgefleet.v1.PolicyRule.$Shape): edgefleet.v1.PolicyRule & edgefleet.v1.PolicyRule.$Shape;
             *   (properties?: edgefleet.v1.PolicyRule.$Properties): edgefleet.v1.PolicyRule;
             * }}
             */
            PolicyRule.create = function(properties) {
                return new PolicyRule(properties);
            };

            /**
             * Encodes the specified PolicyRule message. Does not implicitly {@link edgefleet.v1.PolicyRule.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.PolicyRule
             * @static
             * @param {edgefleet.v1.PolicyRule.$Properties} message PolicyRule message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PolicyRule.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.name != null && $Object.hasOwnProperty.call(message, "name") && message.name !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.name);
                if (message.when != null && $Object.hasOwnProperty.call(message, "when") && message.when !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.when);
                if (message.forMs != null && $Object.hasOwnProperty.call(message, "forMs") && message.forMs !== 0)
                    writer.uint32(/* id 3, wireType 0 =*/24).uint32(message.forMs);
                if (message.then != null && $Object.hasOwnProperty.call(message, "then") && message.then !== "")
                    writer.uint32(/* id 4, wireType 2 =*/34).string(message.then);
                if (message.until != null && $Object.hasOwnProperty.call(message, "until") && message.until !== "")
                    writer.uint32(/* id 5, wireType 2 =*/42).string(message.until);
                if (message.condition != null && $Object.hasOwnProperty.call(message, "condition"))
                    $root.edgefleet.v1.PolicyCondition.encode(message.condition, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    $root.edgefleet.v1.PolicyAction.encode(message.action, writer.uint32(/* id 7, wireType 2 =*/58).fork(), _depth + 1).ldelim();
                if (message.clear != null && $Object.hasOwnProperty.call(message, "clear"))
                    $root.edgefleet.v1.PolicyCondition.encode(message.clear, writer.uint32(/* id 8, wireType 2 =*/66).fork(), _depth + 1).ldelim();
                if (message.clearForMs != null && $Object.hasOwnProperty.call(message, "clearForMs") && message.clearForMs !== 0)
                    writer.uint32(/* id 9, wireType 0 =*/72).uint32(message.clearForMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PolicyRule message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.PolicyRule
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.PolicyRule & edgefleet.v1.PolicyRule.$Shape} PolicyRule
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PolicyRule.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.PolicyRule();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.name = value;
                            else
                                delete message.name;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.when = value;
                            else
                                delete message.when;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.forMs = value;
                            else
                                delete message.forMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.then = value;
                            else
                                delete message.then;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.until = value;
                            else
                                delete message.until;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.condition = $root.edgefleet.v1.PolicyCondition.decode(reader, reader.size(), $undefined, _depth + 1, message.condition);
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            message.action = $root.edgefleet.v1.PolicyAction.decode(reader, reader.size(), $undefined, _depth + 1, message.action);
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            message.clear = $root.edgefleet.v1.PolicyCondition.decode(reader, reader.size(), $undefined, _depth + 1, message.clear);
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.clearForMs = value;
                            else
                                delete message.clearForMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PolicyRule message.
             * @function verify
             * @memberof edgefleet.v1.PolicyRule
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PolicyRule.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    if (!$util.isString(message.name))
                        return "name: string expected";
                if (message.when != null && $Object.hasOwnProperty.call(message, "when"))
                    if (!$util.isString(message.when))
                        return "when: string expected";
                if (message.forMs != null && $Object.hasOwnProperty.call(message, "forMs"))
                    if (!$util.isInteger(message.forMs))
                        return "forMs: integer expected";
                if (message.then != null && $Object.hasOwnProperty.call(message, "then"))
                    if (!$util.isString(message.then))
                        return "then: string expected";
                if (message.until != null && $Object.hasOwnProperty.call(message, "until"))
                    if (!$util.isString(message.until))
                        return "until: string expected";
                if (message.condition != null && $Object.hasOwnProperty.call(message, "condition")) {
                    let error = $root.edgefleet.v1.PolicyCondition.verify(message.condition, _depth + 1);
                    if (error)
                        return "condition." + error;
                }
                if (message.action != null && $Object.hasOwnProperty.call(message, "action")) {
                    let error = $root.edgefleet.v1.PolicyAction.verify(message.action, _depth + 1);
                    if (error)
                        return "action." + error;
                }
                if (message.clear != null && $Object.hasOwnProperty.call(message, "clear")) {
                    let error = $root.edgefleet.v1.PolicyCondition.verify(message.clear, _depth + 1);
                    if (error)
                        return "clear." + error;
                }
                if (message.clearForMs != null && $Object.hasOwnProperty.call(message, "clearForMs"))
                    if (!$util.isInteger(message.clearForMs))
                        return "clearForMs: integer expected";
                return null;
            };

            /**
             * Creates a PolicyRule message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.PolicyRule
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.PolicyRule} PolicyRule
             */
            PolicyRule.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.PolicyRule)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.PolicyRule: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.PolicyRule();
                if (object.name != null)
                    if (typeof object.name !== "string" || object.name.length)
                        message.name = $String(object.name);
                if (object.when != null)
                    if (typeof object.when !== "string" || object.when.length)
                        message.when = $String(object.when);
                if (object.forMs != null)
                    if ($Number(object.forMs) !== 0)
                        message.forMs = object.forMs >>> 0;
                if (object.then != null)
                    if (typeof object.then !== "string" || object.then.length)
                        message.then = $String(object.then);
                if (object.until != null)
                    if (typeof object.until !== "string" || object.until.length)
                        message.until = $String(object.until);
                if (object.condition != null) {
                    if (!$util.isObject(object.condition))
                        throw $TypeError(".edgefleet.v1.PolicyRule.condition: object expected");
                    message.condition = $root.edgefleet.v1.PolicyCondition.fromObject(object.condition, _depth + 1);
                }
                if (object.action != null) {
                    if (!$util.isObject(object.action))
                        throw $TypeError(".edgefleet.v1.PolicyRule.action: object expected");
                    message.action = $root.edgefleet.v1.PolicyAction.fromObject(object.action, _depth + 1);
                }
                if (object.clear != null) {
                    if (!$util.isObject(object.clear))
                        throw $TypeError(".edgefleet.v1.PolicyRule.clear: object expected");
                    message.clear = $root.edgefleet.v1.PolicyCondition.fromObject(object.clear, _depth + 1);
                }
                if (object.clearForMs != null)
                    if ($Number(object.clearForMs) !== 0)
                        message.clearForMs = object.clearForMs >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a PolicyRule message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.PolicyRule
             * @static
             * @param {edgefleet.v1.PolicyRule} message PolicyRule
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PolicyRule.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.name = "";
                    object.when = "";
                    object.forMs = 0;
                    object.then = "";
                    object.until = "";
                    object.condition = null;
                    object.action = null;
                    object.clear = null;
                    object.clearForMs = 0;
                }
                if (message.name != null && $Object.hasOwnProperty.call(message, "name"))
                    object.name = message.name;
                if (message.when != null && $Object.hasOwnProperty.call(message, "when"))
                    object.when = message.when;
                if (message.forMs != null && $Object.hasOwnProperty.call(message, "forMs"))
                    object.forMs = message.forMs;
                if (message.then != null && $Object.hasOwnProperty.call(message, "then"))
                    object.then = message.then;
                if (message.until != null && $Object.hasOwnProperty.call(message, "until"))
                    object.until = message.until;
                if (message.condition != null && $Object.hasOwnProperty.call(message, "condition"))
                    object.condition = $root.edgefleet.v1.PolicyCondition.toObject(message.condition, options, _depth + 1);
                if (message.action != null && $Object.hasOwnProperty.call(message, "action"))
                    object.action = $root.edgefleet.v1.PolicyAction.toObject(message.action, options, _depth + 1);
                if (message.clear != null && $Object.hasOwnProperty.call(message, "clear"))
                    object.clear = $root.edgefleet.v1.PolicyCondition.toObject(message.clear, options, _depth + 1);
                if (message.clearForMs != null && $Object.hasOwnProperty.call(message, "clearForMs"))
                    object.clearForMs = message.clearForMs;
                return object;
            };

            /**
             * Converts this PolicyRule to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.PolicyRule
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PolicyRule.prototype.toJSON = function() {
                return PolicyRule.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PolicyRule
             * @function getTypeUrl
             * @memberof edgefleet.v1.PolicyRule
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PolicyRule.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.PolicyRule";
            };

            return PolicyRule;
        })();

        /**
         * PolicyMetric enum.
         * @name edgefleet.v1.PolicyMetric
         * @enum {number}
         * @property {number} POLICY_METRIC_UNSPECIFIED=0 POLICY_METRIC_UNSPECIFIED value
         * @property {number} POLICY_METRIC_MEMORY_PERCENT=1 POLICY_METRIC_MEMORY_PERCENT value
         * @property {number} POLICY_METRIC_DISK_PERCENT=2 POLICY_METRIC_DISK_PERCENT value
         * @property {number} POLICY_METRIC_CPU_PERCENT=3 POLICY_METRIC_CPU_PERCENT value
         * @property {number} POLICY_METRIC_TEMPERATURE_C=4 POLICY_METRIC_TEMPERATURE_C value
         * @property {number} POLICY_METRIC_LINK_OFFLINE_S=5 POLICY_METRIC_LINK_OFFLINE_S value
         */
        v1.PolicyMetric = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "POLICY_METRIC_UNSPECIFIED"] = 0;
            values[valuesById[1] = "POLICY_METRIC_MEMORY_PERCENT"] = 1;
            values[valuesById[2] = "POLICY_METRIC_DISK_PERCENT"] = 2;
            values[valuesById[3] = "POLICY_METRIC_CPU_PERCENT"] = 3;
            values[valuesById[4] = "POLICY_METRIC_TEMPERATURE_C"] = 4;
            values[valuesById[5] = "POLICY_METRIC_LINK_OFFLINE_S"] = 5;
            return values;
        })();

        /**
         * PolicyOp enum.
         * @name edgefleet.v1.PolicyOp
         * @enum {number}
         * @property {number} POLICY_OP_UNSPECIFIED=0 POLICY_OP_UNSPECIFIED value
         * @property {number} POLICY_OP_GT=1 POLICY_OP_GT value
         * @property {number} POLICY_OP_LT=2 POLICY_OP_LT value
         */
        v1.PolicyOp = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "POLICY_OP_UNSPECIFIED"] = 0;
            values[valuesById[1] = "POLICY_OP_GT"] = 1;
            values[valuesById[2] = "POLICY_OP_LT"] = 2;
            return values;
        })();

        v1.PolicyCondition = (function() {

            /**
             * Properties of a PolicyCondition.
             * @typedef {Object} edgefleet.v1.PolicyCondition.$Properties
             * @property {edgefleet.v1.PolicyMetric|null} [metric] PolicyCondition metric
             * @property {edgefleet.v1.PolicyOp|null} [op] PolicyCondition op
             * @property {number|null} [value] PolicyCondition value
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PolicyCondition.
             * @memberof edgefleet.v1
             * @interface IPolicyCondition
             * @augments edgefleet.v1.PolicyCondition.$Properties
             * @deprecated Use edgefleet.v1.PolicyCondition.$Properties instead.
             */

            /**
             * Shape of a PolicyCondition.
             * @typedef {edgefleet.v1.PolicyCondition.$Properties} edgefleet.v1.PolicyCondition.$Shape
             */

            /**
             * Constructs a new PolicyCondition.
             * @memberof edgefleet.v1
             * @classdesc Represents a PolicyCondition.
             * @constructor
             * @param {edgefleet.v1.PolicyCondition.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PolicyCondition = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PolicyCondition metric.
             * @member {edgefleet.v1.PolicyMetric} metric
             * @memberof edgefleet.v1.PolicyCondition
             * @instance
             */
            PolicyCondition.prototype.metric = 0;

            /**
             * PolicyCondition op.
             * @member {edgefleet.v1.PolicyOp} op
             * @memberof edgefleet.v1.PolicyCondition
             * @instance
             */
            PolicyCondition.prototype.op = 0;

            /**
             * PolicyCondition value.
             * @member {number} value
             * @memberof edgefleet.v1.PolicyCondition
             * @instance
             */
            PolicyCondition.prototype.value = 0;

            /**
             * Creates a new PolicyCondition instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.PolicyCondition
             * @static
             * @param {edgefleet.v1.PolicyCondition.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.PolicyCondition} PolicyCondition instance
             * @type {{
             *   (properties: edgefleet.v1.PolicyCondition.$Shape): edgefleet.v1.PolicyCondition & edgefleet.v1.PolicyCondition.$Shape;
             *   (properties?: edgefleet.v1.PolicyCondition.$Properties): edgefleet.v1.PolicyCondition;
             * }}
             */
            PolicyCondition.create = function(properties) {
                return new PolicyCondition(properties);
            };

            /**
             * Encodes the specified PolicyCondition message. Does not implicitly {@link edgefleet.v1.PolicyCondition.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.PolicyCondition
             * @static
             * @param {edgefleet.v1.PolicyCondition.$Properties} message PolicyCondition message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PolicyCondition.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.metric != null && $Object.hasOwnProperty.call(message, "metric") && message.metric !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.metric);
                if (message.op != null && $Object.hasOwnProperty.call(message, "op") && message.op !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.op);
                if (message.value != null && $Object.hasOwnProperty.call(message, "value") && !$Object.is(message.value, 0))
                    writer.uint32(/* id 3, wireType 1 =*/25).double(message.value);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PolicyCondition message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.PolicyCondition
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.PolicyCondition & edgefleet.v1.PolicyCondition.$Shape} PolicyCondition
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PolicyCondition.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.PolicyCondition();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.metric = value;
                            else
                                delete message.metric;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.op = value;
                            else
                                delete message.op;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 1)
                                break;
                            if (!$Object.is(value = reader.double(), 0))
                                message.value = value;
                            else
                                delete message.value;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PolicyCondition message.
             * @function verify
             * @memberof edgefleet.v1.PolicyCondition
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PolicyCondition.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.metric != null && $Object.hasOwnProperty.call(message, "metric"))
                    if (typeof message.metric !== "number" || (message.metric | 0) !== message.metric)
                        return "metric: enum value expected";
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    if (typeof message.op !== "number" || (message.op | 0) !== message.op)
                        return "op: enum value expected";
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    if (typeof message.value !== "number")
                        return "value: number expected";
                return null;
            };

            /**
             * Creates a PolicyCondition message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.PolicyCondition
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.PolicyCondition} PolicyCondition
             */
            PolicyCondition.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.PolicyCondition)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.PolicyCondition: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.PolicyCondition();
                if (object.metric !== 0 && (typeof object.metric !== "string" || $root.edgefleet.v1.PolicyMetric[object.metric] !== 0))
                    switch (object.metric) {
                    case "POLICY_METRIC_UNSPECIFIED":
                    case 0:
                        message.metric = 0;
                        break;
                    case "POLICY_METRIC_MEMORY_PERCENT":
                    case 1:
                        message.metric = 1;
                        break;
                    case "POLICY_METRIC_DISK_PERCENT":
                    case 2:
                        message.metric = 2;
                        break;
                    case "POLICY_METRIC_CPU_PERCENT":
                    case 3:
                        message.metric = 3;
                        break;
                    case "POLICY_METRIC_TEMPERATURE_C":
                    case 4:
                        message.metric = 4;
                        break;
                    case "POLICY_METRIC_LINK_OFFLINE_S":
                    case 5:
                        message.metric = 5;
                        break;
                    default:
                        if (typeof object.metric === "number" && (object.metric | 0) === object.metric)
                            message.metric = object.metric;
                    }
                if (object.op !== 0 && (typeof object.op !== "string" || $root.edgefleet.v1.PolicyOp[object.op] !== 0))
                    switch (object.op) {
                    case "POLICY_OP_UNSPECIFIED":
                    case 0:
                        message.op = 0;
                        break;
                    case "POLICY_OP_GT":
                    case 1:
                        message.op = 1;
                        break;
                    case "POLICY_OP_LT":
                    case 2:
                        message.op = 2;
                        break;
                    default:
                        if (typeof object.op === "number" && (object.op | 0) === object.op)
                            message.op = object.op;
                    }
                if (object.value != null)
                    if (!$Object.is($Number(object.value), 0))
                        message.value = $Number(object.value);
                return message;
            };

            /**
             * Creates a plain object from a PolicyCondition message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.PolicyCondition
             * @static
             * @param {edgefleet.v1.PolicyCondition} message PolicyCondition
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PolicyCondition.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.metric = options.enums === $String ? "POLICY_METRIC_UNSPECIFIED" : 0;
                    object.op = options.enums === $String ? "POLICY_OP_UNSPECIFIED" : 0;
                    object.value = 0;
                }
                if (message.metric != null && $Object.hasOwnProperty.call(message, "metric"))
                    object.metric = options.enums === $String ? $root.edgefleet.v1.PolicyMetric[message.metric] === $undefined ? message.metric : $root.edgefleet.v1.PolicyMetric[message.metric] : message.metric;
                if (message.op != null && $Object.hasOwnProperty.call(message, "op"))
                    object.op = options.enums === $String ? $root.edgefleet.v1.PolicyOp[message.op] === $undefined ? message.op : $root.edgefleet.v1.PolicyOp[message.op] : message.op;
                if (message.value != null && $Object.hasOwnProperty.call(message, "value"))
                    object.value = options.json && !$isFinite(message.value) ? $String(message.value) : message.value;
                return object;
            };

            /**
             * Converts this PolicyCondition to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.PolicyCondition
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PolicyCondition.prototype.toJSON = function() {
                return PolicyCondition.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PolicyCondition
             * @function getTypeUrl
             * @memberof edgefleet.v1.PolicyCondition
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PolicyCondition.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.PolicyCondition";
            };

            return PolicyCondition;
        })();

        /**
         * PolicyActionKind enum.
         * @name edgefleet.v1.PolicyActionKind
         * @enum {number}
         * @property {number} POLICY_ACTION_UNSPECIFIED=0 POLICY_ACTION_UNSPECIFIED value
         * @property {number} POLICY_ACTION_STOP_BELOW_PRIORITY=1 POLICY_ACTION_STOP_BELOW_PRIORITY value
         * @property {number} POLICY_ACTION_PAUSE_BELOW_PRIORITY=2 POLICY_ACTION_PAUSE_BELOW_PRIORITY value
         * @property {number} POLICY_ACTION_CAP_CPU_BELOW_PRIORITY=3 POLICY_ACTION_CAP_CPU_BELOW_PRIORITY value
         * @property {number} POLICY_ACTION_START_WORKLOAD=4 POLICY_ACTION_START_WORKLOAD value
         * @property {number} POLICY_ACTION_REFUSE_PULLS=5 POLICY_ACTION_REFUSE_PULLS value
         * @property {number} POLICY_ACTION_EVICT_LOWEST_PRIORITY=6 POLICY_ACTION_EVICT_LOWEST_PRIORITY value
         */
        v1.PolicyActionKind = (function() {
            const valuesById = $Object.create(null), values = $Object.create(valuesById);
            values[valuesById[0] = "POLICY_ACTION_UNSPECIFIED"] = 0;
            values[valuesById[1] = "POLICY_ACTION_STOP_BELOW_PRIORITY"] = 1;
            values[valuesById[2] = "POLICY_ACTION_PAUSE_BELOW_PRIORITY"] = 2;
            values[valuesById[3] = "POLICY_ACTION_CAP_CPU_BELOW_PRIORITY"] = 3;
            values[valuesById[4] = "POLICY_ACTION_START_WORKLOAD"] = 4;
            values[valuesById[5] = "POLICY_ACTION_REFUSE_PULLS"] = 5;
            values[valuesById[6] = "POLICY_ACTION_EVICT_LOWEST_PRIORITY"] = 6;
            return values;
        })();

        v1.PolicyAction = (function() {

            /**
             * Properties of a PolicyAction.
             * @typedef {Object} edgefleet.v1.PolicyAction.$Properties
             * @property {edgefleet.v1.PolicyActionKind|null} [kind] PolicyAction kind
             * @property {number|null} [priority] PolicyAction priority
             * @property {string|null} [workload] PolicyAction workload
             * @property {number|null} [cpuMillis] PolicyAction cpuMillis
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a PolicyAction.
             * @memberof edgefleet.v1
             * @interface IPolicyAction
             * @augments edgefleet.v1.PolicyAction.$Properties
             * @deprecated Use edgefleet.v1.PolicyAction.$Properties instead.
             */

            /**
             * Shape of a PolicyAction.
             * @typedef {edgefleet.v1.PolicyAction.$Properties} edgefleet.v1.PolicyAction.$Shape
             */

            /**
             * Constructs a new PolicyAction.
             * @memberof edgefleet.v1
             * @classdesc Represents a PolicyAction.
             * @constructor
             * @param {edgefleet.v1.PolicyAction.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const PolicyAction = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * PolicyAction kind.
             * @member {edgefleet.v1.PolicyActionKind} kind
             * @memberof edgefleet.v1.PolicyAction
             * @instance
             */
            PolicyAction.prototype.kind = 0;

            /**
             * PolicyAction priority.
             * @member {number} priority
             * @memberof edgefleet.v1.PolicyAction
             * @instance
             */
            PolicyAction.prototype.priority = 0;

            /**
             * PolicyAction workload.
             * @member {string} workload
             * @memberof edgefleet.v1.PolicyAction
             * @instance
             */
            PolicyAction.prototype.workload = "";

            /**
             * PolicyAction cpuMillis.
             * @member {number} cpuMillis
             * @memberof edgefleet.v1.PolicyAction
             * @instance
             */
            PolicyAction.prototype.cpuMillis = 0;

            /**
             * Creates a new PolicyAction instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.PolicyAction
             * @static
             * @param {edgefleet.v1.PolicyAction.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.PolicyAction} PolicyAction instance
             * @type {{
             *   (properties: edgefleet.v1.PolicyAction.$Shape): edgefleet.v1.PolicyAction & edgefleet.v1.PolicyAction.$Shape;
             *   (properties?: edgefleet.v1.PolicyAction.$Properties): edgefleet.v1.PolicyAction;
             * }}
             */
            PolicyAction.create = function(properties) {
                return new PolicyAction(properties);
            };

            /**
             * Encodes the specified PolicyAction message. Does not implicitly {@link edgefleet.v1.PolicyAction.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.PolicyAction
             * @static
             * @param {edgefleet.v1.PolicyAction.$Properties} message PolicyAction message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            PolicyAction.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind") && message.kind !== 0)
                    writer.uint32(/* id 1, wireType 0 =*/8).int32(message.kind);
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority") && message.priority !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).int32(message.priority);
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.workload);
                if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis") && message.cpuMillis !== 0)
                    writer.uint32(/* id 4, wireType 0 =*/32).uint32(message.cpuMillis);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a PolicyAction message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.PolicyAction
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.PolicyAction & edgefleet.v1.PolicyAction.$Shape} PolicyAction
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            PolicyAction.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.PolicyAction();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.kind = value;
                            else
                                delete message.kind;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.int32())
                                message.priority = value;
                            else
                                delete message.priority;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.cpuMillis = value;
                            else
                                delete message.cpuMillis;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a PolicyAction message.
             * @function verify
             * @memberof edgefleet.v1.PolicyAction
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            PolicyAction.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    if (typeof message.kind !== "number" || (message.kind | 0) !== message.kind)
                        return "kind: enum value expected";
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    if (!$util.isInteger(message.priority))
                        return "priority: integer expected";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis"))
                    if (!$util.isInteger(message.cpuMillis))
                        return "cpuMillis: integer expected";
                return null;
            };

            /**
             * Creates a PolicyAction message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.PolicyAction
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.PolicyAction} PolicyAction
             */
            PolicyAction.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.PolicyAction)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.PolicyAction: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.PolicyAction();
                if (object.kind !== 0 && (typeof object.kind !== "string" || $root.edgefleet.v1.PolicyActionKind[object.kind] !== 0))
                    switch (object.kind) {
                    case "POLICY_ACTION_UNSPECIFIED":
                    case 0:
                        message.kind = 0;
                        break;
                    case "POLICY_ACTION_STOP_BELOW_PRIORITY":
                    case 1:
                        message.kind = 1;
                        break;
                    case "POLICY_ACTION_PAUSE_BELOW_PRIORITY":
                    case 2:
                        message.kind = 2;
                        break;
                    case "POLICY_ACTION_CAP_CPU_BELOW_PRIORITY":
                    case 3:
                        message.kind = 3;
                        break;
                    case "POLICY_ACTION_START_WORKLOAD":
                    case 4:
                        message.kind = 4;
                        break;
                    case "POLICY_ACTION_REFUSE_PULLS":
                    case 5:
                        message.kind = 5;
                        break;
                    case "POLICY_ACTION_EVICT_LOWEST_PRIORITY":
                    case 6:
                        message.kind = 6;
                        break;
                    default:
                        if (typeof object.kind === "number" && (object.kind | 0) === object.kind)
                            message.kind = object.kind;
                    }
                if (object.priority != null)
                    if ($Number(object.priority) !== 0)
                        message.priority = object.priority | 0;
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.cpuMillis != null)
                    if ($Number(object.cpuMillis) !== 0)
                        message.cpuMillis = object.cpuMillis >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a PolicyAction message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.PolicyAction
             * @static
             * @param {edgefleet.v1.PolicyAction} message PolicyAction
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            PolicyAction.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.kind = options.enums === $String ? "POLICY_ACTION_UNSPECIFIED" : 0;
                    object.priority = 0;
                    object.workload = "";
                    object.cpuMillis = 0;
                }
                if (message.kind != null && $Object.hasOwnProperty.call(message, "kind"))
                    object.kind = options.enums === $String ? $root.edgefleet.v1.PolicyActionKind[message.kind] === $undefined ? message.kind : $root.edgefleet.v1.PolicyActionKind[message.kind] : message.kind;
                if (message.priority != null && $Object.hasOwnProperty.call(message, "priority"))
                    object.priority = message.priority;
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.cpuMillis != null && $Object.hasOwnProperty.call(message, "cpuMillis"))
                    object.cpuMillis = message.cpuMillis;
                return object;
            };

            /**
             * Converts this PolicyAction to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.PolicyAction
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            PolicyAction.prototype.toJSON = function() {
                return PolicyAction.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for PolicyAction
             * @function getTypeUrl
             * @memberof edgefleet.v1.PolicyAction
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            PolicyAction.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.PolicyAction";
            };

            return PolicyAction;
        })();

        v1.Command = (function() {

            /**
             * Properties of a Command.
             * @typedef {Object} edgefleet.v1.Command.$Properties
             * @property {string|null} [id] Command id
             * @property {number|null} [issuedAtMs] Command issuedAtMs
             * @property {edgefleet.v1.RestartCommand.$Properties|null} [restart] Command restart
             * @property {edgefleet.v1.LogsCommand.$Properties|null} [logs] Command logs
             * @property {edgefleet.v1.LogsAck.$Properties|null} [logsAck] Command logsAck
             * @property {edgefleet.v1.CancelCommand.$Properties|null} [cancel] Command cancel
             * @property {"restart"|"logs"|"logsAck"|"cancel"} [kind] Command kind
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Command.
             * @memberof edgefleet.v1
             * @interface ICommand
             * @augments edgefleet.v1.Command.$Properties
             * @deprecated Use edgefleet.v1.Command.$Properties instead.
             */

            /**
             * Narrowed shape of a Command.
             * @typedef {{
             *   id?: string|null;
             *   issuedAtMs?: number|null;
             *   restart?: edgefleet.v1.RestartCommand.$Shape|null;
             *   logs?: edgefleet.v1.LogsCommand.$Shape|null;
             *   logsAck?: edgefleet.v1.LogsAck.$Shape|null;
             *   cancel?: edgefleet.v1.CancelCommand.$Shape|null;
             *   $unknowns?: Array.<Uint8Array>;
             * } & (
             *   ({ kind?: undefined; restart?: null; logs?: null; logsAck?: null; cancel?: null }|{ kind?: "restart"; restart: edgefleet.v1.RestartCommand.$Shape; logs?: null; logsAck?: null; cancel?: null }|{ kind?: "logs"; restart?: null; logs: edgefleet.v1.LogsCommand.$Shape; logsAck?: null; cancel?: null }|{ kind?: "logsAck"; restart?: null; logs?: null; logsAck: edgefleet.v1.LogsAck.$Shape; cancel?: null }|{ kind?: "cancel"; restart?: null; logs?: null; logsAck?: null; cancel: edgefleet.v1.CancelCommand.$Shape })
             * )} edgefleet.v1.Command.$Shape
             */

            /**
             * Constructs a new Command.
             * @memberof edgefleet.v1
             * @classdesc Represents a Command.
             * @constructor
             * @param {edgefleet.v1.Command.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Command = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Command id.
             * @member {string} id
             * @memberof edgefleet.v1.Command
             * @instance
             */
            Command.prototype.id = "";

            /**
             * Command issuedAtMs.
             * @member {number} issuedAtMs
             * @memberof edgefleet.v1.Command
             * @instance
             */
            Command.prototype.issuedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Command restart.
             * @member {edgefleet.v1.RestartCommand.$Properties|null|undefined} restart
             * @memberof edgefleet.v1.Command
             * @instance
             */
            Command.prototype.restart = null;

            /**
             * Command logs.
             * @member {edgefleet.v1.LogsCommand.$Properties|null|undefined} logs
             * @memberof edgefleet.v1.Command
             * @instance
             */
            Command.prototype.logs = null;

            /**
             * Command logsAck.
             * @member {edgefleet.v1.LogsAck.$Properties|null|undefined} logsAck
             * @memberof edgefleet.v1.Command
             * @instance
             */
            Command.prototype.logsAck = null;

            /**
             * Command cancel.
             * @member {edgefleet.v1.CancelCommand.$Properties|null|undefined} cancel
             * @memberof edgefleet.v1.Command
             * @instance
             */
            Command.prototype.cancel = null;

            // OneOf field names bound to virtual getters and setters
            let $oneOfFields;

            /**
             * Command kind.
             * @member {"restart"|"logs"|"logsAck"|"cancel"|undefined} kind
             * @memberof edgefleet.v1.Command
             * @instance
             */
            $Object.defineProperty(Command.prototype, "kind", {
                get: $util.oneOfGetter($oneOfFields = ["restart", "logs", "logsAck", "cancel"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            /**
             * Creates a new Command instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.Command
             * @static
             * @param {edgefleet.v1.Command.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.Command} Command instance
             * @type {{
             *   (properties: edgefleet.v1.Command.$Shape): edgefleet.v1.Command & edgefleet.v1.Command.$Shape;
             *   (properties?: edgefleet.v1.Command.$Properties): edgefleet.v1.Command;
             * }}
             */
            Command.create = function(properties) {
                return new Command(properties);
            };

            /**
             * Encodes the specified Command message. Does not implicitly {@link edgefleet.v1.Command.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.Command
             * @static
             * @param {edgefleet.v1.Command.$Properties} message Command message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Command.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.id != null && $Object.hasOwnProperty.call(message, "id") && message.id !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.id);
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs") && (typeof message.issuedAtMs === "object" ? message.issuedAtMs.low || message.issuedAtMs.high : message.issuedAtMs !== 0))
                    writer.uint32(/* id 2, wireType 0 =*/16).uint64(message.issuedAtMs);
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart"))
                    $root.edgefleet.v1.RestartCommand.encode(message.restart, writer.uint32(/* id 3, wireType 2 =*/26).fork(), _depth + 1).ldelim();
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs"))
                    $root.edgefleet.v1.LogsCommand.encode(message.logs, writer.uint32(/* id 4, wireType 2 =*/34).fork(), _depth + 1).ldelim();
                if (message.logsAck != null && $Object.hasOwnProperty.call(message, "logsAck"))
                    $root.edgefleet.v1.LogsAck.encode(message.logsAck, writer.uint32(/* id 5, wireType 2 =*/42).fork(), _depth + 1).ldelim();
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel"))
                    $root.edgefleet.v1.CancelCommand.encode(message.cancel, writer.uint32(/* id 6, wireType 2 =*/50).fork(), _depth + 1).ldelim();
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Command message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.Command
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.Command & edgefleet.v1.Command.$Shape} Command
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Command.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.Command();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.id = value;
                            else
                                delete message.id;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.issuedAtMs = value;
                            else
                                delete message.issuedAtMs;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            message.restart = $root.edgefleet.v1.RestartCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.restart);
                            message.kind = "restart";
                            continue;
                        }
                    case 4: {
                            if (wireType !== 2)
                                break;
                            message.logs = $root.edgefleet.v1.LogsCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.logs);
                            message.kind = "logs";
                            continue;
                        }
                    case 5: {
                            if (wireType !== 2)
                                break;
                            message.logsAck = $root.edgefleet.v1.LogsAck.decode(reader, reader.size(), $undefined, _depth + 1, message.logsAck);
                            message.kind = "logsAck";
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            message.cancel = $root.edgefleet.v1.CancelCommand.decode(reader, reader.size(), $undefined, _depth + 1, message.cancel);
                            message.kind = "cancel";
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Command message.
             * @function verify
             * @memberof edgefleet.v1.Command
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Command.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                let properties = {};
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    if (!$util.isString(message.id))
                        return "id: string expected";
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (!$util.isInteger(message.issuedAtMs) && !(message.issuedAtMs && $util.isInteger(message.issuedAtMs.low) && $util.isInteger(message.issuedAtMs.high)))
                        return "issuedAtMs: integer|Long expected";
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart")) {
                    properties.kind = 1;
                    {
                        let error = $root.edgefleet.v1.RestartCommand.verify(message.restart, _depth + 1);
                        if (error)
                            return "restart." + error;
                    }
                }
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.edgefleet.v1.LogsCommand.verify(message.logs, _depth + 1);
                        if (error)
                            return "logs." + error;
                    }
                }
                if (message.logsAck != null && $Object.hasOwnProperty.call(message, "logsAck")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.edgefleet.v1.LogsAck.verify(message.logsAck, _depth + 1);
                        if (error)
                            return "logsAck." + error;
                    }
                }
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel")) {
                    if (properties.kind === 1)
                        return "kind: multiple values";
                    properties.kind = 1;
                    {
                        let error = $root.edgefleet.v1.CancelCommand.verify(message.cancel, _depth + 1);
                        if (error)
                            return "cancel." + error;
                    }
                }
                return null;
            };

            /**
             * Creates a Command message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.Command
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.Command} Command
             */
            Command.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.Command)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.Command: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.Command();
                if (object.id != null)
                    if (typeof object.id !== "string" || object.id.length)
                        message.id = $String(object.id);
                if (object.issuedAtMs != null)
                    if (typeof object.issuedAtMs === "object" ? object.issuedAtMs.low || object.issuedAtMs.high : $Number(object.issuedAtMs) !== 0)
                        if ($util.Long)
                            message.issuedAtMs = $util.Long.fromValue(object.issuedAtMs, true);
                        else if (typeof object.issuedAtMs === "string")
                            message.issuedAtMs = $parseInt(object.issuedAtMs, 10);
                        else if (typeof object.issuedAtMs === "number")
                            message.issuedAtMs = object.issuedAtMs;
                        else if (typeof object.issuedAtMs === "object")
                            message.issuedAtMs = new $util.LongBits(object.issuedAtMs.low >>> 0, object.issuedAtMs.high >>> 0).toNumber(true);
                if (object.restart != null) {
                    if (!$util.isObject(object.restart))
                        throw $TypeError(".edgefleet.v1.Command.restart: object expected");
                    message.restart = $root.edgefleet.v1.RestartCommand.fromObject(object.restart, _depth + 1);
                }
                if (object.logs != null) {
                    if (!$util.isObject(object.logs))
                        throw $TypeError(".edgefleet.v1.Command.logs: object expected");
                    message.logs = $root.edgefleet.v1.LogsCommand.fromObject(object.logs, _depth + 1);
                }
                if (object.logsAck != null) {
                    if (!$util.isObject(object.logsAck))
                        throw $TypeError(".edgefleet.v1.Command.logsAck: object expected");
                    message.logsAck = $root.edgefleet.v1.LogsAck.fromObject(object.logsAck, _depth + 1);
                }
                if (object.cancel != null) {
                    if (!$util.isObject(object.cancel))
                        throw $TypeError(".edgefleet.v1.Command.cancel: object expected");
                    message.cancel = $root.edgefleet.v1.CancelCommand.fromObject(object.cancel, _depth + 1);
                }
                return message;
            };

            /**
             * Creates a plain object from a Command message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.Command
             * @static
             * @param {edgefleet.v1.Command} message Command
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Command.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.id = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.issuedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.issuedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.id != null && $Object.hasOwnProperty.call(message, "id"))
                    object.id = message.id;
                if (message.issuedAtMs != null && $Object.hasOwnProperty.call(message, "issuedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.issuedAtMs = typeof message.issuedAtMs === "number" ? $BigInt(message.issuedAtMs) : $util.Long.fromBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.issuedAtMs === "number")
                        object.issuedAtMs = options.longs === $String ? $String(message.issuedAtMs) : message.issuedAtMs;
                    else
                        object.issuedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.issuedAtMs) : options.longs === $Number ? new $util.LongBits(message.issuedAtMs.low >>> 0, message.issuedAtMs.high >>> 0).toNumber(true) : message.issuedAtMs;
                if (message.restart != null && $Object.hasOwnProperty.call(message, "restart")) {
                    object.restart = $root.edgefleet.v1.RestartCommand.toObject(message.restart, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "restart";
                }
                if (message.logs != null && $Object.hasOwnProperty.call(message, "logs")) {
                    object.logs = $root.edgefleet.v1.LogsCommand.toObject(message.logs, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "logs";
                }
                if (message.logsAck != null && $Object.hasOwnProperty.call(message, "logsAck")) {
                    object.logsAck = $root.edgefleet.v1.LogsAck.toObject(message.logsAck, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "logsAck";
                }
                if (message.cancel != null && $Object.hasOwnProperty.call(message, "cancel")) {
                    object.cancel = $root.edgefleet.v1.CancelCommand.toObject(message.cancel, options, _depth + 1);
                    if (options.oneofs)
                        object.kind = "cancel";
                }
                return object;
            };

            /**
             * Converts this Command to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.Command
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Command.prototype.toJSON = function() {
                return Command.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Command
             * @function getTypeUrl
             * @memberof edgefleet.v1.Command
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Command.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.Command";
            };

            return Command;
        })();

        v1.RestartCommand = (function() {

            /**
             * Properties of a RestartCommand.
             * @typedef {Object} edgefleet.v1.RestartCommand.$Properties
             * @property {string|null} [workload] RestartCommand workload
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a RestartCommand.
             * @memberof edgefleet.v1
             * @interface IRestartCommand
             * @augments edgefleet.v1.RestartCommand.$Properties
             * @deprecated Use edgefleet.v1.RestartCommand.$Properties instead.
             */

            /**
             * Shape of a RestartCommand.
             * @typedef {edgefleet.v1.RestartCommand.$Properties} edgefleet.v1.RestartCommand.$Shape
             */

            /**
             * Constructs a new RestartCommand.
             * @memberof edgefleet.v1
             * @classdesc Represents a RestartCommand.
             * @constructor
             * @param {edgefleet.v1.RestartCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const RestartCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * RestartCommand workload.
             * @member {string} workload
             * @memberof edgefleet.v1.RestartCommand
             * @instance
             */
            RestartCommand.prototype.workload = "";

            /**
             * Creates a new RestartCommand instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.RestartCommand
             * @static
             * @param {edgefleet.v1.RestartCommand.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.RestartCommand} RestartCommand instance
             * @type {{
             *   (properties: edgefleet.v1.RestartCommand.$Shape): edgefleet.v1.RestartCommand & edgefleet.v1.RestartCommand.$Shape;
             *   (properties?: edgefleet.v1.RestartCommand.$Properties): edgefleet.v1.RestartCommand;
             * }}
             */
            RestartCommand.create = function(properties) {
                return new RestartCommand(properties);
            };

            /**
             * Encodes the specified RestartCommand message. Does not implicitly {@link edgefleet.v1.RestartCommand.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.RestartCommand
             * @static
             * @param {edgefleet.v1.RestartCommand.$Properties} message RestartCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            RestartCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.workload);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a RestartCommand message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.RestartCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.RestartCommand & edgefleet.v1.RestartCommand.$Shape} RestartCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            RestartCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.RestartCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a RestartCommand message.
             * @function verify
             * @memberof edgefleet.v1.RestartCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            RestartCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                return null;
            };

            /**
             * Creates a RestartCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.RestartCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.RestartCommand} RestartCommand
             */
            RestartCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.RestartCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.RestartCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.RestartCommand();
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                return message;
            };

            /**
             * Creates a plain object from a RestartCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.RestartCommand
             * @static
             * @param {edgefleet.v1.RestartCommand} message RestartCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            RestartCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults)
                    object.workload = "";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                return object;
            };

            /**
             * Converts this RestartCommand to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.RestartCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            RestartCommand.prototype.toJSON = function() {
                return RestartCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for RestartCommand
             * @function getTypeUrl
             * @memberof edgefleet.v1.RestartCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            RestartCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.RestartCommand";
            };

            return RestartCommand;
        })();

        v1.LogsCommand = (function() {

            /**
             * Properties of a LogsCommand.
             * @typedef {Object} edgefleet.v1.LogsCommand.$Properties
             * @property {string|null} [workload] LogsCommand workload
             * @property {number|null} [tail] LogsCommand tail
             * @property {number|null} [sinceMs] LogsCommand sinceMs
             * @property {boolean|null} [follow] LogsCommand follow
             * @property {number|null} [window] LogsCommand window
             * @property {number|null} [maxChunkBytes] LogsCommand maxChunkBytes
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogsCommand.
             * @memberof edgefleet.v1
             * @interface ILogsCommand
             * @augments edgefleet.v1.LogsCommand.$Properties
             * @deprecated Use edgefleet.v1.LogsCommand.$Properties instead.
             */

            /**
             * Shape of a LogsCommand.
             * @typedef {edgefleet.v1.LogsCommand.$Properties} edgefleet.v1.LogsCommand.$Shape
             */

            /**
             * Constructs a new LogsCommand.
             * @memberof edgefleet.v1
             * @classdesc Represents a LogsCommand.
             * @constructor
             * @param {edgefleet.v1.LogsCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogsCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogsCommand workload.
             * @member {string} workload
             * @memberof edgefleet.v1.LogsCommand
             * @instance
             */
            LogsCommand.prototype.workload = "";

            /**
             * LogsCommand tail.
             * @member {number} tail
             * @memberof edgefleet.v1.LogsCommand
             * @instance
             */
            LogsCommand.prototype.tail = 0;

            /**
             * LogsCommand sinceMs.
             * @member {number} sinceMs
             * @memberof edgefleet.v1.LogsCommand
             * @instance
             */
            LogsCommand.prototype.sinceMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * LogsCommand follow.
             * @member {boolean} follow
             * @memberof edgefleet.v1.LogsCommand
             * @instance
             */
            LogsCommand.prototype.follow = false;

            /**
             * LogsCommand window.
             * @member {number} window
             * @memberof edgefleet.v1.LogsCommand
             * @instance
             */
            LogsCommand.prototype.window = 0;

            /**
             * LogsCommand maxChunkBytes.
             * @member {number} maxChunkBytes
             * @memberof edgefleet.v1.LogsCommand
             * @instance
             */
            LogsCommand.prototype.maxChunkBytes = 0;

            /**
             * Creates a new LogsCommand instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.LogsCommand
             * @static
             * @param {edgefleet.v1.LogsCommand.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.LogsCommand} LogsCommand instance
             * @type {{
             *   (properties: edgefleet.v1.LogsCommand.$Shape): edgefleet.v1.LogsCommand & edgefleet.v1.LogsCommand.$Shape;
             *   (properties?: edgefleet.v1.LogsCommand.$Properties): edgefleet.v1.LogsCommand;
             * }}
             */
            LogsCommand.create = function(properties) {
                return new LogsCommand(properties);
            };

            /**
             * Encodes the specified LogsCommand message. Does not implicitly {@link edgefleet.v1.LogsCommand.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.LogsCommand
             * @static
             * @param {edgefleet.v1.LogsCommand.$Properties} message LogsCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogsCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload") && message.workload !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.workload);
                if (message.tail != null && $Object.hasOwnProperty.call(message, "tail") && message.tail !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.tail);
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs") && (typeof message.sinceMs === "object" ? message.sinceMs.low || message.sinceMs.high : message.sinceMs !== 0))
                    writer.uint32(/* id 3, wireType 0 =*/24).uint64(message.sinceMs);
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow") && message.follow !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.follow);
                if (message.window != null && $Object.hasOwnProperty.call(message, "window") && message.window !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.window);
                if (message.maxChunkBytes != null && $Object.hasOwnProperty.call(message, "maxChunkBytes") && message.maxChunkBytes !== 0)
                    writer.uint32(/* id 6, wireType 0 =*/48).uint32(message.maxChunkBytes);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogsCommand message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.LogsCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.LogsCommand & edgefleet.v1.LogsCommand.$Shape} LogsCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogsCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.LogsCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.workload = value;
                            else
                                delete message.workload;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.tail = value;
                            else
                                delete message.tail;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.sinceMs = value;
                            else
                                delete message.sinceMs;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.follow = value;
                            else
                                delete message.follow;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.window = value;
                            else
                                delete message.window;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.maxChunkBytes = value;
                            else
                                delete message.maxChunkBytes;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LogsCommand message.
             * @function verify
             * @memberof edgefleet.v1.LogsCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LogsCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    if (!$util.isString(message.workload))
                        return "workload: string expected";
                if (message.tail != null && $Object.hasOwnProperty.call(message, "tail"))
                    if (!$util.isInteger(message.tail))
                        return "tail: integer expected";
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs"))
                    if (!$util.isInteger(message.sinceMs) && !(message.sinceMs && $util.isInteger(message.sinceMs.low) && $util.isInteger(message.sinceMs.high)))
                        return "sinceMs: integer|Long expected";
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    if (typeof message.follow !== "boolean")
                        return "follow: boolean expected";
                if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                    if (!$util.isInteger(message.window))
                        return "window: integer expected";
                if (message.maxChunkBytes != null && $Object.hasOwnProperty.call(message, "maxChunkBytes"))
                    if (!$util.isInteger(message.maxChunkBytes))
                        return "maxChunkBytes: integer expected";
                return null;
            };

            /**
             * Creates a LogsCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.LogsCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.LogsCommand} LogsCommand
             */
            LogsCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.LogsCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.LogsCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.LogsCommand();
                if (object.workload != null)
                    if (typeof object.workload !== "string" || object.workload.length)
                        message.workload = $String(object.workload);
                if (object.tail != null)
                    if ($Number(object.tail) !== 0)
                        message.tail = object.tail >>> 0;
                if (object.sinceMs != null)
                    if (typeof object.sinceMs === "object" ? object.sinceMs.low || object.sinceMs.high : $Number(object.sinceMs) !== 0)
                        if ($util.Long)
                            message.sinceMs = $util.Long.fromValue(object.sinceMs, true);
                        else if (typeof object.sinceMs === "string")
                            message.sinceMs = $parseInt(object.sinceMs, 10);
                        else if (typeof object.sinceMs === "number")
                            message.sinceMs = object.sinceMs;
                        else if (typeof object.sinceMs === "object")
                            message.sinceMs = new $util.LongBits(object.sinceMs.low >>> 0, object.sinceMs.high >>> 0).toNumber(true);
                if (object.follow != null)
                    if (object.follow)
                        message.follow = $Boolean(object.follow);
                if (object.window != null)
                    if ($Number(object.window) !== 0)
                        message.window = object.window >>> 0;
                if (object.maxChunkBytes != null)
                    if ($Number(object.maxChunkBytes) !== 0)
                        message.maxChunkBytes = object.maxChunkBytes >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a LogsCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.LogsCommand
             * @static
             * @param {edgefleet.v1.LogsCommand} message LogsCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogsCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.workload = "";
                    object.tail = 0;
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.sinceMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.sinceMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                    object.follow = false;
                    object.window = 0;
                    object.maxChunkBytes = 0;
                }
                if (message.workload != null && $Object.hasOwnProperty.call(message, "workload"))
                    object.workload = message.workload;
                if (message.tail != null && $Object.hasOwnProperty.call(message, "tail"))
                    object.tail = message.tail;
                if (message.sinceMs != null && $Object.hasOwnProperty.call(message, "sinceMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.sinceMs = typeof message.sinceMs === "number" ? $BigInt(message.sinceMs) : $util.Long.fromBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0, true).toBigInt();
                    else if (typeof message.sinceMs === "number")
                        object.sinceMs = options.longs === $String ? $String(message.sinceMs) : message.sinceMs;
                    else
                        object.sinceMs = options.longs === $String ? $util.Long.prototype.toString.call(message.sinceMs) : options.longs === $Number ? new $util.LongBits(message.sinceMs.low >>> 0, message.sinceMs.high >>> 0).toNumber(true) : message.sinceMs;
                if (message.follow != null && $Object.hasOwnProperty.call(message, "follow"))
                    object.follow = message.follow;
                if (message.window != null && $Object.hasOwnProperty.call(message, "window"))
                    object.window = message.window;
                if (message.maxChunkBytes != null && $Object.hasOwnProperty.call(message, "maxChunkBytes"))
                    object.maxChunkBytes = message.maxChunkBytes;
                return object;
            };

            /**
             * Converts this LogsCommand to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.LogsCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogsCommand.prototype.toJSON = function() {
                return LogsCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogsCommand
             * @function getTypeUrl
             * @memberof edgefleet.v1.LogsCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogsCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.LogsCommand";
            };

            return LogsCommand;
        })();

        v1.LogsAck = (function() {

            /**
             * Properties of a LogsAck.
             * @typedef {Object} edgefleet.v1.LogsAck.$Properties
             * @property {string|null} [commandId] LogsAck commandId
             * @property {number|null} [seq] LogsAck seq
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a LogsAck.
             * @memberof edgefleet.v1
             * @interface ILogsAck
             * @augments edgefleet.v1.LogsAck.$Properties
             * @deprecated Use edgefleet.v1.LogsAck.$Properties instead.
             */

            /**
             * Shape of a LogsAck.
             * @typedef {edgefleet.v1.LogsAck.$Properties} edgefleet.v1.LogsAck.$Shape
             */

            /**
             * Constructs a new LogsAck.
             * @memberof edgefleet.v1
             * @classdesc Represents a LogsAck.
             * @constructor
             * @param {edgefleet.v1.LogsAck.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const LogsAck = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * LogsAck commandId.
             * @member {string} commandId
             * @memberof edgefleet.v1.LogsAck
             * @instance
             */
            LogsAck.prototype.commandId = "";

            /**
             * LogsAck seq.
             * @member {number} seq
             * @memberof edgefleet.v1.LogsAck
             * @instance
             */
            LogsAck.prototype.seq = 0;

            /**
             * Creates a new LogsAck instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.LogsAck
             * @static
             * @param {edgefleet.v1.LogsAck.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.LogsAck} LogsAck instance
             * @type {{
             *   (properties: edgefleet.v1.LogsAck.$Shape): edgefleet.v1.LogsAck & edgefleet.v1.LogsAck.$Shape;
             *   (properties?: edgefleet.v1.LogsAck.$Properties): edgefleet.v1.LogsAck;
             * }}
             */
            LogsAck.create = function(properties) {
                return new LogsAck(properties);
            };

            /**
             * Encodes the specified LogsAck message. Does not implicitly {@link edgefleet.v1.LogsAck.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.LogsAck
             * @static
             * @param {edgefleet.v1.LogsAck.$Properties} message LogsAck message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            LogsAck.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 2, wireType 0 =*/16).uint32(message.seq);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a LogsAck message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.LogsAck
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.LogsAck & edgefleet.v1.LogsAck.$Shape} LogsAck
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            LogsAck.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.LogsAck();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a LogsAck message.
             * @function verify
             * @memberof edgefleet.v1.LogsAck
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            LogsAck.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    if (!$util.isString(message.commandId))
                        return "commandId: string expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq))
                        return "seq: integer expected";
                return null;
            };

            /**
             * Creates a LogsAck message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.LogsAck
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.LogsAck} LogsAck
             */
            LogsAck.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.LogsAck)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.LogsAck: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.LogsAck();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                return message;
            };

            /**
             * Creates a plain object from a LogsAck message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.LogsAck
             * @static
             * @param {edgefleet.v1.LogsAck} message LogsAck
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            LogsAck.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    object.seq = 0;
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                return object;
            };

            /**
             * Converts this LogsAck to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.LogsAck
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            LogsAck.prototype.toJSON = function() {
                return LogsAck.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for LogsAck
             * @function getTypeUrl
             * @memberof edgefleet.v1.LogsAck
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            LogsAck.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.LogsAck";
            };

            return LogsAck;
        })();

        v1.CancelCommand = (function() {

            /**
             * Properties of a CancelCommand.
             * @typedef {Object} edgefleet.v1.CancelCommand.$Properties
             * @property {string|null} [commandId] CancelCommand commandId
             * @property {string|null} [reason] CancelCommand reason
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a CancelCommand.
             * @memberof edgefleet.v1
             * @interface ICancelCommand
             * @augments edgefleet.v1.CancelCommand.$Properties
             * @deprecated Use edgefleet.v1.CancelCommand.$Properties instead.
             */

            /**
             * Shape of a CancelCommand.
             * @typedef {edgefleet.v1.CancelCommand.$Properties} edgefleet.v1.CancelCommand.$Shape
             */

            /**
             * Constructs a new CancelCommand.
             * @memberof edgefleet.v1
             * @classdesc Represents a CancelCommand.
             * @constructor
             * @param {edgefleet.v1.CancelCommand.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const CancelCommand = function (properties) {
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * CancelCommand commandId.
             * @member {string} commandId
             * @memberof edgefleet.v1.CancelCommand
             * @instance
             */
            CancelCommand.prototype.commandId = "";

            /**
             * CancelCommand reason.
             * @member {string} reason
             * @memberof edgefleet.v1.CancelCommand
             * @instance
             */
            CancelCommand.prototype.reason = "";

            /**
             * Creates a new CancelCommand instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.CancelCommand
             * @static
             * @param {edgefleet.v1.CancelCommand.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.CancelCommand} CancelCommand instance
             * @type {{
             *   (properties: edgefleet.v1.CancelCommand.$Shape): edgefleet.v1.CancelCommand & edgefleet.v1.CancelCommand.$Shape;
             *   (properties?: edgefleet.v1.CancelCommand.$Properties): edgefleet.v1.CancelCommand;
             * }}
             */
            CancelCommand.create = function(properties) {
                return new CancelCommand(properties);
            };

            /**
             * Encodes the specified CancelCommand message. Does not implicitly {@link edgefleet.v1.CancelCommand.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.CancelCommand
             * @static
             * @param {edgefleet.v1.CancelCommand.$Properties} message CancelCommand message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            CancelCommand.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason") && message.reason !== "")
                    writer.uint32(/* id 2, wireType 2 =*/18).string(message.reason);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a CancelCommand message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.CancelCommand
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.CancelCommand & edgefleet.v1.CancelCommand.$Shape} CancelCommand
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            CancelCommand.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.CancelCommand();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.reason = value;
                            else
                                delete message.reason;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a CancelCommand message.
             * @function verify
             * @memberof edgefleet.v1.CancelCommand
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            CancelCommand.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    if (!$util.isString(message.commandId))
                        return "commandId: string expected";
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    if (!$util.isString(message.reason))
                        return "reason: string expected";
                return null;
            };

            /**
             * Creates a CancelCommand message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.CancelCommand
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.CancelCommand} CancelCommand
             */
            CancelCommand.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.CancelCommand)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.CancelCommand: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.CancelCommand();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.reason != null)
                    if (typeof object.reason !== "string" || object.reason.length)
                        message.reason = $String(object.reason);
                return message;
            };

            /**
             * Creates a plain object from a CancelCommand message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.CancelCommand
             * @static
             * @param {edgefleet.v1.CancelCommand} message CancelCommand
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            CancelCommand.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.defaults) {
                    object.commandId = "";
                    object.reason = "";
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.reason != null && $Object.hasOwnProperty.call(message, "reason"))
                    object.reason = message.reason;
                return object;
            };

            /**
             * Converts this CancelCommand to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.CancelCommand
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            CancelCommand.prototype.toJSON = function() {
                return CancelCommand.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for CancelCommand
             * @function getTypeUrl
             * @memberof edgefleet.v1.CancelCommand
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            CancelCommand.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.CancelCommand";
            };

            return CancelCommand;
        })();

        v1.Reply = (function() {

            /**
             * Properties of a Reply.
             * @typedef {Object} edgefleet.v1.Reply.$Properties
             * @property {string|null} [commandId] Reply commandId
             * @property {boolean|null} [ok] Reply ok
             * @property {string|null} [error] Reply error
             * @property {boolean|null} [done] Reply done
             * @property {number|null} [seq] Reply seq
             * @property {Array.<string>|null} [lines] Reply lines
             * @property {string|null} [code] Reply code
             * @property {string|null} [containerId] Reply containerId
             * @property {number|null} [startedAtMs] Reply startedAtMs
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */

            /**
             * Properties of a Reply.
             * @memberof edgefleet.v1
             * @interface IReply
             * @augments edgefleet.v1.Reply.$Properties
             * @deprecated Use edgefleet.v1.Reply.$Properties instead.
             */

            /**
             * Shape of a Reply.
             * @typedef {edgefleet.v1.Reply.$Properties} edgefleet.v1.Reply.$Shape
             */

            /**
             * Constructs a new Reply.
             * @memberof edgefleet.v1
             * @classdesc Represents a Reply.
             * @constructor
             * @param {edgefleet.v1.Reply.$Properties=} [properties] Properties to set
             * @property {Array.<Uint8Array>} [$unknowns] Unknown fields preserved while decoding when enabled
             */
            const Reply = function (properties) {
                this.lines = [];
                if (properties)
                    for (let keys = $Object.keys(properties), i = 0; i < keys.length; ++i)
                        if (properties[keys[i]] != null && keys[i] !== "__proto__")
                            this[keys[i]] = properties[keys[i]];
            };

            /**
             * Reply commandId.
             * @member {string} commandId
             * @memberof edgefleet.v1.Reply
             * @instance
             */
            Reply.prototype.commandId = "";

            /**
             * Reply ok.
             * @member {boolean} ok
             * @memberof edgefleet.v1.Reply
             * @instance
             */
            Reply.prototype.ok = false;

            /**
             * Reply error.
             * @member {string} error
             * @memberof edgefleet.v1.Reply
             * @instance
             */
            Reply.prototype.error = "";

            /**
             * Reply done.
             * @member {boolean} done
             * @memberof edgefleet.v1.Reply
             * @instance
             */
            Reply.prototype.done = false;

            /**
             * Reply seq.
             * @member {number} seq
             * @memberof edgefleet.v1.Reply
             * @instance
             */
            Reply.prototype.seq = 0;

            /**
             * Reply lines.
             * @member {Array.<string>} lines
             * @memberof edgefleet.v1.Reply
             * @instance
             */
            Reply.prototype.lines = $util.emptyArray;

            /**
             * Reply code.
             * @member {string} code
             * @memberof edgefleet.v1.Reply
             * @instance
             */
            Reply.prototype.code = "";

            /**
             * Reply containerId.
             * @member {string} containerId
             * @memberof edgefleet.v1.Reply
             * @instance
             */
            Reply.prototype.containerId = "";

            /**
             * Reply startedAtMs.
             * @member {number} startedAtMs
             * @memberof edgefleet.v1.Reply
             * @instance
             */
            Reply.prototype.startedAtMs = $util.Long ? $util.Long.fromBits(0,0,true) : 0;

            /**
             * Creates a new Reply instance using the specified properties.
             * @function create
             * @memberof edgefleet.v1.Reply
             * @static
             * @param {edgefleet.v1.Reply.$Properties=} [properties] Properties to set
             * @returns {edgefleet.v1.Reply} Reply instance
             * @type {{
             *   (properties: edgefleet.v1.Reply.$Shape): edgefleet.v1.Reply & edgefleet.v1.Reply.$Shape;
             *   (properties?: edgefleet.v1.Reply.$Properties): edgefleet.v1.Reply;
             * }}
             */
            Reply.create = function(properties) {
                return new Reply(properties);
            };

            /**
             * Encodes the specified Reply message. Does not implicitly {@link edgefleet.v1.Reply.verify|verify} messages.
             * @function encode
             * @memberof edgefleet.v1.Reply
             * @static
             * @param {edgefleet.v1.Reply.$Properties} message Reply message or plain object to encode
             * @param {$protobuf.Writer} [writer] Writer to encode to
             * @returns {$protobuf.Writer} Writer
             */
            Reply.encode = function (message, writer, _depth) {
                if (!writer)
                    writer = $Writer.create();
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId") && message.commandId !== "")
                    writer.uint32(/* id 1, wireType 2 =*/10).string(message.commandId);
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok") && message.ok !== false)
                    writer.uint32(/* id 2, wireType 0 =*/16).bool(message.ok);
                if (message.error != null && $Object.hasOwnProperty.call(message, "error") && message.error !== "")
                    writer.uint32(/* id 3, wireType 2 =*/26).string(message.error);
                if (message.done != null && $Object.hasOwnProperty.call(message, "done") && message.done !== false)
                    writer.uint32(/* id 4, wireType 0 =*/32).bool(message.done);
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq") && message.seq !== 0)
                    writer.uint32(/* id 5, wireType 0 =*/40).uint32(message.seq);
                if (message.lines != null && message.lines.length)
                    for (let i = 0; i < message.lines.length; ++i)
                        writer.uint32(/* id 6, wireType 2 =*/50).string(message.lines[i]);
                if (message.code != null && $Object.hasOwnProperty.call(message, "code") && message.code !== "")
                    writer.uint32(/* id 7, wireType 2 =*/58).string(message.code);
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId") && message.containerId !== "")
                    writer.uint32(/* id 8, wireType 2 =*/66).string(message.containerId);
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs") && (typeof message.startedAtMs === "object" ? message.startedAtMs.low || message.startedAtMs.high : message.startedAtMs !== 0))
                    writer.uint32(/* id 9, wireType 0 =*/72).uint64(message.startedAtMs);
                if (message.$unknowns != null && $Object.hasOwnProperty.call(message, "$unknowns"))
                    for (let i = 0; i < message.$unknowns.length; ++i)
                        writer.raw(message.$unknowns[i]);
                return writer;
            };

            /**
             * Decodes a Reply message from the specified reader or buffer.
             * @function decode
             * @memberof edgefleet.v1.Reply
             * @static
             * @param {$protobuf.Reader|Uint8Array} reader Reader or buffer to decode from
             * @param {number} [length] Message length if known beforehand
             * @returns {edgefleet.v1.Reply & edgefleet.v1.Reply.$Shape} Reply
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            Reply.decode = function (reader, length, _end, _depth, _target) {
                if (!(reader instanceof $Reader))
                    reader = $Reader.create(reader);
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $Reader.recursionLimit)
                    throw $Error("max depth exceeded");
                let end, message, value;
                if (length === $undefined)
                    end = reader.len;
                else {
                    end = reader.pos + length;
                    if (end > reader.len)
                        throw $RangeError("index out of range");
                    length = reader.len;
                    reader.len = end;
                }
                message = _target || new $root.edgefleet.v1.Reply();
                while (reader.pos < end) {
                    let start = reader.pos;
                    let tag = reader.tag();
                    if (tag === _end) {
                        _end = $undefined;
                        break;
                    }
                    let wireType = tag & 7;
                    switch (tag >>>= 3) {
                    case 1: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.commandId = value;
                            else
                                delete message.commandId;
                            continue;
                        }
                    case 2: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.ok = value;
                            else
                                delete message.ok;
                            continue;
                        }
                    case 3: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.error = value;
                            else
                                delete message.error;
                            continue;
                        }
                    case 4: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.bool())
                                message.done = value;
                            else
                                delete message.done;
                            continue;
                        }
                    case 5: {
                            if (wireType !== 0)
                                break;
                            if (value = reader.uint32())
                                message.seq = value;
                            else
                                delete message.seq;
                            continue;
                        }
                    case 6: {
                            if (wireType !== 2)
                                break;
                            if (!(message.lines && message.lines.length))
                                message.lines = [];
                            message.lines.push(reader.stringVerify());
                            continue;
                        }
                    case 7: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.code = value;
                            else
                                delete message.code;
                            continue;
                        }
                    case 8: {
                            if (wireType !== 2)
                                break;
                            if ((value = reader.stringVerify()).length)
                                message.containerId = value;
                            else
                                delete message.containerId;
                            continue;
                        }
                    case 9: {
                            if (wireType !== 0)
                                break;
                            if (typeof (value = reader.uint64()) === "object" ? value.low || value.high : value !== 0)
                                message.startedAtMs = value;
                            else
                                delete message.startedAtMs;
                            continue;
                        }
                    }
                    reader.skipType(wireType, _depth, tag);
                    if (!reader.discardUnknown) {
                        $util.makeProp(message, "$unknowns", false);
                        (message.$unknowns || (message.$unknowns = [])).push(reader.raw(start, reader.pos));
                    }
                }
                if (length !== $undefined) {
                    if (reader.pos !== end)
                        throw $RangeError("index out of range");
                    reader.len = length;
                }
                if (_end !== $undefined)
                    throw $Error("missing end group");
                return message;
            };

            /**
             * Verifies a Reply message.
             * @function verify
             * @memberof edgefleet.v1.Reply
             * @static
             * @param {Object.<string,*>} message Plain object to verify
             * @returns {string|null} `null` if valid, otherwise the reason why it is not
             */
            Reply.verify = function (message, _depth) {
                if (typeof message !== "object" || message === null)
                    return "object expected";
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    return "max depth exceeded";
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    if (!$util.isString(message.commandId))
                        return "commandId: string expected";
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    if (typeof message.ok !== "boolean")
                        return "ok: boolean expected";
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    if (!$util.isString(message.error))
                        return "error: string expected";
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    if (typeof message.done !== "boolean")
                        return "done: boolean expected";
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    if (!$util.isInteger(message.seq))
                        return "seq: integer expected";
                if (message.lines != null && $Object.hasOwnProperty.call(message, "lines")) {
                    if (!$Array.isArray(message.lines))
                        return "lines: array expected";
                    for (let i = 0; i < message.lines.length; ++i)
                        if (!$util.isString(message.lines[i]))
                            return "lines: string[] expected";
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    if (!$util.isString(message.code))
                        return "code: string expected";
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    if (!$util.isString(message.containerId))
                        return "containerId: string expected";
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (!$util.isInteger(message.startedAtMs) && !(message.startedAtMs && $util.isInteger(message.startedAtMs.low) && $util.isInteger(message.startedAtMs.high)))
                        return "startedAtMs: integer|Long expected";
                return null;
            };

            /**
             * Creates a Reply message from a plain object. Also converts values to their respective internal types.
             * @function fromObject
             * @memberof edgefleet.v1.Reply
             * @static
             * @param {Object.<string,*>} object Plain object
             * @returns {edgefleet.v1.Reply} Reply
             */
            Reply.fromObject = function (object, _depth) {
                if (object instanceof $root.edgefleet.v1.Reply)
                    return object;
                if (!$util.isObject(object))
                    throw $TypeError(".edgefleet.v1.Reply: object expected");
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let message = new $root.edgefleet.v1.Reply();
                if (object.commandId != null)
                    if (typeof object.commandId !== "string" || object.commandId.length)
                        message.commandId = $String(object.commandId);
                if (object.ok != null)
                    if (object.ok)
                        message.ok = $Boolean(object.ok);
                if (object.error != null)
                    if (typeof object.error !== "string" || object.error.length)
                        message.error = $String(object.error);
                if (object.done != null)
                    if (object.done)
                        message.done = $Boolean(object.done);
                if (object.seq != null)
                    if ($Number(object.seq) !== 0)
                        message.seq = object.seq >>> 0;
                if (object.lines) {
                    if (!$Array.isArray(object.lines))
                        throw $TypeError(".edgefleet.v1.Reply.lines: array expected");
                    message.lines = $Array(object.lines.length);
                    for (let i = 0; i < object.lines.length; ++i)
                        message.lines[i] = $String(object.lines[i]);
                }
                if (object.code != null)
                    if (typeof object.code !== "string" || object.code.length)
                        message.code = $String(object.code);
                if (object.containerId != null)
                    if (typeof object.containerId !== "string" || object.containerId.length)
                        message.containerId = $String(object.containerId);
                if (object.startedAtMs != null)
                    if (typeof object.startedAtMs === "object" ? object.startedAtMs.low || object.startedAtMs.high : $Number(object.startedAtMs) !== 0)
                        if ($util.Long)
                            message.startedAtMs = $util.Long.fromValue(object.startedAtMs, true);
                        else if (typeof object.startedAtMs === "string")
                            message.startedAtMs = $parseInt(object.startedAtMs, 10);
                        else if (typeof object.startedAtMs === "number")
                            message.startedAtMs = object.startedAtMs;
                        else if (typeof object.startedAtMs === "object")
                            message.startedAtMs = new $util.LongBits(object.startedAtMs.low >>> 0, object.startedAtMs.high >>> 0).toNumber(true);
                return message;
            };

            /**
             * Creates a plain object from a Reply message. Also converts values to other types if specified.
             * @function toObject
             * @memberof edgefleet.v1.Reply
             * @static
             * @param {edgefleet.v1.Reply} message Reply
             * @param {$protobuf.IConversionOptions} [options] Conversion options
             * @returns {Object.<string,*>} Plain object
             */
            Reply.toObject = function (message, options, _depth) {
                if (!options)
                    options = {};
                if (_depth === $undefined)
                    _depth = 0;
                if (_depth > $util.recursionLimit)
                    throw $Error("max depth exceeded");
                let object = {};
                if (options.arrays || options.defaults)
                    object.lines = [];
                if (options.defaults) {
                    object.commandId = "";
                    object.ok = false;
                    object.error = "";
                    object.done = false;
                    object.seq = 0;
                    object.code = "";
                    object.containerId = "";
                    if ($util.Long) {
                        let long = new $util.Long(0, 0, true);
                        object.startedAtMs = options.longs === $String ? long.toString() : options.longs === $Number ? long.toNumber() : typeof $BigInt !== "undefined" && options.longs === $BigInt ? long.toBigInt() : long;
                    } else
                        object.startedAtMs = options.longs === $String ? "0" : typeof $BigInt !== "undefined" && options.longs === $BigInt ? $BigInt("0") : 0;
                }
                if (message.commandId != null && $Object.hasOwnProperty.call(message, "commandId"))
                    object.commandId = message.commandId;
                if (message.ok != null && $Object.hasOwnProperty.call(message, "ok"))
                    object.ok = message.ok;
                if (message.error != null && $Object.hasOwnProperty.call(message, "error"))
                    object.error = message.error;
                if (message.done != null && $Object.hasOwnProperty.call(message, "done"))
                    object.done = message.done;
                if (message.seq != null && $Object.hasOwnProperty.call(message, "seq"))
                    object.seq = message.seq;
                if (message.lines && message.lines.length) {
                    object.lines = $Array(message.lines.length);
                    for (let j = 0; j < message.lines.length; ++j)
                        object.lines[j] = message.lines[j];
                }
                if (message.code != null && $Object.hasOwnProperty.call(message, "code"))
                    object.code = message.code;
                if (message.containerId != null && $Object.hasOwnProperty.call(message, "containerId"))
                    object.containerId = message.containerId;
                if (message.startedAtMs != null && $Object.hasOwnProperty.call(message, "startedAtMs"))
                    if (typeof $BigInt !== "undefined" && options.longs === $BigInt)
                        object.startedAtMs = typeof message.startedAtMs === "number" ? $BigInt(message.startedAtMs) : $util.Long.fromBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0, true).toBigInt();
                    else if (typeof message.startedAtMs === "number")
                        object.startedAtMs = options.longs === $String ? $String(message.startedAtMs) : message.startedAtMs;
                    else
                        object.startedAtMs = options.longs === $String ? $util.Long.prototype.toString.call(message.startedAtMs) : options.longs === $Number ? new $util.LongBits(message.startedAtMs.low >>> 0, message.startedAtMs.high >>> 0).toNumber(true) : message.startedAtMs;
                return object;
            };

            /**
             * Converts this Reply to JSON.
             * @function toJSON
             * @memberof edgefleet.v1.Reply
             * @instance
             * @returns {Object.<string,*>} JSON object
             */
            Reply.prototype.toJSON = function() {
                return Reply.toObject(this, $protobuf.util.toJSONOptions);
            };

            /**
             * Gets the type url for Reply
             * @function getTypeUrl
             * @memberof edgefleet.v1.Reply
             * @static
             * @param {string} [prefix] Custom type url prefix, defaults to `"type.googleapis.com"`
             * @returns {string} The type url
             */
            Reply.getTypeUrl = function(prefix) {
                if (prefix === $undefined)
                    prefix = "type.googleapis.com";
                return prefix + "/edgefleet.v1.Reply";
            };

            return Reply;
        })();

        return v1;
    })();

    return edgefleet;
})();

export {
  $root as default
};
