import type { StateCreator } from 'zustand';
import { count } from '../address/query';
import { type Comparison, compareMomentum } from './compare';
import { samplesOf } from './datasets';
import { DEFAULT_AXES, DEFAULT_SELECTED_SAMPLE, widthOf } from './labConfig';
import { MAX_FILE_CHARS, parseLabJson, toLabJson } from './labFile';
import { paramById } from './labParams';
import type { LabSnapshot } from './labSnapshot';
import type { LabState } from './labStore';

/** What the reader is looking at, and the lab's results that are not the run itself. */
export interface ViewSlice {
  /** the XOR sample whose activations fill the diagram's nodes */
  selected: number;
  logScale: boolean;
  /** the two weights the loss landscape plots, by parameter id */
  axes: readonly [string, string];
  comparison: Comparison | null;
  /** the last import's outcome, shown beside the import button */
  fileMessage: { ok: boolean; text: string } | null;
  selectSample: (i: number) => void;
  setLogScale: (on: boolean) => void;
  setAxis: (which: 0 | 1, id: string) => void;
  runComparison: () => void;
  snapshot: () => LabSnapshot;
  exportJson: () => string;
  /** validates the file's text completely; only a valid file changes the lab */
  importJson: (text: string, fileName?: string) => boolean;
  /** reads a chosen file (refusing one far too big to be a lab file unread), then importJson */
  importFile: (file: Pick<File, 'name' | 'size' | 'text'>) => Promise<boolean>;
}

export { DEFAULT_AXES } from './labConfig';

export const createViewSlice: StateCreator<LabState, [], [], ViewSlice> = (set, get) => ({
  selected: DEFAULT_SELECTED_SAMPLE,
  logScale: true,
  axes: DEFAULT_AXES,
  comparison: null,
  fileMessage: null,
  selectSample: (i) => {
    if (Number.isInteger(i) && i >= 0 && i < samplesOf(get().data).length) set({ selected: i });
  },
  setLogScale: (logScale) => set({ logScale }),
  setAxis: (which, id) => {
    if (!paramById(id, widthOf(get().net.weights))) return;
    const axes: [string, string] = [...get().axes];
    axes[which] = id;
    // the two axes must differ: picking the other axis's weight swaps them
    if (axes[0] === axes[1]) axes[1 - which] = get().axes[which];
    set({ axes });
  },
  runComparison: () => {
    const { net, settings, data } = get();
    set({
      comparison: compareMomentum(net.seed, settings, undefined, samplesOf(data), widthOf(net.weights)),
    });
  },
  snapshot: () => {
    const { net, settings, data } = get();
    return { seed: net.seed, epoch: net.epoch, settings, data, weights: net.weights, velocity: net.velocity };
  },
  exportJson: () => toLabJson(get().snapshot()),
  importJson: (text, fileName) => {
    const result = parseLabJson(text);
    const name = fileName ? `“${fileName}”` : 'The file';
    if (!result.ok) {
      set({
        fileMessage: { ok: false, text: `${name} was not imported. ${result.message} Nothing was changed.` },
      });
      return false;
    }
    const { settings, data, ...rest } = result.snapshot;
    // the set first: the batch size is checked against its size
    get().setData(data);
    get().setSettings(settings);
    get().loadSnapshot(rest);
    set({ fileMessage: { ok: true, text: `Imported ${name}: seed ${rest.seed}, epoch ${rest.epoch}.` } });
    return true;
  },
  importFile: async (file) => {
    const refuse = (why: string) => {
      set({
        fileMessage: { ok: false, text: `“${file.name}” was not imported. ${why} Nothing was changed.` },
      });
      return false;
    };
    // a character takes at most 4 bytes in UTF-8: anything bigger cannot pass the length check,
    // and reading a huge file would only stall the page
    if (file.size > 4 * MAX_FILE_CHARS) {
      return refuse(
        `The file has ${count(file.size)} bytes, and a lab file has a few thousand (at most ${count(MAX_FILE_CHARS)} characters). Is it the right file?`,
      );
    }
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      return refuse(`The browser could not read it (${(e as Error)?.message ?? String(e)}).`);
    }
    return get().importJson(text, file.name);
  },
});
