/** What a key does in the list of stages: move focus to an option, select the focused one, or nothing. */
export type ListKeyAction = { move: number } | { select: true } | undefined;

/**
 * The listbox keys (WAI-ARIA APG): Down and Right move to the next option, Up and Left to the
 * previous one, Home and End to the first and last, without wrapping; Enter and Space select.
 * `current` is the focused option of `count`.
 */
export function listKeyAction(key: string, current: number, count: number): ListKeyAction {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return { move: Math.min(count - 1, current + 1) };
    case 'ArrowUp':
    case 'ArrowLeft':
      return { move: Math.max(0, current - 1) };
    case 'Home':
      return { move: 0 };
    case 'End':
      return { move: count - 1 };
    case 'Enter':
    case ' ':
      return { select: true };
    default:
      return undefined;
  }
}
