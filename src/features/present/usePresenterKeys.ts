/**
 * The presenter's keys: ← and PageUp go back; →, Space and PageDown go on; P pauses or resumes;
 * F toggles full screen; Esc leaves. Keys pressed in a form field or with a modifier are left alone.
 */
import { useEffect } from 'react';

export interface PresenterActions {
  previous: () => void;
  next: () => void;
  togglePause: () => void;
  toggleFullscreen: () => void;
  leave: () => void;
}

function actionOf(key: string, actions: PresenterActions): (() => void) | null {
  switch (key) {
    case 'ArrowLeft':
    case 'PageUp':
      return actions.previous;
    case 'ArrowRight':
    case 'PageDown':
    case ' ':
      return actions.next;
    case 'p':
    case 'P':
      return actions.togglePause;
    case 'f':
    case 'F':
      return actions.toggleFullscreen;
    case 'Escape':
      return actions.leave;
    default:
      return null;
  }
}

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

export function usePresenterKeys(actions: PresenterActions): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      const action = actionOf(event.key, actions);
      if (!action) return;
      event.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions]);
}
