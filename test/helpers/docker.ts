// Test access to the real Docker engine: fail loudly (never skip) when it does not answer.
import Dockerode from 'dockerode';

export const TEST_IMAGE = 'edgefleet/busybox:test';

/** The engine of DOCKER_HOST or /var/run/docker.sock, with the test image present; else a clear failure. */
export async function requireDocker(image = TEST_IMAGE): Promise<Dockerode> {
  const docker = new Dockerode();
  const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no answer within 5 s')), 5000).unref());
  try {
    await Promise.race([docker.ping(), timeout]);
  } catch (cause) {
    throw new Error(`No Docker engine answers (${String(cause)}). Run deploy/dev/ensure-docker.sh (as root) to start one.`, { cause });
  }
  try {
    await docker.getImage(image).inspect();
  } catch {
    throw new Error(`Test image ${image} is missing. Build it with: deploy/images/build-busybox.sh edgefleet/busybox:local ${image}`);
  }
  return docker;
}

export interface NodeContainer {
  id: string;
  workload: string;
  specHash: string;
  state: string;
  env: string[];
  startedAt: string;
}

/** Containers carrying a node's label, inspected. */
export async function nodeContainers(docker: Dockerode, nodeId: string): Promise<NodeContainer[]> {
  const list = await docker.listContainers({ all: true, filters: { label: [`io.edgefleet.node=${nodeId}`] } });
  const out: NodeContainer[] = [];
  for (const c of list) {
    try {
      const i = await docker.getContainer(c.Id).inspect();
      out.push({
        id: i.Id,
        workload: i.Config.Labels['io.edgefleet.workload'] ?? '',
        specHash: i.Config.Labels['io.edgefleet.spec-hash'] ?? '',
        state: i.State.Status,
        env: i.Config.Env ?? [],
        startedAt: i.State.StartedAt,
      });
    } catch {
      // removed between list and inspect
    }
  }
  return out;
}

export async function removeNodeContainers(docker: Dockerode, nodeIds: string[]): Promise<void> {
  for (const node of nodeIds) {
    const list = await docker.listContainers({ all: true, filters: { label: [`io.edgefleet.node=${node}`] } });
    await Promise.all(list.map((c) => docker.getContainer(c.Id).remove({ force: true }).catch(() => undefined)));
  }
}
