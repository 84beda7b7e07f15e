import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** The stage every slide is laid out on, in CSS px; the window (or the preview) scales it. */
export const STAGE_WIDTH = 1280;
export const STAGE_HEIGHT = 720;

/**
 * A fixed 1280×720 stage scaled to fit its box, the way slide software scales a deck: the same
 * slide has the same lines, columns and pages on a 1366×768 or 1920×1080 projector and in the
 * console's small preview, so the page the facilitator turns is the page the room sees.
 */
export function ProjectorStage({ children, className }: { children: ReactNode; className?: string }) {
  const boxRef = useRef<HTMLDivElement>(null);
  const [scale, setScale] = useState(1);

  useLayoutEffect(() => {
    const box = boxRef.current;
    if (!box) return;
    const update = () => {
      const next = Math.min(box.clientWidth / STAGE_WIDTH, box.clientHeight / STAGE_HEIGHT);
      if (next > 0) setScale(next);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  return (
    <div ref={boxRef} className={`pj-viewport${className ? ` ${className}` : ''}`} data-scale={scale.toFixed(4)}>
      <div className="pj-stage" style={{ width: STAGE_WIDTH, height: STAGE_HEIGHT, transform: `translate(-50%, -50%) scale(${scale})` }}>
        {children}
      </div>
    </div>
  );
}
