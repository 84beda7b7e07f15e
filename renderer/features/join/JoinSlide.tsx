import type { JoinDisplay, StoredWifiDetails } from '../../data/join-display-repo';
import QrCode from './QrCode';
import { wifiPayload } from './wifi-qr';
import './join.css';

interface Props {
  display: JoinDisplay;
  wifi: StoredWifiDetails | null;
  /** The projector's title is `slide-title`; the console's preview passes its own. */
  titleId?: string;
  /** The console's preview is not a landmark of the console page. */
  landmark?: boolean;
}

/**
 * The projector's "join from your phone" slide, on the 1280×720 stage: the QR code of the short
 * URL, the URL and the code in large type, and the Wi-Fi to connect to first when the facilitator
 * gave one. Only these: never a name, a device or an answer.
 */
export function JoinSlide({ display, wifi, titleId = 'slide-title', landmark = true }: Props) {
  const Root = landmark ? 'main' : 'div';
  const wifiCheck = wifi ? wifiPayload(wifi) : null;
  const wifiQr = wifiCheck?.ok ? wifiCheck.payload : null;
  return (
    <Root className="projector-slide join-slide" aria-labelledby={titleId} data-testid="projector-join">
      <h1 id={titleId} className="join-slide-title">
        Join from your phone
      </h1>
      <div className="join-slide-body">
        <QrCode value={display.url} label={`QR code for ${display.url}`} className="join-slide-qr" />
        <ol className="join-slide-steps">
          {wifi && wifiQr ? (
            <li>
              <p>Connect to the Wi-Fi</p>
              <div className="join-slide-wifi">
                <QrCode value={wifiQr} label={`QR code to join the Wi-Fi ${wifi.ssid}`} className="join-slide-wifi-qr" />
                <div>
                  <p className="join-slide-big">{wifi.ssid}</p>
                  {wifi.security !== 'nopass' ? (
                    <p>
                      Password: <span className="join-slide-mono">{wifi.password}</span>
                    </p>
                  ) : (
                    <p>No password</p>
                  )}
                </div>
              </div>
            </li>
          ) : null}
          <li>
            <p>Scan the code, or type this address</p>
            <p className="join-slide-big join-slide-mono" data-testid="join-slide-url">
              {display.url.replace(/^http:\/\//, '')}
            </p>
            <p>
              Code <span className="join-slide-code join-slide-mono">{display.code}</span>
            </p>
          </li>
        </ol>
      </div>
    </Root>
  );
}
