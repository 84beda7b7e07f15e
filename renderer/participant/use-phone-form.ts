import { useState } from 'preact/hooks';

/**
 * The state every phone form keeps: its input, the messages of the last check, and a refused
 * submission put back for editing (`restored`) replacing the input whenever a new one arrives.
 */
export function usePhoneForm<I, E extends object>(restored: I | null, empty: () => I) {
  const [input, setInput] = useState<I>(() => restored ?? empty());
  const [errors, setErrors] = useState<E>({} as E);
  const [lastRestored, setLastRestored] = useState(restored);
  if (restored !== lastRestored) {
    setLastRestored(restored);
    if (restored) setInput(restored);
  }
  const set = (patch: Partial<I>) => setInput((current) => ({ ...current, ...patch }));
  return { input, setInput, set, errors, setErrors };
}
