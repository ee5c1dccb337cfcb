import { useEffect, useState } from 'react';

type VirtualDaysModule = typeof import('../components/virtual-days');

let loaded: VirtualDaysModule | undefined;
let loading: Promise<VirtualDaysModule> | undefined;

function load(): Promise<VirtualDaysModule> {
  loading ??= import('../components/virtual-days').then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/**
 * The long list's code (the virtualiser), kept out of the first page's JavaScript: fetched once
 * `wanted` (the list is getting long), then kept for every list. Undefined until it has arrived,
 * null if it could not be loaded (the plain list then shows everything).
 */
export function useVirtualDays(wanted: boolean): VirtualDaysModule | null | undefined {
  const [module, setModule] = useState<VirtualDaysModule | null | undefined>(loaded);
  useEffect(() => {
    if (!wanted || module !== undefined) return;
    let live = true;
    load().then(
      (arrived) => live && setModule(arrived),
      () => live && setModule(null),
    );
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return module;
}
