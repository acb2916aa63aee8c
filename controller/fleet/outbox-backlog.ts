// The outbox backlog each agent reports with its telemetry (TelemetryBatch.outbox_backlog): how
// many records it still holds for the controller. After a partition the fleet's backlog is the
// work still on its way; a backlog that stays high on an online node is a link that cannot keep up.
export interface BacklogFigures {
  /** Records waiting, summed over the nodes counted. */
  records: number;
  /** The largest single backlog. */
  max: number;
  /** Nodes that reported a backlog above zero. */
  nodes: number;
}

export class OutboxBacklog {
  private readonly latest = new Map<string, number>();

  /** The latest report of a node; 0 (or absent) clears it. */
  report(nodeId: string, records: number | undefined): void {
    if (records && records > 0) this.latest.set(nodeId, records);
    else this.latest.delete(nodeId);
  }

  of(nodeId: string): number {
    return this.latest.get(nodeId) ?? 0;
  }

  /** Over the nodes `include` accepts (the online ones: an offline node's figure is stale). */
  figures(include: (nodeId: string) => boolean = () => true): BacklogFigures {
    const out: BacklogFigures = { records: 0, max: 0, nodes: 0 };
    for (const [id, n] of this.latest) {
      if (!include(id)) continue;
      out.records += n;
      out.nodes++;
      if (n > out.max) out.max = n;
    }
    return out;
  }
}
