import { useEffect, useState } from 'react';
import { lazyModule } from '../../../components/lazy-component';

type VirtualDaysModule = typeof import('../components/virtual-days');

const virtualDays = lazyModule(() => import('../components/virtual-days'));

/**
 * The long list's code (the virtualiser), kept out of the first page's JavaScript: fetched once
 * `wanted` (the list is getting long), then kept for every list. Undefined until it has arrived,
 * null if it could not be loaded (the plain list then shows everything).
 */
export function useVirtualDays(wanted: boolean): VirtualDaysModule | null | undefined {
  const [module, setModule] = useState<VirtualDaysModule | null | undefined>(virtualDays.loaded);
  useEffect(() => {
    if (!wanted || module !== undefined) return;
    let live = true;
    virtualDays.load().then(
      (arrived) => live && setModule(arrived),
      () => live && setModule(null),
    );
    return () => {
      live = false;
    };
  }, [wanted, module]);
  return module;
}
