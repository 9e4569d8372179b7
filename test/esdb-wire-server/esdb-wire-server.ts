/**
 * A loopback gRPC server speaking the part of EventStoreDB's protocol that `@eventstore/db-client`
 * 6.2.1 uses for the event store port: Streams.Append, Streams.BatchAppend, Streams.Read (one stream,
 * `$all`, and catch-up subscriptions to `$all`) and ServerFeatures.GetSupportedMethods. It is built
 * from the service definitions generated into the client package and keeps its data in memory.
 * Tests use it to run the EventStoreDB adapter where no EventStoreDB can run, and to drop
 * connections on purpose. Everything else answers UNIMPLEMENTED.
 */
import {
  type sendUnaryData,
  type ServerDuplexStream,
  type ServerWritableStream,
  Server,
  ServerCredentials,
  status,
} from '@grpc/grpc-js';
import {
  type IServerFeaturesServer,
  ServerFeaturesService,
} from '@eventstore/db-client/generated/serverfeatures_grpc_pb';
import { SupportedMethod, SupportedMethods } from '@eventstore/db-client/generated/serverfeatures_pb';
import { type IStreamsServer, StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import type {
  BatchAppendReq,
  BatchAppendResp,
  ReadReq,
  ReadResp,
} from '@eventstore/db-client/generated/streams_pb';
import { MemoryLog } from './memory-log';
import { serveAppend, serveBatchAppend } from './append.handler';
import { serveRead } from './read.handler';
import { toServiceError } from './wire-messages';

export interface EsdbWireServerOptions {
  /**
   * Advertise Streams.BatchAppend, as servers since 21.10 do: the client then appends through it.
   * Without it the client falls back to Streams.Append, as with older servers.
   * @defaultValue true
   */
  readonly batchAppend?: boolean;
  /** Emulate the `$by_category` system projection (link events in `$ce-<category>`). @defaultValue true */
  readonly byCategory?: boolean;
  /** The port on 127.0.0.1. @defaultValue 0, an ephemeral port */
  readonly port?: number;
}

type LongCall = ServerWritableStream<ReadReq, ReadResp> | ServerDuplexStream<BatchAppendReq, BatchAppendResp>;

const SERVER_VERSION = '24.10.0';

export class EsdbWireServer {
  readonly log: MemoryLog;
  /** How many calls of each method it has served: shows which path the client took. */
  readonly served = { read: 0, append: 0, batchAppend: 0, subscriptionEvents: 0 };
  private server: Server;
  private readonly openCalls = new Set<LongCall>();

  private constructor(
    private readonly options: Required<EsdbWireServerOptions>,
    private port: number,
  ) {
    this.log = new MemoryLog(options.byCategory);
    // A real server's log starts with its own records; reads of the whole log must skip them.
    this.log.appendSystemEvent('$users', '$User', '{"loginName":"admin"}');
    this.log.appendSystemEvent('$projections-$all', '$ProjectionsInitialized', '{}');
    this.server = this.createServer();
  }

  /** Starts a server on 127.0.0.1 on an ephemeral port. */
  static async start(options: EsdbWireServerOptions = {}): Promise<EsdbWireServer> {
    const settings = { batchAppend: true, byCategory: true, port: 0, ...options };
    const server = new EsdbWireServer(settings, settings.port);
    await server.listen();
    return server;
  }

  /** How the client reaches it: plain-text HTTP/2 on loopback. */
  get connectionString(): string {
    return `esdb://127.0.0.1:${this.port}?tls=false`;
  }

  /** Ends every open Read and BatchAppend call with UNAVAILABLE, as a node going away mid-call does. */
  failOpenCalls(details = 'The loopback server dropped the call'): void {
    for (const call of this.openCalls) {
      call.emit('error', Object.assign(new Error(details), { code: status.UNAVAILABLE, details }));
    }
    this.openCalls.clear();
  }

  /** Closes every connection at once, then listens again on the same port with the same data. */
  async dropConnections(): Promise<void> {
    this.openCalls.clear();
    this.server.forceShutdown();
    this.server = this.createServer();
    await this.listen();
  }

  async stop(): Promise<void> {
    this.openCalls.clear();
    this.server.forceShutdown();
    await Promise.resolve();
  }

  private createServer(): Server {
    const server = new Server();
    const unimplemented = (_call: unknown, callback: sendUnaryData<never>): void =>
      callback({ code: status.UNIMPLEMENTED, details: 'Not served by the loopback server' });
    const streams: IStreamsServer = {
      read: (call) => {
        this.served.read++;
        this.track(call);
        serveRead(this.log, call, this.served).catch((error: unknown) =>
          call.emit('error', toServiceError(error)),
        );
      },
      append: (call, callback) => {
        this.served.append++;
        serveAppend(this.log, call, callback);
      },
      batchAppend: (call) => {
        this.served.batchAppend++;
        this.track(call);
        serveBatchAppend(this.log, call);
      },
      delete: unimplemented,
      tombstone: unimplemented,
    };
    const features: IServerFeaturesServer = {
      getSupportedMethods: (_call, callback) => callback(null, this.supportedMethods()),
    };
    server.addService(StreamsService, streams);
    server.addService(ServerFeaturesService, features);
    return server;
  }

  /** What a server answers, lower-cased as the real one does. */
  private supportedMethods(): SupportedMethods {
    const streams = 'event_store.client.streams.streams';
    const methods = [
      new SupportedMethod()
        .setServiceName(streams)
        .setMethodName('read')
        .setFeaturesList(['position', 'events']),
      new SupportedMethod().setServiceName(streams).setMethodName('append'),
    ];
    if (this.options.batchAppend) {
      methods.push(
        new SupportedMethod()
          .setServiceName(streams)
          .setMethodName('batchappend')
          .setFeaturesList(['deadline_duration']),
      );
    }
    return new SupportedMethods().setEventStoreServerVersion(SERVER_VERSION).setMethodsList(methods);
  }

  private track(call: LongCall): void {
    this.openCalls.add(call);
    call.once('close', () => this.openCalls.delete(call));
    call.once('cancelled', () => this.openCalls.delete(call));
  }

  private listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.server.bindAsync(`127.0.0.1:${this.port}`, ServerCredentials.createInsecure(), (error, port) => {
        if (error) return reject(error);
        this.port = port;
        resolve();
      });
    });
  }
}
