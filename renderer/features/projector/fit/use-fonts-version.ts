import { useEffect, useState } from 'react';

/**
 * Counts font loads, so a layout measured with fallback fonts is measured again once the real
 * ones arrive (an event, not a timeout). `loaded` is true once no font is still loading.
 */
export function useFontsVersion(): { version: number; loaded: boolean } {
  const [state, setState] = useState(() => ({ version: 0, loaded: document.fonts.status === 'loaded' }));
  useEffect(() => {
    let live = true;
    const bump = () => {
      if (live) setState((s) => ({ version: s.version + 1, loaded: document.fonts.status === 'loaded' }));
    };
    void document.fonts.ready.then(bump);
    document.fonts.addEventListener('loadingdone', bump);
    return () => {
      live = false;
      document.fonts.removeEventListener('loadingdone', bump);
    };
  }, []);
  return state;
}
