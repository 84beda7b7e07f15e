import { useEffect, useId, useState, type FormEvent } from 'react';
import type { JoinInterface } from '../../../shared/join';
import { ErrorMessage } from '../../components/Field';
import { useJoinBridge } from './JoinBridge';
import { JOIN_WARNING } from './JoinPanel';

/** The port the relay asks for first: a fixed one keeps printed worksheets' URL the same after a restart. */
export const DEFAULT_JOIN_PORT = 47620;

/** "Wi-Fi (192.168.137.1)", or for loopback what it means. */
export function interfaceLabel(net: JoinInterface): string {
  return net.internal ? `This laptop only (${net.address}), for trying it out` : `${net.name} (${net.address})`;
}

/**
 * Starting the relay: which network it listens on (one interface, picked by the facilitator, never
 * all of them) and on which port, with the plain warning before anything starts.
 */
export function JoinStartForm() {
  const id = useId();
  const bridge = useJoinBridge();
  const [interfaces, setInterfaces] = useState<JoinInterface[] | null>(null);
  const [address, setAddress] = useState('');
  const [port, setPort] = useState(String(DEFAULT_JOIN_PORT));
  const [errors, setErrors] = useState<{ address?: string; port?: string }>({});

  useEffect(() => {
    let live = true;
    bridge.listInterfaces().then(
      (list) => {
        if (!live) return;
        setInterfaces(list);
        // One network besides loopback: it is the only sensible choice, so it is chosen.
        const external = list.filter((n) => !n.internal);
        if (external.length === 1) setAddress(external[0]!.address);
      },
      () => live && setInterfaces([]),
    );
    return () => {
      live = false;
    };
    // Once, when the form opens.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: typeof errors = {};
    if (!address) next.address = 'Choose the network the phones are on.';
    const number = Number(port.trim());
    // 0 lets the laptop pick any free port (shown once started); below 1024 needs administrator rights.
    if (!/^\d+$/.test(port.trim()) || (number !== 0 && number < 1024) || number > 65535) next.port = 'A port is a whole number from 1024 to 65535, or 0 for any free port.';
    setErrors(next);
    if (next.address || next.port) return;
    void bridge.start(address, number);
  };

  if (interfaces === null) return <p className="small">Looking for this laptop’s networks…</p>;
  return (
    <form className="join-start" onSubmit={submit} aria-label="Let delegates join" noValidate>
      <p className="join-warning" id={`${id}-warning`}>
        {JOIN_WARNING}
      </p>
      {interfaces.length === 0 ? <p>This laptop is on no network. Connect it to the hotspot or router first.</p> : null}
      <fieldset aria-describedby={errors.address ? `${id}-address-error` : undefined}>
        <legend>Network the phones are on</legend>
        {interfaces.map((net) => (
          <label key={`${net.name}-${net.address}`} className="join-choice">
            <input type="radio" name={`${id}-address`} value={net.address} checked={address === net.address} onChange={() => setAddress(net.address)} />
            {interfaceLabel(net)}
          </label>
        ))}
        {errors.address ? <ErrorMessage id={`${id}-address-error`}>{errors.address}</ErrorMessage> : null}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-port`}>Port</label>
        <input
          id={`${id}-port`}
          inputMode="numeric"
          value={port}
          onChange={(e) => setPort(e.target.value)}
          aria-invalid={errors.port ? true : undefined}
          aria-describedby={errors.port ? `${id}-port-error` : undefined}
        />
        {errors.port ? <ErrorMessage id={`${id}-port-error`}>{errors.port}</ErrorMessage> : null}
      </div>
      <button type="submit" className="primary" disabled={bridge.busy || interfaces.length === 0} aria-describedby={`${id}-warning`}>
        Start letting delegates join
      </button>
    </form>
  );
}
