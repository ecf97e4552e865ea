import { paramValue, readQuery } from '../state/address/query';
import { type ClassNetwork, classNetwork } from './classNetwork';

/**
 * Which classroom page the address asks for, if any:
 * - `?worksheet` (with the network's parameters or `seed=N`): the printable worksheet;
 * - `?exercises` alone: the teacher's page that makes an exercise set;
 * - `?exercises=net-F,grad-e&seed=N`: the set itself, for students.
 * Pure: main.tsx asks before anything else starts.
 */
export type ClassroomPage =
  | { kind: 'worksheet'; network: ClassNetwork }
  | { kind: 'exercises'; ids: string[]; network: ClassNetwork };

export function classroomPage(search: string): ClassroomPage | null {
  const query = readQuery(search);
  if (paramValue(query, 'worksheet') !== null) return { kind: 'worksheet', network: classNetwork(query) };
  const ids = paramValue(query, 'exercises');
  if (ids === null) return null;
  return {
    kind: 'exercises',
    ids: ids
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    network: classNetwork(query),
  };
}
