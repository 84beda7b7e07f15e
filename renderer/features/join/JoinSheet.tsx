import type { Session } from '../../../shared/session/schema';
import type { JoinDisplayState } from '../../data/join-display-hooks';
import type { WorksheetSet } from '../print/worksheet-model';
import { SheetHead } from '../print/worksheet-parts';
import QrCode from './QrCode';
import { wifiPayload } from './wifi-qr';
import './join-print.css';

/**
 * The first sheet of a table's worksheets while delegates can join from their phones: the QR code
 * of the short URL, the URL and code written out, and the Wi-Fi to connect to first (its own QR,
 * as OpenSlides prints on its access sheets). Paper stays the way in for anyone without a phone.
 */
export function JoinSheet({ session, set, join }: { session: Session; set: WorksheetSet; join: JoinDisplayState & { display: NonNullable<JoinDisplayState['display']> } }) {
  const { display, wifi } = join;
  const wifiCheck = wifi ? wifiPayload(wifi) : null;
  return (
    <section className="pr-sheet pr-join-sheet" aria-label="Join from your phone">
      <SheetHead title="Join from your phone" session={session} set={set} />
      <p>You can answer the quiz and add your table’s work from your own phone, or keep using these sheets: both count the same.</p>
      <div className="pr-join-codes">
        {wifi && wifiCheck?.ok ? (
          <figure className="pr-join-figure">
            <QrCode value={wifiCheck.payload} label={`QR code to join the Wi-Fi ${wifi.ssid}`} className="pr-join-qr-small" />
            <figcaption>
              <strong>1. Connect to the Wi-Fi</strong>
              <span className="pr-join-line">Network: <span className="pr-join-mono">{wifi.ssid}</span></span>
              {wifi.security !== 'nopass' ? (
                <span className="pr-join-line">
                  Password: <span className="pr-join-mono">{wifi.password}</span>
                </span>
              ) : (
                <span className="pr-join-line">No password</span>
              )}
            </figcaption>
          </figure>
        ) : null}
        <figure className="pr-join-figure">
          <QrCode value={display.url} label={`QR code for ${display.url}`} className="pr-join-qr" />
          <figcaption>
            <strong>{wifi && wifiCheck?.ok ? '2. ' : ''}Scan the code, or type this address in the browser</strong>
            <span className="pr-join-line pr-join-mono pr-join-url">{display.url}</span>
            <span className="pr-join-line">
              Join code: <span className="pr-join-mono pr-join-code">{display.code}</span>
            </span>
          </figcaption>
        </figure>
      </div>
      <p className="pr-muted">
        The facilitator can change the code during the session; if it no longer works, use the code on the projector. Only phones on the workshop’s own network
        can reach this address.
      </p>
    </section>
  );
}
