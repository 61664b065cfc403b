// Browser engines behind one interface (README.md here, "The engine interface"): an adapter module per
// engine exports launch() -> Browser and launchProfile(dir, device, options) -> Profile.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Devices the tests run on: CSS size, device pixel ratio, touch (a phone) or mouse and keyboard.
export const PHONE = Object.freeze({ width: 390, height: 844, pixelRatio: 3, touch: true });
export const DESKTOP = Object.freeze({ width: 1280, height: 800, pixelRatio: 1, touch: false });

const ADAPTERS = {
  chromium: () => import('./chromium.mjs'),
};

// STRIDE_ENGINE picks the engine for a whole run (default chromium).
async function adapter(engine = process.env.STRIDE_ENGINE || 'chromium') {
  const load = ADAPTERS[engine];
  if (!load) throw new Error(`no browser engine "${engine}" (known: ${Object.keys(ADAPTERS).join(', ')})`);
  return load();
}

export async function launchBrowser(engine) {
  return (await adapter(engine)).launch();
}

// A profile in a folder of its own that outlives the browser: launch() opens a browser on it (again after
// close()), so "closed and reopened" is real, not a new profile; remove() closes it and deletes the folder.
export async function persistentProfile(device, options, engine) {
  const dir = await mkdtemp(join(tmpdir(), 'stride-profile-'));
  let profile = null;
  return {
    async launch() {
      profile = await (await adapter(engine)).launchProfile(dir, device, options);
      return profile;
    },
    async close() {
      await profile?.close();
      profile = null;
    },
    async remove() {
      await this.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
