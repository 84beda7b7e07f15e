import { useId, useState, type FormEvent } from 'react';
import { ErrorMessage } from '../../components/Field';
import { useJoinDisplay, useJoinDisplayWriter } from '../../data/join-display-hooks';
import { wifiPayload, type WifiDetails, type WifiSecurity } from './wifi-qr';

const EMPTY: WifiDetails = { ssid: '', security: 'WPA', password: '', hidden: false };
const SECURITY_LABELS: Record<WifiSecurity, string> = { WPA: 'WPA or WPA2 password', WEP: 'WEP password (old routers)', nopass: 'Open network (no password)' };

/**
 * The optional Wi-Fi QR code: the network name and password typed once, checked in plain words,
 * then shown on the join slide and the worksheets' join sheet so phones connect before they scan.
 */
export function WifiForm({ sessionId }: { sessionId: string }) {
  const id = useId();
  const stored = useJoinDisplay(sessionId)?.wifi ?? null;
  const writer = useJoinDisplayWriter(sessionId);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<WifiDetails>(EMPTY);
  const [errors, setErrors] = useState<Partial<Record<'ssid' | 'password', string>>>({});

  const edit = () => {
    setForm(stored ?? EMPTY);
    setErrors({});
    setOpen(true);
  };
  const save = async (event: FormEvent) => {
    event.preventDefault();
    const check = wifiPayload(form);
    if (!check.ok) return setErrors(check.errors);
    await writer.setWifi(form.security === 'nopass' ? { ...form, password: '' } : form);
    setOpen(false);
  };

  if (!open) {
    return (
      <div className="join-wifi">
        <p className="small">{stored ? `Wi-Fi shown with the code: ${stored.ssid}` : 'No Wi-Fi details shown with the code.'}</p>
        <div className="button-row">
          <button type="button" onClick={edit}>
            {stored ? 'Change Wi-Fi details' : 'Add Wi-Fi details'}
          </button>
          {stored ? (
            <button type="button" onClick={() => void writer.setWifi(null)}>
              Remove Wi-Fi details
            </button>
          ) : null}
        </div>
      </div>
    );
  }
  const field = (key: 'ssid' | 'password', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        value={form[key]}
        autoComplete="off"
        aria-invalid={errors[key] ? true : undefined}
        aria-describedby={errors[key] ? `${id}-${key}-error` : undefined}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
      {errors[key] ? <ErrorMessage id={`${id}-${key}-error`}>{errors[key]}</ErrorMessage> : null}
    </div>
  );
  return (
    <form className="join-wifi" onSubmit={(e) => void save(e)} aria-label="Wi-Fi details" noValidate>
      {field('ssid', 'Wi-Fi network name')}
      <div className="field">
        <label htmlFor={`${id}-security`}>Security</label>
        <select id={`${id}-security`} value={form.security} onChange={(e) => setForm({ ...form, security: e.target.value as WifiSecurity })}>
          {(Object.keys(SECURITY_LABELS) as WifiSecurity[]).map((key) => (
            <option key={key} value={key}>
              {SECURITY_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      {form.security !== 'nopass' ? field('password', 'Wi-Fi password') : null}
      <label className="join-choice">
        <input type="checkbox" checked={form.hidden} onChange={(e) => setForm({ ...form, hidden: e.target.checked })} /> Hidden network
      </label>
      <p className="small">The password is printed and projected for the room to read.</p>
      <div className="button-row">
        <button type="submit" className="primary">
          Save Wi-Fi details
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
