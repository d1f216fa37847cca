import { useRef, useState } from 'preact/hooks';

/** How far (px) a pointer must move before a press becomes a drag: less, and a shaky tap would drag. */
const DRAG_THRESHOLD = 6;

interface Options {
  /** Called when the card is let go over a drop target (an element with `data-drop`), with that target's value. */
  onDrop: (target: string) => void;
}

/**
 * Dragging a card with any pointer — mouse, pen or touch — with Pointer Events (the HTML drag-and-drop API
 * does not drag on most phones). A press becomes a drag after a few pixels, not a long press; the card
 * follows the pointer; letting go over a `[data-drop]` element drops it there, anywhere else puts it back;
 * a cancelled pointer (pull-to-refresh, an incoming call) puts it back too, and nothing is lost. Only the
 * card has `touch-action: none`, so a swipe that starts anywhere else still scrolls the page. A drag
 * swallows the click that follows it, so only a real tap or a key press picks the card up.
 */
export function usePointerDrag({ onDrop }: Options) {
  const press = useRef<{ id: number; x: number; y: number; dragging: boolean } | undefined>(undefined);
  const swallowClick = useRef(false);
  const [dragging, setDragging] = useState(false);
  const [over, setOver] = useState<string | undefined>(undefined);

  const targetAt = (x: number, y: number) => {
    for (const element of document.querySelectorAll<HTMLElement>('[data-drop]')) {
      const box = element.getBoundingClientRect();
      if (x >= box.left && x <= box.right && y >= box.top && y <= box.bottom) return element.dataset['drop'];
    }
    return undefined;
  };

  const reset = (card: HTMLElement) => {
    press.current = undefined;
    card.style.removeProperty('translate');
    setDragging(false);
    setOver(undefined);
  };

  return {
    dragging,
    /** The drop target under the dragged card, if any. */
    over,
    /** Whether the next click on the card should be ignored, because it ends a drag. */
    consumeClick(): boolean {
      const swallow = swallowClick.current;
      swallowClick.current = false;
      return swallow;
    },
    handlers: {
      onPointerDown(event: PointerEvent) {
        if (!event.isPrimary || event.button !== 0) return;
        // A drag on touch is not followed by a click, so forget any click still waiting to be swallowed.
        swallowClick.current = false;
        press.current = { id: event.pointerId, x: event.clientX, y: event.clientY, dragging: false };
        (event.currentTarget as HTMLElement).setPointerCapture(event.pointerId);
      },
      onPointerMove(event: PointerEvent) {
        const current = press.current;
        if (!current || current.id !== event.pointerId) return;
        const dx = event.clientX - current.x;
        const dy = event.clientY - current.y;
        if (!current.dragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
        if (!current.dragging) {
          current.dragging = true;
          setDragging(true);
        }
        // CSSOM, not a style attribute: the Content-Security-Policy allows it.
        (event.currentTarget as HTMLElement).style.setProperty('translate', `${dx}px ${dy}px`);
        setOver(targetAt(event.clientX, event.clientY));
      },
      onPointerUp(event: PointerEvent) {
        const current = press.current;
        if (!current || current.id !== event.pointerId) return;
        const card = event.currentTarget as HTMLElement;
        if (current.dragging) {
          swallowClick.current = true;
          const target = targetAt(event.clientX, event.clientY);
          reset(card);
          if (target) onDrop(target);
        } else {
          press.current = undefined;
        }
      },
      onPointerCancel(event: PointerEvent) {
        if (press.current?.id === event.pointerId) reset(event.currentTarget as HTMLElement);
      },
    },
  };
}
