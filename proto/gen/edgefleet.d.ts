import * as $protobuf from "protobufjs";
import Long = require("long");

export namespace edgefleet {

    namespace v1 {

        interface IHello extends edgefleet.v1.Hello.$Properties {
        }

        class Hello {
            constructor(properties?: edgefleet.v1.Hello.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            labels: { [k: string]: string };
            capacity?: (edgefleet.v1.Capacity.$Properties|null);
            arch: string;
            os: string;
            runtime?: (edgefleet.v1.Runtime.$Properties|null);
            agentVersion: string;
            bootId: string;
            appliedEpoch: number;
            appliedGeneration: number;
            hostname: string;
            startedAtMs: number;
            securityPolicy?: (edgefleet.v1.SecurityPolicy.$Properties|null);
            certNotAfterMs: number;
            static create(properties: edgefleet.v1.Hello.$Shape): edgefleet.v1.Hello & edgefleet.v1.Hello.$Shape;
            static create(properties?: edgefleet.v1.Hello.$Properties): edgefleet.v1.Hello;
            static encode(message: edgefleet.v1.Hello.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.Hello & edgefleet.v1.Hello.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.Hello;
            static toObject(message: edgefleet.v1.Hello, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Hello {
            interface $Properties {
                nodeId?: (string|null);
                labels?: ({ [k: string]: string }|null);
                capacity?: (edgefleet.v1.Capacity.$Properties|null);
                arch?: (string|null);
                os?: (string|null);
                runtime?: (edgefleet.v1.Runtime.$Properties|null);
                agentVersion?: (string|null);
                bootId?: (string|null);
                appliedEpoch?: (number|null);
                appliedGeneration?: (number|null);
                hostname?: (string|null);
                startedAtMs?: (number|null);
                securityPolicy?: (edgefleet.v1.SecurityPolicy.$Properties|null);
                certNotAfterMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.Hello.$Properties;
        }

        interface ISecurityPolicy extends edgefleet.v1.SecurityPolicy.$Properties {
        }

        class SecurityPolicy {
            constructor(properties?: edgefleet.v1.SecurityPolicy.$Properties);
            $unknowns?: Uint8Array[];
            allowPrivileged: boolean;
            allowedCapabilities: string[];
            allowHostPid: boolean;
            allowHostIpc: boolean;
            allowedDevices: string[];
            allowedHostPaths: string[];
            allowedRegistries: string[];
            requireDigest: boolean;
            static create(properties: edgefleet.v1.SecurityPolicy.$Shape): edgefleet.v1.SecurityPolicy & edgefleet.v1.SecurityPolicy.$Shape;
            static create(properties?: edgefleet.v1.SecurityPolicy.$Properties): edgefleet.v1.SecurityPolicy;
            static encode(message: edgefleet.v1.SecurityPolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.SecurityPolicy & edgefleet.v1.SecurityPolicy.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.SecurityPolicy;
            static toObject(message: edgefleet.v1.SecurityPolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace SecurityPolicy {
            interface $Properties {
                allowPrivileged?: (boolean|null);
                allowedCapabilities?: (string[]|null);
                allowHostPid?: (boolean|null);
                allowHostIpc?: (boolean|null);
                allowedDevices?: (string[]|null);
                allowedHostPaths?: (string[]|null);
                allowedRegistries?: (string[]|null);
                requireDigest?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.SecurityPolicy.$Properties;
        }

        interface ICapacity extends edgefleet.v1.Capacity.$Properties {
        }

        class Capacity {
            constructor(properties?: edgefleet.v1.Capacity.$Properties);
            $unknowns?: Uint8Array[];
            cpuMillis: number;
            memoryBytes: number;
            diskBytes: number;
            static create(properties: edgefleet.v1.Capacity.$Shape): edgefleet.v1.Capacity & edgefleet.v1.Capacity.$Shape;
            static create(properties?: edgefleet.v1.Capacity.$Properties): edgefleet.v1.Capacity;
            static encode(message: edgefleet.v1.Capacity.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.Capacity & edgefleet.v1.Capacity.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.Capacity;
            static toObject(message: edgefleet.v1.Capacity, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Capacity {
            interface $Properties {
                cpuMillis?: (number|null);
                memoryBytes?: (number|null);
                diskBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.Capacity.$Properties;
        }

        interface IRuntime extends edgefleet.v1.Runtime.$Properties {
        }

        class Runtime {
            constructor(properties?: edgefleet.v1.Runtime.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            version: string;
            apiVersion: string;
            static create(properties: edgefleet.v1.Runtime.$Shape): edgefleet.v1.Runtime & edgefleet.v1.Runtime.$Shape;
            static create(properties?: edgefleet.v1.Runtime.$Properties): edgefleet.v1.Runtime;
            static encode(message: edgefleet.v1.Runtime.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.Runtime & edgefleet.v1.Runtime.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.Runtime;
            static toObject(message: edgefleet.v1.Runtime, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Runtime {
            interface $Properties {
                name?: (string|null);
                version?: (string|null);
                apiVersion?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.Runtime.$Properties;
        }

        interface INodeState extends edgefleet.v1.NodeState.$Properties {
        }

        class NodeState {
            constructor(properties?: edgefleet.v1.NodeState.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            bootId: string;
            online: boolean;
            appliedEpoch: number;
            appliedGeneration: number;
            workloads: edgefleet.v1.WorkloadStatus.$Properties[];
            conditions: edgefleet.v1.Condition.$Properties[];
            reportedAtMs: number;
            static create(properties: edgefleet.v1.NodeState.$Shape): edgefleet.v1.NodeState & edgefleet.v1.NodeState.$Shape;
            static create(properties?: edgefleet.v1.NodeState.$Properties): edgefleet.v1.NodeState;
            static encode(message: edgefleet.v1.NodeState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.NodeState & edgefleet.v1.NodeState.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.NodeState;
            static toObject(message: edgefleet.v1.NodeState, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodeState {
            interface $Properties {
                nodeId?: (string|null);
                bootId?: (string|null);
                online?: (boolean|null);
                appliedEpoch?: (number|null);
                appliedGeneration?: (number|null);
                workloads?: (edgefleet.v1.WorkloadStatus.$Properties[]|null);
                conditions?: (edgefleet.v1.Condition.$Properties[]|null);
                reportedAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.NodeState.$Properties;
        }

        enum Phase {
            PHASE_UNSPECIFIED = 0,
            PHASE_PENDING = 1,
            PHASE_PULLING = 2,
            PHASE_CREATED = 3,
            PHASE_RUNNING = 4,
            PHASE_EXITED = 5,
            PHASE_FAILED = 6,
            PHASE_STOPPED = 7,
            PHASE_BACKOFF = 8
        }

        enum Health {
            HEALTH_UNSPECIFIED = 0,
            HEALTH_STARTING = 1,
            HEALTH_HEALTHY = 2,
            HEALTH_UNHEALTHY = 3
        }

        interface IWorkloadStatus extends edgefleet.v1.WorkloadStatus.$Properties {
        }

        class WorkloadStatus {
            constructor(properties?: edgefleet.v1.WorkloadStatus.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            specHash: string;
            phase: edgefleet.v1.Phase;
            containerId: string;
            restartCount: number;
            exitCode: number;
            hasExitCode: boolean;
            health: edgefleet.v1.Health;
            lastError: string;
            startedAtMs: number;
            message: string;
            readySinceMs: number;
            revision: number;
            static create(properties: edgefleet.v1.WorkloadStatus.$Shape): edgefleet.v1.WorkloadStatus & edgefleet.v1.WorkloadStatus.$Shape;
            static create(properties?: edgefleet.v1.WorkloadStatus.$Properties): edgefleet.v1.WorkloadStatus;
            static encode(message: edgefleet.v1.WorkloadStatus.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.WorkloadStatus & edgefleet.v1.WorkloadStatus.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.WorkloadStatus;
            static toObject(message: edgefleet.v1.WorkloadStatus, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkloadStatus {
            interface $Properties {
                name?: (string|null);
                specHash?: (string|null);
                phase?: (edgefleet.v1.Phase|null);
                containerId?: (string|null);
                restartCount?: (number|null);
                exitCode?: (number|null);
                hasExitCode?: (boolean|null);
                health?: (edgefleet.v1.Health|null);
                lastError?: (string|null);
                startedAtMs?: (number|null);
                message?: (string|null);
                readySinceMs?: (number|null);
                revision?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.WorkloadStatus.$Properties;
        }

        interface ICondition extends edgefleet.v1.Condition.$Properties {
        }

        class Condition {
            constructor(properties?: edgefleet.v1.Condition.$Properties);
            $unknowns?: Uint8Array[];
            type: string;
            status: boolean;
            reason: string;
            message: string;
            sinceMs: number;
            static create(properties: edgefleet.v1.Condition.$Shape): edgefleet.v1.Condition & edgefleet.v1.Condition.$Shape;
            static create(properties?: edgefleet.v1.Condition.$Properties): edgefleet.v1.Condition;
            static encode(message: edgefleet.v1.Condition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.Condition & edgefleet.v1.Condition.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.Condition;
            static toObject(message: edgefleet.v1.Condition, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Condition {
            interface $Properties {
                type?: (string|null);
                status?: (boolean|null);
                reason?: (string|null);
                message?: (string|null);
                sinceMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.Condition.$Properties;
        }

        interface ITelemetryBatch extends edgefleet.v1.TelemetryBatch.$Properties {
        }

        class TelemetryBatch {
            constructor(properties?: edgefleet.v1.TelemetryBatch.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            bootId: string;
            samples: edgefleet.v1.TelemetrySample.$Properties[];
            dropped: number;
            columns?: (edgefleet.v1.TelemetryColumns.$Properties|null);
            outboxBacklog: number;
            static create(properties: edgefleet.v1.TelemetryBatch.$Shape): edgefleet.v1.TelemetryBatch & edgefleet.v1.TelemetryBatch.$Shape;
            static create(properties?: edgefleet.v1.TelemetryBatch.$Properties): edgefleet.v1.TelemetryBatch;
            static encode(message: edgefleet.v1.TelemetryBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.TelemetryBatch & edgefleet.v1.TelemetryBatch.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.TelemetryBatch;
            static toObject(message: edgefleet.v1.TelemetryBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TelemetryBatch {
            interface $Properties {
                nodeId?: (string|null);
                bootId?: (string|null);
                samples?: (edgefleet.v1.TelemetrySample.$Properties[]|null);
                dropped?: (number|null);
                columns?: (edgefleet.v1.TelemetryColumns.$Properties|null);
                outboxBacklog?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.TelemetryBatch.$Properties;
        }

        interface ITelemetryColumns extends edgefleet.v1.TelemetryColumns.$Properties {
        }

        class TelemetryColumns {
            constructor(properties?: edgefleet.v1.TelemetryColumns.$Properties);
            $unknowns?: Uint8Array[];
            count: number;
            seq: number[];
            tsMs: number[];
            cpuPermille: number[];
            load1Centi: number[];
            memoryUsed: number[];
            memoryTotal: number[];
            swapUsed: number[];
            swapTotal: number[];
            netRxBytesPerS: number[];
            netTxBytesPerS: number[];
            temperatureDeciC: number[];
            noTemperature: number[];
            uptimeS: number[];
            disks: edgefleet.v1.TelemetrySeries.$Properties[];
            workloads: edgefleet.v1.TelemetrySeries.$Properties[];
            memoryUsedShift: number;
            memoryTotalShift: number;
            swapUsedShift: number;
            swapTotalShift: number;
            static create(properties: edgefleet.v1.TelemetryColumns.$Shape): edgefleet.v1.TelemetryColumns & edgefleet.v1.TelemetryColumns.$Shape;
            static create(properties?: edgefleet.v1.TelemetryColumns.$Properties): edgefleet.v1.TelemetryColumns;
            static encode(message: edgefleet.v1.TelemetryColumns.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.TelemetryColumns & edgefleet.v1.TelemetryColumns.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.TelemetryColumns;
            static toObject(message: edgefleet.v1.TelemetryColumns, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TelemetryColumns {
            interface $Properties {
                count?: (number|null);
                seq?: (number[]|null);
                tsMs?: (number[]|null);
                cpuPermille?: (number[]|null);
                load1Centi?: (number[]|null);
                memoryUsed?: (number[]|null);
                memoryTotal?: (number[]|null);
                swapUsed?: (number[]|null);
                swapTotal?: (number[]|null);
                netRxBytesPerS?: (number[]|null);
                netTxBytesPerS?: (number[]|null);
                temperatureDeciC?: (number[]|null);
                noTemperature?: (number[]|null);
                uptimeS?: (number[]|null);
                disks?: (edgefleet.v1.TelemetrySeries.$Properties[]|null);
                workloads?: (edgefleet.v1.TelemetrySeries.$Properties[]|null);
                memoryUsedShift?: (number|null);
                memoryTotalShift?: (number|null);
                swapUsedShift?: (number|null);
                swapTotalShift?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.TelemetryColumns.$Properties;
        }

        interface ITelemetrySeries extends edgefleet.v1.TelemetrySeries.$Properties {
        }

        class TelemetrySeries {
            constructor(properties?: edgefleet.v1.TelemetrySeries.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            absent: number[];
            first: number[];
            second: number[];
            firstShift: number;
            secondShift: number;
            static create(properties: edgefleet.v1.TelemetrySeries.$Shape): edgefleet.v1.TelemetrySeries & edgefleet.v1.TelemetrySeries.$Shape;
            static create(properties?: edgefleet.v1.TelemetrySeries.$Properties): edgefleet.v1.TelemetrySeries;
            static encode(message: edgefleet.v1.TelemetrySeries.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.TelemetrySeries & edgefleet.v1.TelemetrySeries.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.TelemetrySeries;
            static toObject(message: edgefleet.v1.TelemetrySeries, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TelemetrySeries {
            interface $Properties {
                name?: (string|null);
                absent?: (number[]|null);
                first?: (number[]|null);
                second?: (number[]|null);
                firstShift?: (number|null);
                secondShift?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.TelemetrySeries.$Properties;
        }

        interface ITelemetrySample extends edgefleet.v1.TelemetrySample.$Properties {
        }

        class TelemetrySample {
            constructor(properties?: edgefleet.v1.TelemetrySample.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            tsMs: number;
            cpuPercent: number;
            load1: number;
            memoryUsedBytes: number;
            memoryTotalBytes: number;
            swapUsedBytes: number;
            swapTotalBytes: number;
            disks: edgefleet.v1.DiskUsage.$Properties[];
            netRxBytesPerS: number;
            netTxBytesPerS: number;
            temperatureC: number;
            hasTemperature: boolean;
            uptimeS: number;
            workloads: edgefleet.v1.WorkloadUsage.$Properties[];
            static create(properties: edgefleet.v1.TelemetrySample.$Shape): edgefleet.v1.TelemetrySample & edgefleet.v1.TelemetrySample.$Shape;
            static create(properties?: edgefleet.v1.TelemetrySample.$Properties): edgefleet.v1.TelemetrySample;
            static encode(message: edgefleet.v1.TelemetrySample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.TelemetrySample & edgefleet.v1.TelemetrySample.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.TelemetrySample;
            static toObject(message: edgefleet.v1.TelemetrySample, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TelemetrySample {
            interface $Properties {
                seq?: (number|null);
                tsMs?: (number|null);
                cpuPercent?: (number|null);
                load1?: (number|null);
                memoryUsedBytes?: (number|null);
                memoryTotalBytes?: (number|null);
                swapUsedBytes?: (number|null);
                swapTotalBytes?: (number|null);
                disks?: (edgefleet.v1.DiskUsage.$Properties[]|null);
                netRxBytesPerS?: (number|null);
                netTxBytesPerS?: (number|null);
                temperatureC?: (number|null);
                hasTemperature?: (boolean|null);
                uptimeS?: (number|null);
                workloads?: (edgefleet.v1.WorkloadUsage.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.TelemetrySample.$Properties;
        }

        interface IDiskUsage extends edgefleet.v1.DiskUsage.$Properties {
        }

        class DiskUsage {
            constructor(properties?: edgefleet.v1.DiskUsage.$Properties);
            $unknowns?: Uint8Array[];
            mount: string;
            usedBytes: number;
            sizeBytes: number;
            static create(properties: edgefleet.v1.DiskUsage.$Shape): edgefleet.v1.DiskUsage & edgefleet.v1.DiskUsage.$Shape;
            static create(properties?: edgefleet.v1.DiskUsage.$Properties): edgefleet.v1.DiskUsage;
            static encode(message: edgefleet.v1.DiskUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.DiskUsage & edgefleet.v1.DiskUsage.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.DiskUsage;
            static toObject(message: edgefleet.v1.DiskUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DiskUsage {
            interface $Properties {
                mount?: (string|null);
                usedBytes?: (number|null);
                sizeBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.DiskUsage.$Properties;
        }

        interface IWorkloadUsage extends edgefleet.v1.WorkloadUsage.$Properties {
        }

        class WorkloadUsage {
            constructor(properties?: edgefleet.v1.WorkloadUsage.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            cpuPercent: number;
            memoryBytes: number;
            static create(properties: edgefleet.v1.WorkloadUsage.$Shape): edgefleet.v1.WorkloadUsage & edgefleet.v1.WorkloadUsage.$Shape;
            static create(properties?: edgefleet.v1.WorkloadUsage.$Properties): edgefleet.v1.WorkloadUsage;
            static encode(message: edgefleet.v1.WorkloadUsage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.WorkloadUsage & edgefleet.v1.WorkloadUsage.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.WorkloadUsage;
            static toObject(message: edgefleet.v1.WorkloadUsage, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkloadUsage {
            interface $Properties {
                name?: (string|null);
                cpuPercent?: (number|null);
                memoryBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.WorkloadUsage.$Properties;
        }

        interface IEventBatch extends edgefleet.v1.EventBatch.$Properties {
        }

        class EventBatch {
            constructor(properties?: edgefleet.v1.EventBatch.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            bootId: string;
            events: edgefleet.v1.Event.$Properties[];
            dropped: number;
            static create(properties: edgefleet.v1.EventBatch.$Shape): edgefleet.v1.EventBatch & edgefleet.v1.EventBatch.$Shape;
            static create(properties?: edgefleet.v1.EventBatch.$Properties): edgefleet.v1.EventBatch;
            static encode(message: edgefleet.v1.EventBatch.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.EventBatch & edgefleet.v1.EventBatch.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.EventBatch;
            static toObject(message: edgefleet.v1.EventBatch, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EventBatch {
            interface $Properties {
                nodeId?: (string|null);
                bootId?: (string|null);
                events?: (edgefleet.v1.Event.$Properties[]|null);
                dropped?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.EventBatch.$Properties;
        }

        enum Severity {
            SEVERITY_UNSPECIFIED = 0,
            SEVERITY_INFO = 1,
            SEVERITY_WARNING = 2,
            SEVERITY_ERROR = 3
        }

        interface IEvent extends edgefleet.v1.Event.$Properties {
        }

        class Event {
            constructor(properties?: edgefleet.v1.Event.$Properties);
            $unknowns?: Uint8Array[];
            seq: number;
            tsMs: number;
            type: string;
            severity: edgefleet.v1.Severity;
            workload: string;
            reason: string;
            message: string;
            attributes: { [k: string]: string };
            static create(properties: edgefleet.v1.Event.$Shape): edgefleet.v1.Event & edgefleet.v1.Event.$Shape;
            static create(properties?: edgefleet.v1.Event.$Properties): edgefleet.v1.Event;
            static encode(message: edgefleet.v1.Event.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.Event & edgefleet.v1.Event.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.Event;
            static toObject(message: edgefleet.v1.Event, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Event {
            interface $Properties {
                seq?: (number|null);
                tsMs?: (number|null);
                type?: (string|null);
                severity?: (edgefleet.v1.Severity|null);
                workload?: (string|null);
                reason?: (string|null);
                message?: (string|null);
                attributes?: ({ [k: string]: string }|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.Event.$Properties;
        }

        interface IDesiredState extends edgefleet.v1.DesiredState.$Properties {
        }

        class DesiredState {
            constructor(properties?: edgefleet.v1.DesiredState.$Properties);
            $unknowns?: Uint8Array[];
            nodeId: string;
            controllerEpoch: number;
            generation: number;
            workloads: edgefleet.v1.WorkloadInstance.$Properties[];
            policy?: (edgefleet.v1.NodePolicy.$Properties|null);
            telemetryIntervalMs: number;
            issuedAtMs: number;
            static create(properties: edgefleet.v1.DesiredState.$Shape): edgefleet.v1.DesiredState & edgefleet.v1.DesiredState.$Shape;
            static create(properties?: edgefleet.v1.DesiredState.$Properties): edgefleet.v1.DesiredState;
            static encode(message: edgefleet.v1.DesiredState.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.DesiredState & edgefleet.v1.DesiredState.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.DesiredState;
            static toObject(message: edgefleet.v1.DesiredState, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DesiredState {
            interface $Properties {
                nodeId?: (string|null);
                controllerEpoch?: (number|null);
                generation?: (number|null);
                workloads?: (edgefleet.v1.WorkloadInstance.$Properties[]|null);
                policy?: (edgefleet.v1.NodePolicy.$Properties|null);
                telemetryIntervalMs?: (number|null);
                issuedAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              nodeId?: string|null;
              controllerEpoch?: number|null;
              generation?: number|null;
              workloads?: edgefleet.v1.WorkloadInstance.$Shape[]|null;
              policy?: edgefleet.v1.NodePolicy.$Shape|null;
              telemetryIntervalMs?: number|null;
              issuedAtMs?: number|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IWorkloadInstance extends edgefleet.v1.WorkloadInstance.$Properties {
        }

        class WorkloadInstance {
            constructor(properties?: edgefleet.v1.WorkloadInstance.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            specHash: string;
            container?: (edgefleet.v1.ContainerSpec.$Properties|null);
            revision: number;
            priority: number;
            dependsOn: string[];
            runWhen: edgefleet.v1.RunWhen;
            updateStrategy: edgefleet.v1.UpdateStrategy;
            static create(properties: edgefleet.v1.WorkloadInstance.$Shape): edgefleet.v1.WorkloadInstance & edgefleet.v1.WorkloadInstance.$Shape;
            static create(properties?: edgefleet.v1.WorkloadInstance.$Properties): edgefleet.v1.WorkloadInstance;
            static encode(message: edgefleet.v1.WorkloadInstance.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.WorkloadInstance & edgefleet.v1.WorkloadInstance.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.WorkloadInstance;
            static toObject(message: edgefleet.v1.WorkloadInstance, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace WorkloadInstance {
            interface $Properties {
                name?: (string|null);
                specHash?: (string|null);
                container?: (edgefleet.v1.ContainerSpec.$Properties|null);
                revision?: (number|null);
                priority?: (number|null);
                dependsOn?: (string[]|null);
                runWhen?: (edgefleet.v1.RunWhen|null);
                updateStrategy?: (edgefleet.v1.UpdateStrategy|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              name?: string|null;
              specHash?: string|null;
              container?: edgefleet.v1.ContainerSpec.$Shape|null;
              revision?: number|null;
              priority?: number|null;
              dependsOn?: string[]|null;
              runWhen?: edgefleet.v1.RunWhen|null;
              updateStrategy?: edgefleet.v1.UpdateStrategy|null;
              $unknowns?: Uint8Array[];
            };
        }

        enum UpdateStrategy {
            UPDATE_STRATEGY_UNSPECIFIED = 0,
            UPDATE_STRATEGY_STOP_FIRST = 1,
            UPDATE_STRATEGY_START_FIRST = 2
        }

        enum RunWhen {
            RUN_WHEN_UNSPECIFIED = 0,
            RUN_WHEN_ALWAYS = 1,
            RUN_WHEN_ONLINE = 2,
            RUN_WHEN_OFFLINE = 3
        }

        interface IContainerSpec extends edgefleet.v1.ContainerSpec.$Properties {
        }

        class ContainerSpec {
            constructor(properties?: edgefleet.v1.ContainerSpec.$Properties);
            $unknowns?: Uint8Array[];
            image: string;
            command: string[];
            args: string[];
            env: edgefleet.v1.EnvVar.$Properties[];
            ports: edgefleet.v1.PortMapping.$Properties[];
            volumes: edgefleet.v1.VolumeMount.$Properties[];
            resources?: (edgefleet.v1.Resources.$Properties|null);
            restartPolicy: string;
            healthCheck?: (edgefleet.v1.HealthCheck.$Properties|null);
            networkMode: string;
            labels: { [k: string]: string };
            workingDir: string;
            user: string;
            stopTimeoutS: number;
            privileged: boolean;
            capAdd: string[];
            hostPid: boolean;
            hostIpc: boolean;
            devices: edgefleet.v1.DeviceMapping.$Properties[];
            static create(properties: edgefleet.v1.ContainerSpec.$Shape): edgefleet.v1.ContainerSpec & edgefleet.v1.ContainerSpec.$Shape;
            static create(properties?: edgefleet.v1.ContainerSpec.$Properties): edgefleet.v1.ContainerSpec;
            static encode(message: edgefleet.v1.ContainerSpec.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.ContainerSpec & edgefleet.v1.ContainerSpec.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.ContainerSpec;
            static toObject(message: edgefleet.v1.ContainerSpec, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ContainerSpec {
            interface $Properties {
                image?: (string|null);
                command?: (string[]|null);
                args?: (string[]|null);
                env?: (edgefleet.v1.EnvVar.$Properties[]|null);
                ports?: (edgefleet.v1.PortMapping.$Properties[]|null);
                volumes?: (edgefleet.v1.VolumeMount.$Properties[]|null);
                resources?: (edgefleet.v1.Resources.$Properties|null);
                restartPolicy?: (string|null);
                healthCheck?: (edgefleet.v1.HealthCheck.$Properties|null);
                networkMode?: (string|null);
                labels?: ({ [k: string]: string }|null);
                workingDir?: (string|null);
                user?: (string|null);
                stopTimeoutS?: (number|null);
                privileged?: (boolean|null);
                capAdd?: (string[]|null);
                hostPid?: (boolean|null);
                hostIpc?: (boolean|null);
                devices?: (edgefleet.v1.DeviceMapping.$Properties[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              image?: string|null;
              command?: string[]|null;
              args?: string[]|null;
              env?: edgefleet.v1.EnvVar.$Shape[]|null;
              ports?: edgefleet.v1.PortMapping.$Shape[]|null;
              volumes?: edgefleet.v1.VolumeMount.$Shape[]|null;
              resources?: edgefleet.v1.Resources.$Shape|null;
              restartPolicy?: string|null;
              healthCheck?: edgefleet.v1.HealthCheck.$Shape|null;
              networkMode?: string|null;
              labels?: { [k: string]: string }|null;
              workingDir?: string|null;
              user?: string|null;
              stopTimeoutS?: number|null;
              privileged?: boolean|null;
              capAdd?: string[]|null;
              hostPid?: boolean|null;
              hostIpc?: boolean|null;
              devices?: edgefleet.v1.DeviceMapping.$Shape[]|null;
              $unknowns?: Uint8Array[];
            };
        }

        interface IDeviceMapping extends edgefleet.v1.DeviceMapping.$Properties {
        }

        class DeviceMapping {
            constructor(properties?: edgefleet.v1.DeviceMapping.$Properties);
            $unknowns?: Uint8Array[];
            hostPath: string;
            containerPath: string;
            permissions: string;
            static create(properties: edgefleet.v1.DeviceMapping.$Shape): edgefleet.v1.DeviceMapping & edgefleet.v1.DeviceMapping.$Shape;
            static create(properties?: edgefleet.v1.DeviceMapping.$Properties): edgefleet.v1.DeviceMapping;
            static encode(message: edgefleet.v1.DeviceMapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.DeviceMapping & edgefleet.v1.DeviceMapping.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.DeviceMapping;
            static toObject(message: edgefleet.v1.DeviceMapping, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace DeviceMapping {
            interface $Properties {
                hostPath?: (string|null);
                containerPath?: (string|null);
                permissions?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.DeviceMapping.$Properties;
        }

        interface IEnvVar extends edgefleet.v1.EnvVar.$Properties {
        }

        class EnvVar {
            constructor(properties?: edgefleet.v1.EnvVar.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            value: string;
            secret: boolean;
            static create(properties: edgefleet.v1.EnvVar.$Shape): edgefleet.v1.EnvVar & edgefleet.v1.EnvVar.$Shape;
            static create(properties?: edgefleet.v1.EnvVar.$Properties): edgefleet.v1.EnvVar;
            static encode(message: edgefleet.v1.EnvVar.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.EnvVar & edgefleet.v1.EnvVar.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.EnvVar;
            static toObject(message: edgefleet.v1.EnvVar, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace EnvVar {
            interface $Properties {
                name?: (string|null);
                value?: (string|null);
                secret?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.EnvVar.$Properties;
        }

        interface IPortMapping extends edgefleet.v1.PortMapping.$Properties {
        }

        class PortMapping {
            constructor(properties?: edgefleet.v1.PortMapping.$Properties);
            $unknowns?: Uint8Array[];
            containerPort: number;
            hostPort: number;
            protocol: string;
            static create(properties: edgefleet.v1.PortMapping.$Shape): edgefleet.v1.PortMapping & edgefleet.v1.PortMapping.$Shape;
            static create(properties?: edgefleet.v1.PortMapping.$Properties): edgefleet.v1.PortMapping;
            static encode(message: edgefleet.v1.PortMapping.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.PortMapping & edgefleet.v1.PortMapping.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.PortMapping;
            static toObject(message: edgefleet.v1.PortMapping, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PortMapping {
            interface $Properties {
                containerPort?: (number|null);
                hostPort?: (number|null);
                protocol?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.PortMapping.$Properties;
        }

        interface IVolumeMount extends edgefleet.v1.VolumeMount.$Properties {
        }

        class VolumeMount {
            constructor(properties?: edgefleet.v1.VolumeMount.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            mountPath: string;
            hostPath: string;
            readOnly: boolean;
            static create(properties: edgefleet.v1.VolumeMount.$Shape): edgefleet.v1.VolumeMount & edgefleet.v1.VolumeMount.$Shape;
            static create(properties?: edgefleet.v1.VolumeMount.$Properties): edgefleet.v1.VolumeMount;
            static encode(message: edgefleet.v1.VolumeMount.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.VolumeMount & edgefleet.v1.VolumeMount.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.VolumeMount;
            static toObject(message: edgefleet.v1.VolumeMount, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace VolumeMount {
            interface $Properties {
                name?: (string|null);
                mountPath?: (string|null);
                hostPath?: (string|null);
                readOnly?: (boolean|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.VolumeMount.$Properties;
        }

        interface IResources extends edgefleet.v1.Resources.$Properties {
        }

        class Resources {
            constructor(properties?: edgefleet.v1.Resources.$Properties);
            $unknowns?: Uint8Array[];
            cpuMillis: number;
            memoryBytes: number;
            static create(properties: edgefleet.v1.Resources.$Shape): edgefleet.v1.Resources & edgefleet.v1.Resources.$Shape;
            static create(properties?: edgefleet.v1.Resources.$Properties): edgefleet.v1.Resources;
            static encode(message: edgefleet.v1.Resources.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.Resources & edgefleet.v1.Resources.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.Resources;
            static toObject(message: edgefleet.v1.Resources, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Resources {
            interface $Properties {
                cpuMillis?: (number|null);
                memoryBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.Resources.$Properties;
        }

        interface IHealthCheck extends edgefleet.v1.HealthCheck.$Properties {
        }

        class HealthCheck {
            constructor(properties?: edgefleet.v1.HealthCheck.$Properties);
            $unknowns?: Uint8Array[];
            http?: (edgefleet.v1.HttpProbe.$Properties|null);
            tcp?: (edgefleet.v1.TcpProbe.$Properties|null);
            exec?: (edgefleet.v1.ExecProbe.$Properties|null);
            intervalMs: number;
            timeoutMs: number;
            retries: number;
            startPeriodMs: number;
            probe?: ("http"|"tcp"|"exec");
            static create(properties: edgefleet.v1.HealthCheck.$Shape): edgefleet.v1.HealthCheck & edgefleet.v1.HealthCheck.$Shape;
            static create(properties?: edgefleet.v1.HealthCheck.$Properties): edgefleet.v1.HealthCheck;
            static encode(message: edgefleet.v1.HealthCheck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.HealthCheck & edgefleet.v1.HealthCheck.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.HealthCheck;
            static toObject(message: edgefleet.v1.HealthCheck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HealthCheck {
            interface $Properties {
                http?: (edgefleet.v1.HttpProbe.$Properties|null);
                tcp?: (edgefleet.v1.TcpProbe.$Properties|null);
                exec?: (edgefleet.v1.ExecProbe.$Properties|null);
                intervalMs?: (number|null);
                timeoutMs?: (number|null);
                retries?: (number|null);
                startPeriodMs?: (number|null);
                probe?: ("http"|"tcp"|"exec");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              http?: edgefleet.v1.HttpProbe.$Shape|null;
              tcp?: edgefleet.v1.TcpProbe.$Shape|null;
              exec?: edgefleet.v1.ExecProbe.$Shape|null;
              intervalMs?: number|null;
              timeoutMs?: number|null;
              retries?: number|null;
              startPeriodMs?: number|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ probe?: undefined; http?: null; tcp?: null; exec?: null }|{ probe?: "http"; http: edgefleet.v1.HttpProbe.$Shape; tcp?: null; exec?: null }|{ probe?: "tcp"; http?: null; tcp: edgefleet.v1.TcpProbe.$Shape; exec?: null }|{ probe?: "exec"; http?: null; tcp?: null; exec: edgefleet.v1.ExecProbe.$Shape })
            );
        }

        interface IHttpProbe extends edgefleet.v1.HttpProbe.$Properties {
        }

        class HttpProbe {
            constructor(properties?: edgefleet.v1.HttpProbe.$Properties);
            $unknowns?: Uint8Array[];
            port: number;
            path: string;
            static create(properties: edgefleet.v1.HttpProbe.$Shape): edgefleet.v1.HttpProbe & edgefleet.v1.HttpProbe.$Shape;
            static create(properties?: edgefleet.v1.HttpProbe.$Properties): edgefleet.v1.HttpProbe;
            static encode(message: edgefleet.v1.HttpProbe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.HttpProbe & edgefleet.v1.HttpProbe.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.HttpProbe;
            static toObject(message: edgefleet.v1.HttpProbe, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace HttpProbe {
            interface $Properties {
                port?: (number|null);
                path?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.HttpProbe.$Properties;
        }

        interface ITcpProbe extends edgefleet.v1.TcpProbe.$Properties {
        }

        class TcpProbe {
            constructor(properties?: edgefleet.v1.TcpProbe.$Properties);
            $unknowns?: Uint8Array[];
            port: number;
            static create(properties: edgefleet.v1.TcpProbe.$Shape): edgefleet.v1.TcpProbe & edgefleet.v1.TcpProbe.$Shape;
            static create(properties?: edgefleet.v1.TcpProbe.$Properties): edgefleet.v1.TcpProbe;
            static encode(message: edgefleet.v1.TcpProbe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.TcpProbe & edgefleet.v1.TcpProbe.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.TcpProbe;
            static toObject(message: edgefleet.v1.TcpProbe, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace TcpProbe {
            interface $Properties {
                port?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.TcpProbe.$Properties;
        }

        interface IExecProbe extends edgefleet.v1.ExecProbe.$Properties {
        }

        class ExecProbe {
            constructor(properties?: edgefleet.v1.ExecProbe.$Properties);
            $unknowns?: Uint8Array[];
            command: string[];
            static create(properties: edgefleet.v1.ExecProbe.$Shape): edgefleet.v1.ExecProbe & edgefleet.v1.ExecProbe.$Shape;
            static create(properties?: edgefleet.v1.ExecProbe.$Properties): edgefleet.v1.ExecProbe;
            static encode(message: edgefleet.v1.ExecProbe.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.ExecProbe & edgefleet.v1.ExecProbe.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.ExecProbe;
            static toObject(message: edgefleet.v1.ExecProbe, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace ExecProbe {
            interface $Properties {
                command?: (string[]|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.ExecProbe.$Properties;
        }

        interface INodePolicy extends edgefleet.v1.NodePolicy.$Properties {
        }

        class NodePolicy {
            constructor(properties?: edgefleet.v1.NodePolicy.$Properties);
            $unknowns?: Uint8Array[];
            evictMemoryPercent: number;
            evictDiskPercent: number;
            restartBackoffMaxMs: number;
            rules: edgefleet.v1.PolicyRule.$Properties[];
            maintenanceWindow: string;
            static create(properties: edgefleet.v1.NodePolicy.$Shape): edgefleet.v1.NodePolicy & edgefleet.v1.NodePolicy.$Shape;
            static create(properties?: edgefleet.v1.NodePolicy.$Properties): edgefleet.v1.NodePolicy;
            static encode(message: edgefleet.v1.NodePolicy.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.NodePolicy & edgefleet.v1.NodePolicy.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.NodePolicy;
            static toObject(message: edgefleet.v1.NodePolicy, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace NodePolicy {
            interface $Properties {
                evictMemoryPercent?: (number|null);
                evictDiskPercent?: (number|null);
                restartBackoffMaxMs?: (number|null);
                rules?: (edgefleet.v1.PolicyRule.$Properties[]|null);
                maintenanceWindow?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.NodePolicy.$Properties;
        }

        interface IPolicyRule extends edgefleet.v1.PolicyRule.$Properties {
        }

        class PolicyRule {
            constructor(properties?: edgefleet.v1.PolicyRule.$Properties);
            $unknowns?: Uint8Array[];
            name: string;
            when: string;
            forMs: number;
            then: string;
            until: string;
            condition?: (edgefleet.v1.PolicyCondition.$Properties|null);
            action?: (edgefleet.v1.PolicyAction.$Properties|null);
            clear?: (edgefleet.v1.PolicyCondition.$Properties|null);
            clearForMs: number;
            static create(properties: edgefleet.v1.PolicyRule.$Shape): edgefleet.v1.PolicyRule & edgefleet.v1.PolicyRule.$Shape;
            static create(properties?: edgefleet.v1.PolicyRule.$Properties): edgefleet.v1.PolicyRule;
            static encode(message: edgefleet.v1.PolicyRule.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.PolicyRule & edgefleet.v1.PolicyRule.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.PolicyRule;
            static toObject(message: edgefleet.v1.PolicyRule, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PolicyRule {
            interface $Properties {
                name?: (string|null);
                when?: (string|null);
                forMs?: (number|null);
                then?: (string|null);
                until?: (string|null);
                condition?: (edgefleet.v1.PolicyCondition.$Properties|null);
                action?: (edgefleet.v1.PolicyAction.$Properties|null);
                clear?: (edgefleet.v1.PolicyCondition.$Properties|null);
                clearForMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.PolicyRule.$Properties;
        }

        enum PolicyMetric {
            POLICY_METRIC_UNSPECIFIED = 0,
            POLICY_METRIC_MEMORY_PERCENT = 1,
            POLICY_METRIC_DISK_PERCENT = 2,
            POLICY_METRIC_CPU_PERCENT = 3,
            POLICY_METRIC_TEMPERATURE_C = 4,
            POLICY_METRIC_LINK_OFFLINE_S = 5
        }

        enum PolicyOp {
            POLICY_OP_UNSPECIFIED = 0,
            POLICY_OP_GT = 1,
            POLICY_OP_LT = 2
        }

        interface IPolicyCondition extends edgefleet.v1.PolicyCondition.$Properties {
        }

        class PolicyCondition {
            constructor(properties?: edgefleet.v1.PolicyCondition.$Properties);
            $unknowns?: Uint8Array[];
            metric: edgefleet.v1.PolicyMetric;
            op: edgefleet.v1.PolicyOp;
            value: number;
            static create(properties: edgefleet.v1.PolicyCondition.$Shape): edgefleet.v1.PolicyCondition & edgefleet.v1.PolicyCondition.$Shape;
            static create(properties?: edgefleet.v1.PolicyCondition.$Properties): edgefleet.v1.PolicyCondition;
            static encode(message: edgefleet.v1.PolicyCondition.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.PolicyCondition & edgefleet.v1.PolicyCondition.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.PolicyCondition;
            static toObject(message: edgefleet.v1.PolicyCondition, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PolicyCondition {
            interface $Properties {
                metric?: (edgefleet.v1.PolicyMetric|null);
                op?: (edgefleet.v1.PolicyOp|null);
                value?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.PolicyCondition.$Properties;
        }

        enum PolicyActionKind {
            POLICY_ACTION_UNSPECIFIED = 0,
            POLICY_ACTION_STOP_BELOW_PRIORITY = 1,
            POLICY_ACTION_PAUSE_BELOW_PRIORITY = 2,
            POLICY_ACTION_CAP_CPU_BELOW_PRIORITY = 3,
            POLICY_ACTION_START_WORKLOAD = 4,
            POLICY_ACTION_REFUSE_PULLS = 5,
            POLICY_ACTION_EVICT_LOWEST_PRIORITY = 6
        }

        interface IPolicyAction extends edgefleet.v1.PolicyAction.$Properties {
        }

        class PolicyAction {
            constructor(properties?: edgefleet.v1.PolicyAction.$Properties);
            $unknowns?: Uint8Array[];
            kind: edgefleet.v1.PolicyActionKind;
            priority: number;
            workload: string;
            cpuMillis: number;
            static create(properties: edgefleet.v1.PolicyAction.$Shape): edgefleet.v1.PolicyAction & edgefleet.v1.PolicyAction.$Shape;
            static create(properties?: edgefleet.v1.PolicyAction.$Properties): edgefleet.v1.PolicyAction;
            static encode(message: edgefleet.v1.PolicyAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.PolicyAction & edgefleet.v1.PolicyAction.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.PolicyAction;
            static toObject(message: edgefleet.v1.PolicyAction, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace PolicyAction {
            interface $Properties {
                kind?: (edgefleet.v1.PolicyActionKind|null);
                priority?: (number|null);
                workload?: (string|null);
                cpuMillis?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.PolicyAction.$Properties;
        }

        interface ICommand extends edgefleet.v1.Command.$Properties {
        }

        class Command {
            constructor(properties?: edgefleet.v1.Command.$Properties);
            $unknowns?: Uint8Array[];
            id: string;
            issuedAtMs: number;
            restart?: (edgefleet.v1.RestartCommand.$Properties|null);
            logs?: (edgefleet.v1.LogsCommand.$Properties|null);
            logsAck?: (edgefleet.v1.LogsAck.$Properties|null);
            cancel?: (edgefleet.v1.CancelCommand.$Properties|null);
            kind?: ("restart"|"logs"|"logsAck"|"cancel");
            static create(properties: edgefleet.v1.Command.$Shape): edgefleet.v1.Command & edgefleet.v1.Command.$Shape;
            static create(properties?: edgefleet.v1.Command.$Properties): edgefleet.v1.Command;
            static encode(message: edgefleet.v1.Command.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.Command & edgefleet.v1.Command.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.Command;
            static toObject(message: edgefleet.v1.Command, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Command {
            interface $Properties {
                id?: (string|null);
                issuedAtMs?: (number|null);
                restart?: (edgefleet.v1.RestartCommand.$Properties|null);
                logs?: (edgefleet.v1.LogsCommand.$Properties|null);
                logsAck?: (edgefleet.v1.LogsAck.$Properties|null);
                cancel?: (edgefleet.v1.CancelCommand.$Properties|null);
                kind?: ("restart"|"logs"|"logsAck"|"cancel");
                $unknowns?: Uint8Array[];
            }
            type $Shape = {
              id?: string|null;
              issuedAtMs?: number|null;
              restart?: edgefleet.v1.RestartCommand.$Shape|null;
              logs?: edgefleet.v1.LogsCommand.$Shape|null;
              logsAck?: edgefleet.v1.LogsAck.$Shape|null;
              cancel?: edgefleet.v1.CancelCommand.$Shape|null;
              $unknowns?: Uint8Array[];
            } & (
              ({ kind?: undefined; restart?: null; logs?: null; logsAck?: null; cancel?: null }|{ kind?: "restart"; restart: edgefleet.v1.RestartCommand.$Shape; logs?: null; logsAck?: null; cancel?: null }|{ kind?: "logs"; restart?: null; logs: edgefleet.v1.LogsCommand.$Shape; logsAck?: null; cancel?: null }|{ kind?: "logsAck"; restart?: null; logs?: null; logsAck: edgefleet.v1.LogsAck.$Shape; cancel?: null }|{ kind?: "cancel"; restart?: null; logs?: null; logsAck?: null; cancel: edgefleet.v1.CancelCommand.$Shape })
            );
        }

        interface IRestartCommand extends edgefleet.v1.RestartCommand.$Properties {
        }

        class RestartCommand {
            constructor(properties?: edgefleet.v1.RestartCommand.$Properties);
            $unknowns?: Uint8Array[];
            workload: string;
            static create(properties: edgefleet.v1.RestartCommand.$Shape): edgefleet.v1.RestartCommand & edgefleet.v1.RestartCommand.$Shape;
            static create(properties?: edgefleet.v1.RestartCommand.$Properties): edgefleet.v1.RestartCommand;
            static encode(message: edgefleet.v1.RestartCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.RestartCommand & edgefleet.v1.RestartCommand.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.RestartCommand;
            static toObject(message: edgefleet.v1.RestartCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace RestartCommand {
            interface $Properties {
                workload?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.RestartCommand.$Properties;
        }

        interface ILogsCommand extends edgefleet.v1.LogsCommand.$Properties {
        }

        class LogsCommand {
            constructor(properties?: edgefleet.v1.LogsCommand.$Properties);
            $unknowns?: Uint8Array[];
            workload: string;
            tail: number;
            sinceMs: number;
            follow: boolean;
            window: number;
            maxChunkBytes: number;
            static create(properties: edgefleet.v1.LogsCommand.$Shape): edgefleet.v1.LogsCommand & edgefleet.v1.LogsCommand.$Shape;
            static create(properties?: edgefleet.v1.LogsCommand.$Properties): edgefleet.v1.LogsCommand;
            static encode(message: edgefleet.v1.LogsCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.LogsCommand & edgefleet.v1.LogsCommand.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.LogsCommand;
            static toObject(message: edgefleet.v1.LogsCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogsCommand {
            interface $Properties {
                workload?: (string|null);
                tail?: (number|null);
                sinceMs?: (number|null);
                follow?: (boolean|null);
                window?: (number|null);
                maxChunkBytes?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.LogsCommand.$Properties;
        }

        interface ILogsAck extends edgefleet.v1.LogsAck.$Properties {
        }

        class LogsAck {
            constructor(properties?: edgefleet.v1.LogsAck.$Properties);
            $unknowns?: Uint8Array[];
            commandId: string;
            seq: number;
            static create(properties: edgefleet.v1.LogsAck.$Shape): edgefleet.v1.LogsAck & edgefleet.v1.LogsAck.$Shape;
            static create(properties?: edgefleet.v1.LogsAck.$Properties): edgefleet.v1.LogsAck;
            static encode(message: edgefleet.v1.LogsAck.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.LogsAck & edgefleet.v1.LogsAck.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.LogsAck;
            static toObject(message: edgefleet.v1.LogsAck, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace LogsAck {
            interface $Properties {
                commandId?: (string|null);
                seq?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.LogsAck.$Properties;
        }

        interface ICancelCommand extends edgefleet.v1.CancelCommand.$Properties {
        }

        class CancelCommand {
            constructor(properties?: edgefleet.v1.CancelCommand.$Properties);
            $unknowns?: Uint8Array[];
            commandId: string;
            reason: string;
            static create(properties: edgefleet.v1.CancelCommand.$Shape): edgefleet.v1.CancelCommand & edgefleet.v1.CancelCommand.$Shape;
            static create(properties?: edgefleet.v1.CancelCommand.$Properties): edgefleet.v1.CancelCommand;
            static encode(message: edgefleet.v1.CancelCommand.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.CancelCommand & edgefleet.v1.CancelCommand.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.CancelCommand;
            static toObject(message: edgefleet.v1.CancelCommand, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace CancelCommand {
            interface $Properties {
                commandId?: (string|null);
                reason?: (string|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.CancelCommand.$Properties;
        }

        interface IReply extends edgefleet.v1.Reply.$Properties {
        }

        class Reply {
            constructor(properties?: edgefleet.v1.Reply.$Properties);
            $unknowns?: Uint8Array[];
            commandId: string;
            ok: boolean;
            error: string;
            done: boolean;
            seq: number;
            lines: string[];
            code: string;
            containerId: string;
            startedAtMs: number;
            static create(properties: edgefleet.v1.Reply.$Shape): edgefleet.v1.Reply & edgefleet.v1.Reply.$Shape;
            static create(properties?: edgefleet.v1.Reply.$Properties): edgefleet.v1.Reply;
            static encode(message: edgefleet.v1.Reply.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): edgefleet.v1.Reply & edgefleet.v1.Reply.$Shape;
            static verify(message: { [k: string]: any }): (string|null);
            static fromObject(object: { [k: string]: any }): edgefleet.v1.Reply;
            static toObject(message: edgefleet.v1.Reply, options?: $protobuf.IConversionOptions): { [k: string]: any };
            toJSON(): { [k: string]: any };
            static getTypeUrl(prefix?: string): string;
        }

        namespace Reply {
            interface $Properties {
                commandId?: (string|null);
                ok?: (boolean|null);
                error?: (string|null);
                done?: (boolean|null);
                seq?: (number|null);
                lines?: (string[]|null);
                code?: (string|null);
                containerId?: (string|null);
                startedAtMs?: (number|null);
                $unknowns?: Uint8Array[];
            }
            type $Shape = edgefleet.v1.Reply.$Properties;
        }
    }
}
