// Applied vs desired generation of one node. Pure. The agent applies a snapshot only when its
// (epoch, generation) is newer than the one it holds, so "current" means the same epoch and at
// least the desired generation.

export type Delivery = 'current' | 'pending' | 'pending-offline';

export interface DeliveryView {
  delivery: Delivery;
  /** Empty when current; else what is waiting, e.g. "offline, pending delivery of generation 7". */
  deliveryMessage: string;
}

export function deliveryOf(
  online: boolean,
  applied: { epoch: number; generation: number },
  desired: { epoch: number; generation: number } | undefined,
): DeliveryView {
  if (!desired || desired.generation === 0) return { delivery: 'current', deliveryMessage: '' };
  // epoch 0 stands for "unknown": compare generations only.
  const sameEpoch = desired.epoch === 0 || applied.epoch === desired.epoch;
  if (sameEpoch && applied.generation >= desired.generation) return { delivery: 'current', deliveryMessage: '' };
  if (!online) return { delivery: 'pending-offline', deliveryMessage: `offline, pending delivery of generation ${desired.generation}` };
  return {
    delivery: 'pending',
    deliveryMessage: `generation ${desired.generation} not applied yet (applied ${applied.generation})`,
  };
}
